"""PDF files (reportlab): the event summary, sign-in sheets, badges and the agenda handout.

Imported only when a PDF is written, so reportlab never slows start-up."""
