"""Virus scanning of uploaded reports by ClamAV's daemon (clamd), over its socket.

The file's bytes are streamed with clamd's documented INSTREAM command (a 4-byte big-endian
length before each chunk, a zero length to finish); clamd answers "stream: OK" or
"stream: <signature> FOUND". Scanning is on when CLAMD_SOCKET or CLAMD_HOST is set. A file is
refused when a signature is found; when the scanner cannot answer, the request is still stored
and its files are held as "not yet scanned" until a rescan (`rescan_held_files`) clears them.
"""

import dataclasses
import datetime
import logging
import socket
import struct

from django.conf import settings
from django.utils import timezone
from django_tasks import task

from .choices import ScanStatus

logger = logging.getLogger(__name__)

CHUNK_SIZE = 64 * 1024
TASK_BACKEND = "requests"
RETRY_DELAYS = [5, 15, 60, 180, 360]  # minutes; then the periodic `rescan_uploads` takes over


class ScannerUnavailable(Exception):
    """clamd is configured but did not answer (down, refused, timed out, or an error reply)."""


@dataclasses.dataclass(frozen=True)
class Verdict:
    status: str
    signature: str = ""

    @property
    def infected(self):
        return self.status == ScanStatus.INFECTED


def scanning_enabled():
    return bool(getattr(settings, "CLAMD_SOCKET", "") or getattr(settings, "CLAMD_HOST", ""))


def _connect():
    timeout = float(getattr(settings, "CLAMD_TIMEOUT", 20))
    if settings.CLAMD_SOCKET:
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        sock.settimeout(timeout)
        sock.connect(settings.CLAMD_SOCKET)
        return sock
    return socket.create_connection(
        (settings.CLAMD_HOST, int(getattr(settings, "CLAMD_PORT", 3310))), timeout=timeout
    )


def _instream(data):
    """clamd's reply to INSTREAM for `data`, without the trailing NUL."""
    with _connect() as sock:
        sock.sendall(b"zINSTREAM\0")
        view = memoryview(data)
        for start in range(0, len(view), CHUNK_SIZE):
            chunk = view[start : start + CHUNK_SIZE]
            sock.sendall(struct.pack(">I", len(chunk)) + chunk)
        sock.sendall(struct.pack(">I", 0))
        reply = b""
        while not reply.endswith(b"\0"):
            part = sock.recv(4096)
            if not part:
                break
            reply += part
    return reply.rstrip(b"\0").decode("utf-8", "replace").strip()


def scan(data):
    """Scan bytes: a Verdict (clean, infected with the signature's name, or off when scanning is
    not configured). Raises ScannerUnavailable when clamd cannot give an answer."""
    if not scanning_enabled():
        return Verdict(ScanStatus.OFF)
    try:
        reply = _instream(data)
    except OSError as error:  # refused, missing socket, timeout (socket.timeout is an OSError)
        raise ScannerUnavailable(type(error).__name__) from error
    if reply.endswith(" FOUND"):
        signature = reply.removeprefix("stream:").removesuffix(" FOUND").strip()
        return Verdict(ScanStatus.INFECTED, signature[:100])
    if reply.endswith(" OK"):
        return Verdict(ScanStatus.CLEAN)
    # "INSTREAM size limit exceeded. ERROR" and the like: no verdict, so no trust.
    raise ScannerUnavailable(reply[:100] or "no reply")


def rescan(request_files):
    """Scan held files again; return (cleared, infected, still held) counts. Stops at the first
    file the scanner cannot answer for: the others would wait for the same timeout."""
    cleared = infected = 0
    held = list(request_files)
    for index, request_file in enumerate(held):
        try:
            with request_file.file.open("rb") as handle:  # decrypted by the storage
                verdict = scan(handle.read())
        except ScannerUnavailable as error:
            logger.warning("Rescan stopped: the virus scanner did not answer (%s)", error)
            return cleared, infected, len(held) - index
        except FileNotFoundError:
            logger.error(
                "Held file %s of request %s is missing", request_file.pk, request_file.request
            )
            continue
        if verdict.status == ScanStatus.OFF:
            return cleared, infected, len(held) - index
        request_file.scan_status = verdict.status
        request_file.scanned_at = timezone.now()
        request_file.save(update_fields=["scan_status", "scanned_at"])
        if verdict.infected:
            infected += 1
            logger.warning(
                "Virus found in a file of request %s (%s): held",
                request_file.request,
                verdict.signature,
            )
        else:
            cleared += 1
    return cleared, infected, 0


@task(backend=TASK_BACKEND)
def rescan_held_files(request_id=None, attempt=0):
    """Scan the files held as "not yet scanned" (of one request, or all); try again later
    while the scanner is down, with growing delays."""
    from .models.requests import RequestFile

    held = RequestFile.objects.filter(scan_status=ScanStatus.PENDING).select_related("request")
    if request_id is not None:
        held = held.filter(request_id=request_id)
    cleared, infected, waiting = rescan(held)
    if waiting and attempt < len(RETRY_DELAYS):
        run_after = timezone.now() + datetime.timedelta(minutes=RETRY_DELAYS[attempt])
        rescan_held_files.using(run_after=run_after).enqueue(request_id, attempt + 1)
    return f"{cleared} cleared, {infected} infected, {waiting} still held"


def enqueue_rescan_if_held(patient_request, request_files):
    """Inside the caller's transaction: a rescan for a request whose files are held."""
    if any(f.scan_status == ScanStatus.PENDING for f in request_files):
        rescan_held_files.enqueue(patient_request.pk)
