"""The published book in a real browser: accessible, offline, error-free, phone-friendly.

The session's clean build is served from 127.0.0.1 and every page is opened in
headless Chromium (Debian's /usr/bin/chromium, driven by Playwright; Playwright's
own browser download is never used; the fixtures are in tests/conftest.py). For
each page:

* axe-core (from the pinned `axe-playwright-python` package, injected from disk)
  finds no violation of impact "serious" or "critical", in the light and in the
  dark colour scheme;
* every image has alt text that describes it (not a file name or "png");
* no request leaves the local server while the page loads;
* the console shows no error;
* at a 390-pixel-wide phone viewport the page body does not scroll sideways.

Links and anchors, and the opacity of chart images (legibility on the dark
theme), are checked on the built files directly, without a browser, in
tests/test_build.py.

Without Chromium the browser tests skip and say why, unless GLF_REQUIRE_BROWSER
is set (as .ci/run does), in which case they fail.
"""

import re
from pathlib import Path
from urllib.parse import parse_qs, urljoin, urlparse

import pytest

from booktools.handouts import main as print_handouts, page_count
from booktools.toc import page_name, toc_files

SERIOUS = {"serious", "critical"}
# axe's default rules, plus one it ships switched off as "experimental": the
# visible text of a control must be part of its accessible name (WCAG 2.5.3),
# which the stock theme's search and theme buttons used to break.
AXE_RUN = """axe.run(document, {
    resultTypes: ['violations'],
    rules: {'label-content-name-mismatch': {enabled: true}}
})"""


