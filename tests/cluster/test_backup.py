"""Backup and restore drill against the cluster's own PostgreSQL server.

scripts/backup.py backs up the database and the media folder (MEDIA_ROOT):
the running site's database is backed up as the app servers see it, restored
into a fresh database on the same server, and both are fingerprinted and
compared, as `backup.py drill` does with a demo it builds.
"""

import json
import secrets
import subprocess
from pathlib import Path

import pytest

from core.health import HEALTH_DIRECTORY

from .conftest import ROOT, _load_script, cluster

pytestmark = pytest.mark.cluster

backup = _load_script("backup")


def run_backup_script(arguments, env):
    result = subprocess.run(
        [str(cluster.PYTHON), str(ROOT / "scripts" / "backup.py"), *arguments],
        cwd=ROOT,
        env=cluster.process_environment(env),
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout


@pytest.fixture
def restore_target(cluster_env, tmp_path):
    server = backup.parse_database_url(cluster_env["DATABASE_URL"])
    name = f"restore_drill_{secrets.token_hex(4)}"
    backup.create_pg_database(server, name)
    env = dict(
        cluster_env,
        DATABASE_URL=backup.with_database_name(cluster_env["DATABASE_URL"], name),
        MEDIA_ROOT=str(tmp_path / "media-restored"),
    )
    yield env
    backup.drop_pg_database(server, name)


def steady(fingerprint_data):
    """What a running site does not change by itself between two reads.

    The health checks (the proxy probes /healthz twice a second) rewrite the
    heartbeat row and write and delete a file under healthz/ in the media
    storage: liveness, not content.
    """
    data = backup.compared(fingerprint_data)
    data["tables"].pop("core.HealthHeartbeat")
    data["media_files"] = {
        name: digest
        for name, digest in data["media_files"].items()
        if not name.startswith(f"{HEALTH_DIRECTORY}/")
    }
    return data


def test_backup_of_the_cluster_restores_into_a_fresh_database_with_no_difference(
    cluster_env, restore_target, tmp_path
):
    # Encrypted, as production should back up.
    key = {backup.KEY_VARIABLE: backup.new_key()}
    before, after = tmp_path / "before.json", tmp_path / "after.json"
    run_backup_script(["fingerprint", "--output", str(before)], dict(cluster_env, **key))
    output = run_backup_script(
        ["backup", "--output-dir", str(tmp_path / "backups")], dict(cluster_env, **key)
    )
    backup_dir = Path(output.strip().splitlines()[-1])
    manifest = json.loads((backup_dir / "manifest.json").read_text())
    assert manifest["engine"] == "postgresql"
    assert manifest["encryption"]
    run_backup_script(["restore", str(backup_dir)], dict(restore_target, **key))
    run_backup_script(["fingerprint", "--output", str(after)], dict(restore_target, **key))
    before_data, after_data = json.loads(before.read_text()), json.loads(after.read_text())
    counts = backup.summary(after_data)
    print(f"restored: {counts}")
    assert counts["pages"] > 50
    assert counts["images"] > 0
    assert backup.differences(steady(before_data), steady(after_data)) == []
