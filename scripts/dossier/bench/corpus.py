"""A deterministic raw corpus: N copied news pages across D dossiers, with a sidecar each.

Each page looks like what a curator pastes in: breadcrumbs, a byline with a date (or none, and
the sidecar gives it), photo credits, "Others are reading now", 400–1,200 words of body with
subheadings, quotes by the dossier's recurring speakers (the same statement carried by several
outlets, sometimes in other words), people, organisations and countries, share prompts, a
"Latest Posts" list with dates and a footer. A few pages are wire copy republished by a second
outlet. The same seed always gives the same bytes, so runs compare.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from . import vocabulary as v

MIN_WORDS, MAX_WORDS = 400, 1200  # body length of a news article, calibrated on the seeds
REPUBLISHED_SHARE = 0.04  # wire copy carried by a second outlet
DATED_IN_TEXT_SHARE = 0.7  # the rest get their date (and outlet) from the sidecar
VARIANT_SHARE = 0.35  # a report that words a statement differently
SWAPS = {"will": "would", "must": "should", "our": "the", "not": "never", "very": "really"}


@dataclass(frozen=True)
class CorpusSpec:
    """How big a corpus to write, and from which seed."""

    articles: int = 2000
    dossiers: int = 20
    seed: int = 20240601


@dataclass
class Speaker:
    name: str
    role: str
    statements: list[str] = field(default_factory=list)

    @property
    def surname(self) -> str:
        return self.name.split()[-1]


@dataclass
class Story:
    """One dossier's cast: its outlets, speakers and dates."""

    slug: str
    title: str
    start: dt.date
    days: int
    outlets: list[str]
    speakers: list[Speaker]
    places: list[str]
    bodies: list[tuple[str, list[str]]] = field(default_factory=list)  # (title, paragraphs)


@dataclass
class Corpus:
    """Where the raw pages went and what they hold."""

    raw: Path
    articles: int
    dossiers: int
    words: int
    quotes: int
    bytes: int


def _name(rng: random.Random, syllables: int) -> str:
    return "".join(rng.choice(v.SYLLABLES) for _ in range(syllables)).capitalize()


def _sentence(rng: random.Random, story: Story) -> str:
    speaker = rng.choice(story.speakers)
    templates = (
        "{Org} {verb} the {adj} {noun} on {day}, officials in {place} said.",
        "The {noun} in {place} {verb} the {adj} {noun2} after {country} {verb2} its {noun3}.",
        "{Name}, {role}, {verb} the {noun} and {verb2} new {noun2} with {country}.",
        "Analysts in {country} said the {adj} {noun} could shift the {noun2} within weeks.",
        "{Surname} met {org} envoys in {place} as {country} {verb} the {noun}.",
        "More than {n} {noun} were reported near {place}, according to {org}.",
        "{Country} and {country2} {verb} a {adj} {noun} on the {noun2} in {place}.",
    )
    template = rng.choice(templates)
    org = rng.choice(v.ORGANISATIONS)
    return template.format(
        Org=org[0].upper() + org[1:],
        org=org,
        verb=rng.choice(v.VERBS),
        verb2=rng.choice(v.VERBS),
        adj=rng.choice(v.ADJECTIVES),
        noun=rng.choice(v.NOUNS),
        noun2=rng.choice(v.NOUNS),
        noun3=rng.choice(v.NOUNS),
        day=rng.choice(("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")),
        place=rng.choice(story.places),
        country=rng.choice(v.COUNTRIES),
        country2=rng.choice(v.COUNTRIES),
        Country=rng.choice(v.COUNTRIES),
        Name=speaker.name,
        Surname=speaker.surname,
        role=speaker.role,
        n=rng.randrange(20, 5000),
    )


def _statement(rng: random.Random, story: Story) -> str:
    words = [rng.choice(("We", "Our", "This", "The")), rng.choice(v.NOUNS)]
    words += [rng.choice(("will", "must", "cannot", "should"))]
    for _ in range(rng.randint(6, 20)):
        words.append(rng.choice(v.NOUNS + v.ADJECTIVES + v.VERBS + ("not", "our", "very")))
    if rng.random() < 0.3:
        words += ["in", rng.choice(story.places)]
    return " ".join(words)


