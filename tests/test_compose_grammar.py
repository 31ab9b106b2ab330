"""Property test: thousands of composed goal sentences, each linted for Danish grammar."""

from __future__ import annotations

import itertools
import re

import pytest
from persona_expect import grammar_problems

from assistant import CONTENT_ROOT
from assistant.content import get_content
from assistant.content.grammar import fold
from assistant.nlp.compose import compose, measure_phrase
from assistant.nlp.grammar import polish
from assistant.nlp.lemmas import content_words, full_table

CONTENT = get_content("da")
GOALS = CONTENT.goals
GRAMMAR = GOALS.grammar

# Own phrases as the wish analysis hands them over: a citizen's and a relative's ("sin", "sig").
OWN = [
    None,
    "ud at danse igen",
    "bage en kage til sin søns fødselsdag",
    "øh handle i Netto",
    "ikke falde mere",
    "se sit barnebarn",
    "gå ned til bageren med min rollator",
    "gå en tur",
]
MEASURES = [
    [],
    [{"value": 500, "unit": "meter"}],
    [{"value": 20, "unit": "minut"}],
    [{"value": 2, "unit": "kilo"}],
    [{"value": 5, "unit": "gang"}],
    [{"value": 2, "unit": "etage"}],
    [{"value": 14, "unit": "trin"}, {"value": 10, "unit": "minut"}],
]
REASONS = [
    None,
    "så hun kan besøge sin søster",
    "for at kunne hente min avis selv",
    "så jeg ser mine venner",
    "så min kone kan sove om natten",
    "saa jeg kan saa jeg kan komme ud",
    "fordi min kone og jeg dansede altid, hun er død nu",
    "ikke vente på hjemmeplejen",
    "så han kan se jeg klarer mig",
    "for ikke at falde",
    "fordi jeg gerne vil se mine børnebørn",
    "altså så jeg ikke skal bede min søn om hjælp",
]
FREQUENCIES = [None, {"times": 2, "per": "week"}, {"times": 1, "per": "day", "every": 2}]
DEADLINES = [None, "2026-12-24", "2027-03-01"]
HELP = [
    {},
    {"independence": "selv"},
    {"independence": "hjaelpemiddel", "aids": ["rollator"]},
    {"independence": "med_hjaelp", "people": ["datter"]},
]
SPEAKERS = ["citizen", "relative"]
# Signs as the measure step hands them over: one saying the wish's place again, a relative's
# with the citizen in another's clause, a spoken approximation.
CRITERIA = [
    None,
    "gå ned til bageren med min rollator uden at stoppe",
    "sætte mig ind og komme ud igen uden at hans datter skal løfte ham",
    "gå ud til lågen en tredive meter og så tilbage igen",
]
# Spoken shapes of the sign and the wish (signgrammar), in a grid of their own: a verb after
# "og", a state, a way told with its distance, a degree said late, a spoken apposition, a range.
SPOKEN_SIGNS = [
    "være med til hele koncerten om torsdagen og synger med",
    "pillerne er væk fra æsken",
    "fra stoppestedet og op til graven er det en to hundrede meter og så tilbage igen",
    "ned til havnen er der en 500 meter",
    "gøre det færdig helt",
    "hente mine ting øh syltetøjet og kartoflerne og bærer dem op",
    # an afterthought list glued on, broken typed words (spokenpaste)
    "lave en varm ret fra start til slut kartofler og kød og sovs",
    "to... rugbrød",
]
SPOKEN_WISHES = [
    None,
    "vande mine blomster på altanen altså pelargonierne og tomaterne",
    "læse en hel bog igen fra start til slut",
    # a self-repair, a restated object, a broken typed word (spokenpaste)
    "gå i bad selv øh tage et brusebad",
    "lave rigtig mad igen altså varm mad",
    "smøre, mad",
]


