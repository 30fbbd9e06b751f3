"""The publish gate: every row rule, key and JSON twin is checked, each once, and rows the
previous validated release held under the same schema are not validated again."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest

import pipeline.release.gate as gate
from pipeline.release.build import PackageInvalid, validate_package, write_sha256sums
from release_support import build_frames, revised_raw
from pipeline.release.publish import publish


@pytest.fixture
def release(raw_dir: Path, tmp_path: Path) -> Path:
    result = publish(build_frames(raw_dir), tmp_path / "out")
    copy = tmp_path / "copy"
    shutil.copytree(result.path, copy)
    return copy


def rewrite(folder: Path, relative: str, change) -> None:
    """Change one file and make every checksum agree again, so only the content is wrong."""
    path = folder / relative
    path.write_text(change(path.read_text(encoding="utf-8")), encoding="utf-8")
    package = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    for resource in package["resources"]:
        if resource["path"] == relative:
            resource["hash"] = "sha256:" + hashlib.sha256(path.read_bytes()).hexdigest()
            if "bytes" in resource:
                resource["bytes"] = path.stat().st_size
    (folder / "datapackage.json").write_text(json.dumps(package, ensure_ascii=False, indent=2) + "\n",
                                             encoding="utf-8")
    write_sha256sums(folder)


def test_a_valid_release_passes(release):
    validate_package(release)


def test_a_bad_value_is_found(release):
    rewrite(release, "data/summits.csv", lambda text: text.replace(",2010,", ",20x0,", 1))
    with pytest.raises(PackageInvalid, match="summits row"):
        validate_package(release)


def test_a_broken_foreign_key_is_found(release):
    rewrite(release, "data/summit_topics.csv", lambda text: text.replace(",000_e9ce27afdd3d7ab4.summit.2010,",
                                                                        ",000_e9ce27afdd3d7ab4.summit.1899,", 1))
    with pytest.raises(PackageInvalid, match="foreign key"):
        validate_package(release)


def test_a_duplicate_primary_key_is_found(release):
    def duplicate_last(text: str) -> str:
        lines = text.splitlines(keepends=True)
        return "".join(lines + lines[-1:])

    rewrite(release, "data/parties.csv", duplicate_last)
    with pytest.raises(PackageInvalid, match="primary key"):
        validate_package(release)


def test_a_json_copy_that_differs_is_found(release):
    rewrite(release, "data/summits.json", lambda text: text.replace('"year":2010', '"year":2011', 1))
    with pytest.raises(PackageInvalid, match="summits.json: row 1, year differs"):
        validate_package(release)


def test_a_changed_file_is_found(release):
    (release / "data" / "timeline.csv").write_text("tampered\n", encoding="utf-8")
    with pytest.raises(PackageInvalid, match="does not match SHA256SUMS"):
        validate_package(release)


def test_only_rows_new_since_the_previous_release_are_validated(raw_dir, tmp_path, monkeypatch):
    out = tmp_path / "out"
    first = publish(build_frames(raw_dir), out)
    validated: list[tuple[str, int]] = []
    real = gate.validate_columns

    def counting(job):
        validated.extend((job.name, number) for number in job.numbers.to_pylist())
        return real(job)

    monkeypatch.setattr(gate, "validate_columns", counting)
    second = publish(build_frames(revised_raw(next(raw_dir.iterdir()), tmp_path / "revised")), out)
    assert second.changed
    summits = {number for name, number in validated if name == "summits"}
    assert len(summits) == 1  # the 2024 summit; the others passed with the first release
    validated.clear()
    validate_package(second.path)  # no previous release: everything
    assert len([1 for name, _ in validated if name == "summits"]) > 1


def test_a_tampered_previous_release_is_no_proof(raw_dir, tmp_path):
    out = tmp_path / "out"
    first = publish(build_frames(raw_dir), out).path
    (first / "data" / "summits.csv").write_text("summit_id\n", encoding="utf-8")
    resource = json.loads((first / "datapackage.json").read_text(encoding="utf-8"))["resources"]
    schema = next(r["schema"] for r in resource if r["name"] == "summits")
    assert gate.previous_records(first, "summits", schema) == set()




def _gate_reads(release: Path, previous: Path, monkeypatch) -> tuple[set[str], list[str]]:
    """The tables the gate reads from `release` and what it finds, with `previous` as proof."""
    read: set[str] = set()
    real = gate._read
    monkeypatch.setattr(gate, "_read", lambda folder, name, resource, *rest: read.add(name) or real(folder, name, resource, *rest))
    package = json.loads((release / "datapackage.json").read_text(encoding="utf-8"))
    return read, gate.content_problems(release, package, previous)


def test_foreign_keys_proven_by_the_previous_release_are_not_checked_again(raw_dir, tmp_path, monkeypatch):
    previous = publish(build_frames(raw_dir), tmp_path / "out").path
    retitled, renamed = tmp_path / "retitled", tmp_path / "renamed"
    for folder in (retitled, renamed):
        shutil.copytree(previous, folder)
    # documents changed, every key kept: the tables pointing at it need not be read
    rewrite(retitled, "data/documents.csv", lambda text: text.replace("India–Russia annual summit", "India–Russia summit", 1))
    read, problems = _gate_reads(retitled, previous, monkeypatch)
    assert problems == []
    assert read == {"documents", "summit_series"}  # documents itself points at summit_series
    # documents lost the key the unchanged tables use: they are read, and fail
    rewrite(renamed, "data/documents.csv", lambda text: text.replace("000_e9ce27afdd3d7ab4,", "000_e9ce27afdd3d7ab5,", 1))
    read, problems = _gate_reads(renamed, previous, monkeypatch)
    assert {"sections", "summits", "parties"} <= read
    assert any(p.startswith("sections row 2: foreign key ['document_id'] = ('000_e9ce27afdd3d7ab4',) not found in documents")
               for p in problems), problems
    # no previous release: every table is read
    read, problems = _gate_reads(retitled, None, monkeypatch)
    assert problems == [] and {"sections", "summits", "parties", "documents"} <= read


def test_a_changed_table_many_tables_point_at_is_read_once_for_its_old_keys(raw_dir, tmp_path, monkeypatch):
    previous = publish(build_frames(raw_dir), tmp_path / "out").path
    retitled = tmp_path / "retitled"
    shutil.copytree(previous, retitled)
    rewrite(retitled, "data/documents.csv", lambda text: text.replace("India–Russia annual summit", "India–Russia summit", 1))
    old_reads: list[str] = []
    real = gate.previous_table
    monkeypatch.setattr(gate, "previous_table",
                        lambda folder, name, *rest, **options: old_reads.append(name) or real(folder, name, *rest, **options))
    read, problems = _gate_reads(retitled, previous, monkeypatch)
    assert problems == []
    pointing = [link for link in gate.ForeignKeys(gate.table_resources(json.loads(
        (retitled / "datapackage.json").read_text(encoding="utf-8")))).links if link[2] == "documents"]
    assert len(pointing) > 2  # several tables point at documents ...
    assert old_reads == ["documents"]  # ... its old file is read once: for its rows and its keys


def _corruptions(field: dict) -> list[str]:
    """Cell values that break one rule each of this field, as declared."""
    constraints = field.get("constraints", {})
    values = []
    if constraints.get("required"):
        values.append("")
    if field["type"] == "integer":
        values += ["20x0", "1.5"]
        if "minimum" in constraints:
            values.append(str(constraints["minimum"] - 1))
        if "maximum" in constraints:
            values.append(str(constraints["maximum"] + 1))
    if field["type"] == "date":
        values += ["2010-13-01", "1 मार्च 2010"]
    if "pattern" in constraints:
        values.append("not an id!")
    if "enum" in constraints:
        values.append("none of " + "|".join(map(str, constraints["enum"])))
    return values


def test_the_column_gate_rejects_every_cell_frictionless_rejects(release):
    """Each kind of bad cell of every declared field, one per row: the column gate
    (`validate_rows`) and frictionless (`frictionless_rows`) find the same rows, kinds and fields."""
    package = json.loads((release / "datapackage.json").read_text(encoding="utf-8"))
    checked = set()
    for name, resource in gate.table_resources(package).items():
        header, records = gate.parse_csv_records((release / resource["path"]).read_bytes())
        if not records:
            continue
        schema = gate.row_schema(resource["schema"])
        rows = []
        for position, field in enumerate(schema["fields"]):
            for value in _corruptions(field):
                record = list(records[len(rows) % len(records)])
                record[position] = value
                rows.append((len(rows) + 2, tuple(record)))
                checked.add((field["type"], value if field["type"] != "integer" else value[:2]))
        rows.append((len(rows) + 2, records[0]))  # one good row, found by neither
        job = gate.RowJob(name, schema, header, rows)

        def found(problems):
            return sorted(p.split(": ", 2)[0:2] + [p.split('field "')[1].split('"')[0]] for p in problems)

        columns, whole = found(gate.validate_rows(job)), found(gate.frictionless_rows(job))
        assert columns == whole
        bad_rows = {number for number, _ in rows[:-1]}
        assert {int(row.split(" row ")[1]) for row, _, _ in columns} == bad_rows
    assert len(checked) > 8


def test_a_row_of_the_wrong_width_goes_to_frictionless(release):
    header, records = gate.parse_csv_records((release / "data/summits.csv").read_bytes())
    package = json.loads((release / "datapackage.json").read_text(encoding="utf-8"))
    schema = gate.row_schema(gate.table_resources(package)["summits"]["schema"])
    job = gate.RowJob("summits", schema, header, [(2, records[0][:-1]), (3, records[1])])
    assert gate.validate_rows(job) == gate.frictionless_rows(job) != []


def test_checksums_taken_while_writing_still_catch_a_file_changed_since(release):
    from pipeline.release.files import FileDigests

    digests = FileDigests()
    for path in release.rglob("*"):
        if path.is_file():
            digests(path)
    validate_package(release, None, digests)  # nothing changed since: passes on the remembered checksums
    page = release / "index.html"
    page.write_bytes(page.read_bytes().replace(b"<h1>", b"<h1>x", 1))  # written again: its stat differs
    with pytest.raises(PackageInvalid, match="index.html: does not match SHA256SUMS"):
        validate_package(release, None, digests)


def test_the_column_gate_on_arrow_columns_finds_what_it_finds_on_rows(release):
    """`validate_columns` (the columns Arrow read) gives `validate_rows`' problems, in its
    order, for every kind of bad cell of every declared field; and none for good rows."""
    import pyarrow as pa

    package = json.loads((release / "datapackage.json").read_text(encoding="utf-8"))
    for name, resource in gate.table_resources(package).items():
        header, records = gate.parse_csv_records((release / resource["path"]).read_bytes())
        if not records:
            continue
        schema = gate.row_schema(resource["schema"])
        good = min(len(records), 40)
        rows = [(number, records[number - 2]) for number in range(2, good + 2)]
        for position, field in enumerate(schema["fields"]):
            for value in _corruptions(field):
                record = list(records[len(rows) % len(records)])
                record[position] = value
                rows.append((len(rows) + 2, tuple(record)))
        columns = [pa.array([record[i] for _, record in rows], type=pa.string()) for i in range(len(header))]
        job = gate.ColumnJob(name, schema, header, pa.array([n for n, _ in rows], type=pa.int64()), columns)
        expected = gate.validate_rows(gate.RowJob(name, schema, header, rows))
        assert gate.validate_columns(job) == expected
        assert len(expected) >= len(rows) - good > 0
        valid = gate.ColumnJob(name, schema, header, job.numbers.slice(0, good), [c.slice(0, good) for c in columns])
        assert gate.validate_columns(valid) == []


def test_a_table_arrow_cannot_read_as_csv_reader_does_is_checked_row_by_row(release, monkeypatch):
    """A CSV quoted where it need not be is valid, but not a minimal rendering: the gate
    reads it with `csv.reader`, and still finds a bad value and a duplicate key there."""
    rewrite(release, "data/summits.csv", lambda text: text.replace(",held,", ',"held",'))
    validate_package(release)
    rewrite(release, "data/summits.csv", lambda text: text.replace(",2010,", ",20x0,", 1))
    read = []
    real = gate.read_table
    monkeypatch.setattr(gate, "read_table", lambda *a, **k: read.append(t := real(*a, **k)) or t)
    with pytest.raises(PackageInvalid, match="summits row .*20x0"):
        validate_package(release)
    assert any(t.name == "summits" and t.records is not None for t in read)


def test_a_duplicate_key_and_a_missing_reference_are_named_with_their_rows(release):
    def duplicate_first(text: str) -> str:
        lines = text.splitlines(keepends=True)
        return "".join(lines[:2] + lines[1:])

    rewrite(release, "data/documents.csv", duplicate_first)
    package = json.loads((release / "datapackage.json").read_text(encoding="utf-8"))
    problems = gate.content_problems(release, package)
    assert any(p.startswith("documents row 3: primary key (") and p.endswith("already in row 2") for p in problems), problems


def test_a_json_copy_changed_beside_an_unchanged_csv_is_found(raw_dir, tmp_path):
    """The CSV is the previous release's (not validated again), its JSON copy is not: the
    gate still reads the CSV to compare the copy with it."""
    previous = publish(build_frames(raw_dir), tmp_path / "out").path
    copy = tmp_path / "copy"
    shutil.copytree(previous, copy)
    validate_package(copy, previous)
    rewrite(copy, "data/summits.json", lambda text: text.replace('"year":2010', '"year":2011', 1))
    with pytest.raises(PackageInvalid, match="summits.json: row 1, year differs"):
        validate_package(copy, previous)


def test_a_simple_pattern_is_matched_in_arrow_and_only_the_rest_read_by_frictionless(monkeypatch):
    """Cells Arrow matches against a simple pattern are not read one by one; whatever it does
    not match is, so `re`'s more lenient `$` (a final newline) is still frictionless' call."""
    import pyarrow as pa

    schema = {"fields": [{"name": "id", "type": "string", "constraints": {"required": True, "pattern": "^[a-z0-9_]+$"}},
                         {"name": "n", "type": "integer"}], "missingValues": [""]}
    cells = ["ok_1", "", "Not ok", "tail\n", "ok_2", "x-y", "ok_1"]
    rows = [(i + 2, (cell, "1")) for i, cell in enumerate(cells)]
    columns = [pa.array(cells, type=pa.string()), pa.array(["1"] * len(cells), type=pa.string())]
    job = gate.ColumnJob("t", schema, ["id", "n"], pa.array([n for n, _ in rows], type=pa.int64()), columns)
    asked = []
    real = gate.cell_readers
    monkeypatch.setattr(gate, "cell_readers", lambda s: [(name, lambda v, r=read: asked.append(v) or r(v))
                                                        for name, read in real(s)])
    problems = gate.validate_columns(job)
    read_by_frictionless = set(asked)
    assert problems == gate.validate_rows(gate.RowJob("t", schema, ["id", "n"], rows))
    assert [p.split(":")[0] for p in problems] == ["t row 3", "t row 4", "t row 7"]  # "", "Not ok", "x-y"
    assert not {"ok_1", "ok_2"} & read_by_frictionless and "tail\n" in read_by_frictionless


def test_the_gate_started_early_answers_for_the_files_it_read_and_checks_again_for_others(release, monkeypatch):
    import pipeline.release.build as build
    from pipeline.release.build import ContentCheck
    from pipeline.release.files import sha256_file
    from schemas.tables import TABLES

    rewrite(release, "data/summits.csv", lambda text: text.replace(",2010,", ",20x0,", 1))
    calls = []
    real = build.content_problems
    monkeypatch.setattr(build, "content_problems", lambda *args, **kwargs: calls.append(1) or real(*args, **kwargs))
    check = ContentCheck()
    check.start(release, TABLES, None, sha256_file)
    package = json.loads((release / "datapackage.json").read_text(encoding="utf-8"))
    found = check.problems(release, package, None, sha256_file)
    assert any("summits row" in p for p in found) and len(calls) == 1  # the early answer, not a second check
    with pytest.raises(PackageInvalid, match="summits row"):
        validate_package(release, content_check=check)
    assert len(calls) == 1
    # a descriptor that declares other bytes than the check read: checked again, on what it declares
    rewrite(release, "data/summits.csv", lambda text: text.replace(",20x0,", ",2010,", 1))
    package = json.loads((release / "datapackage.json").read_text(encoding="utf-8"))
    assert check.problems(release, package, None, sha256_file) == [] and len(calls) == 2


def test_a_table_whose_text_is_full_of_pipes_is_valid_to_plain_frictionless(tmp_path):
    """A source text quoting a wiki-table row ('| 1 | 4 जुलाई 2007 | लिस्बन |') once made
    frictionless sniff '|' as the delimiter: the declared dialect says comma."""
    from frictionless import Resource

    from pipeline.release.datapackage import resource_descriptor
    from schemas.tables import TABLES

    table = next(t for t in TABLES if t.name == "summit_topics")
    names = [f.name for f in table.fields]
    rows = [{name: "" for name in names} | dict(
        summit_topic_id=f"d.summit.2007.topic.x{n}", summit_id="d.summit.2007", document_id="d", position="1",
        topic="निवेश", topic_romanized="nivēś", source_line="3",
        source_text=f"| {n} | 4 जुलाई 2007 | लिस्बन, पुर्तगाल | राष्ट्रपति | निवेश | और | संवाद |") for n in range(5)]
    path = tmp_path / "data" / "summit_topics.csv"
    path.parent.mkdir()
    import csv
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=names)
        writer.writeheader()
        writer.writerows(rows)
    descriptor = resource_descriptor(table)
    # one table alone: its foreign keys need the package, the test is about the CSV
    descriptor["schema"] = {k: v for k, v in descriptor["schema"].items() if k != "foreignKeys"}
    resource = Resource({**descriptor, "path": "data/summit_topics.csv"}, basepath=str(tmp_path))
    assert resource.validate().valid
    sniffed = Resource({k: v for k, v in descriptor.items() if k != "dialect"} | {"path": "data/summit_topics.csv"},
                       basepath=str(tmp_path))
    assert not sniffed.validate().valid  # what the package said before the dialect was declared
