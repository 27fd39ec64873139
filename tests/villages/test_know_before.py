"""“Know before you go”: the compact practical block at the top of a village page."""

from django.core.exceptions import ValidationError
from django.test import TestCase, override_settings
from wagtail_localize.fields import SynchronizedField, TranslatableField

from demo import sources
from tests.utils import LANGUAGE_CODES, create_vi_home, soup, translate_page
from villages.factories import (
    OpeningHoursFactory,
    TransportLegFactory,
    VillageIndexPageFactory,
    VillagePageFactory,
)
from villages.models import Attraction, TransportLeg, VillagePage

ITEMS = ["getting-there", "hours", "cost", "languages", "toilets", "payment", "stay"]


def block(response):
    return soup(response).select_one("[data-know-before]")


def states(section, key):
    return [marker["data-state"] for marker in section.select(f'[data-item="{key}"] [data-state]')]


@override_settings(PAGE_CACHE_ENABLED=False)
class KnowBeforeBlockTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        home = create_vi_home()
        index = VillageIndexPageFactory(parent=home)
        cls.village = VillagePageFactory(
            parent=index,
            slug="bat-trang",
            visit_hours_min=2,
            visit_hours_max=4,
            visit_confirmed=False,
            entry="free",
            workshop_price_min_vnd=50000,
            workshop_price_max_vnd=150000,
            cost_note="Giá là mẫu.",
            cost_confirmed=False,
            languages=["vi", "en"],
            languages_confirmed=True,
            toilets="customers",
            toilets_note="Trong quán cà phê.",
            toilets_confirmed=True,
            payment="mostly_cash",
            payment_note="Nên mang tiền lẻ.",
            payment_confirmed=False,
        )
        TransportLegFactory(
            page=cls.village, mode="taxi", fare_min_vnd=200000, fare_max_vnd=300000, fare_per="car"
        )
        TransportLegFactory(
            page=cls.village,
            mode="bus",
            line="47A",
            origin="Long Biên",
            duration_min=60,
            duration_max=None,
            stop="Bến cuối Bát Tràng",
            frequency_minutes=20,
            fare_min_vnd=7000,
            fare_max_vnd=9000,
            fare_per="person",
            confirmed=True,
        )
        for weekday in range(7):
            OpeningHoursFactory(page=cls.village, weekday=weekday)
        for home_or_index in (home, index):
            for code in LANGUAGE_CODES[1:]:
                translate_page(home_or_index, code)
        cls.translations = {
            code: translate_page(cls.village, code) for code in LANGUAGE_CODES if code != "vi"
        }

    def url(self, code):
        return self.village.url if code == "vi" else self.translations[code].url

    def test_block_lists_every_answer_with_its_state_in_every_language(self):
        for code in LANGUAGE_CODES:
            with self.subTest(language=code):
                section = block(self.client.get(self.url(code)))
                self.assertIsNotNone(section)
                keys = [item["data-item"] for item in section.select("[data-item]")]
                self.assertEqual(keys, ITEMS)
                self.assertEqual(states(section, "getting-there"), ["unconfirmed", "confirmed"])
                self.assertEqual(states(section, "toilets"), ["confirmed"])
                self.assertEqual(states(section, "languages"), ["confirmed"])
                self.assertEqual(states(section, "payment"), ["unconfirmed"])
                self.assertEqual(states(section, "cost"), ["unconfirmed"])
                self.assertEqual(states(section, "stay"), ["unconfirmed"])
                # The page's one notice sits in the block, where the first markers are,
                # and every marker links to it.
                self.assertEqual(
                    len(soup(self.client.get(self.url(code))).select("#tbc-notice")), 1
                )
                self.assertEqual(len(section.select("#tbc-notice")), 1)
                for mark in section.select(".tbc-mark"):
                    self.assertEqual(mark["href"], "#tbc-notice")

    def test_unconfirmed_item_is_marked_to_be_confirmed_in_the_readers_language(self):
        # The same marker as every other detail not yet confirmed (components/tbc_mark.html).
        expected = {
            "en": "To be confirmed",
            "fr": "À confirmer",
            "ja": "確認中",
            "vi": "Chờ xác nhận",
        }
        for code, text in expected.items():
            with self.subTest(language=code):
                section = block(self.client.get(self.url(code)))
                marker = section.select_one('[data-item="payment"] [data-state="unconfirmed"]')
                self.assertEqual(marker.get_text(strip=True), text)

    def test_opening_hours_are_written_as_each_language_writes_times(self):
        expected = {"en": "08:00–17:30", "ko": "08:00~17:30", "fr": "08:00–17:30"}
        for code, times in expected.items():
            with self.subTest(language=code):
                line = block(self.client.get(self.url(code))).select_one('[data-item="hours"] dd')
                self.assertIn(times, " ".join(line.get_text().split()).replace("\u202f", " "))

    def test_block_sits_in_the_page_head_before_the_body_sections(self):
        html = self.client.get(self.url("en")).content.decode()
        self.assertIn("data-know-before", html)
        self.assertLess(html.index("data-know-before"), html.index('id="see-and-do"'))
        section = block(self.client.get(self.url("en")))
        self.assertIsNotNone(section.find_parent("header"))

    def test_taxi_fare_is_per_car_and_bus_fare_per_person(self):
        section = block(self.client.get(self.url("en")))
        taxi, bus = section.select('[data-item="getting-there"] dd')
        self.assertIn("200,000–300,000 ₫ per car", taxi.get_text())
        text = " ".join(bus.get_text().split())
        self.assertIn("City bus 47A", text)
        self.assertIn("about every 20 min", text)
        self.assertIn("7,000–9,000 ₫ per person", text)
        self.assertIn("get off at Bến cuối Bát Tràng [en]", text)

    def test_languages_are_named_in_themselves_and_marked_with_their_language(self):
        section = block(self.client.get(self.url("ja")))
        names = [
            (tag["lang"], tag.get_text())
            for tag in section.select('[data-item="languages"] [lang]')
        ]
        self.assertEqual(names, [("vi", "Tiếng Việt"), ("en", "English")])

    def test_each_item_links_to_its_full_details_further_down(self):
        response = self.client.get(self.url("fr"))
        page = soup(response)
        for link in block(response).select("dt a"):
            with self.subTest(link=link["href"]):
                self.assertIsNotNone(page.select_one(link["href"]))
        details = page.select_one("#practical").get_text()
        self.assertIn("Nên mang tiền lẻ. [fr]", details)
        self.assertIn("Trong quán cà phê. [fr]", details)

    def test_fully_confirmed_village_shows_no_sample_notice(self):
        VillagePage.objects.filter(translation_key=self.village.translation_key).update(
            visit_confirmed=True,
            cost_confirmed=True,
            payment_confirmed=True,
            hours_confirmed=True,
            access_confirmed=True,
            address_confirmed=True,
        )
        TransportLeg.objects.filter(page=self.village).update(confirmed=True)
        Attraction.objects.filter(page__translation_key=self.village.translation_key).update(
            access_confirmed=True
        )
        response = self.client.get(self.url("vi"))
        self.assertEqual(soup(response).select("#tbc-notice"), [])
        section = block(response)
        self.assertEqual(section.select('[data-state="unconfirmed"]'), [])

    def test_unchecked_answers_say_so_rather_than_guess(self):
        VillagePage.objects.filter(translation_key=self.village.translation_key).update(
            entry="unknown",
            workshop_price_min_vnd=None,
            workshop_price_max_vnd=None,
            languages="",
            toilets="unknown",
            payment="unknown",
        )
        section = block(self.client.get(self.url("en")))
        for key in ("cost", "languages", "toilets", "payment"):
            with self.subTest(item=key):
                self.assertIn(
                    "Not checked yet", section.select_one(f'[data-item="{key}"] dd').get_text()
                )


