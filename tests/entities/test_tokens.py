"""The tokenizer reads each word once, at its exact offsets, with the facts the rules use."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dossier.entities.keys import fold_word
from dossier.entities.text import paragraphs

_PIECES = st.sampled_from([*list("ab AB.,'’\n-_“"), "NATO's", "voters' ", "Zelenskyy", "ÉTAT"])


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECES, max_size=120).map("".join))
def test_tokens_are_the_words_of_the_line(text: str) -> None:
    for para in paragraphs(text):
        words = [m for m in re.finditer(r"[^\W_]+", text, re.UNICODE) if para.start <= m.start()]
        words = [m for m in words if m.end() <= para.end]
        kept = [(t.start, t.end) for t in para.tokens]
        # Only the "s" of a possessive "'s" is dropped.
        dropped = [m for m in words if (m.start(), m.end()) not in kept]
        assert all(m.group() in {"s", "S"} and text[m.start() - 1] in "'’" for m in dropped)
        for token in para.tokens:
            assert text[token.start : token.end] == token.text
            assert token.key == fold_word(token.text)
            assert token.cap == token.text[0].isupper() and token.upper == token.text.isupper()
        assert para.capitals == tuple(k for k, t in enumerate(para.tokens) if t.cap)


def _flagged(text: str, flag: str) -> list[str]:
    """The words of ``text`` whose token has ``flag`` set, in order, across paragraphs."""
    return [t.text for para in paragraphs(text) for t in para.tokens if getattr(t, flag)]


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        ("Putin spoke. Rutte replied", ["Putin", "Rutte"]),
        ("Will Kyiv agree? Nobody knows", ["Will", "Nobody"]),
        ("Talks ended\nMoscow said nothing", ["Talks", "Moscow"]),  # a line is a paragraph
        ("Kursk • Belgorod • Bryansk", ["Kursk", "Belgorod", "Bryansk"]),  # a bullet
        ("• Troops moved in", ["Troops"]),
        ("Sanctions: Brussels waits", ["Sanctions", "Brussels"]),
        ("It said “We stay” then", ["It", "We"]),  # an opening quotation mark
        ("Kyiv — talks resumed", ["Kyiv", "talks"]),  # a dash between spaces
        # Any full stop: abbreviations are the rules' business, not the tokenizer's.
        ("Mr. Smith of U.S. Steel", ["Mr", "Smith", "S", "Steel"]),
        ("Kim Jong-Un met Moon Jae-in, Kyiv's ally", ["Kim"]),  # hyphen, comma, apostrophe: no
    ],
)
def test_a_sentence_starts_at_a_paragraph_and_after_an_end_mark(
    text: str, starts: list[str]
) -> None:
    assert _flagged(text, "sent_start") == starts


@pytest.mark.parametrize(
    ("text", "owners", "words"),
    [
        ("NATO's chief", ["NATO"], ["NATO", "chief"]),  # the "s" is dropped
        ("NATO’s chief", ["NATO"], ["NATO", "chief"]),
        ("KREMLIN'S LINE", ["KREMLIN"], ["KREMLIN", "LINE"]),
        ("the officials’ plans", ["officials"], ["the", "officials", "plans"]),  # plural
        ("the officials' plans", ["officials"], ["the", "officials", "plans"]),
        ("the officials'plans", [], ["the", "officials", "plans"]),  # no space: a typo, not one
        ("Troops said 'no'", [], ["Troops", "said", "no"]),  # a quotation mark after "said"
        ("talks with officials’\nNext", [], ["talks", "with", "officials", "Next"]),  # line end
        ("Davis' car", ["Davis"], ["Davis", "car"]),
    ],
)
def test_a_possessive_marks_its_owner(text: str, owners: list[str], words: list[str]) -> None:
    assert _flagged(text, "possessive") == owners
    assert [t.text for para in paragraphs(text) for t in para.tokens] == words
