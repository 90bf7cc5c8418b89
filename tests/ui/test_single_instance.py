"""One app per data folder: a second start wakes the first; a crashed run's lock is taken
over, and its marker asks for a full check."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from planner.storage.paths import AppPaths
from planner.ui.single_instance import SingleInstance


def test_a_second_start_wakes_the_first_instead_of_running(qtbot, ui_paths: AppPaths) -> None:
    first = SingleInstance(ui_paths)
    assert first.acquire()
    assert not first.unclean_shutdown
    second = SingleInstance(ui_paths)
    with qtbot.waitSignal(first.activated, timeout=15_000):
        assert not second.acquire()
    first.release()
    third = SingleInstance(ui_paths)
    assert third.acquire()  # after a clean exit the folder is free again
    assert not third.unclean_shutdown
    third.release()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_crashed_runs_lock_is_taken_over_and_asks_for_a_check(qtbot, ui_paths: AppPaths) -> None:
    script = textwrap.dedent(
        f"""
        import sys, time
        from PySide6.QtCore import QCoreApplication
        from planner.storage.paths import AppPaths
        from planner.ui.single_instance import SingleInstance
        app = QCoreApplication([])
        instance = SingleInstance(AppPaths.resolve({str(ui_paths.data_dir)!r}))
        assert instance.acquire()
        print("locked", flush=True)
        time.sleep(60)
        """
    )
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    crashed = subprocess.Popen(
        [sys.executable, "-c", script], stdout=subprocess.PIPE, text=True, env=env
    )
    assert crashed.stdout is not None
    assert crashed.stdout.readline().strip() == "locked"
    assert not SingleInstance(ui_paths).acquire()  # it is alive: the folder is taken
    crashed.send_signal(signal.SIGKILL)
    crashed.communicate(timeout=30)

    after = SingleInstance(ui_paths)
    assert after.acquire()
    assert after.unclean_shutdown  # the last run did not end cleanly: check the data
    after.release()
