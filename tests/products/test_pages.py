"""Producer and product pages as a buyer reads them, in the buyer's language."""

import datetime

from django.core.exceptions import ValidationError
from django.test import TestCase, override_settings
from django.utils import translation

from products.factories import (
    OcopCertificateFactory,
    ProducerFactFactory,
    ProducerPageFactory,
    ProductPageFactory,
    TradeFairFactory,
)
from products.markets import country_name
from products.models import CertifyingLevel, OcopCertificate, ProducerPage, ProductPage, Rating
from tests.performance.test_query_budget import BUDGET
from tests.scenario import build_language_tree
from tests.utils import (
    assert_constant_queries,
    count_queries,
    html_attrs,
    json_ld_nodes,
    soup,
    translate_page,
)
from villages.models import Craft, VillagePage

ENGLISH = {
    "Hợp tác xã Gốm Thử": "Thu Ceramics Cooperative",
    "Bộ ấm chén hoa lam": "Blue-and-white tea set",
    "Bộ ấm chén men lam vẽ tay": "Hand-painted blue-glaze tea sets",
    "Sứ, men lam": "Porcelain, cobalt glaze",
    "sản phẩm OCOP 5 sao": "five-star OCOP products",
}


def json_ld(response):
    return json_ld_nodes(response)


class ProductPagesTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_language_tree()
        cls.craft = Craft.objects.get(slug="ceramics", locale__language_code="vi")
        cls.producer = ProducerPageFactory(
            parent=cls.tree.bat_trang,
            title="Hợp tác xã Gốm Thử",
            slug="gom-thu",
            vietnamese_name="Hợp tác xã Gốm Thử",
            latin_name="Thu Ceramics",
            export_markets=["GB", "IT", "JP"],
            languages=["vi", "en"],
        )
        ProducerFactFactory(page=cls.producer)
        TradeFairFactory(page=cls.producer)
        cls.product = ProductPageFactory(
            parent=cls.producer, title="Bộ ấm chén hoa lam", slug="tea-set", craft=cls.craft
        )
        OcopCertificateFactory(
            page=cls.product,
            rating=Rating.FIVE,
            level=CertifyingLevel.NATIONAL,
            decision_number="123/QĐ-BNN",
            decision_date=datetime.date(2024, 5, 1),
            decision_date_precision="month",
        )
        # Only in Vietnamese: English readers see it marked as Vietnamese.
        cls.untranslated = ProductPageFactory(
            parent=cls.producer, title="Bình hút lộc", slug="vase", craft=cls.craft
        )
        cls.en_producer = translate_page(cls.producer, "en", ENGLISH)
        cls.en_product = translate_page(cls.product, "en", ENGLISH)

    def test_product_page_says_its_ocop_result_in_words_in_each_language(self):
        response = self.client.get("/en/villages/bat-trang/gom-thu/tea-set/")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(html_attrs(response), ("en", "ltr"))
        page = soup(response)
        self.assertEqual(page.select_one("main h1").get_text(strip=True), "Blue-and-white tea set")
        badge = page.select_one(".ocop-badge")
        self.assertEqual(
            badge.select_one(".ocop-badge__text").get_text(strip=True),
            "5-star OCOP product, certified in 2024",
        )
        self.assertEqual(badge.select_one(".ocop-badge__stars")["aria-hidden"], "true")
        text = page.select_one("main").get_text(" ", strip=True)
        self.assertIn("May 2024", text)  # the month the source gives, not an invented day
        self.assertIn("123/QĐ-BNN", text)
        self.assertIn("Japan", text)
        vi = soup(self.client.get("/vi/villages/bat-trang/gom-thu/tea-set/"))
        self.assertIn("Nhật Bản", vi.select_one("main").get_text(" ", strip=True))

    def test_product_json_ld_names_maker_origin_and_certificate(self):
        data = json_ld(self.client.get("/en/villages/bat-trang/gom-thu/tea-set/"))
        product = next(item for item in data if item.get("@type") == "Product")
        self.assertEqual(product["name"], "Blue-and-white tea set")
        self.assertEqual(product["inLanguage"], "en")
        self.assertEqual(product["countryOfOrigin"]["identifier"], "VN")
        self.assertEqual(product["manufacturer"]["name"], "Thu Ceramics")
        self.assertEqual(product["manufacturer"]["alternateName"], "Hợp tác xã Gốm Thử")
        (certificate,) = product["hasCertification"]
        self.assertEqual(certificate["@type"], "Certification")
        self.assertEqual(certificate["certificationRating"]["ratingValue"], 5)
        self.assertEqual(certificate["certificationIdentification"], "123/QĐ-BNN")

    def test_producer_page_shows_its_trade_profile_and_products_with_fallbacks(self):
        response = self.client.get("/en/villages/bat-trang/gom-thu/")
        self.assertEqual(response.status_code, 200)
        page = soup(response)
        profile = page.select_one(".trade-profile").get_text(" ", strip=True)
        self.assertIn("United Kingdom, Italy, Japan", profile)
        self.assertIn("Not published yet", profile)  # minimum order: unknown, and says so
        cards = {a.get_text(strip=True): a for a in page.select(".card__title a")}
        self.assertEqual(set(cards), {"Blue-and-white tea set", "Bình hút lộc"})
        self.assertEqual(cards["Bình hút lộc"]["lang"], "vi")
        self.assertEqual(cards["Bình hút lộc"]["href"], "/vi/villages/bat-trang/gom-thu/vase/")
        self.assertNotIn("lang", cards["Blue-and-white tea set"].attrs)
        text = page.select_one("main").get_text(" ", strip=True)
        self.assertIn("5-star OCOP product", text)
        self.assertIn("Artigiano in Fiera", text)
        self.assertIn("five-star OCOP products", text)
        organization = next(item for item in json_ld(response) if item["@type"] == "Organization")
        self.assertEqual(organization["knowsLanguage"], ["vi", "en"])

    @override_settings(PAGE_CACHE_ENABLED=False)  # the anonymous page cache would answer with none
    def test_producer_page_queries_do_not_grow_with_its_products(self):
        def add_products():
            for _ in range(3):
                product = ProductPageFactory(parent=self.producer, craft=self.craft)
                OcopCertificateFactory(page=product)

        assert_constant_queries(self, "/vi/villages/bat-trang/gom-thu/", add_products, 8)

    def test_village_page_lists_its_producers_and_certified_products(self):
        page = soup(self.client.get("/en/villages/bat-trang/"))
        producers = page.select_one('[aria-labelledby="producers-title"]')
        self.assertEqual(
            [a.get_text(strip=True) for a in producers.select(".card__title a")],
            ["Thu Ceramics Cooperative"],
        )
        certified = page.select_one('[aria-labelledby="certified-title"]')
        cards = certified.select(".card")
        self.assertEqual(len(cards), 1)  # the vase has no certificate
        self.assertEqual(
            cards[0].select_one(".card__title a")["href"], "/en/villages/bat-trang/gom-thu/tea-set/"
        )
        self.assertEqual(cards[0].select_one(".kicker").get_text(strip=True), "5-star OCOP product")

    @override_settings(PAGE_CACHE_ENABLED=False)
    def test_village_producer_and_product_pages_stay_within_the_query_budget(self):
        for path in (
            "/en/villages/bat-trang/",
            "/en/villages/bat-trang/gom-thu/",
            "/en/villages/bat-trang/gom-thu/tea-set/",
            "/vi/villages/bat-trang/gom-thu/vase/",
        ):
            with self.subTest(path=path):
                self.assertLessEqual(count_queries(self.client, path), BUDGET)

    def test_unknown_country_codes_and_languages_fall_back_safely(self):
        self.assertEqual(country_name("JP", "it"), "Giappone")
        self.assertEqual(country_name("JP", "ja"), "日本")
        self.assertEqual(country_name("KR", "ko"), "대한민국")
        self.assertEqual(country_name("JP", "xx-not-a-language"), "Japan")


