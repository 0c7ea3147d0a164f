"""What every chapter notebook must contain, and what its figures must carry.

nbval (run by the same `pytest`) proves that stored outputs equal a fresh run.
These tests check the teaching apparatus and the accessibility of charts, and
that numbers in the prose come from the data through `glue`.
"""

import ast
import functools
import importlib
import pkgutil
import re

import pandas as pd
import pytest

from booktools.notebooks import code, glue_references, glued_values, prose, read_notebook
from booktools.paths import CHAPTERS, DATA, ROOT
from booktools.toc import chapter_notebooks
import tests.expectations

NOTEBOOKS = chapter_notebooks()
IDS = [p.stem for p in NOTEBOOKS]
# Every chapter's expected glued values, from tests/expectations/<chapter>.py:
# {notebook stem: {glue name: function returning the value the data give}}.
EXPECTED = {
    info.name.replace("_", "-"): importlib.import_module(f"tests.expectations.{info.name}").EXPECTED
    for info in pkgutil.iter_modules(tests.expectations.__path__)
}


def figure_cells(nb):
    """Code cells whose outputs include a chart (a PNG or SVG image)."""
    return [
        (i, cell)
        for i, cell in enumerate(nb.cells)
        if cell.cell_type == "code"
        and any({"image/png", "image/svg+xml"} & set(o.get("data", {})) for o in cell.get("outputs", []))
    ]


def alt_text_problem(alt):
    """Why an alt text is not meaningful, or None if it is."""
    if not alt or not alt.strip():
        return "alt text is missing or empty"
    if re.search(r"\.(png|jpe?g|svg|gif)\b", alt, re.I) or alt.strip().lower() in {"png", "image", "figure", "chart", "plot"}:
        return f"alt text {alt!r} is a file name or a placeholder, not a description"
    if len(alt.split()) < 12:
        return f"alt text {alt!r} is too short to say what the chart shows"
    return None


def test_there_is_at_least_one_chapter():
    assert NOTEBOOKS, "_toc.yml lists no chapter notebooks"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_every_chart_has_caption_name_and_alt_text(path):
    nb = read_notebook(path)
    charts = figure_cells(nb)
    assert charts, f"{path.name}: a chapter needs at least one reproducible chart"
    for i, cell in charts:
        meta = cell.metadata.get("mystnb", {})
        figure, image = meta.get("figure", {}), meta.get("image", {})
        where = f"{path.name}, cell {i}"
        assert str(figure.get("caption", "")).strip(), f"{where}: chart has no caption (metadata mystnb.figure.caption)"
        assert str(figure.get("name", "")).strip(), f"{where}: chart has no name to number and cite it (mystnb.figure.name)"
        problem = alt_text_problem(image.get("alt", ""))
        assert problem is None, f"{where}: {problem} (metadata mystnb.image.alt)"


def toolkit_functions():
    """{name: source} for every function defined in the chapter toolkit (chapters/bookstyle.py, chapters/charts/)."""
    functions = {}
    for module in [CHAPTERS / "bookstyle.py", *sorted((CHAPTERS / "charts").glob("*.py"))]:
        text = module.read_text(encoding="utf-8")
        for node in ast.parse(text).body:
            if isinstance(node, ast.FunctionDef):
                functions[node.name] = ast.get_source_segment(text, node)
    return functions


def drawing_code(source, functions):
    """A chart cell's code together with the toolkit functions it calls, and the ones those call."""
    code, seen, todo = [source], set(), [source]
    while todo:
        for name in re.findall(r"\b(\w+)\(", todo.pop()):
            if name in functions and name not in seen:
                seen.add(name)
                code.append(functions[name])
                todo.append(functions[name])
    return "\n".join(code)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_every_chart_has_title_axis_label_and_source_line(path):
    """Checked in the chart cell and in the toolkit functions it calls (chapters/charts/ draws most charts)."""
    nb = read_notebook(path)
    functions = toolkit_functions()
    for i, cell in figure_cells(nb):
        src, where = drawing_code(cell.source, functions), f"{path.name}, cell {i}"
        assert re.search(r"\.(suptitle|set_title|title)\(|\bfinish\(", src), f"{where}: chart has no title"
        assert re.search(r"set_[xy]label\(|[xy]label\(", src), f"{where}: chart has no axis label"
        assert re.search(r"\b(source_line|finish)\(", src), f"{where}: chart has no source line (bookstyle.finish)"
        setup = next((j for j, c in enumerate(nb.cells) if c.cell_type == "code" and "bookstyle.use()" in c.source), None)
        assert setup is not None and setup < i, f"{where}: the book's style (bookstyle.use()) is not loaded before this chart"


def test_drawing_code_follows_calls_into_the_toolkit():
    functions = {"finish": "def finish(fig):\n    fig.suptitle('t')", "plot": "def plot(df):\n    finish(fig)"}
    assert "suptitle" in drawing_code("charts.plot(df)", functions)
    assert "suptitle" not in drawing_code("df.plot()", {"finish": functions["finish"]})


