"""Träger, Einrichtungen and Ansprechpersonen of an HSDS file: created, or updated where the
import owns them.

Keyed by UUID. A record created by an HSDS import (``MARKE`` in ``quelle_werte``) is
compared field by field with what the last import wrote (angebote/quellen/abgleich.py, the
same rule as the Berlin facility import): a field only the source changed is updated, a
field a person changed since is kept and reported. A record the registry keeps itself is
never changed; what the file says differently is reported. Places are matched by their
external identifier (``external_identifier`` + ``_type``) when the UUID is new, and placed
in the finest area whose boundary holds their coordinates.

Contacts keep no ``quelle_werte``: an imported one is updated only while its history shows
no change by a person. Publication needs consent: a contact is public in the file because
its source has the person's consent; the registry records that (``einwilligung_umfang``),
and withdraws publication of an imported contact the file no longer lists where it lists
the contacts.
"""

from __future__ import annotations

from django.utils import timezone
from django.utils.translation import gettext as _

from angebote.hsds.einlesen.zustand import GRUND, MARKE, Lauf, nicht_uebernommen, von_hsds
from angebote.quellen.abgleich import einfach, neu, vergleichen
from angebote.quellen.einrichtungen import einrichtung_felder
from angebote.quellen.verorten import Verorter, Verortung
from traeger.models import Ansprechperson, Einrichtung, Traeger

TRAEGER_FELDER = {
    n: einfach(Traeger, n)
    for n in ("name", "beschreibung", "email", "website", "traegerschaft", "art", "telefon")
}
PERSON_FELDER = ("name", "funktion", "email", "telefon")
# Not translated: the import finds its own consent notes by it.
EINWILLIGUNG = "HSDS-Import: "


def _felder_einrichtung() -> dict:
    felder = einrichtung_felder()
    for n in ("beschreibung", "barrierefrei", "barrierefrei_hinweis", "oeffnungszeiten"):
        felder[n] = einfach(Einrichtung, n)
    return felder


def _abgleichen(lauf: Lauf, obj, soll: dict, felder: dict, art: str, wo: str) -> bool:
    """Update an existing record from ``soll``; True if it changed."""
    zaehler = lauf.bericht.zaehler[art]
    if not von_hsds(obj):
        anders = [felder[n].titel for n, wert in soll.items() if felder[n].lesen(obj) != wert]
        nicht_uebernommen(lauf, obj, anders, wo)
        zaehler["unveraendert"] += 1
        return False
    vergleich = vergleichen(obj, soll, felder)
    lauf.bericht.behalten_melden(obj, vergleich, wo)
    if vergleich.geaendert:
        lauf.speichern(obj, ", ".join(f.titel for f in vergleich.geaendert))
        zaehler["geaendert"] += 1
        return True
    if vergleich.nur_quelle_werte:
        type(obj).objects.filter(pk=obj.pk).update(quelle_werte=obj.quelle_werte)
    zaehler["unveraendert"] += 1
    return False


def traeger_schreiben(lauf: Lauf) -> None:
    plan = lauf.plan
    genannt = (
        set(plan.traeger)
        | {d.traeger for d in plan.dienste}
        | {a.traeger for a in plan.orte.values()}
    )
    genannt.discard("")
    bestand = {str(t.uuid): t for t in Traeger.objects.filter(uuid__in=genannt)}
    lauf.fortschritt.schritt(_("Träger"), len(plan.traeger))
    for uuid, angabe in plan.traeger.items():
        lauf.fortschritt.weiter()
        obj = bestand.get(uuid)
        if obj is None:
            obj = neu(Traeger, angabe.werte, TRAEGER_FELDER, uuid=uuid, quelle=lauf.quelle[:200])
            obj.quelle_werte[MARKE] = lauf.quelle
            lauf.speichern(obj, _("angelegt"))
            bestand[uuid] = obj
            lauf.bericht.zaehler["traeger"]["neu"] += 1
        elif _abgleichen(lauf, obj, angabe.werte, TRAEGER_FELDER, "traeger", angabe.wo):
            lauf.geaenderte_traeger.add(obj.pk)
    lauf.traeger_pk = {uuid: t.pk for uuid, t in bestand.items()}


