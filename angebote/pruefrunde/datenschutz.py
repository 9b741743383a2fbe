"""Prüfrunden in data-protection requests (machinery: sozialraum/datenschutz/anfragen.py).

What can name a person: who started or closed a round (her account: exported through the
foreign keys, anonymised to "Gelöschte Person" with the account), the address a request
went to (an e-mail field holding only her address is emptied by the free-text sweep, the
request stays), a Träger's note on a place (her name replaced there). The link's nonce is
a secret and never exported.
"""

from django.db.models import Q
from django.utils.translation import ngettext

from sozialraum.datenschutz.anfragen import Teil

from ..models import Pruefanfrage, Pruefrunde


class PruefrundenDaten(Teil):
    app = "angebote"
    reihenfolge = 21  # with the offers, before the Träger and the accounts
    ohne_personenbezug = ("angebote.pruefposten",)
    geheime_felder = ("angebote.pruefanfrage.nonce",)

    def vorschau(self, person):
        zeilen = []
        if person.benutzer_pks and (
            n := Pruefrunde.objects.filter(
                Q(gestartet_von__in=person.benutzer_pks)
                | Q(geschlossen_von__in=person.benutzer_pks)
            ).count()
        ):
            zeilen.append(
                ngettext(
                    "%(n)d Prüfrunde hat sie gestartet oder abgeschlossen: sie bleibt, als "
                    "Person steht künftig „Gelöschte Person“.",
                    "%(n)d Prüfrunden hat sie gestartet oder abgeschlossen: sie bleiben, als "
                    "Person steht künftig „Gelöschte Person“.",
                    n,
                )
                % {"n": n}
            )
        if person.emails:
            adressen = Q()
            for email in person.emails:
                adressen |= Q(email__iexact=email)
            if n := Pruefanfrage.objects.filter(adressen).count():
                zeilen.append(
                    ngettext(
                        "%(n)d Prüfanfrage ging an ihre Adresse: die Adresse wird geleert, die "
                        "Anfrage bleibt.",
                        "%(n)d Prüfanfragen gingen an ihre Adresse: die Adresse wird geleert, "
                        "die Anfragen bleiben.",
                        n,
                    )
                    % {"n": n}
                )
        return zeilen
