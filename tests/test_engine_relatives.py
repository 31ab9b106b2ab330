"""Relatives done right: whom they answer for, the citizen's own consent at the hand-over, and a
proposal (not "dit mål") when the citizen cannot answer; through the real engine and content."""

from __future__ import annotations

import re

import pytest
from engine_support import CONTENT, TODAY, card, go

from assistant.dialogs.about import citizens_quote, genitive, read_about
from assistant.dialogs.engine import closing_status, new_state, start
from assistant.dialogs.models import Turn


def relative_at_about(mode: str = "text") -> Turn:
    turn = go(start(CONTENT, new_state(CONTENT, today=TODAY, mode=mode)), card("paaroerende"))
    assert turn.slot == "consent" and "borgeren" not in turn.prompt
    turn = go(turn, card("ja"))
    assert turn.slot == "about"
    return turn


def proposal(turn: Turn, wish: str, people: str | None = None, **said: str) -> Turn:
    """A relative's dialogue on to the proposal: `wish` as the wish, `people` (if given) to who
    can help, `said[slot]` (if given) to that question ("independence", "motivation"), the
    citizen not taking the screen, every other question yes or "ved ikke"."""
    answers = {**said, "wish": wish, "people": people}
    for _ in range(40):
        if turn.slot == "confirm":
            return turn
        if answers.get(turn.slot):
            turn = go(turn, answers[turn.slot])
        elif turn.slot == "handover":
            turn = go(turn, card("ikke_selv"))
        else:
            turn = go(turn, card("ja" if turn.slot == "subgoals" else "ved_ikke"))
    raise AssertionError(turn.slot)


def to_handover(turn: Turn) -> Turn:
    for _ in range(40):
        if turn.slot == "handover":
            return turn
        if turn.slot == "wish":
            turn = go(turn, "hun vil gerne kunne gaa i bad selv igen inden jul")
        else:
            turn = go(turn, card("ja" if turn.slot == "subgoals" else "ved_ikke"))
    raise AssertionError(turn.slot)


@pytest.mark.parametrize(
    ("said", "name", "of", "pos"),
    [
        ("Inge", "Inge", "Inges", None),
        ("min mor hun hedder inge", "Inge", "Inges", "hendes"),
        ("øh det er min mor Inge ik", "Inge", "Inges", "hendes"),
        ("øh det er min far", "din far", "din fars", "hans"),
        ("min mor", "din mor", "din mors", "hendes"),
        ("han hedder Hans", "Hans", "Hans'", None),
        ("min mor hedder Inge Hansen", "Inge Hansen", "Inge Hansens", "hendes"),
    ],
)
def test_a_name_or_a_relation_is_read_from_a_short_answer(said, name, of, pos):
    """The name the prompts use, and (`pos`) that a son or daughter answers for a parent."""
    about = read_about(None, said, CONTENT.dialogue)
    called = {"hendes": "mor", "hans": "far"}.get(pos)  # what the relative calls the citizen
    kin = {"pos": pos, "kin": "child", "called": called} if pos else {}
    assert about == {"name": name, "of": of, **kin}


def test_a_childs_family_words_become_the_parents_in_the_goal():
    """A son answering for his mother: his "min soester" is her daughter, his "mine boern" her
    grandchildren; the goal and `people` say so in her first person."""
    wish = "hun vil gerne selv kunne vaske sit toej saa hun ikke skal vente paa min soester"
    turn = proposal(go(relative_at_about(), card("mor")), wish, people="min soester")
    assert "datter" in turn.state.slots["people"] and "søster" not in turn.state.slots["people"]
    assert "så jeg ikke skal vente på min datter" in turn.prompt and "søster" not in turn.prompt


@pytest.mark.parametrize(
    ("said", "people"),
    [
        # blind86: a plain "Ingen" first; the relative far away and a service that does not come
        ("Ingen. Jeg bor jo i Aarhus, og hjemmeplejen kommer ikke hos hende", []),
        ("ingen. jeg bor i Odense og arbejder hele ugen", []),
        ("ikke nogen, jeg har selv for travlt", []),
        # a helper after the no is one: the relative ("men jeg"), or the sister said as help
        ("ingen, men jeg kan godt hjælpe hende om lørdagen", ["barn"]),
        ("ingen. min soester kan godt tage med hende", ["datter"]),
    ],
)  # fmt: skip
def test_a_relatives_plain_nobody_names_no_helper(said, people):
    wish = "hun vil gerne selv kunne laese sin post igen"
    turn = proposal(go(relative_at_about(), card("mor")), wish, people=said)
    assert turn.state.slots["people"] == people


@pytest.mark.parametrize(
    "said",
    [
        "min far Holger, jeg er hans søn",
        "min far Holger jeg er hans søn",
        "jeg er hans søn. han hedder Holger",
    ],
)
def test_the_name_is_read_from_one_part_and_his_is_no_name(said):
    """ "hans" is a name ("han hedder Hans") and "his": after "er" before the speaker's role it
    is "his", and a name never joins words from the next part of the answer."""
    about = read_about(None, said, CONTENT.dialogue)
    assert about["name"] == "Holger" and about["speaker"] == "søn"


