"""A Sozialraum's resources and barriers in data-protection requests (machinery:
sozialraum/datenschutz/anfragen.py).

They name no private person (the form says so); who recorded them is personal data. As for
Vernetzung contacts (traeger/datenschutz.py): of an erased user, the entries she kept to
herself ("nur ich": nobody else can ever see them) are deleted with their history; the ones
she shared stay as the area's knowledge, recorded by "Gelöschte Person" (her anonymised
account). A name typed into a description is replaced by the general free-text sweep.
"""

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from sozialraum.datenschutz.anfragen import Fund, Teil, historie_loeschen
from sozialraumarbeit.models import Barriere, Ressource
from traeger.models import Kontakt

MODELLE = (Ressource, Barriere)


class RaumwissenDaten(Teil):
    app = "sozialraumarbeit"
    reihenfolge = 5  # before the floors below: her entries point at their records

    def sammeln(self, person):
        for model in MODELLE:
            for eintrag in model.objects.filter(erfasst_von__in=person.benutzer_pks):
                yield Fund(
                    eintrag,
                    _("von der Person erfasste %(art)s") % {"art": model._meta.verbose_name},
                )

    def _eigene(self, person):
        return [model.objects.filter(erfasst_von__in=person.benutzer_pks) for model in MODELLE]

    def vorschau(self, person):
        if not person.benutzer_pks:
            return []
        eigene = self._eigene(person)
        privat = sum(q.filter(sichtbarkeit=Kontakt.Sichtbarkeit.PRIVAT).count() for q in eigene)
        geteilt = sum(q.exclude(sichtbarkeit=Kontakt.Sichtbarkeit.PRIVAT).count() for q in eigene)
        zeilen = []
        if privat:
            zeilen.append(
                ngettext(
                    "%(n)d Ressource oder Barriere, die sie nur für sich festgehalten hat, wird "
                    "mit ihrer Historie gelöscht.",
                    "%(n)d Ressourcen oder Barrieren, die sie nur für sich festgehalten hat, "
                    "werden mit ihrer Historie gelöscht.",
                    privat,
                )
                % {"n": privat}
            )
        if geteilt:
            zeilen.append(
                ngettext(
                    "%(n)d geteilte Ressource oder Barriere bleibt als Wissen über den "
                    "Sozialraum erhalten; als Erfasserin steht dort künftig „Gelöschte Person“.",
                    "%(n)d geteilte Ressourcen oder Barrieren bleiben als Wissen über den "
                    "Sozialraum erhalten; als Erfasserin steht dort künftig „Gelöschte Person“.",
                    geteilt,
                )
                % {"n": geteilt}
            )
        return zeilen

    def loeschen(self, person):
        if not person.benutzer_pks:
            return []
        geloescht = 0
        for model, eigene in zip(MODELLE, self._eigene(person), strict=True):
            privat = list(
                eigene.filter(sichtbarkeit=Kontakt.Sichtbarkeit.PRIVAT).values_list("pk", flat=True)
            )
            if privat:
                model.objects.filter(pk__in=privat).delete()
                historie_loeschen(model, privat)
                geloescht += len(privat)
        if not geloescht:
            return []
        return [_("Private Ressourcen und Barrieren gelöscht: %(n)d.") % {"n": geloescht}]
