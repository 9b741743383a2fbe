from django.urls import path

from . import views, views_rechte, views_redaktion, views_vernetzung, views_zusammenfuehren

app_name = "traeger"
urlpatterns = [
    path("<int:pk>/", views.traeger, name="traeger"),
    path("einrichtung/<int:pk>/", views.einrichtung, name="einrichtung"),
    # Träger-Redaktion
    path("<int:pk>/bearbeiten/", views_redaktion.traeger_bearbeiten, name="traeger_bearbeiten"),
    path(
        "<int:traeger_pk>/einrichtung/neu/",
        views_redaktion.einrichtung_neu,
        name="einrichtung_neu",
    ),
    path(
        "einrichtung/<int:pk>/bearbeiten/",
        views_redaktion.einrichtung_bearbeiten,
        name="einrichtung_bearbeiten",
    ),
    path(
        "<int:traeger_pk>/ansprechperson/neu/",
        views_redaktion.ansprechperson_neu,
        name="ansprechperson_neu",
    ),
    path(
        "ansprechperson/<int:pk>/bearbeiten/",
        views_redaktion.ansprechperson_bearbeiten,
        name="ansprechperson_bearbeiten",
    ),
    # Zusammenführen und aufteilen (Jugendamt-Administration)
    path(
        "<int:pk>/zusammenfuehren/",
        views_zusammenfuehren.zusammenfuehren,
        name="zusammenfuehren",
    ),
    path(
        "<int:pk>/zusammenfuehren/<int:geht_pk>/",
        views_zusammenfuehren.zusammenfuehren_vorschau,
        name="zusammenfuehren_vorschau",
    ),
    path("<int:pk>/aufteilen/", views_zusammenfuehren.aufteilen, name="aufteilen"),
    path("<int:pk>/aufteilen/neu/", views_zusammenfuehren.aufteilen_neu, name="aufteilen_neu"),
    path(
        "<int:pk>/aufteilen/an/<int:ziel_pk>/",
        views_zusammenfuehren.aufteilen_an,
        name="aufteilen_an",
    ),
    path(
        "<int:pk>/aufteilen/wiederherstellen/<int:frueher_pk>/",
        views_zusammenfuehren.aufteilen_wiederherstellen,
        name="aufteilen_wiederherstellen",
    ),
    # Rechte vergeben (Jugendamt-Administration)
    path("rechte/", views_rechte.rechte_liste, name="rechte"),
    path("rechte/<int:pk>/", views_rechte.rechte_person, name="rechte_person"),
    path("rechte/<int:pk>/rollen/", views_rechte.rollen_speichern, name="rechte_rollen"),
    path("rechte/<int:pk>/traeger/", views_rechte.traeger_aendern, name="rechte_traeger"),
    path(
        "rechte/<int:pk>/traeger-suche/",
        views_rechte.traeger_suche,
        name="rechte_traeger_suche",
    ),
    path(
        "rechte/<int:pk>/sozialraeume/",
        views_rechte.sozialraeume_speichern,
        name="rechte_sozialraeume",
    ),
    path(
        "rechte/<int:pk>/jugendaemter/",
        views_rechte.jugendaemter_speichern,
        name="rechte_jugendaemter",
    ),
    # Vernetzung
    path("kontakte/", views_vernetzung.meine_kontakte, name="kontakte"),
    path("kontakte/neu/", views_vernetzung.kontakt_neu, name="kontakt_neu"),
    path("kontakte/auswahl/", views_vernetzung.kontakt_auswahl, name="kontakt_auswahl"),
    path("kontakte/<int:pk>/", views_vernetzung.kontakt, name="kontakt"),
    path(
        "kontakte/<int:pk>/bearbeiten/",
        views_vernetzung.kontakt_bearbeiten,
        name="kontakt_bearbeiten",
    ),
    path(
        "kontakte/<int:pk>/erledigt/",
        views_vernetzung.wiedervorlage_erledigt,
        name="wiedervorlage_erledigt",
    ),
    path(
        "kontakte/sozialraum/<str:schluessel>/",
        views_vernetzung.kontakte_im_sozialraum,
        name="kontakte_sozialraum",
    ),
    path("netzwerk/", views_vernetzung.netzwerk_waehlen, name="netzwerk_waehlen"),
    path("netzwerk/<str:schluessel>/", views_vernetzung.netzwerk, name="netzwerk"),
    path(
        "netzwerk/<str:schluessel>/export.csv",
        views_vernetzung.netzwerk_export,
        name="netzwerk_export",
    ),
]
