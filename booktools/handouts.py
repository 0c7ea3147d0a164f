"""Printing chapters of the built book to PDF handouts, offline (how, is told in scripts/print_handouts.py).

main() is the command; a caller with a browser already running (the test suite) may lend it.
"""

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

from booktools.paths import CHROMIUM, ROOT
from booktools.server import serve
from booktools.toc import chapter_notebooks, page_name

FOOTER = """<div style="font-size:8px; width:100%; padding:0 15mm; color:#444; display:flex; justify-content:space-between">
<span class="title"></span><span>page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>"""


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


def print_chapters(chromium, base, chapters, args):
    """Print each chapter (name: source path) of the book served at `base`; return the PDFs written."""
    suffix = "-with-solutions" if args.solutions else ""
    written = []
    for name, source in chapters.items():
        pdf = args.out / f"{name}{suffix}.pdf"
        print_page(chromium, base + page_name(source), pdf, "Letter" if args.letter else "A4", args.solutions, args.code)
        written.append(pdf)
        print(f"{pdf}: {page_count(pdf)} pages, {pdf.stat().st_size / 1024:.0f} KB")
        if args.png:
            subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile",
                            str(pdf), str(pdf.with_suffix(""))], check=True)
    return written


def main(argv=None, browser=None):
    """Print the chapters the command line names (default: all); return the PDFs written.

    The test suite lends its own `browser`; otherwise Chromium is started here.
    """
    parser = argparse.ArgumentParser(description="Print chapters of the built book to PDF handouts, offline.")
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
    known = {path.stem: path for path in chapter_notebooks()}
    unknown = [f"chapters/{name}" for name in args.chapters if name not in known]
    if unknown:
        sys.exit(f"Unknown chapter(s) {unknown}; choose from {list(known)}")
    chapters = {name: known[name] for name in args.chapters} or known

    args.out.mkdir(parents=True, exist_ok=True)
    with serve(args.html) as base:
        if browser is not None:
            return print_chapters(browser, base, chapters, args)
        from playwright.sync_api import sync_playwright

        with sync_playwright() as playwright:
            chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
            written = print_chapters(chromium, base, chapters, args)
            chromium.close()
    return written
