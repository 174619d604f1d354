"""A real ClamAV daemon for the tests, with a signature database the tests write.

The official databases cannot be downloaded here, so the daemon knows one signature: the EICAR
test string, anywhere in a file (a .ndb body signature). Needs Debian's clamav-daemon
(`apt-get install clamav-daemon`); skipped without it, except in CI (.ci/run installs it).
"""

import os
import shutil
import socket
import subprocess
import time
from pathlib import Path

import pytest

from tests.upload_samples import EICAR

CLAMD = shutil.which("clamd") or "/usr/sbin/clamd"
SIGNATURE = "Spineclinic-Test-EICAR"


def ping(path):
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
            sock.settimeout(2)
            sock.connect(str(path))
            sock.sendall(b"zPING\0")
            return sock.recv(16).startswith(b"PONG")
    except OSError:
        return False


@pytest.fixture(scope="session")
def clamd_socket(tmp_path_factory):
    """Start clamd on a socket in a temporary folder; its socket path."""
    if not os.path.exists(CLAMD):
        message = "clamd not found: install Debian's clamav-daemon to run the virus-scan tests"
        if os.environ.get("CI") == "true":
            pytest.fail(f"{message}; they must run in CI", pytrace=False)
        pytest.skip(message)
    workdir = Path(tmp_path_factory.mktemp("clamd"))
    database = workdir / "db"
    database.mkdir()
    (database / "test.ndb").write_text(f"{SIGNATURE}:0:*:{EICAR.hex()}\n")
    sock = workdir / "clamd.sock"
    config = workdir / "clamd.conf"
    config.write_text(
        "\n".join(
            [
                f"LocalSocket {sock}",
                f"DatabaseDirectory {database}",
                f"TemporaryDirectory {workdir}",
                f"PidFile {workdir / 'clamd.pid'}",
                f"LogFile {workdir / 'clamd.log'}",
                "Foreground true",
                "StreamMaxLength 25M",
                "",
            ]
        )
    )
    log = open(workdir / "output.log", "wb")  # noqa: SIM115
    process = subprocess.Popen(  # noqa: S603
        [CLAMD, "--config-file", str(config)], stdout=log, stderr=subprocess.STDOUT
    )
    try:
        deadline = time.monotonic() + 60
        while not ping(sock):
            if process.poll() is not None or time.monotonic() > deadline:
                log.flush()
                output = (workdir / "output.log").read_text(errors="replace")
                pytest.fail(f"clamd did not start:\n{output[-2000:]}", pytrace=False)
            time.sleep(0.2)
        yield str(sock)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()


@pytest.fixture
def scanner(settings, clamd_socket):
    """Scanning on, with the test clamd."""
    settings.CLAMD_SOCKET = clamd_socket
    settings.CLAMD_HOST = ""
    return clamd_socket


@pytest.fixture
def scanner_down(settings, tmp_path):
    """Scanning configured, but nothing listens on the socket."""
    settings.CLAMD_SOCKET = str(tmp_path / "no-clamd.sock")
    settings.CLAMD_HOST = ""
    return settings.CLAMD_SOCKET


@pytest.fixture
def scanner_hanging(settings, tmp_path):
    """Scanning configured; the socket accepts connections but never answers."""
    path = tmp_path / "silent.sock"
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
        server.bind(str(path))
        server.listen(8)
        settings.CLAMD_SOCKET = str(path)
        settings.CLAMD_HOST = ""
        settings.CLAMD_TIMEOUT = 0.5
        yield settings.CLAMD_SOCKET