@pytest.mark.parametrize(
    ("said", "name"),
    [
        ("det er Grethe min nabo hun er nittito", "Grethe"),
        ("Grethe hun er halvfems", "Grethe"),
        ("det er min mor Inge hun er otteogfirs", "Inge"),
        ("han hedder poul han er halvfems", "Poul"),
    ],
)
def test_a_lower_case_word_after_the_name_is_no_surname(said, name):
    """An age in number words or any lower-case word said after the first name ("hun er
    nittito") is told about the citizen, never her surname."""
    assert read_about(None, said, CONTENT.dialogue)["name"] == name


@pytest.mark.parametrize("said", ["ja", "nej det vil jeg ikke sige", "min gode", ""])
def test_no_name_is_guessed_from_words_that_are_not_one(said):
    assert read_about(None, said, CONTENT.dialogue) is None


def test_genitive_after_s_x_z_is_an_apostrophe():
    assert [genitive(n) for n in ("Inge", "Hans", "Max", "Liz")] == [
        "Inges",
        "Hans'",
        "Max'",
        "Liz'",
    ]


def test_relative_prompts_use_the_name_given_at_the_start():
    turn = go(relative_at_about(), "hun hedder inge")
    assert turn.slot == "everyday"
    assert "Inges hverdag" in turn.prompt and "borgeren" not in turn.prompt.lower()
    turn = go(turn, "hun kan selv lave kaffe")
    assert "Inge" in turn.prompt and "borgeren" not in turn.prompt.lower()
    turn = to_handover(turn)
    assert "Giv nu skærmen til Inge" in turn.prompt and turn.notice.endswith("til Inge.")


def test_a_chosen_relation_reads_din_mor():
    turn = go(relative_at_about("pictures"), card("mor"))
    assert turn.slot == "everyday" and "din mors hverdag" in turn.prompt
    assert "borgeren" not in turn.prompt.lower()


def test_skipping_the_name_keeps_borgeren_and_the_step_is_only_for_relatives():
    turn = go(relative_at_about(), card("ved_ikke"))
    assert turn.slot == "everyday" and "borgerens hverdag" in turn.prompt
    staff = go(start(CONTENT, new_state(CONTENT, today=TODAY)), card("medarbejder"), card("ja"))
    assert staff.slot == "everyday"
    citizen = go(start(CONTENT, new_state(CONTENT, today=TODAY)), card("borger"), card("ja"))
    assert citizen.slot == "everyday"


def test_the_citizen_is_asked_for_own_consent_before_the_goal():
    turn = go(to_handover(go(relative_at_about(), card("mor"))), card("borger"))
    assert turn.slot == "own_consent"
    assert turn.prompt == "Må vi gemme dine svar og sende dem til kommunen?"
    assert [c.id for c in turn.cards] == ["ja", "nej", "ved_ikke"]
    turn = go(turn, "jah det er fint")
    assert turn.slot == "confirm" and turn.heading is None
    assert next(c for c in turn.cards if c.id == "ja").label == "Ja, det er mit mål"
    turn = go(turn, card("ja"))
    assert turn.done and turn.draft["citizen_confirmed"] is True
    entries = [(e["slot"], e["said_by"]) for e in turn.draft["transcript"]][-3:]
    assert entries == [("handover", "citizen"), ("own_consent", "citizen"), ("confirm", "citizen")]


@pytest.mark.parametrize(
    ("said", "slot"),
    [
        # a yes first, then why the relative still types: the citizen's own yes
        (
            "ja det maa i gerne min datter skriver stadig for jeg kan ikke se tasterne ordentligt",
            "confirm",
        ),
        ("jo, det er fint. hun taster for mig, mine fingre vil ikke rigtig", "confirm"),
        ("ja men jeg vil ikke have det sendt, min datter skriver bare for mig", "refused"),
        ("nej tak, hun skriver for mig, jeg kan ikke se skaermen", "refused"),
    ],
)
def test_the_citizens_own_consent_with_an_explanation(said, slot):
    turn = go(to_handover(go(relative_at_about(), card("mor"))), card("borger"))
    assert turn.slot == "own_consent"
    assert go(turn, said).slot == slot


@pytest.mark.parametrize(
    ("about", "said", "people"),
    [
        ("jeg er nabo til Gudrun", "mig indtil februar", ["nabo"]),
        ("min nabo Kaj", "mig, jeg bor ved siden af", ["nabo"]),  # a role both ways
        ("min veninde Else", "det kan jeg godt", ["veninde"]),
        ("min mor", "det kan jeg godt", ["barn"]),  # her child, gender unsaid
        ("min mand", "mig", ["kone"]),  # the wife answers
        ("Inge", "mig og hjemmeplejen", ["pårørende", "hjemmepleje"]),
        ("min mor", "mig og min mand hvis det går galt", ["barn", "svigersøn"]),
        ("min mor", "mig hendes datter", ["datter"]),  # the role named right there
        ("min far", "nej ik hjemmeplejen men jeg kan tage med", ["barn"]),  # no to them, not me
        # a grandchild: "min mor" is mormor's daughter, farfar's daughter-in-law
        ("mormor Karen", "mig og min mor", ["barnebarn", "datter"]),
        ("min farfar Bent", "mig og min far vi kan cykle med", ["barnebarn", "søn"]),
        ("farmor", "min mor og min lillebror", ["svigerdatter", "barnebarn"]),
        # the son: his wife helps, his father (her husband) is dead: no helper, not the citizen
        (
            "min mor",
            "Mig og min kone. Far plejede at gøre det, men han er her jo ikke mere.",
            ["barn", "svigerdatter"],
        ),
        (
            "min mor",
            "mig og min mand. far kunne det hele men han lever ikke mere",
            ["barn", "svigersøn"],
        ),
    ],
)
def test_a_relative_naming_themself_as_help_is_in_the_network(about, said, people):
    turn = go(relative_at_about(), about)
    for _ in range(30):
        if turn.slot == "people":
            break
        if turn.slot == "wish":
            turn = go(turn, "hun vil gerne kunne gaa tur i parken igen")
        else:
            turn = go(turn, card("ja" if turn.slot == "subgoals" else "ved_ikke"))
    turn = go(turn, said)
    assert turn.slot != "people"
    assert sorted(turn.state["slots"]["people"]) == sorted(people)


