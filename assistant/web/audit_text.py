"""Audit details in Danish for the staff pages. The log stores a short English note per row
(version, status change, counts, filters, the request of an unaudited page); this renders each
known shape with the Danish texts of content/da/staff.yaml. Free text (a staff member's note,
a user name) passes unchanged."""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.web.common import by_prefix, da_date, t

VERSION = re.compile(r"^version (\d+)(?::\s*(.*))?$", re.S)
STATUS_CHANGE = re.compile(r"^([a-z_]+) -> ([a-z_]+)(.*)$", re.S)
COUNT = re.compile(r"^(\d+) (drafts|sessions|links)$")
DUE = re.compile(r"^due (\d{4}-\d\d-\d\d)$")
CASE = re.compile(r"^cpr (set|empty), case id (set|empty)$")
LINK = re.compile(r"^expires (\d{4}-\d\d-\d\d), team (.*)$")
REQUEST = re.compile(r"^(GET|HEAD|POST) (\S+) (\d{3})$")
FILTER = re.compile(r"(status|area|q)=(.*?)(?= (?:status|area|q)=|$)")
TABLE_COUNTS = re.compile(r"^\w+=\d+(?:, \w+=\d+)*$")
ITEMS = re.compile(r"^items (.*)$")
WAIT = re.compile(r"^(\d+) s$")
USER_ROLE = re.compile(r"^(\S+) \((\w+)\)$")
OIDC_TEAM = re.compile(r"^oidc team=(.*)$")
CONSTANTS = {
    "password and code": "audit_detail_password_and_code",
    "code asked": "audit_detail_code_asked",
    "session": "audit_detail_one_session",
    "all": "audit_detail_all",
    "-": "audit_detail_nobody",
}


def _status(code: str) -> str:
    return by_prefix("staff_status_").get(code, code)


def _version(action: str, match: re.Match) -> str:
    note = match.group(2)
    if action == "edit" and note:  # the staff member's own note, in Danish
        return t("audit_detail_version_note", version=match.group(1), note=note)
    return t("audit_detail_version", version=match.group(1))


def _status_change(_action: str, match: re.Match) -> str:
    before, after = _status(match.group(1)), _status(match.group(2))
    parts = [t("audit_detail_status", before=before, after=after)]
    for extra in (p.strip() for p in match.group(3).split(";") if p.strip()):
        if extra == "not confirmed by the citizen":
            parts.append(t("audit_detail_not_confirmed"))
        elif extra.startswith("reason:"):
            parts.append(t("audit_detail_reason", reason=extra[len("reason:") :].strip()))
        else:
            parts.append(extra)
    return "; ".join(parts)


def _count(_action: str, match: re.Match) -> str:
    return t(f"audit_detail_{match.group(2)}", n=match.group(1))


def _case(_action: str, match: re.Match) -> str:
    cpr, case_id = (t(f"audit_detail_{word}") for word in match.groups())
    return t("audit_detail_case", cpr=cpr, case_id=case_id)


def _request(_action: str, match: re.Match) -> str:
    endpoint, status = match.group(2), int(match.group(3))
    pages = by_prefix("audit_page_")
    page = pages.get(endpoint.replace(".", "_"), t("audit_detail_other_page"))
    return t("audit_detail_request_status", page=page, status=status) if status >= 400 else page


def _filters(_action: str, detail: str) -> str | None:
    found = FILTER.findall(detail)
    if not found or " ".join(f"{k}={v}" for k, v in found) != detail:
        return None
    from assistant.web.staff_view import content  # noqa: PLC0415

    areas = content().areas
    shown = {
        "status": _status,
        "area": lambda a: areas[a].label if a in areas else a,
        "q": lambda q: q,
    }
    return ", ".join(t(f"audit_detail_filter_{k}", value=shown[k](v)) for k, v in found)


def _items(_action: str, match: re.Match) -> str:
    names = [
        t("audit_detail_item_goal")
        if item == "goal"
        else t("audit_detail_item_sub", n=int(item) + 1)
        for item in match.group(1).split(",")
        if item == "goal" or item.isascii() and item.isdigit()
    ]
    return ", ".join(names)


def _user_role(_action: str, match: re.Match) -> str:
    from assistant.web.staff_view import role_label  # noqa: PLC0415

    return f"{match.group(1)} ({role_label(match.group(2))})"


PATTERNS: tuple[tuple[re.Pattern, Callable[[str, re.Match], str]], ...] = (
    (VERSION, _version),
    (STATUS_CHANGE, _status_change),
    (COUNT, _count),
    (DUE, lambda _a, m: t("audit_detail_due", date=da_date(m.group(1)))),
    (CASE, _case),
    (LINK, lambda _a, m: t("audit_detail_link", date=da_date(m.group(1)), team=m.group(2))),
    (REQUEST, _request),
    (ITEMS, _items),
    (WAIT, lambda _a, m: t("audit_detail_wait", seconds=m.group(1))),
    (OIDC_TEAM, lambda _a, m: t("audit_detail_oidc_team", team=m.group(1))),
    (USER_ROLE, _user_role),
)


def audit_detail(detail: str | None, action: str = "") -> str:
    """Return an audit row's detail in Danish ('' when empty); unknown free text passes."""
    text = (detail or "").strip()
    if not text:
        return ""
    if text in CONSTANTS:
        return t(CONSTANTS[text])
    for pattern, render in PATTERNS:
        match = pattern.match(text)
        if match:
            return render(action, match)
    if TABLE_COUNTS.match(text):
        rows = sum(int(part.split("=")[1]) for part in text.split(", "))
        return t("audit_detail_deleted", n=rows)
    return _filters(action, text) or text
