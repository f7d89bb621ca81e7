#!/usr/bin/env bash
# The main job: install, build the extension (Chrome MV3 + Firefox), zip both, and open Chromium
# with Firmly loaded when a display exists; otherwise say which folder to load.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules ] || npm ci --no-audit --no-fund
npx wxt build
npx wxt build -b firefox
npx wxt zip >/dev/null && npx wxt zip -b firefox >/dev/null
EXT="$(pwd)/.output/chrome-mv3"
echo
echo "Built: $EXT (Chrome/Chromium/Edge), $(pwd)/.output/firefox-mv2 (Firefox), zips in .output/"
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  bash .ci/setup-chromium.sh
  PROFILE="$(mktemp -d -t firmly-profile-XXXX)"
  echo "Opening Chromium with Firmly loaded (profile $PROFILE)…"
  exec "${CHROMIUM_PATH:-/usr/bin/chromium}" --user-data-dir="$PROFILE" --no-first-run \
    --disable-extensions-except="$EXT" --load-extension="$EXT" https://mail.google.com/
else
  echo "No display here. Load the folder above as an unpacked extension:"
  echo "  Chrome: chrome://extensions → Developer mode → Load unpacked → $EXT"
  echo "  Firefox: about:debugging#/runtime/this-firefox → Load Temporary Add-on → .output/firefox-mv2/manifest.json"
fi
