"""The Notes tab: key points, decisions and action items as the discussion runs."""
