"""The read API: stored articles and entities over HTTP, from a read-only database session."""
