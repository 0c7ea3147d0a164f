"""data/README.md is generated from data/datapackage.json, and the package documents every column.

No book build: these read two files and render Markdown in memory.
"""

import copy
import csv
import json

from booktools import datadocs
from booktools.paths import DATA


def test_readme_is_generated_from_the_package():
    current = (DATA / "README.md").read_text(encoding="utf-8")
    assert current == datadocs.render(datadocs.load_package()), datadocs.STALE


def test_staleness_check_can_fail(tmp_path):
    """A change to one description changes the text, and the check then reports the README as stale."""
    package = datadocs.load_package()
    changed = copy.deepcopy(package)
    changed["resources"][0]["schema"]["fields"][0]["description"] = "A description that no README contains."
    assert datadocs.render(changed) != datadocs.render(package)

    readme, package_path = tmp_path / "README.md", tmp_path / "datapackage.json"
    package_path.write_text(json.dumps(package, ensure_ascii=False), encoding="utf-8")
    assert datadocs.write(readme, package_path) is True
    assert datadocs.stale(readme, package_path) is None
    package_path.write_text(json.dumps(changed, ensure_ascii=False), encoding="utf-8")
    assert datadocs.stale(readme, package_path) == "data/README.md is stale: run python scripts/write_data_docs.py"


def test_every_csv_column_is_described_in_the_package():
    resources = {r["path"]: r for r in datadocs.load_package()["resources"]}
    problems = []
    for path in sorted(DATA.glob("*.csv")):
        if path.name not in resources:
            problems.append(f"{path.name}: not in datapackage.json")
            continue
        with path.open(encoding="utf-8", newline="") as file:
            header = next(csv.reader(file))
        described = {f["name"]: f.get("description", "").strip() for f in resources[path.name]["schema"]["fields"]}
        problems += [f"{path.name}, column '{name}': no description" for name in header if not described.get(name)]
    assert not problems, "\n".join(problems)