def _variant(rng: random.Random, statement: str) -> str:
    """Another outlet's wording: a swapped word, or one dropped."""
    words = statement.split()
    swappable = [i for i, w in enumerate(words) if w in SWAPS]
    if swappable and rng.random() < 0.5:
        i = rng.choice(swappable)
        words[i] = SWAPS[words[i]]
    elif len(words) > 8:
        del words[rng.randrange(3, len(words))]
    return " ".join(words)


def _quote_paragraph(rng: random.Random, speaker: Speaker, text: str, first: bool) -> str:
    who = speaker.name if first else speaker.surname
    forms = (
        f"“{text},” {who} said.",
        f"{speaker.name}, {speaker.role}, said: “{text}.”",
        f"“{text},” said {who}, speaking to reporters.",
        f"{who} told a news conference: “{text}.”",
    )
    return rng.choice(forms)


def _story(rng: random.Random, number: int, outlets: list[str]) -> Story:
    topic = rng.choice(v.TOPICS)
    place = _name(rng, 3)
    speakers = [
        Speaker(f"{rng.choice(v.FIRST_NAMES)} {_name(rng, rng.randint(2, 3))}", rng.choice(v.ROLES))
        for _ in range(rng.randint(6, 10))
    ]
    story = Story(
        slug=f"story-{number:03d}-{topic.replace(' ', '-')}-in-{place.lower()}",
        title=f"{topic.capitalize()} in {place}",
        start=dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(0, 500)),
        days=rng.randint(30, 200),
        outlets=rng.sample(outlets, rng.randint(8, 15)),
        speakers=speakers,
        places=[place, *(_name(rng, rng.randint(2, 3)) for _ in range(6))],
    )
    for speaker in speakers:
        speaker.statements = [_statement(rng, story) for _ in range(rng.randint(8, 16))]
    return story


def _body(rng: random.Random, story: Story) -> tuple[str, list[str], int]:
    """(title, paragraphs, quotes) of a fresh article, subheadings as short lines."""
    lead = rng.choice(story.speakers)
    verb, adjective, noun = rng.choice(v.VERBS), rng.choice(v.ADJECTIVES), rng.choice(v.NOUNS)
    trend = rng.choice(("deepen", "widen", "stall", "continue"))
    title = f"{lead.surname} {verb} {adjective} {noun} as {story.title.lower()} {trend}"
    target = rng.randint(MIN_WORDS, MAX_WORDS)
    quoting = rng.sample(story.speakers, min(len(story.speakers), rng.randint(2, 5)))
    quote_slots = rng.randint(3, 7)
    paragraphs: list[str] = []
    named: set[str] = set()
    words = quotes = 0
    while words < target:
        if quote_slots and rng.random() < 0.35:
            speaker = rng.choice(quoting)
            text = rng.choice(speaker.statements)
            if rng.random() < VARIANT_SHARE:
                text = _variant(rng, text)
            paragraph = _quote_paragraph(rng, speaker, text, speaker.name not in named)
            named.add(speaker.name)
            quote_slots -= 1
            quotes += 1
        elif paragraphs and rng.random() < 0.08:
            paragraph = f"{rng.choice(v.ADJECTIVES).capitalize()} {rng.choice(v.NOUNS)} ahead"
        else:
            paragraph = " ".join(_sentence(rng, story) for _ in range(rng.randint(2, 4)))
        paragraphs.append(paragraph)
        words += len(paragraph.split())
    return title, paragraphs, quotes


def _long_date(day: dt.date) -> str:
    return f"{day:%B} {day.day}, {day.year}"