def _grid():
    rows = itertools.product(sorted(CONTENT.activities), OWN, MEASURES, SPEAKERS)
    for k, (activity, own, measures, speaker) in enumerate(rows):
        yield {
            "activity": activity,
            "own_action": own,
            "measures": measures,
            "speaker": speaker,
            "motivation": REASONS[k % len(REASONS)],
            "frequency": FREQUENCIES[k % len(FREQUENCIES)],
            "deadline": DEADLINES[(k // 3) % len(DEADLINES)],
            **HELP[(k // 7) % len(HELP)],
            "criterion": CRITERIA[(k // 5) % len(CRITERIA)],
        }


@pytest.fixture(scope="module")
def dictionary() -> set[str]:
    """Every Danish form of spacy-lookups-data plus every word of the content (slow: once)."""
    table = full_table()
    words = {w.lower() for w in table} | {w.lower() for w in table.values()}
    return words | {w.lower() for w in content_words(CONTENT_ROOT / "da")}


def _words(sentence: str) -> list[str]:
    return [w.lower() for w in re.findall(r"[\wæøåÆØÅ]+", sentence) if not w.isdigit()]


# The persona lint's findings of the sign sentence's spoken shapes (signgrammar)
_SIGN_SHAPES = (
    "a finite verb inside the modal",
    "a present tense joined",
    "a spoken range",
    "a degree after",
    "an apposition without",
    # spoken self-repairs and broken words pasted in (spokenpaste)
    "two verb phrases side by side",
    "a noun restated after",
    "an ellipsis",
    "a comma between a verb",
    "a comma after a genitive",
    "a name in lower case",
    # story pieces and broken joins the blind rounds 103-104 found (grammar5)
    "a clause joined with ', og at'",
    "an 'at' clause after a verb of a thing",
    "a capital inside the sentence",
    "a mishap verb without",
    "an inverted spoken clause",
    "a spoken attribution",
)
_SAID_TWICE = 4  # words in a row that, said twice anywhere in a goal, say one thing twice


def _lint(sentence: str, dictionary: set[str]) -> list[str]:
    problems = []
    low = sentence.lower()
    words = _words(sentence)
    if re.search(r"\b(kan|kunne|vil|skal) (kan|kunne)\b", low.replace("vil kunne", "vil_kunne")):
        problems.append("doubled modal")
    if "kan kunne" in low or "kunne kunne" in low or "vil kunne ikke" in low:
        problems.append("modal stacking or misplaced negation")
    if any(a == b for a, b in itertools.pairwise(words)):
        problems.append("doubled word")
    for n in (2, 3, 4):
        grams = [tuple(words[i : i + n]) for i in range(len(words) - n + 1)]
        if any(grams[i] == grams[i + n] for i in range(len(grams) - n)):
            problems.append(f"doubled run of {n} words")
    grams = [tuple(words[i : i + _SAID_TWICE]) for i in range(len(words) - _SAID_TWICE + 1)]
    if len(set(grams)) < len(grams):  # the sign says the wish again ("et rum ad gangen")
        problems.append("a run of words said twice")
    clauses = [fold(c) for c in re.findall(r"så jeg kan|så jeg|fordi", low)]
    if clauses.count("saa jeg kan") > 1:
        problems.append("doubled reason clause")
    for a, b in itertools.pairwise(sentence.split()):
        if a.lower() == "min" and GRAMMAR.noun_kind(b) == "n":
            problems.append(f"'min {b}'")
    problems += [p for p in grammar_problems(sentence) if p.startswith(_SIGN_SHAPES)]
    unknown = [w for w in words if w not in dictionary]
    if unknown:
        problems.append(f"unknown words {unknown}")
    return problems


def test_a_grid_of_goals_is_grammatical_danish(dictionary):
    sentences = [(facts, compose(facts, GOALS)[0]) for facts in _grid()]
    assert len(sentences) >= 2000
    bad = []
    for facts, sentence in sentences:
        problems = _lint(sentence, dictionary)
        if problems:
            bad.append(f"{sentence}  <- {problems} {facts}")
    assert not bad, f"{len(bad)} bad sentences, e.g.:\n" + "\n".join(bad[:15])


def test_a_grid_of_spoken_signs_is_grammatical_danish(dictionary):
    rows = itertools.product(
        sorted(CONTENT.activities), SPOKEN_WISHES, SPOKEN_SIGNS, SPEAKERS, MEASURES[:3]
    )
    bad = []
    for k, (activity, own, sign, speaker, measures) in enumerate(rows):
        facts = {
            "activity": activity,
            "own_action": own,
            "criterion": sign,
            "speaker": speaker,
            "measures": measures,
            "frequency": FREQUENCIES[1 + k % 2],
            "frequency_said": "en tre fire gange om ugen" if k % 3 == 0 else None,
            "deadline": DEADLINES[1],
            **HELP[k % len(HELP)],
        }
        sentence = compose(facts, GOALS)[0]
        problems = _lint(sentence, dictionary)
        if problems:
            bad.append(f"{sentence}  <- {problems} {facts}")
    assert k >= 1000
    assert not bad, f"{len(bad)} bad sentences, e.g.:\n" + "\n".join(bad[:15])


def test_the_lint_catches_what_it_should(dictionary):
    assert _lint("Jeg vil kunne ikke falde.", dictionary)
    assert _lint("Jeg vil kunne gå, så jeg kan kunne hente min avis.", dictionary)
    assert _lint("Jeg vil kunne se min barnebarn.", dictionary)
    doubled = "Jeg vil kunne gå, så jeg kan gå til bageren så jeg kan gå til bageren."
    assert _lint(doubled, dictionary)
    assert _lint("Jeg vil kunne gå gå.", dictionary)
    assert _lint("Jeg vil kunne blorfe.", dictionary)
    twice = (
        "Jeg vil kunne støvsuge min stue et rum ad gangen. Jeg ved, at jeg har nået det, når jeg "
        "kan tage et rum ad gangen."
    )
    assert _lint(twice, dictionary)
    assert not _lint("Jeg vil kunne se mit barnebarn, så jeg ser mine venner.", dictionary)
    # the sign sentence's spoken shapes (signgrammar)
    assert _lint("Jeg ved, at jeg har nået det, når jeg kan pillerne er væk.", dictionary)
    assert _lint("Jeg vil kunne læse tre fire sider om dagen.", dictionary)
    assert _lint("Jeg vil kunne gå ud og synger med.", dictionary)
    # spoken self-repairs and broken words pasted in (spokenpaste)
    assert _lint("Jeg vil kunne gå i bad tage et brusebad.", dictionary)
    assert _lint("Jeg vil kunne lave rigtig mad igen varm mad.", dictionary)
    assert _lint("Jeg vil kunne smøre, mad hver dag.", dictionary)
    assert _lint("Jeg ved, at jeg har nået det, når jeg kan smøre to... rugbrød.", dictionary)
    assert _lint("Jeg vil kunne ringe til min søster birthe.", dictionary)


def test_a_stored_measure_is_never_dropped_from_the_sentence():
    facts = {"activity": "indkoeb", "own_action": "handle ind", "measures": [
        {"value": 400, "unit": "meter"}]}  # fmt: skip
    sentence, unplaced = compose(facts, GOALS)
    assert unplaced == []
    assert sentence.endswith("Jeg ved, at jeg har nået det, når jeg kan klare 400 meter.")
    assert "bære" not in sentence
    for facts in _grid():  # a sign that names the measure's unit says it itself
        facts = {**facts, "criterion": None}
        sentence, unplaced = compose(facts, GOALS)
        assert unplaced == [], (sentence, facts)
        for measure in facts["measures"]:
            assert measure_phrase(measure, GOALS) in sentence, (sentence, facts)


def test_an_answers_typed_capital_is_small_inside_the_goal_but_names_stay():
    grammar = GRAMMAR
    assert polish("Jeg vil selv kunne Rede seng Hver morgen", grammar) == (
        "Jeg vil selv kunne rede seng hver morgen"
    )
    assert polish("Jeg vil kunne gå med Bo til Brugsen Med min stok", grammar) == (
        "Jeg vil kunne gå med Bo til Brugsen med min stok"
    )
    # a criterion typed as its own sentence ("At der ikke ligger nogen piller tilbage")
    assert polish("når jeg kan huske At der ikke ligger piller hos Inge", grammar) == (
        "når jeg kan huske at der ikke ligger piller hos Inge"
    )


@pytest.mark.parametrize(
    "fine",
    [
        # a title of a song, a hymn, a book or a film after its verb keeps the capital typed
        "Jeg vil selv kunne spille Den blå anemone på mit orgel igen",
        "Jeg vil gerne kunne synge Det er hvidt herude med koret til jul",
        "Jeg vil kunne læse Den lille prins højt for mit barnebarn",
        "Jeg vil kunne se Det lille hus på prærien i fjernsynet om søndagen",
        "Jeg vil kunne synge Der er et yndigt land til fødselsdagen",
        "Jeg vil gerne kunne spille En lille nisse rejste på klaveret for børnebørnene",
        "Jeg vil kunne synge Jeg ved en lærkerede for mit oldebarn",
        "Jeg vil kunne høre Det var på Frederiksberg i radioen uden at slukke",
        "Hun vil gerne kunne synge De nære ting med i kirken igen",
        "Jeg vil kunne spille Det var en lørdag aften på harmonika hver anden dag",
        "Jeg vil kunne synge I østen stiger solen op i kirken til jul",
    ],
)
def test_a_title_after_its_verb_keeps_its_capital(fine):
    assert polish(fine, GRAMMAR) == fine
    assert not [p for p in grammar_problems(fine) if "capital" in p], fine


def test_a_typed_capital_after_a_title_verb_is_small_when_no_title_follows():
    assert polish("Jeg vil kunne spille kort Hver onsdag", GRAMMAR) == (
        "Jeg vil kunne spille kort hver onsdag"
    )
    assert polish("Jeg vil kunne se Det", GRAMMAR) == "Jeg vil kunne se det"
    assert polish("Jeg vil kunne spille Med mine venner", GRAMMAR) == (
        "Jeg vil kunne spille med mine venner"
    )


@pytest.mark.parametrize(
    "fine",
    [
        # a first name right after a modal is its clause's subject, no infinitive to lower
        "Jeg vil kunne gå derned, og så skal Inge ikke gå derned i det sjap",
        "Jeg vil kunne handle selv, så kan Grethe komme med, når hun vil",
        "Han vil kunne tage bussen, og så behøver Hanne ikke køre ham",
        "Jeg vil kunne lave mad, så skal Bente også spise med",
        "Hun vil kunne gå i bad selv, så skal Birthe heller ikke komme om morgenen",
    ],
)
def test_a_first_name_after_a_modal_keeps_its_capital(fine):
    assert polish(fine, GRAMMAR) == fine


@pytest.mark.parametrize(
    ("pasted", "mended"),
    [
        # a clause cut short ends on a whole word, not on its conjunction
        ("Jeg vil kunne gå, så Kristian ikke skal køre mig med køerne og", "med køerne"),
        ("Jeg vil kunne gå, så jeg ikke skal ligge der igen og, fordi jeg vil", "der igen,"),
        ("Jeg vil kunne bage, så jeg kan give min søster noget men", "søster noget"),
        ("Jeg vil kunne cykle, så jeg kan se mine venner eller", "mine venner"),
        # spoken fillers pasted from an answer; the comma after them stays
        ("Jeg vil kunne cykle med elcyklen altså, så min kone kan sove", "elcyklen, så"),
        ("Jeg vil kunne gå øh ned til bageren", "gå ned til"),
        ("Jeg vil kunne handle i Netto ik", "i Netto"),
        # a third-person reflexive in a clause of "jeg" is the first person's
        ("Jeg vil kunne gå, så jeg ikke føler mig som en patient i sit eget hjem", "i mit eget"),
        ("Jeg vil kunne køre, så jeg kan komme derud og fiske og se sine venner", "se mine venner"),
        ("Jeg vil kunne gå, så jeg kan besøge sin søster", "besøge min søster"),
        ("Jeg vil kunne gå, fordi jeg savner sine børnebørn", "savner mine børnebørn"),
        # the noun of a compound decides, past an adjective too
        ("Jeg vil kunne vaske min beskidte undertøj", "mit beskidte undertøj"),
        ("Jeg vil kunne rydde op i min gamle værktøjsskab", "mit gamle værktøjsskab"),
        ("Jeg vil kunne se min søde oldebarn", "mit søde oldebarn"),
        # a fixed phrase opened by an article takes the article's gender ("et og alt")
        ("Jeg vil kunne vande, fordi haven er min et og alt", "mit et og alt"),
        ("Jeg vil kunne køre, fordi sommerhuset er min et og alt", "er mit et og alt"),
        # a spoken sentence run on without a join gets a comma; one that says when, no opening
        ("Jeg vil kunne gå, så jeg kan se fiskerne det er der jeg hører til", "fiskerne, det er"),
        ("Jeg vil kunne gå, fordi jeg har gået i klubben i 50 år det er mit andet hjem", "år, det"),
        ("Jeg vil kunne gå med til læsekredsen igen den er hver anden onsdag", "igen hver anden"),
        ("Jeg vil kunne gå til gymnastik igen det er om tirsdagen", "igen om tirsdagen"),
        (
            "Jeg vil kunne læse, så jeg kan se dødsannoncerne haha det er det første",
            "annoncerne, det",
        ),
        # an agreeing word tells the number when the noun is unknown
        ("Jeg vil kunne læse, fordi det er min egne sager", "mine egne sager"),
        # a pasted full stop inside the sentence
        ("Jeg vil kunne være der hele formiddagen. ni til tolv", "formiddagen, ni"),
        # verb phrases said as a list without commas (speech, a dropped "altså")
        ("Jeg vil kunne stå op kl 8 spise morgenmad og gå en tur", "kl 8, spise morgenmad og"),
        ("Jeg vil kunne bruge min telefon skrive beskeder og høre dem", "telefon, skrive"),
        ("Jeg vil selv kunne vaske mit tøj igen køre en maskine og hænge det op", "igen, køre"),
        ("Jeg kan rydde op i køkkenet tage opvasken og tørre bordet af", "køkkenet, tage"),
        ("Jeg vil kunne gå i haven plukke æbler og lave kaffe", "haven, plukke"),
        # a stutter with no comma between stays a stutter
        ("Jeg vil kunne gå ud om om morgenen", "gå ud om morgenen"),
    ],
)
def test_polish_mends_pasted_pieces(pasted, mended):
    result = polish(pasted, GRAMMAR)
    assert mended in result and result != pasted, result


@pytest.mark.parametrize(
    "fine",
    [
        # a reflexive in a clause with its own subject
        "Jeg vil kunne gå, så min kone kan se sine venner",
        "Jeg vil kunne hjælpe min kone med at finde sine briller",
        "Jeg vil kunne gå, så jeg og Bo kan, så han kan se sine venner",
        "Jeg vil kunne gå og min kone kan se sine venner",
        # the noun decides
        "Jeg vil kunne passe min lille køkkenhave",
        "Jeg vil kunne gå med min gamle stok",
        # no sentence end
        "Jeg vil kunne gå ud kl. ti den 2. marts",
        # a particle, a subject at the end
        "Jeg vil kunne tage mine strømper på",
        "Jeg vil kunne gå, så min kone kan sove",
        # no list of verb phrases: an object and its infinitive, nouns and comparatives in -e
        "Jeg vil kunne se børnene spille fodbold og drikke kaffe",
        "Jeg vil kunne drikke en kop kaffe og spise",
        "Jeg vil kunne hænge en hel maskine op og sætte mig",
        "Jeg vil kunne bage de tre bunde og lave cremen",
        "Jeg vil kunne gå i bad to gange om ugen og klare mig",
        "Jeg vil kunne gå 2 gange om ugen og handle",
        "Jeg vil kunne bruge lidt længere tid og gøre det selv",
        "Jeg vil kunne gå hen til barberen nede på hjørnet og blive klippet",
        "Jeg vil kunne danse med hende og jeg vil ikke sidde på en stol og kigge",
        # a noun after a quantifier or a possessive is no verb of a list (round 30, measure30)
        "Jeg vil kunne putte alle flaskerne og dåserne i automaten og få bonen",
        "Jeg vil kunne bære alle posterne op og sætte dem på plads",
        "Jeg vil kunne hente begge bøtterne i skuret og fylde dem",
        "Jeg vil kunne vande alle planterne i stuen og tørre op",
        "Jeg vil kunne tørre mange kopperne af og stille dem ind",
        "Jeg vil kunne lægge mine skjorterne sammen og hænge dem op",
        "Jeg vil kunne bære nogle flasker ned og komme op igen",
        "Jeg vil kunne samle alle æggene og vaske dem",
        "Jeg vil kunne tage begge hjulene af og sætte dem på igen",
        "Jeg vil kunne sætte alle lysene i stagerne og tænde dem",
        # "det er" joined to its clause: a lead, a verb of saying, a question word
        "Jeg vil selv kunne huske hvilken dag det er og hvem der kommer",
        "Jeg vil kunne gå, fordi jeg synes det er sjovt",
        "Jeg vil kunne gå i haven, og det er vigtigt for mig",
        "Jeg vil kunne gå, så er det ikke altid min søn der skal hente",
        # the preposition then the conjunction: said twice on purpose
        "Jeg vil kunne lave mad, så min datter ikke skal bekymre sig om, om jeg spiser",
        "Jeg vil kunne gå, så min søn ikke skal være i tvivl om, om jeg er faldet",
    ],
)
def test_polish_keeps_what_is_fine(fine):
    assert polish(fine, GRAMMAR) == fine


@pytest.mark.parametrize(
    ("criterion", "speaker", "sign"),
    [
        ("oppe og har tøj på", "citizen", "når jeg kan være oppe og have tøj på."),
        ("hjemme igen inden frokost", "citizen", "når jeg kan være hjemme igen inden frokost."),
        (
            "at han er med hele gudstjenesten og deler salmebøgerne ud",
            "relative",
            "når jeg kan være med hele gudstjenesten og dele salmebøgerne ud.",
        ),
        ("at hun går hele vejen uden at stoppe", "relative", "når jeg kan gå hele vejen uden"),
        ("at jeg kan gå ned til bageren", "citizen", "når jeg kan gå ned til bageren."),
        ("at jeg går ned og henter avisen", "citizen", "kan gå ned og hente avisen."),
        # a word that only says it is so stands between the subject and the verb (round 22)
        ("at jeg faktisk går ned og henter avisen", "citizen", "når jeg kan gå ned og hente"),
        ("at hun virkelig går hele vejen til kirken", "relative", "når jeg kan gå hele vejen til"),
        ("at jeg rent faktisk kommer derud og bliver der", "citizen", "kan komme derud og blive"),
    ],
)
def test_a_sign_told_as_a_clause_becomes_a_verb_phrase(criterion, speaker, sign):
    facts = {"activity": "gang", "own_action": "gå ture", "criterion": criterion}
    assert sign in compose({**facts, "speaker": speaker}, GOALS)[0]


def test_an_aid_named_as_a_mass_noun_takes_the_word_said_for_it():
    # round 26 (fragments7): "specialbestik" has no article to put the word said after; a word
    # said for it that the grammar knows takes its definite form, an unknown one leaves the name
    facts = {"activity": "spise_og_drikke", "own_action": "smøre min mad"}
    facts |= {"independence": "hjaelpemiddel", "aids": ["specialbestik"]}
    said = compose({**facts, "aid_words": {"specialbestik": "rokkekniv"}}, GOALS)[0]
    assert "med rokkekniven" in said and "specialbestik" not in said, said
    # round 34 (hun34): "vinkelbestik" is known now ("bestikket", hunspell-da's doubled
    # consonant); a word typed with a slip ("rokkeknif") is the unknown one
    said = compose({**facts, "aid_words": {"specialbestik": "vinkelbestik"}}, GOALS)[0]
    assert "med vinkelbestikket" in said, said
    said = compose({**facts, "aid_words": {"specialbestik": "rokkeknif"}}, GOALS)[0]
    assert "med specialbestik" in said, said


def test_an_aid_said_as_a_cut_clause_is_no_aid_phrase():
    facts = {"activity": "toejvask", "own_action": "vaske mit tøj", "independence": "hjaelpemiddel"}
    for said, kept in [
        ("med hvad", None),
        ("med en seddel med hvad", "med en seddel"),
        ("med en kande med streger på", "med en kande med streger på"),
    ]:
        sentence = compose({**facts, "aid_said": said}, GOALS)[0]
        assert "hvad" not in sentence, sentence
        assert kept is None or kept + "." in sentence, sentence


def test_a_relatives_comparison_with_the_citizen_is_in_the_first_person():
    facts = {"activity": "gang", "own_action": "sy tøj hver onsdag som han gjorde før"}
    relative = compose({**facts, "speaker": "relative"}, GOALS)[0]
    assert "som jeg gjorde før" in relative
    assert "som han gjorde før" in compose({**facts, "speaker": "citizen"}, GOALS)[0]


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("spise med sådan en tung ske", "spise med en tung ske"),
        ("ringe med sådan en telefon", "ringe med en telefon"),
        ("gå med sån et stativ", "gå med et stativ"),
        ("strikke med sådan nogle tykke pinde", "strikke med nogle tykke pinde"),
        ("gøre det sådan", "gøre det sådan"),
        ("gå de der seks hundrede meter derop", "gå de seks hundrede meter derop"),
        ("gå de der 600 meter", "gå de 600 meter"),
        ("hilse på de der kommer", "hilse på de der kommer"),
        # "den der", "det der" before a thing: the spoken "der" goes, the pointing stays
        ("lave min egen mad i stedet for den der mad fra kommunen",
         "lave min egen mad i stedet for den mad fra kommunen"),
        ("skære kødet med det der skærebræt med pigge", "skære kødet med det skærebræt med pigge"),
        ("læse med de der store briller", "læse med de store briller"),
        # before a verb, an adverb or a negation, "der" begins a relative clause
        ("fordi det er det der er jul for os", "fordi det er det der er jul for os"),
        ("ringe til den der ikke svarer", "ringe til den der ikke svarer"),
        ("snakke med dem, det der hjælper mig", "snakke med dem, det der hjælper mig"),
    ],
)  # fmt: skip
def test_spoken_pointing_before_an_article_is_left_out(said, written):
    assert polish(said, GOALS.grammar) == written


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("snakke sammen uden at jeg skal råbe hvad", "snakke sammen uden at jeg skal råbe"),
        ("ringe til min søster og spørge hvem.", "ringe til min søster og spørge."),
        ("betale uden at spørge hvilken, så jeg kan", "betale uden at spørge, så jeg kan"),
        ("læse avisen, så jeg ved hvad der sker", "læse avisen, så jeg ved hvad der sker"),
    ],
)
def test_a_clause_never_ends_on_a_question_word(said, written):
    assert polish(said, GOALS.grammar) == written


@pytest.mark.parametrize(
    ("criterion", "written"),
    [
        ("sætte mig ind og komme ud igen uden at hans datter skal løfte ham",
         "uden at min datter skal løfte mig."),
        ("gå i bad uden at hendes søn skal stå og holde hende",
         "uden at min søn skal stå og holde mig."),
        # the citizen as the clause's own subject, or both genders: as told
        ("gå i bad uden at hun skal hjælpe hende", "uden at hun skal hjælpe hende."),
        ("gå i bad uden at hans kone skal hjælpe hende", "uden at hans kone skal hjælpe hende."),
    ],
)  # fmt: skip
def test_a_relatives_sign_names_the_citizen_in_the_first_person_in_another_s_clause(
    criterion, written
):
    facts = {"activity": "forflytning", "own_action": "komme ind og ud af bilen"}
    assert written in compose({**facts, "criterion": criterion, "speaker": "relative"}, GOALS)[0]
    citizen = compose({**facts, "criterion": criterion, "speaker": "citizen"}, GOALS)[0]
    assert criterion.split(" uden ")[1] in citizen  # a citizen's "hans datter" is someone's


@pytest.mark.parametrize(
    ("activity", "own", "criterion", "wish", "sign"),
    [
        # the sign's place says the wish's again: the sign keeps what it adds
        ("forflytning", "komme fra kørestolen over i sengen",
         "flytte mig fra kørestolen over i sengen med glidebrættet",
         "komme fra kørestolen over i sengen", "når jeg kan flytte mig med glidebrættet."),
        ("toejvask", "hænge vasketøjet op på tørresnoren i haven",
         "bære kurven ud på tørresnoren i haven og hænge det hele op",
         "hænge vasketøjet op på tørresnoren i haven",
         "når jeg kan bære kurven ud og hænge det hele op."),
        ("fritid", "spille kort med mine venner i klubben",
         "sidde hele eftermiddagen med mine venner i klubben",
         "spille kort med mine venner i klubben", "når jeg kan sidde hele eftermiddagen."),
        # the sign's object is the wish's tail: the wish keeps its verb and object
        ("rengoering", "støvsuge min lejlighed igen i bidder et rum ad gangen",
         "tage et rum ad gangen og så sidde og puste ud",
         "støvsuge min lejlighed igen i bidder",
         "når jeg kan tage et rum ad gangen og så sidde og puste ud."),
        # a way joined by "og" in the sign's middle the wish says already goes from the sign
        ("toilet", "komme fra sengen over i kørestolen og ud på toilettet om natten",
         "at jeg selv kommer over i stolen med brættet og ud på toilettet og tilbage i seng",
         "komme fra sengen over i kørestolen og ud på toilettet om natten",
         "når jeg kan komme over i stolen med brættet og tilbage i seng."),
        ("toilet", "komme ud af sengen og ud på badeværelset om natten",
         "komme op i rollatoren og ud på badeværelset og tilbage igen uden hjælp",
         "komme ud af sengen og ud på badeværelset om natten",
         "når jeg kan komme op i rollatoren og tilbage igen uden hjælp."),
        ("paaklaedning", "tage tøj på og ud i køkkenet om morgenen",
         "få tøjet på og ud i køkkenet inden klokken 9",
         "tage tøj på og ud i køkkenet om morgenen", "når jeg kan få tøjet på inden klokken 9."),
        # the sign opens with the end of the wish ("lære at …", "øve mig i at …"): "gøre det"
        ("forflytning", "lære at komme op fra gulvet",
         "at jeg kan komme op fra gulvet selv ved at kravle hen til en stol",
         "lære at komme op fra gulvet", "når jeg kan gøre det selv ved at kravle hen til en stol."),
        ("trapper", "øve mig i at gå op ad trappen til første sal",
         "gå op ad trappen til første sal uden at holde pause",
         "øve mig i at gå op ad trappen til første sal",
         "når jeg kan gøre det uden at holde pause."),
    ],
)  # fmt: skip
def test_the_sign_never_says_the_wish_again(activity, own, criterion, wish, sign):
    facts = {"activity": activity, "own_action": own, "criterion": criterion}
    sentence = compose(facts, GOALS)[0]
    assert wish in sentence and sign in sentence, sentence
    words = _words(sentence)
    grams = [tuple(words[i : i + 4]) for i in range(len(words) - 3)]
    assert len(grams) == len(set(grams)), sentence


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("gå ud til lågen en tredive meter og så tilbage igen",
         "gå ud til lågen ca. tredive meter og så tilbage igen"),
        ("gå en 300 meter uden at stoppe", "gå ca. 300 meter uden at stoppe"),
        ("stå ved komfuret en ti minutter", "stå ved komfuret ca. ti minutter"),
        # an article before its noun stays
        ("gå en halv time", "gå en halv time"),
        ("gå en tur på en time", "gå en tur på en time"),
        ("gå et par hundrede meter", "gå et par hundrede meter"),
    ],
)  # fmt: skip
def test_a_spoken_approximation_is_written(said, written):
    assert polish(said, GRAMMAR) == written


