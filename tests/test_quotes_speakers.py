"""Speakers the parser hides: a cue hanging on a passive verb, a gerund in a phrase on an object,
an inverted cue whose speaker the parser took for an object, a subject the parser attached
elsewhere. Sentences written for the project."""

from __future__ import annotations

import pytest
from record_kit import quotes_of, speaker_text

from dyad.pipeline import Pipeline

_quotes = quotes_of
_spk = speaker_text


# (text, content, speaker mention)
SPEAKERS = [
    # the passive subject of the verb the cue hangs on
    (
        "The mayor was suspended for a week after criticizing the police chief in a radio interview.",
        "the police chief in a radio interview",
        "The mayor",
    ),
    (
        "Over the winter she was drawn toward the unions, praising the wage law and "
        "calling for cuts to rents.",
        "cuts to rents",
        "she",
    ),
    # a gerund in a phrase on the verb's object
    (
        "The general offers no regrets for blaming the militia for the blackout.",
        "the militia for the blackout",
        "The general",
    ),
    # an inverted cue whose speaker the parser took for the cue's object
    (
        "“It is their race to lose now,” added another Ohio Democrat.",
        "“It is their race to lose now,”",
        "another Ohio Democrat",
    ),
    (
        "''Is the governor running against his own party?'' asked Mr. Hallam, pointing to the polls.",
        "''Is the governor running against his own party?''",
        "Mr. Hallam",
    ),
    # inverted order with no quote marks
    (
        "The depot stayed shut for nine days, stated a retired official at the customs office.",
        "The depot stayed shut for nine days",
        "a retired official",
    ),
    # a subject the parser hung on an earlier noun: the name before the apposition
    (
        "Shaken by the storm in Leeds, Councillor Ruth Amari, the deputy chair, stated that she "
        "phoned the engineers on Friday.",
        "that she phoned the engineers on Friday",
        "Councillor Ruth Amari",
    ),
    # a cue set off by commas after the head of the clause it reports
    (
        "The drought was, she argued, the harshest test of her term.",
        "The drought was, she argued, the harshest test of her term",
        "she",
    ),
    # a clause before the cue (after a colon) and the 'that' clause the cue introduces
    (
        "Ms. Okafor did more than soothe the delegates: She also plainly stated that Mr. Brandt "
        "hoped to cooperate with the groups he had long opposed.",
        "that Mr. Brandt hoped to cooperate with the groups he had long opposed",
        "She",
    ),
    # a cue between two quotations takes the one that ends in its sentence; the next carries it on
    (
        "“Is that a threat? Isn’t that a kind of threat?” Lorenz asked. “I think it is one.”",
        "“Is that a threat? Isn’t that a kind of threat?” Lorenz asked. “I think it is one.”",
        "Lorenz",
    ),
    # a quotation after a colon that closes a clause: the clause's subject
    (
        "The club met on Monday.\n\nThe coach sent a sharp note to the players: "
        "“Stop blaming the referees and start running harder in training.”",
        "“Stop blaming the referees and start running harder in training.”",
        "The coach",
    ),
    # a quotation, then its speaker with a phrase set off after the name, then the cue
    (
        '"We have had better seasons than this one," farm owner Tom Greer, wearing a straw hat '
        "and muddy boots, said quietly as the rain fell.",
        '"We have had better seasons than this one,"',
        "farm owner Tom Greer",
    ),
    (
        "''The storm took half the crop,'' Ines Varga, who runs the cooperative, told the radio.",
        "''The storm took half the crop,''",
        "Ines Varga",
    ),
    # inverted order with a relative clause the parser hangs the name on
    (
        '"The pay is far too low," said Maria Lopez, who ran the treasury during the first term '
        "yet backed a rival in the spring primary.",
        '"The pay is far too low,"',
        "Maria Lopez",
    ),
    # a person named at the end of a title that the parser took for the subject
    (
        "Head of the Fishing Union Karl Berg said the quota was too small.",
        "the quota was too small",
        "Karl Berg",
    ),
    # a name inside a phrase of place or company is not the speaker's own
    ("A farmer from Tom Jones said the rain was late.", "the rain was late", "A farmer"),
    # a cue the parser made a conjunct of the clause it reports
    (
        "The port may reopen next month but only if the repairs are finished in time, the harbour "
        "master said on Friday before leaving for the coast.",
        "The port may reopen next month but only if the repairs are finished in time",
        "the harbour master",
    ),
    # a share of the people polled
    ("Roughly 3 in 8 say the ferry fares are too high.", "the ferry fares are too high", "Roughly 3 in 8"),
    ("Roughly 6 in 10 said the mayor should resign.", "the mayor should resign", "Roughly 6 in 10"),
    # a source phrase after the cue sources the whole report: its words are not the content
    (
        '"I am not leaving," Ms. Ortiz said, according to the BBC.',
        '"I am not leaving," Ms. Ortiz said',
        "the BBC",
    ),
    (
        "The ferry will resume service next week, the captain told reporters, according to a "
        "statement from the port authority.",
        "The ferry will resume service next week, the captain told reporters",
        "a statement",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), SPEAKERS)
