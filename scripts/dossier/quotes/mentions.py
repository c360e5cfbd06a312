"""Recognise who a stretch of text names: a person, an organisation, a pronoun, a description.

No model is used: a name is a run of capitalised words (with initials and particles), titles
before it are peeled off ("Russian President Vladimir Putin" -> "Vladimir Putin") and tell its
kind and sometimes its gender; organisation words or an acronym make it an organisation; a
determiner followed by common nouns ("the company", "a spokesman for the campaign") is a
description that is kept as written.
"""

from __future__ import annotations

import bisect
import re
from functools import cache, lru_cache
from typing import NamedTuple

from dossier.quotes.model import Mention
from dossier.quotes.names import gender_of_given_name, is_given_name
from dossier.quotes.patterns import (
    ABBREVIATIONS,
    ADJECTIVAL_NAMES,
    ALL_CUES,
    DESCRIPTION_HEADS,
    GENDERED_NOUNS,
    GROUP_PRONOUNS,
    HONORIFICS,
    INDEFINITE_SPEAKERS,
    NOT_NAME_WORDS,
    ORG_WORDS,
    PERSON_PRONOUNS,
)
from dossier.wordtokens import APOSTROPHES, gaps_and_words, new_token, per_word

# A letter or digit, then letters, digits, "." "&" "-", and apostrophes before a letter. The
# same as ``[^\W_](?:[\w.&\-]|['’](?=\w))*``, written so the regex engine tries the
# apostrophe branch only after a run of the other characters: a third faster.
_APOSTROPHE_CLASS = "[" + "".join(sorted(APOSTROPHES)) + "]"  # the shared apostrophes
_TOKEN = re.compile(r"[^\W_][\w.&\-]*(?:" + _APOSTROPHE_CLASS + r"(?=\w)[\w.&\-]*)*")
_WORD_SPLIT = re.compile(f"({_TOKEN.pattern})")  # captured: split() keeps the words
_POSSESSIVE_ENDINGS = tuple(sorted(apostrophe + "s" for apostrophe in APOSTROPHES))
PARTICLES = frozenset(
    {
        "de",
        "van",
        "von",
        "der",
        "den",
        "bin",
        "al",
        "el",
        "la",
        "le",
        "da",
        "du",
        "dos",
        "di",
        "del",
        "ibn",
        "ter",
        "of",
    }
)
DETERMINERS = frozenset(
    {
        "a",
        "an",
        "the",
        "this",
        "that",
        "his",
        "her",
        "its",
        "their",
        "our",
        "one",
        "another",
        "some",
        "two",
        "three",
        "several",
        "many",
        "other",
    }
)
PREPOSITIONS = frozenset(
    {
        "for",
        "of",
        "at",
        "in",
        "to",
        "with",
        "from",
        "by",
        "on",
        "about",
        "near",
        "under",
        "over",
        "during",
        "after",
        "before",
        "than",
    }
)
LEADING_FILLERS = frozenset({"and", "but", "so", "then", "yet", "also", "while", "as", "or"})
# Words a noun phrase never ends with.
FUNCTION_WORDS = LEADING_FILLERS | DETERMINERS | PREPOSITIONS | frozenset({"that", "who", "which"})


class Token(NamedTuple):
    """A word with its offsets; ``possessive`` when it carried a trailing 's.

    A named tuple, not a dataclass: the rules read a word's fields millions of times per build,
    and a tuple's are read (and a tuple is built) several times faster. ``lower`` and
    ``capitalised`` are stored, not computed on each reading, for the same reason; build one
    with :func:`make_token`, which fills them in.
    """

    text: str
    start: int
    end: int
    possessive: bool
    lower: str
    capitalised: bool
    name_word: bool  # capitalised, and not a word that never starts a name ("The", "Monday")


def make_token(text: str, start: int, end: int, possessive: bool = False) -> Token:
    """The token of the word ``text`` at ``start:end``, its derived fields filled in."""
    return new_token(Token, (text, start, end, possessive, *_traits(text)))


