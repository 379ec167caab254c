"""Email delivery of a brief: a MIME message with the PDF attached, saved as .eml or sent over SMTP.

The message is multipart/mixed: a multipart/alternative cover (the plain-text and HTML bodies
that the email writers drew from the cover document) followed by the PDF. This module only
builds the MIME message and speaks SMTP. Every value that reaches a header is checked for line
breaks; Bcc recipients are in the envelope only. SMTP credentials come only from the environment
and never appear in any message this module raises.
"""

from __future__ import annotations

import base64
import contextlib
import datetime
import hashlib
import os
import re
import smtplib
import socket
import ssl
import threading
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path
from typing import Literal

from report.doctree import clean, source_date_epoch
from report.errors import BriefError, DeliveryError, InputError, UsageError
from report.files import read_regular, write_atomically

USER_VAR = "BRIEF_SMTP_USER"
PASSWORD_VAR = "BRIEF_SMTP_PASSWORD"
CAFILE_VAR = "BRIEF_SMTP_CAFILE"  # extra CA bundle to trust, for a server with a private certificate

_WORD = re.compile(r"[^\s()<>\[\],;:\"']+")  # a token of a server reply, as a secret could be echoed in
_STATUS = re.compile(r"^[245]\.\d{1,3}\.\d{1,3}\b")  # the enhanced status code that opens a reply: 5.7.8
MAX_PDF = 200 * 2**20  # read no more than this of a file named as the PDF, whatever --max-size says
MAX_ADDRESS_FILE = 1_000_000  # bytes: some ten thousand addresses, far more than any brief goes to
DEFAULT_PORTS = {"starttls": 587, "ssl": 465, "none": 25}

# Multipliers for --max-size; a bare number is bytes. Decimal units as disks and mail providers count.
SIZE_UNITS = {
    "": 1, "b": 1,
    "k": 1000, "kb": 1000, "m": 1000**2, "mb": 1000**2, "g": 1000**3, "gb": 1000**3,
    "kib": 1024, "mib": 1024**2, "gib": 1024**3,
}
SIZE_PATTERN = re.compile(r"(?P<number>\d+(?:\.\d+)?|\.\d+)\s*(?P<unit>[a-z]*)", re.IGNORECASE)

