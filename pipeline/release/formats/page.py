"""`index.html` of a release, and `outputs/index.html` listing every release.

Both work offline: one file each, CSS and the table search inline, charts as inline SVG
rendered at build time (`charts`), no font, script or image from anywhere else. English
first with the Hindi beside it. Every piece of document text goes through
`escape.html_text`. The summits table shows the `TABLE_ROWS` most recent summit statements
(the page stays the same size however many documents there are; every row is in the CSV,
the workbook and the database, which it links); the search box filters it as you type, and a
link ending in `#q=<text>` opens the page with that search.

Each chart's `<figure>` carries its key (`charts.Chart.key`: its data and the code that draws
it); a chart whose key is on the previous release's page is taken from there instead of being
built and rendered again (1 to 2 CPU seconds).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd

from pipeline.release.citation import citation_text, homepage
from pipeline.release.escape import html_text as h
from pipeline.release.files import sha256_file
from pipeline.release.formats.charts import (
    MODE_LABELS, Chart, finish_rendering, map_chart, render_svg, start_rendering, summit_points, timeline_chart,
    with_columns,
)

PAGE = "index.html"
#: Rows of the summits table on the page: at 490 bytes a row, about 0.25 MB of the page.
TABLE_ROWS = 500
_FIGURE = re.compile(r'<figure data-chart="([0-9a-f]{16})">(.*?)</figure>', re.S)

STYLE = """
body{font-family:system-ui,"Noto Sans","Noto Sans Devanagari","Lohit Devanagari",sans-serif;margin:0;color:#1d2329;line-height:1.45}
main{max-width:980px;margin:0 auto;padding:1rem 1.2rem 3rem}
h1{font-size:1.6rem;margin:.4rem 0}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #dde3e8}
.hi{color:#4a5560}.muted{color:#66707a;font-size:.9rem}
table{border-collapse:collapse;width:100%;font-size:.88rem}th,td{text-align:left;padding:.25rem .4rem;border-bottom:1px solid #eef1f4;vertical-align:top}
th{background:#f3f6f9;position:sticky;top:0}
input[type=search]{font-size:1rem;padding:.35rem .5rem;width:min(100%,28rem);margin:.4rem 0}
.scroll{max-height:32rem;overflow:auto;border:1px solid #eef1f4}
figure{margin:1rem 0;overflow-x:auto}code{font-size:.85rem;word-break:break-all}
.tag{display:inline-block;padding:0 .35rem;border-radius:.3rem;font-size:.8rem}.virtual{background:#fde4dc}.in_person{background:#dcebf7}.unknown{background:#eee}
"""

SEARCH_SCRIPT = """
(function(){var q=document.getElementById('q'),rows=document.querySelectorAll('#summits tbody tr'),n=document.getElementById('shown');
function f(){var t=q.value.trim().toLowerCase(),c=0;rows.forEach(function(r){var m=!t||r.textContent.toLowerCase().indexOf(t)>=0;r.hidden=!m;if(m)c++;});n.textContent=c;}
if(location.hash.indexOf('#q=')===0)q.value=decodeURIComponent(location.hash.slice(3));
q.addEventListener('input',f);f();})();
"""

#: Marks a page as sammelan's, so the outputs folder's `index.html` is known to be ours.
GENERATOR_META = '<meta name="generator" content="sammelan">'


def _cell(value: Any) -> str:
    return "" if value is None or (isinstance(value, float) and pd.isna(value)) or value is pd.NA else h(str(value))


def most_recent(summits: pd.DataFrame, limit: int = TABLE_ROWS) -> pd.DataFrame:
    """The `limit` summit statements with the latest year and date (ties in table order)."""
    order = pd.DataFrame({"year": pd.to_numeric(summits["year"], errors="coerce"),
                          "date": summits["date"].astype(object).fillna("").astype(str)}, index=summits.index)
    order = order.sort_values(["year", "date"], ascending=False, na_position="last", kind="stable")
    return summits.loc[order.index[:limit]]


def _summits_table(summits: pd.DataFrame, documents: pd.DataFrame) -> str:
    titles = dict(zip(documents["document_id"], documents["title_en"].where(documents["title_en"].notna(), documents["title"])))
    rows = []
    for s in summits.itertuples():
        mode = s.mode if isinstance(s.mode, str) else "unknown"
        city = " / ".join(h(v) for v in (s.city_en, s.city) if isinstance(v, str) and v)
        rows.append(
            f"<tr><td>{_cell(s.year)}</td><td>{_cell(s.date)}</td><td>{h(str(titles.get(s.document_id, s.document_id)))}</td>"
            f"<td>{city}</td><td><span class=\"tag {h(mode)}\">{h(MODE_LABELS.get(mode, mode))}</span></td>"
            f"<td>{_cell(s.status)}</td><td>{_cell(s.edition)}</td><td lang=\"hi\">{_cell(s.description)}</td></tr>"
        )
    header = "".join(f"<th>{c}</th>" for c in (
        "Year / वर्ष", "Date / तारीख़", "Series / श्रृंखला", "City / शहर", "Mode / प्रकार", "Status / स्थिति",
        "Edition / क्रमांक", "Text / पाठ"))
    return f"<table id=\"summits\"><thead><tr>{header}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def _size(n: int) -> str:
    return f"{n / 1_048_576:.1f} MB" if n >= 1_048_576 else f"{n / 1024:.1f} KB" if n >= 1024 else f"{n} B"


def _downloads(folder: Path, described: dict[str, str], digest: Callable[[Path], str]) -> str:
    """Every file already in the release folder, with size and SHA-256."""
    files = sorted((p for p in folder.rglob("*") if p.is_file()), key=lambda p: p.relative_to(folder).as_posix())
    rows = []
    for path in files:
        rel = path.relative_to(folder).as_posix()
        rows.append(
            f"<tr><td><a href=\"{h(rel)}\">{h(rel)}</a></td><td>{h(described.get(rel, ''))}</td>"
            f"<td>{_size(path.stat().st_size)}</td><td><code>{digest(path)}</code></td></tr>"
        )
    return ("<div class=\"scroll\"><table><thead><tr><th>File / फ़ाइल</th><th>What / क्या</th><th>Size</th>"
            f"<th>SHA-256</th></tr></thead><tbody>{''.join(rows)}</tbody></table></div>")


def rendered_charts(page: Path | None) -> dict[str, str]:
    """The SVG of every chart on the page at `page`, by `chart_key` (none if no such file)."""
    if page is None or not page.is_file():
        return {}
    return dict(_FIGURE.findall(page.read_text(encoding="utf-8")))


def _figure(chart: Chart, rendered: dict[str, str]) -> str:
    key = chart.key()
    return f'<figure data-chart="{key}">{rendered.get(key) or render_svg(chart.spec())}</figure>'


def _specs(charts: list[Chart]) -> list[dict[str, Any]]:
    """The charts' specs, built without Altair's check of every object against the
    Vega-Lite schema as it is made (its debug mode; 2,000 documents: 0.37 -> 0.14 CPU s):
    the same specs, and `to_dict` does not validate them either (see `charts`)."""
    if not charts:
        return []
    from altair.utils.schemapi import debug_mode

    with debug_mode(False):
        return [chart.spec() for chart in charts]


class PageCharts:
    """The SVGs of a release page's charts (by `Chart.key`): those on the page `previous`
    are taken from there, the others are rendered in a child process started at once
    (`charts.start_rendering`); `svgs()` waits for them."""

    def __init__(self, tables: dict[str, pd.DataFrame], previous: Path | None = None) -> None:
        self._rendered = rendered_charts(previous)
        points = summit_points(tables)
        charts = (timeline_chart(points)[0], map_chart(points))
        missing = {chart.key(): chart for chart in charts if chart and chart.key() not in self._rendered}
        self._keys = list(missing)
        self._process = start_rendering(_specs(list(missing.values())))

    def svgs(self) -> dict[str, str]:
        return {**self._rendered, **dict(zip(self._keys, finish_rendering(self._process)))}


def release_page(folder: Path, package: dict[str, Any], tables: dict[str, pd.DataFrame],
                 described: dict[str, str], digest: Callable[[Path], str] = sha256_file,
                 previous: Path | None = None, svgs: dict[str, str] | None = None) -> str:
    """The page of one release; `described`: a short label per file path for the downloads;
    `digest`: how a file's sha256 is found (`files.FileDigests` reads each file once);
    `previous`: an earlier release's page, whose charts may stand in for renders; `svgs`:
    the charts' SVGs when the caller has them (`PageCharts`, started earlier)."""
    rendered = svgs if svgs is not None else PageCharts(tables, previous).svgs()
    points = summit_points(tables)
    timeline, hidden_series = timeline_chart(points)
    located = map_chart(points)
    summits, documents = with_columns(tables["summits"]), tables["documents"]
    recent = most_recent(summits)
    table_note = (
        f"The {len(recent)} most recent of {len(summits)} summit statements. Every one is in "
        f"<a href=\"data/summits.csv\">data/summits.csv</a>, the workbook and the database (links below). / "
        f"{len(summits)} में से सबसे हाल के {len(recent)} कथन; सभी कथन CSV, वर्कबुक और डेटाबेस में हैं।"
        if len(recent) < len(summits) else
        f"All {len(summits)} summit statements; also in <a href=\"data/summits.csv\">data/summits.csv</a>."
    )
    version = package["version"]
    site = homepage()
    n_series = points["series"].nunique()
    held = points[points["status"] == "held"]
    virtual = int((held["mode"] == "virtual").sum())
    timeline_note = (f"<p class=\"muted\">{hidden_series} more series are in the data (the chart shows the "
                     f"{n_series - hidden_series} with most summits).</p>" if hidden_series else "")
    map_block = (
        _figure(located, rendered) if located else
        "<p class=\"muted\">No host city has coordinates in this release yet. / इस संस्करण में किसी मेज़बान शहर के निर्देशांक नहीं हैं।</p>"
    )
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">{GENERATOR_META}<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{h(package['title'])} — {h(version)}</title><style>{STYLE}</style></head>
<body><main>
<p class="muted">Release / संस्करण <strong>{h(version)}</strong> · built {h(package['created'])}</p>
<h1>{h(package['title'])}</h1>
<p class="hi" lang="hi">शिखर सम्मेलन: हिंदी दस्तावेज़ों से खुले आँकड़े</p>
<h2>What this is / यह क्या है</h2>
<p>Tables of summits read from {len(documents)} Hindi document(s): {len(held)} summits held in {n_series} series
({virtual} virtual), who took part, what they aimed at, which areas they covered. Every fact carries the line and the
sentence of the document it came from; English names come from a curated lexicon, then GeoNames and ISO 3166, and are
empty rather than guessed.</p>
<p class="hi" lang="hi">{len(documents)} हिंदी दस्तावेज़ों से बनी तालिकाएँ: {len(held)} सम्मेलन, उनके पक्ष, उद्देश्य और सहयोग के
क्षेत्र। हर तथ्य के साथ दस्तावेज़ की वह पंक्ति और वाक्य है जिससे वह लिया गया।</p>
<h2>Start with summits / सम्मेलनों से शुरू करें</h2>
<p>To count or map summits, use <a href="data/summit_events.csv">data/summit_events.csv</a>: one row per real summit
across all documents (filter <code>status</code> = held; <code>conflict</code> says where documents disagree).
<a href="data/summits.csv">data/summits.csv</a> has one row per document that states a summit, with the sentence it
came from; join it to <code>summit_events</code> on <code>event_id</code>, to <code>documents</code> on
<code>document_id</code> and to <code>summit_topics</code> on <code>summit_id</code>. The same tables are sheets of the
workbook, tables of the SQLite database and files in <code>parquet/</code>; <code>README.md</code> describes every column.</p>
{_figure(timeline, rendered)}{timeline_note}
<p class="muted">Faded marks: planned or cancelled summits. / हल्के निशान: प्रस्तावित या रद्द सम्मेलन।</p>
{map_block}
<h2>Summits / सम्मेलन</h2>
<label>Search / खोजें: <input type="search" id="q" placeholder="New Delhi, नई दिल्ली, 2018 …"></label>
<span class="muted"><span id="shown">{len(recent)}</span> of {len(recent)} shown</span>
<p class="muted">{table_note}</p>
<div class="scroll">{_summits_table(recent, documents)}</div>
<h2>Downloads / डाउनलोड</h2>
<p>Checksums of every file, this page included, are in <a href="SHA256SUMS">SHA256SUMS</a>
(<code>sha256sum -c SHA256SUMS</code>); the zip of the whole release is listed there and in <code>outputs/catalog.json</code>.</p>
{_downloads(folder, described, digest)}
<h2>Cite / उद्धरण</h2>
<p>{h(citation_text(package))}</p>
{f'<p>Home: <a href="{h(site)}">{h(site)}</a></p>' if site else ''}
<p class="muted">License {h(package['licenses'][0]['name'])}: {h(package['licenses'][0]['attribution'])}</p>
</main><script>{SEARCH_SCRIPT}</script></body></html>
"""


def releases_page(catalog: dict[str, Any]) -> str:
    """`outputs/index.html`: every release, newest first, with its page, zip and checksum."""
    rows = "".join(
        f"<tr><td><a href=\"{h(r['path'])}index.html\">{h(r['version'])}</a></td><td>{h(r['created'])}</td>"
        f"<td>{h(r['level'])}</td><td>{h(str(r['row_counts'].get('summits', '')))}</td>"
        f"<td><a href=\"{h(r['zip'])}\">{h(r['zip'].rsplit('/', 1)[-1])}</a><br><code>{h(r['zip_sha256'])}</code></td></tr>"
        for r in catalog["releases"]
    )
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">{GENERATOR_META}<meta name="viewport" content="width=device-width,initial-scale=1">
<title>sammelan releases</title><style>{STYLE}</style></head>
<body><main>
<h1>sammelan releases / संस्करण</h1>
<p>Summit series from Hindi documents, as versioned open data. The newest is
<a href="{h(catalog['latest_path'])}index.html">{h(catalog['latest'])}</a> (also at <code>latest/</code>).
Machine-readable: <a href="catalog.json">catalog.json</a>; what changed: <a href="CHANGELOG.md">CHANGELOG.md</a>.</p>
<p class="hi" lang="hi">हिंदी दस्तावेज़ों से शिखर सम्मेलनों के खुले आँकड़े। नवीनतम संस्करण ऊपर है।</p>
<table><thead><tr><th>Version</th><th>Built</th><th>Change</th><th>Summits</th><th>Zip and its SHA-256</th></tr></thead>
<tbody>{rows}</tbody></table>
</main></body></html>
"""
