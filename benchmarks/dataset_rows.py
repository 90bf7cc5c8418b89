"""Rows of the synthetic dataset as plain dicts, ready for Core ``executemany``.

Ids are given explicitly (the database is new), so children can point at their parents
without reading anything back. Every row of a table has the same keys: executemany binds
one statement for all of them. Times are aware UTC, as the app stores them."""

from __future__ import annotations

import json
import random
from collections import Counter
from datetime import date, datetime, timedelta
from typing import Any

import texts

from planner.core.enums import (
    Channel,
    ContactMethod,
    ContactOutcome,
    DraftKind,
    IncidentStatus,
    Justified,
    Language,
    PlanSection,
    RootCause,
    Severity,
    TimelineKind,
)
from planner.core.models.incident import incident_search_text
from planner.core.text_fold import fold
from planner.services.incidents import CLOSED_STATUSES, PERSONAL_METHODS, default_severity
from planner.services.privacy import DEFAULT_RETENTION_MONTHS, months_before

Row = dict[str, Any]
YEARS = 5
# As the retention rule marks what it has done (services/privacy.py).
RETENTION_MARK = json.dumps({"privacy": "retention"}, sort_keys=True)
CHANNEL_WEIGHTS = {
    Channel.GOOGLE: 30,
    Channel.FACEBOOK: 25,
    Channel.INSTAGRAM: 10,
    Channel.TRIPADVISOR: 10,
    Channel.EMAIL: 10,
    Channel.X: 5,
    Channel.FORUM: 4,
    Channel.WEB: 3,
    Channel.OTHER: 3,
}
RECENT_STATUS = {
    IncidentStatus.NEW: 10,
    IncidentStatus.ACKNOWLEDGED: 20,
    IncidentStatus.IN_CONTACT: 25,
    IncidentStatus.RESOLVED: 30,
    IncidentStatus.PARTED_WAYS: 5,
    IncidentStatus.CLOSED: 10,
}
OLD_STATUS = {
    IncidentStatus.RESOLVED: 70,
    IncidentStatus.PARTED_WAYS: 10,
    IncidentStatus.CLOSED: 19,
    IncidentStatus.IN_CONTACT: 1,  # a few forgotten ones stay open
}


def _pick(rng: random.Random, weights: dict[Any, int]) -> Any:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _name(rng: random.Random) -> str:
    return f"{rng.choice(texts.FIRST_NAMES)} {rng.choice(texts.LAST_NAMES)}"


def _spread(total: int, owners: list[int], rng: random.Random) -> Counter[int]:
    """``total`` children shared at random among ``owners`` (a Poisson-like count each)."""
    return Counter(rng.choices(owners, k=total)) if owners else Counter()


def incidents(n: int, rng: random.Random, now: datetime) -> list[Row]:
    start = now - timedelta(days=365 * YEARS)
    span = (now - start).total_seconds()
    moments = sorted(start + timedelta(seconds=rng.random() * span) for _ in range(n))
    rows = []
    for i, detected in enumerate(moments, start=1):
        channel = _pick(rng, CHANNEL_WEIGHTS)
        recent = now - detected < timedelta(days=30)
        status = _pick(rng, RECENT_STATUS if recent else OLD_STATUS)
        finnish = rng.random() < 0.5
        pool = texts.COMPLAINT_FI if finnish else texts.COMPLAINT_EN
        text = " ".join(rng.sample(pool, rng.randint(2, 4)))
        posted = detected - timedelta(minutes=rng.expovariate(1 / 600) + 1)
        author = _name(rng)
        rows.append(
            {
                "id": i,
                "title": text.split(".")[0][:80],
                "channel": channel,
                "url": f"https://example.com/{channel.value}/posts/{i}",
                "author": author,
                "customer_name": author if rng.random() < 0.6 else "",
                "customer_email": f"asiakas{i}@example.com" if rng.random() < 0.3 else "",
                "customer_phone": f"+35840{i:07d}" if rng.random() < 0.3 else "",
                "customer_profile_url": "",
                "original_text": text,
                # What the app's ORM events store; these rows go in with Core inserts.
                "search_text": incident_search_text(text.split(".")[0][:80], text, author),
                "posted_at": posted if rng.random() < 0.8 else None,
                "detected_at": detected,
                "first_reply_at": None,
                "first_contact_at": None,
                "resolved_at": None,
                "severity": default_severity(channel)
                if rng.random() < 0.8
                else rng.choice(list(Severity)),
                "status": status,
                "justified": None,
                "root_cause": None,
                "permission_to_name_at": None,
                "permission_to_name_how": "",
                "created_at": detected,
                "updated_at": None,
            }
        )
    return rows


