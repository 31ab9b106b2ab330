"""Screens: Back shows the earlier answer, Back and Undo differ, long text is refused whole."""

from __future__ import annotations

import html
import re

from citizen_support import Citizen


def _textarea(page: str) -> str:
    match = re.search(r"<textarea[^>]*>(.*?)</textarea>", page, re.S)
    assert match, "no text box"
    return html.unescape(match.group(1))


def _chosen(page: str) -> list[str]:
    return re.findall(r'name="card" value="([^"]+)"[^>]*data-chosen', page)


def test_back_shows_the_earlier_card_marked(citizen):
    citizen.start(pictures=True)
    citizen.choose("borger")
    citizen.choose("ja")
    assert citizen.slot == "everyday" and _chosen(citizen.page) == []
    citizen.choose("omraade:praktiske_opgaver")
    citizen.choose("madlavning")
    assert citizen.slot != "everyday"
    citizen.act("back")
    assert citizen.slot == "everyday"
    assert _chosen(citizen.page) == ["omraade:praktiske_opgaver"]
    assert "Her er dit svar fra før" in citizen.page
    citizen.get("/samtale?omraade=praktiske_opgaver")
    assert _chosen(citizen.page) == ["omraade:praktiske_opgaver", "madlavning"][1:]


def test_back_refills_the_earlier_text(citizen):
    citizen.start()
    citizen.choose("borger")
    citizen.choose("ja")
    said = "øh jeg kan selv lave kaffe og læse avis men trapperne er svære"
    citizen.say(said)
    assert citizen.slot != "everyday"
    citizen.act("back")
    assert citizen.slot == "everyday"
    assert _textarea(citizen.page) == said


def test_back_and_undo_look_and_read_differently(citizen):
    citizen.start()
    back = re.search(r'<button[^>]*value="back"[^>]*>(.*?)</button>', citizen.page, re.S)
    undo = re.search(r'<button[^>]*value="undo"[^>]*>(.*?)</button>', citizen.page, re.S)
    name = lambda m: re.sub(r"<[^>]+>|[←↶]", "", m.group(1)).strip()  # noqa: E731
    assert name(back) == "Tilbage til forrige spørgsmål"
    assert name(undo) == "Fortryd mit sidste svar"
    cls = lambda m: re.search(r'class="([^"]+)"', m.group(0)).group(1)  # noqa: E731
    assert cls(back) != cls(undo)


def test_over_long_text_is_refused_whole_and_kept(app, citizen):
    citizen.start()
    citizen.choose("borger")
    citizen.choose("ja")
    assert "maxlength" not in re.search(r"<textarea[^>]*>", citizen.page).group(0)
    long_text = "altså jeg vil gerne kunne gaa ned til brugsen igen med min rolator " * 40
    long_text = long_text.strip()
    assert len(long_text) > 2000
    citizen.say(long_text)
    assert citizen.status == 400
    assert f"Der er {len(long_text)} tegn. Der er plads til 2000 tegn." in citizen.page
    assert _textarea(citizen.page) == long_text  # not cut
    assert citizen.slot == "everyday"


def test_a_second_citizen_sees_no_earlier_answer(app, citizen):
    citizen.start()
    citizen.choose("borger")
    other = Citizen(app.test_client())
    other.start()
    assert _chosen(other.page) == [] and "data-earlier" not in other.page
