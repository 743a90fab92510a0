"""Icons, fonts, templates and styles shipped with Dialogue Desk."""
