"""Merge the same statement reported by several outlets into one quote-index entry.

Outlets quote the same words with small differences: a truncated or ellipsed version, a
different translation, changed punctuation. An aggregator page may list a quote with no speaker
at all. This module groups such reports, keeps every wording as a variant with the articles
(and paragraphs) that carried it, and gives a speaker-less report the speaker of a matching
attributed one, marked as inherited and naming the outlet it came via.

How (numbered as in :func:`merge_quotes`):

1. normalise each wording (case, quotation marks, punctuation, ellipses);
2. block with an inverted index of word shingles, so only quotes sharing a run of words are
   compared (never all pairs: a dossier can hold 10,000 articles);
3. score candidate pairs with rapidfuzz and keep those that pass :func:`same_statement`;
4. join pairs best-first with union-find, refusing a join that would give one entry two
   different speakers;
5. build entries: canonical wording, variants, reports, first reported date, speaker.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz

# --- Calibration -------------------------------------------------------------------------
# Calibrated on invented pairs and the sample dossier (raw/north-korean-troops-in-russia):
# two translations of one Putin sentence score ratio 80 / token_set 84 with a length ratio of
# 0.79, while two different Putin sentences sharing "is our business" score ratio 59.
PARAPHRASE_RATIO = 75.0  # fuzz.ratio on normalised text
PARAPHRASE_TOKEN_SET = 80.0  # fuzz.token_set_ratio on normalised text
MIN_LENGTH_RATIO = 0.6  # shorter / longer, in words, for a paraphrase
# A truncated quote ("The images are serious") must appear almost verbatim in the longer one.
TRUNCATION_PARTIAL = 95.0  # fuzz.partial_ratio on normalised text
MIN_TRUNCATED_WORDS = 4
SHINGLE_SIZE = 3  # words per shingle for blocking
# A shingle shared by more quotes than this says nothing ("we are not", "it is a"): skip it so
# blocking stays near-linear on 10,000-article dossiers.
MAX_POSTINGS = 400

_NEGATIONS = frozenset(
    {"not", "no", "never", "nothing", "none", "nobody", "neither", "nor", "cannot", "without"}
)
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")


@dataclass(frozen=True)
class ReportedQuote:
    """One quote as one article reported it (the merger's input)."""

    text: str
    article: str  # article id or URL
    outlet: str | None = None
    date: str | None = None  # ISO date "YYYY-MM-DD", for ordering and "first reported"
    speaker: str | None = None
    paragraph: int | None = None


@dataclass(frozen=True)
class Report:
    """Where one wording of a merged quote was reported, with the speaker it was given."""

    article: str
    outlet: str | None
    date: str | None
    paragraph: int | None
    text: str
    speaker: str | None
    speaker_inherited: bool = False  # the article gave no speaker; it came from another report
    speaker_via: str | None = None  # the outlet (or article) the inherited speaker came from


@dataclass
class MergedQuote:
    """One statement across outlets: its canonical wording, variants and reports."""

    canonical: str
    speaker: str | None
    variants: list[str] = field(default_factory=list)
    reports: list[Report] = field(default_factory=list)
    first_reported: str | None = None

    @property
    def outlets(self) -> list[str]:
        """Distinct outlets that carried the quote, in report order."""
        return list(dict.fromkeys(r.outlet for r in self.reports if r.outlet))


def normalise(text: str) -> str:
    """Lower-case words only: quotation marks, punctuation and ellipses do not count."""
    text = unicodedata.normalize("NFKC", text).lower().replace("’", "'")
    return " ".join(_WORD.findall(text))


def speaker_key(speaker: str | None) -> str | None:
    """Surname-level key: "Vladimir Putin", "Putin" and "Mr. Putin" agree."""
    words = normalise(speaker or "").split()
    return words[-1] if words else None


def _shingles(words: list[str]) -> set[tuple[str, ...]]:
    if len(words) < SHINGLE_SIZE:
        return {tuple(words)} if words else set()
    return {tuple(words[i : i + SHINGLE_SIZE]) for i in range(len(words) - SHINGLE_SIZE + 1)}


def same_statement(a: str, b: str) -> float:
    """Score (0-100) that two normalised wordings are one statement; 0 when they are not.

    Accepts a truncated/ellipsed wording found almost verbatim in the other, or a paraphrase
    (another translation) close in characters, in shared words and in length. Rejects a pair
    where only one side is negated ("we will accept" / "we will not accept").
    """
    wa, wb = a.split(), b.split()
    if not wa or not wb:
        return 0.0
    if bool(_NEGATIONS & set(wa)) != bool(_NEGATIONS & set(wb)):
        return 0.0
    short, long_ = (a, b) if len(wa) <= len(wb) else (b, a)
    if min(len(wa), len(wb)) >= MIN_TRUNCATED_WORDS:
        partial = fuzz.partial_ratio(short, long_)
        if partial >= TRUNCATION_PARTIAL:
            return partial
    if min(len(wa), len(wb)) / max(len(wa), len(wb)) < MIN_LENGTH_RATIO:
        return 0.0
    ratio = fuzz.ratio(a, b)
    token_set = fuzz.token_set_ratio(a, b)
    if ratio >= PARAPHRASE_RATIO and token_set >= PARAPHRASE_TOKEN_SET:
        return (ratio + token_set) / 2
    return 0.0


def candidate_pairs(norms: Sequence[str]) -> set[tuple[int, int]]:
    """Stage 2: pairs of quotes that share at least one (not too common) word shingle."""
    postings: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, text in enumerate(norms):
        for shingle in _shingles(text.split()):
            postings[shingle].append(i)
    pairs: set[tuple[int, int]] = set()
    for ids in postings.values():
        if len(ids) > MAX_POSTINGS:
            continue
        for x in range(len(ids)):
            for y in range(x + 1, len(ids)):
                pairs.add((ids[x], ids[y]))
    return pairs


class _Groups:
    """Union-find that refuses to give one group two different speakers."""

    def __init__(self, keys: list[str | None]) -> None:
        self.parent = list(range(len(keys)))
        self.speakers: list[set[str]] = [{k} if k else set() for k in keys]

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, i: int, j: int) -> None:
        ri, rj = self.find(i), self.find(j)
        if ri == rj or len(self.speakers[ri] | self.speakers[rj]) > 1:
            return
        root, child = min(ri, rj), max(ri, rj)
        self.parent[child] = root
        self.speakers[root] |= self.speakers[child]


