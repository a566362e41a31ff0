#!/usr/bin/env bash
# Makes a headless-capable Chromium available for the PDF export and the browser tests and exports
# MP_CHROMIUM_PATH. A fresh Debian machine has none: it is installed from Debian packages (as root),
# together with DejaVu fonts so Cyrillic text renders.
set -euo pipefail

find_chromium() {
  local c
  for c in "${MP_CHROMIUM_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome; do
    if [ -n "$c" ] && [ -x "$c" ]; then echo "$c"; return 0; fi
  done
  return 1
}

ensure_chromium() {
  if ! find_chromium >/dev/null; then
    echo "[chromium] not found; installing chromium and fonts-dejavu-core from Debian packages"
    if [ "$(id -u)" -ne 0 ]; then echo "[chromium] need root to apt-get install chromium (or set MP_CHROMIUM_PATH)" >&2; return 1; fi
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
  fi
  MP_CHROMIUM_PATH="$(find_chromium)"
  export MP_CHROMIUM_PATH
  echo "[chromium] using $MP_CHROMIUM_PATH"
}
