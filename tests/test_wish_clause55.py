"""Fix round 55 (f3): the wish clause is a boundary (blind rounds 177-179).

- A scene set before another clause's verb ("I år kunne jeg ikke. Jeg vil gerne male …", "i
  sommer kunne jeg ikke komme ud men jeg vil gerne …") is that clause's, not the wish's: only a
  scene with no clause break before the wish's own words is written into it (nlp/extract.py
  `_same_clause`); "til barnedåben vil jeg gerne bage …" keeps it.
- The same verb told again in the story with a quantified place ("har ringet til hver eneste
  gudstjeneste") tells the story's habit, no place of the wish (`_beside_wish`); "jeg har bagt
  rugbrød til kirkecaféen" still gives the wish its place.
- A pointing word that points back at a wish ("det vil jeg gerne igen") is no pointing word in
  another sentence ("… for den slår skævt. Han vil gerne …") or under a negation ("det kan
  Erling ikke holde ud at høre"): the story's venue stays out (nlp/story_venue.py `_wished`).
- A purpose told a sentence before the wish ("vi danser for de unge, så de ikke glemmer. … Jeg
  vil gerne danse …") is the story's, not the wish's reason (nlp/clauses.py `_purpose`).
- What was promised ("Jeg har lovet mit barnebarn Mads, at jeg vil vise ham lanternen …") is a
  plan for the day the goal is reached: a later wish said outside a promise is the wish
  (nlp/reported_wish.py `_promised`, stance.yaml `action_promise_verbs`); a promise with no
  other wish stays the wish.
- "de" right after a finite verb ("ingen andre har lige de farver") is that verb's object, no
  other person's clause cut from the reason (nlp/reason.py `_object_after_verb`).
- A practice told with its verb after the frequency ("En gang om ugen øver jeg i stuen") and a
  deed of training told with a training purpose ("Indtil da går jeg en tur hver dag for at få
  kondition") say how often the citizen practises: the goal joins them with "og" ("… igen og gå
  en tur hver dag"), no rhythm pasted onto a one-off stay, visit or performance
  (nlp/extract.py `_practised_after`, `_training_deed`; compose.py `_practice`). A group's
  ("der øver vi"), a frequency with no training purpose ("jeg går til kor hver tirsdag") and the
  wish's own rhythm keep the rhythm on the wish.
"""

from __future__ import annotations

from datetime import date

import pytest
from compose_support import dialogue_goal, reason_in_goal

from assistant.nlp import analyze

TODAY = date(2026, 12, 7)


def _wish(text: str) -> str:
    """The wish's own phrase analyze reads in text."""
    return str(analyze(text, TODAY).extras.get("action") or "")


def _reason(text: str) -> str:
    """The purpose clause analyze reads in text, as said."""
    return str(analyze(text, TODAY).extras.get("reason") or "")


def _practice(text: str) -> str:
    """The frequency as the goal sentence says it (frequency_said)."""
    return str(analyze(text, TODAY).extras.get("frequency_said") or "")


OTHER_CLAUSE_SCENE = [
    # a scene before another sentence's or clause's verb (a difficulty, a past)
    ("Hvert år har jeg malet træskåle til basaren. I år kunne jeg ikke. Jeg vil gerne male "
     "træskåle til basaren igen.", "år"),
    ("Rosemaling, det er norsk blomstermaling. Jeg lærte det av min mormor. I år kunne jeg ikke. "
     "Jeg vil gerne male rosemaling på træskåle til basaren igen.", "år"),
    ("I år kunne jeg ikke, men jeg vil gerne male træskåle til basaren igen.", "år"),
    ("i sommer kunne jeg ikke komme ud men jeg vil gerne ud og fiske igen", "sommer"),
    ("i fjor kunne a it, men a vil gjerne ud og fiske igen", "fjor"),
    ("øh i vinter kunne han ikke komme ud. han vil gerne ud og gå med hunden igen", "vinter"),
    ("i haven kunne jeg ikke mere. jeg vil gerne plante tulipaner igen", "haven"),
    ("til jul kunne min mor ikke være med. hun vil gerne bage småkager med børnebørnene igen",
     "jul"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "scene"), OTHER_CLAUSE_SCENE)
