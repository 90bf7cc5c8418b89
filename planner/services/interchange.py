"""All the data as one versioned JSON document: exported to move or keep it, imported
into an empty database (or over everything with ``replace``).

The document mirrors the tables of :mod:`planner.core.models` one to one, so a reader
can follow it without the app (docs/data-format.md). Everything the database would
refuse is found first, with its JSON path, before anything is written: an import either
brings every row in, in one transaction, or changes nothing at all.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import Enum, StrEnum
from functools import cache
from typing import Any

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Date,
    Integer,
    String,
    Table,
    UniqueConstraint,
    delete,
    func,
    insert,
    select,
)
from sqlalchemy import Enum as SAEnum
from sqlalchemy.engine import Connection
from sqlalchemy.exc import SQLAlchemyError

from planner.core.clock import ensure_utc, utcnow
from planner.core.dbtypes import UTCDateTime
from planner.core.errors import PlannerError, ValidationError
from planner.core.i18n import arg, translate
from planner.core.models import metadata
from planner.core.models.incident import incident_search_text
from planner.core.text_fold import fold
from planner.services.changes import Area, Outcome, changed
from planner.storage.database import Database

FORMAT = "crisis-planner"
VERSION = 1
MAX_DOCUMENT_BYTES = 200 * 1024 * 1024  # a file beyond this is refused unread
MAX_DEPTH = 64  # nested lists/objects; a valid document needs 4
MAX_TEXT_CHARS = 1_000_000  # for text columns without a length of their own
MAX_PROBLEMS = 10_000  # validation stops listing after this many
INT_MIN, INT_MAX = -(2**31), 2**31 - 1  # PostgreSQL's INTEGER
MIN_YEAR, MAX_YEAR = 1000, 9998  # a day's margin from what every backend can hold

# Not part of the document: the schema version lives in "version", the full-text search
# objects are made by migrations (and not in ``metadata``), and derived columns are
# computed again on import.
EXCLUDED_TABLES = frozenset({"alembic_version"})
DERIVED_COLUMNS: Mapping[str, frozenset[str]] = {
    "praise_entry": frozenset({"search_text"}),
    "incident": frozenset({"search_text"}),
}

Problem = tuple[str, str]  # (JSON path, message)


# -- the shape of the document, read from the models ------------------------------------
class Kind(StrEnum):
    INTEGER = "integer"
    TEXT = "text"
    BOOLEAN = "boolean"
    DATE = "date"
    DATETIME = "datetime"
    ENUM = "enum"


@dataclass(frozen=True)
class ColumnSpec:
    name: str
    kind: Kind
    nullable: bool
    max_length: int | None = None  # characters; None for unbounded text
    enum: type[Enum] | None = None
    values: tuple[str, ...] = ()  # the allowed enum values
    references: str | None = None  # the table whose ``id`` this column holds
    positive: bool = False  # an integer id: 1 or more


@dataclass(frozen=True)
class Rule:
    """A CHECK constraint of the models: ``column op bound``, ``column BETWEEN low AND
    high`` or ``column op other_column``. As in SQL, a null operand passes."""

    column: str
    op: str  # ">", ">=", "<", "<=", "between"
    low: int | None = None
    high: int | None = None
    other: str | None = None


@dataclass(frozen=True)
class TableSpec:
    name: str
    table: Table
    columns: tuple[ColumnSpec, ...]
    key: tuple[str, ...]  # the primary key
    unique: tuple[tuple[str, ...], ...]  # other unique column sets
    rules: tuple[Rule, ...]
    serial: bool  # a single integer ``id`` drawn from a sequence


_BOUND = re.compile(r"(\w+) (>=|<=|>|<) (-?[0-9]+)", re.ASCII)
_BETWEEN = re.compile(r"(\w+) BETWEEN (-?[0-9]+) AND (-?[0-9]+)", re.ASCII)
_COMPARE = re.compile(r"(\w+) (>=|<=|>|<) ([A-Za-z_]\w*)", re.ASCII)
_NULL_OR = re.compile(r"(\w+) IS NULL OR (.+)", re.ASCII)


def _rule(text: str) -> Rule:
    """Read one CHECK constraint; an unknown shape is a programming error (new models
    need their rule taught here, and a test says so)."""
    text = text.strip()
    guarded = _NULL_OR.fullmatch(text)
    if guarded:  # "x IS NULL OR ..." is how SQL treats nulls anyway
        text = guarded.group(2).strip()
    while text.startswith("(") and text.endswith(")"):
        text = text[1:-1].strip()
    if m := _BETWEEN.fullmatch(text):
        return Rule(m.group(1), "between", int(m.group(2)), int(m.group(3)))
    if m := _BOUND.fullmatch(text):
        bound = int(m.group(3))
        low = bound if m.group(2) in (">", ">=") else None
        high = bound if m.group(2) in ("<", "<=") else None
        return Rule(m.group(1), m.group(2), low, high)
    if m := _COMPARE.fullmatch(text):
        return Rule(m.group(1), m.group(2), other=m.group(3))
    raise RuntimeError(f"interchange cannot check the constraint {text!r}")


def _column_spec(column: Column[Any]) -> ColumnSpec:
    kind: Kind
    type_ = column.type
    enum: type[Enum] | None = None
    values: tuple[str, ...] = ()
    max_length: int | None = None
    if isinstance(type_, UTCDateTime):
        kind = Kind.DATETIME
    elif isinstance(type_, SAEnum):
        kind, enum = Kind.ENUM, type_.enum_class
        values = tuple(str(v) for v in type_.enums)
    elif isinstance(type_, Boolean):
        kind = Kind.BOOLEAN
    elif isinstance(type_, Date):
        kind = Kind.DATE
    elif isinstance(type_, Integer):
        kind = Kind.INTEGER
    elif isinstance(type_, String) or isinstance(getattr(type_, "impl", None), String):
        kind = Kind.TEXT
        max_length = getattr(type_, "length", None)
    else:
        raise RuntimeError(f"interchange does not know the type of {column}")
    references = None
    for fk in column.foreign_keys:
        if fk.column.name != "id":
            raise RuntimeError(f"interchange expects foreign keys to ids: {column}")
        references = fk.column.table.name
    return ColumnSpec(
        column.name,
        kind,
        bool(column.nullable),
        max_length,
        enum,
        values,
        references,
        positive=column.primary_key and kind == Kind.INTEGER and references is None,
    )


def _table_spec(table: Table) -> TableSpec:
    derived = DERIVED_COLUMNS.get(table.name, frozenset())
    columns = tuple(_column_spec(c) for c in table.columns if c.name not in derived)
    key = tuple(c.name for c in table.primary_key.columns)
    unique: list[tuple[str, ...]] = []
    rules: list[Rule] = []
    for constraint in sorted(table.constraints, key=lambda c: str(c.name)):
        if isinstance(constraint, UniqueConstraint):
            unique.append(tuple(c.name for c in constraint.columns))
        elif isinstance(constraint, CheckConstraint) and not getattr(
            constraint,
            "_type_bound",
            False,  # an enum's own CHECK: the values are checked
        ):
            rules.append(_rule(str(constraint.sqltext)))
    for index in sorted(table.indexes, key=lambda i: str(i.name)):
        if index.unique:
            unique.append(tuple(c.name for c in index.columns))
    serial = key == ("id",) and isinstance(table.c.id.type, Integer)
    return TableSpec(table.name, table, columns, key, tuple(unique), tuple(rules), serial)


@cache
def table_specs() -> tuple[TableSpec, ...]:
    """Every table of the document, parents before children (the order of inserts)."""
    return tuple(_table_spec(t) for t in metadata.sorted_tables if t.name not in EXCLUDED_TABLES)


def table_names() -> list[str]:
    """The tables of the document, alphabetically (the order of its ``data`` keys)."""
    return sorted(spec.name for spec in table_specs())


# -- values --------------------------------------------------------------------------------
def format_datetime(value: datetime) -> str:
    """ISO 8601 in UTC with "Z", microseconds only when there are some."""
    return ensure_utc(value).replace(tzinfo=None).isoformat() + "Z"


def _json_value(value: Any) -> Any:
    if isinstance(value, datetime):
        return format_datetime(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Enum):
        return str(value.value)
    return value


_DATETIME = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,6})?(Z|[+-][0-9]{2}:[0-9]{2})?",
    re.ASCII,
)
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", re.ASCII)
_NOT_STORABLE = re.compile(r"[\x00\ud800-\udfff]")


def _describe(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return translate("Interchange", "true or false")
    if isinstance(value, int | float):
        return translate("Interchange", "a number")
    if isinstance(value, str):
        return translate("Interchange", "text")
    if isinstance(value, list):
        return translate("Interchange", "a list")
    if isinstance(value, dict):
        return translate("Interchange", "an object")
    return type(value).__name__


def _wrong_type(expected: str, value: object) -> str:
    return arg(translate("Interchange", "Expected %1, found %2."), expected, _describe(value))


def _parse_datetime(value: object) -> datetime | str:
    """The moment, or the problem with it."""
    expected = translate("Interchange", "a time such as 2025-03-01T14:30:00Z")
    if not isinstance(value, str):
        return _wrong_type(expected, value)
    match = _DATETIME.fullmatch(value)
    if match is None:
        return arg(translate("Interchange", "“%1” is not %2."), _shorten(value), expected)
    if match.group(2) is None:
        return translate(
            "Interchange",
            "This time has no UTC offset; add Z (UTC) or the offset, such as +02:00.",
        )
    try:
        moment = datetime.fromisoformat(value).astimezone(UTC)
    except (ValueError, OverflowError):
        return arg(translate("Interchange", "“%1” is not a real time."), value)
    if not MIN_YEAR <= moment.year <= MAX_YEAR:
        return arg(translate("Interchange", "The year must be from %1 to %2."), MIN_YEAR, MAX_YEAR)
    return moment


def _parse_date(value: object) -> date | str:
    expected = translate("Interchange", "a date such as 2025-03-01")
    if not isinstance(value, str):
        return _wrong_type(expected, value)
    if _DATE.fullmatch(value) is None:
        return arg(translate("Interchange", "“%1” is not %2."), _shorten(value), expected)
    try:
        day = date.fromisoformat(value)
    except ValueError:
        return arg(translate("Interchange", "“%1” is not a real date."), value)
    if not MIN_YEAR <= day.year <= MAX_YEAR:
        return arg(translate("Interchange", "The year must be from %1 to %2."), MIN_YEAR, MAX_YEAR)
    return day


def _shorten(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _check_text(value: str, max_length: int | None) -> str | None:
    limit = max_length if max_length is not None else MAX_TEXT_CHARS
    if len(value) > limit:
        return arg(
            translate("Interchange", "Too long: %1 characters, %2 at most."),
            f"{len(value):,}",
            f"{limit:,}",
        )
    bad = _NOT_STORABLE.search(value)
    if bad is not None:
        if bad.group() == "\x00":
            return translate("Interchange", "Contains a NUL character, which cannot be stored.")
        return translate(
            "Interchange", "Contains an unpaired surrogate, which is not valid Unicode."
        )
    return None


def _parse_value(spec: ColumnSpec, value: object) -> tuple[Any, str | None]:
    """(the Python value, None) or (None, the problem)."""
    if value is None:
        if spec.nullable:
            return None, None
        return None, translate("Interchange", "A value is required here (null is not allowed).")
    if spec.kind == Kind.INTEGER:
        if type(value) is not int:
            return None, _wrong_type(translate("Interchange", "a whole number"), value)
        low = 1 if spec.positive else INT_MIN
        if not low <= value <= INT_MAX:
            return None, arg(
                translate("Interchange", "%1 is out of range (%2 to %3)."),
                _shorten(str(value)),
                low,
                INT_MAX,
            )
        return value, None
    if spec.kind == Kind.BOOLEAN:
        if not isinstance(value, bool):
            return None, _wrong_type(translate("Interchange", "true or false"), value)
        return value, None
    if spec.kind == Kind.DATETIME:
        moment = _parse_datetime(value)
        return (None, moment) if isinstance(moment, str) else (moment, None)
    if spec.kind == Kind.DATE:
        day = _parse_date(value)
        return (None, day) if isinstance(day, str) else (day, None)
    if not isinstance(value, str):
        return None, _wrong_type(translate("Interchange", "text"), value)
    if spec.kind == Kind.ENUM:
        assert spec.enum is not None
        if value not in spec.values:
            return None, arg(
                translate("Interchange", "Unknown value “%1”; use one of: %2."),
                _shorten(value),
                ", ".join(spec.values),
            )
        return spec.enum(value), None
    problem = _check_text(value, spec.max_length)
    return (None, problem) if problem else (value, None)


# -- validation ----------------------------------------------------------------------------
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*", re.ASCII)


def _key_path(parent: str, key: object) -> str:
    name = str(key)
    if _IDENTIFIER.fullmatch(name):
        return f"{parent}.{name}"
    return f"{parent}[{json.dumps(_shorten(name, 60), ensure_ascii=False)}]"


class _TooMany(Exception):
    pass


class _Problems:
    def __init__(self) -> None:
        self.items: list[Problem] = []

    def add(self, path: str, message: str) -> None:
        self.items.append((path, message))
        if len(self.items) >= MAX_PROBLEMS:
            raise _TooMany


def _too_deep(obj: object, limit: int = MAX_DEPTH) -> bool:
    """Whether lists and objects nest deeper than ``limit``, found without recursion."""
    stack: list[tuple[object, int]] = [(obj, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, dict):
            children: Iterator[object] = iter(value.values())
        elif isinstance(value, list | tuple):
            children = iter(value)
        else:
            continue
        if depth > limit:
            return True
        stack.extend(
            (child, depth + 1) for child in children if isinstance(child, dict | list | tuple)
        )
    return False


_TOP_KEYS = ("format", "version", "exported_at", "data")


@dataclass
class _Parsed:
    """What validation learnt: each table's rows as Python values, by table name."""

    rows: dict[str, list[dict[str, Any]]]
    present: set[str]  # tables given as lists


