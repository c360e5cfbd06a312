"""The tokenizer reads each word once, at its exact offsets, with the facts the rules use."""

from __future__ import annotations

import re

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
