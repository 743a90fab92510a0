"""Dialogue Desk: the offline desktop companion for facilitators of integration dialogue."""

__version__ = "0.1.0"
APP_NAME = "Dialogue Desk"
APP_ID = "dialogue-desk"
