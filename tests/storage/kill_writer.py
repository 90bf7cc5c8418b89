"""A process that writes incidents as fast as it can and says which ones were saved.

Run by tests/storage/test_kill_durability.py, which kills it with SIGKILL at random moments.
Each id is printed only after log_incident returned, i.e. after the commit was reported."""

from __future__ import annotations

import sys

from planner.core import i18n
from planner.core.enums import ContactMethod, ContactOutcome
from planner.services.incidents import IncidentInput, log_incident, record_contact
from planner.storage.database import Database
from planner.storage.paths import AppPaths


def main() -> None:
    i18n.install_translator(None)
    db = Database.open(AppPaths.resolve(sys.argv[1]))
    print("ready", flush=True)
    n = 0
    while True:
        n += 1
        incident_id = log_incident(
            db, IncidentInput(text=f"complaint {n} " + "x" * (n % 700))
        ).value
        record_contact(db, incident_id, ContactMethod.CALL, ContactOutcome.NO_ANSWER, notes="n")
        print(incident_id, flush=True)


if __name__ == "__main__":
    main()
