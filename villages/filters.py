"""The village index filters: parsed from the URL, applied in one query.

Every filter lives in the query string (``?craft=ceramics&experience=museum
&access=step-free&distance=15``), so a filtered list can be bookmarked,
shared and cached per URL, and the form works without JavaScript. Filters
combine with AND; a value the site does not know is a 404 naming it, as the
craft filter always did, never a 500.

Accessibility answers are read from the village and from its attractions: a
village "has step-free access" when the village as a whole, or at least one of
its attractions (a museum, a workshop), says yes.
"""

from dataclasses import dataclass, field
from decimal import Decimal
from urllib.parse import urlencode

from django.db.models import Exists, OuterRef, Q
from django.http import Http404
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from core.query import PAGE, QueryParameter, split_known

from .models.access import Answer, StepFree
from .models.parts import Attraction

# Longest value worth echoing back in a message.
ECHO = 40

# value → (label, field on the village and attraction, the answer it needs)
ACCESS_OPTIONS = {
    "step-free": (_("Step-free access"), "step_free", StepFree.YES),
    "toilet": (_("Accessible toilet"), "accessible_toilet", Answer.YES),
    "seating": (_("Seating and rest spots"), "seating", Answer.YES),
}

# value (km) → label
DISTANCE_OPTIONS = {
    "10": _("Up to 10 km"),
    "15": _("Up to 15 km"),
    "25": _("Up to 25 km"),
}


def experience_options():
    return dict(Attraction.Kind.choices)


# What the village index reads, in the order its links write it (query_items, then the page).
QUERY_PARAMETERS = (
    QueryParameter("craft"),
    QueryParameter("experience", many=True, order=lambda: experience_options()),
    QueryParameter("access", many=True, order=lambda: ACCESS_OPTIONS),
    QueryParameter("distance"),
    PAGE,
)


@dataclass
class VillageFilters:
    craft: object = None  # a Craft in the reader's language
    experiences: list = field(default_factory=list)
    access: list = field(default_factory=list)
    distance: str = ""

    @classmethod
    def from_query(cls, query, crafts):
        """Read ``request.GET``; raise Http404 with a clear message for any unknown value."""
        filters = cls()
        craft_slug = query.get("craft", "")
        if craft_slug:
            filters.craft = next((c for c in crafts.values() if c.slug == craft_slug), None)
            if filters.craft is None:
                raise Http404(
                    gettext("There is no craft called “%(craft)s”.") % {"craft": craft_slug[:80]}
                )
        filters.experiences = _choices(
            query.getlist("experience"),
            experience_options(),
            gettext("There is no experience called “%(value)s”."),
        )
        filters.access = _choices(
            query.getlist("access"),
            ACCESS_OPTIONS,
            gettext("There is no accessibility filter called “%(value)s”."),
        )
        distance = query.get("distance", "")
        if distance and distance not in DISTANCE_OPTIONS:
            raise Http404(
                gettext("“%(value)s” is not one of the distances this list offers.")
                % {"value": distance[:ECHO]}
            )
        filters.distance = distance
        return filters

    @property
    def active(self):
        return bool(self.craft or self.experiences or self.access or self.distance)

    def apply(self, villages):
        if self.craft is not None:
            villages = villages.filter(
                village_crafts__craft__translation_key=self.craft.translation_key
            )
        for kind in self.experiences:
            villages = villages.filter(
                Exists(Attraction.objects.filter(page=OuterRef("pk"), kind=kind))
            )
        for option in self.access:
            _label, name, answer = ACCESS_OPTIONS[option]
            villages = villages.filter(
                Q(**{name: answer})
                | Exists(Attraction.objects.filter(page=OuterRef("pk"), **{name: answer}))
            )
        if self.distance:
            villages = villages.filter(distance_km__lte=Decimal(self.distance))
        return villages

    def query_items(self):
        """The filters as ``(name, value)`` pairs, in a stable order."""
        items = []
        if self.craft is not None:
            items.append(("craft", self.craft.slug))
        items += [("experience", kind) for kind in self.experiences]
        items += [("access", option) for option in self.access]
        if self.distance:
            items.append(("distance", self.distance))
        return items

    @property
    def query(self):
        """The query string of the filters ("" when none), for pagination links."""
        return urlencode(self.query_items())

    @property
    def summary(self):
        """The chosen filters in words, for the result heading that screen readers hear."""
        labels = []
        if self.craft is not None:
            labels.append(self.craft.name)
        kinds = experience_options()
        labels += [str(kinds[kind]) for kind in self.experiences]
        labels += [str(ACCESS_OPTIONS[option][0]) for option in self.access]
        if self.distance:
            labels.append(str(DISTANCE_OPTIONS[self.distance]))
        return labels


def _choices(values, options, message):
    """The known values among ``values`` (empty ones ignored), in the options' order."""
    chosen, unknown = split_known(values, options)
    if unknown:
        raise Http404(message % {"value": min(unknown)[:ECHO]})
    return [value for value in options if value in chosen]


def form_options(filters, crafts):
    """What the filter form shows: every option with its checked state."""
    return {
        "crafts": [
            {"value": craft.slug, "label": craft.name, "selected": filters.craft == craft}
            for craft in sorted(crafts.values(), key=lambda craft: craft.name)
        ],
        "experiences": [
            {"value": value, "label": label, "selected": value in filters.experiences}
            for value, label in experience_options().items()
        ],
        "access": [
            {"value": value, "label": label, "selected": value in filters.access}
            for value, (label, _name, _answer) in ACCESS_OPTIONS.items()
        ],
        "distances": [
            {"value": value, "label": label, "selected": value == filters.distance}
            for value, label in DISTANCE_OPTIONS.items()
        ],
    }
