"""SMTP servers that trickle or echo: the whole exchange is bounded, no credential is ever shown.

Every server here is real and listens on 127.0.0.1 only; each test is bounded in time.
"""

from __future__ import annotations

import base64
import contextlib
import socket
import ssl
import threading
import time

import pytest

from report.deliver import send
from report.errors import DeliveryError
from tests.test_deliver import PASSWORD, USER, certificate, message_for, pdf, tls_env  # noqa: F401  (fixtures)


class Trickler(threading.Thread):
    """A server that sends its greeting one byte every `pause` seconds, then hangs up after about
    twenty seconds: a client without a deadline fails the test instead of hanging it."""

    def __init__(self, pause: float = 0.5) -> None:
        super().__init__(daemon=True)
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.where = "127.0.0.1:%d" % self.listener.getsockname()[1]
        self.pause = pause
        self.stop = threading.Event()

    def run(self) -> None:
        connection, _ = self.listener.accept()
        with connection:
            for byte in b"220-" + b"x" * 40:
                if self.stop.wait(self.pause):
                    return
                try:
                    connection.sendall(bytes([byte]))
                except OSError:
                    return


def test_a_trickling_server_cannot_outlast_the_timeout(pdf):
    server = Trickler()
    server.start()
    started = time.monotonic()
    try:
        with pytest.raises(DeliveryError) as error:
            send(message_for(pdf), server.where, security="none", timeout=2, env={})
    finally:
        server.stop.set()
        server.listener.close()
    assert time.monotonic() - started < 15  # well before the server gives up; a bound, not a measurement
    assert str(error.value) == f"{server.where} did not finish within --timeout 2 s; nothing was sent"


class Echo(threading.Thread):
    """A STARTTLS server that takes any login, then refuses the sender, echoing the AUTH data it got."""

    def __init__(self, cert: tuple) -> None:
        super().__init__(daemon=True)
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.where = "127.0.0.1:%d" % self.listener.getsockname()[1]
        self.context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        self.context.load_cert_chain(*cert)
        self.heard: list[str] = []

    def run(self) -> None:
        connection, _ = self.listener.accept()
        connection.settimeout(10)
        stream = connection.makefile("rwb")
        say = lambda line: (stream.write(line.encode() + b"\r\n"), stream.flush())  # noqa: E731
        say("220 echo ready")
        auth = ""
        while line := stream.readline().decode().strip():
            verb = line.split(" ")[0].upper()
            if verb == "EHLO":
                say("250-echo\r\n250-STARTTLS\r\n250 AUTH PLAIN LOGIN")
            elif verb == "STARTTLS":
                say("220 go ahead")
                connection = self.context.wrap_socket(connection, server_side=True)
                stream = connection.makefile("rwb")
            elif verb == "AUTH":
                auth = line.split(" ", 2)[-1]
                say("235 2.7.0 accepted " + auth)
            else:
                say(f"550 5.7.1 you logged in as {auth} {line}")
                break
        connection.close()


def test_a_server_echoing_the_login_never_gets_it_shown(pdf, certificate):  # noqa: F811
    server = Echo(certificate)
    server.start()
    with pytest.raises(DeliveryError) as error:
        send(message_for(pdf), server.where, security="starttls", timeout=10, env=tls_env(certificate))
    server.join(10)
    shown = str(error.value)
    plain = base64.b64encode(f"\0{USER}\0{PASSWORD}".encode()).decode()
    assert "550 5.7.1 you logged in as" in shown
    for secret in (USER, PASSWORD, plain, base64.b64encode(PASSWORD.encode()).decode()):
        assert secret not in shown
    for word in shown.split():  # not even a part of the login that decodes to the user's name
        with contextlib.suppress(ValueError):
            assert USER.encode() not in base64.b64decode(word + "=" * (-len(word) % 4))
