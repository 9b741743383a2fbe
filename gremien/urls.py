from django.urls import path

from . import views, views_bearbeiten, views_export, views_mitglieder, views_weitergabe

app_name = "gremien"
urlpatterns = [
    path("", views.gremien_liste, name="liste"),
    path("<int:pk>/", views.gremium, name="gremium"),
    path("<int:pk>/bearbeiten/", views_bearbeiten.gremium_bearbeiten, name="bearbeiten"),
    path(
        "<int:pk>/anwesenheit.<str:format>",
        views_export.anwesenheit_herunterladen,
        name="export_anwesenheit",
    ),
    path("<int:gremium_pk>/sitzung/neu/", views_bearbeiten.sitzung_anlegen, name="sitzung_neu"),
    path("sitzung/<int:pk>/", views.sitzung, name="sitzung"),
    path(
        "sitzung/<int:pk>/bearbeiten/",
        views_bearbeiten.sitzung_bearbeiten,
        name="sitzung_bearbeiten",
    ),
    path("sitzung/<int:sitzung_pk>/top/neu/", views_bearbeiten.top_bearbeiten, name="top_neu"),
    path(
        "sitzung/<int:sitzung_pk>/top/<int:pk>/",
        views_bearbeiten.top_bearbeiten,
        name="top_bearbeiten",
    ),
    path(
        "sitzung/<int:sitzung_pk>/top/<int:pk>/verschieben/",
        views_bearbeiten.top_verschieben,
        name="top_verschieben",
    ),
    path("sitzung/<int:pk>/anwesenheit/", views_bearbeiten.teilnahme_erfassen, name="teilnahme"),
    path("sitzung/<int:pk>/protokoll/", views_bearbeiten.protokoll_bearbeiten, name="protokoll"),
    path("sitzung/<int:pk>/freigeben/", views_bearbeiten.freigeben, name="freigeben"),
    path("sitzung/<int:pk>/einladen/", views_bearbeiten.einladen, name="einladen"),
    path(
        "sitzung/<int:pk>/beschluss/neu/", views_bearbeiten.beschluss_anlegen, name="beschluss_neu"
    ),
    path("sitzung/<int:pk>/aufgabe/neu/", views_bearbeiten.aufgabe_anlegen, name="aufgabe_neu"),
    path("sitzung/<int:pk>/anhang/", views_bearbeiten.anhang_hochladen, name="anhang_neu"),
    path("sitzung/<int:pk>/einladung/drucken/", views.einladung_drucken, name="einladung_drucken"),
    path("sitzung/<int:pk>/protokoll/drucken/", views.protokoll_drucken, name="protokoll_drucken"),
    path("aufgabe/<int:pk>/status/", views_bearbeiten.aufgabe_status, name="aufgabe_status"),
    path("anhang/<uuid:uid>/", views.anhang, name="anhang"),
    path("kalender/", views.kalender_abo, name="kalender"),
    path("kalender/<str:token>/meine.ics", views.kalender_meine, name="kalender_meine"),
    path(
        "kalender/<str:token>/gremium-<int:pk>.ics", views.kalender_gremium, name="kalender_gremium"
    ),
    # Gremien that work together (issue #16): members and delegations, passing on.
    path("<int:pk>/mitglieder/", views_mitglieder.mitglieder, name="mitglieder"),
    path(
        "<int:gremium_pk>/mitglieder/neu/",
        views_mitglieder.mitgliedschaft_bearbeiten,
        name="mitgliedschaft_neu",
    ),
    path(
        "mitgliedschaft/<int:pk>/bearbeiten/",
        views_mitglieder.mitgliedschaft_bearbeiten,
        name="mitgliedschaft_bearbeiten",
    ),
    path(
        "mitgliedschaft/<int:pk>/beenden/",
        views_mitglieder.mitgliedschaft_beenden_ansicht,
        name="mitgliedschaft_beenden",
    ),
    path(
        "beschluss/<int:pk>/weitergeben/",
        views_weitergabe.beschluss_weitergeben_ansicht,
        name="beschluss_weitergeben",
    ),
]