def _check_top(obj: dict[Any, Any], problems: _Problems) -> bool:
    """Top-level keys; False when the document is not one this app can read at all."""
    readable = True
    for key in obj:
        if key not in _TOP_KEYS:
            problems.add(_key_path("$", key), translate("Interchange", "Unknown key."))
    for key in _TOP_KEYS:
        if key not in obj:
            problems.add(f"$.{key}", translate("Interchange", "This key is missing."))
    fmt = obj.get("format")
    if "format" in obj and fmt != FORMAT:
        problems.add(
            "$.format",
            arg(
                translate("Interchange", "This is not a Crisis Planner document (expected “%1”)."),
                FORMAT,
            ),
        )
        readable = False
    version = obj.get("version")
    if "version" in obj and (type(version) is not int or version != VERSION):
        problems.add(
            "$.version",
            arg(
                translate(
                    "Interchange",
                    "Version %1 is not supported; this app reads version %2. "
                    "A newer app may be needed.",
                ),
                _shorten(json.dumps(version, ensure_ascii=False, default=str)),
                VERSION,
            ),
        )
        readable = False
    if "exported_at" in obj:
        moment = _parse_datetime(obj["exported_at"])
        if isinstance(moment, str):
            problems.add("$.exported_at", moment)
    return readable


def _check_rows(
    spec: TableSpec, rows: list[Any], path: str, problems: _Problems
) -> list[dict[str, Any]]:
    """Each row's keys and values; returns the rows as Python values (bad values left
    out, so that the relation checks see only what could be read)."""
    names = {c.name for c in spec.columns}
    derived = DERIVED_COLUMNS.get(spec.name, frozenset())
    parsed_rows: list[dict[str, Any]] = []
    for index, row in enumerate(rows):
        row_path = f"{path}[{index}]"
        parsed: dict[str, Any] = {}
        parsed_rows.append(parsed)
        if not isinstance(row, dict):
            problems.add(row_path, _wrong_type(translate("Interchange", "an object"), row))
            continue
        for key in row:
            if key in derived:
                problems.add(
                    _key_path(row_path, key),
                    translate(
                        "Interchange",
                        "This value is computed by the app; leave it out of the document.",
                    ),
                )
            elif key not in names:
                problems.add(_key_path(row_path, key), translate("Interchange", "Unknown key."))
        for column in spec.columns:
            column_path = f"{row_path}.{column.name}"
            if column.name not in row:
                problems.add(column_path, translate("Interchange", "This key is missing."))
                continue
            value, problem = _parse_value(column, row[column.name])
            if problem is not None:
                problems.add(column_path, problem)
            else:
                parsed[column.name] = value
        for rule in spec.rules:
            _check_rule(rule, parsed, row_path, problems)
    return parsed_rows


