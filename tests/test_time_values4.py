"""TIMEX3 values for dates whose year or direction comes from their surroundings.

Each row of ``ROWS`` is ``(text, dct, span, value)``: the tagger must return an expression whose
text is exactly ``span``, with normalized value ``value``. The sentences are written for the project.
"""

from __future__ import annotations

import datetime as dt

import pytest
from record_kit import tagged_over, tagged_values

TUE = "2021-03-09"  # a Tuesday

ROWS = [
    # a day range writes its year once, at the end: every day in it takes that year
    ("The regatta will be held in Kiel on June 4-12, 2023.", TUE, "June 4", "2023-06-04"),
    ("The regatta will be held in Kiel on June 4-12, 2023.", TUE, "12", "2023-06-12"),
    ("The exhibition ran from 9 May to 2 June 2019 in Porto.", TUE, "9 May", "2019-05-09"),
    ("The fair runs from November 28 to December 3, 2022.", TUE, "November 28", "2022-11-28"),
    ("Voting took place on October 30 and 31, 2018.", TUE, "October 30", "2018-10-30"),
    # ... but a count after "and" is no year of the range
    ("On February 27 and 2,000 more people joined the march.", TUE, "February 27", "2021-02-27"),
    # a range ends on or after the day it opens on, whatever the tense
    ("The fair was held in Lyon between February 27 and March 12.", TUE, "March 12", "2021-03-12"),
    ("The strike lasted from December 29 to January 4.", TUE, "January 4", "2021-01-04"),
    # ... but "and" without "between" lists days, each dated by the tense
    ("Inspectors visited on March 1 and March 20.", TUE, "March 20", "2020-03-20"),
    # a date in brackets dates the noun before them, not the saying around them
    (
        "The ministers will meet in Oslo (on March 22-23) and at the summit in Rome (on March 25-26), the office said.",
        TUE,
        "March 25",
        "2021-03-25",
    ),
    (
        "Delegates to the forum (April 14) will vote on the charter, the organisers said.",
        TUE,
        "April 14",
        "2021-04-14",
    ),
    # ... but a weekday in brackets keeps the clause's tense
    (
        "The quake struck at 9:12 p.m. (1312 GMT) on Wednesday, officials said.",
        TUE,
        "Wednesday",
        "2021-03-03",
    ),
    # a plan told in the past ("was scheduled for") may have come and gone: the nearest one
    ("The launch was scheduled for early February but slipped.", TUE, "early February", "2021-02"),
    ("The hearing was scheduled for March 2, the clerk said.", TUE, "March 2", "2021-03-02"),
    ("The hearing is scheduled for March 2.", TUE, "March 2", "2022-03-02"),
    # "the day" set off by a dash after a full date is that date
    ("The bridge opened on 14 October 1994 - the day the mayor retired.", TUE, "the day", "1994-10-14"),
    # "a week later" after a week named just before counts from that week
    ("The envoy visits Cairo next week and Amman a week later.", TUE, "a week later", "2021-W12"),
    # ... while "May" after "in" stays the month
    ("Output fell in May and Macron blamed the strikes.", TUE, "May", "2020-05"),
    # a present verb in a "when" clause, even one the tagger reads as a noun, is no past
    (
        "Officials said the council was likely to discuss the treaty when the foreign minister visits on March 18, but gave no details.",
        TUE,
        "March 18",
        "2021-03-18",
    ),
    # "ahead of"/"in advance of" a date up to two months out is the one in view ...
    ("Rallies grew in advance of the April 20 vote.", TUE, "April 20", "2021-04-20"),
    ("Traders sold ahead of the March 17 meeting.", TUE, "March 17", "2021-03-17"),
    # ... but one further off, in a past clause, is the last one
    ("Police detained dozens ahead of the June 4 march.", TUE, "June 4", "2020-06-04"),
    # an announced day belongs to what was announced: it may lie ahead of the announcing
    ("The palace announced the king's visit to Oslo from March 15 to 17.", TUE, "March 15", "2021-03-15"),
    ("The palace announced on March 2 that the king would travel.", TUE, "March 2", "2021-03-02"),
    ("The carrier announced a drop in profit for the fourth quarter.", TUE, "the fourth quarter", "2020-Q4"),
    # "the following <month>" after a year told last is in the next year
    (
        "The pact was signed on May 2, 1990. The envoys first met in 1986 and talked again the following March.",
        TUE,
        "following March",
        "1987-03",
    ),
    ("Apply by April 1, 2022; lessons begin the following September.", TUE, "following September", "2022-09"),
    # a participle after a copula ("am committed") takes the copula's tense, not the past
    (
        "She is committed to taking the club forward and getting the team out of debt by June 30.",
        TUE,
        "June 30",
        "2021-06-30",
    ),
    ("We are determined to reopen the line in May.", TUE, "May", "2021-05"),
    # ... and so does a participle complement ("getting the runway finished")
    ("I am committed to getting the runway finished by June 30.", TUE, "June 30", "2021-06-30"),
    ("The minister was pleased with the vote on Monday.", TUE, "Monday", "2021-03-08"),
    # a holiday with no past or future verb: this year's when at most two months off
    ("Thanksgiving is only weeks away and turkey prices are up.", "2021-10-20", "Thanksgiving", "2021-11-25"),
    ("Shops are busiest at Christmas.", TUE, "Christmas", "2020-12-25"),
    # a deadline extended "until" a date lies ahead even in the past perfect
    ("The mayor said the city had extended the curfew until April 2.", TUE, "April 2", "2021-04-02"),
    ("Until Friday, the police had not named the driver.", TUE, "Friday", "2021-03-05"),
    # "as early as" in a past clause tells when something began
    ("Clinics began testing staff from as early as February 20.", TUE, "February 20", "2021-02-20"),
    ("The rebels could be freed as early as March 20.", TUE, "March 20", "2021-03-20"),
    # "followed by" strings dates in a sequence, not in the past
    (
        "The league resumes with a derby on March 13, followed by the cup final on March 27.",
        TUE,
        "March 27",
        "2021-03-27",
    ),
    ("Voters in the state go to the polls on February 29.", "2024-02-10", "February 29", "2024-02-29"),
    # a past day a day or two after the publication date is a late stamp, not a year back
    ("On March 10, two drones crossed the border, the army said.", TUE, "March 10", "2021-03-10"),
    ("On March 20, two drones crossed the border, the army said.", TUE, "March 20", "2020-03-20"),
    # a noun dated by its own written year keeps that year for its day
    ("Ministers will speak at the 2022 Asia Energy Forum on Dec 14.", TUE, "Dec 14", "2022-12-14"),
    # "every <weekday> <part of day>" is one set
    ("The market opens every Sunday morning.", TUE, "every Sunday morning", "XXXX-WXX-7TMO"),
    ("Volunteers meet each Thursday evening.", TUE, "each Thursday evening", "XXXX-WXX-4TEV"),
    ("Every day morning prayers are held in the hall.", TUE, "Every day", "P1D"),
    # a year written before "year-end" is the year that ends
    ("Reserves stood at $41 billion at 2019 year-end.", TUE, "year-end", "2019"),
    ("Reserves should reach $45 billion by year-end.", TUE, "year-end", "2021"),
]


@pytest.mark.parametrize(("text", "dct", "span", "value"), ROWS)
def test_time_value(nlp, rules, text, dct, span, value):
    got = tagged_values(nlp, rules, text, dt.date.fromisoformat(dct))
    assert span in got, f"{span!r} not tagged; got {got}"
    assert got[span] == value


ABSENT = [
    # "May" paired with a person after "between" is the person, not the month
    ("The talks between May and Macron ended without a deal.", TUE, "May"),
]


@pytest.mark.parametrize(("text", "dct", "span"), ABSENT)
def test_time_absent(nlp, rules, text, dct, span):
    assert not tagged_over(nlp, rules, text, dt.date.fromisoformat(dct), span)
