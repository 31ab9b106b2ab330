"""Follow-up: the date staff set for a draft, its personal link, and the citizen's GAS ratings."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlite_utils import Database, Migrations

from assistant.errors import NotFound, StorageError
from assistant.storage import iso, normalise_code, register, utcnow
from assistant.storage.drafts import Draft, get_draft_by_receipt
from assistant.storage.sessions import (
    RATE_LIMIT_FAILURES,
    RATE_LIMIT_WINDOW,
    check_code_guesses,
    record_code_guess,
)

migrations = register(Migrations("hverdagsmaal-followup"))

SCORES = (-2, -1, 0, 1, 2)
SAID_BY = ("citizen", "relative", "staff")
INPUT_KINDS = ("picture", "text", "speech")
MAX_COMMENT_LENGTH = 2000
MAX_TOKEN_LENGTH = 200


@migrations()
def m001_followup(db: Database) -> None:
    """Create the followups and ratings tables."""
    db["followups"].create(
        {
            "draft_id": str,
            "due": str,
            "created_by": str,
            "created_at": str,
            "updated_at": str,
            "token_hash": str,
        },
        pk="draft_id",
        not_null={"due", "created_by", "created_at", "updated_at", "token_hash"},
    )
    db["followups"].create_index(["token_hash"], unique=True)
    db["ratings"].create(
        {
            "id": int,
            "draft_id": str,
            "subgoal": int,
            "score": int,
            "comment": str,
            "said_by": str,
            "input": str,
            "at": str,
        },
        pk="id",
        not_null={"draft_id", "score", "said_by", "input", "at"},
    )
    db["ratings"].create_index(["draft_id", "at"])


@migrations()
def m002_comment_input(db: Database) -> None:
    """Record how a comment given after the rating came in (text or speech)."""
    db["ratings"].add_column("comment_input", str)


@dataclass(frozen=True)
class Followup:
    """The follow-up agreed for one draft."""

    draft_id: str
    due: str
    created_by: str
    created_at: str
    updated_at: str


@dataclass(frozen=True)
class Rating:
    """One rating of the goal (subgoal None) or a sub-goal, on the GAS scale −2…+2."""

    id: int
    draft_id: str
    subgoal: int | None
    score: int
    comment: str | None
    said_by: str
    input: str
    at: str
    comment_input: str | None = None

    def to_json(self) -> dict[str, Any]:
        """Return the rating as a JSON-ready dict."""
        return asdict(self)


def hash_token(token: str) -> str:
    """Return the hex SHA-256 of a follow-up link token (the only form stored)."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def set_followup(
    db: Database, draft_id: str, due: date, created_by: str, *, now: datetime | None = None
) -> tuple[Followup, str | None]:
    """Set (or move) the follow-up date; return (Followup, new link token or None).

    A token for the citizen's personal follow-up link is made only the first time.
    Raises StorageError for an empty draft id or creator.
    """
    if not draft_id or not created_by:
        raise StorageError("a follow-up needs a draft id and the staff member who set it")
    if not isinstance(due, date):
        raise StorageError("the follow-up date must be a date")
    stamp = iso(now or utcnow())
    with db.atomic():
        existing = _row(db, draft_id)
        if existing:
            db["followups"].update(draft_id, {"due": due.isoformat(), "updated_at": stamp})
            token = None
        else:
            token = secrets.token_urlsafe(24)
            db["followups"].insert(
                {
                    "draft_id": draft_id,
                    "due": due.isoformat(),
                    "created_by": created_by,
                    "created_at": stamp,
                    "updated_at": stamp,
                    "token_hash": hash_token(token),
                }
            )
    return get_followup(db, draft_id), token


def new_link(db: Database, draft_id: str) -> str:
    """Replace the personal follow-up link of a draft; return the new token. Raises NotFound."""
    token = secrets.token_urlsafe(24)
    with db.atomic():
        if not _row(db, draft_id):
            raise NotFound(f"no follow-up for draft {draft_id}")
        db["followups"].update(draft_id, {"token_hash": hash_token(token)})
    return token


def get_followup(db: Database, draft_id: str) -> Followup | None:
    """Return the follow-up of a draft, or None when none is set."""
    row = _row(db, draft_id)
    if not row:
        return None
    return Followup(**{k: row[k] for k in Followup.__dataclass_fields__})


