"""Property tests: any text, any quotation marks, no crash and offsets that make sense."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from dossier.quotes import extract_quotes

ALPHABET = st.sampled_from([*list("abc XYZ.,:;\n\n“”\"‘’'-—"), "he said", "Anna Berg", "said"])


@settings(max_examples=300, deadline=None)
@given(st.lists(ALPHABET, max_size=80).map("".join))
def test_spans_are_ordered_and_inside_the_text(text: str) -> None:
    for quote in extract_quotes(text):
        assert quote.spans
        for start, end in quote.spans:
            assert 0 <= start < end <= len(text)
        assert quote.spans == sorted(quote.spans)
        assert quote.text == " ".join(text[s:e] for s, e in quote.spans)
        assert quote.paragraph >= 0
