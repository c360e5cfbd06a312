"""Find the words that say who spoke a quotation: an ordered list of small rules.

Each rule looks at one quotation in its paragraph (with every quotation's words masked, so
nothing inside quotes is read as a cue or a speaker) and either returns an
:class:`Attribution` or passes. The first rule that answers wins; ``--explain``-style output
and the ``Quote.cue`` field can name the rule. Resolving the mention to a name (pronouns,
surnames) is :mod:`dossier.quotes.resolve`'s job.

Rules, in order:

1. ``cue_then_speaker_after`` — “…,” said Mark Rutte, NATO's Secretary General.
2. ``speaker_then_cue_after`` — “…,” Yermak stated / “…,” he said / “…,” the Kremlin said.
3. ``according_to_after`` — “…,” according to the report.
4. ``cue_before`` — Putin said: “…” / stating: “…” / called it “a disaster”.
5. ``colon_before`` — Gerald Seib, The Wall Street Journal: “…”.
6. ``speaker_then_verb_after`` — “…” Clinton gushed.
7. ``previous_sentence`` — …, said Bart Naylor, an advocate. “…” (or a colon ending the
   previous paragraph).
8. ``sentence_subject`` — Clinton compared the president to a duck, “…”.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from dossier.quotes.document import sentence_bounds
from dossier.quotes.mentions import (
    DETERMINERS,
    LEADING_FILLERS,
    PREPOSITIONS,
    Token,
    classify_name,
    leading_mention,
    name_chunks,
    parse_mention,
    tokens,
)
from dossier.quotes.model import Mention
from dossier.quotes.patterns import (
    ABBREVIATIONS,
    ALL_CUES,
    CUE_ADVERBS,
    DESCRIPTION_HEADS,
    FRAMING_CUES,
    GROUP_PRONOUNS,
    PERSON_PRONOUNS,
    PERSON_ROLES,
    SPEECH_CUES,
)

# How far a speaker may sit from the quotation, in words. Calibrated on invented sentences
# and the sample dossier: attribution clauses with an appositive ("Brittany Self, 21, a
# student who ..., said") rarely exceed 25 words; further away the cue belongs to another claim.
MAX_WORDS_TO_CUE_AFTER = 25
MAX_APPOSITIVE_SEGMENTS = 4
_CLAUSE_END = re.compile(r"[.!?;](?=[\s\"”’)]|$)|[“\"«]")
_SUBORDINATORS = frozenset(
    {
        "if",
        "when",
        "while",
        "although",
        "though",
        "because",
        "since",
        "after",
        "before",
        "as",
        "once",
        "until",
        "unless",
        "in",
        "on",
        "at",
        "during",
        "speaking",
        "asked",
        "despite",
        "following",
    }
)


@dataclass
class Attribution:
    """What a rule found: the speaker mention (if any), the cue and how strong it is."""

    mention: Mention | None
    cue: str
    rule: str
    framing: bool = False  # the cue frames a phrase ("called it …") rather than reports speech
    adjacent: bool = True  # the cue touches the quotation (makes a short quote a real quote)


@dataclass
class QuoteContext:
    """One quotation in its paragraph: masked text and the offsets the rules need."""

    masked: str
    para_start: int
    para_end: int
    open_mark: int  # offset of the opening mark (or the first quoted char if there is none)
    close_mark: int  # offset just after the closing mark (or the end of the quoted words)
    sentence_start: int  # start of the sentence that holds the opening mark


def _clause_after(ctx: QuoteContext) -> tuple[int, int]:
    """The stretch after the closing mark, up to the end of its clause or the next quotation."""
    start = ctx.close_mark
    match = _CLAUSE_END.search(ctx.masked, start, ctx.para_end)
    while match and match.group() == "." and _abbreviation_before(ctx.masked, match.start()):
        match = _CLAUSE_END.search(ctx.masked, match.end(), ctx.para_end)
    return start, match.start() if match else ctx.para_end


def _abbreviation_before(text: str, dot: int) -> bool:
    """The full stop at ``dot`` closes "Mr." or an initial, not a sentence."""
    word = re.search(r"(\S+)$", text[max(0, dot - 12) : dot + 1])
    if not word:
        return False
    bare = word.group(1).lower().strip(".")
    return bare in ABBREVIATIONS or len(bare) == 1


def _cue_tokens(toks: list[Token]) -> list[int]:
    return [i for i, t in enumerate(toks) if t.lower in ALL_CUES]


def _is_participle(word: str) -> bool:
    return word.endswith("ing")


def cue_then_speaker_after(ctx: QuoteContext) -> Attribution | None:
    """Rule 1: an inverted cue right after the quotation ("…,” said Mark Rutte)."""
    start, end = _clause_after(ctx)
    toks = tokens(ctx.masked, start, end)
    if not toks or toks[0].lower not in ALL_CUES or toks[0].lower == "according":
        return None
    if ctx.masked[start : toks[0].start].strip(" ,—–-") or toks[0].lower.endswith("ing"):
        return None
    mention = leading_mention(ctx.masked, toks[0].end, end)
    if mention is None or (mention.kind == "pronoun" and mention.name in GROUP_PRONOUNS - {"it"}):
        return None
    return Attribution(
        mention, toks[0].lower, "cue_then_speaker_after", framing=toks[0].lower in FRAMING_CUES
    )


def speaker_then_cue_after(ctx: QuoteContext) -> Attribution | None:
    """Rule 2: a subject then a cue after the quotation ("…,” Putin told state TV)."""
    start, end = _clause_after(ctx)
    toks = tokens(ctx.masked, start, end)[: MAX_WORDS_TO_CUE_AFTER + 1]
    for i in _cue_tokens(toks):
        if i == 0 or _is_participle(toks[i].lower):
            continue
        mention = subject_before(ctx.masked, start, toks[i].start)
        if mention is not None:
            return Attribution(
                mention,
                toks[i].lower,
                "speaker_then_cue_after",
                framing=toks[i].lower in FRAMING_CUES,
            )
        return None
    return None


def according_to_after(ctx: QuoteContext) -> Attribution | None:
    """Rule 3: "…,” according to X."""
    start, end = _clause_after(ctx)
    match = re.match(r"[\s,—–-]*according to\s+", ctx.masked[start:end], re.IGNORECASE)
    if not match:
        return None
    mention = leading_mention(ctx.masked, start + match.end(), end)
    return Attribution(mention, "according to", "according_to_after") if mention else None


def cue_before(ctx: QuoteContext) -> Attribution | None:
    """Rule 4: a cue earlier in the sentence ("Putin said: “…”", "stating: “…”")."""
    start, end = ctx.sentence_start, ctx.open_mark
    toks = tokens(ctx.masked, start, end)
    cues = _cue_tokens(toks)
    if not cues:
        return _according_to_before(ctx, start, end)
    i = cues[-1]
    cue = toks[i].lower
    adjacent = _touches(ctx.masked, toks[i].end, end)
    if cue == "according":
        return _according_to_before(ctx, start, end)
    region = _last_quote_end(ctx.masked, start, toks[i].start)
    mention = None
    if _is_participle(cue):
        tail = ctx.masked[region : toks[i].start].rstrip()
        if tail and not tail.endswith(","):  # "with spokesman Glen Caplin saying"
            mention = longest_suffix_mention(ctx.masked, region, len(tail) + region)
            if mention is not None and mention.kind not in {"person", "organisation"}:
                mention = None
    else:
        mention = subject_before(ctx.masked, region, toks[i].start)
    if mention is None:
        mention = mention_at_clause_start(ctx.masked, start, toks[i].start)
    if mention is None:
        return None
    return Attribution(mention, cue, "cue_before", framing=cue in FRAMING_CUES, adjacent=adjacent)


def _touches(masked: str, cue_end: int, open_mark: int) -> bool:
    """Nothing but "that", an addressee ending in ':' or ',' sits between cue and quotation."""
    between = masked[cue_end:open_mark]
    words = [t.lower for t in tokens(masked, cue_end, open_mark)]
    if "_" in between:
        return False
    return all(w == "that" for w in words) or (
        len(words) <= 3 and between.rstrip().endswith((":", ","))
    )


def _according_to_before(ctx: QuoteContext, start: int, end: int) -> Attribution | None:
    match = re.search(r"according to\s+", ctx.masked[start:end], re.IGNORECASE)
    if not match:
        return None
    mention = leading_mention(ctx.masked, start + match.end(), end)
    return Attribution(mention, "according to", "cue_before", adjacent=False) if mention else None


def colon_before(ctx: QuoteContext) -> Attribution | None:
    """Rule 5: a bare name then a colon introduces the quotation ("Seib, WSJ: “…”")."""
    before = ctx.masked[ctx.sentence_start : ctx.open_mark].rstrip()
    if not before.endswith(":"):
        return None
    mention = mention_at_clause_start(ctx.masked, ctx.sentence_start, ctx.open_mark)
    if mention is None or mention.kind not in {"person", "organisation", "unknown"}:
        return None
    return Attribution(mention, ":", "colon_before")


def speaker_then_verb_after(ctx: QuoteContext) -> Attribution | None:
    """Rule 6: a name or pronoun and any past-tense verb close the clause ("…” Clinton gushed.")."""
    start, end = _clause_after(ctx)
    toks = tokens(ctx.masked, start, end)
    if not toks or ctx.masked[start : toks[0].start].strip(" ,—–-"):
        return None
    for k in range(1, min(len(toks), 5)):
        verb = toks[k]
        if verb.capitalised or not verb.lower.endswith("ed"):
            continue
        mention = parse_mention(ctx.masked, toks[0].start, toks[k - 1].end)
        if mention is not None and mention.kind in {"person", "unknown", "pronoun"}:
            return Attribution(mention, verb.lower, "speaker_then_verb_after")
    return None


def previous_sentence(ctx: QuoteContext) -> Attribution | None:
    """Rule 7: a quotation opening its sentence, after a sentence that reports speech.

    "…, said Bart Naylor, an advocate. “…”" and "He said X. “…”": the speaker of the sentence
    before, in the same paragraph, goes on speaking.
    """
    if ctx.masked[ctx.sentence_start : ctx.open_mark].strip():
        return None
    block_start, prev_end = ctx.para_start, ctx.sentence_start
    if ctx.sentence_start <= ctx.para_start:
        # A quotation opening its paragraph continues a previous paragraph ending in a colon.
        prev_end = len(ctx.masked[: ctx.para_start].rstrip())
        if prev_end == 0 or ctx.masked[prev_end - 1] != ":":
            return None
        block_start = ctx.masked.rfind("\n", 0, prev_end) + 1
    prev_start = block_start
    for s, _ in sentence_bounds(ctx.masked, block_start, prev_end):
        prev_start = s
    toks = tokens(ctx.masked, prev_start, prev_end)
    cues = [i for i in _cue_tokens(toks) if toks[i].lower in SPEECH_CUES]
    if not cues:
        return None
    i = cues[-1]
    mention = leading_mention(ctx.masked, toks[i].end, prev_end)
    if mention is None or mention.kind == "description":
        region = _last_quote_end(ctx.masked, prev_start, toks[i].start)
        mention = subject_before(ctx.masked, region, toks[i].start) or mention_at_clause_start(
            ctx.masked, prev_start, toks[i].start
        )
    if mention is None:
        return None
    return Attribution(mention, toks[i].lower, "previous_sentence", adjacent=False)


# A quoted phrase needs this many words of its sentence before it for the sentence's subject
# to be taken as its speaker ("Clinton compared the president to a duck, “…”"). Calibrated on
# invented sentences: shorter lead-ins are mostly headlines and labels.
MIN_WORDS_BEFORE_PHRASE = 3


def sentence_subject(ctx: QuoteContext) -> Attribution | None:
    """Rule 8: a quoted phrase inside a sentence is the words of that sentence's subject."""
    before = tokens(ctx.masked, ctx.sentence_start, ctx.open_mark)
    if len(before) < MIN_WORDS_BEFORE_PHRASE:
        return None
    mention = mention_at_clause_start(ctx.masked, ctx.sentence_start, ctx.open_mark)
    if mention is None or mention.kind not in {"person", "unknown", "pronoun"}:
        return None
    return Attribution(mention, "", "sentence_subject", framing=True, adjacent=False)


RULES: tuple[Callable[[QuoteContext], Attribution | None], ...] = (
    cue_then_speaker_after,
    speaker_then_cue_after,
    according_to_after,
    cue_before,
    colon_before,
    speaker_then_verb_after,
    previous_sentence,
    sentence_subject,
)


def attribute(ctx: QuoteContext) -> Attribution | None:
    """Run the rules in order; the first answer wins."""
    for rule in RULES:
        found = rule(ctx)
        if found is not None:
            return found
    return None


def _last_quote_end(masked: str, start: int, end: int) -> int:
    """Start reading after the last quotation before ``end`` (its words are not a subject)."""
    last = max(masked.rfind("”", start, end), masked.rfind('"', start, end))
    return last + 1 if last >= 0 else start


_SPEAKER_PRIORITY = {"person": 0, "organisation": 1, "unknown": 2, "pronoun": 3, "description": 4}


def subject_before(masked: str, start: int, cue_start: int) -> Mention | None:
    """The subject of a cue verb: the phrase right before it, or before its appositive.

    "Trump said" -> Trump; "Mark Rutte, NATO's Secretary General, said" -> the segments
    before the cue are read nearest first and the best kind wins (a named person before an
    organisation before a pronoun before a description).
    """
    toks = tokens(masked, start, cue_start)
    while toks and toks[-1].lower in CUE_ADVERBS:
        toks.pop()
    if not toks:
        return None
    end = toks[-1].end
    tail = masked[end:cue_start]
    if "," not in tail and not masked[start:end].rstrip().endswith(","):
        return longest_suffix_mention(masked, start, end)
    segments = _segments(masked, start, end)
    found: list[Mention] = []
    for seg_start, seg_end in reversed(segments[-MAX_APPOSITIVE_SEGMENTS:]):
        mention = longest_suffix_mention(masked, seg_start, seg_end)
        if mention is not None and mention.name.lower() not in {"who", "which"}:
            found.append(mention)
    if not found:
        return None
    return min(found, key=lambda m: _SPEAKER_PRIORITY.get(m.kind, 9))


def _segments(masked: str, start: int, end: int, cut_quotes: bool = False) -> list[tuple[int, int]]:
    """Comma-separated pieces of ``masked[start:end]`` that hold no quoted words.

    With ``cut_quotes`` a piece is cut at its first quotation instead of being dropped, for
    reading the subject at the start of a clause that goes on to quote someone.
    """
    pieces: list[tuple[int, int]] = []
    pos = start
    for match in re.finditer(r"[,—–(){}]", masked[start:end]):
        pieces.append((pos, start + match.start()))
        pos = start + match.end()
    pieces.append((pos, end))
    if cut_quotes:
        cut = re.compile(r"[“\"«‘_]")
        trimmed = []
        for s, e in pieces:
            found = cut.search(masked, s, e)
            trimmed.append((s, found.start() if found else e))
        pieces = trimmed
    return [(s, e) for s, e in pieces if masked[s:e].strip() and "_" not in masked[s:e]]


# A subject phrase longer than this is a clause, not a name. Calibrated on invented sentences:
# "a North Korean representative to the United Nations" is 8 words.
MAX_SUBJECT_WORDS = 10


def longest_suffix_mention(masked: str, start: int, end: int) -> Mention | None:
    """The longest run of words ending at ``end`` that reads as one speaking noun phrase."""
    toks = tokens(masked, start, end)
    best: Mention | None = None
    for k in range(len(toks) - 1, max(-1, len(toks) - 1 - MAX_SUBJECT_WORDS), -1):
        if "_" in masked[toks[k].start : end]:
            break
        mention = parse_mention(masked, toks[k].start, end)
        if mention is not None and _plausible_subject(mention):
            best = mention
    return best


def _plausible_subject(mention: Mention) -> bool:
    """A description is only a subject if its head is a speaking noun."""
    if mention.kind != "description":
        return True
    head = mention.text.split()[-1].lower()
    return head in DESCRIPTION_HEADS or head in PERSON_ROLES


def mention_at_clause_start(masked: str, start: int, end: int) -> Mention | None:
    """The subject at the start of a clause, for participle cues ("He alleged …, claiming")."""
    for seg_start, seg_end in _segments(masked, start, end, cut_quotes=True):
        toks = tokens(masked, seg_start, seg_end)
        while toks and toks[0].lower in LEADING_FILLERS:
            toks = toks[1:]
        if not toks or toks[0].lower in _SUBORDINATORS:
            continue
        first = toks[0]
        if first.lower in PERSON_PRONOUNS or first.lower in GROUP_PRONOUNS:
            return parse_mention(masked, first.start, first.end)
        chunks = name_chunks(toks, masked)
        if chunks and chunks[0][0] == 0:
            i, j = chunks[0]
            return classify_name(toks[i:j])
        if first.lower in DETERMINERS:
            for k, tok in enumerate(toks[1:6], start=1):
                if tok.lower in PREPOSITIONS:
                    break
                if tok.lower in DESCRIPTION_HEADS or tok.lower in PERSON_ROLES:
                    return parse_mention(masked, first.start, toks[k].end)
        if len(toks) > 2:
            return None  # a clause without a speaking subject; an adverb ("Already,") goes on
    return None
