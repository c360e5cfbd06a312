"""Find the words that say who spoke a quotation: an ordered list of small rules.

Each rule looks at one quotation in its paragraph (with every quotation's words masked, so
nothing inside quotes is read as a cue or a speaker) and either returns an
:class:`Attribution` or passes. The first rule that answers wins; ``--explain``-style output
and the ``Quote.cue`` field can name the rule. Resolving the mention to a name (pronouns,
surnames) is :mod:`dossier.quotes.resolve`'s job.

Rules, in order:

0. ``quoted_as_saying`` — “…,” the paper quoted Ms. Simonyan as saying (the speaker is the
   one quoted, not the outlet quoting).
1. ``cue_then_speaker_after`` — “…,” said Mark Rutte, NATO's Secretary General.
2. ``speaker_then_cue_after`` — “…,” Yermak stated / “…,” he said / “…,” the Kremlin said.
3. ``according_to_after`` — “…,” according to the report.
   ``as_x_puts_it`` — “…,” as Peter Holm, a hydrologist, puts it.
   ``speaker_ends_sentence`` — “…”, or change the subject, suggests psychologist Maria Lopez.
4. ``cue_before`` — Putin said: “…” / stating: “…” / called it “a disaster”.
5. ``colon_before`` — Gerald Seib, The Wall Street Journal: “…”.
6. ``speaker_then_verb_after`` — “…” Clinton gushed.
   ``attribution_line_after`` — a paragraph that is one quotation, then "Ann Berg, historian."
7. ``previous_sentence`` — …, said Bart Naylor, an advocate. “…” (or a colon ending the
   previous paragraph, or a Title Case summary line: "Clinton Praised The Deal. “…”").
8. ``sentence_subject`` — Clinton compared the president to a duck, “…”.
9. ``next_sentence_back_reference`` — “…” ¶ That was how Ann Berg described the plan.
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
    chunk_end,
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
    DOCUMENT_CUES,
    FRAMING_CUES,
    GROUP_PRONOUNS,
    INDEFINITE_SPEAKERS,
    INTRODUCTORY_WORDS,
    PERSON_PRONOUNS,
    PERSON_ROLES,
    SENTENCE_ADVERBS,
    SPEECH_CUES,
    STATE_ABBREVIATIONS,
    TIME_PHRASE_ENDS,
    TIME_WORDS,
    TITLE_SMALL_WORDS,
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


# Words before a cue word that make it a noun ("his remarks", "the reports"), not a verb.
_NOUN_MARKERS = frozenset({"a", "an", "the", "his", "her", "its", "their", "our", "my", "your"})


def _cue_tokens(toks: list[Token]) -> list[int]:
    """Indices of cue verbs; a cue word after an article or a possessive is a noun."""
    return [
        i
        for i, t in enumerate(toks)
        if t.lower in ALL_CUES and not (i > 0 and _marks_noun(toks[i - 1]))
    ]


def _marks_noun(word: Token) -> bool:
    """ "the", "his" or a name's possessive ("Berg's remarks"); not "he's said"."""
    if word.lower in _NOUN_MARKERS:
        return True
    return (
        word.possessive and word.lower not in PERSON_PRONOUNS and word.lower not in GROUP_PRONOUNS
    )


def _is_participle(word: str) -> bool:
    return word.endswith("ing")


_QUOTED_AS = re.compile(
    r"\bquot(?:ed|es|ing)\s+(?P<who>(?:[^“”\"_.;]|\.(?=\s+(?-i:[A-Z]))){1,80}?),?\s+as\s+"
    r"(?:saying|telling|writing|stating|adding|asking|warning)\b",
    re.IGNORECASE,
)


