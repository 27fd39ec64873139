"""Private pages stay private on every route that shows page data (core/privacy.py).

The site: one tree per language (vi, en, fr, ja), built with the factories.
In each, public pages (a village, a story, a route, an event) and, for each
kind of view restriction (password, login, groups), a private village, story,
route and event. Every private page carries ``SECRET-<kind>-<language>`` in
its title, teaser, place and venue, so a leak anywhere shows in the HTML,
feed or file. The private villages also have a public Korean translation:
links to it are fine, links to the private versions are not.

The table is route × kind × language: listing routes must not show the
marker; side routes to a private page answer 404; the page itself answers
with Wagtail's own password or login form.
"""

import datetime
import re
from decimal import Decimal
from unittest import mock

from django.contrib.auth.models import Group
from django.db import DatabaseError
from django.test import SimpleTestCase, TestCase
from django.urls import URLPattern, URLResolver, get_resolver, resolve
from django.utils import translation
from wagtail.documents.models import Document
from wagtail.models import Collection, CollectionViewRestriction, Page, PageViewRestriction

from core import privacy
from core.factories import MenuItemFactory, NavigationMenuFactory
from core.models import NavigationMenu
from events.factories import EventIndexPageFactory, EventPageFactory
from home.factories import HomeFeaturedFactory, HomePageFactory
from home.models import HomePage
from products.factories import ProducerPageFactory, ProductPageFactory
from routes.factories import RouteIndexPageFactory, RoutePageFactory, RouteStopFactory
from stories.factories import StoryIndexPageFactory, StoryPageFactory
from tests.utils import alias_page, create_locales, create_vi_home
from villages.factories import VillageIndexPageFactory, VillagePageFactory
from wayfinding import codes

LANGUAGES = ("vi", "en", "fr", "ja")
KINDS = ("password", "login", "groups")
RESTRICTION_TYPES = {
    "password": PageViewRestriction.PASSWORD,
    "login": PageViewRestriction.LOGIN,
    "groups": PageViewRestriction.GROUPS,
}
UPCOMING = datetime.date.today() + datetime.timedelta(days=10)


def marker(kind, language):
    return f"SECRET-{kind}-{language}"


def restrict(page, kind, group=None):
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=RESTRICTION_TYPES[kind], password="hunter2"
    )
    if kind == "groups":
        restriction.groups.set([group])
    return restriction


def home_for(language, vi_home, locales):
    if language == "vi":
        return vi_home
    return HomePageFactory(
        parent=Page.get_first_root_node(),
        title=f"Home {language}",
        slug=f"home-{language}",
        locale=locales[language],
        translation_key=vi_home.translation_key,
    )


