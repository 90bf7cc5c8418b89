"""Write a new Alembic migration by comparing the models with a database at the current head.

Usage: python scripts/new_migration.py "what changes"   (developers only; not shipped)
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine

from planner.storage import schema


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        engine = create_engine(f"sqlite:///{Path(tmp) / 'head.sqlite3'}")
        if schema.scripts().get_current_head() is not None:
            schema.upgrade(engine)
        number = len(schema.known_revisions()) + 1
        with engine.connect() as conn:
            command.revision(
                schema.alembic_config(conn),
                message=sys.argv[1],
                autogenerate=True,
                rev_id=f"{number:04d}",
            )
        engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
