"""The human changelog: one Markdown entry per release, generated from its `changes.json`.

Rows are named by primary key and, where the table has one, by their Hindi name with the
English name from the lexicon (or the romanized reading, in italics, when the lexicon has
none). Long lists stop after `MAX_ROWS` per kind; `changes.json` always has them all.
"""

from __future__ import annotations

from typing import Any

MAX_ROWS = 20
MAX_VALUE = 80
TITLE = "# sammelan changelog"
INTRO = (
    "Every release of the data, newest first. Each entry is also `CHANGES.md` inside its release "
    "folder, next to `changes.json` (the same diff, machine-readable: rows added, removed and "
    "changed per table by primary key, with old and new values). How the version number is "
    "chosen: see the README of the repository."
)


def _name(name: dict[str, str | None] | None) -> str:
    if not name or not name.get("hi"):
        return ""
    if name.get("en"):
        return f"{name['hi']} ({name['en']})"
    return f"{name['hi']} (*{name['romanized']}*)" if name.get("romanized") else name["hi"]


def _row(entry: dict[str, Any]) -> str:
    key = ", ".join(f"`{v}`" for v in entry["key"].values())
    name = _name(entry.get("name"))
    return f"{key} — {name}" if name else key


def _show(value: str | None) -> str:
    if value is None:
        return "(empty)"
    flat = " ".join(value.split())
    return f"“{flat if len(flat) <= MAX_VALUE else flat[: MAX_VALUE - 1] + '…'}”"


def _field_changes(fields: dict[str, dict[str, str | None]]) -> str:
    """`city`: old (Old English) → new (New English); an `_en` twin rides with its field."""
    parts = []
    for name, change in fields.items():
        if name.endswith("_en") and name.removesuffix("_en") in fields:
            continue
        twin = fields.get(f"{name}_en")
        if twin:
            old = f"{_show(change['old'])} ({twin['old'] or '—'})"
            new = f"{_show(change['new'])} ({twin['new'] or '—'})"
        else:
            old, new = _show(change["old"]), _show(change["new"])
        parts.append(f"`{name}`: {old} → {new}")
    return "; ".join(parts)


def _listing(title: str, entries: list[dict[str, Any]], render) -> list[str]:
    if not entries:
        return []
    lines = [f"{title} ({len(entries)}):", ""]
    lines += [f"- {render(e)}" for e in entries[:MAX_ROWS]]
    if len(entries) > MAX_ROWS:
        lines.append(f"- … and {len(entries) - MAX_ROWS} more (see `changes.json`)")
    return lines + [""]


def _counts_table(tables: dict[str, Any], first: bool) -> list[str]:
    if first:
        lines = ["| table | rows |", "|---|---|"]
        lines += [f"| `{name}` | {t['rows']} |" for name, t in tables.items()]
        return lines + [""]
    lines = ["| table | rows | added | removed | corrected |", "|---|---|---|---|---|"]
    for name, t in tables.items():
        rows = "—" if t["rows"] is None else t["rows"]
        lines.append(f"| `{name}` | {rows} | {len(t['added'])} | {len(t['removed'])} | {len(t['changed'])} |")
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
    lines += _counts_table(changes["tables"], first=False)
    for name, t in changes["tables"].items():
        if not (t["added"] or t["removed"] or t["changed"]):
            continue
        lines += [f"### `{name}`", ""]
        if t.get("compared") is False:
            lines += ["The primary key changed, so rows were not matched one by one.", ""]
        lines += _listing("Added", t["added"], _row)
        lines += _listing("Removed", t["removed"], _row)
        lines += _listing("Corrected", t["changed"], lambda e: f"{_row(e)}: {_field_changes(e['fields'])}")
    return "\n".join(lines).rstrip() + "\n"


def changelog(entries_newest_first: list[str]) -> str:
    """`outputs/CHANGELOG.md`: the title, a short introduction, then every entry."""
    return "\n".join([TITLE, "", INTRO, "", *(e.rstrip() + "\n" for e in entries_newest_first)]).rstrip() + "\n"
