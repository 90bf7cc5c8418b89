"""The example business: a plan and a year of complaints in every state, contact attempts,
a blog-post fallback, kind words, review requests, lessons, actions and practice drills, so
that the app can be tried without touching the owner's own data.

Everything is made through the services, as an owner would have made it, so the example
shows what the app really does with such data. The words come from ``resources/demo`` (a
bakery in Tampere in Finnish, a café in York in English); the times are spread over the
year before ``now`` with a fixed seed, so every build is the same. The example lives in a
folder of its own (``storage.paths.demo_data_dir``), marked so the window can say so.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import tomllib
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlmodel import SQLModel, col, func, select

from planner import __version__
from planner.core.clock import ensure_utc
from planner.core.drill import Drill
from planner.core.drill_scenario import Choice, Step, Verdict
from planner.core.drill_scoring import score_drill
from planner.core.enums import (
    Channel,
    ContactMethod,
    ContactOutcome,
    IncidentStatus,
    Justified,
    Language,
    PlanSection,
    PrincipleKind,
    RootCause,
    Severity,
    SourceKind,
    TimelineKind,
)
from planner.core.errors import PlannerError, ValidationError
from planner.core.i18n import arg, translate
from planner.core.models import (
    ActionItem,
    BusinessProfile,
    ContactAttempt,
    DrillRun,
    Incident,
    LessonReview,
    ListeningCheck,
    PraiseEntry,
    PromiseCheck,
    ResponsePlan,
    ReviewRequest,
    TimelineEvent,
)
from planner.services.blog_post import publish_blog_post, save_blog_draft
from planner.services.drills import drill_setup, find_scenario, lesson_to_action, save_run
from planner.services.incident_guide import set_checklist_step
from planner.services.incidents import (
    CLOSED_STATUSES,
    IncidentDetails,
    IncidentInput,
    IncidentView,
    add_note,
    change_status,
    get_incident,
    log_incident,
    record_contact,
    record_permission,
    update_details,
)
from planner.services.journal import PraiseInput, add_many, add_praise, validate_praise
from planner.services.lessons import (
    ActionInput,
    ReviewInput,
    add_action,
    complete_action,
    complete_review,
    get_review,
    open_review,
    record_promise_check,
    save_review,
)
from planner.services.listening import record_check
from planner.services.plan import add_item, get_plan, init_plan, mark_reviewed, update_item
from planner.services.profile import get_profile, save_profile
from planner.services.replies import post_reply
from planner.services.review_requests import (
    ReviewRequestInput,
    add_review_request,
    mark_asked,
    mark_reminded,
    mark_review_appeared,
    request_from_praise,
)
from planner.storage.database import Database
from planner.storage.paths import DEMO_MARKER, AppPaths, is_demo, make_private_dir
from planner.storage.resources import resource

# Where a complaint on each channel is found in the listening routine.
SOURCE_OF_CHANNEL = {
    Channel.GOOGLE: SourceKind.REVIEW_SITE,
    Channel.TRIPADVISOR: SourceKind.REVIEW_SITE,
    Channel.FACEBOOK: SourceKind.SOCIAL,
    Channel.INSTAGRAM: SourceKind.SOCIAL,
    Channel.X: SourceKind.SOCIAL,
    Channel.FORUM: SourceKind.FORUM,
    Channel.WEB: SourceKind.WEB_ALERT,
}
VERDICT_ORDER = {Verdict.GOOD: 0, Verdict.FAIR: 1, Verdict.POOR: 2}
REVIEW_TEXTS = (
    "about_customers",
    "about_ways_of_working",
    "about_customer_service",
    "about_my_reaction",
    "about_compensation",
    "went_well",
    "to_change",
)


class DemoRefusedError(PlannerError):
    """The example would mix with other data, or replace a folder that is not an example."""

    exit_code = 7


@dataclass(frozen=True)
class DemoSummary:
    """How much of each kind the example holds, for the command line to print."""

    language: Language
    business: str
    incidents: int
    statuses: dict[IncidentStatus, int]
    contact_attempts: int
    timeline_events: int
    blog_posts: int
    praise: int
    praise_linked: int  # kind words from customers whose complaint was handled
    review_requests: int
    reviews_completed: int
    reviews_open: int
    actions: int
    actions_done: int
    actions_overdue: int
    promise_checks_done: int
    drills: int
    listening_checks: int


@cache
def demo_content(language: str) -> dict[str, Any]:
    """The example's words and shape in ``language`` (resources/demo/<language>.toml)."""
    with resource("demo", f"{language}.toml").open("rb") as handle:
        return tomllib.load(handle)


