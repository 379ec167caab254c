"""Source documents read into numbered sentences.

A `Source` holds the decoded text of one file and its sentences; a `Corpus` holds the sources of
one brief. Sentence numbers are 1-based, count only body sentences (the headline and in-article
subheadings are kept apart), and depend on nothing but the file's bytes, so a cite such as
`S2:7` always points at the same sentence.

How a file becomes sentences:

* Bytes are decoded (BOMs, strict UTF-8, a declared HTML charset, then the most plausible legacy
  code page), normalised to NFC and given `\\n` line endings; invisible format characters (soft
  hyphens, zero-width spaces, direction marks) are dropped. That text is `Source.text`. An HTML
  page is first reduced to its article text (trafilatura, offline); `Source.text` is then that
  article text.
* Page furniture is left out: boilerplate lines ("Advertisement", "Read more: ..."; see
  data/boilerplate.txt), page numbers, and a running header that repeats the headline.
* Lines are grouped into paragraphs. In a plain-text file each line is a paragraph, except that a
  line that does not end a sentence is joined to a next line that starts in lower case (a sentence
  broken across lines). Markdown files, HTML articles and hard-wrapped text files use blank lines
  between paragraphs instead. A YAML front-matter block at the top is metadata, not text.
* The first paragraph is the headline when it reads like one; a later one-line paragraph that is
  short and has no closing punctuation is a subheading. Neither is numbered.
* Paragraphs are split into sentences (see `split_sentences` for the rules on abbreviations,
  initials, numbers, quotations and parenthetical credits).

`Sentence.start`/`end` index into `Source.text`. `Sentence.text` is `Source.text[start:end]` with
each line break or run of white space turned into one space (none where a line ends in a hyphen
inside a word, and "govern-\nment" reads "government"), and, for Markdown and HTML
sources, line markers (`> `) and inline markup (`**`, `_`, `[text](url)`) removed. A sentence on
one line of a plain-text file is exactly `Source.text[start:end]`.
"""

from __future__ import annotations

from .decode import MAX_BYTES, clean_text, decode, read_bytes
from .layout import is_caption
from .read import SUFFIXES, read_folder, read_source, source_files
from .metadata import METADATA_FILE, front_matter, read_metadata
from .model import Corpus, Sentence, Source
from .sentences import dateline_end, split_sentences

__all__ = ["MAX_BYTES", "METADATA_FILE", "SUFFIXES", "Corpus", "Sentence", "Source", "clean_text", "dateline_end",
           "decode", "front_matter", "is_caption", "read_bytes", "read_folder", "read_metadata", "read_source", "source_files",
           "split_sentences"]