def _check_rule(rule: Rule, row: dict[str, Any], path: str, problems: _Problems) -> None:
    value = row.get(rule.column)
    if value is None:
        return
    column_path = f"{path}.{rule.column}"
    if rule.other is not None:
        other = row.get(rule.other)
        if other is None:
            return
        ok = {">": value > other, ">=": value >= other, "<": value < other, "<=": value <= other}
        if not ok[rule.op]:
            text = {
                ">": translate("Interchange", "Must be after %1."),
                ">=": translate("Interchange", "Must not be before %1."),
                "<": translate("Interchange", "Must be before %1."),
                "<=": translate("Interchange", "Must not be after %1."),
            }[rule.op]
            problems.add(column_path, arg(text, rule.other))
        return
    if rule.op == "between":
        assert rule.low is not None and rule.high is not None
        if not rule.low <= value <= rule.high:
            problems.add(
                column_path,
                arg(translate("Interchange", "Must be from %1 to %2."), rule.low, rule.high),
            )
        return
    bound = rule.low if rule.low is not None else rule.high
    assert bound is not None
    ok = {">": value > bound, ">=": value >= bound, "<": value < bound, "<=": value <= bound}
    if not ok[rule.op]:
        text = {
            ">": translate("Interchange", "Must be more than %1."),
            ">=": translate("Interchange", "Must be %1 or more."),
            "<": translate("Interchange", "Must be less than %1."),
            "<=": translate("Interchange", "Must be %1 or less."),
        }[rule.op]
        problems.add(column_path, arg(text, bound))


