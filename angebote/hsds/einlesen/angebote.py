"""Offers of an HSDS file, through the registry's review (angebote/redaktion/pruefung.py).

- A new offer is created unpublished and submitted for review as a Träger-Redaktion's new
  offer is (``vorschlag_einreichen``): "in Prüfung" until a Jugendamt-Administration
  approves it. Its weekly times keep the file's schedule ids.
- An offer an earlier HSDS import created is compared field by field with what that
  import said (``quelle_werte``; angebote/quellen/abgleich.py): a field a person changed
  since is kept and reported; the source's other changes go to ``vorschlag_einreichen``
  too, so a published offer gets a proposal and stays as it is until the review. A pending
  proposal the import made itself is updated; one a person made or touched is left alone
  and the source's changes wait for the next run ("zurückgestellt").
- ``--veroeffentlichen`` (a trusted source, a named Jugendamt-Administration): what the run
  submitted is approved at once through ``angebot_veroeffentlichen`` /
  ``vorschlag_freigeben``, the one way the review approves; a new offer keeps the source's
  ``assured_date`` as its last check, as the Berlin import keeps its data's date.
- An offer the registry keeps itself is never changed; differences are reported.
"""

from __future__ import annotations

import datetime
import uuid as uuid_modul

from django.utils.translation import gettext as _

from angebote.hsds.einlesen.begriffe import Gebiete, Sprachen, begriffe_von
from angebote.hsds.einlesen.dienst import Dienst
from angebote.hsds.einlesen.werte import kanonisch
from angebote.hsds.einlesen.zustand import MARKE, VORSCHLAG, Lauf, nicht_uebernommen, von_hsds
from angebote.models import Angebot, Angebotszeit
from angebote.permissions import darf_vorschlag_pruefen
from angebote.quellen.abgleich import Feld, als_text, vergleichen
from angebote.redaktion.pruefung import (
    PruefungFehler,
    angebot_veroeffentlichen,
    ausstehender_vorschlag,
    vorschlag_einreichen,
    vorschlag_freigeben,
)
from angebote.redaktion.werte import LISTEN_FELDER, feldname, leere_werte, werte_von
from sozialraum.austausch.gebiete import ImportFehler
from traeger.models import Einrichtung

TAGE = ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So")
INAKTIV = ("inactive", "defunct")


class _Werte:
    """An offer's values as a record for ``abgleich.vergleichen`` (one rule for all imports)."""

    def __init__(self, werte: dict, quelle_werte: dict):
        self.werte = dict(werte)
        self.quelle_werte = dict(quelle_werte or {})


def _anzeigen(name: str):
    model = LISTEN_FELDER.get(name)
    if name == "zeiten":
        return lambda zeiten: (
            ", ".join(f"{TAGE[t]} {v}–{b}" for t, v, b in zeiten or []) or _("leer")
        )
    if model is None:
        return als_text
    return lambda pks: (
        ", ".join(sorted(str(o) for o in model.objects.filter(pk__in=pks or []))) or _("leer")
    )


def _feld(name: str) -> Feld:
    return Feld(
        name,
        feldname(name),
        (),
        lambda obj: obj.werte.get(name),
        lambda obj, wert: obj.werte.__setitem__(name, wert),
        _anzeigen(name),
    )


def _datum(text: str | None) -> datetime.date | None:
    return datetime.date.fromisoformat(text) if text else None


