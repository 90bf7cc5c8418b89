"""A scenario's post, shown the way it would look on its channel: who wrote it, when,
the stars or the thread, and the words. Plain Qt drawing of our own; no logos."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from planner.core.drill_scenario import Scenario
from planner.core.enums import Channel
from planner.core.i18n import arg, translate
from planner.core.labels import label
from planner.ui.widgets.formatting import local_datetime

# The channel's accent colour, so a Facebook comment does not look like a forum thread.
ACCENTS: dict[Channel, str] = {
    Channel.FACEBOOK: "#3b5998",
    Channel.INSTAGRAM: "#c13584",
    Channel.X: "#14171a",
    Channel.GOOGLE: "#1a73e8",
    Channel.TRIPADVISOR: "#00aa6c",
    Channel.FORUM: "#6b4f2a",
    Channel.WEB: "#546e7a",
    Channel.EMAIL: "#455a64",
    Channel.OTHER: "#616161",
}


def stars(rating: int) -> str:
    return "★" * rating + "☆" * (5 - rating)


class PostCard(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("postCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # As tall as the post: the room below belongs to the reply.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.channel = QLabel(self)
        self.channel.setObjectName("postChannel")
        self.thread_title = QLabel(self)
        self.thread_title.setObjectName("postThread")
        self.thread_title.setWordWrap(True)
        font = self.thread_title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.thread_title.setFont(font)
        self.author = QLabel(self)
        self.author.setObjectName("postAuthor")
        bold = self.author.font()
        bold.setBold(True)
        self.author.setFont(bold)
        self.rating = QLabel(self)
        self.rating.setObjectName("postRating")
        self.rating.setStyleSheet("color: #e2a400; font-size: 15pt;")
        self.when = QLabel(self)
        self.when.setObjectName("postTime")
        self.when.setStyleSheet("color: #666666;")
        self.text = QLabel(self)
        self.text.setObjectName("postText")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        who = QHBoxLayout()
        who.addWidget(self.author)
        who.addWidget(self.rating)
        who.addStretch(1)
        who.addWidget(self.when)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 8)
        layout.addWidget(self.channel)
        inner = QVBoxLayout()
        inner.setContentsMargins(12, 4, 12, 0)
        inner.addWidget(self.thread_title)
        inner.addLayout(who)
        inner.addWidget(self.text)
        layout.addLayout(inner)

    def set_post(self, scenario: Scenario, posted_at: datetime) -> None:
        post = scenario.post
        accent = ACCENTS.get(scenario.channel, ACCENTS[Channel.OTHER])
        self.setStyleSheet(
            "QFrame#postCard { background: white; border: 1px solid #d0d0d0; border-radius: 6px; }"
            f" QLabel#postChannel {{ background: {accent}; color: white; padding: 6px 12px;"
            " border-top-left-radius: 6px; border-top-right-radius: 6px; font-weight: bold; }"
        )
        self.channel.setText(translate("Labels", label(scenario.channel)))
        self.thread_title.setText(post.thread_title)
        self.thread_title.setVisible(bool(post.thread_title))
        self.author.setText(post.author)
        self.rating.setText(stars(post.rating) if post.rating else "")
        self.rating.setVisible(post.rating is not None)
        if post.rating:
            self.rating.setAccessibleName(
                translate("PostCard", "%n star(s) out of 5", None, post.rating)
            )
        self.when.setText(arg(translate("PostCard", "Posted %1"), local_datetime(posted_at)))
        self.text.setText(post.text)
        self.setAccessibleDescription(f"{post.author}: {post.text}")
