"""``crisis-planner demo``: open the example business, in a data folder of its own.

The first run builds the example (a bakery in Finnish, a café in English) and later runs
reuse it; ``--reset`` builds it again. The owner's own data is never touched: the example
has its own folder, database and settings, and a folder without the example's marker is
never removed.
"""

from __future__ import annotations

import argparse
import time
from typing import TYPE_CHECKING, Any

from planner.core.enums import Language
from planner.core.errors import ValidationError
from planner.core.i18n import arg, current_language, translate
from planner.core.labels import label
from planner.storage.paths import AppPaths, demo_data_dir

if TYPE_CHECKING:
    from planner.services.demo import DemoSummary


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "demo",
        help="open an example business with a year of data, in a data folder of its own",
    )
    parser.add_argument(
        "--language",
        choices=[lang.value for lang in Language],
        help="fi: a bakery in Tampere, en: a café in York (default: the app's language)",
    )
    parser.add_argument(
        "--reset", action="store_true", help="remove the example data and build it again"
    )
    parser.add_argument("--yes", action="store_true", help="with --reset: do not ask first")
    parser.add_argument(
        "--no-gui", action="store_true", help="only build the example and say where it is"
    )
    parser.set_defaults(handler=run)


def _confirmed(folder: object) -> bool:
    question = arg(
        translate("DemoCommand", "Remove the example data in %1 and build it again? [y/N] "),
        folder,
    )
    try:
        answer = input(question).strip().casefold()
    except EOFError:
        return False
    yes = translate("DemoCommand", "yes").casefold()
    return answer in {"y", "yes", yes, yes[:1]}


def _print_summary(summary: DemoSummary) -> None:
    statuses = ", ".join(
        f"{translate('Labels', label(status))} {count}"
        for status, count in summary.statuses.items()
        if count
    )
    lines = [
        arg(translate("DemoCommand", "Complaints: %1 (%2)"), summary.incidents, statuses),
        arg(
            translate("DemoCommand", "Contact attempts: %1, timeline events: %2, blog posts: %3"),
            summary.contact_attempts,
            summary.timeline_events,
            summary.blog_posts,
        ),
        arg(
            translate(
                "DemoCommand",
                "Kind words: %1 (%2 from customers whose complaint was "
                "handled), review requests: %3",
            ),
            summary.praise,
            summary.praise_linked,
            summary.review_requests,
        ),
        arg(
            translate(
                "DemoCommand",
                "Lessons: %1 reviews done, %2 unfinished; actions: %3 (%4 done, %5 late); "
                "promise checks done: %6",
            ),
            summary.reviews_completed,
            summary.reviews_open,
            summary.actions,
            summary.actions_done,
            summary.actions_overdue,
            summary.promise_checks_done,
        ),
        arg(
            translate("DemoCommand", "Practice drills: %1, listening checks: %2"),
            summary.drills,
            summary.listening_checks,
        ),
    ]
    print("\n".join(lines))


def run(args: argparse.Namespace) -> int:
    from planner.services.demo import (
        DemoRefusedError,
        create_demo_folder,
        is_demo_folder,
        remove_demo_folder,
    )

    if args.database:
        raise ValidationError(
            translate(
                "DemoCommand",
                "The example keeps its data in a folder of its own, so --database cannot be "
                "used with demo.",
            ),
            "database",
        )
    language = Language(args.language or args.lang or current_language())
    folder = demo_data_dir(language.value, args.data_dir)
    if folder.exists() and not is_demo_folder(folder):
        raise DemoRefusedError(
            arg(
                translate(
                    "DemoCommand",
                    "“%1” exists and is not an example data folder, so it was left as it is.",
                ),
                folder,
            )
        )
    if folder.exists() and args.reset:
        if not args.yes and not _confirmed(folder):
            print(translate("DemoCommand", "Nothing was changed."))
            return 1
        remove_demo_folder(folder)
    if folder.exists():
        print(
            arg(
                translate(
                    "DemoCommand",
                    "The example data is in %1 (built earlier; --reset builds it again).",
                ),
                folder,
            )
        )
    else:
        started = time.perf_counter()
        summary = create_demo_folder(folder, language)
        print(
            arg(
                translate("DemoCommand", "Built the example business “%1” in %2 (%3 s)."),
                summary.business,
                folder,
                f"{time.perf_counter() - started:.1f}",
            )
        )
        _print_summary(summary)
    if args.no_gui:
        return 0
    return _run_gui(folder, args.lang or language.value)


def _run_gui(folder: object, language: str) -> int:
    """The app on the example's folder. The command's own messages may have been translated
    on a plain QCoreApplication (cli.common), and the GUI needs a QApplication: a process
    holds only one, so that one is shut down first, its translators kept (the GUI's
    language set-up replaces them)."""
    from PySide6.QtCore import QCoreApplication, QTranslator
    from PySide6.QtWidgets import QApplication

    from planner.ui.app import run_gui

    existing = QCoreApplication.instance()
    if existing is not None and not isinstance(existing, QApplication):
        for translator in existing.findChildren(QTranslator):
            translator.setParent(None)
        existing.shutdown()
    paths = AppPaths.resolve(str(folder))
    # The database is named, so that CRISIS_PLANNER_DATABASE cannot point the example
    # window at the owner's own (team) database.
    return run_gui(
        argparse.Namespace(
            data_dir=str(folder), database=str(paths.default_database), lang=language
        )
    )
