"""Staff texts live in content/da/staff.yaml: the loader checks them, the pages find them by key."""

from __future__ import annotations

import re
import shutil

import pytest

from assistant import CONTENT_ROOT, PROJECT_ROOT
from assistant.content import load_content
from assistant.content.files import Problems
from assistant.content.staff import read_staff_texts
from assistant.errors import AccountError, ContentError, ExportError
from assistant.storage.staff import STATUSES

#: t("key") with a literal key, in Python and in the templates.
LITERAL_KEY = re.compile(r"""\bt\(\s*["']([a-z0-9_]+)["']\s*[,)]""")
#: Keys built from a prefix and an id in Python: every id of the family must have a text.
FAMILIES = {
    "staff_status_": STATUSES,
    "staff_action_done_": ("approve", "return", "archive"),
    "staff_action_verb_": ("approve", "return", "archive", "take"),
    "staff_account_error_": AccountError.CODES,
    "staff_export_error_": ExportError.CODES,
    "staff_smart_label_": ("specific", "measurable", "accepted", "realistic", "time_bound"),
    "staff_per_": ("day", "week", "month", "year"),
    "staff_frequency_per_": ("day", "week", "month", "year"),
    "staff_said_by_": ("citizen", "relative", "staff"),
    "staff_input_": ("text", "speech", "picture"),
    "staff_export_link_": ("json", "fhir", "pdf", "followup"),
    "staff_user_": ("enabled", "disabled"),
}


def test_every_literal_text_key_in_code_and_templates_exists(content):
    known = content.ui_texts
    sources = [
        *(PROJECT_ROOT / "assistant").rglob("*.py"),
        *(PROJECT_ROOT / "assistant").rglob("*.html"),
    ]
    missing = sorted(
        f"{path.relative_to(PROJECT_ROOT)}: {key}"
        for path in sources
        for key in LITERAL_KEY.findall(path.read_text("utf-8"))
        if key not in known
    )
    assert not missing, "\n".join(missing)


@pytest.mark.parametrize("prefix", sorted(FAMILIES))
def test_every_key_family_the_code_builds_has_all_its_texts(content, prefix):
    missing = [i for i in FAMILIES[prefix] if f"{prefix}{i}" not in content.staff]
    assert not missing


def test_staff_and_citizen_texts_share_one_key_space_without_overlap(content):
    assert content.staff and content.texts
    assert not set(content.staff) & set(content.texts)
    assert content.ui_texts["staff_status_new"] == content.staff["staff_status_new"]


def test_the_staff_file_reports_every_problem_with_its_name(tmp_path):
    path = tmp_path / "staff.yaml"
    path.write_text(
        "language: da\ntexts:\n"
        '  staff_ok: "Godt."\n'
        '  Bad-Key: "x"\n'
        '  staff_empty: ""\n'
        '  btn_send: "Send"\n',
        "utf-8",
    )
    problems = Problems()
    texts = read_staff_texts(path, "da", problems, {"btn_send": "Send"})
    found = "\n".join(problems.items)
    assert texts == {"staff_ok": "Godt."}
    assert f"{path}: text key 'Bad-Key' must be lower-case ASCII" in found
    assert "text 'staff_empty' must be a non-empty string" in found
    assert "text 'btn_send' is also in texts.yaml" in found
    for code in AccountError.CODES:
        assert f"{path}: lacks 'staff_account_error_{code}'" in found


def test_a_missing_error_text_stops_loading_with_the_file_name(tmp_path):
    root = tmp_path / "content"
    shutil.copytree(CONTENT_ROOT / "da", root / "da")
    staff = root / "da" / "staff.yaml"
    lines = staff.read_text("utf-8").splitlines(keepends=True)
    staff.write_text(
        "".join(x for x in lines if "staff_account_error_username_taken" not in x), "utf-8"
    )
    with pytest.raises(ContentError) as err:
        load_content("da", root)
    assert err.value.problems == [
        f"{staff}: lacks 'staff_account_error_username_taken' "
        "(the staff text of error code 'username_taken')"
    ]


def test_an_account_error_needs_a_known_code():
    assert AccountError("password_wrong", "the current password is wrong").code == "password_wrong"
    with pytest.raises(ValueError, match="unknown AccountError code"):
        AccountError("the current password is wrong")


def test_account_errors_are_shown_by_code_not_by_english_text(app, staff, content):
    from exports_support import STAFF_PASSWORD  # noqa: PLC0415
    from staff_support import csrf  # noqa: PLC0415

    resp = staff.post(
        "/staff/adgangskode",
        data={
            "csrf_token": csrf(staff, "/staff/adgangskode"),
            "old": "not-the-password",
            "new": STAFF_PASSWORD + "x",
            "repeat": STAFF_PASSWORD + "x",
        },
    )
    assert resp.status_code == 400
    page = resp.get_data(as_text=True)
    assert content.staff["staff_account_error_password_wrong"] in page
    assert "current password" not in page
