"""The editor's preview panel frames the preview: its responses must allow same-origin framing.

Wagtail renders a preview by running the page's own request through the
whole middleware stack (``make_preview_request``), so without care the
preview gets the public policy (``frame-ancestors 'none'``) and Chromium shows
a blank frame, on which the Checks panel then reports no issue at all.
"""

from django.urls import reverse
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from tests.utils import create_vi_home
from tests.villages.test_admin import ACCESS_UNKNOWN, EMPTY_INLINES
from villages.factories import CraftFactory, VillageIndexPageFactory, VillagePageFactory


def directives(response):
    policy = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in policy.split(";") if part.strip()}


def village_form_data(craft, **overrides):
    """What the village form posts, as the preview panel sends it."""
    data = {
        "title": "Bát Tràng",
        "slug": "bat-trang",
        "intro": "Làng gốm bên sông Hồng.",
        "vietnamese_name": "Bát Tràng",
        "commune": "xã Bát Tràng",
        "city": "Hà Nội",
        "distance_basis": "road",
        "latitude": "20.975000",
        "longitude": "105.912000",
        "body": streamfield([("paragraph", rich_text("<p>Lò gốm cổ.</p>"))]),
        "village_crafts": inline_formset([{"craft": craft.pk}], min=1),
        **ACCESS_UNKNOWN,
    }
    for name in EMPTY_INLINES:
        data[name] = inline_formset([])
    data.update(overrides)
    return nested_form_data(data)


class PreviewTestCase(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = create_vi_home()
        cls.index = VillageIndexPageFactory(parent=cls.home)
        cls.craft = CraftFactory(name="Gốm", slug="ceramics")

    def setUp(self):
        self.login()

    def preview(self, url, data):
        """As the preview panel does: post the form, then load the preview in the frame."""
        posted = self.client.post(url, data)
        self.assertEqual(posted.status_code, 200)
        self.assertEqual(posted.json(), {"is_valid": True, "is_available": True})
        return self.client.get(url)


class PreviewFramingTests(PreviewTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.village = VillagePageFactory(parent=cls.index, title="Bát Tràng", slug="bat-trang")

    def test_preview_may_be_framed_by_the_admin_and_nothing_else(self):
        url = reverse("wagtailadmin_pages:preview_on_edit", args=[self.village.pk])
        response = self.preview(url, village_form_data(self.craft, title="Bát Tràng (nháp)"))
        self.assertEqual(response.status_code, 200)
        self.assertIn("Bát Tràng (nháp)", response.content.decode())
        self.assertEqual(directives(response)["frame-ancestors"], ["'self'"])
        self.assertEqual(response["X-Frame-Options"], "SAMEORIGIN")

    def test_public_page_still_refuses_every_frame(self):
        response = self.client.get(self.village.url)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(directives(response)["frame-ancestors"], ["'none'"])
        self.assertEqual(response["X-Frame-Options"], "DENY")
