"""Follow-up pages: staff set the date and see progress; citizens rate each step on five faces."""

from __future__ import annotations

from datetime import date

from flask import (
    Blueprint,
    abort,
    current_app,
    flash,
    g,
    redirect,
    render_template,
    request,
    session,
    url_for,
)

from assistant.errors import NotFound, RateLimited, StorageError
from assistant.exports import pictogram_data_uri
from assistant.followup import (
    ACHIEVEMENT_BY_SCORE,
    GAS_FIELD_LEVELS,
    SCALE,
    course_t_score,
    followup_labels,
    gas_chart,
    item_key,
    parse_gas_levels,
    rating_items,
)
from assistant.storage import casework
from assistant.storage import followup as store
from assistant.storage import staff as staff_store
from assistant.web.auth import audit_unaudited, load_staff_user, login_required
from assistant.web.common import by_prefix, da_date, t, today
from assistant.web.db import get_db

bp = Blueprint("followup", __name__)
bp.before_request(load_staff_user)
bp.after_request(audit_unaudited)

SESSION_KEY = "followup_draft"
RATING_KEY = "followup_rating"
MAX_CODE = 32


# ---- staff -------------------------------------------------------------------------------


def _staff_row(draft_id: str) -> dict:
    try:
        return staff_store.get_draft_row(get_db(), draft_id)
    except NotFound:
        abort(404)


def _staff_page(
    row: dict, *, link: str | None = None, error: str | None = None, status=200, gas_errors=()
):
    db = get_db()
    levels = casework.get_case(db, row["id"]).gas_levels
    gas_form = {
        f"gas_{key}_{suffix}": levels.get(key, {}).get(level, "")
        for key in [item_key(i) for i in rating_items(row["draft"])]
        for suffix, level in GAS_FIELD_LEVELS.items()
    }
    if gas_errors:  # show what was typed, not what is stored
        gas_form = {name: request.form.get(name, "") for name in gas_form}
    plan = store.get_followup(db, row["id"])
    ratings = store.list_ratings(db, row["id"])
    labels = followup_labels()
    return render_template(
        "staff/followup.html",
        row=row,
        draft=row["draft"],
        plan=plan,
        ratings=ratings,
        chart=gas_chart(rating_items(row["draft"]), ratings),
        t_score=course_t_score([r.to_json() for r in ratings]),
        scale_labels={s: labels[f"scale.{s}"] for s in SCALE},
        said_by_labels=by_prefix("staff_said_by_"),
        link=link,
        error=error,
        today=today(current_app).isoformat(),
        due_value=request.form.get("due", plan.due if plan else ""),
        items=rating_items(row["draft"]),
        item_key=item_key,
        gas_fields=GAS_FIELD_LEVELS,
        gas_form=gas_form,
        gas_errors=dict(gas_errors),
        achievement=ACHIEVEMENT_BY_SCORE,
        achievement_labels=by_prefix("staff_achievement_"),
        input_labels=by_prefix("staff_input_"),
    ), status


@bp.route("/staff/draft/<draft_id>/opfoelgning", methods=["GET", "POST"])
@login_required
def staff_followup(draft_id: str):
    """Staff: see the GAS progress chart and ratings; set or move the follow-up date."""
    row, db, user = _staff_row(draft_id), get_db(), g.staff_user.username
    if request.method == "GET":
        staff_store.audit(db, user, "followup_view", draft_id)
        return _staff_page(row)
    try:
        due = date.fromisoformat(request.form.get("due", "").strip()[:10])
    except ValueError:
        return _staff_page(row, error=t("staff_follow_up_bad_date"), status=400)
    if due < today(current_app):
        return _staff_page(row, error=t("staff_follow_up_past"), status=400)
    _plan, token = store.set_followup(db, draft_id, due, user)
    staff_store.audit(db, user, "followup_set", draft_id, f"due {due.isoformat()}")
    flash(t("staff_follow_up_set", due=da_date(due)), "info")
    return _staff_page(row, link=_link(token))


