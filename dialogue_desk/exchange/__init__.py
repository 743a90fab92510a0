"""Imports and exports: spreadsheets, XLSForm, workbooks and PDF reports."""