@pytest.fixture(scope="session")
def axe_source():
    import axe_playwright_python

    return (Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text(encoding="utf-8")


def open_page(browser, url, base, **context_options):
    """Open a page, recording console errors and requests to other hosts."""
    context = browser.new_context(**context_options)
    page = context.new_page()
    problems = {"console": [], "network": []}
    local = urlparse(base).netloc

    def route(request_route):
        if urlparse(request_route.request.url).netloc not in (local, ""):
            problems["network"].append(request_route.request.url)
            return request_route.abort()
        return request_route.continue_()

    page.route("**/*", route)
    page.on("console", lambda m: problems["console"].append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: problems["console"].append(str(e)))
    page.goto(url, wait_until="load")
    page.evaluate("document.fonts.ready")
    # Let the theme settle: it switches colour scheme after load, and its links
    # fade colour (CSS transitions) that axe would otherwise catch half-way.
    page.wait_for_timeout(600)
    return context, page, problems


def pytest_generate_tests(metafunc):
    """One test per published page; the page list comes from the sources in _toc.yml."""
    if "page_path" in metafunc.fixturenames:
        pages = [page_name(p) for p in toc_files()] + ["search.html", "genindex.html"]
        metafunc.parametrize("page_path", list(dict.fromkeys(pages)))


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_serious_accessibility_violations(site, browser, axe_source, page_path, scheme):
    base, _ = site
    context, page, _ = open_page(browser, urljoin(base, page_path), base, color_scheme=scheme)
    theme = page.evaluate("document.documentElement.dataset.theme")
    assert theme == scheme, f"{page_path}: the page did not switch to the {scheme} theme (got {theme!r})"
    page.evaluate(axe_source)
    results = page.evaluate(AXE_RUN)
    context.close()
    serious = [v for v in results["violations"] if v["impact"] in SERIOUS]
    report = [
        f"{v['id']} ({v['impact']}): {v['help']}\n    "
        + "\n    ".join(f"{n['target']} {n['html'][:120]}\n      {n['failureSummary'][:240]}" for n in v["nodes"][:4])
        for v in serious
    ]
    assert not serious, f"{page_path} [{scheme}]: axe-core violations:\n" + "\n".join(report)


def test_page_loads_offline_without_console_errors_and_fits_a_phone(site, browser, page_path):
    base, _ = site
    context, page, problems = open_page(
        browser, urljoin(base, page_path), base, viewport={"width": 390, "height": 844}, device_scale_factor=2
    )
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    images = page.evaluate("[...document.images].map(i => ({src: i.getAttribute('src'), alt: i.getAttribute('alt')}))")
    context.close()
    assert not problems["network"], f"{page_path}: requests to other hosts: {problems['network']}"
    assert not problems["console"], f"{page_path}: console errors: {problems['console']}"
    assert overflow <= 0, f"{page_path}: the page is {overflow}px wider than a 390px phone screen"
    for image in images:
        alt = (image["alt"] or "").strip()
        assert alt and not re.search(r"\.(png|jpe?g|svg|gif)\b", alt, re.I) and alt.lower() not in {"png", "image"}, (
            f"{page_path}: image {image['src']} has no meaningful alt text ({alt!r})"
        )


def test_jupyterhub_button_opens_the_chapter_on_the_readers_hub(site, browser):
    """Chapter page → JupyterHub button → "Open in your JupyterHub" → the reader's hub, via nbgitpuller."""
    base, _ = site
    chapter = "chapters/how-many-died"
    context, page, problems = open_page(browser, urljoin(base, chapter + ".html"), base)
    href = page.get_attribute(".dropdown-launch-buttons a:has-text('JupyterHub')", "href")
    assert href and "instructors/open-in-jupyterhub.html?" in href, f"JupyterHub button: {href!r}"
    page.goto(urljoin(page.url, href), wait_until="load")
    assert "how-many-died.ipynb" in page.text_content("#glf-hub-target")

    hub_requests = []
    page.route("https://hub.example.edu/**", lambda r: (hub_requests.append(r.request.url), r.fulfill(body="hub"))[1])
    page.fill("#glf-hub-address", "hub.example.edu/")
    with page.expect_navigation():
        page.click("#glf-hub-form button")
    # Back on the book, the page offers the same hub again.
    page.goto(urljoin(base, "instructors/open-in-jupyterhub.html"), wait_until="load")
    remembered = page.input_value("#glf-hub-address")
    opens = page.text_content("#glf-hub-target")
    context.close()

    assert hub_requests, "pressing Open did not go to the hub"
    url = urlparse(hub_requests[0])
    assert (url.scheme, url.netloc, url.path) == ("https", "hub.example.edu", "/hub/user-redirect/git-pull")
    query = {k: v[0] for k, v in parse_qs(url.query).items()}
    assert query["urlpath"].endswith(f"/{chapter}.ipynb") and query["urlpath"].startswith("lab/tree/")
    assert query["repo"].startswith("https://github.com/") and query["branch"]
    assert remembered == "https://hub.example.edu"
    assert "folder" in opens, f"opened from the table of contents, the page should open the folder: {opens!r}"
    assert not problems["console"], problems["console"]


def test_a_printed_chapter_is_a_clean_handout(site, browser):
    """In print: no web furniture or code, closed solutions left out, figures kept whole."""
    base, _ = site
    context, page, _ = open_page(browser, urljoin(base, "chapters/numbers-that-lied.html"), base)
    page.emulate_media(media="print")
    shown = page.evaluate("""() => {
        const visible = sel => [...document.querySelectorAll(sel)].some(e => getComputedStyle(e).display !== 'none');
        return {
            furniture: ['.bd-header', '.bd-sidebar-primary', '.bd-sidebar-secondary', '.bd-header-article',
                        '.prev-next-area', '.bd-footer'].filter(visible),
            code: visible('.cell_input'),
            closedSolutions: visible('.admonition.solution.toggle-hidden'),
            exercises: visible('.exercise'),
            charts: [...document.querySelectorAll('figure')].filter(f => f.querySelector('img'))
                .map(f => [getComputedStyle(f).breakInside, !!f.querySelector('figcaption')]),
        };
    }""")
    context.close()
    assert shown["furniture"] == [], f"printed with web furniture: {shown['furniture']}"
    assert not shown["code"], "code cells are printed"
    assert not shown["closedSolutions"], "closed solutions are printed"
    assert shown["exercises"], "the exercises are missing from the print"
    assert shown["charts"] and all(rule == "avoid" and caption for rule, caption in shown["charts"]), shown["charts"]


def test_handout_command_prints_a_chapter_to_pdf(site, browser, tmp_path):
    """The documented command (scripts/print_handouts.py) writes a multi-page PDF offline."""
    _, html = site
    written = print_handouts(["numbers-that-lied", "--html", str(html), "--out", str(tmp_path)], browser=browser)
    assert [p.name for p in written] == ["numbers-that-lied.pdf"]
    pdf = written[0]
    assert pdf.read_bytes().startswith(b"%PDF") and page_count(pdf) >= 3, f"{pdf.name}: {page_count(pdf)} pages"
