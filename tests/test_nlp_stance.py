"""Stance and reason read from the right clause: background clauses of cause or concession,
refusal and cost tails beside a firm resource, "men" contrasts, and reasons that are causes."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.nlp import analyze

TODAY = date(2026, 11, 22)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # a clause of concession or cause is background to the main clause
        ("hun kan sagtens selv lave kaffe selvom hun ryster lidt på hænderne", "resource"),
        ("jeg går selv ned med skraldet selv om det er svært med rollatoren", "resource"),
        ("jeg kan godt selv tage bad fordi jeg ikke kan lide at vente paa plejen", "resource"),
        ("far klarer stadig selv sin medicin selvom han næsten ikke kan se pillerne", "resource"),
        # … and still decides when the main clause says nothing
        ("jeg kan ikke selv vaske mit hår fordi jeg ikke kan løfte armen", "difficulty"),
        ("jeg tager ikke bussen mere fordi jeg er bange for at falde", "difficulty"),
        ("min datter handler for mig fordi jeg ikke kan bære varerne", "difficulty"),
        ("jeg vil gerne kunne gå på toilettet selv om natten", "wish"),
    ],
)
def test_a_clause_of_cause_or_concession_is_background_to_the_stance(text, stance):
    assert analyze(text, TODAY).stance == stance


def test_selv_om_before_a_time_is_no_concession():
    assert analyze("jeg vil gerne kunne gå på toilettet selv om natten", TODAY).independence == (
        "selv"
    )


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # a refusal of help or a limit beside a resource said firmly
        ("jeg kan sagtens selv støvsuge jeg vil ikke have hjemmeplejen rendende", "resource"),
        ("han klarer stadig selv sin have men hækken vil han ikke røre", "resource"),
        ("hun går selv i brugsen om formiddagen, men om aftenen vil hun ikke ud", "resource"),
        # a refusal alone, a body part that will not, a bare "kan": still a difficulty
        ("jeg vil ikke have hjemmeplejen i mit hus", "difficulty"),
        ("jeg kan godt selv gå men benene vil ikke rigtig mere", "difficulty"),
        ("jeg kan gå lidt men jeg vil ikke gå ud alene mere", "difficulty"),
    ],
)
def test_a_refusal_beside_a_firm_resource_keeps_the_resource(text, stance):
    assert analyze(text, TODAY).stance == stance


@pytest.mark.parametrize(
    ("text", "stance", "activity"),
    [
        # what is said after "men" is the point
        (
            "jeg kan ikke gå langt uden stok men med stokken kan jeg godt selv gå en tur om søen",
            "resource",
            "gang",
        ),
        (
            "mor kan ikke længere skrive breve men hun ringer stadig selv til sin søster",
            "resource",
            None,
        ),
        # … also a difficulty after a resource
        (
            "jeg kan godt selv lave mad men jeg kan ikke bære indkøbene hjem",
            "difficulty",
            None,
        ),
        # what doing it costs afterwards ("men så …", "men bagefter …") is no difficulty of its own
        (
            "hun klarer selv at tage tøj på om morgenen men bagefter er hun helt udmattet",
            "resource",
            "paaklaedning",
        ),
        (
            "jeg kan godt selv gøre rent i køkkenet men så skal jeg sidde ned en halv time",
            "resource",
            "rengoering",
        ),
    ],
)
def test_the_part_after_men_is_the_point(text, stance, activity):
    f = analyze(text, TODAY)
    assert f.stance == stance
    if activity:
        assert f.activity == activity


@pytest.mark.parametrize(
    ("text", "motivation"),
    [
        # a because-clause of inability is the cause of the difficulty, not the goal's reason
        (
            "jeg vil gerne kunne lave mad selv igen nu faar jeg madordning fordi jeg ikke kan "
            "staa ved komfuret",
            None,
        ),
        ("jeg vil gerne i haven igen men det bliver ikke til noget fordi jeg ikke orker", None),
        # a because-clause before the wish explains what was told first
        (
            "jeg er bange for at gå ud fordi jeg er så svimmel, jeg vil gerne kunne gå til "
            "købmanden igen",
            None,
        ),
        # a purpose of what was told before the wish ("for at få luft") is no reason either
        (
            "jeg sætter mig på hver bænk for at hvile, vil gerne kunne gå hele vejen til torvet",
            None,
        ),
        # real reasons stay
        ("jeg vil gerne i svømmehallen igen fordi det er der jeg ser mine venner", "venner"),
        ("jeg vil gerne besøge min søster fordi jeg ikke har set hende i et år", "set hende"),
        ("jeg vil gerne klare mig selv fordi jeg ikke kan lide at bede om hjælp", "bede om"),
        ("jeg vil gerne træne to gange om ugen for at blive stærkere i benene", "stærkere"),
        ("for at komme ud blandt folk vil jeg gerne med i klubben", "blandt folk"),
    ],
)
def test_a_cause_is_no_reason_for_the_goal(text, motivation):
    found = analyze(text, TODAY).motivation
    if motivation is None:
        assert found is None
    else:
        assert found is not None and motivation in found


def test_a_wish_inside_a_cause_is_still_its_reason():
    f = analyze("jeg går til træning fordi jeg gerne vil være stærk nok til at passe haven", TODAY)
    assert f.motivation is not None and "stærk" in f.motivation


def test_not_wanting_said_in_subordinate_order_is_no_wish():
    f = analyze("hun trykker ikke paa noedkaldet fordi hun ikke vil forstyrre nogen", TODAY)
    assert f.stance != "wish"


def test_the_wish_after_a_cause_is_the_stance():
    f = analyze(
        "jeg sætter mig på hver bænk for at hvile, vil gerne kunne gå hele vejen til torvet", TODAY
    )
    assert f.stance == "wish"


@pytest.mark.parametrize("laugh", ["haha", "hehe", "hahaha"])
def test_laughter_is_no_part_of_a_reason(laugh):
    f = analyze(f"jeg vil gerne ud og fiske igen så konen kan få lidt fred {laugh}", TODAY)
    assert f.motivation is not None
    assert laugh not in f.motivation and "fred" in f.motivation
    assert laugh not in (f.extras.get("reason") or "")


@pytest.mark.parametrize(
    ("text", "activity"),
    [
        # a condition or time after the main clause only modifies it
        (
            "jeg vil gerne ud at fiske med mit barnebarn om sommeren hvis jeg kan huske at tage "
            "pillerne",
            "fritid",
        ),
        (
            "han kan ikke selv tage strømperne på så konen hjælper ham før hun går på arbejde",
            "paaklaedning",
        ),
        # … as does a consequence or a reaction after a difficulty
        ("mor kan ikke længere strikke og så bliver hun så ked af det og sidder bare", "fritid"),
        ("jeg kan ikke lave mad mere jeg bliver så træt og ked af det", "madlavning"),
        (
            "far elsker at spille kort men han kan ikke holde på kortene mere han bliver så sur",
            "fritid",
        ),
        # … while a clause that opens its sentence, or one with nothing else named, still counts
        ("jeg bliver så ked af det", "humoer_og_energi"),
        ("jeg får ondt i ryggen når jeg støvsuger", "rengoering"),
        ("jeg har ondt i knæet så kan jeg ikke gå på trappen", "trapper"),
        (
            "jeg har hjernetræthed efter cykelulykken og hvis jeg ikke holder pauser går jeg helt "
            "ned om eftermiddagen jeg vil gerne have en fast rytme i dagene",
            "daglige_rutiner",
        ),
    ],
)
def test_a_clause_that_only_modifies_the_point_names_no_activity(text, activity):
    assert analyze(text, TODAY).activity == activity


@pytest.mark.parametrize(
    ("text", "activity"),
    [
        # what a memory verb's question asks is a time or a fact, not the activity in it
        ("mor glemmer hvornår veninderne kommer på besøg", "hukommelse"),
        ("jeg vil gerne kunne huske hvad jeg skal købe ind når jeg står i butikken", "hukommelse"),
        ("far glemmer tit om han har været i bad", "hukommelse"),
        # … while an infinitive after it is the forgotten activity
        ("han glemmer at spise frokost", "spise_og_drikke"),
    ],
)
def test_the_question_after_a_memory_verb_is_memory(text, activity):
    assert analyze(text, TODAY).activity == activity


@pytest.mark.parametrize(
    ("text", "activity"),
    [
        # what someone will not have or do beside a state of mind is a symptom of it
        ("far er så trist efter mor døde og han vil ikke spise med de andre", "humoer_og_energi"),
        ("hun er blevet så bange, hun vil ikke have besøg af børnebørnene", "humoer_og_energi"),
        # … while a refusal alone, or beside no such state, stays the point
        ("mor hun vil ikke til lægen hun siger det gaar over af sig selv", "egen_sundhed"),
        ("hun vil ikke spise", "spise_og_drikke"),
        # … and a refused helper is refused help with the activity
        (
            "min svigerfar vil ikke have hjemmeplejen til at hjaelpe med stroemperne, saa min mand "
            "hjaelper ham hver morgen inden han tager paa arbejde",
            "paaklaedning",
        ),
    ],
)
def test_a_refusal_beside_a_state_of_mind_is_its_symptom(text, activity):
    assert analyze(text, TODAY).activity == activity


@pytest.mark.parametrize(
    ("text", "activity"),
    [
        # a thing another activity named is done with is its tool or object
        ("jeg vil gerne kunne vaske op igen, men jeg taber tallerknerne", "rengoering"),
        ("han laver selv mad men han kan ikke holde på kniven mere", "madlavning"),
        ("vaskemaskinen forstår jeg ikke. jeg kan ikke finde ud af knapperne", "toejvask"),
        # … but not when no such activity is named, or the thing's own is named too
        ("jeg kan godt gå men jeg kan ikke holde på koppen", "spise_og_drikke"),
        ("jeg vasker selv mit tøj men jeg kan ikke lukke knapperne i skjorten", "paaklaedning"),
        ("hun laver suppe, men hun spilder den når hun spiser med skeen", "spise_og_drikke"),
    ],
)
def test_a_tool_of_an_activity_named_follows_it(text, activity):
    assert analyze(text, TODAY).activity == activity


@pytest.mark.parametrize(
    "text",
    [
        # two tools of the activity named are no proof of their own activity for each other
        "jeg kan ikke tømme opvaskemaskinen og sætte tallerknerne og glassene på plads",
        "det er svært at tømme opvaskemaskinen, tallerknerne og glassene er så tunge",
        "jeg vil selv toemme opvaskemaskinen og saette tallerknerne og glassene paa plads, nu "
        "venter jeg bare til min svigersoen kommer",
        "far vil gerne selv tage opvasken og sætte glassene og tallerkenerne på plads, nu står "
        "det hele til jeg kommer",
        "jeg vil gerne selv kunne toemme opvaskemaskinen og saette tallerknerne og glassene paa "
        "plads i skabet igen, nu staar det bare derinde til min svigersoen kommer",
        # "opvaskeren" is the dishwasher too
        "hun vil gerne selv tømme opvaskeren igen",
        "hun vil gerne selv tømme opvaskeren igen og sætte kopperne og glassene i skabet",
        "min far vil gerne kunne toemme opvaskeren selv",
        "øh opvaskeren den kan jeg ikke tømme",
        "han vil selv kunne fylde opvaskeren igen",
    ],
)
def test_tools_of_the_washing_up_do_not_name_eating(text):
    assert analyze(text, TODAY).activity == "rengoering"


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # "knap nok", "knapt nok", "næppe": hardly, a difficulty beside "kan"
        ("nu kan jeg knap nok gå ned til postkassen", "difficulty"),
        ("han kan knapt nok løfte kaffekoppen om morgenen", "difficulty"),
        ("hun kan næppe gå over vejen til bageren", "difficulty"),
        # a stiff body that makes it slow
        (
            "om morgenen er knæene så stive at det tager mig en halv time at komme ud af sengen",
            "difficulty",
        ),
        ("min ryg er helt stiv når jeg skal tage strømper på", "difficulty"),
        # a task that went wrong
        ("jeg kom til at vaske den røde trøje sammen med det hvide vasketøj", "difficulty"),
        ("nu har jeg fået krympet min uldtrøje i vaskemaskinen", "difficulty"),
        ("far har ødelagt mikrobølgeovnen to gange med sølvpapir", "difficulty"),
        # managing fine, whatever others think or decide
        ("jeg kører altså fint selv det skal de ikke bestemme", "resource"),
        ("jeg klarer mig fint med indkøbene det er bare min søn der ikke tror på det", "resource"),
        ("hun spiser da fint nok det er kun hjemmeplejen der siger hun ikke får noget", "resource"),
        # a past person's doing in "det var … der …" is no resource of the citizen today
        (
            "det var min kone der klarede vasketøjet og jeg ved ikke hvordan maskinen virker",
            "difficulty",
        ),
        ("det var far der klarede haven, nu ser den slet ikke ud af noget", "difficulty"),
        # help for the rest is not about what is managed
        (
            "jeg klarer selv at komme i bad med badestolen, "
            "det er kun om fredagen jeg skal have hjælp til resten",
            "resource",
        ),
        (
            "han kan godt selv tage tøj på med strømpepåtageren og så får han hjælp til det andet",
            "resource",
        ),
    ],
)
def test_stance_of_real_speech_round_3(text, stance):
    assert analyze(text, TODAY).stance == stance


@pytest.mark.parametrize(
    "text",
    [
        # "selv" after a verb of saying: who says it
        "far siger selv at han tager sin medicin men han glemmer den hele tiden",
        "mor mener selv at hun sagtens kan gå til netto men hun har ikke været ude i en måned",
        # "selv med min dårlige ryg": even with; "han har selv ondt": the helper's own trouble
        "jeg vil gerne blive ved med at gå til svømning selv med mine dårlige knæ",
        "jeg vil gerne cykle til byen igen selv med min gigt",
        "min kone kan ikke løfte mig op hun har selv ondt i ryggen",
        "jeg kan ikke komme ind i bilen og min søn kan ikke løfte mig han har selv en dårlig ryg",
        # a comparison: "end ham selv", "ligesom mig selv"
        "hun gider ikke gå til banko med nogen der er ældre end hende selv",
        "jeg vil ikke på plejehjem med folk der er dårligere end mig selv",
    ],
)
def test_selv_that_is_not_about_managing_gives_no_independence(text):
    assert analyze(text, TODAY).independence is None


def test_a_claim_of_selv_said_by_the_citizen_denied_is_no_resource():
    text = "mor siger selv at hun har været i bad men det passer ikke, hun vil ikke have hjælp"
    facts = analyze(text, TODAY)
    assert (facts.stance, facts.independence) == ("difficulty", None)


def test_help_for_the_rest_leaves_the_aid_of_what_is_managed():
    text = "jeg klarer selv at gå på toilettet med rollatoren, men jeg skal have hjælp til resten"
    assert analyze(text, TODAY).independence == "hjaelpemiddel"


def test_selv_after_a_verb_of_saying_without_a_clause_is_how_one_does_it():
    assert analyze("jeg skriver selv mine julekort hvert år", TODAY).independence == "selv"


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # what someone says they manage, contradicted after "men", is no resource
        (
            "han siger at han sagtens kan gå til netto men han har ikke været ude i en måned",
            "difficulty",
        ),
        ("min datter siger jeg kan godt selv gå i bad men jeg tør ikke", "difficulty"),
        # … and stays one when nothing contradicts it
        ("fysioterapeuten siger jeg kan sagtens gå til byen og det kan jeg også", "resource"),
    ],
)
def test_a_claim_contradicted_after_men_is_no_resource(text, stance):
    assert analyze(text, TODAY).stance == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # a "vil" in a question after "ved" is what someone knows, no wish
        ("hun ved godt hvad hun vil sige men ordene kommer ikke", "difficulty"),
        ("mor ved jo godt hvad hun vil men hun kan ikke finde ordene", "difficulty"),
        # … and a wish said after it still is one
        ("jeg ved godt hvad jeg vil, jeg vil gerne kunne gå til bageren igen", "wish"),
        ("jeg ved ikke hvordan men jeg vil gerne selv kunne tage bad", "wish"),
    ],
)
def test_a_wish_word_in_a_question_after_ved_is_no_wish(text, stance):
    assert analyze(text, TODAY).stance == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # a need denied is no difficulty
        ("jeg kan selv børste tænder, det har jeg aldrig haft brug for hjælp til", "resource"),
        ("hun klarer selv sit bad og har ikke brug for hjælp", "resource"),
        ("jeg behøver ikke hjælp til at tage tøj på", "resource"),
        # … but a need told is
        ("jeg har brug for hjælp til at tage strømper på", "difficulty"),
        ("hun har aldrig kunnet lide at bede om hjælp men nu kan hun ikke gå i bad", "difficulty"),
        # a low state denied beside a firm resource
        ("det kan jeg sagtens klare jeg er jo ikke dårlig i kroppen kun i hovedet", "resource"),
        ("han cykler selv til byen, han er ikke syg i benene", "resource"),
        ("jeg har det dårligt i ryggen og kan ikke gå", "difficulty"),
    ],
)
def test_a_need_or_ailment_denied_is_no_difficulty(text, stance):
    assert analyze(text, TODAY).stance == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # "kun X jeg ikke kan" after a firm resource: a small limit of it
        (
            "jeg kan godt selv gaa i bad paa min badestol, det er kun ryggen jeg ikke kan naa",
            "resource",
        ),
        ("hun klarer selv at klæde sig på, det er kun strømperne hun ikke kan få på", "resource"),
        ("jeg kan sagtens selv lave mad det er bare kartoflerne jeg ikke kan si", "resource"),
        # without a firm resource the limit is the difficulty
        ("det er kun ryggen jeg ikke kan nå", "difficulty"),
        ("jeg kan ikke selv gå i bad, det er kun ansigtet jeg kan vaske", "difficulty"),
    ],
)
def test_a_limit_said_with_kun_after_a_firm_resource_is_no_difficulty(text, stance):
    assert analyze(text, TODAY).stance == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # a negated purpose ("til ikke at", "for ikke at") and a bad habit given up
        (
            "jeg spiller guitar igen om aftenen, det hjaelper mig til ikke at taenke paa en oel",
            "resource",
        ),
        ("jeg går en tur hver aften for ikke at sidde og drikke", "resource"),
        (
            "min bror tager selv sin antabus hver morgen og han har ikke rørt en øl i fire måneder",
            "resource",
        ),
        (
            "far har ikke drukket en dråbe alkohol siden jul og han går til AA hver tirsdag",
            "resource",
        ),
        # … while a plain negation is a difficulty
        ("hun har ikke rørt maden i to dage", "difficulty"),
        ("jeg spiller ikke guitar mere", "difficulty"),
    ],
)
def test_a_negated_purpose_or_a_bad_habit_given_up_is_no_difficulty(text, stance):
    assert analyze(text, TODAY).stance == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("nu skal jeg lære at tage bussen ind til byen selv om en måneds tid", "wish"),
        ("far skal lære at bruge sin nye rollator selv", "wish"),
        ("jeg skal til at lære at lave mad selv nu hvor min kone er død", "wish"),
        ("jeg kan selv tage bussen ind til byen", "resource"),
    ],
)
def test_a_plan_to_learn_is_a_wish(text, stance):
    assert analyze(text, TODAY).stance == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # a promise of one's own to do something is the wish
        ("jeg har lovet min datter at jeg skal begynde at gaa ture igen", "wish"),
        ("øh nu har jeg jo lovet mit barnebarn at vi skal bage kager sammen til jul", "wish"),
        ("jeg har lovet min kone at jeg skal tage mine piller hver morgen", "wish"),
        ("jeg lovede mig selv at jeg skal op paa cyklen igen til sommer", "wish"),
        # a promise given to the person, or by someone else, is none
        ("hjemmeplejen har lovet mig at de kommer hver morgen", None),
        ("min søn har lovet at han skal køre mig til lægen", "resource"),
        ("min datter har lovet mig at hun skal handle for mig om fredagen", "resource"),
    ],
)
def test_a_promise_of_ones_own_is_a_wish(text, stance):
    assert analyze(text, TODAY).stance == stance


@pytest.mark.parametrize(
    ("text", "told"),
    [
        # a wish said as one: a wish verb, its own phrase, a word of longing, ability or return
        ("hun vil så gerne selv kunne børste sit hår igen", True),
        ("jeg vil gerne selv kunne gaa ned i netto og baere mine poser hjem igen", True),
        ("jeg vil ud og danse igen", True),
        ("jeg drømmer om at komme ud og rejse", True),
        ("jeg savner at synge i koret", True),
        ("han vil selv kunne klare sit bad", True),
        # wish words that tell today, a will, a refusal or a yes: no wish of one's own
        ("hun gaar gerne en lille tur med mig om eftermiddagen", False),
        ("jeg læser gerne avisen om morgenen", False),
        ("nu handler min datter for mig men jeg vil selv vælge mine varer", False),
        ("hun gør det ikke sådan som jeg vil have det", False),
        ("Nu vil Lis ikke tage telefonen, når den ringer", False),
        ("ja, det har vi snakket om, det vil hun gerne", False),
        ("han skal drikke mere vand", False),
    ],
)
def test_a_wish_told_as_one_is_told_apart_from_wish_words(text, told):
    """extras["wish_told"]: what the dialogue takes from a story as the citizen's own dream."""
    facts = analyze(text, TODAY)
    assert bool(facts.extras.get("wish_told")) is told


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # no longer to be in a bad state, said with "vil ikke … mere/længere", is a wish
        ("jeg vil ikke være bange hele tiden mere", "wish"),
        ("hun vil ikke have ondt i ryggen længere", "wish"),
        ("jeg vil ikke føle mig så alene længere", "wish"),
        # a refusal without the state and "mere" stays what it was
        ("jeg vil ikke have hjælp mere", "difficulty"),
        ("hun er ikke bange mere", "resource"),
    ],
)
def test_a_wish_to_be_rid_of_a_bad_state_holds_its_negation(text, stance):
    assert analyze(text, TODAY).stance == stance


