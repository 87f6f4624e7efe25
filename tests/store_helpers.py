"""Hand-built article records for the store and analysis tests (no NLP needed)."""

from __future__ import annotations

from dataclasses import dataclass, field

from record_kit import event, join, mentions, span, times

from dyad.records import Actor, ArticleRecord, Place, Quote

# name -> (code, country, kind)
ACTORS = {
    "Washington": ("USAGOV", "USA", "country"),
    "Yerevan": ("ARMGOV", "ARM", "country"),
    "Baku": ("AZEGOV", "AZE", "country"),
    "Moscow": ("RUSGOV", "RUS", "country"),
    "Paris": ("FRAGOV", "FRA", "country"),
    "Minister Dalan": ("USAGOV", "USA", "person"),
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
    text, sents = join(art.sentences)
    actors: dict[str, Actor] = {}
    for name, (code, country, kind) in ACTORS.items():
        spans = mentions(text, name)
        if spans:
            aid = f"A{len(actors) + 1}"
            actors[name] = Actor(
                aid, name, kind, code=code, country=country, sector=code[3:] or None, mentions=spans
            )
    places = [
        Place(f"P{i}", ptext, span(text, ptext), ptext, country, lat, lon, feature="city")
        for i, (ptext, country, lat, lon) in enumerate(art.places, start=1)
    ]
    events = [
        event(
            i,
            ev.code,
            actors.get(ev.source) if ev.source else None,
            actors.get(ev.target) if ev.target else None,
            span(text, ev.trigger, sents[ev.sentence][0]),
            name_prefix="code",
            goldstein=ev.goldstein,
            plover=ev.plover,
            sentence=ev.sentence,
            rule="test",
            date=ev.date,
            date_precision="day" if ev.date and len(ev.date) == 10 else None,
            place=next((p.id for p in places if p.text == ev.place), None),
            negated=ev.negated,
            modality=ev.modality,
            confidence=0.9,
        )
        for i, ev in enumerate(art.events, start=1)
    ]
    quotes = []
    for i, (speaker, qtext) in enumerate(art.quotes, start=1):
        sp = actors[speaker]
        quotes.append(
            Quote(
                f"Q{i}",
                qtext,
                span(text, qtext),
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
        times=times(text, art.times),
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
