"""Writing a PDF safely: through :func:`exchange.files.write_atomically` (a hidden part file
beside the target, moved into place when complete, 0600 when new), with the messages a PDF
needs, and a note of the names that could not be printed fully."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from reportlab.platypus.doctemplate import LayoutError

from dialogue_desk.exchange import files
from dialogue_desk.exchange.pdf.scripts import collecting_unprintable
from dialogue_desk.i18n import translate
from dialogue_desk.services.errors import ServiceError

log = logging.getLogger(__name__)

_unprintable: dict[Path, list[str]] = {}
_lock = threading.Lock()


def unprintable_names(path: Path | str) -> list[str]:
    """The texts in the PDF last written to ``path`` with characters no font here has."""
    with _lock:
        return list(_unprintable.get(Path(path).expanduser().absolute(), []))


def unprintable_warning(path: Path | str) -> str:
    """A translated sentence naming what did not print fully in ``path``; "" when all did."""
    names = unprintable_names(path)
    if not names:
        return ""
    shown = ", ".join(names[:10]) + (" …" if len(names) > 10 else "")
    return translate(
        "PdfExport",
        "{path} was written, but no font on this computer has every letter of: {names}. "
        "Those letters print as empty boxes; install a font for that script (for example a "
        "Noto font) and export again.",
    ).format(path=path, names=shown)


def write_atomically(path: Path | str, write: Callable[[str], None]) -> Path:
    """Call ``write(temporary_path)`` and move the result to ``path``; never half a file.

    Raises ServiceError with a message a user can act on when the target cannot be written.
    """
    target = Path(path).expanduser().absolute()

    def write_pdf(temporary: Path) -> None:
        with collecting_unprintable() as missing:
            try:
                write(str(temporary))
            except LayoutError as error:
                # Should not happen (long rows split across pages), but never a traceback.
                raise ServiceError(
                    translate(
                        "PdfExport",
                        "Some text is too large to fit on a page, so {path} was not written. "
                        "Shorten very long notes or titles and try again.",
                    ).format(path=target)
                ) from error
        with _lock:
            _unprintable[target] = sorted(missing)
        if missing:
            log.warning("%s: %d texts with characters no font has", target.name, len(missing))

    return files.write_atomically(target, write_pdf)
