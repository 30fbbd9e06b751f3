"""The page's charts, declared with Altair (Vega-Lite) and rendered to SVG at build time by
`vl-convert-python` (an embedded engine: no browser, no network, same spec -> same SVG).

Data: the `summit_events` table (one row per real-world summit, with `summit_series`
naming the series) when the release has it, else the `summits` table with each document's
title as its series. The map plots host cities with known coordinates over country outlines
(Natural Earth 1:110m from the `world-atlas` npm package, kept in `world/`: nothing may be
downloaded at run time) in an Equal Earth projection.

A chart is its data (`Chart`: the rows it plots, cheap to compute with pandas) and the code
that turns them into a spec and an SVG. `Chart.key` hashes the data with this module's source,
the country outlines and the versions of Altair and vl-convert: equal keys give equal SVGs, so
the page takes a chart whose key is on the previous release's page from there, without
importing Altair, building the spec or starting the renderer (1,500 documents: 1.1 CPU s).
The charts a page needs are rendered together in a child process (`render_svgs`).
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from functools import cache
from importlib import metadata, resources
from pathlib import Path
from typing import Any

import pandas as pd

MODES = ("in_person", "virtual", "unknown")
MODE_LABELS = {"in_person": "in person / प्रत्यक्ष", "virtual": "virtual / वर्चुअल", "unknown": "not stated / अज्ञात"}
WORLD = "world-110m"  # the country outlines' dataset in the map's spec
MAX_SERIES = 40  # rows of the timeline; the rest are counted under the chart
WIDTH = 660


def _label(english: Any, hindi: Any) -> str:
    english = english if isinstance(english, str) and english else None
    hindi = hindi if isinstance(hindi, str) and hindi else ""
    return f"{english} / {hindi}" if english and hindi and english != hindi else english or hindi


SUMMIT_COLUMNS = ("document_id", "year", "date", "city", "city_en", "latitude", "longitude", "mode", "status",
                  "edition", "description")


def with_columns(frame: pd.DataFrame, names: tuple[str, ...] = SUMMIT_COLUMNS) -> pd.DataFrame:
    """`frame` with every column in `names` (missing ones empty), so that a declaration
    without one of them (renamed, or not there yet) gives a page with blanks, not an error."""
    missing = [n for n in names if n not in frame.columns]
    return frame.reindex(columns=[*frame.columns, *missing]) if missing else frame


def summit_points(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """One row per summit: series, year, mode, status, city (label), latitude, longitude."""
    if "summit_events" in tables and "summit_series" in tables:
        events, series = tables["summit_events"], with_columns(tables["summit_series"], ("series_id", "name", "name_en"))
        names = {r.series_id: _label(r.name_en, r.name) for r in series.itertuples()}
        frame = with_columns(events.assign(series=events["series_id"].map(names).fillna(events["series_id"])))
    else:
        summits, documents = with_columns(tables["summits"]), tables["documents"]
        names = {r.document_id: _label(r.title_en, r.title) for r in documents.itertuples()}
        frame = summits.assign(series=summits["document_id"].map(names))
    city = [_label(en, hi) for en, hi in zip(frame["city_en"], frame["city"])]
    # One place per English name: नई दिल्ली and नयी दिल्ली are both New Delhi.
    place = [en if isinstance(en, str) and en else label for en, label in zip(frame["city_en"], city)]
    points = pd.DataFrame({
        "series": frame["series"].astype(object),
        "year": frame["year"].astype("Int64"),
        "mode": frame["mode"].astype(object).fillna("unknown"),
        "status": frame["status"].astype(object).fillna("held"),
        "city": city,
        "place": place,
        "latitude": pd.to_numeric(frame["latitude"], errors="coerce"),
        "longitude": pd.to_numeric(frame["longitude"], errors="coerce"),
    })
    return points.dropna(subset=["year"])


def _records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    clean = frame.astype(object).where(frame.notna(), None)
    return [{k: (v.item() if hasattr(v, "item") else v) for k, v in r.items()} for r in clean.to_dict("records")]


@dataclass(frozen=True)
class Chart:
    """One chart of the page: `kind` ("timeline" or "map") and the JSON-able data its spec is
    built from."""

    kind: str
    data: Any

    def spec(self) -> dict[str, Any]:
        return _BUILDERS[self.kind](self.data)

    def key(self) -> str:
        return chart_key(self.kind, self.data)


def timeline_chart(points: pd.DataFrame) -> tuple[Chart, int]:
    """Summits per series and year of the `MAX_SERIES` series with most summits, and how many
    series did not fit."""
    counts = points.groupby("series").size().sort_values(ascending=False, kind="stable")
    shown = sorted(counts.index[:MAX_SERIES])
    grouped = (
        points[points["series"].isin(shown)]
        .assign(mode_label=lambda f: f["mode"].map(MODE_LABELS))
        .groupby(["series", "year", "mode_label", "status"], as_index=False)
        .size()
        .rename(columns={"size": "summits"})
        .sort_values(["series", "year", "mode_label", "status"])
    )
    return Chart("timeline", {"values": _records(grouped), "shown": list(shown)}), max(0, len(counts) - len(shown))


def timeline_spec(points: pd.DataFrame) -> tuple[dict[str, Any], int]:
    """The timeline's Vega-Lite spec and how many series did not fit."""
    chart, hidden = timeline_chart(points)
    return chart.spec(), hidden