def _sort_key(q: ReportedQuote) -> tuple[str, str, str, int, str]:
    return (q.date or "9999", q.outlet or "", q.article, q.paragraph or 0, q.text)


def _build_entry(members: list[ReportedQuote], norm_of: dict[str, str]) -> MergedQuote:
    """Stage 5: one entry from one group of reports (``norm_of``: each text normalised)."""
    members = sorted(members, key=_sort_key)
    attributed = [q for q in members if q.speaker]
    speaker: str | None = None
    via: str | None = None
    if attributed:
        names = Counter(q.speaker for q in attributed)
        # The fullest form of the most reported surname: "Vladimir Putin" over "Putin".
        speaker = max(names, key=lambda n: (names[n], len((n or "").split()), n or ""))
        source = attributed[0]
        via = source.outlet or source.article
    counts = Counter(norm_of[q.text] for q in members)
    canonical_member = max(
        members, key=lambda q: (counts[norm_of[q.text]], bool(q.speaker), len(q.text))
    )
    reports = [
        Report(
            article=q.article,
            outlet=q.outlet,
            date=q.date,
            paragraph=q.paragraph,
            text=q.text,
            speaker=q.speaker or speaker,
            speaker_inherited=not q.speaker and speaker is not None,
            speaker_via=None if q.speaker or speaker is None else via,
        )
        for q in members
    ]
    dates = [q.date for q in members if q.date]
    return MergedQuote(
        canonical=canonical_member.text,
        speaker=speaker,
        variants=list(dict.fromkeys(q.text for q in members)),
        reports=reports,
        first_reported=min(dates) if dates else None,
    )


def merge_quotes(quotes: Iterable[ReportedQuote]) -> list[MergedQuote]:
    """Group reports of the same statement; deterministic order (first reported, speaker)."""
    items = sorted(quotes, key=_sort_key)
    # 1. Normalise.
    norms = [normalise(q.text) for q in items]
    # 2. Block.
    pairs = candidate_pairs(norms)
    # 3. Score.
    speakers = [speaker_key(q.speaker) for q in items]  # once per report, not once per pair
    scored = []
    for i, j in pairs:
        a, b = speakers[i], speakers[j]
        if a and b and a != b:
            continue
        score = same_statement(norms[i], norms[j])
        if score:
            scored.append((-score, i, j))
    # 4. Join best-first.
    groups = _Groups(speakers)
    for _, i, j in sorted(scored):
        groups.join(i, j)
    members: dict[int, list[ReportedQuote]] = defaultdict(list)
    for i, q in enumerate(items):
        members[groups.find(i)].append(q)
    # 5. Entries.
    norm_of = dict(zip((q.text for q in items), norms, strict=True))
    entries = [_build_entry(group, norm_of) for group in members.values()]
    entries.sort(key=lambda e: (e.first_reported or "9999", e.speaker or "", e.canonical))
    return entries
