"""The sanitizer is the only thing between pasted internet text and a viewer or a PDF."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

from planner.export.html import (
    ALLOWED_ATTRIBUTES,
    ALLOWED_TAGS,
    PAGE_BREAK,
    escape_markdown_text,
    html_document,
    markdown_to_html,
)


class _Collector(HTMLParser):
    """Every start tag with its attributes, as a browser would see them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, {name: value or "" for name, value in attrs}))

    handle_startendtag = handle_starttag


def parse(fragment: str) -> list[tuple[str, dict[str, str]]]:
    collector = _Collector()
    collector.feed(fragment)
    collector.close()
    return collector.tags


FORBIDDEN_TAG_TEXT = ("<script", "<style", "<iframe", "<object", "<embed", "<form", "<img", "<svg")

HOSTILE = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=http://evil.example/x.js></SCRIPT>",
    "<scr<script>ipt>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "![pic](http://evil.example/track.png)",
    "<svg onload=alert(1)><circle r=1 /></svg>",
    "<svg><script>alert(1)</script></svg>",
    "<math><mi xlink:href='javascript:alert(1)'>m</mi></math>",
    "[x](javascript:alert(1))",
    "[x](<javascript:alert(1)>)",
    "[ref][r]\n\n[r]: javascript:alert(1)",
    '<a href="JaVaScRiPt:alert(1)">a</a>',
    '<a href="  javascript:alert(1)">a</a>',
    '<a href="java&#9;script:alert(1)">a</a>',
    '<a href="java\nscript:alert(1)">a</a>',
    '<a href="&#106;&#97;&#118;&#97;script:alert(1)">a</a>',
    '<a href="&#x6A;avascript:alert(1)">a</a>',
    "[x](&#106;avascript:alert(1))",
    '<a href="vbscript:msgbox(1)">v</a>',
    "[d](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    '<a href="data:text/html,<script>alert(1)</script>">d</a>',
    '<p onclick="alert(1)" style="color:red">p</p>',
    '<span onmouseover="alert(1)">s</span>',
    '<div class="evil" onclick="alert(1)">d</div>',
    '<div class="page-break" onclick="alert(1)" style="x">d</div>',
    "<style>body { display: none }</style>text",
    '<link rel="stylesheet" href="http://evil.example/x.css">',
    '<iframe src="http://evil.example/"></iframe>',
    '<object data="http://evil.example/x.swf"></object><embed src="x.swf">',
    '<form action="http://evil.example/"><input name="q"><button>go</button></form>',
    '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    '<base href="javascript:alert(1)//">',
    '<table><tr><td background="javascript:alert(1)" onclick="x">c</td></tr></table>',
    "<!-- <script>alert(1)</script> -->",
    '<a href="https://ok.example" target="_blank" rel="opener">t</a>',
    "<details open ontoggle=alert(1)>d</details>",
    "`<script>alert(1)</script>`",
    "    <script>alert(1)</script>",
]


@pytest.mark.parametrize("source", HOSTILE)
def test_hostile_input_is_defused(source: str) -> None:
    output = markdown_to_html(source)

    lowered = output.lower()
    for tag_text in FORBIDDEN_TAG_TEXT:
        assert tag_text not in lowered, source
    for tag, attrs in parse(output):
        assert tag in ALLOWED_TAGS, (source, tag)
        for name, value in attrs.items():
            assert not name.startswith("on"), (source, name)
            # table width is added by us after sanitizing, with a fixed value
            ours = {"width"} if tag == "table" and value == "100%" else set()
            allowed = ALLOWED_ATTRIBUTES.get(tag, set()) | {"rel", "class"} | ours
            assert name in allowed, (source, name)
            compact = "".join(value.split()).lower()
            for scheme in ("javascript:", "vbscript:", "data:"):
                assert scheme not in compact, (source, value)
        if tag == "div" and "class" in attrs:
            assert attrs["class"] == "page-break"
        if tag == "a" and "href" in attrs:
            assert attrs["href"].split(":", 1)[0] in {"http", "https", "mailto"}


