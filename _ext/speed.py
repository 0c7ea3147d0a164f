"""Page speed: deferred scripts, one copy of each script, lazy images.

Three workarounds, each for what another project writes into every page.
tests/test_speed.py checks all three on the published pages.

1. Lazy images: NOT done here. docutils' HTML writer has its own setting,
   ``image_loading: lazy``, which Sphinx 7.4's HTML5 translator honours (it
   calls docutils' ``visit_image``) for every image node, including the charts
   myst-nb writes from notebook outputs. It is set in ../docutils.conf, which
   Sphinx reads from the configuration directory (the book's root) during
   ``jupyter-book build``; the section is ``[html writers]`` because Sphinx's
   HTML writer builds on docutils' html4css1 writer, which does not read
   ``[html5 writer]``. Charts below the first screen are then fetched only
   when the reader scrolls towards them. (The earlier string replacement also
   added ``decoding="async"``; no docutils or Sphinx setting writes it, so it
   was dropped rather than kept as a string edit.)

2. One copy of each script. Sphinx 7.4 lists twice an inline script added
   with ``app.add_js_file(None, body=...)`` once the builder exists:
   ``Sphinx.add_js_file`` hands it to the builder as ``None``, and
   ``StandaloneHTMLBuilder.prepare_writing`` re-adds it from the registry as
   ``""``, which does not compare equal. Two extensions add inline scripts
   that way: sphinx-thebe 0.3.1 its configuration (``init_thebe_core``, on
   ``env-before-read-docs``), whose second copy throws "Identifier
   'THEBE_JS_URL' has already been declared" in every page's console; and
   sphinx-togglebutton 0.4.5 its ``togglebuttonSelector`` (on
   ``builder-inited``; a ``var``, so its copy is only wasted). Entries that
   differ only in ``None``/``""`` are merged. Fixed upstream by
   https://github.com/sphinx-doc/sphinx/pull/13402 (after 7.4): delete when
   the book's Sphinx includes that fix.

3. Deferred scripts. Sphinx puts every script file in <head> without ``defer``,
   so each one blocks the first paint: its own documentation_options.js,
   doctools.js and sphinx_highlight.js; those that sphinx-copybutton,
   sphinx-book-theme, sphinx-togglebutton and sphinx-design add with
   ``app.add_js_file`` but no ``loading_method``; and _static/open-in-jupyterhub.js,
   which Jupyter Book adds (as it adds every .js file in _static/) with no
   attributes. ``loading_method="defer"`` exists only for files one adds
   oneself, so each entry of the ``script_files`` template variable is replaced
   by a copy marked ``defer`` (which keeps their order). Sphinx's script objects
   (``sphinx.builders.html._assets._JavaScript``, a private class) are shared by
   all pages and immutable, hence copies, made with ``type(script)`` rather
   than by importing the private class. Left alone: inline scripts,
   ``async`` scripts, documentation_options.js (the page's small inline scripts
   use DOCUMENTATION_OPTIONS at once), and the whole search page, where the
   theme's template loads searchtools.js without ``defer`` and it calls
   doctools.js's ``_ready()`` as soon as it runs. pydata-sphinx-theme
   already defers its own scripts (bootstrap.js, pydata-sphinx-theme.js,
   fontawesome.js) and _templates/layout.html defers the search scripts it
   loads. Delete when Sphinx and these extensions defer their scripts
   themselves (tests/test_speed.py then passes with this switched off).
"""

DEFER = "defer"


def deferred(script):
    """A copy of a script-file entry, marked `defer` where that is safe."""
    name = getattr(script, "filename", None)
    attributes = getattr(script, "attributes", None)
    if not name or attributes is None or "async" in attributes or name.endswith("documentation_options.js"):
        return script
    return type(script)(name, priority=script.priority, **{**attributes, DEFER: DEFER})


def without_duplicates(scripts):
    kept, seen = [], set()
    for script in scripts:
        # The copies differ only in filename: None in one, "" in the other.
        key = (getattr(script, "filename", None) or "", tuple(sorted(getattr(script, "attributes", {}).items())))
        if key not in seen:
            seen.add(key)
            kept.append(script)
    return kept


def fix_scripts(app, pagename, templatename, context, doctree):
    scripts = without_duplicates(context.get("script_files", []))
    if pagename != "search":
        scripts = [deferred(script) for script in scripts]
    context["script_files"] = scripts


def setup(app):
    # Run after the theme and extensions have added their scripts.
    app.connect("html-page-context", fix_scripts, priority=900)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
