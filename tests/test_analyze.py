"""Analyses over hand-built records, checked against counts made by hand.

The fixture (tests/store_helpers.py, ``mediation_corpus``) holds 13 events in 4 articles.
Counted events exclude the negated one (m2/E3) and the hypothetical one (m4/E2):

    m1 2020-10-02  USAGOV->ARMGOV 042 +1.9 q1 | USAGOV->AZEGOV 111 -2.0 q3
    m2 2020-10-20  USAGOV->ARMGOV 040 +1.0 q1 | AZEGOV->USAGOV 040 +1.0 q1 | (USAGOV->AZEGOV 040 negated)
    m3 2021-03-06  USAGOV->ARMGOV 041 +1.0 q1 | USAGOV->AZEGOV 130 -4.4 q3 (threatened) | RUSGOV->AZEGOV 040
                   USAGOV->FRAGOV 040 +1.0 q1 | USAGOV(Dalan)->AZEGOV 106 -5.0 q3 (inside Dalan's quote)
    m4 2021-06-01  USAGOV->AZEGOV 051 +3.4 q1 | (USAGOV->AZEGOV 070 hypothetical) | ARMGOV->USAGOV 111 -2.0 q3
"""

from __future__ import annotations

import math

import pytest
from store_helpers import mediation_corpus

from dyad.analyze import balance, dyad_series, engagement, ols_trend, plot, stance
from dyad.analyze.regions import load_region_groups, resolve_region
from dyad.errors import AnalysisError, LexiconError
from dyad.store import Store


@pytest.fixture(scope="module")
def store():
    with Store(":memory:") as st:
        st.write(mediation_corpus())
        st.rebuild_stories(3)
        yield st


def _cell(res, period, direction):
    return next(r for r in res.rows if r["period"] == period and r["direction"] == direction)


# -- dyad ----------------------------------------------------------------------------------------


def test_dyad_by_year(store):
    res = dyad_series(store, "USA", "AZE", by="year")
    assert [(r["period"], r["direction"]) for r in res.rows] == [
        ("2020", "USA->AZE"),
        ("2020", "AZE->USA"),
        ("2021", "USA->AZE"),
        ("2021", "AZE->USA"),
    ]
    c = _cell(res, "2020", "USA->AZE")
    assert (c["events"], c["verbal_conflict"], c["goldstein_sum"], c["goldstein_mean"]) == (1, 1, -2.0, -2.0)
    c = _cell(res, "2020", "AZE->USA")
    assert (c["events"], c["verbal_coop"], c["goldstein_sum"]) == (1, 1, 1.0)
    c = _cell(res, "2021", "USA->AZE")  # 130, 106 and 051; the hypothetical 070 is left out
    assert (c["events"], c["verbal_coop"], c["verbal_conflict"], c["material_conflict"]) == (3, 1, 2, 0)
    assert c["goldstein_sum"] == pytest.approx(-6.0)
    assert c["goldstein_mean"] == pytest.approx(-2.0)
    c = _cell(res, "2021", "AZE->USA")
    assert (c["events"], c["goldstein_mean"], c["goldstein_sum"]) == (0, None, 0.0)
    tot = res.summary["totals"]
    assert tot["USA->AZE"]["events"] == 4 and tot["USA->AZE"]["goldstein_sum"] == pytest.approx(-8.0)
    assert tot["AZE->USA"]["events"] == 1


def test_dyad_by_month_fills_empty_periods(store):
    res = dyad_series(store, "USA", "AZE", by="month")
    periods = list(dict.fromkeys(r["period"] for r in res.rows))
    assert periods[0] == "2020-10" and periods[-1] == "2021-06" and len(periods) == 9
    assert _cell(res, "2020-10", "USA->AZE")["events"] == 1
    assert _cell(res, "2021-01", "USA->AZE")["events"] == 0


@pytest.mark.parametrize(
    ("a", "b", "kw", "a_to_b", "b_to_a"),
    [
        ("USA", "AZE", {"by": "quarter"}, 4, 1),
        ("USAGOV", "ARMGOV", {"by": "year"}, 3, 1),
        ("USA", "ARM,AZE", {"by": "year"}, 7, 2),
        ("USA", "AZE", {"by": "year", "since": "2021-01-01"}, 3, 0),
        ("USA", "AZE", {"by": "year", "until": "2020-12-31"}, 1, 1),
        ("USA", "AZE", {"by": "year", "unit": "stories"}, 4, 1),
        ("RUS", "ARM", {"by": "year"}, 0, 0),
    ],
)
def test_dyad_totals(store, a, b, kw, a_to_b, b_to_a):
    tot = list(dyad_series(store, a, b, **kw).summary["totals"].values())
    assert (tot[0]["events"], tot[1]["events"]) == (a_to_b, b_to_a)


