"""An editor creates a village through the admin."""

import datetime

from django.urls import reverse
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from tests.utils import create_vi_home, soup
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

ACCESS_UNKNOWN = {
    "step_free": "unknown",
    "accessible_toilet": "unknown",
    "seating": "unknown",
    "kiln_heat": "unknown",
    "noise": "unknown",
    # "Know before you go" answers (villages/models/practical.py): required choices.
    "entry": "unknown",
    "toilets": "unknown",
    "payment": "unknown",
}


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
            "former_district": "quận Hà Đông",
            "city": "Hà Nội",
            "distance_basis": "road",
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
            **ACCESS_UNKNOWN,
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

    def bus_leg(self, **overrides):
        leg = {
            "mode": "bus",
            "line": "47A",
            "origin": "Long Biên",
            "stop": "Bến cuối Bát Tràng",
            "duration_min": "60",
            "frequency_minutes": "20",
            "fare_min_vnd": "7000",
            "fare_max_vnd": "9000",
            "fare_per": "person",
        }
        return inline_formset([{**leg, **overrides}])

    def test_editor_records_know_before_answers_and_a_bus_fare(self):
        data = self.village_form_data(
            entry="free",
            toilets="public",
            payment="cash",
            payment_note="Nên mang tiền lẻ.",
            workshop_price_min_vnd="50000",
            workshop_price_max_vnd="150000",
            transport=self.bus_leg(),
        )
        # A multiple choice goes in as a list, after nested_form_data has flattened the rest.
        data["languages"] = ["vi", "en"]
        self.assertCanCreate(self.index, VillagePage, data)
        village = VillagePage.objects.get(slug="van-phuc")
        self.assertEqual(
            (village.entry, village.toilets, village.payment), ("free", "public", "cash")
        )
        self.assertEqual(village.languages, ["vi", "en"])
        self.assertEqual(
            (village.workshop_price_min_vnd, village.workshop_price_max_vnd), (50000, 150000)
        )
        leg = village.transport.get()
        self.assertEqual(
            (leg.stop, leg.frequency_minutes, leg.fare_per), ("Bến cuối Bát Tràng", 20, "person")
        )
        self.assertFalse(leg.confirmed)

    def test_a_fare_without_its_unit_is_refused(self):
        data = self.village_form_data(transport=self.bus_leg(fare_per=""))
        with self.assertRaises(AssertionError):
            self.assertCanCreate(self.index, VillagePage, data)
        self.assertFalse(VillagePage.objects.filter(slug="van-phuc").exists())

    def test_village_without_a_craft_is_refused(self):
        data = self.village_form_data(village_crafts=inline_formset([], min=1))
        with self.assertRaises(AssertionError):
            self.assertCanCreate(self.index, VillagePage, data)
        self.assertFalse(VillagePage.objects.filter(slug="van-phuc").exists())


