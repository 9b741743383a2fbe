"""Included under ``/sozialraumarbeit/raumwissen/`` in the namespace ``sozialraumarbeit:raumwissen``."""

from django.urls import path

from . import export, views

app_name = "raumwissen"
urlpatterns = [
    path("<str:typ>/neu/", views.anlegen, name="anlegen"),
    path("<str:typ>/auswahl/", views.auswahl, name="auswahl"),
    path("<str:typ>/<int:pk>/", views.eintrag, name="eintrag"),
    path("<str:typ>/<int:pk>/bearbeiten/", views.bearbeiten, name="bearbeiten"),
    path("<str:typ>/<int:pk>/geprueft/", views.pruefen, name="pruefen"),
    path("<str:typ>/<int:pk>/beenden/", views.beenden, name="beenden"),
    path("barriere/<int:pk>/status/", views.status, name="status"),
    path("top/<int:pk>/uebernehmen/", views.aus_top, name="aus_top"),
    path(
        "export/<str:ebene>/<str:schluessel>.<str:format>",
        export.herunterladen_im_gebiet,
        name="export",
    ),
]