def quoted_as_saying(ctx: QuoteContext) -> Attribution | None:
    """Rule 0: "X quoted Y as saying" around the quotation: Y spoke, X only reported it."""
    start, end = _clause_after(ctx)
    match = _QUOTED_AS.search(ctx.masked, start, end)
    if match is None or ctx.masked[start : match.start()].count(",") > 2:
        match = _QUOTED_AS.search(ctx.masked, ctx.sentence_start, ctx.open_mark)
        if match is None or not _touches(ctx.masked, match.end(), ctx.open_mark):
            return None
    mention = leading_mention(ctx.masked, match.start("who"), match.end("who"))
    if mention is None or mention.kind == "description":
        return None
    return Attribution(mention, "quoted as saying", "quoted_as_saying")


def _new_sentence_after(ctx: QuoteContext, toks: list[Token], cue: int) -> bool:
    """“…problems.” He said Teneo was hired …: a full stop closed the quotation's sentence.

    A capitalised pronoun after it starts the next sentence (news style puts a comma inside
    the marks when the attribution follows: “…,” he said), unless nothing follows its cue.
    """
    if ctx.close_mark < 2 or ctx.masked[ctx.close_mark - 2] != ".":
        return False
    first = toks[0]
    if first.capitalised and _quoted_mid_sentence(ctx):
        return True
    pronoun = first.lower in PERSON_PRONOUNS or first.lower in GROUP_PRONOUNS
    return first.capitalised and pronoun and cue + 1 < len(toks)


def _quoted_mid_sentence(ctx: QuoteContext) -> bool:
    """Words of the quotation's own sentence come before its opening mark.

    "Berg called the plan “a disaster.” The minister said …": the sentence that carries the
    quotation already has its speaker, and the full stop inside the marks ended it, so the
    next sentence's subject and cue are not an attribution of this quotation.
    """
    return bool(tokens(ctx.masked, ctx.sentence_start, ctx.open_mark))


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


# "“…,” the sign read.": a document cue after the quotation ends a short clause; the words
# before it are its subject, at most this many (a determiner, modifiers and the noun).
MAX_DOCUMENT_WORDS = 5


def speaker_then_cue_after(ctx: QuoteContext) -> Attribution | None:
    """Rule 2: a subject then a cue after the quotation ("…,” Putin told state TV)."""
    start, end = _clause_after(ctx)
    toks = tokens(ctx.masked, start, end)[: MAX_WORDS_TO_CUE_AFTER + 1]
    cues = _cue_tokens(toks)
    if 1 < len(toks) <= MAX_DOCUMENT_WORDS and toks[-1].lower in DOCUMENT_CUES:
        cues.append(len(toks) - 1)  # "“…,” the letter reads."
    for i in cues:
        if i == 0 or _is_participle(toks[i].lower):
            continue
        if _new_sentence_after(ctx, toks, i):
            return None
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


# "as X puts it" / "as X said": an "as" clause with a speech verb at its end names the speaker.
_AS_CLAUSE_END = re.compile(
    r"\b(?:puts?|putting)\s+it\s*,?\s*$|\b(?:says|said|wrote|writes)\s*,?\s*$"
)


def as_x_puts_it(ctx: QuoteContext) -> Attribution | None:
    """Rule 3a: “…,” as Peter Holm, a hydrologist, puts it — or As Holm put it, “…”."""
    start, end = _clause_after(ctx)
    lead = re.match(r"[\s,—–-]*as\s+", ctx.masked[start:end])
    if lead is None:
        before = ctx.masked[ctx.sentence_start : ctx.open_mark]
        lead = re.match(r"\s*as\s+", before, re.IGNORECASE)
        if lead is None:
            return None
        start, end = ctx.sentence_start, ctx.open_mark
    closing = _AS_CLAUSE_END.search(ctx.masked[start:end].rstrip(" ,:—–-"))
    if closing is None:
        return None
    mention = leading_mention(ctx.masked, start + lead.end(), start + closing.start())
    if mention is None or mention.kind not in {"person", "unknown", "organisation", "pronoun"}:
        return None
    return Attribution(mention, "as … puts it", "as_x_puts_it", adjacent=False)


