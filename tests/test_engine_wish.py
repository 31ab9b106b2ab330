"""The wish step: asked unless a real wish was told, and the answer to an offer deciding."""

from __future__ import annotations

import pytest
from engine_support import CONTENT, TODAY, card, go

from assistant.dialogs.engine import new_state, start
from assistant.dialogs.models import Answer, Turn

YES = Answer("card", "ja")


def citizen(consent: Answer | str = YES) -> Turn:
    turn = go(start(CONTENT, new_state(CONTENT, today=TODAY)), card("borger"), consent)
    assert turn.slot == "everyday"
    return turn


def relative(consent: Answer | str = YES, about: str = "min kone Inger") -> Turn:
    turn = go(start(CONTENT, new_state(CONTENT, today=TODAY)), card("paaroerende"), consent)
    turn = go(turn, about)
    assert turn.slot == "everyday"
    return turn


def to_wish(turn: Turn) -> Turn:
    """Answer "ved ikke" to what is hard, if asked; the next question must be the wish."""
    if turn.slot == "difficulties":
        turn = go(turn, card("ved_ikke"))
    return turn


def until(turn: Turn, slot: str) -> Turn:
    for _ in range(40):
        if turn.slot == slot or turn.done:
            return turn
        ids = [c.id for c in turn.cards]
        turn = go(turn, card("ja") if "ja" in ids else card("ved_ikke"))
    raise AssertionError(f"never reached {slot}; stuck at {turn.slot}")


@pytest.mark.parametrize(
    "story",
    [
        # what one likes doing today ("gerne" with a verb in the present): a resource
        "jeg går gerne en lille tur med min nabo om eftermiddagen hvis vejret er godt",
        "jeg laeser gerne avisen og så hører jeg radio",
        # a will or a preference (a bare "vil"): no dream
        "nu handler min datter for mig om lørdagen men jeg vil selv vælge mine varer",
        "hun gør det jo ikke sådan som jeg vil have det, så jeg laver min mad selv",
        # a refusal
        "nu vil jeg ikke tage telefonen når den ringer",
        "jeg vil ikke have hjemmeplejen ind i køkkenet",
    ],
)
def test_wish_words_in_the_story_that_tell_no_dream_leave_the_wish_question(story):
    """Blind45/26/27/51: a story's "gerne", bare "vil" or "vil ikke" is no wish of the citizen's
    own; the wish question is asked and nothing of the goal is taken from the story."""
    turn = to_wish(go(citizen(), story))
    assert turn.slot == "wish", turn.prompt
    assert not turn.state["dreams"]
    assert not turn.state["slots"].get("activity")


@pytest.mark.parametrize(
    "story",
    [
        "inger har haft en depression. hun gaar gerne en lille tur med mig om eftermiddagen",
        "Lis fik en blodprop. Hun går fint. Nu vil Lis ikke tage telefonen, når den ringer.",
        "han vil selv bestemme hvornår han står op, og han ser fjernsyn det meste af dagen",
    ],
)
def test_a_relatives_story_of_today_leaves_the_wish_question(story):
    turn = to_wish(go(relative(), story))
    assert turn.slot == "wish", turn.prompt
    assert not turn.state["slots"].get("activity")


@pytest.mark.parametrize(
    "consent",
    [
        "ja, det har vi snakket om, det vil hun gerne",
        "ja det vil hun gerne, vi har talt om det",
        "ja hun vil gerne være med",
    ],
)
def test_a_yes_to_consent_with_wish_words_sets_no_activity(consent):
    """Blind62: "… det har vi snakket om, det vil hun gerne" made the goal about talking
    (kommunikation) and the wish question was never asked."""
    turn = relative(consent)
    assert not turn.state["slots"].get("activity")
    turn = to_wish(go(turn, "hun fik en blodprop og armen er svag. hun spiser selv"))
    assert turn.slot == "wish"
    turn = go(turn, "hun vil så gerne selv kunne børste sit hår igen")
    assert turn.state["slots"]["activity"] == "vask_og_hygiejne"


