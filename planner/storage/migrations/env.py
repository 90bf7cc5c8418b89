"""Alembic environment: migrations run only through planner.storage.schema, on its connection."""

from alembic import context

from planner.core.models import metadata
from planner.storage.schema import include_object

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Run migrations through planner.storage.schema, not the alembic CLI.")

context.configure(
    connection=connection,
    target_metadata=metadata,
    # SQLite cannot ALTER most things: batch mode copies the table instead.
    render_as_batch=True,
    compare_type=True,
    include_object=include_object,
)
with context.begin_transaction():
    context.run_migrations()
