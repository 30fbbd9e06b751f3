"""The human changelog: one Markdown entry per release, generated from its `changes.json`.

Rows are named by primary key and, where the table has one, by their Hindi name with the
English name from the lexicon (or the romanized reading, in italics, when the lexicon has
none). Long lists stop after `MAX_ROWS` per kind; `changes.json` lists more (up to
`diff.MAX_LISTED_ROWS` per kind and table) and always counts them all.
Every value that comes from a document is escaped (`pipeline.release.escape`): keys as code
spans, names and values as plain text, so a title like `<script>` never becomes markup.
"""

from __future__ import annotations

from typing import Any

from pipeline.release.escape import markdown_code, markdown_text
from schemas.contract import CONTRACT_NOTES

MAX_ROWS = 20
MAX_VALUE = 80
CONTEXT = 20  # characters shown before the first difference of two long texts
TITLE = "# sammelan changelog"
INTRO = (
    "Every release of the data, newest first. Each entry is also `CHANGES.md` inside its release "
    "folder, next to `changes.json` (the same diff, machine-readable: per table how many rows were "
    "added, removed and changed, and up to 1,000 of each by primary key with old and new values; "
    "a first release only counts its rows). How the version number is "
    "chosen: see the README of the repository."
)


def _name(name: dict[str, str | None] | None) -> str:
    if not name or not name.get("hi"):
        return ""
    hindi = markdown_text(name["hi"])
    if name.get("en"):
        return f"{hindi} ({markdown_text(name['en'])})"
    return f"{hindi} (*{markdown_text(name['romanized'])}*)" if name.get("romanized") else hindi


def _row(entry: dict[str, Any]) -> str:
    key = ", ".join(markdown_code(str(v)) for v in entry["key"].values())
    name = _name(entry.get("name"))
    return f"{key} — {name}" if name else key


def _show(value: str | None, start: int = 0) -> str:
    """A value on one line, quoted; long ones cut to `MAX_VALUE` characters from `start`."""
    if value is None:
        return "(empty)"
    flat = " ".join(value.split())
    if len(flat) <= MAX_VALUE:
        return f"“{markdown_text(flat)}”"
    start = min(start, len(flat) - MAX_VALUE)
    start = flat.rfind(" ", 0, start) + 1 if start > 0 else 0  # whole words: no broken syllables
    end = start + MAX_VALUE
    if end < len(flat):
        end = flat.rfind(" ", start, end) if " " in flat[start:end] else end
    return f"“{'…' if start else ''}{markdown_text(flat[start:end])}{'…' if end < len(flat) else ''}”"


def _show_pair(old: str | None, new: str | None) -> tuple[str, str]:
    """Long texts that differ late are shown from shortly before their first difference."""
    if old is None or new is None:
        return _show(old), _show(new)
    a, b = " ".join(old.split()), " ".join(new.split())
    same = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    start = max(0, same - CONTEXT)
    return _show(old, start), _show(new, start)


def _field_changes(fields: dict[str, dict[str, str | None]]) -> str:
    """`city`: old (Old English) → new (New English); an `_en` twin rides with its field."""
    parts = []
    for name, change in fields.items():
        if name.endswith("_en") and name.removesuffix("_en") in fields:
            continue
        twin = fields.get(f"{name}_en")
        old, new = _show_pair(change["old"], change["new"])
        if twin:
            old_en, new_en = (markdown_text(v) if v else "—" for v in (twin["old"], twin["new"]))
            old, new = f"{old} ({old_en})", f"{new} ({new_en})"
        parts.append(f"`{name}`: {old} → {new}")
    return "; ".join(parts)


def _count(table: dict[str, Any], kind: str) -> int:
    """How many rows of `kind`; `changes.json` before counts were recorded listed them all."""
    return table["counts"][kind] if "counts" in table else len(table[kind])


def _listing(title: str, entries: list[dict[str, Any]], count: int, render) -> list[str]:
    if not count:
        return []
    lines = [f"{title} ({count}):", ""]
    lines += [f"- {render(e)}" for e in entries[:MAX_ROWS]]
    if count > min(MAX_ROWS, len(entries)):
        more = count - min(MAX_ROWS, len(entries))
        listed = "see `changes.json`" if len(entries) > MAX_ROWS else "`changes.json` lists the first " + str(len(entries))
        lines.append(f"- … and {more} more ({listed})")
    return lines + [""]


def _counts_table(tables: dict[str, Any], first: bool) -> list[str]:
    if first:
        lines = ["| table | rows |", "|---|---|"]
        lines += [f"| `{name}` | {t['rows']} |" for name, t in tables.items()]
        return lines + [""]
    lines = ["| table | rows | added | removed | corrected |", "|---|---|---|---|---|"]
    for name, t in tables.items():
        rows = "—" if t["rows"] is None else t["rows"]
        lines.append(f"| `{name}` | {rows} | {_count(t, 'added')} | {_count(t, 'removed')} | {_count(t, 'changed')} |")
    return lines + [""]


def entry(changes: dict[str, Any], created: str) -> str:
    """The Markdown entry of one release (`changes`: its `changes.json`)."""
    version, previous = changes["version"], changes["previous_version"]
    lines = [f"## {version} — {created[:10]}", ""]
    if previous is None:
        lines += ["First release.", ""]
        lines += _counts_table(changes["tables"], first=True)
        return "\n".join(lines).rstrip() + "\n"
    lines += [f"**{changes['level'].upper()}** change since {previous}, because:", ""]
    lines += [f"- {r['change']} ({r['level']})" for r in changes["reasons"]]
    lines.append("")
    if any(r.get("contract") for r in changes["reasons"]):
        lines += ["### Why the contract changed", "", CONTRACT_NOTES[0], ""]
    lines += _counts_table(changes["tables"], first=False)
    for name, t in changes["tables"].items():
        if not any(_count(t, kind) for kind in ("added", "removed", "changed")):
            continue
        lines += [f"### `{name}`", ""]
        if t.get("compared") is False:
            lines += ["The primary key changed, so rows were not matched one by one.", ""]
        lines += _listing("Added", t["added"], _count(t, "added"), _row)
        lines += _listing("Removed", t["removed"], _count(t, "removed"), _row)
        lines += _listing("Corrected", t["changed"], _count(t, "changed"),
                          lambda e: f"{_row(e)}: {_field_changes(e['fields'])}")
    return "\n".join(lines).rstrip() + "\n"


def changelog(entries_newest_first: list[str]) -> str:
    """`outputs/CHANGELOG.md`: the title, a short introduction, then every entry."""
    return "\n".join([TITLE, "", INTRO, "", *(e.rstrip() + "\n" for e in entries_newest_first)]).rstrip() + "\n"
