"""Sub-codes, fourth audit: a protest takes its aim from the clause that voices it ("rallied,
saying he must resign" is 1411; "rioted, joining others in demanding a referendum" 1454); a
"change" is a political reform only when it is a change of a constitution, a law, a policy or a
government ("rejected changes to the deal" is a bare rejection, 120; "a change of government" is
a change of leadership, 1041); a third party saying two sides must reach a deal demands that
they settle (107); ratifying is one party's act, not a two-way signing; a bare appeal whose
participle says what is asked takes that kind ("wrote to X urging him to send peacekeepers" is
0234); what an "anti-" weapon is against is not the weapon ("fired anti-aircraft batteries" is
no air strike); letting refugees go home grants a right (0833); what one declines to comment on
is not asserted (011 alone); tension a speaker "insisted ... reflected" something is no riot of
the speaker's. Sentences written for the project; the full pipeline resolves the actors."""

from __future__ import annotations

import pytest


def _codes(extract, text: str) -> list[str]:
    return sorted(e.code for e in extract(text).events if not e.negated)


@pytest.mark.parametrize(
    "text,expected",
    [
        # a protest's aim voiced by a participle of saying or joining
        (
            "Angry supporters of the Kenyan opposition have staged rallies in Nairobi against "
            "President William Ruto, saying he must resign.",
            ["1411"],
        ),
        (
            "Peruvian prisoners rioted in Arequipa on Sunday, joining dockworkers in demanding a "
            "referendum on autonomy.",
            ["1454"],
        ),
        # a change is a reform only when it is a change of something political
        (
            "The Peruvians reject proposed Chilean changes to the fishing deal, the Peruvian minister said.",
            ["120"],
        ),
        (
            "Rebel commanders in Mindanao said President Marcos must agree to sweeping constitutional changes.",
            ["1044"],
        ),
        ("Tunisian farmers demanded a change in the government's export policy.", ["1042"]),
        # a change of government is a change of leadership
        ("Kenyan students demanded a change of government.", ["1041"]),
        ("The Malian opposition called for a change of leadership in Bamako.", ["0241"]),
        # "A and B must reach a deal", said by a third party: a demand that they settle
        (
            "Norway's envoy said on Thursday that the Colombian government and the ELN guerrillas "
            "must reach a deal that ends the war.",
            ["107", "107"],
        ),
        # ratifying is done by one side; signing together by both
        ("Portugal ratified a trade agreement with Brazil on Monday.", ["057"]),
        ("Portugal and Brazil signed a trade agreement on Monday.", ["057", "057"]),
        # a letter or a bare appeal whose participle says what is asked
        (
            "Liberian senators wrote to the UN secretary-general urging him to deploy more "
            "peacekeeping troops to Monrovia.",
            ["0234"],
        ),
        (
            "Chilean miners wrote to President Boric on Monday asking him to release their jailed leaders.",
            ["0253"],
        ),
        ("Amnesty appealed to Egypt on Friday, urging it to free the detained journalists.", ["0253"]),
        # letting refugees go home grants a right (0833), not humanitarian access (0863)
        ("Chad allowed Sudanese refugees to return to their villages.", ["0833"]),
        ("Kenya will allow Somali refugees to return home.", ["0343"]),
        ("Jordan allowed Syrian refugees to receive food aid.", ["073", "0863"]),
        # what one declines to comment on is not asserted; an act after the refusal still is
        ("Moscow declined to comment on claims that Russian jets bombed a hospital.", ["011"]),
        (
            "The Pentagon declined to comment on a report that Iraqi units were losing dozens of "
            "soldiers a week in militant ambushes.",
            ["011"],
        ),
        ("Turkey refused to comment after Turkish jets bombed Kurdish positions in Iraq.", ["011", "195"]),
        # tension that a speaker says reflects something is talked about, not staged by the speaker
        (
            "Germany defended the right of Latvian troops to patrol the border and insisted tension "
            "there reflected decades of mistrust.",
            ["052"],
        ),
        ("Police stopped the protest and arrested ten students.", ["170", "173"]),
        # an anti-aircraft gun is no aircraft, an anti-tank missile still a missile
        ("Venezuela fired anti-aircraft batteries at Colombian positions near the border.", ["190"]),
        ("Iraqi militias fired anti-tank missiles at Turkish troops.", ["194"]),
        # an anti-austerity protest is still about austerity
        ("Greek workers staged anti-austerity protests in Athens.", ["1412"]),
    ],
)
def test_event_sub_codes(extract, text: str, expected: list[str]) -> None:
    assert _codes(extract, text) == expected
