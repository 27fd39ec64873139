"""Product stories: linked to products and producers, and shown on their pages and the story's."""

from django.test import TestCase, override_settings
from django.urls import reverse
from django.utils import translation
from wagtail.models import PageViewRestriction
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from core.factories import ImageFactory
from products.factories import ProducerPageFactory, ProductPageFactory
from stories.factories import StoryPageFactory
from stories.models import StoryPage, StoryProduct
from tests.scenario import build_language_tree
from tests.utils import assert_constant_queries, soup, translate_page
from villages.models import Craft

ENGLISH = {
    "Gốm Thử": "Thu Ceramics",
    "Bộ đồ ăn hoa sen": "Lotus dinnerware",
    "Men rạn trên bộ đồ ăn hoa sen": "Crackle glaze on the lotus dinnerware",
}
PRODUCT = "/{}/villages/bat-trang/gom-thu/lotus-dinnerware/"
PRODUCER = "/{}/villages/bat-trang/gom-thu/"

# Pinned from a real run; a change means the page's queries changed.
# Certificates and the product's hero image come from the data caches (core.frozen).
EXPECTED_QUERIES = {
    ("product", "vi"): 10,
    ("product", "en"): 11,
    ("producer", "vi"): 9,
    ("producer", "en"): 10,
}


def story_titles(response, section="stories-title"):
    """``{title: link}`` of the story cards in the section labelled by ``section``."""
    block = soup(response).select_one(f'[aria-labelledby="{section}"]')
    if block is None:
        return {}
    return {a.get_text(strip=True): a for a in block.select(".card__title a")}


class ProductStoryTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_language_tree()
        craft = Craft.objects.get(slug="ceramics", locale__language_code="vi")
        cls.producer = ProducerPageFactory(
            parent=cls.tree.bat_trang, title="Gốm Thử", slug="gom-thu"
        )
        cls.product = ProductPageFactory(
            parent=cls.producer, title="Bộ đồ ăn hoa sen", slug="lotus-dinnerware", craft=craft
        )
        cls.other_product = ProductPageFactory(parent=cls.producer, slug="vase", craft=craft)
        cls.en_producer = translate_page(cls.producer, "en", ENGLISH)
        cls.en_product = translate_page(cls.product, "en", ENGLISH)
        stories = cls.tree.stories

        def story(title, **links):
            return StoryPageFactory(
                parent=stories, title=title, kind=StoryPage.Kind.PRODUCT, **links
            )

        # Translated: each language links its own product, producer and village.
        cls.story = story(
            "Men rạn trên bộ đồ ăn hoa sen",
            slug="crackle",
            villages=[cls.tree.bat_trang],
            products=[cls.product],
            producers=[cls.producer],
        )
        cls.en_story = translate_page(cls.story, "en", ENGLISH)
        # In Vietnamese only: English readers see it, marked as Vietnamese.
        cls.vi_only = story("Lò nung gốm", slug="kiln-story", products=[cls.product])
        # About the producer alone, and about its other product.
        cls.about_producer = story("Xưởng gốm Thử", slug="workshop", producers=[cls.producer])
        cls.about_vase = story("Bình gốm", slug="vase-story", products=[cls.other_product])
        # Never shown: a draft and a private story.
        cls.draft = story("Bản nháp", slug="draft", products=[cls.product], live=False)
        cls.private = story("Riêng tư", slug="private", products=[cls.product])
        PageViewRestriction.objects.create(
            page=cls.private,
            restriction_type=PageViewRestriction.PASSWORD,
            password="x",  # noqa: S106
        )

    def test_translated_story_names_the_products_and_producers_of_its_own_language(self):
        # The links are synchronised from the source; each language reads them by
        # translation key (core.i18n.localized_list).
        self.assertEqual([page.pk for page in self.en_story.products], [self.en_product.pk])
        self.assertEqual([page.pk for page in self.en_story.producers], [self.en_producer.pk])
        self.assertFalse(self.en_story.products[0].is_fallback)

    def test_product_page_lists_its_live_public_stories_in_the_readers_language(self):
        vi = story_titles(self.client.get(PRODUCT.format("vi")))
        self.assertEqual(set(vi), {"Men rạn trên bộ đồ ăn hoa sen", "Lò nung gốm"})
        en = story_titles(self.client.get(PRODUCT.format("en")))
        self.assertEqual(set(en), {"Crackle glaze on the lotus dinnerware", "Lò nung gốm"})
        self.assertEqual(
            en["Crackle glaze on the lotus dinnerware"]["href"], "/en/stories/crackle/"
        )
        self.assertNotIn("lang", en["Crackle glaze on the lotus dinnerware"].attrs)
        # The untranslated story is marked with its language, and says which.
        self.assertEqual(en["Lò nung gốm"]["lang"], "vi")
        self.assertEqual(en["Lò nung gốm"]["href"], "/vi/stories/kiln-story/")
        card = en["Lò nung gốm"].find_parent(class_="card")
        self.assertTrue(card.select(".lang-tag"), "the fallback story is not marked")

    def test_producer_page_lists_stories_about_it_and_about_its_products(self):
        for language, crackle in (
            ("vi", "Men rạn trên bộ đồ ăn hoa sen"),
            ("en", "Crackle glaze on the lotus dinnerware"),
        ):
            with self.subTest(language=language):
                titles = story_titles(self.client.get(PRODUCER.format(language)))
                self.assertEqual(set(titles), {crackle, "Lò nung gốm", "Xưởng gốm Thử", "Bình gốm"})

    def test_the_stories_heading_names_products_only_when_the_producer_has_some(self):
        heading = soup(self.client.get(PRODUCER.format("en"))).select_one("#stories-title")
        self.assertEqual(
            heading.get_text(strip=True), "Stories about this producer and its products"
        )
        # A producer without product pages: its stories are about the producer alone.
        lonely = ProducerPageFactory(parent=self.tree.bat_trang, title="Sơn Thử", slug="son-thu")
        story = StoryPageFactory(
            parent=self.tree.stories, slug="lonely", producers=[lonely], villages=[]
        )
        self.assertTrue(story.live)
        response = self.client.get("/vi/villages/bat-trang/son-thu/")
        self.assertEqual(
            soup(response).select_one("#stories-title").get_text(strip=True),
            "Câu chuyện về cơ sở sản xuất này",
        )

    def test_drafts_and_private_stories_are_never_listed(self):
        for path in (PRODUCT, PRODUCER, "/{}/villages/bat-trang/"):
            for language in ("vi", "en"):
                with self.subTest(path=path, language=language):
                    text = self.client.get(path.format(language)).content.decode()
                    self.assertNotIn("Bản nháp", text)
                    self.assertNotIn("Riêng tư", text)

    def test_village_page_lists_the_product_story_linked_to_it(self):
        vi = story_titles(self.client.get("/vi/villages/bat-trang/"), "related-stories")
        self.assertIn("Men rạn trên bộ đồ ăn hoa sen", vi)
        en = story_titles(self.client.get("/en/villages/bat-trang/"), "related-stories")
        self.assertIn("Crackle glaze on the lotus dinnerware", en)
        self.assertNotIn("Lò nung gốm", en)  # linked to the product, not to the village

    def test_story_page_links_its_product_and_producer_in_the_readers_language(self):
        for language, product, producer in (
            ("vi", "Bộ đồ ăn hoa sen", "Gốm Thử"),
            ("en", "Lotus dinnerware", "Thu Ceramics"),
        ):
            with self.subTest(language=language):
                page = soup(self.client.get(f"/{language}/stories/crackle/"))
                products = page.select_one(
                    f'ul[aria-label="{self.label("Products in this story", language)}"]'
                )
                producers = page.select_one(
                    f'ul[aria-label="{self.label("Producers in this story", language)}"]'
                )
                link = products.select_one("a")
                self.assertEqual(link.get_text(strip=True), product)
                self.assertEqual(link["href"], PRODUCT.format(language))
                self.assertEqual(producers.select_one("a").get_text(strip=True), producer)
                self.assertEqual(producers.select_one("a")["href"], PRODUCER.format(language))

    def test_story_page_marks_a_product_shown_in_another_language(self):
        story = StoryPageFactory(
            parent=self.tree.stories, slug="vase-en", products=[self.other_product]
        )
        # The vase has no English page: the English story links the Vietnamese one, marked.
        StoryProduct.objects.filter(page=story).delete()
        en_story = translate_page(story, "en")
        StoryProduct.objects.create(page=en_story, product=self.other_product)
        page = soup(self.client.get("/en/stories/vase-en/"))
        item = page.select_one('ul[aria-label="Products in this story"] li')
        self.assertEqual(item["lang"], "vi")
        self.assertEqual(item.select_one("a")["hreflang"], "vi")

    @staticmethod
    def label(text, language):
        from django.utils import translation

        with translation.override(language):
            return translation.gettext(text)


