"""Checking data/ against data/datapackage.json and references.bib (what, is told in scripts/check_data.py).

check() returns one message per problem, naming the file, the row and the
column; main() is the command. Rows are numbered as a person counts them in
the file: the header is row 1 and the first data row is row 2.
"""

from __future__ import annotations

import re
from pathlib import Path

from frictionless import Checklist, FrictionlessException, Package, checks

from booktools.paths import BIBLIOGRAPHY, DATA, SEEDS
from booktools.seeds import fold, seed_text

BIB_KEY = re.compile(r"^\s*@\w+\s*\{\s*([^,\s]+)\s*,", re.MULTILINE)  # @book{spence1990search,

RULES = {  # Table Schema constraints, in words
    "minimum": "is below the minimum {}",
    "maximum": "is above the maximum {}",
    "exclusiveMaximum": "is not below {}",
    "enum": "is not one of {}",
    "pattern": "does not match the pattern {}",
}


def bib_keys(bib_path: Path) -> set[str]:
    """The keys of all entries in a BibTeX file."""
    return set(BIB_KEY.findall(bib_path.read_text(encoding="utf-8")))


def columns(names) -> str:
    """ "column 'id'" or "columns 'series', 'year'" """
    names = list(names)
    return ("column " if len(names) == 1 else "columns ") + ", ".join(f"'{n}'" for n in names)


def describe(error, resource) -> str:
    """Say where the problem is (row and column) and what it is, for one frictionless error."""
    if error.type == "type-error":
        kind = re.search(r'type is "(\w+)', error.note).group(1)  # note: 'type is "number/default"'
        problem = f"value '{error.cell}' is not {'an' if kind[0] in 'aeiou' else 'a'} {kind}"
        column = columns([error.field_name])
    elif error.type == "constraint-error":
        rule, limit = re.match(r'constraint "(\w+)" is "(.*)"', error.note).groups()
        if rule == "required":
            problem = "value is missing (this column is required)"
        else:
            problem = f"value '{error.cell}' " + RULES.get(rule, rule + " {}").format(limit)
        column = columns([error.field_name])
    elif error.type == "primary-key":
        problem = "duplicate key, same as in row " + error.note.split()[-1]
        column = columns(resource.schema.primary_key)
    elif error.type == "row-constraint":
        formula = re.search(r'"(.*)"', error.note).group(1)
        names = [n for n in resource.schema.field_names if re.search(rf"\b{n}\b", formula)]
        values = dict(zip(resource.schema.field_names, error.cells))
        shown = ", ".join(f"{n} is '{values.get(n, '')}'" for n in names)
        problem = f"breaks the rule {formula} ({shown})"
        column = columns(names)
    elif error.type == "incorrect-label":
        problem = f"expected header '{error.field_name}', found '{error.label}'"
        column = columns([error.field_name])
    elif hasattr(error, "field_name"):  # other header problems: missing, extra, blank, duplicate
        problem = error.message
        column = columns([error.field_name])
    else:  # problems with the whole file, or a whole row
        return f"row {error.row_number}: {error.message}" if hasattr(error, "row_number") else error.message
    row = getattr(error, "row_number", None)
    return f"row {row}, {column}: {problem}" if row else f"row 1 (header), {column}: {problem}"


def check(data_dir: Path, bib_path: Path, seeds_dir: Path | None) -> list[str]:
    """Check every data file. Return one message per problem (an empty list means all is well)."""
    data_dir = Path(data_dir)

    def shown(path: Path) -> str:  # paths in messages read "data/output_1958.csv"
        return path.relative_to(data_dir.parent).as_posix()

    try:
        package = Package(data_dir / "datapackage.json")
    except FrictionlessException as exception:
        return [f"{shown(data_dir / 'datapackage.json')}: {exception.error.message}"]
    keys = bib_keys(bib_path)
    messages = []

    described = {resource.path for resource in package.resources}
    for csv in sorted(data_dir.glob("*.csv")):
        if csv.name not in described:
            messages.append(f"{shown(csv)}: not described in datapackage.json")

    for resource in package.resources:
        name = shown(data_dir / resource.path)

        # 1. Everything in the Table Schema, plus the cross-column rules.
        rules = resource.custom.get("x-row-constraints", [])
        checklist = Checklist(checks=[checks.row_constraint(formula=rule) for rule in rules])
        report = resource.validate(checklist, limit_errors=1000)
        errors = report.tasks[0].errors if report.tasks else report.errors
        rows_with_bad_cells = {e.row_number for e in errors if e.type in ("type-error", "constraint-error")}
        for error in errors:
            if error.type in ("row-constraint", "primary-key") and error.row_number in rows_with_bad_cells:
                continue  # the bad cell in this row is reported already, and explains this
            messages.append(f"{name}, {describe(error, resource)}")
        if not report.valid:
            continue  # the checks below need readable rows: fix the problems above first

        # 2. Bibliography keys.  3. Exact text in the seed documents.
        for row in resource.read_rows():
            where = f"{name}, row {row.row_number}"
            for column in ("source", "via"):
                if row.get(column) and row[column] not in keys:
                    messages.append(f"{where}, column '{column}': '{row[column]}' is not a key in {bib_path.name}")
            via = row.get("via")
            if not via or via not in keys or seeds_dir is None or not Path(seeds_dir).is_dir():
                continue
            text = seed_text(via, seeds_dir)
            if text is None:
                messages.append(f"{where}, column 'via': '{via}' is not a seed document (no file in {seeds_dir})")
            elif fold(row["exact_text"]) not in text:
                messages.append(
                    f"{where}, column 'exact_text': '{row['exact_text']}' does not occur in seed document {via}"
                )
    return messages


def main() -> int:
    """Check the repository's data; print "data OK: ..." or one line per problem. Return the exit status."""
    if not SEEDS.is_dir():
        print(f"note: {SEEDS} not found, so exact_text was not compared with the seed documents")
    messages = check(DATA, BIBLIOGRAPHY, SEEDS)
    for message in messages:
        print(message)
    if messages:
        return 1
    resources = Package(DATA / "datapackage.json").resources
    rows = sum(len(resource.read_rows()) for resource in resources)
    print(f"data OK: {len(resources)} files, {rows} rows")
    return 0
