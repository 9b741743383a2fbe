from django.urls import include, path

from . import views, views_frische

angebote_urls = [
    path("karte.json", views.karte, name="karte"),
    path("<int:pk>/", views.angebot, name="angebot"),
    path("<int:pk>/merken/", views.merken, name="merken"),
    path("<int:pk>/noch-aktuell/", views_frische.bestaetigen, name="bestaetigen"),
    path("aktualitaet/", views_frische.aktualitaet, name="aktualitaet"),
    path("merkliste/", views.merkliste_ansehen, name="merkliste"),
    path("merkliste/drucken/", views.merkliste_drucken, name="merkliste_drucken"),
    path("merkliste/leeren/", views.merkliste_leeren, name="merkliste_leeren"),
]

# The search is the Fachkraft's start page, so it keeps the global name "start".
urlpatterns = [
    path("", views.suche, name="start"),
    path("angebote/", include((angebote_urls, "angebote"))),
]
