"""Kiosk mode as a property of the device: a long-lived signed cookie set once by staff."""

from __future__ import annotations

from flask import (
    Blueprint,
    current_app,
    has_request_context,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from itsdangerous import BadSignature, SignatureExpired, URLSafeSerializer, URLSafeTimedSerializer

from assistant.web.common import t

bp = Blueprint("kiosk", __name__)

COOKIE = "hverdagsmaal_kiosk"
#: Browsers keep a cookie at most 400 days; staff renew it by opening the setup link again.
COOKIE_DAYS = 400
_DEVICE_SALT = "kiosk-device"
_SETUP_SALT = "kiosk-setup"


def _device_signer() -> URLSafeSerializer:
    return URLSafeSerializer(current_app.secret_key, salt=_DEVICE_SALT)


def is_kiosk_device() -> bool:
    """True when this browser carries a valid kiosk device cookie."""
    value = request.cookies.get(COOKIE)
    if not value:
        return False
    try:
        return _device_signer().loads(value) == {"kiosk": 1}
    except BadSignature:
        return False


def is_kiosk() -> bool:
    """True on a kiosk: a device set up by staff, or a browser that opened /kiosk this session."""
    if not has_request_context():
        return False
    return is_kiosk_device() or bool(session.get("kiosk"))


def set_device(response, on: bool):
    """Turn kiosk mode on or off for the browser that gets `response`; return the response."""
    if on:
        response.set_cookie(
            COOKIE,
            _device_signer().dumps({"kiosk": 1}),
            max_age=COOKIE_DAYS * 24 * 3600,
            httponly=True,
            samesite="Lax",
            secure=bool(current_app.config.get("SESSION_COOKIE_SECURE")),
        )
    else:
        response.delete_cookie(COOKIE, httponly=True, samesite="Lax")
    return response


def setup_token() -> str:
    """Return a signed, time-limited token for a kiosk setup link."""
    return URLSafeTimedSerializer(current_app.secret_key, salt=_SETUP_SALT).dumps("kiosk")


def setup_hours() -> int:
    """Return how many hours a kiosk setup link works."""
    return int(current_app.config.get("KIOSK_SETUP_HOURS", 24))


@bp.get("/kiosk/opsaet/<token>")
def setup(token: str):
    """A setup link made by staff: this device becomes a kiosk, then shows the kiosk start."""
    signer = URLSafeTimedSerializer(current_app.secret_key, salt=_SETUP_SALT)
    try:
        signer.loads(token, max_age=setup_hours() * 3600)
    except (BadSignature, SignatureExpired):
        return render_template(
            "citizen/error.html",
            code=404,
            title=t("link_bad_title"),
            message=t("kiosk_setup_bad"),
        ), 404
    session.clear()
    return set_device(redirect(url_for("citizen.kiosk"), 303), on=True)


def template_helpers() -> dict:
    """Template context: `kiosk` for every page (explicit template arguments win)."""
    return {"kiosk": is_kiosk()}
