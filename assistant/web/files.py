"""Files sent from their bytes, so no open file is ever left to the WSGI server to close.

Flask's send_file hands the server an open file that only the server closes. werkzeug's
server skips the close when the client resets the connection, a stopped server never gets to
it, and an answer never read is not closed either: the file then waits for the garbage
collector (a ResourceWarning). The files served here are small (icon, pictograms, fonts,
read-aloud audio), so each is read whole; its ETag and Last-Modified stay as send_file makes
them, so conditional and range requests answer as before.
"""

from __future__ import annotations

import io
import os
from pathlib import Path
from typing import Any
from zlib import adler32

from flask import Flask, Response, send_file
from werkzeug.exceptions import NotFound
from werkzeug.security import safe_join


def send_bytes(path: str | os.PathLike, *, mimetype: str | None = None, **options: Any) -> Response:
    """Send the file at path like flask.send_file(path, ...), from its bytes read now."""
    path = Path(path).absolute()
    with path.open("rb") as file:
        stat = os.fstat(file.fileno())
        data = file.read()
    if options.get("etag", True) is True:  # send_file's own tag for a path
        check = adler32(str(path).encode()) & 0xFFFFFFFF
        options["etag"] = f"{stat.st_mtime}-{stat.st_size}-{check}"
    options.setdefault("last_modified", stat.st_mtime)
    return send_file(io.BytesIO(data), mimetype=mimetype, download_name=path.name, **options)


class App(Flask):
    """The Flask app whose static files are sent from their bytes too."""

    def send_static_file(self, filename: str) -> Response:
        """Serve a file of the static folder (404 outside it or when missing)."""
        if not self.has_static_folder:
            raise RuntimeError("'static_folder' must be set to serve static files.")
        path = safe_join(str(self.static_folder), filename)
        if path is None or not os.path.isfile(path):
            raise NotFound()
        return send_bytes(path, max_age=self.get_send_file_max_age(filename))