@pytest.mark.parametrize(
    ("story", "activity"),
    [
        ("jeg bor alene. jeg vil så gerne kunne gå ned til bageren igen", "gang"),
        ("jeg fik ny hofte i maj og jeg drømmer om at komme ud og danse igen", "fritid"),
        ("jeg har det fint men jeg vil gerne selv kunne gå i bad igen", "vask_og_hygiejne"),
    ],
)
def test_a_real_wish_in_the_story_is_the_dream(story, activity):
    """A wish said as one in the story ("vil gerne kunne …", "drømmer om at …") fills the
    wish: the question is not asked again."""
    turn = go(citizen(), story)
    assert activity == turn.state["slots"].get("activity")
    assert turn.state["dreams"]
    assert turn.slot not in ("wish", "activity")


OFFERED = "jeg klarer mig selv inde men jeg er bange for at gå ud alene på fortovet når det er glat"


@pytest.mark.parametrize(
    "said",
    [
        "jeg vil gerne selv kunne gaa ned i netto og baere mine poser hjem igen",
        "nej, jeg vil hellere kunne handle selv i brugsen",
        "ja men helst ned og handle i netto igen",
    ],
)
def test_an_answer_to_the_offer_that_names_its_own_activity_decides_it(said):
    """Blind61: offered "Vil du gerne kunne gå og komme omkring igen?", an answer about
    shopping (with a yes, a no or neither) makes the goal about shopping; it is not asked again."""
    turn = go(citizen(), OFFERED)
    assert turn.slot == "wish" and "Du sagde" in turn.prompt
    assert turn.state["difficulty_activity"] == "gang"
    turn = go(turn, said)
    assert turn.state["slots"]["activity"] == "indkoeb"
    assert turn.slot == "motivation"


def test_a_plain_yes_to_the_offer_takes_the_offered_activity():
    turn = go(citizen(), OFFERED, "ja det vil jeg gerne")
    assert turn.state["slots"]["activity"] == "gang"


@pytest.mark.parametrize(
    ("wish", "distance"),
    [
        ("jeg vil gerne selv kunne gaa ned i netto og baere mine poser hjem igen",
         "det er ca 500 meter ned til netto"),
        ("jeg vil gerne kunne gå ned i supermarkedet og købe ind igen", "der er vel en 300 meter"),
    ],
)  # fmt: skip
def test_an_errand_walked_to_and_measured_as_a_distance_stays_the_errand(wish, distance):
    """Blind61: "gå ned i Netto og bære mine poser hjem" measured as "500 meter ned til netto"
    is shopping with the way there as its measure, not a walking goal."""
    turn = until(go(citizen(), "ved ikke", card("ved_ikke"), wish), "measure")
    assert turn.state["slots"]["activity"] == "indkoeb"
    turn = go(turn, distance)
    assert turn.state["slots"]["activity"] == "indkoeb"
    assert turn.state["slots"]["measures"][0]["unit"] == "meter"


@pytest.mark.parametrize(
    ("wish", "chosen", "words"),
    [
        ("sidde med de andre i spisesalen", "socialt_samvaer", "spisesalen"),
        ("komme over til naboen om eftermiddagen igen", "socialt_samvaer", "naboen"),
    ],
)
def test_a_wish_without_activity_words_stays_the_goal_when_a_card_is_chosen(wish, chosen, words):
    """Blind48: the wish "sidde med de andre i spisesalen" names no activity; the card chosen
    next files it, and the goal still says it in her words."""
    turn = to_wish(go(citizen(), "jeg hører radio og så sover jeg meget"))
    turn = go(turn, wish)
    if turn.slot == "activity":
        turn = go(turn, card(chosen))
    turn = until(turn, "done")
    assert words in turn.draft["goal"]["text"]


@pytest.mark.parametrize(
    "told",
    [
        "Mor brækkede hoften i september da hun faldt på badeværelset",
        "han ryster meget på hænderne og går langsomt med rollator",
        "om morgenen før pillerne virker ryster hænderne meget",
        "han har en begyndende demens og glemmer aftaler",
        "hun faldt i haven i september og har fået rollator nu",
        "ordene kommer ikke rigtig ud og naar han skriver bliver det til noget rod",
        "hun har kol og bliver forpustet paa trappen",
    ],
)
def test_a_diagnosis_a_fall_or_a_symptom_is_not_offered_as_a_wish(told):
    """Blind63-68: "Du sagde: »Mor brækkede hoften …«. Vil Ruth gerne kunne vaske sig …?" said
    a fall back as a bathing wish: only a quote that says the citizen cannot do a task is
    offered; else the wish question is asked open."""
    turn = go(relative(about="min mor Ruth"), told)
    turn = to_wish(turn) if turn.slot != "wish" else turn
    assert turn.slot == "wish" and "Du sagde" not in turn.prompt
    assert not {"ja", "nej"} & {c.id for c in turn.cards}