@per_word
def _traits(word: str) -> tuple[str, bool, bool]:
    """A word's ``lower``, ``capitalised`` and ``name_word``, computed once per process."""
    lower = word.lower()
    capitalised = word[:1].isupper()
    return lower, capitalised, capitalised and lower.rstrip(".") not in NOT_NAME_WORDS


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Words of ``text[start:end]``; a final full stop is dropped unless it is an abbreviation.

    The rules read the same article in many overlapping stretches (every sentence, clause and
    phrase), so the lines of a long text are tokenized once and each stretch is sliced out of
    them; only a word cut by ``start`` or ``end`` is read again. The result is the one
    :func:`_scan` gives.
    """
    end = len(text) if end is None else end
    if len(text) < MIN_CACHED_TEXT:
        return _scan(text, start, end, end)
    if _tokenized and _tokenized[0].text is text:  # the text read last: most calls
        return _tokenized[0].tokens(start, end)
    return _lines_of(text).tokens(start, end)


def _scan(text: str, start: int, stop: int, end: int) -> list[Token]:
    """The words of ``text[start:stop]``, read as part of a stretch that ends at ``end``."""
    result: list[Token] = []
    for match in _TOKEN.finditer(text, start, stop):
        token = _token(text, match.group(), match.start(), match.end(), end)
        if token is not None:
            result.append(token)
    return result


def _token(text: str, word: str, s: int, e: int, end: int) -> Token | None:
    """One word as matched, its final full stop and possessive ending taken off."""
    if word.endswith(".") and not _is_abbreviation(word):
        word, e = word.rstrip("."), e - (len(word) - len(word.rstrip(".")))
    possessive = False
    # A token never ends in a bare apostrophe (_TOKEN wants a letter after one), so a
    # trailing "'s" is the only possessive ending; a plain string test is cheaper than
    # a regex search on every word.
    if len(word) > 2 and word.endswith(_POSSESSIVE_ENDINGS):
        possessive = True
        word, e = word[:-2], e - 2
    elif e < end and text[e : e + 1] in APOSTROPHES and word.endswith("s"):
        possessive = True  # plural possessive: "voters' "
    return make_token(word, s, e, possessive) if word else None


# Texts shorter than this (a gap between two quotations) are read directly: tokenizing them
# whole to slice them once would cost more. An article's masked text is thousands of chars.
MIN_CACHED_TEXT = 200
# Whole texts kept tokenized: the article being read (its masked text) and a spare, so a
# caller alternating between two long texts does not tokenize them again and again.
CACHED_TEXTS = 2


class _LineWords:
    """Every word of one line, for slicing out the words of any stretch of it.

    ``starts``/``ends`` are the offsets of the raw matches of ``_TOKEN`` in the line, in
    order. A match wholly inside a stretch is matched the same within the stretch (the regex
    looks ahead one character at most, and only inside the match), so its token is reused; a
    match cut by the stretch's start or end is scanned again. A plural possessive ("voters'")
    is one only before the stretch's end: ``at_end`` holds those words as read at the end.
    """

    __slots__ = ("at_end", "ends", "starts", "words")

    def __init__(self, text: str, start: int, end: int) -> None:
        # Local names for the lists: this loop runs once per word of the article.
        starts: list[int] = []
        ends: list[int] = []
        words: list[Token] = []
        self.starts, self.ends, self.words = starts, ends, words
        self.at_end: dict[int, Token] = {}
        e = start
        for gap, word in gaps_and_words(_WORD_SPLIT, text[start:end]):
            s = e + len(gap)
            e = s + len(word)
            starts.append(s)
            ends.append(e)
            if word[-1] not in _MAYBE_STRIPPED:  # most words: kept as matched (make_token, inlined)
                words.append(new_token(Token, (word, s, e, False, *_traits(word))))
                continue
            token = _token(text, word, s, e, end + 1)
            assert token is not None  # a match starts with a letter or digit, never stripped
            if token.possessive and token.end == e:
                self.at_end[len(words)] = token._replace(possessive=False)
            words.append(token)

    def tokens(self, text: str, start: int, stop: int, end: int) -> list[Token]:
        """The words of ``text[start:stop]`` (within this line), as :func:`_scan` reads them."""
        first = bisect.bisect_left(self.starts, start)
        result: list[Token] = []
        if first > 0 and self.ends[first - 1] > start:  # a word cut by ``start``
            result = _scan(text, start, min(self.ends[first - 1], stop), end)
        last = bisect.bisect_right(self.ends, stop, first)
        if last > first:
            result.extend(self.words[first:last])
            if self.ends[last - 1] == end and last - 1 in self.at_end:
                result[-1] = self.at_end[last - 1]
        if last < len(self.starts) and self.starts[last] < stop:  # a word cut by ``stop``
            result.extend(_scan(text, self.starts[last], stop, end))
        return result


class _TextWords:
    """The words of a long text, tokenized line by line when first asked for.

    No word spans a line break (``_TOKEN`` matches no newline), so each line is read on its
    own, and only the lines some rule reads are tokenized: never the front matter.
    """

    __slots__ = ("line_ends", "line_starts", "lines", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.line_starts = [0] + [m.end() for m in _NEWLINE.finditer(text)]
        self.line_ends = [s - 1 for s in self.line_starts[1:]] + [len(text)]
        self.lines: list[_LineWords | None] = [None] * len(self.line_starts)

    def tokens(self, start: int, end: int) -> list[Token]:
        """The words of ``text[start:end]``."""
        start = max(start, 0)
        stop = min(end, len(self.text))
        if start >= stop:
            return []
        number = bisect.bisect_right(self.line_starts, start) - 1
        if stop <= self.line_ends[number]:  # most stretches: within one line
            return self._line(number).tokens(self.text, start, stop, end)
        result: list[Token] = []
        while number < len(self.line_starts) and self.line_starts[number] < stop:
            line_stop = min(stop, self.line_ends[number])
            line_start = max(start, self.line_starts[number])
            result.extend(self._line(number).tokens(self.text, line_start, line_stop, end))
            number += 1
        return result

    def _line(self, number: int) -> _LineWords:
        line = self.lines[number]
        if line is None:
            line = _LineWords(self.text, self.line_starts[number], self.line_ends[number])
            self.lines[number] = line
        return line


_NEWLINE = re.compile("\n")
# Last letters of the words :func:`_token` may change: a full stop, a possessive "s".
_MAYBE_STRIPPED = frozenset(".s")
_tokenized: list[_TextWords] = []


def _lines_of(text: str) -> _TextWords:
    """The tokenized ``text``, from the few kept (compared by identity: the same string)."""
    for words in _tokenized:
        if words.text is text:
            return words
    words = _TextWords(text)
    _tokenized.insert(0, words)
    del _tokenized[CACHED_TEXTS:]
    return words


_INITIALS = re.compile(r"(?:[A-Za-z]\.)+")


def _is_abbreviation(word: str) -> bool:
    bare = word.lower().rstrip(".")
    return bare in ABBREVIATIONS or _INITIALS.fullmatch(word) is not None


@cache
def country_names() -> frozenset[str]:
    """Lower-case country names; a lone country name reporting speech is an organisation."""
    try:
        import pycountry
    except ImportError:  # pragma: no cover - pycountry is a project dependency
        return frozenset()
    names: set[str] = set()
    for country in pycountry.countries:
        for attr in ("name", "common_name"):
            value = getattr(country, attr, None)
            if value:
                names.add(value.lower())
    return frozenset(
        names
        | {
            "russia",
            "britain",
            "america",
            "moscow",
            "washington",
            "kyiv",
            "beijing",
            "pyongyang",
            "seoul",
            "london",
            "paris",
            "berlin",
        }
    )


def name_chunks(toks: list[Token], text: str) -> list[tuple[int, int]]:
    """(first, last+1) token ranges of capitalised runs, joined only by single spaces."""
    chunks: list[tuple[int, int]] = []
    i = 0
    while i < len(toks):
        if not toks[i].name_word:
            i += 1
            continue
        j = chunk_end(toks, text, i)
        chunks.append((i, j))
        i = j
    return chunks


_NAME_GAPS = frozenset({" ", "-"})


def chunk_end(toks: list[Token], text: str, i: int) -> int:
    """The end (last+1) of the capitalised run that starts at the name word ``toks[i]``.

    The first of :func:`name_chunks` starts at 0 exactly when ``toks[0]`` is a name word, so
    a rule that only wants a name opening its phrase calls this instead of finding them all.
    """
    j = i + 1
    while j < len(toks) and not toks[j - 1].possessive:
        following = toks[j]
        if text[toks[j - 1].end : following.start] not in _NAME_GAPS:
            break
        if not following.name_word and not (
            following.lower in PARTICLES and j + 1 < len(toks) and toks[j + 1].name_word
        ):
            break
        if _verb_like(following):
            break
        j += 1
    return j


def _verb_like(token: Token) -> bool:
    """A capitalised verb in a Title Case line ("Tom Nides |Thanked Clinton", "Clinton |Said").

    A cue word or a past tense (-ed, past four letters) ends a name; given names that end so
    ("Mohammed", "Alfred") are kept.
    """
    word = token.lower
    if word in ALL_CUES:
        return True
    return len(word) > 4 and word.endswith("ed") and not is_given_name(word)


def _trim_chunk(words: tuple[str, ...]) -> int:
    """How many leading words to drop: words glued to a name by capitalisation alone.

    A sentence-initial participle ("Hammering Hillary Clinton") and nationality or party
    adjectives ("Republican Donald Trump") go; "North Korean" (adjectives only) is left for the
    caller to reject.
    """
    first = 0
    while len(words) - first > 1 and words[first].lower().endswith("ing"):
        first += 1
    while len(words) - first > 1 and words[first].lower() in ADJECTIVAL_NAMES:
        if all(w.lower() in ADJECTIVAL_NAMES for w in words[first:]):
            break
        first += 1
    while len(words) - first > 1 and words[first] in PARTICLES:
        first += 1  # "Conservative of Kent" minus its party word: "of" is no name
    return first


def _is_title(lower: str) -> bool:
    return lower in HONORIFICS or lower.rstrip(".") + "." in HONORIFICS


class _NameShape(NamedTuple):
    """What :func:`classify_name` makes of a run of words, whatever their offsets."""

    trimmed: int  # leading words dropped
    text: str
    kind: str
    name: str
    gender: str
    titles: tuple[str, ...]


def classify_name(words: list[Token]) -> Mention:
    """Turn a capitalised run into a person/organisation mention, peeling off leading titles.

    The same names recur all through an article (and a dossier), so the reading of each run
    of words is computed once per process and only placed at this run's offsets.
    """
    shape = _name_shape(tuple(w.text for w in words))
    return Mention(
        shape.text,
        words[shape.trimmed].start,
        words[-1].end,
        shape.kind,
        shape.name,
        gender=shape.gender,
        titles=list(shape.titles),
    )


# Distinct runs of capitalised words kept classified; a dossier of thousands of articles names
# a few thousand people and organisations, most in a handful of spellings.
NAME_SHAPES_CACHED = 1 << 15


@lru_cache(maxsize=NAME_SHAPES_CACHED)
def _name_shape(texts: tuple[str, ...]) -> _NameShape:
    trimmed = _trim_chunk(texts)
    words = texts[trimmed:]
    lowers_all = [w.lower() for w in words]
    last_title = -1
    for k, lower in enumerate(lowers_all[:-1]):
        if _is_title(lower):
            last_title = k
    titles = tuple(lowers_all[: last_title + 1])
    text = " ".join(words)
    if all(_is_title(lower) for lower in lowers_all):
        return _NameShape(trimmed, text, "description", text, "", tuple(lowers_all))
    name_words = words[last_title + 1 :]
    name = " ".join(name_words)
    lowers = [w.lower().rstrip(".") for w in name_words]
    gender = ""
    for title in titles:
        gender = gender or HONORIFICS.get(title, "") or HONORIFICS.get(title + ".", "")
    if any(w in ORG_WORDS for w in lowers) or (
        len(name_words) == 1 and name_words[0].isupper() and len(name_words[0]) > 1
    ):
        return _NameShape(trimmed, text, "organisation", name, "", titles)
    if len(name_words) == 1 and name.lower() in {"white house", "kremlin", "pentagon"}:
        return _NameShape(trimmed, text, "organisation", name, "", titles)
    if " ".join(lowers) in country_names():
        return _NameShape(trimmed, text, "organisation", name, "", titles)
    if lowers[-1] in ADJECTIVAL_NAMES:
        return _NameShape(trimmed, text, "adjective", name, "", titles)
    given = gender_of_given_name(name_words[0]) if len(name_words) > 1 else ""
    gender = gender or given
    # Two capitalised words make a name, unless they are shouted: "BREAKING NEWS", "READ MORE"
    # are page labels; a name in capitals still counts with a title or a given name.
    shouted = all(w.isupper() for w in name_words)
    person = bool(titles) or bool(given) or (len(name_words) >= 2 and not shouted)
    kind = "person" if person else "unknown"
    return _NameShape(trimmed, text, kind, name, gender, titles)


def _strip_fillers(toks: list[Token]) -> list[Token]:
    while toks and toks[0].lower in LEADING_FILLERS:
        toks = toks[1:]
    return toks


def parse_mention(text: str, start: int, end: int) -> Mention | None:
    """Read ``text[start:end]`` as one noun phrase that can speak, or return None.

    The phrase must be a whole segment (the caller cuts at commas and cue verbs): a pronoun, a
    name with optional titles or lower-case role words before it ("pollster Bill McInturff"),
    or a description that starts with a determiner or a possessive ("the company", "Ukraine's
    military intelligence service", "a spokesman for the Clinton campaign").
    """
    toks = _strip_fillers(tokens(text, start, end))
    if not toks or len(toks) > 14:
        return None
    first = toks[0]
    if len(toks) == 1 and first.lower in PERSON_PRONOUNS:
        gender = PERSON_PRONOUNS[first.lower]
        return Mention(first.text, first.start, first.end, "pronoun", first.lower, gender)
    if len(toks) == 1 and first.lower in GROUP_PRONOUNS:
        return Mention(first.text, first.start, first.end, "pronoun", first.lower)
    if len(toks) == 1 and first.lower in INDEFINITE_SPEAKERS:
        return Mention(first.text, first.start, first.end, "description", first.lower)
    return _name_phrase(toks, text) or _description(toks, text)


def _name_phrase(toks: list[Token], text: str) -> Mention | None:
    """A name ending the phrase, with at most four role words before it and no preposition."""
    chunks = name_chunks(toks, text)
    if not chunks or chunks[-1][1] != len(toks) or toks[-1].possessive:
        return None
    i, j = chunks[-1]
    leading = toks[:i]
    if any(t.lower in PREPOSITIONS for t in leading) or len(leading) > 4:
        return None  # "a representative to the United Nations" is not "United Nations"
    mention = classify_name(toks[i:j])
    _add_role_words(mention, leading)
    return None if mention.kind == "adjective" else mention


# A description longer than this is a clause, not a speaker ("the company that ... said").
MAX_DESCRIPTION_WORDS = 10


def _description(toks: list[Token], text: str) -> Mention | None:
    """Common nouns after a determiner or a possessive: "the company", "Ukraine's army"."""
    first, last = toks[0], toks[-1]
    if last.capitalised or len(toks) > MAX_DESCRIPTION_WORDS:
        return None
    if last.lower in FUNCTION_WORDS:
        return None  # "… relations while secretary of state and": a clause, not a speaker
    chunks = name_chunks(toks, text)
    lead_ok = first.lower in DETERMINERS or first.possessive or bool(chunks and chunks[0][0] == 0)
    if not lead_ok and last.lower not in DESCRIPTION_HEADS:
        return None
    phrase = text[first.start : last.end]
    gender = next((GENDERED_NOUNS[t.lower] for t in toks if t.lower in GENDERED_NOUNS), "")
    return Mention(phrase, first.start, last.end, "description", phrase, gender)


def _add_role_words(mention: Mention, leading: list[Token]) -> None:
    """Lower-case words before a name ("psychotherapist", "spokeswoman") act as titles."""
    for word in leading:
        mention.titles.append(word.lower)
        if not mention.gender and word.lower in GENDERED_NOUNS:
            mention.gender = GENDERED_NOUNS[word.lower]
        if word.lower in HONORIFICS and mention.kind == "unknown":
            mention.kind = "person"


def leading_mention(text: str, start: int, end: int) -> Mention | None:
    """The speaker right after an inverted cue: ``said Mark Rutte, NATO's ...`` -> Mark Rutte.

    A name at the start wins ("said Edward Alden of the Council on ..."), also after up to three
    lower-case role words ("said campaign manager Robby Mook"); otherwise a pronoun, or a
    description read up to the first comma or clause word ("said a spokesman for the party").
    """
    toks = tokens(text, start, end)[:16]
    if not toks:
        return None
    first = toks[0]
    if first.lower in PERSON_PRONOUNS or first.lower in GROUP_PRONOUNS:
        return parse_mention(text, first.start, first.end)
    chunks = [c for c in name_chunks(toks, text) if c[0] <= 3]
    if chunks:
        i, j = chunks[0]
        leading = toks[:i]
        plain = all(
            not t.capitalised and t.lower not in DETERMINERS | PREPOSITIONS for t in leading
        )
        gap = text[first.start : toks[i].start]
        if i == 0 and toks[j - 1].possessive:
            owned = _name_after_owner(toks, j, text)
            if owned is not None or all(t.capitalised for t in toks[:j]):
                return owned or _description_after_cue(text, start, end)
        if plain and not re.search(r"[,.;:()]", gap):
            if i == 0 and j < len(toks) and _role_then_name(toks, j, text):
                i, j = _next_chunk(toks, j, text)
            mention = classify_name(toks[i:j])
            _add_role_words(mention, toks[:i])
            if mention.kind != "adjective":
                return mention
    return _description_after_cue(text, start, end)


# Lower-case role words that may stand between an owner's name and the appositive name
# ("Berg's chief of staff, Peter Holm").
MAX_OWNER_ROLE_WORDS = 4


def _name_after_owner(toks: list[Token], j: int, text: str) -> Mention | None:
    """ "said Berg's chief of staff, Peter Holm" -> Peter Holm.

    The possessive name owns the role; the speaker is the name in the appositive after it.
    Without such a name the phrase is a description ("Berg's spokesman"), read by the caller.
    """
    k = j
    while k < len(toks) and k - j < MAX_OWNER_ROLE_WORDS and not toks[k].capitalised:
        k += 1
    if k == j or k >= len(toks) or text[toks[k - 1].end : toks[k].start].strip() != ",":
        return None
    chunk = next((c for c in name_chunks(toks, text) if c[0] == k), None)
    if chunk is None:
        return None
    mention = classify_name(toks[chunk[0] : chunk[1]])
    _add_role_words(mention, toks[j:k])
    return mention if mention.kind in {"person", "unknown"} else None


def _description_after_cue(text: str, start: int, end: int) -> Mention | None:
    """A description read up to the first comma or clause word ("said a spokesman for X")."""
    stop = end
    cut = re.compile(
        r"[,;:!?()—–\"“”]|\.(?=\s|$)|\s(?:who|which|that|in|on|at|during|after|"
        r"when|while|as)\s"
    )
    match = cut.search(text, start, end)
    while match and match.group() == "." and _ends_with_abbreviation(text, start, match.end()):
        match = cut.search(text, match.end(), end)
    if match:
        stop = match.start()
    return parse_mention(text, start, stop)


def _role_then_name(toks: list[Token], j: int, text: str) -> bool:
    """After a name-like word, lower-case role words then a name: "Clinton spokesman Brian"."""
    k = j
    while k < len(toks) and k - j < 3 and not toks[k].capitalised:
        if toks[k].lower in DETERMINERS | PREPOSITIONS:
            return False
        k += 1
    return (
        k > j
        and k < len(toks)
        and toks[k].name_word
        and not re.search(r"[,.;:()]", text[toks[j - 1].end : toks[k].start])
    )


def _next_chunk(toks: list[Token], j: int, text: str) -> tuple[int, int]:
    for chunk in name_chunks(toks, text):
        if chunk[0] > j - 1:
            return chunk
    return j, j


def _ends_with_abbreviation(text: str, start: int, end: int) -> bool:
    words = text[start:end].split()
    return bool(words) and _is_abbreviation(words[-1])
