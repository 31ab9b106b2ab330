"""Fix round 52 (fC): whose words are they — relatives, others' wishes, refused people.

- A refusal in second-language order with the modal left out ("ham vi ikke regne med") makes
  the one named before unwanted (people.yaml unwanted).
- A relative's word for the citizen after a preposition ("tager værktøjet fra far") is the
  citizen's object pronoun, so no other person stands between a helper and their later "ham"
  (dialogue.yaml citizen_object_leads, dialogs/about.py).
- A wish whose subject is an owned person ("Mit barnebarn vil gerne køre med i løbet") gives way
  to a later wish of the one the answer is about (nlp/relative_wish.py named_subject).
- "Emil og hans lillesøster" said by the citizen: Emil's sister, not the citizen's; "min datter
  og hendes børn": the citizen's grandchildren (people.yaml joined_kin, nlp/extract.py
  _joined_ones_kin).
- A relative's name tied to the citizen by the relative's own family word ("Min søn Oliver" of
  a daughter: the citizen's grandson) is said by the tie in the reason (dialogs/draft.py).
- The purpose of another's advice told before the wish ("Min datter synes, jeg bare skal synge
  med i koret, så jeg ikke skal stå foran") is the adviser's, no reason of the goal
  (motivation.yaml advice_verbs, nlp/refused_consequence.py advised_before).
- A short relative clause with its "som" left out after "den/det <noun>," ("sidde ved ovnen den
  time, det tager, uden at …") is part of the sign, no comment cut out (nlp/phrase.py).
- Review of round 51: a noun after an article or a thing's genitive is no first name ("bilens
  aksel", "den aksel"); a relative's "men nej, hun siger selv tre gange om ugen" corrects the
  value (no offer turned down: "hun" is the citizen).
"""

from __future__ import annotations

from datetime import date

import pytest
from compose_support import QUIET_ANSWERS, dialogue_goal
from conftest import understand
from engine_support import CONTENT, answered_until, card, go
from persona_expect import grammar_problems

from assistant.content import get_content
from assistant.dialogs.about import as_parent_sees_it
from assistant.dialogs.engine import new_state, start
from assistant.nlp.grammar import write_kin_names

TODAY = date(2026, 12, 7)
GRAMMAR = get_content("da").goals.grammar


def _facts(text: str):
    return understand(text, TODAY)


def _roles(text: str) -> dict:
    return (_facts(text).extras or {}).get("people_roles") or {}


def _wish(text: str) -> str | None:
    return (_facts(text).extras or {}).get("action")


# --- a refusal with the modal left out ----------------------------------------------------


@pytest.mark.parametrize(
    ("said", "person"),
    [
        (
            "Min svoger siger han vil hjælpe, men han snakker kun politik hele aftenen, ham vi "
            "ikke regne med.",
            "svoger",
        ),
        ("min bror, ham jeg ikke spørge, han har travlt med sit", "bror"),
        ("Naboen hun vil gerne, men hende vi aldrig bede om noget.", "nabo"),
        ("min svigersøn han siger ja men ham jeg ikke regne med", "svigersøn"),
    ],
)
def test_a_refusal_with_the_modal_left_out(said, person):
    assert _roles(said).get(person) == "unwanted"


@pytest.mark.parametrize(
    ("said", "person"),
    [
        # counted on, no "ikke": help
        ("Min søn hjælper mig, ham vi altid regne med.", "søn"),
        # the no is of another thing, said by the person: no refusal of them
        ("min datter kører mig, hun ikke glemmer det", "datter"),
        # a refusal of someone named after: the first one keeps their help
        ("Min veninde Dragana henter mig. Min svoger, ham jeg ikke spørge.", "veninde"),
    ],
)
def test_help_beside_the_short_refusal_stays(said, person):
    assert _roles(said).get(person) in {"helper", "companion"}


@pytest.mark.parametrize(
    ("said", "person"),
    [
        # review 52 #6: "jeg aldrig bede" of one who comes unasked, said by the next clause
        ("Min søn jeg aldrig bede, han kommer selv hver dag og hjælper mig.", "søn"),
        ("min datter jeg ikke spørge, hun ringer selv og kører mig", "datter"),
        ("min soen jeg ikke bede, han kommer og handler for mig", "søn"),
        ("Min nevø jeg aldrig spørge. Han kommer selv og hjælper mig med indkøb.", "nevø"),
    ],
)
def test_one_who_comes_unasked_helps(said, person):
    assert _roles(said).get(person) == "helper"


