"""The Evaluation tab: form designer, paper entry, locked kiosk and results."""
