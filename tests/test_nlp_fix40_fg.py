"""Fix round 40 (fG), corpus 78's leftovers: a limit behind somebody else's demand and the
length of a struggle behind a lack are no measures; others coming so often ("der kommer en ny
hver uge") is no goal frequency; "vil" in a question after a verb of showing or telling is no
wish, and a picture board made for one is a kommunikationstavle used with "nu … selv"; "sammen
med en frivillig" is help; "helt nede" is a low mood."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    "text",
    [
        "kommunen vil have mig i aktivering men jeg kan ikke sidde mere end en time",
        "lægen vil ha at jeg går til træning, men jeg kan ikke stå i en halv time",
        "jobcentret vil have mig i praktik men jeg kan ikke stå op mere end tyve minutter",
        "sagsbehandleren vil ha mig i arbejdsprøvning, men jeg kan jo ikke sidde i to timer",
    ],
)
def test_a_limit_behind_somebody_elses_demand_is_no_measure(text):
    facts = analyze(text, TODAY)
    assert facts.stance == "difficulty"
    assert facts.measures == ()


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        # the speaker's own wish before "men" is no duty: the limit alone stays the level
        ("jeg kan ikke gå mere end et kvarter så skal jeg sidde ned", 15, "minut"),
        ("kan ikke baere mere end et par kilo, saa det er min nabo der tager varerne", 2, "kilo"),
    ],
)
def test_a_limit_said_alone_stays_its_measure(text, value, unit):
    facts = analyze(text, TODAY)
    assert [(m.value, m.unit) for m in facts.measures] == [(value, unit)]


@pytest.mark.parametrize(
    "text",
    [
        "min mor kan ikke få strømperne på, hun sidder en halv time på sengen med dem",
        "far kan ikke knappe skjorten mere han står tit et kvarter foran spejlet",
        "jeg kan ikke bøje mig ned til skoene, så jeg sidder en time på stolen og bander",
        "hun kan ikk komme op af sengen selv, hun sad tyve minutter på kanten i morges",
    ],
)
def test_the_length_of_a_struggle_behind_a_lack_is_no_measure(text):
    facts = analyze(text, TODAY)
    assert facts.stance == "difficulty"
    assert facts.measures == ()


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("jeg vil gerne kunne gå en halv time uden at stoppe", 0.5, "time"),
        ("at jeg kan sidde en halv time uden at få ondt i ryggen, det vil jeg gerne", 0.5, "time"),
        ("far bruger et kvarter på at få skjorten på", 15, "minut"),
    ],
)
def test_a_wished_or_told_length_stays(text, value, unit):
    facts = analyze(text, TODAY)
    assert [(m.value, m.unit) for m in facts.measures] == [(value, unit)]


@pytest.mark.parametrize(
    "text",
    [
        "jeg kan ikke huske navnene på dem der hjælper mig, der kommer en ny hver uge",
        "mor kan ikke huske dem for der kommer nye folk hver dag fra hjemmeplejen",
        "han kan ikk finde ud af hvem de er, og der kommer en ny næsten hver dag",
    ],
)
def test_others_coming_so_often_is_no_goal_frequency(text):
    facts = analyze(text, TODAY)
    assert facts.stance == "difficulty"
    assert facts.frequency is None


def test_a_relative_der_after_a_noun_is_no_such_clause():
    facts = analyze("jeg vil gerne gå til den gymnastik der er hver tirsdag i hallen", TODAY)
    assert facts.frequency is not None and facts.frequency.per == "week"


def test_a_wished_visitor_keeps_its_frequency():
    facts = analyze("jeg vil gerne have en besøgsven der kommer en gang om ugen", TODAY)
    assert facts.stance == "wish"
    assert facts.frequency is not None and facts.frequency.per == "week"


@pytest.mark.parametrize(
    "text",
    [
        "efter blodproppen kan far godt selv vise hvad han vil have til morgenmad",
        "hun kan godt selv sige hvad hun vil, det går fint",
        "nu peger han selv på hvad han vil ha",
        "nu kan hun godt selv pege på hvad hun vil have at spise",
    ],
)
def test_vil_in_a_question_after_showing_or_telling_is_no_wish(text):
    assert analyze(text, TODAY).stance == "resource"


def test_an_own_wish_before_the_question_stays_a_wish():
    facts = analyze("jeg vil gerne selv kunne sige hvad jeg vil have i butikken", TODAY)
    assert facts.stance == "wish"


@pytest.mark.parametrize(
    "text",
    [
        "min mand kan ikke tale efter slagtilfældet, men logopæden har lavet en tavle med "
        "billeder, og nu kan han selv vise hvad han vil",
        "mor har fået en plade med symboler og nu kan hun selv fortælle os hvad hun vil have",
    ],
)
def test_a_picture_board_made_or_got_is_an_aid_used(text):
    facts = analyze(text, TODAY)
    assert "kommunikationstavle" in facts.aids
    assert facts.independence == "hjaelpemiddel"


def test_a_board_with_no_pictures_is_no_aid():
    facts = analyze("jeg vil gerne kunne skrive på tavlen i køkkenet igen", TODAY)
    assert "kommunikationstavle" not in facts.aids


@pytest.mark.parametrize(
    "text",
    [
        "jeg vil gerne gå en tur sammen med en frivillig fra Røde Kors hver uge",
        "mor vil gerne handle sammen med en besøgsven om torsdagen",
        "jeg vil gerne i svømmehallen sammen med en hjælper fra kommunen",
    ],
)
def test_doing_it_with_a_volunteer_or_helper_is_help(text):
    assert analyze(text, TODAY).independence == "med_hjaelp"


@pytest.mark.parametrize(
    "text",
    [
        "jeg vil gerne spille kort sammen med de andre i klubben",
        "jeg vil gerne gå tur sammen med en flok fra kirken om søndagen",
    ],
)
def test_doing_it_with_unnamed_others_stays_company(text):
    assert analyze(text, TODAY).independence != "med_hjaelp"


@pytest.mark.parametrize(
    "text",
    [
        "min far er helt nede efter min mor døde, han vil ikke snakke med nogen",
        "min mand er helt nede efter han fik demens diagnosen, han sidder bare i stolen",
        "jeg føler mig saa nede for tiden og vil ikke snakke med nogen",
        "hun har været meget nede siden hun mistede sin hund",
    ],
)
def test_helt_nede_is_a_low_mood(text):
    facts = analyze(text, TODAY)
    assert facts.activity == "humoer_og_energi"
    assert facts.stance == "difficulty"


def test_nede_as_a_place_is_no_mood():
    facts = analyze("jeg går en tur helt nede ved stranden hver dag med min stok", TODAY)
    assert facts.activity != "humoer_og_energi"
    assert facts.stance != "difficulty"


@pytest.mark.parametrize(
    "text",
    [
        "jeg kan ikke gå langt, efter 200 meter så må jeg stoppe og puste",
        "far kan ikke gaa ret langt mere. efter halvtreds meter han må sætte sig paa rollatoren",
        "mor går lidt med rollatoren men efter tyve meter så skal hun sidde ned",
    ],
)
def test_when_the_stop_comes_is_no_measure(text):
    assert analyze(text, TODAY).measures == ()


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("far kan ikke stå ved komfuret mere han bliver svimmel efter fem minutter", 5, "minut"),
        (
            "jeg vil gerne kunne gå 500 meter uden pause, nu efter 100 meter må jeg stoppe",
            500,
            "meter",
        ),
    ],
)
def test_an_onset_without_a_stop_or_a_wished_amount_stays(text, value, unit):
    facts = analyze(text, TODAY)
    assert [(m.value, m.unit) for m in facts.measures] == [(value, unit)]


@pytest.mark.parametrize(
    "text",
    [
        "far er blevet helt tavs efter slagtilfældet",
        "min mand er blevet så gnaven og sur efter han stoppede på arbejdet",
        "mor har været meget indelukket siden jul",
    ],
)
def test_a_changed_temper_is_a_difficulty(text):
    assert analyze(text, TODAY).stance == "difficulty"


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "min søn har lavet en kalender med kæmpe tal så nu kan jeg selv se hvilken dag det er",
            "resource",
        ),
        ("mor kæmper med strømperne hver morgen", "difficulty"),
        ("jeg må kæmpe for at komme op af sengen", "difficulty"),
    ],
)
def test_kaempe_before_a_noun_is_huge_not_a_struggle(text, stance):
    assert analyze(text, TODAY).stance == stance
