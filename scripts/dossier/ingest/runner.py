"""Ingest: every raw file of a dossier becomes one curated Markdown article.

Stages for each raw file: (1) clean it, (2) apply the curator's sidecar, (3) decide what the
file's fate is (new, unchanged, updated, kept because edited, rejected), (4) write atomically.
One bad file is recorded with its reason and never stops the others. Raw files are only read.
"""

from __future__ import annotations

import datetime as dt
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

import yaml

from dossier.cleaning import CleanedArticle, clean_bytes
from dossier.errors import UserError
from dossier.ingest.article_file import (
    is_edited,
    read_front_matter,
    render_article,
    sha256_hex,
    write_atomic,
)
from dossier.ingest.sidecar import SIDECAR_NAME, Sidecar, load_sidecar
from dossier.slugs import slugify

RAW_SUFFIXES = (".txt", ".html", ".htm", ".html.gz")
# A copied article is a few hundred KB at most; beyond this it is not a page but a dump,
# and reading it whole would make memory grow with the input.
MAX_RAW_BYTES = 20 * 1024 * 1024
MAX_SLUG_LENGTH = 80


_FIELD_REASON = re.compile(r"\b(title|date|outlet|source|author|byline)\b", re.IGNORECASE)


class Outcome(StrEnum):
    WRITTEN = "written"  # a new article
    UPDATED = "updated"  # regenerated: the raw file, the sidecar or the cleaner changed
    UNCHANGED = "unchanged"
    KEPT_EDITED = "kept-edited"  # the curator edited it; left alone
    REJECTED = "rejected"


@dataclass
class FileResult:
    """What happened to one raw file."""

    raw: Path
    outcome: Outcome
    article: Path | None = None
    reason: str = ""  # why rejected, or what --force backed up
    review: list[str] = field(default_factory=list)


@dataclass
class IngestOptions:
    content: Path = Path("content")
    dry_run: bool = False
    force: bool = False


def is_raw_page(path: Path) -> bool:
    return path.name.lower().endswith(RAW_SUFFIXES) and not path.name.startswith(".")


def raw_files(folder: Path) -> list[Path]:
    """The raw pages of one dossier folder, in name order (sidecar and hidden files skipped)."""
    return sorted(
        p for p in folder.iterdir() if p.name != SIDECAR_NAME and not p.name.startswith(".")
    )


def read_raw(path: Path) -> bytes:
    """Read a raw file whole, refusing what is not a file or is too large to be a page."""
    if path.is_symlink() and not path.exists():
        raise UserError("broken or looping symbolic link", path=path, hint="remove it or fix it")
    if not path.is_file():
        raise UserError("not a regular file", path=path, hint="raw/ holds pages only")
    size = path.stat().st_size
    if size > MAX_RAW_BYTES:
        raise UserError(
            f"{size / 1_048_576:.0f} MB is larger than the {MAX_RAW_BYTES // 1_048_576} MB a "
            "page can be",
            path=path,
            hint="save only the article's page, not a whole archive",
        )
    try:
        return path.read_bytes()
    except OSError as error:
        raise UserError(
            f"cannot be read ({error.strerror})", path=path, hint="check its permissions"
        ) from None


_RAW_FILE_LINE = re.compile(r"^raw_file:[ \t]*['\"]?(.+?)['\"]?[ \t]*$", re.MULTILINE)


def raw_file_of(article: Path) -> str | None:
    """The raw file an article was made from, even when a curator broke its front matter."""
    name = read_front_matter(article).get("raw_file")
    if isinstance(name, str):
        return name
    try:
        match = _RAW_FILE_LINE.search(article.read_text(encoding="utf-8", errors="replace"))
    except OSError:
        return None
    return match.group(1) if match else None


def article_metadata(
    cleaned: CleanedArticle, overrides: dict[str, Any], raw: Path, raw_hash: str, dossier: str
) -> tuple[dict[str, Any], list[str]]:
    """Merge the cleaner's findings with the sidecar; say what still needs a curator."""
    title = overrides.get("title") or cleaned.title
    date: dt.date | None = overrides.get("date") or cleaned.date
    source = overrides.get("source") or cleaned.source
    author = overrides.get("author") or cleaned.author
    review: list[str] = []
    if not title:
        review.append("no title found: give one in sources.yml or in this file")
    if not date:
        review.append("no publication date found: give 'date' in sources.yml")
    if not source:
        review.append("no outlet found: give 'source' in sources.yml")
    # A missing byline is normal (wire copy, agency reports): it is left empty, not flagged.
    # The cleaner's own reasons about these fields are replaced by the ones above, which
    # know what the sidecar filled in.
    review.extend(r for r in cleaned.review if not _FIELD_REASON.search(r))
    metadata: dict[str, Any] = {
        "title": title or f"Untitled ({raw.stem})",
        "date": date,
        "source": source,
        "author": author,
        "original_url": overrides.get("url") or cleaned.url,
        "language": overrides.get("language") or cleaned.language,
        "dossier": dossier,
        "kind": cleaned.kind if cleaned.kind != "article" else None,
        "needs_review": review or None,
        "curator_notes": overrides.get("notes"),
        "raw_file": raw.name,
        "raw_sha256": raw_hash,
    }
    if cleaned.extra:
        metadata["aggregator"] = cleaned.extra
    removed = [
        f"{d.lineno}: {d.rule}: {d.text.strip()[:120]}"
        for d in cleaned.removed
        if d.role not in ("title", "metadata")  # those went into the front matter
    ]
    metadata["removed_lines"] = removed or None
    return metadata, review


