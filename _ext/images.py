"""Make the published charts smaller: 256-colour PNGs instead of full colour.

matplotlib writes charts as full-colour PNGs, but a chart holds a few flat
colours plus the soft edges of its text and lines, which 256 colours render
indistinguishably. After each build, every PNG in the output's _images folder
is re-saved with an adaptive 256-colour palette (no dithering) when that makes
it smaller: typically 60% smaller, which keeps chart-heavy chapters within the
500 KB page budget on a phone.

Only the published copies change; the notebooks keep their original images.
Charts must be opaque (tests/test_browser.py), so no transparency is lost.
"""

from pathlib import Path


def shrink_png(path):
    from PIL import Image

    with Image.open(path) as image:
        if image.mode not in ("RGB", "RGBA"):
            return
        if image.mode == "RGBA" and image.getchannel("A").getextrema()[0] < 255:
            return  # keep real transparency untouched
        palette = image.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    smaller = path.with_suffix(".tmp.png")
    palette.save(smaller, "PNG", optimize=True)
    if smaller.stat().st_size < path.stat().st_size:
        smaller.replace(path)
    else:
        smaller.unlink()


def shrink_images(app, exception):
    if exception or app.builder.format != "html":
        return
    for path in sorted((Path(app.outdir) / "_images").glob("*.png")):
        shrink_png(path)


def setup(app):
    app.connect("build-finished", shrink_images)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
