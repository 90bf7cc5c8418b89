"""Full-text search over the praise journal, one function for both databases: SQLite's
FTS5 and PostgreSQL's tsvector, both over the same folded text (see core.text_fold), each
word matched as a prefix."""

from __future__ import annotations

from typing import Any

from sqlalchemy import bindparam, func, literal_column, text
from sqlmodel import Session, col, select

from planner.storage.engine import UNICODE_LOWER


def praise_ids_matching(session: Session, words: list[str]) -> Any:
    """A SQL condition's right-hand side: the ids of entries containing every word."""
    if session.get_bind().dialect.name == "sqlite":
        # Quoted, so no word can be read as FTS5 syntax; * makes it a prefix.
        query = " ".join('"' + word.replace('"', "") + '"*' for word in words)
        return text("SELECT rowid FROM praise_fts WHERE praise_fts MATCH :fts").bindparams(
            bindparam("fts", query)
        )
    query = " & ".join(word + ":*" for word in words)
    return text(
        "SELECT id FROM praise_entry WHERE search_vector @@ to_tsquery('simple', :fts)"
    ).bindparams(bindparam("fts", query))


_ICU: dict[str, bool] = {}


def unicode_lower(session: Session, column: Any) -> Any:
    """Unicode-aware lower case on both backends. SQLite's own folds only A-Z; so does
    PostgreSQL's in a database created with the C locale, unless told to use ICU's rules."""
    bind = session.get_bind()
    if bind.dialect.name == "sqlite":
        return getattr(func, UNICODE_LOWER)(column)
    key = str(bind.engine.url)
    if key not in _ICU:
        _ICU[key] = bool(
            session.exec(
                select(literal_column("1"))
                .select_from(text("pg_collation"))
                .where(literal_column("collname") == "und-x-icu")
            ).first()
        )
    return func.lower(col(column).collate("und-x-icu") if _ICU[key] else column)
