"""PDF export: real page breaks, nothing fetched, and an old file never half-overwritten."""

from __future__ import annotations

import errno
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QImage, QTextDocument

from planner.export import pdf
from planner.export.files import ExportError
from planner.export.html import PAGE_BREAK, html_document, markdown_to_html
from planner.export.pdf import (
    OfflineTextDocument,
    ensure_gui_application,
    html_to_pdf,
    html_to_pdf_bytes,
)

# Qt writes object dictionaries uncompressed (only content streams are deflated), so
# page objects can be counted in the raw bytes; "/Type /Pages" is the page tree.
PAGE_OBJECT = re.compile(rb"/Type\s*/Page(?![A-Za-z])")

TWO_PARTS = f"""# Osa 1

Hätätilanteessa: soita 040 123 4567. Hyvitys enintään 25 €.

| Rooli | Nimi |
|---|---|
| Omistaja | Äänekoski Öljynen |

{PAGE_BREAK}

## Osa 2

- ensimmäinen
- toinen
"""


def page_count(data: bytes) -> int:
    return len(PAGE_OBJECT.findall(data))


def assert_valid_pdf(data: bytes) -> None:
    assert data.startswith(b"%PDF-")
    assert data.rstrip().endswith(b"%%EOF")


def render(markdown_text: str, target: Path) -> bytes:
    page = html_document("Kriisisuunnitelma", markdown_to_html(markdown_text), language="fi")
    html_to_pdf(page, target, title="Kriisisuunnitelma")
    return target.read_bytes()


def test_page_break_starts_a_new_page(qapp: Any, tmp_path: Path) -> None:
    data = render(TWO_PARTS, tmp_path / "plan.pdf")

    assert_valid_pdf(data)
    assert page_count(data) == 2
    assert list(tmp_path.iterdir()) == [tmp_path / "plan.pdf"]


def test_without_page_break_one_page(qapp: Any, tmp_path: Path) -> None:
    data = render(TWO_PARTS.replace(PAGE_BREAK, ""), tmp_path / "plan.pdf")

    assert_valid_pdf(data)
    assert page_count(data) == 1


@pytest.mark.parametrize(
    "source",
    [
        f"{PAGE_BREAK}\n\nOnly text",
        f"Only text\n\n{PAGE_BREAK}\n",
        f"{PAGE_BREAK}\n\n| a |\n|---|\n| 1 |\n\n{PAGE_BREAK}\n",
    ],
)
def test_page_break_at_either_end_adds_no_blank_page(qapp: Any, source: str) -> None:
    page = html_document("t", markdown_to_html(source), language="en")
    assert page_count(html_to_pdf_bytes(page, title="t")) == 1


def test_page_break_after_table_and_list(qapp: Any) -> None:
    source = f"| a |\n|---|\n| 1 |\n\n{PAGE_BREAK}\n\n- b\n\n{PAGE_BREAK}\n\n| c |\n|---|\n| 2 |\n"
    page = html_document("t", markdown_to_html(source), language="en")
    assert page_count(html_to_pdf_bytes(page, title="t")) == 3


def test_long_text_flows_over_pages(qapp: Any) -> None:
    source = "\n\n".join(["Pitkä kappale tekstiä, jossa on ääkkösiä. " * 30] * 15)
    page = html_document("t", markdown_to_html(source), language="fi")
    assert page_count(html_to_pdf_bytes(page, title="t")) > 1


def test_metadata(qapp: Any) -> None:
    data = html_to_pdf_bytes(html_document("t", "<p>x</p>", language="fi"), title="Hätä")
    assert b"/Creator (" + "\ufeffCrisis Planner".encode("utf-16-be") + b")" in data
    assert b"/Title (" + "\ufeffHätä".encode("utf-16-be") + b")" in data
    assert b"/MediaBox [0 0 595" in data