class Angebote:
    def __init__(self, lauf: Lauf):
        self.lauf = lauf
        self.sprachen = Sprachen(lauf)
        self.gebiete = Gebiete(lauf)
        ids = [kanonisch(d.eintrag.id) for d in lauf.plan.dienste]
        self.bestand = {
            str(a.uuid): a
            for a in Angebot.objects.filter(uuid__in=ids)
            .select_related("traeger")
            .prefetch_related(*LISTEN_FELDER, "zeiten")
        }
        genannt = {u for d in lauf.plan.dienste for u in d.werte.get("einrichtungen", [])}
        fehlend = genannt - set(lauf.orte_pk)
        self.orte = dict(lauf.orte_pk)
        for e in Einrichtung.objects.filter(uuid__in=fehlend):
            self.orte[str(e.uuid)] = (e.pk, e.traeger_id)
        self.zeit_ids = set()
        self.fehler: list[str] = []

    # -- values ---------------------------------------------------------------------------

    def werte(self, dienst: Dienst, traeger_pk: int) -> dict:
        """The stated values with references resolved to the registry's keys."""
        lauf, werte = self.lauf, dict(dienst.werte)
        if "kategorien" in werte:
            werte.update(begriffe_von(lauf, werte["kategorien"] + werte["zielgruppen"]))
        if "sprachen" in werte:
            codes = (self.sprachen.code(c, n, dienst.wo(p)) for c, n, p in werte["sprachen"])
            werte["sprachen"] = sorted({c for c in codes if c})
        if "sozialraeume" in werte:
            pks = (self.gebiete.pk(n, b, dienst.wo(p)) for n, b, p in werte["sozialraeume"])
            werte["sozialraeume"] = sorted({pk for pk in pks if pk})
        if "einrichtungen" in werte:
            werte["einrichtungen"] = self._orte(dienst, werte["einrichtungen"], traeger_pk)
        if "zeiten" in werte:
            werte["zeiten"] = [list(z) for z in werte["zeiten"]]
        return werte

    def _orte(self, dienst: Dienst, uuids: list[str], traeger_pk: int) -> list[int]:
        pks = set()
        for ort_id in uuids:
            if ort_id not in self.orte:
                self.lauf.bericht.hinweise.append(
                    _("%(wo)s: Ort %(id)s steht weder in der Datei noch im Register")
                    % {"wo": dienst.wo("service_at_locations"), "id": ort_id}
                )
                continue
            pk, traeger = self.orte[ort_id]
            if traeger != traeger_pk:
                self.lauf.bericht.hinweise.append(
                    _("%(wo)s: Ort %(id)s gehört zu einem anderen Träger; nicht verknüpft")
                    % {"wo": dienst.wo("service_at_locations"), "id": ort_id}
                )
                continue
            pks.add(pk)
        return sorted(pks)

    # -- the run --------------------------------------------------------------------------

    def schreiben(self) -> None:
        lauf = self.lauf
        lauf.fortschritt.schritt(_("Angebote"), len(lauf.plan.dienste))
        for dienst in lauf.plan.dienste:
            lauf.fortschritt.weiter()
            kennung = kanonisch(dienst.eintrag.id)
            obj = self.bestand.get(kennung)
            try:
                if obj is None:
                    self._anlegen(dienst, kennung)
                else:
                    self._aktualisieren(dienst, obj)
            except PruefungFehler as fehler:
                self.fehler.append(f"{dienst.wo('')}: {fehler}")
        if self.fehler:
            raise ImportFehler(self.fehler)

    def _anlegen(self, dienst: Dienst, kennung: str) -> None:
        lauf, bericht = self.lauf, self.lauf.bericht
        if dienst.status in INAKTIV:
            bericht.hinweise.append(
                _("%(wo)s: Status „%(status)s“; nicht angelegt")
                % {"wo": dienst.wo("status"), "status": dienst.status}
            )
            bericht.angebote["uebersprungen"] += 1
            return
        if dienst.status != "active":
            bericht.hinweise.append(
                _("%(wo)s: Status „%(status)s“; zur Prüfung angelegt")
                % {"wo": dienst.wo("status"), "status": dienst.status}
            )
        traeger_pk = lauf.traeger_pk[dienst.traeger]
        werte = self.werte(dienst, traeger_pk)
        if "kosten" not in werte:
            bericht.hinweise.append(
                _("%(wo)s: keine Angabe zu Kosten; „kostenfrei“ voreingestellt, bitte prüfen")
                % {"wo": dienst.wo("cost_options")}
            )
        angebot = Angebot(
            uuid=kennung,
            traeger_id=traeger_pk,
            titel=werte["titel"],
            status=Angebot.Status.ENTWURF,
            quelle=lauf.quelle[:200],
            zuletzt_geprueft=_datum(dienst.zuletzt_geprueft),
        )
        lauf.speichern(angebot, _("angelegt"))
        self._zeiten_anlegen(angebot, dienst)
        # Submitted by nobody: the run is the import's, and the approval must not mail
        # whoever started it once per offer.
        vorschlag = vorschlag_einreichen(
            angebot, angebot.traeger, {**leere_werte(), **werte}, None, ueber="import"
        )
        quelle_werte = {**werte, MARKE: lauf.quelle, "zuletzt_geprueft": dienst.zuletzt_geprueft}
        quelle_werte[VORSCHLAG] = [vorschlag.pk, vorschlag.updated_at.isoformat()]
        bericht.zaehler["angebote"]["neu"] += 1
        if lauf.veroeffentlichen and self._freigeben(dienst, angebot, vorschlag):
            quelle_werte[VORSCHLAG] = None
            angebot.refresh_from_db()
            angebot.zuletzt_geprueft, angebot.geprueft_von = _datum(dienst.zuletzt_geprueft), None
            lauf.speichern(angebot, _("zuletzt geprüft laut Quelle"))
        else:
            bericht.angebote["zur_pruefung"] += 1
        Angebot.objects.filter(pk=angebot.pk).update(quelle_werte=quelle_werte)
        lauf.angebote.add(angebot.pk)

    def _zeiten_anlegen(self, angebot: Angebot, dienst: Dienst) -> None:
        """The weekly times with the file's ids (``vorschlag_einreichen`` keeps rows whose
        day and hours it is given); an id used already gets a new one."""
        ids = [z.uuid for z in dienst.zeiten or []]
        vergeben = self.zeit_ids | {
            str(u) for u in Angebotszeit.objects.filter(uuid__in=ids).values_list("uuid", flat=True)
        }
        zeilen, gesehen = [], set()
        for zeit in dienst.zeiten or []:
            if tuple(zeit.wert) in gesehen:
                continue
            gesehen.add(tuple(zeit.wert))
            kennung = (
                zeit.uuid if zeit.uuid and zeit.uuid not in vergeben else str(uuid_modul.uuid4())
            )
            vergeben.add(kennung)
            zeilen.append(
                Angebotszeit(
                    uuid=kennung,
                    angebot=angebot,
                    wochentag=zeit.wochentag,
                    von=zeit.von,
                    bis=zeit.bis,
                )
            )
        self.zeit_ids |= {z.uuid for z in zeilen}
        Angebotszeit.objects.bulk_create(zeilen)

    def _freigeben(self, dienst: Dienst, angebot: Angebot, vorschlag) -> bool:
        """Approve what the run submitted (--veroeffentlichen); False (reported) if not."""
        lauf = self.lauf
        if not darf_vorschlag_pruefen(lauf.benutzer, vorschlag):
            lauf.bericht.hinweise.append(
                _("%(wo)s: %(wer)s darf dieses Angebot nicht freigeben; es bleibt in Prüfung")
                % {"wo": dienst.wo(""), "wer": lauf.benutzer}
            )
            return False
        try:
            if vorschlag.neu:
                angebot_veroeffentlichen(
                    angebot, lauf.benutzer, grund=lauf.grund(_("veröffentlicht"))
                )
            else:
                vorschlag_freigeben(vorschlag, lauf.benutzer)
        except PruefungFehler as fehler:
            lauf.bericht.hinweise.append(f"{dienst.wo('')}: {fehler}")
            return False
        lauf.bericht.angebote["veroeffentlicht"] += 1
        return True

    def _aktualisieren(self, dienst: Dienst, obj: Angebot) -> None:
        lauf, bericht = self.lauf, self.lauf.bericht
        zaehler = bericht.zaehler["angebote"]
        werte = self.werte(dienst, obj.traeger_id)
        aktuell = werte_von(obj)
        wo = dienst.wo("")
        if not von_hsds(obj):
            anders = [feldname(f) for f, w in werte.items() if aktuell.get(f) != w]
            nicht_uebernommen(lauf, obj, anders, wo)
            zaehler["unveraendert"] += 1
            return
        if lauf.traeger_pk.get(dienst.traeger) != obj.traeger_id:
            bericht.hinweise.append(
                _("%(wo)s: im Register beim Träger „%(traeger)s“; nicht umgehängt")
                % {"wo": wo, "traeger": obj.traeger}
            )
        if dienst.status in INAKTIV:
            bericht.hinweise.append(
                _(
                    "%(wo)s: die Quelle meldet Status „%(status)s“; im Register nicht geändert, bitte prüfen"
                )
                % {"wo": wo, "status": dienst.status}
            )
        offen = ausstehender_vorschlag(obj)
        marke = (obj.quelle_werte or {}).get(VORSCHLAG)
        unser = offen is not None and marke == [offen.pk, offen.updated_at.isoformat()]
        if offen is not None and not unser:
            if any(aktuell.get(f) != w for f, w in werte.items()):
                bericht.hinweise.append(
                    _(
                        "%(wo)s: ein Änderungsvorschlag wartet auf die Prüfung; die Änderungen der "
                        "Quelle folgen mit dem nächsten Import danach"
                    )
                    % {"wo": wo}
                )
                bericht.angebote["zurueckgestellt"] += 1
            zaehler["unveraendert"] += 1
            return
        basis = offen.daten if unser and not offen.neu else aktuell
        stand = _Werte(basis, obj.quelle_werte)
        vergleich = vergleichen(stand, werte, {f: _feld(f) for f in werte})
        bericht.behalten_melden(obj, vergleich, wo)
        quelle_werte = stand.quelle_werte
        if stand.werte == basis or obj.status == Angebot.Status.ARCHIVIERT:
            if stand.werte != basis:
                bericht.hinweise.append(
                    _("%(wo)s: im Register archiviert; Änderungen der Quelle nicht übernommen")
                    % {"wo": wo}
                )
                bericht.angebote["uebersprungen"] += 1
            elif quelle_werte != obj.quelle_werte:
                Angebot.objects.filter(pk=obj.pk).update(quelle_werte=quelle_werte)
            zaehler["unveraendert"] += 1
            return
        vorschlag = vorschlag_einreichen(obj, obj.traeger, stand.werte, None, ueber="import")
        zaehler["geaendert"] += 1
        lauf.angebote.add(obj.pk)
        quelle_werte[VORSCHLAG] = None
        if vorschlag is not None:
            quelle_werte[VORSCHLAG] = [vorschlag.pk, vorschlag.updated_at.isoformat()]
            if lauf.veroeffentlichen and self._freigeben(dienst, obj, vorschlag):
                quelle_werte[VORSCHLAG] = None
            elif vorschlag.neu:
                bericht.angebote["zur_pruefung"] += 1
            else:
                bericht.angebote["vorschlaege"] += 1
        Angebot.objects.filter(pk=obj.pk).update(quelle_werte=quelle_werte)
