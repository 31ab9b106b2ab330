"""What the browser tests share: the app served on loopback, and reading and moving a page."""

from __future__ import annotations

import logging
import threading

from http_support import stop_waitress
from waitress.server import create_server

MAX_STEPS = 40  # more pages than any walk through one dialogue takes


class Server:
    """The app served by waitress on a loopback thread (as `assistant serve` does)."""

    def __init__(self, app):
        logging.getLogger("waitress").setLevel(logging.ERROR)
        self.app = app
        self.httpd = create_server(app, host="127.0.0.1", port=0, threads=4)
        self.url = f"http://127.0.0.1:{self.httpd.effective_port}"
        self.thread = threading.Thread(target=self.httpd.run, daemon=True)
        self.thread.start()

    def close(self):
        """Stop serving."""
        stop_waitress(self.httpd, self.thread)


def slot_of(page) -> str | None:
    """The data-slot of the page's first [data-slot] element, None without one (one call)."""
    return page.evaluate(
        "() => document.querySelector('[data-slot]')?.getAttribute('data-slot') ?? null"
    )


def finished(page) -> bool:
    """Whether the page is the receipt at the dialogue's end."""
    return page.locator("[data-receipt-code]").count() > 0


def submit(page, control) -> None:
    """Press a button that submits its form, or a link, and wait for the new page to load (a
    bare click returns once the navigation starts: on a busy machine the next read saw the old
    page, or no page)."""
    with page.expect_navigation():
        control.click()


def area_for(page, wanted: str | None) -> str | None:
    """Return the area card that holds activity `wanted` on this screen (areas come first)."""
    from assistant.content import get_content  # noqa: PLC0415

    activity = get_content("da").activities.get(wanted or "")
    if activity is None:
        return None
    area = f"omraade:{activity.area}"
    return area if page.locator(f'button[name="card"][value="{area}"]').count() else None
