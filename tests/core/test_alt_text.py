"""Alt text is required to publish a picture, in every language; drafts may lack it.

Issue 10 §7. The rule lives in the admin form every page type shares
(core/alt_text.py, ``AltTextPageForm``) and in the image block's and the
gallery's required ``alt`` (Wagtail defers required fields for drafts,
autosave and preview).
"""

from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from core.alt_text import ALT_REQUIRED, AltTextPageForm, report_models, stream_field_names
from core.factories import ImageFactory
from stories.factories import StoryIndexPageFactory, StoryPageFactory
from stories.models import StoryPage
from tests.utils import create_vi_home, soup, translate_page
from villages.models import VillagePage

REQUIRED_TEXT = "Describe the picture for people who cannot see it"


def bare_form_data(model, **fields):
    """Just enough for the form to run: empty StreamFields and formsets, and ``fields``."""
    data = {f"{name}-count": 0 for name in stream_field_names(model)}
    form_class = model.get_edit_handler().get_form_class()
    for name in form_class.formsets:
        data.update(nested_form_data({name: inline_formset([])}))
    data.update(fields)
    return data


def bind_form(model, locale, parent, data, draft):
    form_class = model.get_edit_handler().get_form_class()
    form = form_class(data, instance=model(locale=locale), parent_page=parent, for_user=None)
    if draft:
        form.defer_required_fields()
    form.is_valid()
    return form


class AltTextFormTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = create_vi_home()
        cls.image = ImageFactory()
        cls.described = ImageFactory(description="Bình gốm men rạn")

    def setUp(self):
        self.enterContext(translation.override("en"))

    def test_every_page_type_uses_the_alt_text_form(self):
        models = report_models()
        self.assertEqual(len(models), 14)  # producers, products, catalogue, open data
        for model in models:
            with self.subTest(model.__name__):
                form_class = model.get_edit_handler().get_form_class()
                self.assertTrue(issubclass(form_class, AltTextPageForm))

    def test_publishing_a_hero_image_without_alt_is_refused_on_the_field_for_every_type(self):
        for code in ("vi", "en"):
            locale = Locale.objects.get(language_code=code)
            for model in report_models():
                with self.subTest(model=model.__name__, language=code):
                    data = bare_form_data(model, hero_image=self.image.pk, hero_alt="")
                    form = bind_form(model, locale, self.home, data, draft=False)
                    self.assertIn("hero_alt", form.errors)
                    self.assertIn(REQUIRED_TEXT, form.errors["hero_alt"][0])

    def test_a_draft_may_lack_the_hero_alt(self):
        for model in report_models():
            with self.subTest(model.__name__):
                data = bare_form_data(model, hero_image=self.image.pk, hero_alt="")
                form = bind_form(model, Locale.get_default(), self.home, data, draft=True)
                self.assertNotIn("hero_alt", form.errors)

    def test_a_described_hero_or_no_hero_publishes(self):
        for fields in ({"hero_image": self.image.pk, "hero_alt": "Lò gốm"}, {"hero_alt": ""}):
            with self.subTest(fields):
                data = bare_form_data(StoryPage, **fields)
                form = bind_form(StoryPage, Locale.get_default(), self.home, data, draft=False)
                self.assertNotIn("hero_alt", form.errors)

    def test_the_message_quotes_the_image_librarys_description(self):
        data = bare_form_data(StoryPage, hero_image=self.described.pk, hero_alt="")
        form = bind_form(StoryPage, Locale.get_default(), self.home, data, draft=False)
        self.assertIn("Bình gốm men rạn", form.errors["hero_alt"][0])

    def test_an_image_block_without_alt_is_refused_on_publish_and_kept_in_a_draft(self):
        body = streamfield([("image", {"image": self.image.pk, "alt": "", "caption": ""})])
        for model in (StoryPage, VillagePage):
            data = bare_form_data(model, **nested_form_data({"body": body}))
            with self.subTest(model=model.__name__, draft=False):
                form = bind_form(model, Locale.get_default(), self.home, data, draft=False)
                self.assertIn("body", form.errors)
                block_errors = form.errors.as_data()["body"][0].block_errors
                self.assertEqual(
                    str(block_errors[0].block_errors["alt"].messages[0]), str(ALT_REQUIRED)
                )
            with self.subTest(model=model.__name__, draft=True):
                form = bind_form(model, Locale.get_default(), self.home, data, draft=True)
                self.assertNotIn("body", form.errors)

    def test_a_gallery_block_without_alt_is_refused_on_publish(self):
        item = {"image": self.image.pk, "alt": "", "caption": ""}
        described = {"image": self.image.pk, "alt": "Tranh", "caption": ""}
        rows = {
            str(i): {"value": v, "deleted": "", "order": i, "id": ""}
            for i, v in enumerate((item, described))
        }
        body = streamfield([("gallery", {"count": 2, **rows})])
        data = bare_form_data(StoryPage, **nested_form_data({"body": body}))
        form = bind_form(StoryPage, Locale.get_default(), self.home, data, draft=False)
        self.assertIn("body", form.errors)
        form = bind_form(StoryPage, Locale.get_default(), self.home, data, draft=True)
        self.assertNotIn("body", form.errors)

    def test_a_village_gallery_row_without_alt_is_refused_on_publish_only(self):
        gallery = inline_formset([{"image": self.image.pk, "alt": "", "caption": ""}])
        data = bare_form_data(VillagePage)
        data.update(nested_form_data({"gallery": gallery}))
        form = bind_form(VillagePage, Locale.get_default(), self.home, data, draft=False)
        row_errors = form.formsets["gallery"].forms[0].errors
        self.assertEqual(row_errors["alt"], [str(ALT_REQUIRED)])
        form = bind_form(VillagePage, Locale.get_default(), self.home, data, draft=True)
        self.assertNotIn("alt", form.formsets["gallery"].forms[0].errors)


