"""People of fix round 32: a compound ending in a mate or friend word names that mate or friend
("min gamle fiskemakker Bent", "sine kortvenner"); a relative said to do a part of the task
("poul læser ledetrådene op", "datteren holder fast") is a helper; a kin word in a remark that
describes someone ("han er jo far til Mads") names no one else, nor does the name it is kin to;
a first name typed in lower case with its relation ("min mand poul") is that relation later."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.content import get_content
from assistant.dialogs.people import named_before, names_told
from assistant.nlp import analyze

TODAY = date(2026, 12, 5)


def _lex():
    content = get_content("da")
    return content.lexicon, content.goals.grammar.death_words, content.goals.grammar


def _roles(text: str) -> dict[str, str]:
    return analyze(text, TODAY).extras["people_roles"]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("min gamle fiskemakker Bent kommer om torsdagen og binder ved siden af mig", "makker"),
        ("jeg vil gerne spille whist med min kortmakker Erik igen om tirsdagen", "makker"),
        ("far vil gerne på jagt igen med sin gamle jagtmakker til oktober", "makker"),
        ("øh min golfmakker han vil gerne gå med de første gange", "makker"),
        ("hun vil gerne kunne drikke kaffe med sine kortvenner hver onsdag igen", "ven"),
        ("mor vil gerne med sine gamle skolevenner paa udflugt til sommer", "ven"),
        ("jeg vil gerne kunne ga til bridge med mine bridgevenner igen", "ven"),
        ("min mand vil gerne ud og sejle med sin sejlermakker igen i maj", "makker"),
        ("min tennismakker Ole kan hente mig", "makker"),
        ("vil gerne spille petanque med mine petanquevenner om lørdagen", "ven"),
    ],
)
def test_a_compound_of_a_mate_or_friend_word_names_them(text, person):
    assert person in _roles(text)


@pytest.mark.parametrize(
    "text",
    [
        # a dining club one joins, and a volunteer role one is or becomes, name no one
        "mormor vil gerne med i spisevenner en gang om ugen",
        "jeg vil gerne være læsemakker paa skolen igen",
        "hun vil gerne være læsemakker for en dreng i anden klasse",
        "jeg var lektiemakker på biblioteket før jeg blev syg",
    ],
)
def test_a_club_or_a_role_ending_in_a_friend_word_names_no_one(text):
    assert not {"ven", "makker"} & set(_roles(text))


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("min mand laeser op for mig naar jeg ikke kan se det", "mand"),
        ("min mand læser ledetrådene op og jeg skriver", "mand"),
        ("min kone hun læser opskriften op for mig mens jeg rører", "kone"),
        ("min datter læser brevene op for hende", "datter"),
        ("naboen læste det op for ham i går", "nabo"),
        ("datteren holder fast på stigen", "datter"),
        ("jeg går ned ad trappen og min søster holder i mig", "søster"),
        ("min svigersøn han holder fast i mig på isen", "svigersøn"),
        ("sønnen læser tallene op fra apparatet for ham", "søn"),
        ("min veninde læser kortene op hver torsdag", "veninde"),
    ],
)
def test_a_relative_said_to_do_a_part_of_the_task_is_a_helper(text, person):
    assert _roles(text).get(person) == "helper"


@pytest.mark.parametrize(
    ("text", "person", "kin"),
    [
        ("min søn Henrik kører mig derud han er jo far til Mads ikk", "søn", "far"),
        ("min datter Lene hjælper mig hun er jo også mor til tre", "datter", "mor"),
        ("min nabo Ib kører mig han er nu morfar til to piger i klubben", "nabo", "morfar"),
        ("min svigerdatter hjælper hende, hun er jo mor til Emil", "svigerdatter", "mor"),
        ("min bror tager mig med han er også far til en af drengene på holdet", "bror", "far"),
        ("øh min søster Hanne kan hjælpe hun er jo farmor til to", "søster", "farmor"),
        ("min veninde Grethe følger mig derhen hun er nu mor til en af pigerne", "veninde", "mor"),
        ("min nevø kører ham til hallen, han er jo far til Oskar", "nevø", "far"),
        ("min datter kører hende derhen hun er jo selv mor til to", "datter", "mor"),
        ("naboen henter ham han er jo morfar til en af dem på holdet", "nabo", "morfar"),
    ],
)
def test_a_kin_word_in_a_remark_that_describes_someone_names_no_one_else(text, person, kin):
    roles = _roles(text)
    assert roles.get(person) == "helper"
    assert kin not in analyze(text, TODAY).people


@pytest.mark.parametrize(
    ("story", "said", "named"),
    [
        # the grandson the wish is about, said as whom the helper is father to
        ("jeg vil se mit barnebarn Mads spille håndbold",
         "min søn Henrik kører mig derud han er jo far til Mads ikk", []),
        ("hun vil gerne se sit barnebarn Emma til gymnastik",
         "min datter kører hende, hun er mor til Emma", []),
        ("jeg vil gerne hente mit oldebarn Oskar i børnehaven",
         "min datter Lis går med, hun er jo mormor til Oskar", []),
        # … while the name said on its own is still the relation
        ("jeg vil se mit barnebarn Mads spille håndbold",
         "Mads kan hente mig, han har kørekort nu", ["barnebarn"]),
    ],
)  # fmt: skip
def test_a_name_someone_is_kin_to_is_no_helper_by_that_name(story, said, named):
    lex, death, grammar = _lex()
    assert named_before(said, [story], lex, frozenset({"ikke"}), death, grammar=grammar) == named


@pytest.mark.parametrize(
    ("story", "names"),
    [
        ("jeg er 71 og bor i et hus i kolding med min mand poul. jeg har haft sklerose",
         {"poul": "mand"}),
        ("jeg bor alene men min datter lene kommer hver dag", {"lene": "datter"}),
        ("min kone inger og jeg har boet her i 40 aar", {"inger": "kone"}),
        ("vi er tre, mig og min søn jesper og hans hund", {"jesper": "søn"}),
        # a word typed without æøå, or a known word, is no name
        ("min mand laeser avisen for mig om morgenen", {}),
        ("min mand kan ikke hjælpe mere", {}),
        ("min datter bor i aarhus", {}),
        ("mig og min mor og min søster hun bor i byen", {}),
        ("min kone hun gik fra mig i foråret og nu ligger jeg bare", {}),
        # in an answer with capitals, a lower-case word after the relation is no name
        ("Jeg bor med min mand poul i Kolding", {}),
    ],
)  # fmt: skip
def test_a_first_name_typed_in_lower_case_with_its_relation_is_told(story, names):
    lex, death, grammar = _lex()
    assert names_told([story], lex, death, grammar=grammar)[0] == names


def test_the_lower_case_name_said_at_who_helps_is_the_relation():
    lex, death, grammar = _lex()
    story = "jeg bor i et hus i kolding med min mand poul"
    said = "ergoterapeuten fra kommunen oever med mig, og poul laeser op som han altid har gjort"
    assert named_before(said, [story], lex, frozenset({"ikke"}), death, grammar=grammar) == ["mand"]


@pytest.mark.parametrize(
    "text",
    [
        "vil gerne kunne kore selv igen til min sosters fodselsdag men lagen skal godkende det",
        "lagen siger jeg skal gaa en tur hver dag",
        "min mand har vaeret hos lagen og han siger han skal traene benene",
        "jeg har faaet en seddel fra lagen om at jeg skal gaa mere",
        "hun vil gerne cykle igen men lagen mener hun skal vente til foraaret",
        "far vil gerne ud at gaa men lagen har sagt at han skal have en stok",
        "jeg vil gerne svomme igen hvis lagen godkender det",
    ],
)
def test_the_doctor_typed_without_aeoeaa_is_the_doctor_said_as_a_person(text):
    assert "læge" in analyze(text, TODAY).people


@pytest.mark.parametrize(
    "text",
    [
        # the bed sheet
        "jeg vil gerne selv kunne lægge et rent lagen på sengen",
        "hun vil gerne kunne skifte lagen selv hver uge",
        "lagen skal skiftes hver uge men jeg kan ikke",
        "mit lagen skal vaskes hver fredag",
        "jeg vil gerne kunne rede sengen med lagen og dyne selv",
    ],
)
def test_a_bed_sheet_is_no_doctor(text):
    assert "læge" not in analyze(text, TODAY).people