@pytest.mark.parametrize(
    ("text", "independence"),
    [
        # the speaker's help in a clause of habit is how it goes today
        ("far bliver så vred når jeg hjælper ham med skjorten", None),
        ("hun kan godt gå i bad når min datter hjælper", "med_hjaelp"),
        # a wish that only points back takes up the "selv" one cannot manage
        ("jeg kan ikke vaske haaret selv, vil gerne kunne det igen", "selv"),
        ("jeg kan ikke klippe mine negle selv, det vil jeg gerne kunne igen", "selv"),
    ],
)
def test_how_one_manages_is_read_from_the_goal_not_todays_help(text, independence):
    assert analyze(text, TODAY).independence == independence


@pytest.mark.parametrize(
    "text",
    [
        "i sidste maaned tog han derud forgaeves to gange",
        "sidste uge faldt hun tre gange paa badevaerelset",
        "jeg vil gerne kunne huske mine vagter uden at min datter skal ringe og minde mig om det "
        "hver lørdag",
    ],
)
def test_a_past_story_or_a_helpers_habit_gives_no_measure_or_frequency(text):
    facts = analyze(text, TODAY)
    assert (facts.measures, facts.frequency) == ((), None)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # what comes out wrong after "men" is the point
        ("mor forstår det meste men ordene kommer forkert ud", "difficulty"),
        ("han snakker fint men han siger de forkerte ord", "difficulty"),
        # a sign of trouble denied in main-clause order is what one manages
        ("far glemmer ikke sine piller det klarer han fint", "resource"),
        ("hun falder aldrig når hun går med rollatoren", "resource"),
        ("jeg spilder ikke længere", "resource"),
        # … and said in subordinate order or with a trouble beside it, still a difficulty
        ("jeg er bange for at jeg ikke glemmer det men jeg glemmer mine aftaler", "difficulty"),
        ("han glemmer ikke sine piller men han kan ikke huske aftalerne", "difficulty"),
        # a day in bed, nothing bothered with
        ("jeg ligger bare i sengen det meste af dagen", "difficulty"),
        ("han gider ingenting", "difficulty"),
        ("hun orker intet efter operationen", "difficulty"),
    ],
)
def test_troubles_told_and_denied(text, stance):
    assert analyze(text, TODAY).stance == stance


