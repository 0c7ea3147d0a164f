"""What a reader's browser downloads, page by page: a benchmark, not a test.

    python scripts/benchmark_pages.py [--html _build/html] [--no-lighthouse]

Builds the book into a temporary folder (or uses --html), serves it on
127.0.0.1, and prints for every page:

* bytes transferred, raw and as they would travel gzip-compressed (the page and
  everything it loads: CSS, scripts, fonts, and every image on the page, even
  the lazy-loaded charts a reader only fetches by scrolling to them);
* time to DOMContentLoaded in headless Chromium (no network throttling);

then Lighthouse's mobile performance and accessibility scores for the home page
and for the heaviest chapter (npm's `lighthouse`, installed with `npm ci`;
skipped with a note if it is missing).

Targets: every page within 500 KB with gzip; Lighthouse mobile performance at
least 90 and accessibility 100. The script exits 0 whatever the figures: it
measures, it does not judge.
"""

import argparse
import gzip
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlparse

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from anywhere

from booktools.build import build_book, reader_pages  # noqa: E402
from booktools.paths import CHROMIUM, ROOT  # noqa: E402
from booktools.server import serve  # noqa: E402

LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
KB = 1024
TARGET_GZIP_KB = 500


def build(out):
    result, html = build_book(out)
    result.check_returncode()
    return html


def measure(browser, base, html, page_path):
    """Load one page in a fresh context (empty cache); sum what it transferred."""
    context = browser.new_context()
    page = context.new_page()
    files = {}

    def on_response(response):
        url = urlparse(response.url)
        if url.netloc == urlparse(base).netloc:
            local = html / url.path.lstrip("/")
            if local.is_file():
                files[url.path] = local

    page.on("response", on_response)
    page.goto(base + page_path, wait_until="load")
    page.wait_for_timeout(300)  # late requests: fonts, icons
    # Charts are lazy-loaded: add every image on the page, as if read to the end.
    for src in page.evaluate("[...document.images].map(i => i.currentSrc || i.src)"):
        local = html / urlparse(src).path.lstrip("/")
        if local.is_file():
            files.setdefault(urlparse(src).path, local)
    dcl = page.evaluate(
        "(() => { const n = performance.getEntriesByType('navigation')[0];"
        " return n.domContentLoadedEventEnd - n.startTime; })()"
    )
    context.close()
    raw = sum(f.stat().st_size for f in files.values())
    zipped = sum(len(gzip.compress(f.read_bytes(), compresslevel=6)) for f in files.values())
    return {"page": page_path, "requests": len(files), "raw_bytes": raw, "gzip_bytes": zipped, "dcl_ms": round(dcl)}


def lighthouse(url):
    if not LIGHTHOUSE.exists():
        return None
    env = {**os.environ, "CHROME_PATH": str(CHROMIUM)}
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report.json"
        subprocess.run(
            [str(LIGHTHOUSE), url, "--quiet", "--output=json", f"--output-path={report}",
             "--only-categories=performance,accessibility", "--form-factor=mobile",
             "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking"],
            env=env, check=True, capture_output=True, timeout=300,
        )
        data = json.loads(report.read_text())
    return {name: round(cat["score"] * 100) for name, cat in data["categories"].items()}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--html", type=Path, help="an existing build (default: build afresh)")
    parser.add_argument("--no-lighthouse", action="store_true")
    args = parser.parse_args()

    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        html = args.html.resolve() if args.html else build(tmp)
        with serve(html, compress=True) as base:
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox", "--disable-gpu"])
                rows = [measure(browser, base, html, page.relative_to(html).as_posix()) for page in reader_pages(html)]
                browser.close()

            print(f"{'page':45} {'req':>4} {'raw KB':>9} {'gzip KB':>9} {'DCL ms':>7}  target")
            for r in rows:
                ok = "ok" if r["gzip_bytes"] <= TARGET_GZIP_KB * KB else f"MISS (>{TARGET_GZIP_KB} KB)"
                print(f"{r['page']:45} {r['requests']:>4} {r['raw_bytes'] / KB:>9.1f} {r['gzip_bytes'] / KB:>9.1f} {r['dcl_ms']:>7}  {ok}")

            scores = {}
            if args.no_lighthouse:
                print("\nLighthouse: skipped (--no-lighthouse)")
            elif not LIGHTHOUSE.exists():
                print("\nLighthouse: not installed; run `npm ci` in the repository to add it")
            else:
                chapters = [r for r in rows if r["page"].startswith("chapters/")] or rows
                heaviest = max(chapters, key=lambda r: r["gzip_bytes"])["page"]
                print("\nLighthouse, mobile (target: performance >= 90, accessibility 100)")
                for page in dict.fromkeys(["index.html", heaviest]):
                    scores[page] = lighthouse(base + page)
                    print(f"  {page:43} performance {scores[page]['performance']:>3}   accessibility {scores[page]['accessibility']:>3}")
        print(json.dumps({"pages": rows, "lighthouse": scores}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
