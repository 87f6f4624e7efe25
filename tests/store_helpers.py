"""Hand-built article records for the store and analysis tests (no NLP needed)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from dyad.records import Actor, ArticleRecord, Event, Place, Quote, TimeExpr

# name -> (code, country, kind)
ACTORS = {
    "Washington": ("USAGOV", "USA", "country"),
    "Yerevan": ("ARMGOV", "ARM", "country"),
    "Baku": ("AZEGOV", "AZE", "country"),
    "Moscow": ("RUSGOV", "RUS", "country"),
    "Paris": ("FRAGOV", "FRA", "country"),
    "Minister Dalan": ("USAGOV", "USA", "person"),
}

QUAD = {
    "01": 1,
    "03": 1,
    "04": 1,
    "05": 1,
    "06": 2,
    "07": 2,
    "10": 3,
    "11": 3,
    "12": 3,
    "13": 3,
    "14": 4,
    "17": 4,
    "18": 4,
    "19": 4,
}


@dataclass
class Ev:
    sentence: int
    source: str | None
    trigger: str
    target: str | None
    code: str
    goldstein: float
    negated: bool = False
    modality: str = "asserted"
    date: str | None = None
    place: str | None = None
    plover: str | None = "CONSULT"


@dataclass
class Art:
    doc_id: str
    published: str | None
    sentences: list[str]
    events: list[Ev] = field(default_factory=list)
    quotes: list[tuple[str, str]] = field(default_factory=list)  # (speaker name, quoted text)
    places: list[tuple[str, str, float, float]] = field(default_factory=list)  # (text, country, lat, lon)
    times: list[tuple[str, str]] = field(default_factory=list)  # (text, value)


def build(art: Art) -> ArticleRecord:
    """An ArticleRecord whose spans all point at the right text."""
    text = ""
    sents = []
    for s in art.sentences:
        if text:
            text += " "
        sents.append([len(text), len(text) + len(s)])
        text += s
    actors: dict[str, Actor] = {}
    for name, (code, country, kind) in ACTORS.items():
        spans = [[m.start(), m.end()] for m in re.finditer(re.escape(name), text)]
        if spans:
            aid = f"A{len(actors) + 1}"
            actors[name] = Actor(
                aid, name, kind, code=code, country=country, sector=code[3:] or None, mentions=spans
            )
    places = []
    for i, (ptext, country, lat, lon) in enumerate(art.places, start=1):
        st = text.index(ptext)
        places.append(Place(f"P{i}", ptext, [st, st + len(ptext)], ptext, country, lat, lon, feature="city"))
    times = []
    for i, (ttext, value) in enumerate(art.times, start=1):
        st = text.index(ttext)
        times.append(TimeExpr(f"T{i}", ttext, [st, st + len(ttext)], "DATE", value))
    events = []
    for i, ev in enumerate(art.events, start=1):
        s0 = sents[ev.sentence][0]
        t0 = text.index(ev.trigger, s0)
        src = actors.get(ev.source) if ev.source else None
        tgt = actors.get(ev.target) if ev.target else None
        place = next((p.id for p in places if p.text == ev.place), None)
        events.append(
            Event(
                id=f"E{i}",
                code=ev.code,
                root=ev.code[:2],
                name=f"code {ev.code}",
                goldstein=ev.goldstein,
                quad_class=QUAD[ev.code[:2]],
                plover=ev.plover,
                source=src.id if src else None,
                target=tgt.id if tgt else None,
                source_code=src.code if src else None,
                target_code=tgt.code if tgt else None,
                sentence=ev.sentence,
                trigger_span=[t0, t0 + len(ev.trigger)],
                rule="test",
                date=ev.date,
                date_precision="day" if ev.date and len(ev.date) == 10 else None,
                place=place,
                negated=ev.negated,
                modality=ev.modality,
                confidence=0.9,
            )
        )
    quotes = []
    for i, (speaker, qtext) in enumerate(art.quotes, start=1):
        st = text.index(qtext)
        sp = actors[speaker]
        quotes.append(
            Quote(
                f"Q{i}",
                qtext,
                [st, st + len(qtext)],
                "direct",
                speaker=sp.id,
                speaker_span=sp.mentions[0],
                cue="said",
            )
        )
    return ArticleRecord(
        id=art.doc_id,
        text=text,
        title=art.sentences[0],
        published=art.published,
        sentences=sents,
        actors=list(actors.values()),
        quotes=quotes,
        events=events,
        times=times,
        places=places,
    )


def mediation_corpus() -> list[ArticleRecord]:
    """Four articles about a mediator (Washington) between Yerevan and Baku; counted by hand in the tests."""
    return [
        build(
            Art(
                "m1",
                "2020-10-02",
                [
                    "Washington sent an envoy to Yerevan for talks in October.",
                    "Washington also criticized Baku over the shelling.",
                ],
                events=[
                    Ev(0, "Washington", "sent an envoy", "Yerevan", "042", 1.9),
                    Ev(1, "Washington", "criticized", "Baku", "111", -2.0),
                ],
                places=[("Yerevan", "ARM", 40.18, 44.51)],
                times=[("October", "2020-10")],
            )
        ),
        build(
            Art(
                "m2",
                "2020-10-20",
                [
                    "Washington met Yerevan officials.",
                    "Baku consulted Washington on the ceasefire.",
                    "Washington has not met Baku since then.",
                ],
                events=[
                    Ev(0, "Washington", "met", "Yerevan", "040", 1.0),
                    Ev(1, "Baku", "consulted", "Washington", "040", 1.0),
                    Ev(2, "Washington", "met", "Baku", "040", 1.0, negated=True),
                ],
            )
        ),
        build(
            Art(
                "m3",
                "2021-03-06",
                [
                    "Washington phoned Yerevan on Saturday.",
                    "Washington warned Baku of sanctions.",
                    "Moscow hosted Baku.",
                    "Washington met Paris as well.",
                    'Minister Dalan said: "Baku must stop the attacks now."',
                ],
                events=[
                    Ev(0, "Washington", "phoned", "Yerevan", "041", 1.0),
                    Ev(
                        1,
                        "Washington",
                        "warned",
                        "Baku",
                        "130",
                        -4.4,
                        modality="threatened",
                        plover="THREATEN",
                    ),
                    Ev(2, "Moscow", "hosted", "Baku", "040", 1.0),
                    Ev(3, "Washington", "met", "Paris", "040", 1.0),
                    Ev(4, "Minister Dalan", "stop", "Baku", "106", -5.0, plover="DEMAND"),
                ],
                quotes=[("Minister Dalan", "Baku must stop the attacks now.")],
            )
        ),
        build(
            Art(
                "m4",
                "2021-06-01",
                [
                    "Washington praised Baku for the prisoner release.",
                    "Washington might later reward Baku with aid.",
                    "Yerevan condemned Washington for its silence.",
                ],
                events=[
                    Ev(0, "Washington", "praised", "Baku", "051", 3.4, plover="SUPPORT"),
                    Ev(1, "Washington", "reward", "Baku", "070", 7.0, modality="hypothetical", plover="AID"),
                    Ev(2, "Yerevan", "condemned", "Washington", "111", -2.0, plover="DISAPPROVE"),
                ],
            )
        ),
    ]