def _check_keys(
    spec: TableSpec, rows: list[dict[str, Any]], path: str, problems: _Problems
) -> None:
    """Primary keys and unique column sets appear once per table."""
    for columns in (spec.key, *spec.unique):
        seen: dict[tuple[Any, ...], int] = {}
        for index, row in enumerate(rows):
            values = tuple(row.get(c) for c in columns)
            if any(v is None for v in values):
                continue
            if values in seen:
                where = f"{path}[{index}]"
                if len(columns) == 1:
                    where = f"{where}.{columns[0]}"
                problems.add(
                    where,
                    arg(
                        translate("Interchange", "%1 %2 appears twice in %3 (first at %4[%5])."),
                        ", ".join(columns),
                        _shorten(", ".join(str(v) for v in values)),
                        spec.name,
                        path,
                        seen[values],
                    ),
                )
            else:
                seen[values] = index


def _check_references(
    spec: TableSpec,
    rows: list[dict[str, Any]],
    path: str,
    ids: Mapping[str, set[int]],
    problems: _Problems,
) -> None:
    for column in spec.columns:
        if column.references is None or column.references not in ids:
            continue
        known = ids[column.references]
        for index, row in enumerate(rows):
            value = row.get(column.name)
            if value is not None and value not in known:
                problems.add(
                    f"{path}[{index}].{column.name}",
                    arg(
                        translate("Interchange", "There is no %1 with id %2 in the document."),
                        column.references,
                        value,
                    ),
                )


