"""Refresh the Qt Linguist sources (resources/translations/*.ts) from the code.

Why not pyside6-lupdate: its Python support runs a C++-style lexer, which misses strings in
single quotes, stops at "//" (floor division), skips some multi-line calls and marks a
plural form only when the count is a literal number. Reading the code with Python's own
parser finds exactly the calls we make:

- ``translate("Context", "text")`` (any ``*.translate``), plural when a count is passed
  (``translate("Context", "%n day(s)", None, n)``);
- ``QT_TRANSLATE_NOOP("Context", "text")`` for tables translated later.

Existing translations are kept; strings no longer in the code are dropped. The Finnish file
holds every string; the English file holds only plural forms (the source text is English).
The .ts files are compiled by lrelease as usual.
"""

from __future__ import annotations

import ast
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = {"fi": "fi_FI", "en": "en_GB"}


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    numerus: bool


def _text(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def extract(paths: list[Path]) -> list[Message]:
    found: dict[tuple[str, str], Message] = {}
    for path in paths:
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or len(node.args) < 2:
                continue
            func = node.func
            name = (
                func.id
                if isinstance(func, ast.Name)
                else (func.attr if isinstance(func, ast.Attribute) else "")
            )
            if name not in ("translate", "QT_TRANSLATE_NOOP"):
                continue
            context, source = _text(node.args[0]), _text(node.args[1])
            if context is None or source is None:
                continue
            numerus = name == "translate" and (
                len(node.args) >= 4 or any(k.arg == "n" for k in node.keywords)
            )
            key = (context, source)
            previous = found.get(key)
            found[key] = Message(context, source, numerus or bool(previous and previous.numerus))
    return sorted(found.values(), key=lambda m: (m.context, m.source))


def code_files() -> list[Path]:
    return sorted((ROOT / "planner").rglob("*.py"))


def _existing(ts: Path) -> dict[tuple[str, str], list[str] | str]:
    if not ts.exists():
        return {}
    done: dict[tuple[str, str], list[str] | str] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") == "unfinished":
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")]
            done[(name, message.findtext("source", ""))] = forms or (translation.text or "")
    return done


def write_ts(ts: Path, language: str, messages: list[Message]) -> int:
    """Write ``ts`` with ``messages``; returns how many still need a translation."""
    done = _existing(ts)
    root = ET.Element("TS", version="2.1", language=LANGUAGES[language])
    missing = 0
    context_element: ET.Element | None = None
    for message in messages:
        if context_element is None or context_element.findtext("name") != message.context:
            context_element = ET.SubElement(root, "context")
            ET.SubElement(context_element, "name").text = message.context
        element = ET.SubElement(context_element, "message")
        if message.numerus:
            element.set("numerus", "yes")
        ET.SubElement(element, "source").text = message.source
        translation = ET.SubElement(element, "translation")
        value = done.get((message.context, message.source))
        if message.numerus:
            forms = value if isinstance(value, list) else []
            for form in forms or [""]:
                ET.SubElement(translation, "numerusform").text = form
            if not any(forms):
                translation.set("type", "unfinished")
                missing += 1
        elif isinstance(value, str) and value:
            translation.text = value
        else:
            translation.set("type", "unfinished")
            missing += 1
    ET.indent(root)
    with ts.open("wb") as handle:
        handle.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        ET.ElementTree(root).write(handle, encoding="utf-8", xml_declaration=False)
        handle.write(b"\n")
    return missing


def main() -> int:
    messages = extract(code_files())
    for language in LANGUAGES:
        wanted = messages if language == "fi" else [m for m in messages if m.numerus]
        missing = write_ts(TRANSLATIONS / f"planner_{language}.ts", language, wanted)
        print(f"planner_{language}.ts: {len(wanted)} strings, {missing} to translate")
    return 0


if __name__ == "__main__":
    sys.exit(main())
