from django.urls import include, path

from . import views
from .aktualitaet import views as views_frische
from .redaktion import views as views_redaktion

angebote_urls = [
    path("karte.json", views.karte, name="karte"),
    path("<int:pk>/", views.angebot, name="angebot"),
    path("<int:pk>/merken/", views.merken, name="merken"),
    path("<int:pk>/noch-aktuell/", views_frische.bestaetigen, name="bestaetigen"),
    path("aktualitaet/", views_frische.aktualitaet, name="aktualitaet"),
    path("neu/", views_redaktion.angebot_neu, name="neu"),
    path("<int:pk>/bearbeiten/", views_redaktion.angebot_bearbeiten, name="bearbeiten"),
    path("pruefung/", views_redaktion.pruefliste, name="pruefliste"),
    path("vorschlaege/<int:pk>/", views_redaktion.vorschlag, name="vorschlag"),
    path("vorschlaege/<int:pk>/freigeben/", views_redaktion.freigeben, name="freigeben"),
    path("vorschlaege/<int:pk>/zurueckgeben/", views_redaktion.zurueckgeben, name="zurueckgeben"),
    path(
        "vorschlaege/<int:pk>/zurueckziehen/", views_redaktion.zurueckziehen, name="zurueckziehen"
    ),
    path("merkliste/", views.merkliste_ansehen, name="merkliste"),
    path("merkliste/drucken/", views.merkliste_drucken, name="merkliste_drucken"),
    path("merkliste/leeren/", views.merkliste_leeren, name="merkliste_leeren"),
    path("export/", include("angebote.exporte.urls")),
    path("", include("angebote.pruefrunde.urls")),
]

# The search is the Fachkraft's start page, so it keeps the global name "start".
urlpatterns = [
    path("", views.suche, name="start"),
    path("angebote/", include((angebote_urls, "angebote"))),
]
