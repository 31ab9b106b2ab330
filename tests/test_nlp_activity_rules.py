"""The activity rules alone (no word counts): a fear is about what it is of, side words that
look like cues (a compound's tail, getting lost, a counted or numb body part) name nothing."""

from __future__ import annotations

import functools
from datetime import date

import pytest

from assistant.content import load_content
from assistant.nlp import analyze, clauses
from assistant.nlp.extract import Analyzer

TODAY = date(2026, 12, 2)


@functools.cache
def _rules() -> Analyzer:
    return Analyzer(load_content("da"), second_opinion=False)


@pytest.fixture
def rules() -> Analyzer:
    return _rules()


@pytest.mark.parametrize(
    ("text", "activity"),
    [
        # a fear with what it is of: the activity given up or feared, not mood
        ("jeg er bange for at falde igen så jeg går ikke ud alene mere", "gang"),
        (
            "mor vil ikke med til julefrokost hos min bror, hun er bange for at falde paa isen",
            "socialt_samvaer",
        ),
        ("far er utryg ved at falde så han har ikke været nede i Brugsen siden august", "indkoeb"),
        ("jeg har altid gået til linedance men nu er jeg bange for at træde forkert", "fritid"),
        # … and mood when nothing else is named, or the fear is a phrase of its own
        ("jeg er bange for at falde", "humoer_og_energi"),
        ("han er bange for at gå ud alene", "humoer_og_energi"),
    ],
)
def test_a_fear_is_about_what_it_is_of(rules, text, activity):
    assert rules.analyze(text, TODAY).activity == activity


@pytest.mark.parametrize(
    ("text", "activity"),
    [
        ("min bror tager selv sin antabus hver morgen nu", "egen_sundhed"),
        ("jeg vil gerne ud til veteran traktortræf i juni med min søn", "fritid"),
        ("vi vil gerne have ham med til soendagsmiddag hos os en gang om ugen", "socialt_samvaer"),
        ("jeg orker ikke rigtig noget mere", "humoer_og_energi"),
        ("jeg vil gerne kunne tage op vasken selv efter aftens maden", "rengoering"),
        ("jeg kan ikke mærke fødderne mere men jeg går stadig til linedance", "fritid"),
        ("jeg har altid strikket men nu kan jeg ikke mærke fingrene", "fritid"),
    ],
)
def test_side_words_that_look_like_cues(rules, text, activity):
    assert rules.analyze(text, TODAY).activity == activity


def test_getting_lost_is_no_walk(rules):
    text = "mor vil gerne med koret paa tur men vi er bange for at hun gaar vild"
    assert rules.analyze(text, TODAY).activity == "fritid"


def test_fear_spans_cover_the_fear_word_and_its_leads(rules):
    words = ["jeg", "er", "bange", "for", "at", "falde", "så", "jeg", "går", "ikke", "ud"]
    assert clauses.fear_spans(words, rules.lex, frozenset()) == ((2, 5),)
    assert clauses.fear_spans(words, rules.lex, frozenset({2})) == ()
    assert clauses.fear_spans(["jeg", "er", "bange"], rules.lex, frozenset()) == ()


def test_an_occasion_told_by_another_person_is_a_side_clause(rules):
    words = ["det", "er", "pinligt", "når", "mine", "børn", "er", "på", "besøg"]
    assert clauses.occasion_spans(words, rules.lex) == ((3, 9),)
    # the citizen's own "når" tells the activity there; nothing told before: no occasion
    assert clauses.occasion_spans(["jeg", "får", "ondt", "når", "jeg", "går"], rules.lex) == ()
    assert clauses.occasion_spans(["når", "mine", "børn", "kommer"], rules.lex) == ()


@pytest.mark.parametrize(
    ("text", "activity"),
    [
        # the visit is the occasion, the plate and the spilling the task
        (
            "jeg spilder ud over dugen når jeg spiser og det er flovt når mine børn er på besøg",
            "spise_og_drikke",
        ),
        # a state before it ("bliver så glad") is no task: the visit stays the point
        ("mor bliver så glad når hendes gamle veninde kommer forbi", "socialt_samvaer"),
    ],
)
def test_an_occasion_yields_to_a_task_not_to_a_state(rules, text, activity):
    assert rules.analyze(text, TODAY).activity == activity


