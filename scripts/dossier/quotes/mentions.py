"""Recognise who a stretch of text names: a person, an organisation, a pronoun, a description.

No model is used: a name is a run of capitalised words (with initials and particles), titles
before it are peeled off ("Russian President Vladimir Putin" -> "Vladimir Putin") and tell its
kind and sometimes its gender; organisation words or an acronym make it an organisation; a
determiner followed by common nouns ("the company", "a spokesman for the campaign") is a
description that is kept as written.
"""

from __future__ import annotations

import re
from functools import cache
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

_TOKEN = re.compile(r"[^\W_](?:[\w.&\-]|['’](?=\w))*")
_POSSESSIVE_ENDINGS = ("'s", "’s")
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

    A named tuple, not a dataclass: every rule tokenizes its stretch of text again, and a
    tuple is built several times faster than a frozen dataclass instance.
    """

    text: str
    start: int
    end: int
    possessive: bool = False

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Words of ``text[start:end]``; a final full stop is dropped unless it is an abbreviation."""
    end = len(text) if end is None else end
    result: list[Token] = []
    for match in _TOKEN.finditer(text, start, end):
        word, s, e = match.group(), match.start(), match.end()
        if word.endswith(".") and not _is_abbreviation(word):
            word, e = word.rstrip("."), e - (len(word) - len(word.rstrip(".")))
        possessive = False
        # A token never ends in a bare apostrophe (_TOKEN wants a letter after one), so a
        # trailing "'s" is the only possessive ending; a plain string test is cheaper than
        # a regex search on every word.
        if len(word) > 2 and word.endswith(_POSSESSIVE_ENDINGS):
            possessive = True
            word, e = word[:-2], e - 2
        elif e < end and text[e : e + 1] in {"'", "’"} and word.endswith("s"):
            possessive = True  # plural possessive: "voters' "
        if word:
            result.append(Token(word, s, e, possessive))
    return result


def _is_abbreviation(word: str) -> bool:
    bare = word.lower().rstrip(".")
    return bare in ABBREVIATIONS or re.fullmatch(r"(?:[A-Za-z]\.)+", word) is not None


def _is_name_word(token: Token) -> bool:
    return token.capitalised and token.lower.rstrip(".") not in NOT_NAME_WORDS


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
        if not _is_name_word(toks[i]):
            i += 1
            continue
        j = i + 1
        while j < len(toks) and not toks[j - 1].possessive:
            gap = text[toks[j - 1].end : toks[j].start]
            if gap not in {" ", "-"} or _verb_like(toks[j]):
                break
            if _is_name_word(toks[j]) or (
                toks[j].lower in PARTICLES and j + 1 < len(toks) and _is_name_word(toks[j + 1])
            ):
                j += 1
            else:
                break
        chunks.append((i, j))
        i = j
    return chunks


def _verb_like(token: Token) -> bool:
    """A capitalised verb in a Title Case line ("Tom Nides |Thanked Clinton", "Clinton |Said").

    A cue word or a past tense (-ed, past four letters) ends a name; given names that end so
    ("Mohammed", "Alfred") are kept.
    """
    word = token.lower
    if word in ALL_CUES:
        return True
    return len(word) > 4 and word.endswith("ed") and not is_given_name(word)


def _trim_chunk(words: list[Token]) -> list[Token]:
    """Drop words glued to a name by capitalisation alone.

    A sentence-initial participle ("Hammering Hillary Clinton") and nationality or party
    adjectives ("Republican Donald Trump") go; "North Korean" (adjectives only) is left for the
    caller to reject.
    """
    while len(words) > 1 and words[0].lower.endswith("ing"):
        words = words[1:]
    while len(words) > 1 and words[0].lower in ADJECTIVAL_NAMES:
        if all(w.lower in ADJECTIVAL_NAMES for w in words):
            break
        words = words[1:]
    while len(words) > 1 and words[0].text in PARTICLES:
        words = words[1:]  # "Conservative of Kent" minus its party word: "of" is no name
    return words


def _is_title(word: Token) -> bool:
    return word.lower in HONORIFICS or word.lower.rstrip(".") + "." in HONORIFICS


def classify_name(words: list[Token]) -> Mention:
    """Turn a capitalised run into a person/organisation mention, peeling off leading titles."""
    words = _trim_chunk(words)
    titles: list[str] = []
    last_title = -1
    for k, word in enumerate(words[:-1]):
        if _is_title(word):
            last_title = k
    for word in words[: last_title + 1]:
        titles.append(word.lower)
    if all(_is_title(w) for w in words):
        text = " ".join(w.text for w in words)
        return Mention(
            text,
            words[0].start,
            words[-1].end,
            "description",
            text,
            titles=[w.lower for w in words],
        )
    name_words = words[last_title + 1 :]
    name = " ".join(w.text for w in name_words)
    start, end = words[0].start, words[-1].end
    text = " ".join(w.text for w in words)
    lowers = [w.lower.rstrip(".") for w in name_words]
    gender = ""
    for title in titles:
        gender = gender or HONORIFICS.get(title, "") or HONORIFICS.get(title + ".", "")
    if any(w in ORG_WORDS for w in lowers) or (
        len(name_words) == 1 and name_words[0].text.isupper() and len(name_words[0].text) > 1
    ):
        return Mention(text, start, end, "organisation", name, titles=titles)
    if len(name_words) == 1 and name.lower() in {"white house", "kremlin", "pentagon"}:
        return Mention(text, start, end, "organisation", name, titles=titles)
    if " ".join(lowers) in country_names():
        return Mention(text, start, end, "organisation", name, titles=titles)
    if lowers[-1] in ADJECTIVAL_NAMES:
        return Mention(text, start, end, "adjective", name, titles=titles)
    given = gender_of_given_name(name_words[0].text) if len(name_words) > 1 else ""
    gender = gender or given
    # Two capitalised words make a name, unless they are shouted: "BREAKING NEWS", "READ MORE"
    # are page labels; a name in capitals still counts with a title or a given name.
    shouted = all(w.text.isupper() for w in name_words)
    person = bool(titles) or bool(given) or (len(name_words) >= 2 and not shouted)
    kind = "person" if person else "unknown"
    return Mention(text, start, end, kind, name, gender=gender, titles=titles)


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
        and _is_name_word(toks[k])
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
