"""Makes the files of test/producers/nothing-lost.test.ts with the programs users have.

`vba-ods OUT.ods` writes a small OpenDocument spreadsheet holding a Basic module in VBA
compatibility mode; LibreOffice then saves it as .xlsm with a real macro project
(xl/vbaProject.bin), which is where the test's macro project comes from.

`decorate CLUSTER.xlsx MACROS.xlsm OUT.xlsm` loads a cluster workbook with openpyxl and adds what
a unit's workbook carries beyond the product's sheets: a chart and a picture on a sheet of the
user's, a comment and conditional formatting on a unit sheet, the user's defined names, a hidden
sheet holding TCVN3 text in a .VnTime font (for Chuyển mã), a sheet of the user's named like the
product's summary, and the macro project of MACROS.xlsm. Saved as .xlsm by openpyxl.

`fill UNIT.xlsx` writes a note beside every scored criterion of a unit file, as a unit would in Excel
(its scores stay: some are appraised already, and an appraised score is never overwritten).

`check FILE` opens FILE with openpyxl (macros kept), turning every warning into a failure; prints
the sheet names.
"""
import io
import sys
import warnings
import zipfile

ODS_MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>
<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
<manifest:file-entry manifest:full-path="settings.xml" manifest:media-type="text/xml"/>
<manifest:file-entry manifest:full-path="Basic/script-lc.xml" manifest:media-type="text/xml"/>
<manifest:file-entry manifest:full-path="Basic/Standard/script-lb.xml" manifest:media-type="text/xml"/>
<manifest:file-entry manifest:full-path="Basic/Standard/Module1.xml" manifest:media-type="text/xml"/>
</manifest:manifest>"""

ODS_CONTENT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:spreadsheet><table:table table:name="Sheet1"><table:table-row><table:table-cell office:value-type="string"><text:p>macro</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>"""

# LibreOffice exports a VBA project only for a document in VBA compatibility mode (ODF settings).
ODS_SETTINGS = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-settings xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0" xmlns:ooo="http://openoffice.org/2004/office" office:version="1.2"><office:settings><config:config-item-set config:name="ooo:configuration-settings"><config:config-item config:name="VBACompatibilityMode" config:type="boolean">true</config:config-item></config:config-item-set></office:settings></office:document-settings>"""

BASIC_LIBRARIES = """<?xml version="1.0" encoding="UTF-8"?>
<library:libraries xmlns:library="http://openoffice.org/2000/library" xmlns:xlink="http://www.w3.org/1999/xlink">
 <library:library library:name="Standard" library:link="false"/>
</library:libraries>"""

BASIC_LIBRARY = """<?xml version="1.0" encoding="UTF-8"?>
<library:library xmlns:library="http://openoffice.org/2000/library" library:name="Standard" library:readonly="false" library:passwordprotected="false">
 <library:element library:name="Module1"/>
</library:library>"""

BASIC_MODULE = """<?xml version="1.0" encoding="UTF-8"?>
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic" script:moduleType="normal">Rem Attribute VBA_ModuleType=VBAModule
Option VBASupport 1
Sub XinChao
  MsgBox &quot;Xin chao cum thi dua&quot;
End Sub
</script:module>"""


