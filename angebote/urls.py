from django.urls import include, path

from .aktualitaet import views as views_frische
from .redaktion import views as views_redaktion
from .views import finden, luecken, merkliste

angebote_urls = [
    path("karte.json", finden.karte, name="karte"),
    path("<int:pk>/", finden.angebot, name="angebot"),
    path("<int:pk>/merken/", merkliste.merken, name="merken"),
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
    path("merkliste/", merkliste.merkliste_ansehen, name="merkliste"),
    path("merkliste/drucken/", merkliste.merkliste_drucken, name="merkliste_drucken"),
    path("merkliste/leeren/", merkliste.merkliste_leeren, name="merkliste_leeren"),
    path("merkliste/neu/", merkliste.merkliste_neu, name="merkliste_neu"),
    path(
        "merkliste/<int:pk>/aktivieren/",
        merkliste.merkliste_aktivieren,
        name="merkliste_aktivieren",
    ),
    path(
        "merkliste/<int:pk>/umbenennen/",
        merkliste.merkliste_umbenennen,
        name="merkliste_umbenennen",
    ),
    path(
        "merkliste/<int:pk>/loeschen/",
        merkliste.merkliste_loeschen,
        name="merkliste_loeschen",
    ),
    path(
        "einrichtungen-ohne-angebot/",
        luecken.einrichtungen_ohne_angebot_liste,
        name="einrichtungen_ohne_angebot",
    ),
    path("export/", include("angebote.exporte.urls")),
    path("", include("angebote.pruefrunde.urls")),
]

# The search is the Fachkraft's start page, so it keeps the global name "start".
urlpatterns = [
    path("", finden.suche, name="start"),
    path("angebote/", include((angebote_urls, "angebote"))),
]
