"""The guide: in the app under Help › Guide (F1), in both languages, with pictures that the
screenshot script makes from the real app on the example business."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument

from planner.storage.resources import resource
from planner.ui.help_window import GUIDE_PICTURES as SHOTS
from planner.ui.help_window import HelpWindow, headings

ROOT = Path(__file__).resolve().parents[2]
IMAGE = re.compile(r"!\[[^\]]*\]\(([^)]+)\)")


@pytest.mark.parametrize("language", ["fi", "en"])
def test_each_guide_shows_the_shipped_pictures_of_the_three_moments(language: str) -> None:
    folder = resource("guide", language)
    text = (folder / "guide.md").read_text(encoding="utf-8")
    pictures = IMAGE.findall(text)
    assert sorted(pictures) == sorted(f"{name}.png" for name in SHOTS)
    for picture in pictures:
        assert (folder / picture).stat().st_size > 10_000, picture
    assert len(headings(text)) == 5  # prepare, handle, learn, the journal, practice


def test_f1_opens_the_guide_with_its_contents_and_pictures(qtbot, window) -> None:
    assert window.guide_action.shortcut().toString()
    guide = window.show_guide()
    qtbot.addWidget(guide)
    assert isinstance(guide, HelpWindow)
    assert guide.contents.count() == 5
    assert guide.contents.item(0).text().startswith("1.")
    document = guide.browser.document()
    image = document.resource(QTextDocument.ResourceType.ImageResource, QUrl("start.png"))
    assert image is not None and not image.isNull()
    guide.contents.setCurrentRow(4)  # jumps to "Practice"
    assert "Practice" in guide.browser.textCursor().block().text()
    assert window.show_guide() is guide  # one guide window at a time


def test_the_pictures_are_made_by_the_script_from_the_example(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "scripts/guide_screenshots.py", "--lang", "en", "--out", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    made = sorted(p.stem for p in (tmp_path / "en").glob("*.png"))
    assert made == sorted(SHOTS)