@pytest.mark.parametrize(
    ("criterion", "sign"),
    [
        ("ringe Inger op og vi snakker sammen i fem minutter",
         "når jeg kan ringe Inger op og snakke sammen i fem minutter."),
        ("gå ned til havnen og vi drikker kaffe på bænken",
         "når jeg kan gå ned til havnen og drikke kaffe på bænken."),
    ],
)  # fmt: skip
def test_a_sign_done_together_goes_on_as_a_verb_phrase(criterion, sign):
    facts = {"activity": "kommunikation", "own_action": "holde kontakt", "criterion": criterion}
    assert sign in compose(facts, GOALS)[0]


@pytest.mark.parametrize(
    ("criterion", "sign"),
    [
        # how someone else showed or did it is a story, not the sign
        ("at jeg kan komme op selv ved at kravle hen til en stol, som fysioterapeuten viste mig",
         "når jeg kan komme op selv ved at kravle hen til en stol."),
        ("rejse mig fra gulvet, ligesom de lærte mig på genoptræningen",
         "når jeg kan rejse mig fra gulvet."),
        # a count said after the sign tells how many there are
        ("at jeg kan vande alle krukkerne der er seks af dem", "når jeg kan vande alle krukkerne."),
        ("vande alle mine potter der er 6", "når jeg kan vande alle mine potter."),
        # the citizen's own way, a relative clause that describes, a clause that says more: kept
        ("rejse mig fra gulvet, som jeg plejer",
         "når jeg kan rejse mig fra gulvet, som jeg plejer."),
        ("sidde på en stol der er to meter høj",
         "når jeg kan sidde på en stol der er to meter høj."),
    ],
)  # fmt: skip
def test_a_sign_leaves_out_others_way_and_a_count(criterion, sign):
    facts = {"activity": "forflytning", "own_action": "komme op fra gulvet", "criterion": criterion}
    assert sign in compose(facts, GOALS)[0]


