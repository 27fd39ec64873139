import datetime

import factory
import wagtail_factories

from core.factories import default_locale, through_rows

from .models import (
    RelatedStory,
    StoryIndexPage,
    StoryPage,
    StoryProducer,
    StoryProduct,
    StoryVillage,
)


class StoryIndexPageFactory(wagtail_factories.PageFactory):
    title = "Câu chuyện"
    slug = "stories"
    locale = factory.LazyFunction(default_locale)

    class Meta:
        model = StoryIndexPage


class StoryPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Câu chuyện {n}")
    slug = factory.Sequence(lambda n: f"story-{n}")
    kind = StoryPage.Kind.HERITAGE
    date = datetime.date(2025, 5, 20)
    author = "Ban biên tập"
    intro = "Một câu chuyện về làng nghề."
    body = factory.LazyFunction(lambda: [("paragraph", "<p>Nội dung câu chuyện.</p>")])
    locale = factory.LazyFunction(default_locale)

    class Meta:
        model = StoryPage
        skip_postgeneration_save = True

    villages = through_rows(StoryVillage, "village")
    products = through_rows(StoryProduct, "product")
    producers = through_rows(StoryProducer, "producer")


class StoryVillageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = StoryVillage


class RelatedStoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = RelatedStory