class TranslationPolicyTests(TestCase):
    def policy(self, model):
        return {
            field.field_name: isinstance(field, TranslatableField)
            for field in model.translatable_fields
            if isinstance(field, (SynchronizedField, TranslatableField))
        }

    def test_choices_numbers_and_states_are_synchronised_notes_translated(self):
        policy = self.policy(VillagePage)
        synchronised = [
            "entry",
            "workshop_price_min_vnd",
            "workshop_price_max_vnd",
            "languages",
            "toilets",
            "payment",
            "visit_confirmed",
            "cost_confirmed",
            "languages_confirmed",
            "toilets_confirmed",
            "payment_confirmed",
        ]
        translated = ["cost_note", "languages_note", "toilets_note", "payment_note"]
        for name in synchronised:
            with self.subTest(field=name):
                self.assertIs(policy[name], False)
        for name in translated:
            with self.subTest(field=name):
                self.assertIs(policy[name], True)

    def test_transport_fares_and_frequency_synchronised_stop_translated(self):
        policy = self.policy(TransportLeg)
        for name in ("frequency_minutes", "fare_min_vnd", "fare_max_vnd", "fare_per", "mode"):
            with self.subTest(field=name):
                self.assertIs(policy[name], False)
        self.assertIs(policy["stop"], True)