def test_the_counts_leave_out_the_place_a_person_is_from(rules):
    feats = rules.model_features("jeg vil gerne fiske med min gamle kollega fra busserne")
    assert {"fiske", "kollega"} <= feats
    assert "bus" not in feats
    assert "bus" in rules.model_features("jeg vil gerne med bussen til byen")


@pytest.mark.parametrize(
    ("text", "activity"),
    [
        # where a ride goes is no activity of its own …
        ("vil gerne kunne kore paa den ned til brugsen selv", "transport"),
        ("jeg vil gerne cyke på arbejde igen", "transport"),
        # … but an errand told after "og" still is
        ("jeg vil gerne kunne køre ned til netto og handle selv", "indkoeb"),
    ],
)
def test_where_a_ride_goes_is_no_activity(rules, text, activity):
    assert rules.analyze(text, TODAY).activity == activity


def test_the_destination_runs_from_the_lead_to_og(rules):
    from assistant.nlp.activity import destination_tokens, utterance_cues  # noqa: PLC0415

    def where_to(text: str) -> set[int]:
        words = text.split(" ")
        cues = utterance_cues(words, words, rules.index, rules.content)
        return destination_tokens(words, words, rules.lex, cues)

    assert where_to("jeg vil cykle ned til havnen og drikke kaffe") == {4, 5}
    # no travel verb, or no lead within reach: no destination
    assert where_to("jeg vil gå ned til havnen") == set()
    assert where_to("jeg vil cykle hver eneste dag til havnen") == set()
    # what is ridden is no place: "på motionscyklen" leads none, "til" after it does
    assert where_to("jeg vil cykle på motionscyklen") == set()
    assert where_to("jeg vil køre på scooteren til brugsen") == {5, 6}


def test_the_counts_leave_out_where_a_ride_goes(rules):
    feats = rules.model_features("vil gerne kunne køre på min scooter ned til brugsen")
    assert "scooter" in feats
    assert "brugs" not in feats and "brugsen" not in feats


@pytest.mark.parametrize(
    ("text", "activity"),
    [
        ("komme ind i min søns bil", "forflytning"),
        ("bil. ind. ud.", "forflytning"),
        ("jeg vil gerne kunne trille en tur med Alma i barnevognen", "gang"),
        ("jeg vil gerne selv kune se efter saar paa fodderne hver aften", "egen_sundhed"),
        ("jeg vil så gerne tilbage i genbrugsbutiken og stå ved kasen", "arbejde_og_frivillig"),
        ("han savner sin koekken have han vil gerne kunne passe den igen", "fritid"),
    ],
)
def test_car_transfers_strolls_wounds_the_till_and_split_compounds(rules, text, activity):
    assert rules.analyze(text, TODAY).activity == activity


def test_a_split_compound_is_read_as_one_but_never_after_a_function_word(rules):
    assert rules.analyze("jeg savner min køkken have", TODAY).activity == "fritid"
    # "hver dag" is no "hverdag" (the daily routine)
    found = rules.analyze("jeg vil gerne gaa en tur hver dag nej tre gange om ugen", TODAY)
    assert found.activity == "gang"


@pytest.mark.parametrize(
    ("text", "activity"),
    [
        # a thing left on is forgotten: memory, the cooker only says where
        ("jeg glemmer tit gryden paa komfuret og saa braender maden paa", "hukommelse"),
        ("far glemte strygejernet i går", "hukommelse"),
        # mending a vehicle is a pastime, not riding it
        ("Lave knægtens cykel ude i garagen. Han har punktering", "fritid"),
        ("jeg vil gerne skrue på min gamle knallert igen", "fritid"),
        # freezing in a doorway is walking, the relative's fear only why it matters
        ("han fryser jo fast i dørene og jeg er så bange for at han falder", "gang"),
        # withdrawing from others is company, whatever the cause after "fordi"
        ("han trækker sig fra vennerne fordi han ikke kan tale ordentligt", "socialt_samvaer"),
        # joining a weekday lunch at a centre is company, not cooking
        ("jeg vil gerne komme med til torsdagsfrokosten i seniorcentret igen", "socialt_samvaer"),
    ],
)
def test_the_wish_main_clause_beats_its_side_word(rules, text, activity):
    assert rules.analyze(text, TODAY).activity == activity


