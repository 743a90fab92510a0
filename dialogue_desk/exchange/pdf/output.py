"""Writing an export safely: into a temporary file beside the target, moved into place when
complete, so a failure leaves any earlier file intact."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from reportlab.platypus.doctemplate import LayoutError

from dialogue_desk.i18n import translate
from dialogue_desk.services.errors import ServiceError


def write_atomically(path: Path | str, write: Callable[[str], None]) -> Path:
    """Call ``write(temporary_path)`` and move the result to ``path``; never half a file.

    Raises ServiceError with a message a user can act on when the target cannot be written.
    """
    target = Path(path).expanduser()
    if not target.is_absolute():
        target = Path.cwd() / target
    folder = target.parent
    if target.is_dir():
        raise ServiceError(
            translate("PdfExport", "{path} is a folder; choose a file name.").format(path=target)
        )
    if not folder.is_dir():
        raise ServiceError(
            translate("PdfExport", "The folder {folder} does not exist.").format(folder=folder)
        )
    try:
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
        os.close(handle)
    except OSError as error:
        raise ServiceError(
            translate("PdfExport", "Cannot write in the folder {folder}: {reason}.").format(
                folder=folder, reason=error.strerror or error
            )
        ) from error
    try:
        write(temporary)
        # mkstemp makes the file private; an export is an ordinary document.
        os.chmod(temporary, target.stat().st_mode & 0o777 if target.exists() else 0o644)
        os.replace(temporary, target)
    except LayoutError as error:
        # Should not happen (long rows split across pages), but never a traceback for it.
        raise ServiceError(
            translate(
                "PdfExport",
                "Some text is too large to fit on a page, so {path} was not written. "
                "Shorten very long notes or titles and try again.",
            ).format(path=target)
        ) from error
    except PermissionError as error:
        raise ServiceError(
            translate(
                "PdfExport",
                "Cannot replace {path}: it is read-only or open in another program. "
                "Close it there or choose another name.",
            ).format(path=target)
        ) from error
    except OSError as error:
        raise ServiceError(
            translate(
                "PdfExport", "Writing {path} failed: {reason}. Any earlier file is unchanged."
            ).format(path=target, reason=error.strerror or error)
        ) from error
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
    return target
