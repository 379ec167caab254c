"""Email delivery: the message is built right, written atomically and sent through a real SMTP server.

The servers are aiosmtpd on 127.0.0.1; TLS uses a self-signed certificate made for the test and
trusted by the client through BRIEF_SMTP_CAFILE.
"""

from __future__ import annotations

import datetime
import email
import socket
import ssl
import threading
from email import policy
from email.message import EmailMessage
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from report import deliver, files
from report.deliver import (Letter, Recipients, build_message, check_address, human_size, parse_size, read_pdf, send,
                            write_eml)
from report.errors import DeliveryError, OutputError, UsageError

USER, PASSWORD = "analyst@example.org", "s3cret-Passw0rd"
TITLE, MARKING = "Brief – Bødskov", "TLP:AMBER"
PLAIN = "TLP:AMBER\n\nBrief – Bødskov\n\n- Denmark & Ukraine signed an agreement. [1] [3]\n"
HTML = "<p>Denmark &amp; Ukraine signed an agreement.</p>\n"
SENDER, RECIPIENT = "Analysis Unit <unit@example.org>", "desk@example.org"


# ---------------------------------------------------------------- fixtures


def make_pdf(path: Path, pages: int = 1) -> Path:
    """Write a small valid PDF with reportlab and return its path."""
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), invariant=1)
    for number in range(pages):
        canvas.drawString(72, 720, f"Brief page {number + 1}")
        canvas.showPage()
    canvas.save()
    return path


@pytest.fixture
def pdf(tmp_path: Path) -> Path:
    return make_pdf(tmp_path / "brief.pdf")