@pytest.mark.parametrize(
    ("text", "activity"),
    [
        ("jeg vil gerne kunne gå over i kirken med min stok og synge med til julegudstjenesten",
         "gang"),
        ("jeg vil gerne gå over i forsamlingshuset med min rollator og høre foredrag", "gang"),
        # without the aid the way there stays the way, and the singing wins as before
        ("jeg vil gerne kunne gå over i kirken og synge med til julegudstjenesten", "fritid"),
        # the aid after "og" is in another clause
        ("jeg vil gerne gå over i forsamlingshuset og høre foredrag og bruge min rollator",
         "fritid"),
    ],
)  # fmt: skip
def test_a_way_there_said_with_its_walking_aid_names_the_walk(rules, text, activity):
    """Blind5: "gå over i kirken med min stok og synge med …": the way there (a motion phrase)
    weighs as a full phrase when a walking aid follows it in its clause."""
    assert rules.analyze(text, TODAY).activity == activity


@pytest.mark.parametrize(
    "text",
    [
        # no drive for anything ("gider/orker ingenting")
        "jeg gider ingenting mere siden han døde",
        "mor orker intet efter hun kom hjem fra sygehuset",
        # the example after "ikke engang" is the lack of drive
        "hun orker ikke engang at ringe til sin søster mere",
        # a changed temper
        "min mand er blevet helt gnaven efter han ikke maa koere bil",
        "han er blevet saa sur og indelukket",
        # feeling well or badly, said with a modal word
        "jeg har det faktisk bedre nu end i foraaret",
        "jeg har det egentlig godt nok selv om min mand er død",
    ],
)
def test_a_low_drive_or_a_changed_temper_is_the_mood(rules, text):
    """Blind38, blind41, blind48: the words of drive and temper name the mood, not the phone or
    the people the example names."""
    assert rules.analyze(text, TODAY).activity == "humoer_og_energi"


@pytest.mark.parametrize(
    ("text", "activity"),
    [
        ("jeg vil gerne kunne hænge min vask op selv igen", "toejvask"),
        ("far vil gerne kunne lægge sin vask sammen selv", "toejvask"),
        ("han bliver så træt når han tager opvasken efter middagen", "rengoering"),
        ("hun kan ikke skifte sin ilt slange selv fordi fingrene ryster", "egen_sundhed"),
        ("jeg vil gerne lære at skifte ilten selv når flasken er tom", "egen_sundhed"),
        # the basin stays a place
        ("jeg kan ikke staa ved vasken og barbere mig", "vask_og_hygiejne"),
    ],
)
def test_the_deed_named_by_an_everyday_idiom(rules, text, activity):
    """Blind37, blind8, blind17: "hænge min vask op" is laundry, "tage opvasken" the dishes
    over the tiredness said of it, "skifte iltflasken" care of one's health."""
    assert rules.analyze(text, TODAY).activity == activity


@pytest.mark.parametrize(
    ("text", "activity"),
    [
        # the way said again after the wish, without its errand: the way is the point
        (
            "jeg vil gerne cykle ned til bageren og købe rundstykker. men jeg tør ikke cykle mere",
            "transport",
        ),
        (
            "hun vil gerne gaa over til naboen og drikke kaffe. hun siger selv gaa, ikke i bil",
            "gang",
        ),
        # … the same verb after a verb with its own object is no way to an errand
        (
            "han ville gerne køre for besøgstjenesten men han må ikke køre bil mere",
            "arbejde_og_frivillig",
        ),
        # the way with its means to company or leisure trains the way
        ("jeg vil gerne kunne tage bussen ud og besøge min datter i weekenden", "transport"),
        ("jeg vil gerne kunne tage flexbussen hen til min søster og spise med hende", "transport"),
        ("han vil gerne gå ned til kortklubben med sin rollator og spille whist", "gang"),
        # … an errand with its means stays the errand
        ("jeg vil gerne kunne gaa ned i brugsen med min stok og købe ind selv", "indkoeb"),
        # out of bed and onto the toilet: the toilet visit, not the transfer
        ("jeg vil gerne selv kunne komme op af sengen og ud paa toilettet om natten", "toilet"),
        ("om natten skal far kunne komme ud af sengen og hen på wc uden hjælp", "toilet"),
    ],
)
def test_the_wish_verbs_way_is_what_it_trains(rules, text, activity):
    assert rules.analyze(text, TODAY).activity == activity


