"""TIMEX3 spans and values for classes that news repeats: one expression per row.

Each row of ``ROWS`` is ``(text, dct, span, value)``: the tagger must return an expression whose
text is exactly ``span``, with normalized value ``value``. Each row of ``ABSENT`` is
``(text, dct, span)``: no expression may cover ``span``. The sentences are written for the project.
"""

from __future__ import annotations

import datetime as dt

import pytest
from record_kit import tagged_over, tagged_values

THU = "2019-05-16"  # a Thursday

ROWS = [
    # "earlier"/"later" before a weekday is no TIMEX3 modifier: the span is the weekday alone
    ("Earlier Tuesday, the council voted to close the depot.", THU, "Tuesday", "2019-05-14"),
    ("Later Wednesday the ministry issued a correction.", THU, "Wednesday", "2019-05-15"),
    ("The mayor, who spoke earlier Monday, left the hall.", THU, "Monday", "2019-05-13"),
    # "early"/"late" mark the start or end of the day and stay in the span
    ("Late Monday, the strikers accepted the offer.", THU, "Late Monday", "2019-05-13"),
    ("The convoy set out early Tuesday morning.", THU, "early Tuesday morning", "2019-05-14TMO"),
    # counts written with thousands separators
    ("Farmers first grew the crop about 10,000 years ago.", THU, "about 10,000 years ago", "PAST_REF"),
    ("The abbey has stood for 1,200 years.", THU, "1,200 years", "P1200Y"),
    ("The siege lasted 1,000 days.", THU, "1,000 days", "P1000D"),
    ("Traders reached the coast 2,000 years ago.", THU, "2,000 years ago", "0019"),
    # a count that reaches back past year 1 has no calendar value
    ("The glacier retreated 12,000 years ago.", THU, "12,000 years ago", "PAST_REF"),
    # an open-ended count back in time is a vague past, not a decade
    ("The shipyard closed many years ago.", THU, "many years ago", "PAST_REF"),
    ("Numerous years ago the river changed its course.", THU, "Numerous years ago", "PAST_REF"),
    # a bounded vague count stays inside the period it names
    ("The shipyard closed a few years ago.", THU, "a few years ago", "201X"),
    # "daily" and "weekly" as adverbs and adjectives are sets
    ("The ferry sails daily between the islands.", THU, "daily", "P1D"),
    ("Inspectors publish a weekly report on the dam.", THU, "weekly", "P1W"),
    ("The shop reopens daily at noon.", THU, "daily", "P1D"),
    ("The museum is open daily Monday through Saturday.", THU, "daily", "P1D"),
    # hours:minutes:seconds with no a.m./p.m., zone or "at" is a race or elapsed time
    ("She finished the marathon with a time of 2:24:13.", THU, "2:24:13", "PT2H24M13S"),
    ("He won the stage in 4:00:09 after a late attack.", THU, "4:00:09", "PT4H9S"),
    # ... but a reading after "at" or before "local time" is the clock
    ("The tremor was recorded at 3:17:42 on Monday.", THU, "3:17:42", "2019-05-13T03:17"),
    ("Sirens sounded at 6:05:30 local time.", THU, "6:05:30", "2019-05-16T06:05"),
    # "the fall" after a preposition stays autumn, even before "in" and a place
    ("The harvest failed in the fall.", THU, "the fall", "2018-FA"),
    ("Talks will resume in the fall in Vienna.", THU, "the fall", "2019-FA"),
    ("The fall of 2017 was unusually dry.", THU, "The fall of 2017", "2017-FA"),
]

ABSENT = [
    # a newspaper called a daily or a weekly is no set
    ("The state-run daily Borba printed the decree on Monday.", THU, "daily"),
    ("The daily said the minister would resign.", THU, "daily"),
    ("A weekly reported that the port would close.", THU, "weekly"),
    ("The Lisbon weekly Expresso ran the interview.", THU, "weekly"),
    # "the fall in/from" something, outside a prepositional phrase, is a drop, not autumn
    ("The fall in grain prices hurt the growers.", THU, "fall"),
    ("Economists blamed the fall in exports on the strike.", THU, "fall"),
    ("The fall from power was swift.", THU, "fall"),
    # geological spans in millions of years are no calendar times
    ("The basin formed 65 million years ago.", THU, "years ago"),
    ("The rocks are two billion years old.", THU, "years"),
]


@pytest.mark.parametrize(("text", "dct", "span", "value"), ROWS)
def test_time_value(nlp, rules, text, dct, span, value):
    got = tagged_values(nlp, rules, text, dt.date.fromisoformat(dct))
    assert span in got, f"{span!r} not tagged; got {got}"
    assert got[span] == value


@pytest.mark.parametrize(("text", "dct", "span"), ABSENT)
def test_time_absent(nlp, rules, text, dct, span):
    assert not tagged_over(nlp, rules, text, dt.date.fromisoformat(dct), span)