@pytest.mark.parametrize(
    ("about", "everyday", "said", "people"),
    [
        # the relative's "sin"/"sit" told of the citizen is the citizen's own (blind15, blind21)
        ("jeg er nabo til Aksel", "Aksel han bor sammen med sin søn Thomas", "mig og Thomas",
         ["nabo", "søn"]),
        ("min kone Lis", "hun savner at besøge sin søster Ruth i Odense",
         "mig og Ruth hun henter hende", ["mand", "søster"]),
        ("min far Kurt", "far han har sit barnebarn Emil boende om sommeren", "Emil og så mig",
         ["barnebarn", "barn"]),
        # a word between the owner and the relation (blind41 choir: "hans gamle kammerat Kaj")
        ("min mand Jørgen", "hans gamle kammerat Kaj fra koret kommer tit", "Kaj og mig",
         ["kammerat", "kone"]),
        # said not to help, the name stays out
        ("min mor", "hun bor hos sin søster Inge", "mig men ikke Inge hun er syg", ["barn"]),
        # the citizen by their own name, as the relative calls them, is never their own helper
        # (round 23, reason13: "min mand Jens-Ole", "… han kender Jens-Ole" gave 'mand')
        ("min mand Poul-Erik", "han gaar tur med hunden hver dag",
         "mig og saa Ali i kiosken, han kender Poul-Erik godt", ["kone"]),
        ("min far Holger", "far han bor alene i huset",
         "mig, og naboen kigger ind til Holger om aftenen", ["barn", "nabo"]),
    ],
)  # fmt: skip
def test_a_relative_naming_themself_and_a_first_name_told_earlier(about, everyday, said, people):
    """A relative's "mig og Thomas" after "sin søn Thomas": the relative who answers and the
    person the name was told with, in the citizen's terms."""
    turn = go(relative_at_about(), about)
    for _ in range(30):
        if turn.slot == "people":
            break
        if turn.slot == "everyday":
            turn = go(turn, everyday)
        elif turn.slot == "wish":
            turn = go(turn, "hun vil gerne kunne gaa tur i parken igen")
        else:
            turn = go(turn, card("ja" if turn.slot == "subgoals" else "ved_ikke"))
    turn = go(turn, said)
    assert turn.slot != "people"
    assert sorted(turn.state["slots"]["people"]) == sorted(people)


@pytest.mark.parametrize(
    ("about", "independence", "people", "helper"),
    [
        # the husband types: "med hjælp fra mig", later "mig og vores datter Lene"
        ("min kone Inger", "med hjaelp fra mig til kartoflerne", "mig og vores datter Lene",
         "min mand"),
        ("min mor", "jeg hjælper hende med det tunge, ik", "min søster og mig", "min datter"),
        ("jeg er nabo til Gudrun", "øh med hjælp altså jeg går med hende", "hendes søn og så mig",
         "min nabo"),
        ("min mand Henning", "med lidt hjaelp fra mig", None, "min kone"),
    ],
)  # fmt: skip
def test_a_relative_helping_in_the_independence_answer_is_the_goals_helper(
    about, independence, people, helper
):
    """A relative's "med hjælp fra mig": the goal's helper is the one answering, by the
    role they gave (not another person named later to who can help)."""
    about = {"min mor": "min mor hun hedder Inge, jeg er hendes datter"}.get(about, about)
    turn = go(relative_at_about(), about)
    turn = proposal(
        turn, "hun vil gerne kunne lave aftensmad igen", people, independence=independence
    )
    assert turn.slot == "confirm"
    assert turn.state["slots"]["independence"] == "med_hjaelp"
    assert f"med hjælp fra {helper}" in turn.prompt, turn.prompt


@pytest.mark.parametrize(
    ("about", "independence", "people"),
    [
        # a child who gave only the kin ("min far Aage"): "mig" later is the child, first
        ("min far Aage", "med hjaelp fra mig, jeg skal finde noeglen og saette den i",
         "mig og mit barnebarn Jonas, han kommer tit med"),
        ("min mor", "øh med hjælp fra mig altså jeg står ved siden af",
         "min nevø Kasper og så mig"),
    ],
)  # fmt: skip
def test_a_child_helping_in_the_independence_answer_by_kin_alone_is_the_goals_helper(
    about, independence, people
):
    """A relative known only by kin who said "med hjælp fra mig": the goal's helper is them
    ("mit barn", no gender guessed), not the other person named to who can help."""
    turn = go(relative_at_about(), about)
    turn = proposal(
        turn, "hun vil gerne kunne lave aftensmad igen", people, independence=independence
    )
    assert turn.slot == "confirm"
    assert turn.state["slots"]["people"][0] == "barn"
    assert re.search(r"med hjælp fra mit barn\b", turn.prompt), turn.prompt


