"""Searching the index: matches, fallbacks, ranking, facets, suggestions, the fruitless log.

One query finds every matching row the visitor may see (``core.privacy``
inside the same SQL, samples left out when the site hides them), with
whether each page exists in the visitor's language; ranking, fallbacks and
facets are then worked out on that plain data, so the results page costs the
same number of queries for 10 results or 300.
"""

import difflib
import uuid
from dataclasses import dataclass, field
from operator import itemgetter

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Exists, F, IntegerField, OuterRef, Q, Value
from django.db.models.functions import Cast, Length, Replace
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core import i18n
from core.cache import remember
from core.privacy import visible
from core.samples import samples_shown

from .models import FruitlessSearch, SearchEntry
from .text import MAX_QUERY_LENGTH, fold, terms, words_only

# The "type" facet: value in the URL → label. Order is the order shown.
KINDS = {
    "village": _("Villages"),
    "story": _("Stories"),
    "route": _("Routes"),
    "event": _("Events"),
    "product": _("Products"),
    "producer": _("Producers"),
    "page": _("Other pages"),
}
# One result's type, as its label says it.
KIND_SINGULAR = {
    "village": _("Village"),
    "story": _("Story"),
    "route": _("Route"),
    "event": _("Event"),
    "product": _("Product"),
    "producer": _("Producer"),
    "page": _("Page"),
}
# A title match counts for more than a mention in the body; villages first on a tie.
KIND_WEIGHT = {"village": 3, "producer": 1, "product": 1, "story": 1, "route": 1, "event": 1}
# What ranking and facets read of every match: short columns only. The page's
# body (``document``, ``text``) stays in the database: its mentions of the
# query are counted there (``mentions``), and the shown page of results reads
# its snippets' text alone (``with_text``).
FIELDS = (
    "page_id",
    "language",
    "translation_key",
    "kind",
    "village_key",
    "title",
    "vietnamese_title",
    "url",
    "folded_title",
)
# Mentions in the body count up to this many (``score``).
MAX_MENTIONS = 10
# Village facets shown, most results first (the demo has 8 villages a
# language): a list a visitor can read, and a page whose cost does not grow
# with the number of villages.
MAX_VILLAGE_FACETS = 12


@dataclass
class Facet:
    value: str
    label: str
    count: int
    language: str = ""


@dataclass
class Results:
    query: str
    terms: list
    hits: list = field(default_factory=list)  # ranked, filtered by the chosen facets
    kinds: list = field(default_factory=list)
    villages: list = field(default_factory=list)
    kind: str = ""
    village: str = ""
    village_label: str = ""


def fallback_languages(language):
    """English, then Vietnamese, for pages not in ``language``."""
    order = [settings.FALLBACK_LANGUAGE_CODE, settings.LANGUAGE_CODE]
    return [code for code in dict.fromkeys(order) if code != language]


def shown_entries(queryset):
    """``queryset`` of search rows less those of pages a visitor may not see (``core.privacy``)."""
    queryset = visible(queryset, prefix="page__")
    if not samples_shown():
        queryset = queryset.filter(is_sample=False)
    return queryset


def mentions(term):
    """How many times ``term`` occurs in ``document``, as Python's ``str.count`` says, in SQL.

    Removing every occurrence shortens the text by the term's length each time.
    """
    removed = Length("document") - Length(Replace("document", Value(term), Value("")))
    return Cast(removed / len(term), IntegerField())


def matching_rows(query_terms, language):
    """Rows matching every term, in ``language`` or its fallbacks, as dicts (one query)."""
    languages = [language, *fallback_languages(language)]
    own = shown_entries(
        SearchEntry.objects.filter(language=language, translation_key=OuterRef("translation_key"))
    )
    rows = shown_entries(SearchEntry.objects.matching(query_terms).filter(language__in=languages))
    counts = {f"mentions_{index}": mentions(term) for index, term in enumerate(query_terms)}
    rows = rows.annotate(translated=Exists(own), **counts)
    # A fallback row whose page exists in the visitor's language is never
    # shown (``best_versions``): left in the database, not read and dropped.
    rows = rows.filter(Q(language=language) | Q(translated=False))
    found = list(rows.values(*FIELDS, "translated", *counts))
    for row in found:
        row["mentions"] = sum(row.pop(name) for name in counts)
    return found


def with_text(rows):
    """``rows`` (a page of results) with the ``text`` their snippets are cut from (one query)."""
    texts = dict(
        SearchEntry.objects.filter(page_id__in=[row["page_id"] for row in rows]).values_list(
            "page_id", "text"
        )
    )
    return [{**row, "text": texts.get(row["page_id"], "")} for row in rows]


def best_versions(rows, language):
    """One row per page, the one ``core.i18n.best_versions`` picks for the visitor.

    A row in another language is left out when the page exists in the
    visitor's language (which did not match the query).
    """
    candidates = [row for row in rows if row["language"] == language or not row["translated"]]
    chosen = i18n.best_versions(
        candidates,
        language,
        language_of=itemgetter("language"),
        key_of=itemgetter("translation_key"),
    )
    return list(chosen.values())


def covered(query_terms):
    """Letters the query names: a word's letters; a bigram run adds one letter per bigram."""
    words = sum(len(term.strip()) for term in query_terms if term.startswith(" "))
    grams = [term for term in query_terms if not term.startswith(" ")]
    return words + (len(grams) + 1 if grams else 0)


