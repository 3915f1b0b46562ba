#!/usr/bin/env bash
# Installs everything the whole test suite needs on a fresh Debian machine:
# Debian's chromium (end-to-end tests), LibreOffice Calc without GUI (recalculates the summary's
# formulas), fonts with Vietnamese glyphs, then the npm packages from the lock file.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(chromium libreoffice-calc-nogui fonts-dejavu-core poppler-utils)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then sudo=sudo; else sudo=; fi
  echo "Cài gói Debian: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

npm ci --no-audit --no-fund
