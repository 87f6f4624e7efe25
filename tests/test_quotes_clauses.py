"""Attributions set inside or beside another one: participles and relative clauses that report
for themselves, and cues set off by commas inside the clause they report."""

from __future__ import annotations

import pytest
from record_kit import assert_found, quotes_of

from dyad.pipeline import Pipeline

# (text, [(content, speaker mention, cue word)]) : every listed quote must be there, exactly
FOUND = [
    # a participle after a comma reports for the one who spoke first, and ends that report
    (
        "The ferry operator said that the crossings were safe, adding that two boats were in repair.",
        [
            ("that the crossings were safe", "The ferry operator", "said"),
            ("that two boats were in repair", "The ferry operator", "adding"),
        ],
    ),
    (
        "Contacted on Monday, Ruiz denied the idea that the league was folding, explaining that he had "
        "been abroad.",
        [
            ("the idea that the league was folding", "Ruiz", "denied"),
            ("that he had been abroad", "Ruiz", "explaining"),
        ],
    ),
    # a relative clause after a comma holds a view of its own
    (
        "The bishop thanked the farmer Lena Ortiz, who has vowed to give her harvest to the shelter.",
        [
            ("the farmer Lena Ortiz", "The bishop", "thanked"),
            ("to give her harvest to the shelter", "who", "vowed"),
        ],
    ),
    # a verb the tagger took for a noun after its plural subject
    (
        "The pier was rebuilt in 1998, the figures show.",
        [("The pier was rebuilt in 1998", "figures", "show")],
    ),
    # a report noun with a named source before it
    (
        "A Harbor Gazette report that the dock would close upset the crews.",
        [("that the dock would close", "Harbor Gazette", "report")],
    ),
    # "argues in a new report that": the report is the arguer's
    (
        "The ombudsman argues in a new report that the prison kitchens were unsafe.",
        [("that the prison kitchens were unsafe", "The ombudsman", "report")],
    ),
    # "As X reported, A": the clause the 'as' clause is set off from
    (
        "As the harbour board reported, the ferry will stop running in March.",
        [("the ferry will stop running in March", "the harbour board", "reported")],
    ),
    (
        "The well ran dry in 1987, as the farmer noted in his letter.",
        [("The well ran dry in 1987", "the farmer", "noted")],
    ),
    # agreeing to do something
    (
        "The landlord agreed to repair the roof before winter.",
        [("to repair the roof before winter", "The landlord", "agreed")],
    ),
    # a charge in the passive: the phrase after 'for' or 'of', with the agent if named
    (
        "The shipping firm was criticized by dock workers for cutting night shifts.",
        [("cutting night shifts", "dock workers", "criticized")],
    ),
    (
        "The senator spoke out against the new toll on the bridge.",
        [("the new toll on the bridge", "The senator", "spoke")],
    ),
    # ... quoted words after the cue included
    (
        'The old charter, the judges said, "leaves no doubt" that the mayor may run.',
        [
            (
                'The old charter, the judges said, "leaves no doubt" that the mayor may run',
                "the judges",
                "said",
            )
        ],
    ),
    # a list of bare verbs carries on the 'to' clause
    (
        "She urged the council to cut the fee, repair the pier, and open the market on Sundays.",
        [("the council to cut the fee, repair the pier, and open the market on Sundays", "She", "urged")],
    ),
    # a cue set off by commas: the clause on both sides of it is the content
    (
        "It was, she said, the wettest spring anyone could remember.",
        [("It was, she said, the wettest spring anyone could remember", "she", "said")],
    ),
    (
        "In the old days, the fishermen say, the bay froze every winter.",
        [("In the old days, the fishermen say, the bay froze every winter", "the fishermen", "say")],
    ),
    # a second 'that' clause carries on the report, whatever its verb and with no comma
    (
        "The coach said his squad had trained hard and that the keeper hoped for rain.",
        [("his squad had trained hard and that the keeper hoped for rain", "The coach", "said")],
    ),
    (
        "Both reckon the ferry runs fine, but that its fares must drop.",
        [("the ferry runs fine, but that its fares must drop", "Both", "reckon")],
    ),
    # a participle phrase set off after 'and' opens the next report, not this one's content
    (
        "Greeting the visitors, the mayor said that the fair would open on May 2 and, looking back "
        "on her first term, she noted that the town had grown.",
        [
            ("that the fair would open on May 2", "the mayor", "said"),
            ("that the town had grown", "she", "noted"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_clauses_found(pipeline: Pipeline, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert_found(pipeline, text, expected, exact_cue=False)


# a report inside what another one reports stays part of it
KEPT_WHOLE = [
    ("The mayor said residents believe the army will return.", ["said"]),
    ("The trainer told reporters that the horse, which he believes is fit, would not race.", ["told"]),
    ("Later, he said, the committee would decide who gets the grant.", ["said"]),
]


@pytest.mark.parametrize(("text", "cues"), KEPT_WHOLE)
def test_inner_report_is_kept_whole(pipeline: Pipeline, text: str, cues: list[str]) -> None:
    quotes = quotes_of(pipeline, text)
    assert [q.cue for q in quotes] == cues, [(q.text, q.cue) for q in quotes]


# report nouns that stand for something said even when no one is named
UNOWNED = [
    ("Amid complaints that the ferry was unsafe, the council closed the pier.", "that the ferry was unsafe"),
    ("There were rumors that the coach would resign.", "that the coach would resign"),
]


@pytest.mark.parametrize(("text", "content"), UNOWNED)
def test_unowned_report_nouns(pipeline: Pipeline, text: str, content: str) -> None:
    quotes = quotes_of(pipeline, text)
    match = [q for q in quotes if q.text == content]
    assert match, [(q.text, q.cue) for q in quotes]
    assert match[0].speaker_span is None


# a cue word in a sense that reports nothing: no quote starts with these words
NOT_FOUND = [
    ("The idea that the ferry was unsafe spread quickly.", "that the ferry"),
    ("The Harbor attack on the ships lasted an hour.", "the ships"),
    # a passive with a span of time is no charge, nor money raised for someone
    ("Funds were raised in May for the orphans of the flood.", "the orphans"),
    ("The guard was posted at the gate for three years.", "three years"),
    # an 'as' clause of time, not of source
    ("The crowd cheered as the riders came into the square.", "The crowd cheered"),
]


@pytest.mark.parametrize(("text", "absent"), NOT_FOUND)
def test_not_a_report(pipeline: Pipeline, text: str, absent: str) -> None:
    quotes = quotes_of(pipeline, text)
    assert not [q for q in quotes if q.text.startswith(absent)], [(q.text, q.cue) for q in quotes]


def test_passive_charge_without_agent(pipeline: Pipeline) -> None:
    text = "The treasurer is accused of hiding the club's debts."
    quotes = quotes_of(pipeline, text)
    match = [q for q in quotes if q.text == "hiding the club's debts"]
    assert match and match[0].speaker_span is None, [(q.text, q.cue) for q in quotes]