@pytest.mark.parametrize(
    ("about", "said"),
    [("jeg er nabo til Gudrun", "ikke mig men hjemmeplejen"),
     ("min mand Henning", "nej helst uden mig det er hele pointen")],
)  # fmt: skip
def test_a_relative_saying_not_me_adds_nobody(about, said):
    turn = go(relative_at_about(), about)
    for _ in range(30):
        if turn.slot == "people":
            break
        turn = go(turn, card("ja" if turn.slot == "subgoals" else "ved_ikke"))
    turn = go(turn, said)
    assert not {"nabo", "mand", "ægtefælle"} & set(turn.state["slots"]["people"])


def test_the_citizen_taking_over_in_words_answers_from_there_and_consents_personally():
    turn = go(relative_at_about(), "min mor Inger")
    for _ in range(10):
        if turn.slot == "wish":
            break
        turn = go(turn, card("ved_ikke"))
    said = "nu tager jeg selv over det er Inger. jeg vil gerne kunne cykle til min veninde"
    turn = go(turn, said)
    entry = turn.state["transcript"][-1]
    assert entry["said_by"] == "citizen" and entry["answer"] == said  # kept as given
    assert "cykle til min veninde" in turn.state["slots"]["own_action"]
    for _ in range(30):
        if turn.slot in ("own_consent", "confirm", "handover"):
            break
        turn = go(turn, card("ja" if turn.slot == "subgoals" else "ved_ikke"))
    assert turn.slot == "handover"  # the hand-over confirms who has the screen
    turn = go(turn, card("borger"))
    assert turn.slot == "own_consent"
    turn = go(turn, "ja")
    assert turn.slot == "confirm"
    said_by = {e["slot"]: e["said_by"] for e in turn.state["transcript"]}
    assert said_by["about"] == "relative" and said_by["own_consent"] == "citizen"


@pytest.mark.parametrize("no", [card("nej"), "nej", "det vil jeg helst ikke", "naeh", "ikke nu"])
def test_a_no_from_the_citizen_ends_with_nothing_sent(no):
    turn = go(to_handover(go(relative_at_about(), "Inge")), card("borger"), no)
    assert turn.refused and turn.draft is None and closing_status(turn) == "refused"
    assert "transcript" not in turn.state and "slots" not in turn.state
    assert turn.prompt == CONTENT.dialogue.text("refused")


def test_unclear_own_consent_is_asked_once_more_then_nothing_is_kept():
    turn = go(to_handover(go(relative_at_about(), "Inge")), card("borger"), "hvad betyder det")
    assert turn.slot == "own_consent" and turn.reprompt
    assert [c.id for c in turn.cards] == ["ja", "nej"]
    turn = go(turn, "hmm")
    assert turn.refused and turn.state["reason"] == "consent_unclear"


def test_when_the_citizen_cannot_answer_the_relative_sees_a_proposal():
    turn = go(to_handover(go(relative_at_about(), "min mor hun hedder inge")), card("ikke_selv"))
    assert turn.slot == "confirm"
    assert turn.heading == "Her er forslaget til Inges mål"
    assert turn.prompt.startswith("Her er forslaget til Inges mål:")
    assert "dit mål" not in turn.prompt.lower() and "mit mål" not in turn.prompt.lower()
    labels = {c.id: c.label for c in turn.cards}
    assert labels["ja"] == "Ja, forslaget er godt" and "mit mål" not in " ".join(labels.values())
    turn = go(turn, card("ja"))
    assert turn.done
    accepted = turn.draft["goal"]["smart"]["accepted"]
    assert accepted["ok"] is False and turn.draft["citizen_confirmed"] is False
    assert "kunne ikke svare selv" in accepted["reason"] and "pårørende" in accepted["reason"]


def test_a_relative_who_did_not_hand_over_says_borgeren_kan_ikke_with_the_default_name():
    turn = go(to_handover(go(relative_at_about(), card("ved_ikke"))), card("ikke_selv"))
    assert turn.heading == "Her er forslaget til borgerens mål"


def test_a_personal_link_names_the_citizen_and_the_name_step_is_not_asked():
    state = new_state(CONTENT, today=TODAY)
    state.citizen_name = "Inger"
    turn = go(start(CONTENT, state), card("paaroerende"), card("ja"))
    assert turn.slot == "everyday" and "Ingers hverdag" in turn.prompt


@pytest.mark.parametrize(
    ("about", "said", "goal_words", "not_words"),
    [
        ("min mand", "han vil gerne kunne snakke i telefon med vores barnebarn", "mit barnebarn",
         "vores"),
        ("min svigermor", "hun vil gerne kunne ringe til min mand selv", "min søn", "min mand"),
    ],
)  # fmt: skip
def test_a_spouse_or_in_law_speaks_of_the_family_as_theirs(about, said, goal_words, not_words):
    """A wife's "vores barnebarn" is her husband's "mit barnebarn"; a daughter-in-law's "min
    mand" is her mother-in-law's son."""
    turn = go(relative_at_about(), about)
    assert turn.state.about["kin"] in ("spouse", "child_in_law")
    turn = proposal(turn, said)
    goal = turn.prompt.split(":", 1)[1]
    assert goal_words in goal and not_words not in goal