@pytest.mark.parametrize(
    ("text", "independence"),
    [
        ("han vil gerne gå trappen selv igen, lige nu holder han fast i gelænderet", "selv"),
        ("jeg vil klare badet selv, for tiden sidder jeg på en badestol", "selv"),
        # no "selv" in the wish: the aid told today still says how
        ("jeg vil gerne gå til Brugsen, lige nu går jeg med rollator", "hjaelpemiddel"),
        # the aid in the wish itself is the goal's
        ("jeg vil gerne gå trappen selv med stokken", "hjaelpemiddel"),
    ],
)
def test_an_aid_told_as_today_does_not_overrule_the_wished_selv(text, independence):
    assert analyze(text, TODAY).independence == independence


@pytest.mark.parametrize(
    ("text", "times"),
    [
        ("besøg? ja. min datter hver søndag. det er nok", 1),
        ("kaffe med naboen? ja naboen kommer jo hver fredag", 1),
    ],
)
def test_a_visit_said_in_short_keeps_its_weekday_as_how_often(text, times):
    freq = analyze(text, TODAY).frequency
    assert freq is not None and freq.times == times and freq.per == "week"


def test_a_visitor_told_beside_another_activity_is_their_habit():
    text = "min søn kommer hver søndag og hjælper mig med indkøbene"
    assert analyze(text, TODAY).frequency is None


