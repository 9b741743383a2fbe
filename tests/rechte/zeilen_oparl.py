"""Rows of OParl at /oparl/v1/ (gremien/oparl/, docs/oparl.md).

OParl shows the same to everybody: public Gremien only (visibility "öffentlich"), their
meetings, agenda items with released minutes, memberships (a person only with her consent), places and
attachments. Every logged-in user reads it, with or without a role, as the normal pages
show public Gremien to every logged-in user; anything of another Gremium answers 404 for
every role, the administration too (she sees those Gremien on the normal pages, but OParl
publishes, it does not administer). Access is that of every API (sozialraum/zugang/api.py):
the login or a personal API token (each case runs with both, ``…_schluessel``), and
anonymous callers get 401 (JSON), as the matrix runs with ``OFFENE_DATEN`` off (the
default); with it on they read the same without a login (tests/test_oparl.py walks every
OParl URL both ways).

The matrix client is shared by the module: each case sets or removes the
``Authorization`` header itself (``vorher``), as zeilen_api.py does.

The world has no public Gremium, so the case "oeffentlich" makes the Gremium "offen" (all
Fachkräfte) public in the test's savepoint: its names may show to every logged-in role, its
draft minutes still only to those who edit it, so the marker check catches a draft that
leaves. "eigen", "fremd" (members only) and "fachkraefte" ("offen" as it is) are not public.
"""

from functools import partial

from django.conf import settings

from .erwartung import NICHT_ANGEMELDET, Zeile, erwarte, fall

KOPF = "HTTP_AUTHORIZATION"
# The case, and which of the world's Gremien it uses.
GREMIEN = {"oeffentlich": "offen", "eigen": "eigen", "fremd": "fremd", "fachkraefte": "offen"}


def oparl(token) -> dict:
    """``token`` for every logged-in role, 401 for anonymous callers."""
    return erwarte(sonst=token, anonym=NICHT_ANGEMELDET)


def _oeffentlich_machen(welt) -> None:
    """The Gremium "offen" public, and its first member with a person agreeing to be named."""
    from django.utils import timezone

    from gremien.models import Gremium

    gremium = welt.o["gremium_offen"]
    Gremium.objects.filter(pk=gremium.pk).update(sichtbarkeit=Gremium.Sichtbarkeit.OEFFENTLICH)
    gremium.mitgliedschaften.filter(pk=_erste_person(gremium).pk).update(
        name_oeffentlich=True, einwilligung_am=timezone.localdate()
    )


def _erste_person(gremium):
    return gremium.mitgliedschaften.filter(person__isnull=False).order_by("pk").first()


def _vorher(schluessel: bool, oeffentlich: bool):
    """Prepare a case: the role's login (``schluessel``: a token of the same person instead),
    and the Gremium "offen" made public if asked."""

    def vorher(client, welt) -> None:
        from django.utils import timezone

        from sozialraum.models import Zugangsschluessel
        from sozialraum.zugang.schluessel import schluessel_anlegen

        client.defaults.pop(KOPF, None)
        if oeffentlich:
            _oeffentlich_machen(welt)
        cookie = client.cookies.get(settings.SESSION_COOKIE_NAME)
        rolle = next((r for r, k in welt.sitzungen.items() if cookie and k == cookie.value), None)
        if not schluessel or rolle is None:
            return
        eintrag, token = schluessel_anlegen(welt.nutzer[rolle], "Matrix OParl")
        # Used just now: a request then records no use (once a minute) and writes nothing.
        Zugangsschluessel.objects.filter(pk=eintrag.pk).update(last_used_at=timezone.now())
        client.cookies.pop(settings.SESSION_COOKIE_NAME, None)
        client.defaults[KOPF] = f"Bearer {token}"

    return vorher


def _zweimal(name: str, kwargs, token, oeffentlich: bool = False, schluessel=True) -> tuple:
    """The case with the role's session and (``schluessel``) with her personal API token."""
    return tuple(
        fall(
            f"{name}_schluessel" if mit_schluessel else name,
            kwargs,
            get=oparl(token),
            vorher=_vorher(mit_schluessel, oeffentlich),
        )
        for mit_schluessel in ((False, True) if schluessel else (False,))
    )


