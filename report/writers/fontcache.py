"""TrueType faces parsed once per font file, not once per run: their metrics kept in the user's cache.

reportlab reads every table of a TrueType file when a face is registered (about 15 ms a face, six
to eight faces a brief). The parsed face is plain data, so it is kept in the user's cache folder
under the SHA-256 of the font file, reportlab's version and Python's; a later run reads it back in
about a third of the time. A cache that is missing, stale, damaged or unwritable is never an error: the
file is parsed as before, and the faces drawn are the same either way.
"""

from __future__ import annotations

import hashlib
import sys
from fnmatch import fnmatch
from pathlib import Path
from weakref import WeakKeyDictionary

import reportlab
from reportlab import rl_config
from reportlab.pdfbase.ttfonts import TTEncoding, TTFNameBytes, TTFont, TTFontFace, unShapedFontGlob

from .. import usercache

FORMAT = 1  # bump when what is kept changes
_UNKEPT = ("_ttf_data", "_pdfScale")  # the file's bytes (read anew) and a function (made anew)
_NAME = "ttfname"  # marks a TTFNameBytes, kept as its bytes
_FONT_FIELDS = " font fields"  # not a face attribute: the fields a parsed TTFont had


def load_font(name: str, path: Path) -> TTFont:
    """Return the TrueType font in `path` to be registered as `name`, read from the cache when it holds it."""
    data = path.read_bytes()
    entry = cache_folder() / f"{_key(data)}.marshal"
    state = usercache.read_entry(entry)
    if isinstance(state, dict):
        try:
            return _font(name, str(path), data, state)
        except (KeyError, TypeError, ValueError):
            pass  # kept by a build that kept other fields: parse afresh, and keep anew
    font = TTFont(name, str(path))
    usercache.write_entry(entry, _state(font))
    return font


def cache_folder() -> Path:
    """Return the folder parsed faces are kept in: BRIEF_CACHE, else the user's cache folder + brief/fonts."""
    return usercache.cache_folder("fonts")


def _key(data: bytes) -> str:
    """Return the name of the cache entry for the font file `data` under this reportlab, this Python
    (whose marshal format writes the entry) and FORMAT."""
    version = f"|reportlab {reportlab.Version}|python {sys.version_info[0]}.{sys.version_info[1]}|{FORMAT}"
    return hashlib.sha256(data + version.encode()).hexdigest()


def _state(font: TTFont) -> dict:
    """Return the parsed face of `font` as data marshal can write, with the names of the font's own fields."""
    state = {_FONT_FIELDS: sorted(font.__dict__)}
    for key, value in font.face.__dict__.items():
        if key not in _UNKEPT:
            state[key] = (_NAME, bytes(value)) if isinstance(value, TTFNameBytes) else value
    return state


def _font(name: str, filename: str, data: bytes, state: dict) -> TTFont:
    """Return a TTFont whose face is `state` (as `_state` kept it), made without parsing the file.

    The font's own fields are those TTFont.__init__ sets; `state` names them as a parsed font had
    them (under _FONT_FIELDS), so a reportlab that sets others is parsed afresh (ValueError).
    """
    face = TTFontFace.__new__(TTFontFace)
    for key, value in state.items():
        is_name = type(value) is tuple and len(value) == 2 and value[0] == _NAME
        face.__dict__[key] = TTFNameBytes(value[1]) if is_name else value
    fields = face.__dict__.pop(_FONT_FIELDS)
    face.__dict__.update(filename=filename, _ttf_data=data, _pdfScale=_scale(state["unitsPerEm"]))
    font = TTFont.__new__(TTFont)
    font.__dict__.update(fontName=name, face=face, encoding=TTEncoding(), state=WeakKeyDictionary(),
                         _asciiReadable=rl_config.ttfAsciiReadable)
    font.shapable = not any(fnmatch(name, glob) for glob in unShapedFontGlob)  # as TTFont.__init__ sets it
    if sorted(font.__dict__) != sorted(fields):
        raise ValueError("reportlab's TTFont has other fields")
    return font


def _scale(units_per_em: int):
    """Return the face's scale from font units to thousandths of an em, as reportlab makes it."""
    if units_per_em == 1000:
        return lambda x: x
    factor = 1000 / units_per_em
    return lambda x: x * factor