class DossierIngest:
    """Ingests the raw files of one dossier folder into content/articles/<dossier>/."""

    def __init__(self, folder: Path, options: IngestOptions) -> None:
        self.folder = folder
        self.slug = slugify(folder.name) or "dossier"
        self.options = options
        self.target = options.content / "articles" / self.slug
        self.sidecar: Sidecar = load_sidecar(folder)
        self._by_raw: dict[str, Path] = {}
        self._taken: set[str] = set()
        if self.target.is_dir():
            for existing in sorted(self.target.glob("*.md")):
                self._taken.add(existing.stem)
                raw_name = raw_file_of(existing)
                if raw_name:
                    self._by_raw.setdefault(raw_name, existing)

    def remove_stale_temporaries(self) -> None:
        """Delete half-written files a killed run left behind (only ever write_atomic's)."""
        if self.target.is_dir() and not self.options.dry_run:
            for leftover in self.target.glob(".*.md.*.tmp"):
                leftover.unlink()

    def files(self) -> list[Path]:
        return raw_files(self.folder)

    def ingest(self, raw: Path) -> FileResult:
        """Stages 1-4 for one raw file; a user error becomes a rejected result."""
        try:
            return self._ingest(raw)
        except UserError as error:
            return FileResult(
                raw,
                Outcome.REJECTED,
                reason=error.message + (f" ({error.hint})" if error.hint else ""),
            )

    def _ingest(self, raw: Path) -> FileResult:
        if not is_raw_page(raw):
            raise UserError(
                f"unsupported file type '{raw.suffix or raw.name}'",
                path=raw,
                hint="save the page as .txt (copied text) or .html (saved page)",
            )
        data = read_raw(raw)
        cleaned = clean_bytes(data, str(raw))  # 1. clean
        raw_hash = sha256_hex(data)
        metadata, review = article_metadata(  # 2. the curator's sidecar wins
            cleaned, self.sidecar.for_file(raw.name), raw, raw_hash, self.slug
        )
        text = render_article(metadata, cleaned.body)
        target = self._target_for(raw, metadata["title"])
        outcome, note = self._decide(target, text)  # 3. decide
        if outcome in (Outcome.WRITTEN, Outcome.UPDATED) and not self.options.dry_run:
            if note:
                write_atomic(target.with_name(note), target.read_text(encoding="utf-8"))
            write_atomic(target, text)  # 4. write
        reason = f"edited copy saved as {note}" if note else ""
        return FileResult(raw, outcome, target, reason=reason, review=review)

    def _target_for(self, raw: Path, title: str) -> Path:
        """The article this raw file already has, or a new slug that collides with nothing."""
        if raw.name in self._by_raw:
            return self._by_raw[raw.name]
        base = (slugify(title)[:MAX_SLUG_LENGTH].strip("-") or slugify(raw.stem)) or "article"
        slug, n = base, 1
        while slug in self._taken:
            n += 1
            slug = f"{base}-{n}"
        self._taken.add(slug)
        path = self.target / f"{slug}.md"
        self._by_raw[raw.name] = path
        return path

    def _decide(self, target: Path, text: str) -> tuple[Outcome, str]:
        if not target.exists():
            return Outcome.WRITTEN, ""
        if target.read_text(encoding="utf-8", errors="replace") == text:
            return Outcome.UNCHANGED, ""
        if not is_edited(target):
            return Outcome.UPDATED, ""
        if not self.options.force:
            return Outcome.KEPT_EDITED, ""
        stamp = time.strftime("%Y%m%dT%H%M%S")
        return Outcome.UPDATED, f"{target.stem}.{stamp}.md.bak"

    def ensure_definition(self) -> Path | None:
        """Create content/dossiers/<slug>.md from the sidecar if the curator has none yet."""
        path = self.options.content / "dossiers" / f"{self.slug}.md"
        if path.exists() or self.options.dry_run:
            return None
        info = self.sidecar.dossier
        metadata = {
            "title": info.get("title") or self.folder.name.replace("-", " ").capitalize(),
            "summary": info.get("summary"),
            "state": info.get("state") or "ongoing",
        }
        front = yaml.safe_dump(metadata, sort_keys=False, allow_unicode=True, width=100)
        write_atomic(path, f"---\n{front}---\n")
        return path


def dossier_folders(paths: list[Path]) -> Iterator[tuple[Path, list[Path] | None]]:
    """Expand the command line: raw/ (every dossier), raw/<dossier>/, or single raw files."""
    for path in paths:
        if path.is_dir() and any(
            child.is_file() and is_raw_page(child) for child in path.iterdir()
        ):
            yield path, None
        elif path.is_dir():
            for child in sorted(path.iterdir()):
                if child.is_dir() and not child.name.startswith("."):
                    yield child, None
        else:
            yield path.parent, [path]
