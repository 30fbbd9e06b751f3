"""Helpers the parser's tests share: parse a text as one document, list its held summits."""

from __future__ import annotations

from pipeline.parse import parse_document


def parse(text: str, doc: str = "t") -> dict[str, list[dict]]:
    """The rows of one document parsed from `text`."""
    return parse_document(doc, text).rows


def held(rows: dict) -> list[tuple]:
    """(year, English city, date, edition) of every held summit, in order."""
    return [(s["year"], s["city_en"], s["date"], s["edition"]) for s in rows["summits"] if s["status"] == "held"]
