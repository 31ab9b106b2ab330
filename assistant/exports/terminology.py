"""KL's code systems (FSIII, CareSocialCodes) read from content/terminology, and the value sets
of KLCommonValuesets.fsh that the FHIR export binds to, derived from their hierarchy."""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from assistant import CONTENT_ROOT
from assistant.errors import ExportError

TERMINOLOGY_ROOT = CONTENT_ROOT / "terminology"
FSIII_SYSTEM = "urn:oid:1.2.208.176.2.21"
FSIII_VERSION = "20240530"
CARE_SOCIAL_SYSTEM = "http://fhir.kl.dk/term/CodeSystem/CareSocialCodes"

# KLConditionCodesFSIII = home care (J areas) + nursing (I areas) + therapy + prevention roots,
# each root given by its UUID and, where FSIII has one, its FSIII id (KLCommonValuesets.fsh).
CONDITION_ROOTS_FSIII = (
    # home care: Egenomsorg, Praktiske opgaver, Mobilitet, Mentale funktioner, Samfundsliv
    "43c2b7f0-5e55-4627-8fcf-bdaf5a9d84ac", "1c850a09-aa49-4fae-9354-f932f13e030b",
    "462f9352-0129-4d8e-8c75-a6dfed78ddcf", "4571f168-a92a-4caf-8dc8-35f45c2a1cb4",
    "86b53158-6d05-412e-ad55-2e1fa26359b3", "J1", "J2", "J3", "J4", "J5",
    # nursing I1 … I12
    "fa6aa904-d06e-4029-b4c4-13ead04ace27", "55670b1e-7a36-46b2-8712-b7536237f22d",
    "25dcedb3-7149-4ef9-a2c3-be30267441fb", "1bb534f3-e526-41a9-b9c3-6157ea19c915",
    "3f00a76f-8e7b-4b13-80cc-f2ceef4e51d1", "5bfe4bda-2358-41da-946e-1fdaa33d5fe8",
    "01150cdb-6098-48ce-bb61-60967f6bcc37", "cc377732-7f14-49b7-8940-1aa07b8884e7",
    "94e9c867-fbc8-4d35-8596-e6b8765b12e8", "8c539fd9-7f31-4b4e-8b30-8298c8ab640f",
    "9162d29a-1c7f-4585-8145-8fb4f1a999e3", "045fa500-35b0-46b7-97dd-adb60888a8ea",
    *(f"I{n}" for n in range(1, 13)),
    # therapy (genoptræning) areas
    "7e608d37-3f3c-4374-bbc8-e317505d8bc2", "ebd91b5e-114a-48a5-90b8-d3c1fd50b72b",
    "ecb5e72d-40a2-4af3-9135-25974026bf02", "b9c4561d-20bc-48c9-a727-fea719424a86",
    "ddbd7477-9579-4a83-a3e7-74ed716a0451", "e3242303-2506-4a09-ac65-59dfd06cb489",
    "df62498e-7ad1-4f01-93ce-a0441f879a2c", "99b18761-88d7-44b2-915d-c64aa0b3b562",
    "2b11e7a0-1faf-4b45-a653-4c347f019266", "1dae1e1e-306e-48f2-b9e1-2a180301d8dd",
    "0337193a-b5cc-43e1-a324-fa28944bfc3b", "aec684bd-c2ea-4ff0-8eb7-6d2cf67fb863",
    # prevention areas
    "d03da587-94dc-46e6-ba71-eb1e43ec7df6", "7b3b3587-4ddd-4b93-a81b-455bfc601492",
    "b349c7ec-86c5-4c52-aaf2-9034d98b0e3b", "3547a306-8623-4713-a8ce-db1e82839c50",
)  # fmt: skip
PERFORMANCE_ROOTS = ("d6d48a71-b96f-4b88-86f9-b13bd3c03560", "C")  # Udførelse
IMPORTANCE_ROOTS = ("687159ad-a61c-47c0-a878-53aa54bae2d5", "D")  # Betydning
OBSERVATION_CODES = frozenset({*PERFORMANCE_ROOTS, *IMPORTANCE_ROOTS})  # KLCitizenObservation…

# CareSocialCodes used by the export (displays come from the code system, never from here).
GOAL_TYPE_ROOT = "253bbdc0-c4ca-4e77-9d3e-3a9e51281636"  # Mål/formål (KLGoalTypeCodes)
GOAL_WISH = "ffb9886b-d04e-46b1-9165-a400f91f822b"  # Borgers ønsker og mål
GOAL_SUBGOAL = "6746d4af-145a-4bfd-a672-05c0cf11b53b"  # FFB delmål
GOAL_PURPOSE = "424827b1-23aa-4848-962b-56ee47def560"  # Indsatsformål (KLCommonCareSocialPurpose)
SOURCE_ROOT = "b5731132-f6b9-4a47-995d-681d2b755d4f"  # Kilde (KLMatterOfInterestInformerFFB)
SOURCE_CODES: Mapping[str, str] = MappingProxyType(
    {
        "citizen": "25b4e705-2e9a-47a2-b11a-c829316b9d3a",  # Borger
        "relative_alone": "166d2437-4e47-4a52-bd94-cdbe91086ca6",  # Pårørende alene
        "citizen_with_relative": "b66dc78a-a673-43fc-8ac0-1e859ba626e0",  # … støttet af pårørende
        "citizen_with_staff": "12428e48-7df8-441f-9a89-d92bb7874066",  # … støttet af medarbejder
    }
)
EVALUATION_ROOT = "95ec4535-8fe8-4296-867c-35de421794cf"  # evaluering (KLEvaluationTypeCodes)
FOLLOWUP_ROOT = "ad78224f-b339-462c-9f2c-90b3120605cb"  # Resultat af opfølgning (FSIII)
CAREPLAN_CATEGORY_ROOT = "10deb210-e7e1-4d56-9531-b9ff2102126e"  # Planlagt indsatsforløb
TARGET_MEASURE_CODES = frozenset(
    {"66959f77-6e2a-4574-8423-3ff097f8b9fa", "90c48f03-f194-4b2f-ad7d-6cba1069ae48"}
)  # funktionsevneniveau, måltype (the coded part of KLTargetMeasureCodes)


