"""A readable summary of extracted records: articles, actors, quotes and events by type."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from .records import ArticleRecord


@dataclass
class Summary:
    articles: int = 0
    sentences: int = 0
    actors: Counter = field(default_factory=Counter)
    actor_codes: Counter = field(default_factory=Counter)
    quotes: Counter = field(default_factory=Counter)
    speakers: Counter = field(default_factory=Counter)
    events: Counter = field(default_factory=Counter)
    event_roots: Counter = field(default_factory=Counter)
    quad_classes: Counter = field(default_factory=Counter)
    negated: int = 0
    times: int = 0
    places: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {
            "articles": self.articles,
            "sentences": self.sentences,
            "actors": dict(self.actors),
            "quotes": dict(self.quotes),
            "events": dict(self.events),
            "event_roots": dict(self.event_roots),
            "negated_events": self.negated,
            "times": self.times,
            "places": self.places,
        }

    def add(self, r: ArticleRecord) -> None:
        """Count one more record (so a stream can be summarized without keeping it)."""
        self.articles += 1
        self.sentences += len(r.sentences)
        names = {a.id: a.name for a in r.actors}
        for a in r.actors:
            self.actors[a.kind] += 1
            if a.code:
                self.actor_codes[a.code] += 1
        for q in r.quotes:
            self.quotes[q.kind] += 1
            self.speakers[names.get(q.speaker or "", "(unknown)")] += 1
        for e in r.events:
            if e.negated:
                self.negated += 1
                continue
            self.events[e.code] += 1
            root_name = e.name if len(e.code) == 2 else e.root
            self.event_roots[(e.root, _ROOT_NAMES.get(e.root, root_name))] += 1
        self.times += len(r.times)
        self.places += len(r.places)

    def render(self, console: Any) -> None:
        """Print the summary as Rich tables."""
        from rich.table import Table

        head = Table(title="Dyad summary", show_header=False)
        head.add_row("articles", str(self.articles))
        head.add_row("sentences", str(self.sentences))
        head.add_row("actors", f"{sum(self.actors.values())}  " + _fmt(self.actors))
        head.add_row("quotes", f"{sum(self.quotes.values())}  " + _fmt(self.quotes))
        head.add_row("events", f"{sum(self.events.values())}  ({self.negated} negated, not counted)")
        head.add_row("times", str(self.times))
        head.add_row("places", str(self.places))
        console.print(head)
        if self.events:
            t = Table(title="Events by CAMEO root")
            t.add_column("root")
            t.add_column("name")
            t.add_column("events", justify="right")
            for (root, name), n in sorted(self.event_roots.items()):
                t.add_row(root, name, str(n))
            console.print(t)
        if self.actor_codes:
            t = Table(title="Most frequent actor codes")
            t.add_column("code")
            t.add_column("actors", justify="right")
            for code, n in self.actor_codes.most_common(12):
                t.add_row(code, str(n))
            console.print(t)
        if self.speakers:
            t = Table(title="Most quoted speakers")
            t.add_column("speaker")
            t.add_column("quotes", justify="right")
            for sp, n in self.speakers.most_common(10):
                t.add_row(sp, str(n))
            console.print(t)


def _fmt(c: Counter) -> str:
    return "(" + ", ".join(f"{k}: {v}" for k, v in sorted(c.items())) + ")" if c else ""


def summarize(records: Iterable[ArticleRecord]) -> Summary:
    """Count what a set of article records holds."""
    s = Summary()
    for r in records:
        s.add(r)
    return s


_ROOT_NAMES = {
    "01": "Make public statement",
    "02": "Appeal",
    "03": "Express intent to cooperate",
    "04": "Consult",
    "05": "Engage in diplomatic cooperation",
    "06": "Engage in material cooperation",
    "07": "Provide aid",
    "08": "Yield",
    "09": "Investigate",
    "10": "Demand",
    "11": "Disapprove",
    "12": "Reject",
    "13": "Threaten",
    "14": "Protest",
    "15": "Exhibit force posture",
    "16": "Reduce relations",
    "17": "Coerce",
    "18": "Assault",
    "19": "Fight",
    "20": "Use unconventional mass violence",
}

__all__ = ["Summary", "summarize"]
