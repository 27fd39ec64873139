"""QR codes: read back by a real decoder, printable from the admin, for editors only."""

import io
import xml.etree.ElementTree as ET  # noqa: S405 - reads only the SVG our own code wrote

import zxingcpp
from django.contrib.auth import get_user_model
from django.test import TestCase
from PIL import Image
from wagtail.models import Site

from routes.factories import RoutePageFactory
from tests.scenario import build_language_tree
from tests.utils import count_queries, soup
from villages.factories import AttractionFactory, VillagePageFactory
from wayfinding import codes, qr

SVG_NS = "{http://www.w3.org/2000/svg}"


def parse_svg(data):
    return ET.fromstring(data)  # noqa: S314 - our own encoder's output


def short(code):
    return f"http://testserver/go/{code}"


class QrImageTests(TestCase):
    def test_png_decodes_to_the_short_url(self):
        url = short(codes.encode(codes.PAGE, 42))
        image = Image.open(io.BytesIO(qr.png(url)))
        results = zxingcpp.read_barcodes(image.convert("L"))
        self.assertEqual(
            [(r.format, r.text) for r in results], [(zxingcpp.BarcodeFormat.QRCode, url)]
        )

    def test_png_modules_match_the_encoders_matrix(self):
        url = short(codes.encode(codes.ATTRACTION, 7))
        scale = 10
        image = Image.open(io.BytesIO(qr.png(url, scale=scale))).convert("L")
        matrix = qr.make(url).matrix
        size = len(matrix) + 2 * qr.BORDER
        self.assertEqual(image.size, (size * scale, size * scale))
        for row, cells in enumerate(matrix):
            for column, dark in enumerate(cells):
                x = (qr.BORDER + column) * scale + scale // 2
                y = (qr.BORDER + row) * scale + scale // 2
                self.assertEqual(image.getpixel((x, y)) < 128, bool(dark), (row, column))

    def test_svg_is_a_scalable_svg_titled_with_its_url(self):
        url = short(codes.encode(codes.PAGE, 9))
        root = parse_svg(qr.svg_document(url))
        self.assertEqual(root.tag, f"{SVG_NS}svg")
        self.assertEqual(root.find(f"{SVG_NS}title").text, url)
        inline = parse_svg(qr.svg(url))
        self.assertIn("viewBox", inline.attrib)
        self.assertNotIn("width", inline.attrib)


class QrAdminTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_language_tree()
        cls.attraction = AttractionFactory(page=cls.tree.bat_trang, name="Chợ gốm Bát Tràng")
        cls.editor = get_user_model().objects.create_superuser("qr-editor", "e@example.org", "pw")

    def setUp(self):
        self.client.force_login(self.editor)

    def sheet_items(self, query=""):
        response = self.client.get(f"/admin/wayfinding/qr/print/{query}")
        self.assertEqual(response.status_code, 200)
        return [
            (
                item.select_one(".sheet__title").get_text(strip=True),
                item.select_one(".sheet__url").get_text(strip=True),
            )
            for item in soup(response).select(".sheet__item")
        ]

    def test_anonymous_visitors_are_sent_to_the_login(self):
        self.client.logout()
        code = codes.encode(codes.PAGE, self.tree.bat_trang.pk)
        for path in (
            "/admin/wayfinding/qr/",
            "/admin/wayfinding/qr/print/",
            f"/admin/wayfinding/qr/{code}.svg",
            f"/admin/wayfinding/qr/{code}.png",
        ):
            with self.subTest(path=path):
                response = self.client.get(path)
                self.assertEqual(response.status_code, 302)
                self.assertTrue(response["Location"].startswith("/admin/login/"))

    def test_sheet_has_every_village_attraction_and_route_in_vietnamese(self):
        items = self.sheet_items()
        expected = [
            ("Bát Tràng", short(codes.encode(codes.PAGE, self.tree.bat_trang.pk))),
            ("Chợ gốm Bát Tràng", short(codes.encode(codes.ATTRACTION, self.attraction.pk))),
            ("Vạn Phúc", short(codes.encode(codes.PAGE, self.tree.van_phuc.pk))),
            ("Sáng Hồ Tây", short(codes.encode(codes.PAGE, self.tree.route.pk))),
        ]
        self.assertEqual(items, expected)
        page = soup(self.client.get("/admin/wayfinding/qr/print/"))
        self.assertTrue(all(t["lang"] == "vi" for t in page.select(".sheet__title")))
        self.assertEqual(len(page.select(".sheet__item svg")), len(expected))

    def test_every_short_url_on_the_sheet_leads_to_its_page(self):
        items = self.sheet_items()
        self.client.logout()
        for title, url in items:
            with self.subTest(title=title):
                response = self.client.get(url.removeprefix("http://testserver"))
                self.assertEqual(response.status_code, 302)
                self.assertEqual(self.client.get(response["Location"]).status_code, 200)

    def test_sheet_filters_by_kind_and_by_page(self):
        self.assertEqual([t for t, _u in self.sheet_items("?kind=route")], ["Sáng Hồ Tây"])
        self.assertEqual(
            [t for t, _u in self.sheet_items("?kind=attraction")], ["Chợ gốm Bát Tràng"]
        )
        self.assertEqual(
            [t for t, _u in self.sheet_items(f"?page={self.tree.bat_trang.pk}")],
            ["Bát Tràng", "Chợ gốm Bát Tràng"],
        )

    def test_bad_filters_get_a_clear_message(self):
        for path, query, message in (
            ("print/", "?kind=boat", "There is no kind of QR code called “boat”"),
            ("print/", "?page=abc", "“abc” is not a page number"),
            ("print/", f"?page={self.tree.home.pk}", "This page has no QR code"),
            ("", "?kind=boat", "There is no kind of QR code called “boat”"),
            ("", "?page=" + "9" * 20, "is not a page number"),
        ):
            with self.subTest(path=path, query=query):
                response = self.client.get(f"/admin/wayfinding/qr/{path}{query}")
                self.assertEqual(response.status_code, 400)
                self.assertIn(message, response.content.decode())

    def test_list_shows_codes_and_file_links(self):
        response = self.client.get("/admin/wayfinding/qr/")
        self.assertEqual(response.status_code, 200)
        page = soup(response)
        self.assertEqual(len(page.select(".qr-listing tbody tr")), 4)
        code = codes.encode(codes.PAGE, self.tree.route.pk)
        self.assertIsNotNone(
            page.select_one(f'a[href="/admin/wayfinding/qr/{code}.png?download=1"]')
        )

    def test_image_files_download_and_decode(self):
        code = codes.encode(codes.PAGE, self.tree.route.pk)
        response = self.client.get(f"/admin/wayfinding/qr/{code}.png?download=1")
        self.assertEqual(response["Content-Type"], "image/png")
        self.assertEqual(response["Content-Disposition"], f'attachment; filename="qr-{code}.png"')
        results = zxingcpp.read_barcodes(Image.open(io.BytesIO(response.content)).convert("L"))
        self.assertEqual([r.text for r in results], [short(code)])
        svg = self.client.get(f"/admin/wayfinding/qr/{code}.svg")
        self.assertEqual(svg["Content-Type"], "image/svg+xml")
        self.assertEqual(parse_svg(svg.content).tag, f"{SVG_NS}svg")
        for bad in ("nonsense.png", f"{code}.gif"):
            with self.subTest(path=bad):
                response = self.client.get(f"/admin/wayfinding/qr/{bad}")
                self.assertEqual(response.status_code, 400)
                self.assertIn("is not a QR code of this site", response.content.decode())

    def test_village_and_route_editors_have_a_qr_button_for_the_vietnamese_page(self):
        sheet = f'href="/admin/wayfinding/qr/print/?page={self.tree.bat_trang.pk}"'
        response = self.client.get(f"/admin/pages/{self.tree.bat_trang.pk}/edit/")
        self.assertIn(sheet, response.content.decode())
        # A translation opens wagtail-localize's editor: the explorer lists the button.
        for index in (self.tree.villages, self.tree.en["village_index"]):
            with self.subTest(language=index.locale.language_code):
                response = self.client.get(f"/admin/pages/{index.pk}/")
                self.assertEqual(response.status_code, 200)
                self.assertIn(sheet, response.content.decode())
        home = self.client.get(f"/admin/pages/{self.tree.home.pk}/edit/").content.decode()
        self.assertNotIn("/admin/wayfinding/qr/print/?page=", home)

    def test_sheet_queries_stay_flat_as_villages_grow(self):
        def add():
            for _ in range(3):
                village = VillagePageFactory(parent=self.tree.villages)
                AttractionFactory(page=village)
                RoutePageFactory(parent=self.tree.routes)

        add()
        first = count_queries(self.client, "/admin/wayfinding/qr/print/")
        add()
        self.assertEqual(count_queries(self.client, "/admin/wayfinding/qr/print/"), first)


class QrLocalAddressWarningTests(TestCase):
    """The sheet printed ``http://localhost/go/…`` without a word: codes that lead nowhere."""

    @classmethod
    def setUpTestData(cls):
        cls.tree = build_language_tree()
        cls.editor = get_user_model().objects.create_superuser("qr-warn", "w@example.org", "pw")

    def setUp(self):
        self.client.force_login(self.editor)

    def warnings(self, hostname, port=80):
        Site.objects.filter(is_default_site=True).update(hostname=hostname, port=port)
        found = []
        for path, selector in (
            ("/admin/wayfinding/qr/print/", ".sheet-warning"),
            ("/admin/wayfinding/qr/", ".qr-address-warning"),
        ):
            response = self.client.get(path)
            self.assertEqual(response.status_code, 200)
            found += [node.get_text(strip=True) for node in soup(response).select(selector)]
        return found

    def test_a_local_address_is_warned_about_on_the_list_and_the_sheet(self):
        for hostname in ("localhost", "127.0.0.1", "192.168.1.20", "editor-laptop", "site.local"):
            with self.subTest(hostname=hostname):
                warnings = self.warnings(hostname)
                self.assertEqual(len(warnings), 2)
                self.assertIn(hostname, warnings[0])

    def test_a_public_address_is_not(self):
        self.assertEqual(self.warnings("langnghe.hanoi.gov.vn", 443), [])