# Counted without the anonymous page cache, which would answer with none.
@override_settings(PAGE_CACHE_ENABLED=False)
class ProductStoryQueryCountTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_language_tree()
        craft = Craft.objects.get(slug="ceramics", locale__language_code="vi")
        cls.producer = ProducerPageFactory(parent=cls.tree.bat_trang, slug="gom-thu")
        cls.product = ProductPageFactory(parent=cls.producer, slug="lotus-dinnerware", craft=craft)
        translate_page(cls.producer, "en")
        translate_page(cls.product, "en")

    def add_stories(self):
        """A story translated into English, and one in Vietnamese only, each with a picture."""
        story = StoryPageFactory(
            parent=self.tree.stories,
            products=[self.product],
            producers=[self.producer],
            hero_image=ImageFactory(),
        )
        translate_page(story, "en")
        StoryPageFactory(
            parent=self.tree.stories, products=[self.product], hero_image=ImageFactory()
        )

    def test_product_and_producer_pages_do_not_grow_with_their_stories(self):
        for (name, language), expected in EXPECTED_QUERIES.items():
            path = (PRODUCT if name == "product" else PRODUCER).format(language)
            with self.subTest(page=name, language=language):
                assert_constant_queries(self, path, self.add_stories, expected)


class StoryAdminTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_language_tree()
        craft = Craft.objects.get(slug="ceramics", locale__language_code="vi")
        cls.producer = ProducerPageFactory(parent=cls.tree.bat_trang, slug="gom-thu")
        cls.product = ProductPageFactory(parent=cls.producer, slug="tea-set", craft=craft)

    def setUp(self):
        self.login()

    def story_data(self, villages):
        return nested_form_data(
            {
                "title": "Bộ ấm chén men rạn",
                "slug": "men-ran",
                "kind": "product",
                "date": "2025-06-01",
                "author": "Ban biên tập",
                "body": streamfield([("paragraph", rich_text("<p>Men rạn.</p>"))]),
                "story_villages": inline_formset([{"village": page.pk} for page in villages]),
                "story_products": inline_formset([{"product": self.product.pk}]),
                "story_producers": inline_formset([{"producer": self.producer.pk}]),
                "related": inline_formset([]),
            }
        )

    def test_editor_links_a_story_to_a_product_and_its_producer(self):
        self.assertCanCreate(self.tree.stories, StoryPage, self.story_data([self.tree.bat_trang]))
        story = StoryPage.objects.get(slug="men-ran")
        self.assertEqual(story.story_products.get().product_id, self.product.pk)
        self.assertEqual(story.story_producers.get().producer_id, self.producer.pk)

    def test_a_product_without_its_village_is_refused_in_the_editors_language(self):
        url = reverse("wagtailadmin_pages:add", args=("stories", "storypage", self.tree.stories.pk))
        data = {**self.story_data([self.tree.van_phuc]), "action-publish": "publish"}
        with translation.override("vi"):
            response = self.client.post(url, data, HTTP_ACCEPT_LANGUAGE="vi")
        self.assertEqual(response.status_code, 200)  # the form again, not a 500
        self.assertFalse(StoryPage.objects.filter(slug="men-ran").exists())
        errors = " ".join(
            item.get_text(" ", strip=True) for item in soup(response).select(".error-message")
        )
        english = (
            "“%(title)s” is in %(village)s: add %(village)s to the villages "
            "this story is about, so that the story shows on its page too."
        )
        with translation.override("vi"):
            vietnamese = translation.gettext(english)
        self.assertNotEqual(vietnamese, english, "the message is not translated into Vietnamese")
        for title in (self.product.title, self.producer.title):
            self.assertIn(vietnamese % {"title": title, "village": "Bát Tràng"}, errors)
