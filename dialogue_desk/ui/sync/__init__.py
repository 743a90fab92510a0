"""Several laptops at one event: the Share, Open shared event, Sync now and Merge review actions.

The window wires them in with :func:`install_sync_actions`; nothing else in the interface
imports this package.
"""

from dialogue_desk.ui.sync.actions import SyncActions, install_sync_actions

__all__ = ["SyncActions", "install_sync_actions"]
