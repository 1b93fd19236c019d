"""Reading article files into `ParsedArticle` records.

An article is a .txt, .md or .html file. Plain-text articles may start with header lines
(`date 2024-03-19`, `source https://...`, `title ...`, any order, each optional) ended by a
blank line; the body after them is `ParsedArticle.text`, the text that evidence offsets
index into. A publication date is only ever taken from the file itself, never from its
modification time or from today.
"""

from __future__ import annotations

import datetime
import re
from html.parser import HTMLParser
from pathlib import Path

from .records import ParsedArticle

MAX_BYTES = 2 * 1024 * 1024
EXTENSIONS = {".txt", ".md", ".html", ".htm"}
TITLE_MAX = 200


class ArticleError(Exception):
    """An article file that cannot be read; the message names the file and the reason."""

    def __init__(self, filename: str, reason: str):
        super().__init__(f"{filename}: {reason}")
        self.filename = filename
        self.reason = reason


def read_article(path) -> ParsedArticle:
    path = Path(path)
    if path.suffix.lower() not in EXTENSIONS:
        raise ArticleError(path.name, _extension_reason(path.suffix))
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise ArticleError(path.name, f"file is {size} bytes, over the {MAX_BYTES}-byte limit")
    return parse_article_bytes(path.read_bytes(), path.name)


def parse_article_bytes(raw: bytes, filename: str) -> ParsedArticle:
    suffix = Path(filename).suffix.lower()
    if suffix not in EXTENSIONS:
        raise ArticleError(filename, _extension_reason(suffix))
    if len(raw) > MAX_BYTES:
        raise ArticleError(filename, f"file is {len(raw)} bytes, over the {MAX_BYTES}-byte limit")
    if b"\x00" in raw:
        raise ArticleError(filename, "binary content (NUL bytes), not a text article")
    try:
        content = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ArticleError(filename, f"not UTF-8 text (bad byte at offset {exc.start})") from None
    content = content.replace("\r\n", "\n").replace("\r", "\n")
    if not content.strip():
        raise ArticleError(filename, "empty article")

    html_title = html_date = ""
    if suffix in (".html", ".htm"):
        page = _HTMLText()
        page.feed(content)
        page.close()
        content, html_title, html_date = page.text(), page.title.strip(), page.published
        if not content.strip():
            raise ArticleError(filename, "the HTML page has no text")

    headers, body = _split_headers(content, filename)
    if not body.strip():
        raise ArticleError(filename, "the article has headers but no text")
    published = headers.get("date") or _parse_date(html_date, filename, strict=False)
    title = headers.get("title") or " ".join(html_title.split())
    if not title:
        first_line = body.strip().split("\n", 1)[0].strip().lstrip("#").strip()
        title = first_line if len(first_line) <= TITLE_MAX else ""
    return ParsedArticle(
        filename=filename, text=body, title=title, source_url=headers.get("source", ""), published=published
    )


def _extension_reason(suffix: str) -> str:
    return f"unsupported file type {suffix or '(none)'!r}; expected one of {', '.join(sorted(EXTENSIONS))}"


_HEADER = re.compile(r"[ \t]*(date|source|title):?[ \t]+(\S.*?)[ \t]*$", re.IGNORECASE)
# Seed 003 has its date header inline: "date 2026-02-24 Differences over the vision ..."
_INLINE_DATE = re.compile(r"[ \t]*date:?[ \t]+(\d{4}-\d{1,2}-\d{1,2})(?:[ \t]+|$)", re.IGNORECASE)


def _split_headers(content: str, filename: str) -> tuple[dict, str]:
    """Header lines are only headers when they open the file and end at a blank line.
    A lone `title ...` line followed by text is prose (a headline), not a header block."""
    lines = content.split("\n")
    headers: dict = {}
    i = 0
    while i < len(lines) and not lines[i].strip():
        i += 1
    while i < len(lines):
        line = lines[i]
        inline = _INLINE_DATE.match(line)
        if inline and not headers.get("date"):
            headers["date"] = _parse_date(inline.group(1), filename)
            rest = line[inline.end() :]
            if rest.strip():
                lines[i] = rest
                return headers, "\n".join(lines[i:])
            i += 1
            continue
        match = _HEADER.fullmatch(line)
        if not match or match.group(1).lower() in headers:
            break
        key, value = match.group(1).lower(), match.group(2)
        if key == "date":
            break  # a YYYY-MM-DD date was taken above; "Date night at ..." is prose
        if key == "source" and not re.match(r"https?://|www\.", value):
            break  # "Source code was ..." is prose, not a header
        headers[key] = value
        i += 1
    if not headers:
        return {}, content
    if i < len(lines) and lines[i].strip() and set(headers) == {"title"}:
        return {}, content
    if i < len(lines) and not lines[i].strip():
        i += 1
    return headers, "\n".join(lines[i:])


def _parse_date(value: str, filename: str, strict: bool = True) -> datetime.date | None:
    if not value:
        return None
    match = re.match(r"(\d{4})-(\d{1,2})-(\d{1,2})", value.strip())
    if match:
        try:
            return datetime.date(*map(int, match.groups()))
        except ValueError:
            pass
    if strict:
        raise ArticleError(filename, f"invalid date header {value!r}; expected YYYY-MM-DD")
    return None


class _HTMLText(HTMLParser):
    """Visible text of a page: script/style dropped, block elements as line breaks."""

    BLOCKS = {
        "p",
        "div",
        "br",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "tr",
        "table",
        "section",
        "article",
        "header",
        "footer",
        "blockquote",
        "pre",
        "hr",
        "title",
        "nav",
        "figure",
        "figcaption",
        "aside",
        "main",
        "dd",
        "dt",
    }
    SKIP = {"script", "style", "noscript", "template", "svg", "head", "nav", "footer"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title = ""
        self.published = ""
        self._skip = 0
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        if tag == "title":
            self._in_title = True
        elif tag in self.SKIP:
            self._skip += 1
        elif tag == "meta":
            attrs = dict(attrs)
            name = (attrs.get("property") or attrs.get("name") or "").lower()
            if name in ("article:published_time", "date", "pubdate", "publish-date") and not self.published:
                self.published = attrs.get("content") or ""
        elif tag == "time" and not self.published:
            self.published = dict(attrs).get("datetime") or ""
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag in self.SKIP:
            self._skip -= 1

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False
        elif tag in self.SKIP and self._skip:
            self._skip -= 1
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if self._in_title:
            self.title += data
        elif not self._skip:
            self.parts.append(data)

    def text(self) -> str:
        lines = (" ".join(line.split()) for line in "".join(self.parts).split("\n"))
        return "\n".join(line for line in lines if line) + "\n"