def _check(obj: object) -> tuple[list[Problem], _Parsed]:
    problems = _Problems()
    parsed = _Parsed({}, set())
    try:
        _check_document(obj, problems, parsed)
    except _TooMany:
        problems.items.append(
            (
                "$",
                arg(
                    translate("Interchange", "Too many problems; the first %1 are listed."),
                    f"{MAX_PROBLEMS:,}",
                ),
            )
        )
    return problems.items, parsed


def _check_document(obj: object, problems: _Problems, parsed: _Parsed) -> None:
    if _too_deep(obj):
        problems.add(
            "$",
            arg(
                translate("Interchange", "The document nests deeper than %1 levels."),
                MAX_DEPTH,
            ),
        )
        return
    if not isinstance(obj, dict):
        problems.add(
            "$",
            _wrong_type(translate("Interchange", "an object with format, version and data"), obj),
        )
        return
    if not _check_top(obj, problems) or "data" not in obj:
        return
    data = obj["data"]
    if not isinstance(data, dict):
        problems.add("$.data", _wrong_type(translate("Interchange", "an object"), data))
        return
    specs = {spec.name: spec for spec in table_specs()}
    for key in data:
        if key not in specs:
            problems.add(_key_path("$.data", key), translate("Interchange", "Unknown table."))
    for name in sorted(specs):
        path = f"$.data.{name}"
        if name not in data:
            problems.add(
                path, translate("Interchange", "This table is missing (give [] when empty).")
            )
            continue
        rows = data[name]
        if not isinstance(rows, list):
            problems.add(path, _wrong_type(translate("Interchange", "a list of rows"), rows))
            continue
        parsed.present.add(name)
        parsed.rows[name] = _check_rows(specs[name], rows, path, problems)
    ids = {
        name: {row["id"] for row in parsed.rows[name] if row.get("id") is not None}
        for name in parsed.present
        if specs[name].serial
    }
    for name in sorted(parsed.present):
        path = f"$.data.{name}"
        _check_keys(specs[name], parsed.rows[name], path, problems)
        _check_references(specs[name], parsed.rows[name], path, ids, problems)


