"""Print chapters of the built book to PDF handouts, offline.

Build the book first (``jupyter-book build .``), then:

    python scripts/print_handouts.py                      # every chapter, solutions hidden
    python scripts/print_handouts.py --solutions          # with every solution shown (answer key)
    python scripts/print_handouts.py --code               # keep the code cells (hidden by default)
    python scripts/print_handouts.py how-many-died --png  # one chapter, plus a PNG of its first page

PDFs go to ``_build/handouts/`` (A4; ``--letter`` for US Letter). The pages are
printed by headless Chromium (Debian's ``chromium``; set GLF_CHROMIUM to use
another) from a local copy of the book, using the book's print stylesheet
(``_static/custom.css``): no sidebars, header, buttons or code cells (their
results stay); closed solutions left out; figures kept whole with their
captions; long tables broken between rows. Each page carries the chapter's title and
"page N of M" at the foot. Nothing is fetched from the network.

``--png`` also renders each handout's first page to PNG with ``pdftoppm``
(poppler-utils), to check the layout at a glance.
"""

import argparse
import functools
import http.server
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path(os.environ.get("GLF_CHROMIUM", "/usr/bin/chromium"))
FOOTER = """<div style="font-size:8px; width:100%; padding:0 15mm; color:#444; display:flex; justify-content:space-between">
<span class="title"></span><span>page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>"""


def chapters():
    """Chapter pages in table-of-contents order, as 'chapters/name'."""
    toc = yaml.safe_load((ROOT / "_toc.yml").read_text(encoding="utf-8"))
    names = []
    for part in toc.get("parts", []):
        names += [entry["file"] for entry in part.get("chapters", []) if entry["file"].startswith("chapters/")]
    return names


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve(html):
    handler = functools.partial(QuietHandler, directory=str(html))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def print_page(browser, url, pdf, page_format, solutions, code):
    context = browser.new_context()
    page = context.new_page()
    local = url.split("/")[2]
    page.route("**/*", lambda r: r.continue_() if r.request.url.split("/")[2] == local else r.abort())
    page.goto(url, wait_until="load")
    page.emulate_media(media="print")
    # Charts below the first screen are lazy-loaded on the web; load them all.
    page.evaluate("""async ([open, code]) => {
        document.querySelectorAll('img[loading="lazy"]').forEach(img => img.loading = 'eager');
        await Promise.all([...document.images].map(img => img.complete ? null : img.decode().catch(() => null)));
        if (open) document.querySelectorAll('.admonition.solution.toggle-hidden button.toggle-button')
            .forEach(button => button.click());
        if (code) document.documentElement.classList.add('glf-print-code');
    }""", [solutions, code])
    page.pdf(
        path=str(pdf),
        format=page_format,
        margin={"top": "15mm", "bottom": "18mm", "left": "15mm", "right": "15mm"},
        display_header_footer=True,
        header_template="<span></span>",
        footer_template=FOOTER,
    )
    context.close()


def page_count(pdf):
    return pdf.read_bytes().count(b"/Type /Page") - pdf.read_bytes().count(b"/Type /Pages")


def main(argv=None, browser=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("chapters", nargs="*", help="chapter names, e.g. how-many-died (default: all)")
    parser.add_argument("--html", type=Path, default=ROOT / "_build" / "html", help="the built book")
    parser.add_argument("--out", type=Path, default=ROOT / "_build" / "handouts", help="where to write PDFs")
    parser.add_argument("--solutions", action="store_true", help="print with every solution shown")
    parser.add_argument("--code", action="store_true", help="print the code cells too (hidden by default)")
    parser.add_argument("--letter", action="store_true", help="US Letter paper instead of A4")
    parser.add_argument("--png", action="store_true", help="also render each first page to PNG (needs pdftoppm)")
    args = parser.parse_args(argv)

    if not (args.html / "index.html").exists():
        sys.exit(f"No built book in {args.html}: run `jupyter-book build .` first.")
    if browser is None and not CHROMIUM.exists():
        sys.exit(f"{CHROMIUM} not found: install Debian's chromium package, or set GLF_CHROMIUM.")
    if args.png and not shutil.which("pdftoppm"):
        sys.exit("--png needs pdftoppm (Debian package poppler-utils).")
    known = chapters()
    wanted = [f"chapters/{name}" for name in args.chapters] or known
    unknown = [name for name in wanted if name not in known]
    if unknown:
        sys.exit(f"Unknown chapter(s) {unknown}; choose from {[k.split('/')[1] for k in known]}")

    args.out.mkdir(parents=True, exist_ok=True)
    server, base = serve(args.html)
    suffix = "-with-solutions" if args.solutions else ""
    written = []

    def print_all(chromium):
        for name in wanted:
            pdf = args.out / f"{name.split('/')[1]}{suffix}.pdf"
            print_page(chromium, base + name + ".html", pdf, "Letter" if args.letter else "A4", args.solutions, args.code)
            written.append(pdf)
            print(f"{pdf}: {page_count(pdf)} pages, {pdf.stat().st_size / 1024:.0f} KB")
            if args.png:
                subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile",
                                str(pdf), str(pdf.with_suffix(""))], check=True)

    try:
        if browser is not None:  # the test suite lends its own browser
            print_all(browser)
        else:
            from playwright.sync_api import sync_playwright

            with sync_playwright() as playwright:
                chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
                print_all(chromium)
                chromium.close()
    finally:
        server.shutdown()
    return written


if __name__ == "__main__":
    main()
