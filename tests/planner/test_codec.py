"""The plan's URL format: round trips, repairs and refusals (planner/codec.py)."""

from datetime import UTC, date, datetime, time

import pytest
from django.http import QueryDict
from django.utils import translation

from planner import codec
from planner.codec import Item, Plan, PlanError


@pytest.fixture(autouse=True)
def english():
    # The refusals are translated; these tests read the English source text.
    with translation.override("en"):
        yield


def parse(query):
    return codec.parse(QueryDict(query), query)


def test_round_trip_keeps_day_start_and_order():
    plan = Plan(
        day=date(2026, 12, 5),
        start=time(9, 15),
        items=(Item("village", 12), Item("attraction", 34), Item("event", 7), Item("stop", 5, 2)),
    )
    query = plan.query()
    assert query == "v=1&d=2026-12-05&t=09:15&i=v12,a34,e7,s5.2"
    assert parse(query) == plan


def test_missing_day_is_today_in_hanoi_without_a_notice(monkeypatch):
    monkeypatch.setattr(codec, "today_in_hanoi", lambda: date(2026, 12, 1))
    monkeypatch.setattr(codec, "is_evening", lambda: False)
    plan = parse("v=1&i=v3")
    assert plan.day == date(2026, 12, 1)
    assert plan.start == codec.DEFAULT_START
    assert plan.origin == codec.DEFAULT_ORIGIN
    assert plan.notices == ()


def test_in_the_evening_a_missing_day_is_tomorrow_and_says_so(monkeypatch):
    monkeypatch.setattr(codec, "today_in_hanoi", lambda: date(2026, 12, 31))
    monkeypatch.setattr(codec, "is_evening", lambda: True)
    plan = parse("v=1&i=v3")
    assert plan.day == date(2027, 1, 1)
    assert len(plan.notices) == 1
    assert "tomorrow" in str(plan.notices[0])
    # A day the link gives is kept, evening or not.
    assert parse("v=1&d=2026-12-31&i=v3").day == date(2026, 12, 31)


@pytest.mark.parametrize(
    ("utc", "evening"),
    [("09:59", False), ("10:00", True), ("16:59", True), ("17:00", False)],
)
def test_evening_is_from_five_in_the_afternoon_hanoi_time(utc, evening):
    # Hanoi is UTC+7: 10:00 UTC is 17:00 there, 17:00 UTC is midnight.
    hour, minute = map(int, utc.split(":"))
    now = datetime(2026, 12, 2, hour, minute, tzinfo=UTC)
    assert codec.is_evening(now) is evening


def test_the_starting_place_is_kept_in_the_link_and_a_bad_one_repaired():
    plan = parse("v=1&d=2026-12-05&o=west-lake&i=v3")
    assert plan.origin == "west-lake"
    assert "o=west-lake" in plan.query()
    assert "o=" not in parse("v=1&d=2026-12-05&i=v3").query()
    bad = parse("v=1&d=2026-12-05&o=../../etc&i=v3")
    assert bad.origin == codec.DEFAULT_ORIGIN
    assert len(bad.notices) == 1


@pytest.mark.parametrize("bad", ["2026-13-01", "2026-02-30", "yesterday", "26-12-05", "1850-01-01"])
def test_bad_date_gives_a_notice_and_today_in_hanoi(monkeypatch, bad):
    monkeypatch.setattr(codec, "today_in_hanoi", lambda: date(2026, 12, 1))
    plan = parse(f"v=1&d={bad}&i=v3")
    assert plan.day == date(2026, 12, 1)
    assert len(plan.notices) == 1
    assert "not valid" in str(plan.notices[0])


@pytest.mark.parametrize("bad", ["25:00", "8h30", "0830", "12:60"])
def test_bad_start_time_gives_a_notice_and_the_default(bad):
    plan = parse(f"v=1&d=2026-12-05&t={bad}&i=v3")
    assert plan.start == codec.DEFAULT_START
    assert len(plan.notices) == 1


@pytest.mark.parametrize(
    "query",
    [
        "v=1&i=x12",  # unknown kind
        "v=1&i=v0",  # ids start at 1
        "v=1&i=v12;DROP",  # tampered
        "v=1&i=s5",  # a stop needs its position
        "v=1&i=s5.0",
        "v=1&i=v12345678901",  # longer than any id
        "v=1&i=a1,,<script>",
    ],
)
def test_malformed_items_are_refused(query):
    with pytest.raises(PlanError) as error:
        parse(query)
    assert "cannot read" in str(error.value)


@pytest.mark.parametrize("version", ["2", "0", "1.1", "x", ""])
def test_another_version_is_refused(version):
    with pytest.raises(PlanError) as error:
        parse(f"v={version}&i=v12")
    assert "another version" in str(error.value)


def test_a_plan_without_its_version_is_refused():
    with pytest.raises(PlanError):
        parse("i=v12")


def test_more_items_than_the_cap_are_refused():
    codes = ",".join(f"v{n}" for n in range(1, codec.MAX_ITEMS + 2))
    with pytest.raises(PlanError) as error:
        parse(f"v=1&i={codes}")
    assert "more stops" in str(error.value)


def test_the_cap_itself_is_accepted():
    codes = ",".join(f"v{n}" for n in range(1, codec.MAX_ITEMS + 1))
    assert len(parse(f"v=1&i={codes}").items) == codec.MAX_ITEMS


def test_oversized_query_is_refused_before_reading():
    query = "v=1&i=v1&junk=" + "x" * codec.MAX_QUERY_LENGTH
    with pytest.raises(PlanError) as error:
        parse(query)
    assert "too long" in str(error.value)


def test_doubles_are_kept_once_in_first_place():
    assert parse("v=1&i=v1,v2,v1").codes == "v1,v2"


def test_empty_request_is_an_empty_plan():
    plan = parse("")
    assert plan.items == ()


@pytest.mark.parametrize(
    ("operation", "codes"),
    [
        ("up:1", "v2,v1,v3"),
        ("down:1", "v1,v3,v2"),
        ("remove:0", "v2,v3"),
        ("clear", ""),
        ("up:0", "v1,v2,v3"),  # already first
        ("down:2", "v1,v2,v3"),  # already last
        ("up:9", "v1,v2,v3"),  # no such item
        ("explode:1", "v1,v2,v3"),
    ],
)
def test_operations_of_the_no_javascript_buttons(operation, codes):
    plan = parse("v=1&d=2026-12-05&i=v1,v2,v3")
    assert codec.apply_operation(plan, operation).codes == codes
