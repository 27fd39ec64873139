"""Which release of the code is running: one short id, the same on every app server.

Cache keys carry it (tourism_site/settings/deployment.py), so that a new
release starts with keys of its own: entries written by the code before it
(pages rendered with old templates, data in an old shape) are never read
back, and old and new app servers can share one Redis during a rolling
release without reading each other's entries (docs/deployment.md).

The id comes from the ``RELEASE`` environment variable when set (what the
deploy tool knows: a tag, a build number), else from git when the code is a
checkout, else from a hash of the installed code, so two servers running the
same files always agree.
"""

import hashlib
import os
import re
import shutil
import subprocess
from functools import cache
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
# Letters, digits and . _ - only: the id goes into cache keys and logs.
SAFE = re.compile(r"[^A-Za-z0-9._-]")
MAX_LENGTH = 40
# Folders that hold no code of this site (or are rebuilt on every machine).
NOT_CODE = frozenset(
    {".git", ".venv", "node_modules", "media", "static", "cache", "backups", "tests", "bench"}
)


def clean(value):
    return SAFE.sub("-", value.strip())[:MAX_LENGTH]


def git_commit(base_dir=BASE_DIR):
    """The checked-out commit, shortened, or "" when there is no git or no checkout."""
    git = shutil.which("git")
    if git is None:
        return ""
    try:
        result = subprocess.run(  # noqa: S603 (argument list, no shell)
            [git, "rev-parse", "--short=12", "HEAD"],
            cwd=base_dir,
            capture_output=True,
            text=True,
            timeout=5,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return ""
    return result.stdout.strip() if result.returncode == 0 else ""


def code_hash(base_dir=BASE_DIR):
    """A hash of the site's Python files and templates, in a stable order."""
    digest = hashlib.sha256()
    for path in sorted(Path(base_dir).rglob("*")):
        relative = path.relative_to(base_dir)
        if relative.parts[0] in NOT_CODE or path.suffix not in (".py", ".html"):
            continue
        if path.is_file():
            digest.update(str(relative).encode() + b"\0" + path.read_bytes() + b"\0")
    return "code-" + digest.hexdigest()[:12]


def release_id(environ=None, base_dir=BASE_DIR):
    """The running release's id: ``RELEASE``, else the git commit, else the code's hash."""
    environ = os.environ if environ is None else environ
    given = clean(environ.get("RELEASE", ""))
    if given:
        return given
    return git_commit(base_dir) or code_hash(base_dir)


@cache
def current():
    """This process's release id, worked out once."""
    return release_id()
