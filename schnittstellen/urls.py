"""The API at /api/v1/ and the page where a user manages her API tokens."""

from django.urls import path

from sozialraum.zugang.api import urls_ohne_login_zwang

from . import schluessel
from .api import api

urlpatterns = [
    path("api/v1/", urls_ohne_login_zwang(api)),
    path("konto/api-schluessel/", schluessel.liste, name="api_schluessel"),
    path(
        "konto/api-schluessel/<int:pk>/widerrufen/",
        schluessel.widerrufen,
        name="api_schluessel_widerrufen",
    ),
]
