"""A relative's words in the citizen's voice (assistant.nlp.perspective), across roles and slots:
the relative's "jeg"/"mig" is who they are to the citizen, the citizen's "han"/"hun" is "jeg"."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import understand

from assistant.content import get_content
from assistant.dialogs.about import as_parent_sees_it
from assistant.dialogs.draft import goal_fields
from assistant.dialogs.engine import advance, new_state, start
from assistant.dialogs.models import Answer
from assistant.nlp.compose import compose, first_person
from assistant.nlp.grammar import polish
from assistant.nlp.perspective import (
    households,
    in_citizens_words,
    speaks_of_self,
    things_in_citizens_words,
)

CONTENT = get_content("da")
G = CONTENT.goals.grammar
TODAY = date(2026, 11, 22)


@pytest.mark.parametrize(
    ("said", "role", "citizens"),
    [
        ("fra kørestolen ind i bilen uden at jeg løfter på ham", "min kone",
         "fra kørestolen ind i bilen uden at min kone løfter på mig"),
        ("at hun kan klæde sig på uden at jeg hjælper hende", "min mand",
         "at jeg kan klæde mig på uden at min mand hjælper mig"),
        ("at han kan læse overskrifterne og fortælle mig hvad der står", "min søn",
         "at jeg kan læse overskrifterne og fortælle min søn hvad der står"),
        ("frem og tilbage uden at skulle ringe efter mig", "min datter",
         "frem og tilbage uden at skulle ringe efter min datter"),
        ("at hun kan gå med mig ned til købmanden", "mit barnebarn",
         "at jeg kan gå med mit barnebarn ned til købmanden"),
        ("at han kan gå over til mig og drikke kaffe", "Kaj", "at jeg kan gå over til Kaj og "
         "drikke kaffe"),
        ("flytte sig over i sengen uden at jeg rører ham", "min nabo",
         "flytte mig over i sengen uden at min nabo rører mig"),
        ("ringe Inger op og de snakker sammen uden at jeg sidder ved siden af", "min mand",
         "ringe Inger op og vi snakker sammen uden at min mand sidder ved siden af"),
    ],
)  # fmt: skip
def test_a_relatives_jeg_is_their_role_and_the_citizen_is_jeg(said, role, citizens):
    """Wife, husband, son, daughter, grandchild, a named neighbour: the same rules."""
    assert speaks_of_self(said, G)
    assert in_citizens_words(said, G, role) == citizens


@pytest.mark.parametrize(
    "said",
    ["uden at jeg løfter på ham", "at han kan ringe til mig selv", "og så jeg ikke skal køre"],
)
def test_a_relative_whose_role_is_unknown_is_never_guessed(said):
    assert in_citizens_words(said, G, None) is None


def test_a_relatives_own_main_clause_after_the_sign_is_no_part_of_it():
    said = "lave en ret aftensmad fra start til slut, jeg må gerne skrælle kartoflerne"
    assert in_citizens_words(said, G, "min mand") == "lave en ret aftensmad fra start til slut"
    assert in_citizens_words("jeg vil se at hun klarer det", G, "min mand") is None


def test_words_without_the_relative_only_turn_the_citizen():
    assert not speaks_of_self("at han tager sin stok og går selv", G)
    assert in_citizens_words("at han tager sin stok og går selv", G, None) == (
        "at jeg tager min stok og går selv"
    )


@pytest.mark.parametrize(
    ("told", "role", "reason"),
    [
        ("så han ikke skal spørge mig om alting", "min søn", "min søn om alting"),
        ("så hun ikke skal føle sig som en byrde for mig", "min bror", "byrde for min bror"),
        ("så han ikke skal vente på at jeg kommer om lørdagen", "min datter",
         "vente på at min datter kommer"),
        ("fordi han synes det er flovt at jeg skal hjælpe ham i bukserne", "min kone",
         "at min kone skal hjælpe mig i bukserne"),
        ("så hun kan komme ud. og så jeg ikke skal løfte hende", "min mand",
         "og så min mand ikke skal løfte mig"),
        # the verb before the subject ("så skal hun"): read again, the role keeps its "min"
        ("og så skal hun ikke vente på at jeg har tid", "min nabo",
         "ikke skal vente på at min nabo har tid"),
        ("så behøver han ikke vente på at jeg får fri", "min søn",
         "ikke behøver vente på at min søn får fri"),
        ("og så skal hun ikke sidde og vente på mig hele dagen", "min veninde",
         "vente på min veninde hele dagen"),
    ],
)  # fmt: skip
def test_a_relatives_reason_names_them_by_their_role(told, role, reason):
    """The reason slot: the same relative, named by their role, the citizen in first person."""
    words = first_person(told, CONTENT.goals, "relative", role)
    assert reason in words
    assert not {"han", "hun", "ham", "hende", "sig", "jeg"} & set(words.split()[-4:])


# --- through the engine: the measure and the reason of a relative's dialogue -----------------


def _go(turn, *answers):
    for value in answers:
        answer = Answer("card", value[1:]) if value.startswith("#") else Answer("text", value)
        turn = advance(turn.state, answer, CONTENT, TODAY, understand=understand)
    return turn


def _relative(about: str, wish: str, answers: dict[str, str]):
    """A relative's dialogue up to the proposal: `answers` by slot, "ved ikke" otherwise."""
    turn = _go(start(CONTENT, new_state(CONTENT, today=TODAY)), "#paaroerende", "#ja", about)
    for _ in range(40):
        if turn.slot == "confirm":
            return turn
        if turn.slot == "wish":
            turn = _go(turn, wish)
        elif turn.slot in answers:
            turn = _go(turn, answers.pop(turn.slot))
        elif turn.slot == "handover":
            turn = _go(turn, "#ikke_selv")
        else:
            turn = _go(turn, "#ja" if turn.slot == "subgoals" else "#ved_ikke")
    raise AssertionError(turn.slot)


