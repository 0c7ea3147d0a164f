"""Opening a chapter elsewhere: launch buttons, the download button, and Colab.

Each chapter page has launch buttons (Binder, JupyterHub, Colab) and a download
button. These tests read the published pages and check that every button points
at this repository's copy of that chapter's notebook, and that the notebook
still runs when Colab opens it on its own, without the rest of the repository.
"""

import json
import os
import shutil
import subprocess
from urllib.parse import parse_qs, urlsplit

import nbformat
import pytest
import yaml
from bs4 import BeautifulSoup

from booktools.notebooks import read_notebook
from booktools.paths import CHAPTERS, ROOT, requirement_pins
from booktools.toc import chapter_notebooks, page_name

CONFIG = yaml.safe_load((ROOT / "_config.yml").read_text(encoding="utf-8"))
REPOSITORY = CONFIG["repository"]["url"].rstrip("/")
BRANCH = CONFIG["repository"]["branch"]
OWNER, NAME = urlsplit(REPOSITORY).path.strip("/").split("/")
NOTEBOOKS = [p.relative_to(ROOT).as_posix() for p in chapter_notebooks()]


def tracked_files():
    """Files in the repository's git index (what a clone, Binder or Colab sees)."""
    result = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True)
    if result.returncode != 0:
        pytest.skip(f"not a git checkout, so what the repository holds is unknown: {result.stderr.strip()}")
    return set(result.stdout.splitlines())


def launch_links(html, notebook):
    page = html / page_name(ROOT / notebook)
    soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
    menu = soup.select_one(".dropdown-launch-buttons")
    assert menu is not None, f"{page.name}: no launch menu"
    return {a.get_text(strip=True): a["href"] for a in menu.find_all("a", href=True)}


def test_the_repository_address_is_the_same_everywhere():
    citation = yaml.safe_load((ROOT / "CITATION.cff").read_text(encoding="utf-8"))
    assert citation["repository-code"].rstrip("/") == REPOSITORY
    assert REPOSITORY.startswith("https://github.com/"), "Binder and Colab buttons need a GitHub repository"
    assert CONFIG["launch_buttons"]["jupyterhub_url"].startswith("https://")


@pytest.mark.parametrize("notebook", NOTEBOOKS)
def test_launch_buttons_open_this_chapter_from_the_repository(build, notebook):
    result, html = build
    assert result.returncode == 0, "the book did not build"
    assert notebook in tracked_files(), f"{notebook} is not committed, so no launch button can open it"
    links = launch_links(html, notebook)
    assert set(links) == {"Binder", "JupyterHub", "Colab"}, f"{notebook}: launch menu has {sorted(links)}"

    assert links["Binder"] == f"https://mybinder.org/v2/gh/{OWNER}/{NAME}/{BRANCH}?urlpath=lab/tree/{notebook}"
    assert links["Colab"] == f"https://colab.research.google.com/github/{OWNER}/{NAME}/blob/{BRANCH}/{notebook}"

    # JupyterHub: nbgitpuller's query, sent to the book's own hub chooser page
    # (unless _config.yml names a real hub).
    hub = urlsplit(links["JupyterHub"])
    query = {key: values[0] for key, values in parse_qs(hub.query).items()}
    assert query == {"repo": REPOSITORY, "urlpath": f"lab/tree/{NAME}/{notebook}", "branch": BRANCH}
    if CONFIG["launch_buttons"]["jupyterhub_url"] == "https://jupyterhub.invalid":
        assert hub.path == "../instructors/open-in-jupyterhub.html", links["JupyterHub"]
    else:
        assert links["JupyterHub"].startswith(CONFIG["launch_buttons"]["jupyterhub_url"] + "/hub/user-redirect/git-pull?")


def test_no_page_links_to_the_reserved_hub_address(build):
    _, html = build
    offenders = [p.name for p in html.rglob("*.html") if "jupyterhub.invalid" in p.read_text(encoding="utf-8")]
    assert not offenders, f"pages still link to the placeholder hub address: {offenders}"


@pytest.mark.parametrize("notebook", NOTEBOOKS)
def test_download_button_offers_the_chapter_notebook(build, notebook):
    _, html = build
    page = html / page_name(ROOT / notebook)
    soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
    link = soup.select_one(".dropdown-download-buttons a[href$='.ipynb']")
    assert link is not None, f"{page.name}: no .ipynb download button"
    target = (page.parent / link["href"]).resolve()
    assert target.exists(), f"{page.name}: the download button points at a missing file {link['href']}"
    published = read_notebook(target)
    source = read_notebook(ROOT / notebook)
    assert [c.source for c in published.cells] == [c.source for c in source.cells], (
        f"{page.name}: the downloadable notebook is not the chapter's notebook"
    )


