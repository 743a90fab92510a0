"""Use cases of Dialogue Desk: plain Python over the store, no widgets."""
