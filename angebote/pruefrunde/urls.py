"""URLs of the Prüfrunden, inside the namespace "angebote" (included by angebote/urls.py).

``rueckmeldung/<token>/…`` are the Träger's pages behind its link (no login); the others
are the Jugendamt-Administration's.
"""

from django.urls import path

from . import views, views_traeger

urlpatterns = [
    path("pruefrunden/", views.pruefrunden, name="pruefrunden"),
    path("pruefrunden/neu/", views.pruefrunde_neu, name="pruefrunde_neu"),
    path("pruefrunden/<int:pk>/", views.pruefrunde, name="pruefrunde"),
    path("pruefrunden/<int:pk>/nachfassen/", views.nachfassen, name="pruefrunde_nachfassen"),
    path("pruefrunden/<int:pk>/senden/", views.senden, name="pruefrunde_senden"),
    path("pruefrunden/<int:pk>/abschliessen/", views.schliessen, name="pruefrunde_schliessen"),
    path(
        "pruefanfragen/<int:pk>/unzustellbar/",
        views.anfrage_unzustellbar,
        name="pruefanfrage_unzustellbar",
    ),
    path(
        "pruefanfragen/<int:pk>/neu-senden/",
        views.anfrage_neu_senden,
        name="pruefanfrage_neu_senden",
    ),
    path(
        "pruefanfragen/<int:pk>/bestaetigen/",
        views.anfrage_bestaetigen,
        name="pruefanfrage_bestaetigen",
    ),
    path("rueckmeldung/<str:token>/", views_traeger.antwort, name="pruefrunde_antwort"),
    path(
        "rueckmeldung/<str:token>/bestaetigen/",
        views_traeger.bestaetigen,
        name="pruefrunde_bestaetigen",
    ),
    path(
        "rueckmeldung/<str:token>/korrigieren/<int:pk>/",
        views_traeger.korrigieren,
        name="pruefrunde_korrigieren",
    ),
]
