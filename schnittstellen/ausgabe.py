"""Records as the API's dictionaries (the shapes of schemas.py).

Plain functions over rows already loaded with their links (the callers prefetch): no
function here queries the database, so the number of queries of an answer is fixed by the
view that built the querysets.
"""

from __future__ import annotations

from django.conf import settings

from angebote.models import Angebot, Angebotszeit
from traeger.models import Ansprechperson, Einrichtung, Traeger


def seiten(seite) -> dict:
    """A Django ``Page`` as the API's page information."""
    return {
        "seite": seite.number,
        "seiten": seite.paginator.num_pages,
        "pro_seite": seite.paginator.per_page,
        "vorherige": seite.previous_page_number() if seite.has_previous() else None,
        "naechste": seite.next_page_number() if seite.has_next() else None,
    }


def _ebene(gebiet) -> str:
    return type(gebiet).__name__.lower()


def gebietsverweis(gebiet) -> dict | None:
    if gebiet is None:
        return None
    return {
        "ebene": _ebene(gebiet),
        "schluessel": gebiet.schluessel,
        "name": gebiet.name,
        "url": gebiet.get_absolute_url(),
    }


def ebene_text(gebiet) -> str:
    return settings.GEBIETSEBENEN[gebiet.EBENE][0]


def verweis(obj) -> dict:
    return {"id": obj.uuid, "pk": obj.pk, "name": str(obj), "url": obj.get_absolute_url()}


def begriff(obj, wert: str) -> dict:
    return {"wert": wert, "name": obj.name}


def zeit(z: Angebotszeit) -> dict:
    return {
        "wochentag": z.wochentag,
        "wochentag_text": z.get_wochentag_display(),
        "von": z.von.strftime("%H:%M"),
        "bis": z.bis.strftime("%H:%M"),
    }


def ort(e: Einrichtung) -> dict:
    """Needs ``sozialraum`` loaded (select_related)."""
    return {
        "id": e.uuid,
        "pk": e.pk,
        "name": e.name,
        "strasse": e.strasse,
        "plz": e.plz,
        "ort": e.ort,
        "telefon": e.telefon,
        "lat": e.lat,
        "lon": e.lon,
        "sozialraum": gebietsverweis(e.sozialraum),
        "archiviert": e.archiviert,
        "url": e.get_absolute_url(),
    }


def angebot_kurz(a: Angebot) -> dict:
    """Needs ``Angebot.objects.fuer_liste()`` (Träger, places with areas, times, languages)."""
    return {
        "id": a.uuid,
        "pk": a.pk,
        "titel": a.titel,
        "url": a.get_absolute_url(),
        "traeger": verweis(a.traeger),
        "orte": [ort(e) for e in a.einrichtungen.all()],
        "zeiten": [zeit(z) for z in a.zeiten.all()],
        "zeiten_hinweis": a.zeiten_hinweis,
        "alter_von": a.alter_von,
        "alter_bis": a.alter_bis,
        "alter_text": a.alter_text,
        "sprachen": [begriff(s, s.code) for s in a.sprachen.all()],
        "kosten": a.kosten,
        "kosten_text": a.get_kosten_display(),
        "kosten_hinweis": a.kosten_hinweis,
        "ermaessigt_moeglich": a.ermaessigt_moeglich,
        "anmeldung": a.anmeldung,
        "anmeldung_text": a.get_anmeldung_display(),
        "barrierefrei": a.barrierefrei,
        "barrierefrei_text": a.get_barrierefrei_display(),
        "zuletzt_geprueft": a.zuletzt_geprueft,
    }


def angebot(a: Angebot) -> dict:
    """Also needs ``kategorien``, ``zielgruppen`` and ``sozialraeume`` prefetched."""
    return {
        **angebot_kurz(a),
        "status": a.status,
        "status_text": a.get_status_display(),
        "beschreibung": a.beschreibung,
        "kategorien": [begriff(k, k.slug) for k in a.kategorien.all()],
        "zielgruppen": [begriff(z, z.slug) for z in a.zielgruppen.all()],
        "geschlecht": a.geschlecht,
        "geschlecht_text": a.get_geschlecht_display(),
        "sozialraeume": [gebietsverweis(s) for s in a.sozialraeume.all()],
        "gueltig_von": a.gueltig_von,
        "gueltig_bis": a.gueltig_bis,
        "telefon": a.telefon,
        "email": a.email,
        "website": a.website,
    }


def angebot_verweis(a: Angebot) -> dict:
    return {"id": a.uuid, "pk": a.pk, "titel": a.titel, "url": a.get_absolute_url()}


def ansprechperson(p: Ansprechperson) -> dict:
    """Needs ``einrichtung`` loaded. ``intern``: shown only to people with a role, as the
    pages mark it."""
    return {
        "id": p.uuid,
        "pk": p.pk,
        "name": p.name,
        "funktion": p.funktion,
        "telefon": p.telefon,
        "email": p.email,
        "einrichtung": p.einrichtung.name if p.einrichtung_id else None,
        "intern": not p.oeffentlich,
    }


def einrichtung(e: Einrichtung, ansprechpersonen, angebote) -> dict:
    """Needs ``traeger`` and the four areas loaded."""
    return {
        **ort(e),
        "art": e.art,
        "art_text": e.get_art_display(),
        "beschreibung": e.beschreibung,
        "email": e.email,
        "website": e.website,
        "traeger": verweis(e.traeger),
        "quartier": gebietsverweis(e.quartier),
        "regionalraum": gebietsverweis(e.regionalraum),
        "jugendamt": gebietsverweis(e.jugendamt),
        "plaetze": e.plaetze,
        "barrierefrei": e.barrierefrei,
        "barrierefrei_text": e.get_barrierefrei_display(),
        "barrierefrei_hinweis": e.barrierefrei_hinweis,
        "oeffnungszeiten": e.oeffnungszeiten,
        "zuletzt_geprueft": e.zuletzt_geprueft,
        "ansprechpersonen": [ansprechperson(p) for p in ansprechpersonen],
        "angebote": [angebot_verweis(a) for a in angebote],
    }


def traeger(t: Traeger, einrichtungen, ansprechpersonen, angebote) -> dict:
    """Needs ``sozialraeume`` prefetched."""
    return {
        "id": t.uuid,
        "pk": t.pk,
        "name": t.name,
        "url": t.get_absolute_url(),
        "art": t.art,
        "art_text": t.get_art_display(),
        "traegerschaft": t.traegerschaft,
        "traegerschaft_text": t.get_traegerschaft_display(),
        "beschreibung": t.beschreibung,
        "andere_namen": t.andere_namen,
        "strasse": t.strasse,
        "plz": t.plz,
        "ort": t.ort,
        "telefon": t.telefon,
        "email": t.email,
        "website": t.website,
        "zuletzt_geprueft": t.zuletzt_geprueft,
        "sozialraeume": [gebietsverweis(s) for s in t.sozialraeume.all()],
        "einrichtungen": [ort(e) for e in einrichtungen],
        "ansprechpersonen": [ansprechperson(p) for p in ansprechpersonen],
        "angebote": [angebot_verweis(a) for a in angebote],
    }
