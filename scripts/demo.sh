#!/usr/bin/env bash
# npm run demo: install what is needed, build, and show Marginalia on the seed page.
set -euo pipefail
cd "$(dirname "$0")/.."
[[ -d node_modules ]] || npm ci
CHROME_PATH="$(bash scripts/find-chromium.sh)"
export CHROME_PATH
npx wxt build >/dev/null
npx tsx scripts/demo.ts