def test_alt_text_detector_rejects_bad_alt_text():
    """The alt-text check itself must be able to fail."""
    assert alt_text_problem("") is not None
    assert alt_text_problem("fig-output-1958.png") is not None
    assert alt_text_problem("png") is not None
    assert alt_text_problem("A chart") is not None
    assert alt_text_problem(
        "Bar chart of grain claimed for 1958 against the later estimates, in million tonnes."
    ) is None


@functools.cache
def data_numbers():
    """Every number in every data file, for checking the numbers in alt text and glued values."""
    numbers = set()
    for csv in DATA.glob("*.csv"):
        table = pd.read_csv(csv)
        for column in table.select_dtypes("number"):
            numbers.update(float(v) for v in table[column].dropna())
    return frozenset(numbers)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_numbers_in_alt_text_come_from_data(path):
    """Alt text is typed by hand, so each figure in it must match a data value or a glued value."""
    nb = read_notebook(path)
    known = set(data_numbers()) | {float(v) for v in glued_values(nb).values() if re.fullmatch(r"-?[\d.]+", v or "")}
    for i, cell in figure_cells(nb):
        alt = cell.metadata.get("mystnb", {}).get("image", {}).get("alt", "")
        for token in re.findall(r"\d+(?:\.\d+)?", alt):
            if re.fullmatch(r"1[89]\d\d|20\d\d", token):
                continue  # a year
            decimals = len(token.split(".")[1]) if "." in token else 0
            assert any(round(k, decimals) == float(token) for k in known), (
                f"{path.name}, cell {i}: alt text mentions {token}, which is no value in data/*.csv or glued in the notebook"
            )


@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_chapter_apparatus(path):
    nb = read_notebook(path)
    text, source = prose(nb), code(nb)
    assert "Learning objectives" in nb.cells[0].source, f"{path.name}: the first cell must state learning objectives"
    assert re.search(r"^## Discussion questions", text, re.M), f"{path.name}: no 'Discussion questions' section"
    assert re.search(r"^## Sources for this chapter", text, re.M), f"{path.name}: no 'Sources for this chapter' section"
    assert "```{exercise}" in text, f"{path.name}: no exercise"
    assert re.search(r"\{solution(-start)?\}", text), f"{path.name}: an exercise without a solution"
    assert "{cite" in text, f"{path.name}: cites nothing"
    assert re.search(r"read_csv\(\"\.\./data/", source), f"{path.name}: data must be read visibly from ../data/"
    setup = [c for c in nb.cells if c.cell_type == "code" and "bookstyle.use()" in c.source]
    assert setup and {"remove-cell", "remove-input", "hide-input", "hide-cell"} & set(setup[0].metadata.get("tags", [])), (
        f"{path.name}: the set-up cell must exist and be hidden from readers with a cell tag"
    )


@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_every_exercise_has_a_solution(path):
    text = prose(read_notebook(path))
    labels = re.findall(r"```\{exercise\}[^\n]*\n:label: ([\w-]+)", text)
    assert labels, f"{path.name}: exercises need a :label: so solutions can point at them"
    for label in labels:
        assert re.search(r"\{solution(?:-start)?\} " + re.escape(label) + r"\b", text), f"{path.name}: exercise {label} has no solution"


def solution_code_blocks(nb):
    """{label: [code cells]} for each solution written as notebook cells.

    Such a solution opens with ``{solution-start} label`` in a markdown cell and
    closes with ``{solution-end}``; the code cells between them are part of it.
    """
    blocks, label = {}, None
    for cell in nb.cells:
        if cell.cell_type == "code":
            if label:
                blocks[label].append(cell)
            continue
        for match in re.finditer(r"\{solution-start\} ([\w-]+)|\{solution-end\}", cell.source):
            label = match.group(1)
            if label:
                blocks[label] = []
    return blocks


@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_code_exercises_run_with_run_all_and_nbval(path):
    """A solution's code cells are ordinary cells that "Run all" and nbval run in
    order from a fresh kernel: none may be skipped or allowed to fail, and each
    solution must store the output that nbval compares."""
    blocks = solution_code_blocks(read_notebook(path))
    forbidden = {"raises-exception", "skip-execution", "nbval-skip", "nbval-ignore-output"}
    for label, cells in blocks.items():
        assert cells, f"{path.name}: solution {label} opens with solution-start but holds no code cell"
        for cell in cells:
            tags = forbidden & set(cell.metadata.get("tags", []))
            assert not tags, f"{path.name}: a cell of solution {label} is tagged {sorted(tags)}"
            assert not any(o.get("output_type") == "error" for o in cell.outputs), f"{path.name}: solution {label} stores an error"
        assert any(cell.outputs for cell in cells), f"{path.name}: solution {label} shows no result"


