"""Getting there: what to show a driver, where a short link leads, what gets a QR code.

Three questions the pages and views ask, answered here so that views stay
thin and the route downloads (routes/downloads.py) share the same Vietnamese
names and addresses as the driver cards.
"""

from dataclasses import dataclass
from decimal import Decimal
from urllib.parse import quote

from django.apps import apps
from django.conf import settings
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.models import Site

from core import i18n, privacy
from core.routing import page_at

from . import codes

# Every place the site lists is in Hanoi; an address a driver reads ends with the city.
CITY_VI = "Hà Nội"
# The card speaks to the driver, so these are always Vietnamese, whatever
# language the visitor reads: content of the card, not interface strings.
DRIVER_PHRASES_VI = {
    "ask": "Xin vui lòng đưa tôi đến:",
    "coordinates": "Tọa độ GPS",
    "approximate": "Vị trí gần đúng: xin dừng ở cổng làng hoặc khu chợ.",
    "thanks": "Xin cảm ơn!",
    # Drivers still use the names from before 1 July 2025 (districts, old communes).
    "former": "Địa chỉ cũ (trước ngày 1/7/2025):",
    "unconfirmed": "Tên xã/phường mới chưa được xác nhận.",
}
# Where an attraction's QR code lands: the village page's "Things to see and do" section.
ATTRACTION_ANCHOR = "see-and-do"
# Page types that get a QR code, with the kind their code and sheet name them by.
# Events are listed only once an ``events`` app with an ``EventPage`` is installed.
QR_PAGE_MODELS = {
    "village": "villages.VillagePage",
    "route": "routes.RoutePage",
    "event": "events.EventPage",
}
KIND_LABELS = {
    "village": _("Village"),
    "attraction": _("Workshop or attraction"),
    "route": _("Route"),
    "event": _("Event"),
}


def vietnamese_address(*parts):
    """``xã Bát Tràng, huyện Gia Lâm, Hà Nội``: the parts given, then the city."""
    return ", ".join([part for part in parts if part] + [CITY_VI])


def village_address(village):
    """``(current, former)`` addresses of a village, in Vietnamese.

    The current one is the commune or ward and the city (just the city while the
    commune is unknown); the former one the commune and district drivers know.
    """
    return village.current_address_vi or CITY_VI, village.former_address_vi


def decimal_degrees(value):
    """Six decimals (about 10 cm), a dot as separator, whatever the reader's language."""
    return f"{Decimal(value):.6f}"


# --- Driver cards -----------------------------------------------------------------


@dataclass(frozen=True)
class Place:
    """One place as a Vietnamese driver needs it, and as the visitor knows it."""

    name_vi: str
    address_vi: str
    latitude: Decimal
    longitude: Decimal
    # The name in the reader's language (or the fallback it was found in).
    name: str
    name_language: str
    # The page the card belongs to, to go back to it.
    page_url: str
    approximate: bool = False
    # The address before 1 July 2025, and whether the current one is checked.
    former_address_vi: str = ""
    address_confirmed: bool = True

    @property
    def lat(self):
        return decimal_degrees(self.latitude)

    @property
    def lng(self):
        return decimal_degrees(self.longitude)

    @property
    def geo_uri(self):
        """RFC 5870 ``geo:`` URI; the ``q`` label is what Android's map apps pin."""
        return f"geo:{self.lat},{self.lng}?q={self.lat},{self.lng}({quote(self.name_vi)})"

    @property
    def map_url(self):
        """OpenStreetMap's own site: opens in any browser, needs no key or account."""
        return (
            f"https://www.openstreetmap.org/?mlat={self.lat}&mlon={self.lng}"
            f"#map=17/{self.lat}/{self.lng}"
        )


def driver_place(kind, pk, language):
    """The ``Place`` behind ``/<language>/driver/<kind>/<pk>/``, or None.

    Unknown ids, unpublished pages and unknown kinds all give None (a 404).
    """
    if kind == "village":
        return _village_place(pk, language)
    if kind == "stop":
        return _stop_place(pk, language)
    if kind == "event" and "event" in qr_page_models():
        return _event_place(pk, language)
    return None


def _village_place(pk, language):
    from villages.models import VillagePage

    # An alias shows its source's content: the card is the source's.
    page = privacy.public_source(VillagePage.objects.filter(pk=pk).first())
    if page is None:
        return None
    shown = i18n.localized_list([page], i18n.locale_for(language), specific=True)
    shown = shown[0] if shown else page
    current, former = village_address(page)
    return Place(
        name_vi=page.vietnamese_name,
        address_vi=current,
        former_address_vi=former,
        address_confirmed=page.address_confirmed,
        latitude=page.latitude,
        longitude=page.longitude,
        name=shown.title,
        name_language=getattr(shown, "shown_language", page.locale.language_code),
        page_url=shown.get_url(),
        approximate=page.location_approximate,
    )


