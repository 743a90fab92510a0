"""Qt Linguist catalogues (.ts sources, built .qm files)."""