class TranslationBehaviourTests(TestCase):
    def test_translation_keeps_the_source_answers_and_translates_the_notes(self):
        home = create_vi_home()
        index = VillageIndexPageFactory(parent=home)
        village = VillagePageFactory(
            parent=index,
            toilets="public",
            payment="cash",
            workshop_price_min_vnd=80000,
            payment_note="Chỉ tiền mặt.",
        )
        leg = TransportLegFactory(
            page=village, mode="bus", stop="Bến A", fare_min_vnd=7000, fare_per="person"
        )
        english = translate_page(
            village, "en", strings={"Chỉ tiền mặt.": "Cash only.", "Bến A": "Stop A"}
        )
        self.assertEqual((english.toilets, english.payment), ("public", "cash"))
        self.assertEqual(english.workshop_price_min_vnd, 80000)
        self.assertEqual(english.payment_note, "Cash only.")
        english_leg = english.transport.get(translation_key=leg.translation_key)
        self.assertEqual((english_leg.stop, english_leg.fare_min_vnd), ("Stop A", 7000))


class ValidationTests(TestCase):
    def test_workshop_price_range_must_run_upwards(self):
        page = VillagePage(workshop_price_min_vnd=100000, workshop_price_max_vnd=50000)
        with self.assertRaises(ValidationError) as error:
            page.clean_practical()
        self.assertIn("workshop_price_max_vnd", error.exception.message_dict)

    def test_a_fare_needs_its_unit_and_its_lowest_value(self):
        for fields, field in (
            ({"fare_min_vnd": 7000}, "fare_per"),
            ({"fare_max_vnd": 9000, "fare_per": "person"}, "fare_min_vnd"),
            ({"fare_min_vnd": 9000, "fare_max_vnd": 7000, "fare_per": "person"}, "fare_max_vnd"),
        ):
            with self.subTest(fields=fields):
                leg = TransportLeg(mode="bus", origin="x", **fields)
                with self.assertRaises(ValidationError) as error:
                    leg.clean()
                self.assertIn(field, error.exception.message_dict)


class DemoValuesTests(TestCase):
    """The demo's practical details are samples: never confirmed, taxis priced per car."""

    def test_every_demo_village_has_practical_answers_and_none_is_confirmed(self):
        for item in sources.items("villages"):
            with self.subTest(village=item.slug):
                data = item.data
                self.assertTrue(data.get("practical"))
                self.assertTrue(data.get("payment_note"))
                legs = data["transport"]
                self.assertTrue(any(leg["mode"] == "ride_hailing" for leg in legs))
                for leg in legs:
                    self.assertFalse(leg.get("confirmed", False))
                    if leg["mode"] == "taxi":
                        self.assertEqual(leg["fare_per"], "car")
                        low, high = leg["fare_vnd"]
                        self.assertLess(low, high)
                    if leg["mode"] == "bus":
                        self.assertEqual(leg["fare_per"], "person")

    def test_sample_prices_stay_plausible(self):
        # Hanoi taxis cost roughly 10,000-20,000 ₫ a km; a bus ticket under 10,000 ₫.
        for item in sources.items("villages"):
            data = item.data
            for leg in data["transport"]:
                if "fare_vnd" not in leg:
                    continue
                with self.subTest(village=item.slug, mode=leg["mode"]):
                    low, high = leg["fare_vnd"]
                    if leg["mode"] == "bus":
                        self.assertLessEqual(high, 10000)
                    else:
                        self.assertGreaterEqual(low, 40000)
                        self.assertLessEqual(high, 800000)
