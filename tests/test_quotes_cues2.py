"""Cue words that report nothing in one use (a preposition that only says when), and content
spans a cue must keep whole."""

from __future__ import annotations

import pytest
from record_kit import assert_found, quotes_of, speaker_text

from dyad.pipeline import Pipeline

# a preposition whose object is a date or time is no part of a phrasal cue: no quote is that date
DATED = [
    ("Ambassador Lindqvist called Mr. Oduya on Tuesday.", "Tuesday"),
    ("The envoy called on Friday night.", "Friday night"),
    ("The treasurer commented on Wednesday.", "Wednesday"),
    ("The coach called on Monday for patience.", "Monday"),
    ("Ms. Harrow focused on March 3 on the tariff dispute.", "March 3"),
    ("The governor insisted on Thursday that the budget was balanced.", "Thursday"),
    ("She hinted at midnight that she would run again.", "midnight"),
]


@pytest.mark.parametrize(("text", "date"), DATED)
def test_date_is_no_content(pipeline: Pipeline, text: str, date: str) -> None:
    quotes = quotes_of(pipeline, text)
    assert not [q for q in quotes if q.text.startswith(date)], [(q.text, q.cue) for q in quotes]


# (text, [(content, speaker mention, cue)]): past the date, the cue still finds its content
FOUND = [
    (
        "The coach called on Monday for patience.",
        [("patience", "The coach", "called for")],
    ),
    (
        "The governor insisted on Thursday that the budget was balanced.",
        [("that the budget was balanced", "The governor", "insisted")],
    ),
    (
        "Ms. Harrow focused on March 3 on the tariff dispute.",
        [("the tariff dispute", "Ms. Harrow", "focused on")],
    ),
    # "called on X to V": the 'to' clause after a date still belongs to the appeal
    (
        "The premier called on the unions on Monday to end the strike.",
        [("the unions on Monday to end the strike", "The premier", "called on")],
    ),
    (
        "The bishop called on the faithful to pray for rain.",
        [("the faithful to pray for rain", "The bishop", "called on")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_content_found(pipeline: Pipeline, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert_found(pipeline, text, expected)


# (text, [(content, speaker mention, cue)]): reports whose content the parser hides or splits
MORE = [
    # a phrase between the cue and its clause: the parser took the clause for an adverbial
    (
        "Mr. Lindgren said after the recount he would not concede the seat.",
        [("he would not concede the seat", "Mr. Lindgren", "said")],
    ),
    # "said as much": the words that stand for what was said
    (
        "The harbor master said as much in a letter to the council.",
        [("as much", "The harbor master", "said")],
    ),
    # two quotations joined by 'and' before their cue are one content
    (
        '"We are tired" and "we want our wages," the dock workers said.',
        [('"We are tired" and "we want our wages,"', "the dock workers", "said")],
    ),
    # phrasal and less common cue verbs
    (
        "Senator Ilves lashed out at the grain traders.",
        [("the grain traders", "Senator Ilves", "lashed out")],
    ),
    (
        "The abbess spoke out against the plan to sell the orchard.",
        [("the plan to sell the orchard", "The abbess", "spoke out")],
    ),
    (
        "The nurses' union weighed in on the hospital merger.",
        [("the hospital merger", "union", "weighed in")],
    ),
    (
        "Governor Pratt laid out her plan to widen the canal.",
        [("her plan to widen the canal", "Governor Pratt", "laid out")],
    ),
    (
        "The referee chided both captains for the brawl.",
        [("both captains for the brawl", "The referee", "chided")],
    ),
    (
        "In his sermon the vicar referenced the flood of 1953.",
        [("the flood of 1953", "the vicar", "referenced")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), MORE)
def test_more_content_found(pipeline: Pipeline, text: str, expected: list[tuple[str, str, str]]) -> None:
    test_content_found(pipeline, text, expected)


# a cue inside another report that took a quotation outside it: that quotation is not its own
def test_inner_cue_takes_no_outside_quotation(pipeline: Pipeline) -> None:
    text = (
        "“The bridge is not safe,” Ms. Okonjo said, adding that the board would meet soon. "
        "“Trucks should stay off it.”"
    )
    quotes = quotes_of(pipeline, text)
    got = [(q.text, speaker_text(text, q), q.cue) for q in quotes]
    assert not [q for q in quotes if q.cue and "meet" in q.cue], got
    last = [q for q in quotes if "Trucks" in q.text]
    assert last and speaker_text(text, last[0]) == "Ms. Okonjo", got


# (text, [(content, speaker mention, cue)]): cue verbs added from the reporting vocabulary
VOCABULARY = [
    (
        "The coach credited the fans for the late comeback.",
        [("the fans for the late comeback", "The coach", "credited")],
    ),
    (
        "Ms. Dorsey rebuffed the offer from the dockers' union.",
        [("the offer from the dockers' union", "Ms. Dorsey", "rebuffed")],
    ),
    (
        "Mr. Ruiz singled out the port authority for blame.",
        [("the port authority for blame", "Mr. Ruiz", "singled out")],
    ),
    (
        "The governor balked at the cost of the new bridge.",
        [("the cost of the new bridge", "The governor", "balked at")],
    ),
    ("By noon, 40 percent of the jurors said the same.", [("the same", "40 percent", "said")]),
]


@pytest.mark.parametrize(("text", "expected"), VOCABULARY)
def test_vocabulary_found(pipeline: Pipeline, text: str, expected: list[tuple[str, str, str]]) -> None:
    test_content_found(pipeline, text, expected)


# a noun cue whose object is only an office or a topic: no content ("campaign for president")
NOT_CONTENT = [
    ("Senator Oyelaran ended his campaign for the party nomination on Friday.", "the party nomination"),
    ("The mayor's stance on zoning has shifted.", "zoning"),
]


@pytest.mark.parametrize(("text", "absent"), NOT_CONTENT)
def test_noun_object_is_no_content(pipeline: Pipeline, text: str, absent: str) -> None:
    quotes = quotes_of(pipeline, text)
    assert not [q for q in quotes if q.text.startswith(absent)], [(q.text, q.cue) for q in quotes]


# a preposition fronted before its verb is a setting, not part of a phrasal cue
FRONTED = [
    ('On the radio, Senator Mbeki called the plan "a disgrace."', "the radio"),
    ("On state television, the general called for calm.", "state television"),
]


@pytest.mark.parametrize(("text", "absent"), FRONTED)
def test_fronted_preposition_is_no_cue(pipeline: Pipeline, text: str, absent: str) -> None:
    quotes = quotes_of(pipeline, text)
    got = [(q.text, q.cue) for q in quotes]
    assert not [q for q in quotes if q.text.startswith(absent)], got
    assert quotes and all(q.cue and not q.cue.lower().startswith("on ") for q in quotes), got