def free_port() -> int:
    """Return a TCP port on 127.0.0.1 nothing listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Recorder:
    """An aiosmtpd handler that keeps every envelope and refuses recipients and senders on request."""

    def __init__(self, refuse_rcpt: str = "refuse", refuse_sender: str | None = None) -> None:
        self.envelopes: list = []
        self.refuse_rcpt, self.refuse_sender = refuse_rcpt, refuse_sender

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        if self.refuse_sender and address == self.refuse_sender:
            return "553 5.7.1 sender not allowed"
        envelope.mail_from = address
        return "250 OK"

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.startswith(self.refuse_rcpt):
            return f"550 5.1.1 <{address}>: no such user"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.envelopes.append(envelope)
        return "250 Message accepted"


def authenticate(server, session, envelope, mechanism, auth_data) -> AuthResult:
    """Accept only USER with PASSWORD; refuse others with a reply that echoes what was tried."""
    if isinstance(auth_data, LoginPassword) and auth_data == (USER.encode(), PASSWORD.encode()):
        return AuthResult(success=True)
    tried = f"{auth_data.login.decode()}/{auth_data.password.decode()}" if isinstance(auth_data, LoginPassword) else "?"
    return AuthResult(success=False, handled=False, message=f"535 5.7.8 credentials {tried} invalid")


@pytest.fixture
def serve():
    """Start aiosmtpd servers on free ports for one test; return (handler, "127.0.0.1:port")."""
    controllers = []

    def start(handler: Recorder | None = None, **smtp_options) -> tuple[Recorder, str]:
        handler = handler or Recorder()
        controller = Controller(handler, hostname="127.0.0.1", port=free_port(), **smtp_options)
        controller.start()
        controllers.append(controller)
        return handler, f"127.0.0.1:{controller.port}"

    yield start
    for controller in controllers:
        controller.stop()


@pytest.fixture(scope="module")
def certificate(tmp_path_factory) -> tuple[Path, Path]:
    """Return (cert, key) files of a self-signed certificate for 127.0.0.1."""
    x509 = pytest.importorskip("cryptography.x509")
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID
    import ipaddress

    folder = tmp_path_factory.mktemp("tls")
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(minutes=5)).not_valid_after(now + datetime.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), True)
            .sign(key, hashes.SHA256()))
    cert_file, key_file = folder / "cert.pem", folder / "key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_file, key_file


@pytest.fixture
def tls_server(serve, certificate):
    """Start a server that requires STARTTLS and a login; return (handler, server)."""
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(*certificate)
    return serve(tls_context=context, require_starttls=True, auth_required=True, authenticator=authenticate)


def tls_env(certificate, password: str = PASSWORD) -> dict[str, str]:
    return {"BRIEF_SMTP_USER": USER, "BRIEF_SMTP_PASSWORD": password, "BRIEF_SMTP_CAFILE": str(certificate[0])}


def letter_for(pdf: Path, title: str = TITLE, classification: str = MARKING, max_size: int | None = None) -> Letter:
    return Letter(title, classification, PLAIN, HTML, read_pdf(pdf, max_size), deliver.attachment_name(pdf, title))


def message_for(pdf: Path, to: list[str] | None = None, subject: str | None = None, **options) -> EmailMessage:
    return build_message(letter_for(pdf, **options), Recipients(tuple(to or [RECIPIENT])), sender=SENDER,
                         subject=subject)


def received(envelope) -> EmailMessage:
    return email.message_from_bytes(envelope.content, policy=policy.default)


def one_line(error: pytest.ExceptionInfo) -> str:
    text = str(error.value)
    assert "\n" not in text and "Traceback" not in text
    return text


# ---------------------------------------------------------------- the message


def test_sent_message_has_plain_and_html_bodies_and_the_pdf_byte_for_byte(serve, pdf):
    handler, server = serve()
    send(message_for(pdf), server, security="none", timeout=5, env={})
    [envelope] = handler.envelopes
    got = received(envelope)
    assert envelope.mail_from == "unit@example.org" and envelope.rcpt_tos == [RECIPIENT]
    assert got.get_content_type() == "multipart/mixed"
    assert got.get_body(("plain",)).get_content().replace("\r\n", "\n") == PLAIN
    assert got.get_body(("html",)).get_content().replace("\r\n", "\n") == HTML
    [attachment] = got.iter_attachments()
    assert attachment.get_content_type() == "application/pdf"
    assert attachment.get_content() == pdf.read_bytes()


def test_subject_defaults_to_classification_and_title_and_headers_are_complete(pdf):
    message = message_for(pdf)
    assert message["Subject"] == "[TLP:AMBER] Brief – Bødskov"
    assert message["From"] == SENDER and message["To"] == RECIPIENT
    assert message["Message-ID"].endswith("@example.org>") and message["Date"]
    assert message_for(pdf, subject="Weekly brief")["Subject"] == "Weekly brief"


def test_direction_controls_never_reach_the_subject(pdf):
    assert message_for(pdf, subject="Weekly\u202efdp.exe\u2066")["Subject"] == "Weeklyfdp.exe"


def test_non_ascii_attachment_name_is_rfc2231_encoded_and_decodes_back(pdf):
    raw = message_for(pdf).as_bytes()
    assert b"filename*=utf-8''Brief%20%E2%80%93%20B%C3%B8dskov.pdf" in raw
    raw.decode("ascii")  # the wire form is pure ASCII: every non-ASCII piece is encoded
    [attachment] = email.message_from_bytes(raw, policy=policy.default).iter_attachments()
    assert attachment.get_filename() == "Brief – Bødskov.pdf"


def test_attachment_falls_back_to_the_pdf_name_when_the_title_gives_none(pdf):
    message = build_message(letter_for(pdf, title="///", classification=""), Recipients((RECIPIENT,)), sender=SENDER)
    [attachment] = message.iter_attachments()
    assert attachment.get_filename() == "brief.pdf"
    assert message["Subject"] == "///"


def test_bcc_recipients_are_in_the_envelope_and_in_no_header(serve, pdf):
    handler, server = serve()
    recipients = Recipients(("desk@example.org",), ("chief@example.org",), ("quiet@example.org", "other@example.org"))
    message = build_message(letter_for(pdf), recipients, sender=SENDER)
    send(message, server, envelope=recipients.envelope(), security="none", timeout=5, env={})
    [envelope] = handler.envelopes
    assert envelope.rcpt_tos == ["desk@example.org", "chief@example.org", "quiet@example.org", "other@example.org"]
    raw = envelope.content.decode("ascii")
    assert "quiet@" not in raw and "other@" not in raw and "bcc" not in raw.lower()
    assert received(envelope)["Cc"] == "chief@example.org"


def test_same_input_under_source_date_epoch_gives_identical_eml(pdf, tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1751630400")
    write_eml(message_for(pdf), tmp_path / "a.eml")
    write_eml(message_for(pdf), tmp_path / "b.eml")
    assert (tmp_path / "a.eml").read_bytes() == (tmp_path / "b.eml").read_bytes()
    parsed = email.message_from_bytes((tmp_path / "a.eml").read_bytes(), policy=policy.default)
    assert parsed["Date"] == "Fri, 04 Jul 2025 12:00:00 +0000"
    assert parsed["Message-ID"].startswith("<1751630400.")


def test_message_ids_differ_without_source_date_epoch(pdf, monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    assert message_for(pdf)["Message-ID"] != message_for(pdf)["Message-ID"]


# ---------------------------------------------------------------- refusing bad input


@pytest.mark.parametrize("field", ["subject", "title", "classification"])
@pytest.mark.parametrize("evil", ["Brief\r\nBcc: spy@example.net", "Brief\nX-Evil: 1", "Brief\rx"])
def test_line_break_in_a_header_value_is_refused_naming_the_field(pdf, field, evil):
    if field == "subject":
        call = lambda: message_for(pdf, subject=evil)  # noqa: E731
    else:
        letter = letter_for(pdf, **{field: evil})
        call = lambda: build_message(letter, Recipients((RECIPIENT,)), sender=SENDER)  # noqa: E731
    with pytest.raises(UsageError) as error:
        call()
    assert one_line(error).startswith("--subject:" if field == "subject" else f"{field}:")


def test_oversized_pdf_is_refused_with_size_and_limit_and_nothing_is_sent(serve, tmp_path):
    handler, server = serve()
    big = make_pdf(tmp_path / "big.pdf")
    with big.open("ab") as handle:
        handle.write(b"%" + b"x" * 12_300_000)
    with pytest.raises(DeliveryError) as error:
        send(message_for(big, max_size=parse_size("10MB")), server, security="none", timeout=5, env={})
    assert one_line(error) == f"{big} is 12.3 MB, over the 10 MB limit set by --max-size"
    assert handler.envelopes == []


def test_size_just_over_the_limit_is_stated_in_bytes(pdf):
    limit = pdf.stat().st_size - 1
    with pytest.raises(DeliveryError) as error:
        message_for(pdf, max_size=limit)
    assert f"{pdf.stat().st_size:,} bytes, over the {limit:,} bytes limit" in one_line(error)


def test_missing_unreadable_and_non_pdf_files_are_named(tmp_path):
    not_pdf = tmp_path / "brief.pdf"
    not_pdf.write_text("<html>not a pdf</html>")
    for path, words in ((tmp_path / "gone.pdf", "no such file"), (not_pdf, "is not a PDF"), (tmp_path, "is a folder")):
        with pytest.raises(DeliveryError) as error:
            message_for(path)
        assert str(path) in one_line(error) and words in str(error.value)


@pytest.mark.parametrize("address", [
    "x@", "@example.org", "plain", "a@b", "a@@example.org", "a b@example.org", "a@exa_mple.org",
    "a@example.org, b@example.org", "a@example.org\r\nBcc: spy@example.net", "a@example.org\n",
    '"boss@example.org" <spy@example.net>', "Boss, Chief <a@example.org>", "Name <a@example.org", "ø@example.org",
    "a@-example.org", "", "a." + "b" * 64 + "@example.org",
])
def test_bad_addresses_are_refused_naming_the_option(address):
    with pytest.raises(UsageError) as error:
        check_address(address, "--to")
    assert one_line(error).startswith("--to: ")


@pytest.mark.parametrize(("address", "normal"), [
    ("desk@Example.ORG", "desk@example.org"),
    ("  desk@example.org ", "desk@example.org"),
    ("<desk@example.org>", "desk@example.org"),
    ("Analysis Unit <unit@example.org>", "Analysis Unit <unit@example.org>"),
    ('"Dr. Bødskov" <m.b@example.org>', '"Dr. Bødskov" <m.b@example.org>'),
    ("Dr. Bødskov <m.b+brief@example.org>", '"Dr. Bødskov" <m.b+brief@example.org>'),
])
def test_good_addresses_come_back_normalised_and_stable(address, normal):
    assert check_address(address, "--to") == normal
    assert check_address(normal, "--to") == normal


def test_several_addresses_in_one_option_are_told_to_repeat_it():
    with pytest.raises(UsageError) as error:
        check_address("a@example.org, b@example.org", "--to")
    assert one_line(error) == "--to: 'a@example.org, b@example.org' holds more than one address; give --to once for each"


def test_bad_to_and_from_are_refused_by_build_message(pdf):
    letter = letter_for(pdf)
    with pytest.raises(UsageError, match=r"^--to: 'x@'"):
        build_message(letter, Recipients(("x@",)), sender=SENDER)
    with pytest.raises(UsageError, match=r"^--bcc: 'y@'"):
        build_message(letter, Recipients((RECIPIENT,), bcc=("y@",)), sender=SENDER)
    with pytest.raises(UsageError, match=r"^--to: give at least one"):
        build_message(letter, Recipients(()), sender=SENDER)
    with pytest.raises(UsageError, match=r"^--from: "):
        build_message(letter, Recipients((RECIPIENT,)), sender="unit@example.org\r\nBcc: spy@example.net")


@pytest.mark.parametrize(("text", "size"), [
    ("10MB", 10_000_000), ("500 KB", 500_000), ("1.5MiB", 1_572_864), ("2000000", 2_000_000),
    ("10 mb", 10_000_000), ("64k", 64_000), ("1GB", 10**9), (" 300B ", 300),
])
def test_parse_size_reads_decimal_and_binary_units(text, size):
    assert parse_size(text) == size


@pytest.mark.parametrize("text", ["", "ten MB", "10 XB", "-5MB", "0", "1.5.2MB", "MB", "10 M B"])
def test_parse_size_refuses_bad_text_naming_max_size(text):
    with pytest.raises(UsageError) as error:
        parse_size(text)
    assert one_line(error).startswith("--max-size: ")


@pytest.mark.parametrize(("n", "text"), [
    (0, "0 bytes"), (1, "1 byte"), (999, "999 bytes"), (1000, "1 KB"), (245_000, "245 KB"),
    (245_678, "246 KB"), (1_500_000, "1.5 MB"), (12_300_000, "12.3 MB"), (10_000_000, "10 MB"),
    (999_960, "1 MB"), (3 * 10**9, "3 GB"),
])
def test_human_size_says_sizes_as_people_do(n, text):
    assert human_size(n) == text


# ---------------------------------------------------------------- the .eml file


def test_eml_is_written_whole_and_reparses(pdf, tmp_path):
    target = tmp_path / "out" / "brief.eml"
    target.parent.mkdir()
    target.write_text("old")
    write_eml(message_for(pdf), target)
    data = target.read_bytes()
    assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b"")
    parsed = email.message_from_bytes(data, policy=policy.default)
    assert parsed["Subject"] == "[TLP:AMBER] Brief – Bødskov"
    assert next(parsed.iter_attachments()).get_content() == pdf.read_bytes()
    assert sorted(p.name for p in target.parent.iterdir()) == ["brief.eml"]


def test_failed_eml_write_keeps_the_old_file_and_leaves_no_temp(pdf, tmp_path, monkeypatch):
    target = tmp_path / "brief.eml"
    target.write_text("old")

    def broken_fsync(descriptor):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", broken_fsync)
    with pytest.raises(OutputError) as error:
        write_eml(message_for(pdf), target)
    assert one_line(error) == f"{target}: cannot write: No space left on device"
    assert target.read_text() == "old" and sorted(p.name for p in tmp_path.iterdir()) == ["brief.eml", "brief.pdf"]


def test_eml_into_an_unusable_folder_is_an_output_error_naming_the_path(pdf, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    with pytest.raises(OutputError) as error:
        write_eml(message_for(pdf), blocker / "brief.eml")
    assert one_line(error) == f"{blocker}: is a file, not a folder; cannot write into it"


# ---------------------------------------------------------------- sending: success paths


def test_starttls_with_login_delivers_through_a_verified_certificate(tls_server, certificate, pdf):
    handler, server = tls_server
    send(message_for(pdf), server, security="starttls", timeout=5, env=tls_env(certificate))
    [envelope] = handler.envelopes
    assert next(received(envelope).iter_attachments()).get_content() == pdf.read_bytes()


def test_ssl_from_the_first_byte_delivers(serve, certificate, pdf):
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(*certificate)
    handler, server = serve(ssl_context=context)
    send(message_for(pdf), server, security="ssl", timeout=5, env={"BRIEF_SMTP_CAFILE": str(certificate[0])})
    assert len(handler.envelopes) == 1


# ---------------------------------------------------------------- sending: failure paths


def test_no_server_listening_is_one_line_about_refusal(pdf):
    port = free_port()
    with pytest.raises(DeliveryError) as error:
        send(message_for(pdf), f"127.0.0.1:{port}", security="none", timeout=2, env={})
    assert one_line(error).startswith(f"cannot connect to 127.0.0.1:{port}: connection refused")


def test_server_that_never_answers_times_out(pdf):
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)
        where = "127.0.0.1:%d" % silent.getsockname()[1]
        with pytest.raises(DeliveryError) as error:
            send(message_for(pdf), where, security="none", timeout=0.5, env={})
    assert one_line(error) == f"{where} did not finish within --timeout 0.5 s; nothing was sent"


def test_server_that_hangs_up_is_reported_as_a_disconnect(pdf):
    with socket.socket() as rude:
        rude.bind(("127.0.0.1", 0))
        rude.listen(1)
        hang_up = threading.Thread(target=lambda: rude.accept()[0].close())
        hang_up.start()
        where = "127.0.0.1:%d" % rude.getsockname()[1]
        with pytest.raises(DeliveryError) as error:
            send(message_for(pdf), where, security="none", timeout=2, env={})
        hang_up.join()
    assert one_line(error).startswith(f"{where} closed the connection unexpectedly")


def test_unresolvable_host_is_named(pdf):
    with pytest.raises(DeliveryError) as error:
        send(message_for(pdf), "no-such-host.invalid:25", security="none", timeout=2, env={})
    assert one_line(error) == "cannot find the SMTP server 'no-such-host.invalid': the host name does not resolve"


def test_refused_recipient_is_named_and_nothing_delivered(serve, pdf):
    handler, server = serve()
    with pytest.raises(DeliveryError) as error:
        send(message_for(pdf, to=["refuse.me@example.org"]), server, security="none", timeout=5, env={})
    assert one_line(error) == (f"{server} refused every recipient, so nothing was sent: "
                               "refuse.me@example.org (550 5.1.1 <refuse.me@example.org>: no such user)")
    assert handler.envelopes == []


def test_partly_refused_recipients_are_named_and_the_rest_delivered(serve, pdf):
    handler, server = serve()
    with pytest.raises(DeliveryError) as error:
        send(message_for(pdf, to=[RECIPIENT, "refuse.me@example.org"]), server, security="none", timeout=5, env={})
    assert one_line(error).startswith(f"{server} refused refuse.me@example.org (550")
    assert error.value.message.endswith("the message went to the other 1 recipient(s)")
    assert [e.rcpt_tos for e in handler.envelopes] == [[RECIPIENT]]


def test_refused_sender_is_named(serve, pdf):
    handler, server = serve(Recorder(refuse_sender="unit@example.org"))
    with pytest.raises(DeliveryError) as error:
        send(message_for(pdf), server, security="none", timeout=5, env={})
    assert "refused the sender unit@example.org (553 5.7.1 sender not allowed)" in one_line(error)


def test_starttls_not_offered_is_said_plainly(serve, pdf):
    handler, server = serve()
    with pytest.raises(DeliveryError) as error:
        send(message_for(pdf), server, security="starttls", timeout=5, env={})
    assert one_line(error).startswith(f"{server} does not offer STARTTLS")
    assert handler.envelopes == []


def test_untrusted_certificate_is_a_tls_failure(tls_server, pdf):
    handler, server = tls_server
    with pytest.raises(DeliveryError) as error:
        send(message_for(pdf), server, security="starttls", timeout=5, env={})
    assert one_line(error).startswith(f"the TLS certificate of {server} cannot be trusted")


def test_ssl_against_a_plain_port_is_a_tls_failure(serve, pdf):
    handler, server = serve()
    with pytest.raises(DeliveryError) as error:
        send(message_for(pdf), server, security="ssl", timeout=5, env={})
    assert one_line(error).startswith(f"TLS with {server} failed")


def test_wrong_password_is_an_authentication_failure_that_never_shows_credentials(tls_server, certificate, pdf):
    handler, server = tls_server
    with pytest.raises(DeliveryError) as error:
        send(message_for(pdf), server, security="starttls", timeout=5, env=tls_env(certificate, "wrong-" + PASSWORD))
    text = one_line(error)
    assert f"{server} refused the login of the user in BRIEF_SMTP_USER" in text
    assert text.endswith("(535 5.7.8); check BRIEF_SMTP_USER and BRIEF_SMTP_PASSWORD")  # the echo is left out
    assert USER not in text and PASSWORD not in text and handler.envelopes == []


def test_non_ascii_password_is_one_line_without_the_password(tls_server, certificate, pdf):
    handler, server = tls_server
    with pytest.raises(DeliveryError) as error:
        send(message_for(pdf), server, security="starttls", timeout=5, env=tls_env(certificate, "pässwörd"))
    assert "holds a character other than ASCII" in one_line(error) and "pässwörd" not in str(error.value)


def test_credentials_never_appear_in_any_failure(serve, certificate, pdf):
    env = tls_env(certificate)
    failures = []
    for server, security in ((f"127.0.0.1:{free_port()}", "starttls"), (serve()[1], "starttls"), (serve()[1], "ssl")):
        with pytest.raises(DeliveryError) as error:
            send(message_for(pdf), server, security=security, timeout=5, env=env)
        failures.append(str(error.value) + repr(error.value) + repr(error.value.__cause__))
    assert all(USER not in text and PASSWORD not in text for text in failures)


def test_credentials_are_never_sent_unencrypted(serve, pdf):
    handler, server = serve()
    with pytest.raises(UsageError) as error:
        send(message_for(pdf), server, security="none", timeout=5, env=tls_env(("x", "y")))
    assert "--security none would send BRIEF_SMTP_PASSWORD unencrypted" in one_line(error)
    assert PASSWORD not in str(error.value) and handler.envelopes == []


def test_half_set_credentials_are_a_usage_error(pdf):
    with pytest.raises(UsageError, match="^BRIEF_SMTP_PASSWORD is not set"):
        send(message_for(pdf), "127.0.0.1:1", env={"BRIEF_SMTP_USER": USER})


@pytest.mark.parametrize("server", ["", "host:", "host:port", "host:99999", "a b:25", "::1:25", "host:25:26", "-bad-:25"])
def test_bad_server_is_a_usage_error_naming_smtp(server, pdf):
    with pytest.raises(UsageError) as error:
        send(message_for(pdf), server, security="none", env={})
    assert one_line(error).startswith("--smtp: ")


@pytest.mark.parametrize(("server", "security", "expected"), [
    ("smtp.example.org", "starttls", ("smtp.example.org", 587)),
    ("smtp.example.org", "ssl", ("smtp.example.org", 465)),
    ("smtp.example.org", "none", ("smtp.example.org", 25)),
    ("127.0.0.1:2525", "none", ("127.0.0.1", 2525)),
    ("[::1]:2525", "none", ("::1", 2525)),
    ("[::1]", "ssl", ("::1", 465)),
])
def test_server_port_defaults_follow_the_security(server, security, expected):
    assert deliver.parse_server(server, deliver.DEFAULT_PORTS[security]) == expected
