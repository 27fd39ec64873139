"""Site search on the real demo content (``load_demo`` builds the index).

The table (tests/search/table.py) says, per language, which page must come
first for what a visitor types; the other tests read the results page itself.
"""

import re

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import Page

from search import services
from search.models import FruitlessSearch, SearchEntry
from tests.search.table import SEARCH_TABLE
from tests.utils import LANGUAGE_CODES
from villages.models import VillageIndexPage, VillagePage

pytestmark = pytest.mark.django_db

MINIMUM = {"vi": 30, "en": 10, "fr": 10, "it": 10, "ja": 10, "ko": 10}


def top_result(language, query):
    with translation.override(language):
        hits = services.search(query, language).hits
    return hits[0]["url"] if hits else None


def get(path):
    response = Client().get(path)
    return response, BeautifulSoup(response.content, "html.parser")


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_the_expected_page_comes_first(demo_site, language):
    rows = SEARCH_TABLE[language]
    assert len(rows) >= MINIMUM[language]
    wrong = [
        (query, expected, found)
        for query, expected in rows
        if (found := top_result(language, query)) != f"/{language}/{expected}"
    ]
    print(f"{language}: {len(rows) - len(wrong)}/{len(rows)} queries found their page first")  # noqa: T201
    assert wrong == []


def test_every_page_has_an_index_row(demo_site):
    pages = Page.objects.live().filter(depth__gt=1, alias_of__isnull=True).count()
    assert SearchEntry.objects.count() == pages


@pytest.mark.parametrize(
    ("language", "query"),
    [
        ("vi", "gom"),
        ("vi", "dong"),
        ("vi", "lua"),
        ("en", "gốm"),
        ("ja", "bat trang"),
        ("ko", "van phuc"),
    ],
)
def test_folded_and_vietnamese_names_find_pages_in_every_language(demo_site, language, query):
    with translation.override(language):
        hits = services.search(query, language).hits
    assert hits
    assert all(hit["language"] == language for hit in hits)


def test_the_japanese_village_is_found_by_its_vietnamese_name(demo_site):
    response, page = get("/ja/search/?q=bat+trang")
    first = page.select_one(".search-result")
    assert first.select_one("a")["href"] == "/ja/villages/bat-trang/"
    assert first.select_one(".search-result__vi")["lang"] == "vi"
    assert first.select_one(".search-result__vi").get_text() == "(Bát Tràng)"


def test_results_page_marks_the_match_and_says_noindex(demo_site):
    response, page = get("/vi/search/?q=bat+trang")
    assert response.status_code == 200
    assert response["X-Robots-Tag"] == "noindex"
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]
    assert page.select_one('meta[name="robots"]')["content"] == "noindex"
    first = page.select_one(".search-result__title a")
    assert [mark.get_text() for mark in first.select("mark")] == ["Bát", "Tràng"]
    assert page.select_one(".search-result__snippet mark") is not None


def test_type_facet_counts_link_with_the_query_and_can_be_removed(demo_site):
    _response, page = get("/en/search/?q=bat+trang")
    total = int(re.search(r"\d+", page.select_one(".search-page__summary").get_text()).group())
    facets = page.select(".search-facets ul")[0].select("a")
    counts = {a["href"]: int(re.search(r"\((\d+)\)", a.get_text()).group(1)) for a in facets}
    assert sum(counts.values()) == total
    story_link = next(href for href in counts if "type=story" in href)
    assert "q=bat+trang" in story_link
    _response, narrowed = get(f"/en/search/{story_link}")
    results = narrowed.select(".search-result")
    assert len(results) == min(counts[story_link], 10)
    assert all(
        r.select_one(".search-result__kind").get_text(strip=True) == "Story" for r in results
    )
    remove = narrowed.select_one(".search-page__chosen a")["href"]
    assert "type=" not in remove
    assert "q=bat+trang" in remove


def test_village_facet_narrows_to_one_village(demo_site):
    _response, page = get("/fr/search/?q=soie")
    village_links = page.select(".search-facets ul")[1].select("a")
    assert village_links
    link = village_links[0]
    count = int(re.search(r"\((\d+)\)", link.get_text()).group(1))
    _response, narrowed = get(f"/fr/search/{link['href']}")
    assert len(narrowed.select(".search-result")) == min(count, 10)
    assert narrowed.select_one(".search-page__chosen a") is not None


def test_an_untranslated_page_is_found_in_english_or_vietnamese_and_labelled(demo_site):
    # A Vietnamese page that exists in no other language.
    index = VillageIndexPage.objects.get(locale__language_code="vi")
    village = VillagePage.objects.filter(locale__language_code="vi").first()
    copy = village.copy(
        to=index,
        update_attrs={"title": "Làng Đông Hồ", "slug": "dong-ho", "vietnamese_name": "Đông Hồ"},
        keep_live=True,
        reset_translation_key=True,
    )
    assert SearchEntry.objects.filter(page=copy).exists()
    response, page = get("/ko/search/?q=dong+ho")
    assert response.status_code == 200
    result = next(r for r in page.select(".search-result") if r.select_one("a")["href"] == copy.url)
    assert result["lang"] == "vi"
    assert result.select_one("a")["hreflang"] == "vi"
    assert result.select_one(".lang-tag")["lang"] == "vi"
    # Translated pages come in Korean only, never as fallbacks.
    assert "/vi/villages/bat-trang/" not in response.content.decode()


