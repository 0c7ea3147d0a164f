"""The whole book builds from a clean directory with warnings as errors, and
the published pages carry what the notebooks promise.

The build goes into a temporary directory (`--path-output`), so a reader's own
`_build/` is never touched, and is always clean. `-W -n --keep-going` makes
every warning an error, with Sphinx's nitpicky reference checking: a broken
cross-reference, citation, glued value or figure fails the build. Links,
anchors and chart images are checked on the built files; tests/test_browser.py
opens the pages in a browser.
"""

import posixpath
import re
from urllib.parse import unquote

import pytest
from bs4 import BeautifulSoup
from PIL import Image

from booktools.build import reader_pages
from booktools.notebooks import prose, read_notebook
from booktools.paths import CHAPTERS
from booktools.toc import chapter_notebooks, page_name, toc_files


def page(html_dir, source):
    return BeautifulSoup((html_dir / page_name(source)).read_text(encoding="utf-8"), "html.parser")


def test_book_builds_without_warnings(build):
    result, html = build
    log = result.stdout + result.stderr
    # Each notebook's kernel (run by the build, through jupyter-cache) prints
    # that it talks to the build over local TCP without encryption. That is
    # ipykernel's notice about its own loopback connection, not a problem in
    # the book, so it is the one line let through.
    kernel_notice = "[IPKernelApp] WARNING | Kernel is running over TCP without encryption"
    warnings = [
        line for line in log.splitlines() if re.search(r"WARNING|ERROR|CRITICAL", line) and kernel_notice not in line
    ]
    assert result.returncode == 0, "jupyter-book build -W -n failed:\n" + "\n".join(warnings or log.splitlines()[-40:])
    assert not warnings, "the build printed warnings:\n" + "\n".join(warnings)
    assert (html / "index.html").exists()


def test_every_toc_page_is_published(build):
    _, html = build
    for source in toc_files():
        assert (html / page_name(source)).exists(), f"{source.name} was not published"


@pytest.mark.parametrize("path", chapter_notebooks(), ids=lambda p: p.stem)
def test_published_figures_have_alt_text_and_numbered_caption(build, path):
    _, html = build
    soup = page(html, path)
    nb = read_notebook(path)
    expected = [c.metadata["mystnb"] for c in nb.cells if c.cell_type == "code" and "figure" in c.metadata.get("mystnb", {})]
    figures = soup.select("figure")
    assert len(figures) >= len(expected) >= 1
    for meta in expected:
        figure = soup.find(id=meta["figure"]["name"])
        assert figure is not None, f"{path.name}: figure {meta['figure']['name']} is not on the page"
        img = figure.find("img")
        assert img is not None and img.get("alt") == meta["image"]["alt"], f"{path.name}: the chart lost its alt text"
        caption = figure.find("figcaption")
        assert caption is not None and re.search(r"Figure \d", caption.get_text()), f"{path.name}: caption is not numbered"


@pytest.mark.parametrize("path", chapter_notebooks(), ids=lambda p: p.stem)
def test_published_chapter_has_citations_glue_and_exercises(build, path):
    _, html = build
    soup = page(html, path)
    text = soup.get_text(" ")
    assert soup.select('a[href^="../reference/bibliography.html#id"]'), f"{path.name}: no citation links to the bibliography"
    assert "{glue" not in text and "{cite" not in text, f"{path.name}: an unrendered role reached the page"
    assert soup.select(".exercise"), f"{path.name}: no exercise on the page"
    assert soup.select(".solution.dropdown, details.solution, .solution"), f"{path.name}: no solution on the page"


def test_glued_numbers_reach_the_exemplar_page(build):
    """Spot-check: the grain claim, glued from the data, is printed in the chapter text."""
    _, html = build
    soup = page(html, CHAPTERS / "numbers-that-lied.ipynb")
    glued = [span.get_text() for span in soup.select("span.pasted-text")]
    assert "375" in glued and "250" in glued and "215" in glued


def test_bibliography_lists_every_seed_document(build):
    _, html = build
    text = (html / "reference" / "bibliography.html").read_text(encoding="utf-8")
    for n in range(5):
        assert f"00{n}_" in text, f"seed document 00{n} is missing from the bibliography page"


def test_no_page_loads_anything_from_the_network_by_script_or_style(build):
    """Readers may have no internet: no page pulls a script, style or font from another host."""
    _, html = build
    offenders = []
    for file in html.rglob("*.html"):
        soup = BeautifulSoup(file.read_text(encoding="utf-8"), "html.parser")
        for tag in soup.select("script[src], link[rel=stylesheet][href], link[rel=preload][href]"):
            url = tag.get("src") or tag.get("href")
            if re.match(r"(https?:)?//", url):
                offenders.append(f"{file.relative_to(html)}: {url}")
    assert not offenders, "pages load from the network:\n" + "\n".join(offenders)


