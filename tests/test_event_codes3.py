"""Sub-codes an appeal, demand, promise or refusal takes from what it is about, third audit: the
end of fighting asked for or promised is de-escalation (0256, 1056, 0356, 1246), the end of
protest an easing of dissent (0252); a renewed or reiterated appeal or demand keeps the kind of
what it asks for (0213, 0232, 1043), not the bare 020/100; a warning that protests will not be
tolerated threatens repression of the protesters (137), not protest (133); asking two sides to
reach an agreement is asking them to settle (027, 107). Sentences written for the project; the full pipeline
resolves the actors."""

from __future__ import annotations

import pytest


def _codes(extract, text: str) -> list[str]:
    return [e.code for e in extract(text).events if not e.negated]


@pytest.mark.parametrize(
    "text,code",
    [
        # "stop / halt / end / refrain from" fighting: de-escalation, in every frame
        ("The UN urged Mali to stop attacking villages.", "0256"),
        ("The envoy urged Ethiopia to refrain from attacking civilians.", "0256"),
        ("The US urged Turkey to halt the offensive against Kurdish fighters.", "0256"),
        ("Kenya urged Somalia to end its attacks on border towns.", "0256"),
        ("France called on Russia to halt its offensive in the east.", "0256"),
        ("The Security Council demanded that Israel stop bombing Gaza.", "1056"),
        ("Moscow demanded that Kyiv end its shelling of the region.", "1056"),
        ("The Sudanese army refused to stop shelling the city.", "1246"),
        ("Colombian rebels pledged to halt their raids on the capital.", "0356"),
        # an end to protest is an easing of dissent
        ("The Iranian opposition called for an end to the riots in Tehran.", "0252"),
    ],
)
def test_stopped_act_sub_code(extract, text: str, code: str) -> None:
    assert code in _codes(extract, text)


@pytest.mark.parametrize(
    "text,code",
    [
        # asking to stop fighting is not the bare appeal, nor is asking to look into it de-escalation
        ("The UN urged Mali to stop attacking villages.", "020"),
        ("The UN urged Mali to investigate the attacks on villages.", "0256"),
        # an end to riots is not a military de-escalation
        ("The Iranian opposition called for an end to the riots in Tehran.", "0256"),
        # the end of protest is the aim of a request named inside what is asked, not what is asked
        (
            "The Athens mayor asked the Greek government to withdraw its request to halt the student protests.",
            "0252",
        ),
    ],
)
def test_stopped_act_wrong_code(extract, text: str, code: str) -> None:
    assert code not in _codes(extract, text)


@pytest.mark.parametrize(
    "text,code",
    [
        # an appeal inside an appeal ("renewed its appeal to X to ...") is one appeal of that kind
        ("Chile repeated its appeal to Peru to extradite the former general.", "0213"),
        ("Britain repeated its call for Iran to release the sailors.", "0253"),
        # what the renewed request is for may hang on the verb
        ("Ukraine repeated its request to Germany for more tanks.", "0232"),
        ("The bishops made a fresh appeal to Congress for humanitarian aid.", "0233"),
        # a demand inside a demand
        ("The Kurdish rebels insisted on their demand that Ankara grant the Kurds more rights.", "1043"),
    ],
)
def test_renewed_appeal_keeps_its_kind(extract, text: str, code: str) -> None:
    assert code in _codes(extract, text)


@pytest.mark.parametrize(
    "text,expected",
    [
        # a protest someone will not tolerate or allow is repression threatened against its makers
        (
            "Kenyan police warned they would not tolerate protests by opposition supporters.",
            ("137", "KENCOP", "KENOPP"),
        ),
        (
            "The Egyptian interior ministry warned it would no longer allow rallies by the opposition.",
            ("137", None, None),
        ),
        # a protest threatened by its own makers is still a threat of protest
        ("Kenyan opposition leaders threatened to hold protests in Nairobi.", ("133", None, None)),
    ],
)
def test_refused_protest_threatens_repression(extract, text: str, expected) -> None:
    code, src, tgt = expected
    evs = [e for e in extract(text).events if not e.negated and e.code == code]
    assert evs
    if src:
        assert (evs[0].source_code, evs[0].target_code) == (src, tgt)


@pytest.mark.parametrize(
    "text,code",
    [
        # an agreement asked of parties, with no other kind named, settles their dispute
        ("The UN urged Israel and Hamas to reach an agreement.", "027"),
        ("Egypt urged Ethiopia to reach a binding agreement on the dam.", "027"),
        ("The African Union demanded that Sudan and the rebels reach an agreement.", "107"),
        # a kind named still wins
        ("The EU urged Britain to strike a trade deal with Brussels.", "0211"),
        ("The UN urged Sudan and the rebels to agree to talks.", "026"),
    ],
)
def test_agreement_asked_is_settlement(extract, text: str, code: str) -> None:
    assert code in _codes(extract, text)


