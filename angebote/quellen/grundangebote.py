"""One Angebot per imported Einrichtung: its basic offer, stated only from the data.

Offers from official open data are published as ``angebot_veroeffentlichen`` would publish
them (status "veröffentlicht", a history entry, the search index), but in bulk and with
the data's own date as the last check instead of today, so that they show as due for a
check. The search index of every offer whose text may have changed (its own fields, its
Einrichtung, its Träger) is rebuilt once, at the end.
"""

from __future__ import annotations

from collections import defaultdict

from django.utils.translation import gettext as _

from ..models import Angebot, Kategorie, Zielgruppe
from ..suche.suchindex import reindex
from .abgleich import STUECK, Feld, Schreiber, datum, einfach, fremdschluessel, neu, vergleichen
from .datensaetze import angebot_soll
from .traeger_abgleich import traeger_name

M2M = {
    "kategorien": "kategorie_id",
    "zielgruppen": "zielgruppe_id",
    "einrichtungen": "einrichtung_id",
}
EINFACH = (
    "titel",
    "beschreibung",
    "telefon",
    "email",
    "website",
    "alter_von",
    "alter_bis",
    "anmeldung",
    "kosten",
    "kosten_hinweis",
    "status",
)


def _m2m_feld(name: str, ist: dict, soll: dict) -> Feld:
    """A link list compared as sorted ids; writes are collected in ``soll`` (obj → ids)."""
    modellfeld = Angebot._meta.get_field(name)

    def schreiben(obj, wert):
        soll.setdefault(id(obj), (obj, {}))[1][name] = wert

    def anzeigen(ids) -> str:
        namen = modellfeld.related_model.objects.filter(pk__in=ids or [])
        return ", ".join(sorted(str(o) for o in namen)) or str(_("leer"))

    return Feld(
        name,
        str(modellfeld.verbose_name),
        (),
        lambda obj: ist.get(obj.pk, {}).get(name, []),
        schreiben,
        anzeigen,
    )


def _felder(ist: dict, soll: dict, traeger_name) -> dict:
    return {
        **{n: einfach(Angebot, n) for n in EINFACH},
        "zuletzt_geprueft": datum(Angebot, "zuletzt_geprueft", nur_neuer=True),
        "quelle_stand": datum(Angebot, "quelle_stand"),
        "traeger": fremdschluessel(Angebot, "traeger", traeger_name),
        **{n: _m2m_feld(n, ist, soll) for n in M2M},
    }


def _verknuepfungen(quellen: list[str]) -> dict:
    ist: dict = defaultdict(lambda: {n: [] for n in M2M})
    for name, spalte in M2M.items():
        through = getattr(Angebot, name).through
        for angebot_id, wert in through.objects.filter(angebot__quelle__in=quellen).values_list(
            "angebot_id", spalte
        ):
            ist[angebot_id][name].append(wert)
    for links in ist.values():
        for werte in links.values():
            werte.sort()
    return ist


def angebote_abgleichen(lauf) -> None:
    quellen = [d.art.quelle for d in lauf.dateien]
    bestand = {
        (a.quelle, a.externe_id): a
        for a in Angebot.objects.filter(quelle__in=quellen).exclude(externe_id="")
    }
    ist = _verknuepfungen(quellen)
    verknuepft: dict = {}
    felder = _felder(ist, verknuepft, traeger_name)
    slugs = {
        "kategorien": dict(Kategorie.objects.values_list("slug", "pk")),
        "zielgruppen": dict(Zielgruppe.objects.values_list("slug", "pk")),
    }
    fehlend: set[str] = set()
    schreiber = Schreiber(Angebot, _("Import der Einrichtungen"))
    zaehler = lauf.bericht.angebote
    geaendert: set[int] = set()
    lauf.fortschritt.schritt(_("Angebote abgleichen"), sum(len(d.merkmale) for d in lauf.dateien))
    for datei in lauf.dateien:
        stand = lauf.staende[datei.art.kennung]
        for m in datei.merkmale:
            lauf.fortschritt.weiter()
            einrichtung = lauf.einrichtungen[(datei.art.quelle, m.externe_id)]
            soll = angebot_soll(datei.art, m, lauf.einrichtung_soll[id(m)], stand)
            for name, nach_slug in slugs.items():
                fehlend |= {s for s in soll[name] if s not in nach_slug}
                soll[name] = sorted(nach_slug[s] for s in soll[name] if s in nach_slug)
            soll["einrichtungen"] = [einrichtung.pk]
            soll["traeger"] = einrichtung.traeger_id
            obj = bestand.get((datei.art.quelle, m.externe_id))
            if obj is None:
                obj = neu(Angebot, soll, felder, quelle=datei.art.quelle, externe_id=m.externe_id)
                obj._change_reason = _("Import der Einrichtungen: angelegt und veröffentlicht")
                schreiber.anlegen.append(obj)
                zaehler["neu"] += 1
                continue
            vergleich = vergleichen(obj, soll, felder)
            wo = lauf.wo(datei, m.externe_id, obj.titel)
            lauf.bericht.behalten_melden(obj, vergleich, wo)
            schreiber.geaendert(obj, vergleich)
            if vergleich.geaendert:
                zaehler["geaendert"] += 1
                geaendert.add(obj.pk)
            else:
                zaehler["unveraendert"] += 1
        im_file = {m.externe_id for m in datei.merkmale}
        for (quelle, externe), obj in bestand.items():
            if quelle == datei.art.quelle and externe not in im_file:
                vergleich = vergleichen(obj, {"status": str(Angebot.Status.ARCHIVIERT)}, felder)
                schreiber.geaendert(obj, vergleich)
                if vergleich.geaendert:
                    zaehler["archiviert"] += 1
                    geaendert.add(obj.pk)
    if fehlend:
        lauf.bericht.hinweise.append(
            _("Kategorien oder Zielgruppen fehlen im Register und wurden nicht gesetzt: %(s)s")
            % {"s": ", ".join(sorted(fehlend))}
        )
    erstellt = schreiber.ausfuehren()
    _verknuepfen(verknuepft, ist)
    lauf.fortschritt.schritt(_("Suchindex"), 1)
    beruehrt = geaendert | {a.pk for a in erstellt}
    beruehrt |= set(
        Angebot.einrichtungen.through.objects.filter(
            einrichtung_id__in=lauf.geaenderte_einrichtungen
        ).values_list("angebot_id", flat=True)
    )
    beruehrt |= set(
        Angebot.objects.filter(traeger_id__in=lauf.geaenderte_traeger).values_list("pk", flat=True)
    )
    reindex(sorted(beruehrt))
    lauf.fortschritt.weiter()


def _verknuepfen(verknuepft: dict, ist: dict) -> None:
    """Replace the changed link lists: delete the old rows, insert the new ones in bulk."""
    for name, spalte in M2M.items():
        through = getattr(Angebot, name).through
        alte = [obj.pk for obj, werte in verknuepft.values() if name in werte and obj.pk in ist]
        if alte:
            through.objects.filter(angebot_id__in=alte).delete()
        through.objects.bulk_create(
            [
                through(angebot_id=obj.pk, **{spalte: wert})
                for obj, werte in verknuepft.values()
                if name in werte
                for wert in werte[name]
            ],
            batch_size=STUECK * 2,
        )
