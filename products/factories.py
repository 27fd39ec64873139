import datetime

import factory
import wagtail_factories

from core.factories import default_locale
from villages.factories import CraftFactory

from .models import (
    CertifyingLevel,
    OcopCertificate,
    OcopGroup,
    ProducerFact,
    ProducerKind,
    ProducerPage,
    ProductIndexPage,
    ProductPage,
    Rating,
    TradeFair,
)


class ProducerPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Hợp tác xã {n}")
    slug = factory.Sequence(lambda n: f"producer-{n}")
    vietnamese_name = factory.SelfAttribute("title")
    latin_name = factory.Sequence(lambda n: f"Cooperative {n}")
    kind = ProducerKind.COOPERATIVE
    makes = "Bộ ấm chén men lam vẽ tay"
    export_markets = ["JP", "IT"]
    locale = factory.LazyFunction(default_locale)

    class Meta:
        model = ProducerPage


class ProductPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Bộ ấm chén {n}")
    slug = factory.Sequence(lambda n: f"product-{n}")
    craft = factory.SubFactory(CraftFactory)
    material = "Sứ, men lam"
    materials = ["ceramic"]
    ocop_group = OcopGroup.CRAFTS
    export_markets = ["JP"]
    locale = factory.LazyFunction(default_locale)

    class Meta:
        model = ProductPage


class ProductIndexPageFactory(wagtail_factories.PageFactory):
    title = "Sản phẩm"
    slug = "products"
    locale = factory.LazyFunction(default_locale)

    class Meta:
        model = ProductIndexPage


class OcopCertificateFactory(factory.django.DjangoModelFactory):
    page = factory.SubFactory(ProductPageFactory)
    rating = Rating.FOUR
    level = CertifyingLevel.CITY
    decision_date = datetime.date(2024, 1, 1)
    source_name = "Viet Nam News"

    class Meta:
        model = OcopCertificate


class ProducerFactFactory(factory.django.DjangoModelFactory):
    page = factory.SubFactory(ProducerPageFactory)
    label = "sản phẩm OCOP 5 sao"
    value = 4
    as_of = datetime.date(2025, 5, 1)
    as_of_precision = "month"
    source_name = "Viet Nam News"

    class Meta:
        model = ProducerFact


class TradeFairFactory(factory.django.DjangoModelFactory):
    page = factory.SubFactory(ProducerPageFactory)
    name = "Artigiano in Fiera"
    city = "Milano"
    year = 2024

    class Meta:
        model = TradeFair