@pytest.mark.parametrize(
    ("text", "activity"),
    [
        # the verb of going left out: the wish opens with where to, its means tell how
        ("øh jeg vil gerne ned i forsamlingshuset til banko med flextrafikken", "transport"),
        ("mor vil gerne til koret igen om tirsdagen med handicapkoerslen", "transport"),
        ("far vil så gerne hen i klubben om torsdagen med sin rollator", "gang"),
        # … an errand stays the errand, and without a means the place names the activity
        ("jeg vil gerne i brugsen med min rollator og handle", "indkoeb"),
        ("jeg vil gerne i kirke igen om søndagen", "socialt_samvaer"),
        pytest.param(
            "jeg vil gerne paa arbejde igen med toget",
            "arbejde_og_frivillig",
            marks=pytest.mark.xfail(
                strict=True,
                reason="found by the fresh-clone CI of 1ca41fd8 (fix round 55 merged): reads "
                "transport, the train outweighing 'paa arbejde' with no verb of going; cause not "
                "traced (f5's activity precedence suspected)",
            ),
        ),
    ],
)
def test_a_wish_without_its_verb_of_going_trains_the_way_its_means_name(rules, text, activity):
    """Blind111: "vil gerne i kirke igen med kirkebilen" goes to company by a ride, as "tage
    bussen ud og besøge …" does: the ride is what is trained."""
    assert rules.analyze(text, TODAY).activity == activity


def test_stairs_told_before_a_ride_to_company_do_not_overrule_the_ride():
    """The word counts read "op ad trapperne" as stairs; the wish rides to the bingo."""
    said = (
        "jeg kan ikke komme op ad trapperne til salen men jeg vil gerne til banko igen med "
        "flextrafikken"
    )
    assert _full().analyze(said, TODAY).activity == "transport"


@functools.cache
def _full() -> Analyzer:
    return Analyzer(load_content("da"))


@pytest.mark.parametrize(
    "text",
    [
        # analyze6: moving over onto the bed or a seat is a transfer, also beside forgetting
        "min mor glemmer tit at bremse rollatoren når hun skal over på sofaen",
        "øh far han glemmer at slaa bremsen paa naar han kommer over i sengen",
        "jeg vil gerne kunne komme over i lænestolen om aftenen uden at min søn løfter",
    ],
)
def test_moving_over_onto_a_seat_or_the_bed_is_a_transfer(rules, text):
    assert rules.analyze(text, TODAY).activity == "forflytning"


@pytest.mark.parametrize(
    "text",
    [
        # activity19: ironing said in the participle ("strøget") is laundry, not dressing
        "min far har aldrig strøget sine skjorter selv, det gjorde mor, men han vil laere det",
        "øh hun har strøget skjorterne til far hver fredag i halvtreds år",
    ],
)
def test_ironing_a_shirt_in_any_tense_is_laundry(rules, text):
    assert rules.analyze(text, TODAY).activity == "toejvask"


@pytest.mark.parametrize(
    ("text", "activity"),
    [
        # activity19: "lave noget/lidt med <company>" names no meal; the place or company does
        ("min mand vil op i klubben igen og lave lidt sammen med gutterne", "socialt_samvaer"),
        ("øh far savner at komme op i sløjdværkstedet og lave noget med de andre gutter", "fritid"),
        # … while a meal named stays cooking
        ("jeg vil gerne lave noget mad med mit barnebarn", "madlavning"),
    ],
)
def test_doing_something_in_company_is_not_cooking(rules, text, activity):
    assert rules.analyze(text, TODAY).activity == activity


