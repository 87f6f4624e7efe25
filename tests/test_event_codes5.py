"""Sub-codes, fifth audit: an appeal to others to back a third party rallies support for it
(053, aimed at the party backed), not an appeal for one's own support (022); a demand that is
renewed, repeated or pressed is a demand frame whose clause says what is demanded ("reiterated
its demand that X ease curbs" is 1051, with no easing asserted); refusing a request or a
demand of a given kind takes that kind ("rejected a demand to hand over the general" is 1213);
opening a border or an airport to peacekeepers or inspectors lets them in (0861, 0862), not a
blockade eased; mobilizing voters, resources or a community is no mobilization of forces; an
amnesty or a pardon granted frees people (0841), offered or demanded it is the promise or the
demand of a release (0353, 1053), and a tax amnesty frees no one; refusing to answer a
demand refuses the demand, while declining to respond to questions declines comment (011);
giving someone hours or days to do something demands it (1056 for a withdrawal), nothing done
yet; a vow of retaliation or revenge is a threat (130), not a promise of cooperation; the one
who hosts or brokers talks between two other parties mediates (045; 039 when offered or planned,
028 when asked of it) instead of negotiating with each; cutting the internet or blocking social
media and banning or shutting news outlets restrict freedom of expression (1721), while banning
a party stays 1722; an attack by hackers or a cyberattack is coercion (170), not military force; a sit-in is a
protest and a go-slow a strike, and a walkout or class boycott takes its aim from its purpose
clause (1431 for a resignation); a rescue or medical team sent abroad is humanitarian aid (073),
not an investigation; a joint patrol is military cooperation like a joint drill (062); police
officers sent to another state protect it (074, 0334 when planned), no show of force threatened,
while police sent to one's own border or city stay a police build-up (153); troops, police or
ships that block or intercept roads, convoys or vessels restrict movement (191), while protesters
blocking convoys obstruct passage (144). Sentences written for the
project; the full pipeline resolves the actors."""

from __future__ import annotations

import pytest


def _events(extract, text: str) -> list[tuple[str, str | None]]:
    return sorted((e.code, e.target_code) for e in extract(text).events if not e.negated)


