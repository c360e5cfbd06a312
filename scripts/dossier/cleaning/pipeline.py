"""Clean one raw page: the orchestrating function, its stages numbered as they run.

Text input (a page copied from a browser) goes through every stage; HTML input lets
trafilatura do stages 2–3 from the markup and then shares the rest. Input that cannot become
an article raises :class:`~dossier.errors.UserError` naming the file, what is wrong and what
to do, so the command line prints one line and goes on with the other files.
"""

from __future__ import annotations

import datetime as dt
import gzip
import io
import re
from pathlib import Path

from dossier.cleaning import aggregator, choose, html, rules, structured
from dossier.cleaning.body import render_body
from dossier.cleaning.dates import find_dates
from dossier.cleaning.encoding import BinaryInputError, decode_bytes
from dossier.cleaning.header import find_header
from dossier.cleaning.language import guess_language
from dossier.cleaning.mainblock import HEADER_WEIGHTS, TEXT_WEIGHTS, locate_main_block
from dossier.cleaning.metadata import Metadata, clean_title, extract_metadata, find_outlet
from dossier.cleaning.model import CleanedArticle, LineDecision
from dossier.cleaning.page import Page, Verdict
from dossier.cleaning.structured import PageMetadata
from dossier.errors import UserError

# Largest raw file accepted. A saved news page is rarely above 3 MB (the largest of the 793
# WCXB dev pages is 2.6 MB of HTML); 20 MB leaves room for inlined images while refusing
# archives and videos before they are loaded into memory.
MAX_INPUT_BYTES = 20 * 1024 * 1024

# Whether a publication date stated only in the markup (JSON-LD, meta tags) and written
# nowhere on the visible page is taken. On the 793 WCXB dev HTML pages, taking it gave date
# exact 0.79 but a date on 20% of the undated pages and a wrong one on 14% of dated answers;
# leaving it out gives 0.66, 7% and 12%. A wrong date is worse than none.
TRUST_UNSEEN_MARKUP_DATE = False
# trafilatura's text below this share of the visible main block's words missed the article
# (see _missed_article).
_MISSED_ARTICLE_SHARE = 0.2
HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".html.gz", ".htm.gz")
_HTML_START = re.compile(rb"^\s*(?:<!doctype html|<html|<head|<body|<\?xml[^>]*>\s*<html)", re.I)


