"""Gremien work in data-protection requests (machinery: sozialraum/datenschutz/anfragen.py).

The minutes of a Gremium are its record: an erased member stays in them as "Gelöschte
Person" (her anonymised account) - Mitgliedschaften, Anwesenheiten, Aufgaben, released
Protokollversionen, uploaded Anhänge keep their place; her memberships end today; her
calendar token goes. Her name in TOP texts, minutes, decisions, tasks and as a guest is
replaced in free text by the general sweep (history included).
"""

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from sozialraum.datenschutz.anfragen import Fund, Teil

from .models import Aufgabe, Kalenderzugang, Mitgliedschaft, Teilnahme


class GremienDaten(Teil):
    app = "gremien"
    reihenfolge = 10
    ohne_personenbezug = ("gremien.gremium", "gremien.sitzung")
    geheime_felder = ("gremien.kalenderzugang.token",)

    def sammeln(self, person):
        for teilnahme in Teilnahme.objects.filter(
            mitgliedschaft__person__in=person.benutzer_pks
        ).select_related("mitgliedschaft"):
            yield Fund(teilnahme, _("Anwesenheit in einer Sitzung (als Mitglied)"))
        namen = {n.lower() for n in person.namen | person.exakte_werte}
        bedingung = Q()
        for name in namen:
            bedingung |= Q(gast_name__iexact=name)
        if namen:
            for teilnahme in Teilnahme.objects.filter(bedingung):
                yield Fund(teilnahme, _("Anwesenheit in einer Sitzung (als Gast)"))

    def vorschau(self, person):
        if not person.benutzer_pks:
            return []
        zeilen = []
        heute = timezone.localdate()
        aktiv = Mitgliedschaft.objects.aktiv(heute).filter(person__in=person.benutzer_pks)
        kuenftig = Mitgliedschaft.objects.filter(person__in=person.benutzer_pks, von__gt=heute)
        if n := aktiv.count() + kuenftig.count():
            zeilen.append(
                ngettext(
                    "%(n)d laufende oder künftige Mitgliedschaft in einem Gremium endet heute.",
                    "%(n)d laufende oder künftige Mitgliedschaften in Gremien enden heute.",
                    n,
                )
                % {"n": n}
                + " "
                + _("Frühere Anwesenheiten bleiben in den Protokollen, als „Gelöschte Person“.")
            )
        offen = Aufgabe.objects.offen().filter(person__in=person.benutzer_pks).count()
        if offen:
            zeilen.append(
                ngettext(
                    "%(n)d offene Aufgabe bleibt der gelöschten Person zugeordnet: bitte in der "
                    "nächsten Sitzung neu vergeben.",
                    "%(n)d offene Aufgaben bleiben der gelöschten Person zugeordnet: bitte in der "
                    "nächsten Sitzung neu vergeben.",
                    offen,
                )
                % {"n": offen}
            )
        if Kalenderzugang.objects.filter(user__in=person.benutzer_pks).exists():
            zeilen.append(_("Ihr Kalenderzugang wird gelöscht; abonnierte Kalender enden."))
        return zeilen

    def loeschen(self, person):
        if not person.benutzer_pks:
            return []
        heute = timezone.localdate()
        # update(): the protected links stay, and no signal re-grants the Koordination's
        # object permission (sozialraum's part removes all of hers).
        laufend = Mitgliedschaft.objects.filter(person__in=person.benutzer_pks).filter(
            Q(bis__isnull=True) | Q(bis__gt=heute)
        )
        laufend.filter(von__gt=heute).update(von=heute)
        beendet = laufend.update(bis=heute)
        # Her name leaves the open data (OParl) with her: the consent ends with the erasure.
        Mitgliedschaft.objects.filter(person__in=person.benutzer_pks, name_oeffentlich=True).update(
            name_oeffentlich=False
        )
        Kalenderzugang.objects.filter(user__in=person.benutzer_pks).delete()
        return [_("Mitgliedschaften beendet: %(n)d.") % {"n": beendet}] if beendet else []
