"""Import an evaluation form read from a file (an XLSForm): store it whole, or nothing.

``exchange.xlsform`` reads and checks the workbook into a :class:`FormSpec`; here it becomes a
form of the event (or of the library) in one transaction.
"""

from __future__ import annotations

from dialogue_desk.services.errors import ServiceError, ValidationError
from dialogue_desk.services.evaluation.forms import create_form
from dialogue_desk.services.evaluation.records import FormRecord, FormSpec
from dialogue_desk.store import Store


class FormImportError(ServiceError):
    """The file is not a form this app can take; the message says why and where."""


def import_form(
    store: Store, event_id: int | None, spec: FormSpec, *, source: str = ""
) -> FormRecord:
    """Store ``spec`` as a new form of ``event_id`` (None: the library), all or nothing.

    A question the form cannot hold refuses it with FormImportError, prefixed by ``source``
    (the file's name).
    """
    try:
        return create_form(store, event_id, spec)
    except ValidationError as error:
        raise FormImportError(f"{source}: {error}" if source else str(error)) from None
