"""Audit details in Danish: every note shape the log stores reads as Danish on the staff pages."""

from __future__ import annotations

import pytest

from assistant.web.audit_text import audit_detail
from assistant.web.staff_view import clock, local_time


@pytest.mark.parametrize(
    ("action", "detail", "shown"),
    [
        ("view_draft", "version 3: goal, transcript, history", "version 3"),
        ("edit", "version 2: aftalt ved hjemmebesøg", "version 2: aftalt ved hjemmebesøg"),
        ("approve", "in_review -> approved", "Under behandling → Godkendt"),
        (
            "approve",
            "returned -> approved; not confirmed by the citizen; reason: sagt i telefonen",
            "Sendt tilbage → Godkendt; ikke bekræftet af borgeren; begrundelse: sagt i telefonen",
        ),
        ("followup_set", "due 2026-12-01", "opfølgning 1. december 2026"),
        ("case_set", "cpr set, case id empty", "CPR-nummer udfyldt, sagsnummer tomt"),
        ("view_mine", "2 drafts", "2 udkast"),
        ("view_rejected", "session", "én samtale"),
        (
            "create_link",
            "expires 2026-12-16, team Standard",
            "udløber 16. december 2026, team Standard",
        ),
        ("view", "GET staff.users 200", "Brugere"),
        ("denied", "GET staff.draft 403", "Udkast (fejl 403)"),
        ("view", "GET staff.something_new 200", "en side"),
        ("search", "status=in_review area=mobilitet q=Grethe", None),
        ("view_queue", "all", "alle udkast"),
        ("gas_levels_set", "items 0,1,goal", "delmål 1, delmål 2, målet"),
        ("assign", "-", "ingen"),
        ("assign", "bent", "bent"),
        ("create_user", "bent (staff)", "bent (medarbejder)"),
        ("gdpr_delete", "drafts=1, sessions=2", "3 rækker slettet"),
        ("login", "password and code", "adgangskode og kode fra telefon"),
        ("login_throttled", "30 s", "30 sekunder"),
    ],
)
def test_each_stored_note_reads_in_danish(app, action, detail, shown):
    with app.test_request_context():
        text = audit_detail(detail, action)
    if shown is not None:
        assert text == shown
    else:  # the filters name the status and area in Danish and quote the search
        area = app.extensions["hverdagsmaal"]["content"].areas["mobilitet"].label
        assert text == f"status: Under behandling, område: {area}, søgning: «Grethe»"


def test_times_are_danish_dates_in_local_time(app):
    with app.test_request_context():
        assert local_time("2026-12-01T11:05:00+00:00") == "1. december 2026 kl. 12:05"
        assert local_time("2026-07-01T11:05:09+00:00", True) == "1. juli 2026 kl. 13:05:09"
        assert clock("2026-12-01T11:05:00+00:00") == "12:05"
        assert local_time(None) == "" and clock("ikke en tid") == ""
