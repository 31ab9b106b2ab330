"""Round 30 (story30): long stories - a clause with its own subject kept whole in the goal."""

from __future__ import annotations

from datetime import date

import pytest
from test_compose_blind import _play

from assistant.content import get_content
from assistant.dialogs.pointed_person import named_for_pronoun
from assistant.nlp import analyzer_for
from assistant.nlp.compose import compose_goal, criterion_phrase

CONTENT = get_content("da")
GOALS = CONTENT.goals


@pytest.mark.parametrize(
    ("activity", "own", "criterion", "clause"),
    [
        # a name after "før", "inden", "indtil" is the subject of that clause, no run-on to cut
        ("madlavning", "lave morgenmad selv",
         "have lavet morgenmad og kaffe, før Lise kommer klokken otte", "før Lise kommer"),
        ("paaklaedning", "klæde mig på",
         "at jeg har fået tøjet på inden Jytte kommer med bussen", "inden Jytte kommer"),
        ("gang", "gå ned til postkassen",
         "gå ned til postkassen og hjem igen før Ove henter mig", "før Ove henter mig"),
        ("indkoeb", "handle ind selv",
         "have handlet ind i netto, inden Karen kommer hjem fra arbejde", "inden Karen kommer"),
        ("personlig_hygiejne", "gå i bad selv",
         "være vasket og barberet før Per kommer med avisen", "før Per kommer"),
        ("rengoering", "tænde op i brændeovnen",
         "have fået ild i ovnen foer Hanne ringer kl 7", "Hanne ringer"),
        ("madlavning", "lave aftensmad",
         "at maden står på bordet indtil Bo kommer hjem", "indtil Bo kommer hjem"),
    ],
)  # fmt: skip
def test_a_sign_keeps_a_time_clause_whose_subject_is_a_name(activity, own, criterion, clause):
    facts = {"activity": activity, "own_action": own, "criterion": criterion}
    sign = criterion_phrase(facts, GOALS)
    assert clause in sign, sign
    assert sign.split()[-1].strip(",") not in ("før", "foer", "inden", "indtil"), sign
    sentence = compose_goal(facts, GOALS)
    assert f"{clause.split()[0]}." not in sentence, sentence


@pytest.mark.parametrize(
    ("activity", "own", "clause"),
    [
        ("madlavning", "lave morgenmad før Lise står op", "før Lise står op"),
        ("rengoering", "tømme opvaskemaskinen inden Bodil kommer hjem", "inden Bodil kommer hjem"),
        ("gang", "gå ned efter avisen før Ib vaagner", "før Ib vaagner"),
    ],
)
def test_a_wish_keeps_a_time_clause_whose_subject_is_a_name(activity, own, clause):
    sentence = compose_goal({"activity": activity, "own_action": own}, GOALS)
    assert clause in sentence, sentence


def _named(action: str, answers: list[str]) -> str:
    content = get_content("da")
    g = content.goals.grammar
    kin = {
        pronoun: frozenset(content.dialogue.words.get(f"kin_{possessive}", ()))
        for possessive, pronouns in g.citizen_by_possessive.items()
        for pronoun in pronouns
        if pronoun in g.object_pronouns
    }
    leads = content.dialogue.words.get("name_leads", ())
    people = content.lexicon.people
    return named_for_pronoun(action, answers, kin, g.person_names, people, leads, g.and_word)


