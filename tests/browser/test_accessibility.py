"""axe-core finds no WCAG 2.0, 2.1 or 2.2 A/AA violation on any public page.

Every live page of the demo site (from its sitemap) and two 404 pages per
language are checked at 1280 px; the first page of each type and language is
checked again on a 390 px phone, where the layout (and so target sizes and
contrast over images) differs.
"""

import pytest

from tests.browser.conftest import DESKTOP, PHONE, describe_violations, record_axe
from tests.browser.pages import MATRIX, PAGE_TYPES, classify

pytestmark = pytest.mark.browser


def expected_status(page_type):
    return 404 if page_type == "404" else 200


def check(visitor, paths, page_type, language, width):
    failures = []
    violations = 0
    for path in paths:
        visit = visitor.visit(path)
        if visit.status != expected_status(page_type):
            failures.append(f"{path}: HTTP {visit.status}")
        if visit.violations:
            violations += len(visit.violations)
            failures.append(f"{path}:\n{describe_violations(visit.violations)}")
    record_axe(page_type, language, width, len(paths), violations)
    assert not failures, f"axe-core at {width} px:\n" + "\n".join(failures)


@pytest.mark.parametrize(("page_type", "language"), MATRIX)
def test_every_page_has_no_axe_violations_on_desktop(site, desktop, page_type, language):
    paths = site.paths(page_type, language)
    assert paths, f"the demo site has no {page_type} page in {language}"
    check(desktop, paths, page_type, language, DESKTOP["width"])


@pytest.mark.parametrize(("page_type", "language"), MATRIX)
def test_first_page_of_each_type_has_no_axe_violations_on_a_phone(site, phone, page_type, language):
    check(phone, [site.first(page_type, language)], page_type, language, PHONE["width"])


def test_sitemap_has_no_page_type_or_language_left_out_of_the_matrix(site):
    """New demo content in a new language or type must be added to MATRIX, not skipped."""
    found = {kind for kind, paths in site.pages.items() if paths}
    assert found == set(MATRIX), (
        f"in the sitemap, not in MATRIX: {sorted(found - set(MATRIX))}; "
        f"in MATRIX, not in the sitemap: {sorted(set(MATRIX) - found)}"
    )
    assert all(classify(f"http://x{path}") for path in site.paths("home", "vi"))
    assert {page_type for page_type, _language in found} == set(PAGE_TYPES)
