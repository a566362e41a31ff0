#!/usr/bin/env bash
# Makes a headless Chromium available for PDF printing (and browser tests) and exports
# MP_CHROMIUM_PATH. Order: MP_CHROMIUM_PATH already set -> the system chromium -> apt-get install
# chromium + fonts (as root only; a fresh Debian machine has no Chromium). Never runs
# `playwright install`: the portal drives the system browser through ExecutablePath.
# Without Chromium the portal still runs; only the PDF exports say they are unavailable.

find_chromium() {
  local candidate
  for candidate in "${MP_CHROMIUM_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome; do
    if [ -n "$candidate" ] && [ -x "$candidate" ]; then echo "$candidate"; return 0; fi
  done
  return 1
}

ensure_chromium() {
  local path
  if ! path="$(find_chromium)"; then
    if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
      echo "[chromium] not found; installing chromium and fonts-dejavu-core from Debian packages"
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
      # pdftoppm (poppler-utils) is only for looking at PDFs as images; optional.
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils >/dev/null 2>&1 || true
      path="$(find_chromium)" || true
    fi
  fi
  if [ -n "${path:-}" ]; then
    export MP_CHROMIUM_PATH="$path"
    echo "[chromium] using $MP_CHROMIUM_PATH"
  else
    echo "[chromium] not available (need root to apt-get install chromium); PDF exports will be disabled" >&2
  fi
  return 0
}
