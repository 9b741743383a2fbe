import gc
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sozialraum.settings")
application = get_wsgi_application()

# Everything loaded so far (Django, the apps, their models and modules: about 125,000
# objects) lives as long as the process: out of the cyclic garbage collector's reach, so
# that a full collection, which Python starts now and then in the middle of a request,
# does not walk all of it again (about 100 ms on the 2-core test machine, bench/RESULTS.md).
gc.freeze()