@pytest.mark.parametrize(
    "text,expected",
    [
        # support asked of others on behalf of a third party
        (
            "The Arab League chief on Monday urged the African Union to back Sudan in its dispute.",
            [("053", "SDN")],
        ),
        (
            "Turkey called on Washington to support the Syrian opposition.",
            [("053", "SYROPP")],
        ),
        # support asked for one's own side stays an appeal for support
        ("Ukraine asked Germany to support Kyiv's bid to join NATO.", [("022", "DEU")]),
        # a renewed or repeated demand: its clause says what is demanded, nothing is done yet
        (
            "The UN renewed its demand on Friday that Syria release the detained activists.",
            [("1053", "SYR")],
        ),
        ("The bank reiterated its demand that Kenya ease curbs on imports.", [("1051", "KEN")]),
        (
            "Greece on Monday reiterated its demand that Turkey withdraw its troops from Cyprus.",
            [("1056", "TUR")],
        ),
    ],
)
def test_appeal_and_demand_subcodes(extract, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _events(extract, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Serbia rejected a demand by the EU to hand over the general to the tribunal.",
            [("1213", "IGOEUR")],
        ),
        ("Iran rejected an American demand to withdraw its forces from Syria.", [("1246", "USA")]),
        ("Mali rejected a French request to share intelligence.", [("121", "FRA")]),
        ("Poland rejected a Russian call to lift its sanctions on Belarus.", [("1244", "BLR")]),
    ],
)
def test_rejected_request_kinds(extract, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _events(extract, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Sudan has agreed to reopen its airport to African Union peacekeepers.", [("0355", "IGOAFU")]),
        ("Syria opened its border crossing to UN inspectors on Monday.", [("0862", "IGOUNO")]),
        ("Israel reopened the Gaza crossing on Sunday.", [("0872", None)]),
        # forces are mobilized; voters, funds and communities are not
        ("Ghana mobilized its reservists on Friday.", [("154", None)]),
        ("The Nigerian president mobilised all resources for the flood relief effort.", []),
        ("The Brazilian senator mobilized young voters across the north.", []),
    ],
)
def test_opened_to_and_mobilized(extract, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _events(extract, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The Zimbabwean president granted amnesty to 300 prisoners.", [("0841", None)]),
        ("Colombia offered an amnesty to rebels who lay down their arms.", [("0353", "COLREB")]),
        ("Protesters in Lima demanded an amnesty for jailed activists.", [("1053", None)]),
        ("Italy declared a tax amnesty for small firms.", []),
    ],
)
def test_amnesty(extract, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _events(extract, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Hamas refused to respond to an Egyptian demand to free the hostages.", [("1243", "EGY")]),
        ("Iran declined to answer the EU's call to halt enrichment.", [("120", "IGOEUR")]),
        ("The Serbian minister declined to respond to reporters' questions.", [("011", None)]),
        ("The Kenyan ministry declined to comment on Somalia's request.", [("011", None)]),
    ],
)
def test_refused_answer(extract, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _events(extract, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Kenya gave Somalia 48 hours to withdraw its troops.", [("1056", "SOM")]),
        ("The president gave himself two weeks to decide.", []),
        ("Iran vowed to retaliate against Israel.", [("130", None)]),
        ("The Syrian army pledged to strike back at the rebels.", [("130", None)]),
        ("Pakistan promised to cooperate with Afghanistan.", [("031", "AFG")]),
    ],
)
def test_deadlines_and_vowed_retaliation(extract, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _events(extract, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Oman hosted talks between Washington and the Taliban.",
            [("045", "AFGREB"), ("045", "USAGOV")],
        ),
        (
            "Norway will host peace talks between Colombia and the ELN rebels.",
            [("039", "COL"), ("039", "COLREB")],
        ),
        ("The Vatican offered to host talks between Ukraine and Russia.", [("039", "RUS"), ("039", "UKR")]),
        ("The UN urged Qatar to host talks between Sudan and the rebels.", [("028", "QAT")]),
        # a party to the talks hosting them still negotiates
        ("Kenya hosted talks with Ethiopia.", [("046", "ETH"), ("046", "KEN")]),
    ],
)
def test_hosted_talks_are_mediation(extract, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _events(extract, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Ethiopia cut off internet access in Tigray.", [("1721", None)]),
        ("The Iranian government blocked Instagram and WhatsApp.", [("1721", None)]),
        ("The Iranian government banned the reformist newspaper.", [("1721", None)]),
        ("Turkey shut down 20 Kurdish TV stations.", [("1721", None)]),
        ("Thailand dissolved the main opposition party.", [("1722", None)]),
        ("Russia lifted the ban on the independent newspaper.", [("0811", None)]),
        ("The storm cut internet access in Florida.", []),
    ],
)
def test_restrictions_on_expression(extract, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _events(extract, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Russia launched a cyberattack on Ukrainian banks.", [("170", "UKRBUS")]),
        ("Iranian hackers targeted Israeli water systems.", [("170", "ISR")]),
        ("Israeli jets struck Hamas targets in Gaza.", [("195", "PSEREB")]),
    ],
)
def test_cyberattacks(extract, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _events(extract, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Kenyan nurses held a sit-in at the health ministry.", [("141", "KEN")]),
        ("Chilean truckers staged a go-slow on main roads.", [("143", None)]),
        ("The Greek minister sat in the front row.", []),
        ("Students in Bangladesh boycotted classes to demand the minister's resignation.", [("1431", None)]),
        ("Students in Bangladesh boycotted classes.", [("143", None)]),
    ],
)
def test_protest_forms(extract, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _events(extract, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Japan sent rescue teams to Turkey after the earthquake.", [("073", "TUR")]),
        ("Cuba dispatched a medical team to Italy.", [("073", "ITA")]),
        ("The UN sent a team of investigators to Syria.", [("090", "SYR")]),
        ("Brazil and Argentina launched a joint naval patrol.", [("062", "ARG"), ("062", "BRA")]),
        ("Thai police conducted a patrol in Bangkok.", []),
    ],
)
def test_teams_and_patrols(extract, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _events(extract, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Kenya plans to send 1,000 police officers to Haiti.", [("0334", "HTI")]),
        ("Rwanda sent 300 police officers to Mozambique.", [("074", "MOZ")]),
        ("The Kenyan government deployed police officers to the border.", [("153", None)]),
        ("Nigeria deployed extra police to Lagos.", [("153", None)]),
    ],
)
def test_police_sent_abroad(extract, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _events(extract, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Chinese coast guard ships blocked Philippine supply boats.", [("191", "PHL")]),
        ("The Greek navy intercepted a Turkish vessel.", [("191", "TUR")]),
        ("Ethiopian authorities blocked aid trucks heading to Tigray.", [("191", None)]),
        ("Striking Greek farmers blocked trucks at the border.", [("144", "GRC")]),
        ("The Serbian government blocked the bill in parliament.", [("129", None)]),
    ],
)
def test_blocked_movement(extract, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _events(extract, text) == expected