def test_speaker(pipeline: Pipeline, text: str, content: str, speaker: str) -> None:
    quotes = _quotes(pipeline, text)
    match = [q for q in quotes if q.text == content]
    assert match, [(q.text, q.cue) for q in quotes]
    assert _spk(text, match[0]) == speaker


# attitudes with no reporting verb: "in her view", "in the eyes of X", "To X, ..."
ATTITUDES = [
    (
        "In her view, the council had acted far too slowly on the flooding.",
        ("the council had acted far too slowly on the flooding", "her"),
    ),
    (
        "The port, in the eyes of many traders, has become too expensive to use.",
        ("The port, in the eyes of many traders, has become too expensive to use", "many traders"),
    ),
    (
        "To Ms. Ruiz, the old bridge is a symbol of the town's revival.",
        ("the old bridge is a symbol of the town's revival", "Ms. Ruiz"),
    ),
    (
        "To them, the vote was a betrayal of the strikers.",
        ("the vote was a betrayal of the strikers", "them"),
    ),
    # not attitudes: a bank account, a place, a phrase after the clause with no comma
    ("The charity held roughly $40,000 in its account by June.", None),
    ("To Paris, he sent a long letter.", None),
    ("The jurors stayed split in their opinions on the verdict.", None),
]


@pytest.mark.parametrize(("text", "expected"), ATTITUDES)
def test_attitudes(pipeline: Pipeline, text: str, expected: tuple[str, str] | None) -> None:
    quotes = _quotes(pipeline, text)
    if expected is None:
        assert quotes == [], [(q.text, q.cue) for q in quotes]
        return
    content, speaker = expected
    match = [q for q in quotes if q.text == content]
    assert match, [(q.text, q.cue) for q in quotes]
    assert _spk(text, match[0]) == speaker


def test_quotative_like(pipeline: Pipeline) -> None:
    """Speech reported with 'be like' / 'go like' (interviews): the subject speaks, and no other cue
    nearby ("you know", "I think") takes the quotation."""
    text = (
        'I told her about the post. And she\'s like, "You sound like a kind soul." '
        'And I\'m like, "Consider it. What upsets you so much?" You know, it was odd. '
        'People are like, "But it is sacred." I think they meant it.'
    )
    got = {q.text: (_spk(text, q), q.cue) for q in _quotes(pipeline, text)}
    assert got['"You sound like a kind soul."'][0] == "she"
    assert got['"Consider it. What upsets you so much?"'][0] == "I"
    assert got['"But it is sacred."'][0] == "People"


def test_dash_signature_after_a_joiner(pipeline: Pipeline) -> None:
    """A zero-width joiner between the dash and the name (wiki markup) still signs the quotation."""
    text = (
        "The staff met.\n\n"
        '"More women are getting into technical fields now." \u2014 \u200dAnn Gardner, '
        "Divisional Railway Manager\n\nIt has improved."
    )
    quotes = _quotes(pipeline, text)
    assert len(quotes) == 1
    assert quotes[0].cue == "\u2014"
    assert "Ann Gardner" in (_spk(text, quotes[0]) or "")


def test_object_after_a_quotation_is_not_an_inverted_speaker(pipeline: Pipeline) -> None:
    """'..., condemned Norway for ...' after a quotation: Norway is the object, the speaker is She."""
    text = (
        "In a May 2 statement, Senator Irma Voss said the army must pull back.\n\n"
        "She also called for “fewer raids on the farms,” condemned Norway for selling "
        "rifles to the militia, and warned that sanctions could follow."
    )
    got = {q.cue: (q.text, _spk(text, q)) for q in _quotes(pipeline, text)}
    assert got["called for"] == ("“fewer raids on the farms,”", "She")
    assert got["condemned"] == ("Norway for selling rifles to the militia", "She")