@pytest.mark.parametrize(
    ("about", "wish", "goal_words", "not_words"),
    [
        ("min mormor karen", "nu er det mormor selv der siger det: jeg vil gerne selv kunne "
         "ringe til min søster i esbjerg", "min søster", "barnebarn"),
        (card("mor"), "hun siger selv: jeg vil gerne kunne besoege min bror paa fyn igen",
         "min bror", "søn"),
        (card("mor"), "mor: jeg vil gerne kunne gaa ned til min veninde Inge igen", "min veninde",
         "xx"),
        ("min far", "han siger selv jeg vil gerne kunne køre ud til min datter", "min datter",
         "barnebarn"),
    ],
)  # fmt: skip
def test_the_citizens_quoted_words_at_the_wish_are_her_own_first_person(
    about, wish, goal_words, not_words
):
    """A relative handing the words to the citizen ("nu er det mormor selv der siger det:",
    "hun siger selv:", "mor: …") makes what follows the citizen's own: her "min søster" is her
    sister, not the relative's (the citizen's grandchild)."""
    turn = proposal(go(relative_at_about(), about), wish)
    goal = turn.prompt.split(":", 1)[1]
    assert goal_words in goal and not_words not in goal, goal


@pytest.mark.parametrize(
    "reason",
    ["han siger: saa jeg kan snakke med de andre fiskere",
     "han siger selv jeg vil gerne snakke med de andre fiskere"],
)  # fmt: skip
def test_the_citizens_quoted_reason_stays_his_own_with_a_named_relative(reason):
    """A wife who says who she is ("min kone") quoting her husband's reason: his "jeg" is his
    own, never turned into "min kone"."""
    turn = go(relative_at_about(), "min mand Jens, jeg er hans kone")
    turn = proposal(turn, "han vil gerne kunne gaa ned til havnen igen", motivation=reason)
    goal = turn.prompt.split(":", 1)[1]
    assert "snakke med de andre fiskere" in goal and "min kone" not in goal, goal


@pytest.mark.parametrize(
    ("said", "quote"),
    [
        ("nu er det mormor selv der siger det: jeg vil ringe til Ruth", "jeg vil ringe til Ruth"),
        ("hun siger selv: jeg vil gerne i haven", "jeg vil gerne i haven"),
        ("Mor: jeg vil ud at gaa", "jeg vil ud at gaa"),
        ("øh karen siger det selv jeg vil gerne kunne bage", "jeg vil gerne kunne bage"),
        ("hun sagde selv til mig jeg vil gerne i kirke", "jeg vil gerne i kirke"),
        # told about her, or the relative's own words: no quote
        ("hun siger at hun vil gerne i haven", None),
        ("hun siger selv at hun vil gerne i haven", None),
        ("hun siger jeg skal hjælpe hende med haven", None),
        ("jeg synes: hun skal i haven igen", None),
        ("Ingen. Jeg har tilbudt at hjælpe, men hun siger: du skal ikke se mig nøgen", None),
        ("ja hun siger det er ok", None),
        ("hun vil gerne i haven. det er vigtigt for hende", None),
    ],
)
def test_a_quote_lead_hands_the_words_to_the_citizen(said, quote):
    """Only a lead that names the citizen and says she speaks (with a colon, or "selv" and her
    "jeg" after it) makes the words hers; "hun siger at …" tells about her."""
    about = {"name": "Karen", "of": "Karens", "called": "mor"}
    assert citizens_quote(said, about, CONTENT.dialogue) == quote


@pytest.mark.parametrize(
    ("said", "criterion"),
    [
        ("at hun kan læse en hel artikel selv uden at jeg skal læse op",
         "læse en hel artikel selv"),
        ("at hun selv går ud og fylder foderbrættet og hænger mejsebollerne op, uden at jeg skal "
         "gå med", "gå ud og fylde foderbrættet og hænge mejsebollerne op"),
        ("at hun kan gå med mig ned til købmanden", "gå med mig ned til købmanden"),
        # a count in a row after the relative's clause is the sign's own
        ("at hun kan læse en hel side selv uden at jeg skal hjælpe 5 dage i træk",
         "læse en hel side selv 5 dage i træk"),
        ("øh at hun har fodret fuglene naar jeg kommer om aftenen en hel uge i traek",
         "have fodret fuglene en hel uge i træk"),
    ],
)  # fmt: skip
def test_a_relatives_sign_keeps_the_citizens_part_in_her_words(said, criterion):
    """The relative's own "jeg" is not the citizen's: her sign ends before the clause that
    brings the relative in; when the relative is in its first clause, it stays as said."""
    turn = go(relative_at_about(), card("mor"))
    for _ in range(40):
        if turn.slot == "measure":
            break
        if turn.slot == "wish":
            turn = go(turn, "hun vil gerne kunne læse avisen og fodre fuglene")
        else:
            turn = go(turn, card("ja" if turn.slot == "subgoals" else "ved_ikke"))
    turn = go(turn, said)
    assert turn.state.slots["criterion"] == criterion