def test_a_scene_of_another_clause_stays_out_of_the_wish(text, scene):
    wish = _wish(text)
    assert wish, text
    assert scene not in wish.lower().split()


OWN_SCENE = [
    ("til barnedåben vil jeg gerne bage min kringle", "til barnedåben"),
    ("hun skal døbes i april og til barnedåben vil jeg gerne bage min kringle", "til barnedåben"),
    ("i kirken vil jeg gerne synge med igen", "i kirken"),
    ("til min datters bryllup vil jeg gerne danse en vals", "til min datters bryllup"),
    ("øh til sommerfesten vil jeg gerne spille harmonika igen", "til sommerfesten"),
]


@pytest.mark.parametrize(("text", "scene"), OWN_SCENE)
def test_a_scene_before_the_wishs_own_verb_stays(text, scene):
    assert scene in _wish(text)


STORY_HABIT_PLACE = [
    ("Erling har ringet til hver eneste gudstjeneste, bryllup og begravelse i Ørum Kirke siden "
     "1975. Siden oktober har graveren ringet med den elektriske ringer, og det kan Erling ikke "
     "holde ud at høre, for den slår skævt. Han vil gerne ringe med kirkeklokkerne igen.",
     "gudstjeneste"),
    ("jeg har bagt rugbrød til alle fødselsdage i familien. jeg vil gerne bage rugbrød igen",
     "fødselsdage"),
    ("jeg har spillet til hvert eneste bal i forsamlingshuset. jeg vil gerne spille harmonika "
     "igen", "bal"),
    ("min far har ringet til hver eneste gudstjeneste i tredive aar. han vil gerne ringe med "
     "klokkerne igen", "gudstjeneste"),
    ("jeg har sunget til alle begravelser i sognet, det kan jeg ikke mere. jeg vil gerne synge i "
     "koret igen", "begravelser"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "word"), STORY_HABIT_PLACE)
def test_the_storys_habit_is_no_place_of_the_wish(text, word):
    wish = _wish(text)
    assert wish, text
    assert word not in wish


RETOLD_PLACE = [
    # "alle" with an owner after it names people, no habit's occasions
    ("Jeg har strikket til alle mine børnebørn, men nu kan jeg ikke holde på pindene. Jeg vil "
     "gerne kunne strikke et par sokker igen.", "til alle mine børnebørn"),
    ("bage mit rugbrød igen. jeg har bagt rugbrød til kirkecaféen", "til kirkecaféen"),
    ("jeg sang i kirkekoret i mange år. jeg vil gerne synge igen", "i kirkekoret"),
    ("jeg kom jo altid i kirken om søndagen og så blev vi til kaffe bagefter, det kunne jeg godt "
     "tænke mig igen at blive til kaffen", "i kirken"),
    ("der er fællesspisning i beboerhuset hver torsdag. Det ville jeg egentlig gerne, jeg savner "
     "at sidde ved et bord med nogen og snakke", "beboerhuset"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "place"), RETOLD_PLACE)
def test_a_place_told_with_the_wishs_deed_stays(text, place):
    assert place in _wish(text)


NO_POINTING_BACK = [
    # the venue of a habit beside a pointing word under a negation or in another sentence
    ("der er fællesspisning i beboerhuset hver torsdag. Det vil jeg ikke, jeg vil hellere sidde "
     "ved et bord med nogen og snakke", "beboerhuset"),
    ("vi gik altid i kirke om søndagen, det kan hun ikke holde ud mere. hun vil gerne synge "
     "salmer igen", "kirke"),
    ("han kom altid til kortspil i klubben hver tirsdag men den er lukket. Han vil gerne spille "
     "kort igen", "klubben"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "venue"), NO_POINTING_BACK)
