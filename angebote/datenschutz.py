"""Offers in data-protection requests (machinery: sozialraum/datenschutz/anfragen.py).

An Angebot is curated data and stays. What can name a person on it: "geprüft von" (her
account, anonymised to "Gelöschte Person" by sozialraum), her address as "E-Mail für
Rückfragen" (emptied by the general free-text sweep), her name in the description (replaced
by it). Afterwards the search texts of the changed offers are rebuilt, and the words of
her names leave the search vocabulary unless another offer still uses them.
"""

from django.core.cache import cache
from django.db import transaction
from django.db.models import Q
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from sozialraum.datenschutz.anfragen import Fund, Teil
from sozialraum.werkzeuge.datenstand import stand_erhoehen
from sozialraum.werkzeuge.suchtext import gekoppelt, woerter

from .merkliste import merklisten_loeschen, merklisten_vorschau
from .models import Angebot, Merklisteneintrag, Suchwort, Vorkommen
from .suche.suchindex import reindex


def _mit_ihrer_email(person):
    bedingung = Q()
    for email in person.emails:
        bedingung |= Q(email__iexact=email)
    return Angebot.objects.filter(bedingung) if person.emails else Angebot.objects.none()


class AngeboteDaten(Teil):
    app = "angebote"
    reihenfolge = 20
    ohne_personenbezug = (
        "angebote.angebot",
        "angebote.kategorie",
        "angebote.zielgruppe",
        "angebote.sprache",
    )

    def sammeln(self, person):
        for angebot in _mit_ihrer_email(person):
            yield Fund(angebot, _("ihre E-Mail-Adresse steht als „E-Mail für Rückfragen“"))
        # Her lists come into the export through their owner; what is on them, here.
        for eintrag in Merklisteneintrag.objects.filter(liste__owner__in=person.benutzer_pks):
            yield Fund(eintrag, _("Eintrag auf einer ihrer Merklisten"))

    def vorschau(self, person):
        zeilen = []
        if n := _mit_ihrer_email(person).count():
            zeilen.append(
                ngettext(
                    "Bei %(n)d Angebot ist ihre Adresse die „E-Mail für Rückfragen“: das Feld "
                    "wird geleert, das Angebot bleibt.",
                    "Bei %(n)d Angeboten ist ihre Adresse die „E-Mail für Rückfragen“: das Feld "
                    "wird geleert, die Angebote bleiben.",
                    n,
                )
                % {"n": n}
            )
        if person.benutzer_pks and (
            n := Angebot.objects.filter(geprueft_von__in=person.benutzer_pks).count()
        ):
            zeilen.append(
                ngettext(
                    "%(n)d Angebot hat sie zuletzt geprüft: es bleibt, „geprüft von“ zeigt "
                    "künftig „Gelöschte Person“.",
                    "%(n)d Angebote hat sie zuletzt geprüft: sie bleiben, „geprüft von“ zeigt "
                    "künftig „Gelöschte Person“.",
                    n,
                )
                % {"n": n}
            )
        return zeilen + merklisten_vorschau(person)

    def loeschen(self, person):
        # Her Merklisten are her working notes, no curated data: they go with her account.
        return merklisten_loeschen(person)

    def nach_bereinigung(self, person, geaendert):
        ids = set(geaendert.get("angebote.angebot", ()))
        traeger = geaendert.get("traeger.traeger", ())
        orte = geaendert.get("traeger.einrichtung", ())
        if traeger or orte:
            ids |= set(
                Angebot.objects.filter(Q(traeger__in=traeger) | Q(einrichtungen__in=orte))
                .distinct()
                .values_list("pk", flat=True)
            )
        if ids:
            reindex(sorted(ids))
        if geaendert:
            # Names of areas, Kategorien … and the vocabulary are in kept search results too
            # (trefferspeicher.py); reindex() only covers changed offers. The new state voids
            # them; clearing the cache also removes them from its table (or Redis) at once,
            # instead of when they expire.
            stand_erhoehen()
            transaction.on_commit(cache.clear)
        # The vocabulary for typo correction keeps every word ever indexed: the words of her
        # names go unless another offer still contains them.
        # A hyphenated name ("Anna-Lena") is indexed as one word too (suchtext.gekoppelt).
        namen = person.namen | person.exakte_werte
        for wort in {w for name in namen for w in (*woerter(name), *gekoppelt(name))}:
            if not Vorkommen.objects.filter(wort=wort).exists():
                Suchwort.objects.filter(wort=wort).delete()
