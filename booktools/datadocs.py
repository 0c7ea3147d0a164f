"""Write the data documentation, data/README.md, from data/datapackage.json alone.

The package is the one place where the data files are described: its
``description`` holds the general notes (how sources are cited, units,
checking, licence), each resource's ``description`` the notes on one file,
and each field's ``description``, ``unit`` and ``constraints`` the column
table. ``render`` turns that into Markdown that reads well on GitHub and in
the book (reference/datasets.md includes it). The output depends on nothing
but the package, so the same package always gives the same text.

    python scripts/write_data_docs.py          # write data/README.md
    python scripts/write_data_docs.py --check  # exit 1 if it is stale
"""

from __future__ import annotations

import json
from pathlib import Path

from booktools.paths import DATA

PACKAGE = DATA / "datapackage.json"
README = DATA / "README.md"
COMMAND = "python scripts/write_data_docs.py"
STALE = f"data/README.md is stale: run {COMMAND}"

# Table Schema types, in words a reader of the book knows.
TYPES = {
    "string": "text",
    "integer": "whole number",
    "number": "number",
    "boolean": "true/false",
    "date": "date",
    "datetime": "date and time",
    "year": "year",
}

# The patterns the package uses, in words; any other pattern is shown as it is.
PATTERNS = {
    "^[a-z0-9]+(-[a-z0-9]+)*$": "lower-case letters and digits, words joined by hyphens",
    "^[a-z0-9]+$": "lower-case letters and digits (a key in `references.bib`)",
    "^[0-9]+(–[0-9]+)?$": "a page, or a range joined by an en dash (519–20)",
    "^seed00[0-4]$": "`seed000` to `seed004`",
    "^(19[4-7][0-9])(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$":
        "1958, 1958-09 or 1958-09-03 (a year from 1940 to 1979)",
}


def load_package(path: Path = PACKAGE) -> dict:
    """The data package as a plain dict, in the order written in the file."""
    return json.loads(Path(path).read_text(encoding="utf-8"))


def code(value) -> str:
    """A value as inline code (true/false as JSON writes them)."""
    return f"`{json.dumps(value) if isinstance(value, bool) else value}`"


def cell(text: str) -> str:
    """Text that is safe inside one cell of a Markdown table."""
    return " ".join(str(text).split()).replace("|", "\\|")


def rules(field: dict) -> str:
    """A field's constraints, in words: 'required; one of `a`, `b`; from 1949 to 1970'."""
    c = dict(field.get("constraints", {}))
    said = []
    if c.pop("required", False):
        said.append("required")
    if c.pop("unique", False):
        said.append("unique")
    if "enum" in c:
        said.append("one of " + ", ".join(code(v) for v in c.pop("enum")))
    low, high = c.pop("minimum", None), c.pop("maximum", None)
    if low is not None and high is not None:
        said.append(f"from {low} to {high}")
    elif low is not None:
        said.append(f"at least {low}")
    elif high is not None:
        said.append(f"at most {high}")
    if "exclusiveMinimum" in c:
        said.append(f"above {c.pop('exclusiveMinimum')}")
    if "exclusiveMaximum" in c:
        said.append(f"below {c.pop('exclusiveMaximum')}")
    if "minLength" in c:
        said.append(f"at least {c.pop('minLength')} characters")
    if "maxLength" in c:
        said.append(f"at most {c.pop('maxLength')} characters")
    if "pattern" in c:
        pattern = c.pop("pattern")
        said.append(PATTERNS.get(pattern, f"matches {code(pattern)}"))
    said += [f"{key} {code(value)}" for key, value in c.items()]  # anything not named above
    return "; ".join(said)


def field_table(fields: list[dict]) -> list[str]:
    """The table of a resource's columns: name, type, unit, rules and meaning."""
    lines = ["| Column | Type | Unit | Rules | Meaning |", "|---|---|---|---|---|"]
    for field in fields:
        kind = TYPES.get(field.get("type", "any"), field.get("type", "any"))
        row = [code(field["name"]), kind, field.get("unit", ""), rules(field), field.get("description", "")]
        lines.append("| " + " | ".join(cell(part) for part in row) + " |")
    return lines


def names(values) -> str:
    """`a`, `b` and `c`"""
    shown = [code(v) for v in values]
    return shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " and " + shown[-1]


def resource_section(resource: dict) -> list[str]:
    """One file: heading, description, key, cross-column rules, sources and the column table."""
    schema = resource.get("schema", {})
    lines = [f"## {code(resource['path'])} — {resource.get('title', resource['name'])}", ""]
    if resource.get("description"):
        lines += [resource["description"].strip(), ""]
    # Paragraphs, not a list: a list here would run on from a list at the end of the description.
    key = schema.get("primaryKey")
    if key:
        key = [key] if isinstance(key, str) else key
        lines += [f"**Key:** {names(key)} (no two rows share {'these values' if len(key) > 1 else 'a value'}).", ""]
    constraints = resource.get("x-row-constraints", [])
    if constraints:
        shown = "; ".join(code(c) for c in constraints)
        lines += [f"**Rules that link columns** (checked on every row): {shown}.", ""]
    for source in resource.get("sources", []):
        lines += [f"**Source:** {source.get('title', source.get('path', ''))}.", ""]
    return lines + field_table(schema.get("fields", [])) + [""]


def summary(package: dict) -> list[str]:
    """The package's name, licence, sources and list of files."""
    lines = ["## The package at a glance", ""]
    lines.append(f"- Name: {code(package['name'])}" + (f", *{package['title']}*" if package.get("title") else ""))
    for licence in package.get("licenses", []):
        name = licence.get("name", licence.get("title", ""))
        shown = f"[{name}]({licence['path']})" if licence.get("path") else name
        more = f": {licence['title']}" if licence.get("title") and licence.get("name") else ""
        lines.append(f"- Licence: {shown}{more}")
    if package.get("sources"):
        lines.append("- Sources:")
        for source in package["sources"]:
            where = f" ({code(source['path'])})" if source.get("path") else ""
            lines.append(f"  - {source.get('title', '')}{where}")
    lines += ["", "| File | What it holds |", "|---|---|"]
    for resource in package.get("resources", []):
        lines.append(f"| {code(resource['path'])} | {cell(resource.get('title', resource['name']))} |")
    return lines + [""]


def render(package: dict) -> str:
    """The whole of data/README.md, as Markdown."""
    lines = [
        f"<!-- Generated from data/datapackage.json by `{COMMAND}`. Do not edit by hand. -->",
        "",
        "# The data files",
        "",
        f"*Generated from `data/datapackage.json` by `{COMMAND}`: to change this text, edit the descriptions "
        "in `datapackage.json` and run the command again; do not edit `data/README.md` by hand.*",
        "",
    ]
    if package.get("description"):
        lines += [package["description"].strip(), ""]
    lines += summary(package)
    for resource in package.get("resources", []):
        lines += resource_section(resource)
    return "\n".join(lines).rstrip("\n") + "\n"


def stale(readme: Path = README, package: Path = PACKAGE) -> str | None:
    """STALE if the README differs from what the package gives now (or is missing), else None."""
    readme = Path(readme)
    current = readme.read_text(encoding="utf-8") if readme.exists() else None
    return None if current == render(load_package(package)) else STALE


def write(readme: Path = README, package: Path = PACKAGE) -> bool:
    """Write the README from the package. True if the file changed."""
    if stale(readme, package) is None:
        return False
    Path(readme).write_text(render(load_package(package)), encoding="utf-8")
    return True
