"""Development-time scripts (run by hand, never imported by the site)."""
