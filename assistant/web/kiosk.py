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


def _device() -> dict | None:
    """The signed payload of this browser's kiosk device cookie, or None."""
    value = request.cookies.get(COOKIE)
    if not value:
        return None
    try:
        payload = _device_signer().loads(value)
    except BadSignature:
        return None
    return payload if isinstance(payload, dict) and payload.get("kiosk") == 1 else None


def is_kiosk_device() -> bool:
    """True when this browser carries a valid kiosk device cookie."""
    return _device() is not None


def kiosk_team() -> str | None:
    """The team of this kiosk device (set by the staff member who made it), or None."""
    if not has_request_context():
        return None
    team = (_device() or {}).get("team")
    return team if isinstance(team, str) and team else None


def is_kiosk() -> bool:
    """True on a kiosk: a device set up by staff, or a browser that opened /kiosk this session."""
    if not has_request_context():
        return False
    return is_kiosk_device() or bool(session.get("kiosk"))


def set_device(response, on: bool, team: str | None = None):
    """Turn kiosk mode on (for a team) or off for the browser that gets `response`; return it."""
    if on:
        payload = {"kiosk": 1, "team": team} if team else {"kiosk": 1}
        response.set_cookie(
            COOKIE,
            _device_signer().dumps(payload),
            max_age=COOKIE_DAYS * 24 * 3600,
            httponly=True,
            samesite="Lax",
            secure=bool(current_app.config.get("SESSION_COOKIE_SECURE")),
        )
    else:
        response.delete_cookie(COOKIE, httponly=True, samesite="Lax")
    return response


def setup_token(team: str) -> str:
    """Return a signed, time-limited token for a kiosk setup link of a team."""
    return URLSafeTimedSerializer(current_app.secret_key, salt=_SETUP_SALT).dumps({"team": team})


def setup_hours() -> int:
    """Return how many hours a kiosk setup link works."""
    return int(current_app.config.get("KIOSK_SETUP_HOURS", 24))


@bp.get("/kiosk/opsaet/<token>")
def setup(token: str):
    """A setup link made by staff: this device becomes a kiosk, then shows the kiosk start."""
    signer = URLSafeTimedSerializer(current_app.secret_key, salt=_SETUP_SALT)
    try:
        payload = signer.loads(token, max_age=setup_hours() * 3600)
    except (BadSignature, SignatureExpired):
        return render_template(
            "citizen/error.html",
            code=404,
            title=t("link_bad_title"),
            message=t("kiosk_setup_bad"),
        ), 404
    session.clear()
    team = payload.get("team") if isinstance(payload, dict) else None
    return set_device(redirect(url_for("citizen.kiosk"), 303), on=True, team=team)


def template_helpers() -> dict:
    """Template context: `kiosk` for every page (explicit template arguments win)."""
    return {"kiosk": is_kiosk()}