def build_tree(language, home, group, ko_villages):
    """One language tree: public pages and, per kind, private ones."""
    locale = home.locale
    pages = {"home": home}
    villages = VillageIndexPageFactory(parent=home, locale=locale)
    stories = StoryIndexPageFactory(parent=home, locale=locale)
    routes = RouteIndexPageFactory(parent=home, locale=locale)
    events = EventIndexPageFactory(parent=home, locale=locale)
    open_village = VillagePageFactory(
        parent=villages, locale=locale, title=f"Open village {language}", slug="open-village"
    )
    pages.update(villages=villages, open_village=open_village)
    StoryPageFactory(parent=stories, locale=locale, slug="open-story", villages=[open_village])
    open_route = RoutePageFactory(parent=routes, locale=locale, slug="open-route")
    RouteStopFactory(page=open_route, locale=locale, village=open_village, place_name="")
    pages["open_route"] = open_route
    EventPageFactory(
        parent=events,
        locale=locale,
        slug="open-event",
        start_date=UPCOMING,
        end_date=UPCOMING,
        villages=[open_village],
    )
    menu = NavigationMenuFactory(handle=NavigationMenu.Handle.HEADER, locale=locale)
    HomeFeaturedFactory(home=home, page=open_village)
    for kind in KINDS:
        secret = marker(kind, language)
        village = VillagePageFactory(
            parent=villages,
            locale=locale,
            title=f"{secret} village",
            slug=f"{kind}-village",
            vietnamese_name=f"{secret} làng",
            commune=f"{secret} commune",
            intro=f"{secret} teaser",
            latitude=Decimal("21.100000"),
            longitude=Decimal("105.900000"),
            translation_key=ko_villages[kind].translation_key,
        )
        story = StoryPageFactory(
            parent=stories,
            locale=locale,
            title=f"{secret} story",
            slug=f"{kind}-story",
            intro=f"{secret} teaser",
            villages=[open_village],
        )
        route = RoutePageFactory(
            parent=routes,
            locale=locale,
            title=f"{secret} route",
            slug=f"{kind}-route",
            summary=f"{secret} teaser",
        )
        stop = RouteStopFactory(page=route, locale=locale, place_name=f"{secret} place")
        # A public route's stop at the private village: its name and position stay hidden.
        village_stop = RouteStopFactory(
            page=open_route, locale=locale, village=village, place_name=""
        )
        event = EventPageFactory(
            parent=events,
            locale=locale,
            title=f"{secret} event",
            slug=f"{kind}-event",
            intro=f"{secret} teaser",
            venue_name=f"{secret} venue",
            venue_address=f"{secret} address",
            venue_country="VN",
            venue_latitude=Decimal("21.000000"),
            venue_longitude=Decimal("105.800000"),
            start_date=UPCOMING,
            end_date=UPCOMING,
            villages=[open_village],
        )
        HomeFeaturedFactory(home=home, page=village)
        MenuItemFactory(menu=menu, page=story, locale=locale)
        for page in (village, story, route, event):
            restrict(page, kind, group)
        # A producer and its product under the private village: private through it.
        producer = ProducerPageFactory(
            parent=village, locale=locale, title=f"{secret} producer", slug=f"{kind}-producer"
        )
        product = ProductPageFactory(
            parent=producer, locale=locale, title=f"{secret} product", slug=f"{kind}-product"
        )
        pages[kind] = {
            "producer": producer,
            "product": product,
            "village": village,
            "story": story,
            "route": route,
            "event": event,
            "stop": stop,
            "village_stop": village_stop,
        }
    return pages


def build_site():
    locales = create_locales()
    vi_home = create_vi_home(title="Home vi")
    group = Group.objects.create(name="Members")
    # Korean: the public translation of each private village, and nothing else private.
    ko_home = home_for("ko", vi_home, locales)
    ko_index = VillageIndexPageFactory(parent=ko_home, locale=locales["ko"])
    ko_villages = {
        kind: VillagePageFactory(
            parent=ko_index, locale=locales["ko"], title=f"Public {kind}", slug=f"{kind}-village"
        )
        for kind in KINDS
    }
    trees = {
        language: build_tree(language, home_for(language, vi_home, locales), group, ko_villages)
        for language in LANGUAGES
    }
    return trees, ko_villages


def go_code(page):
    return codes.encode(codes.PAGE, page.pk)


