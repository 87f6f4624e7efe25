"""TIMEX3 time expressions: find them, normalize them, and date events and quotes.

The tagger is rule based. :class:`TimeRules` compiles a set of regular expressions once per
process from the word lists in ``lexicon/data/time_rules.json`` (months, weekdays, seasons,
number words, units, holidays, vague references). :func:`extract_times` runs them once over a
document, keeps the longest non-overlapping matches and normalizes each to a TimeML value
relative to the publication date:

* absolute dates: ``2021-09-03``, ``1990s`` -> ``199``, ``20th century`` -> ``19``;
* partial dates ("on April 13", "in January", "Friday") by the tense of the governing verb
  (spaCy's morphology and auxiliaries; a non-finite verb takes its head's tense): past tense
  -> the most recent past occurrence, future tense ("will", "going to", "plans to") -> the
  next one; "until/by/payable ...", "extended to ..." point forward, "since" and "until" with a
  past perfect back; a date premodifying a noun ("the Jan. 14 deadline") ignores the clause's
  tense; "is to" + verb and a scheduling verb in the simple present ("the trial begins
  Monday", "the vote is held in June") look ahead; a plan reported as past ("had
  been due to run out on Friday", "was scheduled to arrive Tuesday", "the debate scheduled for
  November 20" in a past clause) takes the occurrence nearest the publication date; a date
  reached from "say" or "tell" only through a noun is not dated by the saying; without a tense
  a month or day is the one due within two months (one month for a premodifier), else the
  most recent, and a weekday falls in the past five days; a quarter in a past clause is last
  year's unless it is the very next quarter; a day right after a past-tense verb ("said on
  Monday it would ...") is the act's; a date of a noun marked as planned ("the planned visit in
  October") or of something "due" looks ahead; the end of a range follows its start ("from
  tonight into Tuesday morning") and takes the year written at its end ("between March and
  April 2012");
* relative dates (yesterday, last year, last fall -> ``2020-FA``, this week -> ``2021-W35``,
  five months ago, the third quarter -> ``2021-Q3``); anaphoric ones ("two years later", "the
  following month", "the previous Friday", "that month", "that September") count from the
  time last mentioned (an anaphor that names its anchor, "that day", "the next day", "four days
  later", looks back up to a few paragraphs and, in a past clause, skips dates ahead of the
  publication date); "the year" is the calendar year unless it is a period that ended on a
  date; in an earnings report "a year ago" is the quarter last reported on, a year back, and
  "the comparable week a year before" / "the comparable quarter of the prior year" is one
  expression;
* dates built from dates ("April 24 and 25", "the week of March 6" -> ``2000-W10``, "the last
  week of March", "the first Tuesday of November", "the day before last Friday", "Easter
  week");
* durations (``P6W``, ``P5M``, ``PXY``, 5 1/2 hours -> ``PT5H30M``), sets (``P1Y``,
  ``XXXX-WXX-1``) and times (``2021-09-03TMO``, ``2021-09-03T18:00``, "4 in the morning"; a
  clock time takes a day named right after it, "9:20 a.m. (0620 GMT) Tuesday", "3 p.m. on
  Sunday"), and the vague ``PAST_REF`` / ``PRESENT_REF`` / ``FUTURE_REF``.

Spans follow TimeBank: "the" of a hyphenated premodifier belongs to its noun ("the
third-quarter loss"), a trailing "or so" belongs to the expression, and names ("USA Today",
"Person of the Year", "Easter Island", "the Daily Hive", "the Russell 2000 Index", "May said"),
measures ("1931 km", "nearly 2000 people", "light years"), ages ("in her late 40s", "15-24 year
olds"), a fall that is no autumn ("the fall of the city"), a season opening a name ("the Winter
Olympics"), "the future of X" and "the leaders of tomorrow" are not times. A range of lengths
("two to three weeks") or vague units ("weeks or months") is one expression, valued by its first
part as TimeBank does.

Without a publication date, a date standing alone on one of the first lines (a dateline,
"March 4, 2009") takes its place; failing that, relative expressions get ``value=None`` and
partial dates an underspecified value (``XXXX-04-13``). Impossible dates (February 30) keep ``value=None``.

:func:`date_for_span` dates any span (an event trigger, a quote) from these expressions.
"""

from __future__ import annotations

import bisect
import datetime as dt
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, Span, Token

from ..errors import LexiconError
from ..pipeline import DocContext
from ..records import TimeExpr

RULES_FILE = Path(str(resources.files("dyad.lexicon") / "data" / "time_rules.json"))

_PREP_BEFORE_MONTH = frozenset(
    "in by since until till of through during before after from to early late mid last this next and or "
    "between until around".split()
)
# "slat": the tagger's lemma of "slated"
_FUTURE_LEMMAS = frozenset(
    "plan expect schedule intend aim hope set due prepare vow pledge promise slate slat".split()
)
# lemmas whose simple present looks ahead at what they take ("traders expect a rally on Friday")
_EXPECTING = frozenset("expect anticipate forecast predict hope plan intend fear brace prepare await".split())
_PRESENT_BE = frozenset({"is", "are", "am", "'re", "'s"})
_LIKELY = frozenset({"likely", "unlikely", "poised", "certain", "sure"})
_FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo", "would", "'d"})
_MODALS = frozenset({"can", "may", "might", "should", "must", "ca"})
_FUTURE_CUES = frozenset("until till by effective payable record expire expires expiring due".split())
_WORD = re.compile(r"'?[\w][\w.'-]*")
_PARTS = re.compile(r"[-'.]")
_DIGIT = re.compile(r"\d")
_SCHEDULED = frozenset("scheduled slated planned set due expected timed pencilled penciled".split())
_TAKE_SCHEDULED = frozenset({"place", "effect", "office", "power", "over", "off"})
_AHEAD_ADJ = _SCHEDULED | frozenset("upcoming forthcoming proposed impending".split())
_POSSESSIVES = frozenset("his her their its my your our one's".split())
_DEFERRED = frozenset(
    "extended extend extends postponed postpone postpones delayed delay delays deferred defer defers "
    "adjourned adjourn adjourns rescheduled reschedule moved pushed push".split()
)
_DEFERRED_LEMMAS = frozenset("extend postpone delay defer adjourn reschedule move push remand give".split())
_PERIOD_END = re.compile(
    r"\s+(?:that\s+|which\s+)?(?:ended|ending|ends|to\s+(?:date|end)|through)\b", re.IGNORECASE
)
_AFTER_WORD = re.compile(r"[A-Za-z0-9][ \t]+$")
_TITLE_CASE = re.compile(r"(?:[A-Z][a-z]*\s+)+[A-Z][a-z]*")
_OPEN_QUOTES = ('"', "\u201c", "``", "'")
_RANGE_LINK = re.compile(
    r"(?:[A-Za-z]+day|tomorrow|tonight)(?:\s+(?:morning|afternoon|evening|night))?\s*"
    r"(?:to|through|thru|until|till|into|-|–)\s*",
    re.IGNORECASE,
)
_DATE_RANGE_LINK = re.compile(r"\s*(to|through|thru|until|till|and|-|\u2013)\s*", re.IGNORECASE)
_IN_VIEW = re.compile(r"\b(?:ahead|in\s+advance)\s+of\s+(?:the\s+|this\s+|its\s+|their\s+)?$", re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_HALF = re.compile(r"(?:the\s+)?(first|second|last|latter)\s+half\s+of")
_FULL_YEAR = re.compile(r"\d{4}(?!\d)")  # a decade ("198") or century ("19") anchors no year
# digit groups after a "year" make a phone number: "1800-666-111", "1800 555 0199"
_DIGIT_GROUP_AFTER = re.compile(r"-\d{3}(?!\d)|\s\d{3}\s\d{4}(?!\d)")
_YEAR_BEFORE = re.compile(r"\b(1[5-9]\d\d|20\d\d)\s*,\s*$")
# the end of a day range that writes the year once, at its end: "[February 9]-25, 2018",
# "[9 February] to 2 March 2018", "[March 30] and April 1, 2019"
_RANGE_YEAR = re.compile(
    r"\s*(?:[-\u2013]|to|through|and|until|till)\s*(?:[A-Z][a-z]{2,8}\.?\s*)?(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
    r"(?:\s+(?:of\s+)?[A-Z][a-z]{2,8}\.?)?\s*,?\s*((?:1[5-9]|20)\d\d)(?![\w,.]\d|\w)"
)
# a year written just before "year-end": "as of 2016 year-end"
_YEAR_JUST_BEFORE = re.compile(r"\b(1[5-9]\d\d|20\d\d)\s+$")
_LEADING_DET = re.compile(r"(?:the|that)\s+", re.IGNORECASE)
_MEASURE_ENTS = frozenset({"QUANTITY", "MONEY", "PERCENT"})
_NAME_ENTS = frozenset({"GPE", "LOC", "ORG", "FAC", "PERSON", "WORK_OF_ART", "PRODUCT", "NORP"})
_APPROX_COUNT = re.compile(
    r"\b(?:nearly|almost|about|around|roughly|approximately|some|over|at\s+least|more\s+than|fewer\s+than|"
    r"less\s+than|up\s+to)\s+$",
    re.IGNORECASE,
)
_COUNTED = re.compile(r"\s+(?!(?:has|was|is|does|as|its|his|this|thus|us|yes)\b)[a-z]+s\b")
_AGE_POSS = re.compile(
    r"\b(?:his|her|their|its|my|your|our)\s+(?:(?:early|mid|late)[\s-]*|(?:(?:early|mid|late)[\s-]*)?"
    r"(?:\d0s|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\s+(?:and|or|to)\s+)$",
    re.IGNORECASE,
)
# a temperature word shortly before "the 90s", with no sentence break between
_TEMPERATURE = re.compile(
    r"\b(?:temperatures?|degrees|highs?|lows?|thermometers?|mercury|heat\s+index)\b[^.;!?]{0,40}$",
    re.IGNORECASE,
)
_LAST_WORD = re.compile(r"\b([A-Za-z][A-Za-z-]*)\s+$")
_AWARD_BEFORE = re.compile(r"\b([A-Za-z]+)\s+of\s+$")
_AGE_GROUP = re.compile(r"\b(?:over|under)[\s-]+$", re.IGNORECASE)
_OF_AFTER = re.compile(r"\s+of\b", re.IGNORECASE)
_NOT_AUTUMN = re.compile(r"\b(?:of|a|his|her|its|their|my|your|our)\s+(?:the\s+)?$", re.IGNORECASE)
_REPORTING = frozenset({"say", "tell"})
# verbs that make public what may lie ahead: "unveiled the envoy's tour from May 4 to 9"
_ANNOUNCING = frozenset({"announce", "confirm", "unveil"})
_BRACKET_REACH = 40  # how far a bracket may open before (or close after) a time it holds
_NAME_BEFORE_VERB = frozenset("and or after before but as when while that because".split())
_NAME_WORD_BEFORE = re.compile(r"[A-Za-z][ \t][A-Z][a-z]+[ \t]$")
_NAME_WORD_AFTER = re.compile(r"[ \t][A-Z][a-z]")
_CAP_WORD_AFTER = re.compile(r"[ \t]+([A-Z][a-z]+)\b")  # "the August Coup"
_CAP_WORD_BEFORE = re.compile(r"\b([A-Z][a-z]+)[ \t]+$")  # "Bloody Friday"
_SENTENCE_START = re.compile(r"(?:^|[.!?\"“]\s*)$")
_NEXT_TOKEN = re.compile(r"\s*([A-Za-z]+|[.,;:!?)])")
# after "his 20th century": what ends a count of hundreds of runs, not a noun dated by the century
_AFTER_COUNTED_HUNDRED = frozenset(
    ". , ; : ! ? ) on in at against for of and as to with this last since".split()
)
_OF_NAME = re.compile(r"\s+of\s+[A-Z]")
# kinds whose word may belong to an event's name
_CALENDAR_KINDS = frozenset({"month", "weekday", "season", "holiday"})
_NEVER_NAMES = frozenset("currently presently recently lately nowadays".split())
# "daily"/"weekly" as a noun, a newspaper: "the Tirana daily Shekulli", "the daily said"
_PAPER_WORDS = frozenset({"daily", "weekly"})
_PAPER_VERB_AFTER = re.compile(
    r"[ \t]+(?:said|says|reported|reports|wrote|writes|quoted|quotes|cited|cites|published|added|claimed)\b"
)
_DAY_NEXT = re.compile(
    r"\s*,?\s*(?:on|of|next|last|this|today|yesterday|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b",
    re.IGNORECASE,
)
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_YEAR_WORDS = re.compile(r"the\s+year\s", re.IGNORECASE)
_POD_PREP = re.compile(r"\b(?:in|during|by|through|throughout|until|till)\s+$", re.IGNORECASE)
_WEE_HOURS = re.compile(r"\b(?:early|small|wee)\s+$", re.IGNORECASE)
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_OF_NOUN = re.compile(r"\s+of\s+([A-Za-z-]+)(?:\s+([A-Za-z-]+))?")
_WEEK_VALUE = re.compile(r"(\d{4})-W(\d{2})")
_IN_THE_DAY = re.compile(r"\b(?:earlier|later|late|early)\s+in\s+$", re.IGNORECASE)
_DAY_AFTER = re.compile(
    r"[^.;!?\n]{0,40}?\b(?:on\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)\b",
    re.IGNORECASE,
)
_APPROX_WORD = re.compile(
    r"(?:about|around|approximately|roughly|nearly|almost|some|more|less|at\s+least)\b", re.I
)
# "today's" and up to two modifiers before the head noun they qualify
_GENERIC_TODAY = re.compile(r"['’]s((?:\s+[A-Za-z-]+){1,3})")
_STOP_NP = frozenset(
    "of with in on at to for and or but is was are were will would has have had that who which".split()
)
_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")
# words that follow "a two-week-old" used as a noun ("a two-week-old in the ward"), not as a modifier
_AFTER_AGE_NOUN = frozenset("in at on was is who and with from had has were are to of by for".split())
# vague counts with no upper bound: "many years ago" is no particular decade
_OPEN_COUNTS = frozenset({"many", "numerous", "dozens", "hundreds", "thousands"})
_YEARS_IN = {"year": 1, "decade": 10, "century": 100}
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}\b)")
# "the fall in prices" / "the fall from grace" (not "the fall of 2019" nor "the fall in 2019")
_FALL_IN_FROM = re.compile(r"\s+(?:in|from)\s+(?!(?:1[5-9]|20)\d\d\b)", re.IGNORECASE)
_SEASON_PREPS = frozenset(
    "in during by since until till over through throughout before after for from into".split()
)
# a clock reading, not an elapsed time: "at 10:42:07", "10:42:07 local time"
_CLOCK_CUE_BEFORE = re.compile(
    r"\b(?:at|by|until|till|before|after|since|around|about|from)\s+$", re.IGNORECASE
)
_CLOCK_CUE_AFTER = re.compile(r"\s*(?:local\s+time|hours|hrs|h\b|[ap]\.?m\b)", re.IGNORECASE)
_OR_SO = re.compile(r"\s+or\s+so\b", re.IGNORECASE)
# "earlier Friday", "later Thursday": a comparative is no TIMEX3 modifier (unlike "early"/"late",
# which mark the start or end of the day), so it stays outside the weekday's span
_COMPARATIVE_LEAD = re.compile(r"(?:earlier|later)\s+", re.IGNORECASE)
# "over" meaning "more than" before a count of units ("in over a decade", "lasted over a week",
# "well over an hour"): the hedge is part of the expression; "spread over three years" is a span
_OVER_COUNT = re.compile(
    r"\b(?:in|for|just|only|well|slightly|little|last|lasts|lasted|lasting|take|takes|took|taking|spent|after)"
    r"\s+(over)\s+$",
    re.IGNORECASE,
)
_NAMED_ANCHOR = frozenset(
    {
        "that day",
        "the same day",
        "the previous day",
        "the next day",
        "the following day",
        "a day earlier",
        "a day later",
        "the day before",
    }
)
_DAY_AFTER_WORDS = frozenset({"the next day", "the following day", "a day later"})
_STORY_REACH = 1200  # characters: how far back the day a story is being told in still counts
_SEASON_THAT_END = re.compile(r"\s*(?:,|of\b)")  # "that fall, ..." / "that spring of 2019": the season
_DECADE_TOLD = re.compile(r"\b((?:1[5-9]|20)\d)0'?s\b")  # "the 1990s", told before "the close of the decade"
_EARLIER_REACH = 600  # characters "a week earlier" in a past clause looks back for the day it counts from
_NAME_AFTER_PLURAL_DAY = re.compile(r"[ \t]+(?:for|of)[ \t]+[A-Z]")
_ANAPHOR_REACH = 1200  # characters an explicit anaphor ("that day") looks back for its date
_MEASURE_UNIT_BEFORE = re.compile(r"\b(?:light|man|person)[\s-]+$", re.IGNORECASE)
_OF_TOMORROW = re.compile(r"([A-Za-z]+)\s+of\s+$")
_DAY_PARTS = frozenset("morning afternoon evening night end start beginning dawn noon midnight hours".split())
_MODAL_BEFORE = re.compile(r"\b(?:will|would|could|might|may|can|should|must|'ll)\s+$", re.IGNORECASE)
_CLAUSE_START = re.compile(r"(?:^|[.!?;:,\"\u201c]|\bthat|\band|\bbut)\s*$", re.IGNORECASE)
_SHARED_POD = re.compile(r"\s+(?:and|or)\s+([A-Za-z]+?)s?\s+(morning|afternoon|evening|night)s\b")
_APPOSED = re.compile(r"\s*,\s*|\s+[-\u2013\u2014]\s+|\s*\u2014\s*")  # "on May 2, 1990 - the day ..."
_NOT_A_FIRST_NAME = frozenset(
    "april june march early late mid in on at since during until through by the last next this every each "
    "since from for last".split()
)
# a business period coordinated with one that carries the year: "Q3 or the start of Q4 2018"
_QCODE_RANGE_END = re.compile(
    r"\s*(?:and|or|to|through|-|\u2013)\s*(?:(?:the\s+)?(?:beginning|start|end|middle)\s+of\s+|early\s+|late\s+)?"
    r"(?P<h>[QH])(?P<n>[1-4])\s*(?P<y>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_POSSESSIVE_S = re.compile(r"['\u2019]s\b")
_MAY_PERSON = re.compile(r"\b(?P<w>[A-Z][a-z]+\.?)\s+May\b(?!\s*,?\s+\d)")
_AHEAD_OF = re.compile(
    r"\b(?:ahead\s+of|before|upcoming|coming|until|till|for|awaiting|await|preparing\s+for|"
    r"prepares\s+for|prepare\s+for)\s+(?:this\s+)?$",
    re.IGNORECASE,
)
_APPOSED_WEEKDAY = re.compile(r"\s*,\s*(?:(?:which|that)\s+was\s+)?an?\s+", re.IGNORECASE)
_DAY_REL = re.compile(r"\s+(after|before)\b", re.IGNORECASE)
_IN_YEAR = re.compile(r"\s+(?:in|of)\s+(1[5-9]\d\d|20\d\d)\b")
_REL_YEAR_AFTER = re.compile(r"\s+(last|this|next)\s+year\b(?!['’]s)", re.IGNORECASE)
_QMOD_PREV_YEAR = ("year-earlier", "year-ago", "year earlier", "year ago", "last year")


def _alt(words: Any) -> str:
    """A regex alternation of phrases, longest first."""
    ws = sorted({w for w in words}, key=len, reverse=True)
    # spaces match any whitespace, a straight apostrophe a curly one too ("St. Patrick’s Day")
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+").replace("'", "['’]") for w in ws) + ")"


def _plural(unit: str) -> str:
    return "centuries" if unit == "century" else unit + "s"


# --------------------------------------------------------------------------------------------
# Rules: data + compiled patterns
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Candidate:
    """One pattern match before selection: ``kind`` names the normalizer to call."""

    start: int
    end: int
    kind: str
    prio: int
    groups: dict[str, str | None]


# The start filter compares the first characters of a text with the strings a pattern's match
# can start with ("leads"), both folded: lower case, every digit "0", a run of spaces one " ".
_LEAD_WIDTH = 6  # characters compared
_LEAD_LIMIT = 5000  # most leads kept per pattern; with more, shorter ones are kept
_LEAD_CLASS = 16  # a wider character class ends a lead (as "\\w" does)
_LEAD_FOLD = str.maketrans(
    {**{d: "0" for d in "123456789"}, **{chr(i): " " for i in range(128) if chr(i).isspace()}}
)
_SPACES = re.compile(r" {2,}")


def _fold(text: str) -> str:
    return _SPACES.sub(" ", text.lower().translate(_LEAD_FOLD))


class _TooMany(Exception):
    pass


class LeadIndex:
    """Which patterns can match where a text begins with a given chunk, from each pattern's
    leads (the folded strings its matches start with; ``None``: it can start anywhere)."""

    def __init__(self, leads_of: list[frozenset[str] | None]) -> None:
        self.anywhere = 0  # a bit per pattern without leads
        self.full: dict[str, int] = {}  # a lead -> the patterns with it
        self.partial: dict[str, int] = {}  # the first characters of a lead -> the patterns
        for i, found in enumerate(leads_of):
            bit = 1 << i
            if found is None:
                self.anywhere |= bit
                continue
            for lead in found:
                self.full[lead] = self.full.get(lead, 0) | bit
                for n in range(len(lead)):
                    self.partial[lead[:n]] = self.partial.get(lead[:n], 0) | bit

    def admitted(self, chunk: str) -> int:
        """The patterns (a bit each) whose match can start where the text begins with
        ``chunk`` (``_LEAD_WIDTH`` characters, fewer at its end). A non-ASCII character may
        match anything under IGNORECASE: the chunk is cut there."""
        cut = None if chunk.isascii() else next(i for i, ch in enumerate(chunk) if not ch.isascii())
        head = _fold(chunk if cut is None else chunk[:cut])
        found = self.anywhere
        for n in range(1, len(head) + 1):
            found |= self.full.get(head[:n], 0)
        if cut is not None or len(chunk) == _LEAD_WIDTH:  # the text may go on past the head
            found |= self.partial.get(head, 0)
        return found


def leads(rx: re.Pattern[str], width: int = _LEAD_WIDTH) -> frozenset[str] | None:
    """What a match of ``rx`` can start with, folded, as long as it is fixed or one of a few
    characters at a time, up to ``width`` characters; ``None`` when a match can start with
    anything. Zero-width assertions are looked through."""
    try:
        import re._parser as sre_parse  # type: ignore[import-not-found]
    except ImportError:  # Python 3.10
        import sre_parse  # type: ignore[no-redef]
    try:
        items = sre_parse.parse(rx.pattern, rx.flags).data
    except Exception:  # noqa: BLE001 - a parser internal changed: no filter, same matches
        return None
    for w in range(width, 0, -1):
        try:
            opened, closed = _lead_seq(items, {""}, w, sre_parse)
        except _TooMany:
            continue
        found = opened | closed
        return None if "" in found else frozenset(found)
    return None


def _lead_chars(op: Any, av: Any, c: Any) -> set[str] | None:
    """The folded characters one regex item matches, or ``None`` (not one character, too many)."""
    if op is c.LITERAL:
        chars: set[str] | None = {chr(av)}
    elif op is c.IN or op is c.CATEGORY:
        chars = _in_chars(av if op is c.IN else [(op, av)], c)
    else:
        return None
    if chars is None or len(chars) > _LEAD_CLASS or not all(ch.isascii() for ch in chars):
        return None
    return {ch.lower().translate(_LEAD_FOLD) for ch in chars}


def _grow(opened: set[str], chars: set[str], width: int) -> tuple[set[str], set[str]]:
    """Each lead followed by each character: (shorter than ``width``, full)."""
    grown = {s if ch == " " and s.endswith(" ") else s + ch for s in opened for ch in chars}
    short = {s for s in grown if len(s) < width}
    return short, grown - short


def _lead_repeat(av: tuple, opened: set[str], width: int, c: Any) -> tuple[set[str], set[str]]:
    """Extend leads through a repeat: a run of spaces is one " "; a short repeat ("\\\\d{1,2}")
    each count; another its required rounds, after which anything may follow."""
    lo, hi, sub = av
    if hi == 0:
        return opened, set()
    if len(sub.data) == 1 and _lead_chars(*sub.data[0], c) == {" "}:
        short, full = _grow(opened, {" "}, width)
        return (opened | short if lo == 0 else short), full
    closed: set[str] = set()
    counts = range(lo, hi + 1) if hi <= width else range(min(lo, width), min(lo, width) + 1)
    grown: set[str] = set()
    cur = opened
    for n in range(counts[-1] + 1):
        if n in counts:
            grown |= cur
        if not cur or n == counts[-1]:
            break
        cur, shut = _lead_seq(sub.data, cur, width, c)
        closed |= shut
    if hi > width:  # more rounds may follow: what is known so far is all that is known
        return set(), closed | grown
    return grown, closed


