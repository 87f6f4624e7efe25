"""More sentences that report no event, or an event with another code or actor than a naive
reading gives: classes found by reading the coder's output on unseen news (violent verbs in other
senses, participles that describe, a phone call read as an appeal, an office named by its
apposition). Every table keeps rows that must still code, so precision is not bought with recall.
Sentences written for the project; the full pipeline resolves the actors."""

from __future__ import annotations

import pytest
from record_kit import asserted_events as _asserted
from record_kit import asserted_roots as _roots


@pytest.mark.parametrize(
    "text,expected",
    [
        # to eliminate a body, a measure or an effect kills no one
        ("Zambia's parliament voted to eliminate the anti-corruption commission.", set()),
        ("Officials in Lusaka eliminated the fuel subsidies last year.", set()),
        ("Eliminating the effects of the Zambian drought is a priority.", set()),
        # armed men eliminated are killed
        ("Malawian soldiers eliminated six rebel fighters near the border.", {"19"}),
    ],
)
def test_eliminating_needs_someone_killed(extract, text, expected):
    assert _roots(extract, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("A Zambian crew shot a documentary about Lilongwe.", set()),
        ("Harare is forecast to hit 38C on Thursday.", set()),
        ("The Zambian pop star shot to fame in 2015.", set()),
        ("The fate of the Zambian mining bill hangs in the balance.", set()),
        ("The Zambian minister hung up on the reporter.", set()),
        ("A ceasefire deal in Lusaka aimed to firm up the shaky Malawian cease-fire.", set()),
        ("The Zambian geologist lit a wood fire near the camp.", set()),
        ("Zambia will not let Malawi take advantage of its ports.", set()),
        # the violent senses stay
        ("Zambian police shot two smugglers near the border.", {"19"}),
        ("Malawian troops opened fire on Zambian villagers.", {"19"}),
        ("Malawi executed three convicted Zambian spies.", {"18"}),
        ("Malawian forces took the border town from Zambian troops.", {"19"}),
    ],
)
def test_violent_verbs_in_other_senses(extract, text, expected):
    assert _roots(extract, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a participle that says what something is like describes; it does nothing
        ('The Zambian minister described the floods as "crushing".', set()),
        ("Malawi's foreign ministry portrayed the Zambian move as invading its waters.", set()),
        ("Critics in Lusaka called the plan 'killing' for small farms.", set()),
        ("Malawian police crushed the march in Lilongwe.", {"17"}),
    ],
)
def test_a_describing_participle_is_no_act(extract, text, expected):
    assert _roots(extract, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # what is accused is the first thing the accusation names, not what that thing is about
        (
            "Zambia accused Malawi of spreading lies by claiming Zambian troops committed genocide.",
            {("112", "ZMB", "MWI")},
        ),
        ("Zambia accused Malawi of committing genocide against farmers.", {("1124", "ZMB", "MWI")}),
        ("Zambia accused Malawi of spying on its embassy.", {("1125", "ZMB", "MWI")}),
    ],
)
def test_an_accusation_is_coded_by_what_it_accuses_of(extract, text, expected):
    assert _asserted(extract, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a call that is the setting of what is said is a conversation, not an appeal
        ("During the call, the Zambian president thanked Malawi for its help.", {"05"}),
        ("Zambia's president made a condolence call to the family.", set()),
        # an appeal says what it is for
        ("Zambia called for an immediate ceasefire in the region.", {"02"}),
        ("In a call for calm, Zambia urged Malawi to pull back its troops.", {"02"}),
    ],
)
def test_a_phone_call_is_no_appeal(extract, text, expected):
    assert _roots(extract, text) - {"01"} == expected


@pytest.mark.parametrize(
    "text,source,target",
    [
        # the apposition says who an office is; the possessor is someone else
        ("Kiprono met Museveni's senior adviser, Peter Okello, in Kampala.", "Kiprono", "Peter Okello"),
        ("Museveni's senior adviser, Peter Okello, met Kiprono in Kampala.", "Peter Okello", "Kiprono"),
        ("Wanjiru Kamau, Ruto's campaign manager, resigned on Monday.", "Wanjiru Kamau", None),
        # a plain office with no one named beside it is still read through its country
        ("Kenya's foreign minister met Museveni in Kampala.", "Kenya government", "Yoweri Museveni"),
    ],
)
def test_an_apposition_names_the_actor(extract, text, source, target):
    rec = extract(text)
    names = {a.id: a.name for a in rec.actors}
    pairs = {(names.get(e.source), names.get(e.target)) for e in rec.events if not e.negated}
    assert (source, target) in pairs


@pytest.mark.parametrize(
    "text,modality",
    [
        ("Every Zambian voter should reject the proposals.", "demanded"),
        ("Regulators in Lusaka must resist pressure from the Malawian lobby.", "demanded"),
        ("Malawi rejected Zambia's offer.", "asserted"),
        ("Malawi will reject any Zambian offer.", "asserted"),
    ],
)
def test_a_rejection_asked_of_someone_is_not_asserted(extract, text, modality):
    events = [e for e in extract(text).events if e.root == "12"]
    assert events and {e.modality for e in events} == {modality}


@pytest.mark.parametrize(
    "text,expected",
    [
        # "reluctant to", "did nothing to": not done
        ("The Malawian opposition was reluctant to join talks with Zambia.", set()),
        ("The Zambian government did nothing to stop the raids on Malawian traders.", set()),
        ("Zambia's new minister will do little to curb the protests.", set()),
        # willing, or done
        ("The Malawian opposition agreed to join talks with Zambia.", {"03"}),
        ("Zambian police stopped the protests in Lusaka.", {"17"}),
    ],
)
def test_reluctance_and_doing_nothing_are_not_acts(extract, text, expected):
    assert _roots(extract, text) - {"01"} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a noun of an attack that a clause addresses or justifies is not its subject's act
        ("The Zambian minister failed to address the attacks on Malawian traders.", set()),
        ("Lusaka avenged the raids on its border posts.", set()),
        # its doer stays the one who carries it out
        ("Malawian troops carried out raids on Zambian villages.", {"19"}),
    ],
)
def test_who_addresses_an_attack_did_not_make_it(extract, text, expected):
    assert {e.root for e in extract(text).events if not e.negated and e.root == "19"} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The Zambian president has signed twelve executive actions.", set()),
        ("The Zambian minister went on to criticise Malawi.", {("111", "ZMB", "MWI")}),
        # a time given with "on" still leaves the trip a trip
        ("The Zambian foreign minister travels to Malawi on Friday.", {("042", "ZMB", "MWI")}),
        ("Zambia and Malawi signed a border treaty.", {("057", "ZMB", "MWI"), ("057", "MWI", "ZMB")}),
    ],
)
def test_signing_and_going_on(extract, text, expected):
    assert _asserted(extract, text) == expected