@bp.post("/staff/draft/<draft_id>/opfoelgning/nyt-link")
@login_required
def staff_new_link(draft_id: str):
    """Staff: replace the citizen's personal follow-up link (the old one stops working)."""
    row, db = _staff_row(draft_id), get_db()
    try:
        token = store.new_link(db, draft_id)
    except NotFound:
        return _staff_page(row, error=t("staff_follow_up_no_date"), status=409)
    staff_store.audit(db, g.staff_user.username, "followup_link", draft_id)
    return _staff_page(row, link=_link(token))


@bp.post("/staff/draft/<draft_id>/opfoelgning/gas")
@login_required
def staff_gas_levels(draft_id: str):
    """Staff: the five GAS levels (−2 … +2, 0 = expected) per goal, agreed with the citizen."""
    row, db, user = _staff_row(draft_id), get_db(), g.staff_user.username
    levels, errors = parse_gas_levels(request.form, rating_items(row["draft"]))
    if errors:
        return _staff_page(row, error=t("staff_gas_invalid"), status=400, gas_errors=errors)
    casework.set_gas_levels(db, draft_id, levels, user)
    staff_store.audit(db, user, "gas_levels_set", draft_id, "items " + ",".join(sorted(levels)))
    flash(t("staff_gas_saved"), "info")
    return redirect(url_for("followup.staff_followup", draft_id=draft_id), 303)


def _link(token: str | None) -> str | None:
    return url_for("followup.by_link", token=token, _external=True) if token else None


# ---- citizen -----------------------------------------------------------------------------


def _code_page(error: str | None = None, status: int = 200, code: str = ""):
    return render_template(
        "followup/code.html", ft=followup_labels(), error=error, code=code
    ), status


def _open(draft_id: str, status: str):
    """Let this browser rate the draft if staff approved it or set a follow-up (not archived)."""
    ft = followup_labels()
    planned = status == "approved" or store.get_followup(get_db(), draft_id) is not None
    if status == "archived" or not planned:
        return render_template(
            "followup/done.html", ft=ft, heading=ft["title"], text=ft["not_ready"]
        ), 409
    session[SESSION_KEY] = draft_id
    return redirect(url_for("followup.rate", position=0))


@bp.route("/opfoelgning", methods=["GET", "POST"])
def start():
    """Citizen: enter the receipt code (rate-limited per address like resume codes)."""
    if request.method == "GET":
        return _code_page()
    ft = followup_labels()
    code = request.form.get("code", "").strip()[:MAX_CODE]
    if not code:
        return _code_page(ft["code_empty"], 400)
    try:
        draft = store.draft_for_code(get_db(), code, request.remote_addr or "unknown")
    except RateLimited:
        return _code_page(ft["too_many"], 429, code)
    except NotFound:
        return _code_page(ft["code_wrong"], 404, code)
    return _open(draft.id, draft.status)


@bp.get("/opfoelgning/link/<token>")
def by_link(token: str):
    """Citizen: open the follow-up through the personal link staff gave."""
    db = get_db()
    try:
        draft = staff_store.get_draft_row(db, store.draft_for_token(db, token))
    except NotFound:
        return _code_page(followup_labels()["link_wrong"], 404)
    return _open(draft["id"], draft["status"])


def _citizen_draft() -> dict | None:
    draft_id = session.get(SESSION_KEY)
    if not draft_id:
        return None
    try:
        return staff_store.get_draft_row(get_db(), draft_id)["draft"]
    except NotFound:
        session.pop(SESSION_KEY, None)
        return None


def _faces() -> list[dict]:
    ft = followup_labels()
    return [
        {"score": s, "label": ft[f"scale.{s}"], "picture": pictogram_data_uri(ft[f"face.{s}"])}
        for s in SCALE
    ]


