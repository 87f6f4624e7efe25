"""Second-level CAMEO codes, one or more rows per code the audit of the codebook's code names
found coded at the root only or not at all. The more specific code is expected only where the
sentence names the specific thing (what is asked for, refused, threatened, investigated, given).
Sentences written for the project; the full pipeline resolves the actors."""

from __future__ import annotations

import pytest


def _codes(extract, text: str) -> list[str]:
    return [e.code for e in extract(text).events if not e.negated]


@pytest.mark.parametrize(
    "text,code",
    [
        # claiming an attack is claiming responsibility for it
        ("The Pakistani Taliban claimed the ambush on the convoy.", "015"),
        # trade and investment asked for, promised or refused are economic cooperation
        ("Fiji urged Australia to expand trade and investment.", "0211"),
        ("Laos pledged to boost trade with Thailand.", "0311"),
        ("Mongolia rejected the trade deal with Russia.", "1211"),
        # defence cooperation is military cooperation
        ("Estonia pledged to deepen defence cooperation with Finland.", "0312"),
        ("Malawi called on Zambia to expand security cooperation.", "0212"),
        # a change of policy asked for, promised or refused
        ("Oxfam urged Peru to change its policy on mining.", "0242"),
        ("Austria promised to change its policy on asylum seekers.", "0342"),
        ("Slovakia refused to change its energy policy.", "1232"),
        # an offer or a pledge of aid is an intent to give it, of the kind named
        ("Qatar pledged aid to Sudan.", "033"),
        ("Norway offered a loan to Ghana.", "0331"),
        ("Canada pledged military aid to Latvia.", "0332"),
        ("Ireland offered humanitarian aid to Lebanon.", "0333"),
        # aid asked of someone
        ("Zambia demanded financial aid from the World Bank.", "1031"),
        ("Georgia demanded more weapons from NATO.", "1032"),
        # emergency rule declared, threatened and lifted; a decision to impose it is done
        ("Ecuador's government declared a nationwide state of emergency.", "1724"),
        ("Bolivia's leader threatened to impose emergency rule across three provinces.", "1324"),
        ("Sri Lanka lifted the state of emergency.", "0814"),
        ("Chile's president declared emergency rule in the south.", "1724"),
        ("The Armenian cabinet announced its decision to impose a curfew in Yerevan.", "1723"),
        # the press and the internet: restrictions imposed, threatened and eased
        ("The Ugandan government banned the news website.", "1721"),
        ("Ethiopia's cabinet threatened to shut down mobile internet in Tigray.", "1321"),
        ("The Vietnamese government lifted restrictions on the press.", "0811"),
        # an investigation of a strike or a raid is an investigation of military action
        ("The French army investigated the air strike in Mali.", "093"),
        ("NATO opened a probe into the drone strike that killed the villagers.", "093"),
        # chemical and nuclear weapons
        ("Syrian troops used poison gas on the rebel town.", "2041"),
        ("Sudanese forces carried out a chemical attack on the village.", "2041"),
        # a rejection is coded by what was asked for or offered
        ("Finland rejected Greece's request for a new loan.", "1221"),
        ("Washington rejected Ukraine's request for fighter jets.", "1222"),
        ("The Burmese junta rejected offers of food aid.", "1223"),
        ("The rebels rejected the ceasefire proposal.", "1246"),
        ("Egypt rejected the proposal for talks with Ethiopia.", "125"),
        ("The Kurdish rebels rejected the peace agreement.", "127"),
        ("Kenya refused to agree to a ceasefire with the rebels.", "1246"),
        ("Peru refused to accept mediation by Brazil.", "126"),
        # an appeal or a demand to agree to something asks for the thing
        ("The Pope urged Ethiopia and Eritrea to agree to a ceasefire.", "0256"),
        ("Uganda urged the Congolese factions to accept mediation by Angola.", "028"),
        ("Moscow demanded that Georgia agree to talks.", "106"),
        # threats of generic force, of ending mediation and of leaving talks
        ("China threatened military action against the Philippines.", "138"),
        ("Egypt threatened to end its mediation between Israel and Hamas.", "135"),
        ("The Houthis threatened to pull out of peace talks with Riyadh.", "134"),
        ("Burundi threatened to expel the UN peacekeeping mission.", "136"),
        # acts of the codebook's own second level
        ("The IMF approved a 2 billion dollar bailout for Pakistan.", "071"),
        ("Iran supplied drones to Russia.", "072"),
        ("Turkey lodged a formal protest with Greece.", "114"),
        ("Norway suspended its mediation between Colombia and the ELN.", "165"),
        ("The rebels pulled out of the peace talks with the Congolese government.", "164"),
        ("Chad expelled foreign aid groups from the east.", "1663"),
        ("Syria barred UN inspectors from the site.", "1245"),
        ("Japan raised its military alert level.", "152"),
        ("The ELN rebels handed over their weapons.", "0873"),
        ("Iran released the seized Greek oil tanker.", "0842"),
        ("Syria allowed aid convoys into the besieged town.", "0863"),
        ("Kenya's foreign minister said she would quit.", "0341"),
        # an intent to accept mediation, a mobilization against someone
        ("Colombia agreed to accept Swiss mediation.", "038"),
        ("The Bolivian opposition mobilized supporters against the government.", "113"),
        # an alert raised, and consultations held
        ("Japan put its armed forces on high alert.", "152"),
        ("The Thai foreign minister held consultations with his Lao counterpart.", "040"),
        # a meeting of two countries in a third one
        ("The Egyptian and Jordanian foreign ministers met in Geneva.", "044"),
        # a hunger strike for a named aim; a strike against a policy, not a regime
        ("A jailed Kenyan activist went on hunger strike for democracy.", "1424"),
        ("Belgian dock workers went on strike against the pension reform.", "1432"),
        # yielding to demands, and demands, of the kind named
        # a reform of no named kind is political reform in general; democracy names the regime
        ("The Malian junta gave in to demands for reform.", "083"),
        ("The Malian junta gave in to demands for democracy.", "0834"),
        ("Tunisian farmers demanded a change in the government's export policy.", "1042"),
        ("Ghana refused demands by the Nigerian government for the sailors to be released.", "1243"),
        # an attempt on a life is an act of its own
        ("Gunmen tried to assassinate the Guinean president.", "185"),
        # irregulars' bombings are bombings, not air strikes
        ("Militants bombed a mosque in Peshawar.", "183"),
        # a party banned
        ("The Turkish court banned the Kurdish party HDP.", "1722"),
        # mass killings and ethnic cleansing carried out
        ("The militia carried out a massacre of Hema villagers.", "202"),
        ("Bosnian Serb forces committed ethnic cleansing in the valley.", "203"),
    ],
)
def test_second_level_code(extract, text, code):
    codes = _codes(extract, text)
    assert code in codes, codes


