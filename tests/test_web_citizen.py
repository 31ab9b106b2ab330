"""The citizen pages through the Flask test client on a real SQLite file: whole dialogues."""

from __future__ import annotations

import re
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from citizen_support import (
    CARD_ANSWERS,
    MAX_STEPS,
    TEXT_ANSWERS,
    Citizen,
    attr_value,
    hidden_fields,
    make_app,
    play,
    receipt_draft,
)
from http_support import bytecode_env, free_port

from assistant import PROJECT_ROOT
from assistant.content import get_content
from assistant.storage import open_db
from assistant.storage.links import create_link
from assistant.storage.sessions import list_turns, update_draft
from assistant.web import citizen as citizen_views


def _db(app):
    return open_db(app.config["DATABASE"])


def test_full_dialogue_by_text(app, citizen):
    citizen.start()
    assert citizen.slot == "who"
    assert 'name="text"' in citizen.page and "data-read-aloud" in citizen.page
    asked = play(citizen, by="text")
    assert asked[0] == "who" and "confirm" in asked
    draft = receipt_draft(app, citizen)
    data = draft.data
    assert data["goal"]["activity"] == "trapper"
    assert data["citizen_confirmed"] is True
    said = [entry["answer"] for entry in data["transcript"]]
    assert TEXT_ANSWERS["wish"] in said
    turns = list_turns(_db(app), draft.session_id)
    assert len(turns) == len([h for h in citizen.history])
    assert [t.raw for t in turns] == [a.get("text") or a.get("card") for _, a in citizen.history]
    assert {t.input_kind for t in turns} <= {"text", "picture"}


def test_full_dialogue_by_cards_only(app, citizen):
    citizen.start(pictures=True)
    for _ in range(MAX_STEPS):
        if attr_value(citizen.page, "data-receipt-code"):
            break
        assert "<textarea" not in citizen.page, citizen.slot
        assert citizen.cards, citizen.slot
        assert not re.search(r"<script(?![^>]*\bsrc=)|<style| style=| on[a-z]+=", citizen.page)
        wanted = CARD_ANSWERS.get(citizen.slot)
        citizen.pick(wanted)
    draft = receipt_draft(app, citizen)
    assert draft.data["goal"]["activity"] == "trapper"
    turns = list_turns(_db(app), draft.session_id)
    assert turns and all(t.input_kind == "picture" for t in turns)


def test_who_cards_on_the_start_page_start_and_answer_the_first_question(app, citizen):
    citizen.get("/")
    assert citizen.slot == "who"
    assert {"borger", "paaroerende", "medarbejder"} <= set(citizen.cards)
    citizen.post("/start", {"card": "paaroerende", "pictures": "1"})
    assert citizen.status == 200
    assert citizen.slot == "consent"
    assert "<textarea" not in citizen.page  # the pictures switch applied
    turns = list_turns(_db(app), _only_session(app))
    assert [(t.slot, t.raw, t.input_kind) for t in turns] == [("who", "paaroerende", "picture")]
    citizen.get("/")
    citizen.post("/start", {"card": "not-a-card"})
    assert citizen.status == 400 and "Det billede kan du ikke vælge her" in citizen.page
    assert len(list(_db(app)["sessions"].rows)) == 1


def test_activity_cards_come_area_first_and_any_activity_is_accepted(app, citizen):
    citizen.start(pictures=True)
    citizen.choose("borger")
    citizen.choose("ja")
    areas = app.extensions["hverdagsmaal"]["content"].areas
    # First only the areas (5 big cards) and "Ved ikke": few choices per screen.
    assert citizen.cards == [f"omraade:{a}" for a in areas] + ["ved_ikke"]
    slot, turns = citizen.slot, len(list_turns(_db(app), _only_session(app)))
    citizen.choose("omraade:mobilitet")  # opens the area: no answer, nothing stored
    assert citizen.status == 200 and citizen.slot == slot
    assert len(list_turns(_db(app), _only_session(app))) == turns
    activities = app.extensions["hverdagsmaal"]["content"].activities
    shown = [c for c in citizen.cards if c in activities]
    assert 3 <= len(shown) <= 6 and "trapper" in shown
    assert {activities[c].area for c in shown} == {"mobilitet"}
    assert 'data-area="mobilitet"' in citizen.page and "Vælg et andet område" in citizen.page
    citizen.choose("omraade:ukendt")  # not an area of this screen: refused, nothing stored
    assert citizen.status == 400 and citizen.slot == slot
    citizen.get("/samtale?omraade=mobilitet")
    before = citizen.slot
    citizen.choose("toejvask")  # any activity id, whichever area it sits in
    assert citizen.status == 200
    assert citizen.slot != before


