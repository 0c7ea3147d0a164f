"""Accessibility fixes to HTML that docutils and myst-nb write.

Both are string edits of the page body (``html-page-context``): neither
upstream has a setting for them, and overriding their node visitors would mean
copying their HTML-writing code here. tests/test_speed.py checks both on the
published pages; tests/test_browser.py runs axe-core over them.

1. Bibliography entries. docutils' HTML5 writer (``HTMLTranslator.visit_citation``
   in ``docutils/writers/_html_base.py``, docutils 0.21.2; it is docutils, not
   sphinxcontrib-bibtex, that writes the role) puts the entries that
   sphinxcontrib-bibtex produces in a ``<div role="list">`` and gives each one
   ``role="doc-biblioentry"``. DPUB-ARIA 1.1 deprecated that role because it is
   not a list item (https://github.com/w3c/dpub-aria/pull/22), so screen
   readers announce a list with no items (axe-core: aria-required-children).
   Each entry becomes ``role="listitem"``.
   Delete when docutils' ``visit_citation`` stops writing
   ``role="doc-biblioentry"`` (the test of roles in tests/test_speed.py then
   passes with this fix switched off).

2. "Show code cell source" toggles. myst-nb (``visit_HideCellInput`` in
   ``myst_nb/sphinx_.py``, myst-nb 1.4.0) writes
   ``<summary aria-label="Toggle hidden content">``, a name that is not the
   summary's visible text (WCAG 2.5.3, label in name). The label is dropped, so
   the visible "Show code cell source" names the control.
   Delete when myst-nb writes a plain ``<summary>``.
"""

import re

BIBLIO_ENTRY = re.compile(r'(<div class="citation" id="[^"]*" )role="doc-biblioentry"')
TOGGLE_LABEL = '<summary aria-label="Toggle hidden content">'


def fix_body(app, pagename, templatename, context, doctree):
    body = context.get("body")
    if body:
        body = BIBLIO_ENTRY.sub(r'\1role="listitem"', body)
        body = body.replace(TOGGLE_LABEL, "<summary>")
        context["body"] = body


def setup(app):
    app.connect("html-page-context", fix_body, priority=900)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