def score(row, query_terms):
    title = " " + words_only(row["folded_title"]) + " "
    # A page whose title is its Vietnamese name ("Bát Tràng" in English) has none stored.
    name = fold(row["vietnamese_title"]) or row["folded_title"]
    vietnamese = " " + words_only(name) + " "
    points = KIND_WEIGHT.get(row["kind"], 0)
    in_title = sum(term in title for term in query_terms)
    points += 10 * in_title
    if in_title == len(query_terms):
        points += 10
        # The page *is* what was asked for ("Bát Tràng" the village, not a
        # story about it): the more of the title the query covers, the
        # better. Counted in letters, which works without spaces (ja, ko).
        letters = sum(1 for c in row["folded_title"] if c.isalnum()) or 1
        points += 8 * min(covered(query_terms) / letters, 1)
    if query_terms and all(term in vietnamese for term in query_terms):
        points += 12
    points += min(row["mentions"], MAX_MENTIONS) / 2
    return points


def search(query, language, kind="", village=""):
    """Everything the results page shows but the page of results itself."""
    query_terms = terms(query)
    results = Results(query=query, terms=query_terms, kind=kind, village=village)
    if not query_terms:
        return results
    rows = best_versions(matching_rows(query_terms, language), language)
    for row in rows:
        row["score"] = score(row, query_terms)
        row["is_fallback"] = row["language"] != language
    rows.sort(key=lambda row: (-row["score"], row["folded_title"], row["page_id"]))
    by_village = [row for row in rows if not village or str(row["village_key"]) == village]
    by_kind = [row for row in rows if not kind or row["kind"] == kind]
    results.kinds = [
        Facet(value, str(label), count)
        for value, label in KINDS.items()
        if (count := sum(1 for row in by_village if row["kind"] == value))
    ]
    results.villages = village_facets(by_kind, language, village)
    results.hits = [row for row in by_kind if not village or str(row["village_key"]) == village]
    for facet in results.villages:
        if facet.value == village:
            results.village_label = facet.label
    return results


def village_facets(rows, language, chosen):
    counts = {}
    for row in rows:
        if row["village_key"]:
            key = str(row["village_key"])
            counts[key] = counts.get(key, 0) + 1
    if chosen and chosen not in counts:
        counts[chosen] = 0
    if not counts:
        return []
    names = village_names(language)
    facets = []
    for key, count in counts.items():
        name, code = names.get(key, ("?", language))
        facets.append(Facet(value=key, label=name, count=count, language=code))
    facets.sort(key=lambda facet: (-facet.count, fold(facet.label)))
    shown = facets[:MAX_VILLAGE_FACETS]
    # The chosen village stays listed (and named in its chip) however few its results.
    shown.extend(facet for facet in facets[MAX_VILLAGE_FACETS:] if facet.value == chosen)
    return shown


def village_names(language):
    """``{village translation key: (name, language)}`` in the visitor's language or a fallback."""

    def build():
        rank = [language, *fallback_languages(language)]
        rows = shown_entries(
            SearchEntry.objects.filter(kind="village", language__in=rank)
        ).values_list("translation_key", "title", "language")
        names = {}
        for key, title, code in sorted(rows, key=lambda row: rank.index(row[2])):
            names.setdefault(str(key), (title, code))
        return names

    return remember("search-village-names", [language, samples_shown()], build)


def is_uuid(value):
    try:
        uuid.UUID(value)
    except (ValueError, TypeError, AttributeError):
        return False
    return True


# --- When nothing is found ----------------------------------------------------


def title_list(language):
    """Plain data for suggestions: the visible titles in ``language`` (and villages), cached."""

    def build():
        rows = shown_entries(SearchEntry.objects.filter(language=language)).values_list(
            "title", "folded_title", "url", "kind"
        )
        return sorted(rows, key=lambda row: row[1])

    return remember("search-titles", [language, samples_shown()], build)


def suggestions(query, language, limit=3):
    """Titles close to what was typed ("bat trag" → "Bát Tràng"), best first."""
    folded = " ".join(fold(query).split())
    if not folded:
        return []
    titles = title_list(language)
    by_folded = {}
    for title, folded_title, url, kind in titles:
        by_folded.setdefault(folded_title, (title, url, kind))
        # "Làng gốm Bát Tràng" is also found by its last words, the place name.
        words = folded_title.split()
        for size in (2, 3):
            if len(words) > size:
                by_folded.setdefault(" ".join(words[-size:]), (title, url, kind))
    close = difflib.get_close_matches(folded, list(by_folded), n=limit * 3, cutoff=0.6)
    seen, found = set(), []
    for match in close:
        title, url, _kind = by_folded[match]
        if url not in seen:
            seen.add(url)
            found.append({"title": title, "url": url})
    return found[:limit]


def popular_pages(language, limit=6):
    """The village index and the villages: where a visitor who found nothing can go on."""
    titles = title_list(language)
    villages = [
        {"title": title, "url": url} for title, _folded, url, kind in titles if kind == "village"
    ]
    return villages[:limit]


def log_fruitless(query, language):
    """Count a search that found nothing (folded, bounded; empty ones are not kept)."""
    folded = " ".join(fold(query).split())[:MAX_QUERY_LENGTH]
    if not folded:
        return
    updated = FruitlessSearch.objects.filter(language=language, query=folded).update(
        count=F("count") + 1, last_seen=timezone.now()
    )
    if updated:
        return
    try:
        with transaction.atomic():
            FruitlessSearch.objects.create(language=language, query=folded)
    except IntegrityError:
        # Another request logged it first.
        FruitlessSearch.objects.filter(language=language, query=folded).update(
            count=F("count") + 1, last_seen=timezone.now()
        )