def test_text_mode_puts_the_text_box_first_and_folds_the_cards(citizen):
    citizen.start()
    citizen.choose("borger")
    citizen.choose("ja")
    page = citizen.page
    assert citizen.slot == "everyday"
    assert page.index("<textarea") < page.index("<details") < page.index('value="omraade:')
    assert '<details class="more-cards" data-more-cards>' in page  # folded
    citizen.get("/samtale?omraade=egenomsorg")  # an opened area is shown open
    assert "data-more-cards open" in citizen.page and "vask_og_hygiejne" in citizen.cards


def test_relative_hands_over_and_citizen_confirms(app, citizen):
    citizen.start(pictures=True)
    answers = dict(CARD_ANSWERS, who="paaroerende")
    slots, notices = [], []
    for _ in range(MAX_STEPS):
        if attr_value(citizen.page, "data-receipt-code"):
            break
        slots.append(citizen.slot)
        notices.append(citizen.page)
        wanted = answers.get(citizen.slot)
        citizen.pick(wanted)
    assert "handover" in slots
    assert slots.index("about") < slots.index("handover") < slots.index("own_consent")
    assert slots.index("own_consent") < slots.index("confirm")  # own consent, then the goal
    handover_page = notices[slots.index("handover")]
    assert "Giv nu skærmen til din mor" in handover_page  # the first card: "Min mor"
    assert "Må vi gemme dine svar og sende dem til kommunen?" in notices[slots.index("own_consent")]
    draft = receipt_draft(app, citizen)
    assert draft.data["speaker"] == "relative"
    confirm = [e for e in draft.data["transcript"] if e["slot"] in ("own_consent", "confirm")]
    assert [e["said_by"] for e in confirm] == ["citizen", "citizen"]


def test_relative_of_a_citizen_who_cannot_answer_sees_a_proposal(app, citizen):
    citizen.start(pictures=True)
    answers = dict(CARD_ANSWERS, who="paaroerende", about="far", handover="ikke_selv")
    for _ in range(MAX_STEPS):
        if citizen.slot == "confirm":
            break
        citizen.pick(answers.get(citizen.slot))
    assert citizen.slot == "confirm"
    assert "<h1>Her er forslaget til din fars mål</h1>" in citizen.page
    assert "Her er dit mål" not in citizen.page and "det er mit mål" not in citizen.page
    assert "Ja, forslaget er godt" in citizen.page
    citizen.choose("ja")
    draft = receipt_draft(app, citizen)
    accepted = draft.data["goal"]["smart"]["accepted"]
    assert accepted["ok"] is False and "kunne ikke svare selv" in accepted["reason"]


def test_personal_link_names_the_citizen_for_the_relative(app):
    token, _ = create_link(_db(app), days=30, citizen_name="Inger")
    citizen = Citizen(app.test_client())
    citizen.get(f"/l/{token}")
    assert "Hej Inger." in citizen.page
    citizen.post("/start", {"action": "start", "pictures": "1"})
    answers = dict(CARD_ANSWERS, who="paaroerende")
    for _ in range(MAX_STEPS):
        if citizen.slot == "handover":
            break
        wanted = answers.get(citizen.slot)
        citizen.pick(wanted)
    assert citizen.slot == "handover"
    assert "Giv nu skærmen til Inger." in citizen.page
    stored = _db(app)["sessions"].rows_where("link_id is not null")
    assert [row["channel"] for row in stored] == ["link"]


