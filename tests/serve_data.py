"""A small hand-made corpus for the API and dashboard tests (no NLP): every span points at its text."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from record_kit import event, join, mentions, span, times

from dyad.records import Actor, ArticleRecord, Place, Quote

# surface form -> (name, code, country, kind)
ACTORS = {
    "Yerevan": ("Armenia", "ARMGOV", "ARM", "country"),
    "Armenia": ("Armenia", "ARM", "ARM", "country"),
    "Baku": ("Azerbaijan", "AZEGOV", "AZE", "country"),
    "Azerbaijan": ("Azerbaijan", "AZE", "AZE", "country"),
    "Moscow": ("Russia", "RUSGOV", "RUS", "country"),
    "Washington": ("United States", "USAGOV", "USA", "country"),
    "Paris": ("France", "FRAGOV", "FRA", "country"),
    "Ankara": ("Turkey", "TURGOV", "TUR", "country"),
    "Tehran": ("Iran", "IRNGOV", "IRN", "country"),
    "Minister Arev": ("Minister Arev", "ARMGOV", "ARM", "person"),
    "Envoy Kessler": ("Envoy Kessler", "USAGOV", "USA", "person"),
}
PLACES = {
    "Stepanakert": ("AZE", 39.8177, 46.7528),
    "Fuzuli": ("AZE", 39.6003, 47.1431),
    "Geneva": ("CHE", 46.2022, 6.1457),
    "Moscow talks": ("RUS", 55.7522, 37.6156),
    "Tavush": ("ARM", 40.8866, 45.3393),
    "Nakhchivan": ("AZE", 39.2089, 45.4122),
}


@dataclass
class Ev:
    sentence: int
    source: str
    trigger: str
    target: str
    code: str
    goldstein: float
    place: str | None = None
    date: str | None = None
    negated: bool = False


@dataclass
class Doc:
    doc_id: str
    published: str
    title: str
    sentences: list[str]
    events: list[Ev] = field(default_factory=list)
    quotes: list[tuple[str, str, str]] = field(default_factory=list)  # (speaker, cue, quoted text)
    times: list[tuple[str, str]] = field(default_factory=list)  # (text, value)


def build(doc: Doc) -> ArticleRecord:
    text, sents = join(doc.sentences)
    actors: dict[str, Actor] = {}
    for surface, (name, code, country, kind) in ACTORS.items():
        spans = mentions(text, surface, words=True)
        if spans:
            actors[surface] = Actor(
                f"A{len(actors) + 1}", name, kind, code=code, country=country, mentions=spans
            )
    places = []
    for surface, (country, lat, lon) in PLACES.items():
        if surface in text:
            places.append(
                Place(
                    f"P{len(places) + 1}", surface, span(text, surface), surface.split()[0], country, lat, lon
                )
            )
    events = [
        event(
            i,
            ev.code,
            actors[ev.source],
            actors[ev.target],
            span(text, ev.trigger, sents[ev.sentence][0]),
            name_prefix="CAMEO",
            goldstein=ev.goldstein,
            plover=None,
            sentence=ev.sentence,
            rule=f"test.rule{i}",
            date=ev.date or doc.published,
            date_precision="day",
            place=next((p.id for p in places if p.text == ev.place), None),
            negated=ev.negated,
            confidence=0.8,
        )
        for i, ev in enumerate(doc.events, start=1)
    ]
    quotes = [
        Quote(
            f"Q{i}",
            q,
            span(text, q),
            "direct",
            speaker=actors[speaker].id,
            speaker_span=span(text, speaker),
            cue=cue,
            cue_span=span(text, cue),
            date=doc.published,
            date_precision="day",
            date_source="published",
        )
        for i, (speaker, cue, q) in enumerate(doc.quotes, start=1)
    ]
    return ArticleRecord(
        id=doc.doc_id,
        text=text,
        title=doc.title,
        published=doc.published,
        source="Dyad test desk",
        sentences=sents,
        actors=list(actors.values()),
        quotes=quotes,
        events=events,
        times=times(text, doc.times),
        places=places,
    )


SCRIPT_TEXT = '<script>alert("owned")</script> Baku accused Yerevan of <b>shelling</b> Tavush on Monday.'


def corpus() -> list[ArticleRecord]:
    """Twelve articles over eight months, plus one whose text holds a <script> tag and HTML."""
    docs = [
        Doc(
            "t-001",
            "2020-09-28",
            "Heavy fighting near Stepanakert",
            [
                "Baku accused Yerevan of shelling Stepanakert on Sunday.",
                "Yerevan said Baku attacked villages near Fuzuli.",
                "Moscow urged Baku and Yerevan to stop the fighting.",
            ],
            events=[
                Ev(0, "Baku", "accused", "Yerevan", "112", -2.0),
                Ev(1, "Baku", "attacked", "Yerevan", "190", -10.0, place="Fuzuli"),
                Ev(2, "Moscow", "urged", "Baku", "0241", -0.1),
                Ev(2, "Moscow", "urged", "Yerevan", "0241", -0.1),
            ],
            times=[("Sunday", "2020-09-27")],
        ),
        Doc(
            "t-002",
            "2020-10-10",
            "Ceasefire agreed in Moscow talks",
            [
                "Baku and Yerevan agreed to a ceasefire at the Moscow talks on Saturday.",
                'Minister Arev said: "We will respect the ceasefire if Baku does."',
                "Washington welcomed the agreement.",
            ],
            events=[
                Ev(0, "Baku", "agreed", "Yerevan", "057", 8.0, place="Moscow talks"),
                Ev(2, "Washington", "welcomed", "Yerevan", "051", 3.4),
            ],
            quotes=[("Minister Arev", "said", "We will respect the ceasefire if Baku does.")],
            times=[("Saturday", "2020-10-10")],
        ),
        Doc(
            "t-003",
            "2020-10-20",
            "Shelling resumes in Stepanakert",
            [
                "Yerevan accused Baku of breaking the truce.",
                "Baku fired rockets at Stepanakert overnight.",
                "Paris condemned Ankara for sending fighters.",
            ],
            events=[
                Ev(0, "Yerevan", "accused", "Baku", "112", -2.0),
                Ev(1, "Baku", "fired rockets", "Yerevan", "195", -10.0, place="Stepanakert"),
                Ev(2, "Paris", "condemned", "Ankara", "111", -2.0),
            ],
        ),
        Doc(
            "t-004",
            "2020-11-10",
            "Moscow brokers deal to end the war",
            [
                "Moscow brokered a deal between Baku and Yerevan.",
                "Moscow will send peacekeepers to Stepanakert.",
                "Ankara praised Baku for its victory.",
            ],
            events=[
                Ev(0, "Moscow", "brokered", "Baku", "0431", 3.4),
                Ev(1, "Moscow", "send peacekeepers", "Yerevan", "074", 7.0, place="Stepanakert"),
                Ev(2, "Ankara", "praised", "Baku", "051", 3.4),
            ],
        ),
        Doc(
            "t-005",
            "2020-12-14",
            "Prisoners exchanged",
            [
                "Baku released prisoners to Yerevan.",
                "Envoy Kessler met Minister Arev in Geneva.",
                'Envoy Kessler said: "Washington stands ready to help both sides."',
            ],
            events=[
                Ev(0, "Baku", "released prisoners", "Yerevan", "0841", 7.0),
                Ev(1, "Envoy Kessler", "met", "Minister Arev", "040", 1.0, place="Geneva"),
            ],
            quotes=[("Envoy Kessler", "said", "Washington stands ready to help both sides.")],
        ),
        Doc(
            "t-006",
            "2021-01-11",
            "Leaders meet in Moscow",
            [
                "Moscow hosted Baku and Yerevan for talks.",
                "Washington called on Baku to return all prisoners.",
            ],
            events=[
                Ev(0, "Moscow", "hosted", "Baku", "042", 1.9),
                Ev(0, "Moscow", "hosted", "Yerevan", "042", 1.9),
                Ev(1, "Washington", "called on", "Baku", "1041", -5.0),
            ],
        ),
        Doc(
            "t-007",
            "2021-03-02",
            "Tehran warns Baku over drills",
            [
                "Tehran warned Baku over military drills near Nakhchivan.",
                "Baku rejected the criticism from Tehran.",
            ],
            events=[
                Ev(0, "Tehran", "warned", "Baku", "130", -4.4, place="Nakhchivan"),
                Ev(1, "Baku", "rejected", "Tehran", "125", -5.0),
            ],
        ),
        Doc(
            "t-008",
            "2021-04-24",
            "Washington recognizes the genocide",
            [
                "Washington recognized the Armenian genocide.",
                "Ankara condemned Washington for the decision.",
                "Yerevan thanked Washington.",
            ],
            events=[
                Ev(1, "Ankara", "condemned", "Washington", "111", -2.0),
                Ev(2, "Yerevan", "thanked", "Washington", "051", 3.4),
            ],
        ),
        Doc(
            "t-009",
            "2021-05-14",
            "Border standoff in Tavush",
            [
                "Yerevan accused Baku of crossing the border in Tavush.",
                "Paris called for restraint from Baku.",
                "Washington urged Baku to pull back its troops.",
                'Minister Arev said: "Our patience is not endless."',
            ],
            events=[
                Ev(0, "Yerevan", "accused", "Baku", "112", -2.0, place="Tavush"),
                Ev(1, "Paris", "called for", "Baku", "1041", -5.0),
                Ev(2, "Washington", "urged", "Baku", "1041", -5.0),
            ],
            quotes=[("Minister Arev", "said", "Our patience is not endless.")],
        ),
        Doc(
            "t-010",
            "2021-05-28",
            "Aid pledged for recovery",
            [
                "Paris pledged aid to Yerevan for reconstruction.",
                "Washington pledged aid to Baku and Yerevan.",
            ],
            events=[
                Ev(0, "Paris", "pledged aid", "Yerevan", "0331", 5.2),
                Ev(1, "Washington", "pledged aid", "Yerevan", "0331", 5.2),
            ],
        ),
    ]
    recs = [build(d) for d in docs]
    recs.append(
        build(
            Doc(
                "t-html",
                "2021-06-07",
                "A <script> in the text",
                [SCRIPT_TEXT],
                events=[Ev(0, "Baku", "accused", "Yerevan", "112", -2.0, place="Tavush")],
            )
        )
    )
    return recs


def make_db(path: str | Path) -> Path:
    """A fresh database at ``path`` holding :func:`corpus` (stories built)."""
    from dyad.store import Store

    with Store(path) as st:
        st.write(corpus())
        st.rebuild_stories()
    return Path(path)