def test_a_negated_or_distant_pointing_word_brings_no_venue(text, venue):
    wish = _wish(text)
    assert wish, text
    assert venue not in wish


STORY_PURPOSE = [
    ("Trommedans, det er vores gamle dans fra Grønland. I Det Grønlandske Hus vi er en lille "
     "gruppe, vi danser for de unge, så de ikke glemmer. Nu jeg sidder kun og ser på. Jeg vil "
     "gerne danse trommedans i Det Grønlandske Hus igen."),
    ("På lørdag vi har skole for børn i foreningens lokale. Børn lærer læse og skrive på "
     "ukrainsk, så de ikke glemmer sprog. Jeg vil gerne undervise igen."),
    ("vi syr quilts til hospitalet saa de har noget at putte sig med. jeg vil gerne sy med igen"),
    ("øh vi strikker huer til de nyfødte, så de ikke fryser. min mor vil gerne strikke med igen"),
    ("i klubben vi laver mad sammen, så man ikke spiser alene. jeg vil gerne lave mad med de "
     "andre igen"),
]  # fmt: skip


@pytest.mark.parametrize("text", STORY_PURPOSE)
def test_a_purpose_told_a_sentence_before_the_wish_is_no_reason(text):
    assert _wish(text), text
    assert _reason(text) == ""


OWN_PURPOSE = [
    ("jeg vil gerne gå ud igen, så jeg kan se mine venner", "så jeg kan se mine venner"),
    # a purpose that opens its sentence, or the citizen's own, told before the wish
    ("Så de ikke skal køre mig hele tiden. Jeg vil gerne kunne cykle selv igen",
     "Så de ikke skal køre mig"),
    ("Ergoterapeuten har fundet en høj barstol, så jeg kan sidde bag scenen. Jeg vil gerne spille "
     "teater igen", "så jeg kan sidde bag scenen"),
    ("min søn har sat gelænder op så hun ikke falder. mor vil gerne selv gå ned i kælderen igen",
     "så hun ikke falder"),
    ("jeg vil gerne cykle igen så jeg ikke skal vente på bussen", "så jeg ikke skal vente"),
    ("min kone kører mig. jeg vil gerne køre selv igen, så hun kan slappe af",
     "så hun kan slappe af"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "reason"), OWN_PURPOSE)
def test_the_wishs_own_purpose_stays(text, reason):
    assert reason in _reason(text)


PROMISED = [
    ("Jeg har lovet mit barnebarn Mads, at jeg vil vise ham lanternen og fortælle ham om dengang, "
     "vi pudsede linserne. Han er ni og spørger hver gang, han er her. Jeg vil gerne gå op i "
     "fyrtårnet med mit barnebarn igen.", "gå op i fyrtårnet"),
    ("jeg har lovet min kone at jeg vil passe på mig selv. jeg vil gerne cykle igen", "cykle igen"),
    ("hun har lovet mig, at hun vil køre mig. jeg vil gerne selv cykle til byen igen",
     "cykle til byen"),
    ("min far har lovet barnebarnet at han vil lære ham at fiske, men han vil gerne selv kunne gå "
     "ned til åen igen", "gå ned til åen"),
    ("øh jeg har lovt min datter at jeg ikke vil køre bil mere. så jeg vil gerne kunne tage bussen "
     "til byen", "tage bussen"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "wish"), PROMISED)
def test_a_promise_gives_way_to_the_wish(text, wish):
    assert wish in _wish(text)


PROMISE_ONLY = [
    # the promise is all there is: it stays the wish
    ("jeg har lovet min datter at jeg vil bage kage til hendes fødselsdag", "bage kage"),
    ("jeg har lovet mig selv at jeg vil gå til havnen igen", "gå til havnen"),
    # a wish before the promise is the wish
    ("jeg vil gerne gå i haven igen, det har jeg lovet min kone", "gå i haven"),
    # another's wish verb in the promise's own sentence is no wish said after it
    (
        "jo ser du æ barnebarn Jens Peter han har købt sin egen båd og a har lovet ham at a ska "
        "lære ham å bøde garn ordentligt før han ska ud og fiske til foråret",
        "bøde garn",
    ),
    ("jeg har lovet mit barnebarn at jeg vil lære ham at cykle før han skal i skole", "at cykle"),
]


