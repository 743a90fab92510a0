"""The Check-in tab: the door search, walk-ins, registration lists and handouts."""
