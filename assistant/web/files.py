"""Files sent from their bytes, so no open file is ever left to the WSGI server to close.

Flask's send_file hands the server an open file that only the server closes. werkzeug's
server skips the close when the client resets the connection, a stopped server never gets to
it, and an answer never read is not closed either: the file then waits for the garbage
collector (a ResourceWarning). The files served here are small (icon, pictograms, fonts,
read-aloud audio), so each is read whole; its ETag and Last-Modified stay as send_file makes
them, so conditional and range requests answer as before.
"""

from __future__ import annotations

import hashlib
import io
import os
from pathlib import Path
from typing import Any
from zlib import adler32

from flask import Flask, Response, request, send_file
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


# A static URL carries a digest of its file's bytes (`?v=…`): what it names never changes, so
# the browser keeps it a year without asking again. Without it (or with a stale digest) the
# file is sent as before, revalidated on every use.
VERSIONED_MAX_AGE = 365 * 24 * 3600


class App(Flask):
    """The Flask app whose static files are sent from their bytes, under versioned URLs.

    Every page linked its style sheet and scripts by a bare URL, sent with `no-cache`: each
    page a citizen opened asked for them again (four conditional requests a page, each a
    round trip on a slow connection). `url_for("static", …)` now adds `v=<digest>`, and a
    request carrying the current digest is answered with a year's max-age, immutable.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.static_versions: dict[str, tuple[tuple[int, int], str]] = {}
        self.url_defaults(self._version_static_url)

    def static_version(self, filename: str) -> str | None:
        """Return a digest of the static file's bytes (None if it is missing), kept while its
        size and modification time stay the same."""
        path = safe_join(str(self.static_folder), filename) if self.has_static_folder else None
        try:
            stat = os.stat(path) if path else None
        except OSError:
            stat = None
        if stat is None:
            return None
        key = (stat.st_mtime_ns, stat.st_size)
        known = self.static_versions.get(path)
        if known is None or known[0] != key:
            digest = hashlib.sha256(Path(path).read_bytes()).hexdigest()[:12]
            known = self.static_versions[path] = (key, digest)
        return known[1]

    def _version_static_url(self, endpoint: str, values: dict[str, Any]) -> None:
        if endpoint == "static" and "v" not in values and "filename" in values:
            version = self.static_version(values["filename"])
            if version is not None:
                values["v"] = version

    def send_static_file(self, filename: str) -> Response:
        """Serve a file of the static folder (404 outside it or when missing)."""
        if not self.has_static_folder:
            raise RuntimeError("'static_folder' must be set to serve static files.")
        path = safe_join(str(self.static_folder), filename)
        if path is None or not os.path.isfile(path):
            raise NotFound()
        versioned = request.args.get("v") == self.static_version(filename)
        max_age = VERSIONED_MAX_AGE if versioned else self.get_send_file_max_age(filename)
        response = send_bytes(path, max_age=max_age)
        if versioned:
            response.cache_control.immutable = True
        return response
