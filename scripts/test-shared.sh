#!/usr/bin/env bash
# The suites that read ../shared beside the checkout (real pages, DOMPurify's vectors, the
# evaluations on the shared corpora). A fresh clone has no ../shared: this says so and fails.
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ ! -d ../shared/corpus ]]; then
  echo "ERROR: ../shared/corpus is not beside the checkout ($(cd .. && pwd)/shared)." >&2
  echo "The shared suite reads the real-page corpora there; nothing was run. (npm test needs no ../shared.)" >&2
  exit 1
fi
[[ -d node_modules ]] || npm ci
[[ -f .output/chrome-mv3-e2e/manifest.json ]] || E2E=1 npx wxt build >/dev/null
CHROME_PATH="$(bash scripts/find-chromium.sh)"
export CHROME_PATH
npx vitest run --project shared
npm run corpus -- ../shared/corpus/readability-test-pages
# Extraction, claims (written and real), glossary and disclaimer in one table; each gates its test split.
npm run eval
npm run eval:anchoring
npm run glossary:corpus