class AttractionHoursAdminTests(WagtailPageTestCase):
    """Attraction hours and access answers, edited inline on the village page."""

    @classmethod
    def setUpTestData(cls):
        cls.home = create_vi_home()
        cls.index = VillageIndexPageFactory(parent=cls.home)
        cls.craft = CraftFactory(name="Gốm", slug="ceramics")

    def setUp(self):
        self.login()

    def form_data(self, attraction, surfaces=("paved", "alleys"), initial=0, **overrides):
        """The edit form data; checkbox lists are added after flattening, as browsers send them."""
        attraction = dict(attraction)
        closed_days = attraction.pop("closed_days", [])
        languages = attraction.pop("languages", [])
        data = {
            "title": "Bát Tràng",
            "slug": "bat-trang",
            "vietnamese_name": "Bát Tràng",
            "commune": "xã Bát Tràng",
            "city": "Hà Nội",
            "distance_basis": "road",
            "latitude": "20.975000",
            "longitude": "105.912000",
            "body": streamfield([]),
            "village_crafts": inline_formset([{"craft": self.craft.pk}], min=1),
            **ACCESS_UNKNOWN,
            "step_free": "partly",
            "kiln_heat": "yes",
            "accessibility": "Ngõ hẹp.",
        }
        for name in EMPTY_INLINES:
            data[name] = inline_formset([])
        data["attractions"] = inline_formset([attraction], initial=initial)
        data.update(overrides)
        data = nested_form_data(data)
        data["surfaces"] = list(surfaces)
        data["attractions-0-closed_days"] = list(closed_days)
        data["attractions-0-languages"] = list(languages)
        return data

    def museum(self, **fields):
        return {
            "kind": "museum",
            "name": "Bảo tàng gốm",
            "description": "",
            "own_hours": "on",
            "opens": "08:00",
            "closes": "17:00",
            "closed_days": ["0"],
            **ACCESS_UNKNOWN,
            "step_free": "yes",
            "accessible_toilet": "yes",
            "access_note": "Có dốc ở cửa.",
            "admission": "unknown",
            "admission_note": "",
            **fields,
        }

    def test_editor_sets_attraction_hours_and_access_and_edits_them_again(self):
        self.assertCanCreate(self.index, VillagePage, self.form_data(self.museum()))
        village = VillagePage.objects.get(slug="bat-trang")
        self.assertEqual(village.step_free, "partly")
        self.assertEqual(village.surfaces, ["paved", "alleys"])
        museum = village.attractions.get()
        self.assertTrue(museum.own_hours)
        self.assertEqual((museum.opens, museum.closes), (datetime.time(8), datetime.time(17)))
        self.assertEqual(museum.closed_days, [0])
        self.assertEqual(museum.accessible_toilet, "yes")

        # The edit form shows what was saved: times, ticked days and ground.
        edit_url = reverse("wagtailadmin_pages:edit", args=[village.pk])
        form = soup(self.client.get(edit_url))
        self.assertIsNotNone(
            form.select_one('input[name="attractions-0-closed_days"][value="0"][checked]')
        )
        self.assertIsNone(
            form.select_one('input[name="attractions-0-closed_days"][value="6"][checked]')
        )
        self.assertIsNotNone(form.select_one('input[name="surfaces"][value="alleys"][checked]'))

        attraction = {**self.museum(closed_days=["0", "6"]), "id": museum.pk}
        data = self.form_data(attraction, surfaces=["steps"], initial=1)
        data["action-publish"] = "publish"
        response = self.client.post(edit_url, data)
        self.assertEqual(response.status_code, 302)
        village = VillagePage.objects.get(pk=village.pk)
        self.assertEqual(village.surfaces, ["steps"])
        self.assertEqual(village.attractions.get().closed_days, [0, 6])

    def test_editor_records_entry_and_languages_and_sees_them_again(self):
        museum = self.museum(admission="paid", admission_note="50.000 ₫", languages=["en", "fr"])
        self.assertCanCreate(self.index, VillagePage, self.form_data(museum))
        village = VillagePage.objects.get(slug="bat-trang")
        saved = village.attractions.get()
        self.assertEqual((saved.admission, saved.admission_note), ("paid", "50.000 ₫"))
        self.assertEqual(saved.languages, ["en", "fr"])

        edit_url = reverse("wagtailadmin_pages:edit", args=[village.pk])
        form = soup(self.client.get(edit_url))
        self.assertIsNotNone(
            form.select_one('select[name="attractions-0-admission"] option[value="paid"][selected]')
        )
        ticked = [
            box["value"] for box in form.select('input[name="attractions-0-languages"][checked]')
        ]
        self.assertEqual(ticked, ["en", "fr"])

        attraction = {**self.museum(admission="free", languages=["ja"]), "id": saved.pk}
        data = self.form_data(attraction, initial=1)
        data["action-publish"] = "publish"
        self.assertEqual(self.client.post(edit_url, data).status_code, 302)
        saved.refresh_from_db()
        self.assertEqual((saved.admission, saved.admission_note), ("free", ""))
        self.assertEqual(saved.languages, ["ja"])

    def test_admin_explains_what_is_wrong_with_attraction_hours(self):
        cases = [
            (self.museum(own_hours=""), "has its own opening hours"),
            (self.museum(closes=""), "Give both opening and closing times"),
            (self.museum(opens="18:00"), "Closing time must be after opening time"),
            (
                self.museum(closed_days=[str(day) for day in range(7)]),
                "It cannot be closed every day",
            ),
            (self.museum(closed_days=["9"]), "9"),
            (
                self.museum(admission_note="50.000 ₫"),
                "Say whether entry is free or paid to go with the note.",
            ),
            (self.museum(admission="cheap"), "cheap is not one of the available choices"),
            (self.museum(languages=["xx"]), "xx is not one of the available choices"),
        ]
        add_url = reverse("wagtailadmin_pages:add", args=["villages", "villagepage", self.index.pk])
        for attraction, message in cases:
            with self.subTest(message=message):
                data = self.form_data(attraction)
                data["action-publish"] = "publish"
                response = self.client.post(add_url, data)
                self.assertEqual(response.status_code, 200)
                self.assertIn(message, response.content.decode())
                self.assertFalse(VillagePage.objects.filter(slug="bat-trang").exists())
