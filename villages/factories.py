import datetime
from decimal import Decimal

import factory
import wagtail_factories

from core.factories import default_locale, through_rows

from .models import (
    Attraction,
    Craft,
    OpeningException,
    OpeningHours,
    TransportLeg,
    VillageCraft,
    VillageFact,
    VillageIndexPage,
    VillagePage,
)


class CraftFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Nghề {n}")
    slug = factory.Sequence(lambda n: f"craft-{n}")
    locale = factory.LazyFunction(default_locale)

    class Meta:
        model = Craft


class VillageIndexPageFactory(wagtail_factories.PageFactory):
    title = "Làng nghề"
    slug = "villages"
    locale = factory.LazyFunction(default_locale)

    class Meta:
        model = VillageIndexPage


class VillagePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Làng {n}")
    slug = factory.Sequence(lambda n: f"village-{n}")
    vietnamese_name = factory.SelfAttribute("title")
    commune = "xã Bát Tràng"
    former_district = "huyện Gia Lâm"
    latitude = Decimal("20.975000")
    longitude = Decimal("105.912000")
    intro = "Một làng nghề bên sông Hồng."
    locale = factory.LazyFunction(default_locale)

    class Meta:
        model = VillagePage
        skip_postgeneration_save = True

    crafts = through_rows(VillageCraft, "craft")


class VillageCraftFactory(factory.django.DjangoModelFactory):
    page = factory.SubFactory(VillagePageFactory)
    craft = factory.SubFactory(CraftFactory)

    class Meta:
        model = VillageCraft


class VillageFactFactory(factory.django.DjangoModelFactory):
    page = factory.SubFactory(VillagePageFactory)
    label = "năm lịch sử"
    value = 700
    as_of = factory.Faker("date_between", start_date="-2y", end_date="today")
    source_name = "Viet Nam News"

    class Meta:
        model = VillageFact


class AttractionFactory(factory.django.DjangoModelFactory):
    page = factory.SubFactory(VillagePageFactory)
    kind = Attraction.Kind.MARKET
    name = "Chợ gốm"

    class Meta:
        model = Attraction


class OpeningHoursFactory(factory.django.DjangoModelFactory):
    page = factory.SubFactory(VillagePageFactory)
    weekday = 0
    opens = "08:00"
    closes = "17:30"

    class Meta:
        model = OpeningHours


class OpeningExceptionFactory(factory.django.DjangoModelFactory):
    page = factory.SubFactory(VillagePageFactory)
    start_date = datetime.date(2027, 2, 5)
    end_date = datetime.date(2027, 2, 10)
    closed = True
    reason = "Tết Nguyên đán"

    class Meta:
        model = OpeningException


class TransportLegFactory(factory.django.DjangoModelFactory):
    page = factory.SubFactory(VillagePageFactory)
    mode = "taxi"
    origin = "Phố cổ"
    duration_min = 30
    duration_max = 45

    class Meta:
        model = TransportLeg