# --- The table -----------------------------------------------------------------------
# Routes that list or show pages: the private markers must not appear.
LISTINGS = {
    "home": lambda lang, t: f"/{lang}/",
    "village_index": lambda lang, t: f"/{lang}/villages/",
    "story_index": lambda lang, t: f"/{lang}/stories/",
    "route_index": lambda lang, t: f"/{lang}/routes/",
    "event_index": lambda lang, t: f"/{lang}/events/",
    "village_sections": lambda lang, t: f"/{lang}/villages/open-village/",
    "route_stops": lambda lang, t: f"/{lang}/routes/open-route/",
    "route_gpx": lambda lang, t: f"/{lang}/routes/open-route/route.gpx",
    "route_geojson": lambda lang, t: f"/{lang}/routes/open-route/route.geojson",
    "events_feed": lambda lang, t: f"/{lang}/events/feed.ics",
    "stories_rss": lambda lang, t: f"/{lang}/feeds/stories.rss",
    "stories_atom": lambda lang, t: f"/{lang}/feeds/stories.atom",
    "events_rss": lambda lang, t: f"/{lang}/feeds/events.rss",
    "events_atom": lambda lang, t: f"/{lang}/feeds/events.atom",
    "villages_geojson": lambda lang, t: f"/{lang}/open-data/villages.geojson",
    "routes_geojson": lambda lang, t: f"/{lang}/open-data/routes.geojson",
    "events_geojson": lambda lang, t: f"/{lang}/open-data/events.geojson",
    "sitemap": lambda lang, t: f"/sitemap-{lang}.xml",
    "llms_txt": lambda lang, t: "/llms.txt",
    "llms_txt_language": lambda lang, t: f"/{lang}/llms.txt",
    "api_listing": lambda lang, t: f"/api/v2/pages/?locale={lang}&limit=50",
    "markdown_index": lambda lang, t: f"/{lang}/villages.md",
    "my_day": lambda lang, t: my_day_url(lang, t, "my-day/"),
    "my_day_ics": lambda lang, t: my_day_url(lang, t, "my-day/day.ics"),
    "not_found_links": lambda lang, t: f"/it/villages/{KINDS[0]}-village/",
    # Every private page's title and teaser carry "SECRET": the search must find none.
    "search": lambda lang, t: f"/{lang}/search/?q=secret",
    "search_village": lambda lang, t: f"/{lang}/search/?q=village",
}
# Routes to one private page: 404, whoever asks.
SIDE_ROUTES = {
    "driver_village": lambda p: f"/driver/village/{p['village'].pk}/",
    "driver_event": lambda p: f"/driver/event/{p['event'].pk}/",
    "driver_stop": lambda p: f"/driver/stop/{p['stop'].pk}/",
    "driver_stop_at_private_village": lambda p: f"/driver/stop/{p['village_stop'].pk}/",
    "event_ics": lambda p: f"events/{p['event'].slug}/event.ics",
    "route_gpx": lambda p: f"routes/{p['route'].slug}/route.gpx",
    "route_geojson": lambda p: f"routes/{p['route'].slug}/route.geojson",
    "short_link_route": lambda p: f"/go/{go_code(p['route'])}",
    "short_link_event": lambda p: f"/go/{go_code(p['event'])}",
    "fact_report": lambda p: f"report/{p['village'].pk}/",
    "fact_report_thanks": lambda p: f"report/{p['route'].pk}/thanks/",
    "enquiry_form": lambda p: f"enquiry/{p['product'].pk}/",
    "enquiry_thanks": lambda p: f"enquiry/{p['producer'].pk}/thanks/",
    "page_markdown": lambda p: f"villages/{p['village'].slug}.md",
    "product_markdown": lambda p: f"villages/{p['village'].slug}/{p['producer'].slug}.md",
    "api_detail": lambda p: f"/api/v2/pages/{p['village'].pk}/",
    "api_detail_producer": lambda p: f"/api/v2/pages/{p['producer'].pk}/",
    "api_find": lambda p: f"/api/v2/pages/find/?html_path={p['village'].url}",
}
# Pages themselves: Wagtail's own form.
PAGES = ("village", "story", "route", "event")


def my_day_url(language, tree, path):
    items = [f"v{tree['open_village'].pk}"]
    for kind in KINDS:
        pages = tree[kind]
        items += [f"v{pages['village'].pk}", f"e{pages['event'].pk}", f"s{pages['route'].pk}.1"]
        # The public route's stop at the private village (its place in the route).
        number = list(tree["open_route"].stops.order_by("sort_order")).index(pages["village_stop"])
        items.append(f"s{tree['open_route'].pk}.{number + 1}")
    return f"/{language}/{path}?v=1&d={UPCOMING.isoformat()}&i={','.join(items)}"


