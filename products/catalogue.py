"""The product catalogue: facets read from the URL, counted and applied in a few queries.

Every facet lives in the query string (``?craft=ceramics&stars=5&market=JP``),
so a filtered list can be bookmarked, shared and cached per URL, and the form
works without JavaScript. Values of one facet combine with OR (Japan or
Korea), facets with AND; each option's count is what the list would hold with
that option added, the other facets applied (the usual "disjunctive" counts).

Why in Python over a few light queries rather than one aggregate per facet:
export markets and materials are sets stored as text (ChoiceSetField), a
product's OCOP result is its newest certificate, and each facet is counted
with the others applied. The catalogue reads the facet columns of every
product live in the language (one query), their villages and producers (one
each) and their certificates (one), then loads the cards of the shown page
only. Five to seven queries for ten products or a thousand (bench/, tests).

A value the catalogue does not know (an old link, a typo) is named on the
page and ignored, and the page answers 400: never a 500, and what the other
facets match is still listed.
"""

from collections import defaultdict
from dataclasses import dataclass
from functools import cached_property, reduce
from operator import and_, or_
from urllib.parse import urlencode

from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from core.cache import remember
from core.privacy import public_q
from core.query import PAGE, QueryParameter, split_known
from core.samples import samples_shown
from core.text import fold_vietnamese

from . import ocop
from .markets import MARKETS, country_name
from .models import (
    Material,
    OcopCertificate,
    OcopGroup,
    ProducerPage,
    ProductPage,
    Rating,
    latest_certificate,
)

# Longest value worth echoing back in a message.
ECHO = 40

# URL value → OCOP result, best first ("4+" would be written %2B in a URL).
STARS = {
    "5": Rating.FIVE,
    "potential-5": Rating.POTENTIAL_FIVE,
    "4": Rating.FOUR,
    "3": Rating.THREE,
}
RATING_SLUG = {rating: slug for slug, rating in STARS.items()}

# name → legend, in the order the form shows them.
FACETS = {
    "craft": _("Craft"),
    "village": _("Village"),
    "stars": _("OCOP result"),
    "market": _("Export market"),
    "material": _("Material"),
    "group": _("OCOP product group"),
}

# Options one facet lists. The demo's longest list is eight villages; at a
# hundred times the demo, the village facet listed a hundred, a list no buyer
# reads on a phone, and its rendering was a third of the page's time
# (docs/performance.md).
MAX_FACET_OPTIONS = 12

QUERY_PARAMETERS = tuple(QueryParameter(name, many=True) for name in FACETS) + (PAGE,)


@dataclass
class Option:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class Facet:
    name: str
    legend: str
    options: list
    # Options left off the list (``MAX_FACET_OPTIONS``): the page says how many.
    more: int = 0

    @property
    def has_choice(self):
        return any(option.selected for option in self.options)


def most_products(options):
    """``(options, how many were left off)``: the ``MAX_FACET_OPTIONS`` with most products.

    A chosen option stays listed however few its products, so the form never
    drops a filter the buyer set (as the search page's village facet).
    """
    if len(options) <= MAX_FACET_OPTIONS:
        return options, 0
    ranked = sorted(options, key=lambda option: (-option.count, option.label))
    kept = ranked[:MAX_FACET_OPTIONS]
    kept += [option for option in ranked[MAX_FACET_OPTIONS:] if option.selected]
    return kept, len(options) - len(kept)


# --- The index: what the facets read of every product, kept per language ------


def product_index(locale):
    """Every listed product of ``locale`` as plain data, kept until content changes.

    ``{"products": [[pk, producer title, OCOP rating, craft name], ...]}`` best
    rated first, the village facet's labels, and ``bits``: for each facet
    value, the products that have it as the bits of one integer (bit ``i`` =
    ``products[i]``). A request then filters and counts with a few integer
    operations per facet value (``Catalogue``) instead of a pass over every
    product, so its work does not grow with the catalogue (docs/performance.md).
    """
    samples = samples_shown()
    return remember("product-catalogue", [locale.pk, samples], lambda: _build(locale, samples))


def _build(locale, samples):
    from villages.models import Craft, VillagePage

    products = ProductPage.objects.filter(public_q(), locale=locale)
    if not samples:
        products = products.filter(is_sample=False)
    # A product is listed only under a visible producer and village: fail closed.
    producers = {
        path: title
        for path, title, is_sample in ProducerPage.objects.filter(
            public_q(), locale=locale
        ).values_list("path", "title", "is_sample")
        if samples or not is_sample
    }
    villages = {
        path: (slug, title)
        for path, slug, title in VillagePage.objects.filter(public_q(), locale=locale)
        .order_by("path")
        .values_list("path", "slug", "title")
    }
    certificates = defaultdict(list)
    for certificate in OcopCertificate.objects.filter(page__in=products.values("pk")):
        certificates[certificate.page_id].append(certificate)
    crafts = Craft.by_translation_key(locale)
    rows = []
    columns = (
        "pk", "path", "title", "craft__translation_key", "ocop_group", "materials",
        "export_markets",
    )  # fmt: skip
    for pk, path, title, craft_key, group, materials, markets in products.values_list(*columns):
        producer = producers.get(path[: -Page.steplen])
        village = villages.get(path[: -2 * Page.steplen])
        if producer is None or village is None:
            continue
        certificate = latest_certificate(certificates.get(pk, []))
        craft = crafts.get(craft_key)
        stars = certificate.stars if certificate else 0
        potential = certificate is not None and certificate.rating == Rating.POTENTIAL_FIVE
        rows.append(
            {
                "order": (-stars, not potential, title.casefold()),
                "card": [
                    pk,
                    producer,
                    certificate.rating if certificate else "",
                    craft and craft.name,
                ],
                "values": {
                    "craft": [craft.slug] if craft else [],
                    "village": [village[0]],
                    "stars": [RATING_SLUG[certificate.rating]] if certificate else [],
                    "market": list(markets),
                    "material": list(materials),
                    "group": [group] if group else [],
                },
            }
        )
    rows.sort(key=lambda row: row["order"])
    bits = {name: defaultdict(int) for name in FACETS}
    for number, row in enumerate(rows):
        for name, values in row["values"].items():
            for value in values:
                bits[name][value] |= 1 << number
    return {
        "products": [row["card"] for row in rows],
        "bits": {name: dict(masks) for name, masks in bits.items()},
        "villages": dict(villages.values()),
    }


