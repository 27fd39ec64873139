import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parents[2]
BACKUP_SCRIPT = BASE_DIR / "scripts" / "backup.py"


def load_backup_module():
    spec = importlib.util.spec_from_file_location("backup_script", BACKUP_SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def backup_script():
    return load_backup_module()


@pytest.fixture(scope="session")
def restore_drill(tmp_path_factory, backup_script):
    """One real restore drill per test session, on the tier's database engine.

    Builds the demo site into a fresh database, backs it up and restores it
    into another fresh database and media folder (``scripts/backup.py
    drill``). The outage tests then serve the restored copy.
    """
    workdir = tmp_path_factory.mktemp("restore-drill")
    report_file = workdir / "report.json"
    # The drill encrypts its backup; the tests need the key to try restores of it.
    key = backup_script.new_key()
    result = subprocess.run(  # noqa: S603 (argument list, no shell)
        [sys.executable, str(BACKUP_SCRIPT), "drill", "--keep", "--workdir", str(workdir / "work")]
        + ["--report", str(report_file)],
        cwd=BASE_DIR,
        env=dict(os.environ, BACKUP_ENCRYPTION_KEY=key),
        capture_output=True,
        text=True,
        timeout=1200,
        check=False,
    )
    report = json.loads(report_file.read_text()) if report_file.exists() else {}
    yield {"result": result, "report": report, "key": key}
    if "source_database_url" in report:
        backup_script.cleanup_drill(report)