def test_pause_and_resume_with_the_code_on_another_device(app):
    first = Citizen(app.test_client())
    first.start()
    first.choose("borger")
    first.choose("ja")
    first.say(TEXT_ANSWERS["everyday"])
    slot_before = first.slot
    first.act("pause")
    code = attr_value(first.page, "data-resume-code")
    assert code and re.fullmatch(r"[0-9A-Z]{6}", code)
    back = first.client.get("/samtale")  # Back: the paused page again, never an error
    assert back.status_code == 303 and back.headers["Location"].endswith("/pause")

    second = Citizen(app.test_client())
    second.get("/fortsaet")
    second.post("/fortsaet", {"code": code.lower()[:3] + " " + code.lower()[3:]})
    assert second.status == 200
    assert second.slot == slot_before
    play(second, by="text")
    draft = receipt_draft(app, second)
    said = [entry["answer"] for entry in draft.data["transcript"]]
    assert TEXT_ANSWERS["everyday"] in said  # the answer given before the pause is kept
    # the code is used: the first browser no longer sees the code nor the session
    assert first.client.get("/pause").headers["Location"].endswith("/")
    assert first.client.get("/samtale").status_code == 404


def test_wrong_resume_codes_are_danish_and_rate_limited(citizen):
    citizen.get("/fortsaet")
    citizen.post("/fortsaet", {"code": ""})
    assert citizen.status == 400 and "Skriv din kode først." in citizen.page
    statuses = []
    for _ in range(12):
        citizen.post("/fortsaet", {"code": "ZZZZZZ"})
        statuses.append(citizen.status)
    assert statuses[:10] == [404] * 10
    assert statuses[-1] == 429
    assert "Du har prøvet mange gange" in citizen.page


def test_returned_draft_message_is_shown_with_the_receipt_code(app, citizen):
    citizen.start(pictures=True)
    play(citizen, by="cards")
    draft = receipt_draft(app, citizen)
    update_draft(
        _db(app),
        draft.id,
        version=draft.version,
        status="returned",
        return_message="Vi skal tale om datoen. Ring til Anna.",
    )
    other = Citizen(app.test_client())
    other.get("/fortsaet")
    other.post("/fortsaet", {"code": draft.receipt_code})
    assert other.status == 200
    assert re.search(r"data-return-message>Vi skal tale om datoen. Ring til Anna.<", other.page)


def test_returned_draft_message_is_shown_on_the_personal_link(app):
    token, _ = create_link(_db(app), days=30, citizen_name="Inger")
    citizen = Citizen(app.test_client())
    citizen.get(f"/l/{token}")
    assert "data-return-message" not in citizen.page
    citizen.post("/start", {"action": "start", "pictures": "1"})
    play(citizen, by="cards")
    draft = receipt_draft(app, citizen)
    update_draft(
        _db(app),
        draft.id,
        version=draft.version,
        status="returned",
        return_message="Ring til Anna om datoen.",
    )
    later = Citizen(app.test_client())
    later.get(f"/l/{token}")
    assert re.search(r"data-return-message>Ring til Anna om datoen.<", later.page)


def test_back_and_undo_keep_every_answer(app, citizen):
    citizen.start()
    citizen.choose("borger")
    citizen.choose("ja")
    first_slot = citizen.slot
    citizen.say("Jeg kan selv gå ture.")
    assert citizen.slot != first_slot
    citizen.act("back")
    assert citizen.status == 200 and citizen.slot == first_slot
    citizen.act("undo")
    assert citizen.status == 200
    sid = _only_session(app)
    assert [t.raw for t in list_turns(_db(app), sid)][-1] == "Jeg kan selv gå ture."


def _only_session(app) -> str:
    rows = list(_db(app)["sessions"].rows)
    assert len(rows) == 1
    return rows[0]["id"]


def test_bad_answers_get_danish_messages_and_lose_nothing(app, citizen):
    citizen.start()
    citizen.choose("borger")
    citizen.choose("ja")
    slot = citizen.slot
    sid = _only_session(app)
    stored = len(list_turns(_db(app), sid))

    citizen.say("   ")
    assert citizen.status == 400 and "Du har ikke skrevet noget" in citizen.page
    long_text = "Jeg vil gerne gå ture. " * 200
    citizen.say(long_text)
    assert citizen.status == 400 and "Svaret er for langt" in citizen.page
    assert "Jeg vil gerne gå ture." in citizen.page  # the text stays in the box to shorten
    citizen.choose("no-such-card")
    assert citizen.status == 400 and "Det billede kan du ikke vælge her" in citizen.page
    citizen.post("/samtale", {"action": "explode"})
    assert citizen.status == 400
    assert citizen.slot == slot
    assert len(list_turns(_db(app), sid)) == stored

    citizen.say("<script>alert('x')</script> Jeg kan selv <b>lave mad</b>.")
    assert citizen.status == 200
    assert "<script>alert" not in citizen.page
    assert len(list_turns(_db(app), sid)) == stored + 1


