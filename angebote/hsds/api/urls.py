"""/api/hsds/: the HSDA read API (api.py), mounted by sozialraum/urls.py; URL names
``hsda:…``."""

from angebote.hsds.api.views import api
from sozialraum.zugang.api import urls_ohne_login_zwang

app_name = api.urls_namespace
# ninja adds a generic root ("api-root"); HSDA's own root (getAPIMetaInformation) answers
# at the same address, so ninja's would never be reached.
urlpatterns = [m for m in urls_ohne_login_zwang(api)[0] if m.name != "api-root"]
