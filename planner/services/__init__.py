"""Use cases. Every change to the data goes through a function here; each returns plain data
and a :class:`~planner.services.changes.Changes` saying what changed, so views can refresh."""