def attempts(incident_rows: list[Row], total: int, rng: random.Random, now: datetime) -> list[Row]:
    """Contact attempts in time order per incident; sets each incident's first reply and
    contact, and closes the closed ones after their last attempt."""
    eligible = [r["id"] for r in incident_rows if r["status"] != IncidentStatus.NEW]
    retention_cutoff = months_before(now, DEFAULT_RETENTION_MONTHS)
    per_incident = _spread(total, eligible, rng)
    rows: list[Row] = []
    for incident in incident_rows:
        detected: datetime = incident["detected_at"]
        room = (now - detected) * 0.9  # keep everything in the past
        moment = detected
        for k in range(per_incident[incident["id"]]):
            step = timedelta(hours=rng.expovariate(1 / (6 if k == 0 else 30)))
            moment = min(moment + step, detected + room)
            method = ContactMethod.PUBLIC_REPLY if k == 0 else rng.choice(PERSONAL_METHODS)
            outcome = rng.choice(list(ContactOutcome))
            open_case = incident["status"] not in CLOSED_STATUSES
            last = k == per_incident[incident["id"]] - 1
            follow_up = moment + timedelta(days=2) if last and open_case else None
            rows.append(
                {
                    "id": len(rows) + 1,
                    "incident_id": incident["id"],
                    "method": method,
                    "at": moment,
                    "outcome": outcome,
                    "notes": rng.choice(texts.NOTES),
                    "next_follow_up_at": follow_up,
                    "follow_up_done": False,
                }
            )
            if method == ContactMethod.PUBLIC_REPLY and incident["first_reply_at"] is None:
                incident["first_reply_at"] = moment
            if method in PERSONAL_METHODS and incident["first_contact_at"] is None:
                incident["first_contact_at"] = moment
        if incident["status"] in CLOSED_STATUSES:
            incident["resolved_at"] = min(moment + timedelta(hours=rng.uniform(1, 72)), now)
            if incident["resolved_at"] < retention_cutoff:
                for key in ("author", "url", "customer_name", "customer_email", "customer_phone"):
                    incident[key] = ""
                incident["anonymised"] = True
    return rows


def events(
    incident_rows: list[Row], attempt_rows: list[Row], total: int, rng: random.Random
) -> list[Row]:
    """The timeline: created, the retention note where due, then attempt events, status
    changes and notes, ``total`` in all (or the minimum when that is more)."""
    by_incident: dict[int, list[Row]] = {}
    for attempt in attempt_rows:
        by_incident.setdefault(attempt["incident_id"], []).append(attempt)
    rows: list[Row] = []

    def add(incident_id: int, at: datetime, kind: TimelineKind, text: str, data: str) -> None:
        rows.append(
            {
                "id": len(rows) + 1,
                "incident_id": incident_id,
                "at": at,
                "kind": kind,
                "text": text,
                "data": data,
            }
        )

    anonymised = [r for r in incident_rows if r.pop("anonymised", False)]
    extra = _spread(
        max(0, total - len(incident_rows) - len(anonymised)),
        [r["id"] for r in incident_rows],
        rng,
    )
    for incident in incident_rows:
        add(incident["id"], incident["detected_at"], TimelineKind.CREATED, "", "")
        for k in range(extra[incident["id"]]):
            found = by_incident.get(incident["id"], [])
            if k < len(found):
                attempt = found[k]
                kind = (
                    TimelineKind.REPLY_POSTED
                    if attempt["method"] == ContactMethod.PUBLIC_REPLY
                    else TimelineKind.CONTACT_ATTEMPT
                )
                data = json.dumps({"attempt": attempt["id"]}, sort_keys=True)
                add(incident["id"], attempt["at"], kind, attempt["notes"], data)
            else:
                at = incident["resolved_at"] or incident["detected_at"]
                add(incident["id"], at, TimelineKind.NOTE, rng.choice(texts.NOTES) or "-", "")
    note = "Personal data anonymised by the retention rule (closed more than 36 months ago)."
    for incident in anonymised:
        add(incident["id"], incident["resolved_at"], TimelineKind.NOTE, note, RETENTION_MARK)
    return rows


