"""Event classes found by reading Dyad's output on unseen news: warnings that threaten no one,
and other misreadings. Sentences written for the project; the full pipeline resolves the actors."""

from __future__ import annotations

import pytest


def _country(code: str | None) -> str | None:
    return code[:3] if code else None


def _got(extract, text: str) -> set[tuple]:
    return {
        (e.code, _country(e.source_code), _country(e.target_code), e.modality) for e in extract(text).events
    }


def _roots(extract, text: str) -> set[tuple]:
    return {(e.root, e.modality) for e in extract(text).events}


@pytest.mark.parametrize(
    "text,expected",
    [
        # what another party or a thing may do or undergo: a gloomy comment, no threat
        (
            "Colombian officials warned that the economy of Venezuela could collapse within a year.",
            {("012", "COL", "VEN", "asserted")},
        ),
        (
            "The Peruvian government warned that Chile and Bolivia are heading for war.",
            {("012", "PER", "CHL", "asserted"), ("012", "PER", "BOL", "asserted")},
        ),
        ("Kenyan doctors warned that the strike could cost lives.", {("012", "KEN", None, "asserted")}),
        # a deed as the clause's subject is foreseen, not vowed
        (
            "Chile's cabinet cautioned that restoring capital punishment would breach accords Lima once ratified.",
            {("012", "CHL", None, "asserted")},
        ),
        # a tip-off or an alarm given to someone threatens no one either
        (
            "A Japanese general warned a Senate committee of rising anger in the north.",
            {("012", "JPN", "JPN", "asserted")},
        ),
        (
            "Japan warned Canada about a Ghanaian smuggler who had planned an attack.",
            {("012", "JPN", "CAN", "asserted")},
        ),
    ],
)
def test_warning_of_what_others_do_is_no_threat(extract, text, expected):
    assert _got(extract, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # what the warner's own side will do, or a response promised, stays a threat
        "Iran warned Turkey it would impose sanctions if the pipeline deal collapsed.",
        "Russia warned Ukraine that its troops would respond to any provocation.",
        "The Chilean foreign minister warned Bolivia that any incursion would meet a firm response.",
        "The Egyptian interior minister warned that police will break up any further rallies.",
        # the warner named inside the clause: a veiled threat
        "The Bolivian president warned that Chile would soon hear from us again.",
    ],
)
def test_warning_of_ones_own_act_is_a_threat(extract, text):
    assert ("13", "threatened") in _roots(extract, text)


