from django.urls import path

from . import views

app_name = "traeger"
urlpatterns = [
    path("<int:pk>/", views.traeger, name="traeger"),
    path("einrichtung/<int:pk>/", views.einrichtung, name="einrichtung"),
]
