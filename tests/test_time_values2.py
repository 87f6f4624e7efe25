"""TIMEX3 values of whole sentences: every expression found, its type and its value.

Each row is ``(text, dct, expected)`` with ``expected`` the list of ``(text, type, value)`` the
tagger must return for the sentence, in order. The sentences are written for the project; each
group covers a class of expressions that recurs across news stories.
"""

from __future__ import annotations

import datetime as dt

import pytest

from dyad.extract.time import find_times

WED = "2021-03-10"  # a Wednesday

ROWS = [
    # "the next/following morning" is that part of the day after the day just told
    (
        "The envoy flew out of Tirana on June 8, 2019. The next morning he landed in Oslo.",
        WED,
        [("June 8, 2019", "DATE", "2019-06-08"), ("The next morning", "TIME", "2019-06-09TMO")],
    ),
    (
        "The trawler left port on Monday and reached the reef the following evening.",
        WED,
        [("Monday", "DATE", "2021-03-08"), ("the following evening", "TIME", "2021-03-09TEV")],
    ),
    # a plural weekday is a set of days
    ("The ferry does not sail on Sundays.", WED, [("Sundays", "SET", "XXXX-WXX-7")]),
    (
        "Stalls open on Tuesdays and Saturdays.",
        WED,
        [("Tuesdays", "SET", "XXXX-WXX-2"), ("Saturdays", "SET", "XXXX-WXX-6")],
    ),
    (
        "The ferry sails on Sundays in March.",
        WED,
        [("Sundays", "SET", "XXXX-WXX-7"), ("March", "DATE", "2021-03")],
    ),
    ("Pupils joined the Fridays for Future strikes.", WED, []),
    # "that summer" is the season of the year just told
    (
        "The strike began in April 2016. That summer, the mines reopened.",
        WED,
        [("April 2016", "DATE", "2016-04"), ("That summer", "DATE", "2016-SU")],
    ),
    (
        "Floods hit the valley in 2013, and that winter the bridge was rebuilt.",
        WED,
        [("2013", "DATE", "2013"), ("that winter", "DATE", "2013-WI")],
    ),
    ("Bond yields that fall below zero worry the bank.", WED, []),
    ("The premier agreed that spring 2023 would suit.", WED, [("spring 2023", "DATE", "2023-SP")]),
    # a part of "the decade": the decade in view
    (
        "The utility says demand will double toward the close of the decade.",
        WED,
        [("the close of the decade", "DATE", "202")],
    ),
    (
        "The port grew fast in the 1970s, and by the middle of the decade it had three new piers.",
        WED,
        [("the 1970s", "DATE", "197"), ("the middle of the decade", "DATE", "197")],
    ),
    # "N units earlier" counts back from the day just told, as "later" counts forward
    (
        "The clinic shut on October 12, 2018. Two days earlier, its director had resigned.",
        WED,
        [("October 12, 2018", "DATE", "2018-10-12"), ("Two days earlier", "DATE", "2018-10-10")],
    ),
    (
        "The dam burst on May 20, 2017. A month earlier, engineers had warned of cracks.",
        WED,
        [("May 20, 2017", "DATE", "2017-05-20"), ("A month earlier", "DATE", "2017-04")],
    ),
    (
        "The clinic shut on October 12, 2018. Two days later, its director resigned.",
        WED,
        [("October 12, 2018", "DATE", "2018-10-12"), ("Two days later", "DATE", "2018-10-14")],
    ),
    (
        "The refinery closed in 2012. Three years earlier, its owners had cut the workforce.",
        WED,
        [("2012", "DATE", "2012"), ("Three years earlier", "DATE", "2009")],
    ),
    # a stretch that ended "until" a date in a simple-past clause lies behind, unless just ahead
    (
        "The siege, which began on Jan. 28, lasted until Feb. 4.",
        WED,
        [("Jan. 28", "DATE", "2021-01-28"), ("Feb. 4", "DATE", "2021-02-04")],
    ),
    ("She chaired the panel until October.", WED, [("October", "DATE", "2020-10")]),
    ("The judge adjourned the hearing until Feb. 4.", WED, [("Feb. 4", "DATE", "2022-02-04")]),
    ("The ministry said the border was shut until March 22.", WED, [("March 22", "DATE", "2021-03-22")]),
    # with no day told, "earlier" counts from the publication date
    ("Exports were up 4 percent from a month earlier.", WED, [("a month earlier", "DATE", "2021-02")]),
    # a clock time and the weekday after it, with "local time" between them, are one day
    (
        "The ferry sank at 22:15 local time on Thursday.",
        WED,
        [("22:15", "TIME", "2021-03-04T22:15"), ("Thursday", "DATE", "2021-03-04")],
    ),
    (
        "At 4:05 a.m. local time (0105 GMT) on Sunday morning, the satellite reached orbit.",
        WED,
        [
            ("4:05 a.m.", "TIME", "2021-03-07T04:05"),
            ("0105 GMT", "TIME", "2021-03-07T01:05Z"),
            ("Sunday morning", "TIME", "2021-03-07TMO"),
        ],
    ),
    (
        "The shelling stopped at 05:50 local time Sunday.",
        WED,
        [("05:50", "TIME", "2021-03-07T05:50"), ("Sunday", "DATE", "2021-03-07")],
    ),
    (
        "Ballot boxes will be sealed at 19:45 local time on Sunday.",
        WED,
        [("19:45", "TIME", "2021-03-14T19:45"), ("Sunday", "DATE", "2021-03-14")],
    ),
    # a two-digit year: the nearest to the publication date, never ahead of it in a past clause
    ("The painter was born 4/2/31 in a mill town.", "2017-05-02", [("4/2/31", "DATE", "1931-04-02")]),
    ("The loan falls due on 9/1/24.", WED, [("9/1/24", "DATE", "2024-09-01")]),
    ("The mill opened on 5/6/72.", WED, [("5/6/72", "DATE", "1972-05-06")]),
    # a quarter code without a year reads as the quarter written out does
    ("Margins shrank in Q4.", WED, [("Q4", "DATE", "2020-Q4")]),
    ("The chain will open ten stores in Q3.", WED, [("Q3", "DATE", "2021-Q3")]),
    ("Margins shrank in the fourth quarter.", WED, [("the fourth quarter", "DATE", "2020-Q4")]),
    # spans and values the brief's classes already get right, held here
    (
        "Grain exports have shrunk across the past three years.",
        WED,
        [("the past three years", "DURATION", "P3Y")],
    ),
    ("The envoys will meet again early next week.", WED, [("early next week", "DATE", "2021-W11")]),
    ("Rents soared in the mid-1990s.", WED, [("the mid-1990s", "DATE", "199")]),
    ("The board approved a two-year budget.", WED, [("two-year", "DURATION", "P2Y")]),
    ("The tribunal sits every Tuesday.", WED, [("every Tuesday", "SET", "XXXX-WXX-2")]),
    (
        "The hearing starts at 3 p.m. EST on Friday.",
        WED,
        [("3 p.m. EST", "TIME", "2021-03-12T15:00"), ("Friday", "DATE", "2021-03-12")],
    ),
    (
        "The port was blockaded on August 2, 2014. That day, no ship left.",
        WED,
        [("August 2, 2014", "DATE", "2014-08-02"), ("That day", "DATE", "2014-08-02")],
    ),
    (
        "The rebels took the town in March 2015 and lost it the same month.",
        WED,
        [("March 2015", "DATE", "2015-03"), ("the same month", "DATE", "2015-03")],
    ),
    (
        "Cod landings fell in the third quarter of last year.",
        WED,
        [("the third quarter of last year", "DATE", "2020-Q3")],
    ),
    ("The drought peaked last summer.", WED, [("last summer", "DATE", "2020-SU")]),
    ("The fort dates from the 16th century.", WED, [("the 16th century", "DATE", "15")]),
    ("Demand for coal may collapse in the future.", WED, [("the future", "DATE", "FUTURE_REF")]),
    ("Fares have climbed in recent years.", WED, [("recent years", "DATE", "PAST_REF")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), ROWS)
def test_time_values(nlp, rules, text, dct, expected):
    found = find_times(text, dt.date.fromisoformat(dct), rules, nlp(text))
    assert [(text[s:e], typ, val) for s, e, typ, val, _mod in found] == expected
