"""Split a quoted transcript exchange into one quotation per speaker turn.

News pages quote transcripts (leaked speeches, hearings, interviews) in the transcript's own
convention: each turn opens with the speaker's label in capitals and a colon, inside one pair
of quotation marks ("“MR. HOLM: Thank you for coming. SECRETARY BERG: Glad to be here.”").
Read as one quotation it has one speaker and mixes everyone's words; read turn by turn, each
label names the speaker of the words after it, however far the quotation is from any cue.
"""

from __future__ import annotations

import re

from dossier.quotes.marks import QuotedRun
from dossier.quotes.model import Mention
from dossier.quotes.patterns import HONORIFICS

# A turn label: one to four capitalised words (initials, "MR.", "O'NEILL" included), a colon,
# then the turn's words. It must open the quotation or follow a sentence end, so "the lesson
# for the GOP: …" mid-sentence is not a label.
_LABEL = re.compile(
    r"(?:^|(?<=[.?!…]\s)|(?<=[.?!…]\s\s))"
    r"(?P<label>(?:[A-Z][A-Z.'’\-]+\s+){0,3}[A-Z][A-Z.'’\-]+):\s+"
)
# A transcript is an exchange: one capitalised word and a colon alone ("“NATO: we stay.”") is
# more often a heading or an acronym than a speaker, so a quotation needs this many labels.
MIN_TURNS = 2


def split_transcripts(
    text: str, runs: list[QuotedRun]
) -> tuple[list[QuotedRun], dict[int, Mention]]:
    """Runs with each transcript turn as a run of its own, and each turn's label by the
    offset where the turn's words start.

    The labels lie outside every returned span (the caller masks them like quoted words, so
    no rule reads them as names). A run without enough labels is returned as is.
    """
    out: list[QuotedRun] = []
    labels: dict[int, Mention] = {}
    for run in runs:
        found = [list(_LABEL.finditer(text[start:end])) for start, end in run.spans]
        if sum(len(f) for f in found) < MIN_TURNS:
            out.append(run)
            continue
        for (start, end), para, matches in zip(run.spans, run.paragraphs, found, strict=True):
            bounds = [start]
            for m in matches:
                bounds += [start + m.start(), start + m.end()]
                labels[start + m.end()] = label_mention(m, start)
            bounds.append(end)
            for piece_start, piece_end in zip(bounds[::2], bounds[1::2], strict=True):
                piece_end = piece_start + len(text[piece_start:piece_end].rstrip())
                if _LETTER.search(text, piece_start, piece_end):
                    out.append(
                        QuotedRun([(piece_start, piece_end)], [para], run.closed, run.single)
                    )
    return out, labels


_LETTER = re.compile(r"[^\W\d_]")


def label_mention(match: re.Match[str], offset: int) -> Mention:
    """ "SECRETARY CLINTON" -> the person "Clinton" titled secretary; "PARTICIPANT" -> a
    description (the transcript does not name them). ``offset``: where the searched text
    starts in the article."""
    start, end = match.start("label") + offset, match.end("label") + offset
    words = match.group("label").split()
    titles = [w.lower() for w in words[:-1] if w.lower() in HONORIFICS]
    shown = match.group("label").title()
    if len(words) == 1 and words[0].lower().rstrip(".") in _UNNAMED_ROLES:
        return Mention(shown, start, end, "description", shown.lower())
    name = " ".join(w.title() for w in words if w.lower() not in HONORIFICS) or shown
    gender = next((HONORIFICS[t] for t in titles if HONORIFICS[t]), "")
    return Mention(shown, start, end, "person", name, gender, titles)


# Labels that stand for an unnamed speaker in a transcript ("PARTICIPANT:", "QUESTION:").
_UNNAMED_ROLES = frozenset(
    {"participant", "question", "answer", "audience", "moderator", "interviewer", "q", "a"}
)
