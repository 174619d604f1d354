"""Keyset ("seek") pagination of the list of requests: a page starts after the last row of
the page before, found through the index on the list's order, so page 1,000 costs what page 1
does (an OFFSET makes the database walk past every row before the page).

The links carry a signed cursor: the sort key of the row to continue from, which nobody can
forge into a query on other columns or values.
"""

import datetime
from dataclasses import dataclass

from django.core import signing
from django.db import connection
from django.db.models import BooleanField
from django.db.models.expressions import RawSQL

# The list's order, matching the index request_triage_order: urgent first, newest first, and
# the id to break ties between requests sent in the same instant.
ORDER = ("-urgent", "-submitted_at", "-id")
REVERSED = ("urgent", "submitted_at", "id")
SALT = "consultations.request-list-cursor"


def make_cursor(patient_request):
    return signing.dumps(
        [patient_request.urgent, patient_request.submitted_at.isoformat(), patient_request.pk],
        salt=SALT,
        compress=True,
    )


def read_cursor(token):
    """(urgent, submitted_at, id), or None for a cursor that is missing, tampered with or
    malformed (the list then starts at its first page)."""
    if not token:
        return None
    try:
        urgent, submitted_at, pk = signing.loads(token, salt=SALT)
        return bool(urgent), datetime.datetime.fromisoformat(submitted_at), int(pk)
    except (signing.BadSignature, TypeError, ValueError):
        return None


def beyond(queryset, key, comparison):
    """Rows whose (urgent, submitted_at, id) compares to the key as `comparison` ('<' is older,
    further down the list; '>' newer). A row-value comparison, which PostgreSQL answers by
    seeking in the index on those three columns, and SQLite understands too."""
    urgent, submitted_at, pk = key
    table = connection.ops.quote_name(queryset.model._meta.db_table)
    columns = ", ".join(
        f"{table}.{connection.ops.quote_name(name)}" for name in ("urgent", "submitted_at", "id")
    )
    value = connection.ops.adapt_datetimefield_value(submitted_at)
    # Only the operator is put in the SQL text, and it is one of two constants; the values are
    # bound parameters.
    sql = f"({columns}) {'<' if comparison == '<' else '>'} (%s, %s, %s)"
    return queryset.filter(RawSQL(sql, (urgent, value, pk), output_field=BooleanField()))  # noqa: S611  # nosec B611


@dataclass
class KeysetPage:
    object_list: list
    older: str | None  # cursor of the next page down the list
    newer: str | None  # cursor of the page above
    is_first: bool


def keyset_page(queryset, size, after=None, before=None):
    """The page of `size` rows after the cursor `after` (older), or before `before` (newer);
    the first page without either."""
    before_key = read_cursor(before)
    if before_key is not None:
        rows = list(beyond(queryset, before_key, ">").order_by(*REVERSED)[: size + 1])
        if len(rows) > size:
            rows = rows[:size][::-1]
            return KeysetPage(rows, make_cursor(rows[-1]), make_cursor(rows[0]), False)
        # Back at the top: show the first page, full.
    after_key = read_cursor(after) if before_key is None else None
    if after_key is not None:
        queryset = beyond(queryset, after_key, "<")
    rows = list(queryset.order_by(*ORDER)[: size + 1])
    older = make_cursor(rows[size - 1]) if len(rows) > size else None
    rows = rows[:size]
    first = after_key is None
    newer = make_cursor(rows[0]) if rows and not first else None
    return KeysetPage(rows, older, newer, first)
