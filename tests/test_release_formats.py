"""The release's files for people and tools: workbook, SQLite + Datasette metadata, Parquet,
the page, the start of the README; all generated from the table declarations.

One release of the seed plus tests/fixtures/raw/101_bharat_japan.txt is published once for
the module, with coordinates filled in for the known cities (the parser leaves them empty
today) and one summit text that a spreadsheet would run as a formula.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from conftest import FIXTURES, SEED
from pipeline.release.catalog import INDEX
from pipeline.release.datapackage import DATASETTE_METADATA, PAGE, parquet_path, sqlite_path, workbook_path
from pipeline.release.formats.workbook import DICTIONARY_SHEET, START_SHEET
from pipeline.release.publish import publish
from release_support import build_frames
from schemas.arrow_schema import arrow_schema
from schemas.sqlite_schema import fts_table_name, text_fields
from schemas.tables import TABLES, TABLES_BY_NAME

VERSION = "1.0.0"
FORMULA_TEXT = "=HYPERLINK(\"http://example.invalid\",\"click\") जैसा लिखा है"
COORDINATES = {"New Delhi": (28.6139, 77.2090), "Tokyo": (35.6895, 139.6917), "Moscow": (55.7558, 37.6173)}


@pytest.fixture(scope="module")
def release(tmp_path_factory) -> Path:
    raw = tmp_path_factory.mktemp("raw")
    shutil.copy(SEED, raw / SEED.name)
    shutil.copy(FIXTURES / "raw" / "101_bharat_japan.txt", raw / "101_bharat_japan.txt")
    frames = build_frames(raw)
    summits = frames["summits"]
    for city, (lat, lon) in COORDINATES.items():
        rows = summits["city_en"] == city
        summits.loc[rows, "latitude"] = lat
        summits.loc[rows, "longitude"] = lon
    summits.loc[summits.index[-1], "description"] = FORMULA_TEXT
    out = tmp_path_factory.mktemp("out")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SOURCE_DATE_EPOCH", "1767225600")
        patch.setenv("SAMMELAN_HOMEPAGE", "https://example.org/sammelan")
        result = publish(frames, out)
    assert result.version == VERSION
    return result.path


def _csv_rows(release: Path, table: str) -> list[dict[str, str]]:
    with (release / "data" / f"{table}.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


FORMAT_FILES = [workbook_path(VERSION), sqlite_path(VERSION), DATASETTE_METADATA, PAGE] + [
    parquet_path(t) for t in TABLES
]


def test_every_format_is_in_the_folder_the_zip_the_checksums_and_the_package(release):
    sums = dict(reversed(line.split("  ", 1)) for line in (release / "SHA256SUMS").read_text().splitlines())
    package = json.loads((release / "datapackage.json").read_text(encoding="utf-8"))
    declared = {r["path"]: r for r in package["resources"]}
    with zipfile.ZipFile(release / f"sammelan-{VERSION}.zip") as archive:
        zipped = {n.split("/", 1)[1] for n in archive.namelist()}
    for name in FORMAT_FILES + ["excel/data_dictionary.csv"]:
        assert (release / name).is_file(), name
        assert name in sums and name in zipped, name
    for name in FORMAT_FILES:
        assert declared[name]["hash"] == "sha256:" + sums[name] and declared[name]["bytes"] > 0, name
    # Non-table resources are declared so that frictionless never reads them as tables.
    assert {declared[n].get("type") for n in FORMAT_FILES if n != DATASETTE_METADATA} == {"file"}
    assert (release / "excel" / "data_dictionary.csv").read_bytes().startswith(b"\xef\xbb\xbf")


def test_json_copies_are_plain_json_resources_and_need_no_frictionless_extra(release, tmp_path):
    """`pip install frictionless` without `[json]` lacks ijson and jsonlines; validate with both
    made unimportable, as a plain install would be, in a fresh interpreter."""
    package = json.loads((release / "datapackage.json").read_text(encoding="utf-8"))
    json_copies = [r for r in package["resources"] if r["path"].endswith(".json") and r["path"].startswith("data/")]
    assert len(json_copies) == len(TABLES) and all("type" not in r and "schema" not in r for r in json_copies)
    script = (
        "import sys; sys.modules['ijson'] = None; sys.modules['jsonlines'] = None\n"
        "from frictionless import validate\n"
        f"report = validate({str(release / 'datapackage.json')!r})\n"
        "print(report.valid); print(report.flatten(['type', 'message'])[:3])\n"
    )
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300)
    assert run.stdout.splitlines()[0] == "True", run.stdout + run.stderr


def test_the_gate_finds_a_json_copy_that_differs_from_its_csv(release, tmp_path):
    from pipeline.release.json_copies import json_copy_problems

    copy = tmp_path / "release"
    shutil.copytree(release, copy)
    path = copy / "data" / "summits.json"
    path.write_text(path.read_text(encoding="utf-8").replace("नई दिल्ली", "दिल्ली", 1), encoding="utf-8")
    assert json_copy_problems(copy, "data/summits.csv", "data/summits.json") == [
        "data/summits.json: row 1, city differs from data/summits.csv"
    ]
    assert json_copy_problems(release, "data/summits.csv", "data/summits.json") == []


# --- workbook ----------------------------------------------------------------------------


def test_workbook_has_a_start_sheet_every_table_and_the_dictionary(release):
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.load_workbook(release / workbook_path(VERSION))
    assert book.sheetnames == [START_SHEET, *[t.name for t in TABLES], DICTIONARY_SHEET]
    start = "\n".join(str(c.value) for row in book[START_SHEET].iter_rows() for c in row if c.value is not None)
    for needed in ("summits", "How to join", "document_id", "CC-BY-SA-4.0", "https://example.org/sammelan", "शुरुआत"):
        assert needed in start, needed
    for table in TABLES:
        sheet = book[table.name]
        header = [c.value for c in sheet[1]]
        assert header == table.field_names
        assert sheet.max_row - 1 == len(_csv_rows(release, table.name)), table.name
        assert sheet.freeze_panes == "A2"
        assert sheet.auto_filter.ref and sheet.auto_filter.ref.startswith("A1:")
    dictionary = book[DICTIONARY_SHEET]
    assert dictionary.max_row - 1 == sum(len(t.fields) for t in TABLES)


def test_workbook_cells_are_typed_text_stays_text_and_devanagari_intact(release):
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.load_workbook(release / workbook_path(VERSION))
    sheet = book["summits"]
    header = [c.value for c in sheet[1]]
    rows = [dict(zip(header, (c for c in row))) for row in sheet.iter_rows(min_row=2)]
    csv_rows = _csv_rows(release, "summits")
    assert all(c.data_type != "f" for s in book.worksheets for row in s.iter_rows() for c in row)
    for cells, expected in zip(rows, csv_rows):
        assert cells["summit_id"].value == expected["summit_id"]
        assert cells["year"].value == int(expected["year"]) and cells["year"].data_type == "n"
        assert cells["city"].value == (expected["city"] or None)  # empty cell, not ''
        if expected["date"]:
            assert cells["date"].value == dt.datetime.fromisoformat(expected["date"])
            assert cells["date"].number_format == "yyyy-mm-dd"
    assert "नई दिल्ली" in [r["city"].value for r in rows]
    guarded = [r["description"] for r in rows if r["description"].value == FORMULA_TEXT]
    assert len(guarded) == 1 and guarded[0].data_type == "s" and guarded[0].quotePrefix
    assert not any(r["description"].quotePrefix for r in rows if r["description"].value != FORMULA_TEXT)


# --- SQLite and Datasette -------------------------------------------------------------------


@pytest.fixture(scope="module")
def database(release):
    connection = sqlite3.connect(f"file:{release / sqlite_path(VERSION)}?mode=ro", uri=True)
    yield connection
    connection.close()


def test_sqlite_row_counts_equal_the_csvs_and_empty_cells_are_null(release, database):
    for table in TABLES:
        rows = _csv_rows(release, table.name)
        assert database.execute(f'SELECT count(*) FROM "{table.name}"').fetchone()[0] == len(rows), table.name
        for field in table.fields:
            empty_in_csv = sum(1 for r in rows if r[field.name] == "")
            nulls, blanks = database.execute(
                f'SELECT sum("{field.name}" IS NULL), sum("{field.name}" = \'\') FROM "{table.name}"'
            ).fetchone()
            assert (nulls or 0) == empty_in_csv and not blanks, f"{table.name}.{field.name}"
    assert database.execute("SELECT city FROM summits WHERE year = 2021").fetchone() == (None,)


def test_sqlite_types_keys_indexes(database):
    assert database.execute("PRAGMA foreign_key_check").fetchall() == []
    types = dict(database.execute(
        "SELECT 'year', typeof(year) FROM summits UNION SELECT 'latitude', typeof(latitude) FROM summits "
        "WHERE latitude IS NOT NULL UNION SELECT 'date', typeof(date) FROM summits WHERE date IS NOT NULL"
    ).fetchall())
    assert types == {"year": "integer", "latitude": "real", "date": "text"}
    for table in TABLES:
        info = database.execute(f'PRAGMA table_info("{table.name}")').fetchall()
        assert [c[1] for c in info] == table.field_names
        assert [c[1] for c in sorted(info, key=lambda c: c[5]) if c[5]] == list(table.primary_key)
        keys = database.execute(f'PRAGMA foreign_key_list("{table.name}")').fetchall()
        assert {(k[2], k[3], k[4]) for k in keys} == {
            (fk.resource, f, r) for fk in table.foreign_keys for f, r in zip(fk.fields, fk.reference_fields)
        }
        indexed = {
            database.execute(f'PRAGMA index_info("{i[1]}")').fetchone()[2]
            for i in database.execute(f'PRAGMA index_list("{table.name}")').fetchall()
        }
        assert {fk.fields[0] for fk in table.foreign_keys} <= indexed, table.name
    with pytest.raises(sqlite3.IntegrityError):
        writable = sqlite3.connect(":memory:")
        writable.executescript(";".join(
            r[0] for r in database.execute("SELECT sql FROM sqlite_master WHERE name = 'summits'").fetchall()))
        writable.execute("INSERT INTO summits (summit_id, mode) VALUES ('x', 'teleport')")


def test_sqlite_full_text_search_in_hindi_english_and_romanized(database):
    def search(text: str) -> set[str]:
        return {r[0] for r in database.execute(
            "SELECT s.summit_id FROM summits_fts JOIN summits s ON s.rowid = summits_fts.rowid "
            "WHERE summits_fts MATCH ?", (text,))}

    delhi = search("दिल्ली")
    assert delhi and delhi == search('"New Delhi"') | search("नयी")
    assert search("Tokyo") == search("टोक्यो") != set()
    assert search("द") == set()  # a vowel sign does not split a Hindi word into letters
    assert {fts_table_name(t) for t in TABLES if text_fields(t)} <= {
        r[0] for r in database.execute("SELECT name FROM sqlite_master WHERE sql LIKE '%USING fts5%'")
    }


def test_datasette_metadata_describes_every_table_and_column(release):
    metadata = json.loads((release / DATASETTE_METADATA).read_text(encoding="utf-8"))
    assert metadata["license"] == "CC-BY-SA-4.0" and metadata["license_url"].startswith("https://creativecommons.org/")
    assert metadata["source_url"] == "https://example.org/sammelan" and metadata["title"]
    (database_name, database), = metadata["databases"].items()
    assert database_name == Path(sqlite_path(VERSION)).stem
    for table in TABLES:
        described = database["tables"][table.name]
        assert described["description"] and set(described["columns"]) == set(table.field_names)
        assert all(described["columns"].values())


def test_datasette_serves_the_database_with_its_metadata(release):
    datasette_app = pytest.importorskip("datasette.app")
    import asyncio

    metadata = json.loads((release / DATASETTE_METADATA).read_text(encoding="utf-8"))
    ds = datasette_app.Datasette([str(release / sqlite_path(VERSION))], metadata=metadata)

    async def fetch():
        name = Path(sqlite_path(VERSION)).stem  # Datasette tilde-encodes its dots in URLs
        rows = await ds.client.get(ds.urls.table(name, "summits", format="json") + "?_search=दिल्ली&_shape=array")
        page = await ds.client.get(ds.urls.table(name, "summits"))
        return rows, page

    rows, page = asyncio.run(fetch())
    assert rows.status_code == 200 and {r["city_en"] for r in rows.json()} == {"New Delhi"}
    assert page.status_code == 200 and "Full date of the summit" in page.text


# --- Parquet ---------------------------------------------------------------------------------


def test_parquet_types_descriptions_and_rows(release):
    for table in TABLES:
        read = pq.read_table(release / parquet_path(table))
        assert read.schema.equals(arrow_schema(table), check_metadata=True), table.name
        assert read.num_rows == len(_csv_rows(release, table.name))
    summits = pq.read_table(release / parquet_path(TABLES_BY_NAME["summits"])).to_pylist()
    csv_rows = _csv_rows(release, "summits")
    assert [s["summit_id"] for s in summits] == [r["summit_id"] for r in csv_rows]
    assert {s["date"] for s in summits if s["date"]} == {dt.date.fromisoformat(r["date"]) for r in csv_rows if r["date"]}
    assert [s["city"] for s in summits] == [r["city"] or None for r in csv_rows]
    field = pq.read_schema(release / parquet_path(TABLES_BY_NAME["summits"])).field("latitude")
    assert field.metadata[b"description"].decode() == TABLES_BY_NAME["summits"].field("latitude").description


# --- the page --------------------------------------------------------------------------------

EXTERNAL_LOAD = re.compile(r"""(?:\bsrc\s*=|\bsrcset\s*=|<link\b[^>]*href\s*=|url\(|@import|\bfetch\(|XMLHttpRequest)""", re.I)


def test_page_is_self_contained_and_shows_what_a_reader_needs(release):
    page = (release / PAGE).read_text(encoding="utf-8")
    assert not EXTERNAL_LOAD.search(page), EXTERNAL_LOAD.search(page)
    assert "New Delhi / नई दिल्ली" in page
    assert page.count("<svg") == 2  # the timeline and the map
    assert "Start with summits" in page and "https://example.org/sammelan" in page
    for name in (workbook_path(VERSION), sqlite_path(VERSION), "data/summits.csv", "parquet/summits.parquet"):
        assert f'href="{name}"' in page
    digest = dict(reversed(line.split("  ", 1)) for line in (release / "SHA256SUMS").read_text().splitlines())
    assert digest[sqlite_path(VERSION)] in page
    assert "=HYPERLINK(&quot;http://example.invalid&quot;" in page  # document text escaped


def test_outputs_index_lists_every_release(release):
    index = (release.parent / INDEX).read_text(encoding="utf-8")
    catalog = json.loads((release.parent / "catalog.json").read_text(encoding="utf-8"))
    assert f'href="{VERSION}/index.html"' in index and catalog["releases"][0]["zip_sha256"] in index
    assert not EXTERNAL_LOAD.search(index)


def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


def _run_chromium(*args: str) -> subprocess.CompletedProcess:
    # An unreachable proxy: any attempt to load from the internet fails instead of succeeding.
    command = [_chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--proxy-server=127.0.0.1:9",
               "--disable-background-networking", "--no-first-run", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=120)


@pytest.mark.skipif(_chromium() is None and not os.environ.get("CI"), reason="chromium not installed (CI installs it)")
def test_page_renders_in_chromium_offline_with_chart_table_and_search(release, tmp_path):
    assert _chromium(), "CI must have chromium: .ci/run installs it"
    url = (release / PAGE).as_uri()
    dom = _run_chromium("--virtual-time-budget=5000", "--dump-dom", url)
    assert dom.returncode == 0, dom.stderr[-2000:]
    assert "New Delhi / नई दिल्ली" in dom.stdout and "role-axis" in dom.stdout
    shown = re.search(r'<span id="shown">(\d+)</span>', dom.stdout)
    assert shown and int(shown.group(1)) == len(_csv_rows(release, "summits"))
    searched = _run_chromium("--virtual-time-budget=5000", "--dump-dom", url + "#q=Tokyo")
    summits_table = searched.stdout.split('id="summits"', 1)[1].split("</table>", 1)[0]
    rows = re.findall(r"<tr( hidden=\"\")?><td>", summits_table)
    tokyo = sum(1 for r in _csv_rows(release, "summits") if r["city_en"] == "Tokyo")
    assert len(rows) == len(_csv_rows(release, "summits"))
    assert sum(1 for hidden in rows if not hidden) == tokyo > 0
    assert f'<span id="shown">{tokyo}</span>' in searched.stdout
    screenshot = tmp_path / "index.png"
    shot = _run_chromium(f"--screenshot={screenshot}", "--window-size=1100,1800", url)
    assert screenshot.is_file() and screenshot.stat().st_size > 20_000, shot.stderr[-2000:]


# --- README ---------------------------------------------------------------------------------


def test_release_readme_starts_with_start_here(release):
    readme = (release / "README.md").read_text(encoding="utf-8")
    first = readme.split("\n## ", 2)[1]
    assert first.startswith("Start here")
    for needed in (PAGE, workbook_path(VERSION), sqlite_path(VERSION), f"-m {DATASETTE_METADATA}", "summits",
                   "pip install frictionless"):
        assert needed in first, needed
    assert "https://example.org/sammelan" in readme
    assert f"outputs/{VERSION}/SHA256SUMS" in readme  # where the zip's hash really is


def test_charts_use_summit_events_and_series_when_the_release_has_them():
    import pandas as pd

    from pipeline.release.formats.charts import map_spec, summit_points, timeline_spec

    events = pd.DataFrame({
        "event_id": ["in-ru.2010", "in-ru.2020", "in-jp.2018"], "series_id": ["in-ru", "in-ru", "in-jp"],
        "year": [2010, 2020, 2018], "city": ["नई दिल्ली", None, "टोक्यो"], "city_en": ["New Delhi", None, "Tokyo"],
        "latitude": [28.61, None, 35.69], "longitude": [77.21, None, 139.69],
        "mode": ["in_person", "virtual", "in_person"], "status": ["held", "held", "planned"],
    })
    series = pd.DataFrame({"series_id": ["in-ru", "in-jp"], "name": ["भारत-रूस", "भारत-जापान"],
                           "name_en": ["India–Russia", "India–Japan"]})
    points = summit_points({"summit_events": events, "summit_series": series, "summits": events.iloc[0:0]})
    assert sorted(set(points["series"])) == ["India–Japan / भारत-जापान", "India–Russia / भारत-रूस"]
    assert list(points["mode"]) == ["in_person", "virtual", "in_person"]
    spec, hidden = timeline_spec(points)
    assert hidden == 0 and {v["mode_label"] for v in spec["data"]["values"]} >= {"virtual / वर्चुअल"}
    world = map_spec(points)
    sphere, graticule, countries, circles, labels = world["layer"]
    assert {v["city"] for v in circles["data"]["values"]} == {"New Delhi / नई दिल्ली", "Tokyo / टोक्यो"}
    # country outlines ship with the code (nothing is fetched): 177 Natural Earth countries
    assert countries["data"]["format"] == {"type": "topojson", "feature": "countries"}
    assert len(world["datasets"][countries["data"]["name"]]["objects"]["countries"]["geometries"]) == 177


# --- Dagster UI ------------------------------------------------------------------------------


def test_release_asset_description_keeps_the_version_placeholder_as_text():
    from pipeline.assets.release import release as release_asset

    (description,) = release_asset.descriptions_by_key.values()
    assert "`outputs/<version>/`" in description  # a code span: Markdown keeps <version> as text


def test_dagster_home_config_is_a_valid_persistent_instance(tmp_path, monkeypatch):
    import dagster as dg

    from conftest import ROOT

    shutil.copy(ROOT / "dagster_home" / "dagster.yaml", tmp_path / "dagster.yaml")
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path))
    with dg.DagsterInstance.get() as instance:
        assert not instance.is_ephemeral and instance.root_directory == str(tmp_path)
    assert (tmp_path / "history").is_dir()  # run history is kept beside the config
