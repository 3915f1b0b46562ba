"""Fills a cluster workbook's scores as a unit officer would in another program (openpyxl): every
leaf criterion of every unit sheet gets a self score (a share of its maximum that falls with the
unit's place, bonus and deduction rows 0), and every unit is marked registered and signed, with both
reports sent. `python year-fill.py IN OUT [same]`: with `same`, every unit gets the same scores (a tie). Used by test/cli/year.test.ts."""
import datetime
import sys

import openpyxl

wb = openpyxl.load_workbook(sys.argv[1])
units = wb["Đơn vị"]
header = [c.value for c in units[3]]
codes = []
for row in units.iter_rows(min_row=4):
    code = row[header.index("Mã")].value
    if not code:
        continue
    codes.append(code)
    for name in ("Đăng ký", "Ký giao ước", "Ngày gửi BC sơ kết", "Ngày gửi BC tổng kết"):
        if name in header:
            row[header.index(name)].value = "Có"

for i, code in enumerate(codes):
    ws = wb[code]
    head_row = next(r for r in range(1, 20) if ws.cell(r, 1).value == "Mã")
    cols = {ws.cell(head_row, c).value: c for c in range(1, ws.max_column + 1)}
    rows = [r for r in range(head_row + 1, ws.max_row + 1) if ws.cell(r, cols["Mã"]).value]
    all_codes = [str(ws.cell(r, cols["Mã"]).value) for r in rows]
    for r in rows:
        c = str(ws.cell(r, cols["Mã"]).value)
        if any(o.startswith(c + ".") for o in all_codes):
            continue
        mx = ws.cell(r, cols["Điểm tối đa"]).value or 0
        kind = str(ws.cell(r, cols["Loại"]).value or "") if "Loại" in cols else ""
        share = 0.9 if len(sys.argv) > 3 and sys.argv[3] == "same" else 0.97 - 0.04 * i
        value = 0 if ("thưởng" in kind.lower() or "trừ" in kind.lower()) else round(mx * share * 4) / 4
        ws.cell(r, cols["Tự chấm"]).value = value
wb.save(sys.argv[2])