def _clock(text: str) -> time:
    hour, minute = (int(part) for part in text.split(":"))
    return time(hour, minute)


class _Builder:
    def __init__(self, db: Database, language: Language, now: datetime) -> None:
        self.db = db
        self.language = language
        self.content = demo_content(language.value)
        self.business: dict[str, Any] = self.content["business"]
        self.now = now
        self.zone = ZoneInfo(self.business["timezone"])
        self.today = now.astimezone(self.zone).date()
        self.rng = random.Random(f"crisis-planner-demo-{language.value}")
        self.incident_ids: dict[str, int] = {}
        self.praise_ids: dict[str, int] = {}
        self.found: list[tuple[datetime, SourceKind]] = []  # what listening turned up
        self.checklist: list[int] = []

    # -- time -----------------------------------------------------------------------------
    def past(self, moment: datetime) -> datetime:
        """Nothing in the example happens after ``now`` (the services refuse the future)."""
        return min(moment, self.now - timedelta(minutes=1))

    def local(self, days_ago: int, clock: str) -> datetime:
        """``clock`` local time, ``days_ago`` days before today, in the business's zone."""
        day = self.today - timedelta(days=days_ago)
        return self.past(datetime.combine(day, _clock(clock), self.zone).astimezone(UTC))

    def later(self, start: datetime, minutes: int) -> datetime:
        """A few minutes of jitter, so that not every step falls on a round minute."""
        return self.past(start + timedelta(minutes=minutes + self.rng.randint(0, 4)))

    # -- the plan -------------------------------------------------------------------------
    def plan(self) -> None:
        business = self.business
        start, end = (_clock(text) for text in business["waking"])
        init_plan(
            self.db,
            language=self.language,
            business=business["name"],
            owner=business["owner"],
            signature=business["signature"],
            waking_hours=(start.hour * 60 + start.minute, end.hour * 60 + end.minute),
        )
        profile = get_profile(self.db)
        assert profile is not None
        save_profile(self.db, replace(profile, timezone=business["timezone"]))
        view = get_plan(self.db)
        assert view is not None
        people = view.sections[PlanSection.PEOPLE]
        for person in self.content.get("people", []):
            values = {name: value for name, value in person.items() if name != "position"}
            update_item(self.db, PlanSection.PEOPLE, people[person["position"]]["id"], values)
        for addition in self.content.get("plan_additions", []):
            add_item(self.db, PlanSection(addition["section"]), addition["values"])
        mark_reviewed(
            self.db,
            business.get("plan_review_note", ""),
            at=self.local(business["plan_reviewed_days_ago"], "19:30"),
        )
        view = get_plan(self.db)
        assert view is not None
        self.checklist = [
            item["id"]
            for item in view.sections[PlanSection.PRINCIPLES]
            if item["kind"] == PrincipleKind.CHECKLIST
        ]

    # -- incidents ------------------------------------------------------------------------
    def incidents(self) -> None:
        for case in self.content["incidents"]:
            self.incident(case)

    def incident(self, case: dict[str, Any]) -> None:
        if "minutes_ago" in case:
            posted = self.now - timedelta(minutes=case["minutes_ago"])
        else:
            posted = self.local(case["days_ago"], case["time"])
        detected = self.past(posted + timedelta(minutes=case["found_after"]))
        channel = Channel(case["channel"])
        data = IncidentInput(
            text=case["text"].strip(),
            url=case.get("url", ""),
            author=case.get("author", ""),
            channel=channel,
            severity=Severity(case["severity"]),
            posted_at=posted,
            detected_at=detected,
            title=case["title"],
            customer_name=case.get("customer", ""),
            customer_email=case.get("email", ""),
            customer_phone=case.get("phone", ""),
        )
        incident_id = log_incident(self.db, data, now=detected).value
        self.incident_ids[case["key"]] = incident_id
        if channel in SOURCE_OF_CHANNEL:
            self.found.append((detected, SOURCE_OF_CHANNEL[channel]))
        for step in case.get("steps", []):
            self.step(incident_id, step, detected)
        view = get_incident(self.db, incident_id)
        self.tick_checklist(view, case.get("ticks"))
        if "review" in case:
            self.review(view, case["review"])

    def step(self, incident_id: int, step: dict[str, Any], detected: datetime) -> None:
        kind = step["do"]
        at = self.later(detected, int(step.get("after", 0)))
        if kind == "reply":
            post_reply(self.db, incident_id, step["text"], at)
        elif kind in ("call", "visit", "email", "dm"):
            follow_up = step.get("follow_up")
            record_contact(
                self.db,
                incident_id,
                ContactMethod(kind),
                ContactOutcome(step["outcome"]),
                at=at,
                notes=step.get("notes", ""),
                next_follow_up_at=detected + timedelta(minutes=follow_up) if follow_up else None,
            )
        elif kind == "note":
            add_note(self.db, incident_id, step["text"], at)
        elif kind == "status":
            change_status(self.db, incident_id, IncidentStatus(step["status"]), at)
        elif kind == "permission":
            record_permission(self.db, incident_id, step["how"], at)
        elif kind == "blog":
            # The draft is saved, then published: publishing refuses a post that could
            # identify the customer, exactly as it does for the owner.
            save_blog_draft(self.db, incident_id, step["text"].strip() + "\n")
            publish_blog_post(self.db, incident_id, at)
        elif kind == "details":
            view = get_incident(self.db, incident_id)
            update_details(
                self.db,
                incident_id,
                IncidentDetails(
                    title=view.title,
                    channel=view.channel,
                    severity=view.severity,
                    url=view.url,
                    author=view.author,
                    customer_name=step.get("customer", view.customer_name),
                    customer_email=step.get("email", view.customer_email),
                    customer_phone=step.get("phone", view.customer_phone),
                    customer_profile_url=step.get("profile", view.customer_profile_url),
                ),
            )
        else:
            raise ValueError(f"unknown step {kind!r} in the {self.language} demo data")

    def tick_checklist(self, view: IncidentView, ticks: int | None) -> None:
        """Closed cases went through the whole five-step checklist; open ones part of it."""
        count = ticks if ticks is not None else (5 if view.status in CLOSED_STATUSES else 0)
        start = view.first_reply_at or view.detected_at
        end = view.resolved_at or start
        for index, principle_id in enumerate(self.checklist[:count]):
            moment = start if index < 2 else end  # acknowledged first, fixed later
            set_checklist_step(
                self.db,
                view.id,
                principle_id,
                True,
                at=self.past(moment + timedelta(minutes=index + 1)),
            )

    # -- lessons learned ------------------------------------------------------------------
    def review(self, view: IncidentView, spec: dict[str, Any]) -> None:
        closed = view.resolved_at or view.detected_at
        review_id = open_review(self.db, view.id, now=closed).value
        written = self.past(closed + timedelta(days=spec["after_days"], hours=3))

        def text(name: str) -> str:
            return str(spec.get(name, ""))

        data = ReviewInput(
            justified=Justified(spec["justified"]) if "justified" in spec else None,
            root_cause=RootCause(spec["root_cause"]) if "root_cause" in spec else None,
            about_customers=text("about_customers"),
            about_ways_of_working=text("about_ways_of_working"),
            about_customer_service=text("about_customer_service"),
            about_my_reaction=text("about_my_reaction"),
            about_compensation=text("about_compensation"),
            went_well=text("went_well"),
            to_change=text("to_change"),
        )
        if spec.get("state", "done") == "done":
            complete_review(self.db, review_id, data, at=written)
        else:
            save_review(self.db, review_id, data)  # begun, not finished: still due
        for action in spec.get("actions", []):
            self.action(view.id, review_id, action, written)

    def action(
        self, incident_id: int, review_id: int, spec: dict[str, Any], created: datetime
    ) -> None:
        due_days = spec.get("due_days")
        data = ActionInput(
            text=spec["text"],
            owner=spec.get("owner", ""),
            due_on=(created + timedelta(days=due_days)).astimezone(self.zone).date()
            if due_days is not None
            else None,
            plan_section=PlanSection(spec["section"]) if "section" in spec else None,
            is_promise=bool(spec.get("promise", False)),
        )
        action_id = add_action(self.db, review_id, data, now=created).value
        if "done_days" in spec:
            done = self.past(created + timedelta(days=spec["done_days"], hours=2))
            complete_action(self.db, action_id, True, at=done)
        results = spec.get("checks", [])
        if not results:
            return
        review = get_review(self.db, incident_id)
        assert review is not None
        checks = next(a.checks for a in review.actions if a.id == action_id)
        for check, result in zip(checks, results, strict=False):
            checked = check.due_at + timedelta(days=1)
            if checked < self.now:
                record_promise_check(
                    self.db,
                    check.id,
                    bool(result["kept"]),
                    bool(result["recurred"]),
                    result.get("notes", ""),
                    at=checked,
                )

    # -- the journal ----------------------------------------------------------------------
    def praise(self) -> None:
        bulk: list[tuple[str, PraiseInput]] = []
        for entry in self.content["journal"]["praise"]:
            incident = entry.get("incident")
            data = PraiseInput(
                text=entry["text"],
                who=entry.get("who", ""),
                channel=Channel(entry["channel"]),
                received_on=self.today - timedelta(days=entry["days"]),
                tags=tuple(entry.get("tags", ())),
                stars=entry.get("stars"),
                url=entry.get("url", ""),
                testimonial_ok=bool(entry.get("testimonial", False)),
                incident_id=self.incident_ids[incident] if incident else None,
            )
            ValidationError.check(validate_praise(data, self.today))
            if incident:
                self.praise_ids[entry.get("key", incident)] = add_praise(
                    self.db, data, today=self.today
                ).value
            else:
                bulk.append((entry.get("key", ""), data))
        with self.db.session(write=True) as session:
            ids = add_many(session, [data for _key, data in bulk], self.today)
        for (key, _data), praise_id in zip(bulk, ids, strict=True):
            if key:
                self.praise_ids[key] = praise_id

    def review_requests(self) -> None:
        for spec in self.content["journal"].get("review_requests", []):
            if "praise" in spec:
                request_id = request_from_praise(self.db, self.praise_ids[spec["praise"]]).value
            else:
                request_id = add_review_request(
                    self.db,
                    ReviewRequestInput(
                        customer_name=spec["who"],
                        contact=spec.get("contact", ""),
                        channel=Channel(spec.get("channel", Channel.GOOGLE.value)),
                        notes=spec.get("notes", ""),
                    ),
                ).value
            if "asked" in spec:
                mark_asked(self.db, request_id, at=self.local(spec["asked"], "10:00"))
            if "reminded" in spec:
                mark_reminded(self.db, request_id, at=self.local(spec["reminded"], "10:00"))
            if "appeared" in spec:
                mark_review_appeared(self.db, request_id, at=self.local(spec["appeared"], "18:00"))

    # -- listening ------------------------------------------------------------------------
    def listening(self) -> None:
        """A weekly look on Monday mornings (daily at the owner's own pages), with a couple
        of sources left to slide so that the routine shows something due."""
        spec = self.content["listening"]
        weeks = int(spec["weeks"])
        skipped = set(spec.get("skip", []))
        since_monday = self.today.weekday() or 7
        view = get_plan(self.db)
        assert view is not None
        flagged: set[int] = set()
        for source in view.sections[PlanSection.LISTENING]:
            if source["position"] in skipped:
                moments = [self.local(since_monday + 7 * (weeks + 2), "08:15")]
            elif source["check_interval_days"] <= 1:
                moments = [self.local(days, "07:45") for days in range(10, 0, -1)]
            else:
                moments = [
                    self.local(since_monday + 7 * week, "08:15")
                    for week in range(weeks - 1, -1, -1)
                ]
            for moment in moments:
                found = [
                    index
                    for index, (at, kind) in enumerate(self.found)
                    if kind == source["kind"]
                    and index not in flagged
                    and moment - timedelta(days=7) < at <= moment
                ]
                flagged.update(found)
                record_check(
                    self.db,
                    source["id"],
                    found_something=bool(found),
                    notes=self.business["listening_finding"] if found else "",
                    at=moment,
                )

    # -- practice -------------------------------------------------------------------------
    def drills(self) -> None:
        for spec in self.content.get("practice", {}).get("drills", []):
            scenario = find_scenario(spec["scenario"], self.language.value)
            setup = drill_setup(self.db, scenario)
            started = self.local(spec["days_ago"], spec["time"])
            drill = Drill(scenario, setup.plan, started, setup.zone)
            reply = (
                scenario.example_reply
                if spec["reply"] == "example"
                else self.business["weak_reply"]
            )
            drill.post_reply(
                reply, self.language.value, started + timedelta(minutes=spec["reply_minutes"])
            )
            for _ in range(2 * len(scenario.steps) + 2):  # scenarios end; never loop for ever
                step = drill.step()
                if step is None:
                    break
                choice = self.pick(step, spec["strategy"])
                drill.choose(choice.id, (choice.fair_amount or 20) if choice.ask_amount else None)
            finished = self.past(
                started + timedelta(minutes=spec["reply_minutes"] + 6 * len(drill.made) + 5)
            )
            score = score_drill(drill, finished)
            run_id = save_run(self.db, drill, score, spec.get("note", ""), now=finished).value
            if spec.get("action") and score.lessons:
                lesson_to_action(self.db, run_id, score.lessons[0])

    def pick(self, step: Step, strategy: str) -> Choice:
        ranked = sorted(step.choices, key=lambda choice: VERDICT_ORDER[choice.verdict])
        if strategy == "best":
            return ranked[0]
        if strategy == "worst":
            return ranked[-1]
        return self.rng.choice(step.choices)


