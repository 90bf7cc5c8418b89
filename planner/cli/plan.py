"""``crisis-planner plan init|export``: the response plan without the GUI."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from planner.cli.common import open_database
from planner.core.enums import Language
from planner.core.i18n import arg, translate


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("plan", help="create or export the response plan")
    commands = parser.add_subparsers(dest="plan_command", metavar="ACTION", required=True)

    init = commands.add_parser("init", help="create the plan from the default plan")
    init.add_argument(
        "--language",
        choices=[lang.value for lang in Language],
        required=True,
        help="language of the plan",
    )
    init.add_argument("--business", required=True, help="name of the business")
    init.add_argument("--owner", required=True, help="the owner's name")
    init.add_argument(
        "--signature", default="", help="how replies are signed (default: OWNER, BUSINESS)"
    )
    init.add_argument(
        "--reply-languages",
        default="",
        help="comma-separated reply languages, e.g. fi,en (default: --language)",
    )
    init.add_argument("--force", action="store_true", help="replace an existing plan")
    init.set_defaults(handler=run_init)

    export = commands.add_parser("export", help="write the plan as Markdown, HTML or PDF")
    export.add_argument("--format", choices=["md", "html", "pdf"], required=True)
    export.add_argument("--output", required=True, type=Path, help="file to write")
    export.set_defaults(handler=run_export, gui_app=True)  # the PDF needs Qt's GUI


def _reply_languages(value: str) -> tuple[Language, ...]:
    codes = [code.strip() for code in value.split(",") if code.strip()]
    try:
        return tuple(dict.fromkeys(Language(code) for code in codes))
    except ValueError:
        raise argparse.ArgumentTypeError(value) from None


def run_init(args: argparse.Namespace) -> int:
    from planner.core.errors import ValidationError
    from planner.services.plan import init_plan

    try:
        languages = _reply_languages(args.reply_languages)
    except argparse.ArgumentTypeError:
        raise ValidationError(
            arg(
                translate("PlanCommand", "Unknown reply language in “%1”: use fi, en or fi,en."),
                args.reply_languages,
            )
        ) from None
    db = open_database(args)
    try:
        outcome = init_plan(
            db,
            language=Language(args.language),
            business=args.business,
            owner=args.owner,
            signature=args.signature,
            reply_languages=languages,
            force=args.force,
        )
    finally:
        db.close()
    print(
        arg(
            translate("PlanCommand", "Created the response plan (id %1) for %2."),
            outcome.value,
            args.business.strip(),
        )
    )
    return 0


def run_export(args: argparse.Namespace) -> int:
    from planner.export.plan_export import ExportFormat, export_plan

    fmt = ExportFormat(args.format)
    db = open_database(args)
    try:
        target = export_plan(db, fmt, args.output.expanduser().absolute())
    finally:
        db.close()
    print(arg(translate("PlanCommand", "Wrote %1."), target))
    return 0