def side_path(language, name, pages):
    path = SIDE_ROUTES[name](pages)
    # Short links and the pages API have no language prefix.
    return path if path.startswith(("/go/", "/api/")) else f"/{language}/{path.lstrip('/')}"


class PrivacyTableTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.trees, cls.ko_villages = build_site()

    def get(self, path):
        response = self.client.get(path)
        self.assertLess(response.status_code, 500, path)
        return response

    def get_side(self, path):
        """A side route's answer; an unknown short link at the root first goes to
        its language-prefixed form (Django's locale middleware), never to a page."""
        response = self.client.get(path, follow=True)
        for url, _status in response.redirect_chain:
            self.assertRegex(url, r"^/[a-z]{2}/go/", path)
        self.assertLess(response.status_code, 500, path)
        return response

    def body(self, response):
        if getattr(response, "streaming", False):
            return b"".join(response.streaming_content).decode()
        return response.content.decode()

    def test_listings_never_show_a_private_title_teaser_or_place(self):
        for route, build in LISTINGS.items():
            for language in LANGUAGES:
                path = build(language, self.trees[language])
                response = self.get(path)
                content = self.body(response)
                for kind in KINDS:
                    for other in LANGUAGES:
                        with self.subTest(route=route, kind=kind, language=language, of=other):
                            self.assertNotIn(marker(kind, other), content)
                            self.assertNotIn(f"/{other}/villages/{kind}-village/", content)

    def test_listings_still_show_the_public_pages(self):
        # The table is only worth something if the same routes do show public pages.
        for language in LANGUAGES:
            with self.subTest(language=language):
                for path in (f"/{language}/", f"/{language}/villages/"):
                    self.assertIn(f"Open village {language}", self.body(self.get(path)))
                route = self.body(self.get(f"/{language}/routes/open-route/route.geojson"))
                self.assertIn(f"Open village {language}", route)
                sitemap = self.get(f"/sitemap-{language}.xml").content.decode()
                self.assertIn(f"/{language}/villages/open-village/", sitemap)

    def test_side_routes_to_a_private_page_are_404(self):
        for name in SIDE_ROUTES:
            for kind in KINDS:
                for language in LANGUAGES:
                    path = side_path(language, name, self.trees[language][kind])
                    with self.subTest(route=name, kind=kind, language=language, path=path):
                        response = self.get_side(path)
                        self.assertEqual(response.status_code, 404)
                        self.assertNotIn(marker(kind, language), self.body(response))

    def test_side_routes_to_the_public_pages_answer(self):
        for language in LANGUAGES:
            tree = self.trees[language]
            with self.subTest(language=language):
                village = tree["open_village"]
                self.assertEqual(
                    self.get(f"/{language}/driver/village/{village.pk}/").status_code, 200
                )
                self.assertEqual(self.get(f"/go/{go_code(village)}").status_code, 302)
                self.assertEqual(
                    self.get(f"/{language}/routes/open-route/route.gpx").status_code, 200
                )

    def test_short_link_to_a_private_village_leads_only_to_its_public_translation(self):
        for kind in KINDS:
            for language in LANGUAGES:
                code = go_code(self.trees[language][kind]["village"])
                for prefix in ("", f"/{language}"):
                    with self.subTest(kind=kind, language=language, prefix=prefix):
                        response = self.client.get(
                            f"{prefix}/go/{code}", headers={"accept-language": language}
                        )
                        self.assertEqual(response.status_code, 302)
                        self.assertEqual(response["Location"], f"/ko/villages/{kind}-village/")

    def test_public_translation_links_to_no_private_version(self):
        # Language switcher, hreflang and "available in" links of the Korean page.
        for kind in KINDS:
            with self.subTest(kind=kind):
                content = self.body(self.get(f"/ko/villages/{kind}-village/"))
                for language in LANGUAGES:
                    self.assertNotIn(f"/{language}/villages/{kind}-village/", content)

    def test_the_private_page_itself_answers_with_wagtails_form(self):
        for kind in KINDS:
            for language in LANGUAGES:
                for name in PAGES:
                    page = self.trees[language][kind][name]
                    with self.subTest(kind=kind, language=language, page=name):
                        response = self.get(page.url)
                        content = self.body(response)
                        self.assertNotIn(marker(kind, language), content)
                        if kind == "password":
                            self.assertEqual(response.status_code, 200)
                            self.assertIn('name="password"', content)
                        else:
                            self.assertEqual(response.status_code, 302)
                            self.assertIn("login", response["Location"])

    def test_a_restriction_on_an_ancestor_hides_the_descendants(self):
        for kind in KINDS:
            for language in LANGUAGES:
                tree = self.trees[language]
                village = tree["open_village"]
                with self.subTest(kind=kind, language=language):
                    restriction = restrict(
                        tree["villages"], kind, Group.objects.get(name="Members")
                    )
                    title = f"Open village {language}"
                    for path in (
                        f"/{language}/",
                        f"/{language}/routes/open-route/",
                        f"/{language}/events/",
                        f"/sitemap-{language}.xml",
                    ):
                        self.assertNotIn(title, self.body(self.get(path)), path)
                    sitemap = self.get(f"/sitemap-{language}.xml").content.decode()
                    self.assertNotIn(village.url, sitemap)
                    for path in (
                        f"/{language}/driver/village/{village.pk}/",
                        f"/go/{go_code(village)}",
                    ):
                        self.assertEqual(self.get_side(path).status_code, 404, path)
                    self.assertNotIn(title, self.body(self.get(village.url)))
                    restriction.delete()

    def test_signed_in_member_sees_the_page_but_side_routes_stay_closed(self):
        # Side routes are shared and cached: they hide private pages from everyone.
        from django.contrib.auth import get_user_model

        user = get_user_model().objects.create_user("member", password="x")
        user.groups.add(Group.objects.get(name="Members"))
        self.client.force_login(user)
        pages = self.trees["en"]["groups"]
        self.assertEqual(self.get(pages["village"].url).status_code, 200)
        self.assertEqual(self.get(f"/en/driver/village/{pages['village'].pk}/").status_code, 404)
        self.assertNotIn(marker("groups", "en"), self.body(self.get("/en/events/feed.ics")))


class PrivacyRuleTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        create_locales()
        cls.home = create_vi_home(title="Home vi")
        cls.villages = VillageIndexPageFactory(parent=cls.home)
        cls.village = VillagePageFactory(parent=cls.villages, slug="a")

    def test_public_live_pages_pass_and_private_ones_do_not(self):
        self.assertTrue(privacy.is_public(self.village))
        restrict(self.villages, "login")
        self.village.refresh_from_db()
        self.assertFalse(privacy.is_public(self.village))
        self.assertFalse(privacy.visible(Page.objects.filter(pk=self.village.pk)).exists())

    def test_unknown_restrictions_fail_closed(self):
        # A single page is judged from the cached list of restricted paths.
        with mock.patch("core.privacy.remember", side_effect=DatabaseError("gone")):
            self.assertFalse(privacy.is_public(self.village))
            self.assertTrue(privacy.is_restricted_path(self.village.path))

    def test_pages_that_cannot_be_judged_are_not_shown(self):
        for page in (None, Page(title="unsaved"), HomePage(pk=999999, live=True, path="")):
            with self.subTest(page=page):
                self.assertFalse(privacy.is_public(page))

    def test_an_alias_made_before_the_restriction_is_private_too(self):
        # Wagtail copies a page's restrictions to an alias only when the alias is made.
        alias = alias_page(self.village, "en")
        restrict(self.village, "password")
        alias.refresh_from_db()
        self.assertIsNone(privacy.public_source(alias))
        response = self.client.get(alias.url)
        self.assertEqual(response.status_code, 200)
        self.assertIn('name="password"', response.content.decode())
        self.assertEqual(self.client.get(f"/en/driver/village/{alias.pk}/").status_code, 404)

    def test_documents_in_a_restricted_collection_are_not_public(self):
        root = Collection.get_first_root_node()
        private = root.add_child(name="Members only")
        CollectionViewRestriction.objects.create(
            collection=private, restriction_type=CollectionViewRestriction.LOGIN
        )
        inner = private.add_child(name="Minutes")
        open_document = Document.objects.create(title="Map", collection=root)
        for collection in (private, inner):
            with self.subTest(collection=collection.name):
                document = Document.objects.create(title="Minutes", collection=collection)
                self.assertFalse(privacy.is_public_document(document))
        self.assertTrue(privacy.is_public_document(open_document))

    def test_a_listing_pays_no_query_per_private_section(self):
        for n in range(5):
            restrict(VillagePageFactory(parent=self.villages, slug=f"p{n}"), "login")
        # The restricted paths are read once per content generation (core.cache).
        self.assertEqual(len(privacy.restricted_paths()), 5)
        with self.assertNumQueries(1):
            shown = {page.slug for page in privacy.visible(Page.objects.all())}
        self.assertIn("a", shown)
        self.assertFalse(shown & {f"p{n}" for n in range(5)})


