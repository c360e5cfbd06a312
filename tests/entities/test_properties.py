"""Properties that hold for any text: offsets are exact, mentions never overlap, output is
deterministic."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from dossier.entities import EntityIndex, extract_entities

_INDEX = EntityIndex.builtin()
_WORDS = st.sampled_from(
    [
        "Putin",
        "Kim",
        "Jong",
        "Un",
        "NATO",
        "U.S.",
        "the",
        "said",
        "North",
        "Korean",
        "in",
        "Kyiv",
        "President",
        "Mark",
        "Rutte",
        ",",
        ".",
        "\n",
        "’s",
        "Jordan",
        "Jim",
        "and",
        "US",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(_WORDS, st.text(max_size=8)), max_size=40))
def test_offsets_and_no_overlap(parts: list[str]) -> None:
    text = " ".join(parts)
    found = extract_entities(text, _INDEX)
    end = -1
    for mention in found:
        assert text[mention.start : mention.end] == mention.surface
        assert mention.start >= end
        end = mention.end
    assert found == extract_entities(text, _INDEX)
