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