def _lead_seq(items: list, opened: set[str], width: int, c: Any) -> tuple[set[str], set[str]]:
    """Extend the ``opened`` leads through a parsed regex sequence: (still open, closed)."""
    closed: set[str] = set()
    for op, av in items:
        if not opened:
            break
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue  # zero width
        if op is c.LITERAL or op is c.IN or op is c.CATEGORY:
            chars = _lead_chars(op, av, c)
            if chars is None:
                return set(), closed | opened
            opened, full = _grow(opened, chars, width)
            closed |= full
        elif op is c.SUBPATTERN or op is getattr(c, "ATOMIC_GROUP", None):
            opened, shut = _lead_seq((av[-1] if op is c.SUBPATTERN else av).data, opened, width, c)
            closed |= shut
        elif op is c.BRANCH:
            grown: set[str] = set()
            for branch in av[1]:
                o, shut = _lead_seq(branch.data, opened, width, c)
                grown |= o
                closed |= shut
            opened = grown
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
            opened, shut = _lead_repeat(av, opened, width, c)
            closed |= shut
        else:  # any character, a backreference, a conditional, ...
            return set(), closed | opened
        if len(opened) + len(closed) > _LEAD_LIMIT:
            raise _TooMany
    return opened, closed


def _ascii_categories() -> dict[Any, frozenset[str]]:
    """The ASCII members of ``\\d``, ``\\s`` and ``\\w`` (by the regex engine itself)."""
    try:
        import re._constants as k  # type: ignore[import-not-found]
    except ImportError:  # Python 3.10
        import sre_constants as k  # type: ignore[no-redef]
    ascii_chars = [chr(x) for x in range(128)]
    return {
        cat: frozenset(ch for ch in ascii_chars if re.fullmatch(rx, ch))
        for cat, rx in (
            (k.CATEGORY_DIGIT, r"\d"),
            (k.CATEGORY_SPACE, r"\s"),
            (k.CATEGORY_WORD, r"\w"),
        )
    }


_ASCII_OF_CATEGORY = _ascii_categories()


def _in_chars(items: list, c: Any) -> set[str] | None:
    out: set[str] = set()
    for op, av in items:
        if op is c.LITERAL:
            out.add(chr(av))
        elif op is c.RANGE and av[1] - av[0] < 128:
            out.update(chr(x) for x in range(av[0], av[1] + 1))
        elif op is c.CATEGORY and av in _ASCII_OF_CATEGORY:
            out |= _ASCII_OF_CATEGORY[av]  # only ASCII characters are ever skipped
        else:
            return None  # a negation, a negated category, a wide range
    return out


