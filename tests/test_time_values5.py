"""Time words inside names and counts, "the month of", and four-digit clock times.

Each row of ``ROWS`` is ``(text, span, value)``: the tagger must return an expression whose text is
exactly ``span`` with normalized value ``value``. Each row of ``NONE`` is ``(text, word)``: no
expression may cover ``word``. The sentences are written for the project.
"""

from __future__ import annotations

import datetime as dt

import pytest
from record_kit import tagged_over, tagged_values, time_rules_with

from dyad.extract.time import TimeRules

TUE = dt.date(2021, 3, 9)  # a Tuesday

ROWS = [
    # "the month of" frames the month it names: one expression, the month's value
    ("The harvest festival falls in the month of July.", "the month of July", "2020-07"),
    ("The month of January 2019 was the coldest in decades.", "The month of January 2019", "2019-01"),
    ("We met in the month of May, as usual.", "the month of May", "2020-05"),
    # ... while "the month" alone is still this month
    ("Prices fell over the month, dealers said.", "the month", "2021-03"),
    # a holiday or day that really is one keeps its date
    ("The shops shut early on Good Friday.", "Good Friday", "2020-04-10"),
    ("The parade is held on Easter Monday.", "Easter Monday", "2021-04-05"),
    ("The ministers met on Monday in Brussels.", "Monday", "2021-03-08"),
    ("In October the council voted again.", "October", "2020-10"),
    ("Sowing starts in the spring of 2022.", "the spring of 2022", "2022-SP"),
    # a count of centuries of years stays a duration
    ("The abbey took three centuries to finish.", "three centuries", "P300Y"),
    ("The family has farmed here for two centuries.", "two centuries", "P200Y"),
    ("The chapel was built three centuries ago.", "three centuries ago", "17"),
    ("Their 18th century ancestors were weavers.", "18th century", "17"),
    # four digits and a weekday: a clock time, not a year
    (
        "The ferry capsized near the port (0310 Sunday, GMT), officials said.",
        "0310 Sunday, GMT",
        "2021-03-07T03:10Z",
    ),
    ("The eclipse peaks at 1845 Thursday, astronomers said.", "1845 Thursday", "2021-03-04T18:45"),
    ("Flights resumed at 0600 Saturday.", "0600 Saturday", "2021-03-06T06:00"),
    ("The polls closed at 1930 on Friday.", "1930", "2021-03-05T19:30"),
    ("The blast was heard at 0445 GMT.", "0445 GMT", "2021-03-09T04:45Z"),
    # ... but a year stays a year
    ("The treaty was signed in 1945 and renewed often.", "1945", "1945"),
    ("The firm, founded in 1987, said on Friday it would expand.", "1987", "1987"),
]

NONE = [
    # events named after a month, weekday, season or holiday are no times
    ("Historians still debate the October Revolution.", "October"),
    ("The February Revolution forced the tsar out.", "February"),
    ("The Easter Rising began in Dublin.", "Easter"),
    ("Markets have not fallen so fast since Black Monday.", "Monday"),
    ("Crowds marked Bloody Sunday with a silent walk.", "Sunday"),
    ("Candidates look to Super Tuesday for a boost.", "Tuesday"),
    ("The Prague Spring ended when the tanks came.", "Spring"),
    ("The Arab Spring reshaped the region.", "Spring"),
    ("The June Uprising was crushed within days.", "June"),
    # a month named as a holy month is no reference to the current month
    ("The month of Ramadan begins next week.", "month"),
    # centuries of runs in cricket are no lengths of time
    ("He has scored 30 centuries in Test cricket.", "centuries"),
    ("She made 12 centuries for her county.", "centuries"),
    ("He hit five Test centuries last season.", "centuries"),
    ("The opener recorded two double centuries on the tour.", "centuries"),
    ("The captain scored his 25th century on Sunday.", "century"),
    ("It was his 12th Test century at the ground.", "century"),
]


@pytest.mark.parametrize(("text", "span", "value"), ROWS)
def test_value(text: str, span: str, value: str, rules: TimeRules, nlp) -> None:
    got = tagged_values(nlp, rules, text, TUE)
    assert got.get(span) == value, got


@pytest.mark.parametrize(("text", "word"), NONE)
def test_not_a_time(text: str, word: str, rules: TimeRules, nlp) -> None:
    assert tagged_over(nlp, rules, text, TUE, word) == []


@pytest.mark.parametrize(
    ("key", "bad"),
    [("named_events", ["solo"]), ("event_heads", ["two words"]), ("century_sport_words", [3])],
)
def test_new_lists_validated(key: str, bad: list) -> None:
    from dyad.errors import LexiconError

    with pytest.raises(LexiconError):
        TimeRules(time_rules_with((key,), bad))