@pytest.mark.parametrize(
    ("reason", "written"),
    [
        # another person's story goes on with its verb and no subject of its own: all of it out
        ("så min søn ikke skal bekymre sig så meget han ringer hver dag og spørger om jeg er oppe",
         ", så min søn ikke skal bekymre sig så meget."),
        ("så min kone kan hvile sig hun er træt om aftenen og går tidligt i seng",
         ", så min kone kan hvile sig."),
        ("fordi min nabo ikke skal handle for mig hun har nok i sin egen mand og kommer sent hjem",
         ", fordi min nabo ikke skal handle for mig."),
        # a clause with its own subject after it may be a reason again
        ("så min datter ikke skal hjælpe mig hun har travlt og så kan jeg klare mig selv",
         ", så min datter ikke skal hjælpe mig, og så kan jeg klare mig selv."),
    ],
)  # fmt: skip
def test_another_persons_story_in_the_reason_is_left_out_as_it_goes_on(reason, written):
    facts = {"activity": "gang", "own_action": "gå en tur", "motivation": reason}
    assert written in compose({**facts, "speaker": "citizen"}, GOALS)[0]


@pytest.mark.parametrize(
    ("reason", "written"),
    [
        ("så Hanne ikke skal bruge hele søndagen på at gøre rent hos mig når hun endelig kommer "
         "så skal vi hygge os",
         "hos mig, og når hun kommer, skal vi hygge os."),
        ("så jeg kan se mine børnebørn hvis de har tid så kan vi spille kort",
         "se mine børnebørn, og hvis de har tid, kan vi spille kort."),
        ("så min datter ikke skal komme hver dag så kan hun passe sit arbejde",
         "komme hver dag, og så kan hun passe sit arbejde."),
        # joined with "og" already (a second reason: its comma), or "så" as a degree word
        ("så jeg ikke skal vente på Birthe og så får jeg lidt frisk luft",
         "på Birthe, og så får jeg lidt frisk luft."),
        ("fordi jeg bliver så glad når jeg kan gå ud",
         "fordi jeg bliver så glad når jeg kan gå ud."),
    ],
)  # fmt: skip
def test_a_reason_that_runs_on_into_a_main_clause_is_punctuated(reason, written):
    facts = {"activity": "rengoering", "own_action": "støvsuge min stue", "reason_said": reason}
    assert written in compose(facts, GOALS)[0]


@pytest.mark.parametrize(
    ("pasted", "mended"),
    [
        # the frame says "selv"; a pasted phrase or measure says it again, apart from it
        ("Jeg vil selv kunne gå i bad selv, vaske mig over det hele", "kunne gå i bad, vaske"),
        ("Jeg vil selv kunne komme selv ned til bageren hver dag", "kunne komme ned til"),
        ("Jeg vil selv kunne tage bussen helt selv til byen", "tage bussen helt til byen"),
        # "mig selv" is the reflexive's: the frame's goes
        ("Jeg vil selv kunne klare mig selv, så min datter kan", "Jeg vil kunne klare mig selv,"),
    ],
)
def test_selv_is_said_once_in_the_wish_clause(pasted, mended):
    result = polish(pasted, GRAMMAR)
    assert mended in result and result.lower().split(",")[0].split().count("selv") == 1, result


def test_selv_in_the_reason_is_no_second_selv_of_the_wish():
    fine = "Jeg vil selv kunne handle, så jeg selv kan bestemme"
    assert polish(fine, GRAMMAR) == fine


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("Jeg vil selv kunne skrive mine julekort igen", "mine julekort"),
        ("Jeg vil kunne spille mine spil med børnebørnene", "mine spil"),
        ("Jeg vil kunne skrive min julekort", "mit julekort"),  # one card: singular neuter
        ("Jeg vil kunne se mine kone", "min kone"),  # a plural form before a singular noun
        ("Jeg vil kunne børste min hår", "mit hår"),
    ],
)
def test_a_plural_said_before_a_noun_whose_plural_is_the_same_word_stays(said, written):
    assert written in polish(said, GRAMMAR)


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("Jeg vil kunne synge, fordi Koret er mine venner", "fordi koret er mine venner"),
        ("Jeg vil kunne gå, så Konen kan sove om morgenen", "så konen kan sove"),
        ("Jeg vil kunne bage, fordi Børnebørnene elsker kage", "fordi børnebørnene elsker"),
        # a definite noun the lemma table knows, its capital from the answer's first word
        ("Jeg vil kunne gå med hunden, fordi Skoven er mit sted", "fordi skoven er mit sted"),
        ("Jeg vil kunne gå, så Kirken ikke står tom", "så kirken ikke står tom"),
        ("Jeg vil kunne cykle, fordi Havnen er dejlig om morgenen", "fordi havnen er dejlig"),
        # names stay
        ("Jeg vil kunne fiske, fordi Svend gider ikke alene", "fordi Svend gider"),
        ("Jeg vil kunne gå, så Birthe kan sove", "så Birthe kan"),
        ("Jeg vil kunne gå, så Bent kan få sovet en hel nat", "så Bent kan"),  # no "ben"
    ],
)
def test_an_answers_first_noun_is_small_after_the_reasons_lead(said, written):
    assert written in polish(said, GRAMMAR)


@pytest.mark.parametrize(
    ("said", "written"),
    [
        # a noun of the noun table, not only of the goal grammar's few
        ("Jeg vil kunne fodre dem, fordi Høns er mit arbejde", "fordi høns er mit arbejde"),
        ("Jeg vil kunne spille igen, fordi Musik er mit liv", "fordi musik er mit liv"),
        ("Jeg vil kunne gå i haven, fordi Blomster gør mig glad", "fordi blomster gør mig"),
        ("jeg vil kunne strikke, saa Garn ikke ligger i skabet", "saa garn ikke ligger"),
        ("Jeg vil kunne male, fordi Farver giver mig ro", "fordi farver giver mig ro"),
        # a noun that is a first name too, a name that is no noun: they stay
        ("Jeg vil kunne gå, fordi Bo er min bedste ven", "fordi Bo er min bedste ven"),
        ("Jeg vil kunne cykle, så Rose ikke skal køre mig", "så Rose ikke skal"),
        ("Jeg vil kunne fiske, fordi Sten venter ved åen", "fordi Sten venter"),
        ("Jeg vil kunne gå, fordi Birk er min hund", "fordi Birk er min hund"),
        ("Jeg vil kunne gå, fordi Karen kan ikke mere", "fordi Karen kan"),
    ],
)
def test_a_noun_of_the_noun_table_is_small_after_the_reasons_lead_names_stay(said, written):
    assert written in polish(said, GRAMMAR)


@pytest.mark.parametrize(
    ("own", "kept"),
    [
        ("skulle vel komme ud at gå en tur", "Jeg vil kunne komme ud at gå en tur"),
        ("burde nok gå noget mere", "Jeg vil kunne gå noget mere"),
        ("må vel ud og handle selv", "Jeg vil kunne komme ud og handle"),
    ],
)
def test_a_modal_and_its_hedge_before_the_wishs_verb_are_left_out(own, kept):
    facts = {"activity": "gang", "own_action": own, "speaker": "citizen"}
    sentence = compose(facts, GOALS)[0]
    assert sentence.startswith(kept), sentence


def test_a_relatives_reason_in_the_first_person_agrees_with_its_noun():
    from assistant.nlp.compose import first_person

    told = "hun vil ikke have at fremmede rører ved hendes hår"
    assert "ved mit hår" in first_person(told, GOALS, "relative")
    told = "haven er hendes et og alt hun har passet den i tres år"
    assert "mit et og alt" in first_person(told, GOALS, "relative")


def test_a_sign_that_says_selv_is_said_by_the_wish_that_said_it_once():
    facts = {
        "activity": "vask_og_hygiejne",
        "own_action": "gå i bad",
        "criterion": "gå i bad selv",
        "independence": "selv",
        "speaker": "citizen",
    }
    sentence = compose(facts, GOALS)[0]
    assert sentence.count("selv") == 1 and "Jeg ved" not in sentence, sentence


def test_a_sign_that_says_selv_is_kept_when_the_wish_does_not_say_it():
    facts = {
        "activity": "spise_og_drikke",
        "own_action": "spise med kniv og gaffel",
        "criterion": "skære kødet selv",
        "independence": "hjaelpemiddel",
        "speaker": "citizen",
    }
    assert "når jeg kan skære kødet selv" in compose(facts, GOALS)[0]


