"""Every URL pattern, fed hostile input, answers below 500 (tests/hostile.py builds the table).

The table comes from the URL conf, so a new route is probed without anyone
remembering to add it, and a new regular-expression route without a template
fails ``test_every_url_pattern_has_a_probe``. NUL bytes must get a 400, ids
beyond any database integer a 404; everything else must simply not be a 5xx.
Run on SQLite and on PostgreSQL (which refuses NUL in strings and checks
addresses it stores as ``inet``).
"""

from django.contrib.auth import get_user_model
from django.test import Client, TestCase, override_settings

from tests import hostile
from tests.scenario import build_language_tree
from wayfinding import codes


def summary(failures):
    lines = [f"{len(failures)} probe(s) failed (server errors first):"]
    for probe, status in sorted(failures, key=lambda failure: -failure[1])[:40]:
        lines.append(f"  {status} {probe.kind:<11} {probe.path[:120]!r} {probe.headers or ''}")
    return "\n".join(lines)


@override_settings(TRUSTED_PROXY_COUNT=1, AXES_ENABLED=True)
class UrlTableTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_language_tree()

    def real_paths(self):
        """The scenario's real pages and the side routes that point at them."""
        paths = []
        for page in [*self.tree.vi_pages().values(), *self.tree.en.values()]:
            paths.append(page.url)
        village, route = self.tree.bat_trang, self.tree.route
        paths += [
            f"/en/driver/village/{village.id}/",
            f"/vi/driver/stop/{route.stops.first().id}/",
            self.tree.en["route"].url + "route.gpx",
            route.url + "route.geojson",
            "/go/" + codes.encode(codes.PAGE, village.id),
            "/en/go/" + codes.encode(codes.PAGE, village.id),
            f"/ja/report/{village.id}/",
            f"/vi/report/{village.id}/thanks/",
        ]
        return paths

    def send(self, client, probe):
        headers = dict(probe.headers)
        extra = {}
        if "Host" in headers:
            extra["HTTP_HOST"] = headers.pop("Host")
        if "X-Forwarded-For" in headers:
            extra["HTTP_X_FORWARDED_FOR"] = headers.pop("X-Forwarded-For")
        return client.get(probe.path, headers=headers, **extra)

    def run_probes(self, client, probes):
        failures = []
        for probe in probes:
            status = self.send(client, probe).status_code
            if status >= 500 or (probe.expected and status not in probe.expected):
                failures.append((probe, status))
        return failures

    def test_every_url_pattern_has_a_probe(self):
        self.assertEqual(hostile.uncovered(), [], "add a template to tests/hostile.py")
        self.assertGreater(len(hostile.pattern_templates()), 200)

    def test_no_hostile_probe_of_any_pattern_is_a_server_error(self):
        probes = hostile.probes()
        self.assertGreater(len(probes), 3000)
        failures = self.run_probes(Client(raise_request_exception=False), probes)
        self.assertEqual(failures, [], summary(failures))

    def test_real_pages_with_hostile_queries_and_headers_are_not_server_errors(self):
        probes = []
        for path in self.real_paths():
            probes.append(hostile.Probe(path, "real", "sample", expected=(200, 301, 302)))
            probes.append(hostile.Probe(path + "%00", "real", "NUL in path", expected=(400,)))
            for query in hostile.QUERIES:
                expected = (400,) if "%00" in query else ()
                probes.append(hostile.Probe(f"{path}?{query}", "real", "query", expected=expected))
            for headers in hostile.HEADERS:
                probes.append(hostile.Probe(path, "real", "header", dict(headers)))
            for headers in hostile.NUL_HEADERS:
                probes.append(hostile.Probe(path, "real", "NUL header", dict(headers), (400,)))
        failures = self.run_probes(Client(raise_request_exception=False), probes)
        self.assertEqual(failures, [], summary(failures))

    def test_ids_out_of_range_are_404_for_a_signed_in_editor_too(self):
        editor = get_user_model().objects.create_superuser("probe", "p@example.org", "pw")
        client = Client(raise_request_exception=False)
        client.force_login(editor)
        probes = [
            probe
            for probe in hostile.probes(with_headers=False, with_nul_headers=False)
            if probe.kind in ("huge id", "edge id", "sample")
            and (probe.pattern, probe.path) not in hostile.KNOWN_ADMIN_ERRORS
        ]
        failures = self.run_probes(client, probes)
        self.assertEqual(failures, [], summary(failures))