def test_resources_are_never_loaded(
    qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    local = tmp_path / "pixel.png"
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    assert image.save(str(local))
    # The plain Qt document would read the local file: the override is what stops it.
    plain = QTextDocument()
    assert plain.loadResource(
        QTextDocument.ResourceType.ImageResource.value, QUrl.fromLocalFile(str(local))
    )

    requested: list[tuple[str, object]] = []
    original = OfflineTextDocument.loadResource

    def spy(self: OfflineTextDocument, kind: int, name: QUrl | str, /) -> Any:
        result = original(self, kind, name)
        requested.append((QUrl(name).toString(), result))
        return result

    monkeypatch.setattr(OfflineTextDocument, "loadResource", spy)
    local_url = QUrl.fromLocalFile(str(local)).toString()
    hostile = (
        '<p style="background-image: url(http://example.invalid/bg.png)">before</p>'
        f'<img src="http://example.invalid/track.png"><img src="{local_url}">'
        f'<table><tr><td background="{local_url}">cell</td></tr></table>'
        '<link rel="stylesheet" href="https://example.invalid/x.css"><p>after</p>'
    )
    data = html_to_pdf_bytes(html_document("t", hostile, language="en"), title="t")

    assert_valid_pdf(data)
    urls = {url for url, _ in requested}
    assert {"http://example.invalid/bg.png", local_url} <= urls
    assert all(result is None for _, result in requested)
    assert b"/Subtype /Image" not in data


def test_local_image_would_be_embedded_by_plain_qt(
    qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Control for the test above: the image check does see an image Qt loads itself."""
    local = tmp_path / "pixel.png"
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    assert image.save(str(local))
    page = f'<p>x</p><img src="{QUrl.fromLocalFile(str(local)).toString()}">'

    assert b"/Subtype /Image" not in html_to_pdf_bytes(page, title="t")
    monkeypatch.setattr(pdf, "OfflineTextDocument", QTextDocument)
    assert b"/Subtype /Image" in html_to_pdf_bytes(page, title="t")


def test_override_returns_nothing(qapp: Any) -> None:
    document = OfflineTextDocument()
    image = QTextDocument.ResourceType.ImageResource.value
    style = QTextDocument.ResourceType.StyleSheetResource.value
    assert document.loadResource(image, QUrl("http://example.invalid/a.png")) is None
    assert document.loadResource(style, QUrl("https://example.invalid/a.css")) is None
    assert document.loadResource(image, QUrl("file:///etc/hostname")) is None


def test_failed_write_keeps_old_pdf(
    qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "plan.pdf"
    old = render(TWO_PARTS, target)

    def refuse(src: object, dst: object) -> None:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(ExportError, match="Read-only file system"):
        render("Something new", target)

    assert target.read_bytes() == old
    assert list(tmp_path.iterdir()) == [target]


def test_failed_rendering_keeps_old_pdf(
    qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "plan.pdf"
    target.write_bytes(b"%PDF-old")

    def broken(self: QTextDocument, device: object) -> None:
        raise RuntimeError("renderer failed")

    monkeypatch.setattr(OfflineTextDocument, "print_", broken)
    with pytest.raises(RuntimeError):
        html_to_pdf("<p>x</p>", target, title="t")

    assert target.read_bytes() == b"%PDF-old"
    assert list(tmp_path.iterdir()) == [target]


def test_missing_folder(qapp: Any, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="folder does not exist"):
        html_to_pdf("<p>x</p>", tmp_path / "nope" / "plan.pdf", title="t")


def test_ensure_gui_application_reuses_running_application(qapp: Any) -> None:
    assert ensure_gui_application() is qapp
    assert pdf._application is None or pdf._application is qapp


def test_command_line_export_without_application(tmp_path: Path) -> None:
    """The CLI has no application and maybe no display: export creates an offscreen one."""
    target = tmp_path / "cli.pdf"
    script = (
        "import os, sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtGui import QGuiApplication\n"
        "from planner.export.pdf import ensure_gui_application, html_to_pdf\n"
        "assert QGuiApplication.instance() is None\n"
        "html_to_pdf('<p>Hei €</p>', Path(sys.argv[1]), title='t')\n"
        "assert ensure_gui_application() is QGuiApplication.instance()\n"
        "print(os.environ['QT_QPA_PLATFORM'], QGuiApplication.platformName())\n"
    )
    env = {key: value for key, value in os.environ.items() if key != "QT_QPA_PLATFORM"}
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    result = subprocess.run(
        [sys.executable, "-c", script, str(target)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["offscreen", "offscreen"]
    assert_valid_pdf(target.read_bytes())
