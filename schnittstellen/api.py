"""The registry's own API, ``/api/v1/``: read-only JSON for the city's own systems.

django-ninja (chosen over Django REST framework + drf-spectacular): the pydantic schemas
in schemas.py give the OpenAPI 3 document at ``/api/v1/openapi.json`` and validate every
answer; it ships Swagger UI as static files (``/api/v1/docs`` loads nothing from a CDN and
runs under the registry's CSP without inline scripts); rate limiting is built in.

Who may call it and what she sees: exactly the HTML pages' rules, through the same
permission functions. Authentication, the rate limit and the German error answers are the
ground floor's (sozialraum/zugang/api.py), shared with the other APIs. Operators and
developers: docs/api.md.
"""

from ninja import NinjaAPI

from sozialraum.zugang.api import api_zugang, deutsche_fehler, drossel

from . import gebiete, sitzungen, stammdaten, suche

api = NinjaAPI(
    title="Sozialraum-Register API",
    version="1",
    description=(
        "Lesender Zugriff für die Systeme der Stadt: die Suche mit Filtern und Facetten, "
        "Angebote, Einrichtungen und Träger, Gebiete mit Grenzen (GeoJSON) und die kommenden "
        "Sitzungen der Gremien. Anmeldung: die Sitzung im Browser oder ein persönlicher "
        "API-Schlüssel (`Authorization: Bearer sr_…`, anzulegen unter „API-Schlüssel“). "
        "Jede Antwort zeigt genau das, was die Person auch auf den Seiten sieht."
    ),
    urls_namespace="api_v1",
    auth=api_zugang(),
    throttle=drossel(),
)
deutsche_fehler(api)
api.add_router("", suche.router)
api.add_router("", stammdaten.router)
api.add_router("", gebiete.router)
api.add_router("", sitzungen.router)