def test_solution_block_reader_can_fail():
    import nbformat

    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_markdown_cell("````{solution-start} ex-a\n:class: dropdown\n````"),
        nbformat.v4.new_code_cell("1 + 1"),
        nbformat.v4.new_markdown_cell("````{solution-end}\n````"),
        nbformat.v4.new_code_cell("2 + 2"),
    ]
    assert {label: len(cells) for label, cells in solution_code_blocks(nb).items()} == {"ex-a": 1}


@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_glue_names_used_and_defined(path):
    nb = read_notebook(path)
    glued = glued_values(nb)
    used = set()
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            used.update(glue_references(cell.source))
    assert not used - set(glued), f"{path.name}: prose uses glue names that the notebook never glues: {sorted(used - set(glued))}"
    assert not set(glued) - used, f"{path.name}: glued but never used in the prose: {sorted(set(glued) - used)}"


def unexplained_glue(glued, expected, known):
    """Glued names whose value is neither recomputed in tests/expectations/ nor a value in data/*.csv."""
    return sorted(
        name for name, text in glued.items()
        if name not in expected and not any(float(text) == pytest.approx(k, rel=1e-9) for k in known)
    )


@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_glued_values_equal_the_data(path):
    """Every glued number is either a value read from data/*.csv or recomputed independently.

    nbval already proves that the stored outputs equal a fresh run on the CSV
    files, so a plain row lookup needs no second copy. A derived figure (a ratio,
    a difference, a sum, an estimate) must be recomputed, independently of the
    notebook, in tests/expectations/<chapter>.py.
    """
    expected = EXPECTED.get(path.stem, {})
    glued = glued_values(read_notebook(path))
    assert not set(expected) - set(glued), (
        f"{path.name}: tests/expectations/ recomputes names the notebook never glues: {sorted(set(expected) - set(glued))}"
    )
    for name, compute in expected.items():
        want = float(compute())
        got = float(glued[name])
        assert got == pytest.approx(want, rel=1e-9), f"{path.name}: glued {name} = {got}, but the data give {want}"
    derived = unexplained_glue(glued, expected, data_numbers())
    assert not derived, (
        f"{path.name}: these glued numbers are not values in data/*.csv, so they are derived: "
        f"recompute them in tests/expectations/{path.stem.replace('-', '_')}.py: {derived}"
    )


def test_unexplained_glue_detector_can_fail():
    assert unexplained_glue({"a": "375.0", "b": "1.5"}, {}, {375.0}) == ["b"]
    assert unexplained_glue({"a": "375.0", "b": "1.5"}, {"b": None}, {375.0}) == []


# Numbers allowed in prose without glue: years, page numbers inside citations,
# and numbers inside quotations (checked against their sources instead).
def prose_numbers(text):
    text = re.sub(r"```.*?```", " ", text, flags=re.S)          # fenced blocks and directives' bodies are prose, keep?
    text = re.sub(r"\{[\w:-]+\}`[^`]*`", " ", text)              # roles: {glue:text}`x:.1f`, {cite:p}`key{p. 5}`
    text = re.sub(r"`[^`]*`", " ", text)                          # inline code: file names such as data/output_1958.csv
    text = re.sub(r"“[^“”]*”", " ", text)                         # inline quotations
    text = re.sub(r"^>.*$", " ", text, flags=re.M)                # block quotations and their attributions
    text = re.sub(r"^\s*\d+\.\s", " ", text, flags=re.M)          # numbered-list markers
    text = re.sub(r"^\s*:[\w-]+:.*$", " ", text, flags=re.M)      # directive options (:label: ex-1)
    text = re.sub(r"\(\w+[\w-]*\)=", " ", text)                   # MyST targets
    text = re.sub(r"\b(1[89]\d\d|20\d\d)(–\d\d)?\b", " ", text)  # years and year ranges (1958–59)
    text = re.sub(r"\b\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December)\b", " ", text)
    return re.findall(r"\d+(?:[.,]\d+)?", text)


def test_prose_number_detector_can_fail():
    assert prose_numbers("Output was 375 million tonnes in 1958.") == ["375"]
    assert prose_numbers("Output was {glue:text}`grain:.0f` million tonnes in 1958.") == []
    assert prose_numbers("He wrote “375 million tons” on 3 September 1958.") == []


@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_no_figure_is_typed_by_hand_in_the_prose(path):
    nb = read_notebook(path)
    problems = []
    for i, cell in enumerate(nb.cells):
        if cell.cell_type == "markdown":
            problems += [f"cell {i}: {n}" for n in prose_numbers(cell.source)]
    assert not problems, (
        f"{path.name}: numbers typed into the prose (glue them from the data instead): " + ", ".join(problems)
    )


def test_chapters_only_read_data_from_the_data_folder():
    for path in NOTEBOOKS:
        for target in re.findall(r"read_csv\(\"([^\"]+)\"", code(read_notebook(path))):
            assert target.startswith("../data/"), f"{path.name} reads {target}; data lives in data/"
            assert (ROOT / target[3:]).exists(), f"{path.name} reads {target}, which does not exist"
