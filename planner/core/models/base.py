"""Shared pieces of the table definitions."""

from datetime import datetime
from enum import StrEnum
from typing import Any, Literal

from sqlmodel import Field, SQLModel

from planner.core.clock import utcnow
from planner.core.dbtypes import UTCDateTime, enum_type

# Named constraints are what make Alembic's batch (copy-and-move) migrations on SQLite
# possible: an unnamed constraint cannot be dropped or altered later.
SQLModel.metadata.naming_convention = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = SQLModel.metadata
OnDelete = Literal["CASCADE", "SET NULL", "RESTRICT"]


def utc_field(*, nullable: bool = True, index: bool = False) -> Any:
    """A timezone-aware UTC column (``None`` allowed unless ``nullable`` is False)."""
    return Field(default=None, sa_type=UTCDateTime, nullable=nullable, index=index)


def created_field() -> Any:
    return Field(default_factory=utcnow, sa_type=UTCDateTime, nullable=False)


def enum_field(
    enum: type[StrEnum],
    name: str,
    default: Any = None,
    *,
    index: bool = False,
    nullable: bool = False,
) -> Any:
    return Field(default=default, sa_type=enum_type(enum, name), nullable=nullable, index=index)


def fk_field(
    target: str, *, ondelete: OnDelete = "CASCADE", nullable: bool = False, index: bool = True
) -> Any:
    """A foreign key; children vanish with their parent unless ``ondelete`` says otherwise."""
    return Field(
        default=None, foreign_key=target, ondelete=ondelete, nullable=nullable, index=index
    )


__all__ = ["created_field", "datetime", "enum_field", "fk_field", "metadata", "utc_field"]