@pytest.mark.parametrize(
    ("own", "goal_start"),
    [
        (  # a list of things after the wish's comma closes before the rest of the sentence
            "lave min egen morgenmad igen, kaffe og et par stykker rugbrød",
            "Jeg vil selv kunne lave min egen morgenmad igen, kaffe og et par stykker rugbrød, "
            "hver morgen",
        ),
        (
            "vande min have igen, især rosenbedet og tomaterne i drivhuset",
            "Jeg vil selv kunne vande min have igen, især rosenbedet og tomaterne i drivhuset, "
            "hver morgen",
        ),
        (  # a list of tasks takes no comma after it
            "passe min kat igen, give hende mad og gøre kattebakken ren",
            "Jeg vil selv kunne passe min kat igen, give hende mad og gøre kattebakken ren hver "
            "morgen",
        ),
    ],
)
def test_a_list_of_things_in_the_wish_is_closed_by_a_comma(own, goal_start):
    facts = {
        "activity": "fritid",
        "own_action": own,
        "frequency": {"times": 1, "per": "day", "every": 1},
        "frequency_said": "hver morgen",
        "independence": "selv",
        "speaker": "citizen",
    }
    goal, _ = compose(facts, GOALS)
    assert goal.startswith(goal_start), goal


@pytest.mark.parametrize(
    ("own", "kept"),
    [
        ("komme tilbage til kolonihaven og passe den", "og passe den tre gange om ugen"),
        ("dosere den i dosisæsken og tage den", "og tage den tre gange om ugen"),
    ],
)
def test_a_tasks_pronoun_object_is_no_article_cut_short(own, kept):
    facts = {
        "activity": "fritid",
        "own_action": own,
        "frequency": {"times": 3, "per": "week", "every": 1},
        "speaker": "citizen",
    }
    goal, _ = compose(facts, GOALS)
    assert kept in goal, goal


def test_a_list_the_sign_says_again_is_said_once():
    facts = {
        "activity": "madlavning",
        "own_action": "lave min morgenmad igen, kaffe og havregryn og et stykke rugbrød",
        "criterion": "lave kaffe og havregryn og smøre mit brød uden hjælp",
        "speaker": "citizen",
    }
    goal, _ = compose(facts, GOALS)
    assert goal.count("kaffe og havregryn") == 1, goal
    assert goal.startswith("Jeg vil kunne lave min morgenmad igen."), goal


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("skammer mig når kommer gæster", "skammer mig når der kommer gæster"),
        ("fordi er ingen til at hjælpe mig", "fordi der er ingen til at hjælpe mig"),
        ("hvis er nogen hjemme", "hvis der er nogen hjemme"),
        ("når kommer naboer på besøg", "når der kommer naboer på besøg"),
        # a subject of its own, a definite one, or a main clause's inversion after "så": as said
        ("når jeg kommer hjem", "når jeg kommer hjem"),
        ("når der kommer gæster", "når der kommer gæster"),
        ("så kommer en hjemmehjælper", "så kommer en hjemmehjælper"),
        ("når kommer min datter", "når kommer min datter"),
    ],
)  # fmt: skip
def test_a_second_languages_clause_gets_its_empty_subject(said, written):
    assert polish(said, GOALS.grammar) == written


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("være frivillig i rødekors butikken nede på hovedgaden",
         "være frivillig i Røde Kors-butikken nede på hovedgaden"),
        ("være frivillig i roede kors butikken", "være frivillig i Røde Kors-butikken"),
        ("hjælpe til i ældre sagen hver uge", "hjælpe til i Ældre Sagen hver uge"),
        ("sortere tøj i kirkens korshær genbrugen", "sortere tøj i Kirkens Korshær-genbrugen"),
        # no noun after the name: the name alone
        ("strikke sokker til røde kors igen", "strikke sokker til Røde Kors igen"),
        ("sælge i Røde Kors, hver onsdag", "sælge i Røde Kors, hver onsdag"),
        ("være med i dansk røde kors.", "være med i Dansk Røde Kors."),
    ],
)  # fmt: skip
def test_an_organisations_name_is_written_as_its_name(said, written):
    assert polish(said, GOALS.grammar) == written


@pytest.mark.parametrize(
    ("said", "written"),
    [
        # a that-clause after a verb of seeing, knowing or saying: the comma of "Jeg ved, at"
        (
            "når jeg kan se at rummet for den dag er tomt",
            "når jeg kan se, at rummet for den dag er tomt",
        ),
        (
            "så min datter ved at hun ikke skal bekymre sig",
            "så min datter ved, at hun ikke skal bekymre sig",
        ),
        ("så Poul kan høre at Birthe kommer", "så Poul kan høre, at Birthe kommer"),
        ("så hun kan mærke at hun kan selv", "så hun kan mærke, at hun kan selv"),
        # "at" before an infinitive opens no clause
        (
            "når jeg kan komme op selv ved at kravle hen til en stol",
            "når jeg kan komme op selv ved at kravle hen til en stol",
        ),
        ("jeg vil se at få det gjort", "jeg vil se at få det gjort"),
        ("jeg vil lære at se at bruge telefonen", "jeg vil lære at se at bruge telefonen"),
    ],
)
def test_a_that_clause_after_a_verb_of_seeing_or_knowing_gets_its_comma(said, written):
    assert polish(said, GRAMMAR) == written


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("handle ind 2 gang om uge", "handle ind 2 gange om ugen"),
        ("øh gå en tur tre gang om ugen", "øh gå en tur tre gange om ugen"),
        ("have mad hjemme for 2-3 dag", "have mad hjemme for 2-3 dage"),
        ("cykle på motionscyklen 5 minut", "cykle på motionscyklen 5 minutter"),
        ("gå to tur om dagen", "gå to ture om dagen"),
        ("komme ud 1-2 gang om måned", "komme ud 1-2 gange om måneden"),
        ("gå op ad 2 trappe", "gå op ad 2 trapper"),
        ("træne fire uge", "træne fire uger"),
    ],
)
def test_a_count_of_two_or_more_takes_the_nouns_plural(said, written):
    """Second-language and typed counts: the noun after a count of two or more in the plural
    the lemma table gives; a period after "gange om" in its definite form (agree)."""
    assert polish(said, GRAMMAR) == written


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("øh vande blomsterne hver 3 dage", "øh vande blomsterne hver 3. dag"),
        ("skifte sengetøj hver 2 uge", "skifte sengetøj hver 2. uge"),
        ("få klippet håret hver 6 uger hos frisøren", "få klippet håret hver 6. uge hos frisøren"),
        ("male huset hvert 5 år", "male huset hvert 5. år"),
    ],
)
def test_every_with_a_count_in_digits_is_an_ordinal(said, written):
    """ "hver 14 dage" is typed for every fourteenth day: written as the ordinal with the
    noun in the singular, as "hver 14. dag" (not the count's plural)."""
    assert polish(said, GRAMMAR) == written


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("øh flytte over til lille hus", "øh flytte over til et lille hus"),
        ("sætte mig ved lille bord i køkkenet", "sætte mig ved et lille bord i køkkenet"),
        ("gå til ny frisør", "gå til en ny frisør"),
        ("spise ved lille bord i køkkenet", "spise ved et lille bord i køkkenet"),
        ("hente bøger fra høj reol", "hente bøger fra en høj reol"),
    ],
)
def test_a_bare_adjective_and_count_noun_after_a_preposition_get_the_article(said, written):
    """Second-language noun phrases: the indefinite article the noun's gender takes (the noun
    table) and the adjective's neuter form after "et"."""
    assert polish(said, GRAMMAR) == written


@pytest.mark.parametrize(
    "fine",
    [
        "jeg vil i høj grad klare det selv",  # idioms keep their bare noun
        "gå en tur i lang tid",
        "på kort sigt vil jeg gå",
        "sidde på en lav stol",  # said with its article
        "gå til ny læge nummer 3",  # a second word goes on with the noun
        "gå med stok",
        "ringe med telefon med høj lyd",  # a quality after "med", "på", "i"
        "stege kødet på lav varme",
        "se fra lang afstand",
    ],
)
def test_idioms_and_whole_noun_phrases_keep_their_words(fine):
    assert polish(fine, GRAMMAR) == fine


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("gå med rollator med sæde", "gå med en rollator med sæde"),
        ("skære kød med kniv med tykt skaft", "skære kød med en kniv med tykt skaft"),
    ],
)
def test_a_bare_noun_with_a_phrase_of_its_own_after_med_gets_the_article(said, written):
    assert polish(said, GRAMMAR) == written


@pytest.mark.parametrize(
    ("said", "written"),
    [
        (
            "hun skal vaske sig med vaskeklud og svamp med lang skaft",
            "hun skal vaske sig med en vaskeklud og en svamp med langt skaft",
        ),
        ("øh en kost med lang skaft", "øh en kost med langt skaft"),  # neuter after "med"
        ("skaere kod med kniv med tyk skaft", "skaere kod med en kniv med tykt skaft"),
    ],
)
def test_bare_nouns_listed_before_a_described_one_and_its_adjective_agree(said, written):
    assert polish(said, GRAMMAR) == written


@pytest.mark.parametrize(
    "fine",
    ["med høj lyd", "gå med stok og rollator", "med kniv og vaskeklud, og det hele"],
)
def test_a_list_after_med_with_no_description_stays(fine):
    assert polish(fine, GRAMMAR) == fine


@pytest.mark.parametrize(
    ("said", "written"),
    [
        (
            "min far spiller kort med vennerne i klubhus tirsdag",
            "min far spiller kort med vennerne i klubhuset om tirsdagen",
        ),
        (
            "oeh hun moeder sin veninde i lokal kirke onsdag.",
            "oeh hun moeder sin veninde i lokal kirke om onsdagen.",
        ),
    ],
)
def test_a_lone_weekday_after_a_bare_place_phrase_is_the_time_of_a_habit(said, written):
    assert polish(said, GRAMMAR) == written


@pytest.mark.parametrize(
    "fine",
    [
        "han vil gaa til torv fredag",  # a modal: that Friday
        "vi ses i klubben fredag",  # the place said in full: left as said
        "vi spiller i klub fredag den 3.",  # a date
        "jeg gaar i kirke soendag",  # no form for a weekday typed without ø
    ],
)
def test_a_weekday_after_a_place_otherwise_keeps_its_words(fine):
    assert polish(fine, GRAMMAR) == fine


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("øh gå en tur to gang på uge", "øh gå en tur to gange om ugen"),
        ("han skal i bad 2 gange i uge med hjælp", "han skal i bad 2 gange om ugen med hjælp"),
        ("ringe til min søster en gang i måned", "ringe til min søster en gang om måneden"),
        ("skifte ble fire gange i døgn", "skifte ble fire gange om døgnet"),
    ],
)
def test_a_frequency_said_with_a_second_language_lead_gets_om_and_the_definite(said, written):
    assert polish(said, GRAMMAR) == written


