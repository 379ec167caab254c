"""Scores a drafted outline against a hand annotation (tests/data/*.gold.yaml).

The matching rules are the ones the annotation's header states: names compared with case and
diacritics folded, a person found when any of its names meets any of the gold names; money by
currency and value within 1 %; a view by speaker, cited source and the start of its text; a
conflict when one outline conflict carries every gold version.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from report.outline import Outline

_LETTERS = str.maketrans({"ø": "o", "æ": "ae", "ł": "l", "đ": "d", "ß": "ss", "‘": "'", "’": "'",
                          "“": '"', "”": '"', "—": "-", "–": "-", "…": "..."})


def fold(text: object) -> str:
    """Return text lower-cased, without diacritics, quotes and dashes made plain, spaces single."""
    decomposed = unicodedata.normalize("NFKD", str(text or "").lower().translate(_LETTERS))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", bare).strip()


@dataclass(frozen=True)
class Score:
    recall: float
    precision: float
    missed: tuple
    wrong: tuple


def ratio(part: int, whole: int) -> float:
    return part / whole if whole else 1.0


def file_key(outline: Outline, cite: str) -> str:
    """Return the leading number of the file a cite points into ("000" of 000_x.txt)."""
    source_id = cite.partition(":")[0]
    for source in outline.sources:
        if source.id == source_id:
            return Path(source.path).name.split("_", 1)[0]
    return ""


def actors(outline: Outline, gold: dict) -> Score:
    wanted = [{fold(n) for n in [a["name"], *a.get("aliases", [])]} for a in gold["actors"]]
    people = [a for a in outline.actors if a.kind == "person"]
    have = [{fold(n) for n in [a.name, *a.aliases]} for a in people]
    missed = tuple(sorted(w)[0] for w in wanted if not any(w & h for h in have))
    wrong = tuple(a.name for a, h in zip(people, have) if not any(w & h for w in wanted))
    return Score(ratio(len(wanted) - len(missed), len(wanted)), ratio(len(people) - len(wrong), len(people)), missed, wrong)


def funding(outline: Outline, gold: dict) -> Score:
    def same(g, f) -> bool:
        return f.currency == g["currency"] and f.amount is not None and abs(f.amount - g["value"]) <= 0.01 * g["value"]

    missed = tuple(g["amount"] for g in gold["funding"] if not any(same(g, f) for f in outline.funding))
    wrong = tuple(f.text for f in outline.funding if not any(same(g, f) for g in gold["funding"]))
    total, found = len(gold["funding"]), len(outline.funding)
    return Score(ratio(total - len(missed), total), ratio(found - len(wrong), found), missed, wrong)


def views(outline: Outline, gold: dict) -> Score:
    names = {fold(n): {fold(m) for m in [a["name"], *a.get("aliases", [])]}
             for a in gold["actors"] for n in [a["name"], *a.get("aliases", [])]}
    found, wrong = set(), []
    for view in outline.views:
        text = fold(view.text)
        hits = [i for i, g in enumerate(gold["views"]) if fold(g["text_start"]) in text]
        right = [i for i in hits
                 if fold(view.speaker) in names.get(fold(gold["views"][i]["speaker"]), {fold(gold["views"][i]["speaker"])})
                 and any(file_key(outline, c) == gold["views"][i]["source"] for c in view.cite)]
        found.update(right)
        if hits and not right:
            wrong.append(f"{view.speaker}: {view.text[:50]}")
    counted = [v for v in outline.views if any(fold(g["text_start"]) in fold(v.text) for g in gold["views"])]
    missed = tuple(f"{g['speaker']}: {g['text_start']}" for i, g in enumerate(gold["views"]) if i not in found)
    total = len(gold["views"])
    precision = ratio(len(counted) - len(wrong), len(outline.views)) if outline.views else 1.0
    return Score(ratio(len(found), total), precision, missed, tuple(wrong))


def conflicts(outline: Outline, gold: dict) -> Score:
    carried = [[fold(v.value) for v in c.versions] for c in outline.conflicts]

    def found(g) -> bool:
        return any(all(any(fold(v["value"]) in value for value in values) for v in g["versions"]) for values in carried)

    missed = tuple(g["topic"] for g in gold["conflicts"] if not found(g))
    total = len(gold["conflicts"])
    return Score(ratio(total - len(missed), total), 1.0, missed, ())
