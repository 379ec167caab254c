"""The language kit of the reading half: folding, words and numbers, and every word list.

`corpus` and `extract` read text only through this package; it imports nothing else of the project.
"""

from .fold import diacritics, fold_name, fold_text, name_key
from .lexicon import Country, Lexicon, alternation, lexicon, load
from .words import AUXILIARIES, LETTERS, NUMBER, TOKEN, WORD, singular, stem, tokens

__all__ = ["AUXILIARIES", "LETTERS", "NUMBER", "TOKEN", "WORD", "Country", "Lexicon", "alternation",
           "diacritics", "fold_name", "fold_text", "lexicon", "load", "name_key", "singular", "stem", "tokens"]