@pytest.mark.parametrize(
    "fine",
    [
        "jeg har været ude to gange i dag",  # today, not how often
        "hun har været syg tre gange i år",  # this year
        "gå en tur to gange per uge",  # Danish as said
        "to gange i ugen",  # colloquial, already definite
        "to gange på en uge",
        "en gang i uge 12",  # a week's number
        "tre gange i træk",
    ],
)
def test_a_time_said_with_i_or_paa_otherwise_stays(fine):
    assert polish(fine, GRAMMAR) == fine


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("øh min mor vil vaske hele krop selv", "øh min mor vil vaske hele kroppen selv"),
        ("sidde hele dag i stolen", "sidde hele dagen i stolen"),
        ("spise hele tallerken.", "spise hele tallerkenen."),
        ("gå hele tur og hjem igen", "gå hele turen og hjem igen"),
    ],
)
def test_hele_before_a_bare_singular_noun_takes_the_definite(said, written):
    assert polish(said, GRAMMAR) == written


@pytest.mark.parametrize(
    "fine",
    [
        "hele januar",  # a month has no definite form
        "hele fredag",  # a weekday
        "hele tiden",
        "hele mit liv",
        "hele to timer",
        "det hele",
        "såret skal hele sår",  # a verb after a modal
        "hele familie kommer",  # the phrase goes on: left as said
    ],
)
def test_hele_before_no_bare_noun_stays(fine):
    assert polish(fine, GRAMMAR) == fine


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("gå hen til bænken, ikke forpustet", "gå hen til bænken uden at blive forpustet"),
        ("øh gå op ad trappen, ikke træt.", "øh gå op ad trappen uden at blive træt."),
    ],
)
def test_a_negated_state_said_after_a_comma_is_what_the_deed_is_done_without(said, written):
    assert polish(said, GRAMMAR) == written


@pytest.mark.parametrize(
    ("said", "written"),
    [
        (
            "øh klare trappen uden holde fast i gelænderet",
            "øh klare trappen uden at holde fast i gelænderet",
        ),
        ("gå over vejen uden falde", "gå over vejen uden at falde"),
    ],
)
def test_a_bare_infinitive_after_uden_gets_its_at(said, written):
    assert polish(said, GRAMMAR) == written


@pytest.mark.parametrize("fine", ["gå uden støtte", "gå hele vejen uden pause", "uden at falde"])
def test_a_noun_after_uden_stays_bare(fine):
    assert polish(fine, GRAMMAR) == fine


@pytest.mark.parametrize(
    "fine",
    ["jeg er ikke svimmel", "gå en tur, ikke svimmel eller træt", "gå med rollator med min datter"],
)
def test_a_state_or_a_helper_said_otherwise_stays(fine):
    assert polish(fine, GRAMMAR) == fine


@pytest.mark.parametrize(
    "fine",
    [
        "gå tur hver dag i 14 dage",
        "hver 2.-3. uge",
        "køre 4 stop med bussen",
        "bo her i to år",
        "komme hjem kl 2 dag",  # no count after "kl"
        "tre gange om uge 12",  # a week's number
        "en gang om ugen",
        "ringe til de to døtre",
    ],
)
def test_a_count_keeps_what_has_no_other_plural(fine):
    assert polish(fine, GRAMMAR) == fine


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("koge kartofler uden at taber gryden", "koge kartofler uden at tabe gryden"),
        ("så hun kan går selv ned til bussen", "så hun kan gå selv ned til bussen"),
        ("så min mor skal ikke bærer tungt", "så min mor skal ikke bære tungt"),
        ("så jeg ikke bære i hånden", "så jeg ikke skal bære i hånden"),
        ("altså så han ikke gå alene om natten", "altså så han ikke skal gå alene om natten"),
        ("så hun ikke falder og hun vil spiser selv", "så hun ikke falder og hun vil spise selv"),
    ],
)
def test_a_verb_after_at_or_a_modal_is_the_infinitive(said, written):
    """'uden at taber', 'kan går', 'så jeg ikke bære' typed in a second language: the
    infinitive after 'at' and a modal, and 'skal' for a verb with no finite one (agree)."""
    assert polish(said, GRAMMAR) == written


@pytest.mark.parametrize(
    "fine",
    [
        "kan jeg ikke gå derned",
        "så han ikke kommer til skade",
        "fordi jeg ikke længere kan gå",
        "så jeg ikke skal ringe til naboen",
        "og så skal Jesper ikke køre mig",  # a name after the modal
        "så kan sønnen hente mig",
    ],
)
def test_a_finite_verb_after_a_subject_is_kept(fine):
    assert polish(fine, GRAMMAR) == fine


# --- round 24 (grammar6): second-language noun phrases, joined infinitives, names -----------


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("øh gå hen til frisør og hjem igen", "øh gå hen til frisøren og hjem igen"),
        ("sidde i sofa og se tv", "sidde i sofaen og se tv"),
        ("hente min medicin fra apotek, altså selv", "hente min medicin fra apoteket, selv"),
        ("gå ud til postkasse 2 gange om ugen", "gå ud til postkassen 2 gange om ugen"),
        ("holde fast i håndtag når jeg rejser mig", "holde fast i håndtaget når jeg rejser mig"),
        ("gå op af trappe med min stok", "gå op ad trappen med min stok"),
        ("køre op af rampe med rollatoren", "køre op ad rampen med rollatoren"),
        ("gå ned af trapperne til kælder", "gå ned ad trapperne til kælderen"),
        ("øh gå op alle trapper uden pause", "øh gå op ad alle trapper uden pause"),
        ("komme ned alle trappetrin selv", "komme ned ad alle trappetrin selv"),
    ],
)
def test_a_bare_noun_after_a_preposition_takes_its_definite_ending(said, written):
    """'til frisør', 'i sofa', 'fra apotek', 'ned af trappe': a singular noun said bare after a
    preposition, ending its phrase, with the definite ending hunspell-da gives (nouns.json);
    'ned af' before a way is 'ned ad'."""
    assert polish(said, GRAMMAR) == written


@pytest.mark.parametrize(
    "fine",
    [
        "gå i seng kl 10 og i bad om morgenen",
        "køre med bus til byen",
        "gå til fods hen til lægen",
        "spise til middag med min datter",
        "gå til bingo i forsamlingshuset",
        "bage fra dej til ovn",
        "snakke i telefon med min søster",
        "tale i video med min søn og høre nyheder i radio",
        "ringe til dig og til dem fra før",
        "danse til musik i forhold til før",
        "gå i kirke om søndagen",
        "gå med stok og rollator",
        "gå på arbejde igen",
        "komme i gang igen i dag",
        "ringe til mormor og til farfar",
        "gå ned ad de 2 etager til containeren",
        "køre til Netto og til Rema",
        "sidde i kørestol hele dagen",
        "være klar til torsdag og fra fredag",
        "gå til min 90 års fødselsdag",
        "gå til special sko i byen",
    ],
)
def test_idioms_names_and_phrases_that_go_on_keep_their_bare_noun(fine):
    """'i seng', 'til fods', 'til middag', 'i telefon', 'fra dej til ovn' (bare_after_prepositions
    and a pair from one thing to another), kin said as a name ('til mormor'), 'med stok', a
    noun after a possessive or number, and a noun the next word goes on ('special sko') stay."""
    assert polish(fine, GRAMMAR) == fine


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("jeg vil ikke være byrde for dem", "jeg vil ikke være en byrde for dem"),
        (
            "så jeg ikke bliver belastning for min søn",
            "så jeg ikke bliver en belastning for min søn",
        ),
        ("fordi jeg er ikke problem for nogen", "fordi jeg er ikke et problem for nogen"),
        ("øh lave hel middag selv", "øh lave hele middagen selv"),
        ("kunne gå hel tur rundt om søen", "kunne gå hele turen rundt om søen"),
        ("handle om lørdag med min søn", "handle om lørdagen med min søn"),
        ("gå til svømning om tirsdag", "gå til svømning om tirsdagen"),
    ],
)
def test_an_article_said_by_its_noun(said, written):
    """'være byrde' → 'være en byrde' (a noun of a burden after a verb of being, its gender from
    nouns.json), 'hel kage' → 'hele kagen', 'om lørdag' → 'om lørdagen'."""
    assert polish(said, GRAMMAR) == written


@pytest.mark.parametrize(
    "fine",
    [
        "jeg er farmor og pensionist",
        "bage en hel kage",
        "spise et helt brød",
        "handle om lørdagen",
        "komme på lørdag",
        "om fredag den 3",
    ],
)
def test_an_article_that_is_there_or_not_wanted_stays(fine):
    assert polish(fine, GRAMMAR) == fine


@pytest.mark.parametrize(
    ("said", "written"),
    [
        (
            "så jeg kan gå tur med hunden og selv henter avisen",
            "så jeg kan gå tur med hunden og selv hente avisen",
        ),
        (
            "at jeg kan komme i haven og ikke sidder inde hele dagen",
            "at jeg kan komme i haven og ikke sidde inde hele dagen",
        ),
        (
            "så hun kan lave kaffe, en hel kande, og selv skænker op",
            "så hun kan lave kaffe, en hel kande, og selv skænke op",
        ),
        (
            "så jeg kan klare mig og ikke sidder og venter på hjælp",
            "så jeg kan klare mig og ikke sidde og vente på hjælp",
        ),
        (
            "spille en hel aften i klubben, alle fire runder, og selv melder",
            "spille en hel aften i klubben, alle fire runder, og selv melde",
        ),
        (
            "øh gå hen til postkassen og selv henter posten",
            "øh gå hen til postkassen og selv hente posten",
        ),
        (
            "når jeg kan være med derude og ikke beder om at komme hjem",
            "når jeg kan være med derude og ikke bede om at komme hjem",
        ),
    ],
)
def test_a_verb_joined_to_a_modals_infinitive_is_an_infinitive(said, written):
    """'kan spille … og selv melder', 'kan holde … og ikke sidder og ser på': a present-tense
    verb joined by 'og' to a modal's infinitive is an infinitive too."""
    assert polish(said, GRAMMAR) == written