def test_double_submit_and_replay_are_refused_without_a_second_turn(app, citizen):
    citizen.start()
    form = hidden_fields(citizen.page)
    first = citizen.client.post("/samtale", data={**form, "card": "borger"})
    assert first.status_code == 303
    again = citizen.client.post("/samtale", data={**form, "card": "borger"})
    assert again.status_code == 409
    assert "Det svar har vi allerede fået" in again.get_data(as_text=True)
    assert len(list_turns(_db(app), _only_session(app))) == 1
    forged = citizen.client.post("/samtale", data={**form, "v": "0" * 20, "card": "ja"})
    assert forged.status_code == 409


def test_posting_without_a_session_is_a_danish_404(citizen):
    citizen.get("/")
    citizen.post("/samtale", {"text": "hej", "action": "send"})
    assert citizen.status == 404
    assert "Vi kan ikke finde dine svar" in citizen.page


def test_one_session_cannot_reach_another(app):
    alice, bob = Citizen(app.test_client()), Citizen(app.test_client())
    alice.start()
    bob.start()
    alice.choose("borger")
    alice.choose("ja")
    alice.say("Alice kan selv lave mad.")
    bob.choose("paaroerende")
    assert "Alice" not in bob.page
    rows = {r["id"]: r for r in _db(app)["sessions"].rows}
    assert len(rows) == 2
    turns = {sid: [t.raw for t in list_turns(_db(app), sid)] for sid in rows}
    assert sorted(len(v) for v in turns.values()) == [1, 3]
    # Bob's signed cookie holds only his own session id and flags, never answers.
    cookie = bob.client.get_cookie("hverdagsmaal")
    data = app.session_interface.get_signing_serializer(app).loads(cookie.value)
    assert set(data) <= {
        "sid",
        "dev",
        "read_all",
        "kiosk",
        "seen",
        "csrf_token",
        "link_id",
        "link_name",
    }
    assert data["sid"] in rows and turns[data["sid"]] == ["paaroerende"]
    # A tampered cookie is not accepted: the session is simply gone.
    bob.client.set_cookie("hverdagsmaal", cookie.value[:-3] + "abc")
    assert bob.client.get("/samtale").status_code == 404


def test_kiosk_session_expires_on_the_server(app, monkeypatch, citizen):
    citizen.start(url="/kiosk")
    assert 'data-kiosk-warn="90"' in citizen.page
    citizen.choose("borger")
    sid = _only_session(app)
    now = time.time()
    monkeypatch.setattr(citizen_views, "_clock", lambda: now + 90 + 30 + 6)
    response = citizen.client.get("/samtale")
    assert response.status_code == 303
    assert "/kiosk?udloebet=1" in response.headers["Location"]
    citizen.get("/kiosk?udloebet=1")
    assert "Skærmen stod stille" in citizen.page
    assert _db(app)["sessions"].get(sid)["status"] == "paused"
    assert citizen.client.get("/samtale").status_code == 404


def test_kiosk_session_still_active_just_before_the_limit(monkeypatch, citizen):
    citizen.start(url="/kiosk")
    citizen.choose("borger")
    now = time.time()
    monkeypatch.setattr(citizen_views, "_clock", lambda: now + 90 + 30)
    assert citizen.client.get("/samtale").status_code == 200


def test_kiosk_expiry_with_short_settings_and_real_time(tmp_path):
    app = make_app(tmp_path, KIOSK_WARN_SECONDS=1, KIOSK_PAUSE_SECONDS=1, KIOSK_GRACE_SECONDS=0)
    citizen = Citizen(app.test_client())
    citizen.start(url="/kiosk")
    citizen.choose("borger")
    time.sleep(2.2)
    response = citizen.client.get("/samtale")
    assert response.status_code == 303
    assert citizen.client.get("/samtale").status_code == 404