@pytest.mark.parametrize(
    ("said", "person"),
    [
        # the next clause says no help, or help not given: still refused
        ("min søn jeg ikke spørge, han har travlt", "søn"),
        ("min søn jeg ikke spørge, han hjælper mig aldrig", "søn"),
        ("min datter jeg ikke bede, hun bor i Aalborg", "datter"),
        ("Min svoger, ham jeg ikke bede om noget. Min datter hjælper.", "svoger"),
        # another person helps in the next clause
        ("min søn jeg ikke spørge, min datter kommer og hjælper mig", "søn"),
        # no asking refused: the help after is not the speaker's wish
        (
            "min nabo Ole cykler også til Hinnerup om morgenen, ham kan jeg følges med. ikke min "
            "svoger, han vil bare køre mig i bilen",
            "svoger",
        ),
    ],
)
def test_the_short_refusal_without_help_after_stays(said, person):
    assert _roles(said).get(person) == "unwanted"


# --- the citizen named by a relative between a helper and their "ham" ----------------------


_FAR = {"name": "din far", "of": "din fars", "pos": "hans", "kin": "child", "called": "far"}
_MOR = {"name": "din mor", "of": "din mors", "pos": "hendes", "kin": "child", "called": "mor"}


@pytest.mark.parametrize(
    ("said", "about", "meant"),
    [
        ("han tager værktøjet fra far", _FAR, "han tager værktøjet fra ham"),
        ("hun sidder ved siden af min mor", _MOR, "hun sidder ved siden af hende"),
        ("jeg går tur med Mor om søndagen", _MOR, "jeg går tur med hende om søndagen"),
    ],
)
def test_the_citizens_word_after_a_preposition_is_their_pronoun(said, about, meant):
    assert as_parent_sees_it(said, about, CONTENT.dialogue) == meant


@pytest.mark.parametrize(
    ("said", "about"),
    [
        ("far vil gerne bygge en bil", _FAR),  # the subject stays as said
        ("det er far der kører", _FAR),  # no preposition before it
        ("fra fars værksted", _FAR),  # a genitive: the thing, no pronoun
        ("mor er glad for det", _MOR),
    ],
)
def test_the_citizens_word_elsewhere_stays(said, about):
    assert as_parent_sees_it(said, about, CONTENT.dialogue) == said


def test_the_brother_refused_after_taking_tools_from_far_is_no_helper():
    said = as_parent_sees_it(
        "Oliver og jeg er der hver lørdag. Min bror Lars vil gerne hjælpe, men han bliver "
        "utålmodig og tager værktøjet fra far, så ham skal I ikke regne med.",
        _FAR,
        CONTENT.dialogue,
    )
    assert _roles(said).get("søn") == "unwanted"


# --- another person's wish before the one the answer is about -----------------------------


@pytest.mark.parametrize(
    ("said", "wish"),
    [
        (
            "Mit barnebarn vil gerne køre med i løbet. Jeg vil gerne bygge en sæbekassebil med "
            "mit barnebarn.",
            "bygge en sæbekassebil med mit barnebarn",
        ),
        (
            "min datter vil købe tykke nåle til mig. jeg vil hækle tæppe til min barnebarn",
            "hækle tæppe til min barnebarn",
        ),
        (
            "øh mit barnebarn vil saa gerne ud at fiske med mig og jeg vil gerne kunne gaa ned "
            "til aaen med ham",
            "gå ned til åen med mit barnebarn",
        ),
        # told by a relative, the family word turned to the citizen's ("hans barnebarn")
        (
            "hans barnebarn Oliver på ti år vil så gerne køre med i sæbekasseløbet i byen, og "
            "far har lovet ham det. Han vil gerne bygge en sæbekassebil med sit barnebarn.",
            "bygge en sæbekassebil med sit barnebarn",
        ),
        (
            "Hendes søn vil gerne have hende med på ferie. Hun vil gerne selv kunne gå i bad igen.",
            "gå i bad igen",
        ),
    ],
)
def test_a_later_wish_of_the_one_told_of_wins_over_an_owned_persons(said, wish):
    assert _wish(said) == wish


