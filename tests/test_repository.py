"""The promises README.md makes to a newcomer hold for the repository as it is."""

import re

import yaml

from booktools.paths import ROOT, requirement_lines, requirement_pins


def test_every_requirement_is_pinned_exactly():
    loose = [ln for ln in requirement_lines() if not re.fullmatch(r"[A-Za-z0-9_.\-\[\]]+==[\w.]+", ln)]
    assert not loose, f"requirements.txt must pin every dependency with ==: {loose}"


def test_jupyter_book_is_pinned_below_2():
    pins = requirement_pins()
    assert pins["jupyter-book"].startswith("1."), "the stack is Jupyter Book 1.x (see CONTRIBUTING.md)"


def test_readme_gives_the_two_commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "pip install -r requirements.txt && jupyter-book build ." in readme
    match = re.search(r"<!-- test command -->\n```bash\n(.+)\n```", readme)
    assert match and match.group(1) == "pytest", "README's test command must be marked for .ci/run"


def test_ci_runs_the_readme_test_command_in_a_fresh_venv():
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "-m venv" in script and "-r requirements.txt" in script and "<!-- test command -->" in script


def test_pages_workflow_builds_with_warnings_as_errors_and_deploys_html():
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "pages.yml").read_text(encoding="utf-8"))
    text = (ROOT / ".github" / "workflows" / "pages.yml").read_text(encoding="utf-8")
    assert "jupyter-book build . -W -n --keep-going" in text
    assert "_build/html" in text and "actions/deploy-pages" in text
    assert "deploy" in workflow["jobs"]


def test_binder_can_use_the_repository_as_it_is():
    assert (ROOT / "runtime.txt").read_text(encoding="utf-8").strip().startswith("python-3.11")
    names = {ln.split("==")[0].lower() for ln in requirement_lines()}
    assert {"ipykernel", "jupyterlab", "pandas", "matplotlib", "myst-nb"} <= names
