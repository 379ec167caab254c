"""What a rendered brief carries inside itself: its outline, and the metadata of its PDF.

Both writers store the outline the brief was rendered from (the PDF as an embedded file, the
DOCX as a part of its package), so the brief alone can be checked, re-rendered and mailed.
"""

from __future__ import annotations

import logging
import zipfile
from pathlib import Path

from .doctree import Meta
from .errors import InputError
from .outline_yaml import OUTLINE_NAME

PDF_MAGIC = b"%PDF-"
ZIP_MAGIC = b"PK\x03\x04"


def kind(path: Path) -> str:
    """Return "pdf" or "docx" when the file at `path` is one by its first bytes, else ""."""
    try:
        with path.open("rb") as handle:
            head = handle.read(len(PDF_MAGIC))
    except OSError:
        return ""
    if head.startswith(PDF_MAGIC):
        return "pdf"
    return "docx" if head.startswith(ZIP_MAGIC) else ""


def carried_outline(path: Path) -> str | None:
    """Return the text of the outline the brief at `path` carries, or None when it carries none.

    `path` is a PDF or a DOCX; raise InputError naming it when it cannot be read as one.
    """
    reader = {"pdf": _from_pdf, "docx": _from_docx}.get(kind(path))
    if reader is None:
        raise InputError(f"{path}: neither an outline, a PDF nor a DOCX")
    data = reader(path)
    if data is None:
        return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(f"{path}: its {OUTLINE_NAME} is not UTF-8 text (byte {err.start})") from None


def pdf_facts(path: Path) -> Meta:
    """Return what the PDF's document information says of the brief: title, subject, author and
    date (YYYY-MM-DD), each an empty string when unsaid."""
    info = _pdf_reader(path).metadata or {}
    made = info.get("/CreationDate", "")
    date = f"{made[2:6]}-{made[6:8]}-{made[8:10]}" if str(made).startswith("D:") and len(made) >= 10 else ""
    title, subject, author = (" ".join(str(info.get(key, "") or "").split()) for key in ("/Title", "/Subject", "/Author"))
    return Meta(title=title, subject=subject, author=author, date=date)


def _from_pdf(path: Path) -> bytes | None:
    """Return the embedded outline file of a PDF, or None."""
    try:
        files = _pdf_reader(path).attachments
        found = files.get(OUTLINE_NAME) if OUTLINE_NAME in files else None
    except Exception as err:  # pypdf raises many types on a damaged file; each means "cannot read it"
        raise InputError(f"{path}: cannot read its embedded files: {err}") from None
    return found[0] if found else None


def _pdf_reader(path: Path):
    """Return a pypdf reader of `path`; InputError naming the file when it is no readable PDF."""
    from pypdf import PdfReader  # start-up time: pypdf loads only when a PDF brief is read
    from pypdf.errors import PyPdfError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # a repaired damage is no news to the user
    try:
        return PdfReader(path)
    except (OSError, PyPdfError, ValueError) as err:
        raise InputError(f"{path}: not a readable PDF: {err}") from None


def _from_docx(path: Path) -> bytes | None:
    """Return the outline part a DOCX written by `brief` carries, or None."""
    import docx  # start-up time: python-docx and its writer load only when a DOCX brief is read
    from docx.opc.exceptions import PackageNotFoundError

    from .writers.docx import RT_ATTACHMENT

    try:
        package = docx.Document(str(path)).part.package
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, OSError) as err:
        raise InputError(f"{path}: not a readable DOCX: {err}") from None
    for rel in package.rels.values():
        if rel.reltype == RT_ATTACHMENT and str(rel.target_part.partname).endswith("/" + OUTLINE_NAME):
            return rel.target_part.blob
    return None
