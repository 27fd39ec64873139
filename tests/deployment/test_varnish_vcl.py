"""The proxy's VCL, rendered from deploy/varnish.vcl.template (scripts/cluster.py vcl)."""

import pytest

from tests.cluster.conftest import cluster


def test_the_clusters_vcl_balances_a_and_b_for_the_proxys_own_host():
    vcl = cluster.cluster_vcl()
    assert "{{" not in vcl
    for port in cluster.APP_PORTS.values():
        assert f'.host = "127.0.0.1";\n    .port = "{port}";' in vcl
    assert vcl.count("apps.add_backend(") == len(cluster.APP_PORTS)
    assert f'set req.http.Host = "127.0.0.1:{cluster.PROXY_PORT}";' in vcl
    assert '"Host: 127.0.0.1:8080"' in vcl
    assert '    "127.0.0.1";\n    "::1";' in vcl


def test_a_hosting_team_sets_its_own_app_servers_host_and_purgers():
    vcl = cluster.render_vcl(
        ["10.0.0.11:8000", "10.0.0.12:8000", "[fd00::5]:8000"],
        "www.example.org",
        ["10.0.0.0/24", "192.0.2.7"],
    )
    assert "{{" not in vcl
    assert "127.0.0.1" not in vcl
    assert [line.strip() for line in vcl.splitlines() if "add_backend" in line] == [
        "apps.add_backend(app_1);",
        "apps.add_backend(app_2);",
        "apps.add_backend(app_3);",
    ]
    assert '.host = "fd00::5";' in vcl
    assert 'set req.http.Host = "www.example.org";' in vcl
    assert '    "10.0.0.0"/24;\n    "192.0.2.7";' in vcl


@pytest.mark.parametrize(
    ("backends", "public_host", "purgers"),
    [
        (['10.0.0.1";} sub vcl_recv { return (pass); } #:80'], "example.org", ["10.0.0.1"]),
        (["10.0.0.1"], "example.org", ["10.0.0.1"]),  # no port
        (["10.0.0.1:0"], "example.org", ["10.0.0.1"]),
        (["10.0.0.1:80"], 'example.org"; unset req.http.Host; #', ["10.0.0.1"]),
        (["10.0.0.1:80"], "example.org", ['10.0.0.1"; "0.0.0.0"/0']),
        ([], "example.org", ["10.0.0.1"]),
    ],
)
def test_values_that_are_not_plain_addresses_are_refused(backends, public_host, purgers):
    with pytest.raises(cluster.ClusterError):
        cluster.render_vcl(backends, public_host, purgers)
