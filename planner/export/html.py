"""Markdown to sanitized HTML, and standalone HTML pages.

python-markdown passes raw HTML through untouched, and plan texts are often pasted from
the internet, so every conversion ends in nh3 with a short allow-list: no scripts, event
handlers, dangerous URL schemes, images or embedded content can reach a viewer or a PDF.
"""

from __future__ import annotations

import html as std_html
import re

import markdown
import nh3

#: The one way a Markdown text asks for a new page; it must survive sanitizing.
PAGE_BREAK = '<div class="page-break"></div>'

_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}

ALLOWED_TAGS: frozenset[str] = frozenset(
    _HEADINGS
    | {"p", "br", "hr", "strong", "em", "code", "pre", "blockquote", "ul", "ol", "li"}
    | {"table", "thead", "tbody", "tr", "th", "td", "a", "div", "span"}
)

ALLOWED_ATTRIBUTES: dict[str, set[str]] = {
    "a": {"href", "title"},
    "th": {"align"},
    "td": {"align"},
    **{heading: {"id"} for heading in _HEADINGS},
}

# Values outside these sets drop the attribute: only the page-break class gets through.
RESTRICTED_ATTRIBUTE_VALUES: dict[str, dict[str, set[str]]] = {"div": {"class": {"page-break"}}}

ALLOWED_URL_SCHEMES: frozenset[str] = frozenset({"http", "https", "mailto"})

# Dropped together with their content; other unknown tags lose only the tag.
_REMOVE_WITH_CONTENT = {"script", "style", "template"}

_MARKDOWN_EXTENSIONS = ["tables", "sane_lists", "toc"]
# Alignment as an attribute, not as a style (styles are not allowed through).
_MARKDOWN_CONFIG = {"tables": {"use_align_attribute": True}}


def markdown_to_html(markdown_text: str) -> str:
    """Convert Markdown to an HTML fragment that is safe to show or print."""
    converter = markdown.Markdown(
        extensions=_MARKDOWN_EXTENSIONS,
        extension_configs=_MARKDOWN_CONFIG,
        output_format="html",
    )
    # Tables span the page: Qt's renderer ignores a CSS width on tables but honours the
    # attribute, which is added after sanitizing (it is ours, not the input's).
    clean = sanitize_html(converter.convert(markdown_text))
    return clean.replace("<table>", '<table width="100%">')


def sanitize_html(fragment: str) -> str:
    """Keep only the allow-listed tags, attributes and URL schemes of ``fragment``."""
    return nh3.clean(
        fragment,
        tags=set(ALLOWED_TAGS),
        clean_content_tags=set(_REMOVE_WITH_CONTENT),
        attributes={tag: set(names) for tag, names in ALLOWED_ATTRIBUTES.items()},
        tag_attribute_values={
            tag: {name: set(values) for name, values in attrs.items()}
            for tag, attrs in RESTRICTED_ATTRIBUTE_VALUES.items()
        },
        url_schemes=set(ALLOWED_URL_SCHEMES),
        link_rel="noopener noreferrer",
        strip_comments=True,
    )


# Characters that start inline Markdown anywhere (emphasis, code, links, table cells).
_INLINE_SPECIALS = re.compile(r"([\\`*_\[\]|])")
# Characters that start a block (heading, list, quote, setext line) at the start of a line.
_LINE_START_SPECIALS = re.compile(r"^([ \t]*)([#+\-])", re.MULTILINE)
_ORDERED_LIST_START = re.compile(r"^([ \t]*\d+)([.)])", re.MULTILINE)
_SETEXT_EQUALS = re.compile(r"^([ \t]*)=", re.MULTILINE)


def escape_markdown_text(text: str) -> str:
    """Make plain user text (a name, a phone number) show literally inside Markdown source.

    For fields typed as plain text only, never for fields the owner writes as Markdown:
    those are meant to be formatted and are made safe by the sanitizer instead. ``&``,
    ``<`` and ``>`` become entities, so python-markdown keeps them as text rather than raw
    HTML; Markdown punctuation gets a backslash so that ``*Oy*`` stays ``*Oy*``.
    """
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    escaped = _INLINE_SPECIALS.sub(r"\\\1", escaped)
    escaped = _LINE_START_SPECIALS.sub(r"\1\\\2", escaped)
    escaped = _ORDERED_LIST_START.sub(r"\1\\\2", escaped)
    # "=" has no backslash escape in python-markdown; an entity stops a setext heading.
    return _SETEXT_EQUALS.sub(r"\1&#61;", escaped)


_PRINT_CSS = """
@page { size: A4; margin: 18mm; }
body {
  font-family: "DejaVu Serif", "Liberation Serif", Georgia, "Times New Roman", serif;
  font-size: 9.5pt;
  line-height: 120%;
  color: #111111;
  max-width: 48em;
  margin: 0 auto;
  padding: 0 1em;
}
h1, h2, h3, h4, h5, h6 {
  font-family: "DejaVu Sans", "Liberation Sans", Arial, Helvetica, sans-serif;
  margin-top: 0.7em;
  margin-bottom: 0.25em;
}
h1 { font-size: 15pt; }
h2 { font-size: 14pt; }
h3 { font-size: 11pt; }
table { border-collapse: collapse; margin: 6pt 0 6pt 0; width: 100%; }
th, td { border: 1px solid #555555; padding: 2px 5px; vertical-align: top; }
th { background-color: #eeeeee; font-weight: bold; }
pre, code { font-family: "DejaVu Sans Mono", "Liberation Mono", monospace; font-size: 9.5pt; }
pre { background-color: #f4f4f4; padding: 6px; }
blockquote { margin-left: 1.5em; color: #333333; }
.page-break { page-break-before: always; }
""".strip()


def html_document(title: str, body_html: str, *, language: str) -> str:
    """Wrap a sanitized fragment into a complete page that prints well and loads nothing.

    ``body_html`` must already be sanitized (from :func:`markdown_to_html`); the title and
    language are escaped here.
    """
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{std_html.escape(language, quote=True)}">\n'
        "<head>\n"
        '<meta charset="utf-8">\n'
        f"<title>{std_html.escape(title, quote=False)}</title>\n"
        f"<style>\n{_PRINT_CSS}\n</style>\n"
        "</head>\n"
        "<body>\n"
        f"{body_html}\n"
        "</body>\n"
        "</html>\n"
    )