@pytest.mark.parametrize(
    ("answers", "action", "expected"),
    [
        # the name said before the wish in its own answer
        (["Jeg vil ikke være afhængig af flextrafik hver gang jeg skal ud til Karen. Jeg vil "
          "selv kunne tage toget ud til hende i Roskilde"],
         "tage toget ud til hende i Roskilde", "tage toget ud til Karen i Roskilde"),
        (["øh min ven Poul ligger på hospice nu og jeg vil gerne kunne cykle ud og besøge ham"],
         "cykle ud og besøge ham", "cykle ud og besøge Poul"),
        (["Min søster Inger bor i Svendborg. jeg vil saa gerne kunne ringe til hende selv"],
         "ringe til hende selv", "ringe til Inger selv"),
        # ... or in an answer before it, the latest first
        (["Jeg bor alene nu, for Grethe kom på plejehjem i maj.",
          "Jeg vil selv kunne gå over til hende hver eftermiddag"],
         "gå over til hende hver eftermiddag", "gå over til Grethe hver eftermiddag"),
        (["Ole og jeg har været gift i 50 aar, han fik en blodprop.",
          "jeg vil gerne kunne hjælpe ham med at spise"],
         "hjælpe ham med at spise", "hjælpe Ole med at spise"),
        # a name right after a person word, though the name table lacks it
        (["Mit oldebarn Alma kommer om lørdagen.", "jeg vil kunne bage med hende igen"],
         "bage med hende igen", "bage med Alma igen"),
        # the citizen's own name is none; "min søn Torben" is no "hende"
        (["Jeg hedder Bent og min kone Grete bor på Solhjem.",
          "jeg vil besøge hende selv med bussen"],
         "besøge hende selv med bussen", "besøge Grete selv med bussen"),
        (["Min søn Torben kører mig, og min datter Lise har travlt.",
          "jeg vil kunne køre ud til hende selv"],
         "køre ud til hende selv", "køre ud til Lise selv"),
    ],
)  # fmt: skip
def test_a_wish_pronoun_gets_the_person_named_before_it(answers, action, expected):
    assert _named(action, answers) == expected


@pytest.mark.parametrize(
    ("answers", "action"),
    [
        # two names that fit, a place, or a wish that names the person itself: as told
        (["Karen og Lise bor begge i Odense.", "jeg vil kunne tage bussen ud til hende"],
         "tage bussen ud til hende"),
        (["Jeg går ned til Brugsen hver dag.", "jeg vil kunne hente hende fra skole"],
         "hente hende fra skole"),
        (["Min datter Lise bor i Aarhus.", "jeg vil kunne besøge min søster og hjælpe hende"],
         "besøge min søster og hjælpe hende"),
        (["Min søn Torben bor i Køge.", "jeg vil kunne besøge hende på plejehjemmet"],
         "besøge hende på plejehjemmet"),
    ],
)  # fmt: skip
def test_a_wish_pronoun_with_no_single_person_named_stays(answers, action):
    assert _named(action, answers) == action


@pytest.mark.parametrize(
    ("wish", "said"),
    [
        # a pseudo-cleft whose wish verb has its own words ("ønsker mig", "drømmer om")
        ("Så det jeg ønsker mig, det er at bage småkager med mit barnebarn igen til jul",
         "bage småkager med mit barnebarn"),
        ("øh det jeg drømmer om, det er at komme ud i haven og plante kartofler",
         "komme ud i haven og plante kartofler"),
        ("det jeg ønsker mig er at strikke en troeje til min datter", "strikke en trøje"),
        ("hvad jeg drømmer om er at gå ned til havnen med stokken igen", "gå ned til havnen"),
        ("altså det jeg ønsker mig allermest det er at kunne synge i koret igen",
         "synge i koret"),
    ],
)  # fmt: skip
def test_a_cleft_wish_with_the_verbs_own_words_keeps_its_phrase(wish, said):
    facts = analyzer_for(CONTENT).analyze(wish, date(2026, 12, 4))
    assert said in str((facts.extras or {}).get("action")), facts.extras


