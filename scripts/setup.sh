#!/usr/bin/env bash
# Installs everything the whole test suite needs on a fresh Debian machine:
# Debian's chromium (end-to-end tests), LibreOffice Calc without GUI (recalculates the summary's
# formulas, re-saves workbooks as another producer), LibreOffice Writer without GUI (prints the Word
# documents to PDF), Gnumeric (its ssconvert re-saves workbooks), fonts with Vietnamese glyphs
# (Liberation Serif has the metrics of Times New Roman, which Debian does not ship; LibreOffice
# substitutes it; Carlito has the metrics of Calibri, the workbooks' default font, so Calc sizes
# columns as Excel does and prints the recommendation sheet at the width Excel would), poppler-utils (reads the printed PDFs), Python's openpyxl and xlsxwriter in a
# git-ignored venv (.venv: two more producers of .xlsx files; Pillow lets openpyxl put a picture in
# one), then the npm packages from the lock file.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(chromium libreoffice-calc-nogui libreoffice-writer-nogui gnumeric fonts-dejavu-core fonts-liberation2 fonts-crosextra-carlito poppler-utils python3-venv)
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

if ! .venv/bin/python -c "import openpyxl, xlsxwriter, PIL" 2>/dev/null; then
  echo "Cài openpyxl, xlsxwriter, Pillow vào .venv"
  rm -rf .venv
  python3 -m venv .venv
  # PyPI's pinned versions where PyPI is reachable; where it is not (some CI machines reach only
  # npm and Debian), Debian's own packages in a venv that sees them. Both run the producer tests.
  if ! .venv/bin/pip install -q --retries 0 --timeout 20 openpyxl==3.1.5 xlsxwriter==3.2.9 pillow==12.3.0; then
    echo "PyPI không với tới được: dùng gói Debian python3-openpyxl, python3-xlsxwriter, python3-pil"
    if [ "$(id -u)" -ne 0 ]; then sudo=sudo; else sudo=; fi
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
      python3-openpyxl python3-xlsxwriter python3-pil
    rm -rf .venv
    /usr/bin/python3 -m venv --system-site-packages .venv
  fi
  .venv/bin/python -c "import openpyxl, xlsxwriter, PIL"
fi

npm ci --no-audit --no-fund