def test_nothing_found_logs_and_suggests(demo_site):
    response, page = get("/en/search/?q=bat+trag")
    assert response.status_code == 200
    assert page.select_one(".search-result") is None
    suggested = [a["href"] for a in page.select(".search-suggestions a")]
    assert "/en/villages/bat-trang/" in suggested
    assert "/en/villages/" in suggested
    get("/en/search/?q=BAT+TRAG")
    logged = FruitlessSearch.objects.get(language="en")
    assert (logged.query, logged.count) == ("bat trag", 2)


def test_empty_query_is_the_search_page(demo_site):
    response, page = get("/it/search/")
    assert response.status_code == 200
    assert page.select_one("main form.site-search input[name=q]") is not None
    assert page.select(".search-suggestions a")
    assert not FruitlessSearch.objects.exists()


@pytest.mark.parametrize(
    "raw",
    [
        '"gốm',
        "gốm*",
        "NEAR(gốm lụa)",
        "gốm AND lụa OR -trà",
        "'; DROP TABLE search_searchentry; --",
        "🏺",
        "שלום עולם",
        "%_%",
        "\\",
        "陶器" * 200,
        "a" * 5000,
        "\u202egốm",
    ],
)
def test_odd_queries_never_fail(demo_site, raw):
    response = Client().get("/vi/search/", {"q": raw})
    assert response.status_code == 200


@pytest.mark.parametrize(
    ("query_string", "status"),
    [
        ("q=village&page=2", 200),
        ("q=village&page=abc", 404),
        ("q=village&page=0", 404),
        ("q=village&page=-1", 404),
        ("q=village&page=99999999999999999999", 404),
        ("q=village&page=50", 404),
        ("q=village&page=1.5", 404),
        ("q=village&page=%EF%BC%92", 404),
        ("q=village&type=nope", 404),
        ("q=village&village=not-a-uuid", 404),
        ("q=zzzz&page=2", 404),
    ],
)
def test_bad_parameters_are_a_clear_404(demo_site, query_string, status):
    response = Client().get(f"/fr/search/?{query_string}")
    assert response.status_code == status
    if status == 404:
        assert "<h1" in response.content.decode()


def test_a_long_query_is_cut_and_the_page_says_so(demo_site):
    response, page = get("/vi/search/?q=" + "gom+" * 60)
    assert response.status_code == 200
    assert page.select_one(".search-page__note") is not None


def count_queries(path):
    client = Client()
    client.get(path)
    with CaptureQueriesContext(connection) as context:
        response = client.get(path)
    assert response.status_code == 200
    results = int(
        re.search(
            r"\d+",
            BeautifulSoup(response.content, "html.parser")
            .select_one(".search-page__summary")
            .get_text(),
        ).group()
    )
    return len(context.captured_queries), results


@pytest.mark.parametrize("language", ["vi", "ja"])
def test_the_results_page_costs_the_same_for_few_and_many_results(demo_site, language):
    few = {"vi": "kim lan", "ja": "ハータイ"}[language]
    many = {"vi": "lang", "ja": "村"}[language]
    few_queries, few_results = count_queries(f"/{language}/search/?q={few}")
    many_queries, many_results = count_queries(f"/{language}/search/?q={many}")
    figures = f"{few_results} results: {few_queries} queries; {many_results}: {many_queries}"
    print(f"{language}: {figures}")  # noqa: T201
    assert few_results <= 10 < 30 <= many_results
    assert few_queries == many_queries
    # The index rows (privacy checked in the same SQL); the rest comes from the caches.
    assert many_queries <= 2


def test_the_header_search_box_is_on_every_page_type(demo_site):
    client = Client()
    seen = set()
    for language in LANGUAGE_CODES:
        pages = Page.objects.live().filter(
            locale__language_code=language, alias_of__isnull=True, depth__gt=1
        )
        for page in pages.specific():
            kind = type(page).__name__
            if (kind, language) in seen:
                continue
            seen.add((kind, language))
            response = client.get(page.url)
            assert response.status_code == 200, page.url
            form = BeautifulSoup(response.content, "html.parser").select_one(
                "header form.site-search"
            )
            assert form is not None, page.url
            assert form["method"] == "get"
            assert form["action"] == f"/{language}/search/"
            field = form.select_one("input[name=q]")
            label = form.select_one(f"label[for={field['id']}]")
            assert label.get_text(strip=True)
    assert len({kind for kind, _language in seen}) >= 12