@pytest.mark.parametrize(
    ("about", "wish", "measure", "sign", "not_said"),
    [
        ("min mand Erik", "han vil gerne selv kunne komme ind og ud af bilen",
         "fra kørestolen ind på sædet og ud igen uden at jeg løfter på ham",
         "uden at min kone løfter på mig", "jeg løfter"),
        ("min kone Else", "hun vil gerne kunne læse avisen igen",
         "at hun kan læse overskrifterne og fortælle mig hvad der står",
         "fortælle min mand hvad der står", "fortælle mig"),
    ],
)  # fmt: skip
def test_a_spouses_sign_names_them_in_the_citizens_goal(about, wish, measure, sign, not_said):
    turn = _relative(about, wish, {"measure": measure})
    criterion = turn.state.slots["criterion"]
    assert sign in criterion and not_said not in criterion


def test_a_role_told_in_a_later_answer_names_the_relative_in_the_reason():
    """ "min far Knud" says only that a child answers; "mig, jeg er hans datter" in the people
    answer tells which: the reason told before it is then said in the father's words."""
    turn = _relative(
        "min far Knud",
        "han vil gerne selv kunne gå ned til postkassen og hente avisen",
        {
            "motivation": "så jeg ikke skal køre derud hver morgen for at hente hans avis",
            "people": "mig, jeg er hans datter",
        },
    )
    fields = goal_fields(turn.state, CONTENT)
    assert fields["speaker_as"] == "min datter"
    text, _ = compose(fields, CONTENT.goals)
    assert "så min datter ikke skal køre derud" in text and "hans" not in text


# --- round 2: the relative's household, their reflexive, another's clause, the other parent ---


