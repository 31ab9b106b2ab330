"""Staff accounts: argon2 hashes, roles, lockout per account and per address, demo admin."""

from __future__ import annotations

import html
import sys
from datetime import UTC, datetime, timedelta

import pytest

from assistant import accounts
from assistant.errors import AccountError, AuthenticationFailed, RateLimited

PASSWORD = "korrekt-hest-batteri"


def test_create_user_stores_an_argon2_hash_not_the_password(db):
    user = accounts.create_user(db, "Anna", PASSWORD, role="staff")
    assert user.username == "anna" and user.role == "staff" and not user.is_admin
    stored = db["users"].get(user.id)["password_hash"]
    assert stored.startswith("$argon2id$")
    assert PASSWORD not in stored


def test_production_hashes_at_full_cost_and_only_tests_ask_for_cheap_ones(db, monkeypatch):
    monkeypatch.delenv(accounts.HASHER_ENV)
    hasher, dummy = accounts.password_hasher()
    strong = (hasher.time_cost, hasher.memory_cost, hasher.parallelism, hasher.salt_len)
    assert strong == (3, 65536, 4, 16)  # RFC 9106 low-memory, argon2-cffi's default
    assert "$m=65536,t=3,p=4$" in dummy
    user = accounts.create_user(db, "anna", PASSWORD)
    assert "$m=65536,t=3,p=4$" in db["users"].get(user.id)["password_hash"]
    monkeypatch.setenv(accounts.HASHER_ENV, "fast")
    with pytest.raises(ValueError, match=accounts.HASHER_ENV):
        accounts.password_hasher()
    monkeypatch.setenv(accounts.HASHER_ENV, "test")
    assert accounts.password_hasher()[0].time_cost == 1
    # A cheap hash stored earlier still verifies under full cost and is upgraded at sign-in.
    cheap = accounts.create_user(db, "boss", PASSWORD)
    monkeypatch.delenv(accounts.HASHER_ENV)
    assert accounts.authenticate(db, "boss", PASSWORD, "10.0.0.1").id == cheap.id
    assert "$m=65536,t=3,p=4$" in db["users"].get(cheap.id)["password_hash"]


@pytest.mark.parametrize(
    ("name", "password", "role"),
    [
        ("x", PASSWORD, "staff"),  # too short
        ("anna bent", PASSWORD, "staff"),  # space
        ("anna", "kort", "staff"),  # weak password
        ("anna", PASSWORD, "root"),  # unknown role
    ],
)
def test_create_user_refuses_bad_input(db, name, password, role):
    with pytest.raises(AccountError):
        accounts.create_user(db, name, password, role=role)
    assert accounts.count_users(db) == 0


def test_duplicate_user_name_is_refused_case_insensitively(db):
    accounts.create_user(db, "anna", PASSWORD)
    with pytest.raises(AccountError, match="already exists"):
        accounts.create_user(db, "ANNA", PASSWORD)


def test_authenticate_right_and_wrong_password_same_error_for_unknown_user(db):
    accounts.create_user(db, "anna", PASSWORD)
    assert accounts.authenticate(db, " Anna ", PASSWORD, "10.0.0.1").username == "anna"
    with pytest.raises(AuthenticationFailed) as wrong:
        accounts.authenticate(db, "anna", "forkert-kode-1", "10.0.0.1")
    with pytest.raises(AuthenticationFailed) as unknown:
        accounts.authenticate(db, "nobody", "forkert-kode-1", "10.0.0.1")
    assert str(wrong.value) == str(unknown.value)


def test_account_failures_grow_a_short_delay_never_a_lock(db):
    accounts.create_user(db, "anna", PASSWORD)
    start = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)
    step = accounts.ACCOUNT_MAX_DELAY + timedelta(seconds=1)
    for i in range(12):
        with pytest.raises(AuthenticationFailed):
            # different addresses: the per-account delay alone must act
            accounts.authenticate(db, "anna", "forkert", f"10.0.0.{i}", now=start + i * step)
    last = start + 11 * step
    with pytest.raises(RateLimited) as limited:
        accounts.authenticate(db, "anna", PASSWORD, "10.9.9.9", now=last + timedelta(seconds=1))
    assert 0 < limited.value.seconds <= accounts.ACCOUNT_MAX_DELAY.total_seconds()
    # however many failures, the right password works again after at most a minute
    later = last + step
    assert accounts.authenticate(db, "anna", PASSWORD, "10.9.9.9", now=later).username == "anna"


def test_the_delay_doubles_per_failure(db):
    start = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)
    waits = []
    for i in range(accounts.FREE_PER_ACCOUNT + 3):
        when = start + i * timedelta(minutes=2)
        with pytest.raises(AuthenticationFailed):
            accounts.authenticate(db, "ghost", "forkert", f"10.1.0.{i}", now=when)
        waits.append(accounts.wait_seconds(db, "ghost", "10.2.0.1", now=when))
    assert waits == [0] * (accounts.FREE_PER_ACCOUNT - 1) + [2, 4, 8, 16]


def test_address_failures_across_accounts_slow_that_address_only(db):
    accounts.create_user(db, "anna", PASSWORD)
    start = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)
    for i in range(accounts.FREE_PER_ADDRESS):
        with pytest.raises(AuthenticationFailed):
            accounts.authenticate(db, f"guess{i}", "forkert", "192.0.2.7", now=start)
    with pytest.raises(RateLimited):  # the address's free tries are used up
        accounts.authenticate(db, "anna", PASSWORD, "192.0.2.7", now=start)
    # another address is not affected
    assert accounts.authenticate(db, "anna", PASSWORD, "192.0.2.8", now=start).username == "anna"