@pytest.mark.parametrize(
    ("said", "not_wish"),
    [
        # review 52 #3: after "hendes"/"hans", a later wish of the other gender's pronoun is the
        # owned person's again, and one with the citizen as its object is a wish for her
        (
            "Hendes barnebarn Oliver vil så gerne cykle med hende. Han vil gerne have hende med "
            "ud i skoven.",
            "have hende med ud i skoven",
        ),
        (
            "hendes soen vil gerne paa ferie med hende, han vil gerne have hende med til spanien",
            "have hende med til spanien",
        ),
        (
            "Hans datter vil så gerne gå tur med ham. Hun vil gerne have ham med i skoven.",
            "have ham med i skoven",
        ),
        (
            "øh hans barnebarn vil gerne fiske og hun vil gerne tage ham med ud på søen",
            "tage ham med ud på søen",
        ),
    ],
)
def test_a_later_wish_of_another_pronoun_is_not_the_citizens(said, not_wish):
    assert _wish(said) != not_wish


@pytest.mark.parametrize(
    ("said", "wish"),
    [
        # the later subject agrees with the owner word: the citizen's own wish
        (
            "Hendes barnebarn vil gerne spille fodbold. Hun vil gerne kunne se ham spille kamp",
            "se ham spille kamp",
        ),
        (
            "Hans barnebarn vil gerne fiske. Han vil gerne tage ham med ned til åen",
            "tage ham med ned til åen",
        ),
        (
            "Hans datter vil så gerne gå tur med ham. Han vil gerne kunne gå i skoven igen.",
            "gå i skoven igen",
        ),
        (
            "Hendes barnebarn Oliver vil så gerne cykle med hende. Hun vil gerne kunne cykle igen.",
            "cykle igen",
        ),
    ],
)
def test_a_later_wish_agreeing_with_the_owner_is_the_citizens(said, wish):
    assert _wish(said) == wish


@pytest.mark.parametrize(
    ("said", "wish"),
    [
        # told by a relative, "min mor"/"min mand" is the citizen: their wish stays
        (
            "min mor på 92 vil gerne selv lægge sit rene tøj sammen, hun vil bestemme hvor "
            "tingene ligger",
            "lægge sit rene tøj sammen",
        ),
        (
            "min mand vil gerne lære at skrive mails igen men han vil så gerne kunne skrive til "
            "vores søn i Norge",
            "lære at skrive mails igen",
        ),
        # no later wish of the speaker's: the only one stays
        ("Min nabo vil gerne køre mig til lægen.", "køre mig til lægen"),
        # the later wish negated: no wish of theirs to take
        (
            "Mit barnebarn vil gerne lære at strikke, men jeg vil ikke sidde stille så længe.",
            "lære at strikke",
        ),
    ],
)
def test_the_owned_persons_wish_stays_without_a_later_own_one(said, wish):
    assert _wish(said) == wish


def test_a_joint_wish_is_no_others():
    assert _wish("Min kone og jeg vil gerne danse igen.").startswith("danse igen")


# --- "Emil og hans lillesøster": the named one's kin ---------------------------------------


@pytest.mark.parametrize(
    ("said", "kin"),
    [
        ("Emil og hans lillesøster går med mig", "søster"),
        ("emil og hans søster hjælper mig om søndagen", "søster"),
        ("jeg ser min datter og hendes børn hver weekend", "barn"),
    ],
)
def test_the_kin_of_one_named_before_is_not_the_citizens(said, kin):
    assert kin not in _facts(said).people


@pytest.mark.parametrize(
    "said",
    [
        "min nabo og hendes mand hjælper mig med haven",
        "når min veninde og hendes mand kommer vil jeg gerne selv kunne dække bord",
        "jeg vil gerne invitere min nabo Inger og hendes mand på kaffe",
        "vi har kaffe med min veninde Lis og hendes mand om fredagen",
    ],
)
def test_a_pair_the_kin_table_lacks_keeps_its_lemma(said):
    """spec/analyze.md names people by lemma, and the golden sentences (blind26, blind75) list
    the neighbour's or friend's husband as "mand": only pairs people.yaml joined_kin knows
    ("min søn og hans kone": svigerdatter) are said as the citizen's kin."""
    assert "mand" in _facts(said).people


