"""What the index page (_templates/genindex.html) needs beyond Sphinx's own context.

Sphinx's genindex context lists each entry's links as (main, uri) pairs with
no page titles, sorted by document name. The book's index names each page it
links to and lists an entry's pages in reading order, so this adds to the
``genindex`` page's context:

* ``glf_index_titles``: every page's title, keyed by its address;
* ``glf_glossary_link``: a link to the glossary, for the page's introduction;

and re-sorts each entry's (and sub-entry's) links by the table of contents'
reading order (``exercise_list.toc_order``).

This is not a workaround and has no upstream to wait for: it depends on the
shape of Sphinx's ``genindexentries`` context (stable since Sphinx 1.x) and on
the template override in _templates/. tests/test_index.py checks the page.
"""

from exercise_list import toc_order  # _ext/ is on the path: reading order of the pages


def add_index_context(app, pagename, templatename, context, doctree):
    if pagename != "genindex":
        return
    env = app.builder.env
    context["glf_index_titles"] = {
        app.builder.get_target_uri(doc): env.titles[doc].astext() for doc in env.found_docs if doc in env.titles
    }
    context["glf_glossary_link"] = f'<a href="{context["pathto"]("reference/glossary")}">glossary</a>'
    # List each entry's pages in reading order, not alphabetically.
    order = {app.builder.get_target_uri(doc): i for i, doc in enumerate(toc_order(env, app.config.root_doc))}

    def by_reading_order(links):
        return sorted(links, key=lambda link: order.get(link[1].split("#")[0], len(order)))

    for _, entries in context.get("genindexentries", []):
        for _, (links, subitems, _) in entries:
            links[:] = by_reading_order(links)
            for _, sublinks in subitems:
                sublinks[:] = by_reading_order(sublinks)


def setup(app):
    app.connect("html-page-context", add_index_context, priority=900)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
