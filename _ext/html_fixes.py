"""Small fixes to the HTML that Sphinx, the theme and extensions write.

Each fix is for a reader: a screen-reader user, or anyone whose browser console
would otherwise show an error. They are tested by tests/test_browser.py
(6 also by tests/test_launch.py, 7 by tests/test_index.py).

1. The bibliography (sphinxcontrib-bibtex) is a ``<div role="list">`` whose
   entries carry ``role="doc-biblioentry"``, a role deprecated in DPUB-ARIA 1.1
   that does not count as a list item: screen readers announce a list with no
   items (axe-core: aria-required-children). Entries become ``listitem``s.
2. myst-nb's "Show code cell source" toggles are ``<summary>`` elements labelled
   "Toggle hidden content", which is not their visible text (WCAG 2.5.3, label
   in name). The label is dropped, so the visible text names the control.
3. sphinx-thebe's configuration script is added to every page twice, and the
   second copy throws "Identifier 'THEBE_JS_URL' has already been declared".
   Duplicate scripts are removed.
4. Charts below the first screen are fetched before the reader gets there.
   Images in the page body get `loading="lazy"` (and `decoding="async"`).
5. Every script file is loaded in <head> and blocks the first paint. They are
   marked `defer` (which keeps their order), except documentation_options.js,
   which the page's small inline scripts use at once. The search page is left
   alone: its inline script calls Sphinx's scripts as soon as it runs.
6. JupyterHub launch buttons. A book read by many classes cannot name one
   hub, so `_config.yml` gives the reserved address below; those buttons are
   pointed at the book's own "Open in your JupyterHub" page instead, with the
   same nbgitpuller query (repository, branch, notebook). That page asks the
   reader for their hub. A real hub address in `_config.yml` is left alone.
7. The index (_templates/genindex.html) names each page it links to; this
   gives the template every page's title, keyed by its address.
"""

import re
from urllib.parse import urlsplit

from exercise_list import toc_order  # _ext/ is on the path: reading order of the pages

ANY_HUB = "https://jupyterhub.invalid"
HUB_PAGE = "open-in-jupyterhub"

BIBLIO_ENTRY = re.compile(r'(<div class="citation" id="[^"]*" )role="doc-biblioentry"')
TOGGLE_LABEL = '<summary aria-label="Toggle hidden content">'


def deferred(script):
    """A copy of a script-file entry, marked `defer` where that is safe."""
    name = getattr(script, "filename", None)
    attributes = getattr(script, "attributes", None)
    if not name or attributes is None or "async" in attributes or name.endswith("documentation_options.js"):
        return script
    return type(script)(name, priority=script.priority, **{**attributes, "defer": "defer"})


def point_hub_buttons_at_chooser(buttons, pathto):
    for button in buttons:
        point_hub_buttons_at_chooser(button.get("buttons", []), pathto)
        url = button.get("url", "")
        if url.startswith(ANY_HUB + "/"):
            button["url"] = f"{pathto(HUB_PAGE)}?{urlsplit(url).query}"
            button["tooltip"] = "Open in your JupyterHub"


def fix_page(app, pagename, templatename, context, doctree):
    if pagename == "genindex":
        env = app.builder.env
        context["glf_index_titles"] = {
            app.builder.get_target_uri(doc): env.titles[doc].astext() for doc in env.found_docs if doc in env.titles
        }
        context["glf_glossary_link"] = f'<a href="{context["pathto"]("glossary")}">glossary</a>'
        # List each entry's pages in reading order, not alphabetically.
        order = {app.builder.get_target_uri(doc): i for i, doc in enumerate(toc_order(env, app.config.root_doc))}

        def by_reading_order(links):
            return sorted(links, key=lambda link: order.get(link[1].split("#")[0], len(order)))

        for _, entries in context.get("genindexentries", []):
            for _, (links, subitems, _) in entries:
                links[:] = by_reading_order(links)
                for _, sublinks in subitems:
                    sublinks[:] = by_reading_order(sublinks)
    point_hub_buttons_at_chooser(context.get("header_buttons", []), context["pathto"])
    body = context.get("body")
    if body:
        body = BIBLIO_ENTRY.sub(r'\1role="listitem"', body)
        body = body.replace(TOGGLE_LABEL, "<summary>")
        body = body.replace("<img ", '<img loading="lazy" decoding="async" ')
        if pagename == HUB_PAGE:
            options = app.config.html_theme_options
            body = body.replace("__GLF_REPOSITORY__", options.get("repository_url", ""))
            body = body.replace("__GLF_BRANCH__", options.get("repository_branch", "main"))
        context["body"] = body

    scripts, seen = [], set()
    for script in context.get("script_files", []):
        # The copies differ only in filename: None in one, "" in the other.
        key = (getattr(script, "filename", None) or "", tuple(sorted(getattr(script, "attributes", {}).items())))
        if key not in seen:
            seen.add(key)
            scripts.append(script)
    if pagename != "search":
        # Sphinx shares these objects between pages: make deferred copies.
        scripts = [deferred(script) for script in scripts]
    context["script_files"] = scripts


def setup(app):
    # Run after the theme and extensions have added their scripts.
    app.connect("html-page-context", fix_page, priority=900)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
