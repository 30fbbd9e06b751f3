"""The same article typed with noise, and a revised article, against the fixture originals."""

from __future__ import annotations

from pipeline.ingest.reader import decode
from pipeline.parse import parse_document
from schemas.tables import TABLES_BY_NAME
from tests.conftest import FIXTURES

RAW = FIXTURES / "raw"
VARIANTS = FIXTURES / "variants"


def _parse(path, document_id: str):
    raw = decode(path.name, path.read_bytes())
    return parse_document(document_id, raw.text).rows


def _ids(rows) -> dict[str, set[str]]:
    return {
        table: {row[TABLES_BY_NAME[table].primary_key[0]] for row in table_rows}
        for table, table_rows in rows.items()
    }


def test_noisy_twin_is_really_noisy():
    data = (VARIANTS / "noisy" / "103_brics.txt").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data
    text = data.decode("utf-8-sig")
    for noise in ("\u00a0", "\u200d", "\u200c", "\u095b", "\u095d", " \t\r\n"):
        assert noise in text, repr(noise)


def test_noise_gives_identical_tables_ids_included():
    clean = _parse(RAW / "103_brics.txt", "103_brics")
    noisy = _parse(VARIANTS / "noisy" / "103_brics.txt", "103_brics")
    assert set(clean) == set(noisy)
    for table in clean:
        assert noisy[table] == clean[table], table


def test_revision_keeps_the_ids_of_unchanged_rows():
    before = _parse(RAW / "101_bharat_japan.txt", "101_bharat_japan")
    after = _parse(VARIANTS / "revised" / "101_bharat_japan.txt", "101_bharat_japan")
    old, new = _ids(before), _ids(after)
    for table, ids in old.items():
        assert ids <= new[table], (table, ids - new[table])
    doc = "101_bharat_japan"
    assert new["summits"] - old["summits"] == {f"{doc}.summit.2025"}
    assert new["timeline"] - old["timeline"] == {f"{doc}.event.2020", f"{doc}.event.2021"}

    def by_id(rows, table, key):
        return {row[key]: row for row in rows[table]}

    # reworded descriptions: same id, new text
    objective = f"{doc}.objective.arthik-sahayog"
    summit = f"{doc}.summit.2017"
    assert by_id(before, "objectives", "objective_id")[objective]["description"] != \
        by_id(after, "objectives", "objective_id")[objective]["description"]
    assert by_id(before, "summits", "summit_id")[summit]["description"] != \
        by_id(after, "summits", "summit_id")[summit]["description"]
    added = by_id(after, "summits", "summit_id")[f"{doc}.summit.2025"]
    assert (added["city_en"], added["edition"], added["date"]) == ("Tokyo", 15, None)
