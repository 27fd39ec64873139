from decimal import Decimal

import factory
import wagtail_factories

from core.factories import default_locale

from .models import RouteIndexPage, RoutePage, RouteStop


class RouteIndexPageFactory(wagtail_factories.PageFactory):
    title = "Hành trình"
    slug = "routes"
    locale = factory.LazyFunction(default_locale)

    class Meta:
        model = RouteIndexPage


class RoutePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Hành trình {n}")
    slug = factory.Sequence(lambda n: f"route-{n}")
    summary = "Nửa ngày bên sông Hồng."
    day_length = RoutePage.DayLength.HALF
    locale = factory.LazyFunction(default_locale)

    class Meta:
        model = RoutePage


class RouteStopFactory(factory.django.DjangoModelFactory):
    page = factory.SubFactory(RoutePageFactory)
    # Stops in the order they are made: without it sort_order is NULL, and
    # PostgreSQL (unlike SQLite) returns NULL ties in any order.
    sort_order = factory.Sequence(lambda n: n)
    place_name = "Hồ Hoàn Kiếm"
    latitude = Decimal("21.028800")
    longitude = Decimal("105.852200")
    minutes_here = 0
    leg_mode = "taxi"
    leg_minutes = 40
    leg_km = Decimal("14.0")

    class Meta:
        model = RouteStop
