from django.urls import path

from .views import rechte, redaktion, stammdaten, vernetzung, zusammenfuehren

app_name = "traeger"
urlpatterns = [
    path("<int:pk>/", stammdaten.traeger, name="traeger"),
    path("einrichtung/<int:pk>/", stammdaten.einrichtung, name="einrichtung"),
    # Träger-Redaktion
    path("<int:pk>/bearbeiten/", redaktion.traeger_bearbeiten, name="traeger_bearbeiten"),
    path(
        "<int:traeger_pk>/einrichtung/neu/",
        redaktion.einrichtung_neu,
        name="einrichtung_neu",
    ),
    path(
        "einrichtung/<int:pk>/bearbeiten/",
        redaktion.einrichtung_bearbeiten,
        name="einrichtung_bearbeiten",
    ),
    path(
        "<int:traeger_pk>/ansprechperson/neu/",
        redaktion.ansprechperson_neu,
        name="ansprechperson_neu",
    ),
    path(
        "ansprechperson/<int:pk>/bearbeiten/",
        redaktion.ansprechperson_bearbeiten,
        name="ansprechperson_bearbeiten",
    ),
    # Zusammenführen und aufteilen (Jugendamt-Administration)
    path(
        "<int:pk>/zusammenfuehren/",
        zusammenfuehren.zusammenfuehren,
        name="zusammenfuehren",
    ),
    path(
        "<int:pk>/zusammenfuehren/<int:geht_pk>/",
        zusammenfuehren.zusammenfuehren_vorschau,
        name="zusammenfuehren_vorschau",
    ),
    path("<int:pk>/aufteilen/", zusammenfuehren.aufteilen, name="aufteilen"),
    path("<int:pk>/aufteilen/neu/", zusammenfuehren.aufteilen_neu, name="aufteilen_neu"),
    path(
        "<int:pk>/aufteilen/an/<int:ziel_pk>/",
        zusammenfuehren.aufteilen_an,
        name="aufteilen_an",
    ),
    path(
        "<int:pk>/aufteilen/wiederherstellen/<int:frueher_pk>/",
        zusammenfuehren.aufteilen_wiederherstellen,
        name="aufteilen_wiederherstellen",
    ),
    # Rechte vergeben (Jugendamt-Administration)
    path("rechte/", rechte.rechte_liste, name="rechte"),
    path("rechte/<int:pk>/", rechte.rechte_person, name="rechte_person"),
    path("rechte/<int:pk>/rollen/", rechte.rollen_speichern, name="rechte_rollen"),
    path("rechte/<int:pk>/traeger/", rechte.traeger_aendern, name="rechte_traeger"),
    path(
        "rechte/<int:pk>/traeger-suche/",
        rechte.traeger_suche,
        name="rechte_traeger_suche",
    ),
    path(
        "rechte/<int:pk>/sozialraeume/",
        rechte.sozialraeume_speichern,
        name="rechte_sozialraeume",
    ),
    path(
        "rechte/<int:pk>/jugendaemter/",
        rechte.jugendaemter_speichern,
        name="rechte_jugendaemter",
    ),
    # Vernetzung
    path("kontakte/", vernetzung.meine_kontakte, name="kontakte"),
    path("kontakte/neu/", vernetzung.kontakt_neu, name="kontakt_neu"),
    path("kontakte/auswahl/", vernetzung.kontakt_auswahl, name="kontakt_auswahl"),
    path("kontakte/<int:pk>/", vernetzung.kontakt, name="kontakt"),
    path(
        "kontakte/<int:pk>/bearbeiten/",
        vernetzung.kontakt_bearbeiten,
        name="kontakt_bearbeiten",
    ),
    path(
        "kontakte/<int:pk>/erledigt/",
        vernetzung.wiedervorlage_erledigt,
        name="wiedervorlage_erledigt",
    ),
    path(
        "kontakte/sozialraum/<str:schluessel>/",
        vernetzung.kontakte_im_sozialraum,
        name="kontakte_sozialraum",
    ),
    path("netzwerk/", vernetzung.netzwerk_waehlen, name="netzwerk_waehlen"),
    path("netzwerk/<str:schluessel>/", vernetzung.netzwerk, name="netzwerk"),
    path(
        "netzwerk/<str:schluessel>/export.csv",
        vernetzung.netzwerk_export,
        name="netzwerk_export",
    ),
]