@pytest.mark.parametrize(
    "told",
    [
        "jeg tør ikke selv , jeg er bange for at glide",
        "jeg har sukkersyge og ondt i ryggen",
        "efter blodproppen bliver jeg saa hurtigt træt",
        "det kan jeg ikke lide, min kone hjælper mig med tøjet",
        "jeg er blevet svimmel og faldt i køkkenet",
    ],
)
def test_a_citizens_own_symptom_or_fear_is_not_offered_as_a_wish(told):
    """The citizen's own words: a fear of slipping, an illness, tiredness, a dislike or a fall
    tell no task the citizen cannot do; the wish question is asked open."""
    turn = to_wish(go(citizen(), told))
    assert turn.slot == "wish" and "Du sagde" not in turn.prompt


@pytest.mark.parametrize(
    ("told", "offered"),
    [
        ("hun kan ikke bære vasketøjet ned i kælderen mere", "»hun kan ikke bære vasketøjet"),
        ("hun tør ikke gaa i bad naar hun er alene", "»hun tør ikke gå i bad"),
        ("trapperne er svære for hende", "»trapperne er svære for hende«"),
    ],
)
def test_a_task_the_citizen_cannot_do_is_still_offered(told, offered):
    """A negated ability or "svær" with the task (a relative's third person, ASCII typing)."""
    turn = go(relative(about="min mor Ruth"), told)
    assert turn.slot == "wish" and offered in turn.prompt


@pytest.mark.parametrize(
    ("told", "verb"),
    [
        ("det er svært, han kan ikke læse", "Vil Inger gerne kunne læse igen?"),
        ("hun tør ikke køre bil mere", "Vil Inger gerne kunne køre bil igen?"),
        ("han kan ikke rigtig snakke eller skrive mere", "gerne kunne snakke eller skrive igen?"),
    ],
)
def test_the_offer_names_the_task_as_said_not_the_activity_label(told, verb):
    """Blind42/65: "så han kan ikke læse" was offered as "dyrke sin hobby", writing as "bruge
    telefon og tablet": the verb said after "kan ikke" is offered when the label shares none."""
    turn = go(relative(), told)
    assert turn.slot == "wish" and turn.prompt.endswith(verb)


@pytest.mark.parametrize(
    "story",
    [
        "Inde kører jeg i kørestol, og jeg kan ikke gå ret langt",
        "jeg sidder i korestol og kan ikke gaa paa trapperne",
    ],
)
def test_no_walking_offer_to_someone_in_a_wheelchair(story):
    """Blind63 MS: "Vil du gerne kunne gå og komme omkring igen?" to a wheelchair user."""
    turn = go(citizen(), story)
    turn = to_wish(turn) if turn.slot != "wish" else turn
    assert turn.slot == "wish" and turn.state["difficulty_activity"] in ("gang", "trapper")
    assert "Du sagde" not in turn.prompt and " gå " not in turn.prompt


@pytest.mark.parametrize(
    ("wish", "distance"),
    [
        ("jeg vil gerne kune cykle ud til søen og fiske igen", "det er ca 4 km derud"),
        ("vil gerne kunne koere paa min el-scooter ned til netto og handle selv",
         "det er 800 meter hver vej"),
        ("jeg vil gerne cykle ned til havnen og drikke kaffe med gutterne", "en tre kilometer"),
        ("jeg vil gerne kunne køre ud til sommerhuset og sidde på terrassen",
         "det er vel en 30 km"),
    ],
)  # fmt: skip
def test_a_ride_measured_as_a_distance_is_the_ride(wish, distance):
    """Blind31/53/82: a ride to an errand measured in metres or kilometres is the ride
    (transport): the way is what is hard, whatever waits at the end of it."""
    turn = until(go(citizen(), "ved ikke", card("ved_ikke"), wish), "measure")
    turn = go(turn, distance)
    assert turn.state["slots"]["activity"] == "transport"