def _je_gremium(kwargs_von, sitzungen: bool = False) -> tuple:
    """A case per Gremium (and per meeting, draft and released minutes, if ``sitzungen``):
    200 for every logged-in role where public, 404 for all otherwise."""
    faelle = []
    for name, art in GREMIEN.items():
        for stand in ("entwurf", "frei") if sitzungen else ("",):
            if sitzungen and art == "fremd" and stand == "frei":
                continue  # 404 either way, as in zeilen_gremien
            oeffentlich = name == "oeffentlich"
            # The token is the same way in as for every API (zeilen_api.py walks it per
            # role): here once per row, on the public Gremium, where the content shows.
            faelle += _zweimal(
                f"{name}_{stand}" if stand else name,
                partial(kwargs_von, art=art, stand=stand),
                200 if oeffentlich else 404,
                oeffentlich,
                schluessel=oeffentlich,
            )
    return tuple(faelle)


def _gremium(welt, rolle, art, stand):
    return {"pk": welt.o[f"gremium_{art}"].pk}


def _mitgliedschaft(welt, rolle, art, stand):
    return {"pk": welt.o[f"gremium_{art}"].mitgliedschaften.order_by("pk").first().pk}


def _person(welt, rolle, art, stand):
    return {"pk": _erste_person(welt.o[f"gremium_{art}"]).person_id}


def _sitzung(welt, rolle, art, stand):
    return {"pk": welt.o[f"sitzung_{art}_{stand}"].pk}


def _top(welt, rolle, art, stand):
    return {"pk": welt.o[f"top_{art}_{stand}"].pk}


def _anhang(welt, rolle, art, stand):
    return {"uid": welt.o[f"anhang_{art}_{stand}"].uid}


def _jugendamt(welt, rolle, schluessel):
    return {"pk": welt.o[schluessel].pk}


def _koerperschaft(name: str) -> Zeile:
    return Zeile(
        f"oparl:{name}",
        tuple(
            f
            for gebiet, schluessel in (("eigen", "jugendamt"), ("fremd", "jugendamt_fremd"))
            for f in _zweimal(gebiet, partial(_jugendamt, schluessel=schluessel), 200)
        ),
        grund="jede Körperschaft (Jugendamt) und ihre Listen; darin nur Öffentliches",
    )


ZEILEN = [
    Zeile("oparl:system", _zweimal("ohne", None, 200)),
    Zeile("oparl:body_list", _zweimal("ohne", None, 200)),
    _koerperschaft("body"),
    *(
        _koerperschaft(f"body_{liste}")
        for liste in (
            "organization",
            "person",
            "meeting",
            "paper",
            "agenda_item",
            "consultation",
            "file",
            "location",
            "legislative_term",
            "membership",
        )
    ),
    Zeile("oparl:organization", _je_gremium(_gremium)),
    Zeile("oparl:organization_meeting", _je_gremium(_gremium)),
    Zeile(
        "oparl:membership",
        _je_gremium(_mitgliedschaft),
        grund="die Person nur mit ihrer Einwilligung",
    ),
    Zeile(
        "oparl:person",
        _je_gremium(_person),
        grund="nur wer eingewilligt hat, und nur ihre Mitgliedschaften in öffentlichen Gremien",
    ),
    Zeile(
        "oparl:meeting",
        _je_gremium(_sitzung, sitzungen=True),
        grund="Tagesordnung immer, Protokolltext und Beschlüsse erst nach der Freigabe",
    ),
    Zeile("oparl:agenda_item", _je_gremium(_top, sitzungen=True)),
    Zeile("oparl:location", _je_gremium(_sitzung, sitzungen=True)),
    Zeile("oparl:file", _je_gremium(_anhang, sitzungen=True)),
    Zeile(
        "oparl:file_download",
        _je_gremium(_anhang, sitzungen=True),
        grund="die Datei eines öffentlichen Anhangs, als Download wie gremien:anhang",
    ),
]
