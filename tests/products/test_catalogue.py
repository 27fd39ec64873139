"""The product catalogue as a buyer uses it: facets that combine, count, live in the URL."""

import datetime

from django.test import TestCase, override_settings
from wagtail.models import PageViewRestriction
from wagtail.test.utils import WagtailPageTestCase

from home.models import HomePage
from products.catalogue import MAX_FACET_OPTIONS
from products.factories import (
    OcopCertificateFactory,
    ProducerPageFactory,
    ProductIndexPageFactory,
    ProductPageFactory,
)
from products.models import CertifyingLevel, ProductIndexPage, Rating
from tests.scenario import build_language_tree
from tests.utils import (
    assert_constant_queries,
    create_vi_home,
    html_attrs,
    soup,
    translate_page,
)
from villages.factories import CraftFactory
from villages.models import Craft

URL = "/vi/products/"

ENGLISH = {
    "Sản phẩm": "Products",
    "Hợp tác xã Gốm Thử": "Thu Ceramics Cooperative",
    "Bộ ấm chén 5 sao": "Five-star tea set",
}


def titles(response):
    return [a.get_text(strip=True) for a in soup(response).select(".card__title a")]


def facet(response, name):
    """``{value: (count, checked)}`` of one facet's checkboxes."""
    page = soup(response)
    options = {}
    for box in page.select(f'input[type="checkbox"][name="{name}"]'):
        label = box.find_parent("label")
        options[box["value"]] = (
            int(label.select_one(".filters__count").get_text(strip=True)),
            box.has_attr("checked"),
        )
    return options