@override_settings(SHOW_SAMPLE_CONTENT=False)
class SampleProducerTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_language_tree()
        cls.producer = ProducerPageFactory(parent=cls.tree.bat_trang, slug="sample", is_sample=True)

    def test_a_sample_is_not_served_nor_in_the_sitemap_where_samples_are_off(self):
        self.assertEqual(self.client.get("/vi/villages/bat-trang/sample/").status_code, 404)
        self.assertEqual(self.producer.get_sitemap_urls(), [])

    @override_settings(SHOW_SAMPLE_CONTENT=True)
    def test_a_sample_says_so_and_gives_no_structured_data(self):
        response = self.client.get("/vi/villages/bat-trang/sample/")
        self.assertEqual(response.status_code, 200)
        self.assertTrue(soup(response).select(".notice--sample"))
        self.assertEqual(json_ld(response), [])


class TreeAndValidationTests(TestCase):
    def setUp(self):
        self.enterContext(translation.override("en"))

    def test_producers_live_under_villages_and_products_under_producers(self):
        self.assertEqual(ProducerPage.parent_page_types, ["villages.VillagePage"])
        self.assertIn("products.ProducerPage", VillagePage.subpage_types)
        self.assertEqual(ProductPage.parent_page_types, ["products.ProducerPage"])
        self.assertEqual(ProductPage.subpage_types, [])

    def certificate(self, **fields):
        values = {
            "rating": Rating.FOUR,
            "level": CertifyingLevel.CITY,
            "decision_date": datetime.date(2024, 1, 1),
            "source_name": "Viet Nam News",
        }
        values.update(fields)
        return OcopCertificate(**values)

    def test_certificate_levels_and_dates_are_checked_with_clear_messages(self):
        cases = {
            "five stars from a city": (
                {"rating": Rating.FIVE, "level": CertifyingLevel.CITY},
                "level",
                "Five stars are awarded by the national council only.",
            ),
            "three stars nationally": (
                {"rating": Rating.THREE, "level": CertifyingLevel.NATIONAL},
                "level",
                "Three and four stars are awarded by the city or province.",
            ),
            "validity before the decision": (
                {"valid_until": datetime.date(2023, 1, 1)},
                "valid_until",
                "The end of validity must come after the decision.",
            ),
        }
        for name, (fields, field, message) in cases.items():
            with self.subTest(name):
                with self.assertRaises(ValidationError) as raised:
                    self.certificate(**fields).clean()
                self.assertEqual(raised.exception.message_dict[field], [message])
        self.certificate().clean()  # a 4-star city decision is fine
        self.assertEqual(self.certificate(rating=Rating.POTENTIAL_FIVE).stars, 4)