@pytest.mark.parametrize(
    ("said", "kin"),
    [
        ("jeg ser min datter og hendes børn hver weekend", "barnebarn"),
        ("Jeg bor i Gellerup med min datter og hendes børn.", "barnebarn"),
        ("min søn og hans kone kommer og hjælper mig", "svigerdatter"),
        ("mit barnebarn og hans lillesøster kommer og hjælper mig", "barnebarn"),
    ],
)
def test_the_kin_of_ones_own_named_before_is_said_as_the_citizens(said, kin):
    assert kin in _facts(said).people


@pytest.mark.parametrize(
    ("said", "kin"),
    [
        ("min søster og min mand hjælper mig", "søster"),  # the citizen's own
        ("Hun og hendes søster går tur hver dag", "søster"),  # told of the citizen
        ("jeg og min søster går tur", "søster"),
        ("min datter og hendes mand hjælper mig", "datter"),  # the first one stays
        # a relative's words turned to the citizen's: both are the citizen's
        ("hendes svigerdatter og hendes barnebarn hjælper", "barnebarn"),
        ("Mig og hendes svigerdatter.", "svigerdatter"),
    ],
)
def test_the_citizens_own_kin_stays(said, kin):
    assert kin in _facts(said).people


# --- a relative's family word and name in the reason ----------------------------------------


def test_a_relatives_named_son_is_the_citizens_grandson_in_the_reason():
    turn = go(start(CONTENT, new_state(CONTENT, today=TODAY)), card("paaroerende"), card("ja"))
    answers = {
        **QUIET_ANSWERS,
        "about": "Min far Ebbe.",
        "handover": card("ikke_selv"),
        "wish": "Min søn Oliver vil så gerne køre med i sæbekasseløbet i byen. Far vil gerne "
        "bygge en sæbekassebil med sit barnebarn.",
        "motivation": "Han siger, at det er det bedste, han ved, at stå i garagen med Oliver.",
    }
    text = answered_until(turn, answers, "confirm").goal_text
    assert "Oliver" not in text
    assert "sæbekassebil med mit barnebarn" in text
    assert "garagen med mit barnebarn" in text
    assert grammar_problems(text) == [], text


# --- review findings of round 51 -------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "bilens aksel knækkede",
        "at vognens aksel kan holde",
        "den aksel går",
        "en god karen kommer",
    ],
)
def test_a_noun_after_an_article_or_a_things_genitive_is_no_name(said):
    assert write_kin_names(said.split(), GRAMMAR) == said.split()


@pytest.mark.parametrize(
    ("said", "meant"),
    [
        ("fordi karen synger med", "fordi Karen synger med"),
        ("naboens karen kommer", "naboens Karen kommer"),
        ("så mettes karen kan", "så Mettes Karen kan"),
        ("med ole og holger", "med Ole og Holger"),
    ],
)
def test_a_first_name_typed_small_still_gets_its_capital(said, meant):
    assert " ".join(write_kin_names(said.split(), GRAMMAR)) == meant


@pytest.mark.parametrize(
    ("said", "times", "per"),
    [
        ("hver dag, men nej, hun siger selv tre gange om ugen", 3, "week"),
        ("han skal gå tur hver dag, men nej, han vil kun to gange om ugen", 2, "week"),
        ("hver dag men nej hun siger selv tre gange om ugen", 3, "week"),
        # review 52 #3 (low): a relative's "min mor" is no word of the speaker's own
        ("min mor vil gerne gå tur hver dag, men nej, hun siger selv tre gange om ugen", 3, "week"),
        ("min far skal gaa tur hver dag men nej han siger selv to gange om ugen", 2, "week"),
    ],
)
def test_a_relatives_men_nej_with_the_citizens_value_corrects_it(said, times, per):
    freq = _facts(said).frequency
    assert (freq.times, freq.per) == (times, per)


@pytest.mark.parametrize(
    ("said", "per"),
    [
        # "men nej, han …" of the speaker's brother-in-law: his offer, not a value of the wish
        (
            "jeg vil gerne sejle hver lørdag, min svoger vil med hver dag, men nej, han vil bare "
            "selv styre båden",
            "week",
        ),
        # the speaker said as "mig" only
        (
            "min søn vil køre mig hver dag, men nej, han vil bare selv bestemme to gange om ugen",
            "day",
        ),
    ],
)
def test_an_offer_turned_down_by_the_speaker_keeps_the_speakers_value(said, per):
    freq = _facts(said).frequency
    assert (freq.times, freq.per) == (1, per)


# --- the purpose of another's advice before the wish ---------------------------------------------