@override_settings(PAGE_CACHE_ENABLED=False)
class CatalogueTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_language_tree()
        cls.ceramics = Craft.objects.get(slug="ceramics", locale__language_code="vi")
        cls.lacquer = CraftFactory(name="Sơn mài", slug="lacquer")
        cls.index = ProductIndexPageFactory(parent=cls.tree.home, title="Sản phẩm")
        cls.producer = ProducerPageFactory(
            parent=cls.tree.bat_trang, title="Hợp tác xã Gốm Thử", slug="gom-thu"
        )
        cls.lacquer_maker = ProducerPageFactory(
            parent=cls.tree.van_phuc, title="Xưởng sơn mài", slug="son-mai"
        )
        cls.five = cls.product(
            cls.producer, "Bộ ấm chén 5 sao", ["JP", "KR"], cls.ceramics, Rating.FIVE
        )
        cls.four = cls.product(cls.producer, "Bình gốm 4 sao", ["IT"], cls.ceramics, Rating.FOUR)
        cls.box = cls.product(
            cls.lacquer_maker, "Hộp sơn mài", ["JP"], cls.lacquer, None, materials=["lacquer"]
        )
        cls.sample = cls.product(
            cls.lacquer_maker, "Khay mẫu", ["JP"], cls.lacquer, None, is_sample=True
        )
        # English: the index, the producer and one product only.
        translate_page(cls.index, "en", ENGLISH)
        translate_page(cls.producer, "en", ENGLISH)
        translate_page(cls.five, "en", ENGLISH)

    @classmethod
    def product(cls, producer, title, markets, craft, rating, **kwargs):
        kwargs.setdefault("materials", ["ceramic"] if craft.slug == "ceramics" else [])
        kwargs.setdefault("ocop_group", "crafts" if rating else "")
        product = ProductPageFactory(
            parent=producer, title=title, export_markets=markets, craft=craft, **kwargs
        )
        if rating:
            level = CertifyingLevel.NATIONAL if rating == Rating.FIVE else CertifyingLevel.CITY
            OcopCertificateFactory(page=product, rating=rating, level=level)
        return product

    def test_lists_every_product_best_rated_first_with_its_maker_and_result(self):
        response = self.client.get(URL)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(html_attrs(response), ("vi", "ltr"))
        self.assertEqual(
            titles(response), ["Bộ ấm chén 5 sao", "Bình gốm 4 sao", "Hộp sơn mài", "Khay mẫu"]
        )
        card = soup(response).select_one(".card")
        text = card.get_text(" ", strip=True)
        self.assertIn("Hợp tác xã Gốm Thử", text)
        self.assertIn("Sản phẩm OCOP 5 sao", text)

    def test_values_of_one_facet_combine_with_or_and_facets_with_and(self):
        self.assertEqual(
            titles(self.client.get(URL + "?market=IT&market=KR")),
            ["Bộ ấm chén 5 sao", "Bình gốm 4 sao"],
        )
        self.assertEqual(
            titles(self.client.get(URL + "?craft=ceramics&market=JP")), ["Bộ ấm chén 5 sao"]
        )
        self.assertEqual(
            titles(self.client.get(URL + "?stars=4&material=ceramic")), ["Bình gốm 4 sao"]
        )
        self.assertEqual(
            titles(self.client.get(URL + "?craft=lacquer&village=van-phuc")),
            ["Hộp sơn mài", "Khay mẫu"],
        )

    def test_each_count_is_what_the_list_would_hold_with_that_option_added(self):
        response = self.client.get(URL + "?craft=ceramics")
        # The craft facet is counted without its own choice; the others with it.
        self.assertEqual(facet(response, "craft"), {"ceramics": (2, True), "lacquer": (2, False)})
        self.assertEqual(
            facet(response, "market"), {"JP": (1, False), "KR": (1, False), "IT": (1, False)}
        )
        self.assertEqual(facet(response, "stars"), {"5": (1, False), "4": (1, False)})
        self.assertEqual(facet(response, "village"), {"bat-trang": (2, False)})
        # Screen readers hear "(2 products)", not a bare number.
        label = soup(response).select_one('input[value="lacquer"]').find_parent("label")
        self.assertIn("(2 sản phẩm)", label.select_one(".visually-hidden").get_text())

    def test_the_form_works_without_javascript(self):
        page = soup(self.client.get(URL))
        form = page.select_one("form.catalogue__filters")
        self.assertEqual(form["method"], "get")
        self.assertEqual(form["action"], URL)
        self.assertIsNotNone(form.select_one('button[type="submit"]'))
        names = {box["name"] for box in form.select('input[type="checkbox"]')}
        self.assertEqual(names, {"craft", "village", "stars", "market", "material", "group"})
        # Each facet is a fieldset with a legend: a group screen readers announce.
        self.assertEqual(len(form.select("fieldset > legend")), 6)

    def test_chosen_filters_are_listed_with_a_link_that_removes_each(self):
        page = soup(self.client.get(URL + "?craft=ceramics&market=JP"))
        links = {a.get_text(" ", strip=True): a["href"] for a in page.select(".chips--chosen a")}
        self.assertEqual(
            links, {"Gốm ×": URL + "?market=JP", "Nhật Bản ×": URL + "?craft=ceramics"}
        )
        self.assertIn("Gốm", page.title.get_text())

    def test_english_lists_only_products_live_in_english(self):
        response = self.client.get("/en/products/")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(html_attrs(response), ("en", "ltr"))
        self.assertEqual(titles(response), ["Five-star tea set"])
        page = soup(response)
        self.assertEqual(
            page.select_one(".card .kicker").get_text(strip=True), "Thu Ceramics Cooperative"
        )
        self.assertIn("5-star OCOP product", page.select_one(".card").get_text(" ", strip=True))
        self.assertEqual(facet(response, "market"), {"JP": (1, False), "KR": (1, False)})
        labels = [
            label.get_text(" ", strip=True) for label in page.select(".filters__options label")
        ]
        self.assertIn("Japan 1 (1 product)", labels)

    def test_unknown_values_are_named_and_ignored_with_a_400_never_a_500(self):
        response = self.client.get(URL + "?craft=ceramics&stars=9&market=XX")
        self.assertEqual(response.status_code, 400)
        page = soup(response)
        alert = page.select_one('[role="alert"]').get_text(" ", strip=True)
        self.assertIn("“XX”", alert)
        self.assertIn("“9”", alert)
        self.assertIn("Thị trường xuất khẩu", alert)  # the filter named in the reader's language
        # What the known values match is still listed.
        self.assertEqual(titles(response), ["Bộ ấm chén 5 sao", "Bình gốm 4 sao"])
        for query in (
            "?market=" + "x" * 5000,
            "?craft=%00",
            "?village=%E2%80%8B",
            "?stars=5&stars=" + "５",
            "?group=crafts&group=<script>",
        ):
            with self.subTest(query=query[:40]):
                response = self.client.get(URL + query)
                self.assertIn(response.status_code, (301, 400))
                self.assertNotIn(b"<script>", response.content)

    def test_a_page_number_past_the_end_is_a_404(self):
        self.assertEqual(self.client.get(URL + "?page=9").status_code, 404)
        self.assertEqual(self.client.get(URL + "?page=abc").status_code, 404)

    def test_one_spelling_per_query(self):
        response = self.client.get(URL + "?market=KR&market=JP&utm_source=x")
        self.assertEqual(response.status_code, 301)
        self.assertEqual(response["Location"], URL + "?market=JP&market=KR")

    def test_pagination_keeps_the_filters(self):
        for number in range(ProductIndexPage.page_size):
            self.product(self.producer, f"Chén {number:02d}", ["IT"], self.ceramics, None)
        response = self.client.get(URL + "?market=IT")
        self.assertEqual(response.status_code, 200)
        next_link = soup(response).select_one('.pagination a[rel="next"]')
        self.assertEqual(next_link["href"], "?market=IT&page=2")
        second = self.client.get(URL + "?market=IT&page=2")
        self.assertEqual(len(titles(second)), 1)

    @override_settings(SHOW_SAMPLE_CONTENT=False)
    def test_samples_are_left_out_where_samples_are_off(self):
        self.assertNotIn("Khay mẫu", titles(self.client.get(URL)))

    def test_samples_say_so_on_their_card(self):
        cards = soup(self.client.get(URL + "?village=van-phuc")).select(".card")
        self.assertIn("Sản phẩm mẫu", cards[-1].get_text(" ", strip=True))

    def test_drafts_private_products_and_products_of_private_producers_are_never_listed(self):
        self.four.unpublish()
        PageViewRestriction.objects.create(
            page=self.lacquer_maker, restriction_type=PageViewRestriction.LOGIN
        )
        response = self.client.get(URL)
        self.assertEqual(titles(response), ["Bộ ấm chén 5 sao"])
        self.assertNotIn("van-phuc", facet(response, "village"))

    def test_the_newest_certificate_counts(self):
        OcopCertificateFactory(
            page=self.four,
            rating=Rating.FIVE,
            level=CertifyingLevel.NATIONAL,
            decision_date=datetime.date(2025, 3, 1),
        )
        self.assertEqual(
            titles(self.client.get(URL + "?stars=5")), ["Bình gốm 4 sao", "Bộ ấm chén 5 sao"]
        )

    def test_queries_stay_flat_with_hundreds_of_products(self):
        markets = ["JP", "KR", "IT", "FR", "GB"]

        def add_products():
            for number in range(150):
                product = ProductPageFactory(
                    parent=self.producer,
                    craft=self.ceramics,
                    export_markets=markets[: number % 5 + 1],
                    materials=["ceramic"],
                )
                if number % 3 == 0:
                    OcopCertificateFactory(page=product)

        # The facets come from the cached index (products.catalogue.product_index):
        # the cards of the shown page are the only product query once it is built.
        assert_constant_queries(self, URL + "?stars=4&market=JP", add_products, 6)

    def test_counts_cover_every_product_not_only_the_shown_page(self):
        # 45 more ceramics, in three markets by turns: 30 sold in France, more than a page (24).
        for number in range(45):
            self.product(
                self.producer, f"Chén {number:02d}", [["IT"], ["FR"], ["JP", "FR"]][number % 3],
                self.ceramics, Rating.FOUR if number < 10 else None,
            )  # fmt: skip
        response = self.client.get(URL + "?craft=ceramics&market=FR")
        self.assertEqual(len(titles(response)), ProductIndexPage.page_size)
        self.assertIn("30 sản phẩm", soup(response).select_one("#results-title").get_text())
        # Markets with the craft applied (47 ceramics), market's own choice left out.
        self.assertEqual(
            facet(response, "market"),
            {"FR": (30, True), "IT": (16, False), "JP": (16, False), "KR": (1, False)},
        )
        # Stars with both applied: the first 10 new ones have 4 stars, 6 of them sold in France.
        self.assertEqual(facet(response, "stars"), {"4": (6, False)})
        self.assertEqual(len(titles(self.client.get(URL + "?craft=ceramics&market=FR&page=2"))), 6)

    def test_a_long_facet_lists_the_twelve_with_most_products_and_says_how_many_more(self):
        # 14 more markets, the first in 14 new products, the last in one; with
        # JP, KR and IT from the setup, 17 markets have products.
        markets = [
            "GB", "FR", "DE", "NL", "BE", "ES", "DK", "SE", "CH", "PL", "CN", "TW", "SG", "US"
        ]  # fmt: skip
        for number in range(len(markets)):
            self.product(
                self.producer, f"Chén {number:02d}", markets[: number + 1], self.ceramics, None
            )
        response = self.client.get(URL)
        shown = facet(response, "market")
        self.assertEqual(len(shown), MAX_FACET_OPTIONS)
        self.assertLessEqual(set(markets[:11]), set(shown))  # 14 to 4 products each
        self.assertNotIn("US", shown)  # one product
        more = soup(response).select_one('input[name="market"]').find_parent("fieldset")
        self.assertEqual(
            more.select_one(".filters__more").get_text(strip=True),
            "và 5 mục khác",
        )
        # The counts and the list still cover every product.
        self.assertIn("18 sản phẩm", soup(response).select_one("#results-title").get_text())
        # A chosen market stays listed (and ticked) however few its products.
        shown = facet(self.client.get(URL + "?market=US"), "market")
        self.assertEqual(len(shown), MAX_FACET_OPTIONS + 1)
        self.assertEqual(shown["US"], (1, True))
        english = soup(self.client.get("/en/products/"))
        self.assertIsNone(english.select_one(".filters__more"))  # one product in English

    def test_a_publish_shows_at_once_though_the_catalogue_is_kept_in_the_cache(self):
        self.assertEqual(facet(self.client.get(URL), "market")["IT"], (1, False))
        self.product(self.producer, "Đĩa men lam", ["IT"], self.ceramics, Rating.FIVE)
        self.four.title = "Bình gốm men rạn"
        self.four.save_revision().publish()
        response = self.client.get(URL)
        self.assertEqual(
            titles(response),
            ["Bộ ấm chén 5 sao", "Đĩa men lam", "Bình gốm men rạn", "Hộp sơn mài", "Khay mẫu"],
        )
        self.assertEqual(facet(response, "market")["IT"], (2, False))


class CatalogueTreeTests(WagtailPageTestCase):
    def test_the_catalogue_sits_under_a_home_page_once_per_language(self):
        self.assertAllowedParentPageTypes(ProductIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(ProductIndexPage, set())
        home = create_vi_home()
        ProductIndexPageFactory(parent=home)
        self.assertFalse(ProductIndexPage.can_create_at(home))
        self.assertTrue(ProductIndexPage.can_create_at(translate_page(home, "en")))
