"""JSON-LD on village and route pages, parsed back from the rendered HTML."""

import json

from django.test import SimpleTestCase, TestCase, override_settings

from core.structured_data import json_ld
from tests.utils import json_ld_nodes
from villages.models import Attraction

from .fixtures import LANGUAGES, NAMES, build_site


def json_ld_blocks(response):
    return json_ld_nodes(response)


def one_of_type(response, schema_type):
    found = [block for block in json_ld_blocks(response) if block.get("@type") == schema_type]
    assert len(found) == 1, f"expected one {schema_type}, found {len(found)}"
    return found[0]


def types_of(item):
    value = item["@type"]
    return value if isinstance(value, list) else [value]


class EscapingTests(SimpleTestCase):
    def test_editor_text_cannot_close_the_script_element(self):
        html = str(json_ld({"name": "</script><script>alert(1)</script> & <!--"}))
        self.assertEqual(html.count("</script>"), 1)
        self.assertNotIn("<!--", html)
        body = html.removeprefix('<script type="application/ld+json">').removesuffix("</script>")
        self.assertEqual(json.loads(body)["name"], "</script><script>alert(1)</script> & <!--")

    def test_vietnamese_text_is_kept_readable(self):
        self.assertIn("Bát Tràng", str(json_ld({"name": "Bát Tràng"})))


@override_settings(PAGE_CACHE_ENABLED=False)
class VillageStructuredDataTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.site = build_site()

    def destination(self, language):
        return one_of_type(
            self.client.get(f"/{language}/villages/bat-trang/"), "TouristDestination"
        )

    def test_village_is_a_tourist_destination_in_the_page_language(self):
        for language in LANGUAGES:
            with self.subTest(language=language):
                data = self.destination(language)
                self.assertEqual(data["@context"], "https://schema.org")
                self.assertEqual(data["inLanguage"], language)
                self.assertEqual(data["url"], f"http://testserver/{language}/villages/bat-trang/")
                expected = NAMES.get(language, {}).get("Bát Tràng", "Bát Tràng")
                self.assertEqual(data["name"], expected)
                self.assertEqual(
                    data["geo"],
                    {"@type": "GeoCoordinates", "latitude": 20.975, "longitude": 105.912},
                )
                self.assertEqual(data["address"]["addressCountry"], "VN")
                self.assertTrue(data["touristType"])

    def test_vietnamese_name_is_the_alternate_name_in_other_languages(self):
        self.assertNotIn("alternateName", self.destination("vi"))
        self.assertEqual(self.destination("ja")["alternateName"], "Bát Tràng")

    def test_attractions_are_contained_places_with_hours_and_language(self):
        data = self.destination("en")
        places = data["containsPlace"]
        self.assertEqual(len(places), 3)
        for place in places:
            self.assertIn("TouristAttraction", types_of(place))
            self.assertEqual(place["inLanguage"], "en")
            self.assertEqual(place["availableLanguage"]["alternateName"], "vi")
            self.assertEqual(place["containedInPlace"], {"@id": data["@id"]})
        museum, workshop, market = places
        self.assertIn("Museum", types_of(museum))
        for place in (museum, workshop):
            hours = place["openingHoursSpecification"]
            weekly = [spec for spec in hours if "dayOfWeek" in spec]
            self.assertEqual(len(weekly), 7)
            self.assertEqual(
                weekly[0],
                {
                    "@type": "OpeningHoursSpecification",
                    "dayOfWeek": "https://schema.org/Monday",
                    "opens": "08:00",
                    "closes": "17:30",
                },
            )
            self.assertEqual((weekly[6]["opens"], weekly[6]["closes"]), ("00:00", "00:00"))
            tet = [spec for spec in hours if "validFrom" in spec]
            self.assertEqual(
                [(s["validFrom"], s["validThrough"], s["opens"]) for s in tet],
                [("2027-02-05", "2027-02-10", "00:00")],
            )
        # A market keeps no shop hours on the site, so none are claimed for it.
        self.assertNotIn("openingHoursSpecification", market)

    def test_entry_and_languages_are_claimed_only_once_recorded(self):
        # Synchronised fields: what a translation sync writes to every language's copy.
        museum = self.site["bat_trang"].attractions.get(kind="museum")
        market = self.site["bat_trang"].attractions.get(kind="market")
        Attraction.objects.filter(translation_key=museum.translation_key).update(
            admission="paid", languages="en,vi,zh"
        )
        Attraction.objects.filter(translation_key=market.translation_key).update(admission="free")
        museum_ld, workshop_ld, market_ld = self.destination("en")["containsPlace"]
        self.assertIs(museum_ld["isAccessibleForFree"], False)
        self.assertIs(market_ld["isAccessibleForFree"], True)
        # Unknown entry: nothing is claimed either way.
        self.assertNotIn("isAccessibleForFree", workshop_ld)
        self.assertEqual(
            museum_ld["availableLanguage"],
            [
                {"@type": "Language", "name": "Tiếng Việt", "alternateName": "vi"},
                {"@type": "Language", "name": "English", "alternateName": "en"},
                {"@type": "Language", "name": "中文", "alternateName": "zh"},
            ],
        )
        self.assertEqual(
            workshop_ld["availableLanguage"],
            {"@type": "Language", "name": "Tiếng Việt", "alternateName": "vi"},
        )

    def test_unconfirmed_hours_are_not_published(self):
        village = self.site["bat_trang"]
        village.hours_confirmed = False
        village.save_revision().publish()
        data = self.destination("vi")
        self.assertNotIn("openingHoursSpecification", data)
        for place in data["containsPlace"]:
            self.assertNotIn("openingHoursSpecification", place)

    def test_page_without_attractions_has_no_contained_places(self):
        data = one_of_type(self.client.get("/en/villages/van-phuc/"), "TouristDestination")
        self.assertNotIn("containsPlace", data)
        # The current ward only: districts were abolished on 1 July 2025.
        self.assertEqual(data["address"]["addressLocality"], "phường Vạn Phúc")
        self.assertNotIn("quận", json.dumps(data["address"], ensure_ascii=False))

    def test_editor_text_is_escaped_in_the_page(self):
        village = self.site["van_phuc"]
        village.intro = "Lụa </script><script>alert(1)</script>"
        village.save_revision().publish()
        response = self.client.get("/vi/villages/van-phuc/")
        self.assertNotIn(b"<script>alert(1)", response.content)
        data = one_of_type(response, "TouristDestination")
        self.assertEqual(data["description"], "Lụa </script><script>alert(1)</script>")