def _stop_language(stop):
    return stop.page.locale.language_code


def _version_in(versions, language, default, language_of=None):
    """The version of one page a reader of ``language`` sees (``core.i18n.best_versions``)."""
    options = {"language_of": language_of} if language_of else {}
    return i18n.best_versions(versions, language, **options).get(default.translation_key, default)


def _stop_place(pk, language):
    from routes.models import RouteStop

    stop = RouteStop.objects.filter(pk=pk).select_related("page", "page__locale").first()
    # A stop of an alias route (its own copy of the stops) is shown when the
    # alias and its source may be.
    if stop is None or privacy.public_source(stop.page) is None:
        return None
    if stop.village_id:
        # A village stop is the village: its card has the full address.
        return _village_place(stop.village_id, language)
    if stop.latitude is None or stop.longitude is None:
        return None
    versions = list(
        privacy.visible(
            RouteStop.objects.filter(translation_key=stop.translation_key), prefix="page__"
        ).select_related("page", "page__locale")
    )
    vietnamese = next(
        (version for version in versions if _stop_language(version) == settings.LANGUAGE_CODE),
        stop,
    )
    shown = _version_in(versions, language, stop, _stop_language)
    return Place(
        name_vi=vietnamese.place_name,
        address_vi=vietnamese_address(),
        latitude=stop.latitude,
        longitude=stop.longitude,
        name=shown.place_name,
        name_language=shown.page.locale.language_code,
        page_url=shown.page.get_url(),
    )


def _event_place(pk, language):
    """An event's venue, when it is in Vietnam and the page says where."""
    model = qr_page_models()["event"]
    page = privacy.public_source(model.objects.filter(pk=pk).first())
    if page is None or page.venue_country != "VN" or page.venue_latitude is None:
        return None
    versions = list(
        privacy.visible(model.objects.filter(translation_key=page.translation_key)).select_related(
            "locale"
        )
    )
    vietnamese = next(
        (version for version in versions if version.locale.language_code == settings.LANGUAGE_CODE),
        page,
    )
    shown = _version_in(versions, language, page)
    # The address is written as on the spot, city included.
    return Place(
        name_vi=vietnamese.venue_name,
        address_vi=page.venue_address or vietnamese_address(),
        latitude=page.venue_latitude,
        longitude=page.venue_longitude,
        name=shown.title,
        name_language=shown.locale.language_code,
        page_url=shown.get_url(),
    )


@dataclass(frozen=True)
class StopInVietnamese:
    name: str
    address: str


def vietnamese_stops(route, stops, names=None):
    """``{stop.pk: StopInVietnamese}`` for a route's stops: one query at most.

    ``names``: the Vietnamese names of named places, already read for many
    routes at once (``RoutePage.prefetch_stop_lists``): no query then.

    Village stops carry their Vietnamese name and address (synchronised in
    every language); a named place ("Hoàn Kiếm Lake") is named in Vietnamese
    on the Vietnamese route's own stop.
    """
    places = [stop for stop in stops if not stop.village_id]
    if names is None and places and route.locale.language_code != settings.LANGUAGE_CODE:
        from routes.models import RouteStop

        names = dict(
            RouteStop.objects.filter(
                translation_key__in=[stop.translation_key for stop in places],
                locale__language_code=settings.LANGUAGE_CODE,
            ).values_list("translation_key", "place_name")
        )
    result = {}
    for stop in stops:
        if stop.village_id:
            village = stop.village
            current, former = village_address(village)
            result[stop.pk] = StopInVietnamese(
                name=village.vietnamese_name,
                address=f"{current} (trước đây: {former})" if former else current,
            )
        else:
            result[stop.pk] = StopInVietnamese(
                name=(names or {}).get(stop.translation_key) or stop.place_name,
                address=vietnamese_address(),
            )
    return result


# --- Route downloads --------------------------------------------------------------


def find_route(request, path):
    """The route page at ``path`` in the request's language, if it may be shown, or None.

    Found by its place in the language's tree (``core.routing``), as Wagtail
    serves the page itself, so the files follow the route wherever editors
    move it: one query, whatever its depth.
    """
    from routes.models import RoutePage

    site = Site.find_for_request(request)
    if site is None:
        return None
    page = page_at(site, translation.get_language(), path, model=RoutePage)
    # An alias route serves its source's content from its own copy of the stops.
    return page if privacy.public_source(page) is not None else None


# --- Short links ------------------------------------------------------------------