@pytest.mark.parametrize(
    ("said", "role", "citizens"),
    [
        # a child's, a grandchild's, a neighbour's "vi"/"vores" beside the citizen: their household
        ("så han ikke sidder alene og venter på at vi ringer", None,
         "så han ikke sidder alene og venter på at familien ringer"),
        ("hun bliver så glad når vi kommer. Vi bor langt væk", "mit barnebarn",
         "hun bliver så glad når familien kommer. Vi bor langt væk"),
        ("så hun kan komme med ud i vores sommerhus", "min søn",
         "så hun kan komme med ud i familiens sommerhus"),
        # a spouse's "vi" is the couple; "vi … sammen" has the citizen in it; "de" are others
        ("så han ikke sidder alene og venter på at vi ringer", "min kone",
         "så han ikke sidder alene og venter på at vi ringer"),
        ("så vi kan gå tur sammen med hunden igen og hun kommer ud", "min datter",
         "så vi kan gå tur sammen med hunden igen og hun kommer ud"),
        ("så hun ikke venter på at de ringer til hende", "min datter",
         "så hun ikke venter på at de ringer til hende"),
        # … unless the citizen looks on while "vi" do it: the others, not the couple
        ("saa hun kan vaere vaertinde igen og ikke bare sidde og se paa at vi goer det",
         "min mand", "saa hun kan vaere vaertinde igen og ikke bare sidde og se paa at de andre "
         "goer det"),
        ("så han ikke bare skal kigge på mens vi laver maden", "min kone",
         "så han ikke bare skal kigge på mens de andre laver maden"),
        ("så hun ikke sidder og ser på når vi spiller kort", "min mand",
         "så hun ikke sidder og ser på når de andre spiller kort"),
        ("så vi kan se på at børnebørnene leger", "min kone",
         "så vi kan se på at børnebørnene leger"),
        # no citizen in the sentence: nothing to tell the household from
        ("så vi ikke skal køre derud hver dag", "min datter",
         "så vi ikke skal køre derud hver dag"),
        # the family said in the sentence itself: "vi" stays, never "familien … af familien"
        ("vi er de sidste to tilbage i familien og han savner ham", "min datter",
         "vi er de sidste to tilbage i familien og han savner ham"),
        ("fordi vi er det eneste der er tilbage af familien og hun ringer til ham", None,
         "fordi vi er det eneste der er tilbage af familien og hun ringer til ham"),
    ],
)  # fmt: skip
def test_a_relatives_household_beside_the_citizen_is_the_family(said, role, citizens):
    assert households(said, G, role) == citizens


@pytest.mark.parametrize(
    ("said", "role", "citizens"),
    [
        ("at han selv kan ringe op til os bare ved at sige navnet", "min datter",
         "at jeg selv kan ringe op til familien bare ved at sige navnet"),
        ("at hun kan gå hjem til os og spise med uden at jeg henter hende", "min søn",
         "at jeg kan gå hjem til familien og spise med uden at min søn henter mig"),
    ],
)  # fmt: skip
def test_a_relatives_os_in_the_citizens_doing_is_the_family(said, role, citizens):
    assert in_citizens_words(said, G, role) == citizens


@pytest.mark.parametrize(
    ("told", "role", "reason", "not_said"),
    [
        # a named relative's own "mig" is their reflexive: "for sig selv"
        ("og så kan jeg få en halv time for mig selv om morgenen", "min kone",
         "min kone kan få en halv time for sig selv", "for min kone"),
        ("så jeg kan få lidt tid for mig selv", "min datter", "min datter kan få lidt tid for sig "
         "selv", "for min datter"),
        # a relative clause has its own subject: "ham" in it is the citizen
        ("så han kan møde nogen der kan give ham modstand", "mit barnebarn",
         "møde nogen der kan give mig modstand", "ham"),
        ("så hun får en veninde som kan hjælpe hende med indkøbene", "min søn",
         "veninde som kan hjælpe mig med indkøbene", "hende"),
        # the relative's "vi" beside the citizen, any role but a spouse's
        ("så han ikke sidder alene og venter på at vi ringer", "min datter",
         "venter på at familien ringer", " vi "),
        # (a neighbour's "vi" is the neighbours, not the citizen's family: relative_peers)
        ("så hun bliver glad igen når vi kommer på besøg", "min nabo",
         "når naboerne kommer på besøg", " vi "),
        # a spouse's "vi" while the citizen looks on is the others
        ("så hun kan være værtinde igen og ikke sidde og se på at vi gør det", "min mand",
         "se på at de andre gør det", " vi "),
        # a relative whose role is unknown waiting on: said without them
        ("så hun ikke skal vente på mig i 14 dage for at vide hvad der står i brevene",
         None, "ikke skal vente på andre i 14 dage for at vide", "mig"),
        ("saa han ikke skal vaere afhaengig af mig hele tiden", None,
         "afhængig af andre hele tiden", "mig"),
    ],
)  # fmt: skip
def test_a_relatives_reason_in_the_citizens_words_round_two(told, role, reason, not_said):
    words = first_person(told, CONTENT.goals, "relative", role)
    assert reason in words and not_said not in f" {words} ", words


