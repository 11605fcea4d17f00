"""HTML pages to plain text, with BeautifulSoup (stdlib parser backend: no C build needed).

Block elements become their own lines and list items get a bullet, so the cleaning stage sees
the same shapes (menus, teaser lists) it sees in text files.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bs4 import BeautifulSoup
from bs4.element import (
    Comment,
    Doctype,
    NavigableString,
    PageElement,
    ProcessingInstruction,
    Tag,
)

_DROP = {"script", "style", "noscript", "template", "svg", "iframe", "head", "form", "button"}
_BLOCK = {
    "address",
    "article",
    "aside",
    "blockquote",
    "dd",
    "details",
    "div",
    "dl",
    "dt",
    "figcaption",
    "figure",
    "footer",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tr",
    "ul",
    "br",
    "td",
    "th",
    "caption",
}
_SPACE = re.compile(r"[ \t\u00a0]+")


@dataclass(frozen=True)
class HtmlPage:
    text: str
    title: str
    published: str


def html_to_text(markup: str) -> HtmlPage:
    soup = BeautifulSoup(markup, "html.parser")
    title = _meta(soup, "og:title") or (soup.title.get_text(" ", strip=True) if soup.title else "")
    published = (
        _meta(soup, "article:published_time")
        or _meta(soup, "date")
        or _meta(soup, "pubdate")
        or _time_datetime(soup)
    )
    lines: list[str] = []
    current: list[str] = []

    def flush() -> None:
        line = _SPACE.sub(" ", "".join(current)).strip()
        if line:
            lines.append(line)
        current.clear()

    # Iterative: a page nested a thousand elements deep (hostile or broken) must not hit
    # Python's recursion limit. The stack holds children to visit and block ends to flush.
    body = soup.body or soup
    pending: list[PageElement | None] = list(reversed(list(body.children)))
    while pending:
        child = pending.pop()
        if child is None:  # the end of a block element
            flush()
            continue
        if isinstance(child, (Comment, Doctype, ProcessingInstruction)):
            continue
        if isinstance(child, NavigableString):
            current.append(str(child).replace("\n", " "))
            continue
        if not isinstance(child, Tag) or child.name in _DROP:
            continue
        if child.name in _BLOCK:
            flush()
            if child.name == "li":
                current.append("• ")
            pending.append(None)
        pending.extend(reversed(list(child.children)))
    flush()
    return HtmlPage("\n".join(lines) + "\n" if lines else "", title, published)


def _meta(soup: BeautifulSoup, key: str) -> str:
    tag = soup.find("meta", attrs={"property": key}) or soup.find("meta", attrs={"name": key})
    if isinstance(tag, Tag):
        content = tag.get("content")
        if isinstance(content, str):
            return content.strip()
    return ""


def _time_datetime(soup: BeautifulSoup) -> str:
    tag = soup.find("time", attrs={"datetime": True})
    if isinstance(tag, Tag):
        value = tag.get("datetime")
        if isinstance(value, str):
            return value.strip()
    return ""
