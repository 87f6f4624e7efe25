"""Holidays set off from another day (Black Friday, Easter-relative feasts), holidays with a year
named beside them, holidays ahead in a schedule, a plan or a deadline, another country's national day, and
"that same day" / "that very year" pointing back to the time just told.

Each row of ``ROWS`` is ``(text, span, value)``: the tagger must return an expression whose text is
exactly ``span`` with normalized value ``value``, against a publication date of Tuesday 9 March
2021 (US Thanksgiving 2020 was 26 November; Easter 2020 fell on 12 April, Easter 2021 on 4 April).
The sentences are written for the project.
"""

from __future__ import annotations

import datetime as dt

import pytest
from record_kit import tagged_over, tagged_values, time_rules_with

from dyad.extract.time import TimeRules

TUE = dt.date(2021, 3, 9)

ROWS = [
    # days counted from US Thanksgiving (the fourth Thursday of November)
    ("Bargain hunters queued outside the mall on Black Friday.", "Black Friday", "2020-11-27"),
    ("Parcel volumes peaked on Cyber Monday 2019.", "Cyber Monday 2019", "2019-12-02"),
    ("The charity raised a record sum on Giving Tuesday.", "Giving Tuesday", "2020-12-01"),
    ("Corner shops did well on Small Business Saturday.", "Small Business Saturday", "2020-11-28"),
    # days counted from Easter
    ("Pancake races were held on Shrove Tuesday.", "Shrove Tuesday", "2021-02-16"),
    ("The museum will close on Ascension Day.", "Ascension Day", "2021-05-13"),
    ("Trains ran on a reduced timetable on Whit Monday last year.", "Whit Monday", "2020-06-01"),
    ("Bakers sold out of hot cross buns before Holy Saturday.", "Holy Saturday", "2020-04-11"),
    # fixed and weekday-counted holidays
    ("Fireworks lit up Paris on Bastille Day.", "Bastille Day", "2020-07-14"),
    ("Stalls opened early for the Fourth of July parade.", "Fourth of July", "2020-07-04"),
    ("The candidates debated on Presidents' Day.", "Presidents' Day", "2021-02-15"),
    ("Banks shut for the U.S. Independence Day holiday.", "Independence Day", "2020-07-04"),
    # a curly apostrophe is still the holiday's; past tense: last year's, though this year's is near
    ("The city dyed its river green for St. Patrick\u2019s Day.", "St. Patrick\u2019s Day", "2020-03-17"),
    # "this year" / "next year" beside the holiday names its year, however far ahead
    ("Retailers will slash prices on Black Friday this year.", "Black Friday", "2021-11-26"),
    ("The band plays a free show on Canada Day next year.", "Canada Day", "2022-07-01"),
    # a schedule, a plan or a deadline points ahead, even months ahead
    ("The new law takes effect on Independence Day.", "Independence Day", "2021-07-04"),
    ("The parade is scheduled for Columbus Day.", "Columbus Day", "2021-10-11"),
    ("The shop will stay shut until Thanksgiving.", "Thanksgiving", "2021-11-25"),
    ("Lawmakers aim to pass the budget by Christmas.", "Christmas", "2021-12-25"),
    # ... and a perfect or "since" looks back
    ("Prices have climbed since Christmas.", "Christmas", "2020-12-25"),
    # "that same ..." / "that very ..." point back like "that ...": to the time just told
    (
        "The ferry sank on June 4, 2019. Divers reached the wreck that same day.",
        "that same day",
        "2019-06-04",
    ),
    ("The bridge opened in 1931. That very year, the tolls were cut.", "That very year", "1931"),
    ("The strike began in May 2018. Two mills shut that same month.", "that same month", "2018-05"),
    # a day of a month told without its day: that month, day unknown
    ("The dam failed in March 2011. That same day, the valley flooded.", "That same day", "2011-03-XX"),
    # ... but a month holding the last day told keeps that day
    (
        "Rain fell on July 5, 2020. In July rivers rose, and that same day a dam broke.",
        "that same day",
        "2020-07-05",
    ),
    # ... and "that month" is the month told, even with no day in it
    ("The strike began in May 2018. Two mills shut that month.", "that month", "2018-05"),
]

NONE = [
    # an epithet before a weekday still names a one-off event, not a holiday
    ("Markets have not fallen so fast since Black Wednesday.", "Wednesday"),
    ("The rally recalled Bloody Friday in the old town.", "Friday"),
    # another country's national day is not the US one
    ("Crowds lined the streets for Kenya's Independence Day.", "Independence"),
    ("Brazilian Independence Day parades were cancelled.", "Independence"),
    # a remembrance day named for its cause is no fixed Armistice date
    ("The envoy laid a wreath on Holocaust Remembrance Day.", "Remembrance"),
]


@pytest.mark.parametrize(("text", "span", "value"), ROWS)
def test_value(text: str, span: str, value: str, rules: TimeRules, nlp) -> None:
    got = tagged_values(nlp, rules, text, TUE)
    assert got.get(span) == value, got


@pytest.mark.parametrize(("text", "word"), NONE)
def test_not_a_time(text: str, word: str, rules: TimeRules, nlp) -> None:
    assert tagged_over(nlp, rules, text, TUE, word) == []


@pytest.mark.parametrize(
    ("path", "bad"),
    [
        # an offset must be a whole number of days
        (("holidays", "black friday"), {"month": 11, "weekday": 4, "nth": 4, "offset": "one"}),
        # a holiday's home words must be lower-case words
        (("holidays", "independence day", "home"), ["US"]),
    ],
)
def test_holiday_fields_validated(path: tuple[str, ...], bad: object) -> None:
    from dyad.errors import LexiconError

    with pytest.raises(LexiconError):
        TimeRules(time_rules_with(path, bad))
