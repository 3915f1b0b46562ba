"""Reads a sheet's protection as openpyxl sees it: prints JSON {protected, locked: {cell: bool}}.

Usage: protection.py FILE SHEET CELL...
"""
import json
import sys

import openpyxl

path, sheet, *cells = sys.argv[1:]
ws = openpyxl.load_workbook(path)[sheet]
print(json.dumps({
    "protected": bool(ws.protection.sheet),
    "locked": {cell: bool(ws[cell].protection.locked) for cell in cells},
}))
