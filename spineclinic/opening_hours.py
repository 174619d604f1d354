"""Opening hours as editors type them ('Monday to Friday, 9 am to 5 pm'): read into days and
times for structured data, and said again in the language being served."""

import re

from django.utils.dates import WEEKDAYS
from django.utils.translation import get_language, gettext

DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DAY = r"(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?"
TIME = r"(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?\s*m\.?|noon|midday"
HOURS_SEGMENT = re.compile(
    rf"^\s*(?P<first>{DAY})(?:\s*(?:to|through|-|–|—)\s*(?P<last>{DAY}))?\s*[,:]?\s*"
    rf"(?P<opens>{TIME})\s*(?:to|until|-|–|—)\s*(?P<closes>{TIME})\s*\.?\s*$",
    re.IGNORECASE,
)


def clock(text):
    """'9 am' -> '09:00', '5.30 pm' -> '17:30', 'noon' -> '12:00'."""
    text = text.strip().lower()
    if text in {"noon", "midday"}:
        return "12:00"
    match = re.match(r"(\d{1,2})(?:[:.](\d{2}))?\s*([ap])", text)
    hour, minute, half = int(match.group(1)), int(match.group(2) or 0), match.group(3)
    if hour == 12:
        hour = 0
    if half == "p":
        hour += 12
    return f"{hour:02d}:{minute:02d}"


def day_index(text):
    prefix = text.strip().lower()[:3]
    return [day[:3].lower() for day in DAYS].index(prefix)


def parse(text):
    """[(first day, last day, opens 'HH:MM', closes 'HH:MM')] with days 0 (Monday) to 6, or []
    when any part cannot be read (no hours is better than wrong hours)."""
    periods = []
    for segment in re.split(r"[;\n]+", text or ""):
        if not segment.strip():
            continue
        match = HOURS_SEGMENT.match(segment)
        if not match:
            return []
        first = day_index(match.group("first"))
        last = day_index(match.group("last")) if match.group("last") else first
        if last < first:
            return []
        periods.append((first, last, clock(match.group("opens")), clock(match.group("closes"))))
    return periods


def say_time(hhmm):
    """'17:30' -> '5:30 pm' ('5:30 p. m.' in Spanish)."""
    hour, minute = (int(part) for part in hhmm.split(":"))
    twelve = hour % 12 or 12
    shown = f"{twelve}:{minute:02d}" if minute else str(twelve)
    if hour < 12:
        return gettext("%(time)s am") % {"time": shown}
    return gettext("%(time)s pm") % {"time": shown}


def describe(text):
    """The hours in the language being served. English keeps the editor's own words; another
    language gets them said again from what was read, or the words as typed when they cannot
    be read."""
    if (get_language() or "en").split("-")[0] == "en":
        return text
    periods = parse(text)
    if not periods:
        return text
    said = []
    for first, last, opens, closes in periods:
        times = {"opens": say_time(opens), "closes": say_time(closes)}
        if first == last:
            said.append(
                gettext("%(day)s, %(opens)s to %(closes)s") % {"day": WEEKDAYS[first], **times}
            )
        else:
            said.append(
                gettext("%(first)s to %(last)s, %(opens)s to %(closes)s")
                % {"first": WEEKDAYS[first], "last": WEEKDAYS[last], **times}
            )
    return "; ".join(said)
