"""The ``crisis-planner`` command: no subcommand starts the GUI; subcommands script the app.

Each subcommand lives in a module of this package with a ``register(subparsers)`` function,
so later features add commands without growing one file.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from planner import __version__
from planner.cli import backup, check, demo, incident, interchange, journal, plan, privacy, report
from planner.core.errors import PlannerError

COMMANDS = (check, plan, incident, journal, report, backup, privacy, interchange, demo)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="crisis-planner",
        description="Prepare for, handle and learn from public customer complaints.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="keep all the app's files in DIR (default: the user data folder; "
        "also CRISIS_PLANNER_DATA_DIR)",
    )
    parser.add_argument(
        "--database",
        metavar="PATH|URL",
        help="a SQLite file or a SQLAlchemy URL such as "
        "postgresql+psycopg://user@host/db (also CRISIS_PLANNER_DATABASE)",
    )
    parser.add_argument(
        "--lang",
        choices=("fi", "en"),
        help="language of the app (default: the system's, else English)",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check that this installation works (translations, database, window, PDF) "
        "in a temporary folder, and exit",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMANDS:
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.self_test:
        from planner.selftest import run_self_test

        return run_self_test()
    if args.command is None:
        from planner.ui.app import run_gui

        return run_gui(args)
    from planner.cli.common import install_cli_language

    install_cli_language(args)
    try:
        result: int = args.handler(args)
        return result
    except PlannerError as exc:
        print(f"crisis-planner: {exc.message}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader (e.g. `head`) went away: not our error. Python's documented recipe:
        # point stdout at devnull so the final flush does not fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
