from django.urls import include, path

from . import merkliste_views, views, views_luecken
from .aktualitaet import views as views_frische
from .redaktion import views as views_redaktion

angebote_urls = [
    path("karte.json", views.karte, name="karte"),
    path("<int:pk>/", views.angebot, name="angebot"),
    path("<int:pk>/merken/", merkliste_views.merken, name="merken"),
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
    path("merkliste/", merkliste_views.merkliste_ansehen, name="merkliste"),
    path("merkliste/drucken/", merkliste_views.merkliste_drucken, name="merkliste_drucken"),
    path("merkliste/leeren/", merkliste_views.merkliste_leeren, name="merkliste_leeren"),
    path("merkliste/neu/", merkliste_views.merkliste_neu, name="merkliste_neu"),
    path(
        "merkliste/<int:pk>/aktivieren/",
        merkliste_views.merkliste_aktivieren,
        name="merkliste_aktivieren",
    ),
    path(
        "merkliste/<int:pk>/umbenennen/",
        merkliste_views.merkliste_umbenennen,
        name="merkliste_umbenennen",
    ),
    path(
        "merkliste/<int:pk>/loeschen/",
        merkliste_views.merkliste_loeschen,
        name="merkliste_loeschen",
    ),
    path(
        "einrichtungen-ohne-angebot/",
        views_luecken.einrichtungen_ohne_angebot_liste,
        name="einrichtungen_ohne_angebot",
    ),
    path("export/", include("angebote.exporte.urls")),
    path("", include("angebote.pruefrunde.urls")),
]

# The search is the Fachkraft's start page, so it keeps the global name "start".
urlpatterns = [
    path("", views.suche, name="start"),
    path("angebote/", include((angebote_urls, "angebote"))),
]