class Catalogue:
    """The products live in ``locale``, the facets chosen in ``query``, their counts."""

    def __init__(self, locale, query):
        self.locale = locale
        index = product_index(locale)
        self.products, self.bits = index["products"], index["bits"]
        self.labels = self._labels(index["villages"])
        self.selected, self.errors = self._read(query)
        # Per facet, the products its chosen values allow (all when none is chosen).
        everything = (1 << len(self.products)) - 1
        self.allowed = {
            name: reduce(or_, (self.bits[name].get(value, 0) for value in chosen), 0)
            if chosen
            else everything
            for name, chosen in self.selected.items()
        }
        shown = self._allowed()
        self.results = [
            product for number, product in enumerate(self.products) if shown >> number & 1
        ]

    def _allowed(self, skip=None):
        """The products every chosen facet allows, ``skip`` left out, as bits."""
        return reduce(and_, (mask for name, mask in self.allowed.items() if name != skip))

    def _labels(self, villages):
        """Every value each facet knows, with its label in the reader's language."""
        from villages.models import Craft

        language = self.locale.language_code
        return {
            "craft": {
                craft.slug: craft.name for craft in Craft.by_translation_key(self.locale).values()
            },
            "village": villages,
            "stars": {
                "5": gettext("5 stars"),
                "potential-5": gettext("4 stars, potential 5"),
                "4": gettext("4 stars"),
                "3": gettext("3 stars"),
            },
            "market": {code: country_name(code, language) for code in MARKETS},
            "material": {value: str(label) for value, label in Material.choices},
            "group": {value: str(label) for value, label in OcopGroup.choices},
        }

    # --- The query --------------------------------------------------------

    def _read(self, query):
        selected, errors = {}, []
        for name in FACETS:
            values = [value.strip() for value in query.getlist(name)]
            selected[name], unknown = split_known(values, self.labels[name])
            errors += [
                gettext("“%(value)s” is not a value of the filter “%(filter)s”.")
                % {"value": value[:ECHO], "filter": FACETS[name]}
                for value in unknown
            ]
        return selected, errors

    @property
    def active(self):
        return any(self.selected.values())

    def query_items(self, without=None):
        """The chosen values as ``(name, value)`` pairs; ``without`` = one pair left out."""
        return [
            (name, value)
            for name, chosen in self.selected.items()
            for value in chosen
            if (name, value) != without
        ]

    @cached_property
    def query(self):
        """The query string of the chosen facets, followed by "&" (for pagination links)."""
        items = self.query_items()
        return f"{urlencode(items)}&" if items else ""

    @cached_property
    def chosen(self):
        """The chosen values with their labels and the link that removes each one."""
        return [
            {
                "legend": FACETS[name],
                "label": self.labels[name][value],
                "remove": f"?{urlencode(self.query_items(without=(name, value)))}",
            }
            for name, value in self.query_items()
        ]

    @cached_property
    def summary(self):
        return [item["label"] for item in self.chosen]

    @cached_property
    def facets(self):
        """Each facet with the options worth offering: those that match, and those chosen."""
        facets = []
        for name, legend in FACETS.items():
            # What the list would hold with each value added: the other facets applied.
            others = self._allowed(skip=name)
            masks = self.bits[name]
            chosen = self.selected[name]
            options = []
            for value, label in self.labels[name].items():
                count = (others & masks.get(value, 0)).bit_count()
                if count or value in chosen:
                    options.append(Option(value, label, count, value in chosen))
            options, more = most_products(options)
            if name in ("craft", "village", "material"):
                options.sort(key=lambda option: fold_vietnamese(option.label).casefold())
            elif name == "market":
                options.sort(key=lambda option: (-option.count, option.label))
            if options:
                facets.append(Facet(name, legend, options, more))
        return facets

    # --- The shown page ---------------------------------------------------

    def cards(self, products):
        """The products of one page of results, loaded with what a card shows: one query."""
        products = list(products)
        pages = {
            page.pk: page
            for page in ProductPage.objects.filter(pk__in=[product[0] for product in products])
            .select_related("hero_image", "locale")
            .prefetch_related("hero_image__renditions")
            .defer_streamfields()
        }
        cards = []
        for pk, producer, rating, craft in products:
            page = pages.get(pk)
            if page is None:  # unpublished between the cache and the query
                continue
            page.card_producer = producer
            page.card_rating = ocop.rating_words(rating) if rating else ""
            page.card_crafts = [craft] if craft else []
            cards.append(page)
        return cards