def vba_ods(out):
    with zipfile.ZipFile(out, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        for name, text in [
            ("META-INF/manifest.xml", ODS_MANIFEST),
            ("settings.xml", ODS_SETTINGS),
            ("content.xml", ODS_CONTENT),
            ("Basic/script-lc.xml", BASIC_LIBRARIES),
            ("Basic/Standard/script-lb.xml", BASIC_LIBRARY),
            ("Basic/Standard/Module1.xml", BASIC_MODULE),
        ]:
            z.writestr(name, text, zipfile.ZIP_DEFLATED)


def png_bytes():
    from PIL import Image as PilImage

    picture = PilImage.new("RGB", (48, 32), (200, 30, 30))
    for x in range(48):
        for y in range(12, 20):
            picture.putpixel((x, y), (250, 220, 0))
    out = io.BytesIO()
    picture.save(out, format="PNG")
    out.seek(0)
    return out



def define(wb, name, ref, sheet=None):
    """A defined name, the workbook's or a sheet's. openpyxl 3.1 keeps them in dicts (one per sheet);
    3.0 (Debian 12's python3-openpyxl) in one list where a sheet's name carries the sheet's index."""
    from openpyxl.workbook.defined_name import DefinedName

    if isinstance(wb.defined_names, dict):
        target = wb.defined_names if sheet is None else sheet.defined_names
        target[name] = DefinedName(name, attr_text=ref)
    else:
        local = None if sheet is None else wb.sheetnames.index(sheet.title)
        wb.defined_names.append(DefinedName(name, attr_text=ref, localSheetId=local))

def decorate(src, macros, dst):
    from openpyxl import load_workbook
    from openpyxl.chart import BarChart, Reference
    from openpyxl.comments import Comment
    from openpyxl.drawing.image import Image
    from openpyxl.formatting.rule import CellIsRule
    from openpyxl.styles import Font, PatternFill
    from openpyxl.workbook.defined_name import DefinedName

    wb = load_workbook(src)
    wb.vba_archive = load_workbook(macros, keep_vba=True).vba_archive

    chart_sheet = wb.create_sheet("Biểu đồ")
    chart_sheet.append(["Đơn vị", "Điểm"])
    for i, points in enumerate([91, 94, 88, 93.5, 90, 87], start=1):
        chart_sheet.append([f"DV0{i}", points])
    chart = BarChart()
    chart.title = "Điểm thi đua"
    chart.add_data(Reference(chart_sheet, min_col=2, min_row=1, max_row=7), titles_from_data=True)
    chart.set_categories(Reference(chart_sheet, min_col=1, min_row=2, max_row=7))
    chart_sheet.add_chart(chart, "D2")
    chart_sheet.add_image(Image(png_bytes()), "D20")

    unit = wb["DV01"]
    unit["G6"].comment = Comment("Đã xem lại minh chứng", "Ban thường trực")
    unit.conditional_formatting.add(
        "E6:E60",
        CellIsRule(operator="lessThan", formula=["0"], fill=PatternFill("solid", bgColor="FFC7CE")),
    )

    define(wb, "DiemCao", "'Biểu đồ'!$B$2:$B$7")
    define(wb, "DonViBieuDo", "'Biểu đồ'!$A$2:$A$7", chart_sheet)

    notes = wb.create_sheet("Ghi chú riêng")
    notes["A1"] = "Ghi chú của thường trực cụm"
    notes["A2"] = "C«ng ®oµn c¬ së"
    notes["A2"].font = Font(name=".VnTime")
    notes.sheet_state = "hidden"

    mine = wb.create_sheet("Bảng tổng hợp")
    mine["A1"] = "Bảng tổng hợp của tôi — không phải của Thi Đua"
    wb.save(dst)


def fill(path):
    from openpyxl import load_workbook

    wb = load_workbook(path)
    for ws in wb.worksheets:
        header = None
        for row in ws.iter_rows():
            if header is None:
                if any(c.value == "Điểm tối đa" for c in row):
                    header = {c.value: c.column for c in row}
                continue
            if ws.cell(row[0].row, header["Loại"]).value == "Chấm điểm":
                ws.cell(row[0].row, header["Ghi chú"]).value = "Có minh chứng kèm theo"
    wb.save(path)


def check(path):
    from openpyxl import load_workbook

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        wb = load_workbook(path, keep_vba=True)
    print("\n".join(ws.title for ws in wb.worksheets))


commands = {"vba-ods": vba_ods, "decorate": decorate, "fill": fill, "check": check}
commands[sys.argv[1]](*sys.argv[2:])