def test_code_shows_markup_as_text() -> None:
    output = markdown_to_html("`<script>alert(1)</script>`")
    assert "<code>&lt;script&gt;alert(1)&lt;/script&gt;</code>" in output


def test_markdown_features_are_kept() -> None:
    source = (
        "# Kriisisuunnitelma\n\n"
        "## Yhteyshenkilöt\n\n"
        "| Rooli | Puhelin |\n"
        "|:------|--------:|\n"
        "| Omistaja | 040 123 |\n\n"
        "1. first\n2. second\n\n"
        "- *one*\n- **two**\n\n"
        "> quoted\n\n"
        'Read [the guide](https://example.com/guide "Guide") or <mailto:info@example.fi>.\n'
    )
    output = markdown_to_html(source)
    tags = parse(output)
    names = [tag for tag, _ in tags]

    assert ("h1", {"id": "kriisisuunnitelma"}) in tags
    assert ("h2", {"id": "yhteyshenkilot"}) in tags
    for expected in ("table", "thead", "tbody", "tr", "th", "td", "ol", "ul", "li"):
        assert expected in names
    for expected in ("em", "strong", "blockquote"):
        assert expected in names
    assert ("th", {"align": "left"}) in tags
    assert ("td", {"align": "right"}) in tags
    links = [attrs for tag, attrs in tags if tag == "a"]
    assert {
        "href": "https://example.com/guide",
        "title": "Guide",
        "rel": "noopener noreferrer",
    } in links
    assert {"href": "mailto:info@example.fi", "rel": "noopener noreferrer"} in links


def test_page_break_survives_and_other_classes_do_not() -> None:
    output = markdown_to_html(f"Part one\n\n{PAGE_BREAK}\n\nPart two\n")
    assert PAGE_BREAK in output
    assert output.index("Part one") < output.index(PAGE_BREAK) < output.index("Part two")

    hostile = markdown_to_html('<div class="evil" onclick="alert(1)">x</div>')
    assert parse(hostile) == [("div", {})]
    mixed = markdown_to_html('<div class="page-break evil">x</div>')
    assert parse(mixed) == [("div", {})]


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("Tom & Jerry Oy", "Tom &amp; Jerry Oy"),
        ("*Oy* _Ab_ `x` [a](b) c|d \\e", "*Oy* _Ab_ `x` [a](b) c|d \\e"),
        ("# not a heading", "# not a heading"),
        ("- not a list", "- not a list"),
        ("1. not a list", "1. not a list"),
        ("Title\n===", "Title\n==="),
        ("Äijä & €", "Äijä &amp; €"),
    ],
)
def test_escape_markdown_text_shows_text_literally(typed: str, shown: str) -> None:
    output = markdown_to_html(escape_markdown_text(typed))
    assert output == f"<p>{shown}</p>"


def test_escaped_name_inside_markdown_structure() -> None:
    name = escape_markdown_text("<b>Kahvila</b> *Äijä*")
    output = markdown_to_html(f"# Plan for {name}\n\n| Name |\n|---|\n| {name} |\n")
    assert "<b>" not in output
    assert output.count("&lt;b&gt;Kahvila&lt;/b&gt; *Äijä*") == 2


def test_html_document_is_complete_and_standalone() -> None:
    body = markdown_to_html(f"# Hei\n\n{PAGE_BREAK}\n\nText")
    page = html_document("Plan <draft> & “final”", body, language="fi")

    assert page.startswith("<!DOCTYPE html>\n")
    assert '<html lang="fi">' in page
    assert '<meta charset="utf-8">' in page
    assert "<title>Plan &lt;draft&gt; &amp; “final”</title>" in page
    assert ".page-break { page-break-before: always; }" in page
    assert "@page { size: A4; margin: 18mm; }" in page
    assert body in page
    assert page.rstrip().endswith("</html>")
    lowered = page.lower()
    for absent in ("<script", "<link", "src=", "@import", "url(", "http://", "https://"):
        assert absent not in lowered


def test_html_document_escapes_language() -> None:
    page = html_document("t", "", language='fi"><script>')
    assert "<script>" not in page
