"""Every sourced figure of the demo names the article that says it, at the precision it gives.

The four articles of the content brief are in ``../shared/sources/`` beside the
project (``SOURCES_DIR`` overrides it); ``SOURCES`` says what each one gives:
the publication date, to the day, except The Hanoi Times, which gives a month.
A figure is checked against the text of the article it names: a figure that
the article does not contain (as digits, or as a word for small numbers) is
credited to the wrong source. A day is only shown when the article is dated
that day or writes that day.
"""

import datetime
import os
import re
from pathlib import Path

import pytest
from django.conf import settings

from demo import sources

SOURCES_DIR = Path(
    os.environ.get("SOURCES_DIR", Path(settings.BASE_DIR).parent / "shared" / "sources")
)
if not SOURCES_DIR.is_dir():  # a worktree sits one level deeper than the main checkout
    SOURCES_DIR = Path("/work/shared/sources")

# name on the site → (file in SOURCES_DIR, publication date, precision of that date)
SOURCES = {
    "Hanoi news": ("2025-02-21-hanoi-news-handicraft-exports.txt", "2025-02-21", "day"),
    "Viet Nam News": ("2025-05-20-viet-nam-news-ocop-craft-villages.txt", "2025-05-20", "day"),
    "Vietnam Business Forum": (
        "2025-11-03-vietnam-business-forum-craft-villages-plan.txt",
        "2025-11-03",
        "day",
    ),
    "The Hanoi Times": (
        "2025-12-the-hanoi-times-bat-trang-ocop-exhibition.txt",
        "2025-12",
        "month",
    ),
}
WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 9: "nine", 11: "eleven"}
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def article(name):
    return (SOURCES_DIR / SOURCES[name][0]).read_text(encoding="utf-8")


def says_figure(text, value):
    """Whether ``text`` gives ``value``: 1350 as “1,350”, 24 in “VND24 trillion”, 2 as “two”."""
    number = int(value) if float(value).is_integer() else value
    digits = f"{number:,}" if isinstance(number, int) else str(number)
    if re.search(rf"(?<![\d,.]){re.escape(digits)}(?![\d]|,\d)", text):
        return True
    word = WORDS.get(number)
    return bool(word and re.search(rf"\b{word}\b", text, re.I))


def says_day(text, day):
    month = MONTHS[day.month - 1]
    return bool(
        re.search(
            rf"\b{month} {day.day}\b|\b{day.day} {month}\b|\b{month[:3]}\.? {day.day}\b", text
        )
    )


def fact_items():
    """(label, fact dict) of every dated figure: village facts, home figures, fact blocks."""
    found = []
    for kind in sources.PAGE_KINDS:
        for item in sources.items(kind):
            data = item.data
            for fact in data.get("facts") or []:
                found.append((f"{item.label} facts {fact['id']}", fact))
            for fact in data.get("figures") or []:
                found.append((f"{item.label} figures {fact['id']}", fact))
            for block in data.get("body") or []:
                if "fact" in block:
                    found.append((f"{item.label} body {block['id']}", block["fact"]))
    return found


FACTS = fact_items()


def test_the_source_articles_are_there():
    for name in SOURCES:
        assert article(name), name


def test_the_demo_has_facts_to_check():
    assert len(FACTS) >= 20


@pytest.mark.parametrize(("label", "fact"), FACTS, ids=[label for label, _ in FACTS])
def test_each_figure_is_in_the_article_it_names(label, fact):
    assert fact["source_name"] in SOURCES, f"{label}: unknown source {fact['source_name']!r}"
    text = article(fact["source_name"])
    assert says_figure(text, float(fact["value"])), (
        f"{label}: {fact['value']} is not in {fact['source_name']}"
    )
    if fact.get("value_to") not in (None, ""):
        assert says_figure(text, float(fact["value_to"])), label


@pytest.mark.parametrize(("label", "fact"), FACTS, ids=[label for label, _ in FACTS])
def test_each_date_has_the_precision_its_source_gives(label, fact):
    _file, published, precision = SOURCES[fact["source_name"]]
    as_of = datetime.date.fromisoformat(fact["as_of"])
    shown = fact.get("precision", "day")
    if precision == "month":
        # The article gives a month: the site shows that month, never a day.
        assert shown in ("month", "year"), f"{label}: {fact['source_name']} gives no day"
        assert fact.get("source_date") in (None, ""), f"{label}: invented source day"
        assert as_of.strftime("%Y-%m") == published, label
        return
    published = datetime.date.fromisoformat(published)
    assert as_of <= published, f"{label}: as of a date after the article"
    if fact.get("source_date"):
        assert datetime.date.fromisoformat(fact["source_date"]) == published, label
    if shown == "day":
        assert as_of == published or says_day(article(fact["source_name"]), as_of), (
            f"{label}: {as_of} is a day {fact['source_name']} never gives"
        )


