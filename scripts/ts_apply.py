"""Fill translations into a Qt Linguist .ts file from a JSON file, or list what is missing.

    python scripts/ts_apply.py resources/translations/planner_fi.ts --missing
    python scripts/ts_apply.py resources/translations/planner_fi.ts new.json

The JSON maps context -> source text -> translation (a list of forms for %n plurals).
The .ts file stays the source of truth; this only saves clicking through Linguist.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    ts_path = Path(argv[0])
    tree = ET.parse(ts_path)
    if argv[1] == "--missing":
        missing: dict[str, dict[str, str]] = {}
        for context in tree.getroot().iter("context"):
            name = context.findtext("name", "")
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is not None and translation.get("type") == "unfinished":
                    missing.setdefault(name, {})[message.findtext("source", "")] = ""
        json.dump(missing, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    updates = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
    applied = 0
    for context in tree.getroot().iter("context"):
        wanted = updates.get(context.findtext("name", ""), {})
        for message in context.iter("message"):
            value = wanted.get(message.findtext("source", ""))
            translation = message.find("translation")
            if not value or translation is None:
                continue
            if message.get("numerus") == "yes":
                for form in list(translation):
                    translation.remove(form)
                for text in value if isinstance(value, list) else [value]:
                    ET.SubElement(translation, "numerusform").text = text
            else:
                translation.text = value
            translation.attrib.pop("type", None)
            applied += 1
    ET.indent(tree)
    with ts_path.open("wb") as handle:
        handle.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(handle, encoding="utf-8", xml_declaration=False)
        handle.write(b"\n")
    print(f"{applied} translations applied to {ts_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
