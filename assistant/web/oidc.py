"""Staff sign-in through the municipality's identity provider (OpenID Connect, Authlib).

Authorization code flow with PKCE (S256), state and nonce; the role and the team are read from
configured claims of the ID token on every sign-in. Configuration: OIDC_* in the app config or
HVERDAGSMAAL_OIDC_* in the environment (docs/security.md, "Single sign-on").
"""

from __future__ import annotations

import os
import re
from urllib.parse import urlencode, urlsplit

from flask import Flask, current_app, g, redirect, request, session, url_for

from assistant.accounts import get_user
from assistant.storage import identities
from assistant.storage import staff as store
from assistant.web import staff_auth
from assistant.web.auth import bp, message_page
from assistant.web.common import t
from assistant.web.db import get_db

CLIENT = "idp"
NEXT_KEY = "oidc_next"
# Config key -> default; each may also come from the environment as HVERDAGSMAAL_<key>.
SETTINGS = {
    "OIDC_ISSUER": "",
    "OIDC_CLIENT_ID": "",
    "OIDC_CLIENT_SECRET": "",
    "OIDC_SCOPES": "openid profile email",
    "OIDC_USERNAME_CLAIM": "preferred_username",
    "OIDC_ROLES_CLAIM": "roles",
    "OIDC_TEAM_CLAIM": "team",
    "OIDC_ADMIN_ROLES": "hverdagsmaal.admin",
    "OIDC_STAFF_ROLES": "hverdagsmaal.staff",
}
LOOPBACK = {"localhost", "127.0.0.1", "::1"}


def configure(app: Flask) -> None:
    """Read the OIDC settings and register the Authlib client if an issuer is configured."""
    for key, default in SETTINGS.items():
        if not app.config.get(key):
            app.config[key] = os.environ.get(f"HVERDAGSMAAL_{key}", default)
    issuer = app.config["OIDC_ISSUER"].rstrip("/")
    if not issuer:
        return
    parts = urlsplit(issuer)
    if parts.scheme != "https" and parts.hostname not in LOOPBACK:
        raise ValueError(f"OIDC_ISSUER must use https (only loopback may use http): {issuer}")
    if not app.config["OIDC_CLIENT_ID"]:
        raise ValueError("OIDC_ISSUER is set but OIDC_CLIENT_ID is not")
    # Imported only when configured: Authlib brings cryptography and joserfc, ~10 MB resident.
    from authlib.integrations.flask_client import OAuth  # noqa: PLC0415

    oauth = OAuth(app)
    oauth.register(
        CLIENT,
        client_id=app.config["OIDC_CLIENT_ID"],
        client_secret=app.config["OIDC_CLIENT_SECRET"] or None,
        server_metadata_url=f"{issuer}/.well-known/openid-configuration",
        client_kwargs={"scope": app.config["OIDC_SCOPES"], "code_challenge_method": "S256"},
    )
    app.extensions["hverdagsmaal_oidc"] = oauth


bp.record_once(lambda state: configure(state.app))


def enabled() -> bool:
    """True if this app signs staff in through an identity provider."""
    return "hverdagsmaal_oidc" in current_app.extensions


def _client():
    return current_app.extensions["hverdagsmaal_oidc"].create_client(CLIENT)


def _values(claims: dict, name: str, split: bool = True) -> list[str]:
    """The values of a claim (a dotted path into nested claims): a list, or a string (split on
    spaces and commas if asked)."""
    value = claims
    for part in name.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    if value is None:
        return []
    if isinstance(value, str):
        return [v for v in re.split(r"[\s,]+", value) if v] if split else [value]
    if isinstance(value, list | tuple):
        return [str(v) for v in value]
    return [str(value)]


def _words(setting: str) -> set[str]:
    return {w for w in re.split(r"[\s,]+", current_app.config[setting]) if w}


