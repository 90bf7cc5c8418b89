"""Floors: the same work in raw sqlite3, with nothing of the app around it.

Each returns milliseconds for one run; the caller repeats and takes the median. The
queries are what the screens need for their first screen (a page of 200 rows and the
count), so the ratio app/floor is the cost of everything the app adds."""

from __future__ import annotations

import sqlite3
import time
from datetime import UTC, datetime
from pathlib import Path

from planner.core.text_fold import search_words

PAGE = 200


def connect(path: Path) -> sqlite3.Connection:
    """Settings as the app's engine: WAL and synchronous=FULL (a commit is durable)."""
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    return conn


def _ms(started: float) -> float:
    return (time.perf_counter() - started) * 1000


def insert_attempt(conn: sqlite3.Connection, incident_id: int) -> float:
    """One contact attempt inserted and committed, durably."""
    at = datetime.now(UTC).replace(tzinfo=None).isoformat(sep=" ")
    started = time.perf_counter()
    conn.execute("BEGIN IMMEDIATE")
    conn.execute(
        "INSERT INTO contact_attempt (incident_id, method, at, outcome, notes, "
        "next_follow_up_at, follow_up_done) VALUES (?, 'call', ?, 'no-answer', 'floor', NULL, 0)",
        (incident_id, at),
    )
    conn.execute("COMMIT")
    return _ms(started)


def fts_search(conn: sqlite3.Connection, query: str) -> float:
    """The journal's first screen straight from FTS5: a page of entries and the count."""
    match = " ".join('"' + word.replace('"', "") + '"*' for word in search_words(query))
    started = time.perf_counter()
    conn.execute(
        "SELECT id, text, who, channel, received_on, stars FROM praise_entry "
        "WHERE id IN (SELECT rowid FROM praise_fts WHERE praise_fts MATCH ?) "
        "ORDER BY received_on DESC, id DESC LIMIT ?",
        (match, PAGE),
    ).fetchall()
    conn.execute("SELECT count(*) FROM praise_fts WHERE praise_fts MATCH ?", (match,)).fetchone()
    return _ms(started)


def like_filter(conn: sqlite3.Connection, word: str) -> float:
    """The incident list's first screen for a text filter with SQLite's own LIKE (which
    ignores case for ASCII): a page of rows and the count."""
    pattern = f"%{word}%"
    where = "title LIKE ? OR original_text LIKE ? OR author LIKE ?"
    started = time.perf_counter()
    conn.execute(
        "SELECT id, title, channel, severity, status, posted_at, detected_at, first_reply_at, "
        f"first_contact_at FROM incident WHERE {where} "
        "ORDER BY detected_at DESC, id DESC LIMIT ?",
        (pattern, pattern, pattern, PAGE),
    ).fetchall()
    conn.execute(f"SELECT count(*) FROM incident WHERE {where}", (pattern,) * 3).fetchone()
    return _ms(started)


def busiest_open_incident(conn: sqlite3.Connection) -> int:
    """An open case with the most contact attempts: the one the owner works on now."""
    row = conn.execute(
        "SELECT i.id FROM incident i JOIN contact_attempt a ON a.incident_id = i.id "
        "WHERE i.status IN ('new', 'acknowledged', 'in-contact') "
        "GROUP BY i.id ORDER BY count(*) DESC, i.id DESC LIMIT 1"
    ).fetchone()
    if row is None:  # a tiny dataset may have no open case with attempts
        row = conn.execute("SELECT max(id) FROM incident").fetchone()
    return int(row[0])
