"""Turn a speaker mention into a name: pronouns, surnames and roles resolved in the article.

Why here and not in the rules: "he stated" or "Yermak said" only become useful in a quote index
once they read "Andriy Yermak". The article itself is the evidence: every name outside
quotations is recorded in reading order (:class:`PeopleIndex`), and a mention is resolved
against what came before it (then, failing that, after it).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from dossier.quotes.mentions import classify_name, name_chunks, tokens
from dossier.quotes.model import Mention
from dossier.quotes.patterns import HONORIFICS, PERSON_ROLES


@dataclass
class Person:
    """One person named in the article, with every form of the name seen so far."""

    name: str  # the longest form ("Andriy Yermak")
    surname: str  # lower case ("yermak")
    gender: str = ""
    titles: set[str] = field(default_factory=set)
    positions: list[int] = field(default_factory=list)  # offsets of every mention


@dataclass
class Speaker:
    """A resolved speaker: the name to show, its kind and how it was found."""

    name: str
    kind: str  # person | organisation | description
    how: str  # explicit | surname | pronoun | role


class PeopleIndex:
    """Every person and organisation named outside quotations, in reading order."""

    def __init__(self) -> None:
        self.people: dict[str, Person] = {}  # key: surname
        self.orgs: list[tuple[int, str]] = []
        # Who the text is about, sentence by sentence: (offset, surname key) of each sentence
        # subject and each resolved speaker. "he said" refers to the latest compatible one.
        self.topics: list[tuple[int, str]] = []

    def add_text(self, masked: str, start: int, end: int) -> None:
        """Record the names in ``masked[start:end]`` (quoted words are masked out)."""
        toks = tokens(masked, start, end)
        for i, j in name_chunks(toks, masked):
            mention = classify_name(toks[i:j])
            if mention.kind in {"person", "unknown"}:
                self.add_mention(mention)
            elif mention.kind == "organisation":
                self.orgs.append((mention.start, mention.name))

    def add_mention(self, mention: Mention) -> None:
        """Record a person mention; a lone unknown word only joins a known surname."""
        words = mention.name.split()
        if not words:
            return
        surname = words[-1].lower()
        person = self.people.get(surname)
        if person is None:
            if mention.kind != "person":
                return
            person = self.people[surname] = Person(mention.name, surname)
        if len(words) > len(person.name.split()):
            person.name = mention.name
        person.gender = person.gender or mention.gender
        person.titles.update(t.rstrip(".") for t in mention.titles)
        person.positions.append(mention.start)

    def add_topic(self, position: int, mention: Mention) -> None:
        """Record a sentence subject (a name, or a pronoun resolved through earlier topics)."""
        if mention.kind == "pronoun":
            if mention.name not in {"he", "she"}:
                return
            person = self.nearest_topic(position, mention.gender)
            if person is None:
                return
            if not person.gender:
                person.gender = mention.gender
        elif mention.kind in {"person", "unknown"} and mention.name:
            person = self.people.get(mention.name.split()[-1].lower())
            if person is None:
                return  # a lone capitalised word is too often a place or a company
        else:
            return
        self.topics.append((position, person.surname))

    def nearest_topic(self, before: int, gender: str) -> Person | None:
        """The latest sentence subject or speaker before ``before`` of a compatible gender."""
        best: tuple[int, Person] | None = None
        for position, key in self.topics:
            if position >= before or (best is not None and position <= best[0]):
                continue
            person = self.people[key]
            if not gender or not person.gender or person.gender == gender:
                best = (position, person)
        return best[1] if best else None

    def find_surname(self, surname: str) -> Person | None:
        return self.people.get(surname.lower())

    def learn_gender(self, name: str, gender: str) -> None:
        """A pronoun resolved to a person tells that person's gender for later pronouns."""
        person = self.people.get(name.split()[-1].lower()) if name else None
        if person is not None and gender and not person.gender:
            person.gender = gender

    def nearest_person(self, before: int, gender: str) -> Person | None:
        """The person mentioned last before ``before`` whose gender does not contradict."""
        best: tuple[int, Person] | None = None
        for person in self.people.values():
            if gender and person.gender and person.gender != gender:
                continue
            earlier = [p for p in person.positions if p < before]
            if earlier and (best is None or max(earlier) > best[0]):
                best = (max(earlier), person)
        return best[1] if best else None

    def person_with_role(self, role: str, before: int) -> Person | None:
        """The last person before ``before`` who carried the title ``role`` ("the president")."""
        best: tuple[int, Person] | None = None
        for person in self.people.values():
            if role not in person.titles:
                continue
            earlier = [p for p in person.positions if p < before] or person.positions[:1]
            if best is None or max(earlier) > best[0]:
                best = (max(earlier), person)
        return best[1] if best else None

    def nearest_org(self, before: int) -> str | None:
        earlier = [name for pos, name in self.orgs if pos < before]
        return earlier[-1] if earlier else None


def resolve(mention: Mention, index: PeopleIndex) -> Speaker | None:
    """Resolve a mention to a speaker name using the article's people index."""
    if mention.kind == "pronoun":
        return _resolve_pronoun(mention, index)
    if mention.kind == "organisation":
        return Speaker(mention.name, "organisation", "explicit")
    if mention.kind == "description":
        return _resolve_description(mention, index)
    words = mention.name.split()
    person = index.find_surname(words[-1]) if words else None
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
    """ "he"/"she": the latest compatible sentence subject or speaker, else the nearest person;
    "it": the latest organisation; "they"/"we": left unresolved (a group is not a speaker)."""
    if mention.name == "it":
        org = index.nearest_org(mention.start)
        return Speaker(org, "organisation", "pronoun") if org else None
    if mention.name not in {"he", "she"}:
        return None
    person = index.nearest_topic(mention.start, mention.gender)
    if person is None:
        person = index.nearest_person(mention.start, mention.gender)
    if person is None:
        return None
    index.learn_gender(person.name, mention.gender)
    return Speaker(person.name, "person", "pronoun")


def _resolve_description(mention: Mention, index: PeopleIndex) -> Speaker:
    """ "the president" -> the last person titled president; other descriptions stay as written."""
    words = mention.text.lower().split()
    if len(words) == 2 and words[0] == "the" and words[1] in PERSON_ROLES:
        person = index.person_with_role(words[1], mention.start)
        if person is not None:
            return Speaker(person.name, "person", "role")
    return Speaker(mention.text, "description", "explicit")
