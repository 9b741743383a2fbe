from django.urls import include, path

app_name = "sozialraumarbeit"
urlpatterns = [
    path("massnahmen/", include("sozialraumarbeit.massnahmen.urls")),
    path("raumwissen/", include("sozialraumarbeit.raumwissen.urls")),
    path("budget/", include("sozialraumarbeit.budget.urls")),
]
