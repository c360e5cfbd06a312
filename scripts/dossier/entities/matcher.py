"""Stage 1 of extraction: find every gazetteer name in a paragraph by walking the trie.

Greedy longest match from left to right, so "North Korean" beats "Korean" and "The Washington
Post" beats "Washington". A match only spans words separated by spaces, hyphens, apostrophes or
an initial's full stop ("N. Korea", "U.S."): never a comma, a dash between clauses or a line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .gazetteer import CASE_ANY, CASE_CAP, CASE_UPPER, Alias, EntityIndex, TrieNode
from .text import Paragraph, Token

# Characters allowed between two words of one name.
_NAME_GAP = re.compile(
    r"[ \u00a0]{1,2}"  # "Kim Jong"
    r"|[-‐]"  # "Jong-Un" (a spaced dash separates clauses instead)
    r"|[ \u00a0]?[/&][ \u00a0]?"  # "RFE/RL", "AT&T"
    r"|['’]s?[ \u00a0]?"  # "O'Brien", "People's Republic", "Workers' Party"
    r"|\.[ \u00a0]?"  # "N. Korea", "U.S." (only after an initial: see name_gap_ok)
)
_DOMAIN_AFTER = re.compile(r"\.[a-z]{2,}")


@dataclass(frozen=True, slots=True)
class Match:
    """A run of tokens ``first..last`` (inclusive) naming one or more candidate entities.

    Several candidates share one match only for bare surnames ("Clinton": Hillary or Bill),
    which the article context settles later.
    """

    first: int
    last: int
    start: int
    end: int
    aliases: tuple[Alias, ...]

    @property
    def alias(self) -> Alias:
        return self.aliases[0]


def name_gap_ok(text: str, left: Token, right: Token) -> bool:
    """Whether two tokens can belong to one name: only name-internal characters between."""
    between = text[left.end : right.start]
    if between == " ":
        return True  # most pairs of words: a plain space, no regex needed
    if not _NAME_GAP.fullmatch(between):
        return False
    # A full stop only joins an initial to what follows: "N. Korea", "Donald J. Trump".
    return "." not in between or len(left.text) == 1


def match_paragraph(text: str, paragraph: Paragraph, index: EntityIndex) -> list[Match]:
    """All non-overlapping gazetteer matches in one paragraph, left to right."""
    tokens = paragraph.tokens
    starts = index.root.children
    matches: list[Match] = []
    following = 0  # the first token after the last match
    # Most words start no name, and most that do ("the", "new") start none here: they are
    # passed over without walking the trie.
    for i in [k for k, token in enumerate(tokens) if token.key in starts]:
        if i < following or not _may_match_at(tokens, i, starts[tokens[i].key]):
            continue
        found = _longest_at(text, tokens, i, index, shouting=paragraph.shouting)
        if found is not None:
            matches.append(found)
            following = found.last + 1
    return matches


def _may_match_at(tokens: tuple[Token, ...], i: int, node: TrieNode) -> bool:
    """Whether the word at ``i`` is a name, or the next word goes on down the trie."""
    return bool(node.aliases) or (i + 1 < len(tokens) and tokens[i + 1].key in node.children)


def _longest_at(
    text: str, tokens: tuple[Token, ...], i: int, index: EntityIndex, *, shouting: bool
) -> Match | None:
    node = index.root.children.get(tokens[i].key)
    best: Match | None = None
    j = i
    while node is not None:
        fitting = (
            tuple(a for a in node.aliases if _case_fits(a, tokens, i, shouting=shouting))
            if node.aliases
            else ()
        )
        if fitting:
            best = Match(i, j, tokens[i].start, _end_of(text, tokens[j], fitting[0]), fitting)
        if j + 1 >= len(tokens):
            break
        if not name_gap_ok(text, tokens[j], tokens[j + 1]):
            break
        j += 1
        node = node.children.get(tokens[j].key)
    if best is not None and _DOMAIN_AFTER.match(text, best.end):
        return None  # "Kremlin.ru" is a web address, not the Kremlin
    return best


def _case_fits(alias: Alias, tokens: tuple[Token, ...], i: int, *, shouting: bool) -> bool:
    for offset, rule in enumerate(alias.case):
        token = tokens[i + offset]
        if rule == CASE_UPPER:
            # In a line written in capitals "US" may be the pronoun: trust long acronyms only.
            if not token.upper or (shouting and len(alias.text.replace(".", "")) <= 3):
                return False
        elif rule == CASE_CAP and not (token.cap or token.text[0].isdigit()):
            return False
        elif rule == CASE_ANY:
            continue
    return True


def _end_of(text: str, last: Token, alias: Alias) -> int:
    """Include the final full stop of an abbreviation written with one ("U.S.")."""
    if alias.text.endswith(".") and len(last.text) == 1 and text[last.end : last.end + 1] == ".":
        return last.end + 1
    return last.end
