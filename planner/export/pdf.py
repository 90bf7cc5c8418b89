"""HTML to PDF with Qt's own text engine, so exports need no browser and no network.

``QTextDocument`` understands the subset of HTML/CSS that :mod:`planner.export.html`
produces, including ``page-break-before: always``. It needs a ``QGuiApplication`` for
fonts, which :func:`ensure_gui_application` supplies for the command line.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QBuffer,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QObject,
    QRect,
    QRectF,
    QSizeF,
    QUrl,
)
from PySide6.QtGui import (
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPyTextObject,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from planner.core.i18n import arg, translate
from planner.export.files import ExportError, write_bytes_atomic

_log = logging.getLogger(__name__)

CREATOR = "Crisis Planner"
RESOLUTION_DPI = 300
MARGIN_MM = 18.0

# Kept for the life of the process: a QGuiApplication that is garbage collected takes
# the fonts of every document with it.
_application: QGuiApplication | None = None


class _NoImage(QPyTextObject):
    """Lays out every image as nothing.

    Qt's own image handler reads ``<img src>`` as a file path when ``loadResource`` gives
    nothing back, so refusing resources alone still lets local files into the PDF.
    """

    def intrinsicSize(
        self,
        doc: QTextDocument,
        posInDocument: int,
        format: QTextFormat,
        /,
    ) -> QSizeF:
        return QSizeF(0, 0)

    def drawObject(
        self,
        painter: QPainter,
        rect: QRectF | QRect,
        doc: QTextDocument,
        posInDocument: int,
        format: QTextFormat,
        /,
    ) -> None:
        return None


class OfflineTextDocument(QTextDocument):
    """A document that never loads images, style sheets or anything else by URL.

    The base class would read local files (and a parent could fetch from the network);
    exported text comes from outside, so a reference in it must not reach anything. The
    sanitizer already removes images; this is the second line of defence.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._no_image = _NoImage(self)
        self.documentLayout().registerHandler(
            QTextFormat.ObjectTypes.ImageObject.value, self._no_image
        )

    def loadResource(self, kind: int, name: QUrl | str, /) -> Any:
        _log.debug("Not loading resource %s", QUrl(name).toString())
        return None


def ensure_gui_application() -> QGuiApplication:
    """Return the running ``QGuiApplication``, creating an offscreen one if there is none.

    Call it on the main thread before exporting from the command line; the GUI already has
    its application. An explicit ``QT_QPA_PLATFORM`` is respected.
    """
    global _application
    existing = QCoreApplication.instance()
    if existing is None:
        if not os.environ.get("QT_QPA_PLATFORM"):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        program = sys.argv[0] if sys.argv and sys.argv[0] else "crisis-planner"
        _application = QGuiApplication([program])
        return _application
    if not isinstance(existing, QGuiApplication):
        # A programming error, not the user's: fonts need the GUI application type.
        raise RuntimeError("PDF export needs a QGuiApplication; a QCoreApplication is running")
    return existing


def html_to_pdf(html: str, target: Path, *, title: str) -> None:
    """Render a complete HTML page (from ``html_document``) as an A4 PDF at ``target``.

    The file is replaced atomically: on any failure the old file stays as it was and
    :class:`~planner.export.files.ExportError` is raised.
    """
    write_bytes_atomic(target, html_to_pdf_bytes(html, title=title, target=target))


def html_to_pdf_bytes(html: str, *, title: str, target: Path | None = None) -> bytes:
    """The PDF as bytes; rendered in memory so that nothing half-written reaches a disk.

    Uses no shared state, so it may run on a worker thread once the application exists.
    """
    ensure_gui_application()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator(CREATOR)
    writer.setResolution(RESOLUTION_DPI)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    document = OfflineTextDocument()
    try:
        # Lay out with the printer's metrics and page size: the document is then already
        # paginated, and print_() neither adds its own 2 cm margin nor page numbers.
        document.documentLayout().setPaintDevice(writer)
        document.setHtml(html)
        drop_blank_page_breaks(document)
        document.setPageSize(QSizeF(writer.width(), writer.height()))
        document.print_(writer)
    finally:
        # The layout points at the writer: drop the document first.
        del document
        del writer
    buffer.close()
    data = bytes(buffer.data().data())
    if not data.startswith(b"%PDF-"):
        name = str(target) if target is not None else title
        raise ExportError(
            arg(translate("Export", "Could not create the PDF “%1”. Try again."), name)
        )
    return data


def drop_blank_page_breaks(document: QTextDocument) -> None:
    """Ignore page breaks with nothing before or after them.

    Qt moves the break of ``<div class="page-break">`` onto the next block; at the very
    start or end of a document that block is empty and the PDF gets a blank first or last
    page, which a plan put together from sections easily has.
    """
    block = document.begin()
    while block.isValid():
        _clear_page_break(block)
        if block.text().strip():
            break
        block = block.next()
    block = document.lastBlock()
    while block.isValid() and not block.text().strip():
        _clear_page_break(block)
        block = block.previous()


def _clear_page_break(block: QTextBlock) -> None:
    block_format = block.blockFormat()
    if block_format.pageBreakPolicy() == QTextFormat.PageBreakFlag.PageBreak_Auto:
        return
    block_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_Auto)
    QTextCursor(block).setBlockFormat(block_format)