class _Verorter(Verorter):
    """The Berlin import's boundary trees, without its check against a stated Bezirk
    (an HSDS location names none)."""

    def _entscheiden(self, fund, bezirk) -> Verortung:
        if fund is None:
            return Verortung([None] * 4, "", _("liegt außerhalb aller Gebietsgrenzen"))
        ebene, ids, _name = fund
        return Verortung(list(ids), ebene)


def _verorten(lauf: Lauf) -> dict[str, list]:
    """The area ids [Quartier, Sozialraum, Regionalraum, Jugendamt] per place with
    coordinates inside a boundary."""
    mit_lage = [(u, a) for u, a in lauf.plan.orte.items() if a.werte["lage"][0] is not None]
    if not mit_lage:
        return {}
    verorter = _Verorter()
    if not verorter.baeume:
        lauf.bericht.hinweise.append(
            _("Keine Gebietsgrenzen im Register: Einrichtungen nicht nach Koordinaten verortet.")
        )
        return {}
    punkte = [(a.werte["lage"][1], a.werte["lage"][0]) for _u, a in mit_lage]
    gebiete = {}
    for (uuid, angabe), verortung in zip(
        mit_lage, verorter.verorten(punkte, [(None, "")] * len(punkte)), strict=True
    ):
        if verortung.ebene:
            gebiete[uuid] = verortung.gebiet
        else:
            lauf.bericht.hinweise.append(f"{angabe.wo}: {verortung.hinweis}")
    return gebiete


def _extern(lauf: Lauf, angabe, vergeben: set) -> tuple[str, str]:
    """(quelle, externe_id) of a new place: the file's external identifier and its type
    where free (a type left empty stays empty, as the export wrote it), else the run's
    source without an id."""
    if angabe.extern is None:
        return lauf.quelle[:200], ""
    art, kennung = angabe.extern
    if len(art) > 200 or len(kennung) > 100 or (art, kennung) in vergeben:
        lauf.bericht.hinweise.append(
            _("%(wo)s: externe Kennung „%(id)s“ (%(art)s) nicht übernommen (zu lang oder vergeben)")
            % {"wo": angabe.wo, "id": kennung, "art": art or "-"}
        )
        return lauf.quelle[:200], ""
    vergeben.add((art, kennung))
    return art, kennung


def einrichtungen_schreiben(lauf: Lauf) -> None:
    plan = lauf.plan
    felder = _felder_einrichtung()
    bestand = {str(e.uuid): e for e in Einrichtung.objects.filter(uuid__in=list(plan.orte))}
    externe = {a.extern for u, a in plan.orte.items() if a.extern and u not in bestand}
    vergeben = set()
    if externe:
        for e in Einrichtung.objects.filter(
            quelle__in={q for q, _k in externe}, externe_id__in={k for _q, k in externe}
        ):
            vergeben.add((e.quelle, e.externe_id))
            if e.quelle:  # an id without the name of its source says too little to match
                bestand.setdefault(("extern", e.quelle, e.externe_id), e)
    gebiete = _verorten(lauf)
    lauf.fortschritt.schritt(_("Einrichtungen"), len(plan.orte))
    for uuid, angabe in plan.orte.items():
        lauf.fortschritt.weiter()
        soll = dict(angabe.werte)
        lat, lon = soll["lage"]
        soll["lage"] = [None, None] if lat is None else [round(lat, 6), round(lon, 6)]
        soll["traeger"] = lauf.traeger_pk[angabe.traeger]
        if uuid in gebiete:
            soll["gebiet"] = gebiete[uuid]
        obj = bestand.get(uuid)
        if obj is None and angabe.extern:
            obj = bestand.get(("extern", *angabe.extern))
            if obj is not None:
                lauf.bericht.hinweise.append(
                    _("%(wo)s: über die externe Kennung der Einrichtung „%(name)s“ zugeordnet")
                    % {"wo": angabe.wo, "name": obj.name}
                )
        if obj is None:
            quelle, externe_id = _extern(lauf, angabe, vergeben)
            obj = neu(Einrichtung, soll, felder, uuid=uuid, quelle=quelle, externe_id=externe_id)
            obj.quelle_werte[MARKE] = lauf.quelle
            lauf.speichern(obj, _("angelegt"))
            lauf.bericht.zaehler["einrichtungen"]["neu"] += 1
        elif _abgleichen(lauf, obj, soll, felder, "einrichtungen", angabe.wo):
            lauf.geaenderte_orte.add(obj.pk)
        lauf.orte_pk[uuid] = (obj.pk, obj.traeger_id)


