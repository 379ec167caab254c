"""The language kit of the reading half: folding, words and numbers, and every word list.

`corpus` and `extract` read text only through this package; it imports nothing else of the project.
"""

from .fold import diacritics, fold_name, fold_text, initial_sound, name_key
from .lexicon import Country, Lexicon, alternation, cue_pattern, lexicon, load, longest_first, short_forms, title_case_share
from .words import AUXILIARIES, BEFORE_FIRST_WORD, CAPITALISED, DASH, LETTERS, NUMBER, PARTICLES, POST_ONCE, TERM, TOKEN, UPPER, WORD, singular, stem, tokens

__all__ = ["AUXILIARIES", "BEFORE_FIRST_WORD", "CAPITALISED", "DASH", "LETTERS", "NUMBER", "PARTICLES", "POST_ONCE", "TERM", "TOKEN", "UPPER", "WORD", "Country", "Lexicon", "alternation", "cue_pattern", "longest_first",
           "diacritics", "fold_name", "fold_text", "initial_sound", "lexicon", "load", "name_key", "short_forms", "singular", "stem", "title_case_share", "tokens"]
