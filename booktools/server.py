"""Serve a folder (usually the built book) on 127.0.0.1, on a free port, for as long as a `with` block lasts."""

import contextlib
import functools
import gzip
import http.server
import threading
from pathlib import Path

# What a host would send gzip-compressed.
COMPRESSIBLE = {".html", ".css", ".js", ".json", ".svg", ".txt", ".map", ".ipynb", ".md"}


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    """A static file server that does not log every request."""

    def log_message(self, *args):
        pass


class GzipHandler(QuietHandler):
    """A static server that gzips text, as GitHub Pages and most hosts do.

    Without it Lighthouse would judge a server no reader meets ("enable text
    compression"), not the book.
    """

    def do_GET(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        wants_gzip = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (path.is_file() and path.suffix in COMPRESSIBLE and wants_gzip):
            return super().do_GET()
        body = gzip.compress(path.read_bytes(), compresslevel=6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@contextlib.contextmanager
def serve(folder, compress=False):
    """Serve `folder`; yield its base URL ('http://127.0.0.1:PORT/'). compress=True gzips text as hosts do."""
    handler = functools.partial(GzipHandler if compress else QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