@pytest.mark.parametrize(("text", "wish"), PROMISE_ONLY)
def test_a_promise_alone_stays_the_wish(text, wish):
    assert wish in _wish(text)


# review55 #10: a promise to oneself is the wish; a later wish only pointing back at the promised
# deed ("holde til det", "det vil jeg gerne nå", "klare det") replaces nothing, and "love" is no
# goal verb
PROMISE_POINTED_BACK = [
    ("Jeg har lovet mig selv at jeg vil danse til mit barnebarns bryllup. Det er i august, og jeg "
     "vil gerne kunne holde til det.", "danse til mit barnebarns bryllup"),
    ("Jeg har lovet mig selv, at jeg vil cykle til Skagen igen. Og det vil jeg gerne nå inden jeg "
     "fylder 80.", "cykle til Skagen igen"),
    ("jeg har lovet mit barnebarn at jeg vil komme og se ham spille fodbold. jeg vil gerne kunne "
     "klare det.", "komme og se mit barnebarn spille fodbold"),
    ("jeg har lovt mig selv at jeg vil gaa til havnen igen, og jeg vil gerne kunne det inden "
     "sommer", "gå til havnen igen"),
    ("øh min mor hun har lovet sig selv at hun vil danse til sin fødselsdag, og det vil hun gerne "
     "klare", "danse til"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "wish"), PROMISE_POINTED_BACK)
def test_a_later_wish_pointing_back_keeps_the_promised_one(text, wish):
    goal = dialogue_goal(wish=text)
    assert wish in goal, goal
    assert "love" not in goal, goal


POINTING_WORD_WITH_CONTENT = [
    # a later wish with content of its own still replaces the promise ("den" a determiner)
    ("jeg har lovet min kone at jeg vil passe på mig selv. jeg vil gerne gå den tur igen",
     "gå den tur igen"),
    # another's promise ("hun har lovet") is no wish of the citizen's, whatever points back
    ("hun har lovet mig, at hun vil køre mig. jeg vil gerne selv cykle til byen igen",
     "cykle til byen"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "wish"), POINTING_WORD_WITH_CONTENT)
def test_a_later_wish_with_its_own_content_still_replaces_the_promise(text, wish):
    assert wish in _wish(text)


PRACTISED = [
    # a practice verb after the frequency, before its own subject
    ("En gang om ugen øver jeg i stuen, om torsdagen.", "øve en gang om ugen"),
    ("hver dag træner jeg med elastikken", "træne hver dag"),
    ("tre gange om ugen træner han på plejehjemmet", "træne tre gange om ugen"),
    # a deed of training with a training purpose
    ("Indtil da går jeg en tur hver dag for at få kondition.", "gå en tur hver dag"),
    ("jeg går en tur hver tirsdag med fysioterapeuten for at få luft til det",
     "gå en tur hver tirsdag"),
    ("han går en lang tur hver morgen for at holde sig i form", "gå en lang tur hver morgen"),
    ("jeg cykler på motionscyklen hver dag for at få kræfter",
     "cykle på motionscyklen hver dag"),
    ("øh jeg går en tur hver dag, altså for at få luft", "gå en tur hver dag"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "said"), PRACTISED)
def test_a_practice_keeps_its_verb(text, said):
    assert _practice(text) == said


NOT_PRACTISED = [
    # a group's practice is when it meets; no training purpose, no deed of the citizen's
    ("Hver onsdag aften, der øver vi.", "Hver onsdag aften"),
    ("Hver onsdag aften øver vi i salen", "Hver onsdag aften"),
    ("hver tirsdag øver koret, og jeg vil gerne være med", "hver tirsdag"),
    ("En gang om ugen går jeg til kor", "En gang om ugen"),
    ("jeg går til kor hver tirsdag", "hver tirsdag"),
    ("vi går en tur hver dag for at få luft", "hver dag"),
    ("min mand går en tur hver dag for at få luft", "hver dag"),
]