@pytest.mark.parametrize(
    ("about", "said", "citizens"),
    [
        ({"pos": "hendes", "kin": "child", "called": "mor"}, "hun savner far",
         "hun savner hendes mand"),
        ({"pos": "hendes", "kin": "child", "called": "mor"}, "hun besøger min far på plejehjemmet",
         "hun besøger hendes mand på plejehjemmet"),
        ({"pos": "hans", "kin": "child", "called": "far"}, "han savner mor og min søster",
         "han savner hans kone og hans datter"),
        # answering for "far", "far" is the citizen himself: left as said
        ({"pos": "hans", "kin": "child", "called": "far"}, "far vil gerne selv", "far vil gerne "
         "selv"),
    ],
)  # fmt: skip
def test_a_childs_other_parent_is_the_citizens_spouse(about, said, citizens):
    assert as_parent_sees_it(said, about, CONTENT.dialogue) == citizens


_MORFAR = {"pos": "hans", "kin": "grandchild_maternal", "called": "morfar"}
_FARMOR = {"pos": "hendes", "kin": "grandchild_paternal", "called": "farmor"}


@pytest.mark.parametrize(
    ("about", "said", "citizens"),
    [
        # a grandchild's other grandparent on that side is the citizen's spouse
        (_MORFAR, "saa han kan besoege mormor paa plejehjemmet", "saa han kan besoege hans kone "
         "paa plejehjemmet"),
        (_MORFAR, "øh han savner min mormor rigtig meget ik", "øh han savner hans kone rigtig "
         "meget ik"),
        (_MORFAR, "mormors have er for stor", "hans kones have er for stor"),
        (_FARMOR, "hun passede farfar i 10 år", "hun passede hendes mand i 10 år"),
        ({"pos": "hendes", "kin": "grandchild_maternal", "called": "mormor"},
         "mormor vil gerne hente morfar", "mormor vil gerne hente hendes mand"),
        ({"pos": "hans", "kin": "grandchild", "called": "bedstefar"}, "han laver mad til bedstemor",
         "han laver mad til hans kone"),
        # the grandchild's bare "mor"/"far" is their parent: the citizen's daughter or son
        (_MORFAR, "mor og jeg kører ham", "hans datter og jeg kører ham"),
        (_FARMOR, "far kommer om søndagen", "hendes søn kommer om søndagen"),
        # a child's grandparent is the parent's own mother or father
        ({"pos": "hendes", "kin": "child", "called": "mor"}, "hun ringer til mormor hver dag",
         "hun ringer til hendes mor hver dag"),
        # a daughter-in-law's other parent-in-law
        ({"pos": "hendes", "kin": "child_in_law", "called": "svigermor"},
         "hun passer min svigerfar", "hun passer hendes mand"),
    ],
)  # fmt: skip
def test_a_relatives_kin_word_is_turned_to_the_citizens_relation(about, said, citizens):
    """Whom a relative calls by their own kin word is named as the citizen's relation to them:
    the granddaughter's "mormor" in morfar's goal is his wife (content dialogue.yaml `kin`)."""
    assert as_parent_sees_it(said, about, CONTENT.dialogue) == citizens