def qr_page_models():
    """``{kind: model}`` of the installed page types that get QR codes."""
    found = {}
    for kind, label in QR_PAGE_MODELS.items():
        app_label, model_name = label.split(".")
        if apps.is_installed(app_label):
            try:
                found[kind] = apps.get_model(app_label, model_name)
            except LookupError:
                continue
    return found


@dataclass(frozen=True)
class ShortLinkTarget:
    translations: list
    anchor: str = ""

    def best(self, accept_language, preferred=None):
        """The translation to send a scanner to, or None when nothing is live.

        ``preferred`` (a language-prefixed short link) first, then the best of
        Accept-Language, then English, then Vietnamese, then whatever exists.
        """
        by_code = {version.language_code: version for version in self.translations}
        if not by_code:
            return None
        code = preferred if preferred in by_code else None
        code = code or i18n.negotiate_language(accept_language, by_code)
        return i18n.best_of(by_code, code or settings.FALLBACK_LANGUAGE_CODE)

    def url_for(self, version):
        return f"{version.url}#{self.anchor}" if self.anchor else version.url


def short_link_target(code):
    """Where ``/go/<code>`` leads: the translations of its page that may be shown."""
    decoded = codes.decode(code)
    if decoded is None:
        return None
    kind, pk = decoded
    if kind == codes.PAGE:
        from django.contrib.contenttypes.models import ContentType
        from wagtail.models import Page

        types = ContentType.objects.get_for_models(*qr_page_models().values()).values()
        page = Page.objects.filter(pk=pk, content_type__in=types).first()
        anchor = ""
    else:
        from villages.models import Attraction

        attraction = Attraction.objects.filter(pk=pk).select_related("page").first()
        page = attraction.page if attraction is not None else None
        anchor = ATTRACTION_ANCHOR
    if page is None:
        return None
    return ShortLinkTarget(translations=i18n.real_translations(page), anchor=anchor)


def short_url(code, root_url):
    from django.urls import reverse

    return f"{root_url.rstrip('/')}{reverse('short_link', args=[code])}"


# --- What gets a QR code ------------------------------------------------------------


@dataclass(frozen=True)
class QrTarget:
    kind: str
    code: str
    # In Vietnamese: the sheet is printed for places in Vietnam.
    title: str
    detail: str
    live: bool
    page_id: int
    short_url: str

    @property
    def kind_label(self):
        return KIND_LABELS[self.kind]

    @cached_property
    def svg(self):
        from . import qr

        return qr.svg(self.short_url, title=self.short_url)


def qr_targets(root_url, kind=None, page_id=None):
    """Every village, attraction, route and event of the Vietnamese tree, with its code.

    Villages come each followed by their attractions, then routes, then
    events. One query per kind, whatever the number of pages. ``page_id``
    keeps one page (and, for a village, its attractions).
    """
    from villages.models import Attraction

    locale = i18n.default_locale()
    models = qr_page_models()
    # Attractions are listed under their village, so they need the villages too.
    wanted = {"village"} if kind == "attraction" else ({kind} if kind else set(models))
    pages = {}
    for page_kind, model in models.items():
        if page_kind not in wanted:
            continue
        queryset = model.objects.filter(locale=locale, alias_of__isnull=True)
        if page_id is not None:
            queryset = queryset.filter(pk=page_id)
        pages[page_kind] = list(queryset.defer_streamfields().order_by("title"))
    attractions = {}
    if "village" in pages and kind in (None, "village", "attraction"):
        queryset = Attraction.objects.filter(page__locale=locale, page__alias_of__isnull=True)
        if page_id is not None:
            queryset = queryset.filter(page_id=page_id)
        for attraction in queryset.order_by("page_id", "sort_order"):
            attractions.setdefault(attraction.page_id, []).append(attraction)

    def page_target(page_kind, page, detail=""):
        code = codes.encode(codes.PAGE, page.pk)
        return QrTarget(
            kind=page_kind,
            code=code,
            title=page.title,
            detail=detail,
            live=page.live,
            page_id=page.pk,
            short_url=short_url(code, root_url),
        )

    targets = []
    for village in pages.get("village", []):
        if kind in (None, "village"):
            targets.append(page_target("village", village, village.vietnamese_name))
        if kind in (None, "village", "attraction"):
            for attraction in attractions.get(village.pk, []):
                code = codes.encode(codes.ATTRACTION, attraction.pk)
                targets.append(
                    QrTarget(
                        kind="attraction",
                        code=code,
                        title=attraction.name,
                        detail=village.vietnamese_name,
                        live=village.live,
                        page_id=village.pk,
                        short_url=short_url(code, root_url),
                    )
                )
    for page_kind in ("route", "event"):
        if kind in (None, page_kind):
            targets.extend(page_target(page_kind, page) for page in pages.get(page_kind, []))
    return targets
