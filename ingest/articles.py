"""Reading article files into `ParsedArticle` records.

An article is a .txt, .md or .html file. Plain-text articles may start with header lines
(`date 2024-03-19`, `source https://...`, `title ...`, any order, each optional) ended by a
blank line; the body after them is `ParsedArticle.text`, the text that evidence offsets
index into. A publication date is only ever taken from the file itself, never from its
modification time or from today.
"""

from __future__ import annotations

import codecs
import datetime
import os
import re
import stat
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

from .records import ParsedArticle

MAX_BYTES = 2 * 1024 * 1024
EXTENSIONS = {".txt", ".md", ".html", ".htm"}
TITLE_MAX = 200
SOURCE_MAX = 1000  # Article.source_url's length: a longer URL would be cut, so it is refused
EARLIEST_PUBLISHED = datetime.date(1900, 1, 1)
# Longest BOMs first: the UTF-32-LE mark starts with the UTF-16-LE one.
_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
]


class ArticleError(Exception):
    """An article file that cannot be read; the message names the file and the reason."""

    def __init__(self, filename: str, reason: str):
        super().__init__(f"{filename}: {reason}")
        self.filename = filename
        self.reason = reason


def read_article(path) -> ParsedArticle:
    """Read one file. OSError (unreadable, vanished, a symlink loop) is the caller's to report."""
    path = Path(path)
    if path.suffix.lower() not in EXTENSIONS:
        raise ArticleError(path.name, _extension_reason(path.suffix))
    # Opened once and checked through the open file: one swapped after a stat() cannot slip past
    # the checks, and O_NONBLOCK keeps a FIFO named like an article from blocking the run.
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(fd, "rb") as file:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise ArticleError(path.name, "not a regular file (a device, FIFO or socket)")
        raw = file.read(MAX_BYTES + 1)
        if len(raw) > MAX_BYTES:
            size = max(len(raw), info.st_size)
            raise ArticleError(path.name, f"file is {size} bytes, over the {MAX_BYTES}-byte limit")
    return parse_article_bytes(raw, path.name)


def decode(raw: bytes, filename: str) -> str:
    """UTF-8 (with or without a BOM), or UTF-16/UTF-32 when a byte-order mark says so."""
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                text = raw[len(bom) :].decode(encoding)
            except UnicodeDecodeError as exc:
                raise ArticleError(
                    filename, f"not {encoding.upper()} text despite its byte-order mark (bad at offset {exc.start})"
                ) from None
            if "\x00" in text:
                raise ArticleError(filename, "binary content (NUL characters), not a text article")
            return text
    if b"\x00" in raw:
        raise ArticleError(filename, "binary content (NUL bytes), not a text article")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ArticleError(filename, f"not UTF-8 text (bad byte at offset {exc.start})") from None


def parse_article_bytes(raw: bytes, filename: str) -> ParsedArticle:
    suffix = Path(filename).suffix.lower()
    if suffix not in EXTENSIONS:
        raise ArticleError(filename, _extension_reason(suffix))
    if len(raw) > MAX_BYTES:
        raise ArticleError(filename, f"file is {len(raw)} bytes, over the {MAX_BYTES}-byte limit")
    content = decode(raw, filename)
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

    warnings: list[str] = []
    headers, body = _split_headers(content, filename, warnings)
    if not body.strip():
        raise ArticleError(filename, "the article has headers but no text")
    published = headers.get("date") or _parse_date(html_date, filename, strict=False)
    title = headers.get("title") or " ".join(html_title.split())
    if not title:
        first_line = body.strip().split("\n", 1)[0].strip().lstrip("#").strip()
        title = first_line if len(first_line) <= TITLE_MAX else ""
    return ParsedArticle(
        filename=filename,
        text=body,
        title=title,
        source_url=headers.get("source", ""),
        published=published,
        warnings=warnings,
    )


def _extension_reason(suffix: str) -> str:
    return f"unsupported file type {suffix or '(none)'!r}; expected one of {', '.join(sorted(EXTENSIONS))}"


_HEADER = re.compile(r"[ \t]*(date|source|title):?[ \t]+(\S.*?)[ \t]*$", re.IGNORECASE)
# Seed 003 has its date header inline: "date 2026-02-24 Differences over the vision ..."
_INLINE_DATE = re.compile(r"[ \t]*date:?[ \t]+(\d{4}-\d{1,2}-\d{1,2})(?:[ \t]+|$)", re.IGNORECASE)


def source_problem(value: str) -> str:
    """Why `value` cannot be an article's source URL ("" when it can): only http(s) links
    with a host are kept, so a page never links to `javascript:` or a local file."""
    if len(value) > SOURCE_MAX:
        return f"longer than {SOURCE_MAX} characters"
    try:
        parts = urlsplit(value)
    except ValueError:
        return "not a URL"
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return "not an http(s) URL"
    if any(c.isspace() or ord(c) < 32 for c in value):
        return "not an http(s) URL"
    return ""


def _split_headers(content: str, filename: str, warnings: list | None = None) -> tuple[dict, str]:
    """Header lines are only headers when they open the file and end at a blank line.
    A lone `title ...` line followed by text is prose (a headline), not a header block.
    A `source` header that is one word but no http(s) URL is dropped with a warning, and the
    header lines after it are still read."""
    warnings = [] if warnings is None else warnings
    lines = content.split("\n")
    headers: dict = {}
    dropped = 0
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
        if key == "source":
            if value.lower().startswith("www."):
                value = "https://" + value
            problem = source_problem(value)
            if problem and " " in value:
                break  # "Source code was ..." is prose, not a header
            if problem:
                warnings.append(f"source header {value[:80]!r} ignored: {problem}")
                dropped += 1
                i += 1
                continue
        headers[key] = value
        i += 1
    if not headers and not dropped:
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
            published = datetime.date(*map(int, match.groups()))
        except ValueError:
            pass
        else:
            latest = latest_published()
            if EARLIEST_PUBLISHED <= published <= latest:
                return published
            if strict:
                raise ArticleError(
                    filename,
                    f"date header {published.isoformat()} is outside {EARLIEST_PUBLISHED.isoformat()} "
                    f"to {latest.isoformat()} (today + 1 year)",
                )
            return None
    if strict:
        raise ArticleError(filename, f"invalid date header {value!r}; expected YYYY-MM-DD")
    return None


def latest_published(today: datetime.date | None = None) -> datetime.date:
    """The latest publication date taken from a file: a year from today (an embargoed or
    mistyped date a little ahead is kept; 9999-12-31 is not a publication date)."""
    today = today or datetime.date.today()
    try:
        return today.replace(year=today.year + 1)
    except ValueError:  # 29 February
        return today.replace(year=today.year + 1, day=28)


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
