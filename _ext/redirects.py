"""Pages at the addresses the reference and instructors' pages had before they moved into folders.

The pages for instructors and the reference pages once sat at the top of the
book (``instructors.html``, ``glossary.html`` ...); they now live in
``instructors/`` and ``reference/``, as in the table of contents. For each old
address this writes a small page (_templates/moved.html) that names the new
one, links to it, declares it canonical and sends the reader there at once
(``<meta http-equiv="refresh">``, and a line of script that keeps the query
string and the #anchor, which the hub page and glossary links carry).

Sphinx has no redirects of its own, and the sphinx-reredirects package writes
pages without a language or title; this uses only Sphinx's
``html-collect-pages`` event. An old address that becomes a page again is left
to that page; a new address that no longer exists is a build warning (so an
error under ``-W``). tests/test_build.py checks the stubs. Delete this module,
and the template, once the old addresses no longer matter.
"""

from sphinx.util import logging

logger = logging.getLogger(__name__)

# Old document name (address without .html) -> the document's name now.
MOVED = {
    "instructors": "instructors/guide",
    "run-it-yourself": "instructors/run-it-yourself",
    "open-in-jupyterhub": "instructors/open-in-jupyterhub",
    "exercises": "reference/exercises",
    "glossary": "reference/glossary",
    "datasets": "reference/datasets",
    "checking": "reference/checking",
    "status": "reference/status",
    "bibliography": "reference/bibliography",
}


def moved_pages(app):
    if app.builder.name not in ("html", "dirhtml"):
        return
    env = app.builder.env
    for old, new in MOVED.items():
        if old in env.found_docs:
            continue
        if new not in env.found_docs:
            logger.warning(f"_ext/redirects.py: {old!r} is said to have moved to {new!r}, which is not a page")
            continue
        canonical = app.builder.get_target_uri(new)
        if app.config.html_baseurl:
            canonical = app.config.html_baseurl.rstrip("/") + "/" + canonical
        yield old, {"glf_moved_to": new, "glf_moved_title": env.titles[new].astext(), "glf_canonical": canonical}, "moved.html"


def setup(app):
    app.connect("html-collect-pages", moved_pages)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