class TimeRules:
    """The tagger's word lists and compiled patterns. Build once (see :meth:`load`), share freely."""

    def __init__(self, data: dict[str, Any]) -> None:
        self._validate(data)
        self.months: dict[str, int] = data["months"]
        self.weekdays: dict[str, int] = data["weekdays"]
        self.seasons: dict[str, str] = data["seasons"]
        self.season_start: dict[str, int] = data["season_start_month"]
        self.numbers: dict[str, float] = data["numbers"]
        self.vague: list[str] = data["vague_numbers"]
        self.ordinals: dict[str, int] = data["ordinals"]
        self.units: dict[str, tuple[str, int, bool]] = {k: tuple(v) for k, v in data["units"].items()}
        self.parts_of_day: dict[str, str] = data["parts_of_day"]
        self.present_ref: list[str] = data["present_ref"]
        self.past_ref: list[str] = data["past_ref"]
        self.future_ref: list[str] = data["future_ref"]
        self.sets: dict[str, str] = data["sets"]
        self.timezones: list[str] = data["timezones"]
        self.holidays: dict[str, dict[str, int]] = data["holidays"]
        self.schedule_verbs: frozenset[str] = frozenset(data["schedule_verbs"])
        # "the Sunday Times", "the Sunday Telegraph": a weekday heading a title is no day
        self.weekday_name_heads: frozenset[str] = frozenset(data["weekday_name_heads"])
        # "a 4-month-old daughter": a noun after "N-unit-old" that makes it an age, not a time
        self.age_nouns: frozenset[str] = frozenset(data["age_nouns"])
        # "nine months of salary", "40 hours of video": a length that measures an amount of these
        self.quantity_nouns: frozenset[str] = frozenset(data["quantity_nouns"])
        # "today's youth": heads that make "today's" mean these times, not the day of publication
        self.generic_today_heads: frozenset[str] = frozenset(data["generic_today_heads"])
        self.award_heads: frozenset[str] = frozenset(data["award_heads"])
        self.broadcast_heads: frozenset[str] = frozenset(data["broadcast_heads"])
        self.hours_kinds: frozenset[str] = frozenset(data["hours_kinds"])
        self.half_year_context: frozenset[str] = frozenset(data["half_year_context"])
        self.report_verbs: frozenset[str] = frozenset(data["report_verbs"])
        # "the Velvet Spring", "Black Thursday": names of events that hold a calendar word
        self.named_events = re.compile(r"(?<!\w)" + _alt(data["named_events"]) + r"(?!\w)", re.IGNORECASE)
        # "the June Uprising", "the Easter Offensive": a capitalised head after a month or holiday
        self.event_heads: frozenset[str] = frozenset(data["event_heads"])
        # "Black Wednesday", "Bloody Friday": a capitalised epithet before a day or month names an event
        self.day_epithets: frozenset[str] = frozenset(data["day_epithets"])
        # "scored 14 centuries", "two Test centuries": hundreds of runs, not hundreds of years
        self.century_sport_words: frozenset[str] = frozenset(data["century_sport_words"])
        self.unit_of: dict[str, str] = {}
        for u in self.units:
            self.unit_of[u] = u
            self.unit_of[_plural(u)] = u
        self.patterns: list[tuple[str, re.Pattern[str]]] = self._compile()
        # what each pattern can start with: the scan skips the other places without a match
        self.leads = LeadIndex([leads(rx) for _, rx in self.patterns])
        self._admitted: dict[str, tuple[int, ...]] = {}  # a text's first characters -> patterns
        self.day_before = re.compile(
            _alt(self.months)
            + r"\.?\s*(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?:\s+(?:and|or|to|through|until|till)\s+|\s*[-–]\s*)$",
            re.IGNORECASE,
        )
        self.day_after_paren = re.compile(
            r"(?:\)\s*,?\s*(?:on\s+)?|\s+local\s+time\s*,?\s+|(?:\s+local\s+time)?(?:\s*\([^()\n]{1,30}\)\s*,?\s*(?:on\s+)?|\s*,?\s+on\s+))(?P<wd>"
            + _alt(list(self.weekdays) + ["today", "yesterday", "tomorrow"])
            + r")\b",
            re.IGNORECASE,
        )
        # "from 6.45pm to 7.10pm yesterday": the day written after a range's second time
        self.day_after_range = re.compile(
            r"\s*(?:and|to|until|till|-|\u2013)\s*\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\b\.?)?\s*,?\s*(?:on\s+)?(?P<wd>"
            + _alt(list(self.weekdays) + ["today", "yesterday", "tomorrow"])
            + r")\b",
            re.IGNORECASE,
        )
        self.date_after_comma = re.compile(
            r"(?:\s*,\s*|\s*,?\s+on\s+)(?P<mon>"
            + _alt(self.months)
            + r")\.?\s*(?P<md>(?:[12]\d|3[01]|0?[1-9]))(?:st|nd|rd|th)?\b(?:\s*,?\s*(?P<y>\d{4})\b)?",
            re.IGNORECASE,
        )
        # "between March and April 2012": the month and year that close a range
        self.range_end_year = re.compile(
            r"\s*(?:and|to|through|thru|until|till|-|–)\s*(?:early\s+|late\s+|mid-?)?(?P<mon>"
            + _alt(self.months)
            + r")\.?\s*,?\s*(?:of\s+)?(?P<y>1[5-9]\d\d|20\d\d)\b",
            re.IGNORECASE,
        )
        # "at 1845 Thursday", "at 1845 on Thursday": four digits before a weekday tell a time
        self.day_after_clock = re.compile(r"\s*,?\s*(?:on\s+)?" + _alt(self.weekdays) + r"\b", re.IGNORECASE)
        self.first_words: frozenset[str] = self._first_words()
        self.anchor_words: frozenset[str] = self._anchor_words()

    @classmethod
    def load(cls, path: Path | None = None) -> TimeRules:
        """Read and validate the rules file (default: the bundled ``time_rules.json``)."""
        path = path or RULES_FILE
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise LexiconError(f"cannot read time rules: {exc}", path=str(path)) from None
        return cls(data)

    @staticmethod
    def _validate(data: dict[str, Any]) -> None:
        def need(key: str, typ: type, check: Callable[[Any], bool] | None = None) -> None:
            val = data.get(key)
            if not isinstance(val, typ):
                raise LexiconError(f"time rules: {key!r} must be a {typ.__name__}")
            items = val.items() if isinstance(val, dict) else ((v, v) for v in val)
            for k, v in items:
                if (
                    not isinstance(k, str)
                    or k != k.lower()
                    and key not in {"timezones", "season_start_month"}
                ):
                    raise LexiconError(f"time rules: {key!r} has a bad key {k!r} (lower-case strings only)")
                if check and not check(v):
                    raise LexiconError(f"time rules: {key!r} has a bad value {v!r} for {k!r}")

        need("months", dict, lambda v: isinstance(v, int) and 1 <= v <= 12)
        need("weekdays", dict, lambda v: isinstance(v, int) and 1 <= v <= 7)
        need("seasons", dict, lambda v: v in {"SP", "SU", "FA", "WI"})
        need("season_start_month", dict, lambda v: isinstance(v, int) and 1 <= v <= 12)
        need("numbers", dict, lambda v: isinstance(v, (int, float)) and v > 0)
        need("vague_numbers", list)
        need("ordinals", dict, lambda v: isinstance(v, int) and 1 <= v <= 4)
        need(
            "units",
            dict,
            lambda v: isinstance(v, list) and len(v) == 3 and v[0] in "SMHDWQY" and isinstance(v[1], int),
        )
        need("parts_of_day", dict, lambda v: v in {"MO", "AF", "EV", "NI"})
        need("present_ref", list)
        need("past_ref", list)
        need("future_ref", list)
        need("sets", dict, lambda v: isinstance(v, str) and v.startswith("P"))
        need("timezones", list)

        def holiday_ok(v: Any) -> bool:
            if not isinstance(v, dict):
                return False
            if not all(isinstance(w, str) and w == w.lower() for w in v.get("home", [])):
                return False
            if "easter" in v:
                return isinstance(v["easter"], int) and isinstance(v.get("julian", False), bool)
            ok = 1 <= v.get("month", 0) <= 12
            ok = ok and isinstance(v.get("offset", 0), int)
            return ok and (1 <= v.get("day", 0) <= 31 or (1 <= v.get("weekday", 0) <= 7 and "nth" in v))

        need("holidays", dict, holiday_ok)
        need("schedule_verbs", list, lambda v: isinstance(v, str) and v.isalpha())
        need("weekday_name_heads", list, lambda v: isinstance(v, str) and v.isalpha())
        need("age_nouns", list, lambda v: isinstance(v, str) and v.isalpha())
        need("quantity_nouns", list, lambda v: isinstance(v, str) and v.isalpha())
        need("generic_today_heads", list, lambda v: isinstance(v, str) and v.isalpha())
        need("award_heads", list, lambda v: isinstance(v, str) and v.isalpha())
        need("broadcast_heads", list, lambda v: isinstance(v, str) and v.isalpha())
        need("hours_kinds", list, lambda v: isinstance(v, str) and v.replace("-", "").isalpha())
        need("half_year_context", list, lambda v: isinstance(v, str) and v.isalpha())
        need("report_verbs", list, lambda v: isinstance(v, str) and v.isalpha())
        need("named_events", list, lambda v: isinstance(v, str) and len(v.split()) > 1)
        need("event_heads", list, lambda v: isinstance(v, str) and v.isalpha())
        need("day_epithets", list, lambda v: isinstance(v, str) and v.isalpha())
        need("century_sport_words", list, lambda v: isinstance(v, str) and v.replace("-", "").isalnum())

    # ---- patterns ------------------------------------------------------------------------

    def _compile(self) -> list[tuple[str, re.Pattern[str]]]:
        full_months = [m for m in self.months if len(m) > 3 and m != "sept"] + ["may"]
        # an abbreviation may take its dot; a full name never does ("on 12 August." ends a sentence)
        MON = "(?:" + _alt(full_months) + "|" + _alt(set(self.months) - set(full_months)) + r"\.?)"
        MONF = _alt(full_months)
        WD = _alt(self.weekdays)
        SEAS = _alt(self.seasons)
        DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
        units = list(self.units)
        UNIT = _alt(units + [_plural(u) for u in units])
        UNITS_PL = _alt([_plural(u) for u in units if u not in {"quarter", "fortnight"}])
        UNIT_SG = r"(?:week|month|year|decade|century|weekend|quarter|fiscal\s+year|season)"
        ones = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
        tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
        COMPOUND = _alt(tens) + r"[-\s]" + _alt(ones)
        DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)"  # "10,000 years": thousands may be comma-separated
        NUM = (
            r"(?:" + DIGITS + r"(?:\.\d+)?(?:\s+1/2)?|" + COMPOUND + "|" + _alt(self.numbers) + r")"
            r"(?:\s+(?:hundred|thousand)(?!\s+(?:and|of)\b))?(?:\s+and\s+a\s+half|-and-a-half)?"
        )
        VAGUE = _alt(self.vague)
        # TimeBank leaves "about", "just", "over" outside the span and keeps "nearly", "almost", "at least"
        APPROX = r"(?:(?:nearly|almost|more\s+than|less\s+than|fewer\s+than|at\s+least|at\s+most|around)\s+)?"
        APPROX_AGO = r"(?:(?:about|around|approximately|roughly|nearly|almost|more\s+than|less\s+than|at\s+least|some|just)\s+)?"
        PRE = (
            r"(?:(?P<pre>(?:the\s+)?(?:very\s+)?(?:(?:end|beginning|start|middle|turn|close|first\s+half|second\s+half|"
            r"latter\s+part|last\s+half)\s+of(?:\s+the)?|early|earlier|late|later|mid))(?:\s+|-))?"
        )
        # "in the month of July": the words only frame the month they name
        MOF = r"(?:(?P<mof>the\s+month\s+of)\s+)?"
        REL = r"(?:last|this\s+past|this|next|past|previous|coming|current|following|the\s+past|the\s+last|the\s+previous|the\s+next|the\s+coming|the\s+following|the\s+current|the\s+same|the\s+preceding|that)"
        TZ = _alt(self.timezones)
        POD = _alt(self.parts_of_day)
        REFS = _alt(self.present_ref + self.past_ref + self.future_ref)
        SETS = _alt(self.sets)
        HOL = _alt(self.holidays)
        B = r"(?<![\w$£€])(?<!\d:)"  # not inside a word, an amount or a clock time ("13:00 hours")
        E = r"(?![\w])"

        teens = [
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
        ]
        SPOKEN = (
            rf"nineteen\s+(?:{COMPOUND}|{_alt(tens + teens + ['nineteen'])}|hundred)"
            rf"|two\s+thousand(?:\s+and)?(?:\s+{_alt(ones + ['ten', 'eleven', 'twelve'])})?"
        )

        pats: list[tuple[str, str]] = [
            ("iso", rf"{B}(?P<y>\d{{4}})-(?P<m>\d{{2}})-(?P<d>\d{{2}}){E}"),
            # year first with slashes or dots, "2021/09/03", "2021.9.3"
            (
                "iso",
                rf"{B}(?P<y>(?:1[5-9]|20)\d\d)(?P<sep>[/.])(?P<m>1[0-2]|0?[1-9])(?P=sep)(?P<d>[12]\d|3[01]|0?[1-9]){E}(?![/.]\d)",
            ),
            ("slash", rf"{B}(?P<m>\d{{1,2}})/(?P<d>\d{{1,2}})/(?P<y>\d{{4}}|\d{{2}}){E}(?!/)"),
            # "13.02.2017": the day first, as European outlets write it; a four-digit year only
            ("dotdmy", rf"{B}(?P<d>\d{{1,2}})\.(?P<m>\d{{1,2}})\.(?P<y>(?:19|20)\d\d){E}(?![.\d])"),
            (
                "mdy",
                rf"{B}(?:(?P<wd>{WD})\s*,?\s+)?(?:(?P<rel>last|this|next|early|late|mid)[\s-]+)?(?P<mon>{MON})\s*(?P<d>{DAY}){E}"
                rf"(?:\s*,?\s*(?P<y>\d{{4}}){E})?"
                rf"(?:\s+(?:of\s+)?(?P<tail>last|this|next)\s+year{E})?",
            ),
            (
                "dmy",
                rf"{B}(?:(?P<wd>{WD})\s*,?\s+)?(?:the\s+)?(?P<d>{DAY})\s+(?:of\s+)?(?P<mon>{MON})(?!\w)"
                rf"(?:\s*,?\s*(?P<y>\d{{4}}){E})?"
                rf"(?:\s+(?:of\s+)?(?P<tail>last|this|next)\s+year{E})?",
            ),
            (
                "dayconj",
                rf"{B}(?P<d>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?){E}(?!\s*(?:%|percent|[-/.,:]\d))",
            ),
            (
                "nthwd",
                rf"{B}the\s+(?P<ord>first|second|third|fourth|last|final)\s+(?P<wd>{WD})\s+(?:of|in)\s+"
                rf"(?:(?P<mon>{MONF})(?:\s*,?\s*(?P<y>\d{{4}}))?|(?P<mrel>this|next|last|the)\s+month){E}",
            ),
            (
                "weekofmonth",
                rf"{B}the\s+(?P<ord>first|second|third|fourth|last|final)\s+week\s+of\s+(?P<mon>{MONF})(?:\s*,?\s*(?P<y>\d{{4}}))?{E}",
            ),
            (
                "weekof",
                rf"{B}(?:the\s+)?week\s+of\s+(?P<mon>{MON})\s*(?P<d>{DAY}){E}(?:\s*,?\s*(?P<y>\d{{4}}){E})?",
            ),
            ("my", rf"{B}{MOF}{PRE}(?P<mon>{MON})\s*,?\s+(?:of\s+)?(?:(?P<y>\d{{4}})|(?P<w>{SPOKEN})){E}"),
            (
                "month",
                rf"{B}{MOF}{PRE}(?:(?P<rel>last|this\s+past|this\s+coming|this|next|past|coming|previous|following|early|late|mid|that)[\s-]+)?(?P<mon>{MONF}){E}"
                rf"(?:\s+(?:of\s+)?(?P<tail>last|this|next)\s+year{E})?",
            ),
            (
                "year",
                rf"{B}{PRE}(?:(?P<pp>pre|post)-)?(?:(?P<fiscal>fiscal(?:\s+year)?|FY)\s*)?(?<![\d.,:/])(?P<y>1[5-9]\d\d|20\d\d){E}(?!\s*%|\s+percent|,\d|\.\d)",
            ),
            # "the year 2030": the words name the year that follows
            (
                "year",
                rf"{B}the\s+year\s+(?<![\d.,:/])(?P<y>1[5-9]\d\d|20\d\d){E}(?!\s*%|\s+percent|,\d|\.\d)",
            ),
            ("decade", rf"{B}(?:the\s+)?{PRE}(?P<y>1[0-9]\d|20\d)0'?s{E}"),
            ("decade2", rf"{B}(?:the\s+)?{PRE}'?(?P<yy>[1-9])0'?s{E}"),
            ("yy", rf"{B}'(?P<yy>\d\d){E}"),
            (
                "decade_word",
                rf"{B}(?:the\s+)?{PRE}(?P<w>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties){E}",
            ),
            (
                "spoken_year",
                rf"{B}(?:the\s+year\s+)?(?P<w>{SPOKEN}){E}",
            ),
            ("century", rf"{B}(?:the\s+)?{PRE}(?P<n>\d{{1,2}})(?:st|nd|rd|th)[\s-]+century{E}"),
            # "toward the close of the decade", "the middle of the decade": a part of the decade in view
            (
                "decadepart",
                rf"{B}(?P<pre>(?:the\s+)?(?:very\s+)?(?:end|beginning|start|middle|close)\s+of)\s+the\s+decade{E}(?!-)",
            ),
            (
                "season",
                rf"{B}{PRE}(?:(?P<rel>last|this\s+past|this\s+coming|this|next|past|coming|previous|following|early|late|the|that)\s+)?(?P<s>{SEAS})"
                rf"(?:\s+(?:of\s+)?(?:(?P<y>\d{{4}})|(?P<w>{SPOKEN})|(?P<tail>last|this|next)\s+year))?{E}",
            ),
            (
                "seasons",
                rf"{B}the\s+(?:past|last|next|coming|previous|first)\s+(?P<n>{NUM}|{VAGUE})\s+"
                rf"(?P<s>summer|winter|autumn|spring)s{E}",
            ),
            (
                "sameperiod",
                rf"{B}the\s+(?:(?:same|corresponding|comparable)\s+)?(?P<u>month|period|quarter|week|day)\s+"
                rf"(?:a\s+year\s+(?:ago|earlier|before)|(?:of\s+)?last\s+year|(?:of\s+)?the\s+(?:previous|prior|last)\s+year){E}",
            ),
            (
                "quarter",
                rf"{B}(?:(?P<det>the|this|last|next|that)\s+)?"
                rf"(?P<mods>(?:(?:year-earlier|year-ago|latest|current|previous|past|same|comparable|corresponding|flat|fiscal|recent|\d{{4}}\s?['’]s|\d{{4}}|fiscal\s+\d{{4}}|(?:this|last|next)\s+year's)[\s-]+){{0,2}})"
                rf"(?:(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|final)[\s-]+)?(?:fiscal\s+)?(?P<q>quarter|half|period){E}(?!-)"
                rf"(?:\s+of\s+(?:(?P<y>\d{{4}})|fiscal\s+(?P<fy>\d{{4}})|(?P<yrel>this|last|next)\s+year))?"
                rf"(?P<tail>\s+(?:last|this|next)\s+year)?",
            ),
            ("qcode", rf"{B}(?P<h>[QH])(?P<n>[1-4])(?:\s*(?:'(?P<yy>\d\d)|(?P<y>\d{{4}})))?{E}"),
            # the number first, "2Q 2021", "1H": as financial wires write it
            ("qcode2", rf"{B}(?P<n>[1-4])(?P<h>[QH])(?:\s*(?:'(?P<yy>\d\d)|(?P<y>\d{{4}})))?{E}"),
            (
                "relday",
                rf"{B}(?:(?P<lead>earlier|later|late|early)\s+)?(?P<w>today|tonight|yesterday|tomorrow|the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow)"
                rf"(?:\s+(?P<pod>{POD}))?{E}",
            ),
            ("ref", rf"{B}(?P<w>{REFS}){E}(?!-)"),
            (
                "relunit",
                rf"{B}{PRE}(?:(?P<lead>earlier|later|early|late)\s+)?(?P<rel>{REL})\s+(?P<u>{UNIT_SG}){E}(?!-)",
            ),
            (
                "ago",
                # "a month or two ago", "two or three weeks later", "a year or 15 months ago": the
                # direction word covers both amounts; the first one dates the expression
                rf"{B}{APPROX_AGO}(?P<n>{NUM}|{VAGUE})\s+(?:(?P<u0>{UNIT})\s+or\s+{NUM}\s+(?:{UNIT}\s+)?|(?:or\s+{NUM}\s+)?(?P<u>{UNIT})\s+)"
                rf"(?:or\s+so\s+)?(?P<dir>ago|earlier|later|from\s+now|hence|back){E}",
            ),
            (
                "yearago",
                rf"{B}(?:the\s+)?(?P<u>year|month|week|day)-(?P<dir>earlier|ago){E}(?:\s+(?P<q>quarter|period))?",
            ),
            (
                "weekday",
                rf"{B}(?:(?P<rel>last|this\s+past|this\s+coming|this|next|past|previous|coming|following|the\s+previous|the\s+following|early|late|earlier|later)\s+)?"
                rf"(?P<wd>{WD})(?!s\b)(?:\s+(?P<pod>{POD}))?{E}",
            ),
            (
                "clock",
                rf"{B}(?P<h>\d{{1,2}})(?:[:.](?P<mi>\d{{2}}))?(?::(?P<s>\d{{2}}))?\s*(?P<ampm>[ap](?:\.\s?m\b\.?|\s?m\b))?"
                rf"(?:\s*\(?\s*(?P<tz>{TZ})(?:\s*(?P<off>[+-]\s*\d{{1,2}}))?\s*\)?)?"
                rf"(?:\s*,?\s*(?P<wd>{WD}|today|yesterday|tomorrow)|\s*(?P<mon>{MON})\s*(?P<md>{DAY}){E})?",
            ),
            (
                "clockpod",
                rf"{B}(?P<h>1[0-2]|0?[1-9])(?::(?P<mi>[0-5]\d))?(?:\s+o'clock)?\s+(?:in\s+the\s+(?P<pod>morning|afternoon|evening)|at\s+(?P<night>night)){E}",
            ),
            ("clock4", rf"{B}(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)\s*(?:hours\s+)?(?P<tz>{TZ}){E}"),
            # "at 1840 Sunday", "(0415 Tuesday, GMT)": four digits and a weekday are a clock time
            (
                "clock4",
                rf"{B}(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)(?:\s*,?\s*(?P<wd>{WD}){E}|(?=\s+on\s+{WD}{E}))"
                rf"(?:\s*,?\s*(?P<tz>{TZ}){E})?",
            ),
            ("noon", rf"{B}(?P<w>noon|midday|midnight)(?:\s+(?P<wd>{WD}|today|yesterday|tomorrow))?{E}"),
            (
                "pod",
                rf"{B}(?:(?P<rel>this|last|early\s+this|later\s+this|late\s+this|(?:later\s+|earlier\s+)?that|the\s+(?:next|following)|yesterday|tomorrow|mid|early|late|the)[\s-]+)?(?P<pod>{POD}){E}"
                rf"(?:\s+(?P<wd>yesterday|today|tomorrow))?",
            ),
            ("set", rf"{B}(?P<w>{SETS}){E}"),
            (
                "dur",
                rf"{B}{APPROX}(?:(?P<det>the\s+(?:past|last|next|first|final|coming|previous|following|initial|remaining|latest|same|full|entire|whole|other)|the|another|an\s+additional|a\s+further|a\s+full|nearly|almost)\s+)?"
                rf"(?P<n>{NUM}|{VAGUE})(?:\s+to\s+(?P<upto>{NUM})|(?<=\d)\s*[-–]\s*(?P<upto2>\d+(?:\.\d+)?))?(?P<sep>\s+|-)(?:(?:more|additional|straight|consecutive|successive|full|trading|business|calendar|long)\s+)?(?P<u>{UNIT})(?P<adj>-old|-long)?(?P<half>\s+and\s+a\s+half)?{E}(?!-)",
            ),
            (
                # "between 30 and 45 days": the first bound is a duration of its own, in the unit
                # the second bound names (TimeBank and MEANTIME tag both bounds)
                "rangefirst",
                rf"{B}(?<=between\s)(?P<n>{NUM})(?=\s+(?:and|to)\s+{NUM}\s+(?P<u>{UNIT}){E}(?![\s-]+old))",
            ),
            (
                "vdur",
                rf"{B}(?:(?P<det>recent|past|the\s+past|the\s+last|the\s+coming|the\s+next|over\s+the|the\s+first|the\s+following)\s+)?(?P<u>{UNITS_PL})(?P<adj>-long|-old)?{E}"
                rf"(?:\s+or\s+(?:even\s+)?(?P<u2>{UNITS_PL}){E})?(?P<ago>\s+ago{E})?",
            ),
            (
                "setn",
                rf"{B}(?P<det>every|each)\s+(?:(?P<other>other|second(?=\s+(?:day|week|month|year|night)s?\b))\s+)?(?:(?P<n>{NUM}|few|several|couple\s+of)\s+)?(?P<u>{UNIT}|{WD}|{MONF}|{SEAS}|{POD}){E}"
                rf"(?:(?<=[mdsiruen]day)(?<!\bday)\s+(?P<upod>morning|afternoon|evening|night){E})?",
            ),
            ("ahead", rf"{B}(?:the\s+)?(?P<u>{UNITS_PL})\s+ahead{E}"),
            ("long", rf"{B}(?P<u>hour|day|week|month|year|decade|century)-?long{E}"),
            (
                # "for a third straight day", "the fourth day of a walkout": the day being told
                "nthday",
                rf"{B}(?:(?:the|a|an)\s+)?(?P<ord>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                rf"\d{{1,3}}(?:st|nd|rd|th))\s+(?:(?:straight|consecutive|successive)\s+)?(?P<u>day|week){E}(?!-)",
            ),
            ("setwd", rf"{B}(?P<wd>{WD})s{E}"),
            ("setwdpod", rf"{B}(?P<wd>{WD})s?\s+(?P<pod>morning|afternoon|evening|night)s{E}"),
            ("vague", rf"{B}(?P<w>a\s+(?:long\s+|short\s+|little\s+)?while|a\s+long\s+time|some\s+time){E}"),
            (
                "anaph",
                rf"{B}{PRE}(?P<w>the\s+same\s+day|that\s+(?:(?:same|very)\s+)?(?:day|year|month|week)|the\s+previous\s+day|the\s+next\s+day|"
                rf"the\s+following\s+day|a\s+day\s+(?:earlier|later)|the\s+(?:year|month|week)\s+(?:before|previous|prior)(?!\s+(?:\w+ing|the|a|an|his|her|its|their|to|(?-i:[A-Z])\w*|\d)\b)|the\s+year|the\s+week|the\s+month|the\s+day|"
                rf"year[-\s]end|year's\s+end|the\s+full\s+year|the\s+entire\s+year|the\s+whole\s+year|the\s+weekend|this\s+weekend|last\s+weekend|next\s+weekend|the\s+fiscal\s+year){E}(?!-)",
            ),
            (
                "holiday",
                rf"{B}(?:(?P<rel>last|this|next)\s+)?(?P<w>{HOL})(?P<wk>\s+week)?{E}(?:\s*,?\s*(?P<y>\d{{4}}){E})?",
            ),
        ]
        return [(kind, re.compile(rx, re.IGNORECASE)) for kind, rx in pats]

    # ---- candidates ----------------------------------------------------------------------

    def _first_words(self) -> frozenset[str]:
        """Every word a time expression can start with (the scan tries patterns only there)."""
        words: set[str] = set()
        for group in (
            self.months,
            self.weekdays,
            self.seasons,
            self.numbers,
            self.vague,
            self.ordinals,
            self.parts_of_day,
            self.present_ref,
            self.past_ref,
            self.future_ref,
            self.sets,
            self.holidays,
            self.unit_of,
        ):
            words.update(w.split()[0].lower() for w in group)
        words.update(
            "the this that last next past previous coming current following preceding early earlier late later mid "
            "middle end beginning start turn close first second third fourth final latter very nearly almost more "
            "less fewer at around about approximately roughly some just barely well fiscal fy today tonight "
            "yesterday tomorrow noon midday midnight every each per on a an another recent over for year-end "
            "year-earlier year-ago nineteen two twenties thirties forties fifties sixties seventies eighties nineties "
            "within up close".split()
        )
        return frozenset(words)

    def _anchor_words(self) -> frozenset[str]:
        """Words that name a time: every word of the data lists, units, and a few fixed nouns."""
        words: set[str] = set()
        for group in (
            self.months,
            self.weekdays,
            self.seasons,
            self.numbers,
            self.ordinals,
            self.parts_of_day,
            self.present_ref,
            self.past_ref,
            self.future_ref,
            self.sets,
            self.holidays,
            self.unit_of,
        ):
            for phrase in group:
                words.update(re.split(r"[\s'-]+", phrase.lower()))
        words.update(
            "today tonight yesterday tomorrow noon midday midnight ago fiscal fy year-end weekend weekends period "
            "yearlong daylong weeklong monthlong "
            "periods while time twenties thirties forties fifties sixties seventies eighties nineties term".split()
        )
        words.update(w + "s" for w in self.weekdays if len(w) > 3)  # "on Sundays": a set of days
        words -= {"the", "a", "an", "of", "and", "s", ""}
        return frozenset(words)

    def starts(self, text: str) -> list[int]:
        """Offsets where a time expression may start.

        A word that names a time (a month, a digit, "week", "now") always qualifies; another word
        that can open an expression ("the", "a", "early") only when such a word follows soon.
        """
        first, anchors = self.first_words, self.anchor_words
        out: list[int] = []
        strong: list[int] = []  # positions of words that name a time
        maybe: list[int] = []
        for m in _WORD.finditer(text):
            w = m.group()
            if w.isalpha():
                key = w.lower()
                if key in anchors:
                    strong.append(m.start())
                    out.append(m.start())
                elif key in first:
                    maybe.append(m.start())
                continue
            parts = _PARTS.split(w.lower())
            if w[0] == "'" or _DIGIT.search(w) or any(p in anchors for p in parts):
                strong.append(m.start())
                out.append(m.start())
                if w[0].isdigit() and "-" in w:
                    # "March 14-15": the second day of a range starts inside the word
                    out.extend(
                        m.start() + i + 1
                        for i, ch in enumerate(w)
                        if ch == "-" and w[i + 1 : i + 2].isdigit()
                    )
            elif parts[0] in first:
                maybe.append(m.start())
        for pos in maybe:
            i = bisect.bisect_right(strong, pos)
            if i < len(strong) and strong[i] - pos <= 40:
                out.append(pos)
        out.sort()
        return out

    def _tried(self, text: str, positions: list[int]) -> list[list[int]]:
        """For each pattern, the start positions where a match of it can begin (by its leads)."""
        out: list[list[int]] = [[] for _ in self.patterns]
        admitted = self._admitted
        for pos in positions:
            chunk = text[pos : pos + _LEAD_WIDTH]
            prios = admitted.get(chunk)
            if prios is None:
                if len(admitted) > 200_000:
                    admitted.clear()  # a bound on the memory, never reached in practice
                found = self.leads.admitted(chunk)
                prios = tuple(i for i in range(len(self.patterns)) if found >> i & 1)
                admitted[chunk] = prios
            for i in prios:
                out[i].append(pos)
        return out

    def find(self, text: str) -> list[Candidate]:
        """All accepted matches, then the longest non-overlapping ones, in text order."""
        cands: list[Candidate] = []
        tried = self._tried(text, self.starts(text))
        for prio, (kind, rx) in enumerate(self.patterns):
            for pos in tried[prio]:
                m = rx.match(text, pos)
                if m is None or m.end() <= m.start():
                    continue
                start, end = m.start(), m.end()
                while end > start and text[end - 1] in " \t\n,":
                    end -= 1
                if text[end - 1 : end] == ")" and "(" not in text[start:end]:
                    end -= 1  # "(7:49 a.m. UTC)": the bracket opened before the expression
                groups = m.groupdict()
                if kind == "dur" and groups.get("sep") == "-" and (groups.get("det") or "").lower() == "the":
                    start = m.start("n")  # "the six-week fighting": the article belongs to the noun
                if "\n" in text[start:end] or not self._accept(kind, groups, text, start, end):
                    continue
                cands.append(Candidate(start, end, kind, prio, groups))
        cands.sort(key=lambda c: (-(c.end - c.start), c.prio, c.start))
        taken: list[tuple[int, int]] = []
        chosen: list[Candidate] = []
        for c in cands:
            i = bisect.bisect_left(taken, (c.start, c.end))
            if i > 0 and taken[i - 1][1] > c.start:
                continue
            if i < len(taken) and taken[i][0] < c.end:
                continue
            taken.insert(i, (c.start, c.end))
            chosen.append(c)
        chosen.sort(key=lambda c: c.start)
        return chosen

    def _names_an_event(self, kind: str, g: dict, text: str, start: int, end: int, before: str) -> bool:
        """Whether a month, weekday, season or holiday word is part of an event's name:
        "the July Rebellion", "Black Thursday", "the Arab Spring" (see ``time_rules.json``)."""
        word = text[start:end].split()[-1]
        if not word[:1].isupper() or g.get("y") or g.get("d") or g.get("rel") or g.get("mof"):
            return False
        for m in self.named_events.finditer(text, max(0, start - 30), min(len(text), end + 30)):
            if m.start() < end and m.end() > start and m.group()[:1].isupper():
                return True
        nxt = _CAP_WORD_AFTER.match(text, end)
        if kind in {"month", "holiday"} and nxt and nxt.group(1).lower() in self.event_heads:
            return True
        epithet = _CAP_WORD_BEFORE.search(before)
        return (
            kind in {"month", "weekday"} and bool(epithet) and epithet.group(1).lower() in self.day_epithets
        )

    def _cricket_century(self, kind: str, g: dict, text: str, end: int, prev: str) -> bool:
        """Whether "centuries" counts hundreds of runs: "scored 14 centuries", "his 20th century"."""
        if kind == "century":
            nxt = _NEXT_TOKEN.match(text, end)
            return prev in _POSSESSIVES and (nxt is None or nxt.group(1).lower() in _AFTER_COUNTED_HUNDRED)
        if not (g.get("u") or "").lower().startswith("centur"):
            return False
        nxt = _NEXT_WORD.match(text, end)
        if nxt and nxt.group(1).lower() in {"ago", "earlier", "later", "before", "after", "old"}:
            return False
        return prev.strip(".,;:") in self.century_sport_words

    def _half_year_context(self, text: str, start: int, end: int) -> bool:
        """Whether the sentence around ``start:end`` speaks of business or the economy (a half
        of the year), from the ``half_year_context`` words."""
        left = max(0, text.rfind(". ", 0, start), text.rfind("\n", 0, start), start - 300)
        right = text.find(". ", end)
        right = min(right if right >= 0 else len(text), end + 300)
        words = re.findall(r"[a-z]+", text[left:right].lower())
        return any(w in self.half_year_context for w in words)

    def _quantity_of(self, text: str, end: int) -> bool:
        """Whether the length ending at ``end`` measures an amount of pay, recordings and the like."""
        m = _OF_NOUN.match(text, end)
        return bool(m) and any((w or "").lower() in self.quantity_nouns for w in m.groups())

    def _accept(self, kind: str, g: dict[str, str | None], text: str, start: int, end: int) -> bool:
        """Context checks a regex cannot express: capitalised months, "may" the verb, ages, rates."""
        mon = g.get("mon")
        if mon and not mon[0].isupper():
            return False
        wd = g.get("wd")
        if wd and wd[0].islower() and wd not in {"today", "yesterday", "tomorrow"}:
            return False
        before = text[max(0, start - 20) : start]
        prev = before.split()[-1].lower() if before.split() else ""
        if kind in _CALENDAR_KINDS and self._names_an_event(kind, g, text, start, end, before):
            return False
        if kind in {"dur", "vdur", "century"} and self._cricket_century(kind, g, text, end, prev):
            return False
        if (
            kind == "clock4"
            and not g.get("tz")
            and not (prev in {"at", "("} or prev.endswith("(") or g["h"] < "10")
        ):
            return False  # "in 1930 Monday's report" is no clock time; "at 1930 Monday" is
        if kind == "year" and (prev == "at" or prev.endswith("(")) and self.day_after_clock.match(text, end):
            return False  # "at 1845 on Friday": a clock time (see "clock4")
        if text[start:end].lower() == "the month" and _OF_NAME.match(text, end):
            return False  # "the month of Ramadan": a named month, not the current one
        if kind == "setwd" and (prev == "the" or _NAME_AFTER_PLURAL_DAY.match(text, end)):
            return False  # a name: "Fridays for Future", "Mondays of Rage"
        if kind == "relday" and not g.get("lead") and g["w"][0].isupper() and _AFTER_WORD.search(before):
            return False  # a title mid-sentence: "USA Today", "VOA Today"
        if kind == "relday" and g["w"].lower() == "today" and not g.get("pod") and not g.get("lead"):
            generic = _GENERIC_TODAY.match(text, end)
            for word in generic.group(1).lower().split() if generic else ():
                if word in _STOP_NP:
                    break
                if word in self.generic_today_heads:
                    return False  # "today's youth", "in today's world": these times at large, not the day
        if kind == "relday" and g["w"].lower() == "tomorrow" and not g.get("pod"):
            of = _OF_TOMORROW.search(before)
            if of and of.group(1).lower() not in _DAY_PARTS:
                return False  # "the leaders of tomorrow": the future at large, not a day
        if (
            kind == "relunit"
            and _TITLE_CASE.fullmatch(text, start, end)
            and (before.rstrip().endswith(_OPEN_QUOTES) or _NAME_WORD_BEFORE.search(before))
        ):
            return False  # a title: ABC's "This Week", the weekly paper Kamloops This Week
        if (
            kind in {"set", "ref"}
            and (g.get("w") or "").split()[-1][:1].isupper()
            and (g.get("w") or "").split()[-1].lower() not in _NEVER_NAMES
            and _AFTER_WORD.search(before)
        ):
            return False  # a name mid-sentence: "the Daily Hive", "Back to the Future"
        if kind == "ref" and (g.get("w") or "").lower() in {"recent", "recently"} and prev == "most":
            return False  # "the most recent poll" is the latest one; "most recently in May" points at May
        if kind == "ref" and (g.get("w") or "").lower().endswith("future") and _OF_AFTER.match(text, end):
            return False  # "the future of this mill": its prospects, not a time
        if kind == "weekday" and not g.get("rel") and not g.get("pod") and prev == "the":
            nxt = _NAME_WORD_AFTER.match(text, end)
            if nxt and text[end:].split(None, 1)[0].strip(".,;:'\"").lower() in self.weekday_name_heads:
                return False  # "the Sunday Times": a paper, not a day
        if (
            kind in {"weekday", "month"}
            and (g.get("rel") or "").lower() == "following"
            and not g.get("pod")
            and _POSSESSIVE_S.match(text, end)
        ):
            return False  # "Following Monday's vote": "after" the day's event, not the next Monday
        if kind == "anaph" and (g.get("w") or "").split()[-1][:1].isupper():
            return False  # a name: "Person of the Year", "the Year of the Rooster"
        if kind == "anaph" and (g.get("w") or "").lower().split()[-1] == "year":
            award = _AWARD_BEFORE.search(before)
            if award and award.group(1).lower() in self.award_heads:
                return False  # an award: "album of the year", "coach of the year"
        if kind == "pod" and "night" in (g.get("w") or text[start:end]).lower():
            nxt = _NEXT_WORD.match(text, end)
            if nxt and nxt.group(1).lower() in self.broadcast_heads:
                return False  # a kind of programme: "late-night host", "late-night comedy"
            if _TITLE_CASE.fullmatch(text, start, end) and before.rstrip().endswith(_OPEN_QUOTES):
                return False  # a title: the show "Late Night"
        if kind == "month":
            if (g.get("rel") or "").lower() == "that" and mon and mon.lower() in {"may", "march"}:
                return False  # "said that May would ...": a name or a verb, not "that month"
            if (
                mon
                and mon.lower() in {"may", "march"}
                and not g.get("pre")
                and not g.get("rel")
                and prev not in _PREP_BEFORE_MONTH
            ):
                # "the March accession" is a month; "the March on Rome" and "may" the verb are not
                nxt = text[end : end + 20].split()
                return (
                    prev == "the"
                    and bool(nxt)
                    and nxt[0].isalpha()
                    and nxt[0].islower()
                    and nxt[0]
                    not in _PREP_BEFORE_MONTH | {"on", "for", "against", "at", "into", "toward", "towards"}
                )
            return True
        if kind == "dayconj":
            # the second day of "April 24 and 25": a bare number right after a month and day
            return self.day_before.search(text, max(0, start - 30), start) is not None
        if kind == "yy":
            return prev in {"since", "in", "of", "the", "from", "to", "until", "by"}
        if kind == "clock":
            if not (g.get("mi") or g.get("ampm")):
                return False
            h = int(g["h"] or 0)
            if h > 24 or (g.get("mi") and int(g["mi"]) > 59):
                return False
            if g.get("mi") and not g.get("ampm") and not g.get("tz") and "." in text[start:end]:
                return False  # 3.50 is a price, not a time
            return not (g.get("ampm") and h > 12)
        if kind in {"decade", "decade2", "decade_word"} and (
            prev in _POSSESSIVES or _AGE_POSS.search(before) or kind != "decade" and _AGE_GROUP.search(before)
        ):
            return False  # an age: "a man in his 30s", "in her late forties", "a club for over 50s"
        if kind in {"decade2", "decade_word"} and _TEMPERATURE.search(text, max(0, start - 60), start):
            return False  # a temperature: "highs in the 90s", "temperatures in the low seventies"
        if (
            kind in {"qcode", "qcode2"}
            and (g.get("h") or "").upper() == "H"
            and not (g.get("y") or g.get("yy"))
            and not self._half_year_context(text, start, end)
        ):
            return False  # "grown in 100% H2": hydrogen, not the second half of the year
        if kind == "qcode2" and not (g.get("h") or "").isupper():
            return False  # "2h" is two hours, not a half-year
        if kind == "nthday" and (prev in {"every", "each"} or not g["u"].islower()):
            return False  # "every second day" is a set; "Second Week" a title
        if kind == "noon" and prev.lstrip("`'\"“‘") == "high":
            return False  # "high noon", the film and the idiom
        if kind == "set":
            w = (g.get("w") or "").lower()
            if _a_paper(w, text, end, prev, self.weekdays.keys() | self.months.keys()):
                return False
            if w.startswith(("a ", "per ")) or w in {"a day", "a week", "a month", "a year"}:
                if w.startswith("per "):
                    return True
                return bool(re.search(r"(?:\d|once|twice|times|percent|%)\s*$", before))
            return True
        if kind == "quarter":
            if not g.get("ord") and not g.get("det") and not g.get("mods"):
                return False
            if (g.get("q") or "").lower() == "period" and not re.search(
                r"latest|year-earlier|year-ago|comparable|corresponding|\d{4}|year's", g.get("mods") or ""
            ):
                return False
            if (g.get("q") or "").lower() == "half" and not g.get("ord"):
                return False
            if (
                (g.get("q") or "").lower() == "half"
                and not (g.get("y") or g.get("fy") or g.get("yrel") or g.get("tail"))
                and not re.search(r"\d{4}|year", g.get("mods") or "")
                and not self._half_year_context(text, start, end)
            ):
                return False  # "equalised late in the second half": a half of a match, not of the year
            rest = text[start : start + 200]
            if not g.get("y") and re.match(
                r"[^.]*?\b(?:quarter|half)\s+of\s+(?:the|a|an|its|their|all)\b", rest, re.I
            ):
                return False
            return True
        if kind == "season":
            if (g.get("rel") or "").lower() == "that":
                if g.get("y") or g.get("w") or g.get("tail"):
                    return False  # "agreed that autumn 2018 ...": the year dates it, "that" opens a clause
                if (g.get("s") or "").lower() in {"fall", "spring"} and not _SEASON_THAT_END.match(text, end):
                    return False  # a verb: "the rates that fall", "the problems that spring from it"
            nxt = _NAME_WORD_AFTER.match(text, end)
            if (
                (g.get("s") or "")[:1].isupper()
                and not g.get("y")
                and nxt
                and text[end:].split(None, 1)[0].strip(".,;:").lower()
                not in self.months.keys() | self.weekdays.keys()
            ):
                return False  # a name: "the Winter Olympics", "the Spring Festival", "Summer Palace"
            if (g.get("s") or "").lower() == "fall" and (
                _NOT_AUTUMN.search(before) or _OF_AFTER.match(text, end)
            ):
                return False  # a fall, not autumn: "the fall of the city", "hurt in a bad fall"
            if (g.get("s") or "").lower() == "fall" and _a_drop(g, before, text, end):
                return False  # "the fall in prices", "The fall from power": a drop, not autumn
            if not (g.get("rel") or g.get("y") or g.get("pre")) and prev not in {
                "in",
                "during",
                "by",
                "since",
                "until",
                "over",
                "this",
                "last",
                "next",
                "the",
                "early",
                "late",
            }:
                return False
            return True
        if kind == "year":
            if (
                not g.get("pre")
                and not g.get("fiscal")
                and _NAME_WORD_BEFORE.search(before)
                and _NAME_WORD_AFTER.match(text, end)
                and prev not in self.anchor_words
            ):
                return False  # inside a name: "the Russell 2000 Index", "Windows 2000 Server"
            if _APPROX_COUNT.search(before) and _COUNTED.match(text, end):
                return False  # "nearly 2000 people": a count, not a year
            if _DIGIT_GROUP_AFTER.match(text, end):
                return False  # "1800-666-111", "1800 555 0199": a phone number
            # a number, not a year: "Flight 1549", "Room 2012", "No. 1998"
            return prev not in {
                "$",
                "no.",
                "number",
                "flight",
                "route",
                "page",
                "pages",
                "channel",
                "room",
                "model",
            }
        if kind in {"dur", "vdur"} and self._quantity_of(text, end):
            return False  # "nine months of salary", "40 hours of video": an amount of something else
        if kind == "dur":
            n = (g.get("n") or "").lower()
            u = (g.get("u") or "").lower()
            if u.startswith("quarter") and (
                n in {"a", "an"}
                or (g.get("sep") == "-" and u == "quarters")
                or (n in {"one", "three"} and re.match(r"\s+of\b", text[end : end + 4]))
            ):
                return False  # "a quarter of", "three-quarters"
            if g.get("u", "")[:1].isupper() and n[:1].isdigit():
                return False  # a title: "60 Minutes"
            if u == "second" and n in {"a", "an"}:
                return False  # "a second round"
            if g.get("upto") and _BETWEEN_BEFORE.search(text, max(0, start - 10), start):
                return False  # "between three to five weeks": each bound is an expression (see "rangefirst")
            if u.startswith("year") and (
                g.get("adj") == "-old" or re.match(r"[\s-]+olds?\b", text[end : end + 7])
            ):
                return False  # ages: "a 52-year-old", "52 years old"
            if g.get("adj") == "-old":
                nxt = _NEXT_WORD.match(text, end)
                if not nxt or nxt.group(1).lower() in self.age_nouns | _AFTER_AGE_NOUN:
                    return False  # an infant's age: "a 4-month-old daughter", "a three-week-old"
            if n in {"some", "recent", "coming", "the coming"} and not (g.get("det")):
                return n in {"recent", "coming", "the coming"}
            return True
        if kind in {"vdur", "dur"} and _MEASURE_UNIT_BEFORE.search(text, max(0, start - 10), start):
            return False  # "a star 90 light years off", "200 man-hours": measures, not times
        if kind == "vdur":
            if re.search(
                r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty"
                r"|million|billion|trillion))\s*$",
                before,
            ):
                return False  # "37 years old", "65 million years ago": a number the pattern did not take
            if (
                g.get("u", "").lower() == "hours"
                and _WEE_HOURS.search(before)
                and text.startswith(" of", end)
            ):
                return False  # "during the small hours of Friday": a time of night, not a length
            if g.get("u", "").lower() == "hours":
                kind_word = _LAST_WORD.search(before)
                if kind_word and kind_word.group(1).lower() in self.hours_kinds:
                    return False  # "opening hours", "working hours": a kind of time, not a length
            return bool(g.get("det")) or g.get("u", "").lower() in {
                "years",
                "months",
                "weeks",
                "decades",
                "centuries",
                "days",
                "hours",
                "minutes",
            }
        return True


