"""`brief email` end to end: the brief rendered, written as .eml and sent to a real SMTP server."""

from __future__ import annotations

import email
import shutil
from email import policy
from pathlib import Path

import pytest
from typer.testing import CliRunner

from report.cli import app
from tests.test_deliver import Recorder, serve  # noqa: F401  (serve is a fixture)

FIXTURES = Path(__file__).parent / "fixtures" / "brief"
runner = CliRunner()


@pytest.fixture(scope="module")
def rendered(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("brief")
    for name in ("a.txt", "b.txt", "outline.yaml"):
        shutil.copy(FIXTURES / name, folder / name)
    result = runner.invoke(app, ["render", str(folder / "outline.yaml"), "-f", "pdf", "-o", str(folder)])
    assert result.exit_code == 0, result.stderr
    return folder


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