@pytest.mark.parametrize(
    ("wish", "sign"),
    [
        ("jeg vil gerne selv kunne gaa ned paa biblioteket igen",
         "der er ca 800 meter hen til biblioteket. at jeg kan gaa derhen og hjem igen"),
        ("jeg vil gerne kunne gå ud til postkassen uden rollatoren",
         "det er ud til lågen en tredive meter og så tilbage igen"),
        ("jeg vil gerne kunne gå hen til frisøren igen",
         "det er 400 meter, at jeg kan gå derhen uden at hvile mig"),
        ("jeg vil gerne kunne gå over i kirken om søndagen",
         "300 meter, at jeg kan gå derover uden at stoppe"),
    ],
)  # fmt: skip
def test_a_walk_measured_as_a_distance_with_a_sign_is_walking(wish, sign):
    """Blind45/57: a distance said with a sign of its own ("at jeg kan gå derhen og hjem igen")
    still measures the walk: walking, not the library or the post."""
    turn = until(go(citizen(), "ved ikke", card("ved_ikke"), wish), "measure")
    turn = go(turn, sign)
    assert turn.state["slots"]["activity"] == "gang"


@pytest.mark.parametrize(
    ("wish", "sign", "activity"),
    [
        ("jeg vil gerne kunne tage toget til koebenhavn og se mit barnebarn spille komedie",
         "at jeg selv kan koebe billet og finde min plads i toget", "transport"),
        ("jeg vil gerne kunne tage bussen ind til byen og besøge min veninde",
         "at jeg kan finde det rigtige stoppested og stå af selv", "transport"),
        # the sign names no ride: the visit stays
        ("jeg vil gerne kunne besøge min søster i Vejle igen",
         "at jeg kan være der en hel eftermiddag", "socialt_samvaer"),
    ],
)  # fmt: skip
def test_a_sign_that_tells_the_ride_of_a_wish_naming_it_makes_it_the_ride(wish, sign, activity):
    """Blind75: "tage toget til København og se mit barnebarn …" measured by a ticket, a seat
    and a station is the train ride; a sign without a ride leaves the errand."""
    turn = until(go(citizen(), "ved ikke", card("ved_ikke"), wish), "measure")
    turn = go(turn, sign)
    assert turn.state["slots"]["activity"] == activity


@pytest.mark.parametrize(
    ("story", "words"),
    [
        # blind86: the wish told inside a long story, with its own object
        (
            "Jeg har strikket hele mit liv, men nu har pindene ligget i kurven. Mit oldebarn "
            "Villads blev født i september, og jeg vil så gerne strikke en sweater til ham til "
            "jul.",
            ["strikke en sweater"],
        ),
        (
            "jeg bor alene og klarer det meste selv men jeg vil så gerne synge i koret i kirken "
            "igen om torsdagen",
            ["synge i koret"],
        ),
        (
            "min mand døde sidste år og nu vil jeg gerne spille kort med de andre i klubben igen",
            ["spille kort"],
        ),
    ],
)
def test_a_wish_told_in_the_story_keeps_its_own_words_in_the_goal(story, words):
    """The story fills the wish: the goal keeps its verb and object, not the activity's label
    ("dyrke min hobby", "være sammen med andre")."""
    turn = until(go(citizen(), story), "confirm")
    assert all(w in turn.prompt for w in words), turn.prompt


@pytest.mark.parametrize(
    ("wish", "independence", "means"),
    [
        # blind86 church: the ride said in the wish
        ("jeg vil så gerne i kirke igen om søndagen med rollatoren og så med Flextrafik derhen",
         "med rollatoren", "med Flextrafik"),
        # blind77: the ride said at independence
        ("jeg vil gerne besøge min veninde på plejehjemmet", "med flextrafikken og rollatoren",
         "med Flextrafik og min rollator"),
        ("jeg vil gerne til frisøren en gang om måneden", "selv, med en taxa",
         "med en taxa"),
        ("jeg vil gerne ned i byen og handle", "ikke med flextrafik, jeg tager rollatoren",
         None),
    ],
)  # fmt: skip
def test_the_ride_said_in_the_wish_or_the_independence_answer_stays_in_the_goal(
    wish, independence, means
):
    turn = to_wish(go(citizen(), "jeg klarer mig selv med det meste"))
    assert turn.slot == "wish"
    turn = go(turn, wish)
    for _ in range(40):  # the independence answer when asked, else yes or "ved ikke"
        if turn.slot in ("confirm", "done"):
            break
        ids = [c.id for c in turn.cards]
        yes = card("ja") if "ja" in ids else card("ved_ikke")
        turn = go(turn, independence if turn.slot == "independence" else yes)
    summary = turn.prompt
    if means is None:
        assert "lextrafik" not in summary, summary
    else:
        assert means in summary, summary