def clean_file(path: Path) -> CleanedArticle:
    """Clean the raw page at ``path`` (text, HTML or gzipped HTML)."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise UserError("no such file", path=path, hint="check the path") from None
    except OSError as error:
        raise UserError(f"cannot read the file: {error.strerror}", path=path) from None
    if not path.is_file():
        raise UserError("not a regular file", path=path, hint="give the raw article files")
    _check_size(size, path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise UserError(f"cannot read the file: {error.strerror}", path=path) from None
    return clean_bytes(data, str(path))


def clean_bytes(data: bytes, name: str) -> CleanedArticle:
    """Clean one raw page given as bytes; ``name`` is its file name, for errors and format."""
    _check_size(len(data), name)
    lower = name.lower()
    if lower.endswith(".gz"):
        data = _gunzip(data, name)
    if lower.endswith(HTML_SUFFIXES) or _HTML_START.match(data[:512]):
        return _clean_html(data, name)
    return _clean_text(data, name)


def _check_size(size: int, name: str | Path) -> None:
    if size > MAX_INPUT_BYTES:
        raise UserError(
            f"file is {size / 1_048_576:.1f} MB, more than the "
            f"{MAX_INPUT_BYTES // 1_048_576} MB a raw article may have",
            path=name,
            hint="save only the article's page, as text or HTML",
        )


def _gunzip(data: bytes, name: str) -> bytes:
    """Decompress at most MAX_INPUT_BYTES, so a small archive cannot expand without bound."""
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as stream:
            out = stream.read(MAX_INPUT_BYTES + 1)
    except (OSError, EOFError) as error:
        raise UserError(
            f"not a valid gzip file ({error})", path=name, hint="re-save the page uncompressed"
        ) from None
    _check_size(len(out), name)
    return out


def _decode(data: bytes, name: str) -> tuple[str, str]:
    try:
        decoded = decode_bytes(data)
    except BinaryInputError:
        raise UserError(
            "looks like a binary file, not text or HTML",
            path=name,
            hint="save the article from the browser as text (.txt) or as a web page (.html)",
        ) from None
    if not decoded.text.strip():
        raise UserError(
            "the file is empty" if not data else "the file holds only whitespace",
            path=name,
            hint="paste the article's text into it, or remove it from the dossier",
        )
    return decoded.text, decoded.encoding


def _clean_text(data: bytes, name: str) -> CleanedArticle:
    # 1. Decode the bytes (BOM, UTF-16, cp1252, mojibake) and split into lines.
    text, encoding = _decode(data, name)
    page = Page.from_text(text)
    # 2. Aggregator story pages are structured metadata, not an article.
    if aggregator.looks_like_aggregator(page):
        return _aggregator_article(page, encoding)
    # 3. Recognise furniture by its wording, then locate the main block around the prose.
    rules.run_rules(page, rules.TEXT_FURNITURE_RULES)
    page.block = locate_main_block(page, HEADER_WEIGHTS)
    if page.block is None:
        raise _nothing_left(name)
    # 4. Metadata from the header, datelines and signatures, found from the tight block.
    language = guess_language(_block_text(page))
    meta = extract_metadata(page, language=language)
    page.block = locate_main_block(page, TEXT_WEIGHTS) or page.block
    # 5. Structure: title and metadata lines out, outside the block out, roles for the rest.
    rules.run_rules(page, rules.STRUCTURE_RULES)
    # 6. Write the Markdown body and the review notes.
    return _article(page, meta, encoding, name)


def _clean_html(data: bytes, name: str) -> CleanedArticle:
    # 1-3. trafilatura finds the main content and its metadata from the markup; the page as
    # a reader sees it, cleaned like copied text, stands in when trafilatura missed the article,
    # gives back the passages trafilatura dropped from its middle and shows where it ends.
    extraction = html.extract_html(data)
    markup = html.markup_text(data)
    visible = _visible_page(markup)
    if _missed_article(extraction, visible):
        page = visible
        text = _block_text(page)
    elif extraction is None or not extraction.text.strip():
        raise _nothing_left(name)
    else:
        page, text = _completed_extraction(extraction.text, visible)
    # 4. Metadata: the page's own structured statements first, then trafilatura's guesses.
    language = (extraction.language if extraction else None) or guess_language(text)
    meta = _html_metadata(structured.read_page_metadata(markup), extraction, page)
    _complete_from_visible_header(meta, visible, language, mark=page is visible)
    meta.language = language
    page.title = meta.title
    if page is not visible:
        html.mark_markdown_structure(page)  # once the title is known, to leave it out
    # 5-6. The same structure rules and output as text input.
    rules.run_rules(page, rules.STRUCTURE_RULES)
    return _article(page, meta, "html", name)


def _visible_page(data: bytes | str) -> Page:
    """The page's visible text with its furniture recognised and its main block located."""
    page = Page.from_text(structured.visible_text(data))
    rules.run_rules(page, rules.FURNITURE_RULES)
    page.block = locate_main_block(page)
    return page


def _extraction_page(page: Page, visible: Page) -> Page:
    """trafilatura's text as a page (fresh from ``Page.from_text``), its block ending where
    the visible article ends.

    Markdown roles come later, once the title is known.
    """
    rules.run_rules(page, rules.FURNITURE_RULES)
    end = choose.article_end(page, visible)
    page.block = (0, (end if end is not None else len(page.lines)) - 1)
    return page


def _completed_extraction(text: str, visible: Page) -> tuple[Page, str]:
    """trafilatura's text mended with the visible page: dropped passages back, its tail cut.

    Putting back the passages trafilatura dropped from the article's middle raised body word
    F1 0.940 -> 0.947 on the 793 WCXB dev pages (even ids 0.944 -> 0.950, odd 0.937 -> 0.945);
    ending it where the visible article ends, 0.9495 -> 0.9505 (even 0.9520 -> 0.9525, odd
    0.9469 -> 0.9484). See :mod:`dossier.cleaning.choose`.
    """
    page = Page.from_text(text)
    restored = choose.restore_dropped_passages(page, visible)
    if restored is not None:
        text, page = restored, Page.from_text(restored)
    return _extraction_page(page, visible), text


def _missed_article(extraction: html.HtmlExtraction | None, visible: Page) -> bool:
    """Whether trafilatura kept much less than the main block of the visible text.

    On a few pages trafilatura takes a teaser or a caption for the content. On the 793 WCXB
    dev pages, falling back to the visible text's main block when trafilatura kept under a
    fifth of its words (10 pages) raised body word F1 0.937 -> 0.940 (both halves gain).
    """
    if visible.block is None:
        return False
    if extraction is None or not extraction.text.strip():
        return True
    block_words = len(_block_text(visible).split())
    return len(extraction.text.split()) < _MISSED_ARTICLE_SHARE * block_words