@pytest.mark.parametrize(
    ("about", "told", "speaker_as"),
    [
        # a husband answering for his husband: the role he tells of himself, not the wife guessed
        ("min mand Torben", "han vil ikke vaere afhaengig af mig. jeg vil gerne vaere hans mand "
         "og ikke hans sygeplejerske", "min mand"),
        ("min kone Lis", "altså jeg er jo hendes kone og ikke hendes hjemmehjælper", "min kone"),
        # said of no one ("jeg vil ikke være …" is no role told): the guess from "min mand" stays
        ("min mand Erik", "jeg vil ikke vaere hans mor", "min kone"),
    ],
)  # fmt: skip
def test_a_spouses_role_is_the_one_they_tell_of_themself(about, told, speaker_as):
    turn = _relative(about, "han vil gerne selv kunne tage sine piller", {"motivation": told})
    assert goal_fields(turn.state, CONTENT)["speaker_as"] == speaker_as


def test_a_child_who_never_says_son_or_daughter_is_never_guessed():
    """ "min far Knud" tells only that a child answers: their "jeg" is never named by a guess
    ("min søn"?) nor a stiff "mit barn"; the reason that brings them in stays out of the goal."""
    turn = _relative(
        "min far Knud",
        "han vil gerne selv kunne gå ned til købmanden",
        {"motivation": "så han ikke skal vente på at jeg kommer om lørdagen med varer"},
    )
    fields = goal_fields(turn.state, CONTENT)
    assert fields["speaker_as"] is None
    text, _ = compose(fields, CONTENT.goals)
    assert "jeg kommer" not in text and "barn" not in text


def test_a_relatives_measure_names_the_family_not_us():
    turn = _relative(
        "min far Arne",
        "han vil gerne selv kunne ringe til familien igen",
        {"measure": "at han selv kan ringe op til os bare ved at sige navnet til telefonen"},
    )
    criterion = turn.state.slots["criterion"]
    assert "familien" in criterion and " os " not in f" {criterion} "


@pytest.mark.parametrize("about", ["min mand Erik", "min mor"])
def test_a_reason_card_chosen_by_a_relative_is_in_the_citizens_words(about):
    """ "Klare mig selv" is the citizen's "mig", whoever chose the card: never the relative's."""
    turn = _go(start(CONTENT, new_state(CONTENT, today=TODAY)), "#paaroerende", "#ja", about)
    for _ in range(40):
        if turn.slot == "confirm":
            break
        if turn.slot == "wish":
            turn = _go(turn, "vil gerne selv kunne gå på toilettet")
        elif turn.slot == "motivation":
            turn = _go(turn, "#mot_selv")
        elif turn.slot == "handover":
            turn = _go(turn, "#ikke_selv")
        else:
            turn = _go(turn, "#ja" if turn.slot == "subgoals" else "#ved_ikke")
    text, _ = compose(goal_fields(turn.state, CONTENT), CONTENT.goals)
    assert "klare mig selv" in text


def test_a_role_said_as_an_apposition_names_the_relative():
    """ "mig hans datter" in the people answer: the one answering is his daughter."""
    turn = _relative(
        "min far",
        "han vil gerne kunne huske sine aftaler",
        {
            "motivation": "saa han ikke skal ringe til mig fem gange om dagen og spoerge",
            "people": "mig hans datter og hjemmeplejen om morgenen",
        },
    )
    fields = goal_fields(turn.state, CONTENT)
    assert fields["speaker_as"] == "min datter"
    text, _ = compose(fields, CONTENT.goals)
    assert "ringe til min datter fem gange om dagen" in text


@pytest.mark.parametrize(
    ("said", "citizens"),
    [
        ("hun har ikke set ham siden sin 90 års fødselsdag",
         "jeg ikke har set ham siden min 90 års fødselsdag"),
        ("fordi han har savnet det siden sit fald", "jeg har savnet det siden mit fald"),
        ("hun savner sine veninder og sin have", "jeg savner mine veninder og min have"),
    ],
)  # fmt: skip
def test_a_reflexive_after_a_clause_word_is_the_citizens_own(said, citizens):
    """A reflexive possessive after "siden", "og" ("siden sin fødselsdag") is the subject's own,
    never another's subject, so it is the citizen's "min" too."""
    assert first_person(said, CONTENT.goals, "relative", "min nabo").endswith(citizens)


