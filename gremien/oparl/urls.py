"""OParl 1.1 at /oparl/v1/ (views.py), mounted by sozialraum/urls.py; URL names
``oparl:…``. The path segments of the lists are OParl's property names in lower case;
every object lives at its ``id``."""

from sozialraum.zugang.api import urls_ohne_login_zwang

from .views import api

app_name = api.urls_namespace
# ninja adds a generic root ("api-root"); the System answers at the same address.
urlpatterns = [m for m in urls_ohne_login_zwang(api)[0] if m.name != "api-root"]