# A dot-atom local part and a host name of LDH labels: what every SMTP server accepts unquoted.
LOCAL_PART = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*")
DOMAIN = re.compile(r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?")
NAMED_ADDRESS = re.compile(r"(?P<name>[^<>]*)<(?P<addr>[^<>]*)>")
# Characters a display name may not hold: they would start a second address, a group or a
# quoted part, or make the name pass for an address ("boss@example.org" <attacker@example.net>).
NAME_FORBIDDEN = set('@,;:<>"\\[]')

SERVER = re.compile(r"(?:\[(?P<v6>[0-9A-Fa-f:.]+)\]|(?P<host>[^:\s\[\]]+))(?::(?P<port>\d{1,5}))?")
HOST_NAME = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?")
PDF_MAGIC = b"%PDF-"


@dataclass(frozen=True)
class Letter:
    """What a message says: the brief's title and marking (for the subject and the attachment's
    name), the plain-text and HTML bodies the email writers wrote, and the PDF it carries."""

    title: str
    classification: str
    plain: str
    html: str
    pdf: bytes
    filename: str


@dataclass(frozen=True)
class Recipients:
    """Who receives a message: To and Cc are headers every recipient sees; Bcc is in no header."""

    to: tuple[str, ...]
    cc: tuple[str, ...] = ()
    bcc: tuple[str, ...] = ()

    def envelope(self) -> list[str]:
        """Return every bare address the server must deliver to, each once, To first."""
        return list(dict.fromkeys(_addr_spec(a) for a in (*self.to, *self.cc, *self.bcc)))


# ---------------------------------------------------------------- sizes


def parse_size(text: str) -> int:
    """Return the byte count `text` names ("10MB", "500 KB", "1.5MiB", "2000000").

    Raise UsageError naming --max-size when the text is not a positive size.
    """
    match = SIZE_PATTERN.fullmatch(text.strip())
    unit = match["unit"].lower() if match else ""
    if not match or unit not in SIZE_UNITS:
        raise UsageError(f"--max-size: {text!r} is not a size; write it like 10MB, 500KB, 1.5MiB or 2000000")
    size = int(float(match["number"]) * SIZE_UNITS[unit])
    if size <= 0:
        raise UsageError(f"--max-size: {text!r} must be more than zero")
    return size


def human_size(n: int) -> str:
    """Return `n` bytes in decimal units as a person says them: "900 bytes", "12.3 MB", "245 KB"."""
    if n < 1000:
        return f"{n} byte" if n == 1 else f"{n} bytes"
    value = float(n)
    for unit in ("KB", "MB", "GB", "TB"):
        value /= 1000
        if round(value, 1) < 1000 or unit == "TB":
            break
    shown = f"{value:.0f}" if value >= 100 else f"{value:.1f}".removesuffix(".0")
    return f"{shown} {unit}"


# ---------------------------------------------------------------- addresses and header values


def check_address(address: str, field: str) -> str:
    """Return `address` normalised ("a@example.org" or "Name <a@example.org>"), domain lower-cased.

    Accept one address, bare or with a plain display name. Raise UsageError naming `field` for
    anything else: a line break, a second address, a display name that holds an address or
    quoting, a local part or domain an SMTP server would not take unquoted, non-ASCII addresses.
    """
    if any(ord(c) < 32 or ord(c) == 127 for c in address):
        raise UsageError(f"{field}: {address!r} holds a line break or control character")
    text = address.strip()
    if "," in text or ";" in text:
        raise UsageError(f"{field}: {address!r} holds more than one address; give {field} once for each")
    named = NAMED_ADDRESS.fullmatch(text)
    name, spec = (_unquoted(named["name"].strip()), named["addr"].strip()) if named else ("", text)
    if named and (set(name) & NAME_FORBIDDEN):
        raise UsageError(f"{field}: the display name in {address!r} may not contain any of @ , ; : < > \" \\ [ ]")
    local, at, domain = spec.rpartition("@")
    if not (at and _is_addr_spec(local, domain)):
        raise UsageError(f"{field}: {address!r} is not a valid email address")
    return str(Address(display_name=name, username=local, domain=domain.lower()))


def read_addresses(path: Path) -> list[str]:
    """Return the addresses listed in the file at `path`, normalised, in order.

    One address a line; blank lines and everything after a "#" are ignored. Raise InputError
    naming the file (and the line, for an address that is not valid).
    """
    try:
        text = read_regular(path, MAX_ADDRESS_FILE, "a list of addresses").decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(f"{path}: not UTF-8 text (byte {error.start})") from None
    addresses = []
    for number, line in enumerate(text.splitlines(), 1):
        address = line.partition("#")[0].strip()
        if address:
            try:
                addresses.append(check_address(address, f"{path}:{number}"))
            except UsageError as error:
                raise InputError(error.message) from None
    if not addresses:
        raise InputError(f"{path}: lists no address (one a line; # starts a comment)")
    return addresses


def _unquoted(name: str) -> str:
    """Return a display name without the one pair of double quotes that may wrap it."""
    return name[1:-1].strip() if len(name) >= 2 and name[0] == name[-1] == '"' else name


def _is_addr_spec(local: str, domain: str) -> bool:
    """Return whether local@domain is a plain ASCII address with a dotted host name."""
    return (len(local) <= 64 and len(domain) <= 253
            and LOCAL_PART.fullmatch(local) is not None and DOMAIN.fullmatch(domain) is not None)


def _addr_spec(address: str) -> str:
    """Return the bare address of a normalised address ("Name <a@b.org>" → "a@b.org")."""
    named = NAMED_ADDRESS.fullmatch(address)
    return named["addr"].strip() if named else address


def _check_header_text(value: str, field: str) -> str:
    """Return `value` unchanged; raise UsageError naming `field` if it holds CR, LF or another control."""
    if any(ord(c) < 32 or ord(c) == 127 for c in value if c != "\t"):
        raise UsageError(f"{field}: {value!r} holds a line break or control character; a header must be one line")
    return value


# ---------------------------------------------------------------- the message


def attachment_name(pdf: Path, title: str) -> str:
    """Return the file name the recipient sees: the title made safe as a file name, plus ".pdf".

    Fall back to the PDF's own name when the title leaves nothing usable. Path separators,
    characters Windows forbids and control characters become spaces; length is capped.
    """
    safe = re.sub(r'[\\/:*?"<>|\x00-\x1f\x7f]+', " ", title)
    safe = " ".join(safe.split()).strip(" .")[:120].rstrip(" .")
    return f"{safe}.pdf" if safe else pdf.name


def build_message(letter: Letter, recipients: Recipients, *, sender: str, subject: str | None = None) -> EmailMessage:
    """Return the email carrying the letter's PDF under a plain-text and an HTML body.

    Addresses are checked (UsageError naming --to, --cc, --bcc or --from); Bcc recipients are
    named in no header. The subject defaults to "[CLASSIFICATION] title". Under SOURCE_DATE_EPOCH
    the Date, Message-ID and MIME boundaries are fixed, so equal input gives byte-identical output.
    """
    to, cc = (tuple(check_address(a, f"--{kind}") for a in getattr(recipients, kind)) for kind in ("to", "cc"))
    for address in recipients.bcc:
        check_address(address, "--bcc")
    if not (to or cc or recipients.bcc):
        raise UsageError("--to: give at least one recipient")
    sender = check_address(sender, "--from")
    subject = _check_header_text(subject if subject is not None else default_subject(letter.title, letter.classification),
                                 "--subject")
    headers = {"From": sender, "To": ", ".join(to), "Cc": ", ".join(cc), "Subject": clean(subject)}
    headers = {name: value for name, value in headers.items() if value}
    digest = hashlib.sha256(repr((headers, letter.plain, letter.html)).encode() + letter.pdf).hexdigest()[:32]

    message = EmailMessage(policy=policy.SMTP)
    message["Date"], message["Message-ID"] = _date_and_id(digest, _addr_spec(sender).rpartition("@")[2])
    for name, value in headers.items():
        message[name] = value
    # Quoted-printable keeps the wire form 7-bit: any server relays it, 8BITMIME or not.
    message.set_content(clean(letter.plain), subtype="plain", charset="utf-8", cte="quoted-printable")
    message.add_alternative(clean(letter.html), subtype="html", charset="utf-8", cte="quoted-printable")
    message.add_attachment(letter.pdf, maintype="application", subtype="pdf", filename=letter.filename,
                           params={"name": letter.filename})
    _settle_parts(message, digest)
    return message


def default_subject(title: str, classification: str) -> str:
    """Return "[CLASSIFICATION] title", or the bare title when there is no marking.

    Raise UsageError naming the field when the title or the marking holds a line break.
    """
    _check_header_text(title, "title")
    _check_header_text(classification, "classification")
    return f"[{classification}] {title}" if classification else title


def read_pdf(pdf: Path, max_size: int | None) -> bytes:
    """Return the bytes of `pdf`; raise DeliveryError naming it if missing, unreadable, not a
    regular file, not a PDF, or larger than `max_size` bytes (never reading more than MAX_PDF)."""
    data = read_regular(pdf, MAX_PDF, "a PDF", DeliveryError)
    if not data.startswith(PDF_MAGIC):
        raise DeliveryError(f"{pdf} is not a PDF (it does not start with %PDF-)")
    if max_size is not None and len(data) > max_size:
        raise DeliveryError(_too_big(pdf, len(data), max_size))
    return data


def _too_big(pdf: Path, size: int, limit: int) -> str:
    """Return the one line saying `pdf` exceeds the limit, exact bytes when rounding hides the gap."""
    shown, allowed = human_size(size), human_size(limit)
    if shown == allowed:
        shown, allowed = f"{size:,} bytes", f"{limit:,} bytes"
    return f"{pdf} is {shown}, over the {allowed} limit set by --max-size"


def _date_and_id(digest: str, domain: str) -> tuple[str, str]:
    """Return the Date and Message-ID headers: fixed ones from SOURCE_DATE_EPOCH when it is set."""
    epoch = source_date_epoch()
    if epoch is not None:
        when = datetime.datetime.fromtimestamp(epoch, tz=datetime.timezone.utc)
        return format_datetime(when), f"<{epoch}.{digest}@{domain}>"
    now = datetime.datetime.now(datetime.timezone.utc).astimezone()
    return format_datetime(now), make_msgid(domain=domain)


def _settle_parts(message: EmailMessage, digest: str) -> None:
    """Give both multiparts boundaries made from the content and drop the parts' MIME-Version.

    Boundaries from the content, not from random numbers, let a rebuild give the same bytes;
    MIME-Version belongs in the top-level header only (the stdlib repeats it in each part).
    """
    message.set_boundary(f"mixed-{digest}")
    message.get_payload(0).set_boundary(f"alternative-{digest}")
    for part in message.walk():
        if part is not message:
            del part["MIME-Version"]


def write_eml(message: EmailMessage, path: Path) -> None:
    """Write `message` to `path` as an .eml file (CRLF line ends), all at once or not at all.

    Raise OutputError naming the path when it cannot be written.
    """
    write_atomically(path, message.as_bytes(policy=policy.SMTP))


# ---------------------------------------------------------------- sending


def send(message: EmailMessage, server: str, *, envelope: Sequence[str] | None = None,
         security: Literal["starttls", "ssl", "none"] = "starttls",
         timeout: float = 30.0, env: Mapping[str, str] = os.environ) -> None:
    """Send `message` through the SMTP server at `server` ("host[:port]").

    It goes to the addresses of `envelope` (give it to reach Bcc recipients, whom no header
    names), else to those of its To and Cc headers.

    Log in when BRIEF_SMTP_USER and BRIEF_SMTP_PASSWORD are set in `env` (never over an
    unencrypted connection); trust BRIEF_SMTP_CAFILE besides the system CAs. Raise UsageError
    for a bad --smtp or --security, DeliveryError with one line for every failure on the way,
    including recipients the server refused while accepting others.
    """
    if security not in DEFAULT_PORTS:
        raise UsageError(f"--security: {security!r} is not one of {', '.join(DEFAULT_PORTS)}")
    host, port = parse_server(server, DEFAULT_PORTS[security])
    login = _credentials(env, security)
    where = _where(host, port)
    secrets = login or ()
    deadline = _Deadline(timeout)
    try:
        with _connect(host, port, security, timeout, env, deadline) as smtp:
            if security == "starttls":
                _starttls(smtp, where, _tls_context(env))
            if login:
                _login(smtp, where, *login)
            refused = smtp.send_message(message, to_addrs=envelope)
    except BriefError:
        raise
    except (OSError, UnicodeError) as error:  # smtplib and ssl errors are OSErrors too; _explain sorts them
        if deadline.expired:
            raise DeliveryError(f"{where} did not finish within --timeout {timeout:g} s; nothing was sent") from None
        raise DeliveryError(_scrub(_explain(error, where, host), secrets)) from None
    finally:
        deadline.cancel()
    if refused:
        count = len(envelope) if envelope is not None else _header_count(message)
        raise DeliveryError(_scrub(_refused_line(refused, count, where), secrets))


class _Deadline:
    """Cuts an SMTP connection when `seconds` have passed since it was armed, however the server
    trickles its replies: a socket timeout bounds each read, this bounds the whole exchange."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.started: float | None = None
        self.timer: threading.Timer | None = None

    @property
    def expired(self) -> bool:
        """Return True once the time is up, whether the timer has cut the connection yet or a read
        timed out first: a socket timeout that ends the time allowed ends it as the deadline would."""
        return self.started is not None and time.monotonic() - self.started >= self.seconds

    def arm(self, smtp: smtplib.SMTP) -> None:
        """Start counting; when time is up, shut the connection's socket, which ends any read or write."""
        def cut() -> None:
            if smtp.sock is not None:
                with contextlib.suppress(OSError):
                    smtp.sock.shutdown(socket.SHUT_RDWR)

        self.started = time.monotonic()
        self.timer = threading.Timer(self.seconds, cut)
        self.timer.daemon = True
        self.timer.start()

    def cancel(self) -> None:
        if self.timer is not None:
            self.timer.cancel()


def parse_server(server: str, default_port: int) -> tuple[str, int]:
    """Return (host, port) from "host", "host:port", "[v6]" or "[v6]:port"; UsageError naming --smtp."""
    match = SERVER.fullmatch(server.strip())
    if not match or not (match["v6"] or HOST_NAME.fullmatch(match["host"])):
        raise UsageError(f"--smtp: {server!r} is not a server; write it as host or host:port, e.g. smtp.example.org:587")
    host = match["v6"] or match["host"]
    port = int(match["port"] or default_port)
    if not 0 < port < 65536:
        raise UsageError(f"--smtp: port {port} is out of range (1 to 65535)")
    return host, port


def _where(host: str, port: int) -> str:
    """Return host:port as the user would write it back."""
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def _credentials(env: Mapping[str, str], security: str) -> tuple[str, str] | None:
    """Return (user, password) from the environment, None when neither is set.

    Raise UsageError when only one is set, or when they would cross the network unencrypted.
    """
    user, password = env.get(USER_VAR, ""), env.get(PASSWORD_VAR, "")
    if not user and not password:
        return None
    if not (user and password):
        missing = PASSWORD_VAR if user else USER_VAR
        raise UsageError(f"{missing} is not set; set both {USER_VAR} and {PASSWORD_VAR}, or neither")
    if security == "none":
        raise UsageError(f"--security none would send {PASSWORD_VAR} unencrypted; use starttls or ssl, "
                         f"or unset {USER_VAR} and {PASSWORD_VAR}")
    return user, password


def _tls_context(env: Mapping[str, str]) -> ssl.SSLContext:
    """Return a verifying TLS context that also trusts the CA file named by BRIEF_SMTP_CAFILE."""
    context = ssl.create_default_context()
    cafile = env.get(CAFILE_VAR, "")
    if cafile:
        try:
            context.load_verify_locations(cafile=cafile)
        except (OSError, ssl.SSLError) as error:
            raise UsageError(f"{CAFILE_VAR}: {cafile} is not a readable CA file ({_reason(error)})") from None
    return context


def _connect(host: str, port: int, security: str, timeout: float, env: Mapping[str, str],
             deadline: _Deadline) -> smtplib.SMTP:
    """Return an SMTP connection to host:port, TLS from the first byte when `security` is "ssl";
    `deadline` is armed before the first byte, so it bounds the greeting too."""
    if security == "ssl":
        smtp: smtplib.SMTP = smtplib.SMTP_SSL(timeout=timeout, context=_tls_context(env))
    else:
        smtp = smtplib.SMTP(timeout=timeout)
    smtp._host = host  # what smtplib checks the server's certificate against, as SMTP(host) sets it
    deadline.arm(smtp)
    smtp.connect(host, port)
    return smtp


def _starttls(smtp: smtplib.SMTP, where: str, context: ssl.SSLContext) -> None:
    """Upgrade the connection to TLS; DeliveryError when the server does not offer STARTTLS."""
    smtp.ehlo()
    if not smtp.has_extn("starttls"):
        raise DeliveryError(f"{where} does not offer STARTTLS; use --security ssl (port 465), "
                            "or --security none on a trusted network")
    smtp.starttls(context=context)
    smtp.ehlo()


def _login(smtp: smtplib.SMTP, where: str, user: str, password: str) -> None:
    """Log in; DeliveryError when the server offers no login or refuses these credentials."""
    smtp.ehlo_or_helo_if_needed()
    if not smtp.has_extn("auth"):
        raise DeliveryError(f"{where} offers no login (AUTH), but {USER_VAR} is set; unset it to send without one")
    try:
        smtp.login(user, password)
    except smtplib.SMTPAuthenticationError as error:
        # The reply's words are left out: a server may echo what it was sent, and that is the credentials.
        reply = " ".join([str(error.smtp_code), *_STATUS.findall(_text(error.smtp_error))[:1]])
        raise DeliveryError(f"{where} refused the login of the user in {USER_VAR} ({reply}); "
                            f"check {USER_VAR} and {PASSWORD_VAR}") from None


# What went wrong while talking to the server, by the kind of error: the first kind that fits
# speaks. SMTP errors come first, as smtplib's errors are OSErrors too.
_EXPLANATIONS: tuple[tuple[type[BaseException], str], ...] = (
    (smtplib.SMTPRecipientsRefused, "{where} refused every recipient, so nothing was sent: {refusals}"),
    (smtplib.SMTPSenderRefused, "{where} refused the sender {sender} ({reply})"),
    (smtplib.SMTPDataError, "{where} refused the message ({reply})"),
    (smtplib.SMTPConnectError, "{where} would not take a connection ({reply})"),
    (smtplib.SMTPServerDisconnected, "{where} closed the connection unexpectedly; check --security and the port"),
    (smtplib.SMTPResponseException, "{where} answered with an error ({reply})"),
    (smtplib.SMTPNotSupportedError, "{where} does not support what the message needs: {reason}"),
    (smtplib.SMTPException, "talking to {where} failed: {reason}"),
    (ssl.SSLCertVerificationError, "the TLS certificate of {where} cannot be trusted: {verification}"),
    (ssl.SSLError, "TLS with {where} failed ({reason}); check --security and the port"),
    (socket.gaierror, "cannot find the SMTP server {host!r}: the host name does not resolve"),
    (ConnectionRefusedError, "cannot connect to {where}: connection refused (is an SMTP server listening on that port?)"),
    (TimeoutError, "{where} did not answer within the time limit; check the host, the port and the firewall"),
    (ConnectionError, "the connection to {where} broke: {reason}"),
    (OSError, "cannot connect to {where}: {reason}"),
    # smtplib sends logins as ASCII only
    (UnicodeError, "{user_var} or {password_var} holds a character other than ASCII, which SMTP login cannot carry"),
    (BaseException, "sending through {where} failed: {kind}: {reason}"),
)


def _explain(error: Exception, where: str, host: str) -> str:
    """Return the one line that tells the user what went wrong while talking to the server."""
    shown: BaseException = error
    if isinstance(error, smtplib.SMTPServerDisconnected) and isinstance(error.__context__, TimeoutError):
        shown = error.__context__  # the server went quiet: say so, not that it hung up
    template = next(text for kind, text in _EXPLANATIONS if isinstance(shown, kind))
    return template.format(
        where=where, host=host, kind=type(error).__name__, reason=_reason(error),
        reply=_reply(getattr(error, "smtp_code", ""), getattr(error, "smtp_error", "")),
        sender=_text(getattr(error, "sender", "")), refusals=_refusals(getattr(error, "recipients", {})),
        verification=getattr(error, "verify_message", None) or _reason(error),
        user_var=USER_VAR, password_var=PASSWORD_VAR,
    )


def _header_count(message: EmailMessage) -> int:
    """Return how many addresses the To and Cc headers of `message` name."""
    return sum(len(message[name].addresses) for name in ("To", "Cc") if message[name])


def _refused_line(refused: Mapping[str, tuple[int, bytes]], count: int, where: str) -> str:
    """Return the line for recipients refused while the rest of `count` were accepted."""
    others = count - len(refused)
    return f"{where} refused {_refusals(refused)}; the message went to the other {others} recipient(s)"


def _refusals(refused: Mapping[str, tuple[int, bytes]]) -> str:
    """Return "a@b.org (550 no such user), …" for refused recipients."""
    return ", ".join(f"{address} ({_reply(code, text)})" for address, (code, text) in refused.items())


def _reply(code: int, text: bytes | str) -> str:
    """Return an SMTP reply as one line: "550 5.1.1 no such user"."""
    return f"{code} {_text(text)}".strip()


def _text(value: bytes | str) -> str:
    """Return server text decoded and folded onto one line."""
    text = value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)
    return " ".join(text.split())


def _reason(error: BaseException) -> str:
    """Return the human part of an OS or TLS error on one line."""
    reason = getattr(error, "reason", None) or getattr(error, "strerror", None) or str(error) or type(error).__name__
    return " ".join(str(reason).split())


def _scrub(line: str, secrets: Iterable[str]) -> str:
    """Return `line` with every word that holds a secret, plainly or base64-encoded as SMTP login
    sends it (AUTH PLAIN, AUTH LOGIN), replaced by "***", so no credential reaches the screen."""
    wanted = [secret for secret in secrets if secret]
    for secret in wanted:  # first as written, whatever characters the secret holds
        line = line.replace(secret, "***")
    return _WORD.sub(lambda match: "***" if _holds_secret(match.group(), wanted) else match.group(), line)


def _holds_secret(word: str, secrets: list[str]) -> bool:
    """Return True when `word`, as written or decoded from base64, contains one of `secrets`."""
    decoded = ""
    with contextlib.suppress(ValueError):
        decoded = base64.b64decode(word + "=" * (-len(word) % 4), validate=True).decode("utf-8", "replace")
    return any(secret in word or secret in decoded for secret in secrets)