def test_kiosk_timeout_form_pauses_and_clears(app, citizen):
    citizen.start(url="/kiosk")
    citizen.choose("borger")
    sid = _only_session(app)
    citizen.post("/kiosk/udloeb", {})
    assert citizen.status == 200 and "Skærmen stod stille" in citizen.page
    assert _db(app)["sessions"].get(sid)["status"] == "paused"
    # The code is shown first (the person who walked away can still get it) ...
    code = _db(app)["sessions"].get(sid)["resume_code"]
    assert f'data-resume-code="{code}"' in citizen.page
    # ... and the kiosk start then forgets it.
    citizen.get("/kiosk")
    assert "data-resume-code" not in citizen.page
    assert citizen.client.get("/samtale").status_code == 404


def test_dialogue_pages_have_hooks_progress_and_no_store(citizen):
    citizen.start(read_all=True)
    response = citizen.client.get("/samtale")
    assert response.headers["Cache-Control"] == "no-store"
    page = citizen.page
    assert 'data-read-all="1"' in page
    for action in ("back", "undo", "pause"):
        assert f'name="action" value="{action}"' in page
    assert "data-speak" in page and 'name="input_kind" value="text"' in page
    assert "Spørgsmål 1 af cirka" not in page
    named = re.findall(r'<li class="phase[^"]*"[^>]*>([^<]+)</li>', page)
    assert named == ["Om dig", "Dit ønske", "Dit mål", "Bekræft"]
    assert re.search(r'<li class="phase current" aria-current="step">Om dig</li>', page)
    assert '<script src="/static/js/read_aloud.js" defer>' in page
    assert '<script src="/static/js/recording.js" defer>' in page


def test_page_weight_before_pictures_is_small(citizen):
    citizen.start(pictures=True)
    citizen.choose("borger")
    citizen.choose("ja")
    total = len(citizen.page.encode("utf-8"))
    for asset in re.findall(r'(?:href|src)="(/static/[^"]+)"', citizen.page):
        with citizen.client.get(asset) as response:
            assert response.status_code == 200, asset
            total += len(response.get_data())
    assert total < 150_000


def test_every_pictogram_on_a_card_page_is_served(citizen):
    citizen.start(pictures=True)
    seen = set()
    for _ in range(MAX_STEPS):
        seen |= set(re.findall(r'src="(/piktogram/[^"]+)"', citizen.page))
        if attr_value(citizen.page, "data-receipt-code"):
            break
        wanted = CARD_ANSWERS.get(citizen.slot)
        citizen.pick(wanted)
    assert len(seen) > 10
    for url in seen:
        with citizen.client.get(url) as response:
            assert response.status_code == 200, url


def test_every_text_key_in_templates_exists():
    root = PROJECT_ROOT / "assistant" / "web" / "templates"
    import yaml

    data = yaml.safe_load((PROJECT_ROOT / "content" / "da" / "texts.yaml").read_text("utf-8"))
    assert data["language"] == "da"
    used = set()
    for path in root.rglob("*.html"):
        used |= set(re.findall(r"""\bt\(\s*["']([a-z0-9_]+)["']\s*[,)]""", path.read_text("utf-8")))
    for path in (PROJECT_ROOT / "assistant" / "web").glob("*.py"):
        used |= set(re.findall(r"""\bt\(\s*["']([a-z0-9_]+)["']\s*[,)]""", path.read_text("utf-8")))
    staff = yaml.safe_load((PROJECT_ROOT / "content" / "da" / "staff.yaml").read_text("utf-8"))
    missing = sorted(used - set(data["texts"]) - set(staff["texts"]))
    assert used and not missing


def test_serve_command_starts_and_prints_the_demo_login(tmp_path):
    db = tmp_path / "serve.db"
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "assistant", "serve", "--port", str(port), "--db", str(db)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        cwd=PROJECT_ROOT,
        env={
            "HVERDAGSMAAL_INSTANCE": str(tmp_path / "instance"),
            "PATH": "/usr/bin:/bin",
            **bytecode_env(),  # a test run writes nothing in the tree
        },
    )
    try:
        lines = []
        deadline = time.time() + 60
        while time.time() < deadline:
            line = proc.stdout.readline()
            if not line:
                break
            lines.append(line)
            if "Serving on" in line:
                break
        output = "".join(lines)
        assert f"http://127.0.0.1:{port}/" in output, output
        assert "demo-admin" in output
        page = _get_when_up(f"http://127.0.0.1:{port}/")
        assert "Start" in page
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        proc.stdout.close()
    assert Path(db).is_file()