@pytest.mark.parametrize(
    ("text", "activity"),
    [
        # activity19: outside a wish, someone's advice reported after the trouble told weighs
        # as side words ("laegen siger hun burde gaa i en sorggruppe")
        (
            "min mor er saa ked af det efter far doede, laegen siger hun burde gaa i en sorggruppe",
            "humoer_og_energi",
        ),
        # … advice alone, with nothing told before it, is the point
        ("lægen siger jeg skal gå flere ture", "gang"),
    ],
)
def test_advice_reported_beside_a_trouble_does_not_name_the_activity(rules, text, activity):
    assert rules.analyze(text, TODAY).activity == activity


@pytest.mark.parametrize(
    "text",
    [
        # activity19: empty days are the emptiness of a low mood
        "mor siger at dagene er så tomme",
        "min mand er død og nu er dagene så tomme",
    ],
)
def test_empty_days_are_mood(rules, text):
    assert rules.analyze(text, TODAY).activity == "humoer_og_energi"


@pytest.mark.parametrize(
    ("text", "activity"),
    [
        # activity20: getting up from the toilet is the toilet visit, with or without the
        # definite ending, told by a relative or typed without æøå
        ("øh far kan ikke staa op af toilet uden at hive i haandklaedeholderen", "toilet"),
        ("min kone hun kommer ikke selv op fra toilettet om natten", "toilet"),
        ("jeg vil gerne kunne rejse mig fra wc'et uden at holde fast i vasken", "toilet"),
        # … sitting down on it, or getting up from a chair, stays a transfer
        ("hun kan ikke selv saette sig paa toilettet", "forflytning"),
        ("han kan ikke komme op fra lænestolen uden hjælp", "forflytning"),
    ],
)
def test_getting_up_from_the_toilet_is_the_toilet(rules, text, activity):
    assert rules.analyze(text, TODAY).activity == activity


@pytest.mark.parametrize(
    ("text", "activity"),
    [
        # activity20: a meal named as what is eaten is eating, even beside making the bread
        (
            "mor spiser selv sin frokost og aftensmad, hun smører også brødet selv",
            "spise_og_drikke",
        ),
        ("øh han spiser ikke morgenmad mere siden konen døde", "spise_og_drikke"),
        # … a meal made, or eaten with others, is not
        ("jeg vil gerne kunne lave aftensmad selv igen", "madlavning"),
        ("jeg vil gerne ned og spise middag med de andre i fælleshuset", "socialt_samvaer"),
    ],
)
def test_a_meal_eaten_is_eating(rules, text, activity):
    assert rules.analyze(text, TODAY).activity == activity


@pytest.mark.parametrize(
    ("text", "activity"),
    [
        # activity20: talking with someone on a device is using it, whoever it is with
        ("hun snakker med sin søster i jylland paa telefonen hver aften", "kommunikation"),
        ("far vil gerne kunne tale med barnebarnet i Australien over skype", "kommunikation"),
        ("øh jeg sludrer med min veninde på facetime om søndagen", "kommunikation"),
        # … face to face it is company
        ("jeg snakker med naboen over hækken hver dag", "socialt_samvaer"),
    ],
)
def test_talking_on_a_device_is_communication(rules, text, activity):
    assert rules.analyze(text, TODAY).activity == activity


@pytest.mark.parametrize(
    ("text", "activity"),
    [
        # activity20: a round told by its holes is the game, walked or played, also after the
        # sport was named before "men"
        ("far vil gerne kunne gaa alle 18 huller igen efter hoften", "fritid"),
        ("jeg har spillet golf i tyve år men nu kan jeg kun gå ni huller", "fritid"),
        ("min mand vil gerne spille 9 huller paa golfbanen med sine venner til foråret", "fritid"),
        # bowling is a sport of its own, also as a compound's first part ("bowlingholdet")
        ("øh mor savner sit bowlinghold i hallen hver tirsdag", "fritid"),
        ("han vil gerne kunne kaste kuglen igen paa bowlingbanen", "fritid"),
        # … a walk counted in metres stays a walk
        ("jeg vil gerne kunne gå de 500 meter ned til postkassen", "gang"),
    ],
)
def test_golf_holes_and_bowling_are_leisure(rules, text, activity):
    assert rules.analyze(text, TODAY).activity == activity


