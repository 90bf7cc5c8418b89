"""Files shipped with the app (default plans, translations, icons, scenarios).

The top-level ``resources/`` folder of a source checkout is packaged as
``planner/resources`` in the wheel and the PyInstaller bundle; both layouts are found here.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent


@cache
def resources_dir() -> Path:
    candidates = [_PACKAGE / "resources", _PACKAGE.parent / "resources"]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.insert(0, Path(bundle) / "planner" / "resources")
    for candidate in candidates:
        if (candidate / "translations").is_dir():
            return candidate
    raise FileNotFoundError(
        "The app's resources folder is missing: reinstall Crisis Planner "
        f"(looked in {', '.join(str(c) for c in candidates)})."
    )


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
