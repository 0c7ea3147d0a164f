"""JupyterHub launch buttons that let each reader name their own hub.

sphinx-book-theme (``add_launch_buttons`` in
``sphinx_book_theme/header_buttons/launch.py``, 1.3.0) builds its JupyterHub
button from the one ``launch_buttons: jupyterhub_url`` in ``_config.yml``:
``<hub>/hub/user-redirect/git-pull?<nbgitpuller query>``. A book read by many
classes cannot name one hub, so ``_config.yml`` gives the reserved address
``https://jupyterhub.invalid`` (RFC 2606: it never resolves), and this
extension:

1. points every button with that address at the book's own "Open in your
   JupyterHub" page (instructors/open-in-jupyterhub.md), keeping the
   nbgitpuller query (repository, branch, notebook) and renaming the
   tooltip. That page asks the reader for their hub. A real hub address in
   ``_config.yml`` is left alone.
2. fills in the page's placeholders ``__GLF_REPOSITORY__`` and
   ``__GLF_BRANCH__`` (data attributes of its form, read by
   _static/open-in-jupyterhub.js) from the theme's repository settings, so the
   address is written once, in ``_config.yml``.

Both rely on theme internals: the ``header_buttons`` context list of dicts
with ``url``/``tooltip``/``buttons`` keys, and the ``repository_url`` and
``repository_branch`` theme options that Jupyter Book sets. Delete this module
when sphinx-book-theme can send launch buttons to a page that asks for the hub,
or if the book settles on one hub (then set its address in ``_config.yml``;
item 1 already does nothing then). tests/test_launch.py checks the buttons;
tests/test_browser.py opens a chapter on a stand-in hub through the page.
"""

from urllib.parse import urlsplit

ANY_HUB = "https://jupyterhub.invalid"
HUB_PAGE = "instructors/open-in-jupyterhub"


def point_hub_buttons_at_chooser(buttons, pathto):
    for button in buttons:
        point_hub_buttons_at_chooser(button.get("buttons", []), pathto)
        url = button.get("url", "")
        if url.startswith(ANY_HUB + "/"):
            button["url"] = f"{pathto(HUB_PAGE)}?{urlsplit(url).query}"
            button["tooltip"] = "Open in your JupyterHub"


def fix_launch(app, pagename, templatename, context, doctree):
    point_hub_buttons_at_chooser(context.get("header_buttons", []), context["pathto"])
    if pagename == HUB_PAGE and context.get("body"):
        options = app.config.html_theme_options
        body = context["body"].replace("__GLF_REPOSITORY__", options.get("repository_url", ""))
        context["body"] = body.replace("__GLF_BRANCH__", options.get("repository_branch", "main"))


def setup(app):
    # After sphinx-book-theme has built header_buttons (its handlers run at 501).
    app.connect("html-page-context", fix_launch, priority=900)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
