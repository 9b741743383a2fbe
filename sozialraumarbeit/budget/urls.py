"""Included under ``/budget/`` in the namespace ``sozialraumarbeit``."""

from django.urls import path

from . import export, views

urlpatterns = [
    path("", views.budget_uebersicht, name="budget_uebersicht"),
    path("<int:jahr>/", views.budget_uebersicht, name="budget_jahr"),
    path(
        "<int:jahr>/uebersicht.<str:format>",
        export.uebersicht_herunterladen,
        name="budget_export",
    ),
    path("<int:jahr>/<int:pk>/", views.budget_regionalraum, name="budget_regionalraum"),
    path("<int:jahr>/<int:pk>/festlegen/", views.budget_festlegen, name="budget_festlegen"),
    path("<int:jahr>/<int:pk>/auszahlung/", views.budget_auszahlung, name="budget_auszahlung"),
    path(
        "<int:jahr>/<int:pk>/monate.<str:format>",
        export.monate_herunterladen,
        name="budget_export_monate",
    ),
]