@pytest.mark.parametrize(
    ("said", "speaker"),
    [
        ("min mor birthe. jeg er hendes soen", "søn"),
        ("min far Knud, jeg er hans datter", "datter"),
        ("mormor Ruth og jeg er hendes barnebarn", "barnebarn"),
    ],
)
def test_the_speakers_role_is_read_also_typed_without_aeoeaa(said, speaker):
    assert read_about(None, said, CONTENT.dialogue)["speaker"] == speaker


@pytest.mark.parametrize(
    ("said", "name", "pos", "called"),
    [
        ("min bonusfar Poul", "Poul", "hans", "bonusfar"),
        ("øh det er min stedmor", "din stedmor", "hendes", "stedmor"),
        ("bonusmor Lis", "Lis", "hendes", "bonusmor"),
        ("min stedfar han hedder Erik", "Erik", "hans", "stedfar"),
    ],
)
def test_a_step_or_bonus_parent_is_a_relation_not_part_of_the_name(said, name, pos, called):
    """ "min bonusfar Poul": the prompts say "Poul", never "Bonusfar Poul", and a child speaks."""
    about = read_about(None, said, CONTENT.dialogue)
    assert (about["name"], about.get("pos"), about.get("called")) == (name, pos, called)
    assert about.get("kin") == "child"


@pytest.mark.parametrize(
    ("said", "speaker"),
    [
        ("min bonusfar Poul, jeg er hans bonusdatter", "bonusdatter"),
        ("min stedmor Grete og jeg er hendes stedsøn", "stedsøn"),
        ("min bonusmor. jeg er hendes bonussoen", "bonussøn"),
    ],
)
def test_a_step_or_bonus_childs_role_is_read(said, speaker):
    assert read_about(None, said, CONTENT.dialogue)["speaker"] == speaker


@pytest.mark.parametrize(
    ("everyday", "said", "person"),
    [
        ("Karen bor ved siden af mig, jeg er hendes nabo. hun klare selv sin mad", "mig. hendes "
         "søn skal ikke spørges", "nabo"),
        ("altså jeg er jo hans nabo og ser ham hver dag", "mig", "nabo"),
        ("hun er 87 og jeg er hendes veninde fra skolen", "øh mig ik", "veninde"),
    ],
)  # fmt: skip
def test_a_role_told_in_the_story_tells_who_mig_is(everyday, said, person):
    """No role in the "about" answer ("Karen, hun bor ved siden af mig"): the role told in a
    later answer ("jeg er hendes nabo") tells who "mig" is, even when a new sentence follows."""
    turn = go(relative_at_about(), "Karen, hun bor ved siden af mig")
    for _ in range(30):
        if turn.slot == "people":
            break
        if turn.slot == "everyday":
            turn = go(turn, everyday)
        elif turn.slot == "wish":
            turn = go(turn, "hun vil gerne kunne tage bussen igen")
        else:
            turn = go(turn, card("ja" if turn.slot == "subgoals" else "ved_ikke"))
    assert turn.slot == "people"
    turn = go(turn, said)
    assert person in turn.state["slots"]["people"]


@pytest.mark.parametrize(
    ("about", "everyday", "said", "person", "not_person"),
    [
        # the citizen's own words quoted ("jeg er ikke …"), a negation or a description between
        # "er" and the word: no role of the one answering
        ("min far", "han går kun ned til bænken. han siger tit: jeg er ikke syg mand",
         "mig, jeg er hans søn", "søn", "mand"),
        ("min mor", "hun bor alene i huset og hun siger jeg er ikke gammel kone endnu",
         "mig og så hjemmeplejen", "barn", "kone"),
        # the role said definite, or with words between that tell which child
        ("min mor", "hun klarer det meste selv", "det er mig der er datteren", "datter", "barn"),
        ("min far", "han bor alene i huset", "mig, sønnen, og nogle gange naboen", "søn", "barn"),
        ("min far", "han har det svaert efter operationen", "mig, jeg er jo hans ældste søn",
         "søn", "barn"),
        # the citizen's name in the genitive between "er" and the role (round 27, r116b)
        ("min far Bent", "øh jeg er Bents datter, han bor i et raekkehus", "mig om fredagen",
         "datter", "barn"),
        ("min mor", "jeg er altså Gretes yngste søn og hun er 90", "det kan jeg", "søn", "barn"),
        # a role after "og" of the speaker's own clause ("jeg hedder Malene og er …", r123)
        ("min far", "jeg hedder Malene og er Pouls bonusdatter, han er 83", "mig om søndagen",
         "bonusdatter", "barn"),
        ("min mor", "jeg bor ved siden af og er hendes steddatter", "det kan jeg", "steddatter",
         "barn"),
        ("min far", "jeg hedder Kim og er hans søn", "mig", "søn", "barn"),
    ],
)  # fmt: skip
def test_the_role_a_relative_tells_is_their_own_not_a_quote_or_a_description(
    about, everyday, said, person, not_person
):
    """ "jeg er hans søn", "det er mig der er datteren" tell who "mig" is; "jeg er ikke gammel
    kone" in the citizen's quoted words tells no role of the one answering."""
    turn = go(relative_at_about(), about)
    for _ in range(30):
        if turn.slot == "people":
            break
        if turn.slot == "everyday":
            turn = go(turn, everyday)
        elif turn.slot == "wish":
            turn = go(turn, "vil gerne kunne gaa til frisoeren selv igen")
        else:
            turn = go(turn, card("ja" if turn.slot == "subgoals" else "ved_ikke"))
    assert turn.slot == "people"
    people = go(turn, said).state["slots"]["people"]
    assert person in people and not_person not in people, people


