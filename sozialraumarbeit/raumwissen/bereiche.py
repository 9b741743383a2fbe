"""What other pages show of a Sozialraum's resources and barriers: the area pages, the
agenda items of a Sitzung, the offers' search. Registered in SozialraumarbeitConfig.ready()."""

from django.db.models import Case, Count, IntegerField, Q, Value, When
from django.urls import reverse
from django.utils.translation import gettext as _

from sozialraum.models import Jugendamt, Quartier, Regionalraum, Sozialraum
from sozialraum.werkzeuge.datenstand import behalten
from sozialraumarbeit.models import Barriere, Ressource

from .permissions import darf_erfassen, darf_lesen
from .suche import MAX_TREFFER, passende_ids

# Open barriers first, then those being worked on, the removed ones last.
STATUSFOLGE = Case(
    When(status=Barriere.Status.OFFEN, then=Value(0)),
    When(status=Barriere.Status.IN_ARBEIT, then=Value(1)),
    default=Value(2),
    output_field=IntegerField(),
)


def eintraege_im_gebiet(user, gebiet) -> tuple[list[Barriere], list[Ressource]]:
    """The current barriers (open first) and resources of a Sozialraum or Quartier that
    ``user`` sees: two queries. Also the rows of the download (export.py)."""
    barrieren = (
        Barriere.objects.sichtbar_fuer(user)
        .aktuell()
        .im_gebiet(gebiet)
        .fuer_liste()
        .order_by(STATUSFOLGE, "titel", "pk")
    )
    ressourcen = (
        Ressource.objects.sichtbar_fuer(user).aktuell().im_gebiet(gebiet).fuer_liste()
    ).order_by("titel", "pk")
    return list(barrieren), list(ressourcen)


def raumwissen_im_gebiet(request, gebiet) -> dict | None:
    """Section of the Sozialraum and Quartier pages (lists), and of the Regionalraum page
    (counts per Sozialraum, one query per model)."""
    user = request.user
    if not darf_lesen(user) or isinstance(gebiet, Jugendamt):
        return None
    if isinstance(gebiet, Regionalraum):
        return _uebersicht(user, gebiet)
    if not isinstance(gebiet, Sozialraum | Quartier):
        return None
    # Most areas have no entries yet: two plain existence checks cost far less than
    # building the two list queries (visibility rule, seven joins, the status order).
    if Barriere.objects.aktuell().im_gebiet(gebiet).exists() or (
        Ressource.objects.aktuell().im_gebiet(gebiet).exists()
    ):
        barrieren, ressourcen = eintraege_im_gebiet(user, gebiet)
    else:
        barrieren, ressourcen = [], []
    parameter = f"?{gebiet.URL_NAME}={gebiet.schluessel}"
    return {
        "template": "sozialraumarbeit/raumwissen/_im_gebiet.html",
        "gebiet": gebiet,
        "barrieren": barrieren,
        "ressourcen": ressourcen,
        "offen": sum(1 for b in barrieren if b.status != Barriere.Status.BEHOBEN),
        "neu_barriere": reverse("sozialraumarbeit:raumwissen:anlegen", args=["barriere"])
        + parameter
        if darf_erfassen(user, Barriere)
        else "",
        "neu_ressource": reverse("sozialraumarbeit:raumwissen:anlegen", args=["ressource"])
        + parameter
        if darf_erfassen(user, Ressource)
        else "",
    }


def _uebersicht(user, regionalraum) -> dict | None:
    offen = Q(status__in=[Barriere.Status.OFFEN, Barriere.Status.IN_ARBEIT])
    barrieren = {
        z["sozialraum"]: z
        for z in Barriere.objects.sichtbar_fuer(user)
        .aktuell()
        .im_gebiet(regionalraum)
        .values("sozialraum")
        .annotate(offen=Count("pk", filter=offen))
        .order_by()
    }
    ressourcen = {
        z["sozialraum"]: z["n"]
        for z in Ressource.objects.sichtbar_fuer(user)
        .aktuell()
        .im_gebiet(regionalraum)
        .values("sozialraum")
        .annotate(n=Count("pk"))
        .order_by()
    }
    if not barrieren and not ressourcen:
        return None
    zeilen = [
        {
            "sozialraum": s,
            "offen": barrieren.get(s.pk, {}).get("offen", 0),
            "ressourcen": ressourcen.get(s.pk, 0),
        }
        for s in regionalraum.sozialraeume.order_by("name").only("pk", "name", "schluessel")
        if s.pk in barrieren or s.pk in ressourcen
    ]
    return {"template": "sozialraumarbeit/raumwissen/_uebersicht.html", "zeilen": zeilen}


