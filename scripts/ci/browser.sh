#!/usr/bin/env bash
# Install what the browser tier (make test-browser) needs, when it is missing:
# Debian's Chromium (Playwright's own `playwright install` downloads a browser
# and cannot work on these machines), fonts for Japanese and Korean pages and
# a Latin fallback, and the Python packages (Playwright, axe-playwright-python).
# Idempotent: a second run installs nothing. Needs root or sudo for apt-get.
# Usage: scripts/ci/browser.sh [PYTHON]   (default: .venv/bin/python)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
python="${1:-.venv/bin/python}"

sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
for package in fonts-noto-cjk fonts-dejavu-core fonts-liberation; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" || missing+=("$package")
done
if [ "${#missing[@]}" -gt 0 ]; then
    echo ">>> Installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
echo ">>> $(/usr/bin/chromium --version 2>/dev/null || echo 'chromium: version unknown')"

if ! "$python" -c "import playwright, axe_playwright_python" >/dev/null 2>&1; then
    echo ">>> Installing requirements-dev.txt (Playwright, axe-playwright-python)"
    "$python" -m pip install --disable-pip-version-check --quiet -r requirements-dev.txt
fi