@pytest.mark.parametrize(
    ("about", "wish", "measure", "sign", "not_said"),
    [
        ("Else, jeg er hendes nabo", "hun vil gerne selv kunne ringe til sin søn på video",
         "at hun selv kan trykke på billedet og snakke med ham uden at jeg er der",
         "snakke med ham uden at min nabo er der", "med mig"),
        ("Poul. jeg er jo hans nabo", "han vil gerne selv kunne ringe til sin datter",
         "at han selv kan ringe til hende uden at jeg skal hjælpe",
         "ringe til hende uden at min nabo skal hjælpe", "til mig"),
        ("Ruth", "hun vil gerne kunne gå over til sin bror igen",
         "at hun kan gå over og besøge ham uden at jeg er med, jeg er hendes veninde",
         "besøge ham", "besøge mig"),
    ],
)  # fmt: skip
def test_the_relatives_hendes_tells_whose_him_is_someone_else(about, wish, measure, sign, not_said):
    """A neighbour who said "jeg er hendes nabo" speaks of a "hun": "ham" in her sign is
    someone else (her son), never the citizen's "mig"."""
    turn = _relative(about, wish, {"measure": measure})
    criterion = turn.state.slots["criterion"]
    assert sign in criterion and not_said not in criterion


@pytest.mark.parametrize(
    ("wish", "said", "not_said"),
    [
        # another's clause inside the wish: the citizen they act on is the goal's "mig"
        ("komme ud af sengen om morgenen uden at hjemmeplejen skal loefte ham",
         "uden at hjemmeplejen skal loefte mig", "ham"),
        ("gaa ned til postkassen uden at nogen skal holde fast i hende",
         "uden at nogen skal holde fast i mig", "hende"),
        ("komme i bad, når sygeplejersken har tid til at hjælpe hende",
         "sygeplejersken har tid til at hjælpe mig", "hende"),
        # the citizen as the clause's own subject: someone else as told
        ("besøge sin veninde når hun har fødselsdag", "når hun har fødselsdag", "når jeg har"),
    ],
)  # fmt: skip
def test_a_relatives_wish_names_the_citizen_in_another_s_clause_as_mig(wish, said, not_said):
    """The relative's "… uden at nogen skal trække i hende": in the citizen's goal "i mig"."""
    facts = {"activity": "forflytning", "own_action": wish, "speaker": "relative"}
    text, _ = compose(facts, CONTENT.goals)
    assert said in text
    assert f" {not_said} " not in " ".join(text.replace(",", " ").replace(".", " ").split()) + " "


@pytest.mark.parametrize(
    ("about", "wish", "measure", "sign", "not_said"),
    [
        # a son typing without æøå about his father: the reflexive is the citizen's, the car
        # the son's own, said definite
        ("min far Henning", "han vil gerne kunne komme op i bilen igen",
         "at han selv saetter sig ind paa forsaedet i min bil",
         "sætte mig ind på forsædet i bilen", "min bil"),
        # a daughter-in-law, spoken, about her mother-in-law and her own bathroom
        ("min svigermor Ruth", "hun vil gerne kunne komme i bad selv",
         "øh at hun kan vaske sig selv i mit badeværelse",
         "vaske mig selv i badeværelset", "mit badeværelse"),
        ("min mor", "hun vil gerne kunne komme ud at handle",
         "at hun øh kan tage sin frakke på og gå ud til min bil",
         "tage min frakke på og gå ud til bilen", "sin frakke"),
        # the relative's role known: the thing is theirs by that role
        ("min mand Erik", "han vil gerne kunne komme ind og ud af bilen",
         "at han kan saette sig ind i min bil uden at jeg hjaelper ham",
         "sætte mig ind i min kones bil uden at min kone hjælper mig", "i min bil"),
    ],
)  # fmt: skip
def test_a_relatives_own_thing_in_the_citizens_sign_is_no_longer_the_citizens(
    about, wish, measure, sign, not_said
):
    """The relative's "min bil" in a sign of the citizen's doing is not the citizen's "min"; the
    citizen's reflexive ("sætte sig") is the goal's "mig"."""
    criterion = _relative(about, wish, {"measure": measure}).state.slots["criterion"]
    assert sign in criterion and not_said not in criterion


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        # the relative's own clause: their words, cut from the sign later
        ("gå ud til bilen når jeg henter ham i min bil", "i min bil"),
        # a person is no thing of theirs; a predicate is no thing one has
        ("besøge min søster om søndagen", "min søster"),
        ("hun vil være min kone og ikke min patient", "min patient"),
    ],
)  # fmt: skip
def test_the_relatives_own_clause_people_and_predicates_keep_their_min(said, kept):
    assert kept in things_in_citizens_words(said, G, None)