@pytest.mark.parametrize(
    ("text", "motivation"),
    [
        (
            "jeg vil lære at skrive på tabletten inden jul, så min søster i Aarhus får et kort",
            "min søster i Aarhus får et kort",
        ),
        (
            "jeg vil gerne lære at ringe på video, så min datter på Fyn kan se mig",
            "min datter på Fyn kan se mig",
        ),
    ],
)
def test_a_purpose_subject_may_say_where_the_person_lives(text, motivation):
    assert analyze(text, TODAY).motivation == motivation


@pytest.mark.parametrize(
    ("said", "stance"),
    [
        # what holds in spite of the trouble is the point: a resource
        ("øh far han er i godt humør selv om han har svært ved at gå", "resource"),
        ("mor går tur hver dag selvom hun har ondt i hoften", "resource"),
        # controls: the statement itself negated, or a cue of its own outside the concession
        ("han går ikke ud mere selvom han har rollator", "difficulty"),
        ("jeg har svært ved trapperne selvom jeg har gelænder", "difficulty"),
        # a concession said alone has nothing to hold against it
        ("selvom jeg har ondt i ryggen", "difficulty"),
    ],
)
def test_a_statement_holds_in_spite_of_its_concession(said, stance):
    assert analyze(said, TODAY).stance == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # a "lyst til" negated in subordinate order is no wish
        ("øh min far han siger at han ikke rigtig har lyst til at gaa ud mere", "difficulty"),
        ("mor siger at hun ikke længere har lyst til at strikke", "difficulty"),
        # a will restricted to a condition of today states that condition, no wish
        ("min mand vil kun gå i bad når vores søn er her", "difficulty"),
        ("øh han ville kun gaa ud hvis jeg var med", "difficulty"),
        # unnegated, unrestricted: still a wish
        ("jeg vil gerne have lyst til at lave mad igen", "wish"),
        ("hun siger at hun har lyst til at komme ud og gå en tur", "wish"),
        ("jeg vil gerne kunne gå i bad selv når hjemmeplejen ikke er her", "wish"),
    ],
)
def test_a_negated_or_restricted_will_is_no_wish(text, stance):
    assert analyze(text, TODAY).stance == stance
