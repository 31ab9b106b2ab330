"""A "knallert" (a moped) is no mobility aid: the mopeds a man restores are the thing of his
hobby, and a moped ridden is a vehicle; an el-scooter said by name stays an aid, and a workshop
stool ("værkstedsstol") is one (fix round 41, blind143 Preben)."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    "said",
    [
        "jeg vil skrue på mine gamle knallerter i værkstedet igen",
        "far vil så gerne sætte sin gamle knallert i stand ude i garagen",
        "vil gerne ku koere paa min knallert igen til kolonihaven",
        "jeg savner at pudse knallerten om søndagen",
        "han har tre gamle knallerter stående som han vil male",
    ],
)
def test_a_moped_is_no_aid(said):
    assert "el-scooter" not in analyze(said, TODAY).aids


@pytest.mark.parametrize(
    ("said", "aid"),
    [
        ("jeg vil gerne kunne køre på min el-scooter ned til Netto igen", "el-scooter"),
        ("mor vil gerne ud at køre på sin elscooter igen", "el-scooter"),
        ("kommunen har sendt mig en værkstedsstol på hjul", "værkstedsstol"),
        ("jeg sidder på min vaerkstedsstol når jeg skruer", "værkstedsstol"),
    ],
)
def test_an_aid_named_as_such_stays(said, aid):
    assert aid in analyze(said, TODAY).aids