def draft_for_token(db: Database, token: str) -> str:
    """Return the draft id a personal follow-up link token belongs to; raises NotFound."""
    if not isinstance(token, str) or not token or len(token) > MAX_TOKEN_LENGTH:
        raise NotFound("no such follow-up link")
    rows = list(db["followups"].rows_where("token_hash = ?", [hash_token(token)], limit=1))
    if not rows:
        raise NotFound("no such follow-up link")
    return rows[0]["draft_id"]


def draft_for_code(
    db: Database,
    code: str,
    source: str,
    *,
    now: datetime | None = None,
    max_failures: int = RATE_LIMIT_FAILURES,
    window: timedelta = RATE_LIMIT_WINDOW,
) -> Draft:
    """Return the draft a receipt code opens, counting every guess in code_attempts.

    Failed guesses count together with resume-code guesses from the same `source`.
    Raises RateLimited when `source` made `max_failures` failed guesses within `window`
    (checked before the code), NotFound when the code is unknown.
    """
    moment = now or utcnow()
    wanted = normalise_code(code or "")[:32]
    with db.atomic():
        check_code_guesses(db, source, moment, max_failures, window)
        try:
            draft = get_draft_by_receipt(db, wanted) if wanted else None
        except NotFound:
            draft = None
        record_code_guess(db, source, moment, draft is not None)
    # The failed guess is committed before raising, so that it counts.
    if draft is None:
        raise NotFound("unknown receipt code")
    return draft


def add_rating(
    db: Database,
    draft_id: str,
    subgoal: int | None,
    score: int,
    *,
    said_by: str = "citizen",
    input_kind: str = "picture",
    comment: str | None = None,
    now: datetime | None = None,
) -> Rating:
    """Store one rating at once and return it; raises StorageError for bad values."""
    problems = []
    if not draft_id:
        problems.append("draft id is empty")
    if subgoal is not None and (not isinstance(subgoal, int) or subgoal < 0):
        problems.append(f"sub-goal index {subgoal!r} is not a whole number ≥ 0")
    if score not in SCORES or isinstance(score, bool):
        problems.append(f"score {score!r} is not one of {SCORES}")
    if said_by not in SAID_BY:
        problems.append(f"said_by {said_by!r} is not one of {SAID_BY}")
    if input_kind not in INPUT_KINDS:
        problems.append(f"input {input_kind!r} is not one of {INPUT_KINDS}")
    comment = (comment or "").strip() or None
    if comment and len(comment) > MAX_COMMENT_LENGTH:
        problems.append(f"comment is longer than {MAX_COMMENT_LENGTH} characters")
    if problems:
        raise StorageError("; ".join(problems))
    row = {
        "draft_id": draft_id,
        "subgoal": subgoal,
        "score": int(score),
        "comment": comment,
        "said_by": said_by,
        "input": input_kind,
        "at": iso(now or utcnow()),
    }
    with db.atomic():
        row_id = db["ratings"].insert(row).last_pk
    return Rating(id=int(row_id), **row)


def add_comment(
    db: Database, draft_id: str, rating_id: int, comment: str, *, input_kind: str = "text"
) -> Rating:
    """Attach a comment to a stored rating of this draft; raises NotFound or StorageError."""
    comment = (comment or "").strip()
    if not comment:
        raise StorageError("the comment is empty")
    if len(comment) > MAX_COMMENT_LENGTH:
        raise StorageError(f"comment is longer than {MAX_COMMENT_LENGTH} characters")
    if input_kind not in ("text", "speech"):
        raise StorageError(f"comment input {input_kind!r} is not text or speech")
    with db.atomic():
        rows = list(
            db["ratings"].rows_where("id = ? AND draft_id = ?", [rating_id, draft_id], limit=1)
        )
        if not rows:
            raise NotFound(f"no rating {rating_id!r} for draft {draft_id!r}")
        old = rows[0]["comment"]
        text = f"{old}\n{comment}" if old else comment
        if len(text) > MAX_COMMENT_LENGTH:
            raise StorageError(f"comment is longer than {MAX_COMMENT_LENGTH} characters")
        db["ratings"].update(rating_id, {"comment": text, "comment_input": input_kind})
    return Rating(**db["ratings"].get(rating_id))


def list_ratings(db: Database, draft_id: str) -> list[Rating]:
    """Return every rating of a draft, oldest first."""
    rows = db["ratings"].rows_where("draft_id = ?", [draft_id], order_by="at, id")
    return [Rating(**row) for row in rows]


def _row(db: Database, draft_id: str) -> dict | None:
    rows = list(db["followups"].rows_where("draft_id = ?", [draft_id], limit=1))
    return rows[0] if rows else None
