"""An editor adds a producer and a certified product through the admin."""

from django.urls import reverse
from django.utils import translation
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from products.factories import ProducerPageFactory
from products.models import ProducerPage, ProductPage
from tests.utils import create_vi_home, soup
from villages.factories import CraftFactory, VillageIndexPageFactory, VillagePageFactory


class ProductAdminTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        home = create_vi_home()
        index = VillageIndexPageFactory(parent=home)
        cls.craft = CraftFactory(name="Gốm", slug="ceramics")
        cls.village = VillagePageFactory(parent=index, slug="bat-trang", crafts=[cls.craft])
        cls.producer = ProducerPageFactory(parent=cls.village, slug="quang-vinh")

    def setUp(self):
        self.login()

    def product_data(self, certificate):
        return nested_form_data(
            {
                "title": "Bộ ấm chén Hoa sen",
                "slug": "bo-am-chen-hoa-sen",
                "craft": self.craft.pk,
                "material": "Sứ, men lam",
                "ocop_group": "crafts",
                "body": streamfield([("paragraph", rich_text("<p>Vẽ tay.</p>"))]),
                "certificates": inline_formset([certificate]),
            }
        )

    def test_editor_creates_a_producer_under_a_village(self):
        data = nested_form_data(
            {
                "title": "Hợp tác xã Gốm Thử",
                "slug": "gom-thu",
                "vietnamese_name": "Hợp tác xã Gốm Thử",
                "kind": "cooperative",
                "makes": "Bộ ấm chén vẽ tay",
                "body": streamfield([]),
                "facts": inline_formset([]),
                "trade_fairs": inline_formset(
                    [{"name": "Artigiano in Fiera", "city": "Milano", "year": "2024"}]
                ),
            }
        )
        data["export_markets"] = ["JP", "IT"]
        self.assertCanCreate(self.village, ProducerPage, data)
        producer = ProducerPage.objects.get(slug="gom-thu")
        self.assertEqual(producer.export_markets, ["IT", "JP"])
        self.assertEqual(producer.trade_fairs.get().year, 2024)

    def test_editor_creates_a_product_with_its_ocop_certificate(self):
        certificate = {
            "rating": "5",
            "level": "national",
            "decision_number": "123/QĐ-BNN",
            "decision_date": "2024-05-01",
            "decision_date_precision": "month",
            "source_name": "Viet Nam News",
        }
        self.assertCanCreate(self.producer, ProductPage, self.product_data(certificate))
        product = ProductPage.objects.get(slug="bo-am-chen-hoa-sen")
        self.assertEqual(product.current_certificate().stars, 5)

    def test_a_five_star_city_decision_is_refused_in_the_editors_language_and_kept(self):
        certificate = {
            "rating": "5",
            "level": "city",
            "decision_date": "2024-05-01",
            "decision_date_precision": "year",
            "source_name": "Viet Nam News",
        }
        url = reverse("wagtailadmin_pages:add", args=("products", "productpage", self.producer.pk))
        with translation.override("vi"):
            response = self.client.post(
                url,
                {**self.product_data(certificate), "action-publish": "publish"},
                HTTP_ACCEPT_LANGUAGE="vi",
            )
        self.assertEqual(response.status_code, 200)  # the form again, not a 500
        self.assertFalse(ProductPage.objects.exists())
        page = soup(response)
        errors = " ".join(item.get_text(" ", strip=True) for item in page.select(".error-message"))
        english = "Five stars are awarded by the national council only."
        with translation.override("vi"):
            vietnamese = translation.gettext(english)
        self.assertNotEqual(vietnamese, english, "the message is not translated into Vietnamese")
        self.assertIn(vietnamese, errors)
        # What the editor typed is still in the form.
        self.assertEqual(page.select_one('[name="title"]')["value"], "Bộ ấm chén Hoa sen")