@pytest.mark.parametrize(
    "text,code",
    [
        # a meeting in one of the parties' own countries stays a meeting
        ("The Kenyan president met the Tanzanian president in Arusha.", "040"),
        # a rejection that names no kind stays a rejection
        ("Bolivia rejected the Chilean proposal.", "120"),
        # given support is aid; support offered is promised
        ("Kenya gave military support to Somalia.", "072"),
        ("Kenya pledged support for the peace plan.", "051"),
        # weapons sent to one's own border are a build-up, not aid
        ("Russia sent tanks to the border.", "154"),
    ],
)
def test_general_code_kept(extract, text, code):
    codes = _codes(extract, text)
    assert code in codes, codes


@pytest.mark.parametrize(
    "text,expected",
    [
        # a decision taken is the act, as "decided to" is
        ("Kenya's decision to expel the Somali ambassador angered Mogadishu.", {("161", False)}),
        ("Uganda announced its decision to recall its envoy from Rwanda.", {("161", False)}),
        # a decision taken back is not done
        ("Kenya reversed its decision to expel the Somali ambassador.", {("161", True)}),
        # an emergency declared against a disaster is no measure against anyone
        ("Chile's president declared emergency rule as wildfires spread toward Valparaiso.", set()),
        # a decision with no one named does nothing to anyone
        ("The decision to declare an emergency was taken on Monday.", set()),
    ],
)
def test_a_decision_passes_its_act_on(extract, text, expected):
    got = {(e.code, e.negated) for e in extract(text).events}
    assert got == expected
    assert all(e.target_code is None for e in extract(text).events if "emergency" in text)


@pytest.mark.parametrize(
    "text",
    [
        # words given to a news outlet are no consultation, whether the outlet is known or not
        "The Iranian foreign minister spoke with the Tehran Times.",
        "Erdogan talked with Haberturk television about the war in Syria.",
        "The Nepali prime minister spoke with Kantipur in an interview.",
        "The Turkish president spoke with CNN Turk about the war.",
    ],
)
def test_an_interview_is_not_a_consultation(extract, text):
    assert not [e for e in extract(text).events if e.root == "04"]