@pytest.mark.parametrize(
    ("often", "measure"),
    [
        # blind85: the hour each time said with how often, the sign a thing made
        ("øh en to gange om ugen en times tid ad gangen mere kan hånden ikke klare",
         {"value": 1, "unit": "time"}),
        ("hver dag, en halv time ad gangen", {"value": 0.5, "unit": "time"}),
        ("tre gange om ugen og så tyve minutter hver gang", {"value": 20, "unit": "minut"}),
    ],
)  # fmt: skip
def test_a_duration_each_time_said_with_how_often_is_the_measure(often, measure):
    turn = to_wish(go(citizen(), "jeg klarer mig selv med det meste"))
    turn = go(turn, "jeg vil gerne lave en fuglekasse ude i værkstedet")
    for _ in range(40):
        if turn.slot in ("frequency", "done"):
            break
        ids = [c.id for c in turn.cards]
        answer = "at den står færdig" if turn.slot == "measure" else None
        turn = go(turn, answer or (card("ja") if "ja" in ids else card("ved_ikke")))
    assert turn.slot == "frequency"
    turn = go(turn, often)
    slots = turn.state["slots"] if isinstance(turn.state, dict) else turn.state.slots
    assert slots.get("measures") == [measure], slots
    assert slots.get("measure_each_time")


@pytest.mark.parametrize(
    ("wish", "said"),
    [("toilet. nat. selv", "hver nat"), ("bad. morgen", "hver morgen"),
     ("trappe. aften", "hver aften"), ("toilet. natten. selv", "om natten")],
)  # fmt: skip
def test_a_wish_in_single_words_keeps_the_time_it_names(wish, said):
    """ "toilet. nat. selv", as one with aphasia may say it: the lone "nat" is every night, in
    the goal as said ("hver nat"), never lost."""
    turn = until(go(to_wish(go(citizen(), card("ved_ikke"))), wish), "done")
    assert said in turn.draft["goal"]["text"]
    assert turn.draft["goal"]["frequency"] == {"times": 1, "per": "day", "every": 1}


@pytest.mark.parametrize("wish", ["kaffe. aften. selv", "kirke. søndag", "øh uge"])
def test_a_noun_said_alone_as_the_wish_is_no_verb_of_the_goal(wish):
    """ "kaffe. aften. selv": a bare noun is never the goal's verb ("Jeg vil kunne kaffe"); the
    activity's own words say it."""
    turn = until(go(to_wish(go(citizen(), card("ved_ikke"))), wish), "done")
    noun = wish.split(".")[0].split()[-1]
    assert f"kunne {noun}" not in turn.draft["goal"]["text"]


@pytest.mark.parametrize(
    ("wish", "doing"),
    [
        ("kabale. kort. selv.", "lægge kabale"),
        ("krydsord. selv", "løse krydsord"),
        ("øh patiens igen", "lægge patiens"),
        ("sudoku. hver dag.", "løse sudoku"),
        ("whist. onsdag", "spille whist"),
        ("puslespil. med min mand", "lægge puslespil"),
        ("krydsordet i avisen selv", "løse krydsordet i avisen"),
    ],
)  # fmt: skip
def test_a_pastime_said_alone_as_the_wish_gets_its_own_verb(wish, doing):
    """ "kabale. kort. selv.": the pastime is done by its own verb ("lægge kabale"), never the
    activity's label ("dyrke min hobby")."""
    turn = until(go(to_wish(go(citizen(), card("ved_ikke"))), wish), "done")
    text = turn.draft["goal"]["text"]
    assert doing in text, text
    assert "hobby" not in text, text


@pytest.mark.parametrize("wish", ["bage. jul", "hente avis", "sove. nat"])
def test_a_verb_said_alone_as_the_wish_stays_the_goals_verb(wish):
    turn = until(go(to_wish(go(citizen(), card("ved_ikke"))), wish), "done")
    assert f"kunne {wish.split('.')[0]}" in turn.draft["goal"]["text"]