class AltTextEditorTests(WagtailPageTestCase):
    """The same rule through the admin's own views, in the editor's language."""

    @classmethod
    def setUpTestData(cls):
        cls.home = create_vi_home()
        cls.index = StoryIndexPageFactory(parent=cls.home)
        cls.image = ImageFactory()

    def setUp(self):
        self.user = self.login()

    def story_data(self, action, alt=""):
        data = nested_form_data(
            {
                "title": "Men rạn",
                "slug": "men-ran",
                "intro": "Một câu chuyện.",
                "hero_image": self.image.pk,
                "hero_alt": alt,
                "kind": "heritage",
                "date": "2025-05-20",
                "author": "Ban biên tập",
                "body": streamfield([("paragraph", rich_text("<p>Gốm.</p>"))]),
                "story_villages": inline_formset([]),
                "story_producers": inline_formset([]),
                "story_products": inline_formset([]),
                "related": inline_formset([]),
            }
        )
        if action:
            data[action] = "1"
        return data

    def add_url(self):
        return reverse("wagtailadmin_pages:add", args=["stories", "storypage", self.index.pk])

    def test_publish_without_hero_alt_comes_back_with_the_error_and_everything_typed(self):
        response = self.client.post(self.add_url(), self.story_data("action-publish"))
        self.assertEqual(response.status_code, 200)
        self.assertFalse(StoryPage.objects.filter(slug="men-ran").exists())
        page = soup(response)
        self.assertIn(REQUIRED_TEXT, response.content.decode())
        self.assertEqual(page.select_one('input[name="title"]')["value"], "Men rạn")

    def test_saving_a_draft_without_hero_alt_works(self):
        response = self.client.post(self.add_url(), self.story_data(None))
        self.assertEqual(response.status_code, 302)
        story = StoryPage.objects.get(slug="men-ran")
        self.assertFalse(story.live)

    def test_publish_with_hero_alt_works(self):
        response = self.client.post(self.add_url(), self.story_data("action-publish", "Lò gốm"))
        self.assertEqual(response.status_code, 302)
        self.assertTrue(StoryPage.objects.get(slug="men-ran").live)

    def test_the_error_is_in_vietnamese_for_a_vietnamese_editor(self):
        from wagtail.users.models import UserProfile

        profile = UserProfile.get_for_user(self.user)
        profile.preferred_language = "vi"
        profile.save()
        response = self.client.post(self.add_url(), self.story_data("action-publish"))
        self.assertContains(response, "Hãy mô tả bức ảnh")


class AltTextTranslationTests(WagtailPageTestCase):
    """Publishing through wagtail-localize's translation editor (save_target)."""

    @classmethod
    def setUpTestData(cls):
        cls.home = create_vi_home()
        index = StoryIndexPageFactory(parent=cls.home)
        cls.story = StoryPageFactory(
            parent=index, hero_image=ImageFactory(), hero_alt="Lò gốm cổ", slug="lo-gom"
        )

    def test_a_translated_alt_is_published(self):
        english = translate_page(self.story, "en", {"Lò gốm cổ": "An old kiln"})
        self.assertTrue(english.live)
        self.assertEqual(english.hero_alt, "An old kiln")

    def test_an_untranslated_alt_falls_back_to_the_vietnamese_never_empty(self):
        locale = Locale.objects.get(language_code="en")
        source, _created = TranslationSource.get_or_create_from_instance(self.story)
        translation = Translation.objects.create(source=source, target_locale=locale)
        # Every string translated but the alt text.
        for segment in StringSegment.objects.filter(source=source).select_related("string"):
            if segment.string.data != "Lò gốm cổ":
                StringTranslation.objects.create(
                    translation_of=segment.string,
                    locale=locale,
                    context=segment.context,
                    data=f"{segment.string.data} [en]",
                )
        with self.captureOnCommitCallbacks(execute=True):
            translation.save_target(publish=True)
        english = self.story.get_translation(locale).specific
        self.assertTrue(english.live)
        self.assertEqual(english.hero_alt, "Lò gốm cổ")