def test_a_success_does_not_reset_the_address_count(db):
    accounts.create_user(db, "anna", PASSWORD)
    start = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)
    for i in range(accounts.FREE_PER_ADDRESS):
        with pytest.raises(AuthenticationFailed):
            accounts.authenticate(db, f"guess{i}", "forkert", "192.0.2.7", now=start)
    later = start + timedelta(seconds=3)
    accounts.authenticate(db, "anna", PASSWORD, "192.0.2.7", now=later)  # a known account
    with pytest.raises(AuthenticationFailed):
        accounts.authenticate(db, "guess-again", "forkert", "192.0.2.7", now=later)
    assert accounts.wait_seconds(db, "someone", "192.0.2.7", now=later) == 4  # count went on


def test_a_success_resets_the_account_count(db):
    accounts.create_user(db, "anna", PASSWORD)
    start = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)
    for _ in range(accounts.FREE_PER_ACCOUNT - 1):
        with pytest.raises(AuthenticationFailed):
            accounts.authenticate(db, "anna", "forkert", "10.0.0.1", now=start)
    accounts.authenticate(db, "anna", PASSWORD, "10.0.0.1", now=start + timedelta(seconds=1))
    with pytest.raises(AuthenticationFailed):
        accounts.authenticate(db, "anna", "forkert", "10.0.0.1", now=start + timedelta(seconds=2))
    assert not accounts.is_locked(db, "anna", "10.0.0.1", now=start + timedelta(seconds=3))


def test_ensure_demo_admin_creates_one_admin_once(db):
    password = accounts.ensure_demo_admin(db)
    assert password and len(password) >= accounts.MIN_PASSWORD_LENGTH
    user = accounts.authenticate(db, "demo-admin", password, "127.0.0.1")
    assert user.is_admin and user.must_change_password
    assert accounts.ensure_demo_admin(db) is None
    assert accounts.count_users(db) == 1


def test_change_password_checks_the_old_one_and_clears_the_flag(db):
    user = accounts.create_user(db, "anna", PASSWORD, must_change_password=True)
    with pytest.raises(AccountError):
        accounts.change_password(db, user, "forkert-gammel", "blaa-cykel-kaffe-fjord")
    with pytest.raises(AccountError):
        accounts.change_password(db, user, PASSWORD, "kort")
    accounts.change_password(db, user, PASSWORD, "blaa-cykel-kaffe-fjord")
    assert not accounts.get_user(db, user.id).must_change_password
    assert accounts.authenticate(db, "anna", "blaa-cykel-kaffe-fjord", "127.0.0.1")
    with pytest.raises(AuthenticationFailed):
        accounts.authenticate(db, "anna", PASSWORD, "127.0.0.1")


@pytest.mark.parametrize(
    "weak",
    [
        "aaaaaaaaaaaa",  # long enough, but one letter
        "password1234",  # the most common password there is, with digits
        "sommer2026!!",  # a Danish season, a year and two signs
        "Vinter2025#!",
        "hemmelig1234",
        "anna-anna-anna",  # the user's own name
        "kort-ord",  # too short whatever it is
    ],
)
def test_weak_or_common_passwords_are_refused_everywhere(db, weak):
    with pytest.raises(AccountError):
        accounts.create_user(db, "anna", weak)
    user = accounts.create_user(db, "anna", PASSWORD)
    with pytest.raises(AccountError):
        accounts.change_password(db, user, PASSWORD, weak)
    with pytest.raises(AccountError):
        accounts.set_password(db, user.id, weak, username="anna")
    assert accounts.authenticate(db, "anna", PASSWORD, "10.0.0.1").id == user.id


def test_a_strong_password_and_the_generated_ones_are_accepted(db):
    strong = "fjordens-gule-trappelift-synger"
    user = accounts.create_user(db, "anna", strong)
    assert accounts.authenticate(db, "anna", strong, "10.0.0.1").id == user.id
    assert len(accounts.random_password()) >= accounts.MIN_PASSWORD_LENGTH
    accounts.check_password_rules(accounts.reset_password(db, user.id))


def test_the_password_checker_is_not_kept_in_memory_after_a_check():
    """zxcvbn's ~13 MB of word lists are loaded for a check and dropped after it, and a
    second check loads them again and still refuses a guessable password."""
    for _ in range(2):
        with pytest.raises(AccountError):
            accounts.check_password_rules("hemmelig1234", username="anna")
        assert not any(name.split(".")[0] == "zxcvbn" for name in sys.modules)
    accounts.check_password_rules("fjordens-gule-trappelift-synger", username="anna")


def test_the_weak_password_message_is_danish_from_content(app, staff, content):
    from exports_support import STAFF_PASSWORD  # noqa: PLC0415
    from staff_support import csrf  # noqa: PLC0415

    for new, key in (
        ("sommer2026!!", "staff_account_error_password_weak"),
        ("kort-ord", "staff_account_error_password_short"),
    ):
        resp = staff.post(
            "/staff/adgangskode",
            data={
                "csrf_token": csrf(staff, "/staff/adgangskode"),
                "old": STAFF_PASSWORD,
                "new": new,
                "repeat": new,
            },
        )
        expected = content.staff[key].format(min=accounts.MIN_PASSWORD_LENGTH)
        assert resp.status_code == 400
        assert expected in html.unescape(resp.get_data(as_text=True)), key