def test_dyad_bad_arguments(store):
    with pytest.raises(AnalysisError, match="period"):
        dyad_series(store, "USA", "AZE", by="week")
    with pytest.raises(AnalysisError):
        dyad_series(store, "", "AZE")
    with pytest.raises(AnalysisError):
        dyad_series(store, "US'A", "AZE")


# -- balance -------------------------------------------------------------------------------------


def test_balance_by_year(store):
    res = balance(store, "USA", "ARM", "AZE", by="year")
    y20, y21 = res.rows
    assert (y20["contacts_1"], y20["contacts_2"], y20["contact_balance"]) == (2, 2, 0.0)
    assert (y20["cooperation_1"], y20["cooperation_2"], y20["cooperation_balance"]) == (2, 0, 1.0)
    assert (y20["criticism_1"], y20["criticism_2"], y20["criticism_balance"]) == (0, 1, -1.0)
    assert (y20["tone_1"], y20["tone_2"], y20["tone_balance"]) == (2.9, -2.0, 1.0)
    # 2021: Yerevan's criticism of Washington is contact, not the mediator's criticism
    assert (y21["contacts_1"], y21["contacts_2"], y21["contact_balance"]) == (2, 3, -0.2)
    assert (y21["cooperation_1"], y21["cooperation_2"], y21["cooperation_balance"]) == (1, 1, 0.0)
    assert (y21["criticism_1"], y21["criticism_2"]) == (0, 2)
    assert y21["tone_2"] == pytest.approx(-6.0)
    assert y20["n_events"] == 4 and y21["n_events"] == 5
    assert all("/" in e for e in y21["events"])
    o = res.summary["overall"]
    assert (o["contacts_1"], o["contacts_2"]) == (4, 5)
    assert o["contact_balance"] == pytest.approx(-1 / 9, abs=1e-4)
    assert o["cooperation_balance"] == 0.5
    assert o["n_events"] == 9


def test_balance_indexes_stay_in_range(store):
    for by in ("month", "quarter", "year"):
        for r in balance(store, "USA", "ARM", "AZE", by=by).rows:
            for k in ("contact_balance", "cooperation_balance", "criticism_balance", "tone_balance"):
                assert r[k] is None or -1.0 <= r[k] <= 1.0


def test_balance_by_quarter(store):
    res = balance(store, "USA", "ARM", "AZE", by="quarter")
    q2 = next(r for r in res.rows if r["period"] == "2020-Q4")
    q1 = next(r for r in res.rows if r["period"] == "2021-Q1")
    assert q2["n_events"] == 4
    assert q1["n_events"] == 3  # 041, 130 and Dalan's 106
    assert [r["period"] for r in res.rows] == ["2020-Q4", "2021-Q1", "2021-Q2"]


# -- engagement ----------------------------------------------------------------------------------


def test_engagement_with_a_region(store):
    res = engagement(store, "USA", region="South Caucasus", by="year")
    y20, y21 = res.rows
    assert (y20["events"], y20["articles"], y20["cooperation"], y20["conflict"]) == (4, 2, 3, 1)
    assert y20["goldstein_mean"] == pytest.approx(0.475)
    assert y20["intensity"] == pytest.approx(5.9)
    assert y20["share"] == 1.0
    assert (y21["events"], y21["cooperation"], y21["conflict"], y21["all_events"]) == (5, 2, 3, 6)
    assert y21["goldstein_mean"] == pytest.approx(-1.4)
    assert y21["share"] == pytest.approx(5 / 6, abs=1e-4)
    t = res.summary["trend_events"]
    assert t["slope"] == pytest.approx(1.0) and t["stderr"] is None  # two periods: no uncertainty