def _get_when_up(url: str, seconds: float = 30) -> str:
    deadline = time.time() + seconds
    while True:
        try:
            with urllib.request.urlopen(url, timeout=10) as response:
                assert response.status == 200
                return response.read().decode("utf-8")
        except urllib.error.URLError:
            if time.time() > deadline:
                raise
            time.sleep(0.2)


def test_sub_goal_ladder_offers_remove_per_step(citizen):
    citizen.start()
    answers = {
        "who": "borger",
        "consent": "ja",
        "current_level": "1",
        "importance": "5",
    }
    texts = {"wish": TEXT_ANSWERS["wish"], "deadline": "om 12 uger", "measure": "tre etager"}
    for _ in range(MAX_STEPS):
        if citizen.slot == "subgoals":
            break
        if citizen.slot in texts:
            citizen.say(texts[citizen.slot])
        else:
            cards = citizen.cards
            citizen.choose(
                answers.get(citizen.slot, "ved_ikke" if "ved_ikke" in cards else cards[0])
            )
    assert citizen.slot == "subgoals"
    items = re.findall(r'<li data-subgoal="\d+">(.*?)</li>', citizen.page, re.S)
    assert len(items) == 3
    for number, item in enumerate(items, start=1):
        assert f'name="card" value="fjern_{number}"' in item
        assert "data-read-aloud" in item.split(f'value="fjern_{number}"', 1)[1]
    citizen.choose("fjern_2")
    assert citizen.status == 200
    assert citizen.slot == "subgoals"
    assert len(re.findall(r'<li data-subgoal="\d+">', citizen.page)) == 2


def test_text_from_speech_input_is_stored_as_speech(app, citizen):
    citizen.start()
    citizen.choose("borger")
    citizen.choose("ja")
    # recording.js puts the recognised text in the box and sets input_kind to "speech".
    citizen.post(
        "/samtale", {"text": "Jeg kan selv gå ture.", "action": "send", "input_kind": "speech"}
    )
    assert citizen.status == 200
    turns = list_turns(_db(app), _only_session(app))
    assert (turns[-1].raw, turns[-1].input_kind) == ("Jeg kan selv gå ture.", "speech")
    state = _db(app)["sessions"].get(_only_session(app))["state"]
    assert '"input":"speech"' in state.replace(" ", "")


def test_start_page_links_to_follow_up(tmp_path):
    """A citizen with an earlier goal finds the follow-up from the start page."""
    from assistant.web import create_app

    app = create_app(
        {"TESTING": True, "DATABASE": str(tmp_path / "f.db"), "INSTANCE_PATH": str(tmp_path)}
    )
    client = app.test_client()
    page = client.get("/").get_data(as_text=True)
    assert 'href="/opfoelgning" data-followup-link' in page
    assert client.get("/opfoelgning").status_code == 200


def test_summary_ladder_has_change_and_remove_on_each_step(citizen):
    """On the summary each sub-goal carries its own "Ret skridt N" / "Fjern skridt N" button."""
    citizen.start()
    for _ in range(MAX_STEPS):
        if citizen.slot == "confirm":
            break
        wanted = {**CARD_ANSWERS, "deadline": "om_12_uger"}.get(citizen.slot)
        citizen.pick(wanted)
    assert citizen.slot == "confirm"
    steps = re.findall(r'<li data-subgoal="(\d+)">(.*?)</li>', citizen.page, re.S)
    assert len(steps) >= 3
    for index, body in steps:
        n = int(index) + 1
        assert f'name="card" value="skift_{n}"' in body
        assert f'name="card" value="fjern_{n}"' in body
    before = [re.sub(r"\s+", " ", b.split("<", 1)[0]).strip() for _, b in steps]
    citizen.choose("fjern_1")
    assert citizen.slot == "confirm"
    after = re.findall(r'<li data-subgoal="\d+">(.*?)</li>', citizen.page, re.S)
    assert [re.sub(r"\s+", " ", b.split("<", 1)[0]).strip() for b in after] == before[1:]


