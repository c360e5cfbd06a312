"""Merging the same statement across outlets: variants, inheritance, guards, order, scale."""

from __future__ import annotations

import random
import time

from dossier.quotes.merge import (
    ReportedQuote,
    candidate_pairs,
    merge_quotes,
    normalise,
    same_statement,
)


def rq(
    text: str,
    article: str,
    speaker: str | None = None,
    date: str | None = None,
    outlet: str | None = None,
) -> ReportedQuote:
    return ReportedQuote(
        text, article, outlet=outlet or f"Outlet {article}", date=date, speaker=speaker
    )


def test_punctuation_and_case_do_not_matter() -> None:
    entries = merge_quotes(
        [
            rq("“We will never give up,” ", "a", "Anna Berg", "2024-01-02"),
            rq("we will never give up.", "b", "Berg", "2024-01-01"),
        ]
    )
    assert len(entries) == 1
    assert entries[0].speaker == "Anna Berg"
    assert entries[0].first_reported == "2024-01-01"
    assert [r.article for r in entries[0].reports] == ["b", "a"]


def test_truncated_and_ellipsed_wording_merges() -> None:
    full = "The bridge will be rebuilt by spring and the road reopened before the summer."
    entries = merge_quotes(
        [
            rq(full, "a", "Anna Berg"),
            rq("The bridge will be rebuilt by spring …", "b", "Anna Berg"),
        ]
    )
    assert len(entries) == 1
    assert set(entries[0].variants) == {full, "The bridge will be rebuilt by spring …"}


def test_different_statements_by_one_speaker_stay_apart() -> None:
    entries = merge_quotes(
        [
            rq("This is our business.", "a", "Vladimir Putin"),
            rq("What we do within this framework is our business.", "b", "Vladimir Putin"),
        ]
    )
    assert len(entries) == 2


def test_negation_blocks_a_merge() -> None:
    assert (
        same_statement(
            normalise("We will accept the offer on the table"),
            normalise("We will not accept the offer on the table"),
        )
        == 0.0
    )


def test_different_speakers_never_merge() -> None:
    entries = merge_quotes(
        [
            rq("We are ready to talk at any time.", "a", "Anna Berg"),
            rq("We are ready to talk at any time.", "b", "Peter Holm"),
        ]
    )
    assert len(entries) == 2


def test_speakerless_quote_inherits_and_names_the_outlet() -> None:
    entries = merge_quotes(
        [
            rq("The ceasefire is holding in most areas of the region.", "agg"),
            rq(
                "The ceasefire is holding in most areas of the region",
                "a",
                "Anna Berg",
                "2024-03-01",
                "Daily Example",
            ),
        ]
    )
    (entry,) = entries
    inherited = next(r for r in entry.reports if r.article == "agg")
    assert inherited.speaker == "Anna Berg"
    assert inherited.speaker_inherited
    assert inherited.speaker_via == "Daily Example"
    own = next(r for r in entry.reports if r.article == "a")
    assert not own.speaker_inherited and own.speaker_via is None


def test_speakerless_quote_with_no_match_stays_without_speaker() -> None:
    (entry,) = merge_quotes([rq("A sentence that nobody else reported at all.", "agg")])
    assert entry.speaker is None
    assert not entry.reports[0].speaker_inherited


def test_output_order_is_deterministic() -> None:
    quotes = [
        rq(
            f"Statement number {n} about the harbour project.",
            str(n),
            "Anna Berg",
            f"2024-01-{n % 28 + 1:02d}",
        )
        for n in range(30)
    ]
    shuffled = quotes[:]
    random.Random(4).shuffle(shuffled)
    assert merge_quotes(quotes) == merge_quotes(shuffled)


def test_blocking_is_not_all_pairs() -> None:
    rng = random.Random(7)
    vocabulary = [f"w{n}" for n in range(3000)]
    norms = [" ".join(rng.choices(vocabulary, k=12)) for _ in range(5000)]
    pairs = candidate_pairs(norms)
    assert len(pairs) < 5000  # all pairs would be 12.5 million


def test_ten_thousand_quotes_merge_quickly() -> None:
    rng = random.Random(11)
    vocabulary = [f"word{n}" for n in range(5000)]
    quotes = []
    for n in range(5000):
        words = rng.choices(vocabulary, k=15)
        quotes.append(rq(" ".join(words), f"a{n}", f"Speaker {n % 50}"))
        quotes.append(rq(" ".join(words[:10]) + " …", f"b{n}", None))
    started = time.perf_counter()
    entries = merge_quotes(quotes)
    assert time.perf_counter() - started < 30
    assert len(entries) == 5000