# --------------------------------------------------------------------------------------------
# Normalization
# --------------------------------------------------------------------------------------------


# the type of an expression whose value can't be computed, by normalizer (default DATE)
_TIME_KINDS = {
    "clock4": "TIME",
    "clock": "TIME",
    "clockpod": "TIME",
    "noon": "TIME",
    "pod": "TIME",
    "dur": "DURATION",
    "vdur": "DURATION",
    "rangefirst": "DURATION",
    "long": "DURATION",
    "set": "SET",
    "setn": "SET",
    "seasons": "SET",
    "setwd": "SET",
    "setwdpod": "SET",
}


def _fmt_day(y: int, m: int, d: int) -> str | None:
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def _nth_weekday(y: int, m: int, wd: int, nth: int) -> dt.date | None:
    """The ``nth`` weekday ``wd`` (ISO, 1 = Monday) of a month; ``nth`` -1 is the last one."""
    if nth > 0:
        first = dt.date(y, m, 1)
        day = first + dt.timedelta(days=(wd - first.isoweekday()) % 7 + 7 * (nth - 1))
        return day if day.month == m else None
    y2, m2 = _add_months(y, m, 1)
    last = dt.date(y2, m2, 1) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.isoweekday() - wd) % 7)


def _week(d: dt.date) -> str:
    iy, iw, _ = d.isocalendar()
    return f"{iy}-W{iw:02d}"


def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    n = y * 12 + (m - 1) + k
    return n // 12, n % 12 + 1


def _easter(y: int) -> dt.date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ll = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ll) // 451
    month = (h + ll - 7 * m + 114) // 31
    day = (h + ll - 7 * m + 114) % 31 + 1
    return dt.date(y, month, day)


