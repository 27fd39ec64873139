"""A small site in four languages (vi, en, fr, ja) with every page type, for the API tests.

Each language has its own tree built with the factories (the same
translation keys, so the pages are each other's translations), plus, in
Vietnamese: a private village (login restriction), a draft village, a sample
event, a sample producer with its product, and an alias in Korean.
"""

import datetime

from wagtail.models import Page, PageViewRestriction

from events.factories import EventIndexPageFactory, EventPageFactory
from home.factories import HomeFigureFactory, HomePageFactory, StandardPageFactory
from products.factories import (
    OcopCertificateFactory,
    ProducerFactFactory,
    ProducerPageFactory,
    ProductIndexPageFactory,
    ProductPageFactory,
    TradeFairFactory,
)
from routes.factories import RouteIndexPageFactory, RoutePageFactory, RouteStopFactory
from stories.factories import StoryIndexPageFactory, StoryPageFactory
from tests.utils import alias_page, create_locales, create_vi_home
from villages.factories import (
    CraftFactory,
    OpeningExceptionFactory,
    OpeningHoursFactory,
    VillageFactFactory,
    VillageIndexPageFactory,
    VillagePageFactory,
)

LANGUAGES = ("vi", "en", "fr", "ja")
UPCOMING = datetime.date.today() + datetime.timedelta(days=20)


def build_tree(language, home, keys, craft):
    """Every page type under ``home``; ``keys`` shares translation keys across languages."""
    locale = home.locale
    pages = {"home": home}

    def key(name):
        return {"translation_key": keys[name]} if name in keys else {}

    def made(name, page):
        keys.setdefault(name, page.translation_key)
        pages[name] = page
        return page

    villages = made(
        "villages", VillageIndexPageFactory(parent=home, locale=locale, **key("villages"))
    )
    village = made(
        "village",
        VillagePageFactory(
            parent=villages,
            locale=locale,
            title=f"Bat Trang {language}",
            slug="bat-trang",
            intro=f"# Not a heading *{language}*",
            crafts=[craft],
            hours_confirmed=False,
            body=[("paragraph", "<p>Pottery <b>since</b> the 14th century.</p>")],
            **key("village"),
        ),
    )
    OpeningHoursFactory(page=village, weekday=0, opens="08:00", closes="17:30")
    OpeningHoursFactory(page=village, weekday=1, opens="08:30", closes="12:00")
    OpeningExceptionFactory(page=village, reason=f"Tết {language}")
    VillageFactFactory(page=village)
    producer = made(
        "producer",
        ProducerPageFactory(parent=village, locale=locale, slug="co-op", **key("producer")),
    )
    ProducerFactFactory(page=producer)
    TradeFairFactory(page=producer)
    product = made(
        "product",
        ProductPageFactory(
            parent=producer, locale=locale, slug="tea-set", craft=craft, **key("product")
        ),
    )
    OcopCertificateFactory(page=product, rating="4", decision_date=datetime.date(2023, 6, 1))
    OcopCertificateFactory(
        page=product, rating="5", level="national", decision_date=datetime.date(2025, 3, 1)
    )
    made("products", ProductIndexPageFactory(parent=home, locale=locale, **key("products")))
    stories = made("stories", StoryIndexPageFactory(parent=home, locale=locale, **key("stories")))
    made(
        "story",
        StoryPageFactory(
            parent=stories, locale=locale, slug="clay", villages=[village], **key("story")
        ),
    )
    routes = made("routes", RouteIndexPageFactory(parent=home, locale=locale, **key("routes")))
    route = made(
        "route",
        RoutePageFactory(parent=routes, locale=locale, slug="river-day", **key("route")),
    )
    RouteStopFactory(page=route, locale=locale, place_name="Hoan Kiem", minutes_here=20)
    RouteStopFactory(
        page=route,
        locale=locale,
        village=village,
        place_name="",
        minutes_here=90,
        leg_minutes=None,
        leg_km=None,
    )
    events = made("events", EventIndexPageFactory(parent=home, locale=locale, **key("events")))
    made(
        "event",
        EventPageFactory(
            parent=events,
            locale=locale,
            slug="fair",
            start_date=UPCOMING,
            end_date=UPCOMING,
            villages=[village],
            **key("event"),
        ),
    )
    made(
        "standard", StandardPageFactory(parent=home, locale=locale, slug="about", **key("standard"))
    )
    HomeFigureFactory(page=home)
    return pages


def build_site():
    locales = create_locales()
    vi_home = create_vi_home(title="Home vi")
    craft = CraftFactory(name="Ceramics", slug="ceramics")
    keys = {}
    trees = {"vi": build_tree("vi", vi_home, keys, craft)}
    for language in LANGUAGES[1:]:
        home = HomePageFactory(
            parent=Page.get_first_root_node(),
            title=f"Home {language}",
            slug=f"home-{language}",
            locale=locales[language],
            translation_key=vi_home.translation_key,
        )
        trees[language] = build_tree(language, home, keys, craft)
    vi = trees["vi"]
    extra = {
        "private": VillagePageFactory(
            parent=vi["villages"], slug="private-village", title="SECRET"
        ),
        "draft": VillagePageFactory(parent=vi["villages"], slug="draft-village", live=False),
        "sample_event": EventPageFactory(
            parent=vi["events"],
            slug="sample-event",
            is_demo=True,
            start_date=UPCOMING,
            end_date=UPCOMING,
        ),
        "sample_producer": ProducerPageFactory(
            parent=vi["village"], slug="sample-co", is_sample=True
        ),
    }
    extra["sample_product"] = ProductPageFactory(
        parent=extra["sample_producer"], slug="sample-set", craft=craft
    )
    PageViewRestriction.objects.create(
        page=extra["private"], restriction_type=PageViewRestriction.LOGIN
    )
    extra["alias"] = alias_page(vi["standard"], "ko")
    extra["alias_home"] = extra["alias"].get_parent().specific
    return trees, extra
