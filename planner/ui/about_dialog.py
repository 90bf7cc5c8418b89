"""About: what the app is, its version, and the parts it is built on."""

from __future__ import annotations

import html
import platform

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMessageBox, QWidget

from planner import APP_NAME, __version__
from planner.core.i18n import arg, translate
from planner.storage.resources import resource


def about_text() -> str:
    purpose = translate(
        "AboutDialog",
        "Prepare for public criticism in calm time, handle it calmly when it "
        "happens, and learn from it afterwards.",
    )
    version = arg(translate("AboutDialog", "Version %1"), __version__)
    parts = arg(
        translate("AboutDialog", "Qt %1, PySide6 %2, Python %3"),
        qVersion(),
        PySide6.__version__,
        platform.python_version(),
    )
    offline = translate(
        "AboutDialog",
        "The app works offline and makes no network requests: your data stays "
        "on this computer or on your own server.",
    )
    paragraphs = (purpose, f"{html.escape(version)}<br>{html.escape(parts)}", offline)
    return f"<h3>{APP_NAME}</h3>" + "".join(f"<p>{p}</p>" for p in paragraphs)


def about_box(parent: QWidget | None) -> QMessageBox:
    box = QMessageBox(parent)
    box.setWindowTitle(arg(translate("AboutDialog", "About %1"), APP_NAME))
    box.setIconPixmap(QIcon(str(resource("icons", "crisis-planner.svg"))).pixmap(64, 64))
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(about_text())
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    about_qt = box.addButton(
        translate("AboutDialog", "About &Qt"), QMessageBox.ButtonRole.ActionRole
    )
    about_qt.clicked.connect(lambda: QMessageBox.aboutQt(box))
    return box


def show_about(parent: QWidget | None) -> None:
    about_box(parent).exec()
