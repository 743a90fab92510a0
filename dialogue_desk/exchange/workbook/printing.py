"""How a sheet prints: orientation, scale, repeated header, page header and footer, print area.

A sheet is set up from its column widths, so it prints readably in Excel and LibreOffice:

- portrait when the columns fit an A4 page upright at full size, else landscape;
- fitted to one page wide only where that keeps the scale at 60 % or more; a wider sheet
  prints at full size over several pages across, with its first column repeated on each;
- the header row repeated on every page, the event and sheet name at the top, "Page N of M"
  at the foot (in the export language), and the print area set to the data.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties

#: Printable width of A4 with Excel's default margins (0.7" left and right), in pixels at
#: 96 dpi, as the spreadsheet programs lay columns out.
PORTRAIT_PIXELS = round((210 - 2 * 17.78) / 25.4 * 96)
LANDSCAPE_PIXELS = round((297 - 2 * 17.78) / 25.4 * 96)
#: Below this scale a printed sheet is too small to read.
SMALLEST_SCALE = 0.6


@dataclass(frozen=True)
class PrintTexts:
    """The texts of a printed page: the event at the top left, the footer's page numbers.

    ``page_of`` is the translated "Page {page} of {pages}".
    """

    event: str = ""
    page_of: str = "Page {page} of {pages}"


@dataclass(frozen=True)
class Layout:
    landscape: bool
    fit_to_width: bool
    #: The scale the sheet prints at (1.0 when not fitted).
    scale: float


def column_pixels(width: float) -> int:
    """A column ``width`` characters wide in pixels (Calibri 11: 7 px a character + 5)."""
    return int(width * 7 + 5)


def layout_for(widths: list[float]) -> Layout:
    """Orientation and fitting for columns of these widths (see the module docstring)."""
    total = sum(column_pixels(w) for w in widths) or 1
    if total <= PORTRAIT_PIXELS:
        return Layout(landscape=False, fit_to_width=False, scale=1.0)
    if total <= LANDSCAPE_PIXELS:
        return Layout(landscape=True, fit_to_width=False, scale=1.0)
    scale = LANDSCAPE_PIXELS / total
    if scale >= SMALLEST_SCALE:
        return Layout(landscape=True, fit_to_width=True, scale=scale)
    return Layout(landscape=True, fit_to_width=False, scale=1.0)


def _header_text(text: str) -> str:
    # "&" starts a code in header and footer text; a literal one is doubled.
    return " ".join(text.replace("&", "&&").split())[:120]


def set_up_printing(
    sheet: Any, widths: list[float], rows: int, texts: PrintTexts | None = None
) -> Layout:
    """Give ``sheet`` (with ``rows`` data rows below its header) its print set-up."""
    texts = texts or PrintTexts()
    layout = layout_for(widths)
    last_column = get_column_letter(max(len(widths), 1))
    sheet.print_area = f"A1:{last_column}{rows + 1}"
    sheet.print_title_rows = "1:1"
    setup = sheet.page_setup
    setup.orientation = "landscape" if layout.landscape else "portrait"
    setup.paperSize = "9"  # A4
    if layout.fit_to_width:
        setup.fitToWidth = 1
        setup.fitToHeight = 0
        sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    else:
        sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=False)
        setup.scale = 100
        if len(widths) > 1 and sum(column_pixels(w) for w in widths) > LANDSCAPE_PIXELS:
            # Pages to the right repeat the first column, so each row still has its name.
            sheet.print_title_cols = "A:A"
    sheet.print_options.gridLines = True
    header = sheet.oddHeader
    header.left.text = _header_text(texts.event)
    header.left.size = 9
    header.right.text = "&A"  # the sheet's name
    header.right.size = 9
    footer = sheet.oddFooter
    footer.right.text = _header_text(texts.page_of).replace("{page}", "&P").replace("{pages}", "&N")
    footer.right.size = 9
    return layout