def test_a_relatives_thing_of_theirs_is_said_definite_in_a_reason():
    """ "så han kan sidde i min have", role unknown: "sidde i haven", never a bare "i have"."""
    said = first_person("så han kan sidde i min have og drikke kaffe", CONTENT.goals, "relative")
    assert said == "sidde i haven og drikke kaffe"


@pytest.mark.parametrize(
    ("told", "speaker", "citizens"),
    [
        ("hun vil gerne hjem til datteren til jul", "relative", "hjem til min datter til jul"),
        ("fordi han vil med til sønnens fødselsdag", "staff", "med til min søns fødselsdag"),
        ("så hun kan se svigersønnen spille fodbold", "relative", "se min svigersøn spille"),
        ("saa han kan besoege soennen i Aarhus", "relative", "min søn i Aarhus"),
    ],
)  # fmt: skip
def test_the_citizens_kin_told_definite_by_another_is_the_citizens_own(told, speaker, citizens):
    """A neighbour's "hos sønnen" is the citizen's son: "hos min søn" in the goal."""
    assert citizens in first_person(told, CONTENT.goals, speaker)


@pytest.mark.parametrize(
    ("sign", "said", "not_said"),
    [
        ("tage sin frakke på og gå ned til postkassen", "tage min frakke på", "sin"),
        ("rejse sig fra stolen uden at tage fat i bordet", "rejse mig fra stolen", "sig"),
        # a clause with its own subject keeps its reflexive
        ("dække bord, når børnene kommer og sætter sig", "børnene kommer og sætter sig", None),
    ],
)  # fmt: skip
def test_the_signs_reflexive_is_the_first_persons(sign, said, not_said):
    """The sign is said after "når jeg kan": a reflexive with the phrase's own subject is
    "mig"/"min" ("når jeg kan sætte sig ind" would be wrong), also in a citizen's own words."""
    for speaker in ("relative", "citizen"):
        facts = {"activity": "gang", "own_action": "gå en tur", "speaker": speaker,
                 "criterion": sign}  # fmt: skip
        text, _ = compose(facts, CONTENT.goals)
        assert said in text
        assert not_said is None or f" {not_said} " not in text


@pytest.mark.parametrize(
    ("about", "wish", "said", "not_said"),
    [
        ("min far Henning", "han vil gerne kunne komme ind i min bil igen",
         "komme ind i bilen igen", "min bil"),
        ("min svigermor", "øh hun vil gerne kunne sidde ude i min have om sommeren",
         "sidde ude i haven", "min have"),
        ("min mand Erik", "han vil gerne selv kunne vaske min bil igen",
         "vaske min kones bil igen", "vaske min bil"),
    ],
)  # fmt: skip
def test_a_relatives_own_thing_in_the_wish_is_no_longer_the_citizens(about, wish, said, not_said):
    """The wish in the goal sentence: the relative's "min bil" is theirs, said definite or by
    their role."""
    text = _relative(about, wish, {}).goal_text
    assert said in text and not_said not in text


@pytest.mark.parametrize(
    ("told", "said"),
    [
        ("så han kan holde tale til deres guldbryllup", "holde tale til vores guldbryllup"),
        # typed without æøå (spelled later in the dialogue)
        ("saa hun kan danse til deres soelvbryllup i juni", "danse til vores soelvbryllup i juni"),
        # "deres" of anything else is someone else's
        ("så han kan hente børnebørnene og deres cykler", "børnebørnene og deres cykler"),
    ],
)  # fmt: skip
def test_a_couples_day_told_by_another_is_the_citizens_own(told, said):
    """A son's "til deres guldbryllup" is his parents', the citizen one of them: "vores"."""
    assert said in first_person(told, CONTENT.goals, "relative")