def _einwilligung(lauf: Lauf) -> str:
    return (
        EINWILLIGUNG
        + _("öffentlich laut Quelle „%(quelle)s“, die Einwilligung liegt dort")
        % {"quelle": lauf.quelle}
    )[:300]


def personen_schreiben(lauf: Lauf) -> None:
    plan = lauf.plan
    bestand = {str(p.uuid): p for p in Ansprechperson.objects.filter(uuid__in=list(plan.personen))}
    heute = timezone.localdate()
    lauf.fortschritt.schritt(_("Ansprechpersonen"), len(plan.personen))
    zaehler = lauf.bericht.zaehler["personen"]
    for uuid, angabe in plan.personen.items():
        lauf.fortschritt.weiter()
        if angabe.ort is not None and angabe.ort in lauf.orte_pk:
            einrichtung, traeger = lauf.orte_pk[angabe.ort]
        else:
            einrichtung, traeger = None, lauf.traeger_pk[angabe.traeger]
        obj = bestand.get(uuid)
        if obj is None:
            # Public at once only when an administration vouches for the source
            # (--veroeffentlichen); otherwise internal until someone checks the consent.
            vertraut = lauf.veroeffentlichen
            obj = Ansprechperson(
                uuid=uuid,
                traeger_id=traeger,
                einrichtung_id=einrichtung,
                oeffentlich=vertraut,
                einwilligung_am=heute if vertraut else None,
                einwilligung_umfang=_einwilligung(lauf),
                **angabe.werte,
            )
            lauf.speichern(obj, _("angelegt"))
            zaehler["neu"] += 1
            continue
        anders = [f for f in PERSON_FELDER if getattr(obj, f) != angabe.werte[f]]
        if not anders:
            zaehler["unveraendert"] += 1
            continue
        von_person = obj.history.exclude(history_change_reason__startswith=GRUND).exists()
        if von_person:
            titel = [str(Ansprechperson._meta.get_field(f).verbose_name) for f in anders]
            nicht_uebernommen(lauf, obj, titel, angabe.wo)
            zaehler["unveraendert"] += 1
            continue
        for f in anders:
            setattr(obj, f, angabe.werte[f])
        lauf.speichern(obj, ", ".join(anders))
        zaehler["geaendert"] += 1
    _nicht_mehr_gelistet(lauf)


def _nicht_mehr_gelistet(lauf: Lauf) -> None:
    """Imported contacts the file no longer lists at their Träger or place: no longer
    public at the source, so no longer public here (the record stays, internal)."""
    for (art, besitzer), ids in lauf.plan.kontaktlisten.items():
        if art == "traeger":
            pk = lauf.traeger_pk.get(besitzer)
            filter_ = {"traeger_id": pk, "einrichtung__isnull": True}
        else:
            pk = lauf.orte_pk.get(besitzer, (None,))[0]
            filter_ = {"einrichtung_id": pk}
        if pk is None:
            continue
        for person in Ansprechperson.objects.filter(
            oeffentlich=True, einwilligung_umfang__startswith=EINWILLIGUNG, **filter_
        ).exclude(uuid__in=ids):
            person.oeffentlich = False
            lauf.speichern(person, _("in der Quelle nicht mehr öffentlich"))
            lauf.bericht.zaehler["personen"]["geaendert"] += 1
            lauf.bericht.hinweise.append(
                _(
                    "Ansprechperson „%(name)s“: in der Quelle nicht mehr aufgeführt; nicht mehr öffentlich"
                )
                % {"name": person.name}
            )
