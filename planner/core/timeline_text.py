"""How a timeline event reads, in the incident screen and in the exported case alike."""

from __future__ import annotations

from collections.abc import Mapping

from planner.core.enums import ContactMethod, ContactOutcome, IncidentStatus, TimelineKind
from planner.core.i18n import translate
from planner.core.labels import label


def event_name(kind: TimelineKind) -> str:
    return {
        TimelineKind.CREATED: translate("CaseExport", "Logged"),
        TimelineKind.STATUS_CHANGED: translate("CaseExport", "Status changed"),
        TimelineKind.REPLY_POSTED: translate("CaseExport", "Public reply posted"),
        TimelineKind.CONTACT_ATTEMPT: translate("CaseExport", "Contact attempt"),
        TimelineKind.NOTE: translate("CaseExport", "Note"),
        TimelineKind.PERMISSION: translate("CaseExport", "Permission to name recorded"),
        TimelineKind.BLOG_PUBLISHED: translate("CaseExport", "Blog post published"),
        TimelineKind.EDITED: translate("CaseExport", "Edited"),
    }[kind]


def event_detail(kind: TimelineKind, text: str, data: Mapping[str, object]) -> str:
    """One line: the method and outcome of an attempt, the old and new status, the text."""
    detail = " ".join(text.split())
    if kind == TimelineKind.CONTACT_ATTEMPT and "method" in data:
        what = [
            translate("Labels", label(ContactMethod(str(data["method"])))),
            translate("Labels", label(ContactOutcome(str(data["outcome"])))),
        ]
        return " · ".join(what) + (f": {detail}" if detail else "")
    if kind == TimelineKind.STATUS_CHANGED and "new" in data:
        old, new = (IncidentStatus(str(data[k])) for k in ("old", "new"))
        return f"{translate('Labels', label(old))} → {translate('Labels', label(new))}"
    return detail
