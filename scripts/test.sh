#!/usr/bin/env bash
# The whole test suite: types, unit tests (incl. the production manifests), then the built
# extension in a real Chromium and in a real Firefox ESR (each installed with apt when absent).
set -euo pipefail
cd "$(dirname "$0")/.."
[[ -d node_modules ]] || npm ci
npx tsc --noEmit
npx wxt build >/dev/null
npx wxt build -b firefox >/dev/null
E2E=1 npx wxt build >/dev/null
CHROME_PATH="$(bash scripts/find-chromium.sh)"
export CHROME_PATH
FIREFOX_PATH="$(bash scripts/find-firefox.sh)"
export FIREFOX_PATH
npx vitest run --project unit --project e2e --project e2e-firefox "$@"