def lessons(
    incident_rows: list[Row], n_actions: int, rng: random.Random, now: datetime
) -> tuple[list[Row], list[Row], list[Row]]:
    """Completed reviews of closed cases, two actions each; some actions are public
    promises with their 30- and 90-day checks; one in ten is still open."""
    closed = [r for r in incident_rows if r["resolved_at"] is not None]
    chosen = rng.sample(closed, min(len(closed), max(1, n_actions // 2)))
    reviews: list[Row] = []
    actions: list[Row] = []
    checks: list[Row] = []
    for incident in chosen:
        done_at: datetime = incident["resolved_at"] + timedelta(days=rng.uniform(0.5, 5))
        done_at = min(done_at, now)
        justified, cause = rng.choice(list(Justified)), rng.choice(list(RootCause))
        incident["justified"], incident["root_cause"] = justified, cause
        reviews.append(
            {
                "id": len(reviews) + 1,
                "incident_id": incident["id"],
                "justified": justified,
                "root_cause": cause,
                "about_customers": "Asiakkaat odottavat nopeaa vastausta.",
                "about_ways_of_working": "Tilauslomake on epäselvä.",
                "about_customer_service": "",
                "about_my_reaction": "Suutuin ensin, rauhoituin sitten.",
                "about_compensation": "",
                "went_well": "Soitin samana päivänä.",
                "to_change": "Tarkistus ennen toimitusta.",
                "due_at": incident["resolved_at"] + timedelta(days=3),
                "completed_at": done_at,
                "created_at": incident["resolved_at"],
                "updated_at": done_at,
            }
        )
    for k in range(n_actions):
        review = reviews[k % len(reviews)]
        created: datetime = review["completed_at"]
        still_open = rng.random() < 0.1
        promise = rng.random() < 0.2
        action_id = len(actions) + 1
        actions.append(
            {
                "id": action_id,
                "review_id": review["id"],
                "drill_run_id": None,
                "text": rng.choice(texts.ACTIONS),
                "owner": rng.choice(("Markku", "Sari", "")),
                "due_on": (created + timedelta(days=rng.randint(7, 60))).date(),
                "done_at": None if still_open else min(created + timedelta(days=20), now),
                "plan_section": rng.choice((None, *PlanSection)),
                "is_promise": promise,
                "created_at": created,
            }
        )
        for days in (30, 90) if promise else ():
            due = created + timedelta(days=days)
            checked = due + timedelta(days=2) if due + timedelta(days=2) < now else None
            checks.append(
                {
                    "id": len(checks) + 1,
                    "action_id": action_id,
                    "after_days": days,
                    "due_at": due,
                    "checked_at": checked,
                    "kept": (rng.random() < 0.8) if checked else None,
                    "recurred": (rng.random() < 0.1) if checked else None,
                    "notes": "",
                }
            )
    return reviews, actions, checks


def praise(
    n: int, incident_rows: list[Row], rng: random.Random, now: datetime
) -> tuple[list[Row], list[Row]]:
    """Praise spread over the years, Finnish and English, with tags and the folded search
    text the journal service would store (same words, who and tags)."""
    first = (now - timedelta(days=365 * YEARS)).date()
    days = (now.date() - first).days
    rows: list[Row] = []
    tags: list[Row] = []
    for i in range(1, n + 1):
        finnish = rng.random() < 0.6
        pool = texts.PRAISE_FI if finnish else texts.PRAISE_EN
        text = " ".join(rng.sample(pool, rng.randint(1, 3)))
        who = _name(rng) if rng.random() < 0.7 else ""
        own_tags = sorted(set(rng.sample(texts.PRAISE_TAGS, rng.randint(0, 2))))
        received: date = first + timedelta(days=rng.randint(0, days))
        rows.append(
            {
                "id": i,
                "text": text,
                "who": who,
                "channel": _pick(rng, CHANNEL_WEIGHTS),
                "received_on": received,
                "stars": rng.choice((None, 4, 5, 5, 5)),
                "url": "",
                "testimonial_ok": rng.random() < 0.3,
                "search_text": fold(" ".join([text, who, *own_tags])),
                "incident_id": None,
                "created_at": datetime.combine(received, now.timetz()),
                "updated_at": None,
            }
        )
        tags.extend({"praise_id": i, "tag": tag} for tag in own_tags)
    happy = [r for r in incident_rows if r["status"] == IncidentStatus.RESOLVED]
    for row in rng.sample(rows, min(len(rows), len(happy), max(1, n // 200))):
        row["incident_id"] = rng.choice(happy)["id"] if happy else None
    return rows, tags


def drafts(incident_rows: list[Row], rng: random.Random, now: datetime) -> list[Row]:
    """A reply half written for some of the open cases (saved as the owner typed)."""
    rows: list[Row] = []
    for incident in incident_rows:
        if incident["status"] in CLOSED_STATUSES or rng.random() < 0.5:
            continue
        rows.append(
            {
                "id": len(rows) + 1,
                "incident_id": incident["id"],
                "kind": DraftKind.PUBLIC_REPLY,
                "language": Language.FI,
                "template_id": None,
                "body": "Hei, kiitos palautteestasi. Olen todella pahoillani, että",
                "created_at": now - timedelta(hours=1),
                "updated_at": now - timedelta(minutes=5),
                "posted_at": None,
            }
        )
    return rows


def review_requests(praise_rows: list[Row], rng: random.Random, now: datetime) -> list[Row]:
    chosen = rng.sample(praise_rows, min(len(praise_rows), 100))
    return [
        {
            "id": k + 1,
            "praise_id": row["id"],
            "customer_name": row["who"] or "Asiakas",
            "contact": "",
            "channel": Channel.GOOGLE,
            "asked_at": now - timedelta(days=rng.randint(1, 400)) if k % 3 else None,
            "reminded_at": None,
            "review_appeared_at": None,
            "notes": "",
            "created_at": now - timedelta(days=400),
        }
        for k, row in enumerate(chosen)
    ]
