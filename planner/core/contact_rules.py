"""Whether a phone number or e-mail address can be right. Lenient on format (people write
numbers in many ways), strict on what cannot work."""

from __future__ import annotations

import re

_EMAIL = re.compile(
    r"^[^@\s<>()\[\],;:\"]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$"
)
_PHONE_CHARS = re.compile(r"^\+?[0-9 ()\-./]+$")


def is_valid_email(value: str) -> bool:
    value = value.strip()
    return len(value) <= 254 and bool(_EMAIL.match(value)) and ".." not in value


def is_valid_phone(value: str) -> bool:
    """7-15 digits (E.164 allows 15), optional leading +, common separators only."""
    value = value.strip()
    if not _PHONE_CHARS.match(value) or "+" in value[1:]:
        return False
    digits = sum(ch.isdigit() for ch in value)
    return 7 <= digits <= 15
