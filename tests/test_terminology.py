"""The shipped KL code systems, and every FSIII code the content and the export use."""

from __future__ import annotations

import json

import pytest

from assistant.content import get_content
from assistant.errors import ExportError
from assistant.exports import terminology as term
from assistant.exports.fhir_resources import IMPORTANCE_BY_LEVEL, PERFORMANCE_BY_LEVEL

ACTIVITIES = get_content("da").activities


def test_the_shipped_code_systems_are_the_expected_releases():
    assert (term.fsiii().url, term.fsiii().version) == (term.FSIII_SYSTEM, term.FSIII_VERSION)
    assert len(term.fsiii().concepts) == 828
    assert term.care_social().url == term.CARE_SOCIAL_SYSTEM


@pytest.mark.parametrize("activity_id", sorted(ACTIVITIES))
def test_every_activity_code_is_an_fsiii_condition_with_its_display(activity_id):
    activity = ACTIVITIES[activity_id]
    assert activity.fsiii_code in term.fsiii(), "not in the FSIII code system"
    assert activity.fsiii_code in term.condition_codes(), "not in KLConditionCodesFSIII"
    assert activity.fsiii_text == term.fsiii().display(activity.fsiii_code)


def test_severity_levels_and_invented_codes_are_not_conditions():
    for code in ("B3", "B3.8", "B1.1", "C2", "D2", "J3", "J1", "x"):
        with pytest.raises(ExportError):
            term.condition_concept(code)
    assert term.condition_concept(" J3.8 ").display == "Gå"


def test_condition_value_set_is_built_from_the_hierarchy():
    conditions = term.condition_codes()
    assert {"J1.1", "J3.8", "I4.4", "51697715-965a-40f3-b4a5-819103bf9d49"} <= conditions
    assert not conditions & {"J1", "J3", "B", "C", "D"}  # the area roots are not conditions
    assert not conditions & term.fsiii().descendants(["B"])  # nor the severities


def test_the_care_social_codes_the_export_uses_exist_where_kl_puts_them():
    goal_types = term.goal_type_codes()
    assert {term.GOAL_WISH, term.GOAL_SUBGOAL, term.GOAL_PURPOSE} <= goal_types
    assert term.care_social().display(term.GOAL_WISH) == "Borgers ønsker og mål"
    assert term.care_social().display(term.GOAL_SUBGOAL) == "FFB delmål"
    displays = {key: term.care_social().display(c) for key, c in term.SOURCE_CODES.items()}
    assert displays == {
        "citizen": "Borger",
        "relative_alone": "Pårørende alene",
        "citizen_with_relative": "Borger støttet af pårørende",
        "citizen_with_staff": "Borger støttet af medarbejder",
    }
    assert set(term.SOURCE_CODES.values()) <= term.source_codes()
    assert set(term.care_social().concepts) >= term.TARGET_MEASURE_CODES


def test_own_rating_tables_point_at_fsiii_performance_and_importance_codes():
    assert set(PERFORMANCE_BY_LEVEL.values()) <= term.performance_codes()
    assert set(IMPORTANCE_BY_LEVEL.values()) <= term.importance_codes()
    assert set(PERFORMANCE_BY_LEVEL) == set(IMPORTANCE_BY_LEVEL) == {1, 2, 3, 4, 5}


def test_a_broken_code_system_names_its_file(tmp_path):
    path = tmp_path / "CodeSystem-x.json"
    path.write_text(json.dumps({"url": "u", "concept": [{"code": "a"}, {"code": "a"}]}))
    with pytest.raises(ExportError, match="CodeSystem-x.json"):
        term.read_code_system(path)
    path.write_text("{")
    with pytest.raises(ExportError, match="CodeSystem-x.json"):
        term.read_code_system(path)
