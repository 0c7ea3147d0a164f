"""Ship only the Font Awesome icons the book uses.

The stock theme (pydata-sphinx-theme) sends every reader all of Font Awesome,
twice over: a 1.4 MB script that swaps icons for SVGs (about 540 KB gzipped),
the web fonts (about 300 KB), and a stylesheet carrying a rule for each of
some 2,000 icons. On a phone over a school connection that is most of the page.

After each build this extension looks at what the book actually uses, every
``fa-<name>`` class in the published HTML and scripts, plus the icons the
theme's stylesheet draws itself (``--pst-icon-*``: admonitions, links), and
rewrites three things in the output folder only:

* the web fonts, cut down to those glyphs (from the installed theme's own
  fonts, so nothing is downloaded);
* the theme's stylesheet, without the rules for icons no page uses;
* ``_static/scripts/fontawesome.js``, emptied: the fonts draw the icons.

The source tree and the installed theme are never modified. tests/test_browser.py
and tests/test_build.py check that every icon a page uses still has its glyph.
"""

import re
from pathlib import Path

FONTS = ["fa-solid-900.woff2", "fa-regular-400.woff2", "fa-brands-400.woff2"]
ICON_RULE = re.compile(r'((?:\.fa-[a-z0-9-]+:before,?)+)\{content:"\\([0-9a-f]+)"\}')
ICON_CLASS = re.compile(r"\bfa-([a-z0-9]+(?:-[a-z0-9]+)*)")
EMPTY_SCRIPT = (
    "/* Intentionally empty: this book draws its icons from subset web fonts\n"
    "   (see _ext/icons.py) instead of the theme's 1.4 MB icon script. */\n"
)


def theme_static():
    import pydata_sphinx_theme

    return Path(pydata_sphinx_theme.__file__).parent / "theme" / "pydata_sphinx_theme" / "static"


def used_icon_names(outdir):
    names = set()
    for path in list(outdir.rglob("*.html")) + list((outdir / "_static").rglob("*.js")):
        if path.name != "fontawesome.js":
            names.update(ICON_CLASS.findall(path.read_text(encoding="utf-8", errors="ignore")))
    return names


def stylesheet_codepoints(css):
    """Code points the stylesheet draws by itself, e.g. --pst-icon-bell:"\\f0f3"."""
    points = set()
    for value in re.findall(r'--pst-icon-[a-z-]+:"([^"]+)"', css):
        text = value.encode("latin-1", "backslashreplace").decode("unicode_escape") if "\\" in value else value
        points.update(ord(ch) for ch in text)
    return points


def slim_stylesheet(css, used):
    """Drop the icon rules no page uses; return (new css, code points kept)."""
    kept = set()

    def keep(match):
        names = re.findall(r"\.fa-([a-z0-9-]+):before", match.group(1))
        if any(name in used for name in names):
            kept.add(int(match.group(2), 16))
            return match.group(0)
        return ""

    return ICON_RULE.sub(keep, css), kept


def subset_font(source, target, codepoints):
    from fontTools import subset
    from fontTools.ttLib import TTFont

    font = TTFont(source)
    available = set(font.getBestCmap())
    keep = sorted(codepoints & available) or [min(available)]  # never write an empty font
    options = subset.Options()
    options.flavor = "woff2"
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=keep)
    subsetter.subset(font)
    font.flavor = "woff2"
    font.save(target)
    return len(keep)


def slim_icons(app, exception):
    if exception or app.builder.format != "html":
        return
    outdir = Path(app.outdir)
    css_path = outdir / "_static" / "styles" / "pydata-sphinx-theme.css"
    if not css_path.exists():
        return
    static = theme_static()
    original_css = (static / "styles" / "pydata-sphinx-theme.css").read_text(encoding="utf-8")
    used = used_icon_names(outdir)
    css, codepoints = slim_stylesheet(original_css, used)
    codepoints |= stylesheet_codepoints(original_css)
    css_path.write_text(css, encoding="utf-8")
    fonts = outdir / "_static" / "vendor" / "fontawesome" / "webfonts"
    for name in FONTS:
        if (fonts / name).exists():
            subset_font(static / "vendor" / "fontawesome" / "webfonts" / name, fonts / name, codepoints)
    script = outdir / "_static" / "scripts" / "fontawesome.js"
    if script.exists():
        script.write_text(EMPTY_SCRIPT, encoding="utf-8")


def setup(app):
    app.connect("build-finished", slim_icons)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
