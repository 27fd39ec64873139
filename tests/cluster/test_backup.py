"""Backup and restore drill against the cluster's PostgreSQL server and bucket.

scripts/backup.py backs up the database and the media (here the S3 bucket,
through Django's storage API): the running site is backed up as the app
servers see it, restored into a fresh database on the same server and a fresh
bucket, and both are fingerprinted and compared, as `backup.py drill` does
with a demo it builds.
"""

import json
import secrets
from pathlib import Path

import pytest

from core.health import HEALTH_DIRECTORY

from .conftest import ROOT, _load_script, cluster

pytestmark = pytest.mark.cluster

backup = _load_script("backup")


def run_backup_script(arguments, env):
    return cluster.run_python([str(ROOT / "scripts" / "backup.py"), *arguments], env)


@pytest.fixture
def restore_target(cluster_env, tmp_path):
    """A fresh database on the cluster's server and a fresh bucket on its S3."""
    server = backup.parse_database_url(cluster_env["DATABASE_URL"])
    name = f"restore_drill_{secrets.token_hex(4)}"
    bucket = name.replace("_", "-")
    backup.create_pg_database(server, name)
    s3 = cluster.s3_client(cluster_env)
    s3.create_bucket(Bucket=bucket)
    env = dict(
        cluster_env,
        DATABASE_URL=backup.with_database_name(cluster_env["DATABASE_URL"], name),
        AWS_STORAGE_BUCKET_NAME=bucket,
        MEDIA_ROOT=str(tmp_path / "media-restored"),
    )
    yield env
    backup.drop_pg_database(server, name)
    for page in s3.get_paginator("list_objects_v2").paginate(Bucket=bucket):
        for item in page.get("Contents", []):
            s3.delete_object(Bucket=bucket, Key=item["Key"])
    s3.delete_bucket(Bucket=bucket)


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
    assert counts["media_files"] > counts["images"], "originals and renditions from the bucket"
    assert backup.differences(steady(before_data), steady(after_data)) == []
