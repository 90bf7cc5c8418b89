"""Guessing the channel of a complaint link, and rejecting text that is not a link."""

from __future__ import annotations

import pytest

from planner.core.channels import guess_channel, is_web_address
from planner.core.enums import Channel


@pytest.mark.parametrize(
    ("url", "channel"),
    [
        ("https://www.facebook.com/leipomo/posts/123", Channel.FACEBOOK),
        ("https://m.facebook.com/story.php?id=1", Channel.FACEBOOK),
        ("https://fb.com/groups/leipurit", Channel.FACEBOOK),
        ("https://fb.me/e/abc", Channel.FACEBOOK),
        ("facebook.com/leipomo", Channel.FACEBOOK),
        ("https://www.instagram.com/p/Cabc123/", Channel.INSTAGRAM),
        ("https://x.com/liisa_v/status/1", Channel.X),
        ("https://twitter.com/liisa_v/status/1", Channel.X),
        ("https://mobile.twitter.com/liisa_v", Channel.X),
        ("https://t.co/AbCdEf", Channel.X),
        ("https://www.google.com/maps/place/Leipomo/@60.1,24.9,17z", Channel.GOOGLE),
        ("https://www.google.fi/maps/place/Leipomo", Channel.GOOGLE),
        ("https://maps.google.com/?cid=123", Channel.GOOGLE),
        ("https://maps.app.goo.gl/AbC123", Channel.GOOGLE),
        ("https://g.page/leipomo/review", Channel.GOOGLE),
        ("https://goo.gl/maps/AbC123", Channel.GOOGLE),
        ("https://www.google.com/search?q=leipomo#lrd=0x123,1", Channel.GOOGLE),
        ("https://www.google.co.uk/search?q=leipomo+reviews", Channel.GOOGLE),
        ("https://www.google.com/search?q=leipomo", Channel.WEB),
        ("https://goo.gl/abc", Channel.WEB),
        ("https://www.tripadvisor.com/Restaurant_Review-g1-d2", Channel.TRIPADVISOR),
        ("https://www.tripadvisor.fi/Restaurant_Review-g1-d2", Channel.TRIPADVISOR),
        ("https://www.tripadvisor.co.uk/Hotel_Review-g1", Channel.TRIPADVISOR),
        ("https://keskustelu.suomi24.fi/t/123/leipomo", Channel.FORUM),
        ("https://www.suomi24.fi/", Channel.FORUM),
        ("https://www.vauva.fi/keskustelu/123", Channel.FORUM),
        ("https://www.reddit.com/r/Finland/comments/abc", Channel.FORUM),
        ("https://old.reddit.com/r/Suomi", Channel.FORUM),
        ("https://ylilauta.org/sekalainen/123", Channel.FORUM),
        ("https://forum.leipurit.fi/thread/9", Channel.FORUM),
        ("https://keskustelu.kauppalehti.fi/threads/1", Channel.FORUM),
        ("https://www.example.com/forum/topic/9", Channel.FORUM),
        ("https://yle.fi/a/74-123", Channel.WEB),
        ("http://leipomo.example/blogi", Channel.WEB),
        ("https://notfacebook.com/x", Channel.WEB),
        ("https://facebook.com.evil.example/x", Channel.WEB),
        ("liisa@example.com", Channel.EMAIL),
        ("mailto:liisa@example.com", Channel.EMAIL),
        ("", Channel.OTHER),
        ("   ", Channel.OTHER),
        ("she said it on the phone", Channel.OTHER),
        ("ftp://files.example.com/a", Channel.OTHER),
    ],
)
def test_guess_channel(url: str, channel: Channel) -> None:
    assert guess_channel(url) is channel


@pytest.mark.parametrize(
    ("url", "ok"),
    [
        ("https://www.facebook.com/leipomo", True),
        ("http://leipomo.example/blogi?x=1", True),
        ("https://sub.domain.example.fi", True),
        ("HTTPS://Example.COM/Path", True),
        ("https://192.168.1.10/", True),
        ("facebook.com/leipomo", False),  # no scheme
        ("ftp://example.com", False),
        ("https://localhost/x", False),  # no dotted host
        ("https://exa mple.com", False),
        ("https://example.com/a b", False),
        ("https://.example.com", False),
        ("https://example..com", False),
        ("https://example.com:99999/", False),
        ("asiakas soitti eilen", False),
        ("", False),
    ],
)
def test_is_web_address(url: str, ok: bool) -> None:
    assert is_web_address(url) is ok
