"""Included under ``/angebote/export/`` in the namespace ``angebote``."""

from django.urls import path

from . import views

urlpatterns = [
    path("suche.<str:format>", views.suche_herunterladen, name="export_suche"),
    path("merkliste.<str:format>", views.merkliste_herunterladen, name="export_merkliste"),
    path(
        "luecken/<str:ebene>/<str:schluessel>.<str:format>",
        views.luecken_herunterladen,
        name="export_luecken",
    ),
]
