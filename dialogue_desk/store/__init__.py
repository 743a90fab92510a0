"""The local SQLite store: models, safe opening, locking, backups and migrations.

Names are loaded on first use (PEP 562), so ``dialogue_desk.store.preflight`` and ``.errors`` can
be imported without SQLAlchemy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from dialogue_desk.store.engine import Store, open_store
    from dialogue_desk.store.errors import StoreError
    from dialogue_desk.store.preflight import SCHEMA_HEAD

__all__ = ["SCHEMA_HEAD", "Store", "StoreError", "open_store"]


def __getattr__(name: str) -> Any:
    if name in ("Store", "open_store"):
        from dialogue_desk.store import engine

        return getattr(engine, name)
    if name == "StoreError":
        from dialogue_desk.store.errors import StoreError

        return StoreError
    if name == "SCHEMA_HEAD":
        from dialogue_desk.store.preflight import SCHEMA_HEAD

        return SCHEMA_HEAD
    raise AttributeError(name)
