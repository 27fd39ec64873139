"""Short prose fields have a visible limit, refused server-side with a translated message.

Titles and alt text were cut at 255 characters by the browser without a word,
and "one or two sentences" intros took 50,000 characters (issue 10, item 8).
Now the limit is a maxlength the editor sees counted (static_src/admin/
length-counter.js), the model refuses more (MaxLengthValidator, for full_clean
and imports too), and a refused form comes back with everything typed in it.
"""

import json

from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield
from wagtail.users.models import UserProfile

from core.blocks import ImageBlock
from core.factories import ImageFactory
from core.text import ALT_MAX_LENGTH, INTRO_MAX_LENGTH, SUMMARY_MAX_LENGTH
from routes.factories import RouteIndexPageFactory, RoutePageFactory
from tests.utils import create_vi_home, soup
from tests.villages.test_admin import ACCESS_UNKNOWN, EMPTY_INLINES
from villages.factories import CraftFactory, VillageIndexPageFactory
from villages.models import VillageGalleryImage, VillagePage

TYPED_HEADING = "Weaving since the eleventh century"


def streamfield_state(response):
    """The body's values and errors, as the block editor receives them, in readable text."""
    arguments = soup(response).select_one("#body")["data-w-block-arguments-value"]
    return json.dumps(json.loads(arguments), ensure_ascii=False)


class LengthLimitAdminTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = create_vi_home()
        cls.index = VillageIndexPageFactory(parent=cls.home)
        cls.craft = CraftFactory(name="Lụa", slug="silk")
        cls.image = ImageFactory()
        cls.route = RoutePageFactory(parent=RouteIndexPageFactory(parent=cls.home))

    def setUp(self):
        self.user = self.login()

    def use_admin_language(self, language):
        profile = UserProfile.get_for_user(self.user)
        profile.preferred_language = language
        profile.save()

    def village_form_data(self, intro="Làng lụa bên sông Nhuệ.", alt="Khung cửi"):
        data = {
            "title": "Vạn Phúc",
            "slug": "van-phuc",
            "intro": intro,
            "vietnamese_name": "Vạn Phúc",
            "commune": "phường Vạn Phúc",
            "former_district": "quận Hà Đông",
            "city": "Hà Nội",
            "distance_basis": "road",
            "latitude": "20.980000",
            "longitude": "105.775000",
            "body": streamfield(
                [
                    ("heading", TYPED_HEADING),
                    ("image", {"image": self.image.pk, "alt": alt, "caption": ""}),
                ]
            ),
            "village_crafts": inline_formset([{"craft": self.craft.pk}], min=1),
            **ACCESS_UNKNOWN,
        }
        for name in EMPTY_INLINES:
            data[name] = inline_formset([])
        return nested_form_data(data)

    def post_new_village(self, data):
        url = reverse("wagtailadmin_pages:add", args=["villages", "villagepage", self.index.pk])
        return self.client.post(url, data)

    def test_an_intro_at_the_limit_is_accepted(self):
        response = self.post_new_village(self.village_form_data(intro="ạ" * INTRO_MAX_LENGTH))
        self.assertEqual(response.status_code, 302)
        self.assertEqual(len(VillagePage.objects.get(slug="van-phuc").intro), INTRO_MAX_LENGTH)

    def test_an_over_long_intro_is_refused_in_the_editors_language_keeping_the_input(self):
        self.use_admin_language("fr")
        typed_intro = "Làng lụa " + "ạ" * INTRO_MAX_LENGTH
        response = self.post_new_village(self.village_form_data(intro=typed_intro))

        self.assertEqual(response.status_code, 200)
        self.assertFalse(VillagePage.objects.filter(slug="van-phuc").exists())
        self.assertContains(
            response,
            f"au plus {INTRO_MAX_LENGTH} caractères (actuellement {len(typed_intro)})",
        )
        page = soup(response)
        # Everything typed is still there, the over-long text too, to be shortened.
        self.assertEqual(page.select_one('textarea[name="intro"]').text.strip(), typed_intro)
        self.assertEqual(page.select_one('input[name="title"]')["value"], "Vạn Phúc")
        self.assertEqual(page.select_one('input[name="commune"]')["value"], "phường Vạn Phúc")
        self.assertIn(TYPED_HEADING, response.content.decode())

    def test_an_over_long_image_alt_in_the_body_is_refused_in_vietnamese(self):
        self.use_admin_language("vi")
        typed_alt = "Khung cửi " + "x" * ALT_MAX_LENGTH
        response = self.post_new_village(self.village_form_data(alt=typed_alt))

        self.assertEqual(response.status_code, 200)
        self.assertFalse(VillagePage.objects.filter(slug="van-phuc").exists())
        # The StreamField comes back as JSON for the block editor: values and errors.
        stream = streamfield_state(response)
        self.assertIn(f"tối đa {ALT_MAX_LENGTH} kí tự (hiện có {len(typed_alt)})", stream)
        self.assertIn(typed_alt, stream)
        self.assertIn(TYPED_HEADING, stream)

    def test_limits_are_maxlength_attributes_on_the_edit_form(self):
        response = self.client.get(reverse("wagtailadmin_pages:edit", args=[self.route.pk]))
        page = soup(response)
        expected = {
            'input[name="title"]': 255,
            'textarea[name="intro"]': INTRO_MAX_LENGTH,
            'textarea[name="summary"]': SUMMARY_MAX_LENGTH,
            'input[name="hero_alt"]': ALT_MAX_LENGTH,
        }
        for selector, limit in expected.items():
            with self.subTest(selector):
                self.assertEqual(page.select_one(selector)["maxlength"], str(limit))
        # StreamField blocks pass max_length to the admin as the field's maxLength.
        self.assertEqual(ImageBlock().child_blocks["alt"].field.max_length, ALT_MAX_LENGTH)

    def test_the_counter_script_is_on_the_edit_form_with_translated_wording(self):
        self.use_admin_language("fr")
        response = self.client.get(reverse("wagtailadmin_pages:edit", args=[self.route.pk]))
        script = soup(response).select_one('script[src*="editor/length-counter"]')
        self.assertIsNotNone(script)
        self.assertEqual(script["data-template"], "%(count)s / %(max)s caractères")
        self.assertIsNotNone(soup(response).select_one('link[href*="editor/length-counter"]'))


class LengthLimitModelTests(WagtailPageTestCase):
    """The limits hold outside the admin form too (full_clean: imports, the API, scripts)."""

    @classmethod
    def setUpTestData(cls):
        cls.home = create_vi_home()
        cls.route = RoutePageFactory(parent=RouteIndexPageFactory(parent=cls.home))

    def test_an_over_long_intro_or_summary_is_refused_by_the_model(self):
        for field, limit in (("intro", INTRO_MAX_LENGTH), ("summary", SUMMARY_MAX_LENGTH)):
            with self.subTest(field):
                setattr(self.route, field, "a" * (limit + 1))
                with self.assertRaises(ValidationError) as refused:
                    self.route.clean_fields(exclude=["body"])
                self.assertEqual(list(refused.exception.message_dict), [field])
                setattr(self.route, field, "a" * limit)
                self.route.clean_fields(exclude=["body"])

    def test_an_over_long_gallery_alt_is_refused_by_the_model(self):
        image = VillageGalleryImage(alt="a" * (ALT_MAX_LENGTH + 1))
        with self.assertRaises(ValidationError) as refused:
            image.clean_fields(exclude=["page", "image", "locale", "translation_key"])
        self.assertIn("alt", refused.exception.message_dict)
