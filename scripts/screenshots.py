"""Render the real main window offscreen, every page, in a language, to PNG files.

python scripts/screenshots.py --lang fi --out /tmp/shots [--data-dir DIR]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402

from planner.storage.paths import AppPaths  # noqa: E402
from planner.ui import i18n  # noqa: E402
from planner.ui.app import build_window, create_application, open_database_async  # noqa: E402


def _settle(app: object) -> None:
    from PySide6.QtWidgets import QApplication

    assert isinstance(app, QApplication)
    for _ in range(20):
        app.processEvents()


def _sample_incident(db: object, lang: str) -> None:
    from datetime import date, timedelta

    from planner.core.clock import utcnow
    from planner.core.enums import Channel, ContactMethod, ContactOutcome
    from planner.services.incidents import IncidentInput, log_incident, record_contact
    from planner.services.journal import PraiseInput, add_praise
    from planner.storage.database import Database

    assert isinstance(db, Database)
    now = utcnow()
    fi = lang == "fi"
    text = (
        "Tilasin täytekakun ristiäisiin ja se tuli tunnin myöhässä. Kukaan ei vastannut "
        "puhelimeen. En suosittele!"
        if fi
        else "I ordered a cake for a christening and it came an hour late. Nobody answered "
        "the phone. Would not recommend!"
    )
    incident_id = log_incident(
        db,
        IncidentInput(
            text=text,
            url="https://www.facebook.com/leipomo/posts/123",
            author="Liisa Virtanen",
            channel=Channel.FACEBOOK,
            posted_at=now - timedelta(hours=3),
            detected_at=now - timedelta(hours=2, minutes=10),
        ),
    ).value
    record_contact(
        db,
        incident_id,
        ContactMethod.CALL,
        ContactOutcome.NO_ANSWER,
        at=now - timedelta(hours=1),
        notes="Ei vastannut." if fi else "No answer.",
        next_follow_up_at=now - timedelta(minutes=5),
    )
    today = date.today()
    samples = [
        ("Paras pulla ikinä, kiitos!", "The best bun ever, thank you!", "Matti", today, 5),
        (
            "Kakku pelasti juhlat, kiitos joustavuudesta.",
            "The cake saved the party, thank you for being flexible.",
            "Sari",
            today.replace(year=today.year - 1),
            None,
        ),
        ("Ystävällinen palvelu joka kerta.", "Friendly service every time.", "", today, 4),
    ]
    for text_fi, text_en, who, day, stars in samples:
        add_praise(
            db,
            PraiseInput(
                text_fi if fi else text_en,
                who=who,
                channel=Channel.GOOGLE,
                received_on=day,
                tags=("palvelu",) if fi else ("service",),
                stars=stars,
            ),
        )


def _shoot_incident(window: object, app: object, out: Path, lang: str) -> None:
    page = window.pages["incidents"]  # type: ignore[attr-defined]
    window.show_page("incidents")  # type: ignore[attr-defined]
    _wait(window, app)
    window.grab().save(str(out / f"{lang}-incidents-list.png"))  # type: ignore[attr-defined]
    page.open_incident(page.list_panel.model.id_at(0))
    _wait(window, app)
    screen = page.incident_screen
    tabs = screen.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        _settle(app)
        window.grab().save(str(out / f"{lang}-incident-{index}.png"))  # type: ignore[attr-defined]
    screen.tabs.setCurrentWidget(screen.lessons)
    screen.lessons.start()
    _wait(window, app)
    window.grab().save(str(out / f"{lang}-incident-lessons.png"))  # type: ignore[attr-defined]
    review = window.pages["review"]  # type: ignore[attr-defined]
    window.show_page("review")  # type: ignore[attr-defined]
    _wait(window, app)
    window.grab().save(str(out / f"{lang}-review-dashboard.png"))  # type: ignore[attr-defined]
    review.tabs.setCurrentWidget(review.follow_through)
    _wait(window, app)
    window.grab().save(str(out / f"{lang}-review-follow-through.png"))  # type: ignore[attr-defined]
    journal = window.pages["journal"]  # type: ignore[attr-defined]
    window.show_page("journal")  # type: ignore[attr-defined]
    journal.list.setCurrentIndex(journal.model.index(1, 0))  # one with a name
    journal.ask_for_review()
    _wait(window, app)
    journal.requests.table.setCurrentIndex(journal.requests.model.index(0, 0))
    _settle(app)
    window.grab().save(str(out / f"{lang}-journal-requests.png"))  # type: ignore[attr-defined]
    window.show_page("incidents")  # type: ignore[attr-defined]
    dialog = page.log_incident()
    _wait(window, app)
    dialog.grab().save(str(out / f"{lang}-log-dialog.png"))
    dialog.reject()


def _shoot_drill(window: object, app: object, out: Path, lang: str) -> None:
    """A drill of the first scenario: the post and the composer, a step, the amount, the
    result; then the overview with its history."""
    page = window.pages["practice"]  # type: ignore[attr-defined]
    window.show_page("practice")  # type: ignore[attr-defined]
    _wait(window, app)
    ids = [row.scenario.id for row in page.scenario_model.rows]
    page.scenario_view.selectRow(ids.index("angry-google-review"))
    page.start_selected()
    _wait(window, app)
    screen = page.drill_screen
    composer = screen.composer
    composer.templates.setCurrentIndex(1)
    composer.editor.setPlainText(
        "Laura, olen todella pahoillani, mutta tilauslomakkeessa luki suklaa."
        if lang == "fi"
        else "Laura, I am truly sorry, but the order form said chocolate."
    )
    composer.check_now()
    _settle(app)
    window.grab().save(str(out / f"{lang}-drill-reply.png"))  # type: ignore[attr-defined]
    composer.mark_posted()
    _settle(app)
    window.grab().save(str(out / f"{lang}-drill-step.png"))  # type: ignore[attr-defined]
    screen.choice_buttons["call"].click()
    screen.choice_buttons["new-cake"].click()
    screen.amount.setValue(80)
    _settle(app)
    window.grab().save(str(out / f"{lang}-drill-amount.png"))  # type: ignore[attr-defined]
    screen.offer_button.click()
    _wait(window, app)
    window.grab().save(str(out / f"{lang}-drill-result.png"))  # type: ignore[attr-defined]
    page.result.lesson_buttons and page.result.lesson_buttons[0].click()
    _wait(window, app)
    page.result.back_button.click()
    _wait(window, app)
    window.grab().save(str(out / f"{lang}-drill-overview.png"))  # type: ignore[attr-defined]


def _wait(window: object, app: object) -> None:
    from PySide6.QtCore import QEventLoop

    _settle(app)
    while window.context.runner.busy:  # type: ignore[attr-defined]
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)  # type: ignore[attr-defined]
    _settle(app)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", choices=("fi", "en"), required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--data-dir")
    parser.add_argument("--size", default="1200x760")
    parser.add_argument(
        "--plan", action="store_true", help="create the default plan first and shoot every plan tab"
    )
    parser.add_argument(
        "--incident",
        action="store_true",
        help="also log a sample incident (implies --plan) and shoot its screen and tabs",
    )
    parser.add_argument(
        "--drill",
        action="store_true",
        help="also run a practice drill (implies --plan) and shoot its stages and the result",
    )
    args = parser.parse_args()
    args.plan = args.plan or args.incident or args.drill
    app = create_application(sys.argv[:1])
    i18n.install(args.lang)
    data_dir = args.data_dir or tempfile.mkdtemp(prefix="planner-shots-")
    paths = AppPaths.resolve(data_dir)
    paths.ensure()
    if args.plan:
        from planner.core.enums import Language
        from planner.services.plan import get_plan, init_plan
        from planner.storage.database import Database

        db = Database.open(paths)
        if get_plan(db) is None:
            business = "Leipomo Lämmin" if args.lang == "fi" else "Corner Cafe"
            init_plan(
                db,
                language=Language(args.lang),
                business=business,
                owner="Aino",
                reply_languages=(Language.FI, Language.EN),
                waking_hours=(420, 1320),
            )
        if args.incident:
            _sample_incident(db, args.lang)
        db.close()
    window = build_window(paths, args.lang, None)
    width, height = (int(v) for v in args.size.split("x"))
    window.resize(width, height)
    window.show()
    loop = QEventLoop()
    window.context.database_ready.connect(loop.quit)
    QTimer.singleShot(15_000, loop.quit)
    open_database_async(window)
    loop.exec()
    while window.context.runner.busy:  # let the pages load their data
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    args.out.mkdir(parents=True, exist_ok=True)
    for row in range(window.nav_model.rowCount()):
        key = window.nav_model.key_at(row)
        window.show_page(key)
        for _ in range(20):
            app.processEvents()
        window.grab().save(str(args.out / f"{args.lang}-{key}.png"))
    if args.plan:
        page = window.pages["plan"]
        window.show_page("plan")
        tabs = page.tabs  # type: ignore[attr-defined]
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            for _ in range(20):
                app.processEvents()
            window.grab().save(str(args.out / f"{args.lang}-plan-{index}.png"))
    if args.incident:
        _shoot_incident(window, app, args.out, args.lang)
    if args.drill:
        _shoot_drill(window, app, args.out, args.lang)
    from planner.ui.about_dialog import about_box
    from planner.ui.settings_dialog import SettingsDialog

    for name, dialog in (
        ("settings", SettingsDialog(window.context, window)),
        ("about", about_box(window)),
    ):
        dialog.show()
        for _ in range(20):
            app.processEvents()
        dialog.grab().save(str(args.out / f"{args.lang}-{name}.png"))
        dialog.close()
    window.close()
    print(f"saved to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