def _reason(text: str) -> str | None:
    return (_facts(text).extras or {}).get("reason")


@pytest.mark.parametrize(
    "said",
    [
        "Min datter synes, jeg bare skal synge med i koret, så jeg ikke skal stå foran. Nej, det "
        "vil jeg ikke. Jeg vil dirigere seniorkoret igen.",
        "min soen siger at jeg skal ha hjemmeplejen saa jeg ikke falder. det gider jeg ikke. jeg "
        "vil selv gaa i bad",
        "øh lægen mener jeg bør tage bussen så jeg ikke går for langt men jeg vil gerne gå til "
        "havnen igen",
        "Min svigersøn sagde, at man skal have en havemand, så man ikke får ondt i ryggen. Jeg vil "
        "selv slå græsset igen.",
        # told by a relative, the advice after the wish: "hun" is the citizen told what to do
        "Hun vil gerne gå i kirke igen om søndagen. Min bror siger, at hun skal tage taxa, så hun "
        "ikke falder, men det vil hun ikke.",
        "han vil gerne spille kort igen med sine venner. Hans søn siger han skal blive hjemme så "
        "han ikke bliver træt. Men han vil selv",
    ],
)
def test_the_purpose_of_anothers_advice_is_no_reason(said):
    assert _reason(said) is None


@pytest.mark.parametrize(
    ("said", "reason"),
    [
        # the speaker's own view: her own purpose
        (
            "Jeg synes, jeg skal ud at gå mere, så jeg kan blive stærk. Jeg vil gå til havnen.",
            "så jeg kan blive stærk",
        ),
        # the purpose said after the wish is the wish's own
        (
            "Min datter synes, jeg skal synge med. Jeg vil dirigere koret, så jeg kan være med.",
            "så jeg kan være med",
        ),
        # help told, no advice: the purpose stays
        (
            "Min søn hjælper mig, så jeg kan komme ud. Jeg vil gerne gå til havnen.",
            "så jeg kan komme ud",
        ),
        # the adviser's own deed, the purpose the citizen's
        (
            "Min søn siger, han skal nok køre mig, så jeg kan komme ud. Jeg vil ud at handle.",
            "så jeg kan komme ud",
        ),
        # the purpose in the wish's own sentence, the advice after it
        (
            "Jeg vil gå tur i skoven, så jeg kan se fuglene. Min søn siger jeg skal passe på.",
            "så jeg kan se fuglene",
        ),
        # advice of what another should: no advice to the citizen
        (
            "Min datter siger, hun skal arbejde, så jeg kan ikke regne med hende. Jeg vil gerne "
            "bage igen, så jeg kan give kager til børnebørnene.",
            "så jeg kan give kager til børnebørnene",
        ),
    ],
)
def test_a_purpose_of_ones_own_stays(said, reason):
    assert _reason(said) == reason


# --- a short relative clause in the sign -----------------------------------------------------


def _sign(measure: str) -> str:
    goal = dialogue_goal(wish="jeg vil gerne røge sild i røgeovnen igen", measure=measure)
    return goal.split("når jeg kan ", 1)[1].split(". Det vil", 1)[0]


@pytest.mark.parametrize(
    ("measure", "sign"),
    [
        (
            "At jeg selv kan tænde op og sidde ved ovnen den time, det tager, uden at skulle gå "
            "ind og hvile mig.",
            "tænde op og sidde ved ovnen den time, det tager, uden at skulle gå ind og hvile mig",
        ),
        (
            "øh at jeg kan passe ovnen den halve dag, det tager, uden at sætte mig",
            "passe ovnen den halve dag, det tager, uden at sætte mig",
        ),
    ],
)
def test_a_short_relative_clause_stays_in_the_sign(measure, sign):
    assert _sign(measure) == sign


@pytest.mark.parametrize(
    ("measure", "sign"),
    [
        # a comment of its own between commas, no noun it tells of: cut as before
        (
            "at jeg kan gå ned til havnen, det er en kilometer, uden at stoppe",
            "gå en kilometer ned til havnen uden at stoppe",
        ),
        (
            "at jeg kan læse hele juleevangeliet uden at gå i stå det tager vel en 5 minutter",
            "læse hele juleevangeliet uden at gå i stå",
        ),
    ],
)
def test_a_comment_after_the_sign_still_goes(measure, sign):
    assert _sign(measure) == sign
