import factory
from django.contrib.auth.models import Group

from sozialraum.models import Quartier, Regionalraum, Sozialraum, User


class RegionalraumFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Regionalraum
        django_get_or_create = ["schluessel"]

    schluessel = factory.Sequence(lambda n: f"R{n:03d}")
    name = factory.Sequence(lambda n: f"Regionalraum {n}")


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
