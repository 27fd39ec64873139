"""Route index and route pages as readers see them."""

import json

from django.test import TestCase

from tests.utils import PageRenderingChecks, soup


class RoutePageRenderingTests(PageRenderingChecks, TestCase):
    paths = {"route_index": "/vi/routes/", "route": "/vi/routes/west-lake/"}

    def test_route_page_lists_its_stops_in_order(self):
        content = self.client.get("/vi/routes/west-lake/").content.decode()
        self.assertLess(content.index("Hồ Hoàn Kiếm"), content.index("Bát Tràng"))

    def test_route_page_links_village_stops_to_the_readers_language(self):
        hrefs = {
            a["href"] for a in soup(self.client.get("/en/routes/west-lake/")).select("main a[href]")
        }
        self.assertIn("/en/villages/bat-trang/", hrefs)
        self.assertNotIn("/vi/villages/bat-trang/", hrefs)

    def test_route_map_data_is_embedded_as_json_in_lat_lng_order(self):
        page = soup(self.client.get("/en/routes/west-lake/"))
        scripts = [
            json.loads(script.string)
            for script in page.select('script[type="application/json"]')
            if script.string and '"lat"' in script.string
        ]
        self.assertTrue(scripts, "no map data on the route page")
        points = scripts[0]
        self.assertEqual([point["n"] for point in points], [1, 2])
        self.assertAlmostEqual(points[0]["lat"], 21.0288)
        self.assertAlmostEqual(points[0]["lng"], 105.8522)
        self.assertEqual(points[1]["name"], "Bat Trang")
