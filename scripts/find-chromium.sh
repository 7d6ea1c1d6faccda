#!/usr/bin/env bash
# Prints the path of a Chromium that honours --load-extension (branded Chrome >= 137 does not).
# Order: $CHROME_PATH, then Debian's /usr/bin/chromium. On a Debian machine as root with none
# present, installs Debian's chromium package with its translations (chromium-l10n, so a
# browser started with LANGUAGE=ja runs in Japanese) and CJK fonts (fonts-noto-cjk, so Chinese
# and Japanese screenshots show glyphs, not boxes), and says so on stderr.
set -euo pipefail
if [[ -n "${CHROME_PATH:-}" && -x "${CHROME_PATH}" ]]; then echo "$CHROME_PATH"; exit 0; fi
apt_install() {
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >&2
}
# Debian's chromium without its translations runs in English whatever LANGUAGE says, and the UI-language
# tests fail on it: add them (as root) or say what is missing.
ensure_debian_translations() {
  [[ -f /etc/debian_version ]] && command -v dpkg-query > /dev/null || return 0
  dpkg-query -W -f='${Status}' chromium-l10n 2> /dev/null | grep -q 'install ok installed' && return 0
  if [[ "$(id -u)" == 0 ]]; then
    echo "Chromium has no translations: installing chromium-l10n and fonts-noto-cjk (apt-get)…" >&2
    apt_install chromium-l10n fonts-noto-cjk
  else
    echo "Chromium has no translations (chromium-l10n): the UI-language browser tests will fail." >&2
  fi
}
for candidate in /usr/bin/chromium /usr/bin/chromium-browser /snap/bin/chromium; do
  if [[ -x "$candidate" ]]; then
    [[ "$candidate" == /usr/bin/chromium ]] && ensure_debian_translations
    echo "$candidate"
    exit 0
  fi
done
if [[ -f /etc/debian_version && "$(id -u)" == 0 ]]; then
  echo "No Chromium found: installing Debian's chromium, chromium-l10n and fonts-noto-cjk (apt-get)…" >&2
  apt_install chromium chromium-l10n fonts-noto-cjk
  echo /usr/bin/chromium
  exit 0
fi
echo "No Chromium found. Install Chromium (Debian: apt-get install chromium) or set CHROME_PATH." >&2
exit 1
