"""`brief email` end to end: the brief rendered, written as .eml and sent to a real SMTP server."""

from __future__ import annotations

import email
import shutil
from email import policy
from pathlib import Path

import pytest
from typer.testing import CliRunner

from report.cli import app
from tests.conftest import render_fixture_brief
from tests.test_deliver import Recorder, serve  # noqa: F401  (serve is a fixture)

FIXTURES = Path(__file__).parent / "fixtures" / "brief"
runner = CliRunner()


@pytest.fixture(scope="module")
def rendered(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("brief")
    return render_fixture_brief(folder, folder, "pdf")


def run(*args):
    return runner.invoke(app, ["email", *map(str, args)], env={"BRIEF_FROM": ""})


def test_email_writes_eml_and_sends_it_with_the_pdf_byte_identical(rendered, serve):  # noqa: F811
    handler, server = serve()
    result = run(rendered / "brief.pdf", "--to", "desk@example.org", "--from", "unit@example.org",
                 "--smtp", server, "--no-tls")
    assert result.exit_code == 0, result.stderr
    assert f"wrote {rendered / 'brief.eml'} (brief.pdf: " in result.stdout
    (envelope,) = handler.envelopes
    message = email.message_from_bytes(envelope.content, policy=policy.default)
    assert message["Subject"] == "[TLP:AMBER] Port expansion approved"
    bodies = {part.get_content_type() for part in message.walk()}
    assert {"text/plain", "text/html", "application/pdf"} <= bodies
    attachment = next(part for part in message.iter_attachments())
    assert attachment.get_content() == (rendered / "brief.pdf").read_bytes()
    assert "approved a €120 million expansion" in message.get_body(("plain",)).get_content()
    saved = email.message_from_bytes((rendered / "brief.eml").read_bytes(), policy=policy.default)
    assert saved["Message-ID"] == message["Message-ID"]


def test_refused_recipient_is_one_line_and_the_eml_is_still_written(rendered, serve, tmp_path):  # noqa: F811
    _, server = serve(Recorder())
    eml = tmp_path / "kept.eml"
    result = run(rendered / "brief.pdf", "--to", "refuse@example.org", "--from", "unit@example.org",
                 "--smtp", server, "--no-tls", "-o", eml)
    assert result.exit_code == 5
    assert "refuse@example.org" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert eml.exists()


def test_no_server_listening(rendered, tmp_path):
    result = run(rendered / "brief.pdf", "--to", "a@example.org", "--from", "u@example.org",
                 "--smtp", "127.0.0.1:1", "--no-tls", "-o", tmp_path / "x.eml", "--timeout", "2")
    assert result.exit_code == 5 and "connection refused" in result.stderr


def test_oversized_pdf_is_refused_with_size_and_limit(rendered, tmp_path):
    result = run(rendered / "brief.pdf", "--to", "a@example.org", "--from", "u@example.org",
                 "--max-size", "10KB", "-o", tmp_path / "x.eml")
    assert result.exit_code == 5
    assert "over the 10 KB limit set by --max-size" in result.stderr
    assert not (tmp_path / "x.eml").exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--to", "a@example.org", "--from", "u@example.org", "--subject", "Hi\r\nBcc: x@evil.example"), "--subject"),
        (("--to", "not-an-address", "--from", "u@example.org"), "--to: 'not-an-address' is not a valid email address"),
        (("--to", "a@example.org"), "--from: no sender; give --from or set BRIEF_FROM"),
        (("--from", "u@example.org"), "--to: give at least one recipient"),
        (("--to", "a@example.org", "--from", "u@example.org", "--ssl", "--no-tls"), "choose one"),
    ],
)
def test_bad_headers_and_addresses_are_refused(rendered, tmp_path, args, message):
    result = run(rendered / "brief.pdf", *args, "-o", tmp_path / "x.eml")
    assert result.exit_code == 2, result.stdout
    assert message in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "x.eml").exists()


@pytest.fixture
def lone_pdf(rendered, tmp_path) -> Path:
    """The rendered PDF alone in a folder: no outline, no sources beside it."""
    shutil.copy(rendered / "brief.pdf", tmp_path / "brief.pdf")
    return tmp_path / "brief.pdf"


def test_email_with_only_the_pdf_takes_summary_and_sources_from_the_outline_it_carries(lone_pdf):
    result = run(lone_pdf, "--to", "desk@example.org", "--from", "unit@example.org")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    saved = email.message_from_bytes(lone_pdf.with_suffix(".eml").read_bytes(), policy=policy.default)
    plain = saved.get_body(("plain",)).get_content()
    assert "approved a €120 million expansion of its container terminal. [1] [2] (2 of 2 sources)" in plain
    assert "[1] Coast Daily, “Harbour Authority Approves Port Expansion”, 4 March 2025." in plain
    assert "a.txt" not in plain and "File:" not in plain