def speaker_ends_sentence(ctx: QuoteContext) -> Attribution | None:
    """Rule 3b: the sentence goes on after the quotation and ends "…, suggests Maria Lopez."

    "Try saying something like, “…”, or simply change the subject, suggests psychologist
    Maria Lopez.": the closing inverted cue names the speaker of the whole sentence.
    """
    start = ctx.close_mark
    bounds = sentence_bounds(ctx.masked, start, ctx.para_end)
    if not bounds or "_" in ctx.masked[start : bounds[0][1]]:
        return None
    mention = reported_speaker(ctx.masked, start, bounds[0][1])
    if mention is None:
        return None
    return Attribution(mention, "", "speaker_ends_sentence", adjacent=False)


def cue_before(ctx: QuoteContext) -> Attribution | None:
    """Rule 4: a cue earlier in the sentence ("Putin said: “…”", "stating: “…”")."""
    start, end = ctx.sentence_start, ctx.open_mark
    toks = tokens(ctx.masked, start, end)
    cues = _cue_tokens(toks)
    if toks and toks[-1].lower in DOCUMENT_CUES and _touches(ctx.masked, toks[-1].end, end):
        cues.append(len(toks) - 1)  # "The email began, “…”"
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
            if mention is not None and mention.kind not in {"person", "organisation", "unknown"}:
                mention = None
        elif len(cues) > 1:
            mention = _subject_of_cue(ctx.masked, start, toks, cues[-2])
    elif i >= 3 and toks[i - 1].lower == "to":
        mention = _infinitive_subject(ctx.masked, toks, i)
    else:
        mention = subject_before(ctx.masked, region, toks[i].start)
    if mention is None:
        mention = mention_at_clause_start(ctx.masked, start, toks[i].start)
    inverted = not _is_participle(cue) and not ctx.masked[region : toks[i].start].strip()
    if mention is None and inverted:
        mention = leading_mention(ctx.masked, toks[i].end, end)  # "Says Anna Berg: “…”"
    if mention is None:
        return None
    return Attribution(mention, cue, "cue_before", framing=cue in FRAMING_CUES, adjacent=adjacent)


# "only for Trump to tweet that …": the words between "for" and "to" are the subject of the
# infinitive cue; a noun phrase longer than this is not one.
MAX_INFINITIVE_SUBJECT_WORDS = 6


def _infinitive_subject(masked: str, toks: list[Token], i: int) -> Mention | None:
    """The subject of "for X to <cue>" ("only for Vetch to tweet that “…”"), else None.

    The sentence's own subject is someone else ("Pell said it was fine, only for Vetch to
    tweet …"): an infinitive cue speaks for its "for" phrase. Without one ("Vetch went on to
    say") the caller falls back to the clause's subject.
    """
    for k in range(i - 3, max(-1, i - 3 - MAX_INFINITIVE_SUBJECT_WORDS), -1):
        if toks[k].lower == "for":
            mention = parse_mention(masked, toks[k + 1].start, toks[i - 2].end)
            return mention if mention is not None and mention.kind != "description" else None
    return None


def _subject_of_cue(masked: str, start: int, toks: list[Token], i: int) -> Mention | None:
    """Who speaks through the cue ``toks[i]``: "X said, adding" and "said X, adding" -> X.

    A participle after a comma ("…,” the paper wrote, adding, “…”) shares the speaker of
    the cue before it.
    """
    if _is_participle(toks[i].lower):
        return None
    region = _last_quote_end(masked, start, toks[i].start)
    if masked[region : toks[i].start].strip():
        return subject_before(masked, region, toks[i].start)
    following = toks[i + 1].start if i + 1 < len(toks) else toks[i].end
    stop = masked.find(",", following)
    return leading_mention(masked, toks[i].end, stop if stop > 0 else toks[i].end)


