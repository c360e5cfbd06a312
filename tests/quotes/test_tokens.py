"""The words of a stretch sliced out of a tokenized article are the words read directly.

Every rule reads a stretch of the article with :func:`tokens`; a long text is tokenized once and
sliced, so a word cut by either end of the stretch, a possessive at its end or a stretch
across lines must come out as if the stretch alone had been read.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from dossier.quotes.mentions import MIN_CACHED_TEXT, _scan, make_token, tokens

PIECES = st.sampled_from(
    [*list("ab .,'’\n-_&"), "voters'", "Berg's", "U.S.", "Mr.", "Jong-Un", "O'Neil", "said"]
)


def _direct(text: str, start: int, end: int) -> list[tuple[str, int, int, bool]]:
    return [tuple(t[:4]) for t in _scan(text, start, end, end)]  # type: ignore[misc]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(PIECES, min_size=MIN_CACHED_TEXT, max_size=2 * MIN_CACHED_TEXT).map("".join),
    st.lists(st.tuples(st.integers(-2, 900), st.integers(0, 60)), min_size=1, max_size=20),
)
def test_sliced_words_are_the_words_read_directly(
    text: str, stretches: list[tuple[int, int]]
) -> None:
    assert len(text) >= MIN_CACHED_TEXT
    for start, length in stretches:
        end = start + length
        assert [tuple(t[:4]) for t in tokens(text, start, end)] == _direct(text, start, end)
    assert [tuple(t[:4]) for t in tokens(text)] == _direct(text, 0, len(text))


def test_a_plural_possessive_is_one_only_before_the_stretch_end() -> None:
    text = "The voters' choice. " * 20
    words = tokens(text, 0, text.index("'"))
    assert words[-1].text == "voters" and not words[-1].possessive
    words = tokens(text, 0, text.index("choice"))
    assert words[-1].text == "voters" and words[-1].possessive


def test_made_tokens_carry_their_derived_fields() -> None:
    token = make_token("Monday", 0, 6)
    assert token.lower == "monday" and token.capitalised and not token.name_word
    assert make_token("Berg", 0, 4).name_word


def test_possessives_with_either_apostrophe_drop_their_ending() -> None:
    text = "Berg’s aide, O'Neil's deputy and the voters’ choice in NATO's ranks"
    assert [t.text for t in tokens(text) if t.possessive] == ["Berg", "O'Neil", "voters", "NATO"]
