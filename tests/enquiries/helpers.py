"""A village with a producer and a product in four languages, their editors, a buyer's form."""

import time

from django.core.cache import cache
from wagtail.models import Locale

from core.antispam import shown_token
from products.factories import ProducerPageFactory, ProductPageFactory
from tests.feedback.helpers import editor_of
from tests.utils import create_vi_home, translate_page
from villages.factories import CraftFactory, VillageIndexPageFactory, VillagePageFactory

MESSAGE = {
    "vi": "Chúng tôi cần 200 bộ ấm chén men lam, đóng hộp riêng từng bộ, giao trước tháng Ba.",
    "en": "We are looking for 200 blue-and-white tea sets, each boxed, for delivery by March.",
    "fr": "Nous cherchons 200 services à thé bleu et blanc, en coffret, livrés avant mars.",
    "it": "Cerchiamo 200 servizi da tè bianchi e blu, in scatola singola, entro marzo.",
    "ja": "青白の茶器セットを200組、個別箱入りで3月までに納品できるか知りたいです。",
}


def build_trade_tree():
    """Bát Tràng with a producer and a product (vi, en, fr, ja, it), and Vạn Phúc with one."""
    home = create_vi_home(title="Làng nghề Hà Nội")
    index = VillageIndexPageFactory(parent=home)
    craft = CraftFactory(name="Gốm", slug="ceramics")
    bat_trang = VillagePageFactory(
        parent=index, title="Bát Tràng", slug="bat-trang", vietnamese_name="Bát Tràng"
    )
    van_phuc = VillagePageFactory(
        parent=index, title="Vạn Phúc", slug="van-phuc", vietnamese_name="Vạn Phúc"
    )
    producer = ProducerPageFactory(
        parent=bat_trang, title="Gốm Thử", slug="gom-thu", vietnamese_name="Hợp tác xã Gốm Thử"
    )
    product = ProductPageFactory(parent=producer, title="Bộ ấm chén", slug="am-chen", craft=craft)
    silk = ProducerPageFactory(
        parent=van_phuc, title="Lụa Thử", slug="lua-thu", vietnamese_name="Xưởng lụa Thử"
    )
    products = {"vi": product}
    for code in ("en", "fr", "ja", "it"):
        for page in (home, index, bat_trang, producer):
            if page.get_translation_or_none(Locale.objects.get(language_code=code)) is None:
                translate_page(page, code)
        products[code] = translate_page(product, code)
    return {
        "home": home,
        "bat_trang": bat_trang,
        "van_phuc": van_phuc,
        "producer": producer,
        "products": products,
        "silk": silk,
        "editor": editor_of(bat_trang, "bat-trang", "bat-trang@example.org"),
        "silk_editor": editor_of(van_phuc, "van-phuc", "van-phuc@example.org"),
    }


def form_data(language="en", **overrides):
    """A buyer's enquiry as their browser sends it, shown ten seconds ago."""
    data = {
        "name": "Giulia Rossi",
        "company": "Casa Milano srl",
        "country": "IT",
        "email": "giulia@example.it",
        "products": "Bộ ấm chén",
        "quantity": "200 sets",
        "target_date": "",
        "message": MESSAGE[language],
        "consent": "on",
        "website": "",
        "shown": shown_token(time.time() - 10),
    }
    data.update(overrides)
    return data


def form_url(page):
    return f"/{page.locale.language_code}/enquiry/{page.pk}/"


class FreshLimits:
    """Rate-limit counters live in the cache: each test starts with none."""

    def setUp(self):
        super().setUp()
        cache.clear()
