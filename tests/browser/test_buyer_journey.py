"""A buyer's journey in Chromium, in English, Italian and Japanese (issue 12).

The buyer finds a 5-star ceramic tea set exported to Japan in the catalogue
(facets ticked and sent without JavaScript's help), reads the product, its
producer's trade profile and the product story, and sends a trade enquiry. Bát
Tràng's editor then finds it in the inbox, with the message in Vietnamese
(the tier's machine translator is the dummy one: "[it→vi] …").
"""

import time

import pytest

from tests.browser.admin_accounts import create_accounts, sign_in
from tests.browser.conftest import PHONE

pytestmark = pytest.mark.browser

SETUP = """
from villages.models import VillagePage
village = VillagePage.objects.get(slug="bat-trang", locale__language_code="vi")
accounts = {"buyer-inbox-editor": roles.village_editors_name(village)}
result = {}
"""

# What the buyer reads, per language: the facet labels and the product they look for.
JOURNEY = {
    "en": {
        "craft": "Ceramics",
        "stars": "5 stars",
        "market": "Japan",
        "product": "Quang Vinh ceramic tea set",
        "badge": "5-star OCOP product",
    },
    "it": {
        "craft": "Ceramica",
        "stars": "5 stelle",
        "market": "Giappone",
        "product": "Servizio da tè in ceramica Quang Vinh",
        "badge": "Prodotto OCOP a 5 stelle",
    },
    "ja": {
        "craft": "陶磁器",
        "stars": "5つ星",
        "market": "日本",
        "product": "クアンビン陶磁器の茶器セット",
        "badge": "OCOP 5つ星製品",
    },
}
MESSAGE = {
    "en": "We would like 300 tea sets for our shops in Osaka, boxed one by one.",
    "it": "Vorremmo 300 servizi da tè per i nostri negozi di Milano, in scatola singola.",
    "ja": "大阪の店舗向けに茶器セットを300組、個別の箱入りで検討しています。",
}


@pytest.fixture(scope="module")
def editor(live_url):
    return create_accounts(SETUP)


def tick(page, legend, label):
    """Tick the checkbox ``label`` in the facet ``legend``, as a person would."""
    group = page.locator("fieldset.filters__group").filter(
        has=page.locator("legend", has_text=legend)
    )
    group.get_by_label(label, exact=False).first.check()


@pytest.mark.parametrize("language", JOURNEY)
def test_a_buyer_finds_a_tea_set_and_sends_an_enquiry(new_context, editor, language):
    words = JOURNEY[language]
    buyer = new_context(viewport=PHONE, java_script_enabled=False).new_page()
    buyer.goto(f"/{language}/products/")
    assert buyer.locator("html").get_attribute("lang") == language

    tick(buyer, buyer.locator("legend").nth(0).inner_text(), words["craft"])
    tick(buyer, buyer.locator("legend").nth(2).inner_text(), words["stars"])
    tick(buyer, buyer.locator("legend").nth(3).inner_text(), words["market"])
    with buyer.expect_navigation():
        buyer.locator("form.catalogue__filters button[type=submit]").click()
    assert "stars=5" in buyer.url and "market=JP" in buyer.url and "craft=ceramics" in buyer.url
    card = buyer.locator(".card__title a", has_text=words["product"]).first
    assert card.count() == 1, buyer.locator(".card__title").all_inner_texts()
    with buyer.expect_navigation():
        card.click()

    # The product: its result in words, its maker, its story.
    assert words["badge"] in buyer.locator(".ocop-badge__text").inner_text()
    product_url = buyer.url
    story = buyer.locator("section[aria-labelledby=stories-title] .card__title a").first
    assert story.count() == 1
    with buyer.expect_navigation():
        story.click()
    assert buyer.locator("html").get_attribute("lang") == language
    assert buyer.locator("main h1").inner_text()
    buyer.goto(product_url)
    with buyer.expect_navigation():
        buyer.locator(".page-head a").first.click()  # "By <producer>, <village>"
    assert buyer.locator(".trade-profile").count() == 1
    assert buyer.locator("#enquiry-call-title").count() == 1

    buyer.goto(product_url)
    with buyer.expect_navigation():
        buyer.locator(".enquiry-call a.button").click()
    assert f"/{language}/enquiry/" in buyer.url
    company = f"Buyer {language} {int(time.time())}"
    buyer.fill("#id_name", "Aiko Tanaka")
    buyer.fill("#id_company", company)
    buyer.select_option("#id_country", "JP")
    buyer.fill("#id_email", f"buyer-{language}@example.org")
    buyer.fill("#id_quantity", "300")
    buyer.fill("#id_message", MESSAGE[language])
    buyer.check("#id_consent")
    time.sleep(3.2)  # a person takes longer than the form's time trap
    with buyer.expect_navigation():
        buyer.locator(".enquiry__form button[type=submit]").click()
    assert buyer.url.endswith("/thanks/")
    assert buyer.locator(".enquiry [role=status]").count() == 1

    # Bát Tràng's editor reads it in the inbox, in Vietnamese.
    inbox = sign_in(new_context, "buyer-inbox-editor")
    inbox.goto(f"/admin/enquiries/?q={company.replace(' ', '+')}")
    with inbox.expect_navigation():
        inbox.locator("td.title a", has_text=company).click()
    translated = inbox.locator('blockquote[lang="vi"]').inner_text()
    assert translated == f"[{language}→vi] {MESSAGE[language]}"
    assert inbox.locator(f'blockquote[lang="{language}"]').inner_text() == MESSAGE[language]
