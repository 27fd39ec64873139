"""Reports → Images missing alt text: pages × languages the user may edit, bounded queries."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.test.utils import WagtailPageTestCase

from core.factories import ImageFactory
from stories.factories import StoryIndexPageFactory, StoryPageFactory
from tests.feedback.helpers import editor_of
from tests.utils import create_vi_home, soup, translate_page
from villages.factories import CraftFactory, VillageIndexPageFactory, VillagePageFactory
from villages.models import VillageGalleryImage

URL = "/admin/reports/alt-text/"


class AltTextReportTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = create_vi_home()
        cls.image = ImageFactory(title="Lò gốm")
        index = VillageIndexPageFactory(parent=cls.home)
        craft = CraftFactory()
        # Bát Tràng: hero without alt, a body image without alt, a gallery row without alt.
        cls.village = VillagePageFactory(
            parent=index,
            title="Bát Tràng",
            crafts=[craft],
            hero_image=cls.image,
            hero_alt="",
            body=[("image", {"image": cls.image, "alt": "", "caption": ""})],
        )
        VillageGalleryImage.objects.create(
            page=cls.village, image=cls.image, alt="", locale=cls.village.locale
        )
        # Vạn Phúc: every picture described.
        cls.described = VillagePageFactory(
            parent=index, crafts=[craft], hero_image=cls.image, hero_alt="Khung cửi"
        )
        stories = StoryIndexPageFactory(parent=cls.home)
        cls.story = StoryPageFactory(
            parent=stories,
            body=[("gallery", [{"image": cls.image, "alt": "", "caption": ""}] * 2)],
        )
        cls.story_en = translate_page(cls.story, "en")
        cls.editor = editor_of(cls.village, "bat-trang")

    def rows(self, response):
        return {
            (row["data-page"], row["data-language"]): [
                item["data-place"] for item in row.select("li[data-place]")
            ]
            for row in soup(response).select("tr[data-page]")
        }

    def test_lists_hero_body_and_gallery_per_page_and_language_with_edit_links(self):
        self.login()
        response = self.client.get(URL)
        self.assertEqual(response.status_code, 200)
        rows = self.rows(response)
        self.assertEqual(rows[(str(self.village.pk), "vi")], ["hero", "body", "gallery"])
        self.assertEqual(rows[(str(self.story.pk), "vi")], ["body", "body"])
        self.assertEqual(rows[(str(self.story_en.pk), "en")], ["body", "body"])
        self.assertNotIn((str(self.described.pk), "vi"), rows)
        page = soup(response)
        edit = reverse("wagtailadmin_pages:edit", args=[self.village.pk])
        self.assertIsNotNone(page.select_one(f'a[href="{edit}"]'))
        image_edit = reverse("wagtailimages:edit", args=[self.image.pk])
        self.assertIsNotNone(page.select_one(f'a[href="{image_edit}"]'))
        counts = {
            row["data-language"]: [cell.text for cell in row.select("td")]
            for row in page.select(".alt-report__counts tr[data-language]")
        }
        self.assertEqual(counts["vi"], ["2", "5"])
        self.assertEqual(counts["en"], ["1", "2"])
        self.assertEqual(counts["fr"], ["0", "0"])

    def test_filters_by_language_and_page_type(self):
        self.login()
        rows = self.rows(self.client.get(URL, {"language": "en"}))
        self.assertEqual(list(rows), [(str(self.story_en.pk), "en")])
        rows = self.rows(self.client.get(URL, {"type": "villages.villagepage"}))
        self.assertEqual(list(rows), [(str(self.village.pk), "vi")])

    def test_an_unknown_filter_is_a_translated_400(self):
        self.login()
        for query in ({"language": "xx"}, {"type": "nope.page"}):
            with self.subTest(query):
                response = self.client.get(URL, query)
                self.assertEqual(response.status_code, 400)
                self.assertIsNotNone(soup(response).select_one('[role="alert"]'))

    def test_a_village_editor_sees_only_their_village(self):
        self.client.force_login(self.editor)
        rows = self.rows(self.client.get(URL))
        self.assertEqual(list(rows), [(str(self.village.pk), "vi")])

    def test_users_who_edit_no_page_are_refused(self):
        from django.contrib.auth.models import Permission

        user = self.create_user("reader", password="x")  # noqa: S106
        user.user_permissions.add(Permission.objects.get(codename="access_admin"))
        self.client.force_login(user)
        self.assertNotEqual(self.client.get(URL).status_code, 200)

    def test_the_menu_lists_the_report(self):
        self.client.force_login(self.editor)
        response = self.client.get("/admin/")
        self.assertContains(response, URL)

    def count(self, user):
        self.client.force_login(user)
        self.client.get(URL)
        with CaptureQueriesContext(connection) as context:
            response = self.client.get(URL)
        self.assertEqual(response.status_code, 200)
        return len(context.captured_queries)

    def test_query_count_does_not_grow_with_pages(self):
        superuser = self.create_superuser("boss", password="x")  # noqa: S106
        before = {"superuser": self.count(superuser), "editor": self.count(self.editor)}
        index = self.village.get_parent()
        for _number in range(5):
            village = VillagePageFactory(
                parent=index, crafts=[CraftFactory()], hero_image=self.image, hero_alt=""
            )
            VillageGalleryImage.objects.create(
                page=village, image=self.image, alt="", locale=village.locale
            )
        after = {"superuser": self.count(superuser), "editor": self.count(self.editor)}
        self.assertEqual(before, after)
        # The report itself: the editable pages as a subquery, one query per page
        # type, galleries, images; the rest is the admin's own (session, user, menu).
        self.client.force_login(superuser)
        self.client.get(URL)
        with self.assertNumQueries(after["superuser"]):
            self.client.get(URL)