@pytest.mark.parametrize(
    "reason",
    [
        "så hun kan komme ud og spise med vennerne igen",
        "saa hun kan tage med sin datter i byen igen",
        "så han kan være sammen med familien til jul",
    ],
)
def test_people_named_in_the_reason_are_no_helpers_and_the_people_question_is_asked(reason):
    turn = go(relative_at_about(), "min mor")
    asked = False
    for _ in range(40):
        if turn.slot in ("people", "handover", "confirm"):
            asked = turn.slot == "people"
            break
        if turn.slot == "wish":
            turn = go(turn, "hun vil gerne kunne gaa tur i parken igen")
        elif turn.slot == "motivation":
            turn = go(turn, reason)
        else:
            turn = go(turn, card("ja" if turn.slot == "subgoals" else "ved_ikke"))
    assert asked
    assert not turn.state["slots"].get("people")


@pytest.mark.parametrize(
    ("about", "said"),
    [
        # blind61 bath: the daughter's offer turned down in the mother's quoted words; "mor" in
        # the quote is the citizen herself and "uden mig" takes the daughter out
        (
            "min mor, Karen",
            "Ingen. Jeg har tilbudt at hjælpe hende, men hun siger: Lone, du skal ikke se din"
            " gamle mor nøgen, det kan du godt glemme. Så det bliver uden mig.",
        ),
        ("min far", "ingen far vil ikke have hjælp af nogen og det bliver uden mig"),
        ("min mand", "min mand vil helst klare det selv så ingen"),
    ],
)
def test_the_citizen_and_a_relative_turned_down_are_no_helpers(about, said):
    turn = go(relative_at_about(), about)
    for _ in range(30):
        if turn.slot == "people":
            break
        if turn.slot == "wish":
            turn = go(turn, "hun vil gerne kunne gaa i bad selv igen")
        else:
            turn = go(turn, card("ja" if turn.slot == "subgoals" else "ved_ikke"))
    turn = go(turn, said)
    assert turn.slot != "people"
    assert turn.state["slots"]["people"] == []


def citizen_at_summary(about: str, wish: str, independence: str, people: str) -> Turn:
    """A relative's dialogue to the hand-over, then the citizen's own consent: the summary."""
    turn = go(relative_at_about(), about)
    for _ in range(40):
        if turn.slot == "confirm":
            return turn
        said = {"wish": wish, "independence": independence, "people": people}.get(turn.slot)
        if turn.slot == "handover":
            turn = go(turn, card("borger"), "ja det er i orden")
        elif said:
            turn = go(turn, said)
        else:
            turn = go(turn, card("ja" if turn.slot == "subgoals" else "ved_ikke"))
    raise AssertionError(turn.slot)


@pytest.mark.parametrize(
    ("about", "said", "gone"),
    [
        ("min mor Karen", "nej. min datter skal ikke hjælpe mig i badet. det vil jeg ikke", "barn"),
        ("min mor", "nej ikke min søn, jeg kan selv med stolen", "barn"),
        ("min far", "nej min datter skal ikke komme og hjælpe", "barn"),
        ("min mand", "nej, min kone skal ikke hjælpe mig. det vil jeg selv", "kone"),
    ],
)
def test_the_citizen_refusing_the_relative_on_the_summary_takes_them_out(about, said, gone):
    """Blind67 (brusebad): the mother's "min datter skal ikke hjælpe mig" kept her daughter,
    who had answered "mig" to who can help, in goal.people as 'barn'; the shower chair stays."""
    wish = "hun vil gerne kunne tage et brusebad selv"
    turn = citizen_at_summary(about, wish, "med en badestol", "mig og hjemmeplejen")
    assert gone in turn.state["slots"]["people"], turn.state["slots"]["people"]
    turn = go(turn, said)
    slots = turn.state["slots"]
    assert gone not in slots["people"] and "hjemmepleje" in slots["people"], slots["people"]
    assert slots["aids"] == ["badestol"] and "badestol" in turn.goal_text, turn.goal_text


