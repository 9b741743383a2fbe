from decimal import Decimal

import factory
from django.contrib.auth.models import Group
from django.utils import timezone

from sozialraum.models import Jugendamt, Quartier, Regionalraum, Sozialraum, User


class JugendamtFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Jugendamt
        django_get_or_create = ["schluessel"]

    schluessel = factory.Sequence(lambda n: f"J{n:02d}")
    name = factory.Sequence(lambda n: f"Jugendamt {n}")


class RegionalraumFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Regionalraum
        django_get_or_create = ["schluessel"]

    schluessel = factory.Sequence(lambda n: f"R{n:03d}")
    name = factory.Sequence(lambda n: f"Regionalraum {n}")
    # The installation's one Jugendamt, as in Musterstadt; tests of several pass their own.
    jugendamt = factory.LazyFunction(Jugendamt.standard)


class SozialraumFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Sozialraum
        django_get_or_create = ["schluessel"]

    schluessel = factory.Sequence(lambda n: f"S{n:04d}")
    name = factory.Sequence(lambda n: f"Sozialraum {n}")
    regionalraum = factory.SubFactory(RegionalraumFactory)


class QuartierFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Quartier
        django_get_or_create = ["schluessel"]

    schluessel = factory.Sequence(lambda n: f"Q{n:05d}")
    name = factory.Sequence(lambda n: f"Quartier {n}")
    sozialraum = factory.SubFactory(SozialraumFactory)


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        django_get_or_create = ["username"]
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"person{n}")
    first_name = "Paula"
    last_name = factory.Sequence(lambda n: f"Person {n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.org")
    password = factory.django.Password("geheim-und-lang")

    @factory.post_generation
    def rolle(self, create, extracted, **kwargs):
        if create and extracted:
            self.groups.add(Group.objects.get(name=extracted))


class TraegerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "traeger.Traeger"

    name = factory.Sequence(lambda n: f"Träger {n} e.V.")


class EinrichtungFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "traeger.Einrichtung"

    traeger = factory.SubFactory(TraegerFactory)
    name = factory.Sequence(lambda n: f"Einrichtung {n}")
    strasse = factory.Sequence(lambda n: f"Musterweg {n}")
    plz = "39100"
    ort = "Musterstadt"


class AngebotFactory(factory.django.DjangoModelFactory):
    """A published offer; pass ``kategorien=[…]`` etc. for the many-to-many fields."""

    class Meta:
        model = "angebote.Angebot"
        skip_postgeneration_save = True

    titel = factory.Sequence(lambda n: f"Angebot {n}")
    traeger = factory.SubFactory(TraegerFactory)
    status = "veroeffentlicht"

    @classmethod
    def _generate(cls, strategy, params):
        """The offer and its links, then its search texts once, as a form's save does in
        effect (each link would otherwise reindex it again: six times for one offer)."""
        from angebote.signals import suchindex_ist_pausiert, suchindex_pausiert
        from angebote.suche.suchindex import reindex

        if strategy != factory.CREATE_STRATEGY or suchindex_ist_pausiert():
            return super()._generate(strategy, params)
        with suchindex_pausiert():
            angebot = super()._generate(strategy, params)
        reindex([angebot.pk])
        return angebot

    @factory.post_generation
    def einrichtungen(self, create, extracted, **kwargs):
        if create and extracted:
            self.einrichtungen.add(*extracted)

    @factory.post_generation
    def kategorien(self, create, extracted, **kwargs):
        if create and extracted:
            self.kategorien.add(*extracted)

    @factory.post_generation
    def zielgruppen(self, create, extracted, **kwargs):
        if create and extracted:
            self.zielgruppen.add(*extracted)

    @factory.post_generation
    def sprachen(self, create, extracted, **kwargs):
        if create and extracted:
            self.sprachen.add(*extracted)

    @factory.post_generation
    def zeiten(self, create, extracted, **kwargs):
        """``zeiten=[(wochentag, "14:00", "16:00"), …]``"""
        from angebote.models import Angebotszeit

        if create and extracted:
            for tag, von, bis in extracted:
                Angebotszeit.objects.create(angebot=self, wochentag=tag, von=von, bis=bis)


class GremiumFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "gremien.Gremium"

    name = factory.Sequence(lambda n: f"AG 78 Bereich {n}")
    art = "ag78"


class MitgliedschaftFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "gremien.Mitgliedschaft"

    gremium = factory.SubFactory(GremiumFactory)
    person = factory.SubFactory(UserFactory)
    rolle = "mitglied"


class SitzungFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "gremien.Sitzung"

    gremium = factory.SubFactory(GremiumFactory)
    datum = factory.Sequence(
        lambda n: (
            __import__("datetime").date(2026, 1, 6) + __import__("datetime").timedelta(days=28 * n)
        )
    )
    beginn = "14:00"
    ende = "16:00"
    ort_text = "Stadtteiltreff, großer Saal"


class TraegerZugehoerigkeitFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "traeger.TraegerZugehoerigkeit"

    user = factory.SubFactory(UserFactory)
    traeger = factory.SubFactory(TraegerFactory)


class KontaktFactory(factory.django.DjangoModelFactory):
    """A Vernetzung contact; pass ``traeger=[…]`` (and ``ansprechpersonen=[…]``,
    ``kolleginnen=[…]``)."""

    class Meta:
        model = "traeger.Kontakt"
        skip_postgeneration_save = True

    erfasst_von = factory.SubFactory(UserFactory)
    sozialraum = factory.SubFactory(SozialraumFactory)
    datum = factory.LazyFunction(timezone.localdate)
    thema = factory.Sequence(lambda n: f"Absprache {n}")
    sichtbarkeit = "alle"

    @factory.post_generation
    def traeger(self, create, extracted, **kwargs):
        if create and extracted:
            self.traeger.add(*extracted)

    @factory.post_generation
    def ansprechpersonen(self, create, extracted, **kwargs):
        if create and extracted:
            self.ansprechpersonen.add(*extracted)

    @factory.post_generation
    def kolleginnen(self, create, extracted, **kwargs):
        if create and extracted:
            self.kolleginnen.add(*extracted)


# --- Sozialraumarbeit: budgets (sozialraumarbeit/budget/) ----------------------------------


class BudgetFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "sozialraumarbeit.Budget"

    regionalraum = factory.SubFactory(RegionalraumFactory)
    jahr = 2026
    betrag = Decimal("12000.00")


def massnahme_mit_plan(regionalraum, status, plan: dict, titel="Elterncafé am Spielplatz"):
    """A measure of ``regionalraum`` in ``status`` with its month plan ``{month: amount}``."""
    from sozialraumarbeit.models import Massnahme, Monatsbetrag

    massnahme = Massnahme.objects.create(
        titel=titel,
        traeger=TraegerFactory(),
        regionalraum=regionalraum,
        bedarf="Bedarf",
        ziele="Ziele",
        ueberpruefung="Überprüfung",
        beantragte_summe=sum(plan.values(), Decimal("0")),
        status=status,
    )
    for monat, betrag in plan.items():
        Monatsbetrag.objects.create(massnahme=massnahme, monat=monat, betrag=betrag)
    return massnahme


# --- Sozialraumarbeit: a Sozialraum's resources and barriers (raumwissen) -----------------


class RessourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "sozialraumarbeit.Ressource"

    sozialraum = factory.SubFactory(SozialraumFactory)
    titel = factory.Sequence(lambda n: f"Ressource {n}")
    art = "ort"
    erfasst_von = factory.SubFactory(UserFactory)
    sichtbarkeit = "alle"


class BarriereFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "sozialraumarbeit.Barriere"

    sozialraum = factory.SubFactory(SozialraumFactory)
    titel = factory.Sequence(lambda n: f"Barriere {n}")
    art = "mobilitaet"
    erfasst_von = factory.SubFactory(UserFactory)
    sichtbarkeit = "alle"


# SRAE measures (sozialraumarbeit/massnahmen/) ------------------------------------------------


class MassnahmeFactory(factory.django.DjangoModelFactory):
    """An idea in one Sozialraum (pass ``sozialraeume=[…]``; default: a new one), its
    Regionalraum that Sozialraum's; ``plan={date(…): Decimal(…)}`` adds the month plan."""

    class Meta:
        model = "sozialraumarbeit.Massnahme"
        skip_postgeneration_save = True

    titel = factory.Sequence(lambda n: f"Elterncafé {n}")
    traeger = factory.SubFactory(TraegerFactory)
    regionalraum = factory.SubFactory(RegionalraumFactory)
    bedarf = "Junge Eltern im Quartier finden kaum Anschluss."
    ziele = "Ein offener Treff an zwei Nachmittagen je Woche."
    ueberpruefung = "Zahl der Besuche, Befragung nach sechs Monaten."
    beantragte_summe = "12000.00"  # a string: stored as Decimal

    @factory.post_generation
    def sozialraeume(self, create, extracted, **kwargs):
        if create:
            self.sozialraeume.add(
                *(extracted or [SozialraumFactory(regionalraum=self.regionalraum)])
            )

    @factory.post_generation
    def plan(self, create, extracted, **kwargs):
        from sozialraumarbeit.models import Monatsbetrag

        if create and extracted:
            for monat, betrag in extracted.items():
                Monatsbetrag.objects.create(massnahme=self, monat=monat, betrag=betrag)