@pytest.mark.parametrize(
    "fine",
    [
        "så jeg kan gå og min datter kommer bagefter",
        "så jeg kan købe brød og kager",
        "jeg vil kunne åbne glas og flasker i mit køkken",
        "så jeg har noget at stå op til og er med i noget",
        "så jeg kan komme ud, og så går jeg hjem",
        "jeg kan gå, når jeg vil og når hun er hjemme",
    ],
)
def test_a_new_subject_a_noun_or_a_stop_keeps_the_finite_verb(fine):
    assert polish(fine, GRAMMAR) == fine


@pytest.mark.parametrize(
    ("said", "written"),
    [
        (
            "strikke en trøje til mit barnebarn igen lille Oscar",
            "strikke en trøje til mit barnebarn, lille Oscar, igen",
        ),
        ("besøge min søster igen Birthe i Odense", "besøge min søster igen i Odense"),
        (
            "spille kort med min nabo også Kaj hver tirsdag",
            "spille kort med min nabo også hver tirsdag",
        ),
    ],
)
def test_a_name_after_igen_stands_beside_its_noun(said, written):
    """'til mit oldebarn igen lille Asta': the name goes beside its noun, in commas; a bare first
    name after its relation is dropped (round 47 decision: others by relation, never by name)."""
    assert polish(said, GRAMMAR) == written


def test_a_name_after_igen_that_opens_a_clause_stays():
    assert polish("gå en tur igen Så er jeg glad", GRAMMAR) == "gå en tur igen så er jeg glad"


@pytest.mark.parametrize(
    ("goal", "problem"),
    [
        ("Jeg vil gå ned af trappe til kælderen.", "'ned af' before a way"),
        ("Jeg vil handle om lørdag med min søn.", "a bare weekday after 'om'"),
        ("Jeg vil lave hel middag selv.", "'hel' with no article"),
        ("Jeg vil ikke være byrde for dem.", "a noun of a burden with no article"),
        ("Jeg vil strikke til mit barnebarn igen lille Oscar.", "a name after 'igen'"),
        ("Jeg vil kunne gå tur og selv henter avisen.", "a present tense joined"),
        ("Jeg vil kunne rulle håret op og taget dem ud igen.", "a participle joined"),
        (
            "Jeg ved, at jeg har nået det, når jeg kan hente posten og lagt den på bordet.",
            "a participle joined",
        ),
    ],
)
def test_the_lint_knows_second_language_noun_phrases(goal, problem):
    """The shapes bare_nouns_written, names_beside_nouns and coordinated_infinitives repair are
    flagged by the lint when a goal keeps them; the repaired goal is clean."""
    assert any(p.startswith(problem) for p in grammar_problems(goal)), grammar_problems(goal)
    assert not grammar_problems(polish(goal, GRAMMAR))


@pytest.mark.parametrize(
    ("facts", "said", "not_said"),
    [
        # carers told by who they are, the subject of the wish's clause: said by their place
        ({"activity": "vask_og_hygiejne", "speaker": "citizen",
          "own_action": "gaa i bad selv igen uden at damerne fra hjemmeplejen skal hjaelpe mig"},
         "uden at hjemmeplejen skal hjaelpe mig", "damerne"),
        ({"activity": "indkoeb", "speaker": "citizen",
          "own_action": "handle ind selv igen når Bente fra hjemmehjælpen har fri"},
         "når hjemmehjælpen har fri", "Bente"),
        # … and of the sign's clause
        ({"activity": "vask_og_hygiejne", "speaker": "citizen", "own_action": "gå i bad selv",
          "criterion": "at jeg kan vaske håret uden at pigen fra kommunen står ved siden af"},
         "uden at kommunen står ved siden af", "pigen"),
        # a thing from a place is no carer: as told
        ({"activity": "spise_og_drikke", "speaker": "citizen",
          "own_action": "spise min middag uden at maden fra kantinen skal skæres ud"},
         "uden at maden fra kantinen skal skæres ud", "uden at kantinen"),
    ],
)  # fmt: skip
def test_carers_told_by_who_they_are_are_said_by_their_place(facts, said, not_said):
    text = compose(facts, GOALS)[0]
    assert said in text
    assert not_said not in text


@pytest.mark.parametrize(
    ("participle", "infinitive"),
    [
        # a short stem's consonant is doubled in the infinitive the lemma table knows
        ("tømt", "tømme"),
        ("glemt", "glemme"),
        ("stemt", "stemme"),
        # no doubling where the plain stem is the verb
        ("købt", "købe"),
        ("hængt", "hænge"),
        ("spist", "spise"),
    ],
)
def test_a_participle_in_t_gives_the_infinitive_the_lemma_table_knows(participle, infinitive):
    assert GRAMMAR.infinitive_of_participle(participle) == infinitive


@pytest.mark.parametrize(
    ("said", "written"),
    [
        # round 27 (r115a): a negated last item of a list of verb phrases is "uden at …"
        ("gaa til lægen, tage nummer, ikke vente udenfor",
         "gaa til lægen, tage nummer uden at vente udenfor"),
        ("når jeg kan købe ind, bære poserne, ikke hvile på trappen",
         "når jeg kan købe ind, bære poserne uden at hvile på trappen"),
        # one phrase before it, or no verb list: as said
        ("gå til bageren, ikke hvile", "gå til bageren, ikke hvile"),
        ("jeg kan godt, ikke altid", "jeg kan godt, ikke altid"),
    ],
)  # fmt: skip
def test_a_negated_last_item_of_a_verb_list_is_said_uden_at(said, written):
    assert polish(said, GRAMMAR) == written


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("øh min far vil tage tog til Aarhus", "øh min far vil tage toget til Aarhus"),
        ("jeg tager letbane hver dag", "jeg tager letbanen hver dag"),
        ("tage faerge til Samsø selv", "tage færgen til Samsø selv"),
    ],
)
def test_a_means_of_transport_said_bare_after_tage_takes_the_definite(said, written):
    assert polish(said, GRAMMAR) == written


@pytest.mark.parametrize(
    "fine",
    [
        "tage bus 14 til sygehuset",  # a route's number
        "tage bus nummer 5 hjem",
        "øh kunne tage tog eller bus til byen",  # a kind of travel, joined
        "jeg tager bussen hver dag",  # already definite
        "hun kan tage en taxa",
        "tage Bus",  # not written small: left as said
    ],
)
def test_a_means_of_transport_otherwise_keeps_its_words(fine):
    assert polish(fine, GRAMMAR) == fine


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("øh tage rigtig pille om morgenen", "øh tage den rigtige pille om morgenen"),
        ("finde forkert stoppested og gå hjem", "finde det forkerte stoppested og gå hjem"),
        ("jeg vil gå til bager hver lørdag", "jeg vil gå til bageren hver lørdag"),
        ("jeg snakker med venner i tempel.", "jeg snakker med venner i templet."),
    ],
)
def test_a_bare_noun_phrase_said_in_second_language_takes_its_definite(said, written):
    assert polish(said, GRAMMAR) == written


@pytest.mark.parametrize(
    "fine",
    [
        "det er rigtig godt",  # a degree
        "en rigtig ven",  # an article
        "det var rigtig mad",  # after a verb of being
        "min rigtige stol",
        "jeg går i kirke hver søndag",  # an idiom
        "han går til gymnastik hver onsdag",
    ],
)
def test_a_definite_adjective_or_idiom_otherwise_keeps_its_words(fine):
    assert polish(fine, GRAMMAR) == fine


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("jeg vil ikke ringe nabo om hjælp", "jeg vil ikke ringe til min nabo om hjælp"),
        (
            "kunne klare det uden ringe svigerdatter.",
            "kunne klare det uden at ringe til min svigerdatter.",
        ),
        ("øh jeg ringer barnebarn hver aften", "øh jeg ringer til mit barnebarn hver aften"),
        ("ringe søster Birthe om lørdagen", "ringe til min søster om lørdagen"),
    ],
)
def test_a_kin_word_said_bare_after_ringe_takes_til_and_the_possessive(said, written):
    assert polish(said, GRAMMAR) == written


@pytest.mark.parametrize(
    "fine",
    [
        "han vil ringe datter",  # his daughter: not the speaker's to say
        "mor ringer søster, ikke ringe barnebarn",
        "jeg ringer til min søn",
    ],
)
def test_a_kin_word_after_ringe_otherwise_keeps_its_words(fine):
    assert polish(fine, GRAMMAR) == fine


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("jeg vil gå med tyk pinde og skinne", "jeg vil gå med tykke pinde og skinne"),
        ("øh han vil gå i varm sokker om vinteren", "øh han vil gå i varme sokker om vinteren"),
        ("lege med mine lille børnebørn i haven", "lege med mine små børnebørn i haven"),
        ("bære tung tasker op selv", "bære tunge tasker op selv"),
        ("hun vil gå tur i sine ny sko", "hun vil gå tur i sine nye sko"),
        ("jeg vil køre med min ny rollator", "jeg vil køre med min nye rollator"),
        ("åbne den tung dør selv", "åbne den tunge dør selv"),
        ("gå på lang ture med hunden", "gå på lange ture med hunden"),
    ],
)
def test_a_bare_adjective_agrees_with_a_plural_or_definite_noun(said, written):
    assert polish(said, GRAMMAR) == written


@pytest.mark.parametrize(
    "fine",
    [
        "gå med min lille hund",  # "lille" keeps its form in the definite
        "jeg vil lave pandekager",
        "jeg er tyk",  # no noun after
        "med en tyk pind",  # a singular with its article
        "hun klarer det med et lille kort i tasken",  # "kort" is a plural too, but one
        "med de tykke pinde",  # agreeing already
        "hun gør det med stor glæde",  # a singular said bare
    ],
)
def test_an_adjective_otherwise_keeps_its_words(fine):
    assert polish(fine, GRAMMAR) == fine


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("fordi Strikke er min ro", "fordi det at strikke er min ro"),
        ("fordi gå tur giver mig luft", "fordi det at gå tur giver mig luft"),
        ("fordi bage er min glæde", "fordi det at bage er min glæde"),
        ("da Synge i koret betyder alt", "da det at synge i koret betyder alt"),
        ("selvom handle er svært for mig", "selvom det at handle er svært for mig"),
    ],
)
def test_an_infinitive_as_a_clause_subject_is_said_det_at(said, written):
    assert polish(said, GRAMMAR) == written


@pytest.mark.parametrize(
    "fine",
    [
        "fordi det at strikke er min ro",
        "fordi jeg kan lide at bage",
        "fordi havearbejde er min glæde",  # a noun
        "fordi Inger er min søster",  # a name
        "fordi gå, det er svært",  # a mark before the verb
    ],
)
def test_a_clause_with_a_subject_of_its_own_keeps_its_words(fine):
    assert polish(fine, GRAMMAR) == fine