@pytest.mark.parametrize(
    ("who", "independence", "people", "asked", "helpers"),
    [
        # blind41: the wife names only the friend as the help; asked who helps, she adds herself
        ("min mand Jørgen", "med hjælp. hans gamle ven Kaj vil gerne hente ham i bilen",
         "Kaj og mig", True, {"ven", "kone"}),
        ("min mor", "med hjaelp, min bror Poul kører hende derhen", "Poul og så mig", True,
         {"bror"}),
        # the one answering said as a helper beside the other: that answers who helps
        ("min kone Inger", "med hjælp, jeg kører hende og min søn henter hende", "min søster",
         False, {"mand", "søn"}),
        # the citizen naming a helper: asked no more
        (None, "med hjælp fra min datter Lene", "min søster", False, {"datter"}),
    ],
)  # fmt: skip
def test_a_relative_naming_only_another_helper_is_still_asked_who_helps(
    who, independence, people, asked, helpers
):
    """The people question after an independence answer that names a helper: asked when a
    relative named only someone else (the relative's own part is unsaid), not when the one
    answering is the helper or the citizen answers."""
    if who is None:
        turn = go(start(CONTENT, new_state(CONTENT, today=TODAY)), card("borger"), card("ja"))
    else:
        turn = go(relative_at_about(), who)
    slots = []
    for _ in range(40):
        if turn.slot in ("confirm", "handover"):
            break
        slots.append(turn.slot)
        if turn.slot == "wish":
            turn = go(turn, "vil gerne kunne komme til koret i kirken igen om torsdagen")
        elif turn.slot == "independence":
            turn = go(turn, independence)
        elif turn.slot == "people":
            turn = go(turn, people)
        else:
            turn = go(turn, card("ja" if turn.slot == "subgoals" else "ved_ikke"))
    assert ("people" in slots) is asked, slots
    assert helpers <= set(turn.state["slots"].get("people") or []), turn.state["slots"]


@pytest.mark.parametrize(
    ("about", "wish", "said"),
    [
        # the thing another person gave, told by "hun"/"han" of the one named before it
        ("min mor", "hun vil gerne kunne ringe til sin bror på den mobil han har købt",
         "på den mobil min bror har købt"),
        ("min far Aksel", "øh han vil gerne kunne skrive til sin søster i Canada paa den "
         "computer hun har sendt", "på den computer min søster har sendt"),
        ("min far", "han vil gerne kunne ringe til sin datter på den tablet som hun har sendt",
         "på den tablet som min datter har sendt"),
    ],
)  # fmt: skip
def test_another_persons_pronoun_in_the_wish_is_the_person_named_before_it(about, wish, said):
    """ "på den tablet hun har sendt" in a relative's wish about "han": "hun" is the daughter
    named before it, who has no "hun" in the citizen's goal to point back at."""
    turn = proposal(go(relative_at_about(), about), wish)
    assert said in turn.prompt, turn.prompt


def test_another_persons_pronoun_with_no_one_named_to_fit_stays():
    """No man named before "den bænk han lavede": no one is guessed."""
    turn = proposal(
        go(relative_at_about(), "min mor"), "hun vil gerne kunne gå ned til den bænk han lavede"
    )
    assert "den bænk han lavede" in turn.prompt, turn.prompt


@pytest.mark.parametrize(
    ("about", "people", "helper"),
    [
        ("min kone Inger", "mig og så vores søn Mads han kommer om søndagen", "min mand"),
        ("min mor", "øh mig og så hendes veninde Ruth", "mit barn"),
    ],
)
def test_a_relative_naming_themself_first_to_who_helps_is_the_goals_helper(about, people, helper):
    """ "mig og så vores søn": the one answering, named first, is the help the goal names."""
    turn = go(relative_at_about(), about)
    turn = proposal(
        turn, "hun vil gerne kunne lave aftensmad igen", people, independence="med lidt hjaelp"
    )
    assert turn.slot == "confirm"
    assert re.search(rf"med hjælp fra {helper}\b", turn.prompt), turn.prompt


def _to_confirm(about: str, answers: dict[str, str]) -> Turn:
    """A relative's dialogue to the proposal with `answers` by slot, else yes or "ved ikke"."""
    turn = go(relative_at_about(), about)
    for _ in range(40):
        if turn.slot == "confirm":
            return turn
        if turn.slot in answers:
            turn = go(turn, answers[turn.slot])
        elif turn.slot == "handover":
            turn = go(turn, card("ikke_selv"))
        else:
            turn = go(turn, card("ja" if turn.slot == "subgoals" else "ved_ikke"))
    raise AssertionError(turn.slot)


@pytest.mark.parametrize(
    ("independence", "people"),
    [
        # the relative's offer of help, "med det" no thing (round 22)
        ("jeg kan hjælpe ham med det", None),
        ("øh det kan jeg godt hjaelpe ham med", None),
        # "med hjælp fra mig", then someone else (or no one) to who can help
        ("med hjaelp fra mig, jeg holder styr på opskriften", "hans barnebarn Sofie kommer tit"),
        ("med hjælp fra mig altså", "ved ikke"),
    ],
)
def test_a_child_offering_help_by_kin_alone_is_the_help_the_goal_names(independence, people):
    wish = "han vil gerne kunne lave aftensmad igen"
    answers = {"wish": wish, "independence": independence, **({"people": people} if people else {})}
    turn = _to_confirm("min far", answers)
    assert turn.state["slots"]["independence"] == "med_hjaelp"
    assert turn.state["slots"]["people"][0] == "barn"
    assert re.search(r"med hjælp fra mit barn\b", turn.prompt), turn.prompt


@pytest.mark.parametrize(
    "independence", ["det kan jeg ikke hjælpe med, hun skal selv", "ikke med mig, hun vil selv"]
)
def test_a_relative_saying_they_do_not_help_is_no_helper(independence):
    answers = {"wish": "hun vil gerne kunne lave aftensmad igen", "independence": independence}
    turn = _to_confirm("min mor", answers)
    assert "barn" not in (turn.state["slots"].get("people") or [])