# -- the database ---------------------------------------------------------------------------
def _count(session: Any, model: type[SQLModel], *where: Any) -> int:
    statement = select(func.count()).select_from(model)
    if where:
        statement = statement.where(*where)
    return int(session.exec(statement).one())


def holds_data(db: Database) -> bool:
    """Whether the database has anything of the owner's: a profile, a plan or any record."""
    models: tuple[type[SQLModel], ...] = (
        BusinessProfile,
        ResponsePlan,
        Incident,
        PraiseEntry,
        ReviewRequest,
        ActionItem,
        DrillRun,
    )
    with db.session(write=False) as session:
        return any(_count(session, model) for model in models)


def build_demo(db: Database, language: Language, now: datetime | None = None) -> DemoSummary:
    """Fill an empty database with the example business in ``language``.

    Refuses (and changes nothing) when the database holds any data. ``now`` (not in the
    future) is the end of the example's year; the same ``now`` gives the same data."""
    if holds_data(db):
        raise DemoRefusedError(
            translate(
                "DemoService",
                "The example business goes only into an empty database, and this one "
                "already holds data. Nothing was changed.",
            )
        )
    builder = _Builder(db, Language(language), ensure_utc(now) if now else datetime.now(UTC))
    builder.plan()
    builder.incidents()
    builder.praise()
    builder.review_requests()
    builder.listening()
    builder.drills()
    return demo_summary(db, builder.today)