@dataclass(frozen=True)
class CheckedDocument:
    """A document without problems, as Python values ready to insert (by table name)."""

    rows: Mapping[str, list[dict[str, Any]]]


def check_document(obj: object) -> CheckedDocument:
    """The document checked, or InvalidDocumentError listing every problem. Lets a caller
    refuse a bad file before it opens the database, without checking twice."""
    problems, parsed = _check(obj)
    if problems:
        raise InvalidDocumentError(problems)
    return CheckedDocument(parsed.rows)


def validate_document(obj: object) -> list[Problem]:
    """Every problem of ``obj`` as (JSON path, message); empty when it can be imported
    into an empty database. Paths look like ``$.data.incident[3].severity``."""
    problems, _ = _check(obj)
    return problems


# -- errors --------------------------------------------------------------------------------
class InvalidDocumentError(ValidationError):
    """The document cannot be imported; ``problems`` lists every (path, message)."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = list(problems)
        errors: dict[str, str] = {}
        for path, message in self.problems:
            errors[path] = f"{errors[path]} {message}" if path in errors else message
        first = self.problems[0][0] if self.problems else None
        super().__init__(_summary(self.problems), first, errors)


def _summary(problems: Sequence[Problem], shown: int = 3) -> str:
    lead = translate(
        "Interchange", "Nothing was imported: the document has %n problem(s).", None, len(problems)
    )
    lines = [f"{path}: {message}" for path, message in problems[:shown]]
    if len(problems) > shown:
        lines.append("…")
    return "\n".join([lead, *lines])


class DatabaseNotEmptyError(PlannerError):
    """An import would mix with data already there; nothing was changed."""

    exit_code = 7


# -- reading a file ------------------------------------------------------------------------
def _refuse(message: str) -> ValidationError:
    return ValidationError(message, "$", {"$": message})


def _no_constants(name: str) -> object:
    raise ValueError(arg(translate("Interchange", "%1 is not a number JSON allows."), name))


def _unique_pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(
                arg(
                    translate("Interchange", "The key “%1” appears twice in one object."),
                    _shorten(key),
                )
            )
        result[key] = value
    return result


def check_size(size: int) -> None:
    """Refuse a document of ``size`` bytes when it is beyond MAX_DOCUMENT_BYTES."""
    if size > MAX_DOCUMENT_BYTES:
        raise _refuse(
            arg(
                translate("Interchange", "The file is too large (%1 MB at most)."),
                MAX_DOCUMENT_BYTES // (1024 * 1024),
            )
        )


def parse_json_bytes(raw: bytes) -> object:
    """The JSON value in ``raw`` (strict UTF-8, an optional BOM allowed); ValidationError
    with a clear message for anything else."""
    check_size(len(raw))
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _refuse(
            arg(
                translate(
                    "Interchange",
                    "The file is not UTF-8 text (invalid byte at position %1). "
                    "Save it as UTF-8 and try again.",
                ),
                exc.start,
            )
        ) from exc
    text = text.removeprefix("\ufeff")
    try:
        return json.loads(text, object_pairs_hook=_unique_pairs, parse_constant=_no_constants)
    except json.JSONDecodeError as exc:
        raise _refuse(
            arg(
                translate("Interchange", "This is not valid JSON: %1 (line %2, column %3)."),
                exc.msg,
                exc.lineno,
                exc.colno,
            )
        ) from exc
    except RecursionError as exc:
        raise _refuse(
            arg(
                translate("Interchange", "The document nests deeper than %1 levels."),
                MAX_DEPTH,
            )
        ) from exc
    except ValueError as exc:  # our hooks, or an integer with thousands of digits
        message = str(exc)
        if "digits" in message or "integer string conversion" in message:
            message = translate("Interchange", "A number in the document is far too long.")
        raise _refuse(message) from exc


# -- export --------------------------------------------------------------------------------
def _rows_of(conn: Connection, spec: TableSpec) -> list[dict[str, Any]]:
    names = [c.name for c in spec.columns]
    result = conn.execute(select(*(spec.table.c[name] for name in names)))
    rows = [{n: _json_value(v) for n, v in zip(names, row, strict=True)} for row in result]
    # Sorted here, not in SQL: collations differ between the backends.
    rows.sort(key=lambda r: tuple(r[k] for k in spec.key))
    return rows


def export_document(db: Database, *, exported_at: datetime | None = None) -> dict[str, Any]:
    """Every table as JSON-ready values; ``exported_at`` defaults to now."""
    moment = exported_at if exported_at is not None else utcnow()
    with db.session(write=False) as session:
        options = {"isolation_level": "REPEATABLE READ"} if db.dialect == "postgresql" else {}
        conn = session.connection(execution_options=options)  # one snapshot of everything
        data = {spec.name: _rows_of(conn, spec) for spec in table_specs()}
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": format_datetime(moment),
        "data": data,
    }


def dumps_document(document: Mapping[str, Any]) -> str:
    """The document as the export writes it: UTF-8-ready, keys sorted, a final newline."""
    return json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def export_json(db: Database, *, exported_at: datetime | None = None) -> str:
    return dumps_document(export_document(db, exported_at=exported_at))


# -- import --------------------------------------------------------------------------------
@dataclass(frozen=True)
class ImportSummary:
    rows: dict[str, int]  # table -> rows imported, every table
    deleted: int  # rows removed first (replace=True)

    @property
    def total(self) -> int:
        return sum(self.rows.values())


def _with_search_text(rows: list[dict[str, Any]], tags: list[dict[str, Any]]) -> None:
    by_entry: dict[int, list[str]] = {}
    for tag in tags:
        by_entry.setdefault(tag["praise_id"], []).append(tag["tag"])
    for row in rows:
        # The journal's own folding (journal._search_text): text, who, then the tags.
        row["search_text"] = fold(" ".join([row["text"], row["who"], *by_entry.get(row["id"], [])]))


def _with_incident_search_text(rows: list[dict[str, Any]]) -> None:
    # The rows go in with Core inserts, which the model's ORM events do not see.
    for row in rows:
        row["search_text"] = incident_search_text(row["title"], row["original_text"], row["author"])


def _row_counts(conn: Connection) -> dict[str, int]:
    return {
        spec.name: int(conn.execute(select(func.count()).select_from(spec.table)).scalar_one())
        for spec in table_specs()
    }


def _reset_sequences(conn: Connection) -> None:
    """PostgreSQL: the next row of each table gets the id after the largest one."""
    for spec in table_specs():
        if spec.serial:
            conn.execute(
                select(
                    func.setval(
                        func.pg_get_serial_sequence(spec.name, "id"),
                        func.coalesce(func.max(spec.table.c.id), 0) + 1,
                        False,
                    )
                )
            )


def import_document(db: Database, obj: object, *, replace: bool = False) -> Outcome[ImportSummary]:
    """Bring every row of ``obj`` (a parsed document, or one checked already by
    :func:`check_document`) in, with its id, in one transaction.

    Refuses (InvalidDocumentError, listing every problem) before touching the database,
    and refuses a database that holds data unless ``replace`` deletes it all first.
    """
    checked = obj if isinstance(obj, CheckedDocument) else check_document(obj)
    specs = table_specs()
    rows = checked.rows
    _with_search_text(rows["praise_entry"], rows["praise_tag"])
    _with_incident_search_text(rows["incident"])
    try:
        with db.session(write=True) as session:
            conn = session.connection()
            counts = _row_counts(conn)
            existing = sum(counts.values())
            if existing and not replace:
                raise DatabaseNotEmptyError(
                    arg(
                        translate(
                            "Interchange",
                            "The database holds data already (%1 rows). Import into an "
                            "empty database, or replace everything in it on purpose "
                            "(--replace).",
                        ),
                        existing,
                    )
                )
            for spec in reversed(specs):
                if counts[spec.name]:
                    conn.execute(delete(spec.table))
            for spec in specs:
                if rows[spec.name]:
                    conn.execute(insert(spec.table), rows[spec.name])
            if conn.dialect.name == "postgresql":
                _reset_sequences(conn)
    except SQLAlchemyError as exc:
        # Validation should have caught it; the transaction is rolled back either way.
        raise InvalidDocumentError(
            [
                (
                    "$",
                    arg(
                        translate("Interchange", "The database refused the data: %1"),
                        _first_line(exc),
                    ),
                )
            ]
        ) from exc
    summary = ImportSummary({spec.name: len(rows[spec.name]) for spec in specs}, existing)
    return changed(summary, *Area)


def _first_line(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None) or exc
    return (str(orig).strip().splitlines() or [type(orig).__name__])[0]


__all__ = [
    "FORMAT",
    "MAX_DEPTH",
    "MAX_DOCUMENT_BYTES",
    "MAX_TEXT_CHARS",
    "VERSION",
    "CheckedDocument",
    "DatabaseNotEmptyError",
    "ImportSummary",
    "InvalidDocumentError",
    "Problem",
    "check_document",
    "check_size",
    "dumps_document",
    "export_document",
    "export_json",
    "format_datetime",
    "import_document",
    "parse_json_bytes",
    "table_names",
    "table_specs",
    "validate_document",
]
