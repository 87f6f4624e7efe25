"""Orthodox feasts, "the eve of" a dated day, dates in what is expected now, and clock times told
far from the day they belong to.

Each row of ``ROWS`` is ``(text, span, value)``: the tagger must return an expression whose text is
exactly ``span`` with normalized value ``value``, against a publication date of Wednesday 28 April
2021 (Orthodox Easter 2020 fell on 19 April, Orthodox Easter 2021 on 2 May). Each row of ``NONE`` is
``(text, word)``: no expression may cover ``word``. The sentences are written for the project.
"""

from __future__ import annotations

import datetime as dt

import pytest
from record_kit import tagged_over, tagged_values, time_rules_with

from dyad.extract.time import TimeRules, _julian_easter

WED = dt.date(2021, 4, 28)

ROWS = [
    # the Orthodox Easter follows the Julian computus, moved onto the Gregorian calendar
    ("Pilgrims will light candles in Tbilisi for Orthodox Easter.", "Orthodox Easter", "2021-05-02"),
    ("Orthodox Easter fell a week after the western feast last year.", "Orthodox Easter", "2020-04-19"),
    ("Bakeries in Sofia will close on Orthodox Good Friday.", "Orthodox Good Friday", "2021-04-30"),
    ("Bakeries in Sofia sold out before Orthodox Good Friday.", "Orthodox Good Friday", "2020-04-17"),
    ("Families in Skopje marked Orthodox Christmas with oak branches.", "Orthodox Christmas", "2021-01-07"),
    # "the eve of" a day is the day before, as one expression
    ("Fans packed the square on the eve of Christmas.", "the eve of Christmas", "2020-12-24"),
    ("Unions staged a march on the eve of May Day.", "the eve of May Day", "2020-04-30"),
    ("The envoy flew to Lyon on the eve of Bastille Day.", "the eve of Bastille Day", "2020-07-13"),
    ("The minister resigned on the eve of March 15.", "the eve of March 15", "2021-03-14"),
    # ... but a day owning a noun stays itself: the eve is the noun's
    ("The coalition split on the eve of Friday's ballot.", "Friday", "2021-04-23"),
    # an expecting verb in the simple present looks ahead
    ("Shop owners expect big crowds on Friday.", "Friday", "2021-04-30"),
    ("Forecasters predict heavy snow on Monday.", "Monday", "2021-05-03"),
    ("The union fears a lockout in March.", "March", "2022-03"),
    ("Organisers anticipate a sell-out on Saturday.", "Saturday", "2021-05-01"),
    ("Commuters await a decision on the fares on Thursday.", "Thursday", "2021-04-29"),
    # ... in the present progressive too, and after "is likely"
    ("Hoteliers are bracing for a rush of guests on Sunday.", "Sunday", "2021-05-02"),
    ("Stewards are expecting a full stadium on Saturday.", "Saturday", "2021-05-01"),
    ("A tight finish is likely on Saturday.", "Saturday", "2021-05-01"),
    ("Growers are hoping for rain on Sunday.", "Sunday", "2021-05-02"),
    # ... in the past tense it still tells what was
    ("Shop owners expected big crowds on Friday.", "Friday", "2021-04-23"),
    # a timeline told in the present keeps its dates: "warn" is no expecting verb
    ("January 12: the regulator warns the bank about its reserves.", "January 12", "2021-01-12"),
    # ... and a clause hanging from the expecting verb keeps its own past
    (
        "The mayor is hoping to calm the row, already meeting the tenants once in November.",
        "November",
        "2020-11",
    ),
]

# the lead tells the news day; a clock time told in the past tense paragraphs later is on that day
_LEAD = (
    "Two freight trains collided yesterday near a depot outside Leeds, blocking the main line to the "
    "north until late.\n\nRail officials told reporters nobody yet knew why the trains met, and "
    "that an inquiry would look at the signals, the brakes and the training of both drivers before any "
    "blame was assigned.\n\n"
)
CLOCKS = [
    (_LEAD + "The first emergency call came at 3 p.m.", "3 p.m.", "2021-04-27T15:00"),
    (_LEAD + "Crews had cleared the wreck by 11 p.m.", "11 p.m.", "2021-04-27T23:00"),
    # ... but one ahead is not on that past day
    (_LEAD + "Trains will run again at 6 a.m.", "6 a.m.", "2021-04-28T06:00"),
    (
        "A gale lashed the harbour town on Monday. Power came back by 9 p.m. The ferry will sail at 7 a.m.",
        "7 a.m.",
        "2021-04-28T07:00",
    ),
    # a lead day more than a week old is no longer the news day
    (
        "The plant opened on March 2.\n\n" + _LEAD[_LEAD.index("Rail") :] * 2 + "The alarm sounded at 4 p.m.",
        "4 p.m.",
        "2021-04-28T16:00",
    ),
]

NONE = [
    # the eve of an undated event is no date
    ("Ministers quarrelled on the eve of their summit in Vilnius.", "eve"),
    ("Tension rose in the village on the eve of its harvest fair.", "eve"),
]


@pytest.mark.parametrize(("text", "span", "value"), ROWS)
def test_value(text: str, span: str, value: str, rules: TimeRules, nlp) -> None:
    got = tagged_values(nlp, rules, text, WED)
    assert got.get(span) == value, got


@pytest.mark.parametrize(("text", "span", "value"), CLOCKS)
def test_clock_day(text: str, span: str, value: str, rules: TimeRules, nlp) -> None:
    got = tagged_values(nlp, rules, text, WED)
    assert got.get(span) == value, got


@pytest.mark.parametrize(("text", "word"), NONE)
def test_not_a_time(text: str, word: str, rules: TimeRules, nlp) -> None:
    assert tagged_over(nlp, rules, text, WED, word) == []


@pytest.mark.parametrize(
    ("year", "day"),
    [
        (2016, dt.date(2016, 5, 1)),
        (2019, dt.date(2019, 4, 28)),
        (2023, dt.date(2023, 4, 16)),
        (2024, dt.date(2024, 5, 5)),
        (2025, dt.date(2025, 4, 20)),  # the two Easters coincide
    ],
)
def test_orthodox_easter(year: int, day: dt.date) -> None:
    assert _julian_easter(year) == day


def test_julian_flag_validated() -> None:
    from dyad.errors import LexiconError

    with pytest.raises(LexiconError):
        TimeRules(time_rules_with(("holidays", "orthodox easter", "julian"), "yes"))