def demo_summary(db: Database, today: date | None = None) -> DemoSummary:
    """Count what the example holds (``today``: the day actions count as overdue from)."""
    with db.session(write=False) as session:
        plan = session.exec(select(ResponsePlan).order_by(col(ResponsePlan.id))).first()
        profile = session.exec(select(BusinessProfile).order_by(col(BusinessProfile.id))).first()
        rows = session.exec(
            select(Incident.status, func.count()).group_by(col(Incident.status))
        ).all()
        found = {IncidentStatus(status): int(n) for status, n in rows}
        day = today or datetime.now(UTC).date()
        return DemoSummary(
            language=plan.language if plan else Language.EN,
            business=profile.name if profile else "",
            incidents=_count(session, Incident),
            statuses={status: found.get(status, 0) for status in IncidentStatus},
            contact_attempts=_count(session, ContactAttempt),
            timeline_events=_count(session, TimelineEvent),
            blog_posts=_count(
                session, TimelineEvent, col(TimelineEvent.kind) == TimelineKind.BLOG_PUBLISHED
            ),
            praise=_count(session, PraiseEntry),
            praise_linked=_count(session, PraiseEntry, col(PraiseEntry.incident_id).is_not(None)),
            review_requests=_count(session, ReviewRequest),
            reviews_completed=_count(
                session, LessonReview, col(LessonReview.completed_at).is_not(None)
            ),
            reviews_open=_count(session, LessonReview, col(LessonReview.completed_at).is_(None)),
            actions=_count(session, ActionItem),
            actions_done=_count(session, ActionItem, col(ActionItem.done_at).is_not(None)),
            actions_overdue=_count(
                session,
                ActionItem,
                col(ActionItem.done_at).is_(None),
                col(ActionItem.due_on) < day,
            ),
            promise_checks_done=_count(
                session, PromiseCheck, col(PromiseCheck.checked_at).is_not(None)
            ),
            drills=_count(session, DrillRun),
            listening_checks=_count(session, ListeningCheck),
        )