def role_from_claims(claims: dict) -> str | None:
    """The role the claims give: admin, staff, or None (no access)."""
    values = set(_values(claims, current_app.config["OIDC_ROLES_CLAIM"]))
    if values & _words("OIDC_ADMIN_ROLES"):
        return "admin"
    if values & _words("OIDC_STAFF_ROLES"):
        return "staff"
    return None


def username_from_claims(claims: dict) -> str:
    """A user name fit for the users table, from the configured claim (else e-mail, subject)."""
    for name in (current_app.config["OIDC_USERNAME_CLAIM"], "email", "sub"):
        raw = next(iter(_values(claims, name, split=False)), "")
        clean = re.sub(r"[^a-z0-9._-]+", "-", raw.lower()).strip("._-")[:40]
        if len(clean) >= 2:
            return clean
    return "sso-user"


def _staff_path(target: str | None) -> str:
    """target if it is a plain same-site /staff path, else empty."""
    target = (target or "")[:500]
    parts = urlsplit(target)
    plain = target.isprintable() and not any(ch in target for ch in "\\\r\n\t")
    if plain and not parts.scheme and not parts.netloc and target.startswith("/staff"):
        return target
    return ""


@bp.get("/oidc/login")
def oidc_login():
    """Send the browser to the identity provider (state, nonce and PKCE kept in the session)."""
    if not enabled():
        return message_page(t("staff_sso_title"), t("staff_sso_off"), 404)
    session[NEXT_KEY] = _staff_path(request.args.get("next"))
    return _client().authorize_redirect(url_for("staff.oidc_callback", _external=True))


@bp.get("/oidc/callback")
def oidc_callback():
    """Finish the sign-in: check the answer, map role and team, start a server-side session."""
    if not enabled():
        return message_page(t("staff_sso_title"), t("staff_sso_off"), 404)
    db, back = get_db(), url_for("staff.login")
    if request.args.get("error"):
        store.audit(db, "", "login_failed", detail=f"oidc {request.args['error'][:50]}")
        return message_page(t("staff_sso_title"), t("staff_sso_cancelled"), 401, back)
    from authlib.common.errors import AuthlibBaseError  # noqa: PLC0415

    try:
        token = _client().authorize_access_token()
    except AuthlibBaseError as exc:
        store.audit(db, "", "login_failed", detail=f"oidc {exc.error}"[:100])
        return message_page(t("staff_sso_title"), t("staff_sso_failed"), 400, back)
    claims = dict(token.get("userinfo") or {})
    username, role = username_from_claims(claims), role_from_claims(claims)
    if role is None:
        store.audit(db, username, "login_denied", detail="oidc: no role in the claims")
        return message_page(t("staff_sso_title"), t("staff_sso_no_role"), 403, back)
    team = next(iter(_values(claims, current_app.config["OIDC_TEAM_CLAIM"], split=False)), "")
    subject = f"{claims['iss']} {claims['sub']}"
    user_id, _created = identities.upsert_sso_user(db, subject, username, role, team)
    user = get_user(db, user_id)
    next_url = session.get(NEXT_KEY) or url_for("staff.queue")
    staff_auth.sign_in(user)
    identities.set_session_id_token(db, g.staff_session_id, token.get("id_token", ""))
    store.audit(db, user.username, "login", role=user.role, detail=f"oidc team={user.team}")
    return redirect(next_url)


def end_session_url(session_id: int | None) -> str | None:
    """The provider's sign-out address for this session (None if it offers none)."""
    if not enabled() or session_id is None:
        return None
    id_token = identities.session_id_token(get_db(), session_id)
    if not id_token:
        return None
    client = _client()
    endpoint = client.load_server_metadata().get("end_session_endpoint")
    if not endpoint:
        return None
    query = {
        "id_token_hint": id_token,
        "client_id": current_app.config["OIDC_CLIENT_ID"],
        "post_logout_redirect_uri": url_for("staff.login", _external=True),
    }
    return f"{endpoint}{'&' if '?' in endpoint else '?'}{urlencode(query)}"