def _to_slot(citizen: Citizen, slot: str) -> None:
    """Answer by text until `slot` is asked."""
    for _ in range(MAX_STEPS):
        if citizen.slot == slot:
            return
        citizen.say(TEXT_ANSWERS.get(citizen.slot, "ved ikke"))
    raise AssertionError(f"never reached {slot}")


def test_two_misunderstood_answers_keep_the_text_box_and_add_kind_words(app):
    citizen = Citizen(app.test_client())
    citizen.start()
    _to_slot(citizen, "frequency")  # (the measure question moves on after its second ask)
    citizen.say("blåbærgrød og regnvejr")
    citizen.say("xyzzy")
    assert citizen.slot == "frequency"
    assert "<textarea" in citizen.page and "ved_ikke" in citizen.cards
    assert len(citizen.cards) > 1
    assert "forstod jeg ikke helt" in citizen.page
    assert "Tryk på et billede" not in citizen.page  # someone typing is not told to tap
    citizen.say("to gange om ugen")
    assert citizen.slot != "frequency"


def test_unclear_consent_twice_ends_without_storing_what_was_said(app):
    citizen = Citizen(app.test_client())
    citizen.start()
    citizen.say("det er mig selv")
    citizen.say("hvad betyder det")
    assert citizen.slot == "consent" and citizen.cards == ["ja", "nej"]
    assert "<textarea" in citizen.page
    citizen.say("hvem kan se det")
    assert 'data-reason="consent_unclear"' in citizen.page and "data-refused" in citizen.page
    db = _db(app)
    (row,) = list(db.query("SELECT id, status FROM sessions"))
    assert row["status"] == "refused"
    assert [(t.slot, t.raw) for t in list_turns(db, row["id"])] == [("consent", None)]


def test_no_then_stop_on_the_summary_sends_nothing(app):
    citizen = Citizen(app.test_client())
    citizen.start()
    _to_slot(citizen, "confirm")
    citizen.say("nej")
    assert citizen.slot == "change" and "stop" in citizen.cards
    citizen.choose("stop")
    assert 'data-reason="not_confirmed"' in citizen.page
    assert "data-receipt-code" not in citizen.page
    db = _db(app)
    (row,) = list(db.query("SELECT id, status FROM sessions"))
    assert row["status"] == "rejected"
    assert list(db.query("SELECT id FROM drafts")) == []
    assert [t.slot for t in list_turns(db, row["id"])][-2:] == ["confirm", "change"]


@pytest.mark.parametrize(
    ("url", "heard"),
    [("/fortsaet", "Fortsæt"), ("/om", "Hverdagsmål"), ("/samtale", "Noget gik galt")],
)
def test_recovery_about_and_error_pages_can_be_read_aloud(citizen, url, heard):
    citizen.get(url)
    buttons = re.findall(r'<button[^>]*data-read-aloud[^>]*data-text="([^"]*)"', citizen.page)
    assert buttons and heard.lower() in " ".join(buttons).lower(), citizen.page[-600:]


def test_what_an_answer_told_besides_its_question_is_said_on_the_next_page(app):
    """The engine's "Du sagde: … Det har jeg skrevet ned." reaches the page after the answer
    (it was cleared before the state was stored, so the web never showed it), once."""
    citizen = Citizen(app.test_client())
    citizen.start()
    _to_slot(citizen, "wish")
    citizen.say("jeg vil gerne kunne gå op ad to etager hver dag inden jul")
    told = get_content("da").dialogue.texts["understood"].split("{", 1)[0]
    notice = re.search(r"<p [^>]*data-notice[^>]*>(.*?)</p>", citizen.page, re.S)
    assert notice and told in notice.group(1), citizen.page[:2000]
    assert "hver dag" in notice.group(1) and "to etager" in notice.group(1)
    citizen.get("/samtale")  # a reload shows the same page
    assert "data-notice" in citizen.page
    citizen.say(TEXT_ANSWERS.get(citizen.slot, "ved ikke"))
    assert told not in citizen.page  # the next answer's page does not repeat it
