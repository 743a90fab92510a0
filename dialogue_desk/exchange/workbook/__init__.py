"""The coordinator's Excel workbooks (openpyxl): the event workbook and the comparison.

Imported only when a workbook is written, so openpyxl never slows start-up."""
