"""Fix round 47 (fE): the tags and interjections from a speaker's first language live in one
list, `foreign_fillers` of goals/_grammar.yaml, read both as filler phrases (left out of a
quoted phrase or reason before its clauses are read) and, the one-word ones, as spoken fillers
(dropped from the whole goal by polish, passed over by the readers of signs). The lists of
fix round 46 had held them twice; a tag of either now reaches both readers."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from assistant.content import get_content
from assistant.nlp.compose import compose_goal
from assistant.nlp.grammar import polish
from assistant.nlp.phrase import without_filler_phrases

GOALS = get_content("da").goals
G = GOALS.grammar
GRAMMAR_FILE = Path(__file__).parents[1] / "content" / "da" / "goals" / "_grammar.yaml"


def test_a_foreign_filler_is_listed_once_and_read_by_both_readers():
    data = yaml.safe_load(GRAMMAR_FILE.read_text(encoding="utf-8"))
    foreign = set(data["foreign_fillers"])
    assert not foreign & set(data["filler_phrases"])
    assert not foreign & set(data["spoken_fillers"])
    phrases = {" ".join(p) for p in G.filler_phrases}
    for tag in foreign:
        assert tag.replace("æ", "ae") in phrases or tag in phrases
        assert " " in tag or tag in G.spoken_fillers


def _goal(told: str) -> str:
    facts = {"activity": "fritid", "own_action": "spille skak i klubben", "speaker": "citizen"}
    return compose_goal({**facts, "reason_said": told}, GOALS)


@pytest.mark.parametrize(
    ("told", "part"),
    [
        ("fordi skak er mit liv, yalla, og jeg møder mine venner", "fordi skak er mit liv"),
        ("fordi hajde, jeg vil ikke sidde alene hjemme", "fordi jeg ikke vil sidde alene hjemme"),
        ("fordi det holder hovedet i gang, znaczy, jeg bliver skarp", "fordi det holder hovedet"),
        ("fordi jeg kan lide at vinde, bueno, det er sjovt", "fordi jeg kan lide at vinde"),
        ("fordi min kone siger det er godt for mig, wallah", "godt for mig"),
    ],
)  # fmt: skip
def test_a_tag_is_left_out_of_the_reason(told, part):
    goal = _goal(told)
    assert part in goal, goal
    for tag in ("yalla", "hajde", "znaczy", "bueno", "wallah"):
        assert tag not in goal.lower(), goal


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("jeg vil gå med rollatoren til kirken, kurczę.", "jeg vil gå med rollatoren til kirken."),
        ("med min stok tamam", "med min stok"),
        ("spille kort med de andre, capito?", "spille kort med de andre?"),
    ],
)
def test_a_one_word_tag_is_dropped_by_polish(said, written):
    assert polish(said, G) == written
    assert polish(" ".join(without_filler_phrases(said.split(), G)), G) == written


@pytest.mark.parametrize(
    "said",
    [
        "jeg vil gå med rollatoren til klubben",
        "spille kort med de andre",
        "jeg vil gerne med toget til Allerød og besøge min søster",
        "vi spiller kort, og så drikker vi en kop kaffe bagefter",
    ],
)
def test_danish_words_stay(said):
    assert polish(said, G).rstrip(".") == said.rstrip(".")