def _page(
    rng: random.Random, story: Story, title: str, paragraphs: list[str], meta: dict[str, str]
) -> str:
    """The copied page: furniture around the article, as in the seeds."""
    outlet, day = meta["source"], dt.date.fromisoformat(meta["date"])
    lines = [f"Home › {rng.choice(v.SECTIONS)} › {story.title}", title]
    if meta.get("dated_in_text"):
        lines.append(f"By {meta['author']} | Published {_long_date(day)}")
    lines += [
        f"{rng.choice(story.speakers).name} in {rng.choice(story.places)}",
        f"Photo: {outlet} / {rng.choice(v.FIRST_NAMES)} {_name(rng, 2)}",
        "Others are reading now",
    ]
    for number, paragraph in enumerate(paragraphs):
        lines.append(paragraph)
        if number == 3:
            lines.append(f"Also read: {rng.choice(v.UNRELATED_HEADLINES)}")
    lines += [
        f"This article was published on {outlet}. Thanks for reading!"
        "Share on Facebook «||» Share on Twitter «||» Share on LinkedIn",
        "Latest Posts",
    ]
    for back in range(rng.randint(4, 8)):
        when = day + dt.timedelta(days=rng.randint(20, 400) + back)
        lines.append(f"{_long_date(when)} | News, World - {rng.choice(v.UNRELATED_HEADLINES)}")
    lines += [
        "Subscribe to our newsletter",
        f"© {day.year} {outlet}. All rights reserved. About us | Contact | Privacy policy",
    ]
    return "\n".join(lines) + "\n"


def _outlets(rng: random.Random) -> list[str]:
    names = {f"The {p} {w}" for p in v.OUTLET_PLACES for w in v.OUTLET_WORDS}
    return rng.sample(sorted(names), 80)


def _dossier(rng: random.Random, story: Story, count: int, first: int, folder: Path) -> Corpus:
    folder.mkdir(parents=True)
    files: dict[str, dict[str, str]] = {}
    words = quotes = size = 0
    for number in range(first, first + count):
        day = story.start + dt.timedelta(days=rng.randrange(story.days))
        outlet = rng.choice(story.outlets)
        if story.bodies and rng.random() < REPUBLISHED_SHARE:
            title, paragraphs = rng.choice(story.bodies)
            found = sum(p.count("“") for p in paragraphs)
        else:
            title, paragraphs, found = _body(rng, story)
            story.bodies.append((title, paragraphs))
        meta = {
            "source": outlet,
            "date": day.isoformat(),
            "author": f"{rng.choice(v.FIRST_NAMES)} {_name(rng, 2)}",
        }
        name = f"{number:05d}_{rng.getrandbits(64):016x}.txt"
        if rng.random() < DATED_IN_TEXT_SHARE:
            meta["dated_in_text"] = "yes"
        else:
            files[name] = {"source": outlet, "date": day.isoformat()}
        if rng.random() < 0.3:
            files.setdefault(name, {})["url"] = f"https://news.example/{story.slug}/{number}"
        page = _page(rng, story, title, paragraphs, meta)
        (folder / name).write_text(page, encoding="utf-8")
        words += sum(len(p.split()) for p in paragraphs)
        quotes += found
        size += len(page.encode())
    sidecar = {
        "dossier": {"title": story.title, "summary": f"How outlets covered {story.title}."},
        "files": dict(sorted(files.items())),
    }
    (folder / "sources.yml").write_text(
        yaml.safe_dump(sidecar, sort_keys=False, allow_unicode=True), encoding="utf-8"
    )
    return Corpus(folder, count, 1, words, quotes, size)


def generate(spec: CorpusSpec, raw: Path) -> Corpus:
    """Write ``spec.articles`` pages round the ``spec.dossiers`` folders of ``raw``."""
    rng = random.Random(spec.seed)
    outlets = _outlets(rng)
    total = Corpus(raw, 0, 0, 0, 0, 0)
    per_dossier, extra = divmod(spec.articles, spec.dossiers)
    first = 0
    for number in range(spec.dossiers):
        story = _story(rng, number + 1, outlets)
        count = per_dossier + (1 if number < extra else 0)
        part = _dossier(rng, story, count, first, raw / story.slug)
        first += count
        total.articles += part.articles
        total.dossiers += 1
        total.words += part.words
        total.quotes += part.quotes
        total.bytes += part.bytes
    return total