# --- Coverage: every route that shows page data is in the table ---------------------------

# URL names (as ``resolve`` names them) that show no page data, and why.
NO_PAGE_DATA = {
    "choose_language": "redirects to a language's home page",
    "healthz": "says whether the server works",
    "service_worker": "a script with the site's static URLs",
    "robots": "a fixed text file",
    "sitemap": "the index names each language's sitemap (in the table), no page",
    "my_day_share": "redirects to My day with the same query",
    "offline:page": "the offline page lists no page (its list is the visitor's own cache)",
    "offline:manifest": "names the site and its home URL",
    "wagtaildocs_serve": "documents: Wagtail's collection restriction check",
    "wagtaildocs_authenticate_with_password": "Wagtail's document password form",
    "wagtailcore_authenticate_with_password": "Wagtail's page password form",
    "wagtailcore_login": "Wagtail's login form",
    "media": "uploaded files (core.security.serve_upload), not pages",
    "wagtailadmin_password_reset": "the admin's rate-limited password reset form (accounts/)",
    "opendata_package": "a zip built from the open-data GeoJSON and JSON-LD builders, whose "
    "privacy tests/opendata/test_package.py checks in the unpacked files",
}


def url_names(patterns=None, namespace=None):
    """Every URL name of the project (unnamed patterns as "media"), less the admin."""
    patterns = get_resolver().url_patterns if patterns is None else patterns
    found = set()
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            if str(pattern.pattern).startswith("admin/"):
                continue
            # Nested namespaces as resolve() names them (wagtailapi:pages:detail).
            inner = ":".join(part for part in (namespace, pattern.namespace) if part) or None
            found |= url_names(pattern.url_patterns, inner)
        elif isinstance(pattern, URLPattern):
            name = pattern.name or "media"
            found.add(f"{namespace}:{name}" if namespace else name)
    return found


class RouteCoverageTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.trees, _ko = build_site()

    def test_every_route_that_shows_page_data_is_in_the_table(self):
        tree = self.trees["en"]
        paths = [build("en", tree) for build in LISTINGS.values()]
        paths += [side_path("en", name, tree["login"]) for name in SIDE_ROUTES]
        paths += [f"/en/go/{go_code(tree['login']['village'])}"]
        paths += [tree["login"][name].url for name in PAGES]
        covered = set()
        for path in paths:
            language = path.split("/")[1]
            with translation.override(language if len(language) == 2 else None):
                covered.add(resolve(re.sub(r"\?.*", "", path)).view_name)
        missing = url_names() - covered - set(NO_PAGE_DATA)
        self.assertEqual(missing, set(), "routes that show page data must be in the table")


class NoPageDataListTests(SimpleTestCase):
    def test_the_exemption_list_names_only_existing_routes(self):
        self.assertLessEqual(set(NO_PAGE_DATA), url_names())
