"""The local SQLite store: models, safe opening, locking, backups and migrations."""

from dialogue_desk.store.engine import SCHEMA_HEAD, Store, open_store
from dialogue_desk.store.errors import StoreError

__all__ = ["SCHEMA_HEAD", "Store", "StoreError", "open_store"]