def _html_metadata(
    stated: PageMetadata, extraction: html.HtmlExtraction | None, page: Page
) -> Metadata:
    """Combine the markup's own metadata with trafilatura's; the markup wins where it speaks.

    The date comes only from the markup's publication fields: trafilatura's date guesses were
    wrong on 21% of the WCXB dev pages and invented a date on 41% of the undated ones.
    """
    sitename = stated.sitename or (extraction.sitename if extraction else None)
    title = stated.headline or stated.title or (extraction.title if extraction else None)
    author = stated.author or (extraction.author if extraction else None)
    return Metadata(
        title=clean_title(title, sitename) if title else None,
        date=stated.date,
        author=author,
        source=find_outlet(page) or sitename,
        url=extraction.url if extraction else None,
    )


def _complete_from_visible_header(
    meta: Metadata, page: Page, language: str | None, *, mark: bool
) -> None:
    """Read the headline cluster of the page as a reader sees it, like copied text.

    The markup's date stands when the page shows it too; otherwise the header's dateline is
    the date the page shows; a markup date nobody can see is dropped (see
    TRUST_UNSEEN_MARKUP_DATE). The header's byline fills a missing author. With ``mark`` (the
    visible page is the body) the header's lines are marked so they stay out of the body.
    """
    found = find_header(page, prefer_day_first=language not in (None, "en"))
    if mark and found is not None:
        if found.title is not None:
            page.title_indices.add(found.title.index)
        page.metadata_indices.update(found.signposts)
    confirmed = meta.date is not None and _shows_date(page, meta.date)
    if not confirmed and found is not None and found.date is not None:
        meta.date = found.date
    elif not confirmed and not TRUST_UNSEEN_MARKUP_DATE:
        meta.date = None
    if found is not None:
        meta.author = meta.author or found.author


def _shows_date(page: Page, date: dt.date) -> bool:
    """Whether the visible page writes ``date`` anywhere, in either day/month order."""
    return any(
        found.date == date
        for line in page.lines
        if line.has_date
        for day_first in (False, True)
        for found in find_dates(line.text, prefer_day_first=day_first)
    )


def _block_text(page: Page) -> str:
    first, last = page.block or (0, len(page.lines) - 1)
    return "\n".join(line.text for line in page.lines[first : last + 1])


def _nothing_left(name: str) -> UserError:
    return UserError(
        "no article text found (only menus, links or short fragments)",
        path=name,
        hint="check that the file holds the article itself, not just the site's front page",
    )


def _decisions(page: Page) -> list[LineDecision]:
    decisions = []
    for line, verdict in zip(page.lines, page.verdicts, strict=True):
        if verdict is None:  # pragma: no cover - the last structure rule decides every line
            verdict = Verdict(kept=False, rule="undecided", role="boilerplate")
        decisions.append(
            LineDecision(
                lineno=line.index + 1,
                text=line.raw,
                kept=verdict.kept,
                rule=verdict.rule,
                role=verdict.role,
            )
        )
    return decisions


def _article(page: Page, meta: Metadata, encoding: str, name: str) -> CleanedArticle:
    body = render_body(page)
    if not body.strip():
        raise _nothing_left(name)
    return CleanedArticle(
        body=body,
        title=meta.title,
        date=meta.date,
        author=meta.author,
        source=meta.source,
        url=meta.url,
        language=meta.language,
        kind="article",
        decisions=_decisions(page),
        review=_review(meta),
        encoding=encoding,
    )


def _review(meta: Metadata) -> list[str]:
    """Why a curator should look at this article before publishing it."""
    checks = (
        (meta.title, "no title found"),
        (meta.date, "no publication date found"),
        (meta.author, "no author found"),
        (meta.source, "no outlet found"),
    )
    return [reason for value, reason in checks if not value]


def _aggregator_article(page: Page, encoding: str) -> CleanedArticle:
    parsed = aggregator.parse_aggregator(page)
    for line in page.lines:
        rule, role = parsed.rules.get(
            line.index, ("blank-line" if line.is_blank else "aggregator-other", "boilerplate")
        )
        page.decide(line.index, kept=False, rule=rule, role=role)
    meta = Metadata(
        title=parsed.title,
        language=guess_language(
            " ".join([parsed.extra.get("summary", ""), *parsed.extra.get("quotes", [])])
        ),
    )
    review = [
        "aggregator page: check its summary, quotes and lists, kept as metadata under "
        "'aggregator:' rather than as article text"
    ]
    return CleanedArticle(
        body="",
        title=parsed.title,
        language=meta.language,
        kind="aggregator",
        extra=parsed.extra,
        decisions=_decisions(page),
        review=[*review, *_review(meta)],
        encoding=encoding,
    )
