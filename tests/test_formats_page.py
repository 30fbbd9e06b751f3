"""The page stays the same size however many summits there are, and a chart whose spec is
unchanged is taken from the previous page instead of being rendered again."""

from __future__ import annotations

import pandas as pd

import pipeline.release.formats.page as page
from pipeline.release.formats.charts import chart_key
from pipeline.release.formats.page import TABLE_ROWS, most_recent, rendered_charts


def _summits(n: int) -> pd.DataFrame:
    return pd.DataFrame({
        "summit_id": [f"s{i:05d}" for i in range(n)],
        "year": pd.array([1990 + i % 35 for i in range(n)], dtype="Int64"),
        "date": [f"{1990 + i % 35}-0{1 + i % 9}-1{i % 10}" if i % 3 else None for i in range(n)],
    })


def test_the_table_shows_the_most_recent_statements_and_no_more():
    summits = _summits(3 * TABLE_ROWS)
    recent = most_recent(summits)
    assert len(recent) == TABLE_ROWS
    assert recent["year"].min() >= summits["year"].drop(recent.index).max()
    years_dates = list(zip(recent["year"], recent["date"].fillna("")))
    assert years_dates == sorted(years_dates, reverse=True)
    assert len(most_recent(summits.head(7))) == 7
    undated = summits.head(4).assign(year=pd.array([None, 2001, None, 1999], dtype="Int64"))
    assert list(most_recent(undated)["year"].astype(object).fillna(0)) == [2001, 1999, 0, 0]


def test_a_chart_with_the_same_spec_is_taken_from_the_previous_page(tmp_path, monkeypatch):
    spec = {"mark": "point", "data": {"values": [{"x": 1}]}}
    other = {**spec, "mark": "circle"}
    previous = tmp_path / "index.html"
    previous.write_text(f'<p>x</p>{page._figure(spec, {"": ""})}', encoding="utf-8")
    assert rendered_charts(previous) == {chart_key(spec): page.render_svg(spec)}
    monkeypatch.setattr(page, "render_svg", lambda s: "<svg>rendered</svg>")
    rendered = rendered_charts(previous)
    assert "rendered" not in page._figure(spec, rendered)
    assert page._figure(spec, rendered) == page._figure(spec, {}).replace("<svg>rendered</svg>", rendered[chart_key(spec)])
    assert "<svg>rendered</svg>" in page._figure(other, rendered)
    assert rendered_charts(tmp_path / "missing.html") == {} and rendered_charts(None) == {}