def _rate_page(items, position, *, error=None, status=200):
    latest = {r.subgoal: r.score for r in store.list_ratings(get_db(), session[SESSION_KEY])}
    item = items[position]
    levels = casework.get_case(get_db(), session[SESSION_KEY]).gas_levels.get(item_key(item), {})
    return render_template(
        "followup/rate.html",
        ft=followup_labels(),
        item=item,
        total=len(items),
        faces=_faces(),
        latest=latest.get(item.subgoal),
        levels=levels,
        error=error,
    ), status


def _items_or_response(position: int):
    """Return the draft's rating items, or the response to send instead (no code, no items)."""
    ft = followup_labels()
    draft = _citizen_draft()
    if draft is None:
        return None, _code_page(ft["start_again"], 401)
    items = rating_items(draft)
    if not items:
        page = render_template(
            "followup/done.html", ft=ft, heading=ft["title"], text=ft["no_items"]
        )
        return None, page
    if position >= len(items):
        abort(404)
    return items, None


def _next(items, position: int):
    if position + 1 < len(items):
        return redirect(url_for("followup.rate", position=position + 1))
    return redirect(url_for("followup.done"))


@bp.route("/opfoelgning/vurder/<int:position>", methods=["GET", "POST"])
def rate(position: int):
    """Citizen: rate one sub-goal (or the goal) on five faces; the answer is stored at once."""
    items, response = _items_or_response(position)
    if response is not None:
        return response
    if request.method == "GET":
        return _rate_page(items, position)
    if request.form.get("action") == "skip":
        return _next(items, position)
    score_text = request.form.get("score", "")
    if score_text not in {str(s) for s in SCALE}:
        return _rate_page(items, position, error=followup_labels()["choose_face"], status=400)
    rating = store.add_rating(
        get_db(), session[SESSION_KEY], items[position].subgoal, int(score_text)
    )
    session[RATING_KEY] = [rating.id, position]
    return redirect(url_for("followup.comment", position=position))


def _comment_page(items, position, rating_id, *, error=None, text="", status=200):
    ratings = {r.id: r for r in store.list_ratings(get_db(), session[SESSION_KEY])}
    if rating_id not in ratings:  # deleted meanwhile (GDPR): rate again
        session.pop(RATING_KEY, None)
        return redirect(url_for("followup.rate", position=position))
    chosen = next(f for f in _faces() if f["score"] == ratings[rating_id].score)
    return render_template(
        "followup/comment.html",
        ft=followup_labels(),
        item=items[position],
        total=len(items),
        face=chosen,
        error=error,
        text=text,
    ), status


@bp.route("/opfoelgning/vurder/<int:position>/mere", methods=["GET", "POST"])
def comment(position: int):
    """Citizen: after a face, optionally say more by text or speech, then go on."""
    items, response = _items_or_response(position)
    if response is not None:
        return response
    rating_id, rated_position = session.get(RATING_KEY) or (None, None)
    if rated_position != position:
        return redirect(url_for("followup.rate", position=position))
    if request.method == "GET":
        return _comment_page(items, position, rating_id)
    text = request.form.get("text", "").strip()
    if request.form.get("action") == "send" and text:
        kind = "speech" if request.form.get("input_kind") == "speech" else "text"
        try:
            store.add_comment(get_db(), session[SESSION_KEY], rating_id, text, input_kind=kind)
        except NotFound:  # the rating was deleted meanwhile (GDPR): rate again
            session.pop(RATING_KEY, None)
            return redirect(url_for("followup.rate", position=position))
        except StorageError:
            error = followup_labels()["comment_too_long"]
            return _comment_page(items, position, rating_id, error=error, text=text, status=400)
    session.pop(RATING_KEY, None)
    return _next(items, position)


@bp.get("/opfoelgning/tak")
def done():
    """Citizen: thanks; every answer is already saved."""
    ft = followup_labels()
    return render_template(
        "followup/done.html", ft=ft, heading=ft["done_heading"], text=ft["done_text"]
    )
