"""Measure well-kept libraries against the hand code they could replace, on the articles at hand.

    pip install rapidfuzz ftfy pycountry nameparser   # developer tools here, not dependencies
    python3 benchmarks/libraries.py

Reads the seeds, every article folder under tests/fixtures/ and the real-world events whose texts
are present, and prints one figure per library:

* rapidfuzz: how often fuzz.ratio agrees with difflib's ratio on the name-word pairs the spelling
  conflicts compare (every pair of words of the person names and aliases drafted), and the time per pair;
* ftfy: how many decoded sources fix_encoding would change (the decoder's output is the baseline);
* pycountry: how many states of the country table it resolves by name or alias (it has no demonyms
  or capitals, which the table needs);
* nameparser: how often its first and last name agree with the first and last word of a drafted
  person name, and where they part.
"""

from __future__ import annotations

import importlib
import itertools
import sys
import time
from difflib import SequenceMatcher
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from report.corpus import Corpus, read_folder  # noqa: E402  (the package of this checkout)
from report.errors import InputError  # noqa: E402
from report.extract.names import find_actors  # noqa: E402
from report.text import fold_text, lexicon  # noqa: E402


def corpora() -> list[Corpus]:
    """Return every corpus at hand: seeds, fixture folders, real-world events with their texts."""
    folders = [ROOT / "seeds", *sorted((ROOT / "tests" / "fixtures").glob("**/")),
               *sorted((ROOT / "tests" / "realworld").glob("*/articles"))]
    found = []
    for folder in folders:
        try:
            found.append(read_folder(folder))
        except InputError:
            continue  # no article in it
    return found


def person_names(every: list[Corpus]) -> list[str]:
    """Return every drafted person name and alias of two words or more."""
    names = []
    for corpus in every:
        for actor in find_actors(corpus).actors:
            if actor.kind == "person":
                names += [name for name in (actor.name, *actor.aliases) if len(name.split()) > 1]
    return names


def rapidfuzz_figures(names: list[str]) -> str:
    """Return how fuzz.ratio compares with difflib on name-word pairs: agreement and time."""
    fuzz = importlib.import_module("rapidfuzz.fuzz")
    words = sorted({fold_text(word) for name in names for word in name.split()})
    pairs = [(a, b) for a, b in itertools.combinations(words, 2) if a[:1] == b[:1]]
    start = time.perf_counter()
    ours = [SequenceMatcher(None, a, b).ratio() for a, b in pairs]
    middle = time.perf_counter()
    theirs = [fuzz.ratio(a, b) / 100 for a, b in pairs]
    end = time.perf_counter()
    same = sum(abs(x - y) < 1e-9 for x, y in zip(ours, theirs))
    per = lambda seconds: seconds / max(len(pairs), 1) * 1e6  # noqa: E731
    return (f"rapidfuzz: same ratio as difflib on {same} of {len(pairs)} name-word pairs; "
            f"{per(middle - start):.1f} µs a pair with difflib, {per(end - middle):.2f} µs with rapidfuzz")


def ftfy_figures(every: list[Corpus]) -> str:
    """Return how many decoded sources ftfy.fix_encoding would change."""
    ftfy = importlib.import_module("ftfy")
    sources = [source for corpus in every for source in corpus.sources]
    changed = [source.path.name for source in sources if ftfy.fix_encoding(source.text) != source.text]
    return f"ftfy: fix_encoding changes {len(changed)} of {len(sources)} decoded sources {changed[:5]}"


def pycountry_figures() -> str:
    """Return how many states of the country table pycountry resolves."""
    pycountry = importlib.import_module("pycountry")
    missed = []
    for country in lexicon().countries:
        if not any(_resolves(pycountry, name) for name in (country.name, *country.aliases)):
            missed.append(country.name)
    total = len(lexicon().countries)
    return f"pycountry: resolves {total - len(missed)} of {total} states by name or alias; misses {missed}"


def _resolves(pycountry, name: str) -> bool:
    """Return True when pycountry finds a country by `name`."""
    try:
        pycountry.countries.lookup(name)
    except LookupError:
        return False
    return True


def nameparser_figures(names: list[str]) -> str:
    """Return how often nameparser's first and last name are the first and last word of a name."""
    human_name = importlib.import_module("nameparser").HumanName
    parted = []
    for name in names:
        parsed = human_name(name)
        if (parsed.first, parsed.last) != (name.split()[0], name.split()[-1]):
            parted.append(f"{name} -> {parsed.first} | {parsed.last} | {parsed.suffix}")
    return (f"nameparser: first and last agree on {len(names) - len(parted)} of {len(names)} names; "
            f"it parts on {sorted(set(parted))[:6]}")


def main() -> int:
    """Print one line of figures per library; a library not installed is named and skipped."""
    every = corpora()
    names = person_names(every)
    for measure in (lambda: rapidfuzz_figures(names), lambda: ftfy_figures(every), pycountry_figures,
                    lambda: nameparser_figures(names)):
        try:
            print(measure())
        except ModuleNotFoundError as err:
            print(f"{err.name}: not installed (pip install {err.name})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