@pytest.mark.parametrize(
    ("facts", "said", "not_said"),
    [
        # where an aid came from, said right after it in the wish: the aid stays, the source goes
        ({"activity": "spise_og_drikke", "speaker": "relative",
          "own_action": "skære sin mad med den der vinkelkniv fra ergoterapeuten til jul"},
         "med den vinkelkniv til jul", "ergoterapeuten"),
        ({"activity": "gang", "speaker": "citizen",
          "own_action": "gaa ned til brugsen med rollatoren fra kommunen hver dag"},
         "med rollatoren hver dag", "kommunen"),
        ({"activity": "medicin", "speaker": "citizen",
          "own_action": "tage mine piller med doseringsaesken fra apoteket morgen og aften"},
         "med doseringsaesken morgen og aften", "apoteket"),
        ({"activity": "gang", "speaker": "citizen",
          "own_action": "gå på stranden med min firehjulsrollator fra hjælpemiddelcentralen"},
         "med min firehjulsrollator", "centralen"),
        ({"activity": "personlig_pleje", "speaker": "relative",
          "own_action": "få sine strømper på med strømpepåtageren fra den kommune, altså selv"},
         "med strømpepåtageren", "kommune"),
        # no aid before "fra": as told ("brevet fra kommunen" is the thing itself)
        ({"activity": "husholdning", "speaker": "citizen",
          "own_action": "læse brevet fra kommunen selv med lup"},
         "brevet fra kommunen", "brevet med"),
        # a source the list does not know is kept: who it is may matter ("fra min søn")
        ({"activity": "gang", "speaker": "citizen",
          "own_action": "gå tur med stokken fra min far i skoven"},
         "stokken fra min far", "stokken i skoven"),
    ],
)  # fmt: skip
def test_an_aid_is_named_without_where_it_came_from(facts, said, not_said):
    text = compose(facts, GOALS)[0]
    assert said in text, text
    assert not_said not in text, text


@pytest.mark.parametrize(
    ("said", "aid", "written", "not_said"),
    [
        # the aid named in the independence answer, with where it came from: the aid only
        ("med rollatoren fra kommunen", "rollator", "med rollatoren.", "kommunen"),
        ("med den gribetang fra ergoterapeuten", "gribetang", "med min gribetang.", "ergo"),
        ("med badebaenken fra hjaelpemiddelcentralen", "badebænk", "med badebaenken.", "central"),
        ("med stokken fra min svoger", "stok", "med stokken fra min svoger.", "med stokken."),
    ],
)  # fmt: skip
def test_the_aid_said_to_how_one_manages_is_named_without_its_source(said, aid, written, not_said):
    facts = {"activity": "gang", "speaker": "citizen", "own_action": "gå ned til bageren",
             "independence": "hjaelpemiddel", "aids": [aid], "aid_said": said}  # fmt: skip
    text = compose(facts, GOALS)[0]
    assert text.endswith(written), text
    assert not_said not in text, text


@pytest.mark.parametrize(
    ("goal", "written"),
    [
        ("Jeg vil kunne være sammen med andre en gang om ugen.",
         "Jeg vil kunne være sammen med andre en gang om ugen."),
        ("Jeg vil kunne spille kort med andre et par gange om måneden.",
         "Jeg vil kunne spille kort med andre et par gange om måneden."),
        ("Jeg vil kunne sove i min andet hjem.", "Jeg vil kunne sove i mit andet hjem."),
    ],
)  # fmt: skip
def test_andre_with_no_noun_of_its_own_keeps_its_plural(goal, written):
    """ "andre" agrees only after a possessive or an article; before "en gang" it is no
    determiner of "gang" (the lint flags "med anden en gang")."""
    assert polish(goal, GRAMMAR) == written
    assert not grammar_problems(written)


@pytest.mark.parametrize(
    "goal",
    ["Jeg vil kunne være sammen med anden en gang om ugen.",
     "Jeg vil kunne snakke med andet om lørdagen."],
)  # fmt: skip
def test_the_lint_knows_a_lone_singular_of_andre(goal):
    assert any(p.startswith("a singular determiner") for p in grammar_problems(goal))


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("Jeg vil kunne turde gå en tur rundt om søen.", "Jeg vil turde gå en tur rundt om søen."),
        ("Jeg vil selv kunne orke at lave mad om aftenen.",
         "Jeg vil selv orke at lave mad om aftenen."),
        ("Jeg vil kunne gå, så jeg kan turde tage bussen.",
         "Jeg vil kunne gå, så jeg kan turde tage bussen."),
    ],
)  # fmt: skip
def test_no_kunne_before_a_verb_of_being_able_of_its_own(said, written):
    """ "kunne turde", "kunne orke": the wish's own verb says it; "kunne" goes."""
    assert polish(said, GRAMMAR) == written


@pytest.mark.parametrize(
    "fine",
    [
        "kan få en dråbe i hvert øje og ikke ved siden af, en hel uge i træk",
        "kan hælde kaffen op og ikke ved siden af koppen",
        "kan spise min mad og selv ved bordet",
        "kan tage jakken på og ikke ved døren hele tiden",
        "kan barbere mig og bare ved håndvasken",
        "kan stå op og ikke ved hjælp af min datter",
        "så jeg kan sidde og strikke og ikke ved vinduet",
        "kan vande blomsterne og også ved min seng",
        "kan vaske op og selv ved en høj stol",
        "uden at ved sengen",
    ],
)
def test_a_preposition_like_a_present_verb_stays_before_its_noun(fine):
    """'og ikke ved siden af', 'og selv ved bordet': 'ved' before a noun phrase is the
    preposition, not the present of 'vide', and stays as said."""
    assert polish(fine, GRAMMAR) == fine


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("kan følge med og selv ved hvad der sker", "kan følge med og selv vide hvad der sker"),
        ("kan tage min medicin og ikke ved det", "kan tage min medicin og ikke vide det"),
    ],
)
def test_the_verb_vide_joined_to_a_modal_is_still_its_infinitive(said, written):
    assert polish(said, GRAMMAR) == written


@pytest.mark.parametrize(
    ("activity", "own", "kept"),
    [
        ("madlavning", "brygge sin kaffe på den gamle maskine hun kender", "maskine jeg kender"),
        ("madlavning", "lave den mad han kan lide", "mad jeg kan lide"),
        ("indkoeb", "handle i den butik hun altid har brugt", "butik jeg altid har brugt"),
        ("toejvask", "vaske det tøj han går med hver dag", "tøj jeg går med"),
        ("fritid", "se de programmer hun ser om aftenen", "programmer jeg ser"),
        ("fritid", "høre den musik han kender fra før", "musik jeg kender"),
        ("gang", "gå den tur hun plejer at gå", "tur jeg plejer at gå"),
        ("fritid", "spille de sange han har skrevet til koret", "sange jeg har skrevet"),
        ("madlavning", "bage de kager hun er kendt for i familien", "kager jeg er kendt for"),
        ("fritid", "læse de bøger han får fra biblioteket", "bøger jeg får fra biblioteket"),
    ],
)
def test_a_relatives_relative_clause_without_som_has_the_citizen_in_the_first_person(
    activity, own, kept
):
    facts = {"activity": activity, "own_action": own}
    relative = compose({**facts, "speaker": "relative"}, GOALS)[0]
    assert kept in relative, relative
    assert not grammar_problems(relative), relative
    said = kept.replace("jeg", "hun" if " hun " in own else "han", 1)
    assert said in compose({**facts, "speaker": "citizen"}, GOALS)[0]


@pytest.mark.parametrize(
    ("said", "written"),
    [
        # round 33 (words33): a participle joined by "og" to a modal's infinitive, its object
        # or particle after it, is the infinitive ("og taget dem ud igen" after "kan rulle")
        ("når jeg kan rulle hele håret op i curlerne og taget dem ud igen og rede det",
         "når jeg kan rulle hele håret op i curlerne og tage dem ud igen og rede det"),
        ("kan hente posten og lagt den på bordet", "kan hente posten og lægge den på bordet"),
        ("skal kunne bære tøjet ned og hængt det op", "skal kunne bære tøjet ned og hænge det op"),
        ("kan lave maden og sat den på bordet", "kan lave maden og sætte den på bordet"),
        ("min mor vil kunne gå i bad og vasket sig selv",
         "min mor vil kunne gå i bad og vaske sig selv"),
        ("kan tømme opvaskeren og stillet det hele op",
         "kan tømme opvaskeren og stille det hele op"),
        ("kan finde tøjet frem og taget det på selv", "kan finde tøjet frem og tage det på selv"),
    ],
)  # fmt: skip
def test_a_participle_joined_to_a_modals_infinitive_is_the_infinitive(said, written):
    assert polish(said, GRAMMAR) == written


@pytest.mark.parametrize(
    "fine",
    [
        "kan male huset og taget",  # no object after it: the roof
        "kan få håret vasket og redt det",  # a participle of its own clause before it
        "har rullet håret op og taget dem ud igen",  # no modal
    ],
)
def test_a_participle_otherwise_keeps_its_form(fine):
    assert polish(fine, GRAMMAR) == fine


@pytest.mark.parametrize(
    "fine",
    [
        # the plural of a count noun in -er ("curler" → "curlere") is no bare singular
        "sætte mit hår i curlere igen",
        "hun vil selv sætte håret i curlere om lørdagen",
    ],
)
def test_a_plural_in_ere_after_a_preposition_keeps_its_form(fine):
    assert polish(fine, GRAMMAR) == fine


@pytest.mark.parametrize(
    ("said", "written"),
    [
        # "til" left out after "tilbage" and a verb of going, in a second language
        ("komme tilbage sprogskole og lære dansk", "komme tilbage til sprogskole og lære dansk"),
        ("jeg vil tilbage arbejde", "jeg vil tilbage til arbejde"),
        ("gå tilbage kirke om søndagen", "gå tilbage til kirke om søndagen"),
        ("min far vil komme tilbage kor om torsdagen",
         "min far vil komme tilbage til kor om torsdagen"),
        ("cykle tilbage bager selv", "cykle tilbage til bageren selv"),
    ],
)  # fmt: skip
def test_til_left_out_after_tilbage_is_written(said, written):
    assert polish(said, GRAMMAR) == written


@pytest.mark.parametrize(
    "fine",
    [
        "komme tilbage hjem",
        "komme tilbage til kirken",
        "komme tilbage igen",
        "give bogen tilbage bibliotek",  # no verb of going before it
    ],
)
def test_tilbage_otherwise_keeps_its_words(fine):
    assert polish(fine, GRAMMAR) == fine
