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

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from urllib.parse import urlencode

from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from core.privacy import public_q
from core.query import PAGE, QueryParameter, split_known
from core.samples import samples_shown
from core.text import fold_vietnamese

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

QUERY_PARAMETERS = tuple(QueryParameter(name, many=True) for name in FACETS) + (PAGE,)


@dataclass
class Row:
    """What the facets read of one product."""

    pk: int
    title: str
    producer: object
    village: object
    certificate: object
    craft: object
    values: dict = field(default_factory=dict)  # facet name → set of values

    @property
    def order(self):
        stars = self.certificate.stars if self.certificate else 0
        potential = (
            self.certificate is not None and self.certificate.rating == Rating.POTENTIAL_FIVE
        )
        return (-stars, not potential, self.title.casefold())


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

    @property
    def has_choice(self):
        return any(option.selected for option in self.options)


class Catalogue:
    """The products live in ``locale``, the facets chosen in ``query``, their counts."""

    def __init__(self, locale, query):
        self.locale = locale
        self.rows = self._rows()
        self.labels = self._labels()
        self.selected, self.errors = self._read(query)
        self.results = sorted(
            (row for row in self.rows if self._matches(row)), key=lambda row: row.order
        )

    # --- Reading the database -------------------------------------------

    def _rows(self):
        from villages.models import Craft, VillagePage

        products = ProductPage.objects.filter(public_q(), locale=self.locale)
        if not samples_shown():
            products = products.filter(is_sample=False)
        # A product is listed only under a visible producer and village: fail closed.
        producers = {
            producer.path: producer
            for producer in ProducerPage.objects.filter(public_q(), locale=self.locale).only(
                "path", "title", "slug", "url_path", "locale_id", "is_sample"
            )
            if samples_shown() or not producer.is_sample
        }
        villages = {
            village.path: village
            for village in VillagePage.objects.filter(public_q(), locale=self.locale).only(
                "path", "title", "slug", "url_path", "locale_id"
            )
        }
        certificates = defaultdict(list)
        for certificate in OcopCertificate.objects.filter(page__in=products.values("pk")):
            certificates[certificate.page_id].append(certificate)
        crafts = Craft.by_translation_key(self.locale)
        self.crafts = crafts
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
            rows.append(
                Row(
                    pk=pk,
                    title=title,
                    producer=producer,
                    village=village,
                    certificate=certificate,
                    craft=craft,
                    values={
                        "craft": {craft.slug} if craft else set(),
                        "village": {village.slug},
                        "stars": {RATING_SLUG[certificate.rating]} if certificate else set(),
                        "market": set(markets),
                        "material": set(materials),
                        "group": {group} if group else set(),
                    },
                )
            )
        self.villages = villages
        return rows

    def _labels(self):
        """Every value each facet knows, with its label in the reader's language."""
        language = self.locale.language_code
        return {
            "craft": {craft.slug: craft.name for craft in self.crafts.values()},
            "village": {village.slug: village.title for village in self.villages.values()},
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

    def _matches(self, row, skip=None):
        return all(
            not chosen or row.values[name].intersection(chosen)
            for name, chosen in self.selected.items()
            if name != skip
        )

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
            counts = Counter()
            for row in self.rows:
                if self._matches(row, skip=name):
                    counts.update(row.values[name])
            chosen = self.selected[name]
            options = [
                Option(value, label, counts[value], value in chosen)
                for value, label in self.labels[name].items()
                if counts[value] or value in chosen
            ]
            if name in ("craft", "village", "material"):
                options.sort(key=lambda option: fold_vietnamese(option.label).casefold())
            elif name == "market":
                options.sort(key=lambda option: (-option.count, option.label))
            if options:
                facets.append(Facet(name, legend, options))
        return facets

    # --- The shown page ---------------------------------------------------

    def cards(self, rows):
        """The products of one page of results, loaded with what a card shows: one query."""
        rows = list(rows)
        pages = {
            page.pk: page
            for page in ProductPage.objects.filter(pk__in=[row.pk for row in rows])
            .select_related("hero_image", "locale")
            .prefetch_related("hero_image__renditions")
            .defer_streamfields()
        }
        cards = []
        for row in rows:
            page = pages.get(row.pk)
            if page is None:  # unpublished between the two queries
                continue
            page.card_producer = row.producer
            page.card_village = row.village
            page.card_certificate = row.certificate
            page.card_crafts = [row.craft.name] if row.craft else []
            cards.append(page)
        return cards
