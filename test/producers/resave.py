"""Re-saves a workbook as another producer would: `openpyxl IN OUT` loads and saves it with openpyxl;
`xlsxwriter IN OUT` rebuilds it cell by cell with xlsxwriter (values, formulas, sheet order, hidden
sheets), reading it with openpyxl. Used by test/producers/other-producers.test.ts."""
import sys

import openpyxl


def with_openpyxl(src, dst):
    wb = openpyxl.load_workbook(src)
    wb.save(dst)


def with_xlsxwriter(src, dst):
    import xlsxwriter

    source = openpyxl.load_workbook(src)
    book = xlsxwriter.Workbook(dst)
    for ws in source.worksheets:
        out = book.add_worksheet(ws.title)
        if ws.sheet_state == "hidden":
            out.hide()
        elif ws.sheet_state == "veryHidden":
            if hasattr(out, "very_hidden"):
                out.very_hidden()
            else:  # xlsxwriter before 3.0.3 (Debian 12's): the state very_hidden() sets
                out.hide()
                out.hidden = 2
        for row in ws.iter_rows():
            for cell in row:
                v = cell.value
                if v is None:
                    continue
                if isinstance(v, str) and v.startswith("="):
                    out.write_formula(cell.row - 1, cell.column - 1, v)
                elif hasattr(v, "year"):
                    fmt = book.add_format({"num_format": "dd/mm/yyyy"})
                    out.write_datetime(cell.row - 1, cell.column - 1, v, fmt)
                elif isinstance(v, str):
                    out.write_string(cell.row - 1, cell.column - 1, v)
                else:
                    out.write(cell.row - 1, cell.column - 1, v)
    book.close()


{"openpyxl": with_openpyxl, "xlsxwriter": with_xlsxwriter}[sys.argv[1]](sys.argv[2], sys.argv[3])
