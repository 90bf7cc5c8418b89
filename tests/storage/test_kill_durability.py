"""Pulling the plug: a writing process killed with SIGKILL at random moments, round after
round. Every time, the database passes its integrity check and every write that was
reported as saved is there (SQLite in WAL mode with synchronous=FULL)."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlmodel import select

from planner.core.models import ContactAttempt, Incident
from planner.storage.database import Database
from planner.storage.paths import AppPaths

ROUNDS = 50
WRITER = Path(__file__).with_name("kill_writer.py")


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_kill_minus_nine_loses_nothing_reported_as_saved(tmp_path: Path) -> None:
    data = tmp_path / "data"
    rng = random.Random(20261122)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    reported: set[int] = set()
    for _round in range(ROUNDS):
        writer = subprocess.Popen(
            [sys.executable, str(WRITER), str(data)],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            env=env,
        )
        assert writer.stdout is not None
        assert writer.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.25))  # kill somewhere in the middle of the writes
        writer.send_signal(signal.SIGKILL)
        output, _ = writer.communicate(timeout=30)
        reported.update(int(line) for line in output.split() if line.isdigit())

        db = Database.open(AppPaths.resolve(data))
        try:
            with db.engine.connect() as conn:
                assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            with db.session(write=False) as session:
                stored = set(session.exec(select(Incident.id)).all())
                with_call = set(session.exec(select(ContactAttempt.incident_id)).all())
        finally:
            db.close()
        missing = reported - stored
        assert not missing, f"reported as saved but lost: {sorted(missing)[:10]}"
        # Each id is printed after its incident and its call were both committed.
        assert reported <= with_call
    assert len(reported) > ROUNDS  # the writer did get work done between the kills