@pytest.mark.parametrize(
    ("wish", "measure", "said"),
    [
        # a sign counting kinds keeps the list after it that names them ("vi": said together)
        ("jeg vil gerne bage julesmåkager igen",
         "At vi har bagt to slags, brunkager og klejner, og at det ikke gør ondt i ryggen.",
         "brunkager og klejner"),
        ("jeg vil kunne lave mad selv igen",
         "at vi har lavet to retter, frikadeller og kartoffelmos, og at jeg ikke er for træt",
         "frikadeller og kartoffelmos"),
        ("jeg vil gerne plante i haven igen",
         "at vi har sat to slags, tulipaner eller påskeliljer, og at min søn ikke har hjulpet",
         "tulipaner eller påskeliljer"),
        ("jeg vil gerne bage brød igen",
         "at vi har bagt to slags, rugbrød og franskbrød. Og at jeg ikke har måttet sidde ned",
         "rugbrød og franskbrød"),
        ("jeg vil kunne strikke igen",
         "øh at vi har strikket to slags, huer og vanter, og det tager tid",
         "huer og vanter"),
        ("jeg vil gerne lave mad til mig selv",
         "At vi har lavet to retter, frikadeller og kartoffelsalat, og at jeg selv har vasket op",
         "frikadeller og kartoffelsalat"),
    ],
)  # fmt: skip
def test_a_sign_that_counts_kinds_keeps_the_kinds_named(wish, measure, said):
    goal = _play({"wish": wish, "measure": measure})
    assert said in goal, goal


@pytest.mark.parametrize(
    ("everyday", "wish", "said"),
    [
        # "hende"/"ham" of the wish: the one named before it, in an earlier answer too
        ("Jeg bor alene nu, for Inger kom på plejehjem i maj.",
         "jeg vil selv kunne tage bussen ud til hende på plejehjemmet", "ud til Inger"),
        ("ved ikke",
         "Jeg vil ikke være afhængig af min datter hver gang jeg skal ud til Poul. Jeg vil "
         "gerne kunne cykle ud og besøge ham igen", "besøge Poul"),
    ],
)  # fmt: skip
def test_a_drafted_wish_says_whom_its_pronoun_points_at(everyday, wish, said):
    goal = _play({"everyday": everyday, "wish": wish})
    assert said in goal, goal


@pytest.mark.parametrize(
    ("own", "said", "gone"),
    [
        # a pointing article and its noun, the relative clause after them left out: definite
        ("veje mig og skrive vægten ind i det hæfte", "ind i hæftet", "det hæfte"),
        ("sidde i den stol", "sidde i stolen", "den stol"),
        ("spille det spil", "spille spillet", "det spil"),
        ("passe den have", "passe haven", "den have"),
        ("komme op i det bad", "op i badet", "det bad"),
        # a clause after it that says which stays
        ("lave den mad jeg kan lide", "den mad jeg kan lide", "maden"),
    ],
)  # fmt: skip
def test_a_wish_ending_on_a_pointed_noun_says_it_definite(own, said, gone):
    sentence = compose_goal({"activity": "fritid", "own_action": own}, GOALS)
    assert said in sentence and gone not in sentence, sentence


@pytest.mark.parametrize(
    ("activity", "own", "criterion", "rest"),
    [
        # the sign says the whole wish again, an adverb of way apart: said once, its rest kept
        ("egen_sundhed", "veje mig og skrive vægten ind i hæftet",
         "have vejet mig og skrevet vægten i hæftet hver morgen i to uger i træk",
         "i to uger i træk"),
        ("rengoering", "bære skraldeposen ned i containeren",
         "bære skraldeposen i containeren hver dag en hel uge", "en hel uge"),
        ("egen_sundhed", "tage mine piller og skrive det i kalenderen",
         "at jeg har taget mine piller og skrevet det ind i kalenderen hver dag i 14 dage",
         "i 14 dage"),
        ("indkoeb", "gå op med varerne til lejligheden",
         "gå med varerne op til lejligheden uden at hvile på trappen",
         "uden at hvile på trappen"),
    ],
)  # fmt: skip
@pytest.mark.parametrize("frequency", [None, {"times": 1, "per": "day", "every": 1}])
def test_a_sign_that_says_the_wish_again_says_it_once(activity, own, criterion, rest, frequency):
    facts = {"activity": activity, "own_action": own, "criterion": criterion}
    facts["frequency"] = frequency
    facts["aids"], facts["independence"] = ["rollator"], "hjaelpemiddel"
    sentence = compose_goal(facts, GOALS)
    assert rest in sentence, sentence
    assert sentence.count(" ".join(own.split()[:2])) == 1, sentence
