import datetime

import factory
import wagtail_factories

from core.factories import default_locale, through_rows

from .models import EventIndexPage, EventPage, EventParticipant, EventVillage


class EventIndexPageFactory(wagtail_factories.PageFactory):
    title = "Sự kiện"
    slug = "events"
    locale = factory.LazyFunction(default_locale)

    class Meta:
        model = EventIndexPage


class EventPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Sự kiện {n}")
    slug = factory.Sequence(lambda n: f"event-{n}")
    kind = EventPage.Kind.EXHIBITION
    start_date = datetime.date(2025, 12, 19)
    end_date = datetime.date(2025, 12, 21)
    start_time = datetime.time(8, 0)
    end_time = datetime.time(17, 0)
    venue_name = "Chợ gốm Bát Tràng"
    venue_address = "xã Bát Tràng, huyện Gia Lâm, Hà Nội"
    intro = "Một sự kiện ở làng nghề."
    is_free = True
    locale = factory.LazyFunction(default_locale)

    class Meta:
        model = EventPage
        skip_postgeneration_save = True

    villages = through_rows(EventVillage, "village")


class EventVillageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = EventVillage


class EventParticipantFactory(factory.django.DjangoModelFactory):
    name = "Hợp tác xã gốm"
    locale = factory.SelfAttribute("page.locale")

    class Meta:
        model = EventParticipant