@pytest.mark.parametrize(
    "text,expected",
    [
        # striving to do something, with no foe named, is an effort, not combat
        ("The Qatari envoy battled to transfer the funds before the deadline.", {"071"}),
        ("A Ghanaian lawyer has fought for years to end the abuse of prisoners.", set()),
        # orders and evictions fought in court harm no one
        ("Farmers in the valley are still fighting Israeli eviction orders in court.", set()),
        # a military aim, or a foe named, keeps the fight
        ("Iraqi troops battled to retake the old city from the militants.", {"190"}),
        ("Kurdish fighters battled Turkish troops near the border.", {"190"}),
    ],
)
def test_striving_is_not_fighting(extract, text, expected):
    assert {e.code for e in extract(text).events} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # sanctions or tariffs dealt with a verb of striking are sanctions
        ("The Treasury targeted two Chinese banks with sanctions on Friday.", {"163"}),
        ("The European Union hit Russian steel makers with tariffs.", {"163"}),
        # firms targeting markets, films reaching cinemas, inquiries and animals attack no one
        ("A Chinese phone maker is targeting smaller cities in the south.", set()),
        ("The new film hits theaters in Germany next week.", set()),
        ("The Peruvian president is targeted in two investigations.", set()),
        ("A postman was attacked by a dog in Lima.", set()),
        # armed bodies striking still attack
        ("Israeli jets hit Hamas positions in Gaza.", {"195"}),
        ("Rebels targeted a convoy near the border.", {"190"}),
        ("Tom Barrow told detectives he hit the cashier several times.", {"190"}),
    ],
)
def test_blows_that_are_not_force(extract, text, expected):
    assert {e.code for e in extract(text).events} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a town freed is territory taken, not persons released
        ("Syrian troops freed the city from the militants on Sunday.", {"192"}),
        ("Colombian rebels released three hostages on Sunday.", {"0841"}),
        # papers and tax returns released free no one
        ("A summary of the report was released on Monday.", set()),
        # advising and encouraging appeal only when they say what to do
        ("A Chilean senator advised the president's campaign on trade.", set()),
        ("Japan encouraged the development of closer trade ties with Vietnam.", set()),
        ("Lima advised Peruvian nationals to avoid the frontier region.", {"020"}),
        ("Japan encouraged Vietnam to sign the accord.", {"022"}),
        # feelings whipped up, a policy that hurts, a rival beaten in a vote: no blows
        ("Such moves whip up anger in Moscow and Tehran.", set()),
        ("The new policies are hurting Kenyan farmers.", set()),
        ("Polls suggest the senator will beat his rival in the second round.", set()),
        ("Kenyan police beat protesters with batons.", {"182"}),
        # what a law or a device provides for yields nothing
        ("The new bill allows for life sentences for smuggling.", set()),
        ("The device allows pilots to land in fog.", set()),
    ],
)
def test_verbs_of_another_sense(extract, text, expected):
    assert {e.code for e in extract(text).events} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # talk about something is chatter, not negotiation
        ("Ministers are tired of the talk about the riots in Lima.", set()),
        ("When Chilean experts talk about the crisis, they sound tired.", set()),
        # one act toward a resolved partner is not repeated without its source
        (
            "The Peruvian president will hold talks with the Chilean foreign minister and Mr Ortega.",
            {("036", "PER", "CHL", "intended"), ("036", "PER", "NIC", "intended")},
        ),
    ],
)
def test_chatter_and_half_duplicates(extract, text, expected):
    assert _got(extract, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a summary or a theory offered promises nothing; access offered does
        ("The Peruvian broadcaster offered a brief summary of the talks.", set()),
        ("Chile offered Bolivia access to the sea.", {"0355"}),
        # damage to a trade or a sector, or bodies burned, is no property destroyed
        ("The sanctions damaged the Peruvian farming sector.", set()),
        ("The cartel burned the bodies of its victims.", set()),
        ("Chilean rebels destroyed the bridge near the border.", {"1712"}),
        # working with facts or ideas is no cooperation with anyone
        ("Nairobi keeps working with a fiction: that every migrant may go home.", set()),
        ("Kenyan police worked with Ugandan police to seize the drugs.", {"063", "1711"}),
        # an execution named with no one executed is a penalty in law, not a killing
        ("The draft code provides for execution by firing squad.", set()),
        # places freed from fear or crime are not taken from anyone
        (
            "Chilean police are on a mission to free their towns from the fear gangs spread.",
            set(),
        ),
        ("Iraqi troops freed the town from the militants on Sunday.", {"192"}),
    ],
)
def test_objects_of_another_sense(extract, text, expected):
    assert {e.code for e in extract(text).events} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # recognising a face, a possibility or a breach grants no state recognition
        ("Peruvian police said they recognized Maria Lopez from the video.", set()),
        ("The tribunal recognises serious violations of the accord as crimes.", set()),
        # a state, its independence, or something recognised as a state is recognition
        ("In 2009 Nicaragua recognised Abkhazia as a sovereign state.", {"054"}),
        ("Chile recognised the independence of Kosovo.", {"054"}),
        ("Bolivia recognized Kosovo in 2012.", {"054"}),
        (
            "The Kenyan parliament approved a law recognizing victories by the opposition in the vote.",
            {"054"},
        ),
        # agreeing with someone's view is accord; agreeing with someone to act is a pledge
        (
            "The Chilean foreign minister agreed with Peru's president, saying the term was unhelpful.",
            {"019"},
        ),
        ("Chile agreed with Peru to cut tariffs.", {"030"}),
    ],
)
def test_recognition_and_agreement(extract, text, expected):
    assert {e.code for e in extract(text).events} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a plan hoped for is intended whatever form of "hope" the tagger mislemmatizes
        (
            "The German government hoped to deport thousands of migrants to Mali.",
            {("137", "DEU", "REF", "threatened")},
        ),
        # hoping to do something is a plan, told by what is planned; hoping that is a hope
        ("Kenya hopes to attract more Chinese investors.", set()),
        ("Kenya hopes the talks with Uganda will succeed.", {("013", "KEN", None, "asserted")}),
    ],
)
def test_hoped_for_acts_are_intended(extract, text, expected):
    assert _got(extract, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # words of an agency's name do not say what an appeal is for
        (
            "The Irish minister urged residents to report fly-tipping through the Environmental Protection Agency website.",
            {"020"},
        ),
        ("The Peruvian government urged Chile to send peacekeepers to the border.", {"0234"}),
    ],
)
def test_names_do_not_refine_codes(extract, text, expected):
    assert {e.code for e in extract(text).events} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a law or an order signed at home is no agreement with anyone
        ("The governor signed the measure into law last spring.", set()),
        ("Peru's president signed a new decree on water rights on Friday.", set()),
        ("Peru and Chile signed the accord in Lima.", {"057"}),
        # a call returned gives nothing back
        ("Her spokesman has not returned calls from reporters.", set()),
        ("Kenya returned the seized ship to Tanzania.", {"0842"}),
    ],
)
def test_signing_and_returning_at_home(extract, text, expected):
    assert {e.code for e in extract(text).events} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # flights cancelled for the weather cut no ties
        ("Kenyan authorities cancelled twenty flights to London owing to heavy fog.", set()),
        ("Russia suspended all flights to Georgia after the diplomatic row.", {"160"}),
        # a toll in a clause alongside says nothing of why mediation ended
        (
            "Kenyan officers halted mediation efforts among feuding clans near Kismayo while the toll climbed.",
            {"165"},
        ),
        # troops based in a country are no visit hosted
        ("Qatar, which hosts thousands of American troops, has long backed the coalition.", set()),
        ("Japan hosted the Chinese foreign minister in Tokyo.", {"043"}),
    ],
)
def test_weather_and_basing(extract, text, expected):
    assert {e.code for e in extract(text).events} - {"051"} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # what an illness requires, or what prices compel, is no one's demand
        ("The injured guard required weekly treatment until June.", set()),
        ("Rising fodder prices have compelled Kenyan herders to sell their cattle.", set()),
        ("Chile demanded that Bolivia withdraw its troops.", {"1056"}),
    ],
)
def test_needs_are_not_demands(extract, text, expected):
    assert {e.code for e in extract(text).events} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # the manner of a noun's act is no act of its own
        ("The draft penal code permits execution by hanging or firing squad.", set()),
        ("Under the new penal code, convicts face execution by hanging, stoning or firing squad.", set()),
        ("Iran hanged two men in Tabriz on Monday.", {"186"}),
        ("The militants killed the hostages by shooting them.", {"190"}),
        # a call not returned is no call held; a peace sealed is no blockade
        ("Her spokesman never returned their phone call.", set()),
        ("Colombia's president wants to seal a lasting peace with the rebels.", set()),
        ("Israeli forces sealed the village near Nablus.", {"191"}),
    ],
)
def test_manner_calls_and_seals(extract, text, expected):
    assert {e.code for e in extract(text).events} == expected
