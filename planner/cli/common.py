"""Helpers shared by the subcommands."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from planner.storage.database import Database
from planner.storage.paths import AppPaths


def open_database(args: argparse.Namespace) -> Database:
    return Database.open(AppPaths.resolve(args.data_dir), args.database)


def install_cli_language(args: argparse.Namespace) -> None:
    """Translate the command's messages too. English needs no translator at all, and
    skipping Qt there keeps scripted calls fast."""
    if getattr(args, "gui_app", False):
        # Before any other Qt object: a plain QCoreApplication could not render a PDF.
        from planner.export.pdf import ensure_gui_application

        ensure_gui_application()
    if args.lang == "en":
        return
    from PySide6.QtCore import QCoreApplication

    from planner.ui import i18n
    from planner.ui.settings import AppSettings

    saved = AppSettings(AppPaths.resolve(args.data_dir)).language
    language = i18n.choose_language(args.lang, saved)
    if language == "en":
        return
    global _app
    _app = QCoreApplication.instance() or QCoreApplication(["crisis-planner"])  # keep it alive
    i18n.install(language)


_app: Any = None


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, sort_keys=True)
    sys.stdout.write("\n")
