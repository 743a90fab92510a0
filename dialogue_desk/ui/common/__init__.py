"""Mechanisms every tab shares: background work, undo, errors, form parts and table models."""
