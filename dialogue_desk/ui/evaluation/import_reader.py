"""Reading an XLSForm off the GUI thread, so the window never freezes while pyxform works."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QThread, Signal

from dialogue_desk.services.errors import ServiceError

log = logging.getLogger(__name__)


class XLSFormReader(QThread):
    """Emits ``read`` with the FormSpec, or with a ServiceError saying why it was refused."""

    read = Signal(object)

    def __init__(self, path: Path, event_id: int, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.path, self.event_id = path, event_id

    def run(self) -> None:
        from dialogue_desk.exchange.xlsform import read_xlsform

        try:
            result: object = read_xlsform(self.path)
        except ServiceError as error:
            result = error
        except Exception:  # noqa: BLE001 - never a traceback in front of a user
            log.exception("Reading the XLSForm %s failed", self.path)
            result = ServiceError(
                QCoreApplication.translate(
                    "XLSForm", "{file} could not be read; details are in the log file."
                ).format(file=self.path.name)
            )
        self.read.emit(result)
