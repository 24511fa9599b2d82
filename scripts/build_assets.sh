#!/usr/bin/env bash
# Build Staffroom front-end assets from the pinned npm packages.
#   npm ci && npm run build
# Outputs (committed, so running the site never needs npm):
#   static/css/staffroom.css
#   static/js/govuk-frontend.min.js (+ .map, referenced by the file itself)
#   static/vendor-licences/govuk-frontend-LICENSE.txt
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

GF=node_modules/govuk-frontend
if [[ ! -d "$GF/dist/govuk" ]]; then
  echo "build_assets: $GF missing; run 'npm ci' first" >&2
  exit 1
fi

mkdir -p static/css static/js static/vendor-licences

# Compressed, no source map: output depends only on the inputs, so repeated
# builds are byte-identical.
npx --no-install sass \
  --no-source-map \
  --style=compressed \
  --load-path=node_modules \
  static/src/staffroom.scss static/css/staffroom.css

cp "$GF/dist/govuk/govuk-frontend.min.js" static/js/govuk-frontend.min.js
cp "$GF/dist/govuk/govuk-frontend.min.js.map" static/js/govuk-frontend.min.js.map

# The npm tarball of govuk-frontend 6.x ships no LICENSE file (only
# README.md and "license": "MIT" in package.json). Copy it if a future
# release includes one; otherwise keep the committed copy of the upstream
# LICENSE.txt (github.com/alphagov/govuk-frontend) and check it is still MIT.
LICENCE_OUT=static/vendor-licences/govuk-frontend-LICENSE.txt
shopt -s nullglob
licences=("$GF"/LICEN[CS]E*)
shopt -u nullglob
if (( ${#licences[@]} > 0 )); then
  cp "${licences[0]}" "$LICENCE_OUT"
else
  node -e 'if (require("./'"$GF"'/package.json").license !== "MIT") { console.error("build_assets: govuk-frontend licence is no longer MIT; update " + process.argv[1]); process.exit(1) }' "$LICENCE_OUT"
  grep -q "The MIT License" "$LICENCE_OUT" || { echo "build_assets: $LICENCE_OUT missing or not MIT" >&2; exit 1; }
fi

# Guard: no GOV.UK-only assets (GDS Transport font, crown/crest images).
if grep -Eq 'GDS Transport|govuk-crest|/assets/(fonts|images)/|url\(' static/css/staffroom.css; then
  echo "build_assets: staffroom.css references GOV.UK-only assets" >&2
  exit 1
fi

echo "build_assets: OK ($(wc -c < static/css/staffroom.css) bytes CSS)"
