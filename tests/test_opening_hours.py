"""The clinic's hours, typed once in English, read for structured data and said in Spanish."""

from django.utils.translation import override

from spineclinic.opening_hours import describe, parse


def test_hours_are_read_into_days_and_times():
    assert parse("Monday to Friday, 9 am to 5 pm") == [(0, 4, "09:00", "17:00")]
    assert parse("Mon-Thu 8.30 am to 6 pm; Saturday 10 am to noon") == [
        (0, 3, "08:30", "18:00"),
        (5, 5, "10:00", "12:00"),
    ]
    assert parse("By appointment") == []
    assert parse("Friday to Monday, 9 am to 5 pm") == []


def test_spanish_visitors_read_the_hours_in_spanish():
    with override("es"):
        assert describe("Monday to Friday, 9 am to 5 pm") == (
            "de lunes a viernes, de 9 a. m. a 5 p. m."
        )
        assert describe("Mon-Thu 8.30 am to 6 pm; Saturday 10 am to noon") == (
            "de lunes a jueves, de 8:30 a. m. a 6 p. m.; sábado, de 10 a. m. a 12 p. m."
        )
        # What cannot be read is shown as typed, never guessed.
        assert describe("By appointment") == "By appointment"


def test_english_visitors_read_the_editors_own_words():
    with override("en"):
        assert describe("Mon-Fri 9am-5pm") == "Mon-Fri 9am-5pm"
