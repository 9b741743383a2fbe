"""Personal data on this floor: Ansprechpersonen and the Vernetzung around a person.

- Who may see an Ansprechperson (:func:`ansprechpersonen_sichtbar_fuer`): with a role, all of
  them (non-public ones are marked "intern"); without a role or without login only those
  whose consent to publication is recorded (``oeffentlich`` *and* ``einwilligung_am``).
- Her part in data-protection requests (:class:`TraegerDaten`, registered in
  ``TraegerConfig.ready``; the machinery is sozialraum/datenschutz/anfragen.py): an erased
  Ansprechperson is deleted with her history and disappears from the Kontakte that name her
  (the Kontakte stay). Of an erased user, the contacts she kept private ("nur ich": nobody
  else can ever see them) are deleted; the ones she shared stay as the team's knowledge, as
  the Vernetzung is meant to (docs/vernetzung.md), recorded by "Gelöschte Person".
  Where others named her as a colleague (``Kontakt.kolleginnen``), she is taken out; those
  contacts stay. Her Zugehörigkeiten and reminder log go.
"""

from django.db.models import ProtectedError
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from sozialraum.datenschutz.anfragen import (
    DatenschutzFehler,
    Fund,
    Teil,
    historie_loeschen,
)

from .models import Ansprechperson, Einrichtung, Erinnerung, Kontakt, Traeger
from .models import TraegerZugehoerigkeit as Zugehoerigkeit


def ansprechpersonen_sichtbar_fuer(user, queryset=None):
    """The Ansprechpersonen ``user`` may see: all with a role, else only consented ones."""
    queryset = Ansprechperson.objects.all() if queryset is None else queryset
    if user.is_authenticated and user.has_perm("traeger.view_ansprechperson"):
        return queryset
    return queryset.filter(oeffentlich=True, einwilligung_am__isnull=False)


def _ansprechpersonen(person):
    return Ansprechperson.objects.filter(pk__in=person.pks("traeger.ansprechperson"))


def _eigene_kontakte(person):
    return Kontakt.objects.filter(erfasst_von__in=person.benutzer_pks)


def _als_kollegin_genannt(person):
    """The rows naming her account as a colleague in a contact (``Kontakt.kolleginnen``).
    Not in the history: like the Ansprechpersonen, the m2m is not tracked there."""
    return Kontakt.kolleginnen.through.objects.filter(user__in=person.benutzer_pks)