def test_a_pdf_without_an_outline_is_mailed_from_its_metadata_with_one_warning(tmp_path):
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(tmp_path / "paper.pdf"), invariant=1)
    canvas.setTitle("Harbour note")
    canvas.setSubject("What the port decided")
    canvas.drawString(72, 720, "Hello")
    canvas.save()
    result = run(tmp_path / "paper.pdf", "--to", "desk@example.org", "--from", "unit@example.org")
    assert result.exit_code == 0, result.stderr
    [line] = result.stderr.strip().splitlines()
    assert line.startswith(f"brief: warning: {tmp_path / 'paper.pdf'}: carries no outline;")
    saved = email.message_from_bytes((tmp_path / "paper.eml").read_bytes(), policy=policy.default)
    assert saved["Subject"] == "Harbour note"
    for kind in ("plain", "html"):
        body = saved.get_body((kind,)).get_content()
        assert "Harbour note" in body and "What the port decided" in body and "Harbour note.pdf" in body


def test_bcc_recipients_receive_it_but_appear_in_no_header_and_counts_are_printed(lone_pdf, serve, tmp_path):  # noqa: F811
    handler, server = serve()
    listing = tmp_path / "board.txt"
    listing.write_text("# the board\nchair@example.org\n\nTreasurer <treasurer@example.org>  # new\n", encoding="utf-8")
    result = run(lone_pdf, "--to", "desk@example.org", "--cc", "chief@example.org", "--bcc", "quiet@example.org",
                 "--bcc-file", listing, "--from", "unit@example.org", "--smtp", server, "--no-tls")
    assert result.exit_code == 0, result.stderr
    assert "for 1 To, 1 Cc and 3 Bcc recipients" in result.stdout
    assert f"sent through {server} to 1 To, 1 Cc and 3 Bcc recipients" in result.stdout
    [envelope] = handler.envelopes
    assert sorted(envelope.rcpt_tos) == sorted(["desk@example.org", "chief@example.org", "quiet@example.org",
                                                "chair@example.org", "treasurer@example.org"])
    received = email.message_from_bytes(envelope.content, policy=policy.default)
    headers = "\n".join(f"{name}: {value}" for name, value in received.items())
    for hidden in ("quiet@", "chair@", "treasurer@", "Bcc"):
        assert hidden not in headers
    assert received["To"] == "desk@example.org" and received["Cc"] == "chief@example.org"
    saved = email.message_from_bytes(lone_pdf.with_suffix(".eml").read_bytes(), policy=policy.default)
    assert saved.items() == received.items()  # the .eml is what was sent


def test_to_file_recipients_go_in_the_to_header(lone_pdf, tmp_path):
    listing = tmp_path / "to.txt"
    listing.write_text("a@example.org\nb@example.org # second\n", encoding="utf-8")
    result = run(lone_pdf, "--to-file", listing, "--from", "unit@example.org")
    assert result.exit_code == 0, result.stderr
    assert "for 2 To recipients" in result.stdout
    saved = email.message_from_bytes(lone_pdf.with_suffix(".eml").read_bytes(), policy=policy.default)
    assert saved["To"] == "a@example.org, b@example.org"


@pytest.mark.parametrize(("content", "message"), [
    ("a@example.org\n\nnot an address\n", "{file}:3: 'not an address' is not a valid email address"),
    ("# nobody yet\n\n", "{file}: lists no address (one a line; # starts a comment)"),
    ("a@example.org, b@example.org\n", "{file}:1: 'a@example.org, b@example.org' holds more than one address"),
    (b"a@example.org\n\xff\n", "{file}: not UTF-8 text (byte 14)"),
    (None, "{file}: no such file"),
])
def test_to_file_errors_name_the_file_and_line_and_nothing_is_written(lone_pdf, tmp_path, content, message):
    listing = tmp_path / "list.txt"
    if isinstance(content, str):
        listing.write_text(content, encoding="utf-8")
    elif content is not None:
        listing.write_bytes(content)
    result = run(lone_pdf, "--to-file", listing, "--from", "unit@example.org")
    assert result.exit_code == 3
    [line] = result.stderr.strip().splitlines()
    assert line.startswith("brief: error: " + message.format(file=listing))
    assert not lone_pdf.with_suffix(".eml").exists()


def test_a_failed_send_says_where_the_eml_was_kept(lone_pdf, tmp_path):
    result = run(lone_pdf, "--to", "a@example.org", "--from", "u@example.org", "--smtp", "127.0.0.1:1", "--no-tls",
                 "--timeout", "2")
    assert result.exit_code == 5
    [line] = result.stderr.strip().splitlines()
    assert line.endswith(f"; the message is kept in {lone_pdf.with_suffix('.eml')}")
    assert lone_pdf.with_suffix(".eml").exists()
