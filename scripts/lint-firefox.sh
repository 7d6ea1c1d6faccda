#!/usr/bin/env bash
# npm run lint:firefox — build the production Firefox extension and run Mozilla's add-on linter
# (the checks addons.mozilla.org runs on upload) over it. Fails on any error; warnings are listed.
#
# Flags: not --self-hosted, because that silences the checks AMO applies to listed add-ons;
# --no-config-discovery so a stray web-ext config cannot change what is checked.
# Known warnings: UNSAFE_VAR_ASSIGNMENT for innerHTML inside bundled Readability (on the parsed,
# inert copy of the page), DOMPurify (its own inert parsing document) and Preact's
# dangerouslySetInnerHTML, used only by the panel's reader copy on DOMPurify's output.
set -euo pipefail
cd "$(dirname "$0")/.."
npx wxt build -b firefox >/dev/null
npx web-ext lint --source-dir .output/firefox-mv3 --no-config-discovery --output text "$@"