def _timeline(data: dict[str, Any]) -> dict[str, Any]:
    """Summits per series and year, one row per series, virtual ones in their own colour and shape."""
    import altair as alt  # about a second to import: only when a chart is built

    shown = data["shown"]
    chart = (
        alt.Chart(alt.Data(values=data["values"]))
        .mark_point(filled=True, size=90, opacity=0.85)
        .encode(
            x=alt.X("year:Q", title="Year / वर्ष", axis=alt.Axis(format="d", tickMinStep=1), scale=alt.Scale(zero=False, nice=False, padding=12)),
            y=alt.Y("series:N", title=None, sort=shown, axis=alt.Axis(labelLimit=360)),
            color=alt.Color("mode_label:N", title="Mode / प्रकार",
                            scale=alt.Scale(domain=[MODE_LABELS[m] for m in MODES], range=["#1f6fb2", "#e4572e", "#999999"])),
            shape=alt.Shape("mode_label:N", title="Mode / प्रकार",  # same title: one legend for both
                            scale=alt.Scale(domain=[MODE_LABELS[m] for m in MODES], range=["circle", "diamond", "square"])),
            opacity=alt.condition("datum.status == 'held'", alt.value(0.9), alt.value(0.35)),
            tooltip=["series:N", "year:Q", "mode_label:N", "status:N", "summits:Q"],
        )
        .properties(width=WIDTH - 160, height=max(60, 24 * len(shown)), title="Summits per series and year / श्रृंखला और वर्ष के अनुसार सम्मेलन")
        .configure_axis(labelFontSize=11, titleFontSize=12)
        .configure_legend(orient="bottom", labelFontSize=11, titleFontSize=12)
        .configure_title(fontSize=14)
    )
    # validate=False: Altair's JSON-schema check of the spec costs seconds per build; the
    # spec is fixed code, rendered (and so checked) by the tests.
    return chart.to_dict(validate=False)