# --- Colab ---------------------------------------------------------------

# Where each chapter's first cell fetches the shared Colab set-up from.
SETUP_URL = f"https://raw.githubusercontent.com/{OWNER}/{NAME}/{BRANCH}/chapters/colab_setup.py"


def colab_cell(nb):
    cells = [c for c in nb.cells if c.cell_type == "code" and "google.colab" in c.source]
    return cells[0] if cells else None


@pytest.mark.parametrize("path", chapter_notebooks(), ids=lambda p: p.stem)
def test_every_chapter_can_fetch_what_colab_lacks(path):
    """Each chapter starts with the same short, hidden bootstrap; the rest is chapters/colab_setup.py."""
    nb = read_notebook(path)
    cell = colab_cell(nb)
    assert cell is not None, f"{path.name}: no Colab set-up cell"
    setup = next(i for i, c in enumerate(nb.cells) if c.cell_type == "code" and "bookstyle.use()" in c.source)
    assert nb.cells.index(cell) < setup, f"{path.name}: the Colab cell must come before the set-up cell"
    assert "remove-cell" in cell.metadata.get("tags", []), f"{path.name}: the Colab cell should be hidden from readers"
    assert f'urlopen("{SETUP_URL}")' in cell.source, f"{path.name}: the Colab cell does not run this repository's chapters/colab_setup.py"
    assert len(cell.source.splitlines()) <= 6, f"{path.name}: the Colab bootstrap should stay a few lines; the rest belongs in colab_setup.py"
    first = colab_cell(read_notebook(chapter_notebooks()[0]))
    assert cell.source == first.source, f"{path.name}: the Colab cell differs from the other chapters'"


def test_colab_setup_clones_this_repository_and_installs_the_pinned_myst_nb():
    assert f'REPOSITORY = "{REPOSITORY}"' in (CHAPTERS / "colab_setup.py").read_text(encoding="utf-8"), (
        "chapters/colab_setup.py clones another repository than _config.yml names"
    )
    pins = requirement_pins()
    setup = (CHAPTERS / "colab_setup.py").read_text(encoding="utf-8")
    assert f'"myst-nb=={pins["myst-nb"]}"' in setup, "chapters/colab_setup.py installs another myst-nb than requirements.txt pins"


def test_a_chapter_opened_alone_runs_as_it_would_in_colab(tmp_path, run_notebook):
    """Run a chapter from a folder holding nothing but the notebook, as Colab does.

    A stand-in `google.colab` module is registered, and the set-up file's
    address and the repository it clones are swapped for a local repository
    made from the working tree, so that the test needs no network. myst-nb is already installed, so pip has nothing to
    fetch.
    """
    # A local "remote" holding the current chapters and data, whose set-up
    # file clones the local remote instead of GitHub.
    remote = tmp_path / "remote"
    for folder in ("chapters", "data"):
        shutil.copytree(ROOT / folder, remote / folder, ignore=shutil.ignore_patterns("__pycache__", ".ipynb_checkpoints"))
    setup = remote / "chapters" / "colab_setup.py"
    setup.write_text(setup.read_text(encoding="utf-8").replace(f'"{REPOSITORY}"', json.dumps(str(remote))), encoding="utf-8")
    git = ["git", "-c", "user.name=test", "-c", "user.email=test@example.invalid", "-c", "init.defaultBranch=main"]
    for command in (["init", "--quiet"], ["add", "."], ["commit", "--quiet", "-m", "snapshot"]):
        subprocess.run(git + command, cwd=remote, check=True, capture_output=True)

    nb = read_notebook(CHAPTERS / "numbers-that-lied.ipynb")
    cell = colab_cell(nb)
    cell.source = cell.source.replace(SETUP_URL, setup.as_uri())
    pretend = nbformat.v4.new_code_cell('import sys, types\nsys.modules["google.colab"] = types.ModuleType("google.colab")')
    nb.cells.insert(0, pretend)
    nb.cells.append(nbformat.v4.new_code_cell("import os\nprint(os.getcwd())"))

    content = tmp_path / "content"  # Colab's working folder
    content.mkdir()
    env = {**os.environ, "PIP_NO_INDEX": "1"}  # never reach for the network
    run_notebook(nb, content, env=env)

    final_cwd = nb.cells[-1].outputs[0]["text"].strip()
    assert final_cwd == str(content / "great-leap-forward" / "chapters")
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"]
    assert not errors
    figures = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs if "image/png" in o.get("data", {})]
    assert figures, "the chapter drew no chart when run on its own"
