from django.urls import path

from . import views

urlpatterns = [
    path("", views.massnahmen_liste, name="massnahmen"),
    path("neu/", views.massnahme_neu, name="massnahme_neu"),
    path("<int:pk>/", views.massnahme, name="massnahme"),
    path("<int:pk>/bearbeiten/", views.massnahme_bearbeiten, name="massnahme_bearbeiten"),
    path("<int:pk>/tagesordnung/", views.massnahme_tagesordnung, name="massnahme_tagesordnung"),
    path("<int:pk>/schritt/<slug:schritt>/", views.massnahme_schritt, name="massnahme_schritt"),
]
