"""Addresses since 1 July 2025 (two levels, no districts); distances say how they were measured.

A village keeps its current commune or ward with the city, and the former
commune and district that drivers still use; the current one is marked "to be
confirmed" until an editor ticks it. Village pages and driver cards show both.
"""

from decimal import Decimal

from django.test import TestCase
from django.utils import translation
from django.utils.translation import gettext
from wagtail_localize.fields import SynchronizedField

from core.templatetags.core_tags import distance
from tests.scenario import build_language_tree
from tests.utils import soup, translate_page
from villages.models import VillagePage

ADDRESS_FIELDS = (
    "commune",
    "city",
    "address_confirmed",
    "former_commune",
    "former_district",
    "address_note",
    "distance_basis",
)


class AddressTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_language_tree()
        # Vạn Phúc plays a village whose current commune is not known yet.
        VillagePage.objects.filter(pk=cls.tree.van_phuc.pk).update(
            commune="",
            former_commune="xã Duyên Thái",
            former_district="huyện Thường Tín",
            address_note="Nguồn tin viết “Duyen Ha”: sai.",
            distance_km=Decimal("19.0"),
            distance_basis="straight",
        )
        VillagePage.objects.filter(pk=cls.tree.bat_trang.pk).update(
            address_confirmed=True, distance_km=Decimal("14.0")
        )
        cls.en_van_phuc = translate_page(VillagePage.objects.get(pk=cls.tree.van_phuc.pk), "en")

    def page(self, path):
        response = self.client.get(path)
        self.assertEqual(response.status_code, 200, path)
        return soup(response)

    def test_every_address_field_is_synchronised_never_translated(self):
        policy = {field.field_name: field for field in VillagePage.translatable_fields}
        for name in ADDRESS_FIELDS:
            with self.subTest(field=name):
                self.assertIsInstance(policy[name], SynchronizedField)

    def test_confirmed_address_shows_current_and_former_names_without_a_marker(self):
        page = self.page("/vi/villages/bat-trang/")
        address = page.select_one(".glance .address")
        self.assertEqual(address.select_one('[lang="vi"]').get_text(), "xã Bát Tràng, Hà Nội")
        self.assertIn("huyện Gia Lâm", address.select_one(".address__former").get_text())
        self.assertIsNone(address.select_one(".tbc-mark"))
        self.assertNotIn("huyện Gia Lâm", page.select_one(".subtitle").get_text())

    def test_unknown_commune_is_to_be_confirmed_and_the_former_address_is_shown(self):
        for language, path in (("vi", "/vi/villages/van-phuc/"), ("en", self.en_van_phuc.url)):
            with self.subTest(language=language):
                page = self.page(path)
                address = page.select_one(".glance .address")
                with translation.override(language):
                    self.assertIn(gettext("Commune or ward to be confirmed"), address.get_text())
                self.assertIsNotNone(address.select_one(".tbc-mark"))
                former = address.select_one(".address__former [lang=vi]")
                self.assertEqual(former.get_text(), "xã Duyên Thái, huyện Thường Tín")
                # One page-level notice, which the markers point to.
                self.assertEqual(len(page.select("#tbc-notice")), 1)
                for mark in page.select(".tbc-mark"):
                    self.assertEqual(mark["href"], "#tbc-notice")
                # The editors' note is never shown.
                self.assertNotIn("Duyen Ha", page.get_text())

    def test_no_red_badge_for_unconfirmed_details(self):
        page = self.page("/vi/villages/van-phuc/")
        self.assertEqual(page.select(".badge--tbc"), [])
        self.assertGreater(len(page.select(".tbc-mark")), 1)

    def test_driver_card_gives_the_current_and_the_former_address(self):
        response = self.client.get(f"/en/driver/village/{self.tree.bat_trang.pk}/")
        card = soup(response).select_one("article.driver-card")
        self.assertEqual(
            card.select_one(".driver-card__address").get_text(strip=True), "xã Bát Tràng, Hà Nội"
        )
        self.assertEqual(
            card.select_one(".driver-card__former-address").get_text(strip=True), "huyện Gia Lâm"
        )
        self.assertIn("Địa chỉ cũ", card.get_text())
        self.assertIsNone(card.select_one(".driver-card__unconfirmed"))

    def test_driver_card_says_in_vietnamese_when_the_commune_is_not_confirmed(self):
        response = self.client.get(f"/fr/driver/village/{self.tree.van_phuc.pk}/")
        page = soup(response)
        card = page.select_one("article.driver-card")
        self.assertEqual(card.select_one(".driver-card__address").get_text(strip=True), "Hà Nội")
        self.assertEqual(
            card.select_one(".driver-card__former-address").get_text(strip=True),
            "xã Duyên Thái, huyện Thường Tín",
        )
        self.assertIn("chưa được xác nhận", card.select_one(".driver-card__unconfirmed").get_text())
        with translation.override("fr"):
            help_text = page.select_one(".driver-help").get_text()
            self.assertIn(
                gettext(
                    "The current commune or ward is still to be confirmed: "
                    "the card says so, in Vietnamese."
                ),
                help_text,
            )

    def test_a_distance_says_by_road_or_as_the_crow_flies_in_every_language(self):
        self.assertIn("14", self.page("/vi/villages/bat-trang/").select_one(".glance").get_text())
        for language in ("vi", "en", "fr", "it", "ja", "ko"):
            with self.subTest(language=language), translation.override(language):
                road = distance(Decimal("14.0"))
                straight = distance(Decimal("19.0"), "straight")
                self.assertIn("14", road)
                self.assertIn("19", straight)
                self.assertNotEqual(road.replace("14", ""), straight.replace("19", ""))
                self.assertIn("14", distance(Decimal("14.0"), "road", from_old_quarter=True))
        glance = self.page(self.en_van_phuc.url).select_one(".glance")
        with translation.override("en"):
            self.assertIn(distance(Decimal("19.0"), "straight"), glance.get_text())