def _legend_counts(counts: pd.Series) -> list[int]:
    """At most three whole counts for the size legend (its default ticks repeat or show 0)."""
    distinct = sorted({int(c) for c in counts})
    return sorted({distinct[0], distinct[len(distinct) // 2], distinct[-1]})


@cache
def world_topology() -> dict[str, Any]:
    """Country outlines as TopoJSON (objects `countries` and `land`)."""
    return json.loads(resources.files(__package__).joinpath("world/countries-110m.json").read_text(encoding="utf-8"))


def map_chart(points: pd.DataFrame) -> Chart | None:
    """Host cities with coordinates and their number of summits; None when no city has
    coordinates."""
    located = points.dropna(subset=["latitude", "longitude"])
    if located.empty:
        return None
    cities = (
        located.sort_values(["place", "city"])
        .groupby("place", as_index=False)
        .agg(city=("city", "first"), latitude=("latitude", "first"), longitude=("longitude", "first"),
             summits=("city", "size"))
    )
    return Chart("map", {"values": _records(cities)})


def map_spec(points: pd.DataFrame) -> dict[str, Any] | None:
    """The map's Vega-Lite spec; None when no city has coordinates."""
    chart = map_chart(points)
    return chart.spec() if chart is not None else None


def _map(data: dict[str, Any]) -> dict[str, Any]:
    """Host cities sized by their number of summits, over the country outlines."""
    import altair as alt

    cities = data["values"]
    base = alt.Chart(alt.Data(values=cities)).encode(longitude="longitude:Q", latitude="latitude:Q")
    layers = alt.layer(
        alt.Chart(alt.sphere()).mark_geoshape(fill="#f3f6f9", stroke="#c9d3dd"),
        alt.Chart(alt.graticule(step=[30, 30])).mark_geoshape(stroke="#d9e1e8", strokeWidth=0.6),
        alt.Chart(alt.NamedData(name=WORLD, format=alt.DataFormat(type="topojson", feature="countries")))
        .mark_geoshape(fill="#e2e8ee", stroke="#ffffff", strokeWidth=0.5),
        base.mark_circle(color="#1f6fb2", opacity=0.8).encode(
            size=alt.Size("summits:Q", title="Summits / सम्मेलन", scale=alt.Scale(range=[40, 400]),
                          legend=alt.Legend(format="d", values=_legend_counts(pd.Series([c["summits"] for c in cities])))),
            tooltip=["city:N", "summits:Q"],
        ),
        base.mark_text(dy=-10, fontSize=10, color="#333").encode(text="city:N"),
    )
    spec = (
        layers.project("equalEarth")
        .properties(width=WIDTH, height=330, title="Host cities (where coordinates are known) / मेज़बान शहर")
        .to_dict(validate=False)
    )
    # The outlines join as a named dataset: inline in the chart, Altair would walk all of
    # their coordinates while building the spec (0.7 of 0.75 CPU s; same SVG either way).
    spec["datasets"] = {WORLD: world_topology()}
    return spec


_BUILDERS = {"timeline": _timeline, "map": _map}


#: What the child process runs: specs in (JSON on stdin), SVGs out (JSON on stdout), ASCII both ways.
_RENDERER = ("import json, sys, vl_convert; "
             "json.dump([vl_convert.vegalite_to_svg(spec) for spec in json.load(sys.stdin)], sys.stdout)")


def render_svgs(specs: list[dict[str, Any]]) -> list[str]:
    """The SVG of each spec, rendered by vl-convert in one child process: its engine (V8,
    about 1 s to start and 100 MB that stay once it ran, with threads a forked process would
    not get) lives and ends there, not in the process that publishes. The same spec gives the
    same SVG as in process (the spec goes over as JSON, which keeps its values)."""
    return finish_rendering(start_rendering(specs))


def start_rendering(specs: list[dict[str, Any]]) -> subprocess.Popen | None:
    """`render_svgs` started and not waited for (`finish_rendering` collects the SVGs): the
    renderer starts its engine and draws while the caller goes on."""
    if not specs:
        return None
    with tempfile.TemporaryFile() as source:  # a file, not a pipe: nothing here waits for the child to read
        source.write(json.dumps(specs).encode("ascii"))
        source.seek(0)
        return subprocess.Popen([sys.executable, "-c", _RENDERER], stdin=source, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE)


def finish_rendering(process: subprocess.Popen | None) -> list[str]:
    """The SVGs of a `start_rendering`, in the order of its specs."""
    if process is None:
        return []
    out, err = process.communicate()
    if process.returncode != 0:
        raise RuntimeError(f"rendering the charts failed: {err.decode('utf-8', 'replace')[-2000:]}")
    return json.loads(out)


def render_svg(spec: dict[str, Any]) -> str:
    return render_svgs([spec])[0]


@cache
def _code_digest() -> str:
    """What turns a chart's data into its SVG: this module, the country outlines and the
    versions of Altair and vl-convert (read from their metadata, without importing them)."""
    parts = [Path(__file__).read_bytes(), resources.files(__package__).joinpath("world/countries-110m.json").read_bytes()]
    parts += [metadata.version(name).encode() for name in ("altair", "vl-convert-python")]
    return hashlib.sha256(b"\0".join(parts)).hexdigest()


def chart_key(kind: str, data: Any) -> str:
    """What a chart's SVG follows from: its kind, its data and the code that draws it; equal
    keys give equal SVGs, so an SVG rendered for an equal key may stand in for a render."""
    text = json.dumps([kind, data], sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(f"{_code_digest()}\n{text}".encode()).hexdigest()[:16]
