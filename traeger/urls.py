from django.urls import path

from . import views, views_vernetzung

app_name = "traeger"
urlpatterns = [
    path("<int:pk>/", views.traeger, name="traeger"),
    path("einrichtung/<int:pk>/", views.einrichtung, name="einrichtung"),
    # Vernetzung
    path("kontakte/", views_vernetzung.meine_kontakte, name="kontakte"),
    path("kontakte/neu/", views_vernetzung.kontakt_neu, name="kontakt_neu"),
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
