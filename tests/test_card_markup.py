"""Picture-card markup rendered once per app: the bytes of a fresh render, nothing personal."""

from __future__ import annotations

import re

from citizen_support import hidden_fields, make_app

from assistant.web import card_markup
from assistant.web.screens import AreaCard

CARD = re.compile(r'<li class="card">.*?</li>', re.S)


def _start(client) -> str:
    page = client.get("/").get_data(as_text=True)
    form = {**hidden_fields(page), "action": "start", "pictures": "1"}
    return client.post("/start", data=form, follow_redirects=True).get_data(as_text=True)


def test_a_page_from_the_memo_is_the_page_rendered_fresh(tmp_path):
    app = make_app(tmp_path)
    first = _start(app.test_client())
    cards = CARD.findall(first)
    assert len(cards) >= 3
    memo = app.extensions["hverdagsmaal"]["card_markup"]
    grids = app.extensions["hverdagsmaal"]["card_grids"]
    assert len(memo) >= len(set(cards))  # every fixed card was kept
    assert len(grids) == 1  # and the screen's whole card list
    second = _start(app.test_client())  # another citizen: the cards come from the memo
    assert CARD.findall(second) == cards
    assert _without_tokens(second) == _without_tokens(first)
    memo.clear()
    grids.clear()
    third = _start(app.test_client())  # rendered fresh again
    assert CARD.findall(third) == cards
    assert _without_tokens(third) == _without_tokens(first)


def _without_tokens(page: str) -> str:
    return re.sub(r'name="(csrf_token|v)" value="[^"]*"', "", page)


def test_a_card_list_with_a_personal_card_is_never_kept(tmp_path):
    app = make_app(tmp_path)
    fixed = AreaCard(id="1", label="1 Kan ikke", openmoji="1F62B", area="")
    said = "gaa ned til min datter paa hjoernet"
    personal = AreaCard(id="eget", label=said, openmoji="", area="")
    with app.test_request_context("/"):
        assert card_markup.grid_key([], [fixed], [], set(), True) is not None
        assert card_markup.grid_key([], [fixed, personal], [], set(), True) is None
        chosen = card_markup.grid_key([], [fixed], [], {"1"}, True)
        assert chosen != card_markup.grid_key([], [fixed], [], set(), True)
        card_markup.keep_grid(None, "<ul>personal</ul>")
        assert app.extensions["hverdagsmaal"].get("card_grids", {}) == {}


def test_a_card_chosen_before_is_kept_apart_from_the_same_card_not_chosen(tmp_path):
    app = make_app(tmp_path)
    _start(app.test_client())
    label = next(iter(app.extensions["hverdagsmaal"]["card_markup"]))[2]  # fixed content
    card = AreaCard(id="omraade:x", label=label, openmoji="1F37D", area="x")
    with app.test_request_context("/"):
        chosen, not_chosen = card_markup.card_key(card, True), card_markup.card_key(card, False)
    assert None not in (chosen, not_chosen)
    assert chosen != not_chosen


def test_a_card_with_a_personal_label_is_never_kept(tmp_path):
    app = make_app(tmp_path)
    label = "gaa ned til min datter paa hjoernet"
    personal = AreaCard(id="eget", label=label, openmoji="", area="")
    with app.test_request_context("/"):
        key = card_markup.card_key(personal, False)
        assert key is None
        card_markup.keep_card(key, "<li>personal</li>")
        assert card_markup.cached_card(key) is None
        assert app.extensions["hverdagsmaal"]["card_markup"] == {}


def test_a_card_sets_own_labels_are_fixed_shared_audio_and_kept(tmp_path, content):
    """The scale cards' "1 Kan ikke" labels come from cards.yaml: shared audio, markup kept."""
    app = make_app(tmp_path)
    labels = {
        label for per_set in content.dialogue.set_labels.values() for label in per_set.values()
    }
    scale = content.dialogue.set_labels["level"]
    assert set(scale) == {"1", "2", "3", "4", "5"}
    with app.test_request_context("/"):
        from assistant.web import speech  # noqa: PLC0415

        for label in filter(None, labels):
            assert speech.is_fixed_text(label), label
            url = speech.audio_url(label)
            assert url.startswith("/lyd/") and "/lyd/p/" not in url, label
        card = AreaCard(id="1", label=scale["1"], openmoji="1F62B", area="")
        assert card_markup.card_key(card, False) is not None


def test_the_dialogue_macros_are_built_once_not_on_every_page(tmp_path):
    """Imported without context, a macro module is built once per app and kept by Jinja."""
    app = make_app(tmp_path)
    first = _start(app.test_client())
    assert 'name="card"' in first
    env = app.jinja_env
    kept = {name: env.get_template(name)._module for name in _MACRO_MODULES}
    assert None not in kept.values(), kept
    _start(app.test_client())
    assert {name: env.get_template(name)._module for name in _MACRO_MODULES} == kept


_MACRO_MODULES = ("citizen/_macros.html", "citizen/_dialogue.html")