class TraegerDaten(Teil):
    app = "traeger"
    bezeichnung = _("Ansprechperson")
    reihenfolge = 30
    identitaet = "traeger.ansprechperson"
    ohne_personenbezug = ("traeger.traeger", "traeger.einrichtung")

    def merkmale(self, pks):
        namen, emails = set(), set()
        # Earlier names and addresses too: the history keeps them.
        for quelle in (Ansprechperson.objects, Ansprechperson.history):
            for name, email in quelle.filter(id__in=pks).values_list("name", "email"):
                namen.add(name)
                emails.add(email)
        return namen, emails, set()

    def beschreiben(self, pks):
        return [
            _("Ansprechperson „%(name)s“%(funktion)s bei %(traeger)s, %(email)s, %(sicht)s")
            % {
                "name": p.name,
                "funktion": f" ({p.funktion})" if p.funktion else "",
                "traeger": p.traeger.name,
                "email": p.email or _("keine E-Mail-Adresse"),
                "sicht": _("öffentlich, Einwilligung vom %(datum)s")
                % {"datum": p.einwilligung_am.strftime("%d.%m.%Y")}
                if p.oeffentlich and p.einwilligung_am
                else _("intern"),
            }
            for p in Ansprechperson.objects.filter(pk__in=pks).select_related("traeger")
        ]

    def andere_merkmale(self, person):
        andere = Ansprechperson.objects.exclude(pk__in=person.pks(self.identitaet))
        paare = set(andere.values_list("name", "email"))
        return {name for name, _e in paare}, {email for _n, email in paare}

    def kandidaten(self, person):
        return self.gleiche_angaben(person, Ansprechperson.objects.order_by("name", "pk"), "name")

    def sammeln(self, person):
        for kontakt in Kontakt.objects.filter(ansprechpersonen__in=_ansprechpersonen(person)):
            yield Fund(kontakt, _("Kontakt mit der Person („mit wem“)"))
        for kontakt in Kontakt.objects.filter(kolleginnen__in=person.benutzer_pks).distinct():
            yield Fund(
                kontakt, _("Kontakt, in dem die Person als Kollegin genannt ist („mit wem“)")
            )
        for kontakt in _eigene_kontakte(person):
            yield Fund(kontakt, _("von der Person erfasster Kontakt"))

    def vorschau(self, person):
        zeilen = []
        personen = _ansprechpersonen(person)
        if anzahl := personen.count():
            kontakte = Kontakt.objects.filter(ansprechpersonen__in=personen).distinct().count()
            zeilen.append(
                ngettext(
                    "%(n)d Ansprechperson wird mit ihrer Änderungshistorie gelöscht.",
                    "%(n)d Ansprechpersonen werden mit ihrer Änderungshistorie gelöscht.",
                    anzahl,
                )
                % {"n": anzahl}
            )
            if kontakte:
                zeilen.append(
                    ngettext(
                        "Sie verschwindet aus %(n)d Kontakt („mit wem“); der Kontakt bleibt.",
                        "Sie verschwindet aus %(n)d Kontakten („mit wem“); die Kontakte bleiben.",
                        kontakte,
                    )
                    % {"n": kontakte}
                )
        if not person.benutzer_pks:
            return zeilen
        kontakte = _eigene_kontakte(person)
        privat = kontakte.filter(sichtbarkeit=Kontakt.Sichtbarkeit.PRIVAT).count()
        geteilt = kontakte.exclude(sichtbarkeit=Kontakt.Sichtbarkeit.PRIVAT).count()
        if privat:
            zeilen.append(
                ngettext(
                    "%(n)d Kontakt, den sie nur für sich festgehalten hat („nur ich“), wird mit "
                    "seiner Historie gelöscht: niemand sonst kann ihn sehen.",
                    "%(n)d Kontakte, die sie nur für sich festgehalten hat („nur ich“), werden mit "
                    "ihrer Historie gelöscht: niemand sonst kann sie sehen.",
                    privat,
                )
                % {"n": privat}
            )
        if geteilt:
            zeilen.append(
                ngettext(
                    "%(n)d geteilter Kontakt bleibt als Wissen des Teams erhalten; als "
                    "Erfasserin steht dort künftig „Gelöschte Person“.",
                    "%(n)d geteilte Kontakte bleiben als Wissen des Teams erhalten; als "
                    "Erfasserin steht dort künftig „Gelöschte Person“.",
                    geteilt,
                )
                % {"n": geteilt}
            )
        if genannt := _als_kollegin_genannt(person).count():
            zeilen.append(
                ngettext(
                    "In %(n)d Kontakt ist sie als Kollegin genannt („mit wem“): dort wird sie "
                    "entfernt; der Kontakt bleibt.",
                    "In %(n)d Kontakten ist sie als Kollegin genannt („mit wem“): dort wird sie "
                    "entfernt; die Kontakte bleiben.",
                    genannt,
                )
                % {"n": genannt}
            )
        zugehoerig = Zugehoerigkeit.objects.filter(user__in=person.benutzer_pks).count()
        erinnert = Erinnerung.objects.filter(user__in=person.benutzer_pks).count()
        if zugehoerig or erinnert:
            zeilen.append(
                _(
                    "Gelöscht werden ihre Zugehörigkeiten zu Trägern (mit Historie): %(z)d, und "
                    "die Vermerke über E-Mail-Erinnerungen an sie: %(e)d."
                )
                % {"z": zugehoerig, "e": erinnert}
            )
        geprueft = sum(
            m.objects.filter(geprueft_von__in=person.benutzer_pks).count()
            for m in (Traeger, Einrichtung, Ansprechperson)
        )
        if geprueft:
            zeilen.append(
                _(
                    "Träger, Einrichtungen oder Ansprechpersonen, die sie zuletzt geprüft hat: "
                    "%(n)d. Sie bleiben, „geprüft von“ zeigt künftig „Gelöschte Person“."
                )
                % {"n": geprueft}
            )
        return zeilen

    def loeschen(self, person):
        bericht = []
        privat = list(
            _eigene_kontakte(person)
            .filter(sichtbarkeit=Kontakt.Sichtbarkeit.PRIVAT)
            .values_list("pk", flat=True)
        )
        if privat:
            Kontakt.objects.filter(pk__in=privat).delete()
            historie_loeschen(Kontakt, privat)
            bericht.append(_("Private Kontakte gelöscht: %(n)d.") % {"n": len(privat)})
        genannt, _arten = _als_kollegin_genannt(person).delete()
        if genannt:
            bericht.append(_("Als Kollegin aus Kontakten entfernt: %(n)d.") % {"n": genannt})
        zugehoerig = list(
            Zugehoerigkeit.objects.filter(user__in=person.benutzer_pks).values_list("pk", flat=True)
        )
        Zugehoerigkeit.objects.filter(pk__in=zugehoerig).delete()
        historie_loeschen(Zugehoerigkeit, zugehoerig)
        Erinnerung.objects.filter(user__in=person.benutzer_pks).delete()
        personen = list(_ansprechpersonen(person).values_list("pk", flat=True))
        if personen:
            try:
                Ansprechperson.objects.filter(pk__in=personen).delete()
            except ProtectedError as fehler:
                raise DatenschutzFehler(
                    _(
                        "Die Ansprechperson lässt sich nicht löschen, weil noch darauf verwiesen "
                        "wird: %(wo)s. Bitte diese Verweise zuerst ändern."
                    )
                    % {
                        "wo": ", ".join(
                            sorted({str(o._meta.verbose_name) for o in fehler.protected_objects})
                        )
                    }
                ) from fehler
            # The deletion itself wrote a last history row with her data: all of it goes.
            historie_loeschen(Ansprechperson, personen)
            bericht.append(
                _("Ansprechpersonen mit Historie gelöscht: %(n)d.") % {"n": len(personen)}
            )
        return bericht
