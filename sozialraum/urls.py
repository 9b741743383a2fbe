from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from sozialraum.zugang import sitzung

from . import views

urlpatterns = [
    path("", include("angebote.urls")),
    path("traeger/", include("traeger.urls")),
    path("gremien/", include("gremien.urls")),
    path("", include("sozialraumarbeit.urls")),  # /massnahmen/, /raumwissen/
    path("oparl/v1/", include("gremien.oparl.urls")),
    path("api/hsds/", include("angebote.hsds.api.urls")),
    path("", include("schnittstellen.urls")),  # /api/v1/ and the API token page
    path("healthz", views.healthz, name="healthz"),
    path("gebiete/", views.gebiete, name="gebiete"),
    path("gebiete/jugendamt/<str:schluessel>/", views.jugendamt, name="jugendamt"),
    path("gebiete/regionalraum/<str:schluessel>/", views.regionalraum, name="regionalraum"),
    path("gebiete/sozialraum/<str:schluessel>/", views.sozialraum, name="sozialraum"),
    path("gebiete/quartier/<str:schluessel>/", views.quartier, name="quartier"),
    path(
        "anmelden/",
        auth_views.LoginView.as_view(redirect_authenticated_user=True),
        name="anmelden",
    ),
    path("abmelden/", auth_views.LogoutView.as_view(), name="abmelden"),
    # The time left of one's own login, and extending it (static/js/sitzung.js).
    path("sitzung/status/", sitzung.sitzung_status, name="sitzung_status"),
    path("sitzung/verlaengern/", sitzung.sitzung_verlaengern, name="sitzung_verlaengern"),
    path(
        "passwort/aendern/",
        auth_views.PasswordChangeView.as_view(success_url="/passwort/geaendert/"),
        name="passwort_aendern",
    ),
    path(
        "passwort/geaendert/",
        auth_views.PasswordChangeDoneView.as_view(),
        name="password_change_done",
    ),
    path("admin/", admin.site.urls),
]

handler403 = "sozialraum.views.fehler_403"
handler404 = "sozialraum.views.fehler_404"
handler500 = "sozialraum.views.fehler_500"
