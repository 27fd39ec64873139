import factory
import wagtail_factories

from core.factories import default_locale

from .models import HomeFeatured, HomeFigure, HomePage, StandardPage


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Làng nghề Hà Nội"
    slug = "home"
    intro = "Những làng nghề bên sông Hồng."
    locale = factory.LazyFunction(default_locale)

    class Meta:
        model = HomePage


class HomeFeaturedFactory(factory.django.DjangoModelFactory):
    home = factory.SubFactory(HomePageFactory)

    class Meta:
        model = HomeFeatured


class HomeFigureFactory(factory.django.DjangoModelFactory):
    page = factory.SubFactory(HomePageFactory)
    label = "làng nghề và làng có nghề"
    value = 1350
    approximate = True
    as_of = factory.Faker("date_between", start_date="-2y", end_date="today")
    source_name = "Vietnam Business Forum"

    class Meta:
        model = HomeFigure


class StandardPageFactory(wagtail_factories.PageFactory):
    title = "Giới thiệu"
    slug = factory.Sequence(lambda n: f"trang-{n}")
    intro = "Về trang làng nghề Hà Nội."
    locale = factory.LazyFunction(default_locale)

    class Meta:
        model = StandardPage