def test_engagement_region_forms(store):
    assert engagement(store, "USA", region="ARM,AZE", by="year").summary["events"] == 9
    assert engagement(store, "USA", region="fra", by="year").summary["events"] == 1
    assert engagement(store, "USA", by="year").summary["events"] == 10
    with pytest.raises(AnalysisError, match="unknown region"):
        engagement(store, "USA", region="Atlantis")


def test_ols_trend_by_hand():
    t = ols_trend([5, 3, 4, 1, 2])
    assert t.slope == pytest.approx(-0.8)
    assert t.intercept == pytest.approx(4.6)
    assert t.stderr == pytest.approx(math.sqrt(0.12))
    assert t.ci_low == pytest.approx(-0.8 - 3.182446 * math.sqrt(0.12), abs=1e-5)
    assert t.ci_high == pytest.approx(-0.8 + 3.182446 * math.sqrt(0.12), abs=1e-5)
    flat = ols_trend([2, 2, 2])
    assert flat.slope == 0 and flat.stderr == 0 and flat.r2 is None
    assert ols_trend([1]).slope is None


def test_region_groups_are_validated(tmp_path):
    assert resolve_region("south caucasus") == ("South Caucasus", ["ARM", "AZE", "GEO"])
    assert "Central Asia" in load_region_groups()
    bad = tmp_path / "bad.json"
    bad.write_text('{"Nowhere": ["usa"]}', encoding="utf-8")
    with pytest.raises(LexiconError):
        load_region_groups(bad)


# -- stance --------------------------------------------------------------------------------------


def test_stance_of_a_name(store):
    res = stance(store, "Washington")
    rows = {r["target"]: r for r in res.rows}
    assert set(rows) == {"ARMGOV", "AZEGOV", "FRAGOV"}
    arm, aze = rows["ARMGOV"], rows["AZEGOV"]
    assert (arm["events"], arm["cooperation"], arm["conflict"], arm["tone"]) == (3, 3, 0, "warm")
    assert arm["goldstein_mean"] == pytest.approx(1.3)
    assert (aze["events"], aze["cooperation"], aze["conflict"]) == (3, 1, 2)
    assert aze["goldstein_mean"] == pytest.approx(-1.0) and aze["tone"] == "hostile"


def test_stance_counts_quotes(store):
    res = stance(store, "Dalan")
    (row,) = res.rows
    assert row["target"] == "AZEGOV"
    assert (row["events"], row["quotes"], row["quoted_events"], row["quoted_goldstein"]) == (1, 1, 1, -5.0)
    assert row["tone"] == "hostile"
    assert stance(store, "USAGOV").summary["events"] == 8  # Washington 7 + Dalan 1


# -- charts --------------------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".png", ".svg"])
def test_plots(store, tmp_path, suffix):
    for res in (
        dyad_series(store, "USA", "AZE", by="quarter"),
        balance(store, "USA", "ARM", "AZE"),
        engagement(store, "USA", region="South Caucasus"),
        stance(store, "USA"),
    ):
        out = plot(res, tmp_path / f"{res.kind}{suffix}")
        head = out.read_bytes()[:8]
        assert head.startswith(b"\x89PNG") if suffix == ".png" else b"<?xml" in head
    with pytest.raises(AnalysisError, match="png"):
        plot(res, tmp_path / "chart.pdf")


@pytest.mark.parametrize(
    ("run", "found", "nothing"),
    [
        (dyad_series, ("USA", "AZE"), ("CHL", "PER")),
        (balance, ("USA", "ARM", "AZE"), ("CHL", "PER", "BOL")),
        (engagement, ("USA",), ("CHL",)),
        (stance, ("USA",), ("CHL",)),
    ],
    ids=["dyad", "balance", "engagement", "stance"],
)
def test_declared_columns_match_the_rows_and_an_empty_result_keeps_them(store, run, found, nothing):
    import io

    from dyad.store.formats import write_text_table

    res = run(store, *found)
    assert res.rows and list(res.rows[0]) == res.columns
    empty = run(store, *nothing)
    assert not empty.rows and empty.table().column_names == res.columns
    out = io.StringIO()
    write_text_table(empty.table(), "csv", out)
    assert out.getvalue().splitlines() == [",".join(f'"{c}"' for c in res.columns)]


def test_a_bad_date_is_an_analysis_error_naming_the_option(store):
    with pytest.raises(AnalysisError, match="bad since date 'last week'"):
        dyad_series(store, "USA", "AZE", since="last week")
