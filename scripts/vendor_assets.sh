#!/bin/sh
# Re-vendor the web fonts and Leaflet from npm into static_src/.
#
# The vendored files are committed (with their licences) so that running the
# site needs neither npm nor a CDN. Run this only to upgrade: bump the versions
# in package.json, then `npm install && sh scripts/vendor_assets.sh`, look at
# the pages, and commit the changed files under static_src/.
set -eu

cd "$(dirname "$0")/.."
[ -d node_modules ] || npm ci --no-audit --no-fund

FONTS=static_src/fonts
LEAFLET=static_src/vendor/leaflet
rm -rf "$FONTS" "$LEAFLET"
mkdir -p "$FONTS" "$LEAFLET/images" static_src/css

# One WOFF2 per face (Vietnamese + Latin merged, unhinted) and fonts.css with
# metric-matched fallback faces: scripts/build_fonts.py says why and how.
# Japanese and Korean use system fonts. Needs fontTools and brotli
# (requirements-dev.txt); PYTHON defaults to the project's virtualenv.
"${PYTHON:-.venv/bin/python}" scripts/build_fonts.py
for pkg in be-vietnam-pro fraunces; do
  cp "node_modules/@fontsource/$pkg/LICENSE" "$FONTS/OFL-$pkg.txt"
done

cp node_modules/leaflet/dist/leaflet.js node_modules/leaflet/dist/leaflet.css "$LEAFLET/"
cp node_modules/leaflet/dist/images/*.png "$LEAFLET/images/"
cp node_modules/leaflet/LICENSE "$LEAFLET/LICENSE"
# The bundled file ends with a source-map comment; the map is not vendored,
# and WhiteNoise's manifest storage fails on a reference to a missing file.
sed -i '/sourceMappingURL=/d' "$LEAFLET/leaflet.js"

echo "Vendored: $(ls "$FONTS" | wc -l) font files, Leaflet $(node -p 'require("./node_modules/leaflet/package.json").version')"
