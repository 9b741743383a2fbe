"""Gremien work in data-protection requests (machinery: sozialraum/datenschutz/anfragen.py).

The minutes of a Gremium are its record: an erased member stays in them as "Gelöschte
Person" (her anonymised account) - Mitgliedschaften, Anwesenheiten, Aufgaben, released
Protokollversionen, uploaded Anhänge keep their place; her memberships end today, and
with them the delegations they sent and their stand-ins, as on the members page; her
calendar token goes. Her name in TOP texts, minutes, decisions, tasks and as a guest is
replaced in free text by the general sweep (history included).
"""

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from sozialraum.datenschutz.anfragen import Fund, Teil

from .models import Aufgabe, Kalenderzugang, Mitgliedschaft, Teilnahme
from .zusammenarbeit.mitgliedschaften import mitgliedschaft_beenden


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
            laufend = Mitgliedschaft.objects.filter(person__in=person.benutzer_pks).filter(
                Q(bis__isnull=True) | Q(bis__gte=heute)
            )
            abhaengig = (
                Mitgliedschaft.objects.filter(
                    Q(entsandt_von__in=laufend) | Q(vertretung_fuer__in=laufend)
                )
                .filter(Q(bis__isnull=True) | Q(bis__gt=heute))
                .exclude(person__in=person.benutzer_pks)
                .count()
            )
            if abhaengig:
                zeilen.append(
                    ngettext(
                        "%(n)d Delegation oder Vertretung einer anderen Person hängt an ihren "
                        "Mitgliedschaften und endet mit ihnen.",
                        "%(n)d Delegationen oder Vertretungen anderer Personen hängen an ihren "
                        "Mitgliedschaften und enden mit ihnen.",
                        abhaengig,
                    )
                    % {"n": abhaengig}
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
        laufend = Mitgliedschaft.objects.filter(person__in=person.benutzer_pks).filter(
            Q(bis__isnull=True) | Q(bis__gt=heute)
        )
        laufend.filter(von__gt=heute).update(von=heute)
        # Ended as the members page ends them: the delegations they sent and the stand-ins
        # of each end with them. A Koordination's object permission that a signal grants
        # again for today goes with all of hers in the account's part (it runs last).
        ihre = list(laufend.order_by("pk"))
        ihre_pks = {m.pk for m in ihre}
        erledigt, andere = set(), 0
        for mitgliedschaft in ihre:
            if mitgliedschaft.pk in erledigt:
                continue  # already ended as a delegation sent by one of hers
            for m in mitgliedschaft_beenden(mitgliedschaft, heute, _("Löschung (Art. 17 DSGVO)")):
                erledigt.add(m.pk)
                andere += m.pk not in ihre_pks
        # Her name leaves the open data (OParl) with her: the consent ends with the erasure.
        Mitgliedschaft.objects.filter(person__in=person.benutzer_pks, name_oeffentlich=True).update(
            name_oeffentlich=False
        )
        Kalenderzugang.objects.filter(user__in=person.benutzer_pks).delete()
        zeilen = [_("Mitgliedschaften beendet: %(n)d.") % {"n": len(ihre)}] if ihre else []
        if andere:
            zeilen.append(
                _("Davon abhängige Delegationen und Vertretungen anderer beendet: %(n)d.")
                % {"n": andere}
            )
        return zeilen
