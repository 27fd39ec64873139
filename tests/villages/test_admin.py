"""An editor creates a village through the admin."""

from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from tests.utils import create_vi_home
from villages.factories import CraftFactory, VillageIndexPageFactory
from villages.models import VillagePage

EMPTY_INLINES = (
    "recognitions",
    "facts",
    "gallery",
    "transport",
    "attractions",
    "opening_hours",
    "opening_exceptions",
    "comments",
)


class VillageAdminTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = create_vi_home()
        cls.index = VillageIndexPageFactory(parent=cls.home)
        cls.craft = CraftFactory(name="Lụa", slug="silk")

    def setUp(self):
        self.login()

    def village_form_data(self, **overrides):
        data = {
            "title": "Vạn Phúc",
            "slug": "van-phuc",
            "intro": "Làng lụa bên sông Nhuệ.",
            "vietnamese_name": "Vạn Phúc",
            "commune": "phường Vạn Phúc",
            "district": "quận Hà Đông",
            "latitude": "20.980000",
            "longitude": "105.775000",
            "location_approximate": "on",
            "body": streamfield(
                [
                    ("heading", "Lịch sử"),
                    ("paragraph", rich_text("<p>Nghề dệt lụa hơn nghìn năm.</p>")),
                ]
            ),
            "village_crafts": inline_formset([{"craft": self.craft.pk}], min=1),
        }
        for name in EMPTY_INLINES:
            data[name] = inline_formset([])
        data.update(overrides)
        return nested_form_data(data)

    def test_editor_can_create_a_village_with_body_and_craft(self):
        self.assertCanCreate(self.index, VillagePage, self.village_form_data())
        village = VillagePage.objects.get(slug="van-phuc")
        self.assertTrue(village.live)
        self.assertEqual(village.locale, self.home.locale)
        self.assertEqual([block.block_type for block in village.body], ["heading", "paragraph"])
        self.assertEqual(village.body[0].value, "Lịch sử")
        self.assertIn("Nghề dệt lụa", village.body[1].value.source)
        self.assertEqual([item.craft for item in village.village_crafts.all()], [self.craft])

    def test_village_without_a_craft_is_refused(self):
        data = self.village_form_data(village_crafts=inline_formset([], min=1))
        with self.assertRaises(AssertionError):
            self.assertCanCreate(self.index, VillagePage, data)
        self.assertFalse(VillagePage.objects.filter(slug="van-phuc").exists())
