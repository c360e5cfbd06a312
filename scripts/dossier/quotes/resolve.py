"""Turn a speaker mention into a name: pronouns, surnames and roles resolved in the article.

Why here and not in the rules: "he stated" or "Yermak said" only become useful in a quote index
once they read "Andriy Yermak". The article itself is the evidence: every name outside
quotations is recorded in reading order (:class:`PeopleIndex`), and a mention is resolved
against what came before it (then, failing that, after it).

Several people may share a surname (Bill, Hillary and Chelsea Clinton): each is kept apart, with
their own gender, and a bare surname goes to the one named most recently.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from dossier.quotes.mentions import (
    DETERMINERS,
    PREPOSITIONS,
    Token,
    classify_name,
    name_chunks,
    tokens,
)
from dossier.quotes.model import Mention
from dossier.quotes.patterns import ADJECTIVAL_NAMES, HONORIFICS, PERSON_ROLES, ROLE_MODIFIERS

# How many recent sentence subjects and speakers a pronoun looks back through. Calibrated on
# invented articles: past eight topics (about three paragraphs of news prose) an antecedent is
# a guess, and the nearest compatible person is as good.
MAX_TOPICS_BACK = 8


@dataclass(eq=False)
class Person:
    """One person named in the article, with every form of the name seen so far."""

    name: str  # the longest form ("Andriy Yermak")
    surname: str  # lower case ("yermak")
    gender: str = ""
    titles: set[str] = field(default_factory=set)
    positions: list[int] = field(default_factory=list)  # offsets of every mention, ascending
    weak: bool = False  # a lone word only taken for a person because it spoke ("Teneo said")

    def last_before(self, position: int) -> int:
        """Offset of the last mention before ``position`` (-1 if none)."""
        i = bisect.bisect_left(self.positions, position)
        return self.positions[i - 1] if i else -1


@dataclass(frozen=True)
class Topic:
    """Who a sentence is about: its subject, or the speaker of a quotation."""

    position: int
    person: Person


@dataclass
class Speaker:
    """A resolved speaker: the name to show, its kind and how it was found."""

    name: str
    kind: str  # person | organisation | description
    how: str  # explicit | surname | pronoun | role


def _compatible(person: Person, gender: str) -> bool:
    return not gender or not person.gender or person.gender == gender


class PeopleIndex:
    """Every person and organisation named outside quotations, in reading order."""

    def __init__(self) -> None:
        self.by_surname: dict[str, list[Person]] = {}
        self.orgs: list[tuple[int, str]] = []
        # Sentence subjects and resolved speakers, sorted by offset: "he said" refers to a
        # recent compatible one.
        self.topics: list[Topic] = []

    @property
    def people(self) -> list[Person]:
        return [p for group in self.by_surname.values() for p in group]

    def add_text(self, masked: str, start: int, end: int) -> None:
        """Record the names in ``masked[start:end]`` (quoted words are masked out)."""
        toks = tokens(masked, start, end)
        for i, j in name_chunks(toks, masked):
            mention = classify_name(toks[i:j])
            if mention.kind in {"person", "unknown"}:
                person = self.add_mention(mention)
                if person is not None:
                    person.titles.update(roles_around(toks, i, j, masked, mention.start))
            elif mention.kind == "organisation":
                self.orgs.append((mention.start, mention.name))

    def add_mention(self, mention: Mention, weak: bool = False) -> Person | None:
        """Record a person mention; a lone unknown word only joins a known surname."""
        words = mention.name.split()
        if not words:
            return None
        surname = words[-1].lower()
        group = self.by_surname.setdefault(surname, [])
        person = _same_person(words, mention.gender, group, mention.start)
        if person is None:
            if mention.kind != "person":
                return None
            person = Person(mention.name, surname, weak=weak)
            group.append(person)
        elif len(words) > len(person.name.split()):
            person.name = mention.name
            person.weak = False
        person.gender = person.gender or mention.gender
        person.titles.update(t.rstrip(".") for t in mention.titles)
        bisect.insort(person.positions, mention.start)
        return person

    def add_topic(self, position: int, mention: Mention) -> None:
        """Record a sentence subject or speaker (a pronoun is resolved through earlier ones)."""
        person: Person | None
        if self._has_topic_at(position):
            return  # a speaker already resolved there; its sentence subject is the same words
        if mention.kind == "pronoun":
            if mention.name not in {"he", "she"}:
                return
            person = self.pronoun_antecedent(position, mention.gender)
            if person is None:
                return
            person.gender = person.gender or mention.gender
        elif mention.kind in {"person", "unknown"} and mention.name:
            person = self.find_surname(mention.name, position, mention.gender)
            if person is None:
                return  # a lone capitalised word is too often a place or a company
        else:
            return
        bisect.insort(self.topics, Topic(position, person), key=lambda t: t.position)

    def _has_topic_at(self, position: int) -> bool:
        i = bisect.bisect_left(self.topics, position, key=lambda t: t.position)
        return i < len(self.topics) and self.topics[i].position == position

    def pronoun_antecedent(self, before: int, gender: str) -> Person | None:
        """The person "he"/"she" at ``before`` refers to, from the recent topics.

        The latest compatible topic, passing over a lone-word "person" (often a company that
        "said") when someone of the right gender is also in reach. Preferring the last
        *speaker* over a later sentence subject was tried and lost: "Tim Kaine said he was
        concerned. “…,” he said" is about the subject, whoever was quoted before.
        """
        end = bisect.bisect_left(self.topics, before, key=lambda t: t.position)
        recent = [
            t
            for t in reversed(self.topics[max(0, end - MAX_TOPICS_BACK) : end])
            if _compatible(t.person, gender)
        ]
        if not recent:
            return None
        first = recent[0].person
        if first.weak:
            exact = next(
                (t.person for t in recent if _fits(t.person, gender) and not t.person.weak), None
            )
            return exact or first
        return first

    def find_surname(self, name: str, before: int, gender: str = "") -> Person | None:
        """The person a name or surname stands for: the one with these names named last."""
        words = name.split()
        group = self.by_surname.get(words[-1].lower(), []) if words else []
        return _same_person(words, gender, group, before)

    def nearest_person(self, before: int, gender: str) -> Person | None:
        """The person mentioned last before ``before`` whose gender does not contradict."""
        best: tuple[int, Person] | None = None
        for person in self.people:
            if not _compatible(person, gender):
                continue
            last = person.last_before(before)
            if last >= 0 and (best is None or last > best[0]):
                best = (last, person)
        return best[1] if best else None

    def person_with_role(
        self, role: str, before: int, gender: str = "", sides: frozenset[str] = frozenset()
    ) -> Person | None:
        """The last person before ``before`` who carried the title ``role`` ("the president").

        ``sides`` are party or nationality words of the description ("the Democratic
        nominee"): a person known to be on another side is not the one meant.
        """
        best: tuple[int, Person] | None = None
        for person in self.people:
            if role not in person.titles or not _compatible(person, gender):
                continue
            known_sides = person.titles & ADJECTIVAL_NAMES
            if sides and known_sides and not sides & known_sides:
                continue
            last = person.last_before(before)
            if last < 0:
                last = -1 - person.positions[0]  # named only later: the first such mention
            if best is None or last > best[0]:
                best = (last, person)
        return best[1] if best else None

    def nearest_org(self, before: int) -> str | None:
        earlier = [name for pos, name in self.orgs if pos < before]
        return earlier[-1] if earlier else None


def _fits(person: Person, gender: str) -> bool:
    """Gender known on both sides and equal (or no gender asked for)."""
    return not gender or person.gender == gender


def _same_person(words: list[str], gender: str, group: list[Person], at: int) -> Person | None:
    """Which of the people sharing a surname ``words`` names, if any.

    A full name matches on its first word ("Hillary Clinton" is not "Bill Clinton"), or
    completes someone so far known by surname only. A bare surname goes to the compatible
    person named last before ``at`` (or, if none yet, the first named after it).
    """
    if not group or not words:
        return None
    if len(words) > 1:
        first = words[0].lower().rstrip(".")
        for person in group:
            known = person.name.split()
            if len(known) > 1 and known[0].lower().rstrip(".") == first:
                return person
        return next((p for p in group if len(p.name.split()) == 1), None)
    fitting = [p for p in group if _compatible(p, gender)] or group
    return max(fitting, key=lambda p: (p.last_before(at), -p.positions[0] if p.positions else 0))


def resolve(mention: Mention, index: PeopleIndex) -> Speaker | None:
    """Resolve a mention to a speaker name using the article's people index."""
    if mention.kind == "pronoun":
        return _resolve_pronoun(mention, index)
    if mention.kind == "organisation":
        return Speaker(mention.name, "organisation", "explicit")
    if mention.kind == "description":
        return _resolve_description(mention, index)
    words = mention.name.split()
    person = index.find_surname(mention.name, mention.start, mention.gender) if words else None
    longer = person is not None and len(person.name.split()) > len(words)
    if person is not None and longer and _first_names_agree(words, person.name.split()):
        return Speaker(person.name, "person", "surname")
    if len(words) == 1 and mention.titles:
        title = next((t for t in mention.titles if t.rstrip(".") in HONORIFICS), "")
        shown = f"{title.capitalize()} {mention.name}" if title.endswith(".") else mention.name
        return Speaker(shown, "person", "explicit")
    return Speaker(mention.name, "person", "explicit")


def _first_names_agree(short: list[str], full: list[str]) -> bool:
    """ "Clinton" fits "Hillary Clinton"; "Bill Clinton" does not."""
    return len(short) == 1 or short[0].lower() == full[0].lower()


def _resolve_pronoun(mention: Mention, index: PeopleIndex) -> Speaker | None:
    """ "he"/"she": a recent compatible speaker or sentence subject, else the nearest person;
    "it": the latest organisation; "they"/"we": left unresolved (a group is not a speaker)."""
    if mention.name == "it":
        org = index.nearest_org(mention.start)
        return Speaker(org, "organisation", "pronoun") if org else None
    if mention.name not in {"he", "she", "him", "her"}:
        return None  # "quoted him as saying" reads as "he said"
    person = index.pronoun_antecedent(mention.start, mention.gender)
    if person is None:
        person = index.nearest_person(mention.start, mention.gender)
    if person is None:
        return None
    person.gender = person.gender or mention.gender
    return Speaker(person.name, "person", "pronoun")


def _resolve_description(mention: Mention, index: PeopleIndex) -> Speaker:
    """ "the president", "the Republican nominee" -> the last person with that role.

    Only a definite description of one role noun (with party, nationality or rank words before
    it) is resolved: "a spokesman" or "the company" stay as written, since they name someone
    the article need not have named.
    """
    role = role_of_description(mention.text)
    if role:
        sides = frozenset(mention.text.lower().split()) & ADJECTIVAL_NAMES
        person = index.person_with_role(role, mention.start, mention.gender, sides)
        if person is not None:
            return Speaker(person.name, "person", "role")
    return Speaker(mention.text, "description", "explicit")


# How many words before a name may carry its role ("Democratic presidential nominee Hillary
# Clinton") and how far into an appositive the role noun may sit ("Donald Trump, the
# Republican presidential nominee,"). Calibrated on invented sentences.
MAX_ROLE_WORDS_BEFORE = 4
MAX_APPOSITIVE_ROLE_WORDS = 5


def roles_around(toks: list[Token], i: int, j: int, text: str, name_start: int) -> set[str]:
    """Role and side words said of the name ``toks[i:j]``, to resolve "the nominee" later.

    Read before the name (lower-case roles, party words glued to the name) and in an
    appositive right after it (", the Republican nominee,", ", Clinton's running mate,").
    """
    roles = {t.lower for t in toks[i:j] if t.start < name_start and t.lower in ADJECTIVAL_NAMES}
    k = i - 1
    while (
        k >= 0 and i - k <= MAX_ROLE_WORDS_BEFORE and text[toks[k].end : toks[k + 1].start] == " "
    ):
        word = toks[k].lower
        if word in PERSON_ROLES or word in ROLE_MODIFIERS:
            roles.add(word)
        else:
            break
        k -= 1
    if j < len(toks) and "," in text[toks[j - 1].end : toks[j].start]:
        lead = toks[j]
        if lead.lower in DETERMINERS or lead.possessive:
            for tok in toks[j + 1 : j + 1 + MAX_APPOSITIVE_ROLE_WORDS]:
                if tok.lower in PREPOSITIONS or "," in text[lead.end : tok.start]:
                    break
                if tok.lower in ROLE_MODIFIERS:
                    roles.add(tok.lower)  # "former" is both: read as a modifier here
                elif tok.lower in PERSON_ROLES:
                    roles.add(tok.lower)
                    break
    return roles


def role_of_description(text: str) -> str:
    """ "the Republican nominee" -> "nominee"; "" when the words are not "the [modifiers] role"."""
    words = text.lower().split()
    if "of" in words[2:]:
        words = words[: words.index("of", 2)]  # "the secretary of state": the role is first
    if len(words) < 2 or words[0] != "the" or words[-1] not in PERSON_ROLES:
        return ""
    if all(w in ROLE_MODIFIERS for w in words[1:-1]):
        return words[-1]
    return ""