@pytest.mark.parametrize(
    ("story", "wish", "phrase"),
    [
        # typed, fillers: the allotment named in the story, "derud" in the wish
        (
            "nå ja vi har haft en kolonihave i mange år og jeg bor alene nu",
            "øh jeg vil så gerne kunne cykle derud igen",
            "cykle ud til kolonihaven igen",
        ),
        # no æøå, a relative speaking of her father in the third person
        (
            "min far har en baad nede i havnen men han kommer der ikke mere",
            "han vil gerne kunne gaa derned selv igen",
            "gå ned til havnen selv igen",
        ),
        # where one lives is no destination: "derned" stays as said
        (
            "øh jeg bor jo her på plejehjemmet og sidder mest inde på stuen",
            "jeg vil gerne kunne gå derned selv",
            "gå derned",
        ),
    ],
)
def test_a_pointing_wish_goes_to_the_place_the_story_named(story, wish, phrase):
    """Round 24: "derud" in the wish points at the place told in the everyday story."""
    turn = to_wish(go(citizen(), story))
    assert turn.slot == "wish"
    turn = go(turn, wish)
    assert turn.state["slots"].get("own_action") == phrase


@pytest.mark.parametrize(
    ("wish", "phrase"),
    [
        # "der" before the wish verb: the place named before it in the same answer
        (
            "oeh der er en petanquebane ovre bag kirken og der vil jeg gerne hen igen om onsdagen",
            "hen til petanquebanen igen",
        ),
        (
            "vi har en kolonihave uden for byen og der vil jeg gerne ud igen hver weekend",
            "ud til kolonihaven igen",
        ),
        # "den"/"dem": the owned thing named before, and where it was said to be
        (
            "nå ja jeg har stadig min gamle cykel stående nede i kælderen og den vil jeg gerne "
            "ned og pudse igen",
            "ned i kælderen og pudse min gamle cykel igen",
        ),
        ("jeg har min symaskine og den vil jeg gerne bruge igen", "bruge min symaskine igen"),
        # a preposition left at the end takes the thing ("køre på min cykel")
        (
            "jeg har stadig min gamle cykel stående i garagen og den vil jeg gerne ud og køre "
            "på igen",
            "ud i garagen og køre på min gamle cykel igen",
        ),
        # a phrase with a place of its own keeps it
        (
            "der er en cafe i byen og der vil jeg gerne ned paa biblioteket igen",
            "ned på biblioteket igen",
        ),
        # "dem" with no owned thing before it: no deed told earlier is spliced in
        (
            "vi har altid malet baadene sammen om foraaret og dem vil jeg gerne ud og male igen",
            "ud og male igen",
        ),
    ],
)
def test_a_fronted_pointing_word_says_what_it_points_at(wish, phrase):
    """Round 25 (wishwords5): "… og der/dem vil jeg gerne ud og …" keeps the wish's own place
    or thing in its phrase, never the story told before it."""
    turn = to_wish(go(citizen(), "jeg bor alene"))
    assert turn.slot == "wish"
    turn = go(turn, wish)
    assert turn.state["slots"].get("own_action") == phrase


def test_a_relatives_fronted_dem_keeps_his_things_and_where_they_are():
    turn = to_wish(go(relative(about="min mand Ib"), "han sidder mest i stolen"))
    assert turn.slot == "wish"
    turn = go(
        turn, "han har sine fuglekasser liggende ude i garagen og dem vil han gerne ud og male"
    )
    phrase = turn.state["slots"].get("own_action") or ""
    assert "fuglekasser" in phrase and "i garagen" in phrase, phrase


@pytest.mark.parametrize(
    ("wish", "said"),
    [
        # a meal said alone gets its verb; "selv" between the parts is no part of its own
        ("aftensmad. selv. kartofler og frikadeller", "lave aftensmad, kartofler og frikadeller"),
        ("oeh frokost. selv", "lave frokost"),
        ("middagsmad. altså. fisk og kartofler", "lave middagsmad, fisk og kartofler"),
    ],
)
def test_a_wish_told_in_nouns_keeps_its_nouns_with_the_meals_verb(wish, said):
    """Round 25 (wishwords5): a meal said alone is the meal made ("morgenmad. selv"), and the
    things listed after a lone "selv." stay in the goal, never the activity's label alone."""
    turn = until(go(to_wish(go(citizen(), card("ved_ikke"))), wish), "done")
    assert said in turn.draft["goal"]["text"]