def test_recognitions_and_events_name_one_of_the_four_sources():
    checked = 0
    for item in sources.items("villages"):
        for recognition in item.data.get("recognitions") or []:
            assert recognition["source_name"] in SOURCES, item.label
            if recognition.get("date"):
                day = datetime.date.fromisoformat(recognition["date"])
                assert says_day(article(recognition["source_name"]), day), item.label
            checked += 1
    for item in sources.items("events"):
        data = item.data
        if data["is_demo"]:
            assert not data["source_name"], f"{item.label}: a sample event cites no source"
            continue
        assert data["source_name"] in SOURCES, item.label
        text = article(data["source_name"])
        start = datetime.date.fromisoformat(data["start_date"])
        assert says_day(text, start), f"{item.label}: {start} is not in {data['source_name']}"
        if data.get("source_date"):
            _file, published, _precision = SOURCES[data["source_name"]]
            assert data["source_date"] == published, item.label
        checked += 1
    assert checked >= 5


# --- Addresses: two levels of local government since 1 July 2025 -----------------
# content-brief.md: certain are Bát Tràng commune and Kim Lan in it; "as far as we
# know" (so still to be confirmed) Quảng An → Tây Hồ ward and Vạn Phúc → Hà Đông ward.
CONFIRMED_ADDRESSES = {"bat-trang": "xã Bát Tràng", "kim-lan": "xã Bát Tràng"}


def test_village_addresses_follow_the_two_level_administration():
    villages = {item.data["slug"]: item.data for item in sources.items("villages")}
    assert "district" not in set().union(*villages.values())
    for slug, data in villages.items():
        assert not re.match(r"(huyện|quận|thị xã) ", data.get("commune", "")), slug
        assert re.match(r"(huyện|quận|thị xã) ", data["former_district"]), slug
        assert data.get("address_confirmed", False) == (slug in CONFIRMED_ADDRESSES), slug
        if slug in CONFIRMED_ADDRESSES:
            assert data["commune"] == CONFIRMED_ADDRESSES[slug]
    assert villages["quang-an"]["commune"] == "phường Tây Hồ"
    assert villages["van-phuc"]["commune"] == "phường Hà Đông"
    # Hạ Thái is in Duyên Thái commune; the source's "Duyen Ha" is kept only in the editors' note.
    ha_thai = villages["ha-thai"]
    assert (ha_thai["vietnamese_name"], ha_thai["title"]) == ("Hạ Thái", "Hạ Thái")
    assert ha_thai["former_commune"] == "xã Duyên Thái"
    assert "Duyen Ha" in ha_thai["address_note"]


def test_no_page_repeats_a_wrong_place_name():
    wrong = re.compile(
        r"Hà Thái|Duyên Hà|bờ tây Hồ Tây|western shore|rive ouest|sponda occidentale"
    )
    for kind in sources.PAGE_KINDS:
        for item in sources.items(kind):
            texts = [item.path.read_text(encoding="utf-8")]
            texts += [path.read_text(encoding="utf-8") for path in item.po_files().values()]
            for text in texts:
                # The editors' note quotes the source's error on purpose.
                text = re.sub(r"^address_note: .*$", "", text, flags=re.M)
                assert not wrong.search(text), item.label


def test_distances_say_how_they_were_measured():
    """A village measured as the crow flies says so in its taxi notes; by road it gives the leg."""
    for item in sources.items("villages"):
        data = item.data
        basis = data.get("distance_basis", "road")
        assert basis in ("road", "straight"), item.label
        taxi = [leg for leg in data.get("transport") or [] if leg["mode"] == "taxi"]
        if basis == "straight":
            assert all(leg.get("distance_km") in (None, "") for leg in taxi), item.label
            assert all("đường chim bay" in leg["notes"] for leg in taxi), item.label
        else:
            assert all("đường chim bay" not in leg["notes"] for leg in taxi), item.label