def test_every_icon_a_page_uses_has_its_glyph(build):
    """_ext/icons.py cuts Font Awesome down to the icons in use; none may go missing."""
    from fontTools.ttLib import TTFont

    _, html = build
    css = (html / "_static" / "styles" / "pydata-sphinx-theme.css").read_text(encoding="utf-8")
    rules = {}
    for selectors, code in re.findall(r'((?:\.fa-[a-z0-9-]+:before,?)+)\{content:"\\([0-9a-f]+)"\}', css):
        for name in re.findall(r"\.fa-([a-z0-9-]+):before", selectors):
            rules[name] = int(code, 16)
    glyphs = set()
    for font in (html / "_static" / "vendor" / "fontawesome" / "webfonts").glob("*.woff2"):
        glyphs |= set(TTFont(font).getBestCmap())
    modifiers = {"solid", "regular", "brands", "lg", "sm", "xs", "2x", "fw"}
    missing = []
    for page in html.rglob("*.html"):
        for name in set(re.findall(r'class="[^"]*\bfa-([a-z0-9-]+)', page.read_text(encoding="utf-8"))) - modifiers:
            if name not in rules or rules[name] not in glyphs:
                missing.append(f"{page.relative_to(html)}: fa-{name}")
    assert not missing, "icons used but not shipped:\n" + "\n".join(sorted(set(missing)))
    assert len(glyphs) < 100, "the icon fonts were not cut down"


def test_every_internal_link_and_anchor_resolves(build):
    _, html = build
    ids = {}
    broken = []
    for page in reader_pages(html):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        ids[page] = {tag.get("id") for tag in soup.find_all(id=True)} | {a.get("name") for a in soup.find_all("a", attrs={"name": True})}
    for page in reader_pages(html):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        for a in soup.find_all("a", href=True):
            href = a["href"]
            if re.match(r"^[a-z]+:", href) or href.startswith("//"):
                continue  # external links and mailto: are not loaded by the page
            path, _, anchor = href.partition("#")
            path = path.partition("?")[0]
            target = (page.parent / unquote(path)).resolve() if path else page
            if target.is_dir():
                target = target / "index.html"
            if not target.exists():
                broken.append(f"{page.relative_to(html)}: {href} (no such file)")
            elif anchor and target.suffix == ".html" and target in ids and unquote(anchor) not in ids[target]:
                broken.append(f"{page.relative_to(html)}: {href} (no such anchor)")
    assert not broken, "broken internal links:\n" + "\n".join(broken)


def test_chart_images_are_opaque_so_they_read_on_the_dark_theme(build):
    """A transparent chart background would let the dark page show through and hide dark text."""
    _, html = build
    images = list((html / "_images").glob("*.png"))
    assert images, "no chart images were published"
    for path in images:
        with Image.open(path) as image:
            if image.mode in ("RGBA", "LA") or "transparency" in image.info:
                alpha = image.convert("RGBA").getchannel("A")
                assert alpha.getextrema()[0] == 255, f"{path.name} has transparent pixels"



def test_exercise_list_links_every_exercise_once_in_book_order(build):
    _, html = build
    soup = BeautifulSoup((html / "reference" / "exercises.html").read_text(encoding="utf-8"), "html.parser")
    # Each link, as an address from the top of the book (the list is in reference/).
    listed = [posixpath.normpath(posixpath.join("reference", a["href"])) for a in soup.select("article li a")]
    expected = []
    for path in chapter_notebooks():
        labels = re.findall(r"```\{exercise(?:-start)?\}[^\n]*\n:label: ([\w-]+)", prose(read_notebook(path)))
        expected += [f"{page_name(path)}#{label}" for label in labels]
    assert sorted(listed) == sorted(expected), "the exercise list differs from the exercises in the chapters"
    order = [page_name(p) for p in chapter_notebooks()]
    pages_in_list = list(dict.fromkeys(href.split("#")[0] for href in listed))
    assert pages_in_list == [p for p in order if p in pages_in_list], "the exercise list is not in book order"
    numbers = [li.get_text(" ", strip=True).split(":")[0].strip() for li in soup.select("article li")]
    assert all(re.fullmatch(r"Exercise \d+(\.\d+)?", n) for n in numbers), numbers
    assert len(set(numbers)) == len(numbers), "two exercises share a number"
    assert soup.select(".exercise-uses-code"), "no exercise is marked as needing code"


# Pages that moved into instructors/ and reference/: their old top-level
# addresses stay as small pages that send the reader on (_ext/redirects.py).
MOVED = {
    "instructors.html": "instructors/guide.html",
    "run-it-yourself.html": "instructors/run-it-yourself.html",
    "open-in-jupyterhub.html": "instructors/open-in-jupyterhub.html",
    **{f"{name}.html": f"reference/{name}.html" for name in
       ["exercises", "glossary", "datasets", "checking", "status", "bibliography"]},
}


@pytest.mark.parametrize("old", MOVED)
def test_an_old_address_sends_the_reader_to_the_moved_page(build, old):
    _, html = build
    new = MOVED[old]
    assert (html / new).exists(), f"{new} was not published"
    soup = BeautifulSoup((html / old).read_text(encoding="utf-8"), "html.parser")
    assert soup.html.get("lang") and soup.title and soup.title.get_text(strip=True), f"{old}: no language or title"
    refresh = soup.find("meta", attrs={"http-equiv": "refresh"})
    assert refresh is not None and refresh["content"] == f"0; url={new}", f"{old}: refresh {refresh}"
    assert soup.find("link", rel="canonical")["href"] == new, f"{old}: canonical link"
    assert [a["href"] for a in soup.find_all("a", href=True)] == [new], f"{old}: the link to the new page"
    assert f'location.replace("{new}" + location.search + location.hash)' in soup.script.get_text(), (
        f"{old}: the script should keep the query string and anchor"
    )
