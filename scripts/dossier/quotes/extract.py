"""Extract direct quotations and their speakers from one article: the orchestrating function.

Stages (numbered as in :func:`extract_quotes`):

1. paragraphs of the body (front matter skipped, headings set aside);
2. quoted runs found by their marks (:mod:`.marks`), a quoted transcript exchange cut into
   one run per labelled turn ("MR. HOLM: …"; :mod:`.transcript`);
3. quoted words masked, so no rule reads a cue or a name inside a quotation (party tags such
   as "(D-Mo.)" blanked too);
4. every name outside quotations recorded in reading order (:mod:`.resolve`), and every
   sentence subject collected, to enter the index in reading order during stage 8;
5. each run attributed by the ordered rules (:mod:`.attribution`);
6. split quotations (“A,” she said, “B”) joined into one quote with two spans;
7. scare quotes and titles dropped (:mod:`.filters`);
8. speakers resolved (pronouns, surnames, roles), unattributed runs continuing the previous
   speaker's quotation inherit that speaker.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from dossier.quotes.attribution import (
    Attribution,
    QuoteContext,
    attribute,
    mention_at_clause_start,
    reported_speaker,
    subordinate_subject,
)
from dossier.quotes.document import Paragraph, paragraphs, sentence_bounds
from dossier.quotes.filters import is_quotation
from dossier.quotes.marks import DOUBLE_MARKS, QuotedRun, find_quoted_runs
from dossier.quotes.mentions import tokens
from dossier.quotes.model import Mention, Quote
from dossier.quotes.resolve import PeopleIndex, Speaker, resolve
from dossier.quotes.transcript import split_transcripts

AFTER_RULES = frozenset(
    {"quoted_as_saying", "cue_then_speaker_after", "speaker_then_cue_after", "according_to_after"}
)
# A split quote's middle ("…,” Obama told a crowd in Columbus, Ohio, at a rally. “…") is an
# attribution clause; longer than this it is narrative, and the two quotes stay apart.
MAX_SPLIT_GAP_WORDS = 20
_KEEP_AT_END = frozenset(".!?")
# Participles that introduce a further statement after an attribution ("…,” she said, adding,
# “…”): the quotation after them is a quote of its own, not the second half of a split one.
PARTICIPLE_CUES = frozenset({"adding", "saying", "noting", "continuing", "writing", "telling"})


@dataclass
class _Candidate:
    run: QuotedRun
    ctx: QuoteContext
    attribution: Attribution | None


# A party-and-state tag after a US politician's name ("Rep. Emanuel Cleaver II (D-Mo.)",
# "Sanders (I-VT)"): blanked for the rules, or its parentheses cut the name from its cue.
_PARTY_TAG = re.compile(r"\((?:[DRI]|Dem|Rep|Ind)\.?\s?[-–]\s?[A-Z][A-Za-z. ]{0,14}\)")


# A dateline opening a paragraph ("OSLO (AP) — ", "BERGEN, Norway - "): the city in
# capitals is not a name and not the subject of the sentence that follows it.
_DATELINE = re.compile(
    r"^[ \t]*[A-Z][A-Z'.]+(?:[ -][A-Z][A-Z'.]+)*(?:,[ \t]+[A-Z][A-Za-z.]+)*[ \t]*"
    r"(?:\([A-Za-z .]+\)[ \t]*)?[-–—]{1,2}[ \t]",
    re.MULTILINE,
)


def mask_quotes(text: str, runs: list[QuotedRun], labels: Iterable[Mention] = ()) -> str:
    """Replace quoted words by '_' (same length), keeping a final . ! ? as a sentence end.

    Party tags and datelines are blanked too (spaces, same length), so offsets stay those of
    ``text``. Transcript labels inside a quotation (``labels``) are masked like its words.
    """
    chars = list(text)
    for tag in (*_PARTY_TAG.finditer(text), *_DATELINE.finditer(text)):
        chars[tag.start() : tag.end()] = " " * (tag.end() - tag.start())
    for label in labels:
        chars[label.start : label.end] = "_" * (label.end - label.start)
    for run in runs:
        for start, end in run.spans:
            stop = end - 1 if end > start and text[end - 1] in _KEEP_AT_END else end
            chars[start:stop] = "_" * (stop - start)
    return "".join(chars)


def _context(
    text: str, masked: str, run: QuotedRun, by_index: dict[int, Paragraph]
) -> QuoteContext:
    first, last = by_index[run.paragraphs[0]], by_index[run.paragraphs[-1]]
    open_mark = (
        run.start - 1 if run.start > first.start and _is_mark(text[run.start - 1]) else run.start
    )
    end = run.end
    close_mark = end + 1 if end < last.end and _is_mark(text[end]) else end
    sentence_start = first.start
    for s, e in sentence_bounds(masked, first.start, first.end):
        if s <= open_mark < e:
            sentence_start = s
            break
    return QuoteContext(masked, first.start, last.end, open_mark, close_mark, sentence_start)


def _is_mark(char: str) -> bool:
    return char in DOUBLE_MARKS or char in "‘’"


def _join_split_quotes(cands: list[_Candidate]) -> list[_Candidate]:
    """Stage 6: “A,” X said, “B” -> one candidate whose run has both spans."""
    joined: list[_Candidate] = []
    for cand in cands:
        prev = joined[-1] if joined else None
        if prev is not None and _continues(prev, cand):
            prev.run.spans.extend(cand.run.spans)
            prev.run.paragraphs.extend(cand.run.paragraphs)
            prev.ctx.close_mark = cand.ctx.close_mark
            continue
        joined.append(cand)
    return joined


def _continues(prev: _Candidate, cand: _Candidate) -> bool:
    if prev.attribution is None or prev.attribution.rule not in AFTER_RULES:
        return False
    if prev.attribution.framing or prev.run.paragraphs[-1] != cand.run.paragraphs[0]:
        return False
    if cand.attribution is not None and cand.attribution.rule in AFTER_RULES:
        return False
    gap = prev.ctx.masked[prev.ctx.close_mark : cand.ctx.open_mark]
    if "_" in gap or not gap.rstrip().endswith((",", ".", ":", "—", "–")):
        return False
    words = tokens(gap)
    if words and words[-1].lower in PARTICIPLE_CUES:
        return False  # “A,” she said, adding, “B”: a second statement, quoted on its own
    return len(words) <= MAX_SPLIT_GAP_WORDS


def _opens_paragraph(cand: _Candidate) -> bool:
    """The quotation is the first thing in its paragraph (a speaker's next paragraph)."""
    return cand.ctx.open_mark == cand.ctx.para_start


def _speaker_for(
    cand: _Candidate, index: PeopleIndex, previous: tuple[Quote, Speaker] | None
) -> tuple[Speaker | None, str | None]:
    """Stage 8: resolve the mention, or inherit from the quotation this one continues."""
    attribution = cand.attribution
    if attribution is not None and attribution.mention is not None:
        speaker = resolve(attribution.mention, index)
        if speaker is not None:
            if speaker.kind == "person" and attribution.mention.kind in {"person", "unknown"}:
                # Whoever is named as the subject of a speech cue is a person ("Bai said"),
                # if only weakly so when the name is one word and nothing else tells.
                weak = attribution.mention.kind == "unknown"
                attribution.mention.kind = "person"
                index.add_mention(attribution.mention, weak=weak)
            if speaker.kind == "person":
                index.add_topic(attribution.mention.start, _as_person(speaker, attribution.mention))
            return speaker, speaker.how
        return None, None
    if previous is not None:
        quote, speaker = previous
        gap = cand.run.paragraphs[0] - quote.paragraph
        if (_opens_paragraph(cand) and gap <= 1) or (_opens_sentence(cand) and gap == 0):
            return speaker, "continued"
    return None, None


def _opens_sentence(cand: _Candidate) -> bool:
    """The quotation starts its sentence: in the paragraph of the last quote, the speaker goes
    on ("“A,” Holm said, though the police disagree. “B.”")."""
    return not cand.ctx.masked[cand.ctx.sentence_start : cand.ctx.open_mark].strip()


def _as_person(speaker: Speaker, mention: Mention) -> Mention:
    return Mention(speaker.name, mention.start, mention.end, "person", speaker.name)


def extract_quotes(text: str) -> list[Quote]:
    """Every direct quotation in ``text`` with its speaker, in text order.

    ``text`` is a plain-text article or a Markdown article with YAML front matter; offsets
    in the result index into ``text`` itself.
    """
    # 1. Paragraphs.
    paras = paragraphs(text)
    by_index = {p.index: p for p in paras if not p.heading}
    # 2. Quoted runs.
    runs, turn_labels = split_transcripts(text, find_quoted_runs(text, paras))
    # 3. Masked text.
    masked = mask_quotes(text, runs, turn_labels.values())
    # 4. People named outside quotations.
    index = PeopleIndex()
    for para in by_index.values():
        index.add_text(masked, para.start, para.end)
    subjects = _sentence_subjects(masked, list(by_index.values()))
    # 5. Attribution.
    cands = []
    for run in runs:
        ctx = _context(text, masked, run, by_index)
        label = turn_labels.get(run.start)
        found = Attribution(label, ":", "transcript_label") if label else attribute(ctx)
        cands.append(_Candidate(run, ctx, found))
    # 6. Split quotes.
    cands = _join_split_quotes(cands)
    # 7. Scare quotes and titles.
    kept = [
        c
        for c in cands
        if is_quotation(
            _quote_text(text, c.run), c.attribution, masked[c.ctx.sentence_start : c.ctx.open_mark]
        )
    ]
    # 8. Speakers.
    quotes: list[Quote] = []
    previous: tuple[Quote, Speaker] | None = None
    for cand in kept:
        mention = cand.attribution.mention if cand.attribution else None
        # Sentence subjects enter the index in reading order, between the speakers resolved so
        # far, so "he" in a subject reads the same thread of topics a quotation's "he" does.
        _read_subjects(index, subjects, mention.start if mention else cand.run.start)
        speaker, how = _speaker_for(cand, index, previous)
        quote = Quote(
            text=_quote_text(text, cand.run),
            speaker=speaker.name if speaker else None,
            spans=list(cand.run.spans),
            speaker_kind=speaker.kind if speaker else None,
            cue=cand.attribution.cue if cand.attribution else None,
            paragraph=cand.run.paragraphs[0],
            attribution=how,
            mention=mention.text if mention else None,
            mention_span=(mention.start, mention.end) if mention else None,
        )
        quotes.append(quote)
        if speaker is not None:
            previous = (quote, speaker)
    return quotes


def _sentence_subjects(masked: str, paras: list[Paragraph]) -> list[Mention]:
    """Stage 4: the subject of every sentence, and the speaker it reports, in reading order.

    Resolved later, lazily.
    """
    subjects: list[Mention] = []
    for para in paras:
        for start, end in sentence_bounds(masked, para.start, para.end):
            opening = subordinate_subject(masked, start, end)
            if opening is not None:
                subjects.append(opening)
            subject = mention_at_clause_start(masked, start, end)
            if subject is not None:
                subjects.append(subject)
            reported = reported_speaker(masked, start, end)
            if reported is not None and (subject is None or reported.start > subject.start):
                subjects.append(reported)
    subjects.reverse()  # popped from the end, first one first
    return subjects


def _read_subjects(index: PeopleIndex, pending: list[Mention], before: int) -> None:
    """Add the pending sentence subjects that start before ``before`` as topics."""
    while pending and pending[-1].start < before:
        subject = pending.pop()
        index.add_topic(subject.start, subject)


def _quote_text(text: str, run: QuotedRun) -> str:
    return " ".join(text[s:e] for s, e in run.spans)
