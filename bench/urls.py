"""The project's URLs plus the benchmark's floor and the naive search, for bench/run.py only.

Used in-process through ``override_settings(ROOT_URLCONF="bench.urls")``; never served.
"""

from django.db import connection
from django.db.models import Q
from django.http import HttpResponse
from django.template import engines
from django.urls import include, path

from angebote.models import Angebot

BODEN = engines["django"].from_string(
    '{% extends "base.html" %}{% block title %}Boden{% endblock %}'
    "{% block content %}<h1>Boden</h1><p>{{ wert }}</p>{% endblock %}"
)
NAIV = engines["django"].from_string(
    '{% extends "base.html" %}{% block title %}Naive Suche{% endblock %}'
    "{% block content %}<h1>{{ anzahl }} Treffer</h1><ul>{% for a in seite %}"
    "<li>{{ a.titel }} – {{ a.traeger.name }}</li>{% endfor %}</ul>{% endblock %}"
)


def boden(request):
    """The floor: the base template and exactly one trivial query."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        wert = cursor.fetchone()[0]
    return HttpResponse(BODEN.render({"wert": wert}, request))


def naiv_treffer(text: str):
    """What a plain Django search would do: icontains over title, description, Träger name."""
    qs = Angebot.objects.veroeffentlicht()
    for wort in text.split():
        qs = qs.filter(
            Q(titel__icontains=wort)
            | Q(beschreibung__icontains=wort)
            | Q(traeger__name__icontains=wort)
        )
    return qs


def naiv(request):
    treffer = naiv_treffer(request.GET.get("q", ""))
    seite = list(treffer.select_related("traeger").order_by("titel", "pk")[:20])
    return HttpResponse(NAIV.render({"anzahl": treffer.count(), "seite": seite}, request))


urlpatterns = [
    path("_bench/boden/", boden),
    path("_bench/naiv/", naiv),
    path("", include("sozialraum.urls")),
]