def raumwissen_an_tops(request, sitzung, tops) -> dict | None:
    """Under each TOP: the entries taken over from it, and "Als Ressourcen/Barrieren
    übernehmen" for TOPs with minutes, for who may (two queries for the entries)."""
    user = request.user
    if not darf_lesen(user) or not tops:
        return None
    verweise: dict[int, list[dict]] = {}
    ids = [t.pk for t in tops]
    for model, art in ((Barriere, _("Barriere")), (Ressource, _("Ressource"))):
        for eintrag in (
            model.objects.sichtbar_fuer(user).filter(top__in=ids).only("pk", "titel", "top_id")
        ):
            verweise.setdefault(eintrag.top_id, []).append(
                {"text": f"{art}: {eintrag.titel}", "url": eintrag.get_absolute_url()}
            )
    # Who edits the Gremium reads its draft minutes too (gremien/permissions.py).
    darf = (
        getattr(sitzung.gremium, "recht_bearbeiten", False)
        and darf_erfassen(user, Ressource)
        and darf_erfassen(user, Barriere)
    )
    if darf:
        for top in tops:
            if top.protokoll.strip():
                verweise.setdefault(top.pk, []).append(
                    {
                        "text": _("Als Ressourcen/Barrieren übernehmen: %(top)s")
                        % {"top": top.titel},
                        "url": reverse("sozialraumarbeit:raumwissen:aus_top", args=[top.pk]),
                    }
                )
    return verweise or None


def ressourcen_zur_suche(request, text: str, gebiet) -> dict | None:
    """Beside the offers' results: the resources matching the query (suche.py), in the
    area filter if one is set; only entries the user sees.

    Which current entries of the area match is the same for everybody: kept per data state
    (Ressource renews it, apps.py), the query, and the area, as ids. What ``user`` sees of
    them is read every time: one query for the rows shown (besides her permissions).
    """
    user = request.user
    if not darf_lesen(user):
        return None

    def rechnen() -> list[int]:
        im_gebiet = Ressource.objects.aktuell()
        if isinstance(gebiet, Jugendamt):
            im_gebiet = im_gebiet.filter(sozialraum__regionalraum__jugendamt=gebiet)
        elif gebiet is not None:
            im_gebiet = im_gebiet.im_gebiet(gebiet)
        # No resources there (most areas, a new registry): one plain EXISTS instead of
        # the thesaurus and the words of every entry.
        if not im_gebiet.exists():
            return []
        return passende_ids(im_gebiet, text)

    ort = [type(gebiet).__name__, gebiet.pk] if gebiet is not None else None
    ids = behalten("ressourcen_zur_suche", [text, ort], rechnen)
    if not ids:
        return None
    treffer = list(
        Ressource.objects.filter(pk__in=ids)
        .aktuell()  # again: an entry ended a moment ago (kept ids are a moment old)
        .sichtbar_fuer(user)
        .select_related("sozialraum", "traeger")
        # What _zur_suche.html shows: no boundaries, no Träger record beyond its name.
        .only("titel", "art", "sozialraum__name", "traeger__name")
        .order_by("titel", "pk")[: MAX_TREFFER + 1]
    )
    if not treffer:
        return None
    return {
        "template": "sozialraumarbeit/raumwissen/_zur_suche.html",
        "ressourcen": treffer[:MAX_TREFFER],
        "mehr": len(treffer) > MAX_TREFFER,
    }