@dataclass(frozen=True)
class Concept:
    """One concept of a code system, with its parent code (None at the top)."""

    code: str
    display: str
    parent: str | None


@dataclass(frozen=True)
class CodeSystem:
    """A FHIR CodeSystem as a flat table of concepts."""

    url: str
    version: str
    concepts: Mapping[str, Concept]

    def __contains__(self, code: object) -> bool:
        return code in self.concepts

    def __getitem__(self, code: str) -> Concept:
        return self.concepts[code]

    def display(self, code: str) -> str:
        """Return the display of a code (KeyError if the code is not in the system)."""
        return self.concepts[code].display

    def ancestors(self, code: str) -> Iterator[str]:
        """Yield the parent, grandparent, … of a code."""
        parent = self.concepts[code].parent
        while parent is not None:
            yield parent
            parent = self.concepts[parent].parent

    def descendants(self, roots: Iterable[str]) -> frozenset[str]:
        """Return every code below the given roots (the roots themselves excluded)."""
        wanted = set(roots)
        return frozenset(c for c in self.concepts if wanted.intersection(self.ancestors(c)))


def _flatten(concepts, parent: str | None, out: dict[str, Concept], path: Path) -> None:
    for raw in concepts:
        code = str(raw["code"])
        if code in out:
            raise ExportError("code_system_broken", f"{path}: code {code!r} occurs twice")
        out[code] = Concept(code=code, display=str(raw.get("display") or ""), parent=parent)
        _flatten(raw.get("concept") or (), code, out, path)


def read_code_system(path: Path) -> CodeSystem:
    """Read a CodeSystem JSON file into a CodeSystem; raises ExportError if unreadable."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ExportError(
            "code_system_broken", f"{path}: cannot read the code system: {exc}"
        ) from exc
    concepts: dict[str, Concept] = {}
    _flatten(data.get("concept") or (), None, concepts, path)
    return CodeSystem(str(data["url"]), str(data.get("version") or ""), MappingProxyType(concepts))


@functools.lru_cache(maxsize=1)
def fsiii() -> CodeSystem:
    """Return the shipped FSIII code system (urn:oid:1.2.208.176.2.21)."""
    return read_code_system(TERMINOLOGY_ROOT / "CodeSystem-FSIII.json")


@functools.lru_cache(maxsize=1)
def care_social() -> CodeSystem:
    """Return the shipped KL CareSocialCodes code system."""
    return read_code_system(TERMINOLOGY_ROOT / "CodeSystem-CareSocialCodes.json")


@functools.lru_cache(maxsize=1)
def condition_codes() -> frozenset[str]:
    """Return the FSIII codes of value set KLConditionCodesFSIII (the Condition binding)."""
    return fsiii().descendants(CONDITION_ROOTS_FSIII)


def performance_codes() -> frozenset[str]:
    """Return KLPerformanceLevelCodesFSIII (Udførelse C1 …)."""
    return fsiii().descendants(PERFORMANCE_ROOTS)


def importance_codes() -> frozenset[str]:
    """Return KLImportanceLevelCodesFSIII (Betydning D1, D2 …)."""
    return fsiii().descendants(IMPORTANCE_ROOTS)


def goal_type_codes() -> frozenset[str]:
    """Return KLGoalTypeCodes (the goal categories under Mål/formål)."""
    return care_social().descendants([GOAL_TYPE_ROOT])


def source_codes() -> frozenset[str]:
    """Return KLMatterOfInterestInformerFFB (the Kilde codes)."""
    return care_social().descendants([SOURCE_ROOT])


def careplan_category_codes() -> frozenset[str]:
    """Return KLCarePlanCategoryCodes (kinds of planned courses)."""
    return care_social().descendants([CAREPLAN_CATEGORY_ROOT])


def condition_concept(code: str) -> Concept:
    """Return the FSIII condition concept for a code; ExportError unless it is in the binding."""
    code = str(code or "").strip()
    if code not in condition_codes():
        raise ExportError(
            "fsiii_unknown",
            f"{code!r} is not an FSIII condition code (value set KLConditionCodesFSIII, "
            f"FSIII version {fsiii().version})",
        )
    return fsiii()[code]
