import factory
import wagtail_factories

from core.factories import default_locale

from .models import OpenDataPage


class OpenDataPageFactory(wagtail_factories.PageFactory):
    title = "Dữ liệu mở"
    slug = "open-data"
    intro = "Dữ liệu về các làng nghề Hà Nội, để mọi người dùng lại."
    locale = factory.LazyFunction(default_locale)

    class Meta:
        model = OpenDataPage