@override_settings(PAGE_CACHE_ENABLED=False)
class RouteStructuredDataTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.site = build_site()

    def test_route_is_a_tourist_trip_with_its_stops_in_order(self):
        for language in LANGUAGES:
            with self.subTest(language=language):
                response = self.client.get(f"/{language}/routes/river-pottery/")
                data = one_of_type(response, "TouristTrip")
                self.assertEqual(data["inLanguage"], language)
                self.assertEqual(data["url"], f"http://testserver/{language}/routes/river-pottery/")
                itinerary = data["itinerary"]
                self.assertEqual(itinerary["@type"], "ItemList")
                self.assertEqual(itinerary["numberOfItems"], 4)
                items = itinerary["itemListElement"]
                self.assertEqual([item["position"] for item in items], [1, 2, 3, 4])
                self.assertEqual([item["@type"] for item in items], ["ListItem"] * 4)
                places = [item["item"] for item in items]
                self.assertEqual(
                    [p["@type"] for p in places],
                    ["Place", "TouristDestination", "TouristDestination", "Place"],
                )
                # Stops in the page's order, each with latitude and longitude the right way round.
                self.assertEqual(
                    [(p["geo"]["latitude"], p["geo"]["longitude"]) for p in places],
                    [(21.0288, 105.8522), (20.975, 105.912), (20.96, 105.92), (21.0288, 105.8522)],
                )
                names = NAMES.get(language, {})
                self.assertEqual(places[1]["name"], names.get("Bát Tràng", "Bát Tràng"))
                self.assertEqual(
                    places[1]["url"], f"http://testserver/{language}/villages/bat-trang/"
                )
                self.assertEqual([p["name"] for p in places].index(places[1]["name"]), 1)
