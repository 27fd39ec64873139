"""The plan as a URL: one compact, language-neutral query string.

``?v=1&d=2026-12-05&t=08:30&i=v12,a34,e7,s5.2`` is at once the address of the
My day page, its share link and what the browser keeps in localStorage, so the
server can render any plan without storing anything (docs/planner.md).

- ``v``: format version (``1``). Any other value is refused, not guessed.
- ``d``: the day, ISO ``YYYY-MM-DD`` (Hanoi calendar). ``t``: start time ``HH:MM``.
  Without ``d`` the day is today, or tomorrow once it is evening in Hanoi.
- ``o``: where the day starts (``ORIGINS``); left out for the Old Quarter.
- ``i``: the stops in order, comma-separated. Ids are those of the
  Vietnamese (source) pages and rows, so a link opens in any language:
  ``v<page>`` a village, ``a<attraction>`` a workshop or other attraction,
  ``e<page>`` an event, ``s<route page>.<n>`` the n-th stop (from 1) of a route.

A bad day or start time is repaired (with a notice); anything else wrong
(unknown version, malformed or oversized lists) is a ``PlanError``.
"""

import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

VERSION = "1"
HANOI = ZoneInfo("Asia/Ho_Chi_Minh")
MAX_ITEMS = 30
# About 30 items at their longest (``s1234567.12``) plus the date and time.
MAX_QUERY_LENGTH = 600
DEFAULT_START = time(8, 30)
# From this hour (Hanoi time) a day still to plan is tomorrow's: the workshops are closing.
EVENING = time(17, 0)
# Where a visitor's day starts: the areas most visitors stay in. The first leg,
# to the first stop, is counted from here (planner.services.ORIGIN_POINTS).
ORIGINS = {
    "old-quarter": _("the Old Quarter (Hoàn Kiếm Lake)"),
    "west-lake": _("West Lake (Tây Hồ)"),
    "french-quarter": _("the French Quarter (Opera House)"),
}
DEFAULT_ORIGIN = "old-quarter"
ITEM_RE = re.compile(
    r"^(?:(?P<kind>[vae])(?P<id>[1-9]\d{0,9})|s(?P<route>[1-9]\d{0,9})\.(?P<n>[1-9]\d?))$"
)
KINDS = {"v": "village", "a": "attraction", "e": "event", "s": "stop"}


class PlanError(ValueError):
    """A link that cannot be read: the message says why, in the visitor's language."""

    def __init__(self, message):
        super().__init__(str(message))
        self.message = message


@dataclass(frozen=True)
class Item:
    kind: str  # "village", "attraction", "event" or "stop"
    id: int  # the page or row id; for a stop, the route page id
    n: int | None = None  # the stop's position in its route, from 1

    @property
    def code(self):
        if self.kind == "stop":
            return f"s{self.id}.{self.n}"
        return f"{self.kind[0]}{self.id}"

    @classmethod
    def parse(cls, code):
        match = ITEM_RE.match(code)
        if match is None:
            raise PlanError(_("This link has an item we cannot read."))
        if match["route"]:
            return cls("stop", int(match["route"]), int(match["n"]))
        return cls(KINDS[match["kind"]], int(match["id"]))


@dataclass(frozen=True)
class Plan:
    day: date
    start: time = DEFAULT_START
    items: tuple = ()
    origin: str = DEFAULT_ORIGIN
    # Notices about what was repaired while reading the link (bad date or time).
    notices: tuple = field(default=(), compare=False)

    @property
    def codes(self):
        return ",".join(item.code for item in self.items)

    def query(self, items=None):
        """The canonical query string (no ``?``) of this plan, or of ``items`` on its day."""
        items = self.items if items is None else items
        params = {"v": VERSION, "d": self.day.isoformat(), "t": self.start.strftime("%H:%M")}
        if self.origin != DEFAULT_ORIGIN:
            params["o"] = self.origin
        if items:
            params["i"] = ",".join(item.code for item in items)
        return urlencode(params, safe=",:")

    def with_items(self, items):
        return replace(self, items=tuple(items))


def today_in_hanoi():
    return timezone.now().astimezone(HANOI).date()


def is_evening(now=None):
    """Whether it is past ``EVENING`` in Hanoi: a new plan is then for tomorrow."""
    return (now or timezone.now()).astimezone(HANOI).time() >= EVENING


def parse(params, raw_query=""):
    """A ``Plan`` from request parameters (a QueryDict or a dict of strings)."""
    if len(raw_query) > MAX_QUERY_LENGTH:
        raise PlanError(_("This link is too long to be a plan for one day."))
    version = params.get("v")
    has_plan = any(params.get(name) for name in ("d", "t", "i", "o"))
    if version is None and has_plan:
        raise PlanError(_("This link is incomplete: it does not say which format it uses."))
    if version is not None and version != VERSION:
        raise PlanError(_("This link was made for another version of the planner."))
    notices = []
    raw_day = params.get("d") or ""
    day = today_in_hanoi()
    if not raw_day and is_evening():
        day += timedelta(days=1)
        notices.append(_("It is evening in Hanoi: this day is planned for tomorrow."))
    if raw_day:
        try:
            parsed = date.fromisoformat(raw_day) if len(raw_day) == 10 else None
        except ValueError:
            parsed = None
        if parsed is None or not 2000 <= parsed.year <= 2100:
            notices.append(
                _("The date in this link is not valid; the plan is shown for today in Hanoi.")
            )
        else:
            day = parsed
    start = DEFAULT_START
    raw_start = params.get("t") or ""
    if raw_start:
        try:
            start = datetime.strptime(raw_start, "%H:%M").time() if len(raw_start) == 5 else None
        except ValueError:
            start = None
        if start is None:
            start = DEFAULT_START
            notices.append(
                _("The start time in this link is not valid; the day starts at 8:30 instead.")
            )
    origin = params.get("o") or DEFAULT_ORIGIN
    if origin not in ORIGINS:
        origin = DEFAULT_ORIGIN
        notices.append(
            _("The starting place in this link is not known; the day starts from the Old Quarter.")
        )
    raw_items = params.get("i") or ""
    codes = [code for code in raw_items.split(",") if code] if raw_items else []
    if len(codes) > MAX_ITEMS:
        raise PlanError(_("This link has more stops than one day can hold."))
    items = []
    for code in codes:
        item = Item.parse(code)
        # A stop twice is a slip (a double tap), not a plan.
        if item not in items:
            items.append(item)
    return Plan(day=day, start=start, items=tuple(items), origin=origin, notices=tuple(notices))


def apply_operation(plan, operation):
    """The plan after a no-JavaScript button: ``up:N``, ``down:N``, ``remove:N``, ``clear``.

    ``N`` is the item's position from 0. Unknown operations change nothing.
    """
    items = list(plan.items)
    name, _sep, argument = (operation or "").partition(":")
    if name == "clear":
        return plan.with_items([])
    if not argument.isdigit() or int(argument) >= len(items):
        return plan
    index = int(argument)
    if name == "remove":
        del items[index]
    elif name == "up" and index > 0:
        items[index - 1], items[index] = items[index], items[index - 1]
    elif name == "down" and index < len(items) - 1:
        items[index + 1], items[index] = items[index], items[index + 1]
    return plan.with_items(items)
