"""The page stays the same size however many summits there are, and a chart whose data (and
drawing code) is unchanged is taken from the previous page instead of being built and rendered again."""

from __future__ import annotations

import pandas as pd

import pipeline.release.formats.page as page
import pipeline.release.formats.charts as charts
from pipeline.release.formats.charts import Chart
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


def test_a_chart_with_the_same_data_is_taken_from_the_previous_page(tmp_path, monkeypatch):
    chart = Chart("timeline", {"values": [{"series": "a", "year": 2001, "mode_label": "x", "status": "held",
                                           "summits": 1}], "shown": ["a"]})
    other = Chart("timeline", {**chart.data, "shown": ["a", "b"]})
    previous = tmp_path / "index.html"
    previous.write_text(f'<p>x</p>{page._figure(chart, {"": ""})}', encoding="utf-8")
    assert rendered_charts(previous) == {chart.key(): page.render_svg(chart.spec())}
    built = []
    monkeypatch.setattr(Chart, "spec", lambda self: built.append(self) or {})
    monkeypatch.setattr(page, "render_svg", lambda s: "<svg>rendered</svg>")
    rendered = rendered_charts(previous)
    assert "rendered" not in page._figure(chart, rendered) and built == []  # not even its spec was built
    assert page._figure(chart, rendered) == page._figure(chart, {}).replace("<svg>rendered</svg>", rendered[chart.key()])
    assert "<svg>rendered</svg>" in page._figure(other, rendered)
    assert "<svg>rendered</svg>" in page._figure(Chart("map", chart.data), rendered)  # same data, other chart
    assert rendered_charts(tmp_path / "missing.html") == {} and rendered_charts(None) == {}


def test_a_chart_key_follows_the_code_that_draws_it(monkeypatch):
    chart = Chart("map", {"values": [{"city": "x", "latitude": 1.0, "longitude": 2.0, "summits": 3}]})
    before = chart.key()
    assert Chart("map", {"values": [{**chart.data["values"][0], "summits": 4}]}).key() != before
    monkeypatch.setattr(charts, "_code_digest", lambda: "another renderer")
    assert chart.key() != before


def test_charts_rendered_in_a_child_process_are_the_svgs_of_an_in_process_render():
    import vl_convert

    chart = Chart("timeline", {"values": [{"series": "भारत–रूस", "year": 2001, "mode_label": "x", "status": "held",
                                           "summits": 1}], "shown": ["भारत–रूस"]})
    located = Chart("map", {"values": [{"city": "नई दिल्ली", "latitude": 28.61, "longitude": 77.2, "summits": 3}]})
    specs = [chart.spec(), located.spec()]
    assert charts.render_svgs(specs) == [vl_convert.vegalite_to_svg(spec) for spec in specs]
    assert charts.render_svgs([]) == []
