"""Export actions and dialogs: the coordinator's workbook, the PDF summary, close and sync out."""