# -- the example's own folder ---------------------------------------------------------------
def create_demo_folder(
    folder: Path, language: Language, now: datetime | None = None
) -> DemoSummary:
    """Build the example into ``folder``, which must not exist yet. It is built beside it
    first and renamed when complete, so an interrupted build leaves no half-made example;
    the marker file says what it is."""
    if folder.exists():
        raise DemoRefusedError(
            arg(translate("DemoService", "“%1” exists already; it was left as it is."), folder)
        )
    make_private_dir(folder.parent)
    building = folder.with_name(f".{folder.name}.building-{os.getpid()}")
    shutil.rmtree(building, ignore_errors=True)
    try:
        paths = AppPaths.resolve(building)
        db = Database.open(paths, str(paths.default_database))
        try:
            summary = build_demo(db, language, now)
        finally:
            db.close()
        marker = {
            "language": Language(language).value,
            "business": summary.business,
            "created": (now or datetime.now(UTC)).isoformat(timespec="seconds"),
            "app_version": __version__,
        }
        (building / DEMO_MARKER).write_text(
            json.dumps(marker, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        building.rename(folder)
    except BaseException:
        shutil.rmtree(building, ignore_errors=True)
        raise
    return summary


def is_demo_folder(folder: Path) -> bool:
    return is_demo(AppPaths.resolve(folder))


def remove_demo_folder(folder: Path) -> None:
    """Delete an example folder, and only that: a folder without the marker is refused."""
    if not is_demo_folder(folder):
        raise DemoRefusedError(
            arg(
                translate(
                    "DemoService",
                    "“%1” is not an example data folder, so it was left as it is.",
                ),
                folder,
            )
        )
    shutil.rmtree(folder)
