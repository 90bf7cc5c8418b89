"""``crisis-planner incident ...``: log and follow incidents from scripts, on the same
services as the app."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

from planner.cli.common import open_database, print_json
from planner.core.clocks import ClockStatus
from planner.core.enums import Channel, ContactMethod, ContactOutcome, IncidentStatus, Severity
from planner.core.errors import ValidationError
from planner.core.i18n import arg, translate
from planner.services import incident_list
from planner.services import incidents as service
from planner.services.incident_clocks import IncidentClocks, incident_clocks
from planner.storage.database import Database


def parse_time(value: str) -> datetime:
    """ISO 8601; a time without an offset is local time."""
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            arg(
                translate(
                    "IncidentCommand",
                    "“%1” is not a date and time (use ISO 8601, e.g. 2026-11-22T14:05+02:00).",
                ),
                value,
            )
        ) from None
    return moment if moment.tzinfo else moment.astimezone()


def _choices(enum: Any) -> list[str]:
    return [member.value for member in enum]


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("incident", help="log and follow public complaints")
    commands = parser.add_subparsers(dest="incident_command", metavar="ACTION", required=True)

    add = commands.add_parser("add", help="log a complaint; prints the new id")
    add.add_argument("--text", required=True, help="the comment as it was written")
    add.add_argument("--url", default="", help="link to the comment")
    add.add_argument("--author", default="")
    add.add_argument("--channel", choices=_choices(Channel), help="guessed from --url if left out")
    add.add_argument("--severity", choices=_choices(Severity), help="default from the channel")
    add.add_argument("--posted", type=parse_time, help="when it was published (ISO 8601)")
    add.add_argument("--detected", type=parse_time, help="when you saw it (default: now)")
    add.set_defaults(handler=run_add)

    listing = commands.add_parser("list", help="incidents, newest first")
    listing.add_argument("--status", choices=_choices(IncidentStatus), action="append")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=run_list)

    show = commands.add_parser("show", help="one incident with its clocks and timeline")
    show.add_argument("id", type=int)
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=run_show)

    reply = commands.add_parser("reply", help="record a public reply you posted")
    reply.add_argument("id", type=int)
    reply.add_argument("--text", required=True)
    reply.add_argument("--at", type=parse_time)
    reply.set_defaults(handler=run_reply)

    contact = commands.add_parser("contact", help="record a contact attempt")
    contact.add_argument("id", type=int)
    contact.add_argument("--method", choices=_choices(ContactMethod), required=True)
    contact.add_argument("--outcome", choices=_choices(ContactOutcome), required=True)
    contact.add_argument("--at", type=parse_time)
    contact.add_argument("--notes", default="")
    contact.add_argument("--follow-up", type=parse_time, help="when to try again")
    contact.set_defaults(handler=run_contact)

    status = commands.add_parser("status", help="change the status")
    status.add_argument("id", type=int)
    status.add_argument("status", choices=_choices(IncidentStatus))
    status.set_defaults(handler=run_status)

    permission = commands.add_parser(
        "permission", help="record written permission to name the customer"
    )
    permission.add_argument("id", type=int)
    permission.add_argument("--how", required=True, help="how it was given")
    permission.add_argument("--at", type=parse_time)
    permission.set_defaults(handler=run_permission)

    blog = commands.add_parser(
        "blog-draft",
        help="print the anonymous blog-post draft (exit 1 while it could identify the customer)",
    )
    blog.add_argument("id", type=int)
    blog.set_defaults(handler=run_blog_draft)

    export = commands.add_parser("export", help="the case with its timeline and attempts")
    export.add_argument("id", type=int)
    export.add_argument("--format", choices=["md", "html", "pdf"], required=True)
    export.add_argument("--output", required=True, type=Path)
    export.set_defaults(handler=run_export, gui_app=True)  # the PDF needs Qt's GUI


def _with_db(args: argparse.Namespace, work: Any) -> Any:
    db = open_database(args)
    try:
        return work(db)
    finally:
        db.close()


def run_add(args: argparse.Namespace) -> int:
    data = service.IncidentInput(
        text=args.text,
        url=args.url,
        author=args.author,
        channel=Channel(args.channel) if args.channel else None,
        severity=Severity(args.severity) if args.severity else None,
        posted_at=args.posted,
        detected_at=args.detected,
    )
    outcome = _with_db(args, lambda db: service.log_incident(db, data))
    print(outcome.value)
    return 0


def _clock_json(clock: ClockStatus) -> dict[str, object]:
    met = (
        None
        if clock.target_minutes is None or clock.state.value in ("running", "near")
        else clock.state.value == "met"
    )
    return {
        "state": clock.state.value,
        "minutes": clock.elapsed_minutes,
        "target_minutes": clock.target_minutes,
        "target_met": met,
        "deadline": clock.deadline.isoformat() if clock.deadline else None,
    }


def _time(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


def _incident_json(incident: service.IncidentView, clocks: IncidentClocks) -> dict[str, object]:
    return {
        "id": incident.id,
        "title": incident.title,
        "channel": incident.channel.value,
        "url": incident.url,
        "author": incident.author,
        "text": incident.original_text,
        "severity": incident.severity.value,
        "status": incident.status.value,
        "posted_at": _time(incident.posted_at),
        "detected_at": _time(incident.detected_at),
        "first_reply_at": _time(incident.first_reply_at),
        "first_contact_at": _time(incident.first_contact_at),
        "resolved_at": _time(incident.resolved_at),
        "clocks": {
            "first_reply": _clock_json(clocks.first_reply),
            "first_contact": _clock_json(clocks.first_contact),
            "detection_minutes": clocks.detection_minutes,
        },
        "next_step": clocks.next_rung.method.value if clocks.next_rung else None,
        "fallback_proposed": clocks.fallback_proposed,
        "permission_to_name": (
            {"at": _time(incident.permission_to_name_at), "how": incident.permission_to_name_how}
            if incident.permission_to_name_at
            else None
        ),
        "attempts": [
            {
                "method": a.method.value,
                "at": a.at.isoformat(),
                "outcome": a.outcome.value,
                "notes": a.notes,
                "next_follow_up_at": _time(a.next_follow_up_at),
            }
            for a in incident.attempts
        ],
        "timeline": [
            {"at": e.at.isoformat(), "kind": e.kind.value, "text": e.text, "data": e.data}
            for e in incident.timeline
        ],
    }


def _all_rows(db: Database, where: incident_list.IncidentFilter) -> list[incident_list.IncidentRow]:
    rows: list[incident_list.IncidentRow] = []
    while page := incident_list.list_incidents(db, where, offset=len(rows), limit=1000):
        rows.extend(page)
    return rows


def run_list(args: argparse.Namespace) -> int:
    where = incident_list.IncidentFilter(
        statuses=tuple(IncidentStatus(s) for s in args.status or ())
    )
    rows = _with_db(args, lambda db: _all_rows(db, where))
    if args.json:
        print_json(
            [
                {
                    "id": r.id,
                    "title": r.title,
                    "channel": r.channel.value,
                    "severity": r.severity.value,
                    "status": r.status.value,
                    "detected_at": r.detected_at.isoformat(),
                }
                for r in rows
            ]
        )
        return 0
    for row in rows:
        local = row.detected_at.astimezone().strftime("%Y-%m-%d %H:%M")
        print(
            f"{row.id:>6}  {local}  {row.status.value:<12} {row.severity.value:<6} "
            f"{row.channel.value:<11} {row.title}"
        )
    return 0


def run_show(args: argparse.Namespace) -> int:
    def load(db: Database) -> tuple[service.IncidentView, IncidentClocks]:
        return service.get_incident(db, args.id), incident_clocks(db, args.id)

    incident, clocks = _with_db(args, load)
    document = _incident_json(incident, clocks)
    if args.json:
        print_json(document)
        return 0
    print(f"#{incident.id} {incident.title}")
    print(f"{incident.channel.value} · {incident.severity.value} · {incident.status.value}")
    for name, clock in (
        ("first reply", clocks.first_reply),
        ("first contact", clocks.first_contact),
    ):
        target = f"/{clock.target_minutes}" if clock.target_minutes else ""
        print(f"{name}: {clock.elapsed_minutes}{target} min ({clock.state.value})")
    for event in incident.timeline:
        print(f"  {event.at.astimezone():%Y-%m-%d %H:%M}  {event.kind.value}  {event.text}")
    return 0


def run_reply(args: argparse.Namespace) -> int:
    _with_db(args, lambda db: service.record_reply(db, args.id, args.text, at=args.at))
    return 0


def run_contact(args: argparse.Namespace) -> int:
    _with_db(
        args,
        lambda db: service.record_contact(
            db,
            args.id,
            ContactMethod(args.method),
            ContactOutcome(args.outcome),
            at=args.at,
            notes=args.notes,
            next_follow_up_at=args.follow_up,
        ),
    )
    return 0


def run_status(args: argparse.Namespace) -> int:
    _with_db(args, lambda db: service.change_status(db, args.id, IncidentStatus(args.status)))
    return 0


def run_permission(args: argparse.Namespace) -> int:
    if not args.how.strip():
        raise ValidationError(translate("IncidentCommand", "Say how the permission was given."))
    _with_db(args, lambda db: service.record_permission(db, args.id, args.how, at=args.at))
    return 0


def run_blog_draft(args: argparse.Namespace) -> int:
    from planner.services.blog_post import blog_draft

    draft = _with_db(args, lambda db: blog_draft(db, args.id))
    print(draft.markdown)
    if draft.blocked:
        for hit in draft.hits:
            line = draft.markdown.count("\n", 0, hit.start) + 1
            print(
                arg(
                    translate("IncidentCommand", "line %1: “%2” could identify the customer (%3)"),
                    line,
                    hit.text,
                    hit.kind,
                ),
                file=sys.stderr,
            )
        return 1
    return 0


def run_export(args: argparse.Namespace) -> int:
    from planner.export.case_export import export_case
    from planner.export.plan_export import ExportFormat

    target = _with_db(
        args,
        lambda db: export_case(
            db, args.id, ExportFormat(args.format), args.output.expanduser().absolute()
        ),
    )
    print(arg(translate("IncidentCommand", "Wrote %1."), target))
    return 0
