"""The Qt widgets of Dialogue Desk: a thin layer over the services."""
