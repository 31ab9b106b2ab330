"""The one refusal table (content/da/nlp/refusals.yaml) holds every word that says no: a scan of
every content list finds a word of the table written inline outside it, which is allowed only
on the explicit `kept_apart` list of nlp/refusals_apart.yaml (each group with its reason). The
readers whose lists grew from the table in fix round 49 (reason_off_negations and
no_means_negations gained "aldrig") keep reading the new word; not_until's "ingen" is pinned in
tests/da/analyze/realistic_refusal49.yaml. Through the real content and engine."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from engine_support import answered_until, as_citizen, at_summary
from engine_support import go as answer

from assistant.content.files import REFERENCE

CONTENT = Path(__file__).resolve().parents[1] / "content" / "da"
TABLE = "nlp/refusals.yaml"
APART = "nlp/refusals_apart.yaml"


def _raw(rel: str) -> dict:
    return yaml.safe_load((CONTENT / rel).read_text("utf-8"))


def _table() -> dict:
    return {k: v for k, v in _raw(TABLE).items() if isinstance(v, list)}


def _kept_apart() -> dict[str, str]:
    """Every kept-apart entry ("<file> <key path>") with the reason of its group."""
    groups = _raw(APART)["kept_apart"]
    return {entry: g["why"] for g in groups.values() for entry in g["lists"]}


def _lists(node, path: tuple[str, ...] = ()) -> Iterator[tuple[str, list]]:
    """Every list of strings in a parsed content file, with its dotted key path."""
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _lists(v, (*path, str(k)))
    elif isinstance(node, list):
        if all(isinstance(x, str) for x in node):
            yield ".".join(path), node
        else:
            for i, x in enumerate(node):
                yield from _lists(x, (*path, str(i)))


def _content_lists() -> Iterator[tuple[str, str, list]]:
    for f in sorted(CONTENT.rglob("*.yaml")):
        rel = f.relative_to(CONTENT).as_posix()
        if rel not in (TABLE, APART):
            for key, items in _lists(_raw(rel)):
                yield rel, key, items


def _table_words() -> set[str]:
    return {w for items in _table().values() for w in items}


def test_no_content_list_holds_a_word_of_the_table_unless_kept_apart():
    words, apart = _table_words(), _kept_apart()
    stray = [
        f"{rel} {key}: {sorted(hits)}"
        for rel, key, items in _content_lists()
        if (hits := {x for x in items if x in words}) and f"{rel} {key}" not in apart
    ]
    assert not stray, "point these at <refusals.*> or add them to kept_apart:\n" + "\n".join(stray)


def test_every_kept_apart_entry_is_a_list_that_holds_a_word_of_the_table():
    words = _table_words()
    holding = {f"{rel} {key}" for rel, key, items in _content_lists() if set(items) & words}
    stale = sorted(set(_kept_apart()) - holding)
    assert not stale, stale


def test_every_kept_apart_group_gives_its_reason():
    for name, group in _raw(APART)["kept_apart"].items():
        assert isinstance(group.get("why"), str) and len(group["why"].split()) >= 6, name


def test_every_list_of_the_table_is_read_by_reference():
    read = {
        m["name"]
        for _rel, _key, items in _content_lists()
        for x in items
        if (m := REFERENCE.match(x)) and m["table"] == "refusals"
    }
    assert read == set(_table())


@pytest.mark.parametrize(
    ("key", "lists"),
    [
        ("wish_correction_noes", ["spoken_no"]),
        ("narrowing_not_after", ["spoken_no"]),
        ("reason_hedge_noes", ["spoken_no"]),
    ],
)
def test_the_spoken_no_lists_of_the_goal_grammar_point_at_the_table(key, lists):
    refs = [m["name"] for x in _raw("goals/_grammar.yaml")[key] if (m := REFERENCE.match(x))]
    assert refs == lists


HARBOUR = {
    "wish": "jeg vil gerne cykle ned til havnen igen",
    "motivation": "laegen siger jeg skal have mere motion",
    "measure": "det er 3 km derned",
    "frequency": "3 gange om ugen",
    "deadline": "til sommer",
    "independence": "selv",
}


def test_a_reason_turned_down_with_aldrig_changes_only_the_reason():
    turn = answer(at_summary(HARBOUR), "nej, aldrig fordi lægen siger det. jeg savner at se vandet")
    assert turn.slot == "confirm", turn.prompt
    assert "savner at se vandet" in turn.goal_text and "lægen" not in turn.goal_text
    assert "cykle" in turn.goal_text and "havnen" in turn.goal_text, turn.goal_text


CHOIR = {
    "wish": "jeg vil gerne synge i koret i kirken igen",
    "measure": "hele gudstjenesten",
    "frequency": "hver torsdag",
    "deadline": "til påske",
}


@pytest.mark.parametrize(
    "said",
    ["øh nej aldrig noget hjælpemiddel til mig", "nej ingenting, jeg kan selv"],
)
def test_a_no_to_every_means_with_aldrig_or_ingenting_is_done_alone(said):
    turn = answer(answered_until(as_citizen(), CHOIR, "independence"), said)
    assert turn.slot != "independence", turn.prompt
    assert turn.state["slots"]["independence"] == "selv"


def test_a_means_named_without_a_negation_stays_the_means():
    turn = answer(answered_until(as_citizen(), CHOIR, "independence"), "med min stok altid")
    assert turn.state["slots"]["independence"] == "hjaelpemiddel"
