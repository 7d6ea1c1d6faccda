#!/usr/bin/env bash
# Prints the path of a Firefox that speaks WebDriver BiDi and loads a temporary add-on
# (Firefox ESR >= 128; the extension needs 140). Order: $FIREFOX_PATH, then Debian's
# /usr/bin/firefox-esr, then /usr/bin/firefox. On a Debian machine as root with none present,
# installs Debian's firefox-esr package (a minute or two) and says so on stderr.
set -euo pipefail
if [[ -n "${FIREFOX_PATH:-}" && -x "${FIREFOX_PATH}" ]]; then echo "$FIREFOX_PATH"; exit 0; fi
for candidate in /usr/bin/firefox-esr /usr/bin/firefox; do
  if [[ -x "$candidate" ]]; then echo "$candidate"; exit 0; fi
done
if [[ -f /etc/debian_version && "$(id -u)" == 0 ]]; then
  echo "No Firefox found: installing Debian's firefox-esr package (apt-get install firefox-esr)…" >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends firefox-esr >&2
  echo "Installed $(/usr/bin/firefox-esr --version 2>/dev/null || echo firefox-esr) at /usr/bin/firefox-esr." >&2
  echo /usr/bin/firefox-esr
  exit 0
fi
echo "No Firefox found. Install Firefox ESR (Debian: apt-get install firefox-esr) or set FIREFOX_PATH." >&2
exit 1
