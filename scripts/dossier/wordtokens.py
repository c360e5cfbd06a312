"""What the entity and quote tokenizers share: the tricks that read words fast, apostrophes.

Tokenizing is the hottest loop of a build (every word of every article, once for entities and
once for quotes), so both tokenizers use the same three tricks, kept here once:

- :func:`gaps_and_words` splits a line with the regex engine, and the caller derives every
  word's offsets from the lengths of the pieces instead of building a match object per word;
- :data:`new_token` builds a ``NamedTuple`` token without the extra Python call its own
  ``__new__`` costs;
- :data:`per_word` caches what a token derives from its word alone (a key, its capitals),
  since an article repeats its words and a dossier its vocabulary.

The two tokenizers cut words differently (the entity one at apostrophes, the quote one keeps
"O'Neil" whole), so each keeps its own pattern and possessive rule, written inline where it
runs once per word: a shared helper, a Python call per word, cost the quote tokenizer 2% more
instructions (callgrind, 300 generated articles). They agree on which characters are apostrophes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

# The straight and the typographic apostrophe: "NATO's", "NATO’s", "officials’ ".
APOSTROPHES = frozenset("'’")

# ``new_token(Token, (field, ...))`` is ``Token(field, ...)``: a NamedTuple's own ``__new__``
# is a Python function, one call more per word.
new_token = tuple.__new__

# Distinct words whose derived fields are kept: an article has about a thousand, a dossier's
# vocabulary a few tens of thousands (measured on generated dossiers of 2,000 articles).
WORDS_CACHED = 1 << 16
per_word = lru_cache(maxsize=WORDS_CACHED)


def gaps_and_words(words: re.Pattern[str], line: str) -> Iterator[tuple[str, str]]:
    """``(gap, word)`` for each match of ``words`` in ``line``, ``gap`` being the text before it.

    ``words`` must capture the whole word, so that ``split`` keeps the words: the regex engine
    cuts the line into gap, word, gap, word, …, gap. The caller keeps a running offset (a
    word starts ``len(gap)`` after the previous one ended), which costs less than a match
    object per word or the offsets computed here and handed back.
    """
    parts = words.split(line)
    return zip(parts[:-1:2], parts[1::2], strict=True)