@pytest.mark.parametrize(
    ("text", "activity"),
    [
        # activity20: coming to someone's home is a visit, however one gets there
        (
            "far kommer stadig hos sin datter hver søndag, det klarer han selv med bussen",
            "socialt_samvaer",
        ),
        ("øh mor kom tit hos naboen før hun fik rollator", "socialt_samvaer"),
        # … the ride alone, to nobody's home, stays the ride
        ("jeg kan selv tage bussen ind til byen hver fredag", "transport"),
    ],
)
def test_coming_to_someones_home_is_a_visit(rules, text, activity):
    assert rules.analyze(text, TODAY).activity == activity


@pytest.mark.parametrize(
    ("text", "activity"),
    [
        # activity21: the car is part of getting in or out of it, however it is said
        ("han skal have hjælp ud af bilen hver gang vi har været ude at køre", "forflytning"),
        ("øh ind i bilen øh det kan hun ikke mere", "forflytning"),
        ("mor kan ikke komme ind i sin datters store bil", "forflytning"),
        (
            "ind og ud af min søns nye bil er svært for far, køre bil kan han ikke mere",
            "forflytning",
        ),
        # … the ride stays the ride
        ("jeg vil gerne kunne køre bil selv igen", "transport"),
        ("far tager bilen ud af garagen og kører til byen", "transport"),
    ],
)
def test_getting_in_or_out_of_a_car_is_a_transfer(rules, text, activity):
    assert rules.analyze(text, TODAY).activity == activity


@pytest.mark.parametrize(
    ("text", "activity"),
    [
        # activity21: the shower head and the stool one sits on to shower are washing words
        ("jeg kan ikke staa under bruseren ret længe ad gangen", "vask_og_hygiejne"),
        ("bruseren sidder for højt, hun kan ikke nå den", "vask_og_hygiejne"),
        ("han skal have en brusetaburet så han kan sidde ned", "vask_og_hygiejne"),
        ("mor vil gerne kunne klare sig paa badetaburetten uden hjemmeplejen", "vask_og_hygiejne"),
    ],
)
def test_the_shower_and_its_stool_are_washing(rules, text, activity):
    assert rules.analyze(text, TODAY).activity == activity


@pytest.mark.parametrize(
    ("text", "activity"),
    [
        # activity21: knowing by heart, and a thing put away and not found again, are memory
        ("hun kan ikke længere sine salmer udenad", "hukommelse"),
        ("jeg kunne alle telefonnumrene udenad før", "hukommelse"),
        ("han gemmer brillerne og kan ikke finde dem igen", "hukommelse"),
        ("mor lægger tingene et andet sted og så finder hun dem aldrig igen", "hukommelse"),
        ("øh far stiller kaffen et sted og kan ikke finde den igen", "hukommelse"),
    ],
)
def test_by_heart_and_lost_things_are_memory(rules, text, activity):
    assert rules.analyze(text, TODAY).activity == activity


@pytest.mark.parametrize(
    ("text", "activity"),
    [
        # activity21: a tired body part is no mood, what it cannot do is the point
        ("gaa op ad bakken. kan ikke. ben træt", "gang"),
        ("hun kan ikke gå langt for benene er så træt", "gang"),
        ("mor går kun lidt, hendes ben bliver helt træt", "gang"),
        # … a tired person still is
        ("jeg er så træt hele tiden", "humoer_og_energi"),
        # fit enough for something, or feeling fresher, is energy, not fresh air
        ("far vil gerne være frisk nok til at komme med til min fødselsdag", "humoer_og_energi"),
        ("jeg vil gerne føle mig mere frisk om morgenen", "humoer_og_energi"),
        # … fresh air stays the walk
        ("jeg vil gerne ud i den friske luft hver dag", "gang"),
        # a changed temper said with "været" as with "blevet"
        ("far har været så stille siden jul", "humoer_og_energi"),
        ("hun har været helt tavs siden hun kom hjem fra sygehuset", "humoer_og_energi"),
    ],
)
def test_tired_legs_fit_enough_and_a_changed_temper(rules, text, activity):
    assert rules.analyze(text, TODAY).activity == activity


