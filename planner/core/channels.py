"""Which channel a complaint link points at, so the owner does not have to pick it by hand,
and whether a pasted text is a web address at all (a link field must not take plain text).

Only the host and path are looked at; nothing is fetched. Unknown sites are plain WEB.
"""

from __future__ import annotations

import re
from typing import Final
from urllib.parse import SplitResult, urlsplit

from planner.core.enums import Channel

_LABEL: Final = re.compile(r"^[^\W_](?:[\w-]*[^\W_])?$")
_EMAIL: Final = re.compile(r"^(?:mailto:)?[^@\s/]+@[^@\s/]+\.[^@\s/]+$", re.IGNORECASE)
_GOOGLE_HOST: Final = re.compile(
    r"^(?:[\w-]+\.)*google\.(?:[a-z]{2,3}|co\.[a-z]{2}|com\.[a-z]{2})$"
)
_TRIPADVISOR_HOST: Final = re.compile(r"^(?:[\w-]+\.)*tripadvisor\.[a-z]{2,3}(?:\.[a-z]{2})?$")

_FACEBOOK: Final = ("facebook.com", "fb.com", "fb.me", "fb.watch")
_INSTAGRAM: Final = ("instagram.com", "instagr.am")
_X: Final = ("x.com", "twitter.com", "t.co")
_FORUMS: Final = ("suomi24.fi", "vauva.fi", "reddit.com", "redd.it", "ylilauta.org")
_FORUM_PREFIXES: Final = ("forum.", "forums.", "keskustelu.")


def is_web_address(url: str) -> bool:
    """An http(s) address with a dotted host and no spaces: what a link field accepts."""
    return _split_web(url) is not None


def guess_channel(url: str) -> Channel:
    """The channel a link most likely belongs to. A missing scheme is forgiven
    ("facebook.com/x" is Facebook); a bare or mailto: e-mail address is EMAIL; text that
    is not a web address at all is OTHER."""
    url = url.strip()
    if not url:
        return Channel.OTHER
    if _EMAIL.match(url):
        return Channel.EMAIL
    parts = _split_web(url)
    if parts is None and "://" not in url:
        parts = _split_web("https://" + url)
    if parts is None or parts.hostname is None:
        return Channel.OTHER
    host = parts.hostname.lower().rstrip(".")
    path = parts.path.lower()
    if _on(host, _FACEBOOK):
        return Channel.FACEBOOK
    if _on(host, _INSTAGRAM):
        return Channel.INSTAGRAM
    if _on(host, _X):
        return Channel.X
    if _is_google_review(host, path, url.lower()):
        return Channel.GOOGLE
    if _TRIPADVISOR_HOST.match(host):
        return Channel.TRIPADVISOR
    if _on(host, _FORUMS) or _is_forum(host, path):
        return Channel.FORUM
    return Channel.WEB


def _split_web(url: str) -> SplitResult | None:
    if not url or any(ch.isspace() for ch in url):
        return None
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    labels = parts.hostname.rstrip(".").split(".")
    if len(labels) < 2 or not all(_LABEL.match(label) for label in labels):
        return None
    return parts


def _on(host: str, domains: tuple[str, ...]) -> bool:
    """The host is one of the domains or a subdomain of one (m.facebook.com)."""
    return any(host == domain or host.endswith("." + domain) for domain in domains)


def _is_google_review(host: str, path: str, whole: str) -> bool:
    """Maps places, short place links and search results opened on the reviews."""
    if _on(host, ("g.page", "maps.app.goo.gl")):
        return True
    if host == "goo.gl" and path.startswith("/maps"):
        return True
    if host == "g.co" and path.startswith("/kgs"):
        return True  # a shared knowledge-panel (business) link
    if not _GOOGLE_HOST.match(host):
        return False
    if host.startswith("maps.") or path.startswith("/maps"):
        return True
    if host.startswith(("business.", "search.")) and "review" in path:
        return True  # business.google.com/reviews, search.google.com/local/writereview
    return path.startswith("/search") and ("lrd=" in whole or "review" in whole)


def _is_forum(host: str, path: str) -> bool:
    return host.startswith(_FORUM_PREFIXES) or "/forum" in path