def _touches(masked: str, cue_end: int, open_mark: int) -> bool:
    """Nothing but "that", an addressee ending in ':' or ',' sits between cue and quotation."""
    between = masked[cue_end:open_mark]
    between_words = [t.lower for t in tokens(masked, cue_end, open_mark)]
    if "_" in between:
        return False
    return all(w == "that" for w in between_words) or (
        len(between_words) <= 3 and between.rstrip().endswith((":", ","))
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
        if _new_sentence_after(ctx, toks, k):
            return None
        mention = parse_mention(ctx.masked, toks[0].start, toks[k - 1].end)
        if mention is not None and mention.kind in {"person", "unknown", "pronoun"}:
            return Attribution(mention, verb.lower, "speaker_then_verb_after")
    return None


# A pull quote's attribution line is short: a name and a role ("Ann Berg, a historian at
# Oslo University."). Calibrated on invented lines; a longer line is a sentence of prose.
MAX_ATTRIBUTION_LINE_WORDS = 20


def attribution_line_after(ctx: QuoteContext) -> Attribution | None:
    """Rule 6b: a paragraph that is only a quotation, then a line "— Ann Berg, a historian."

    The pull-quote or epigraph convention: the speaker's name and role stand alone on the next
    line, with no verb. A line with a cue ("Ann Berg said …") is prose and left to other rules.
    """
    if not _fills_paragraph(ctx):
        return None
    line_start, line_end = _next_line(ctx)
    toks = tokens(ctx.masked, line_start, line_end)
    if not toks or len(toks) > MAX_ATTRIBUTION_LINE_WORDS or _cue_tokens(toks):
        return None
    if "_" in ctx.masked[line_start:line_end]:
        return None
    chunks = name_chunks(toks, ctx.masked)
    if not chunks or chunks[0][0] != 0:
        return None
    after = ctx.masked[toks[chunks[0][1] - 1].end : line_end].lstrip()
    mention = classify_name(toks[: chunks[0][1]])
    if mention.kind != "person" or not after.startswith(","):
        return None
    return Attribution(mention, "", "attribution_line_after", adjacent=False)


def previous_sentence(ctx: QuoteContext) -> Attribution | None:
    """Rule 7: a quotation opening its sentence, after a sentence that reports speech.

    "…, said Bart Naylor, an advocate. “…”" and "He said X. “…”": the speaker of the sentence
    before goes on speaking. Across a paragraph break only after a colon, or after a paragraph
    of reported speech without quotations ("Berg said the plan was flawed. ¶ “It won't pass.”");
    after a paragraph with quotations the previous speaker's continuation is extract's job.
    """
    if ctx.masked[ctx.sentence_start : ctx.open_mark].strip():
        return None
    block_start, prev_end = ctx.para_start, ctx.sentence_start
    cue_needed = False
    if ctx.sentence_start <= ctx.para_start:
        prev_end = len(ctx.masked[: ctx.para_start].rstrip())
        if prev_end == 0:
            return None
        block_start = ctx.masked.rfind("\n", 0, prev_end) + 1
        if ctx.masked[prev_end - 1] != ":":
            if "_" in ctx.masked[block_start:prev_end]:
                return None
            cue_needed = True
    prev_start = block_start
    for s, _ in sentence_bounds(ctx.masked, block_start, prev_end):
        prev_start = s
    toks = tokens(ctx.masked, prev_start, prev_end)
    cues = [i for i in _cue_tokens(toks) if toks[i].lower in SPEECH_CUES]
    title_case = is_title_case(toks)
    if cue_needed and (not cues or title_case):
        return None
    if not cues or title_case:
        return _introducer_subject(ctx, prev_start, prev_end, title_case)
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


def _introducer_subject(
    ctx: QuoteContext, start: int, end: int, title_case: bool
) -> Attribution | None:
    """The subject of a sentence that introduces the next quotation without a speech cue.

    Three forms: a sentence ending in a colon ("Peter Holm spoke at the rally:"), a Title Case
    summary line over a quotation ("Tom Nides Thanked Clinton For Her Visit. “…”"), where
    capitalised words after the verb are not names, and, in the same paragraph only, a
    sentence about a person followed by an unattributed quotation ("She sighs. “…”").
    """
    colon = ctx.masked[:end].rstrip().endswith(":")
    same_paragraph = start >= ctx.para_start
    if title_case:
        end = _title_case_verb(ctx.masked, start, end)
    mention = mention_at_clause_start(ctx.masked, start, end)
    if mention is None:
        return None
    if colon or title_case:
        kinds = {"person", "organisation", "unknown", "pronoun"}
    elif same_paragraph:
        kinds = {"person", "pronoun"}  # "Anna Berg smiled at the crowd. “…”"
    else:
        return None
    if mention.kind not in kinds:
        return None
    return Attribution(mention, ":" if colon else "", "previous_sentence", adjacent=False)


# Share of capitalised words (small words aside) that makes a sentence a Title Case line, and
# the fewest words for the test to mean anything. Calibrated on invented summary lines: news
# sentences full of names ("Peter Holm met Anna Berg in Oslo") stay below 0.8 once their verb
# and nouns are counted.
TITLE_CASE_SHARE = 0.8
MIN_TITLE_CASE_WORDS = 4


def _title_case_verb(masked: str, start: int, end: int) -> int:
    """Where the verb of a Title Case line starts ("Peter Holm |Praised The Plan"), else end."""
    for tok in tokens(masked, start, end)[1:]:
        if tok.lower in ALL_CUES or (len(tok.lower) > 4 and tok.lower.endswith("ed")):
            return tok.start
    return end


def is_title_case(toks: list[Token]) -> bool:
    """Most words capitalised: a headline or a summary line, not a sentence of prose."""
    significant = [t for t in toks if t.lower not in TITLE_SMALL_WORDS and t.text[0].isalpha()]
    if len(significant) < MIN_TITLE_CASE_WORDS:
        return False
    return sum(t.capitalised for t in significant) / len(significant) >= TITLE_CASE_SHARE


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


# Words that open a sentence pointing back at the quotation before it ("That was how Ann Berg
# described it", "So said the minister", "Those were the words of …").
_BACK_REFERENCES = frozenset({"that", "this", "so", "those", "these", "thus", "such"})


def next_sentence_back_reference(ctx: QuoteContext) -> Attribution | None:
    """Rule 9: a paragraph that is one quotation, then "That was how Ann Berg described …".

    A feature lede opens on a quotation and names its speaker in the next sentence, which
    points back at it. Only a sentence that starts with such a pointer word and has a speech
    cue counts; any other next sentence is narrative.
    """
    if not _fills_paragraph(ctx):
        return None
    bounds = sentence_bounds(ctx.masked, *_next_line(ctx))
    if not bounds:
        return None
    toks = tokens(ctx.masked, *bounds[0])
    cues = [i for i in _cue_tokens(toks) if toks[i].lower in SPEECH_CUES]
    if not toks or toks[0].lower not in _BACK_REFERENCES or not cues:
        return None
    cue = toks[cues[0]]
    mention = subject_before(ctx.masked, toks[0].end, cue.start)
    if mention is None or mention.kind not in {"person", "organisation", "unknown"}:
        mention = leading_mention(ctx.masked, cue.end, bounds[0][1])
    if mention is None or mention.kind not in {"person", "organisation", "unknown"}:
        return None
    return Attribution(mention, cue.lower, "next_sentence_back_reference", adjacent=False)


_SPACE = re.compile(r"\s*")


def _fills_paragraph(ctx: QuoteContext) -> bool:
    """Nothing but the quotation (and stray closing marks) in its paragraph."""
    before = ctx.masked[ctx.para_start : ctx.open_mark]
    after = ctx.masked[ctx.close_mark : ctx.para_end]
    return not before.strip() and not after.strip(' "”’')


def _next_line(ctx: QuoteContext) -> tuple[int, int]:
    """(start, end) of the first line after the quotation's paragraph."""
    space = _SPACE.match(ctx.masked, ctx.para_end)
    start = space.end() if space else ctx.para_end
    end = ctx.masked.find("\n", start)
    return start, len(ctx.masked) if end < 0 else end


RULES: tuple[Callable[[QuoteContext], Attribution | None], ...] = (
    quoted_as_saying,
    cue_then_speaker_after,
    speaker_then_cue_after,
    according_to_after,
    as_x_puts_it,
    speaker_ends_sentence,
    cue_before,
    colon_before,
    speaker_then_verb_after,
    attribution_line_after,
    previous_sentence,
    sentence_subject,
    next_sentence_back_reference,
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
    while toks and (toks[-1].lower in CUE_ADVERBS or toks[-1].lower in TIME_WORDS):
        toks.pop()  # "Berg on Tuesday accused", "Holm also said"
    if not toks:
        return None
    end = toks[-1].end
    tail = masked[end:cue_start]
    if "," not in tail and not masked[start:end].rstrip().endswith(","):
        return longest_suffix_mention(masked, start, end)
    segments = _segments(masked, start, end)
    found: list[Mention] = []
    for seg_start, seg_end in reversed(segments[-MAX_APPOSITIVE_SEGMENTS:]):
        if _is_relative_clause(masked, seg_start, seg_end) or _is_state(masked, seg_start, seg_end):
            continue  # "Holm, who spoke … in St. Moritz, said": the place is not the subject
        mention = longest_suffix_mention(masked, seg_start, seg_end)
        if mention is not None and mention.name.lower() not in {"who", "which"}:
            found.append(mention)
    if not found:
        return None
    return min(found, key=lambda m: _SPEAKER_PRIORITY.get(m.kind, 9))


# Words that open a relative clause inside an appositive: its names are not the subject.
_RELATIVE_WORDS = frozenset({"who", "whom", "whose", "which", "where"})


def _is_relative_clause(masked: str, start: int, end: int) -> bool:
    """The comma-separated piece is a relative clause ("who spoke at a forum in St. Moritz")."""
    toks = tokens(masked, start, end)
    return len(toks) > 1 and toks[0].lower in _RELATIVE_WORDS


def _is_state(masked: str, start: int, end: int) -> bool:
    """The piece is a US state abbreviation after a city ("Bristol, Va.,")."""
    return masked[start:end].strip().lower().rstrip(".") in STATE_ABBREVIATIONS


_SEGMENT_END = re.compile(r"[,—–(){}]")
_QUOTE_START = re.compile(r"[“\"«‘_]")


def _segments(masked: str, start: int, end: int, cut_quotes: bool = False) -> list[tuple[int, int]]:
    """Comma-separated pieces of ``masked[start:end]`` that hold no quoted words.

    With ``cut_quotes`` a piece is cut at its first quotation instead of being dropped, for
    reading the subject at the start of a clause that goes on to quote someone.
    """
    pieces: list[tuple[int, int]] = []
    pos = start
    for match in _SEGMENT_END.finditer(masked, start, end):
        pieces.append((pos, match.start()))
        pos = match.end()
    pieces.append((pos, end))
    if cut_quotes:
        trimmed = []
        for s, e in pieces:
            found = _QUOTE_START.search(masked, s, e)
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
    if best is not None and best.kind != "pronoun":
        head = _head_before_preposition(masked, toks, best.start)
        if head is not None and head.kind == "description":
            return _whole_description(masked, head, best.end)
        if head is not None:
            return head
    return best


def _whole_description(masked: str, head: Mention, end: int) -> Mention:
    """A description with its modifier, when short: "a spokesman" + "for the ferry firm"."""
    if len(tokens(masked, head.start, end)) > MAX_SUBJECT_WORDS:
        return head
    text = masked[head.start : end]
    return Mention(text, head.start, end, "description", text, head.gender)


def _head_before_preposition(masked: str, toks: list[Token], found: int) -> Mention | None:
    """ "a student group at Northfield College in Bristol" -> "a student group".

    A name right after a preposition is the object of a modifier ("in Bristol", "of the
    Institute for Coastal Studies"); the phrase that speaks is the one the modifier hangs on,
    before the first preposition: "Anna Berg of the Institute …" -> Anna Berg.
    """
    before = [t for t in toks if t.end <= found]
    if not before or (before[-1].lower not in PREPOSITIONS and before[-1].lower not in DETERMINERS):
        return None
    first_prep = next((k for k, t in enumerate(before) if t.lower in PREPOSITIONS), None)
    if not first_prep or "_" in masked[toks[0].start : before[first_prep - 1].end]:
        return None
    if _NUMBERED_PART.match(masked, toks[0].start):
        return None  # "Article 4 of the agreement": a numbered part of a document, no person
    head = parse_mention(masked, toks[0].start, before[first_prep - 1].end)
    if head is None or head.kind == "pronoun" or not _plausible_subject(head):
        return None
    return head


def _plausible_subject(mention: Mention) -> bool:
    """A description is only a subject if its head is a speaking noun."""
    if mention.kind != "description":
        return True
    if mention.text.split()[0].lower() in PREPOSITIONS:
        return False  # "of the agreement": the object of a modifier, never who speaks
    head = description_head(mention.text)
    return head in DESCRIPTION_HEADS or head in PERSON_ROLES or head in INDEFINITE_SPEAKERS


def description_head(text: str) -> str:
    """The noun a description is about: "the former secretary of state" -> "secretary"."""
    lowered = text.lower().split()
    for k, word in enumerate(lowered[1:], start=1):
        if word in PREPOSITIONS:
            return lowered[k - 1]
    return lowered[-1] if lowered else ""


def _name_after_possessive(toks: list[Token], chunks: list[tuple[int, int]]) -> Mention | None:
    """ "Clinton's campaign manager Robby Mook" -> Robby Mook; "Clinton's policies" -> None.

    The name owning the subject is not its subject; a name after it is, when only role words
    stand between.
    """
    if len(chunks) < 2:
        return None
    i, j = chunks[1]
    between = toks[chunks[0][1] : i]
    if all(t.lower in DESCRIPTION_HEADS or t.lower in PERSON_ROLES for t in between):
        return classify_name(toks[i:j])
    return None


_PARENTHESIS = re.compile(r"\([^()]*\)")


def _is_introductory(toks: list[Token]) -> bool:
    """A phrase before the subject: "When …", "With its small budget", "Two months later"."""
    first = toks[0].lower
    return (
        first in _SUBORDINATORS
        or first in INTRODUCTORY_WORDS
        or toks[-1].lower in TIME_PHRASE_ENDS
        or _is_time_phrase(toks)
    )


# Words that, with TIME_WORDS, make up an opening time phrase ("One recent evening,", "Early
# Monday morning,", "That same week,"): none of them can be a speaking subject.
_TIME_MODIFIERS = frozenset(
    {"one", "recent", "early", "late", "that", "same", "next", "previous", "every", "each", "a"}
)


def _is_time_phrase(toks: list[Token]) -> bool:
    """The whole phrase is a time ("One recent evening"): it opens a sentence, it is not its
    subject. Every word must be a time word, so "Vetch spoke Tuesday" stays a clause."""
    return toks[-1].lower in TIME_WORDS and all(
        t.lower in TIME_WORDS or t.lower in _TIME_MODIFIERS for t in toks
    )


# A capitalised word followed by a number names a part of a document ("Article 12",
# "Section 2"), not a person; "G7 leaders" does not match.
_NUMBERED_PART = re.compile(r"[A-Z][a-z]+\s+\d+\b")


def mention_at_clause_start(masked: str, start: int, end: int) -> Mention | None:
    """The subject at the start of a clause, for participle cues ("He alleged …, claiming")."""
    asides = [(m.start(), m.end()) for m in _PARENTHESIS.finditer(masked, start, end)]
    for seg_start, seg_end in _segments(masked, start, end, cut_quotes=True):
        if any(a <= seg_start and seg_end <= b for a, b in asides):
            continue  # "(Berg called it …)" is an aside, not the sentence's subject
        toks = tokens(masked, seg_start, seg_end)
        while toks and (toks[0].lower in LEADING_FILLERS or toks[0].lower in SENTENCE_ADVERBS):
            toks = toks[1:]
        if not toks or _is_introductory(toks):
            continue
        first = toks[0]
        if first.lower in PERSON_PRONOUNS or first.lower in GROUP_PRONOUNS:
            return parse_mention(masked, first.start, first.end)
        if first.name_word:  # a name opens the clause
            j = chunk_end(toks, masked, 0)
            if _NUMBERED_PART.match(masked, first.start):
                return None  # "Article 12 of the charter": a numbered part of a document
            if toks[j - 1].possessive and j < len(toks):
                return _name_after_possessive(toks, name_chunks(toks, masked))
            return classify_name(toks[:j])
        if first.lower in DETERMINERS:
            for k, tok in enumerate(toks[1:6], start=1):
                if tok.lower in PREPOSITIONS:
                    break
                if tok.lower in DESCRIPTION_HEADS or tok.lower in PERSON_ROLES:
                    return parse_mention(masked, first.start, toks[k].end)
        if len(toks) > 2:
            return None  # a clause without a speaking subject; an adverb ("Already,") goes on
    return None


def reported_speaker(masked: str, start: int, end: int) -> Mention | None:
    """Who the sentence ``masked[start:end]`` reports, when it ends in a speech cue.

    "The harbour could flood, Maria Lopez said." and "This can help, adds psychologist
    Anna Berg.": the sentence is about what Lopez or Berg thinks, so a "he"/"she" in
    the next quotation most likely refers to them rather than to the grammatical subject.
    Only a name (not a pronoun or description) in the sentence's last clause counts.
    """
    last_comma = masked.rfind(",", start, end)
    if last_comma < 0:
        return None
    toks = tokens(masked, last_comma + 1, end)
    cues = [i for i in _cue_tokens(toks) if toks[i].lower in SPEECH_CUES]
    if not cues or _is_participle(toks[cues[0]].lower) or len(toks) > MAX_REPORTED_CLAUSE:
        return None
    i = cues[0]
    if i == 0:
        mention = leading_mention(masked, toks[i].end, end)
    else:
        mention = longest_suffix_mention(masked, last_comma + 1, toks[i].start)
    if mention is None or mention.kind not in {"person", "unknown"}:
        return None
    return mention


# The longest closing clause read as "…, X said." (name, titles and a short tail like "in an
# interview on Tuesday"); longer, the clause says more than who spoke.
MAX_REPORTED_CLAUSE = 12


# Conjunctions that open a subordinate clause with its own subject ("When Anna Berg spoke to
# staff, she said …"); prepositions ("in", "after" + noun) are not among them on purpose.
_CLAUSE_CONJUNCTIONS = frozenset(
    {"when", "while", "although", "though", "because", "since", "once", "until", "unless", "as"}
)


def subordinate_subject(masked: str, start: int, end: int) -> Mention | None:
    """The person named right after a sentence's opening conjunction ("When Anna Berg …").

    The main clause's "she" usually refers to them, so they are a topic of the sentence even
    when its main subject is a pronoun or cannot be read.
    """
    toks = tokens(masked, start, end)[:6]
    if len(toks) < 2 or toks[0].lower not in _CLAUSE_CONJUNCTIONS:
        return None
    if toks[0].name_word or not toks[1].name_word:
        return None  # no name right after the conjunction
    end = chunk_end(toks, masked, 1)
    if toks[end - 1].possessive:
        return None
    mention = classify_name(toks[1:end])
    return mention if mention.kind in {"person", "unknown"} else None
