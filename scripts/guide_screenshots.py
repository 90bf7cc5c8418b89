"""Make the guide's pictures from the real app on the example business (never by hand).

For each language: build the example (the bakery in Finnish, the café in English) in a
temporary folder, open the main window at a fixed size on the offscreen platform, walk
through the screens the guide shows, and save one PNG per screen into
``resources/guide/<language>/`` (or ``--out``). Run after changing a screen::

    .venv/bin/python scripts/guide_screenshots.py [--lang fi|en] [--out DIR]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402
from sqlmodel import col, select  # noqa: E402

from planner.core.enums import ContactMethod, Language, PlanSection  # noqa: E402
from planner.core.models import ContactAttempt, LessonReview  # noqa: E402
from planner.services.demo import create_demo_folder  # noqa: E402
from planner.storage.paths import AppPaths  # noqa: E402
from planner.ui import i18n  # noqa: E402
from planner.ui.app import build_window, create_application, open_database_async  # noqa: E402
from planner.ui.main_window import MainWindow  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SIZE = (1200, 760)


def _settle(app: QApplication, window: MainWindow) -> None:
    """Let queued jobs finish and the screen repaint."""
    for _ in range(3):
        for _ in range(20):
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        while window.context.runner.busy:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def _first_incident(window: MainWindow, pick: Callable[[object], bool]) -> int:
    model = window.incidents_page.list_panel.model
    for row in model.rows:
        if pick(row):
            return int(row.id)
    return int(model.rows[0].id)


def shoot(language: str, out: Path) -> list[Path]:
    app = QApplication.instance() or create_application(sys.argv[:1])
    assert isinstance(app, QApplication)
    i18n.install(language)
    folder = Path(tempfile.mkdtemp(prefix="planner-guide-")) / f"demo-{language}"
    create_demo_folder(folder, Language(language))
    paths = AppPaths.resolve(folder)
    window = build_window(paths, language, str(paths.default_database))
    window.resize(*SIZE)
    window.show()
    loop = QEventLoop()
    window.context.database_ready.connect(loop.quit)
    QTimer.singleShot(20_000, loop.quit)
    open_database_async(window)
    loop.exec()
    _settle(app, window)
    out.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []

    def save(name: str, widget: QWidget | None = None) -> None:
        _settle(app, window)
        path = out / f"{name}.png"
        (widget or window).grab().save(str(path))
        saved.append(path)

    window.show_page("start")
    save("start")

    window.open_plan_section(PlanSection.TEMPLATES)
    save("plan-templates")

    window.show_page("incidents")
    _settle(app, window)
    save("incidents")
    page = window.incidents_page
    # A case still open, to show the clocks and the composer at work.
    open_id = _first_incident(window, lambda r: str(r.status) in ("new", "acknowledged"))
    page.open_incident(open_id)
    _settle(app, window)
    screen = page.incident_screen
    composer = screen.composer
    if composer.templates.count() > 1:
        composer.templates.setCurrentIndex(1)
        composer._template_picked(1)  # noqa: SLF001 - as if the owner picked the first template
        composer.save_pending()
    save("incident-reply")
    screen.tabs.setCurrentWidget(screen.contacts)
    save("incident-contact")
    # The case that went to the blog post.
    assert window.context.db is not None
    with window.context.db.session(write=False) as session:
        blog_id = session.exec(
            select(ContactAttempt.incident_id).where(
                ContactAttempt.method == ContactMethod.BLOG_POST
            )
        ).first()
    if blog_id is not None:
        page.open_incident(int(blog_id))
        _settle(app, window)
    screen.tabs.setCurrentWidget(screen.blog)
    save("incident-blog")
    # A closed case whose lessons were written down.
    with window.context.db.session(write=False) as session:
        closed_id = session.exec(
            select(LessonReview.incident_id)
            .where(col(LessonReview.completed_at).is_not(None))
            .order_by(col(LessonReview.completed_at).desc())
        ).first()
    page.open_incident(int(closed_id or _first_incident(window, lambda r: True)))
    _settle(app, window)
    screen.tabs.setCurrentWidget(screen.lessons)
    save("lessons")

    window.show_page("review")
    save("review")
    window.show_page("journal")
    save("journal")

    practice = window.pages["practice"]
    window.show_page("practice")
    _settle(app, window)
    save("practice")
    rows = practice.scenario_model.rows  # type: ignore[attr-defined]
    index = next(i for i, row in enumerate(rows) if row.scenario.id == "angry-google-review")
    practice.scenario_view.selectRow(index)  # type: ignore[attr-defined]
    practice.start_selected()  # type: ignore[attr-defined]
    _settle(app, window)
    drill = practice.drill_screen  # type: ignore[attr-defined]
    drill.composer.templates.setCurrentIndex(1)
    drill.composer._template_picked(1)  # noqa: SLF001
    save("drill")
    drill._timer.stop()  # noqa: SLF001
    practice.drill_screen.drill = None  # type: ignore[attr-defined]  # leave without asking
    window.close()
    db = window.context.db
    if db is not None:
        db.close()
    return saved


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--lang", choices=("fi", "en"), action="append")
    parser.add_argument("--out", type=Path, help="folder (default: resources/guide/<lang>)")
    args = parser.parse_args()
    for language in args.lang or ["fi", "en"]:
        out = args.out / language if args.out else ROOT / "resources" / "guide" / language
        saved = shoot(language, out)
        print(f"{language}: {len(saved)} pictures in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