@pytest.mark.parametrize(
    "text,code",
    [
        # training or arming another's forces is military cooperation or aid, not mobilization
        ("Russia offered to train Malian soldiers.", "0312"),
        ("The United States trains Ukrainian troops in Germany.", "062"),
        ("The EU trained Somali police officers.", "062"),
        ("Iran armed Houthi fighters in Yemen.", "072"),
        # forces put on alert
        ("Taiwan put its military on high alert after Chinese drills.", "152"),
        ("Russia put its nuclear forces on high alert.", "152"),
        ("Kenya placed its police on high alert ahead of the election.", "151"),
        ("South Korea raised the alert level of its troops near the border.", "152"),
        # expanded trade, defence or intelligence ties are cooperation of that kind
        ("China and Brazil pledged to expand trade ties.", "0311"),
        ("Germany and France strengthened their economic cooperation.", "061"),
        ("Turkey and Egypt moved to mend relations.", "050"),
    ],
)
def test_forces_and_ties_sub_code(extract, text: str, code: str) -> None:
    assert code in _codes(extract, text)


@pytest.mark.parametrize(
    "text,code",
    [
        # an offer to train another's soldiers threatens no one
        ("Russia offered to train Malian soldiers.", "138"),
        # forces put in charge of something are not put on alert
        ("Egypt put the army in charge of security in Sinai.", "152"),
        ("The Nigerian government placed the police in charge of the vaccination campaign.", "151"),
    ],
)
def test_forces_wrong_code(extract, text: str, code: str) -> None:
    assert code not in _codes(extract, text)


@pytest.mark.parametrize(
    "text,code",
    [
        # aid let in by vehicle or flight is humanitarian access
        ("Israel allowed aid trucks into Gaza.", "0863"),
        ("Israel allowed relief flights to land in Gaza.", "0863"),
        # air defence and missile systems are arms
        ("Germany delivered air defense systems to Ukraine.", "072"),
        ("France supplied missile systems to Greece.", "072"),
    ],
)
def test_aid_named_by_a_phrase(extract, text: str, code: str) -> None:
    assert code in _codes(extract, text)


@pytest.mark.parametrize(
    "text,code",
    [
        # "stepped down" is often parsed with "down" as an adverb
        ("The Pakistani prime minister stepped down.", "0831"),
        ("Sri Lanka's president stepped down after months of protests.", "0831"),
        # chemical agents named alone or with "gas"
        ("Syrian government forces used sarin gas against rebels.", "2041"),
        ("Syrian forces used chlorine against civilians in Douma.", "2041"),
        # looting seizes property rather than destroying it
        ("Russian soldiers looted Ukrainian homes.", "171"),
        # democracy or a constitution restored is a change of regime conceded
        ("The Thai junta restored democracy.", "0834"),
        ("China returned the seized US drone.", "0842"),
        # "let" inspectors or aid in
        ("Iran let IAEA inspectors into the Fordow plant.", "0862"),
        ("Israel let aid trucks into Gaza.", "0863"),
    ],
)
def test_yield_and_force_sub_code(extract, text: str, code: str) -> None:
    assert code in _codes(extract, text)


@pytest.mark.parametrize(
    "text,code",
    [
        # tear gas on a crowd is repression, not a chemical weapon
        ("Police used tear gas against protesters in Nairobi.", "2041"),
        ("Police used tear gas against protesters in Nairobi.", "204"),
    ],
)
def test_force_wrong_code(extract, text: str, code: str) -> None:
    assert code not in _codes(extract, text)


@pytest.mark.parametrize(
    "text,code",
    [
        # arms sent or promised to another state are military aid, not a show of force
        ("Germany sent tanks to Ukraine.", "072"),
        ("The US sent Ukraine more missiles.", "072"),
        ("Germany pledged to send tanks to Ukraine.", "0332"),
        ("France promised to send fighter jets to Greece.", "0332"),
        ("Germany refused to send tanks to Ukraine.", "1222"),
        # forces moved to a border, or one's own arms stationed abroad, stay a deployment
        ("Russia sent tanks to the border with Ukraine.", "154"),
        ("Russia deployed missiles to Belarus.", "154"),
    ],
)
def test_arms_sent_are_aid(extract, text: str, code: str) -> None:
    assert code in _codes(extract, text)


@pytest.mark.parametrize(
    "text,code",
    [
        ("Germany pledged to send tanks to Ukraine.", "138"),
        ("Germany sent tanks to Ukraine.", "154"),
    ],
)
def test_arms_sent_not_a_threat(extract, text: str, code: str) -> None:
    assert code not in _codes(extract, text)