def test_a_sons_deres_guldbryllup_in_the_wish_is_vores():
    text = _relative(
        "min far", "han vil gerne kunne skaere sin boef selv til deres guldbryllup", {}
    ).goal_text
    assert "vores guldbryllup" in text and "deres" not in text


# --- round 27 (persp4): agreement of the citizen's possessive, a relative's described things,
# kin and -el nouns --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("så værkstedet er min igen", "så værkstedet er mit igen"),  # neuter subject
        ("og huset er min igen", "og huset er mit igen"),
        ("så stuen er min igen", "så stuen er min igen"),  # common gender stays
        ("kunne løfte begge min ben op i sengen", "kunne løfte begge mine ben op i sengen"),
        ("vaske min hænder selv", "vaske mine hænder selv"),  # a plural form
        ("finde min briller selv", "finde mine briller selv"),
    ],
)  # fmt: skip
def test_the_citizens_possessive_agrees_with_its_noun(said, written):
    """A relative's "hans"/"hendes" becomes "min": the goal's grammar makes it agree with the
    noun after it, a plural said by "begge"/a plural form, or the subject before "er"."""
    assert polish(said, G) == written


@pytest.mark.parametrize(
    ("told", "role", "said", "not_said"),
    [
        ("så han kan køre med i min gamle bil igen", None, "i den gamle bil igen", "i gamle bil"),
        # no æøå (the analyzer's speller mends the words; the article is said here already)
        ("saa hun kan sidde i mit gamle koekken og bage", None, "i det gamle koekken",
         "i gamle koekken"),
        ("så han kan komme med i min gamle bil igen", "min svoger",
         "i min svogers gamle bil", "i gamle bil"),
    ],
)  # fmt: skip
def test_a_relatives_described_thing_keeps_its_article(told, role, said, not_said):
    """A relative's "min gamle bil", role unknown, is "den gamle bil", never a bare "gamle bil"."""
    words = first_person(told, CONTENT.goals, "relative", role)
    assert said in words
    assert not_said not in words.replace(said, "")


@pytest.mark.parametrize(
    ("told", "said"),
    [
        ("så hun øh kan besøge min søster i Odense igen", "besøge søsteren i Odense"),
        ("fordi han savner at snakke med min bror", "snakke med broren"),
    ],
)  # fmt: skip
def test_a_relatives_kin_with_their_role_unknown_is_said_definite(told, said):
    """The relative's "min søster", their role unknown: "søsteren" (no role guessed, no bare
    "søster")."""
    words = first_person(told, CONTENT.goals, "relative", None)
    assert said in words


def test_a_relatives_son_with_their_role_unknown_is_not_made_the_citizens_son():
    """ "sønnen" would read as the citizen's own son (citizens_kin_definite): left bare."""
    words = first_person("så hun kan besøge min søn igen", CONTENT.goals, "relative", None)
    assert "min søn" not in words
    assert "sønnen" not in words


@pytest.mark.xfail(strict=True, reason="persp4: a relative's son, role unknown, stays a bare 'søn'")
def test_a_relatives_son_with_their_role_unknown_is_grammatical():
    words = first_person("så hun kan besøge min søn igen", CONTENT.goals, "relative", None)
    assert "besøge søn" not in words


@pytest.mark.parametrize(
    ("noun", "definite"),
    [("cykel", "cyklen"), ("gaffel", "gaflen"), ("kartoffel", "kartoflen"), ("onkel", "onklen"),
     ("skammel", "skamlen"), ("elcykel", "elcyklen"), ("søster", "søsteren"), ("bil", "bilen")],
)  # fmt: skip
def test_nouns_in_el_drop_their_e_in_the_definite(noun, definite):
    """nouns.json marks the dropped letters ("~en"): never "cykelen"."""
    assert G.definite_singular(noun) == definite


def test_a_relatives_bike_is_said_definite():
    words = first_person("saa han kan cykle paa min cykel igen", CONTENT.goals, "relative", None)
    assert "cyklen igen" in words
