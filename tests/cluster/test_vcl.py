"""The VCL a hosting team renders compiles with the Varnish this tier runs."""

import subprocess

import pytest

from .conftest import cluster

pytestmark = pytest.mark.cluster


def test_a_vcl_for_other_app_servers_and_purgers_compiles(tmp_path):
    vcl = tmp_path / "site.vcl"
    vcl.write_text(
        cluster.render_vcl(
            ["10.0.0.11:8000", "10.0.0.12:8000", "[fd00::5]:8000"],
            "www.example.org",
            ["10.0.0.0/24", "fd00::/64"],
        )
    )
    # -C: compile and print the C code, start nothing; no jail, so that the
    # compiler may read a file in pytest's owner-only folder.
    result = subprocess.run(  # noqa: S603 (argument list, no shell)
        [cluster.VARNISHD, "-C", "-j", "none", "-n", str(tmp_path / "varnish"), "-f", str(vcl)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-3000:]