def _julian_easter(y: int) -> dt.date:
    """Orthodox Easter Sunday: the Julian computus (Meeus), moved onto the Gregorian calendar."""
    d = (19 * (y % 19) + 15) % 30
    e = (2 * (y % 4) + 4 * (y % 7) - d + 34) % 7
    month, day = divmod(d + e + 114, 31)
    return dt.date(y, month, day + 1) + dt.timedelta(days=y // 100 - y // 400 - 2)


_PRECISIONS = tuple(
    (re.compile(pattern), precision)
    for pattern, precision in (
        (r"\d{4}-\d{2}-\d{2}", "day"),
        (r"\d{4}-\d{2}", "month"),
        (r"\d{4}-(?:SP|SU|FA|WI)", "season"),
        (r"\d{4}-(?:Q\d|H\d)", "quarter"),
        (r"\d{4}-W\d{2}(?:-WE)?", "week"),
        (r"\d{4}", "year"),
        (r"\d{3}", "decade"),
        (r"\d{2}", "century"),
    )
)


def precision_of(value: str | None) -> str | None:
    """The precision of a TimeML date value: day, month, season, quarter, week, year, decade, century."""
    if not value:
        return None
    v = value.split("T")[0]
    return next((prec for pat, prec in _PRECISIONS if pat.fullmatch(v)), None)


class _Resolver:
    """Normalizes the candidates of one document, in text order."""

    def __init__(self, rules: TimeRules, doc: Doc | None, text: str, dct: dt.date | None) -> None:
        self.r = rules
        self.doc = doc
        self.text = text
        self.dct = dct
        self.days: list[tuple[int, str]] = []  # (start, day value) of resolved day dates, for anaphora
        self.quarters: list[tuple[int, int, int]] = []  # (start, year, quarter)
        self.months: list[tuple[int, int, int]] = []  # (start, year, month) of month or day dates
        self.years: list[tuple[int, int]] = []  # (start, year) of dated mentions, for "that year"
        self.weeks: list[tuple[int, dt.date]] = []  # (start, Monday) of week dates ("next week")
        self._day_ends: dict[int, int] = {}  # start -> end of the day dates in ``days``
        self._clock_days: dict[int, dt.date] = {}  # start of a weekday -> the day a clock time before it took
        self.start = 0

    # ---- helpers ----------------------------------------------------------------------------

    def number(self, s: str | None) -> float | None:
        if not s:
            return None
        s = re.sub(r"\s+", " ", s.lower().strip())
        half = 0.0
        for tail in (" and a half", "-and-a-half"):
            if s.endswith(tail):
                s, half = s[: -len(tail)], 0.5
        if s.endswith(" 1/2"):
            s, half = s[:-4], 0.5
        scale = 1.0
        for word, k in ((" hundred", 100.0), (" thousand", 1000.0)):
            if s.endswith(word) and s != "a" + word and s != "one" + word:
                s, scale = s[: -len(word)], k
        try:
            return (float(_THOUSANDS.sub("", s)) + half) * scale  # "10,000 years"
        except ValueError:
            pass
        if s in self.r.numbers:
            return (float(self.r.numbers[s]) + half) * scale
        parts = re.split(r"[-\s]", s)
        if len(parts) == 2 and parts[0] in self.r.numbers and parts[1] in self.r.numbers:
            return (float(self.r.numbers[parts[0]] + self.r.numbers[parts[1]]) + half) * scale
        return None

    def tense(self, start: int, end: int) -> str | None:
        """'past', 'future' or None (present or unknown), from the verb governing the span."""
        if self.doc is None:
            return None
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return None
        verb = governing_verb(span.root)
        if verb is None:
            return None
        if verb.lemma_ in _REPORTING and not _adjunct_of(span.root, verb):
            return None  # '... (on June 3-5)," the office said': the saying does not date it
        if (
            verb.lemma_ in _REPORTING
            and verb.tag_ == "VBG"
            and not any(c.dep_ == "aux" for c in verb.children)
        ):
            return "past"  # "..., with the chairman saying Tuesday that ...": news reports a saying done
        return verb_tense(verb)

    def _not_dated_by_verb(self, start: int, end: int) -> bool:
        """Whether the span dates the object of an announcing verb, not the announcing itself, or
        sits in brackets the verb is outside of ("the forum (on June 3-5), the
        office said" dates the noun, not the saying)."""
        if self.doc is None:
            return False
        span = self.doc.char_span(start, end, alignment_mode="expand")
        verb = governing_verb(span.root) if span is not None and len(span) else None
        if verb is None:
            return False
        if _outside_brackets(self.text, start, end, verb.idx):
            return True
        return verb.lemma_ in _ANNOUNCING and not _adjunct_of(span.root, verb)

    def _plan_in_past(self, start: int, end: int) -> bool:
        """Whether the span hangs from a scheduling participle in a past clause ("a rally planned
        for Saturday was called off", "the vote was scheduled for May"): the plan is reported from
        the past, so the date may have passed or not."""
        if self.doc is None:
            return False
        span = self.doc.char_span(start, end, alignment_mode="expand")
        verb = governing_verb(span.root) if span is not None and len(span) else None
        if verb is None or verb.tag_ != "VBN":
            return False
        if verb.dep_ == "acl":
            return verb_tense(verb) == "past"
        # "the operation was scheduled for January": the plan is told as past, and may be over
        return any(c.dep_ == "auxpass" and c.lower_ in {"was", "were"} for c in verb.children)

    def _governor_lemma(self, start: int, end: int) -> str | None:
        """The lemma of the verb governing the span, if there is a parse."""
        if self.doc is None:
            return None
        span = self.doc.char_span(start, end, alignment_mode="expand")
        verb = governing_verb(span.root) if span is not None and len(span) else None
        return verb.lemma_.lower() if verb is not None else None

    def _future_in_past(self, start: int, end: int) -> bool:
        """Whether the verb governing the span is a future seen from the past ("would start")."""
        if self.doc is None:
            return False
        span = self.doc.char_span(start, end, alignment_mode="expand")
        verb = governing_verb(span.root) if span is not None and len(span) else None
        auxes = (
            {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}} if verb is not None else set()
        )
        return bool(auxes & _FUTURE_AUX) and auxes & _FUTURE_AUX <= {"would", "'d"}

    def _past_perfect(self, start: int, end: int) -> bool:
        """Whether the verb governing the span is in the past perfect ("had not called")."""
        if self.doc is None:
            return False
        span = self.doc.char_span(start, end, alignment_mode="expand")
        verb = governing_verb(span.root) if span is not None and len(span) else None
        return verb is not None and any(c.dep_ == "aux" and c.lower_ in {"had", "'d"} for c in verb.children)

    def _not_until_past(self, start: int, end: int) -> bool:
        """Whether "until" hangs from a negated simple-past verb ("did not come until", "was not
        released until", "it was not until"): the act happened on that date, already."""
        if self.doc is None:
            return False
        span = self.doc.char_span(start, end, alignment_mode="expand")
        verb = governing_verb(span.root) if span is not None and len(span) else None
        if verb is None or verb.lemma_.lower() in _DEFERRED_LEMMAS:
            return False
        kids = list(verb.children)
        if not any(k.dep_ == "neg" or _negative_argument(k) for k in kids):
            return False
        if verb.tag_ == "VBD":
            return True
        return any(k.dep_ in {"aux", "auxpass"} and k.lower_ in {"did", "was", "were"} for k in kids)

    def _perfect_chain(self, start: int, end: int) -> bool:
        """Whether a plan in the past perfect governs the span ("had been scheduled to expire
        Friday", "had been due to open Monday"): the verb or the verbs and adjectives it
        complements carry "had" and a scheduling word."""
        if self.doc is None:
            return False
        span = self.doc.char_span(start, end, alignment_mode="expand")
        tok = governing_verb(span.root) if span is not None and len(span) else None
        planned = False
        for _ in range(4):
            if tok is None:
                return False
            planned = planned or tok.lower_ in _SCHEDULED or tok.lemma_ in _FUTURE_LEMMAS
            if any(c.dep_ in {"aux", "auxpass"} and c.lower_ == "had" for c in tok.children):
                return planned
            if tok.dep_ not in {"xcomp", "acomp", "ccomp"} or tok.head.i == tok.i:
                return False
            tok = tok.head
        return False

    def _in_headline(self, start: int) -> bool:
        """Whether ``start`` lies in a first line that reads as a headline (short, unpunctuated)."""
        nl = self.text.find("\n")
        if nl < 0 or start >= nl:
            return False
        first = self.text[:nl].rstrip()
        return len(first) < 150 and not first.endswith((".", "?", "!", '"', "'", "\u201d"))

    def _scheduled_present(self, start: int, end: int) -> bool:
        """Whether the span dates a scheduling verb in the simple present ("the trial begins
        Monday", "the law takes effect on Jan. 1"): news uses that tense for what lies ahead."""
        if self.doc is None or self._in_headline(start):
            return False  # a headline's present reports the past ("Stocks close lower Monday")
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span) or span.root.dep_ in {"poss", "compound", "nmod", "amod"}:
            return False
        head = span.root.head
        if head.dep_ == "prep" and head.lower_ in {"on", "in", "at"}:
            head = head.head
        if head.lemma_.lower() not in self.r.schedule_verbs or any(
            c.dep_ in {"aux", "neg"} for c in head.children
        ):
            return False
        if head.lemma_.lower() == "take" and not any(
            c.dep_ in {"dobj", "prt"} and c.lemma_.lower() in _TAKE_SCHEDULED for c in head.children
        ):
            return False  # "the law takes effect Monday" is scheduled; "police take positions" is not
        passive = [c for c in head.children if c.dep_ == "auxpass"]
        if head.tag_ == "VBN" and passive:
            # "the vote is held in June": a present passive schedules as well
            return all(c.tag_ in {"VBZ", "VBP"} for c in passive)
        return head.tag_ in {"VBZ", "VBP"} and not passive

    def _prep_object(self, start: int, end: int) -> tuple[Span, Token] | None:
        """The span and its preposition, where the span is the object of one ("visit in May")."""
        if self.doc is None:
            return None
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span) or span.root.dep_ != "pobj":
            return None
        prep = span.root.head
        return (span, prep) if prep.dep_ == "prep" else None

    def _of_a_planned_noun(self, start: int, end: int) -> bool:
        """Whether the span dates a noun marked as planned ("the slated visit ... in September")."""
        found = self._prep_object(start, end)
        if found is None:
            return False
        _, prep = found
        noun = prep.head
        return noun.pos_ == "NOUN" and any(
            ch.dep_ == "amod" and ch.lower_ in _AHEAD_ADJ for ch in noun.children
        )

    def _after_past_verb(self, start: int) -> bool:
        """Whether the span follows a simple-past verb directly or through "on" ("said on
        Monday", "announced Tuesday"): the parser may hang it on a later verb, but news puts the
        day of an act right after the act."""
        if self.doc is None:
            return False
        span = self.doc.char_span(start, start + 1, alignment_mode="expand")
        if span is None or not len(span):
            return False
        i = span.start - 1
        if i >= 0 and self.doc[i].lower_ == "on":
            i -= 1
        return i >= 0 and self.doc[i].tag_ == "VBD" and self.doc[i].pos_ == "VERB"

    def _premodifier(self, start: int, end: int) -> bool:
        """Whether the span modifies a noun that follows it ("the Jan. 14 deadline")."""
        if self.doc is None:
            return False
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return False
        root = span.root
        head = root.head
        return (
            root.dep_ in {"nmod", "compound", "amod"}
            and head.i >= span.end
            and head.pos_ in {"NOUN", "PROPN"}
            and not head.ent_type_
        )

    def anchor_day(
        self, start: int, reach: int = 250, past: bool = False, fallback: bool = True
    ) -> dt.date | None:
        """The most recent day date mentioned before ``start`` in the same or previous lines, else the DCT.

        ``reach`` is how far back (in characters) a mention still counts; an expression that
        names its anchor ("that day", "the next day") looks further. With ``past``, days after
        the publication date are skipped: a past-tense clause does not hang on a date ahead.
        """
        for pos, val in reversed(self.days):
            if pos >= start:
                continue
            if start - pos > reach:
                break
            try:
                day = dt.date.fromisoformat(val[:10])
            except ValueError:
                continue
            if past and self.dct is not None and day > self.dct:
                continue
            return day
        return self.dct if fallback else None

    def _lead_day(self) -> dt.date | None:
        """The first day the story tells, when it falls in the week up to the publication date: the
        day of the news, which a clock time told in the past tense later on belongs to."""
        if not self.days or self.dct is None:
            return None
        try:
            day = dt.date.fromisoformat(self.days[0][1][:10])
        except ValueError:
            return None
        return day if 0 <= (self.dct - day).days <= _LEAD_DAY_REACH else None

    def _month_told_last(self, start: int) -> tuple[int, int] | None:
        """(year, month) of a month told without a day shortly before ``start``, when no day date
        was told after it ("was killed last October ... that day")."""
        day_pos, day = next(((pos, v) for pos, v in reversed(self.days) if pos < start), (-1, ""))
        for pos, y, m in reversed(self.months):
            if pos < start:
                if pos > day_pos and start - pos <= _ANAPHOR_REACH and day[:7] != f"{y}-{m:02d}":
                    return y, m  # a month other than the last day's ("July 5 ... in July" keeps the day)
                break
        return None

    def anchor_week(self, start: int, reach: int = 250) -> dt.date | None:
        """A day of the week or day mentioned last before ``start`` ("next week ... the following
        week"), else the DCT."""
        day_pos = next((pos for pos, _v in reversed(self.days) if pos < start), -1)
        for pos, monday in reversed(self.weeks):
            if pos < start:
                if pos > day_pos and start - pos <= reach:
                    return monday
                break
        return self.anchor_day(start, reach)

    def _week_told(self, start: int, reach: int = 250) -> dt.date | None:
        """The Monday of a week named shortly before ``start`` with no day named since."""
        day_pos = next((pos for pos, _v in reversed(self.days) if pos < start), -1)
        pos, monday = next(((p, m) for p, m in reversed(self.weeks) if p < start), (-1, None))
        return monday if pos > day_pos and start - pos <= reach else None

    def anchor_month(self, start: int, fallback: bool = True) -> dt.date | None:
        """The first day of the most recent month (or day) mentioned before ``start``, else the DCT.

        Only explicitly anaphoric expressions ("the following month", "two months later") use
        it, so the look-back is not limited to the nearby text."""
        for pos, y, m in reversed(self.months):
            if pos < start:
                return dt.date(y, m, 1)
        return self.dct if fallback else None

    def resolve_md(self, m: int, d: int | None, tense: str | None, rel: str | None = None) -> str | None:
        """Year of a month (and day) without a year, by tense."""
        if self.dct is None:
            if d and _fmt_day(2000, m, d) is None:  # 2000 is a leap year: only impossible days fail
                return None
            return f"XXXX-{m:02d}-{d:02d}" if d else f"XXXX-{m:02d}"
        y0 = self.dct.year
        rel = (
            re.sub(r"\s+", " ", (rel or "").lower())
            .replace("this past", "past")
            .replace("this coming", "coming")
        )
        if rel in {"last", "past", "previous"}:
            tense = "past_strict"
        elif rel in {"next", "coming", "following"}:
            tense = "future_strict"
        elif rel == "this":
            if d:
                return _fmt_day(y0, m, d)
            return f"{y0}-{m:02d}"
        if d is None:
            key = (m,)
            ref = (self.dct.month,)
        else:
            key = (m, d)
            ref = (self.dct.month, self.dct.day)
        if d is not None and m == 2 and d == 29:
            # a leap day without a year: the closest leap year in the right direction; with no
            # past tense, this year's when it lies just ahead
            this = _fmt_day(y0, 2, 29)
            if (
                this
                and tense not in {"past", "past_strict", "perfect"}
                and 0 <= (dt.date(y0, 2, 29) - self.dct).days <= 62
            ):
                return this
            step = 1 if tense in {"future", "future_strict"} else -1
            y = y0
            for _ in range(9):
                if _fmt_day(y, 2, 29) and (
                    (step < 0 and (y, 2, 29) <= (y0, *ref)) or (step > 0 and (y, 2, 29) >= (y0, *ref))
                ):
                    return _fmt_day(y, 2, 29)
                y += step
            return None
        if tense == "nearest":
            y = min((y0 - 1, y0, y0 + 1), key=lambda yy: abs(yy * 12 + m - (y0 * 12 + self.dct.month)))
            if d is not None and _fmt_day(y0, m, d):
                days = {
                    yy: abs((dt.date(yy, m, d) - self.dct).days)
                    for yy in (y0 - 1, y0, y0 + 1)
                    if _fmt_day(yy, m, d)
                }
                y = min(days, key=days.__getitem__)
            return _fmt_day(y, m, d) if d else f"{y}-{m:02d}"
        if tense == "until_past":
            # "lasted until Feb. 9": this year's, unless that lies more than two months ahead
            first = dt.date(y0, m, d) if d is not None and _fmt_day(y0, m, d) else dt.date(y0, m, 1)
            y = y0 if (first - self.dct).days <= 60 else y0 - 1
            return _fmt_day(y, m, d) if d else f"{y}-{m:02d}"
        if tense == "cue":
            # "until/by/payable Jan. 14": the next one, unless it passed in the last fortnight
            if d is not None and _fmt_day(y0, m, d):
                days = (dt.date(y0, m, d) - self.dct).days
                y = y0 if days >= -14 else y0 + 1
            else:
                y = y0 if m >= self.dct.month else y0 + 1
        elif tense == "perfect":
            # "has set Nov. 10 as the deadline": a date just ahead stays in the year, else the past one
            near = (
                d is not None
                and _fmt_day(y0, m, d) is not None
                and 0 <= (dt.date(y0, m, d) - self.dct).days <= 62
            )
            y = y0 if key <= ref or near or (d is None and m - self.dct.month <= 2) else y0 - 1
        elif tense == "near" or tense is None:
            # news looks back, except at what is due shortly: an occurrence in the next two
            # months (one for a date premodifying a noun, whose clause tense we ignore), else
            # the most recent one ("the Jan. 14 deadline", "the Oct. 23 slaying")
            def ahead(yy: int) -> float:
                return ((yy - y0) * 12 + m - self.dct.month) * 30.5 + ((d or 1) - self.dct.day)

            horizon = 31 if tense == "near" else 62
            soon = [yy for yy in (y0, y0 + 1) if 0 <= ahead(yy) <= horizon]
            y = soon[0] if soon else (y0 if key <= ref else y0 - 1)
        elif tense == "past":
            # a day at most two days after the publication date is a late-stamped report of it
            # (time zones, an edition's date), not the same day a year back
            late = (
                d is not None
                and _fmt_day(y0, m, d)
                and 0 < (dt.date(y0, m, d) - self.dct).days <= _LATE_STAMP
            )
            y = y0 if key <= ref or late else y0 - 1
        elif tense == "past_strict":
            y = y0 if key < ref else y0 - 1
        elif tense == "future":
            y = y0 if key >= ref else y0 + 1
        elif tense == "future_strict":
            y = y0 if key > ref else y0 + 1
        else:
            y = y0  # no tense: the publication year
        return _fmt_day(y, m, d) if d else f"{y}-{m:02d}"

    def resolve_wd(self, wd: int, tense: str | None, rel: str | None = None) -> dt.date | None:
        if self.dct is None:
            return None
        back = (self.dct.isoweekday() - wd) % 7
        fwd = (wd - self.dct.isoweekday()) % 7
        rel = (
            re.sub(r"\s+", " ", (rel or "").lower())
            .replace("the ", "")
            .replace("this past", "past")
            .replace("this coming", "coming")
        )
        if rel in {"last", "past", "previous"}:
            return self.dct - dt.timedelta(days=back or 7)
        if rel in {"next", "coming", "following"}:
            return self.dct + dt.timedelta(days=fwd or 7)
        if tense in {"past", "perfect"} or (tense in {"nearest", "until_past"} and back <= fwd):
            return self.dct - dt.timedelta(days=back)
        if tense in {"future", "cue", "nearest", "until_past"}:
            return self.dct + dt.timedelta(days=fwd)
        # news mostly reports what happened: without a tense, the past one unless it is a week back
        return self.dct - dt.timedelta(days=back) if back <= 5 else self.dct + dt.timedelta(days=fwd)

    def shift(self, unit: str, k: int, base: dt.date | None = None) -> str | None:
        """The date value ``k`` units from the DCT, at that unit's precision."""
        d = base or self.dct
        if d is None:
            return None
        if unit == "year":
            return f"{d.year + k:04d}"
        if unit == "month":
            y, m = _add_months(d.year, d.month, k)
            return f"{y}-{m:02d}"
        if unit == "quarter":
            return self._quarter(d, k)
        if unit in {"week", "fortnight"}:
            return _week(d + dt.timedelta(weeks=k * (2 if unit == "fortnight" else 1)))
        if unit == "weekend":
            sat = d + dt.timedelta(days=(6 - d.isoweekday()) % 7) if k >= 0 else d
            if k < 0:
                back = (d.isoweekday() - 6) % 7 or 7
                sat = d - dt.timedelta(days=back)
            elif k > 0:
                sat = sat + dt.timedelta(weeks=k - 1) if sat != d else sat + dt.timedelta(weeks=k)
            return _week(sat) + "-WE"
        if unit == "day":
            return (d + dt.timedelta(days=k)).isoformat()
        if unit == "decade":
            return f"{d.year // 10 + k:03d}"
        if unit == "century":
            return f"{d.year // 100 + k:02d}"
        if unit in {"hour", "minute", "second"}:
            return d.isoformat()
        return None

    @staticmethod
    def _quarter(d: dt.date, k: int) -> str:
        n = d.year * 4 + (d.month - 1) // 3 + k
        return f"{n // 4}-Q{n % 4 + 1}"

    def duration(self, n: float | None, unit: str) -> str:
        code, mult, is_time = self.r.units[unit]
        if n is None:
            amount = "X"
        else:
            val = n * mult
            if val != int(val):
                # 1.5 years -> P18M, 2.5 days -> P60H where it can, else keep a decimal
                if code == "D":
                    code, val, is_time = "H", val * 24, True
                elif code == "W" and (val * 7).is_integer():
                    code, val = "D", val * 7  # 1.5 weeks stays P1.5W, 2.5 weeks is P17.5D no more
                elif is_time and code in {"H", "M"}:
                    # clock units carry over: 5 1/2 hours -> PT5H30M, a minute and a half -> PT1M30S
                    rest = round((val - int(val)) * 60)
                    if int(val) and rest:
                        return f"PT{int(val)}{code}{rest}{'M' if code == 'H' else 'S'}"
                    if rest:
                        return f"PT{rest}{'M' if code == 'H' else 'S'}"
            amount = str(int(val)) if val == int(val) else f"{val:g}"
        return f"PT{amount}{code}" if is_time else f"P{amount}{code}"

    # ---- dispatch ---------------------------------------------------------------------------

    def normalize(self, c: Candidate) -> tuple[str, str | None, str | None] | None:
        """(type, value, mod) for a candidate, or None to drop it."""
        self.start = c.start
        try:
            out = getattr(self, "n_" + c.kind)(c, c.groups)
        except (ValueError, OverflowError):  # date arithmetic past year 1 or 9999
            out = (_TIME_KINDS.get(c.kind, "DATE"), None)
        if out is None:
            return None
        typ, val = out
        pp = (c.groups.get("pp") or "").lower()
        mod = {"pre": "BEFORE", "post": "AFTER"}.get(pp) or self.mod(c.groups.get("pre"))
        half = _HALF.match((c.groups.get("pre") or "").lower())
        if half and val and typ == "DATE" and _FULL_YEAR.fullmatch(val):
            # "the first half of 2012" -> 2012-H1, "the last half of 1989" -> 1989-H2
            val, mod = f"{val}-H{1 if half.group(1) == 'first' else 2}", None
        if typ == "DURATION" and val in {"P6M", "P9M"} and self.text.startswith(("the ", "The "), c.start):
            self.quarters.append((c.start, 0, 0))  # "the nine months": no longer a quarter's figures
        if val and typ == "DATE" and precision_of(val) == "day":
            self.days.append((c.start, val))
            self._day_ends[c.start] = c.end
        elif val and typ == "TIME" and _ISO_DAY.match(val):
            self.days.append((c.start, val[:10]))  # "Saturday evening ... shortly before 19:00": that day
        week = _WEEK_VALUE.fullmatch(val or "") if typ == "DATE" else None
        if week:
            try:
                self.weeks.append((c.start, dt.date.fromisocalendar(int(week[1]), int(week[2]), 1)))
            except ValueError:  # week 53 of a year without one
                pass
        if val and typ == "DATE" and precision_of(val) in {"day", "month"} and val[:4].isdigit():
            self.months.append((c.start, int(val[:4]), int(val[5:7])))
        if val and typ == "DATE" and _FULL_YEAR.match(val) and c.kind not in {"anaph"}:
            self.years.append((c.start, int(val[:4])))
        return typ, val, mod

    def _year_in_sentence(self, start: int) -> int | None:
        """The year of the last dated mention earlier in the sentence holding ``start``, if any."""
        if self.doc is None or not self.years or not self.doc.has_annotation("SENT_START"):
            return None
        span = self.doc.char_span(start, start + 1, alignment_mode="expand")
        if span is None:
            return None
        sent_start = span.sent.start_char
        for pos, y in reversed(self.years):
            if sent_start <= pos < start:
                return y
        return None

    def anchor_year(self, start: int, reach: int = 300, fallback: bool = True) -> int | None:
        """The year of the most recent dated mention shortly before ``start``, else the DCT's
        (or None without ``fallback``)."""
        dct_year = self.dct.year if self.dct and fallback else None
        for pos, y in reversed(self.years):
            if pos < start:
                return y if start - pos <= reach else dct_year
        return dct_year

    @staticmethod
    def mod(pre: str | None) -> str | None:
        if not pre:
            return None
        p = pre.lower()
        if any(w in p for w in ("early", "beginning", "start", "first half", "dawn")):
            return "START"
        if any(w in p for w in ("mid", "middle")):
            return "MID"
        if any(w in p for w in ("late", "end", "close", "second half", "latter")):
            return "END"
        return None

    # ---- normalizers ------------------------------------------------------------------------

    def n_iso(self, c: Candidate, g: dict) -> tuple[str, str | None]:
        return "DATE", _fmt_day(int(g["y"]), int(g["m"]), int(g["d"]))

    def n_slash(self, c: Candidate, g: dict) -> tuple[str, str | None]:
        y = int(g["y"])
        if y < 100:
            # a two-digit year is the one nearest the publication date, at most ten years ahead
            # (as "'26" is read), and not ahead of it in a past clause ("born 10/18/26" in 2017)
            base = self.dct.year if self.dct else 2000
            y += (base // 100) * 100
            if y > base + 10:
                y -= 100
            elif y <= base - 90:
                y += 100
            elif y > base and self.tense(c.start, c.end) in {"past", "perfect"}:
                y -= 100  # a past act is not dated years ahead
        return "DATE", _fmt_day(y, int(g["m"]), int(g["d"]))

    def n_dotdmy(self, c: Candidate, g: dict) -> tuple[str, str | None]:
        return "DATE", _fmt_day(int(g["y"]), int(g["m"]), int(g["d"]))

    def _month(self, s: str) -> int:
        return self.r.months[s.lower().rstrip(".")]

    def n_mdy(self, c: Candidate, g: dict) -> tuple[str, str | None]:
        m = self._month(g["mon"])
        d = int(re.match(r"\d+", g["d"]).group())
        if g.get("y"):
            return "DATE", _fmt_day(int(g["y"]), m, d)
        shared = _RANGE_YEAR.match(self.text, c.end)
        if shared:
            return "DATE", _fmt_day(int(shared.group(1)), m, d)  # "February 9-25, 2018": the range's year
        if g.get("tail"):
            # "on 9 October last year", "March 3 of next year": the year is named relative to now
            if self.dct is None:
                return "DATE", None
            return "DATE", _fmt_day(self.dct.year + {"last": -1, "next": 1}.get(g["tail"].lower(), 0), m, d)
        if d > 31:
            return None
        rel = g.get("rel")
        if rel and rel.lower() in {"early", "late", "mid"}:
            rel = None
        named = None if rel else self._noun_year(c.start, c.end)
        if named is not None:
            return "DATE", _fmt_day(named, m, d)  # "the 2016 robot conference on Dec 14": that year's
        opened = None if rel or g.get("wd") else self._date_range_start(c.start)
        if opened is not None:
            # "between March 28 and April 6": a range ends on or after the day it opens on
            return "DATE", _fmt_day(opened.year + ((m, d) < (opened.month, opened.day)), m, d)
        if g.get("wd") and self.dct is not None and not rel:
            # "Saturday, April 25": the year in which that date falls on that weekday
            wd = self.r.weekdays[g["wd"].lower()]
            for y in (self.dct.year, self.dct.year - 1, self.dct.year + 1):
                v = _fmt_day(y, m, d)
                if v and dt.date.fromisoformat(v).isoweekday() == wd:
                    return "DATE", v
        tense = self.tense_or_cue(c)
        if not rel and tense in {"past", "perfect", None}:
            story = self._story_year(c.start, m, d)
            if story is not None:
                return "DATE", _fmt_day(story, m, d)
        return "DATE", self.resolve_md(m, d, tense, rel)

    def _story_year(self, start: int, m: int, d: int) -> int | None:
        """The year of a story told in an earlier year, when a bare "October 21" continues it.

        "A storm struck on 3 June 2012 ... On 14 June the roads reopened": the last day told,
        close before, is more than a year before publication (so its year was written out), in
        the same month and not after the day now named. The bare date goes on in that year.
        """
        if self.dct is None:
            return None
        # "today" said in passing ("the bias they face today") does not end the story
        today = self.dct.isoformat()
        pos, val = next(((p, v) for p, v in reversed(self.days) if v[:10] != today), (-1, ""))
        if pos < 0 or start - pos > _STORY_REACH:
            return None
        try:
            told = dt.date.fromisoformat(val[:10])
        except ValueError:
            return None
        if (self.dct - told).days <= 366 or told.month != m or d < told.day:
            return None
        return told.year

    def tense_or_cue(self, c: Candidate) -> str | None:
        """Tense for a partial date; "until/by/payable/effective ..." point forward whatever the verb."""
        if self._perfect_chain(c.start, c.end):
            # "the permit had been due to run out on Friday": a superseded plan, whose date may have
            # passed or not; the occurrence nearest the publication date
            return "nearest"
        # brackets and quotes are not words: "[due in Berlin in July]"
        words = [
            w.strip("[](){}\"'\u201c\u201d")
            for w in self.text[max(0, c.start - 25) : c.start].lower().split()
        ]
        words = [w for w in words if w]
        if words and words[-1].strip(",") in _FUTURE_CUES:
            if (
                words[-1] in {"until", "till", "by"}
                and self._past_perfect(c.start, c.end)
                and self._governor_lemma(c.start, c.end) not in _DEFERRED_LEMMAS
            ):
                # "Until Thursday, they had not named him", "by Wednesday, 20 had filed"; but "had
                # extended the order until May 1" sets a deadline ahead
                return "past"
            if words[-1] in {"until", "till"} and self._not_until_past(c.start, c.end):
                return "past"  # "the reply did not come until March 2": it came then, in the past
            if (
                words[-1] in {"until", "till"}
                and self.tense(c.start, c.end) == "past"
                and self._governor_lemma(c.start, c.end) not in _DEFERRED
            ):
                # "the talks lasted until Feb. 9": a stretch that ended, unless the date is
                # just ahead ("the embassy said it was shut until Friday" reports a plan)
                return "until_past"
            if words[-1] == "by" and self.tense(c.start, c.end) == "past":
                return "past"  # "By Monday, the rebels held the town": a state reached, in the past
            return "cue"
        if words and words[-1] == "since":
            return "past"
        if len(words) > 1 and words[-1] in {"in", "on", "by", "for", "at"} and "due" in words[-4:-1]:
            return "future"  # "a report is due in June", "a ruling is due on Friday"
        if words[-3:] in (["as", "early", "as"], ["as", "soon", "as"]) and not self._past_perfect(
            c.start, c.end
        ):
            # "could be freed as early as Monday": the earliest date ahead; "started giving out
            # permits from as early as May 2" tells the past
            return "past" if self.tense(c.start, c.end) == "past" else "cue"
        if (
            len(words) > 1
            and (words[-1], words[-2]) != ("on", "set")
            and words[-1] in {"for", "on"}
            and words[-2] in _SCHEDULED
        ):
            # "slated for October 15"; a plan reported inside a past-tense clause ("a rally planned
            # for Saturday was called off") may have passed or not: the nearest occurrence
            return "nearest" if self._plan_in_past(c.start, c.end) else "future"
        if len(words) > 1 and words[-1] in {"on", "at"} and words[-2] in _FUTURE_CUES:
            return "cue"
        if self._scheduled_present(c.start, c.end):
            return "future"  # "the trial begins Monday"
        if c.kind in {"mdy", "dmy"} and self._not_dated_by_verb(c.start, c.end):
            return None  # "announced her tour from May 4 to 9": the announcing does not date the visit
        if _IN_VIEW.search(self.text, max(0, c.start - 25), c.start):
            # "ahead of the March 15 vote": whatever the clause's tense, a date up to two months
            # ahead is the one in view, else the last one
            return None
        if self._premodifier(c.start, c.end):
            return "near"  # "the Jan. 14 deadline": the clause's tense is the noun's, not the date's
        if self._of_a_planned_noun(c.start, c.end):
            # "the planned visit in October", "the upcoming summit in May": what is planned lies
            # ahead; reported from a past clause a month may have passed, so the nearest one, and
            # a weekday ("the launch planned for Wednesday was scrubbed") is left to the tense
            past = self.tense(c.start, c.end) in {"past", "perfect"}
            if not past:
                return "future"
            if c.kind != "weekday":
                return "nearest"
        if self._after_past_verb(c.start):
            return (
                "past"  # "stated on Tuesday that she would ...": the date is the saying's, whatever follows
            )
        if len(words) > 1 and words[-1] in {"to", "until", "till", "through"}:
            if (
                words[-2] in _DEFERRED
                or words[-2] in {"back", "forward", "up"}
                and len(words) > 2
                and words[-3] in _DEFERRED
                or any(w in {"now", "today"} for w in words[-4:-1])
                or self._governor_lemma(c.start, c.end) in _DEFERRED
            ):
                return "cue"  # "extended the deadline to Nov. 20", "from today through May 3"
        tense = self.tense(c.start, c.end)
        if tense == "future" and self._future_in_past(c.start, c.end):
            # "agreed a truce would begin on Saturday": that day may have come by
            # publication, so the occurrence nearest to it
            return "nearest"
        return tense

    n_dmy = n_mdy

    def _year_of(self, g: dict) -> int | None:
        """The year group of a match: digits, or spoken ("nineteen eighty-six")."""
        if g.get("y"):
            return int(g["y"])
        return self.spoken_year(g["w"]) if g.get("w") else None

    def n_my(self, c: Candidate, g: dict) -> tuple[str, str | None]:
        y = self._year_of(g)
        return "DATE", f"{y:04d}-{self._month(g['mon']):02d}" if y is not None else None

    def n_month(self, c: Candidate, g: dict) -> tuple[str, str | None] | None:
        if (
            g["mon"] == "May"
            and not (g.get("rel") or g.get("pre") or g.get("tail"))
            and self._may_is_a_name(c)
        ):
            return None
        if not (g.get("rel") or g.get("pre") or g.get("tail")) and self._first_name(c):
            return None  # "asked April Ryan": a woman named for the month
        m = self._month(g["mon"])
        rel = g.get("rel")
        if rel and rel.lower() in {"early", "late", "mid"}:
            rel = None
        if rel and rel.lower() == "that":
            # "that September": the September just mentioned, else in the year just mentioned
            same = [yy for pos, yy, mm in self.months if mm == m and 0 < c.start - pos <= _ANAPHOR_REACH]
            y = same[-1] if same else self.anchor_year(c.start, _ANAPHOR_REACH)
            return "DATE", f"{y}-{m:02d}" if y is not None else f"XXXX-{m:02d}"
        end_year = self.r.range_end_year.match(self.text, c.end) if not rel else None
        if end_year and end_year.group("mon")[0].isupper():
            # "between March and April 2012": the range's year is written once, at its end
            y = int(end_year.group("y"))
            return "DATE", f"{y - 1 if m > self._month(end_year.group('mon')) else y}-{m:02d}"
        if g.get("tail"):
            if self.dct is None:
                return "DATE", f"XXXX-{m:02d}"
            y = self.dct.year + {"last": -1, "next": 1}.get(g["tail"].lower(), 0)
            return "DATE", f"{y}-{m:02d}"
        if rel and rel.lower() == "following":
            # "register by March 1, 2018 ... the following October": the first one after the
            # month just told, not after publication
            told = [(pos, yy, mm) for pos, yy, mm in self.months if 0 < c.start - pos <= _ANAPHOR_REACH]
            year = next(
                ((pos, yy) for pos, yy in reversed(self.years) if 0 < c.start - pos <= _ANAPHOR_REACH), None
            )
            if year is not None and (not told or year[0] > told[-1][0]):
                return "DATE", f"{year[1] + 1}-{m:02d}"  # "met in 1995 ... the following January": 1996
            if told:
                _pos, ay, am = told[-1]
                return "DATE", f"{ay if m > am else ay + 1}-{m:02d}"
        return "DATE", self.resolve_md(m, None, self.tense_or_cue(c), rel)

    def _first_name(self, c: Candidate) -> bool:
        """Whether the month opens a person's name that the parser found ("June Carter Cash")."""
        if self.doc is None:
            return False
        span = self.doc.char_span(c.start, c.end, alignment_mode="expand")
        if span is None or len(span) != 1 or span.end >= len(self.doc):
            return False
        tok, nxt = span[0], self.doc[span.end]
        return tok.ent_type_ == "PERSON" and tok.ent_iob_ == "B" and nxt.ent_iob_ == "I"

    @cached_property
    def _may_person(self) -> bool:
        """Whether the text names someone May ("Theresa May", "Mrs May"), not the month."""
        for m in _MAY_PERSON.finditer(self.text):
            w = m.group("w").rstrip(".").lower()
            if w not in _PREP_BEFORE_MONTH and w not in self.r.weekdays and w not in _NOT_A_FIRST_NAME:
                return True
        return False

    def _may_is_a_name(self, c: Candidate) -> bool:
        """Whether a bare "May" is a person: "... and May said", "after May issues the notice"."""
        if self.doc is None:
            return False
        span = self.doc.char_span(c.start, c.end, alignment_mode="expand")
        if span is None or not len(span):
            return False
        if span[0].ent_type_ == "PERSON":
            return True
        before = self.text[max(0, c.start - 12) : c.start].split()
        if self._may_person:
            # the story names a person May ("Prime Minister Theresa May"): "May's plan" and "critics
            # of May's strategy" are hers; after "in", "since", "until" ... May stays the month
            if _POSSESSIVE_S.match(self.text, c.end):
                return True
            if not before or before[-1].lower().strip(",;:(\"'") not in _PREP_BEFORE_MONTH - {
                "of",
                "and",
                "or",
            }:
                return True
        nxt = self.doc[span.end] if span.end < len(self.doc) else None
        if (
            nxt is not None
            and nxt.lower_ in {"and", "or"}
            and span.end + 1 < len(self.doc)
            and self.doc[span.end + 1].ent_type_ == "PERSON"
            and (not before or before[-1].lower() not in _PREP_BEFORE_MONTH - {"between"})
        ):
            # "talks between May and Macron": paired with a person, a person ("fell in May
            # and Johnson blamed ..." keeps the month its preposition gives it)
            return True
        return (
            nxt is not None
            and nxt.tag_ in {"VBD", "VBZ", "MD"}
            and (not before or before[-1].lower() in _NAME_BEFORE_VERB)
        )

    def n_nthwd(self, c: Candidate, g: dict) -> tuple[str, str | None]:
        """ "the first Monday of October", "the last Friday of the month": one day."""
        wd = self.r.weekdays[g["wd"].lower()]
        ordn = g["ord"].lower()
        nth = -1 if ordn in {"last", "final"} else self.r.ordinals[ordn]
        if g.get("mon"):
            m = self._month(g["mon"])
            if g.get("y"):
                y = int(g["y"])
            else:
                month = self.resolve_md(m, None, self.tense_or_cue(c))
                if not month or not month[:4].isdigit():
                    return "DATE", f"XXXX-{m:02d}" if self.dct is None else None
                y = int(month[:4])
        else:
            base = self.anchor_month(c.start) if g["mrel"].lower() == "the" else self.dct
            if base is None:
                return "DATE", None
            y, m = _add_months(base.year, base.month, {"next": 1, "last": -1}.get(g["mrel"].lower(), 0))
        day = _nth_weekday(y, m, wd, nth)
        return "DATE", day.isoformat() if day else None

    def n_weekof(self, c: Candidate, g: dict) -> tuple[str, str | None]:
        """ "the week of March 6": the ISO week holding that day."""
        _, day = self.n_mdy(c, {**g, "wd": None, "rel": None}) or ("DATE", None)
        if not day or not day[:4].isdigit():
            return "DATE", None
        return "DATE", _week(dt.date.fromisoformat(day))

    def n_weekofmonth(self, c: Candidate, g: dict) -> tuple[str, str | None]:
        """ "the last week of March": the ISO week, counting the weeks whose Thursday is in the month."""
        m = self._month(g["mon"])
        if g.get("y"):
            ym: str | None = f"{int(g['y']):04d}-{m:02d}"
        else:
            ym = self.resolve_md(m, None, self.tense_or_cue(c))
        if not ym or not ym[:4].isdigit():
            return "DATE", None
        y = int(ym[:4])
        first = dt.date(y, m, 1)
        thursday = first + dt.timedelta(days=(4 - first.isoweekday()) % 7)
        thursdays = []
        while thursday.month == m:
            thursdays.append(thursday)
            thursday += dt.timedelta(weeks=1)
        ordn = g["ord"].lower()
        k = -1 if ordn in {"last", "final"} else {"first": 0, "second": 1, "third": 2, "fourth": 3}[ordn]
        return "DATE", _week(thursdays[k])

    def n_dayconj(self, c: Candidate, g: dict) -> tuple[str, str | None] | None:
        """The second day of "April 24 and 25": the month and year of the day just before."""
        prev = self.days[-1] if self.days else None
        if prev is None or c.start - prev[0] > 30 or not prev[1][:4].isdigit():
            return None
        d = int(re.match(r"\d+", g["d"]).group())
        return "DATE", _fmt_day(int(prev[1][:4]), int(prev[1][5:7]), d)

    def n_qcode(self, c: Candidate, g: dict) -> tuple[str, str | None] | None:
        """Business shorthand: Q3, Q3 2021, Q3 '21, H1 2020."""
        h, n = g["h"].upper(), int(g["n"])
        if h == "H" and n > 2:
            return None
        if g.get("y"):
            y: int | None = int(g["y"])
        elif g.get("yy"):
            y = 2000 + int(g["yy"]) if int(g["yy"]) < 50 else 1900 + int(g["yy"])
        elif shared := _QCODE_RANGE_END.match(self.text, c.end):
            y = int(shared.group("y"))  # "Q2 or early Q3 2019": one year for both
            if (shared.group("h").upper(), int(shared.group("n"))) < (h, n):
                y -= 1  # "Q4 to Q1 2019" runs from the year before
        elif self.dct is not None:
            # no year: the quarter or half read as "the third quarter" is ("profits fell in Q4"
            # written in March is last year's)
            words = {"Q": ("first", "second", "third", "fourth"), "H": ("first", "second")}[h]
            read = self.n_quarter(c, {"ord": words[n - 1], "q": "quarter" if h == "Q" else "half"})
            if read is not None and read[1]:
                return read
            y = self.dct.year
        else:
            y = None
        return "DATE", f"{y}-{h}{n}" if y else f"XXXX-{h}{n}"

    def n_qcode2(self, c: Candidate, g: dict) -> tuple[str, str | None] | None:
        return self.n_qcode(c, g)

    def n_yy(self, c: Candidate, g: dict) -> tuple[str, str | None]:
        yy = int(g["yy"])
        base = self.dct.year if self.dct else 2000
        y = (base // 100) * 100 + yy
        if y > base + 10:
            y -= 100
        return "DATE", str(y)

    def n_decade_word(self, c: Candidate, g: dict) -> tuple[str, str | None]:
        k = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"]
        return "DATE", f"19{k.index(g['w'].lower()) + 2}"

    def spoken_year(self, phrase: str) -> int | None:
        """ "nineteen eighty-six" -> 1986, "two thousand and eight" -> 2008."""
        words = re.split(r"[\s-]+", phrase.lower())
        if words[0] == "nineteen":
            rest = words[1:]
            if rest == ["hundred"]:
                return 1900
            n = self.number(" ".join(rest))
            return 1900 + int(n) if n is not None and n < 100 else None
        rest = [w for w in words[2:] if w != "and"]
        n = self.number(" ".join(rest)) if rest else 0
        return 2000 + int(n) if n is not None else None

    def n_spoken_year(self, c: Candidate, g: dict) -> tuple[str, str | None] | None:
        if (
            not g["w"][:1].isupper()
            and _COUNTED.match(self.text, c.end)
            and not _YEAR_WORDS.match(self.text, c.start)
        ):
            return None  # "two thousand degrees": a count
        if (
            g["w"].lower().endswith(("thousand", "hundred"))
            and not _YEAR_WORDS.match(self.text, c.start)
            and self._counts_a_noun(c.end)
        ):
            return None  # "about two thousand people": a round count, not the year 2000
        y = self.spoken_year(g["w"])
        return ("DATE", str(y)) if y is not None else None

    def _counts_a_noun(self, end: int) -> bool:
        """Whether the word right after ``end`` is a common noun that a number would count."""
        if self.doc is None:
            return False
        span = self.doc.char_span(end - 1, end, alignment_mode="expand")
        if span is None or span.end >= len(self.doc):
            return False
        nxt = self.doc[span.end]
        return nxt.pos_ == "NOUN" and nxt.lower_ not in self.r.unit_of

    def n_vague(self, c: Candidate, g: dict) -> tuple[str, str | None]:
        return "DURATION", "PXX"

    def n_clock4(self, c: Candidate, g: dict) -> tuple[str, str | None]:
        return self.n_clock(c, g)

    def n_year(self, c: Candidate, g: dict) -> tuple[str, str | None] | None:
        if self._inside_entity(c.start, c.end, _MEASURE_ENTS):
            return None  # "a 1,200-mile (1931 km) road": a measure, not a year
        return "DATE", g["y"]

    def _owned_by_other(self, start: int, home: list[str]) -> bool:
        """Whether a name or a possessive just before ``start`` ("Ukraine's", "Mexican") claims a
        national day for a country other than the one whose ``home`` words own it."""
        if self.doc is None:
            return False
        span = self.doc.char_span(start, start + 1, alignment_mode="expand")
        if span is None or span.start == 0:
            return False
        prev = self.doc[span.start - 1]
        if prev.tag_ == "POS" and prev.i > 0:
            prev = self.doc[prev.i - 1]
        named = prev.ent_type_ in {"GPE", "NORP"} or prev.tag_ in {"NNP", "NNPS"}
        return named and prev.lower_ not in home

    def _inside_entity(self, start: int, end: int, labels: frozenset[str]) -> bool:
        """Whether a named entity with one of ``labels`` covers the span and reaches beyond it."""
        if self.doc is None:
            return False
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not any(t.ent_type_ in labels for t in span):
            return False
        for ent in self.doc.ents:
            if ent.start_char < end and ent.end_char > start and ent.label_ in labels:
                return ent.start_char < start or ent.end_char > end
        return False

    def n_decade(self, c: Candidate, g: dict) -> tuple[str, str | None]:
        y = g["y"]
        if y.endswith("0") and y < "200":
            return "DATE", y[:2]  # "the 1800s" is the century (1800-1899), not its first decade
        return "DATE", y

    def n_decade2(self, c: Candidate, g: dict) -> tuple[str, str | None]:
        yy = int(g["yy"])
        if self.dct is not None:
            cent = self.dct.year // 100
            dec = cent * 10 + yy
            if dec * 10 > self.dct.year:
                dec -= 10
        else:
            dec = 190 + yy if yy > 2 else 200 + yy
        return "DATE", f"{dec:03d}"

    def n_century(self, c: Candidate, g: dict) -> tuple[str, str | None] | None:
        n = int(g["n"])
        return ("DATE", f"{n - 1:02d}") if 1 <= n <= 30 else None

    def n_decadepart(self, c: Candidate, g: dict) -> tuple[str, str | None]:
        """ "the close of the decade": the decade of the year just told in a past clause ("the
        1990s ... by the middle of the decade"), else the publication date's."""
        past = self.tense(c.start, c.end) in {"past", "perfect"}
        y = self.anchor_year(c.start) if past else (self.dct.year if self.dct else None)
        if past:
            told = list(_DECADE_TOLD.finditer(self.text, max(0, c.start - 300), c.start))
            if told:
                y = int(told[-1].group(1)) * 10  # "in the 1990s ... toward the close of the decade"
        return "DATE", f"{y // 10:03d}" if y is not None else None

    def n_season(self, c: Candidate, g: dict) -> tuple[str, str | None]:
        code = self.r.seasons[g["s"].lower()]
        y_given = self._year_of(g)
        if y_given is not None:
            return "DATE", f"{y_given}-{code}"
        if self.dct is None:
            return "DATE", f"XXXX-{code}"
        if g.get("tail"):
            # "the spring next year", "the winter of last year": that year's season
            return "DATE", f"{self.dct.year + {'last': -1, 'next': 1}.get(g['tail'].lower(), 0)}-{code}"
        if (g.get("rel") or "").lower() == "that":
            # "left in May 2019 ... that summer": the season of the year just told
            y = self.anchor_year(c.start, reach=_ANAPHOR_REACH, fallback=False)
            return "DATE", f"{y}-{code}" if y is not None else None
        rel = (
            re.sub(r"\s+", " ", (g.get("rel") or "").lower())
            .replace("this past", "last")
            .replace("this coming", "next")
        )
        start_m = self.r.season_start[code]
        # occurrences (year, first day, first day after) around the DCT; winter Y runs Dec Y - Feb Y+1
        occ = []
        for y in range(self.dct.year - 2, self.dct.year + 2):
            y2, m2 = _add_months(y, start_m, 3)
            occ.append((y, dt.date(y, start_m, 1), dt.date(y2, m2, 1)))
        d = self.dct
        if rel in {"last", "past", "previous"}:
            y = max(o[0] for o in occ if o[2] <= d)
        elif rel in {"next", "coming", "following"}:
            y = min(o[0] for o in occ if o[1] > d)
        elif rel == "this":
            y = d.year - 1 if code == "WI" and d.month <= 2 else d.year
            if dt.date(y, start_m, 1) > d and self.tense(c.start, c.end) in {"past", "perfect"}:
                # "This fall, she met ..." written in February: this year's fall has not come,
                # so a past act took place in the last one
                y = max(o[0] for o in occ if o[1] <= d)
        else:
            tense = self.tense(c.start, c.end)
            if tense in {"past", "perfect"}:
                y = max(o[0] for o in occ if o[1] <= d)
            elif tense == "future":
                y = min(o[0] for o in occ if o[2] > d)
            else:
                y = d.year - 1 if code == "WI" and d.month <= 2 else d.year
        return "DATE", f"{y}-{code}"

    def n_seasons(self, c: Candidate, g: dict) -> tuple[str, str | None]:
        """ "the past three summers": that season, year after year (TimeBank types it a set)."""
        return "SET", f"XXXX-{self.r.seasons[g['s'].lower()]}"

    def n_quarter(self, c: Candidate, g: dict) -> tuple[str, str | None]:
        mods = (g.get("mods") or "").lower()
        det = (g.get("det") or "").lower()
        q_or_h = g["q"].lower()
        ordn = (g.get("ord") or "").lower()
        n = self.r.ordinals.get(ordn) if ordn and ordn != "final" else (4 if ordn == "final" else None)
        if q_or_h == "half":
            n = 2 if n and n > 1 else 1
        year = None
        ym = re.search(r"\d{4}", mods)
        if g.get("y") or g.get("fy"):
            year = int(g.get("y") or g.get("fy"))
        elif ym:
            year = int(ym.group())
        if self.dct is None and year is None:
            return "DATE", None
        prev_year = any(k in mods for k in _QMOD_PREV_YEAR) or det == "last" and n is not None
        yrel = (g.get("yrel") or "").lower() or (g.get("tail") or "").strip().lower().split(" ")[0]
        ymod = re.search(r"(this|last|next) year's", mods)
        if ymod and not yrel:
            yrel = ymod.group(1)
            prev_year = False
        if q_or_h == "half":
            y = year or self.dct.year + {"last": -1, "next": 1}.get(yrel, 0)
            if year is None and not yrel:
                cur_h = 1 if self.dct.month <= 6 else 2
                if n > cur_h and self.tense(c.start, c.end) != "future":
                    y -= 1
            return "DATE", f"{y}-H{n}"
        if q_or_h == "period" and n is not None:
            q_or_h = "quarter"
        if n is None and self.dct is None:
            return "DATE", f"{year}-QX"
        if n is None:
            # the quarter, the latest quarter, last quarter, this quarter, the year-earlier period
            para = self.text.rfind("\n\n", 0, c.start)
            recent = [q for q in self.quarters if c.start - q[0] < 1500 and q[0] > para and q[2]]
            if det in {"last", "previous"} or "previous" in mods or "past" in mods:
                val = self._quarter(self.dct, -1)
            elif det == "next":
                val = self._quarter(self.dct, 1)
            elif det == "this" or "current" in mods:
                val = self._quarter(self.dct, 0)
            elif recent:
                val = f"{recent[-1][1]}-Q{recent[-1][2]}"
            else:
                val = self._quarter(self.dct, -1)
            if year is not None:
                val = f"{year}{val[4:]}"
            elif prev_year or yrel == "last":
                val = f"{int(val[:4]) - 1}{val[4:]}"
            if (
                det not in {"last", "previous", "next"}
                and val[-1].isdigit()
                and int(val[:4]) == self.dct.year
            ):
                # "the latest quarter", "the 1989 period": now the period being reported on
                self.quarters.append((c.start, int(val[:4]), int(val[-1])))
            return "DATE", val
        if year is None:
            y = self.dct.year + {"last": -1, "next": 1}.get(yrel, 0)
            if not yrel:
                cur_q = (self.dct.month - 1) // 3 + 1
                if n > cur_q + 1 and self.tense(c.start, c.end) in {"past", "perfect"}:
                    y -= 1  # a past clause names last year's quarter, unless the next one is nearer
                if prev_year:
                    y -= 1
            year = y
            if not prev_year:
                self.quarters.append((c.start, year, n))
        return "DATE", f"{year}-Q{n}"

    def n_relday(self, c: Candidate, g: dict) -> tuple[str, str | None]:
        w = re.sub(r"\s+", " ", g["w"].lower())
        k = {
            "today": 0,
            "tonight": 0,
            "yesterday": -1,
            "tomorrow": 1,
            "the day before yesterday": -2,
            "the day after tomorrow": 2,
        }[w]
        if self.dct is None:
            return ("TIME" if w == "tonight" or g.get("pod") else "DATE"), None
        val = (self.dct + dt.timedelta(days=k)).isoformat()
        if w == "tonight":
            return "TIME", val + "TNI"
        if g.get("pod"):
            return "TIME", val + "T" + self.r.parts_of_day[g["pod"].lower()]
        return "DATE", val

    def n_ref(self, c: Candidate, g: dict) -> tuple[str, str | None]:
        w = re.sub(r"\s+", " ", g["w"].lower())
        if w in self.r.present_ref:
            return "DATE", "PRESENT_REF"
        if w in self.r.past_ref:
            return "DATE", "PAST_REF"
        return "DATE", "FUTURE_REF"

    def n_relunit(self, c: Candidate, g: dict) -> tuple[str, str | None]:
        rel = re.sub(r"\s+", " ", g["rel"].lower()).replace("this past", "last")
        u = re.sub(r"\s+", " ", g["u"].lower())
        if u == "fiscal year":
            u = "year"
        if u == "season":
            return None
        the = rel.startswith("the ")
        r = rel.removeprefix("the ")
        k = {
            "last": -1,
            "past": -1,
            "previous": -1,
            "preceding": -1,
            "next": 1,
            "coming": 1,
            "following": 1,
        }.get(r, 0)
        if (
            the
            and r in {"past", "last", "next", "coming"}
            and u in {"decade", "century"}
            and not g.get("pre")
        ):
            return "DURATION", "P10Y" if u == "decade" else "P100Y"
        if u == "year" and (r in {"that", "same"} or (the and r in {"following", "previous", "preceding"})):
            # "that year", "the following year": relative to the year just mentioned
            y = self.anchor_year(c.start, _ANAPHOR_REACH if r in {"that", "same"} else 300)
            return "DATE", str(y + k) if y is not None else None
        if r in {"that", "same"}:
            base = {"month": self.anchor_month, "week": self.anchor_week}.get(u, self.anchor_day)(c.start)
            return "DATE", self.shift(u, 0, base)
        if the and r in {"following", "previous", "preceding"} and u in {"month", "week"}:
            # "the following month": after the month just mentioned, not after today
            base = self.anchor_month(c.start) if u == "month" else self.anchor_week(c.start)
            return "DATE", self.shift(u, k, base)
        return "DATE", self.shift(u, k)

    def n_ago(self, c: Candidate, g: dict) -> tuple[str, str | None]:
        u = self.r.unit_of[(g.get("u0") or g.get("u") or "").lower()]
        n = self.number(g["n"])
        direction = g["dir"].lower()
        sign = 1 if direction in {"later", "from now", "hence"} or direction.startswith("from") else -1
        if self.dct is None:
            return "DATE", None
        if direction in {"earlier", "later"} and re.match(r"\s+than\b", self.text[c.end : c.end + 8]):
            # "three days later than planned" measures a gap from a plan or a norm, not from a
            # time told: set right after a day ("arrives on May 9, two days later than planned")
            # it restates that day (or year), else it is a length ("flowered 12 days sooner than normal")
            told = self.anchor_day(c.start, reach=_APPOSED_REACH, fallback=False)
            if told is not None and u in {"day", "week"}:
                return "DATE", told.isoformat()
            year = self.anchor_year(c.start, _APPOSED_REACH, fallback=False) if u == "year" else None
            if year is not None:
                return "DATE", str(year)  # "due in 2023, a year later than the plan said"
            return "DURATION", self.duration(n if n is not None and n == int(n) else None, u)
        if (n is None or n != int(n)) and direction in {"earlier", "later"}:
            # "a few days later": an unknown stretch from a time the text gives, typed as
            # TimeBank does, by its length
            return "DURATION", self.duration(None, u)
        if n is None or n != int(n):
            # "several years ago": the unit is known, the amount is not
            if sign > 0:
                return "DATE", "FUTURE_REF"
            if g["n"].lower().split()[0] in _OPEN_COUNTS:
                return "DATE", "PAST_REF"  # "many years ago" may lie decades back
            # the unknown stretch (two to six units or so) must stay inside the period the
            # value names: "several months ago" in February may be last year, so only a vague past
            d = self.dct
            y = d.year
            inside = {
                "year": y % 10 >= 6,
                "month": d.month > 6,
                "week": d.isocalendar()[1] > 6,
                "day": d.timetuple().tm_yday > 6,
            }
            if not inside.get(u, False):
                return "DATE", "PAST_REF"
            return "DATE", {
                "year": f"{y // 10}X",
                "month": f"{y}-XX",
                "week": f"{y}-WXX",
                "day": f"{y}-XX-XX",
            }[u]
        k = int(n) * sign
        if self.dct.year + k * _YEARS_IN.get(u, 0) < 1:
            return "DATE", "PAST_REF"  # "10,000 years ago": before year 1, which a value cannot write
        if direction == "later" and not re.match(r"\s+than\b", self.text[c.end : c.end + 8]):
            # "revised two years later": counted from the time just mentioned, not from today.
            # With no time told before it, a "later" outside a future clause counts from an
            # event the text does not date ("she died two days later"): no value, rather than
            # a day after the publication date.
            told = self.tense(c.start, c.end) == "future"
            if u in {"year", "decade"}:
                y = self.anchor_year(c.start, fallback=told)
                return "DATE", str(y + int(n) * (10 if u == "decade" else 1)) if y is not None else None
            week = self._week_told(c.start) if u == "week" else None
            if week is not None:
                return "DATE", self.shift(u, k, week)  # "next week, and again a week later"
            if u in {"day", "week"}:
                # in a past clause "four days later" counts from the last past day, however far
                past = self.tense(c.start, c.end) in {"past", "perfect"}
                base = self.anchor_day(
                    c.start, reach=_ANAPHOR_REACH if past else 250, past=past, fallback=told
                )
                return "DATE", self.shift(u, k, base) if base is not None else None
            if u == "month":
                base = self.anchor_month(c.start, fallback=told)
                return "DATE", self.shift(u, k, base) if base is not None else None
        if direction == "earlier" and u in {"day", "week", "month"}:
            # "left on May 3, 2019 ... a week earlier": counted back from the time just told, as
            # "later" counts forward; with none told, from the publication date
            past = self.tense(c.start, c.end) in {"past", "perfect"}
            if u == "month":
                base = self.anchor_month(c.start)
            else:
                base = self.anchor_day(c.start, reach=_EARLIER_REACH if past else 250, past=past)
            if base is not None:
                return "DATE", self.shift(u, k, base)
        if u == "year" and n == 1:
            q = self._recent_quarter(c.start)
            if q:
                return "DATE", f"{q[0] - 1}-Q{q[1]}"
        if direction == "earlier" and u == "year":
            # "the mine closed in 2009; two years earlier ...": back from the year just told
            y = self.anchor_year(c.start, fallback=False)
            if y is not None:
                return "DATE", str(y + k)
        if u == "decade":
            return "DATE", f"{self.dct.year + 10 * k}"
        if u == "century":
            return "DATE", f"{self.dct.year // 100 + k:02d}"
        if u == "fortnight":
            u, k = "week", 2 * k
        if u == "quarter":
            return "DATE", self._quarter(self.dct, k)
        if u in {"hour", "minute", "second"}:
            return "DURATION", self.duration(n, u)  # "a minute and a half later": TimeBank types the span
        if (
            u == "week"
            and direction == "ago"
            and abs(k) <= 2
            and "couple" not in g["n"].lower()
            and not _APPROX_WORD.match(self.text, c.start)
        ):
            # "the quake struck a week ago": so short a way back the day is meant, not its week
            # (a hedged "roughly two weeks ago" or "a couple weeks back" keeps the week)
            return "DATE", self.shift("day", 7 * k)
        return "DATE", self.shift(u, k)

    def _recent_quarter(self, start: int) -> tuple[int, int] | None:
        """The quarter being reported on near ``start``: the last one mentioned, unless a longer
        period ("the nine months", "the first half") was named after it."""
        for pos, y, q in reversed(self.quarters):
            if start - pos < 1000:
                return (y, q) if q else None
        return None

    def n_yearago(self, c: Candidate, g: dict) -> tuple[str, str | None]:
        if self.dct is None:
            return "DATE", None
        u = g["u"].lower()
        if u == "year":
            q = self._recent_quarter(c.start)
            if q:
                return "DATE", f"{q[0] - 1}-Q{q[1]}"
        return "DATE", self.shift(u, -1)

    def n_sameperiod(self, c: Candidate, g: dict) -> tuple[str, str | None]:
        """ "the comparable week a year before", "the comparable quarter of the prior year", "the quarter a year
        ago": the period just reported on, one year back."""
        if self.dct is None:
            return "DATE", None
        u = g["u"].lower()
        q = self._recent_quarter(c.start) if u in {"period", "quarter"} else None
        if q:
            return "DATE", f"{q[0] - 1}-Q{q[1]}"
        if u in {"month", "period"}:
            recent = [m for m in self.months if m[0] < c.start and c.start - m[0] <= 300]
            if recent or u == "month":
                base = self.anchor_month(c.start)
                return "DATE", f"{base.year - 1:04d}-{base.month:02d}" if base else None
            y = self.anchor_year(
                c.start
            )  # "a record last year, up on the comparable period a year before": the year before that
            return "DATE", str((y if y is not None else self.dct.year) - 1)
        if u == "quarter":
            return "DATE", self._quarter(self.dct, -4)
        day = self.anchor_day(c.start)
        if day is None:
            return "DATE", None
        if u == "week":
            return "DATE", _week(day - dt.timedelta(weeks=52))
        return "DATE", day.replace(
            year=day.year - 1, day=min(day.day, 28 if day.month == 2 else 31)
        ).isoformat()

    def n_weekday(self, c: Candidate, g: dict) -> tuple[str, str | None]:
        wd = self.r.weekdays[g["wd"].lower()]
        rel = (g.get("rel") or "").lower()
        shared = _SHARED_POD.match(self.text, c.end) if not (rel or g.get("pod")) else None
        if shared and shared.group(1).lower() in self.r.weekdays:
            # "on Friday and Saturday nights": the plural part of day is both days'
            return "SET", f"XXXX-WXX-{wd}T{self.r.parts_of_day[shared.group(2).lower()]}"
        if rel in {"early", "late", "earlier", "later"}:
            rel = ""
        if self.dct is None:
            val = f"XXXX-WXX-{wd}"
            return (
                ("TIME", val + "T" + self.r.parts_of_day[g["pod"].lower()]) if g.get("pod") else ("DATE", val)
            )
        named = self._apposed_day(c.start, wd) if not rel else None
        clock_day = self._clock_days.get(c.start) if not rel else None
        if named is None and clock_day is not None and clock_day.isoweekday() == wd:
            named = clock_day.isoformat()  # the day a clock time just before it was read with
            if g.get("pod"):
                return "TIME", named + "T" + self.r.parts_of_day[g["pod"].lower()]
        if named is not None:
            return "DATE", named  # "on 9 October last year, a Sunday": the weekday of that date
        # "the previous Friday" names its anchor: the day just mentioned, though a paragraph back
        base = (
            self.anchor_day(c.start, reach=_ANAPHOR_REACH, fallback=False)
            if rel in {"the previous", "the following"}
            else None
        )
        if base is None and rel in {"the previous", "the following"}:
            if rel == "the following" and self.tense(c.start, c.end) in {"past", "perfect"}:
                # "The following Monday, the director testified" after an undated event: no day
                return ("TIME", None) if g.get("pod") else ("DATE", None)
            base = self.dct
        start_day = None if rel else self._range_start(c.start)
        if start_day is not None:
            # "from Tuesday to Thursday": a range's end is on or after its start
            d = start_day + dt.timedelta(days=(wd - start_day.isoweekday()) % 7 or 7)
        elif base is not None:
            # "the previous Friday": before the day just mentioned (else before today)
            if rel == "the previous":
                d = base - dt.timedelta(days=(base.isoweekday() - wd) % 7 or 7)
            else:
                d = base + dt.timedelta(days=(wd - base.isoweekday()) % 7 or 7)
        else:
            tense = self.tense_or_cue(c)
            if (
                not rel
                and _POSSESSIVE_S.match(self.text, c.end)
                and not _AHEAD_OF.search(self.text, max(0, c.start - 30), c.start)
            ):
                # "Sunday's detentions", "Friday's close": news names a day's event by the day once it
                # has happened, whatever the clause around it says next
                tense = "past"
            d = self.resolve_wd(wd, tense, rel)
        val = d.isoformat() if d else None
        if g.get("pod") and val:
            return "TIME", val + "T" + self.r.parts_of_day[g["pod"].lower()]
        return "DATE", val

    def _restricted_day(self, start: int, end: int) -> bool:
        """Whether "the day" is pinned by what follows to an event other than the publication day.

        A relative clause ("the day the mayor was elected"), an "of" phrase ("the day of the
        vote") or "before"/"after" with no date ("the day before announcing it") names the day by
        its event. In a past or future clause that day is not the publication date; in the
        present ("the ruling lands the day after ...") it is, and "the day" keeps that value.
        """
        if self.doc is None:
            return False
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return False
        day = span[-1]
        nxt = self.doc[day.i + 1] if day.i + 1 < len(self.doc) else None
        relcl = [k for k in day.children if k.dep_ in {"relcl", "acl"} and k.i > day.i]
        of_event = (
            nxt is not None
            and nxt.lower_ == "of"
            and any(
                k.dep_ == "pobj" and k.pos_ in {"NOUN", "PROPN"} and not k.ent_type_ for k in nxt.children
            )
        )
        around = (
            nxt is not None
            and nxt.lower_ in {"before", "after"}
            and nxt.i + 1 < len(self.doc)
            and self.doc[nxt.i + 1].ent_type_ not in {"DATE", "TIME"}
            and self.doc[nxt.i + 1].pos_ not in {"PUNCT", "CCONJ"}
        )
        if not (relcl or of_event or around):
            return False
        tense = self.tense(start, end)
        if tense in {"past", "perfect"} or (tense == "future" and not around):
            return True
        # a headline-like fragment with no verb of its own: the clause's tense tells
        return (
            not around
            and tense is None
            and any(verb_tense(k) in {"past", "perfect", "future"} for k in relcl)
        )

    def _apposed_day(self, start: int, wd: int) -> str | None:
        """The day date just before ``start`` that "…, a Monday" describes, if it falls on ``wd``."""
        if not self.days:
            return None
        pos, val = self.days[-1]
        if not _APPOSED_WEEKDAY.fullmatch(self.text, self._day_ends.get(pos, start), start):
            return None
        try:
            return val[:10] if dt.date.fromisoformat(val[:10]).isoweekday() == wd else None
        except ValueError:
            return None

    def _range_start(self, start: int) -> dt.date | None:
        """The day that opens a range ending at ``start`` ("Tuesday to", "Monday through")."""
        if not self.days or not _RANGE_LINK.fullmatch(self.text, self.days[-1][0], start):
            return None
        try:
            return dt.date.fromisoformat(self.days[-1][1][:10])
        except ValueError:
            return None

    def _noun_year(self, start: int, end: int) -> int | None:
        """The year written before a noun that the span dates through a preposition."""
        found = self._prep_object(start, end)
        if found is None or found[1].i == 0:
            return None
        span, prep = found
        noun = prep.head
        if noun.pos_ not in {"NOUN", "PROPN"} or noun.i > span.start:
            noun = self.doc[
                prep.i - 1
            ]  # "speak at the 2022 Energy Forum on Dec 14": the parse may hang "on" on the verb
            if noun.pos_ not in {"NOUN", "PROPN"}:
                return None
        years = [t for t in noun.lefts if _YEAR_TOKEN.fullmatch(t.text)]
        years += [t for k in noun.lefts for t in k.lefts if _YEAR_TOKEN.fullmatch(t.text)]
        return int(years[0].text) if len(years) == 1 else None

    def _date_range_start(self, start: int) -> dt.date | None:
        """The day that opens a range of dates ending at ``start``: "from May 30 to", "May 30 -",
        "between May 30 and" (a plain "and" lists days; only "between" makes it a range)."""
        if not self.days:
            return None
        pos, val = self.days[-1]
        link = _DATE_RANGE_LINK.fullmatch(self.text, self._day_ends.get(pos, start), start)
        if link is None or (
            link.group(1).lower() == "and" and not _BETWEEN.search(self.text, max(0, pos - 9), pos)
        ):
            return None
        try:
            return dt.date.fromisoformat(val[:10])
        except ValueError:
            return None

    def _day_of(self, word: str | None, c: Candidate) -> dt.date | None:
        if not word:
            tense = self.tense(c.start, c.end)
            past = tense in {"past", "perfect"}
            day = self.anchor_day(c.start, past=past, fallback=False)
            if day is None and past:
                day = self._lead_day()  # "... collided yesterday. [...] The call came at 3 p.m."
            if day is not None and tense == "future" and self.dct is not None and day < self.dct:
                day = None  # "... cleared by 11 p.m. Trains will run at 6 a.m.": not that past day
            return day or self.dct
        w = word.lower()
        if self.dct is None:
            return None
        if w in {"today", "yesterday", "tomorrow"}:
            return self.dct + dt.timedelta(days={"today": 0, "yesterday": -1, "tomorrow": 1}[w])
        return self.resolve_wd(self.r.weekdays[w], self.tense_or_cue(c))

    @staticmethod
    def _hour(g: dict) -> tuple[int, int]:
        h = int(g["h"])
        mi = int(g.get("mi") or 0)
        ampm = (g.get("ampm") or "").lower()
        if ampm.startswith("p") and h < 12:
            h += 12
        if ampm.startswith("a") and h == 12:
            h = 0
        return h, mi

    def n_clock(self, c: Candidate, g: dict) -> tuple[str, str | None]:
        lap = _lap_time(g, self.text, c.start, c.end)
        if lap:
            return "DURATION", lap
        h, mi = self._hour(g)
        after = None if g.get("mon") or g.get("wd") else self.r.date_after_comma.match(self.text, c.end)
        if g.get("mon") or after:
            # "6 p.m. CET March 4", "11:40 UTC, May 2": the day is given after the time
            g2 = after.groupdict() if after else g
            mon, md_n = self._month(g2["mon"]), int(re.match(r"\d+", g2["md"]).group())
            if g2.get("y"):
                md = _fmt_day(int(g2["y"]), mon, md_n)  # "at 11:40 on May 2, 2016"
            else:
                md = self.resolve_md(mon, md_n, self.tense_or_cue(c))
            if not md or not md[:4].isdigit():
                return "TIME", None
            h, mi = self._hour(g)
            tz = (g.get("tz") or "").upper()
            z = "Z" if tz in {"UTC", "GMT"} and not g.get("off") else ""
            return "TIME", f"{md}T{h:02d}:{mi:02d}{z}"
        wd = g.get("wd")
        if not wd:
            # "9:20 a.m. (0620 GMT) Tuesday", "at 3 p.m. on Sunday": a day just after dates the time
            m = self.r.day_after_paren.match(self.text, c.end) or self.r.day_after_range.match(
                self.text, c.end
            )
            wd = m.group("wd") if m else None
        else:
            m = None
        day = self._day_of(wd, c)
        if day is None:
            return "TIME", None
        if m is not None:
            # "at 21:10 local time, Thursday": the weekday, tagged on its own, is this same day
            self._clock_days[m.start("wd")] = day
        tz = (g.get("tz") or "").upper()
        z = "Z" if tz in {"UTC", "GMT"} and not g.get("off") else ""
        return "TIME", f"{day.isoformat()}T{h:02d}:{mi:02d}{z}"

    def n_clockpod(self, c: Candidate, g: dict) -> tuple[str, str | None]:
        """ "4 in the morning", "8:30 in the evening", "11 at night"."""
        h, mi = int(g["h"]), int(g.get("mi") or 0)
        pod = (g.get("pod") or "").lower()
        if pod == "morning":
            h = 0 if h == 12 else h
        elif pod in {"afternoon", "evening"} or (g.get("night") and h >= 6):
            h = h if h == 12 else h + 12
        elif g.get("night") and h == 12:
            h = 0
        day = self._day_of(None, c)
        return "TIME", f"{day.isoformat()}T{h:02d}:{mi:02d}" if day else None

    def n_noon(self, c: Candidate, g: dict) -> tuple[str, str | None]:
        wd = g.get("wd")
        after = None if wd else self.r.date_after_comma.match(self.text, c.end)
        if after and (after.group("y") or self.dct is not None):
            # "at midnight on June 3, 2012": the date that follows is the time's day
            mon, d = self._month(after.group("mon")), int(after.group("md"))
            md = (
                _fmt_day(int(after.group("y")), mon, d)
                if after.group("y")
                else self.resolve_md(mon, d, self.tense_or_cue(c))
            )
            hh = "24:00" if g["w"].lower() == "midnight" else "12:00"
            return "TIME", f"{md}T{hh}" if md and md[:4].isdigit() else None
        if not wd:
            m = self.r.day_after_paren.match(self.text, c.end)  # "at midnight on Saturday"
            wd = m.group("wd") if m else None
        else:
            m = None
        day = self._day_of(wd, c)
        if day is None:
            return "TIME", None
        if m is not None:
            # "at 21:10 local time, Thursday": the weekday, tagged on its own, is this same day
            self._clock_days[m.start("wd")] = day
        hh = "24:00" if g["w"].lower() == "midnight" else "12:00"
        return "TIME", f"{day.isoformat()}T{hh}"

    def n_pod(self, c: Candidate, g: dict) -> tuple[str, str | None] | None:
        rel = re.sub(r"\s+", " ", (g.get("rel") or "").lower())
        pod = g["pod"].lower()
        code = self.r.parts_of_day[pod]
        if not rel and pod != "overnight" and not g.get("wd"):
            return None
        if rel == "the":
            # "placed orders in the morning": the morning of the day just mentioned
            if (
                pod == "overnight"
                or not _POD_PREP.search(self.text, max(0, c.start - 25), c.start)
                or _DAY_NEXT.match(self.text, c.end)  # "in the evening on March 9": that date's
                or not any(0 < c.start - pos <= 250 for pos, _ in self.days)  # no day to hang it on
            ):
                return None
            day = self.anchor_day(c.start)
            return "TIME", f"{day.isoformat()}T{code}" if day else None
        if rel.endswith("that"):
            # "arrests were made that night", "later that evening": the night of the day just told
            if pod == "overnight" or _DAY_NEXT.match(self.text, c.end):
                return None
            day = self.anchor_day(c.start, reach=_ANAPHOR_REACH)
            return "TIME", f"{day.isoformat()}T{code}" if day else None
        if rel in {"the next", "the following"}:
            # "left on May 3 ... the next morning he arrived": that part of the day after the day
            # just told; with no day told, the day after the publication date in a future
            # clause, else no value (the text's own day is not known)
            if pod == "overnight" or _DAY_NEXT.match(self.text, c.end):
                return None
            past = self.tense(c.start, c.end) in {"past", "perfect"}
            day = self.anchor_day(c.start, reach=_ANAPHOR_REACH, past=past, fallback=not past)
            if day is None:
                return "TIME", None
            return "TIME", f"{(day + dt.timedelta(days=1)).isoformat()}T{code}"
        if rel in {"early", "late", "mid"} and _DAY_NEXT.match(self.text, c.end):
            return None  # "during the late evening of Saturday": the day named after it is the expression
        if self.dct is None:
            return "TIME", None
        k = 0
        if (
            rel in {"yesterday"}
            or (rel == "last" and pod in {"night", "evening"})
            or g.get("wd", "")
            and g["wd"].lower() == "yesterday"
        ):
            k = -1
        elif rel == "tomorrow" or (g.get("wd") or "").lower() == "tomorrow":
            k = 1
        elif rel == "last":
            k = -1
        base = self.dct
        if pod == "overnight" and self.tense(c.start, c.end) == "past":
            # "shares fell Friday after overnight losses": the night before the day being told,
            # if that is a day of the past week (an older date is background, not the news day)
            day = self.anchor_day(c.start, past=True)
            k = -1
            if day is not None and 0 < (self.dct - day).days <= 7:
                # before the news day when it qualifies a noun ("overnight losses"), else the
                # night of that day ("kept in a cell overnight after being detained on Sunday")
                base, k = day, (-1 if self._premodifier(c.start, c.end) else 0)
        return "TIME", f"{(base + dt.timedelta(days=k)).isoformat()}T{code}"

    def n_dur(self, c: Candidate, g: dict) -> tuple[str, str | None]:
        u = self.r.unit_of[g["u"].lower()]
        nraw = (g.get("n") or "").lower()
        if nraw == "recent" and u == "year" and not g.get("det"):
            return "DATE", "PAST_REF"  # "in recent years": the recent past, as TimeBank has it
        if (
            nraw == "one"
            and u == "day"
            and not g.get("det")
            and not _DAY_REL.match(self.text, c.end)
            and (
                _MODAL_BEFORE.search(self.text, max(0, c.start - 12), c.start)
                or _CLAUSE_START.search(self.text, max(0, c.start - 12), c.start)
                and self.tense(c.start, c.end) == "future"
            )
        ):
            return "DATE", "FUTURE_REF"  # "the city will one day host the games": someday
        n = self.number(nraw)
        if n is not None and g.get("half"):
            n += 0.5  # "a minute and a half"
        return "DURATION", self.duration(n, u)

    def n_rangefirst(self, c: Candidate, g: dict) -> tuple[str, str | None]:
        return "DURATION", self.duration(self.number(g["n"]), self.r.unit_of[g["u"].lower()])

    def n_vdur(self, c: Candidate, g: dict) -> tuple[str, str | None]:
        u = self.r.unit_of[g["u"].lower()]
        det = re.sub(r"\s+", " ", (g.get("det") or "").lower())
        if det in {"recent", "past"} and u == "year":
            return "DATE", "PAST_REF"
        return "DURATION", self.duration(None, u)

    def n_ahead(self, c: Candidate, g: dict) -> tuple[str, str | None]:
        """ "the weeks ahead": like "the coming weeks", a stretch of unknown length from now."""
        return "DURATION", self.duration(None, self.r.unit_of[g["u"].lower()])

    def n_nthday(self, c: Candidate, g: dict) -> tuple[str, str | None]:
        """ "for a third straight day", "the fifth week in a row": the day (or week) the story
        is about: a day named right after it in the sentence, else the day last told, else the DCT."""
        nxt = _DAY_AFTER.match(self.text, c.end)
        day = self._day_of(nxt.group(1), c) if nxt else None
        if day is None:
            day = self.anchor_day(c.start, past=self.tense(c.start, c.end) in {"past", "perfect"})
        if day is None:
            return "DATE", None
        return "DATE", day.isoformat() if g["u"].lower() == "day" else _week(day)

    def n_long(self, c: Candidate, g: dict) -> tuple[str, str | None]:
        """A one-unit length used as an adjective: "a day-long meeting", "a yearlong inquiry"."""
        return "DURATION", self.duration(1.0, self.r.unit_of[g["u"].lower()])

    def n_set(self, c: Candidate, g: dict) -> tuple[str, str | None]:
        return "SET", self.r.sets[re.sub(r"\s+", " ", g["w"].lower())]

    def n_setn(self, c: Candidate, g: dict) -> tuple[str, str | None]:
        u = g["u"].lower()
        if u in self.r.weekdays:
            pod = g.get("upod")
            tail = f"T{self.r.parts_of_day[pod.lower()]}" if pod else ""  # "every Monday morning"
            return "SET", f"XXXX-WXX-{self.r.weekdays[u]}{tail}"
        if u in self.r.months:
            return "SET", f"XXXX-{self.r.months[u]:02d}"  # "each July"
        if u in self.r.seasons:
            return "SET", f"XXXX-{self.r.seasons[u]}"  # "every winter"
        if u in self.r.parts_of_day:
            if g.get("n") or g.get("other"):
                return "SET", None  # "every other night": no TimeML value for it
            return "SET", f"XXXX-XX-XXT{self.r.parts_of_day[u]}"  # "every night"
        unit = self.r.unit_of[u]
        n = self.number(g.get("n")) if g.get("n") else 1.0  # "every few months": an unknown count
        if n is not None and g.get("other"):
            n *= 2
        return "SET", self.duration(n, unit)

    def n_setwd(self, c: Candidate, g: dict) -> tuple[str, str | None]:
        return "SET", f"XXXX-WXX-{self.r.weekdays[g['wd'].lower()]}"

    def n_setwdpod(self, c: Candidate, g: dict) -> tuple[str, str | None]:
        """ "Tuesday nights", "Sunday mornings": that part of that weekday, week after week."""
        wd = self.r.weekdays[g["wd"].lower()]
        return "SET", f"XXXX-WXX-{wd}T{self.r.parts_of_day[g['pod'].lower()]}"

    def n_anaph(self, c: Candidate, g: dict) -> tuple[str, str | None]:
        # "that same day", "that very year": the same time as "that day", "that year"
        w = re.sub(r"^that (?:same|very) ", "that ", re.sub(r"\s+", " ", g["w"].lower()))
        if w == "the fiscal year":
            # like "the year": a period that "ended" is a length, else the year in force
            if _PERIOD_END.match(self.text, c.end):
                return "DURATION", "P1Y"
            return "DATE", self.shift("year", 0)
        if w in {"the full year", "the entire year", "the whole year"} and self.dct is not None:
            # "sales during the final quarter of 2012 and for the whole year": that year
            y = self._year_in_sentence(c.start)
            return "DATE", str(y) if y is not None else self.shift("year", 0)
        if w in {"year end", "year-end", "year's end", "the full year", "the entire year", "the whole year"}:
            named = _YEAR_JUST_BEFORE.search(self.text, max(0, c.start - 6), c.start)
            return "DATE", named.group(1) if named else self.shift("year", 0)  # "2016 year-end": that year's
        if w in {"the weekend", "this weekend", "last weekend", "next weekend"}:
            if self.dct is None:
                return "DATE", None
            if w == "this weekend":
                return "DATE", _week(self.dct) + "-WE"
            tense = self.tense(c.start, c.end)
            if w == "next weekend" or (w == "the weekend" and tense == "future"):
                return "DATE", self.shift("weekend", 1)
            return "DATE", self.shift("weekend", -1)
        if w == "the year":
            # "for the year ended Sept. 30" is a (fiscal) length; otherwise "the year" is the
            # current calendar year ("a high for the year", "earlier in the year")
            if not g.get("pre") and _PERIOD_END.match(self.text, c.end):
                return "DURATION", "P1Y"
            named = _YEAR_BEFORE.search(self.text, max(0, c.start - 12), c.start)
            if named:
                return "DATE", named.group(1)  # "in 1812, the year of the great flood"
            return "DATE", self.shift("year", 0)
        if w == "the day" and not g.get("pre"):
            if self.days and _APPOSED.fullmatch(
                self.text, self._day_ends.get(self.days[-1][0], c.start), c.start
            ):
                return "DATE", self.days[-1][1][:10]  # "on Nov. 3, the day before the vote": that date
            rel = _DAY_REL.match(self.text, c.end)
            if rel and self.tense(c.start, c.end) in {"past", "perfect"}:
                # "they visited the day after the funeral": a day from the last past day told
                base = self.anchor_day(c.start, reach=_ANAPHOR_REACH, past=True)
                if base is not None and base != self.dct:
                    k = 1 if rel.group(1).lower() == "after" else -1
                    return "DATE", (base + dt.timedelta(days=k)).isoformat()
            if not _IN_THE_DAY.search(self.text, max(0, c.start - 20), c.start) and self._restricted_day(
                c.start, c.end
            ):
                # "on the day the mayor was elected", "the day of the vote", "the day before
                # announcing it": the day of an event the text does not date
                return "DATE", None
        if w in {"the week"}:
            return "DATE", self.shift("week", 0)
        if w == "the month":
            return "DATE", self.shift("month", 0, self.anchor_day(c.start))
        if w == "that month":
            # "closed in March 1994 ... that month": the month just told, however far back
            return "DATE", self.shift("month", 0, self.anchor_month(c.start))
        if w in {"that year"}:
            y = self.anchor_year(c.start, _ANAPHOR_REACH)
            return "DATE", str(y) if y is not None else None
        if w in {"that week"}:
            return "DATE", self.shift("week", 0, self.anchor_week(c.start))
        if w == "that day":
            month = self._month_told_last(c.start)
            if month is not None:
                # "a vote last March ... the ballots were counted that same day": a day of that month
                return "DATE", f"{month[0]}-{month[1]:02d}-XX"
        if w in _NAMED_ANCHOR or (
            w == "the day"
            and _IN_THE_DAY.search(self.text, max(0, c.start - 20), c.start)
            and self.tense(c.start, c.end) in {"past", "perfect"}
        ):
            # "that day", "the next day": the anchor is named, so it may lie a paragraph back;
            # "fell later in the day" in a past story is the day that story is about. A past
            # "the following day" with no day told before it follows an undated event: it is
            # not the day after publication.
            past = self.tense(c.start, c.end) in {"past", "perfect"}
            base = self.anchor_day(
                c.start, reach=_ANAPHOR_REACH, past=past, fallback=not (past and w in _DAY_AFTER_WORDS)
            )
        else:
            base = self.anchor_day(c.start)
        if base is None:
            return "DATE", None
        if w.split()[-1] in {"before", "previous", "prior"} and w.split()[1] in {"year", "month", "week"}:
            # "the year before", "the year previous": one unit before the time just mentioned
            u = w.split()[1]
            if u == "year":
                y = self.anchor_year(c.start)
                return "DATE", str(y - 1) if y is not None else None
            return "DATE", self.shift(
                u, -1, self.anchor_month(c.start) if u == "month" else self.anchor_week(c.start)
            )
        k = {
            "the previous day": -1,
            "a day earlier": -1,
            "the day before": -1,
            "the next day": 1,
            "the following day": 1,
            "a day later": 1,
        }.get(w, 0)
        return "DATE", (base + dt.timedelta(days=k)).isoformat()

    def n_holiday(self, c: Candidate, g: dict) -> tuple[str, str | None] | None:
        if not g["w"][0].isupper() or self._inside_entity(c.start, c.end, _NAME_ENTS):
            return None  # "Easter Island", "the Christmas Charity": part of a name
        spec = self.r.holidays[re.sub(r"\s+", " ", g["w"].lower()).replace("’", "'")]
        if "home" in spec and self._owned_by_other(c.start, spec["home"]):
            return None  # "Ukraine's Independence Day", "Mexican Independence Day": not the US one

        def on(y: int) -> dt.date | None:
            if "easter" in spec:
                easter = _julian_easter(y) if spec.get("julian") else _easter(y)
                return easter + dt.timedelta(days=spec["easter"])
            if "day" in spec:
                try:
                    return dt.date(y, spec["month"], spec["day"])
                except ValueError:
                    return None
            day = _nth_weekday(y, spec["month"], spec["weekday"], spec["nth"])
            return day + dt.timedelta(days=spec.get("offset", 0)) if day else None

        def value(d: dt.date | None) -> str | None:
            if d is None:
                return None
            return _week(d) if g.get("wk") else d.isoformat()  # "Easter week": the week holding it

        if g.get("y"):
            return "DATE", value(on(int(g["y"])))
        year_after = _IN_YEAR.match(self.text, c.end)
        if year_after and not g.get("rel"):
            return "DATE", value(on(int(year_after.group(1))))  # "born on Christmas Day in 1964"
        if self.dct is None:
            return "DATE", None
        rel_year = _REL_YEAR_AFTER.match(self.text, c.end)
        if rel_year and not g.get("rel"):
            # "on Black Friday this year": the year named next to it, however far ahead
            shift = {"last": -1, "this": 0, "next": 1}[rel_year.group(1).lower()]
            return "DATE", value(on(self.dct.year + shift))
        rel = (g.get("rel") or "").lower()
        tense = {"last": "past", "next": "future"}.get(rel) or _HOLIDAY_TENSE.get(self.tense_or_cue(c))
        y = self.dct.year
        this = on(y)
        if this is None:
            return "DATE", None
        if tense == "nearest":
            # "the sale had been due to start on Black Friday": the occurrence nearest publication
            near = [d for d in (on(y - 1), this, on(y + 1)) if d is not None]
            return "DATE", value(min(near, key=lambda d: abs((d - self.dct).days)))
        if tense is None:
            # "the holiday is drawing near": with no past or future verb, this year's
            # holiday if it is at most two months off, else the last one (as for a bare month)
            tense = "future" if 0 <= (this - self.dct).days <= _HOLIDAY_AHEAD else "past"
        if g.get("wk") and not rel and _week(this) == _week(self.dct):
            return "DATE", value(this)  # the holiday's week is under way
        if tense == "past" and this > self.dct:
            this = on(y - 1)
        elif tense == "future" and this < self.dct:
            this = on(y + 1)
        return "DATE", value(this)


# --------------------------------------------------------------------------------------------
# Syntax helpers (tense, governing verb)
# --------------------------------------------------------------------------------------------


def _adjunct_of(tok: Token, verb: Token) -> bool:
    """Whether ``tok`` hangs from ``verb`` directly or through one preposition."""
    head = tok.head
    return head.i == verb.i or (head.dep_ == "prep" and head.head.i == verb.i)


def _outside_brackets(text: str, start: int, end: int, at: int) -> bool:
    """Whether ``start:end`` lies in brackets that ``at`` (a verb's offset) is outside of:
    "the forum (on June 3-5), the office said" dates the noun, not the saying."""
    opened = text.rfind("(", max(0, start - _BRACKET_REACH), start)
    if opened < 0 or ")" in text[opened:start]:
        return False
    closed = text.find(")", end, end + _BRACKET_REACH)
    return closed >= 0 and "(" not in text[end:closed] and not opened < at < closed


_NEGATIVE_WORDS = frozenset({"nothing", "nobody", "none", "never", "neither"})


def _negative_argument(tok: Token) -> bool:
    """Whether a verb's dependent negates the clause: "heard nothing until ...", "no word came until ..."."""
    if tok.lower_ in _NEGATIVE_WORDS:
        return True
    return tok.dep_ in {"dobj", "nsubj", "nsubjpass"} and any(
        d.dep_ == "det" and d.lower_ == "no" for d in tok.children
    )


def governing_verb(tok: Token) -> Token | None:
    """The verb (or auxiliary) that ``tok`` hangs from, walking up at most six heads."""
    for _ in range(7):
        if tok.pos_ in {"VERB", "AUX"} or _noun_tagged_verb(tok):
            return tok
        if tok.head.i == tok.i:
            break
        tok = tok.head
    return tok if tok.pos_ in {"VERB", "AUX"} else None


def _noun_tagged_verb(tok: Token) -> bool:
    """Whether a plural-noun tag hides a present verb heading a clause of its own ("when the
    minister visits on May 3": "visits" has a subject and hangs as a clause)."""
    return (
        tok.tag_ == "NNS"
        and tok.dep_ in {"advcl", "relcl", "ccomp"}
        and any(c.dep_ == "nsubj" for c in tok.children)
    )


def verb_tense(verb: Token) -> str | None:
    """'past', 'future', 'perfect' or None (present/unknown) for a verb.

    Reads the verb's morphology and auxiliaries; a non-finite verb ("clinging", "to visit")
    takes the tense of the verb it depends on.
    """
    if _noun_tagged_verb(verb):
        return None  # an -s form: the simple present
    if _expects_ahead(verb):
        return "future"  # only the verb itself: "is hoping to ..., already meeting him in May" keeps its past
    for _ in range(3):
        t = _own_tense(verb)
        if t is not None:
            return t
        finite = verb.tag_ in {"VBD", "VBZ", "VBP", "MD"} or any(
            c.dep_ in {"aux", "auxpass"} for c in verb.children
        )
        if (
            finite
            or verb.dep_ not in {"xcomp", "advcl", "acl", "relcl", "conj", "pcomp", "ccomp", "pobj", "acomp"}
            or verb.head.i == verb.i
        ):
            return None
        head = verb.head
        for _ in range(8):  # spaCy makes a new Token object per access: compare indices
            if head.pos_ in {"VERB", "AUX"} or head.head.i == head.i:
                break
            head = head.head
        if head.pos_ not in {"VERB", "AUX"}:
            return None
        verb = head
    return None


def _expects_ahead(verb: Token) -> bool:
    """Whether a present verb of expecting dates what it governs ahead: "shops expect crowds on
    Friday", "police are bracing for protests on Sunday", "heavy traffic is likely on Saturday"."""
    words = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    # the tagger may read "hoping" as a form of "hop"
    if (verb.lemma_ in _EXPECTING or verb.lower_ == "hoping") and (
        (verb.tag_ in {"VBP", "VBZ"} and not (words - {"do", "does"}))
        or (verb.tag_ == "VBG" and words and words <= _PRESENT_BE)
    ):
        return True
    return (
        verb.lemma_ == "be"
        and verb.tag_ in {"VBP", "VBZ"}
        and any(c.dep_ == "acomp" and c.lower_ in _LIKELY for c in verb.children)
    )


def _own_tense(verb: Token) -> str | None:
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if verb.tag_ == "VBD":
        # a modal takes a bare verb: before a past form ("May spoke to ...") it is a name misread
        auxes = [a for a in auxes if a.lower_ not in _MODALS]
    if any(a.lower_ in _MODALS for a in auxes) and not any(a.lemma_ == "have" for a in auxes):
        return "future"  # "can take part in the summit in April"
    lemma = "slate" if verb.lower_ == "slated" else verb.lemma_  # the tagger may read "slat"
    if lemma in {"schedule", "plan", "slate", "due"} and verb.tag_ == "VBN":
        if verb.dep_ == "acl" and not auxes:
            # "a service planned for Saturday was cancelled": the plan is over; the outer
            # clause's past tense applies (verb_tense climbs to it)
            outer = governing_verb(verb.head) if verb.head.i != verb.i else None
            if outer is not None and outer.i != verb.i and _own_tense(outer) == "past":
                return None
        return "future"  # "a hearing has been scheduled for June 3"
    if (
        verb.lemma_ in {"schedule", "plan"}
        and verb.tag_ == "VBD"
        and not auxes
        and not any(c.dep_ == "xcomp" for c in verb.children)
    ):
        return "future"  # "protesters planned a march on Saturday": what is planned lies ahead
    if (
        lemma in {"plan", "schedule", "prepare"}
        and verb.tag_ == "VBG"
        and any(a.lower_ in {"is", "are", "am", "'re", "'s"} for a in auxes)
    ):
        return "future"  # "farmers are planning a rally on May 20": the plan lies ahead
    words = {a.lower_ for a in auxes}
    if words & _FUTURE_AUX:
        return "future"
    head = verb.head
    if verb.dep_ in {"xcomp", "ccomp"} and head.i != verb.i:
        if (
            head.lemma_ in _FUTURE_LEMMAS
            and head.tag_ == "VBN"
            and any(c.dep_ == "auxpass" and c.lower_ in {"was", "were"} for c in head.children)
        ):
            return "nearest"  # "was scheduled to arrive Tuesday": a plan reported as past may have passed
        if (head.lemma_ in _FUTURE_LEMMAS or head.lower_ == "going") and not (
            verb.dep_ == "ccomp" and verb.tag_ == "VBD"
        ):
            # "expects to sign in May"; but "we lost ground in June; we are going to ..." keeps its past
            return "future"
        hw = {c.lower_ for c in head.children if c.dep_ in {"aux", "auxpass"}}
        if hw & _FUTURE_AUX and verb.dep_ == "xcomp":
            return "future"
    if verb.lower_ == "going" and any(c.dep_ == "xcomp" for c in verb.children):
        return "future"
    if "going" in words:
        return "future"
    if (
        words == {"to"}
        and verb.dep_ == "xcomp"
        and head.lemma_ == "be"
        and head.tag_ in {"VBZ", "VBP"}
        and head.i < verb.i
    ):
        return "future"  # "the shares are to resume trading Tuesday": an arrangement ahead
    if any(a.lemma_ == "be" and a.i + 1 < len(a.doc) and a.doc[a.i + 1].lower_ == "to" for a in [verb]):
        return "future"
    if "Past" in verb.morph.get("Tense") and verb.tag_ == "VBD":
        return "past"
    for a in auxes:
        if "Past" in a.morph.get("Tense"):
            return "past"
    if any(a.lemma_ == "have" for a in auxes):
        return "perfect"
    if (
        verb.tag_ == "VBN"
        and not auxes
        and verb.dep_ not in {"acl", "advcl", "xcomp", "pobj", "pcomp", "amod", "acomp", "ccomp"}
    ):
        # "announced Monday"; a participle modifier ("a summit set for April") has no tense, and
        # one after a copula ("I am committed to ...") takes the copula's
        return "past"
    if verb.tag_ == "VBD":
        return "past"
    if (
        verb.tag_ == "VBN"
        and verb.dep_ in {"acl", "advcl"}
        and not auxes
        and verb.lower_ not in _SCHEDULED
        and verb.lemma_ not in _FUTURE_LEMMAS
        and verb.lemma_ != "follow"  # "the vote on May 2, followed by a runoff on May 16": a sequence
    ):
        return "past"  # "the ruling, announced Wednesday, ...": a reduced relative clause reports
    return None


# --------------------------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------------------------


def find_times(
    text: str, published: dt.date | None, rules: TimeRules, doc: Doc | None = None
) -> list[tuple[int, int, str, str | None, str | None]]:
    """``(start, end, type, value, mod)`` for every time expression in ``text``.

    ``doc`` (a parsed spaCy Doc over the same text) supplies the tense that partial dates
    need; without it they fall in the publication year.
    """
    if published is None:
        published = dateline(text, rules)
    res = _Resolver(rules, doc, text, published)
    out = []
    for c in rules.find(text):
        norm = res.normalize(c)
        if norm is None:
            continue
        typ, val, mod = norm
        start = c.start
        det = _LEADING_DET.match(text, c.start, c.end)
        if det and "-" in text[c.start : c.end].split()[-1] and res._premodifier(det.end(), c.end):
            start = det.end()  # "the third-quarter loss": the article belongs to the noun
        start = _past_comparative(text, start, c)
        end = c.end
        if typ == "DURATION" and c.kind == "dur" and text[start : start + 4].lower() not in {"the ", "over"}:
            over = _OVER_COUNT.search(text, max(0, start - 20), start)
            start = over.start(1) if over else start
        if typ in {"DATE", "DURATION"} and c.kind in {"dur", "vdur", "relunit", "month", "season"}:
            approx = _OR_SO.match(text, end)
            end = approx.end() if approx else end  # "the next year or so": the hedge is part of it
        if typ == "DATE":
            start, val = _eve_of(text, start, end, val)
        out.append((start, end, typ, val, mod))
    return _merge_offsets(text, out)


def _eve_of(text: str, start: int, end: int, val: str | None) -> tuple[int, str | None]:
    """ "the eve of Christmas", "on the eve of May 9": the day before, as one expression. A day
    owning a noun ("the eve of Friday's vote") stays as it is: the eve is the noun's."""
    eve = _EVE_BEFORE.search(text, max(0, start - 20), start)
    if eve is None or precision_of(val) != "day" or _POSSESSIVE_AFTER.match(text, end):
        return start, val
    try:
        return eve.start(), (dt.date.fromisoformat(str(val)[:10]) - dt.timedelta(days=1)).isoformat()
    except (ValueError, OverflowError):
        return start, val


def _a_paper(word: str, text: str, end: int, prev: str, calendar: set[str]) -> bool:
    """Whether "daily"/"weekly" names a newspaper: before its name, or after an article as subject.

    ``calendar`` holds the weekday and month names ("open daily Monday to Friday" stays a set).
    """
    if word not in _PAPER_WORDS:
        return False
    nxt = _NEXT_WORD.match(text, end)
    if _NAME_WORD_AFTER.match(text, end) and nxt and nxt.group(1).lower() not in calendar:
        return True  # "the state-run daily Borba"
    return prev in {"the", "a", "another"} and _PAPER_VERB_AFTER.match(text, end) is not None


def _a_drop(g: dict, before: str, text: str, end: int) -> bool:
    """Whether "the fall" is a decline: not after a preposition, and followed by "in"/"from"."""
    if g.get("pre") or g.get("y") or not _FALL_IN_FROM.match(text, end):
        return False
    words = before.split()
    if not g.get("rel"):  # the article may lie outside the match: "... the | fall in"
        if not words or words[-1].lower() != "the":
            return False
        words = words[:-1]
    elif g["rel"].lower() != "the":
        return False
    return not words or words[-1].lower() not in _SEASON_PREPS


def _lap_time(g: dict, text: str, start: int, end: int) -> str | None:
    """The DURATION value of a race or elapsed time ("a time of 2:05:41", "won in 1:58:12").

    Hours (under ten), minutes and seconds with no a.m./p.m., zone or day, and not after
    "at"/"by"/"until", are a length; anything else stays a clock reading (``None``).
    """
    if not g.get("s") or g.get("ampm") or g.get("tz") or g.get("wd") or g.get("mon"):
        return None
    if _CLOCK_CUE_BEFORE.search(text, max(0, start - 12), start) or _CLOCK_CUE_AFTER.match(text, end):
        return None
    h, mi, sec = int(g["h"]), int(g.get("mi") or 0), int(g["s"])
    if not 0 < h < 10:
        return None  # "10:42:07" reads more often as a clock than as a race time
    return "PT" + "".join(f"{n}{u}" for n, u in ((h, "H"), (mi, "M"), (sec, "S")) if n)


def _past_comparative(text: str, start: int, c: Candidate) -> int:
    """The start of a weekday after "earlier"/"later" ("Earlier Friday" tags "Friday")."""
    if c.kind != "weekday":
        return start
    lead = _COMPARATIVE_LEAD.match(text, start, c.end)
    return lead.end() if lead else start


def dateline(text: str, rules: TimeRules, lines: int = 3) -> dt.date | None:
    """The calendar date written alone on one of the first ``lines`` lines of ``text``, if any.

    A story without publication metadata often carries its date under the headline; that
    line is the best reference time there is.
    """
    pos = 0
    for _ in range(lines):
        nl = text.find("\n", pos)
        end = len(text) if nl < 0 else nl
        line = text[pos:end].strip(" \t-\u2013\u2014,.")
        if 6 <= len(line) <= 40:
            found = [c for c in rules.find(line) if c.kind in _DATELINE_KINDS]
            if found and found[0].start == 0 and found[0].end == len(line):
                val = _Resolver(rules, None, line, None).normalize(found[0])
                if val and val[1] and precision_of(val[1]) == "day":
                    return dt.date.fromisoformat(val[1])
        if nl < 0:
            break
        pos = nl + 1
    return None


_YEAR_TOKEN = re.compile(r"(?:1[5-9]|20)\d\d")
_LATE_STAMP = 2  # days a past-tense date may lie after the publication date
_HOLIDAY_AHEAD = 62  # days: a holiday this near ahead is the coming one, whatever the tense
# the clause's reading of a date (``tense_or_cue``) as a holiday's direction: a plan, a schedule or
# "until/by" points ahead, a perfect looks back; the rest is left to the two-month window
_HOLIDAY_TENSE = {
    "future": "future",
    "future_strict": "future",
    "cue": "future",
    "past": "past",
    "past_strict": "past",
    "until_past": "past",
    "perfect": "past",
    "nearest": "nearest",
}
_LEAD_DAY_REACH = 7  # days before publication: the story's lead day is still its news day
_EVE_BEFORE = re.compile(r"\bthe\s+eve\s+of\s+$", re.IGNORECASE)
_POSSESSIVE_AFTER = re.compile(r"['\u2019]s\b")
_APPOSED_REACH = 40  # characters: a day told just before, in the same breath
_DATELINE_KINDS = frozenset({"iso", "mdy", "dmy"})
_OFFSET_HEAD = re.compile(r"(?:the\s+)?(?P<u>day|week|month)", re.IGNORECASE)
_OFFSET_LINK = re.compile(r"\s+(?P<dir>before|after)\s+", re.IGNORECASE)


def _merge_offsets(
    text: str, found: list[tuple[int, int, str, str | None, str | None]]
) -> list[tuple[int, int, str, str | None, str | None]]:
    """Join "the day before" / "the week after" to the date that follows: one expression.

    "the day before last Tuesday's hearing" is the Monday before that Tuesday, "the week
    after Christmas" the week following it; the parts alone would be wrong twice.
    """
    out: list[tuple[int, int, str, str | None, str | None]] = []
    i = 0
    while i < len(found):
        cur = found[i]
        nxt = found[i + 1] if i + 1 < len(found) else None
        head = _OFFSET_HEAD.fullmatch(text, cur[0], cur[1])
        link = _OFFSET_LINK.fullmatch(text, cur[1], nxt[0]) if head and nxt else None
        if link and nxt and nxt[2] == "DATE" and precision_of(nxt[3]) == "day" and nxt[3]:
            sign = 1 if link.group("dir").lower() == "after" else -1
            day = dt.date.fromisoformat(nxt[3])
            unit = head.group("u").lower()
            step = dt.timedelta(days=sign) if unit == "day" else dt.timedelta(weeks=sign)
            try:
                if unit == "month":
                    y, m = _add_months(day.year, day.month, sign)  # "the month before Christmas"
                    val: str | None = f"{y:04d}-{m:02d}" if 0 < y < 10000 else None
                else:
                    val = (day + step).isoformat() if step.days in (1, -1) else _week(day + step)
            except OverflowError:  # past year 1 or 9999: keep the expression, unnormalized
                val = None
            out.append((cur[0], nxt[1], "DATE", val, None))
            i += 2
            continue
        out.append(cur)
        i += 1
    return out


def extract_times(ctx: DocContext) -> Iterator[TimeExpr]:
    """The pipeline stage: TIMEX3 records for the document, ids T1, T2, ... in text order."""
    rules: TimeRules = ctx.resources.time_rules
    text = ctx.text  # Doc.text is rebuilt on every access
    for i, (s, e, typ, val, mod) in enumerate(find_times(text, ctx.published, rules, ctx.doc), start=1):
        yield TimeExpr(id=f"T{i}", text=text[s:e], span=[s, e], type=typ, value=val, mod=mod)


def _dating_index(ctx: DocContext) -> tuple[list[tuple[int, int, str, str]], list[int]]:
    """Calendar dates among ``ctx.times`` and paragraph starts, built once per document."""
    key = "dyad.time.dating_index"
    cached = ctx.extras.get(key)
    if cached is not None and cached[0] is ctx.times and cached[1] == len(ctx.times):
        return cached[2], cached[3]
    dated = []
    for t in ctx.times:
        if t.type not in {"DATE", "TIME"} or not t.value:
            continue
        v = t.value.split("T")[0] if t.type == "TIME" else t.value
        p = precision_of(v)
        if p:
            dated.append((t.span[0], t.span[1], v, p))
    paras = [0] + [m.end() for m in re.finditer(r"\n\s*\n|\n", ctx.text)]
    ctx.extras[key] = (ctx.times, len(ctx.times), dated, paras)
    return dated, paras


def date_for_span(ctx: DocContext, start: int, end: int) -> tuple[str | None, str | None, str]:
    """Date a span of the text (an event trigger, a quote's cue): ``(value, precision, source)``.

    Uses ``ctx.times`` (run the times stage first). In order:

    1. ``"clause"``: a calendar DATE timex (or a TIME, at day precision) in the same sentence.
       Among several, prefer one attached in the dependency tree to the same verb as the span,
       then one whose verb governs the span's verb, then the nearest one. A date inside a
       clause subordinate to the span's verb is skipped ("He said the talks resume on Monday"
       does not date the saying).
    2. ``"narrative"``: the most recent DATE timex of day or month precision in the preceding
       sentences of the same paragraph or in the previous paragraph ("In a phone call ... on
       March 6 ... Blinken said" dates Blinken's statement 2021-03-06).
    3. ``"published"``: the publication date, at day precision; ``(None, None, "published")``
       when the article has no publication date.

    ``value`` is a TimeML date value (``2021-03-06``, ``2020-FA``, ``1994``); ``precision`` is
    one of day, month, season, quarter, week, year, decade, century.
    """
    dated, paras = _dating_index(ctx)
    sent_i = ctx.sentence_index(start)
    same = [d for d in dated if ctx.sentence_index(d[0]) == sent_i]
    best = _best_in_clause(ctx, start, end, same) if same else None
    if best is not None:
        return best[2], best[3], "clause"
    p_i = bisect.bisect_right(paras, start) - 1
    lo = paras[p_i - 1] if p_i > 0 else 0
    if ctx.sentences and sent_i >= _NARRATIVE_REACH:
        # an unparagraphed text (or a long paragraph) is not one scene: look a few sentences back
        lo = max(lo, ctx.sentences[sent_i - _NARRATIVE_REACH].start_char)
    sent_start = ctx.sentences[sent_i].start_char if ctx.sentences else start
    reports = _reports(ctx, start, end)
    before = [
        d
        for d in dated
        if lo <= d[0] < sent_start
        and d[3] in {"day", "month"}
        and _current(d[2], ctx)
        and not _ahead(d[2], ctx)
        and _scene(ctx, d, reports)
    ]
    # a sentence that names a later time than the story's last date has moved on ("released
    # them since taking office last month" after a paragraph on 2015)
    if before and not any(_month_key(d[2]) > _month_key(before[-1][2]) for d in same):
        d = _main_date(ctx, before)
        if not any(_later_past_day(x[2], d[2], ctx) for x in same) and _tense_fits(ctx, start, end, d[2]):
            return d[2], d[3], "narrative"
    if ctx.published is not None:
        return ctx.published.isoformat(), "day", "published"
    return None, None, "published"


_NARRATIVE_REACH = 3  # sentences back that a narrative date may reach, within the paragraph rule
_LIMIT_PREPS = frozenset({"since", "until", "till", "through"})


def _reports(ctx: DocContext, start: int, end: int) -> bool:
    """Whether the span is a verb that reports a saying ("said", "told", "according to")."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    words: frozenset[str] = ctx.resources.time_rules.report_verbs
    return span.root.lemma_.lower() in words or span[0].lower_ in words


def _scene(ctx: DocContext, d: tuple[int, int, str, str], reports: bool) -> bool:
    """Whether a date of an earlier sentence may date a later span (cached per date): it sets
    the scene (``_sets_the_scene``), and for a span that reports a saying, it is not inside
    what an earlier sentence reported ("She said the vote went well on Monday. She also said
    ..." leaves the second saying undated)."""
    key = "dyad.time.scene"
    cache = ctx.extras.get(key)
    if cache is None:
        cache = ctx.extras[key] = {}
    got = cache.get(d[0])
    if got is None:
        got = cache[d[0]] = (_sets_the_scene(ctx, d), _in_reported_clause(ctx, d))
    return got[0] and not (reports and got[1])


def _in_reported_clause(ctx: DocContext, d: tuple[int, int, str, str]) -> bool:
    """Whether a date sits in the clause a reporting verb reports ("said the talks failed on
    Monday")."""
    ts = ctx.doc.char_span(d[0], d[1], alignment_mode="expand")
    if ts is None or not len(ts):
        return False
    words: frozenset[str] = ctx.resources.time_rules.report_verbs
    t = ts.root
    for _ in range(12):
        if t.dep_ == "ccomp" and t.head.lemma_.lower() in words:
            return True
        if t.head.i == t.i:
            break
        t = t.head
    return False


def _sets_the_scene(ctx: DocContext, d: tuple[int, int, str, str]) -> bool:
    """Whether a date in an earlier sentence dates that sentence's main line, so that later
    sentences may carry it on. Not: a date inside a relative or participle clause ("the
    count it gave on Monday", "a photo posted on May 2"), a date of a noun that is not an
    adverbial of its verb ("echoed raids on Friday", "Monday's vote ..."
    modifying a subject or object), a date on a pluperfect verb (background: "rents had
    doubled in June"), or a date standing alone in brackets (a link teaser's "(21.06.2019)")."""
    text = ctx.text
    if text[d[0] - 1 : d[0]] == "(" and text[d[1] : d[1] + 1] == ")":
        return False
    ts = ctx.doc.char_span(d[0], d[1], alignment_mode="expand")
    if ts is None or not len(ts):
        return True
    tok = ts.root
    if tok.head.lower_ in _LIMIT_PREPS:
        return False  # "since May 9", "until October": where a state begins or ends
    head = _noun_dated(tok)
    if head is not None:
        # "In a May 4 interview, she argued ...": a noun of an adverbial phrase frames its verb
        if not (head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.pos_ in {"VERB", "AUX"}):
            return False
    t = tok
    for _ in range(12):
        if t.dep_ in {"relcl", "acl"}:
            return False
        if t.head.i == t.i:
            break
        t = t.head
    verb = governing_verb(tok)
    if verb is not None and verb.tag_ == "VBN":
        if any(c.dep_ == "aux" and c.lower_ in {"had", "'d"} for c in verb.children):
            return False
    return True


def _main_date(ctx: DocContext, before: list[tuple[int, int, str, str]]) -> tuple[int, int, str, str]:
    """The narrative date among the last dated sentence's dates: the one on the sentence's main
    verb if any ("she said on Friday the storms hit on Tuesday" sets Friday), else the
    last one."""
    last = before[-1]
    si = ctx.sentence_index(last[0])
    group = [d for d in before if ctx.sentence_index(d[0]) == si]
    if len(group) < 2:
        return last
    for d in reversed(group):
        ts = ctx.doc.char_span(d[0], d[1], alignment_mode="expand")
        verb = governing_verb(ts.root) if ts is not None and len(ts) else None
        if verb is not None and verb.dep_ == "ROOT":
            return d
    return last


def _noun_dated(tok: Token) -> Token | None:
    """The noun a date token modifies ("Monday's vote", "raids on Friday"), or None."""
    head = None
    if tok.dep_ in ("compound", "nummod", "amod", "nmod", "poss"):
        head = tok.head
    elif tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ in {"NOUN", "PROPN"}:
        head = tok.head.head
    if head is None or head.pos_ not in ("NOUN", "PROPN"):
        return None
    return head


def _later_past_day(value: str, narrative: str, ctx: DocContext) -> bool:
    """Whether a date in the span's sentence is a later day than the narrative date and not
    after publication: the sentence tells of something after the carried-over day ("disowned
    Friday's bombing" after a paragraph on Tuesday)."""
    if len(value) < 10 or len(narrative) < 10 or value[4:5] != "-" or narrative[4:5] != "-":
        return False
    v, n = value[:10], narrative[:10]
    if not (v[5:7].isdigit() and v[8:10].isdigit()):
        return False
    return v > n and (ctx.published is None or v <= ctx.published.isoformat())


def _tense_fits(ctx: DocContext, start: int, end: int, value: str) -> bool:
    """Whether the span's tense lets a date of an earlier sentence date it. A past date does
    not date a present, present-perfect ("has faulted") or present-progressive verb (those
    speak of the time of writing); a date after publication dates no other sentence ("will hold
    talks in May" dates neither a later "said" nor a later "will sign", which may come any time)."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return True
    verb = governing_verb(span.root)
    if verb is None:
        return True
    tense = verb_tense(verb)
    pub = ctx.published.isoformat() if ctx.published is not None else None
    if pub is not None and (value[:10] > pub if len(value) >= 10 else _month_key(value) > pub[:7]):
        return False  # "will meet on May 20" (or "polls open in May") is no scene for what follows
    if tense in ("future", "nearest"):
        return True
    if tense == "perfect":
        return False
    if tense is None and _present_finite(verb):
        return False
    return True


def _present_finite(verb: Token) -> bool:
    """A finite verb in the present: "rules", "are held", "is weighing", "argues"."""
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP") for c in verb.children)


def _current(value: str, ctx: DocContext) -> bool:
    """Whether a date is within a year of publication: a story's narrative runs on recent dates,
    and "on March 18, 1871" is history it recalls, not when its later acts were done."""
    if ctx.published is None or not value[:4].isdigit():
        return True
    return abs(int(value[:4]) - ctx.published.year) <= 1


def _ahead(value: str, ctx: DocContext) -> bool:
    """Whether a date is after publication: a deadline or a plan ("must leave by October 31")
    is not when the story's later acts were done."""
    if ctx.published is None:
        return False
    pub = ctx.published.isoformat()
    if len(value) >= 10 and value[4:5] == "-" and value[7:8] == "-":
        return value[:10] > pub
    return _month_key(value) > pub[:7] if len(_month_key(value)) == 7 else False


def _month_key(value: str) -> str:
    """A date value cut to its year and month ("2017-01"), or its year ("2020-FA" -> "2020")."""
    return value[:7] if value[4:5] == "-" and value[5:7].isdigit() else value[:4]


def _dates_a_noun(t: Token, span: Span) -> bool:
    """Whether a date modifies a noun other than the span ("the 1994 ceasefire", "the war of
    2020"), so that it dates that thing, not the span's act."""
    head = None
    if t.dep_ in ("compound", "nummod", "amod", "nmod", "poss"):
        head = t.head
    elif t.dep_ == "pobj" and t.head.lower_ in ("of", "between", "for"):
        head = t.head.head  # "a poll between May and June of next year"
    if head is None or head.pos_ not in ("NOUN", "PROPN"):
        return False
    return not (span.start <= head.i < span.end)


_RELATIVE_TIME = frozenset({"before", "ahead", "prior", "until", "till", "after", "following", "since"})
_OPEN_BEFORE = frozenset({"before", "ahead", "prior", "until", "till"})
_TIME_UNITS = frozenset("minute hour day night week month year weekend".split())


def _dates_a_reference(t: Token, own: Token | None, stop: Token | None) -> bool:
    """Whether a date belongs to the act another is placed before or after: "met X a day
    before the attack on Tuesday", "ahead of the vote on Sunday". Walking up from the date to
    its verb, a relative time word ("before", "ahead of", or "after" with an offset: "two days
    after") that does not govern the date directly means the date is the reference act's; the
    span's own token on the way (the attack itself) keeps it."""
    x = t
    for _ in range(8):
        h = x.head
        if h.i == x.i or (stop is not None and h.i == stop.i):
            break
        if own is not None and h.i == own.i:
            return False
        if h.i != t.head.i and _relative_time(h):
            return True
        x = h
    # "met X a day before the assault on Friday", with "on Friday" hung on the verb: the date
    # right after the phrase of the act it is placed before is that act's
    p = t.head
    if p.dep_ != "prep" or p.head.i == p.i:
        return False
    for sib in p.head.children:
        if sib.i < p.i and _relative_time(sib) and max(x.i for x in sib.subtree) == p.i - 1:
            return own is None or not any(x.i == own.i for x in sib.subtree)
    return False


def _relative_time(h: Token) -> bool:
    """A word placing an act relative to another: "before", "ahead of", or "after" with an
    offset ("two days after"); a plain "after the talks" is about the same time."""
    low = h.lower_
    if low not in _RELATIVE_TIME or h.pos_ not in {"ADP", "SCONJ", "ADV"}:
        return False
    return (
        low in _OPEN_BEFORE
        or any(c.dep_ == "npadvmod" for c in h.children)
        or h.head.lemma_.lower() in _TIME_UNITS
    )


def _relative_clause(verb: Token, above: Token) -> Token | None:
    """The relative clause between a verb and a verb above it, if any ("Putin, who met X, said
    on Tuesday ..."): the main clause's date does not date what the relative clause recalls. A
    participle ("a letter requesting ...") shares its clause's time."""
    x = verb
    while x.i != above.i and x.head.i != x.i:
        if x.dep_ == "relcl":
            return x
        x = x.head
    return None


def _best_in_clause(
    ctx: DocContext, start: int, end: int, cands: list[tuple[int, int, str, str]]
) -> tuple[int, int, str, str] | None:
    """The date of the span's clause among the sentence's dates, or None.

    Rank: attached to the span's own verb, then to a verb governing it, then elsewhere in the
    sentence (nearest first). A date inside a clause subordinate to the span's verb ("He added
    that Azerbaijan routed Armenia last fall") does not date that verb.
    """
    doc = ctx.doc
    span = doc.char_span(start, end, alignment_mode="expand")
    verb = governing_verb(span.root) if span is not None and len(span) else None
    ranked = []
    for d in cands:
        ts = doc.char_span(d[0], d[1], alignment_mode="expand")
        if ts is not None and len(ts) and span is not None and _dates_a_noun(ts.root, span):
            continue  # "violated the 1994 ceasefire": the date belongs to the ceasefire
        if ts is not None and len(ts) and ts.root.head.lower_ == "since":
            continue  # "in decline since 2011": where a state began, not when the act was done
        tv = governing_verb(ts.root) if ts is not None and len(ts) else None
        if (
            ts is not None
            and len(ts)
            and _dates_a_reference(ts.root, span.root if span is not None and len(span) else None, tv)
        ):
            continue  # "a day before the attack on Tuesday": the attack's date
        rank = 2
        if verb is not None and tv is not None:
            if tv == verb:
                rank = 0
            elif tv in verb.ancestors:
                rank = 1
                rel = _relative_clause(verb, tv)
                if rel is not None:
                    # "X, who met Y, said on Tuesday": the meeting is not dated by it; but a date
                    # right after the clause is its own, hung on the main verb by the parser
                    first = ts.root.head.i if ts.root.head.dep_ == "prep" else ts.start
                    if first != max(x.i for x in rel.subtree) + 1:
                        continue
                    rank = 0
            elif verb in tv.ancestors:
                continue
            elif tv.dep_ in ("relcl", "acl"):
                continue  # "X, who took office in 2017, said ...": the date describes X
        ranked.append((rank, min(abs(d[0] - end), abs(start - d[1])), d))
    return min(ranked, key=lambda x: (x[0], x[1]))[2] if ranked else None


__all__ = [
    "TimeRules",
    "date_for_span",
    "extract_times",
    "find_times",
    "governing_verb",
    "precision_of",
    "verb_tense",
]
