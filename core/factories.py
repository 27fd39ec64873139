"""Factories for the shared models. Page factories live in each app."""

import factory
import wagtail_factories
from wagtail.models import Locale

from .models import MenuItem, NavigationMenu


def default_locale():
    return Locale.get_default()


def through_rows(model, field):
    """A post-generation declaration: ``PageFactory(name=[a, b])`` makes one
    ``model(page=page, <field>=item)`` row per item, in order (a page's
    villages, a village's crafts)."""

    def make(page, create, extracted, **kwargs):
        if not create or not extracted:
            return
        for item in extracted:
            model.objects.create(page=page, **{field: item})

    return factory.PostGeneration(make)


class LocaleFactory(factory.django.DjangoModelFactory):
    language_code = "vi"

    class Meta:
        model = Locale
        django_get_or_create = ("language_code",)


class ImageFactory(wagtail_factories.ImageFactory):
    title = factory.Sequence(lambda n: f"Illustration {n}")


class NavigationMenuFactory(factory.django.DjangoModelFactory):
    handle = NavigationMenu.Handle.HEADER
    locale = factory.LazyFunction(default_locale)

    class Meta:
        model = NavigationMenu


class MenuItemFactory(factory.django.DjangoModelFactory):
    menu = factory.SubFactory(NavigationMenuFactory)
    locale = factory.SelfAttribute("menu.locale")

    class Meta:
        model = MenuItem
