"""Find the people, organisations and countries an article names, merged across spellings.

One pass per paragraph, in four stages:

1. gazetteer matches (``matcher``), longest first;
2. guards drop matches that are parts of other names or places ("Jim Jordan", "a visit to
   Pyongyang", "Georgia" in US news);
3. rules find organisations and people nobody listed (``rules``);
4. bare surnames ("Rutte", "Lankov") resolve to a person the article names in full.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz

from .data.words import PLACE_FOLLOWERS, PLACE_PREPOSITIONS, TITLES
from .gazetteer import EntityIndex
from .keys import name_key, slugify
from .matcher import Match, match_paragraph, name_gap_ok
from .model import Entity, Kind, Mention
from .rules import Found, find_organisations, find_people, is_common_word
from .text import Paragraph, Token, paragraphs

# A discovered name this similar to a known person's (after key folding) is that person:
# "Volodymyr Zelenskyi" -> Volodymyr Zelenskyy. 90 keeps "Kim Jong Il" apart from "Kim Jong Un"
# (ratio 83) and one-letter transliteration variants together (ratio >= 94 for names of 15+
# letters).
FUZZY_PERSON_MIN = 90


@dataclass(slots=True)
class _Article:
    """What one extraction knows about the whole article while it runs."""

    text: str
    index: EntityIndex
    present: frozenset[str]
    lower_words: frozenset[str]
    keys: frozenset[str]


@dataclass(slots=True)
class _Pending:
    """A bare surname waiting for the article to say whom it means."""

    paragraph: Paragraph
    position: int
    candidates: tuple[str, ...]  # entity ids; empty means any person of the article
    titled: bool
    fallback: Mention | None = None  # what it was matched as, if no person claims it


def extract_entities(
    text: str, index: EntityIndex, *, present: Iterable[str] = ()
) -> list[Mention]:
    """Every mention of a person, organisation or country in ``text``, in text order.

    ``present`` lists entity ids known to be in the article from elsewhere (an aggregator
    page's lists of persons, the dossier's front matter): their bare surnames then resolve
    even when the article never names them in full.
    """
    paras = paragraphs(text)
    article = _Article(
        text=text,
        index=index,
        present=frozenset(present),
        lower_words=frozenset({t.key for p in paras for t in p.tokens if not t.cap}),
        keys=frozenset({t.key for p in paras for t in p.tokens}),
    )
    mentions: list[Mention] = []
    pending: list[_Pending] = []
    for para in paras:
        found, waiting = _paragraph_mentions(article, para)
        mentions.extend(found)
        pending.extend(waiting)
    mentions.extend(_resolve_surnames(article, mentions, pending))
    mentions.sort(key=lambda m: (m.start, m.end))
    return mentions


def count_entities(mentions: Iterable[Mention]) -> Counter[str]:
    """How many times each entity id is mentioned."""
    return Counter(m.entity_id for m in mentions)


def _paragraph_mentions(article: _Article, para: Paragraph) -> tuple[list[Mention], list[_Pending]]:
    text, index = article.text, article.index
    matches = match_paragraph(text, para, index)
    kept: list[Match] = []
    pending: list[_Pending] = []
    for match in matches:
        if match.alias.context_only:
            pending.append(
                _Pending(
                    para,
                    match.first,
                    tuple(a.entity_id for a in match.aliases),
                    titled=_titled(para.tokens, match.first),
                )
            )
        elif _passes_guards(article, para, match, matches):
            kept.append(match)
    kinds: dict[int, str] = {}
    for match in kept:
        entity = index.get(match.alias.entity_id)
        for k in range(match.first, match.last + 1):
            kinds[k] = entity.kind if entity else "organisation"
    found = find_organisations(text, para, kinds, article.lower_words)
    kept = [m for m in kept if not any(f.first <= m.first <= f.last for f in found)]
    covered = {k for m in kept for k in range(m.first, m.last + 1)}
    covered |= {k for f in found for k in range(f.first, f.last + 1)}
    found += find_people(text, para, covered, article.lower_words)
    claimed = {k for f in found for k in range(f.first, f.last + 1)}
    pending = [p for p in pending if p.position not in claimed]
    mentions = [_match_mention(article, para, m) for m in kept]
    for item in found:
        mention = _found_mention(article, para, item)
        if mention is not None:
            mentions.append(mention)
    covered = claimed | {k for m in kept for k in range(m.first, m.last + 1)}
    pending += _surname_candidates(article, para, covered, kept, mentions)
    return mentions, pending


def _passes_guards(article: _Article, para: Paragraph, match: Match, all_: list[Match]) -> bool:
    alias, tokens = match.alias, para.tokens
    if alias.needs_context and not any(
        all(word in article.keys for word in key.split()) for key in alias.needs_context
    ):
        return False
    if alias.capital and _used_as_place(article.text, tokens, match):
        return False
    if para.headline or not (alias.ambiguous or alias.form == "short"):
        return True
    matched = {k for m in all_ if m is not match for k in range(m.first, m.last + 1)}
    if _unknown_neighbour(article, para, match.first - 1, match.first, matched):
        return False
    if alias.form == "short" or tokens[match.last].possessive:
        return True
    return not _unknown_neighbour(article, para, match.last + 1, match.last, matched)


def _used_as_place(text: str, tokens: tuple[Token, ...], match: Match) -> bool:
    """ "an attack on Kyiv", "the Moscow region", "London-based": the city, not the state."""
    before = tokens[match.first - 1] if match.first > 0 else None
    after = tokens[match.last + 1] if match.last + 1 < len(tokens) else None
    if before is not None and not before.cap and before.key in PLACE_PREPOSITIONS:
        return True
    if after is None or after.cap or tokens[match.last].possessive:
        return False
    return after.key in PLACE_FOLLOWERS and name_gap_ok(text, tokens[match.last], after)


def _unknown_neighbour(
    article: _Article, para: Paragraph, k: int, own: int, matched: set[int]
) -> bool:
    """Whether token ``k`` is an unknown capitalised word joined to token ``own``."""
    tokens = para.tokens
    if not 0 <= k < len(tokens) or k in matched:
        return False
    neighbour = tokens[k]
    left, right = (neighbour, tokens[own]) if k < own else (tokens[own], neighbour)
    if not neighbour.cap or not neighbour.text.isalpha() or left.possessive:
        return False
    if not name_gap_ok(article.text, left, right):
        return False
    return neighbour.key not in TITLES and not is_common_word(neighbour, article.lower_words)


def _titled(tokens: tuple[Token, ...], position: int) -> bool:
    return position > 0 and tokens[position - 1].key in TITLES and tokens[position - 1].cap


def _match_mention(article: _Article, para: Paragraph, match: Match) -> Mention:
    alias = match.alias
    entity = article.index.get(alias.entity_id)
    assert entity is not None  # the trie only holds aliases of indexed entities
    return Mention(
        entity_id=entity.id,
        surface=article.text[match.start : match.end],
        start=match.start,
        end=match.end,
        paragraph=para.index,
        kind=entity.kind,
        name=entity.name,
        form=alias.form,
        known=entity.known,
    )


def _found_mention(article: _Article, para: Paragraph, item: Found) -> Mention | None:
    kind: Kind = "person" if item.kind == "person" else "organisation"
    if article.index.is_ignored(item.name):
        return None
    entity = resolve_discovered(item.name, kind, article.index)
    start, end = para.tokens[item.first].start, para.tokens[item.last].end
    return Mention(
        entity_id=entity.id,
        surface=article.text[start:end],
        start=start,
        end=end,
        paragraph=para.index,
        kind=kind,
        name=entity.name,
        form="name",
        known=entity.known,
    )


def resolve_discovered(name: str, kind: Kind, index: EntityIndex) -> Entity:
    """The entity a name found by rule (or given in a list) stands for.

    A known spelling gives the known entity; for people, a close spelling of a known person's
    full name (compared only within the block of names sharing the surname's first letter)
    too; anything else becomes a new entity keyed by its own name.
    """
    known = index.lookup(name, kind)
    if known is not None:
        return known
    key = name_key(name)
    parts = key.split()
    if kind == "person" and len(parts) >= 2:
        for candidate_key, entity_id in index.person_blocks(parts[-1]):
            if len(candidate_key.split()) != len(parts) or candidate_key[0] != key[0]:
                continue
            if fuzz.ratio(key, candidate_key) >= FUZZY_PERSON_MIN:
                entity = index.get(entity_id)
                if entity is not None:
                    return entity
    return Entity(id=slugify(name), name=name, kind=kind, known=False)


def _surname_candidates(
    article: _Article,
    para: Paragraph,
    covered: set[int],
    kept: list[Match],
    mentions: list[Mention],
) -> list[_Pending]:
    """Single capitalised words that may be a surname of someone the article names in full.

    Gazetteer matches of one ambiguous word ("Jordan") are candidates too: if the article names
    a "Jim Jordan", the bare word is him, not the country.
    """
    result: list[_Pending] = []
    by_start = {m.start: m for m in mentions}
    for k in para.capitals:
        token = para.tokens[k]
        if k in covered or not token.text.isalpha():
            continue
        if token.upper and len(token.text) > 1:
            continue
        if is_common_word(token, article.lower_words):
            continue
        result.append(_Pending(para, k, (), titled=_titled(para.tokens, k)))
    for match in kept:
        if match.first == match.last and match.alias.ambiguous:
            result.append(
                _Pending(para, match.first, (), titled=False, fallback=by_start.get(match.start))
            )
    return result


def _resolve_surnames(
    article: _Article, mentions: list[Mention], pending: list[_Pending]
) -> list[Mention]:
    """Turn pending bare surnames into mentions of the article's people, nearest first."""
    people: dict[str, list[Mention]] = {}
    for mention in mentions:
        if mention.kind == "person" and mention.form == "name":
            people.setdefault(name_key(mention.name).split()[-1], []).append(mention)
    named_ids = {m.entity_id for group in people.values() for m in group}
    result: list[Mention] = []
    for item in pending:
        token = item.paragraph.tokens[item.position]
        person = _person_for(article, item, token, people, named_ids)
        if person is None:
            continue
        if item.fallback is not None:
            mentions.remove(item.fallback)
        result.append(
            Mention(
                entity_id=person.id,
                surface=token.text,
                start=token.start,
                end=token.end,
                paragraph=item.paragraph.index,
                kind="person",
                name=person.name,
                form="short",
                known=person.known,
            )
        )
    return result


def _person_for(
    article: _Article,
    item: _Pending,
    token: Token,
    people: dict[str, list[Mention]],
    named_ids: set[str],
) -> Entity | None:
    group = people.get(token.key, [])
    if item.candidates:
        group = [m for m in group if m.entity_id in item.candidates]
        chosen = [c for c in item.candidates if c in named_ids or c in article.present]
        if not group and (len(chosen) == 1 or (item.titled and len(item.candidates) == 1)):
            return article.index.get(chosen[0] if chosen else item.candidates[0])
    if not group:
        return None
    before = [m for m in group if m.start < token.start]
    mention = before[-1] if before else group[0]
    index_entity = article.index.get(mention.entity_id)
    if index_entity is not None:
        return index_entity
    return Entity(id=mention.entity_id, name=mention.name, kind="person", known=False)