@pytest.mark.parametrize(("text", "said"), NOT_PRACTISED)
def test_no_practice_keeps_the_frequency_as_said(text, said):
    assert _practice(text) == said


EVENT_GOALS = [
    # a one-off performance, visit or stay with the practice for it
    ("Jeg vil spille marionetteater for børnene i børnehaven igen.",
     "En gang om ugen øver jeg i stuen, om torsdagen.",
     "børnehaven igen og øve en gang om ugen", "igen en gang om ugen"),
    ("Jeg vil tage på et højskoleophold for seniorer på Askov Højskole igen.",
     "Indtil da går jeg en tur hver dag for at få kondition.",
     "igen og gå en tur hver dag", "igen hver dag"),
    ("så jeg vil gerne på Bakken med mit barnebarn igen",
     "jeg går en tur hver tirsdag med fysioterapeuten for at få luft til det",
     "igen og gå en tur hver tirsdag", "igen hver tirsdag"),
    ("jeg vil gerne med til sølvbrylluppet i Aarhus",
     "jeg cykler på motionscyklen hver dag for at få kræfter",
     "og cykle på motionscyklen hver dag", "Aarhus hver dag"),
]  # fmt: skip


@pytest.mark.parametrize(("wish", "frequency", "said", "not_said"), EVENT_GOALS)
def test_the_practice_is_joined_not_pasted_onto_the_event(wish, frequency, said, not_said):
    goal = dialogue_goal(wish=wish, frequency=frequency)
    assert said in goal
    assert not_said not in goal


OWN_RHYTHM = [
    # a wish that is weekly practice keeps its rhythm
    ("jeg vil gerne synge i koret igen", "Hver onsdag aften, der øver vi.",
     "synge i koret igen hver onsdag aften"),
    ("jeg vil gerne svømme igen", "jeg svømmer hver tirsdag i hallen", "svømme igen hver tirsdag"),
    ("jeg vil gerne spille klaver igen", "tre gange om ugen øver jeg",
     "spille klaver igen og øve tre gange om ugen"),
    ("jeg vil gerne gå ture i skoven igen", "jeg går en tur hver dag for at få kondition",
     "gå ture i skoven igen hver dag"),
    ("jeg vil gerne gå på trapper igen", "jeg går på trapperne tre gange om dagen for at træne",
     "gå på trapper tre gange om dagen"),
]  # fmt: skip


@pytest.mark.parametrize(("wish", "frequency", "said"), OWN_RHYTHM)
def test_the_wishs_own_rhythm_is_kept(wish, frequency, said):
    assert said in dialogue_goal(wish=wish, frequency=frequency)


OBJECT_NOT_CLAUSE = [
    ("Fordi farverne kommer fra min egen have, og ingen andre har lige de farver. Det er min "
     "glæde.", "ingen andre har de farver"),
    ("fordi ingen andre har de farver", "ingen andre har de farver"),
    ("fordi vi spiser altid de kager til jul", "spiser de kager til jul"),
    ("fordi jeg ved de kommer hver søndag", "jeg ved de kommer"),
]  # fmt: skip


@pytest.mark.parametrize(("told", "kept"), OBJECT_NOT_CLAUSE)
def test_de_after_a_verb_is_its_object(told, kept):
    assert kept in reason_in_goal(told, "citizen")


OTHERS_CLAUSE = [
    # another's clause after the citizen's reason still goes
    ("fordi jeg kan lide at gå derhen, de har altid kaffe på kanden", "kaffe"),
    ("fordi min søn har travlt, han har også de små børn", "små børn"),
    ("fordi jeg savner dem, de ringer aldrig", "ringer"),
]


@pytest.mark.parametrize(("told", "gone"), OTHERS_CLAUSE)
def test_anothers_clause_still_leaves_the_reason(told, gone):
    assert gone not in reason_in_goal(told, "citizen")