@pytest.mark.parametrize(
    "text",
    [
        # round 28 (r117b): the errand listed after the way by a comma, as second-language Danish
        # and speech say it, with the distance of the way: shopping, not walking
        "Jeg vil selv gå Bazar Vest, købe kød og grøntsag. Det 800 meter.",
        "jeg vil hellere gå til Netto, købe mælk. Det er 800 meter.",
        "Jeg vil selv gå Lidl, købe brød og mælk. Det 500 meter.",
        "jeg vil gerne gaa ned til slagteren, koebe kød til weekenden, det er vel 400 meter",
        "Jeg vil gå torvet, købe frugt. Det er 1 km.",
        "han vil gerne gå hen til bageren, købe rundstykker om søndagen, det er 300 meter",
    ],
)
def test_an_errand_listed_after_the_way_by_a_comma_is_the_activity(text):
    assert analyze(text, TODAY).activity == "indkoeb"


def test_a_walk_with_no_errand_after_its_comma_stays_walking(rules):
    assert rules.analyze("jeg vil gå ned til kirken, det er 700 meter", TODAY).activity == "gang"


@pytest.mark.parametrize(
    ("text", "activity"),
    [
        # round 32 (c69z): a buy verb with a list of things is the errand, whatever the things
        (
            "Jeg vil gerne selv kunne tage ud og købe garn, knapper, tråd til mit strikketøj",
            "indkoeb",
        ),
        (
            "jeg vil gerne kunne tage ned i byen og købe skruer, søm og lim til mit værksted",
            "indkoeb",
        ),
        ("min far vil gerne selv kobe kaffe, sukker og smør i brugsen", "indkoeb"),
        ("hun vil gerne kunne købe frø, blomsterløg og gødning i planteskolen", "indkoeb"),
        ("han vil gerne selv kunne købe strømper og undertøj og sko", "indkoeb"),
        (
            "øh mor vil gerne selv ud og købe knapper og bånd og lynlås til sit syværksted",
            "indkoeb",
        ),
        # woodwork is the pastime, not cooking's "snitte"
        ("min mor vil gerne kunne snitte i træ igen ude i skuret", "fritid"),
        ("min svigerfar vil gerne snitte i træ igen", "fritid"),
        ("jeg vil gerne ud i skuret og skære små fugle ud af træ igen", "fritid"),
        ("øh jeg vil gerne kunne høvle i træ i mit værksted igen", "fritid"),
        # … cutting vegetables stays cooking
        ("jeg vil gerne snitte løg og gulerødder selv igen", "madlavning"),
        # a thing left to gather dust, said inverted with the thing between, is no cleaning
        ("der i stuen samler symaskinen jo bare støv, jeg vil gerne sy igen", "fritid"),
        ("han vil gerne ud og skrue paa sin veteranbil igen, nu samler den bare støv", "fritid"),
        (
            "min mand har altid skruet på biler, men nu samler hans gamle Folkevogn bare støv",
            "fritid",
        ),
        # beekeeping is the pastime, also beside a weight that cannot be lifted
        ("far vil gerne slynge honning igen til sommer", "fritid"),
        (
            "mor vil gerne ud og slynge honningen selv igen, men hun kan ikke løfte rammerne",
            "fritid",
        ),
        (
            "han kan ikke bære kasserne de er så tunge, men han vil gerne slynge honning i august",
            "fritid",
        ),
        ("altsaa jeg vil gerne kunne tappe honningen selv igen til sommer", "fritid"),
        ("far vil gerne kunne gå ned og kigge til bistaderne i haven igen", "fritid"),
        # … dust that gathers in the home still is
        ("øh jeg vil gerne kunne støve af i stuen igen der samler sig så meget støv", "rengoering"),
    ],
)
def test_bought_lists_woodwork_beekeeping_and_gathered_dust(rules, text, activity):
    assert rules.analyze(text, TODAY).activity == activity
