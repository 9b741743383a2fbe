from django.urls import path

from .views import bearbeiten, export, lesen, mitglieder, weitergabe

app_name = "gremien"
urlpatterns = [
    path("", lesen.gremien_liste, name="liste"),
    path("<int:pk>/", lesen.gremium, name="gremium"),
    path("<int:pk>/bearbeiten/", bearbeiten.gremium_bearbeiten, name="bearbeiten"),
    path(
        "<int:pk>/anwesenheit.<str:format>",
        export.anwesenheit_herunterladen,
        name="export_anwesenheit",
    ),
    path("<int:gremium_pk>/sitzung/neu/", bearbeiten.sitzung_anlegen, name="sitzung_neu"),
    path("sitzung/<int:pk>/", lesen.sitzung, name="sitzung"),
    path(
        "sitzung/<int:pk>/bearbeiten/",
        bearbeiten.sitzung_bearbeiten,
        name="sitzung_bearbeiten",
    ),
    path("sitzung/<int:sitzung_pk>/top/neu/", bearbeiten.top_bearbeiten, name="top_neu"),
    path(
        "sitzung/<int:sitzung_pk>/top/<int:pk>/",
        bearbeiten.top_bearbeiten,
        name="top_bearbeiten",
    ),
    path(
        "sitzung/<int:sitzung_pk>/top/<int:pk>/verschieben/",
        bearbeiten.top_verschieben,
        name="top_verschieben",
    ),
    path("sitzung/<int:pk>/anwesenheit/", bearbeiten.teilnahme_erfassen, name="teilnahme"),
    path("sitzung/<int:pk>/protokoll/", bearbeiten.protokoll_bearbeiten, name="protokoll"),
    path("sitzung/<int:pk>/freigeben/", bearbeiten.freigeben, name="freigeben"),
    path("sitzung/<int:pk>/einladen/", bearbeiten.einladen, name="einladen"),
    path("sitzung/<int:pk>/beschluss/neu/", bearbeiten.beschluss_anlegen, name="beschluss_neu"),
    path("sitzung/<int:pk>/aufgabe/neu/", bearbeiten.aufgabe_anlegen, name="aufgabe_neu"),
    path("sitzung/<int:pk>/anhang/", bearbeiten.anhang_hochladen, name="anhang_neu"),
    path("sitzung/<int:pk>/einladung/drucken/", lesen.einladung_drucken, name="einladung_drucken"),
    path("sitzung/<int:pk>/protokoll/drucken/", lesen.protokoll_drucken, name="protokoll_drucken"),
    path("aufgabe/<int:pk>/status/", bearbeiten.aufgabe_status, name="aufgabe_status"),
    path("anhang/<uuid:uid>/", lesen.anhang, name="anhang"),
    path("kalender/", lesen.kalender_abo, name="kalender"),
    path("kalender/<str:token>/meine.ics", lesen.kalender_meine, name="kalender_meine"),
    path(
        "kalender/<str:token>/gremium-<int:pk>.ics", lesen.kalender_gremium, name="kalender_gremium"
    ),
    # Gremien that work together (issue #16): members and delegations, passing on.
    path("<int:pk>/mitglieder/", mitglieder.mitglieder, name="mitglieder"),
    path(
        "<int:gremium_pk>/mitglieder/neu/",
        mitglieder.mitgliedschaft_bearbeiten,
        name="mitgliedschaft_neu",
    ),
    path(
        "mitgliedschaft/<int:pk>/bearbeiten/",
        mitglieder.mitgliedschaft_bearbeiten,
        name="mitgliedschaft_bearbeiten",
    ),
    path(
        "mitgliedschaft/<int:pk>/beenden/",
        mitglieder.mitgliedschaft_beenden_ansicht,
        name="mitgliedschaft_beenden",
    ),
    path(
        "beschluss/<int:pk>/weitergeben/",
        weitergabe.beschluss_weitergeben_ansicht,
        name="beschluss_weitergeben",
    ),
]
