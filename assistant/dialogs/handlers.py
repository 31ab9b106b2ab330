"""How each kind of step reads an answer into the state (pure; called by the engine).

The summary phase (sub-goals, confirm, change) lives in dialogs/summary.py.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from dataclasses import replace
from types import SimpleNamespace

from assistant.content.dialogue import Step
from assistant.content.grammar import EDGE, fold
from assistant.content.yesno import NO, UNCLEAR, YES, normalise
from assistant.dialogs import conditions, offer, summary
from assistant.dialogs.about import read_about, speaker_role
from assistant.dialogs.accepted import accepted_thing
from assistant.dialogs.aid_changed import (
    bare_noun,
    changed_things,
    changed_words,
    definite_participle,
)
from assistant.dialogs.aid_device import device_words, devices_named
from assistant.dialogs.aid_feature import aid_with_feature, phrase_at, with_aid_before
from assistant.dialogs.aid_fitted import fitted_part, fitted_words
from assistant.dialogs.aid_instead import without_instead
from assistant.dialogs.aid_joined_given import (
    LaterWords,
    adjectives_joined,
    given_turned_down,
    joined_rest,
    later_given,
)
from assistant.dialogs.aid_own_purpose import points_to_aid
from assistant.dialogs.aid_owners import others_aids
from assistant.dialogs.aid_participle import without_participle
from assistant.dialogs.aid_place import aid_place
from assistant.dialogs.aid_purpose_kept import purpose_after
from assistant.dialogs.aid_put_on import put_on_things
from assistant.dialogs.aid_things import shape_words, shaped_things
from assistant.dialogs.aid_tool_order import aids_in_order
from assistant.dialogs.aid_unneeded import without_unneeded
from assistant.dialogs.asked_no import asked_refused
from assistant.dialogs.cards import (
    deadline_dates,
    has_words,
    names_wish,
    phrase_from,
    rest_after_opening,
    said,
    said_exactly,
    scale_value,
    wish_said,
)
from assistant.dialogs.coach_told import coach_of_club
from assistant.dialogs.counted_deed import counted_deed, deed_beside
from assistant.dialogs.counted_span import counted_span
from assistant.dialogs.draft import goal_templates, named_aid, names_person, said_thing, speaker_as
from assistant.dialogs.flow import told_self
from assistant.dialogs.given_after_no import given_part, without_giver, without_when
from assistant.dialogs.given_before_no import given_before
from assistant.dialogs.long_sign import counted_durations, counts_only, cut_long_sign
from assistant.dialogs.more_aids import aids_beside, handled_beside, listed, purpose_before_aid
from assistant.dialogs.name_place import preferred_names
from assistant.dialogs.no_means import instead_part, kept_out, means_refused
from assistant.dialogs.offered_deed import offered_deed
from assistant.dialogs.people import (
    HELP_STEPS,
    NO_HELP_BY_NAME,
    citizen_of,
    drop_story_people,
    first_names,
    helpers_in,
    name_owns,
    named_before,
    opening_names,
    roles_of,
    take_people,
    the_citizen,
    told_helpers,
)
from assistant.dialogs.reply import (
    OK,
    REFUSE,
    STAY,
    UNUSABLE,
    Ctx,
    Outcome,
    Reply,
    card,
    consent_reading,
    dont_know,
    is_no,
    is_yes,
    kept,
    only_unknown,
    spelled,
)
from assistant.dialogs.timed_correction import light_without_deed, timed_without_deed
from assistant.dialogs.wordlists import word_set
from assistant.nlp.body_thing import thing_on_body
from assistant.nlp.clauses import shaped_grip, tool_name
from assistant.nlp.compose import first_person
from assistant.nlp.criterion import whole_tail
from assistant.nlp.denied_purpose import denies_purpose
from assistant.nlp.event_place import pointed_to
from assistant.nlp.explained_words import glossed_nouns
from assistant.nlp.fragment_people import without_people
from assistant.nlp.fragment_result import deed_of_fragments, finished_with_parts, plural_of_wish
from assistant.nlp.fragment_sign import (
    amount_and_own_deed,
    amount_of_fragments,
    sign_of_fragments,
    telegram,
    unread,
    wish_verbs,
)
from assistant.nlp.fragments import animal_pronoun
from assistant.nlp.grammar import agree
from assistant.nlp.kin_reason import kin_of_name, kin_reason
from assistant.nlp.learner_articles import articles_agreeing
from assistant.nlp.measure_way import measure_way
from assistant.nlp.memo import once
from assistant.nlp.numbers import number_at, opens_with_number
from assistant.nlp.perspective import (
    citizens_kin,
    households,
    in_citizens_words,
    speaks_of_self,
    things_in_citizens_words,
)
from assistant.nlp.phrase import after_apposition
from assistant.nlp.quantities import clock_span, find_frequency
from assistant.nlp.reason import (
    cause_before,
    opens_with_purpose,
    second_purpose_after,
    sentences,
    tells_a_result,
)
from assistant.nlp.signs import in_a_row_tail
from assistant.nlp.states import said_as_state, told_without
from assistant.nlp.telegraph import (
    deed_span_reason,
    described_thing,
    indefinite_adjective,
    is_adjective,
    listed_things,
    listed_verbs,
    listed_with_parts,
    signs_as_verbs,
    span_apart,
    state_reason,
    story_apart,
    thing_in_state,
    things_put_in,
    ways_as_sign,
    wish_of_things,
    wish_verb_from_sign,
)
from assistant.nlp.thing_at_place import thing_done_at, thing_used_at
from assistant.nlp.wordscan import skip_back

WITH_WORDS = 20  # longest answer read for "med …" to how one will manage
AID_SAID_MAX = 8  # words of an aid named in one's own words ("med et spejl på en stang")
WHO = {"who_citizen": "citizen", "who_relative": "relative", "who_staff": "staff"}  # role →


def _aids_not_used(facts) -> set[str]:
    """The aids the facts name but that are no means ("uden stokken", "den bruger hun ikke")."""
    return set((getattr(facts, "extras", None) or {}).get("aids_not_used") or ())


def _bare_noun(action: str, lex, words: dict, grammar=None) -> bool:
    """True for a wish's "action" that is one word the lexicon knows only as a noun ("kaffe",
    "kirke": a definite form under `noun_form_endings`, no form under `verb_form_endings`; said
    in a definite form itself, "fuglene", "avisen", under `noun_definite_endings`) and
    the goal gives no verb of its own (grammar noun_verbs: "morgenmad" is "lave morgenmad")."""
    said = action.split()
    if len(said) != 1 or (grammar is not None and grammar.noun_verb(said) is not None):
        return False
    w = said[0].lower()
    nouns, verbs = words.get("noun_form_endings", ()), words.get("verb_form_endings", ())
    # "fuglene", "avisen": a definite form of a noun (its lemma and one of these endings)
    lemma = lex.lemmas.get(w) or ""
    definite = words.get("noun_definite_endings", ())
    if lemma and lemma != w and any(w == lemma + e for e in definite):
        if grammar is not None and grammar.place_preposition(w):
            return False  # "kirken. søndag. selv": a place the goal goes to ("komme i kirken")
        w = lemma
    noun = any(lex.lemmas.get(w + e) == w for e in nouns)
    return noun and not any(lex.lemmas.get(w + e) == w for e in verbs)


def _facts_json(facts) -> dict:
    return facts.to_json() if facts is not None else {}


#: Steps whose answers tell everyday life today: an aid named there ("i dag kan jeg kun gå
#: med stokken") is the story's, not the goal's.
_TODAY_KINDS = frozenset({"open", "scale"})
#: Steps where an aid named is no means of the goal: today's story, the reason ("så jeg ikke
#: skal vente på at de kommer med den lift": the lift he wants to be rid of) and a consent's
#: aside ("Han har ikke sine høreapparater i, så jeg skriver for ham").
_NOT_MEANS_KINDS = _TODAY_KINDS | {"motivation", "yesno"}
#: Steps whose answers fill the goal only with a wish told there: everyday life and the consent.
_RECORD_KINDS = frozenset({"open", "yesno"})


def told_wish(facts) -> bool:
    """True when an answer tells a wish of its own ("hun vil så gerne selv kunne børste sit hår
    igen"), not only wish words: "hun går gerne en tur" (today), "nu vil hun ikke tage
    telefonen" (a refusal), "jeg vil selv vælge mine varer" (a will), "det vil hun gerne" (a
    yes). Only such a wish told anywhere but to the wish question fills the goal."""
    extras = getattr(facts, "extras", None) or {}
    return getattr(facts, "stance", None) == "wish" and bool(extras.get("wish_told"))


def wish_sentence(facts) -> bool:
    """True for a sentence of a wish answer that tells the wish, told as one (told_wish) or as
    a will to do it oneself ("Jeg vil selv tage bus til frisør i byen"), apart from the
    sentences around it that tell today ("Nu søn køre mig altid")."""
    return getattr(facts, "stance", None) == "wish"


def apply_facts(
    state: dict, facts, step: Step, lex=None, said_words=None, grammar=None
) -> list[str]:
    """Fill every slot the facts give (mixed initiative); return the slots newly set.

    A missing fact never erases a value. In answers about everyday life (resources,
    difficulties) only a stated wish fills goal slots; aids always count, people when said as
    helpers or companions (dialogs/people.py). Only the
    wish, activity, change and summary questions (or a wish told anywhere while none is known)
    set the activity.
    """
    if facts is None:
        return []
    data = _facts_json(facts)
    slots = state.slots
    changed: list[str] = []
    known = copy.deepcopy(slots.get("frequency"))
    story = slots.get("story_aids") or []
    words = (getattr(facts, "extras", None) or {}).get("aid_words") or {}
    for item, word in words.items():  # "en dosisæske": the goal keeps the word said
        slots.setdefault("aid_words", {})[item] = word
    whole = (getattr(facts, "extras", None) or {}).get("aids_whole") or {}
    for item, phrase in whole.items():  # "en stok med sæde": the aid with what it has
        slots.setdefault("aids_whole", {})[item] = phrase
    one = (getattr(facts, "extras", None) or {}).get("aids_one")
    if one is not None:  # "en vægtmanchet": the number said last for each aid named now
        named = set(data.get("aids") or [])
        kept = [a for a in slots.get("aids_one") or [] if a not in named]
        slots["aids_one"] = sorted({*kept, *(a for a in one if a in named)})
    kinds = (getattr(facts, "extras", None) or {}).get("aid_kinds") or {}
    for item, kind in kinds.items():  # "med hvid stok": the goal's aid is of that kind
        slots.setdefault("aid_kinds", {})[item] = kind
    # "uden stokken altså helt selv": an aid done without, refused or not there is no means of
    # the goal: kept as told, like the story's
    unused = _aids_not_used(facts)
    # "Inga … hun sidder i kørestol": never the citizen's
    others = others_aids(
        state,
        facts,
        lex.third_person_subjects if lex else frozenset(),
        lex.owner_citizen_kin if lex else frozenset(),
    )
    for item in data.get("aids") or []:
        if item in others and item not in slots.get("aids", []):
            slots["aids_others"] = sorted({*(slots.get("aids_others") or []), item})
            continue
        if item not in slots.setdefault("aids", []) and _compound_said(item, slots):
            continue  # "ser til skinnerne" after "med de tommelskinner": the same aid again
        if item not in slots["aids"]:
            slots["aids"].append(item)
            changed.append("aids")
            if step.kind in _NOT_MEANS_KINDS or item in unused:  # "jeg går med rollator"
                story = [*story, item]
        elif step.kind not in _NOT_MEANS_KINDS and item in story and item not in unused:
            story = [a for a in story if a != item]  # named again for the goal
    if story or "story_aids" in slots:
        slots["story_aids"] = story
    if take_people(state, facts, step.kind, lex):  # only people said as helpers or companions
        changed.append("people")
    # What someone tells about everyday life today ("jeg går en tur hver dag") is not the goal,
    # nor is when a helper comes ("min datter kommer om søndagen, hun kan hjælpe").
    named = (getattr(facts, "extras", None) or {}).get("place_named")
    if step.kind == "open" and named and not slots.get("story_place"):
        slots["story_place"] = named  # "vi har haft kolonihave …": a later "derud" goes there
    # the consent answer tells the record (who types, what they know: "jeg har selv skrevet
    # mange elevplaner, så jeg ved godt, hvad det går ud på"), never the wish's reason or time;
    # only a wish told there fills the goal
    goal_facts = (step.kind not in _RECORD_KINDS or told_wish(facts)) and step.kind != "people"
    if not goal_facts:
        return sorted(set(changed))
    activity = data.get("activity")
    first = not slots.get("activity")  # the wish told before any other names the goal
    if step.kind in ("confirm", "change") and data.get("stance") in ("resource", "difficulty"):
        activity = None  # "skriv til påske i stedet", "jeg kan ikke gå så langt": no new wish
    if step.kind in ("confirm", "change") and (
        timed_without_deed(data, facts, grammar, said_words)
        or light_without_deed(facts, grammar, said_words)
    ):
        activity = None  # "vi har også træning lørdag formiddag … skriv to gange om ugen"
    told_action = str((getattr(facts, "extras", None) or {}).get("action") or "")
    if step.kind in ("confirm", "change") and lex and opens_with_number(told_action, lex.numbers):
        activity = None  # "nej ikke en time, tre runder": how much, no deed of its own
    offered = state.voice in (None, "citizen") and offered_deed(facts, said_words or {})
    if offered:
        activity = None  # "min datter vil gerne køre mig": her offer, no wish of the citizen's
    if activity and (
        step.kind in ("wish", "activity", "confirm", "change")
        or (not slots.get("activity") and told_wish(facts))
    ):
        if slots.get("activity") != activity:
            changed.append("activity")
        slots["activity"] = activity
        slots.pop("activity_card", None)  # said in words now
    action = None if offered else (getattr(facts, "extras", None) or {}).get("action")
    # "sidde med de andre i spisesalen" to the wish question names no activity: its words stay
    # the goal's when the activity card is chosen next
    wished = step.kind == "wish" and not slots.get("activity")
    if lex is not None and action and _bare_noun(action, lex, said_words or {}, grammar):
        action = None  # "kaffe. aften. selv": a noun said alone is no verb of the goal
    if action and (activity or wished) and step.kind in ("wish", "activity", "change", "confirm"):
        # "cykle derud igen": where the story said; but "min datter bor i Aalborg … køre derover"
        # points at where the wish's own person lives, never at the story's place
        away = "away" in ((getattr(facts, "extras", None) or {}).get("people_roles") or {}).values()
        if lex is not None and step.kind == "wish" and not away:
            action = pointed_to(action, slots.get("story_place"), lex)
        slots["own_action"] = action  # the goal sentence may use the citizen's own words
    elif action and activity and first and step.kind == "open" and told_wish(facts):
        # "… og jeg vil så gerne strikke en sweater til ham til jul" in the story: the wish
        # it tells keeps its own verb and object, not the activity's label
        slots["own_action"] = action
    extras = getattr(facts, "extras", None) or {}
    claimed = data.get("independence") == "hjaelpemiddel" and extras.get("selv_claimed")
    if step.kind == "wish" and (data.get("independence") == "selv" or claimed):
        # "jeg vil gerne selv kunne …", kept beside an aid said later or in the wish itself
        slots["selv_said"] = True
    if step.kind == "wish" and data.get("independence") == "med_hjaelp":
        # "… igen sammen med mit barnebarn": whom one goes with; how one manages is asked
        slots["independence_by_company"] = bool(extras.get("help_by_company"))
    if data.get("measures") and step.kind in _LEVEL_KINDS:
        slots["level_measures"] = data["measures"]  # what one manages today: the ladder's start
    if data.get("measures") and step.kind not in _NOT_MEASURED_BY:
        slots["measures"] = data["measures"]
        # "3 km": the goal writes a measure as it was typed (keyed by value and unit, so a
        # measure changed later by a card or a correction is written in the goal's own words)
        said = (getattr(facts, "extras", None) or {}).get("measures_said") or {}
        slots["measures_said"] = {**(slots.get("measures_said") or {}), **said}
        slots.pop("criterion", None)
        slots.pop("measure_each_time", None)  # the measure step's answer may say "ad gangen"
        slots.pop("measure_way", None)  # … and where the distance goes
        # "… det er vel en fire hundrede meter": how far the place is; the sign is still asked
        if step.kind == "wish" and (getattr(facts, "extras", None) or {}).get("distance_told"):
            slots["distance_told"] = True
        else:
            slots.pop("distance_told", None)
        changed.append("measure")
    for key, slot in (
        ("frequency", "frequency"),
        ("deadline", "deadline"),
        ("independence", "independence"),
        ("motivation", "motivation"),
    ):
        if slot == "independence" and _measured_selv(step, facts, data):
            slots["measured_selv"] = True  # kept for a "ved ikke" to the independence step
            continue
        if data.get(key) and not (
            slot == "independence"
            and (_keeps_independence(step, slots) or _help_not_told(step, data))
        ):
            if slot == "motivation" and not _takes_reason(step, slots):
                continue  # "med en kande … så hun kan se hvor meget": the aid's purpose
            if slot == "frequency" and slots.get(slot) and step.kind in _NOT_TIMED_BY:
                continue  # "en pilleæske med rum til hver dag": the aid's, not how often
            if slot == "frequency" and step.kind == "motivation" and not slots.get(slot):
                continue  # "… når vores datter kommer om søndagen": the reason's time; asked
            if slot == "deadline" and step.kind in _NOT_DATED_BY:
                continue  # "… så hele lejligheden er støvsuget i løbet af ugen": the measure's
            slots[slot] = data[key]
            changed.append(slot)
            if slot == "independence" and step.kind == "measure":
                slots["independence_by_measure"] = True  # "… med rollatoren": asked still
    if "frequency" in changed:  # the frequency in the person's words ("hver nat")
        said = (getattr(facts, "extras", None) or {}).get("frequency_said")
        if not _names_times_of(slots, known, said, lex):
            slots["frequency_said"] = said
    if "deadline" in changed:  # the deadline in the person's words ("til sommer")
        slots["deadline_said"] = (getattr(facts, "extras", None) or {}).get("deadline_said")
    if data.get("motivation") and "motivation" in changed:  # the reason as said, for the goal
        slots["reason_said"] = (getattr(facts, "extras", None) or {}).get("reason")
        slots["reason_unwritten"] = (getattr(facts, "extras", None) or {}).get("reason_unwritten")
    return sorted(set(changed))


_TIMES_UNIT = "gang"  # the unit id of a count of times (content/da/nlp/units.yaml)


def _names_times_of(slots: dict, known, said: str | None, lex) -> bool:
    """True when the frequency said before names the several times of the same frequency that
    the new words only count ("morgen og aften", then "2 gange om dagen"): they stay. One time
    named ("om torsdagen") gives way to the count ("en gang om ugen")."""
    if lex is None or known != slots.get("frequency") or not slots.get("frequency_said"):
        return False
    return isinstance(known, dict) and known.get("times", 1) > 1 and _bare_count(said, lex)


def _bare_count(said: str | None, lex) -> bool:
    """True for a frequency said as a bare count ("2 gange om dagen", "to gange om ugen"): it
    names no time of its own."""
    words = str(said or "").lower().split()
    found = number_at(words, 0, lex.numbers) if words else None
    return (
        found is not None
        and found[1] < len(words)
        and lex.units.get(words[found[1]]) == _TIMES_UNIT
    )


#: Steps whose amounts describe something else: "selv, det er ti minutter på cyklen" (the way
#: there), "så jeg kan gå 500 meter" (the reason), "2. jeg kan gå 300 meter, så stop" (today's
#: level: what one manages now), never the goal's measure.
_LEVEL_KINDS = frozenset({"scale"})
_NOT_MEASURED_BY = frozenset(
    {"independence", "people", "motivation", "frequency", "deadline"} | _LEVEL_KINDS
)
#: Steps whose times describe something else: "med en pilleæske med rum til hver dag" (the
#: aid); they never replace the frequency already given. (A reason may still correct it: "og
#: forresten 3 gange om ugen ikke 2".)
_NOT_TIMED_BY = frozenset({"independence"})
#: Steps whose dates tell something else: the span a measure is reached in ("så hele
#: lejligheden er støvsuget i løbet af ugen"), when a helper comes ("min datter kommer på
#: søndag"), when an aid arrives; the deadline is asked for itself.
_NOT_DATED_BY = frozenset({"measure", "independence", "people"})


def _answered_reason(reason: str | None, said: str, g, speaker: str | None = None) -> str | None:
    """The reason as found in the answer to "why"; the whole answer when the reason found
    begins after its first sentence ("jeg savner kollegerne. og så Hanne ikke skal stå alene":
    the first reason is the citizen's own; the goal sentence reads the sentences in order),
    when it follows another purpose the answer opens with ("Så jeg kan føle mig nyttig igen,
    og så min svoger …"), or when it only tells what follows from the words before it ("vi er
    de eneste to tilbage af familien … øh så telefonen er det eneste vi har"), or when a later
    sentence tells a second purpose ("… igen. og så jeg ikke skal løfte ham")."""
    if not reason or not said:
        return reason
    first, *later = [p for p in sentences(said) if p.strip()] or [""]
    own, found = _plain(first), _plain(reason)
    if found in own and not own.startswith(found) and tells_a_result(reason, g):
        return said
    if found in own and not own.startswith(found) and opens_with_purpose(first, g):
        # "Så jeg kan føle mig nyttig igen, og så min svoger ikke skal betale …": the reason
        # found is the second of the answer's purposes; the first is the main one
        return said
    if own.startswith(found) and second_purpose_after(own, found, g):
        # "så han ikke skal vente på …, og så han kan få en snak med købmanden": the purpose
        # found and a second one joined on; the goal sentence reads both
        return said
    if found in own and not own.startswith(found) and cause_before(own, found, g, speaker):
        # "fordi jeg elsker at snakke om bøgerne … og så min datter ikke skal ringe …": the
        # purpose found follows the citizen's own cause; the goal sentence reads both
        return said
    if later and found in own and any(opens_with_purpose(part, g) for part in later):
        # "så han kan komme med ud igen. og så jeg ikke skal løfte ham": a second purpose in a
        # sentence of its own; the goal sentence reads both
        return said
    if later and found in own and speaker == "citizen" and any(_own_will(p, g) for p in later):
        # "så jeg ikke skal sidde og vente. jeg vil selv bestemme, hvornår …": a later sentence
        # in the citizen's own will is a second reason of hers; the goal sentence reads both
        return said
    if not later or found in own:
        return reason
    if denies_purpose(first, g):
        # "Nej, det er ikke for at ro om kap. Det er for at komme ud på søen …": the first
        # sentence tells what the goal is not for; the purpose of a later one is the reason
        return reason
    if _reports_another(own, g):
        # "lederen har sagt, at hvis jeg ikke kommer igen, så lukker de det. Så jeg vil gerne
        # komme igen, så holdet ikke skal lukke": the words told are another's; the citizen's
        # own purpose of a later sentence is the reason
        return reason
    return said


def _reports_another(plain: str, g) -> bool:
    """True for a sentence (plain words) that tells another's words: a verb of reported_verbs
    before "at" ("lederen har sagt at …"), its subject not the citizen ("jeg har sagt at …",
    a relative's "han siger at …")."""
    words = plain.split()
    own = {g.self_subject, *g.citizen_pronouns}  # "han siger at …": the citizen quoted
    for k, w in enumerate(words):
        if w not in g.reported_verbs or not set(words[k + 1 : k + 3]) & g.quote_that:
            continue
        before = [b for b in words[max(0, k - 2) : k] if b not in g.doing_perfect_aux]
        if before and before[-1] not in own:
            return True
    return False


def _own_will(sentence: str, g) -> bool:
    """True for a sentence opening with the citizen's "jeg" and a modal ("jeg vil selv
    bestemme …", "jeg skal kunne …"): what she wants, said in her own words."""
    words = _plain(sentence).split()
    own = len(words) > 2 and words[0] == g.self_subject and words[1] in g.modals
    return own and g.negation_word not in words  # "jeg vil ikke være afhængig af …": no purpose


def _plain(text: str) -> str:
    """The words of a text, folded, without punctuation: to find one answer inside another."""
    return " ".join(re.sub(r"\W+", " ", fold(text).lower()).split())


def _takes_reason(step: Step, slots: dict) -> bool:
    """A reason told in answer to another question (how, who) fills only an empty reason."""
    told_by = ("wish", "motivation", "activity", "change", "confirm", "open")
    return step.kind in told_by or not slots.get("motivation")


def _measured_selv(step: Step, facts, data: dict) -> bool:
    """True for "selv" read from the measure without the word ("hele vejen derhen uden at jeg
    skal sætte mig", "en hel vals uden stokken"): how far or how well, so the independence
    step asks openly rather than "Du vil gøre det selv"; "at hun selv kan dække bord" says it."""
    said = (getattr(facts, "extras", None) or {}).get("selv_said")
    return step.kind == "measure" and data.get("independence") == "selv" and not said


def _keeps_independence(step: Step, slots: dict) -> bool:
    """How the citizen will manage is told by the wish or asked for; a reason ("selv"), the
    level of today ("jeg kan slet ikke bære kurven med stokken") or a measure ("… uden at
    hvile") never sets it, nor turns "med min stok" into "selv"."""
    if step.kind in ("motivation", "scale"):
        return True
    told_by = ("wish", "activity", "independence", "change", "confirm", "open")
    return step.kind not in told_by and bool(slots.get("independence"))


def _help_not_told(step: Step, data: dict) -> bool:
    """True for help read from an answer whose people never help with the goal (HELP_STEPS):
    "jeg går en tur hver tirsdag med fysioterapeuten" to "Hvor tit?" is the training's
    company, no help of the goal; how one manages is still asked (a measure's keeps its own
    mark: independence_by_measure)."""
    return (
        data.get("independence") == "med_hjaelp"
        and step.kind not in HELP_STEPS
        and step.kind != "measure"
    )


def _who(step, s, r: Reply, ctx: Ctx) -> Outcome:
    roles = {card(ctx, role): who for role, who in WHO.items()}
    if r.card in roles:
        speaker = roles[r.card]
    elif r.card is not None:
        return UNUSABLE
    elif said(r.text, ctx.dialogue, "who_staff", 8, anywhere=True):
        speaker = "staff"
    elif said(r.text, ctx.dialogue, "who_relative", 8, anywhere=True) or (
        r.facts is not None and r.facts.people
    ):
        speaker = "relative"
    elif said(r.text, ctx.dialogue, "who_citizen"):
        speaker = "citizen"
    else:
        return UNUSABLE
    s.speaker = s.voice = speaker
    s.slots["who"] = speaker
    return OK


def _yesno(step, s, r: Reply, ctx: Ctx) -> Outcome:
    reading = consent_reading(r, ctx)
    if reading == YES:
        s.slots[step.slot] = True
        return OK
    return REFUSE if reading == NO else UNUSABLE


#: The longest part of an answer said back word for word when offering a difficulty as a wish.
MAX_QUOTE = 14


def _label(ctx: Ctx, activity: str) -> str:
    return ctx.content.activities[activity].label


def _open(step, s, r: Reply, ctx: Ctx) -> Outcome:
    """Everyday life: what goes well (resources) or what is hard (difficulties)."""
    if dont_know(r, ctx):
        return OK
    if r.card in ctx.content.activities:
        target = "difficulties" if step.id == "difficulties" else "resources"
        getattr(s, target).append(_label(ctx, r.card))
        if target == "difficulties":
            s.difficulty_activity, s.difficulty_said = r.card, None
        return OK
    if r.card is not None or not has_words(r.text):
        return UNUSABLE
    named = False  # "det er vasketøjet. maskinen står nede i kælderen …": the first one named
    for text, facts in r.parts or ((r.text, r.facts),):
        stance = facts.stance if facts is not None else None
        if stance == "wish" and not told_wish(facts):
            stance = None  # "hun går gerne en tur", "nu vil hun ikke …": told, no dream
        elif (
            stance == "wish"
            and s.voice in (None, "citizen")
            and offered_deed(facts, ctx.dialogue.words)
        ):
            stance = None  # "min søn vil gerne køre mig til lægen": his offer, no dream
        if stance == "resource" and (facts.extras or {}).get("stance_plain"):
            stance = None  # "toilettet om natten" to what is hard: the question's frame
        target = {"difficulty": "difficulties", "resource": "resources", "wish": "dreams"}.get(
            stance or "", "difficulties" if step.id == "difficulties" else "resources"
        )
        getattr(s, target).append(kept(text))
        if target == "difficulties" and facts is not None and facts.activity and not named:
            s.difficulty_activity, named = facts.activity, True
            s.difficulty_said = _told(r, text, facts, ctx, s)
    whole = r.facts if r.parts else None
    if whole is not None and whole.stance == "difficulty" and whole.activity:
        # read as one answer, its topic first; but not an activity a part tells as going well
        # or only names ("kan gaa med stok", "fik en blodprop i hjertet"): no difficulty said
        told = [
            f
            for t, f in r.parts
            if f is not None and f.activity == whole.activity and not said(t, ctx.dialogue, "topic")
        ]  # "det er vasketøjet. maskinen står …": a part that only names the topic tells nothing
        if not any(f.stance != "difficulty" for f in told):
            if s.difficulty_activity != whole.activity:  # quote the part that told it, if one
                s.difficulty_said = next(
                    (_told(r, t, f, ctx, s) for t, f in r.parts if f in told), ""
                )
            s.difficulty_activity = whole.activity
    place = next(
        (
            str(f.extras.get("thing_place") or "")
            for f in (r.facts, *(f for _t, f in r.parts or ()))
            if f is not None and f.extras and f.extras.get("thing_place")
        ),
        "",
    )  # "maskinen står nede i kælderen": where the chore that is hard is done
    if place and s.difficulty_activity:
        s.slots["difficulty_place"] = kept(place)
    return OK


def _told(r: Reply, text: str, facts, ctx: Ctx, s) -> str:
    """The words to say back for the part `text` that told a difficulty: the whole answer when
    it is short enough to quote (a part cut at "men" may be a scrap: "… hun kan sætte sig op men
    ikke rejse sig" → »ikke rejse sig«), else that part; "" (ask the wish open) when neither
    says the citizen cannot do a task ("Mor brækkede hoften", "ryster på hænderne")."""
    other = s.voice in ("relative", "staff")
    whole = _quote(r.text, r.facts, ctx, other) if r.parts and r.facts is not None else ""
    return whole or _quote(text, facts, ctx, other)


def _quote(text: str, facts, ctx: Ctx, other: bool = False) -> str:
    """The words that told a difficulty, to say back ("jeg kan ikke bære kurven på trappen"):
    æøå restored, opening fillers off; "" when longer than a short quote, or when it tells no
    task the citizen cannot do (a diagnosis, a fall, a symptom: dialogue.yaml offer_*)."""
    extras = getattr(facts, "extras", None) or {}
    words = str(extras.get("spelled") or text).split()
    g = ctx.content.goals.grammar
    openers = g.fillers | g.reason_openers  # "ja altså", "men", "øh"
    while words and fold(words[0].strip(",.!?")) in openers:
        words = words[1:]
    if not words or len(words) > MAX_QUOTE:
        return ""
    if said(" ".join(words), ctx.dialogue, "grief", MAX_QUOTE, anywhere=True):
        return ""  # "Svend døde i april, og siden …": a loss is not said back as a wish offer
    quote = " ".join(words).rstrip(" ,.!?")
    activity = getattr(facts, "activity", None)
    return quote if offer.offerable(quote, ctx.content, activity, other) else ""


def _wish(step, s, r: Reply, ctx: Ctx) -> Outcome:
    place = s.slots.pop("difficulty_place", None)
    told = s.difficulty_activity and not s.offer_declined and not (s.slots.get("activity"))
    offering = conditions.offer_difficulty(s, ctx.content)  # the question offered it
    same = r.card is None and said_exactly(r.text, ctx.dialogue, "same_as_told")
    if offering and _names_own_wish(s, r):
        # "jeg vil gerne kunne gå ned i Netto og bære mine poser hjem" to "Vil du gerne kunne gå
        # … igen?", "nej, jeg vil hellere …": the answer's own activity decides (set by
        # apply_facts), with a yes or a no before it
        s.dreams.append(kept(r.text))
        return OK
    if (offering and is_yes(r, ctx)) or (told and same):  # "det samme": what was hard
        activity = s.difficulty_activity
        s.slots["activity"] = activity
        verb = ctx.content.goals.get(activity).verb if ctx.content.goals else activity
        s.dreams.append(verb)
        if place and ctx.content.goals and not s.slots.get("own_action"):
            s.slots["own_action"] = f"{verb} {place}"  # "vaske tøj nede i kælderen"
        return OK
    if offering and (is_no(r, ctx) or dont_know(r, ctx)):
        s.offer_declined = True
        return STAY
    if dont_know(r, ctx):
        return OK
    if r.card in ctx.content.activities:
        s.slots["activity"] = r.card
        s.slots["activity_card"] = True  # the wish is the card's, in no words of one's own
        s.dreams.append(_label(ctx, r.card))
        return OK
    if r.card is not None or not has_words(r.text):
        return UNUSABLE
    g = ctx.content.goals.grammar
    # "fødder. creme. selv.": "smøre creme på mine fødder", not the label
    put = things_put_in(spelled(r), g) or thing_on_body(spelled(r), g)
    put = put or thing_done_at(spelled(r), g)  # "Drivhuset. Tomater.": "dyrke tomater i …"
    if not put and not (r.facts is not None and r.facts.aids):
        # "metaldetektor. marken.": "bruge min … på marken", also when the thing is a cue
        put = thing_used_at(spelled(r), g)
    if put:  # "frimærker. albummet. igen.": "sætte frimærker i albummet", not the label
        s.slots["own_action"] = put
    s.dreams.append(kept(r.text))
    return OK


def _names_own_wish(s, r: Reply) -> bool:
    """True when an answer to an offered difficulty tells a wish of its own about another
    activity than the one offered (its own verb phrase, not only a yes or a reason)."""
    facts = r.facts
    if r.card is not None or facts is None or not facts.activity:
        return False
    own = told_wish(facts) or bool((facts.extras or {}).get("action"))
    return own and facts.activity != s.difficulty_activity


def _activity(step, s, r: Reply, ctx: Ctx) -> Outcome:
    if dont_know(r, ctx) and s.slots.get("activity"):
        return OK  # asked again on the summary ("hellere noget andet"): the wish stays
    if r.card in ctx.content.activities:
        s.slots["activity"] = r.card
        s.slots["activity_card"] = True
        s.slots.pop("activity_guessed", None)
        return OK
    if r.card is None and r.facts is not None and r.facts.activity:
        return OK  # apply_facts filled it
    return UNUSABLE


def _motivation(step, s, r: Reply, ctx: Ctx) -> Outcome:
    if dont_know(r, ctx):
        return OK
    if r.card is None and said_exactly(r.text, ctx.dialogue, "no_reason"):
        return OK  # "nej": nothing to tell, and no "så jeg nej" in the goal
    if r.card is not None:
        card = ctx.dialogue.cards.get(r.card)
        if card is None or not card.value:
            return UNUSABLE
        s.slots["motivation"] = str(card.value)
        s.slots["motivation_card"] = True  # "klare mig selv": the citizen's words, whoever chose
        s.slots.pop("reason_said", None)
        return OK
    if not has_words(r.text):
        return UNUSABLE
    told = spelled(r)
    rest = rest_after_opening(told, ctx.dialogue, "dont_know")
    # "ved ikke. man bliver jo sær af at sidde alene": the reason comes after the hesitation
    told = rest if rest and has_words(rest) else told
    s.slots.pop("motivation_card", None)
    # a relative handing the words to the citizen ("han siger: så jeg kan …"): the citizen's own
    s.slots.pop("motivation_own", None)
    if r.said_by == "citizen" and s.speaker != "citizen":
        s.slots["motivation_own"] = True
    # "dagene. lange.": read as typed too, the spelled answer may be joined ("lange dagene")
    verb = _wish_verb(s, ctx.content.goals.grammar)
    fragments = _reason_in_fragments(told, ctx) or _typed_reason(told, ctx, verb)
    fragments = fragments or _typed_reason(r.text, ctx, verb)
    named = kin_of_name(told, ctx.content.goals.grammar, str(s.slots.get("own_action") or ""))
    if named:  # "søster. 96." to "ringe til Edith": "ringe til min søster Edith", said once
        s.slots["own_action"] = named
        fragments = None
    if fragments:  # "Grete. sove": "Grete kan sove", never "så jeg kan grete"
        s.slots["motivation"] = fragments
        s.slots.pop("reason_said", None)
    elif _span_apart(told, ctx) or _span_apart(r.text, ctx):
        return OK  # "haven. 40 år.": how long, of no deed; kept in the record, not the goal
    elif story_apart(r.text, ctx.content.goals.grammar, _span_of(ctx)):
        # "gift. 61 år. pænt. skal. det. være.": kept as told for the record; the goal says no
        # clause of it (reason.py), never "så jeg kan være gift"
        s.slots["motivation"] = kept(r.text)
        s.slots.pop("reason_said", None)
    elif not (r.facts is not None and r.facts.motivation):
        s.slots["motivation"] = kept(told)
        s.slots.pop("reason_said", None)
    elif s.slots.get("reason_said"):
        s.slots["reason_said"] = _answered_reason(
            s.slots["reason_said"], kept(told), ctx.content.goals.grammar, r.said_by
        )
    return OK


def _reason_in_fragments(told: str, ctx: Ctx) -> str | None:
    """A reason said as single words, as one with aphasia may ("Grete. sove", "Poul, spise"):
    a first name and a verb said apart are what that person can do, joined by the modal of
    `reason_fragment_modal` after the purpose lead ("så Grete kan sove"); a name is never the
    goal's verb. Else None."""
    parts = [p.strip() for p in re.split(r"[.,;!]", told) if p.strip()]
    if len(parts) != 2 or any(len(p.split()) != 1 for p in parts):
        return None
    name, verb = parts
    g, lex = ctx.content.goals.grammar, ctx.content.lexicon
    modal = next(iter(ctx.dialogue.words.get("reason_fragment_modal", ())), "")
    if not modal or not (name.istitle() and name.isalpha()) or name.lower() in lex.people:
        return None
    if not verb.islower() or not g.is_infinitive(verb) or fold(verb) in g.not_verbs:
        return None
    lead = list(ctx.dialogue.words.get("reason_fragment_lead", ()))[:1]  # "så Grete kan sove"
    return " ".join([*lead, name, modal, verb])


def _typed_reason(told: str, ctx: Ctx, verb: str = "") -> str | None:
    """A reason typed as fragments that tell a state ("dagene. lange." → "fordi dagene er
    lange"), a deed and how long ("samlet. 80 år." → "fordi jeg har samlet i 80 år"), or a person
    or an occasion ("oldebørn. jul." → "så jeg kan bage til mine oldebørn til jul", the wish's
    `verb`), never "så jeg kan lange dagene" nor "for samlets skyld"; None for any other."""
    g = ctx.content.goals.grammar
    typed = state_reason(told, g) or deed_span_reason(told, g, _span_of(ctx))
    return typed or kin_reason(told, g, verb)


def _wish_verb(s, g) -> str:
    """The wish's own verb ("bage" of "bage æbleskiver"; "flette" of a bare "Julehjerter", by
    grammar noun_verbs), "" when none is said."""
    own = str(s.slots.get("own_action") or "").split()
    told = g.noun_verb(own[:2]) if own else None
    return (told.split() or [""])[0] if told else own[0] if own else ""


def _span_apart(told: str, ctx: Ctx) -> bool:
    """True for a reason typed as how long beside no deed ("haven. 40 år.")."""
    return span_apart(told, ctx.content.goals.grammar, _span_of(ctx))


def _span_of(ctx: Ctx):
    """A test of words that say a count of time ("80 år", "mange år")."""
    lex = ctx.content.lexicon

    def is_span(words: list[str]) -> bool:
        found = number_at(words, 0, lex.numbers) if words else None
        return found is not None and found[1] == len(words) - 1 and words[-1] in lex.time.units

    return is_span


def _scale(step, s, r: Reply, ctx: Ctx) -> Outcome:
    value = int(r.card) if r.card in ("1", "2", "3", "4", "5") else None
    if value is None and r.card is None:
        value = scale_value(r.text, ctx.dialogue)  # "fire maaske": a value, hedged
    if value is None and r.card is None and spelled(r) != r.text:
        value = scale_value(spelled(r), ctx.dialogue)  # "to a ka int …": the dialect as spelled
    if value is None and dont_know(r, ctx):
        return OK
    if value is None:
        return UNUSABLE
    s.slots[step.slot] = value
    return OK


def _measure(step, s, r: Reply, ctx: Ctx) -> Outcome:
    if only_unknown(r, ctx):  # "hele vejen derhen måske" is the sign, hedged
        return OK
    s.slots.pop("measure_way", None)  # a new measure says its own way, or none
    if r.card is not None:
        template = ctx.content.goals.get(s.slots.get("activity"))
        option = next((m for m in template.measures if m.id == r.card), None)
        if option is None:
            return UNUSABLE
        if option.value is not None:
            value = option.value
            s.slots["measures"] = [{"value": value, "unit": option.unit}]
        else:
            s.slots.pop("measures", None)
        s.slots.pop("criterion_task", None)
        if option.criterion:  # a card's sign says how it is measured, not what the goal is
            s.slots["criterion"], s.slots["criterion_card"] = option.criterion, True
            # … unless it names the wish said without a verb of its own ("bil. ind. ud."): then
            # the card's task is the goal's ("komme ind og ud af bilen"), not the label's
            if not s.slots.get("own_action") and names_wish(option, wish_said(s)):
                s.slots["criterion_task"] = True
        else:
            s.slots.pop("criterion", None)
        return OK
    g = ctx.content.goals.grammar
    # "posten. selv.": a wish of a thing alone, its verb to come in the sign
    own_told = str(s.slots.get("own_action") or "") or wish_of_things(wish_said(s), g) or ""
    fed = animal_pronoun(own_told, ctx.content.lexicon, g)  # "den": "give den frø og vand"
    verbed = wish_verb_from_sign(own_told, spelled(r), g, fed)
    told = s.slots.get("own_action") and r.card is None  # a wish with its verb
    if verbed is not None:  # "hønsene." then "fodre. æg ind. selv.": "fodre hønsene"
        s.slots["own_action"], sign = verbed
    else:  # "frø. vand. bur rent. selv.": "selv give den frø og vand og gøre buret rent"
        sign = signs_as_verbs(spelled(r), g, fed) if told else None
        # "op. langs stranden. ned. selv. film.": the wish's verb with the ways as one list
        sign = sign or (ways_as_sign(spelled(r), own_told.split()[0], g) if told else None)
    if not sign and told:  # "Hele eftermiddagen. Selv holde kortene.": an amount and a deed
        sign = amount_and_own_deed(spelled(r), g, own_told.split()[0].lower())
    if not sign and told and r.card is None:
        # "Alle tre. Striglet. Fodret." beside "strigle og fodre ponyerne": an amount of the
        # wish's things, its deeds said as done ("alle tre ponyer"), no state of "alle tre"
        sign = _amount_done(spelled(r), s, ctx)
    if not sign and r.facts is not None:  # "foderbræt fyldt. hver morgen. selv.": a state
        sign = thing_in_state(spelled(r), g, ((r.facts.extras or {}).get("frequency_said") or "",))
    if sign:
        s.slots["criterion"] = kept(sign)
        s.slots.pop("criterion_card", None)
        return OK
    if (getattr(r.facts, "extras", None) or {}).get("time_alone"):
        # "natten": when the goal is done (engine._time_alone), kept as told
        s.slots["time_said"] = s.slots.get("frequency_said")
        return OK
    span = clock_span(_clock_words(r.text), ctx.content.lexicon)
    if span is not None and not (r.facts is not None and r.facts.measures):
        # "hele eftermiddagen fra 13 til 16": three hours, said as a span of the clock; the
        # words stay the sign
        value = int(span.value) if span.value.is_integer() else span.value
        s.slots["measures"] = [{"value": value, "unit": span.unit}]
    if r.card is None and r.facts is not None and (own := _sign_around_counts(r, ctx)):
        # "at jeg selv er kommet op ad trapperne … og har siddet der en hel kamp altså to gange
        # tredive minutter og er kommet ned igen …": a count said inside a sign told whole is
        # that sign's own (the halves of a match, the rests on a bench), no count of the goal
        for key in ("measures", "measures_said"):
            s.slots.pop(key, None)
        # "…, og at jeg selv husker, hvornår jeg skal ringe": the analyzer's sign read on past
        # the cut (a second sign of the person's own) is the same sign, whole
        read = str((r.facts.extras or {}).get("criterion") or "")
        own = read if read.startswith(own.rstrip(" ,.")) and len(read) > len(own) else own
        s.slots["criterion"] = kept(own)
        s.slots.pop("criterion_card", None)
        return OK
    criterion = (getattr(r.facts, "extras", None) or {}).get("criterion")
    if criterion and r.card is None and r.facts is not None and r.facts.measures:
        # "Lave 40 pierogi selv, fra dej til koge. Sidde på stol ved bord.": the count's clause
        said = _said_words(spelled(r), ctx)
        criterion = deed_beside(criterion, said, [normalise(w) for w in said], ctx) or criterion
    extra = _without_fragment_after(criterion, spelled(r), ctx) if criterion else ""
    if criterion:  # "kan gå ned til postkassen uden at stoppe": an observable sign
        goals = goal_templates(s, ctx.content)  # "hun": her "ham" is someone else
        # a relative whose role is known: "… uden at jeg løfter på ham" is "… uden at min kone
        # løfter på mig" in the citizen's goal
        named = speaker_as(s, ctx.content) if r.said_by == "relative" else None
        if r.said_by == "relative":  # "ringe op til os": "ringe op til familien"
            criterion = households(criterion, goals.grammar, named, doing=True)
            # "sætte sig ind på forsædet i min bil", the sister's car: "… i bilen"
            criterion = things_in_citizens_words(criterion, goals.grammar, named)
        mine = named and speaks_of_self(criterion, goals.grammar)
        if mine and (mine := in_citizens_words(criterion, goals.grammar, named)):
            sign = citizens_kin(first_person(mine, goals) or mine, goals.grammar)
            s.slots["criterion"] = kept(f"{sign}. {extra}" if extra else sign)
            s.slots.pop("criterion_card", None)
            return OK
        # a relative's "… uden at jeg skal læse op", their role unknown: the citizen's sign ends
        # before the clause that brings the relative in (when it has words of its own before it)
        theirs = first_person(criterion, goals, r.said_by) if r.said_by != "citizen" else ""
        row = in_a_row_tail(criterion.split(), ctx.content.lexicon) if theirs else []
        if row and not theirs.endswith(" ".join(row)):
            # "… når jeg kommer om søndagen en hel uge i træk", "…, uden at vi skal gøre det
            # færdigt, hver morgen i en uge": the count in a row or the span of days after the
            # relative's clause is the sign's own
            said = criterion.split()
            comma = len(said) > len(row) and said[-len(row) - 1].endswith(",")
            # "…, uden at vi skal gøre det færdigt, hver morgen i en uge": its comma, too
            theirs = " ".join([theirs.rstrip(",.;: ") + ("," if comma else ""), *row])
        sign = theirs or first_person(criterion, goals)
        s.slots["criterion"] = kept(f"{sign}. {extra}" if extra else sign)
        s.slots.pop("criterion_card", None)
        return OK
    if r.facts is not None and r.facts.measures:
        _note_each_time(s, r, ctx)  # a wish that walks: see engine._walked
        thing = _whole_thing(spelled(r), ctx) if r.card is None else None
        own = str(s.slots.get("own_action") or "").lower().split()
        if thing and thing.split()[-1].lower() not in own:
            # "en hel vals sådan en tre minutter": the goal names the waltz (once: "danse en
            # vals" says it)
            s.slots["criterion"] = kept(thing)
            s.slots.pop("criterion_card", None)
        way = measure_way(spelled(r), ctx.content.lexicon, ctx.content.goals.grammar)
        if way:  # "300 meter ned til stoppestedet": the distance keeps its destination
            s.slots["measure_way"] = way
        return OK
    template = ctx.content.goals.get(s.slots.get("activity"))
    value = _bare_number(r.text, ctx)
    default = template.default_measure if template is not None else None
    if value and default and _PLAUSIBLE[0] <= value / default["value"] <= _PLAUSIBLE[1]:
        # "to" to "Hvor meget vil du kunne?" about stairs: two of the goal's own unit (etager);
        # a number far from the usual amount ("to" about walking: 2 meter?) is asked again
        s.slots["measures"] = [{"value": value, "unit": default["unit"]}]
        return OK
    typed = _without_fillers(spelled(r), ctx)  # "øh 10. kartofler. …": "10. kartofler. …"
    if r.card is None and telegram(typed) and (joined := _joined_fragments(typed, s, ctx)):
        # "10. kartofler. skrællet. ingen. hjælp.", "tag. vinduer. maling. færdig. selv.": read
        # whole by the fragment rules, before a count in it ("10 kartofler") is taken for all
        s.slots["criterion"], s.slots["criterion_apart"] = kept(joined), None
        s.slots.pop("criterion_card", None)
        _note_each_time(s, r, ctx)
        return OK
    counted = _counted_things(r.text, ctx) if r.card is None else None
    counted = counted or (_amount_fragments(spelled(r), ctx) if r.card is None else None)
    asked_again = s.failures.get(step.id, 0) >= 1
    own = _own_sign(spelled(r), ctx, any_words=asked_again) if r.card is None else None
    long = own is None or len(own.split()) > _OWN_SIGN_SHORT
    if r.card is None and long and (first := _first_clause(spelled(r), ctx)):
        # "en hel plade boller, fra vi rører dejen til …", "øh et helt brød altså fra jeg …":
        # a long answer whose first clause names the amount says the sign there
        firsts = _own_sign(first, ctx, any_words=asked_again)
        # "…, og har siddet hos hende en time, uden at jeg er faldet": the clause kept whole
        # that ends the answer is the point of the sign, not cut with the rest
        # (the person's own: a relative's "uden at han er faldet" is said of the citizen)
        mine = firsts and r.said_by in (None, "citizen")
        tail = whole_tail(spelled(r), first, ctx.content.lexicon.criterion) if mine else ""
        own = (f"{firsts}, {tail}" if tail and not firsts.endswith(tail) else firsts) or own
    if not (counted or own) and r.card is None:
        # "… så jeg selv rulle ud ti yufka og bage på panden": the clause with its count
        said = _said_words(spelled(r), ctx)
        counted = counted_deed(said, [normalise(w) for w in said], ctx)
    if span is not None and not (counted or own):
        return OK
    if counted or own:
        # "12 kort", "begge ben", "en kurv tøj ad gangen", and, asked again, any short answer
        # ("stuen og køkkenet i første omgang"): the person's own sign, in their words; the goal
        # says it with the wish's verb; a relative's ends before the clause that brings them in
        # ("… uden at jeg sidder ved siden af")
        selves = set(ctx.dialogue.words.get("speaker_self", ()))
        theirs = own and r.said_by not in (None, "citizen") and selves & set(own.lower().split())
        own = (first_person(own, ctx.content.goals, r.said_by) or own) if theirs else own
        sign = _without_count_tail(counted or own, ctx)
        if telegram(sign):
            # "rive. grus. plante. …": verb phrases made of the one-word fragments; "alle. 12.
            # gaver. pakket.": an amount for the wish's own verb ("pakke … ind"); when they make
            # neither, the sign as typed, for staff only (fragment_sign.py)
            joined = _joined_fragments(sign, s, ctx)
            s.slots["criterion_apart"] = None if joined or not unread(sign) else kept(sign)
            sign = joined or sign
        elif r.card is None and (deed := _amount_and_deed(sign, s, ctx)):
            sign = deed  # "En portion. Trække selv.": "en portion og trække den selv"
        s.slots["criterion"] = kept(sign)
        s.slots.pop("criterion_card", None)
        _note_each_time(s, r, ctx)
        return OK
    return UNUSABLE


def _without_fillers(text: str, ctx: Ctx) -> str:
    """The text without its fillers ("øh"), each word's marks kept on the word before it."""
    fillers = ctx.dialogue.yes_no.fillers
    out: list[str] = []
    for word in text.split():
        if normalise(word, fillers) or not normalise(word):
            out.append(word)
        elif out and word.strip(EDGE) != word:  # "10 øh." : the mark stays
            out[-1] = out[-1].rstrip(EDGE) + word[len(word.rstrip(EDGE)) :]
    return " ".join(out)


def _joined_fragments(sign: str, s, ctx: Ctx) -> str | None:
    """A sign typed in one-word fragments as one phrase: verb phrases ("rive. grus."), an amount
    for the wish's verb ("alle. 12. gaver. pakket.", fragment_sign.py), an amount done or a made
    thing finished with its parts (fragment_result.py); None when they make none."""
    g, lex = ctx.content.goals.grammar, ctx.content.lexicon
    cues = lex.action
    joined = sign_of_fragments(sign, g, cues.fragment_particles, cues.fragment_motion_verbs)
    verb = (str(s.slots.get("own_action") or "").split() or [""])[0].lower()
    return joined or amount_of_fragments(sign, g, verb) or _result_of_fragments(sign, s, ctx)


def _amount_done(sign: str, s, ctx: Ctx) -> str | None:
    """A sign typed as fragments of an amount and the participles of the wish's own verbs ("Alle
    tre. Striglet. Fodret." beside "strigle og fodre ponyerne") as the amount of the wish's
    things ("alle tre ponyer"); None when no fragment is such a participle, or for another sign
    (nlp/fragment_sign.amount_of_fragments)."""
    g = ctx.content.goals.grammar
    own = str(s.slots.get("own_action") or "")
    verb, *also = wish_verbs(own, g) or ("",)
    parts = [p.strip(" ,!?").lower() for p in sign.split(".")]
    if not any(g.infinitive_of_participle(p) in (verb, *also) for p in parts if p.isalpha()):
        return None
    counted = plural_of_wish(" ".join(own.split()[2 * len(also) :]), g, ctx.content.lexicon.action)
    return amount_of_fragments(sign, g, verb, also, counted)


def _amount_and_deed(sign: str, s, ctx: Ctx) -> str | None:
    """A sign typed as fragments of an amount of one thing and a deed done to it ("En portion.
    Trække selv."), as one phrase for the wish's verb ("en portion og trække den selv"); None
    for any other sign (nlp/fragment_sign.py)."""
    verb = (str(s.slots.get("own_action") or "").split() or [""])[0].lower()
    joined = amount_of_fragments(sign, ctx.content.goals.grammar, verb)
    return joined if joined and ctx.content.goals.grammar.and_word in joined.split() else None


def _result_of_fragments(sign: str, s, ctx: Ctx) -> str | None:
    """A sign typed in one-word fragments as an amount done or a made thing finished with its
    parts, beside the wish (nlp/fragment_result.py); None for any other sign."""
    g, lex = ctx.content.goals.grammar, ctx.content.lexicon
    own = str(s.slots.get("own_action") or "")
    person = _names_person_in(ctx)
    found = deed_of_fragments(sign, g, own, lex.action, person)
    return found or finished_with_parts(sign, own, g, lex.action, person)


def _names_person_in(ctx: Ctx) -> Callable[[str], bool]:
    """The test of a word naming a person ("datter", "nabo") by the content's lexicon."""
    return lambda word: names_person(word, ctx.content.lexicon)


def _without_people(text: str, ctx: Ctx) -> str:
    """The text without the person fragments typed among things ("stok. datter.": the
    daughter is no thing, fragment_people.py)."""
    return without_people(text, _names_person_in(ctx), ctx.content.goals.grammar)


def _sign_around_counts(r: Reply, ctx: Ctx) -> str | None:
    """The sign told whole ("at jeg selv er kommet …") of the person's own answer whose measures
    are only counts of times, or a duration counted ("to gange tredive minutter"): their words,
    the counts in them; None for any other answer."""
    said = [normalise(w) for w in _said_words(spelled(r), ctx)]
    if r.said_by not in (None, "citizen"):
        return None
    if not counts_only(r.facts.measures, said, ctx.content.lexicon):
        return None
    words = ctx.dialogue.words
    if len(said) <= _COUNTED_DURATION_MAX and counted_durations(said, ctx.content.lexicon):
        # "øh to gange tyve minutter": the count of durations said alone is the sign, both kept
        return " ".join(_said_words(spelled(r), ctx)).strip(".,!")
    if len(said) < 3 or said[0] not in words.get("sign_leads", ()):
        return None
    if said[1] not in words.get("sign_subjects", ()):
        return None
    return _own_sign(spelled(r), ctx, any_words=False)


#: Most words of an answer that is a count of durations alone ("to gange en halv time").
_COUNTED_DURATION_MAX = 8


def _without_fragment_after(criterion: str, said: str, ctx: Ctx) -> str:
    """The fragment typed right after the sign that says what is not there ("helt puslespil.
    brikker ikke på gulvet."): part of the sign, said with "uden" in the goal
    (states.without_fragments); "" for any other answer."""
    at = said.find(criterion)
    rest = said[at + len(criterion) :] if at >= 0 else ""
    if at < 0:  # "Jeg går selv med Abdi til skole og hjem igen": the sign's verb made infinitive
        tail = " ".join(criterion.split()[-_SIGN_TAIL_WORDS:]).lower()
        at = said.lower().rfind(tail) if len(criterion.split()) > _SIGN_TAIL_WORDS else -1
        rest = said[at + len(tail) :] if at >= 0 else ""
    if not rest.startswith("."):
        return ""
    parts = [p.strip() for p in rest[1:].split(".") if p.strip()]
    while len(parts) > 1 and _amount_only(parts[0], ctx):
        parts.pop(0)  # "… og hjem igen. 800 meter. Ikke falde.": the distance is the measure's
    if len(parts) != 1 or not told_without(parts[0], ctx.content.goals.grammar):
        return ""
    return parts[0].rstrip(".!")


#: Last words of a sign found again in the answer when its verb was said otherwise ("går").
_SIGN_TAIL_WORDS = 3


def _amount_only(fragment: str, ctx: Ctx) -> bool:
    """True for a fragment that is only an amount and its unit ("800 meter", "to etager")."""
    lex = ctx.content.lexicon
    words = normalise(fragment).split()
    found = number_at(words, 0, lex.numbers) if words else None
    return found is not None and found[1] == len(words) - 1 and words[-1] in lex.units


_WHOLE_THING_MAX = 3  # words of a whole thing after its lead ("et helt spil kort")


def _whole_thing(text: str, ctx: Ctx) -> str | None:
    """ "en hel vals" of an answer with a measure that opens with a whole thing ("en hel vals
    sådan en tre minutter uden stokken"): the lead and the words of the thing up to a number,
    a mark or one of whole_sign_ends; None when the answer opens otherwise."""
    said = _said_words(text, ctx)
    words = [normalise(w) for w in said]
    lead = next(
        (
            len(p.split())
            for p in ctx.dialogue.words.get("whole_sign_leads", ())
            if words[: len(p.split())] == [normalise(w) for w in p.split()]
        ),
        0,
    )
    if not lead:
        return None
    g = ctx.content.goals.grammar
    ends = word_set(ctx.dialogue, "whole_sign_ends") | g.sign_particles | g.motion_adverbs
    numbers = ctx.content.lexicon.numbers
    k = lead
    while k < len(words) and k - lead < _WHOLE_THING_MAX and words[k].isalpha():
        if words[k] in ends or number_at(words, k, numbers, articles=False):
            break  # "en hel udflugt ud og hjem": the thing, not the way
        k += 1
        if said[k - 1][-1:] in ",.;:!?":
            break
    return " ".join(said[:k]).strip(",.;:!?") if k > lead else None


def _note_each_time(s, r: Reply, ctx: Ctx) -> None:
    """ "20 minutter ad gangen", "en kurv tøj ad gangen": the measure is each time."""
    if said(r.text, ctx.dialogue, "each_time", _LONG_ANSWER, anywhere=True):
        s.slots["measure_each_time"] = True


def _clock_words(text: str) -> list[str]:
    """The words of an answer with a span's dash apart ("13-16": "13", "-", "16")."""
    return re.findall(r"\w+|[-–]", text.lower())


def _said_words(text: str, ctx: Ctx) -> list[str]:
    """The words of an answer as said, without its fillers ("øh")."""
    return [w for w in text.split() if normalise(w, ctx.dialogue.yes_no.fillers)]


def _own_sign(text: str, ctx: Ctx, any_words: bool) -> str | None:
    """A short answer to "Hvordan ved vi …?" that names an amount of something ("begge ben",
    "en hel maskine", "et helt brød"), or with `any_words` (asked again) any short answer that
    is no question, no yes or no: the person's own sign, as said; else None."""
    said_words = _said_words(text, ctx)
    tails = {normalise(t) for t in ctx.dialogue.words.get("sign_tails", ())}
    while said_words:  # "… i en hel måned ik", "… tror jeg": the tag is no part of the sign
        cut = next(
            (n for n in (5, 4, 3, 2, 1) if " ".join(map(normalise, said_words[-n:])) in tails), 0
        )
        if not cut:
            break
        del said_words[-cut:]
    told = len(said_words)
    said_words = _without_sign_lead(said_words, ctx)
    whole = len(said_words) < told  # "at jeg kan …": a sign said as one, of any length
    whole = whole or _result_said(said_words, ctx)  # "at tæppet er færdigt …": a state reached
    # "kurven er tom", "æsken tom om aftenen. ingen glemt": a thing's state without a lead
    whole = whole or said_as_state(said_words, ctx.content.goals.grammar)
    # "selv trykke. svare. se Oliver.": verbs typed as fragments, one sign
    whole = whole or listed_verbs(said_words, ctx.content.goals.grammar) != said_words
    any_words = any_words or whole
    cut = whole and len(said_words) > _OWN_SIGN_WHOLE_MAX
    if cut:
        # "at jeg selv er kommet over med færgen … og kun har sat mig på bænkene et par gange":
        # too long to keep whole, cut at a clause (its closing "uden at …" kept), never dropped
        said_words = cut_long_sign(said_words, _OWN_SIGN_WHOLE_MAX, ctx.content.lexicon.criterion)
    words = [normalise(w) for w in said_words]
    if not words or (not cut and len(words) > (_OWN_SIGN_WHOLE_MAX if whole else _OWN_SIGN_MAX)):
        return None
    if "?" in text:
        return None
    if ctx.dialogue.yes_no.classify(text) != UNCLEAR:
        return None  # "ja", "nej tak": no sign
    g = ctx.content.goals.grammar
    if len(words) > 1 and fold(words[0]) in g.comment_subjects and g.is_present(words[1]):
        return None  # "det er svært at sige", "det kommer an på vejret": a comment, no sign
    leads = set(ctx.dialogue.words.get("amount_leads", ()))
    without = [normalise(p).split() for p in ctx.dialogue.words.get("sign_without", ())]
    done_without = any(  # "… uden at ringe efter nattevagten": a verb after it
        words[k : k + len(p)] == p and k + len(p) < len(words)
        for p in without
        for k in range(len(words))
    )
    if words[0] not in leads and not done_without and not (any_words and len(words) > 1):
        return None  # asked again, a phrase of the person's own ("xyzzy" is none)
    if not any(w.isalpha() and len(w) > 2 for w in words):
        return None
    lex = ctx.content.lexicon
    spans = {*g.not_verbs, *g.article_genders}  # "uge", "en uge alle dage"
    if all(_amount(w.strip(EDGE), lex) or fold(w.strip(EDGE)).lower() in spans for w in said_words):
        return None  # "uge. alle nætter": spans of time alone tell no sign of what is done
    return " ".join(said_words).strip(".,!")


#: Words of the subject of a sign said as a thing and its state ("at alle planterne i stuen og i
#: altankasserne er vandet").
_RESULT_SUBJECT_MAX = 8


def _result_said(said_words: list[str], ctx: Ctx) -> bool:
    """True for a sign said as a clause of a thing and its state ("at tæppet er færdigt inden
    den lille kommer", "når vasketøjet hænger på snoren", "at alle planterne i stuen og på
    altanen er vandet"): a lead, a subject that is no person speaking (a noun phrase, its
    places with it), then a verb in the present."""
    low = [normalise(w) for w in said_words]
    leads = word_set(ctx.dialogue, "sign_leads")  # "når", folded as said
    if len(low) < 3 or low[0] not in leads:
        return False
    subjects = word_set(ctx.dialogue, "sign_subjects")
    if low[1] in subjects:
        return False  # "at jeg …": read by _without_sign_lead
    g = ctx.content.goals.grammar
    if any(g.is_present(w) or fold(w.lower()) == g.be_word for w in said_words[2:4]):
        return True
    # a longer subject: its first finite verb is "er" ("… er vandet og de visne er pillet af"),
    # with no person nor mark of a clause before it
    for k in range(4, min(len(said_words), _RESULT_SUBJECT_MAX + 2)):
        if low[k - 1] in subjects:
            return False
        if said_words[k - 1][-1:] in ",.;:!?":
            # "at det første album, det til Mathilde, er færdigt": an apposition set off by
            # commas with a finite verb after it goes with the subject; any other mark ends it
            return after_apposition(said_words, k - 1, g) != k
        if fold(said_words[k].lower()) == g.be_word:
            return True
    return False


def _first_clause(text: str, ctx: Ctx) -> str | None:
    """The words of an answer before its first comma, full stop or filler inside it (a pause in
    speech: "et helt brød altså fra jeg rører dejen …"); None when it has no such break."""
    fillers = ctx.dialogue.yes_no.fillers
    words = text.split()
    kept: list[str] = []
    for k, w in enumerate(words):
        if kept and not normalise(w, fillers):
            break  # "altså" after the first words
        if normalise(w, fillers):
            kept.append(w)
        if w[-1:] in ",.;:!?" and kept and not _abbreviated(w, words[k + 1 :], ctx):
            break
    if not kept or len(kept) >= len([w for w in words if normalise(w, fillers)]):
        return None
    kept = [*kept, *_kinds_named(kept, words[len(kept) :], ctx)]
    return " ".join(kept).strip(",.;:!?")


_KINDS_NAMED_MAX = 6  # words of the list that names the kinds counted ("vaniljekranse og …")


def _kinds_named(clause: list[str], rest: list[str], ctx: Ctx) -> list[str]:
    """The list after a first clause that counts kinds ("to slags, vaniljekranse og
    pebernødder, og …"): the words naming them, up to their mark; [] when there is none (a
    clause with its own subject or lead, more than a few words, no join)."""
    words = ctx.dialogue.words
    if not clause or not clause[-1].endswith(",") or not rest:
        return []
    if normalise(clause[-1].rstrip(",")) not in words.get("kinds_counted", ()):
        return []
    joins = words.get("kinds_joins", ())
    low = [normalise(w.strip(",.;:!?")) for w in rest]
    joined = next((k for k, w in enumerate(low[1:], 1) if w in joins), None)
    if joined is None or any(w[-1:] in ",.;:!?" for w in rest[:joined]):
        return []  # two kinds ("vaniljekranse og pebernødder"), not a longer list of its own
    end = next((k for k in range(joined, len(rest)) if rest[k][-1:] in ",.;:!?"), len(rest) - 1)
    named = rest[: end + 1]
    stops = {*words.get("sign_subjects", ()), *words.get("sign_leads", ())}
    if len(named) > _KINDS_NAMED_MAX or set(low[: end + 1]) & stops:
        return []
    if not all(w.isalpha() for w in low[: end + 1]) or end == joined:
        return []
    return named


def _abbreviated(word: str, rest: list[str], ctx: Ctx) -> bool:
    """True for a full stop of an abbreviation with more said after it ("kl. 9", "ca. 300
    meter", "bl.a. kaffe"): no end of a sentence."""
    bare = fold(word.lower().rstrip(".")).strip(",;:!?")
    return word.endswith(".") and bool(rest) and bare in ctx.content.goals.grammar.abbreviations


def _without_sign_lead(said_words: list[str], ctx: Ctx) -> list[str]:
    """ "at han selv kan gøre hele ansigtet færdigt": the words after "at <subject> [selv] kan"
    (else as said): the goal says "når jeg kan gøre hele ansigtet færdigt"."""
    words = ctx.dialogue.words
    low = [normalise(w) for w in said_words]
    bare = _present_sign_start(low, ctx)  # "Jeg syr et helt sæt færdig selv"
    if bare is None and (len(low) < 4 or low[0] not in words.get("sign_leads", ())):
        return said_words
    if bare is None and low[1] not in words.get("sign_subjects", ()):
        return said_words
    k = 2 if bare is None else bare
    while k < len(low) and low[k] in words.get("sign_between", ()):
        k += 1
    if bare is None and k + 1 < len(low) and low[k] in words.get("sign_modals", ()):
        return said_words[k + 1 :]
    verb = said_words[k].lower()
    lemma = ctx.content.lexicon.lemmas.get(verb, "")
    ends = tuple(words.get("present_endings", ()))
    regular = tuple(words.get("regular_present_endings", ()))
    g = ctx.content.goals.grammar
    if lemma and not g.is_infinitive(lemma) and verb.endswith(regular):
        # "folder" → "fold", "barberer" → "barber": the lemma of the noun; in the finite verb's
        # place the word is the verb ("folde", "barbere")
        lemma = ""
    if not lemma and len(verb) > _SHORT_VERB and verb.endswith(regular):
        lemma = verb[:-1]  # "at han selv logger på": the finite verb's place, a regular verb
    present = any(verb == lemma + e for e in ends) or (verb != lemma and verb.endswith(ends))
    if k + 1 < len(low) and lemma and present:  # "at han er med …": "være med"
        # "at vi bager en hel plade boller": the verb said in the present is the sign's verb,
        # and so is one joined to it ("… logger på med mitid og betaler regningerne")
        return [lemma, *_joined_infinitives(said_words[k + 1 :], ctx)]
    return said_words


#: Shortest finite verb read as a regular present without the lemma table ("logger").
_SHORT_VERB = 4


def _present_sign_start(low: list[str], ctx: Ctx) -> int | None:
    """Where the words after the subject start in a sign told as done without a lead ("jeg syr
    et helt sæt færdig selv", "jeg selv bager alle småkagerne"): 1 when a subject opens the
    answer and a whole amount (present_sign_amounts) follows its verb; None otherwise."""
    words = ctx.dialogue.words
    if len(low) < 4 or low[0] not in words.get("sign_subjects", ()):
        return None
    k = 1
    while k < len(low) and low[k] in words.get("sign_between", ()):
        k += 1
    amounts = words.get("present_sign_amounts", ())
    verb = low[k] if k < len(low) else ""
    after = low[k + 1 : k + 3]
    if after[:1] and after[0] in ctx.content.goals.grammar.article_genders:
        after = after[1:]  # "et helt sæt"
    if not after or after[0] not in amounts:
        return None
    return 1 if verb.endswith(tuple(words.get("present_endings", ()))) else None


def _joined_infinitives(said_words: list[str], ctx: Ctx) -> list[str]:
    """The words with a verb in the present right after "og" said in its infinitive, up to the
    first clause lead ("uden at jeg sidder …" keeps its own verb)."""
    words, lemmas = ctx.dialogue.words, ctx.content.lexicon.lemmas
    ends = tuple(words.get("present_endings", ()))
    regular = tuple(words.get("regular_present_endings", ()))
    joins = set(words.get("and_words", ()))
    stops = set(words.get("sign_leads", ())) | set(words.get("with_after_self_ends", ())) - joins
    g = ctx.content.goals.grammar
    out = list(said_words)
    for k in range(1, len(out)):
        if normalise(out[k]) in stops:
            break
        if normalise(out[k - 1]) not in joins:
            continue
        word = out[k].lower()  # as said: "lægger" is "lægge" + "r", folded or not
        listed = k >= 2 and _present_like(out[k - 2].lower(), lemmas, ends)
        last = k + 1 == len(out) or normalise(out[k + 1]) in joins
        if g.is_noun_form(word) or (listed and last):
            continue  # "håndklæder og viskestykker og …": a list of things, no verb
        lemma = lemmas.get(word, "")
        if not lemma and not last and len(word) > _SHORT_VERB and word.endswith(regular):
            # "og rører sovsen": a regular verb the lemma table does not know, with its object
            lemma = word[:-1] if g.is_infinitive(word[:-1]) else ""
        if lemma and any(word == lemma + e for e in ends):
            out[k] = lemma
    return out


def _present_like(word: str, lemmas, ends: tuple[str, ...]) -> bool:
    """True for a word said as its lemma and a present ending ("håndklæder", "folder")."""
    lemma = lemmas.get(word, "")
    return bool(lemma) and any(word == lemma + e for e in ends)


def _amount_fragments(text: str, ctx: Ctx) -> str | None:
    """ "en hel kotelet" of "kotelet. hele." or "hele. kagen": a thing and one of
    fragment_amount_adjectives (with an -e) said as two one-word fragments, as one amount with
    the article of the thing's gender (the common one for a noun not known); else None."""
    parts = [p.split() for p in re.split(r"[.,;:!?]+", text) if p.split()]
    parts = [[w for w in p if normalise(w, ctx.dialogue.yes_no.fillers)] for p in parts]
    parts = [p for p in parts if p]
    if len(parts) != 2 or any(len(p) != 1 for p in parts):
        return None
    words = ctx.dialogue.words
    adjectives = {a + "e": a for a in words.get("fragment_amount_adjectives", ())}
    said = [p[0] for p in parts]
    k = next((k for k, w in enumerate(said) if w.lower() in adjectives), None)
    if k is None:
        return None
    g = ctx.content.goals.grammar
    thing = said[1 - k]
    if not thing.isalpha() or thing.lower() in adjectives or g.is_bare_infinitive(thing):
        return None
    bare_thing = ctx.content.lexicon.lemmas.get(thing.lower(), thing.lower())
    if bare_thing != thing.lower() and g.definite_of(bare_thing) != thing.lower():
        return None  # "kartofler. hele": a plural is no one whole thing
    article = g.indefinite_article(bare_thing) or g.indefinite_articles.get("c", "")
    ending = "".join(words.get("amount_neuter_ending", ()))
    adjective = adjectives[said[k].lower()]
    if g.is_neuter_article(article):
        adjective += ending
    return " ".join([article, adjective, thing if bare_thing == thing.lower() else bare_thing])


def _counted_things(text: str, ctx: Ctx) -> str | None:
    """ "12 kort" of an answer that opens with a number and the thing counted, else None; a
    scene's "det er (jo) …" before it is no part of it ("det er 4 stoppesteder")."""
    said = _said_words(text, ctx)
    words = [normalise(w) for w in said]
    lex = ctx.content.lexicon
    lead = next((len(p) for p in lex.distance_scene_leads if tuple(words[: len(p)]) == p), 0)
    while lead and lead < len(words) and words[lead] in lex.distance_scene_fillers:
        lead += 1
    said, words = said[lead:], words[lead:]
    found = number_at(words, 0, ctx.content.lexicon.numbers, articles=False) if words else None
    if not found or found[0] <= 1 or found[1] >= len(words) or not words[found[1]].isalpha():
        return _counted_in_short(said, words, ctx)
    if _how_often_at(words, 0, lex):
        return None  # "2 gange om dagen før morgenmad": how often, no things counted
    things = " ".join(said[: found[1] + 1]).strip(".,!?")
    lead = next(iter(ctx.dialogue.words.get("counted_span_preps", ())), "")
    preps, fillers = (word_set(ctx.dialogue, f"counted_span_{k}") for k in ("preps", "fillers"))
    span = counted_span(said, words, found[1] + 1, lex, lead, preps, fillers)  # "En formiddag."
    return f"{things} {span}" if span else things


def _how_often_at(words: list[str], k: int, lex) -> bool:
    """True when a count of times starts a frequency at word k ("2 gange om dagen"); things
    counted per period ("et par sokker om ugen") are no such count."""
    number = number_at(words, k, lex.numbers)
    after = k + number[1] if number else len(words)
    if after >= len(words) or lex.units.get(words[after]) != _TIMES_UNIT:
        return False
    found = find_frequency(words, lex, k)
    return found is not None and found.start == k


def _without_count_tail(sign: str, ctx: Ctx) -> str:
    """ "alle knapperne. 7 stk": a count typed after the sign, as a sentence of its own (a
    number, perhaps a counting word), is a note on what the sign already names; the sign ends
    before it. A sign of nothing but a count stays as said, and so does a span ("hele
    formiddagen, ni til tolv")."""
    said = sign.split()
    words = [normalise(w) for w in said]
    counting = word_set(ctx.dialogue, "count_words")
    for k in range(1, len(said)):
        if said[k - 1][-1:] not in ",.;:" or not any(w.isalpha() for w in words[:k]):
            continue
        if _abbreviated(said[k - 1], said[k:], ctx):
            continue  # "… når hjemmeplejen kommer kl. 9": the time's own number
        found = number_at(words, k, ctx.content.lexicon.numbers, articles=False)
        if found and found[1] == 1 and all(w in counting for w in words[k + 1 :] if w):
            return " ".join(said[:k]).strip(".,;: ")
    return sign


def _counted_in_short(said: list[str], words: list[str], ctx: Ctx) -> str | None:
    """ "mit navn og 10 julekort", "stuen og 2 værelser": a short answer, no question, with a
    number and the thing counted after it: the whole answer is the sign, taken at once."""
    if not words or len(words) > _COUNTED_SHORT or any("?" in w for w in said):
        return None
    if ctx.dialogue.yes_no.classify(" ".join(said)) != UNCLEAR:
        return None
    numbers = ctx.content.lexicon.numbers
    for k in range(1, len(words) - 1):
        found = number_at(words, k, numbers, articles=False)
        if not found or found[0] <= 1 or k + found[1] >= len(words):
            continue
        if words[k + found[1]].isalpha() and not _how_often_at(words, k, ctx.content.lexicon):
            return " ".join(said).strip(".,!?")  # the thing counted right after its number
    return None


#: Most words of a short answer whose count of things inside it makes it the sign.
_COUNTED_SHORT = 8
#: A bare number is read in the goal's own unit when it is this near its usual amount.
_PLAUSIBLE = (0.2, 10.0)
#: Words of a measure answer searched for "ad gangen" (a whole told answer, not a short one).
_LONG_ANSWER = 60
#: Words of an answer kept as the person's own sign ("stuen og køkkenet i første omgang").
_OWN_SIGN_MAX = 16
#: A sign longer than this is said in the answer's first clause when that names one.
_OWN_SIGN_SHORT = 12
#: Words kept of a sign said whole after "at <subject> kan" ("at han selv kan lave kaffe på
#: maskinen og smøre to stykker rugbrød og få det ind til bordet").
_OWN_SIGN_WHOLE_MAX = 24


def _bare_number(text: str, ctx: Ctx) -> int | float | None:
    """The number of an answer that is only a number ("to", "3", "øh fire"), else None."""
    words = normalise(text, ctx.dialogue.yes_no.fillers).split()
    found = number_at(words, 0, ctx.content.lexicon.numbers, articles=False) if words else None
    if found is None or found[1] != len(words) or found[0] <= 0:
        return None
    return int(found[0]) if float(found[0]).is_integer() else found[0]


def _frequency(step, s, r: Reply, ctx: Ctx) -> Outcome:
    if dont_know(r, ctx):
        return OK
    if r.card is None and said(r.text, ctx.dialogue, "one_off", 12, anywhere=True):
        return OK  # "det er jo bare den ene fuglekasse": done once, no how often
    if (
        r.card is None
        and r.facts is not None
        and r.facts.deadline
        and not r.facts.frequency
        and said(r.text, ctx.dialogue, "one_off_occasion", 12, anywhere=True)
    ):
        return OK  # "det er jo kun juleaften": that day once; its date is the deadline's
    if r.card is not None:
        card = ctx.dialogue.cards.get(r.card)
        if card is None or not isinstance(card.value, dict):
            return UNUSABLE
        chosen = {"times": 1, "per": "week", "every": 1, **card.value}
        if chosen != s.slots.get("frequency"):  # "Du sagde: hver morgen. Passer det?" and the
            s.slots.pop("frequency_said", None)  # card "Hver dag" says yes: the words stay
        s.slots["frequency"] = chosen
        return OK
    if r.facts is not None and r.facts.frequency:
        _session_measure(s, r, ctx)  # "to gange om ugen, en times tid ad gangen"
        return OK
    when = _need_when(spelled(r), ctx)
    if when:  # "Når posen er fuld.": done when needed, no count; the goal says it so
        s.slots["frequency_when"] = when
        return OK
    return UNUSABLE


def _session_measure(s, r: Reply, ctx: Ctx) -> None:
    """A duration said with the frequency as each time ("en to gange om ugen … en times tid ad
    gangen"), or in a short answer beside it ("en halv times tid hver dag"): the goal's measure,
    each time, when no amount is known yet."""
    if s.slots.get("measures"):
        return
    short = len(r.text.split()) <= _SESSION_SHORT
    if not short and not said(r.text, ctx.dialogue, "each_time", _LONG_ANSWER, True):
        return
    g = ctx.content.goals.grammar
    durations = [
        m
        for m in _facts_json(r.facts).get("measures") or []
        if (kind := g.kind_of_unit(m.get("unit"))) is not None and kind.name == "time"
    ]
    if durations:
        s.slots["measures"] = durations
        s.slots["measure_each_time"] = True


#: Most words of an answer to "Hvor tit?" whose duration is how long each time, unsaid.
_SESSION_SHORT = 14
#: Words of a need-driven "when" ("hver gang den lille pose er ved at være fuld").
_NEED_WHEN_MAX = 9
#: Words of its subject ("posen", "den lille pose").
_NEED_SUBJECT_MAX = 3


def _need_when(text: str, ctx: Ctx) -> str | None:
    """ "Når posen er fuld.", "øh hver gang den er våd", "efter behov": the first clause of an
    answer to "Hvor tit?" saying it is done when a thing needs it (dialogue.yaml `need_when_*`:
    a lead, a subject that is no person, a state verb), as said; else None."""
    words = ctx.dialogue.words
    said = _said_words(re.split(r"[,.;:!?]", text, maxsplit=1)[0], ctx)
    low = [normalise(w) for w in said]
    if not low or len(low) > _NEED_WHEN_MAX:
        return None
    phrases = [normalise(p).split() for p in words.get("need_when_phrases", ())]
    if any(low[: len(p)] == p for p in phrases):
        said = said[: max(len(p) for p in phrases if low[: len(p)] == p)]
        return " ".join([said[0].lower(), *said[1:]])
    leads = sorted((normalise(p).split() for p in words.get("need_when_leads", ())), key=len)
    lead = next((p for p in reversed(leads) if low[: len(p)] == p), None)
    verbs = word_set(ctx.dialogue, "need_when_verbs")
    persons = word_set(ctx.dialogue, "need_when_not_subjects")
    if lead is None:
        return None
    verb = next((k for k in range(len(lead) + 1, len(low)) if low[k] in verbs), None)
    subject = low[len(lead) : verb] if verb is not None else []
    if not 0 < len(subject) <= _NEED_SUBJECT_MAX or verb + 1 >= len(low) or persons & set(subject):
        return None
    return " ".join([said[0].lower(), *said[1:]])


def _deadline(step, s, r: Reply, ctx: Ctx) -> Outcome:
    if r.card is None and r.facts is not None and r.facts.deadline:
        return OK  # "inden jul måske": a date said with a hedge is the date ("ved ikke" or not)
    if dont_know(r, ctx):
        # "ved ikke": asked once more, more simply (a date helps the plan); a second "ved ikke"
        # (or one after any answer not understood) leaves the goal without a date
        return OK if s.failures.get(step.id, 0) >= 1 else UNUSABLE
    if r.card is not None:
        dates = deadline_dates(ctx.content, ctx.today, int(s.course_weeks or 12))
        if r.card not in dates:
            return UNUSABLE
        s.slots["deadline"] = dates[r.card].isoformat()
        s.slots.pop("deadline_said", None)
        return OK
    return OK if r.facts is not None and r.facts.deadline else UNUSABLE


def _independence(step, s, r: Reply, ctx: Ctx) -> Outcome:
    s.slots.pop("aid_with_help", None)  # read anew from this answer
    if (r := _asked_refused(s, r, ctx)) is None:
        return OK  # "Rollator? Nej tak.": done alone
    out = _independence_read(step, s, r, ctx)
    if out is OK and s.slots.get("independence") == card(ctx, "independence_help"):
        _relative_helps_first(s, r, ctx)
        _people_still_asked(s, r, ctx)
    if out is OK and s.slots.get("independence") == card(ctx, "independence_self"):
        _alone_still_asked(s, r)
    if out is OK and s.slots.get("independence") == card(ctx, "independence_aid"):
        opening = normalise(r.text, ctx.dialogue.yes_no.fillers) if r.card is None else ""
        if opening and said(opening, ctx.dialogue, "self_first", WITH_WORDS):
            s.slots["selv_said"] = True  # "selv, med min lille malerskammel": both kept
        if not _aid_known(s.slots):
            _means_in_wish(s, ctx)
        _telegraph_aid(s, r, ctx)
        _aid_use_no_reason(s, r, ctx)
        _aid_purpose(s, r, ctx)
        _more_aids(s, r, ctx)
        _shaped_beside(s, r, ctx)
        _fitted_on_aid(s, r, ctx)
        _device_beside(s, r, ctx)
        _put_on_beside(s, r, ctx)
        _changed_beside(s, r, ctx)
        _glossed_aid(s, r, ctx)
        _later_given(s, r, ctx)
    return out


def _changed_aid(s, r: Reply, ctx: Ctx) -> bool:
    """An answer to how that tells only of things changed to fit or put on ("min søn har
    sænket sadlen"): the way is an aid, the things named (_changed_beside). True when it took
    it."""
    known = list(s.slots.get("aids") or [])
    _changed_beside(s, r, ctx)
    if (s.slots.get("aids") or []) == known:
        return False
    s.slots["independence"] = card(ctx, "independence_aid")
    return True


def _glossed_aid(s, r: Reply, ctx: Ctx) -> None:
    """A foreign word of the aid phrase the answer glosses with a Danish noun ("tyk gummi på
    risha, det er plekter"): the noun in its place, definite after a preposition said with no
    article ("på plekteret"); the word kept when said otherwise (explained_words.py)."""
    phrase = str(s.slots.get("aid_said") or "")
    unknown = (r.facts.extras or {}).get("unknown_words") if r.facts is not None else None
    if r.card is not None or not phrase or not unknown:
        return
    g = ctx.content.goals.grammar
    glossed = glossed_nouns(_aid_told(r, ctx), g, frozenset(str(w).lower() for w in unknown))
    words = phrase.split()
    for k, word in enumerate(words[1:], 1):
        core = word.rstrip(EDGE)
        noun = glossed.get(core.lower())
        before = fold(words[k - 1]).lower()
        if noun and before in g.definite_after | set(g.definite_after_on):
            # "på risha,": "på plekteret,"
            words[k] = (g.definite_singular(noun) or noun) + word[len(core) :]
    s.slots["aid_said"] = " ".join(words)


def _changed_beside(s, r: Reply, ctx: Ctx) -> None:
    """Things the answer says were changed to fit or put on ("har sænket sadlen", "sat en kurv
    på"): aids of the goal beside the others, a changed one named with its participle ("min
    sænkede sadel"); a thing whose bare form is unknown is left out (aid_changed.py)."""
    if r.card is not None or r.facts is None:
        return
    g = ctx.content.goals.grammar
    found = changed_things(
        _aid_told(r, ctx), changed_words(ctx.dialogue), lambda w: _thing_word(w, ctx)
    )
    for word, how in found:
        known, words = s.slots.get("aids") or [], dict(s.slots.get("aid_words") or {})
        lemma = bare_noun(word, g.definite_singular)
        if lemma is None or lemma in known:
            continue
        s.slots["aids"] = [*known, lemma]
        if how:
            s.slots["aid_words"] = words | {lemma: f"{definite_participle(how)} {lemma}"}


def _thing_word(word: str, ctx: Ctx) -> bool:
    """True for a word that may name a thing put or fitted on an aid: a word of letters that is
    no function word, pronoun, aid or person ("drejeknap", "lygte")."""
    lex, g = ctx.content.lexicon, ctx.content.goals.grammar
    # the grammar's word sets are folded: "så" of "med pig så jeg ikke glider" is "saa" there
    return (
        word.isalpha()
        and fold(word).lower() not in g.function_words | g.reflexive_objects | g.subject_pronouns
        and named_aid(word, ctx.content) is None
        and not names_person(word, lex)
    )


def _put_on_beside(s, r: Reply, ctx: Ctx) -> None:
    """A thing the answer says someone has put on something ("…, og en stor drejeknap, som jeg
    har sat på radioen"): an aid too, named beside the answer's own phrase (aid_put_on.py)."""
    if r.card is not None or r.facts is None:
        return
    g = ctx.content.goals.grammar

    def is_thing(word: str) -> bool:
        return _thing_word(word, ctx)

    relatives = word_set(ctx.dialogue, "aid_put_on_relatives")
    particles = word_set(ctx.dialogue, "aid_put_on_particles")
    known = s.slots.get("aids") or []
    fw = fitted_words(ctx.dialogue)
    fw = replace(fw, put_verbs=fw.put_verbs | word_set(ctx.dialogue, "aid_put_on_verbs"))
    things = [
        (p, w)
        for p, w in put_on_things(_aid_told(r, ctx), relatives, particles, is_thing, fw)
        if w not in known
    ]
    if not things:
        return
    s.slots["aids"] = [*known, *(w for _p, w in things)]
    phrase = str(s.slots.get("aid_said") or "")
    if phrase:
        s.slots["aid_said"] = listed(phrase, [p for p, _w in things], g)


def _fitted_on_aid(s, r: Reply, ctx: Ctx) -> None:
    """A part the answer says is fitted on its aid ("min rollator, og så har mit barnebarn sat
    en lygte på den"): the goal names the aid with it ("med min rollator med en lygte på")."""
    if r.card is not None or r.facts is None or not r.facts.aids:
        return
    g = ctx.content.goals.grammar
    aids = set(r.facts.aids) - _aids_not_used(r.facts)

    def is_thing(word: str) -> bool:  # "med stokken med pauser": how, no part
        # "min stok med derned": a place adverb, "med" the particle of "have med"
        where = fold(word).lower() in g.motion_adverbs | g.static_adverbs | g.place_adverbs
        return _thing_word(word, ctx) and not _manner([word], ctx) and not where

    def noun_after(word: str, noun: str) -> bool | None:  # "et langt håndtag": its noun
        named = named_aid(noun, ctx.content)
        if named is None or not is_thing(word) or g.noun_class(word) or g.noun_kind(word):
            return None
        return named not in aids  # an aid of its own is no part ("en lille stok")

    found = fitted_part(
        _aid_told(r, ctx), lambda w: named_aid(w, ctx.content) in aids, is_thing,
        fitted_words(ctx.dialogue), noun_after,
    )  # fmt: skip
    phrase = str(s.slots.get("aid_said") or "")
    if not found or set(found[1].split()) <= set(phrase.lower().split()):
        return  # "Med min rollator med lygte på": said in the aid's own phrase already
    word, part = found
    if phrase and fold(phrase.split()[-1]).lower() != fold(word).lower():
        return  # "med rollatoren og en stok": the part would go with the last thing
    if not phrase:  # "min rollator med en lygte på", the other aids after it as the lexicon's
        goals = ctx.content.goals
        said = [a for a in r.facts.aids if a in aids]
        own = [goals.common.get("aid_phrases", {}).get(a) or goals.text("own_thing", thing=a)
               for a in said]  # fmt: skip
        with_word = ctx.dialogue.words["with_after_self"][0]
        first = said.index(named_aid(word, ctx.content))
        rest = [p for k, p in enumerate(own) if k != first]
        phrase = f"{with_word} {listed(f'{own[first]} {part}', rest, g)}"
        s.slots["aid_said"] = phrase
        return
    s.slots["aid_said"] = f"{phrase} {part}"


def _device_beside(s, r: Reply, ctx: Ctx) -> None:
    """A tablet, phone or computer the aid answer names ("tabletten med stor skrift og …, og
    et rullebord"): an aid of the goal beside the others (aid_device.py)."""
    if r.card is not None or r.facts is None or ctx.content.lexicon.action is None:
        return
    found = devices_named(_aid_told(r, ctx), device_words(ctx.content))
    known = s.slots.get("aids") or []
    if found and any(d not in known for d in found):
        s.slots["aids"] = [*known, *(d for d in found if d not in known)]


def _more_aids(s, r: Reply, ctx: Ctx) -> None:
    """The aids an answer joins to its own aid phrase ("med protesen … og så en albuestok … og
    en høj barstol"): named beside it in the goal, in the person's words."""
    phrase = str(s.slots.get("aid_said") or "")
    if r.card is not None or r.facts is None or not phrase:
        return
    aids = [a for a in r.facts.aids if a not in _aids_not_used(r.facts)]
    g = ctx.content.goals.grammar
    skip = word_set(ctx.dialogue, "joined_skip")
    lex = ctx.content.lexicon
    told = _aid_told(r, ctx)
    # "…, og sådan en lille skruestik der holder flasken fast": an everyday thing used as one
    handled = handled_beside(
        told,
        phrase,
        lambda w: (
            None
            if names_person(w, lex) or named_aid(w, ctx.content)
            else said_thing(w, ctx.content)
        ),
        g,
        {k: word_set(ctx.dialogue, f"aid_handled_{k}") for k in ("kinds", "leads", "verbs")}
        | {"skip": skip, "stops": word_set(ctx.dialogue, "aid_list_stops")},
    )
    # "…, og en lille skammel at sidde på": a tool said bare in the list is one of its aids
    heads = ctx.content.lexicon.tool_heads
    aids += [
        t for w in told.split() if (t := heads.get(w.strip(EDGE).lower())) not in (None, *aids)
    ]
    got = once(ctx.dialogue, "aid_joined_got", _got_clauses)
    more = aids_beside(told, phrase, aids, lambda w: _aid_or_tool(w, ctx), g, skip,
                       [p for p, _thing in handled], got,
                       word_set(ctx.dialogue, "aid_list_stops"))  # fmt: skip
    if more != phrase:
        s.slots["aid_said"] = _own_aid(more, r, ctx)
    things = [t for _p, t in handled if t not in (s.slots.get("aids") or [])]
    if things:
        s.slots["aids"] = [*(s.slots.get("aids") or []), *things]


def _got_clauses(dialogue) -> tuple[tuple[str, ...], ...]:
    """The clauses of having or getting an aid joined on may be said with (aid_joined_got),
    folded, longest first."""
    said = (
        tuple(fold(w).lower() for w in c.split()) for c in dialogue.words.get("aid_joined_got", ())
    )
    return tuple(sorted(said, key=len, reverse=True))


def _joined_aid_name(ctx: Ctx):
    """The aid a word joined to an aid phrase names: one of the lexicon, or a tool it does not
    know named by its compound ("og en skråplade")."""
    return lambda w: named_aid(w, ctx.content) or tool_name(w, ctx.content.lexicon)


def _telegraph_aid(s, r: Reply, ctx: Ctx) -> None:
    """An aid and its quality typed as two fragments ("Skohorn. Langt.", "rollator. ny"): the
    goal names it as a noun phrase after "med" ("med et langt skohorn"), when the aid is one the
    answer names and no phrase of the person's own is kept already."""
    if r.card is not None or r.facts is None or s.slots.get("aid_said"):
        return
    g = ctx.content.goals.grammar
    # "stok. datter.": the daughter is no thing (fragment_people.py)
    told = _without_people(r.text, ctx)
    phrase = described_thing(told, g)
    aid = named_aid(phrase.split()[-1], ctx.content) if phrase else None
    with_word = ctx.dialogue.words["with_after_self"][0]
    if aid and aid in r.facts.aids:
        s.slots["aid_said"] = _own_aid(f"{with_word} {phrase}", r, ctx)
        return
    # "kortholder. store kort.": a known aid and another thing beside it, both named; "Stok.
    # Og lille vogn med hjul til spand, …": the thing with the part it has ("med hjul")
    things = listed_things(told, g) or listed_with_parts(told, g, with_word)
    if any(named_aid(t.split()[-1], ctx.content) in r.facts.aids for t in things):
        listed = ", ".join(things[:-1]) + f" {g.and_word} {things[-1]}"
        s.slots["aid_said"] = _own_aid(f"{with_word} {listed}", r, ctx)


def _shaped_things(
    r: Reply, ctx: Ctx, aids: bool = False, fragments_only: bool = False
) -> list[tuple[str, str]]:
    """The things an aid answer names with a tool's part, shape or restating tool
    (aid_things.shaped_things), with `aids` the aids of the lexicon it lists too; no person,
    ride or thing of described_tool_not_things."""
    lex = ctx.content.lexicon
    not_things = lex.described_tool_not_things

    def other(word: str) -> bool:
        return names_person(word, lex) or _is_ride(word, ctx) or word in not_things

    def aid(word: str) -> bool:
        return aids and named_aid(word, ctx.content) is not None

    g = ctx.content.goals.grammar
    # "vaffeljern. let. barnebarn.": the person typed among the things is none (fragment_people)
    told = _without_people(_aid_told(r, ctx), ctx)
    return shaped_things(told, g, shape_words(ctx.dialogue), other, aid, fragments_only)


def _more_listed(r: Reply, ctx: Ctx) -> bool:
    """True when the answer typed as fragments lists more things than a part typed alone
    after its thing names ("Vinduesvasker. Langt skaft. Skammel med bøjle.": two things, one
    of them with the part it has)."""
    g = ctx.content.goals.grammar
    listed = max((len(listed_things(t, g)) for t in (r.text, spelled(r))), default=0)
    shaped = [p for p, _w in _shaped_things(r, ctx, fragments_only=True) if p]
    return listed > max(len(shaped), 1)


def _shaped_aid(s, r: Reply, ctx: Ctx, fragments_only: bool = False) -> bool:
    """Things the lexicon knows no aid by, said to the aid question with a tool's part or shape
    ("En brændekurv på hjul og en lang lighter", "påsmører. langt skaft."): the means, named
    after "med" as said, each an aid by its word; with `fragments_only` only a thing whose
    part is typed as a fragment of its own."""
    things = [(p, w) for p, w in _shaped_things(r, ctx, fragments_only=fragments_only) if p]
    if not things:
        return False
    g = ctx.content.goals.grammar
    with_word = ctx.dialogue.words["with_after_self"][0]
    phrases = [p for p, _w in things]
    s.slots["independence"] = card(ctx, "independence_aid")
    s.slots["aid_said"] = f"{with_word} {listed(phrases[0], phrases[1:], g)}"
    known = s.slots.get("aids") or []
    s.slots["aids"] = [*known, *(w for _p, w in things if w not in known)]
    return True


def _shaped_beside(s, r: Reply, ctx: Ctx) -> None:
    """Things said with a tool's part or shape beside an aid the answer names ("Et rullebord,
    som hun kan køre fadet ud på, og et par lange ovnhandsker", "min stok og så en bro altså
    sådan en kø holder"): aids too, named beside the answer's own phrase when it has one."""
    if r.card is not None or r.facts is None:
        return
    known = s.slots.get("aids") or []
    tools = (r.facts.extras or {}).get("tool_words") or {}
    # "pude til arm": the head of a tool said apart is that tool (armpude), no aid of its own
    heads = {w for a, said in tools.items() for w in said.split() if a.endswith(w) and a != w}
    things = [(p, w) for p, w in _shaped_things(r, ctx) if w not in known]
    if not things:
        return
    s.slots["aids"] = [*known, *(w for _p, w in things if w not in heads)]
    g = ctx.content.goals.grammar
    phrase = str(s.slots.get("aid_said") or "")
    more = [p for p, w in things if p and w not in phrase.lower()]
    if phrase and more:
        s.slots["aid_said"] = listed(phrase, more, g)
        return
    # "Et rullebord, som …, og et par lange ovnhandsker": all named as said, when the list
    # has every aid the answer names
    every = [(p, w) for p, w in _shaped_things(r, ctx, aids=True) if p]
    named = {named_aid(w, ctx.content) for _p, w in every}
    used = set(r.facts.aids) - _aids_not_used(r.facts)
    if not phrase and every and used <= named:
        with_word = ctx.dialogue.words["with_after_self"][0]
        s.slots["aid_said"] = f"{with_word} {listed(every[0][0], [p for p, _w in every[1:]], g)}"


def _described_thing_aid(s, r: Reply, ctx: Ctx) -> bool:
    """A thing the lexicon knows no aid by and its quality typed as two fragments, the whole
    answer to how ("tavle. stor.", "lup. stor"): the thing one manages with, an aid named as a
    noun phrase after "med" ("med en stor tavle"); no person ("datter. sød.") nor a ride."""
    g = ctx.content.goals.grammar
    # "vaffeljern. let. barnebarn.": the person typed beside them is none (fragment_people.py)
    phrase = described_thing(_without_people(r.text, ctx), g)
    thing = phrase.split()[-1] if phrase else ""
    if not thing or names_person(thing, ctx.content.lexicon) or _is_ride(thing, ctx):
        return False
    with_word = ctx.dialogue.words["with_after_self"][0]
    s.slots["independence"] = card(ctx, "independence_aid")
    s.slots["aid_said"] = f"{with_word} {phrase}"
    return True


def _listed_things_aid(s, r: Reply, ctx: Ctx) -> bool:
    """Things typed as fragments of their own, the whole answer to how ("tablet. holder. stor
    grøn knap."): what one manages with. A thing the wish names too ("på min tablet") is an aid
    by its name; the others are named after "med" as one list ("med en holder og en stor grøn
    knap"). No person ("datter. nabo.") nor a ride."""
    g = ctx.content.goals.grammar
    # "skaerebraet. lille kniv.": read as spelled too, the gender known by its æøå; "stativ og
    # tyk pen", "kortholder, stor lampe": things listed with commas and the and-word alike;
    # "sadelstol. tykke greb. ergo.": who the things came from, typed last, is no thing; nor
    # is when ("støttestrømper. morgen.")
    # "skraabraet. tyk blyant": typed without æøå, the things are named as spelled
    said = (r.text, spelled(r))
    letters = [re.sub(r"[^\w ]", "", fold(t).lower()) for t in said]
    said = said[::-1] if letters[0] == letters[1] else said
    told = [without_when(without_giver(t, ctx), ctx) for t in said]
    lex = ctx.content.lexicon
    # "stok. rollator. datter.": the person typed beside them is none (fragment_people.py)
    told = [_without_people(t, ctx) for t in told]
    told += [re.sub(rf",|\s{re.escape(g.and_word)}\s", ". ", t) for t in told]
    things = next((found for t in told if (found := listed_things(t, g))), [])
    if not things or any(
        names_person(t.split()[-1], lex) or _is_ride(t.split()[-1], ctx) for t in things
    ):
        return False
    wish = {fold(w.strip(EDGE)).lower() for w in str(s.slots.get("own_action") or "").split()}
    told = [t for t in things if fold(t.split()[-1]) in wish]
    said = [t for t in things if t not in told] or things
    with_word = ctx.dialogue.words["with_after_self"][0]
    listed = ", ".join(said[:-1]) + f" {g.and_word} {said[-1]}" if len(said) > 1 else said[0]
    s.slots["independence"] = card(ctx, "independence_aid")
    s.slots["aid_said"] = f"{with_word} {listed}"
    named = [t.split()[-1] for t in told]
    for t in said:
        words = t.split()
        if g.fragment_part_lead in words[1:]:  # "et piskeris med tykt greb": the whisk's grip
            words = words[: words.index(g.fragment_part_lead, 1)]
        if shaped_grip(words, len(words) - 1, lex):
            named.append(words[-1])  # "sadelstol. tykke greb.": the tools' grip, as said
        elif (a := _aid_or_tool(words[-1], ctx)) and a not in named:
            named.append(a)  # "stativ. tyk pen.", "skammel. lup.": an aid or a tool by name
    known = s.slots.get("aids") or []
    s.slots["aids"] = [*known, *(n for n in named if n not in said and n not in known)]
    return True


def _aid_or_tool(noun: str, ctx: Ctx) -> str | None:
    """The aid a bare noun names: an aid of the lexicon, a tool compound ("ipadstativ") or a
    tool head said alone ("stativ", "skammel"); else None."""
    lex = ctx.content.lexicon
    return named_aid(noun, ctx.content) or tool_name(noun, lex) or lex.tool_heads.get(noun)


def _aid_use_no_reason(s, r: Reply, ctx: Ctx) -> None:
    """A purpose this answer told after its aid that points back to the aid ("en taske med en
    rem, så jeg kan hænge den på armen") tells how the aid is used: it is no reason of the goal,
    also when no other reason was given (aid_own_purpose.py)."""
    if r.card is not None or r.facts is None:
        return
    purpose = (r.facts.extras or {}).get("reason")
    phrase = str(s.slots.get("aid_said") or "")
    thing = said_thing(phrase, ctx.content) or next(iter(r.facts.aids), None)
    if not purpose or s.slots.get("reason_said") != purpose:
        return
    if points_to_aid(purpose, thing, ctx.content.goals.grammar):
        for key in ("motivation", "reason_said", "reason_unwritten"):
            s.slots.pop(key, None)


def _aid_purpose(s, r: Reply, ctx: Ctx) -> None:
    """What the aid named in one's own words is for, said right after it ("selv med en
    skammel så jeg kan sidde ned"): kept for the goal beside the reason, as the wish's own
    purpose is (purpose_said), when no other is. One said after another thing than the goal
    names ("med min stok og så en klapstol så jeg kan sidde") is left out."""
    if r.card is not None or r.facts is None or not r.facts.motivation:
        return
    phrase = str(s.slots.get("aid_said") or "")
    purpose = (r.facts.extras or {}).get("reason")
    if not phrase or not purpose or s.slots.get("purpose_said"):
        return
    g = ctx.content.goals.grammar
    if points_to_aid(purpose, said_thing(phrase, ctx.content), g):
        return  # "en taske med en rem, så jeg kan hænge den på armen": the aid's own use
    told = normalise(_aid_told(r, ctx).replace(",", " "))
    aid = normalise(phrase.replace(",", " "))
    at = told.find(aid)
    rest = told[at + len(aid) :].strip() if at >= 0 else ""
    if rest and rest.startswith(normalise(purpose.replace(",", " "))):
        # "…, så jeg ikke skal bære spande og en algemagnet til ruden": up to the next aid
        aids = [a for a in r.facts.aids if a not in _aids_not_used(r.facts)]
        skip = word_set(ctx.dialogue, "joined_skip")
        s.slots["purpose_said"] = purpose_before_aid(purpose, aids, _joined_aid_name(ctx), g, skip)


def _opening_thing(s, r: Reply, ctx: Ctx) -> None:
    """An answer that opens, fillers aside, with "med" and a thing the lexicon knows no aid by,
    its phrase ended before any aid it knows ("Med den lette støvsuger, og så kan hun sætte sig
    på rollatoren og hvile", "med en lille vandkande, hun kan have stående på rollatoren"):
    that thing is the goal's means, in the person's words; the aid of the clause after it is
    what the thing stands on or one rests on, no way of doing the task. A person ("med min
    datter, hun …") or a manner ("med pauser") is none."""
    phrase = _aid_phrase(r, ctx, "with_after_self")
    if not phrase:
        return
    fillers = ctx.dialogue.yes_no.fillers
    opening = normalise(phrase, fillers).split()
    if normalise(_aid_told(r, ctx), fillers).split()[: len(opening)] != opening:
        return
    said = phrase.split()
    thing = said_thing(phrase, ctx.content)
    lex = ctx.content.lexicon
    low = fold(thing or "").lower()
    if (
        not thing
        or thing[:1].isupper()  # "med Flextrafik": a name or a ride, no thing in hand
        or any(_is_ride(w.strip(EDGE).lower(), ctx) for w in said)
        # "med en plastik ting man sætter strømpen på", "et bræt man lægger over": the
        # analyzer's aid, named by what it is for
        or any(w.strip(EDGE).lower() in lex.loose_things | lex.described_things for w in said)
        # "med en høj stol, en arbejdsstol": the aid said after it is its name
        or any(fold(a).lower().endswith(low) for a in r.facts.aids)
        or named_aid(thing, ctx.content)
        or _aid_inside(said, ctx)
        or _manner(said[1:], ctx)
        or names_person(thing, lex)
        or _helped_by(r, ctx, "with_after_self")
    ):
        return
    s.slots["aid_said"] = _own_aid(phrase, r, ctx)


def _aid_known(slots: dict) -> bool:
    """True when an aid is named: said in one's own words, or one of the lexicon (the goal
    names the story's when nothing else is)."""
    return bool(slots.get("aid_said")) or bool(slots.get("aids"))  # the story's too


def _means_in_wish(s, ctx: Ctx) -> None:
    """The aid card (or a yes to "Skal du bruge et hjælpemiddel?") after a wish that names its
    means with "med" ("barbere mig hver morgen med min elektriske barbermaskine"): that thing
    is the aid, said in the wish's words, so the goal adds no label for it. A person ("med min
    datter") or a manner ("med pauser") is none."""
    phrase = phrase_from(
        str(s.slots.get("own_action") or ""), ctx.dialogue, "with_something", AID_SAID_MAX
    )
    if not phrase or _manner(phrase.split()[1:], ctx):
        return
    thing = said_thing(phrase, ctx.content)
    if thing and not names_person(thing, ctx.content.lexicon):
        s.slots["aid_said"] = phrase


def means_in_own_wish(s, changed: list[str], ctx: Ctx) -> None:
    """An answer that sets the aid level from the wish's own "med …" ("spise med noget bestik
    med tykke håndtag"): that thing is the aid said, as at the aid card, so the goal adds no
    label ("med et hjælpemiddel") beside it."""
    if (
        "independence" in changed
        and s.slots.get("independence") == card(ctx, "independence_aid")
        and not _aid_known(s.slots)
    ):
        _means_in_wish(s, ctx)


def _people_still_asked(s, r: Reply, ctx: Ctx) -> None:
    """A relative whose answer names only someone else as the help ("hans gamle kammerat Kaj
    vil gerne hente ham") has not said who else helps, themself first: the people question is
    still asked, and its persons join the helper. "med hjælp fra mig" answers it."""
    if r.said_by != "relative" or r.card is not None or s.last_history().get("people_answered"):
        return
    if said(r.text, ctx.dialogue, "helper_self", HELPER_SELF_WORDS, anywhere=True):
        return
    if _offers_help(r.text, ctx):
        return  # "…. Hun kan ikke cykle alene, det er mig, der styrer forrest. …"
    s.people_answered = False


def _alone_still_asked(s, r: Reply) -> None:
    """One who will do it on their own and names only whom they do it or practise with
    ("selv altså jeg øver med logopæden") has not said who helps with the goal: the people
    question is still asked (its persons join them)."""
    if r.card is not None or r.facts is None or s.last_history().get("people_answered"):
        return
    roles = set(((r.facts.extras or {}).get("people_roles") or {}).values())
    if "companion" in roles and "helper" not in roles:
        s.people_answered = False


def _relative_helps_first(s, r: Reply, ctx: Ctx) -> None:
    """A relative's "med hjælp fra mig", "jeg går med hende": the one answering is the goal's
    helper, first of the people (the goal names people[0]), by the role they gave at the start
    ("min kone Inger": mand)."""
    if r.said_by != "relative" or r.card is not None:
        return
    if not said(r.text, ctx.dialogue, "helper_self", HELPER_SELF_WORDS, anywhere=True) and not (
        _offers_help(r.text, ctx)
    ):
        return
    about = s.about if isinstance(s.about, dict) else {}
    me = _relative_self(s, r, ctx) if about.get("speaker") else None  # by kin alone ("barn"),
    # the people answer may still name the role ("mig hendes datter")
    if me:
        people = s.slots.setdefault("people", [])
        people[:] = [me, *(p for p in people if p != me)]


#: Longest independence answer read for the relative's own help ("med hjælp fra mig …").
HELPER_SELF_WORDS = 30


def _relative_offers_help(r: Reply, ctx: Ctx) -> bool:
    """True when a relative's answer says they help (see _offers_help)."""
    return r.said_by == "relative" and _offers_help(r.text, ctx)


def _offers_help(text: str, ctx: Ctx) -> bool:
    """True when an answer says the one answering helps ("med hjælp fra mig", "jeg kan hjælpe
    ham", "det kan jeg hjælpe hende med"), with no negation right before or after ("det kan jeg
    ikke", "ikke med mig")."""
    words = normalise(text).split()
    if len(words) > HELPER_SELF_WORDS:
        # "Hun kan ikke cykle alene mere, det er mig, der styrer forrest, …. Vi har fået …": a
        # long answer is read sentence by sentence, each short enough
        parts = [p for p in re.split(r"[.!?]+", text) if p.strip()]
        return len(parts) > 1 and any(_offers_help(p, ctx) for p in parts)
    negations = word_set(ctx.dialogue, "negations")
    for phrase in ctx.dialogue.words.get("helper_self", ()):
        p = normalise(phrase).split()
        for k in range(len(words) - len(p) + 1):
            if words[k : k + len(p)] != p:
                continue
            near = {*words[max(0, k - 2) : k], *words[k + len(p) : k + len(p) + 1]}
            if not negations & near:
                return True
    return False


def _told_self_help(s, ctx: Ctx) -> bool:
    """True when a relative answered the independence question with their own help ("med
    hjælp fra mig, jeg skal finde nøglen …")."""
    return any(
        isinstance(e, dict)
        and e.get("slot") == "independence"
        and e.get("said_by") == "relative"
        and _offers_help(str(e.get("answer") or ""), ctx)
        for e in s.transcript
    )


def _given_before_read(step, s, r: Reply, ctx: Ctx) -> bool:
    """True when the things given or bought, told before a sentence that refuses an aid of its
    own, are read as the means ("… har givet mig en hælkile …. Albuestokkene vil jeg ikke have
    med"); the refused aids are kept as told (given_before_no.py)."""
    before = given_before(r, ctx, lambda w: named_aid(w, ctx.content))
    if before is None:
        return False
    refused = [a for a in r.facts.aids if a not in before.facts.aids]
    if not refused or _independence_read(step, s, before, ctx) is not OK:
        return False  # "… købt en rollator. men den bruger jeg ikke": no other aid refused
    story = s.slots.get("story_aids") or []
    s.slots["story_aids"] = [*story, *(a for a in refused if a not in story)]
    return True


def _asked_refused(s, r: Reply, ctx: Ctx) -> Reply | None:
    """An aid asked and answered no ("En rollator i skoven? Nej, aldrig i livet."): kept as
    told; the rest of the answer (returned) is the means, with its aid's level; done alone
    when nothing else is told (asked_no.py). The answer itself when no aid is refused so."""
    aid = card(ctx, "independence_aid")
    found = asked_refused(r, ctx, lambda w: named_aid(w, ctx.content), aid)
    if found is None:
        return r
    rest, refused = found
    story = s.slots.get("story_aids") or []
    s.slots["story_aids"] = [*story, *(a for a in refused if a not in story)]
    if rest is None:
        s.slots["independence"] = card(ctx, "independence_self")
    elif rest.facts.independence == aid and r.facts.independence is None:
        s.slots["independence"] = aid  # the answer's own level was lost to the no
    return rest


def _independence_read(step, s, r: Reply, ctx: Ctx) -> Outcome:
    if dont_know(r, ctx):
        if s.slots.get("measured_selv") and not s.slots.get("independence"):
            s.slots["independence"] = card(ctx, "independence_self")  # "… uden at stoppe"
        return OK
    refused = means_refused(r, ctx)
    given = given_part(r, ctx) if refused or is_no(r, ctx) else None
    if given is not None and _independence_read(step, s, given, ctx) is OK:
        # "Nej, ikke den armslynge igen, …. Men ergoterapeuten har fundet en bryggegryde med
        # tappehane": the thing found for one after the no is the means
        if refused:
            kept_out(s, r)
        return OK
    if refused and r.facts.independence != card(ctx, "independence_help"):
        # "Nej, jeg skal ikke have noget hjælpemiddel, …", "nej ingen hjælp": done alone, unless
        # a thing follows instead ("…, men en god stol")
        if (rest := instead_part(r, ctx)) is not None:
            return _independence_read(step, s, rest, ctx)
        if _given_before_read(step, s, r, ctx):
            return OK
        s.slots["independence"] = card(ctx, "independence_self")
        kept_out(s, r)
        return OK
    if r.card is None and told_self(s, ctx.content):
        # "Du vil gøre det selv. Skal du bruge et hjælpemiddel?": no keeps "selv"; a yes or a
        # thing named is an aid, not one named to do without ("uden stokken altså helt selv")
        aid = r.facts is not None and bool(set(r.facts.aids) - _aids_not_used(r.facts))
        if _accepted_aid(s, r, ctx):
            return OK  # "en timer vil han ikke have … men en liste med billeder, den kan han …"
        if is_no(r, ctx) and not aid:
            return OK
        if aid and _relative_offers_help(r, ctx):
            # "det er mig, der styrer forrest … Vi har fået pedaler med stropper": the relative
            # helps; the aids are named beside the help
            s.slots["independence"] = card(ctx, "independence_help")
            s.slots["aid_with_help"] = True
            return OK
        if is_yes(r, ctx) or aid:
            s.slots["independence"] = card(ctx, "independence_aid")
            if aid and (_given_unknown_aid(s, r, ctx) or _listed_things_aid(s, r, ctx)):
                # "… har fundet en bryggegryde med tappehane, …, og en rullevogn", "sadelstol.
                # tykke greb. ergo.": the things of one's own named beside the known aid
                return OK
            _said_aid(s, r, ctx, "with_something")
            return OK
    if r.card in {card(ctx, f"independence_{k}") for k in ("self", "aid", "help")}:
        s.slots["independence"] = r.card
        return OK
    if r.card is None and _card_said_first(r.text, ctx) == card(ctx, "independence_help"):
        # "med hjaelp, personalet skal koere hende derind i koerestolen": help said first, as
        # a clause of its own, is the level, whatever aid the rest names
        s.slots["independence"] = card(ctx, "independence_help")
        return OK
    if r.card is None and r.facts is not None and r.facts.independence:
        # "selv med kandeholderen": on one's own, with a thing; someone named later in the
        # answer ("… som ergoterapeuten har skaffet") is no help
        alone = r.facts.independence == "selv" and not r.facts.aids
        if alone and not _helped_by(r, ctx, "with_after_self"):
            _said_aid(s, r, ctx) or _said_needed_aid(s, r, ctx)  # "selv, men jeg skal have en …"
        elif r.facts.independence == card(ctx, "independence_aid") and _helper_joined(r, ctx):
            # "med glidebrættet og en fra hjemmeplejen ved siden af": the aid and someone with
            # it; help is the level, the aid stays named
            s.slots["independence"] = card(ctx, "independence_help")
            s.slots["aid_with_help"] = True
        elif r.facts.independence == card(ctx, "independence_aid") and r.facts.aids:
            if _listed_things_aid(s, r, ctx):
                return OK  # "skammel. lup.": things typed one by one, one of them an aid
            before = s.slots.get("aid_said")
            _described_aid(s, r, ctx)
            if s.slots.get("aid_said") == before:
                _tool_said(s, r, ctx)  # "jeg sidder paa min lille malerskammel"
            if s.slots.get("aid_said") == before:
                _definite_needed(s, r, ctx)  # "jeg skal bruge liften"
            if s.slots.get("aid_said") == before:
                _aid_opens(s, r, ctx, described=True)  # "med et lavt tørrestativ"
            if s.slots.get("aid_said") == before:
                _opening_thing(s, r, ctx)  # "Med den lette støvsuger, og så … rollatoren"
            if s.slots.get("aid_said") == before:
                _given_unknown_aid(s, r, ctx)  # "har skaffet et tastatur med …, og en kuglemus"
        elif r.facts.independence == card(ctx, "independence_aid"):
            _said_aid(s, r, ctx, "with_something")  # "med de tykke pinde med det bløde greb"
        return OK
    opening = normalise(r.text, ctx.dialogue.yes_no.fillers)  # "øh selv men …": fillers aside
    if r.card is None and said(opening, ctx.dialogue, "self_first", WITH_WORDS):
        # "selv, jeg kan jo godt gå derhen", "selv men dejen skal røres med elpiskeren"
        people = _helped_by(r, ctx, "with_after_self")
        s.slots["independence"] = card(ctx, "independence_help" if people else "independence_self")
        if not people:  # a thing after "med" makes it an aid, or one said as needed
            _said_aid(s, r, ctx) or _said_needed_aid(s, r, ctx)  # "… skal have en høj stol"
        return OK
    if r.card is None and _relative_offers_help(r, ctx):
        # "jeg kan hjælpe ham med det", "det kan jeg hjælpe hende med": the relative is the help
        # ("med det" names no thing)
        s.slots["independence"] = card(ctx, "independence_help")
        return OK
    something = said(r.text, ctx.dialogue, "with_something", WITH_WORDS, anywhere=True)
    # "med en telefon med store knapper og …, talepædagogen har snakket om …": an answer of any
    # length that opens with the thing is about the thing
    something = something or said(opening, ctx.dialogue, "with_something", len(opening.split()))
    # "med kalendern": the definite ending read as spelled ("kalenderen")
    named = any(_with_definite(t, ctx) for t in (r.text, spelled(r))) or _with_brand(r.text, ctx)
    named = named or any(
        _with_definite(t, ctx, "plural_thing_endings") for t in (r.text, spelled(r))
    )
    if r.card is None and (something or named):
        # "med en vogn til kurven", "med røremaskinen": with something the lexicon does not
        # know as an aid is still an aid; "med min datter", "med hjemmeplejen" is help
        key = "with_something" if something else "with_after_self"
        people = _helped_by(r, ctx, key)
        s.slots["independence"] = card(ctx, "independence_help" if people else "independence_aid")
        if not people:  # "med en kande med streger på"
            _said_aid(s, r, ctx, key)
        return OK
    if r.card is None and (chosen := _card_said_first(r.text, ctx)):
        s.slots["independence"] = chosen  # "med hjælp. jeg går med derhen og …"
        return OK
    if r.card is None and _more_listed(r, ctx) and _listed_things_aid(s, r, ctx):
        return OK  # "Vinduesvasker. Langt skaft. Skammel med bøjle.": each thing with its part
    if r.card is None and _shaped_aid(s, r, ctx, fragments_only=True):
        return OK  # "negleklipper. langt skaft.": the part is the thing's, no thing of its own
    if r.card is None and _described_thing_aid(s, r, ctx):
        return OK  # "tavle. stor.": a thing and its quality, typed as the answer to how
    if r.card is None and _listed_things_aid(s, r, ctx):
        return OK  # "tablet. holder. stor grøn knap.": things typed one by one
    if r.card is None and _opens_with_thing(opening, r, ctx):
        # "øh med i padden og så en seddel …", "med stok og så en pude": an answer to how that
        # opens with "med" and a thing, however it is spelled, is the thing one manages with
        _said_aid(s, r, ctx)
        return OK
    if r.card is None and (helpers := _helpers_said(step, r, ctx)):
        # "min veninde Lis hun kan hente mig i bilen", "sammen med Mogens, den anden træner":
        # someone said as the help, with no "med hjælp" card words
        s.slots["independence"] = card(ctx, "independence_help")
        people = s.slots.setdefault("people", [])
        people[:] = [*helpers, *(p for p in people if p not in helpers)]  # the goal names the first
        return OK
    offered = (r.facts.extras or {}).get("offered_help") if r.facts is not None else None
    if r.card is None and offered:
        # "Jytte vil gerne hente mig", "han tager mig med": someone offering to do it for the
        # citizen, by a first name the NLP knows no role of, or only as "han"/"hun"
        s.slots["independence"] = card(ctx, "independence_help")
        if isinstance(offered, list):
            people = s.slots.setdefault("people", [])
            people[:] = [*offered, *(p for p in people if p not in offered)]
        return OK
    if r.card is None and _said_needed_aid(s, r, ctx):
        return OK  # "hvis jeg kan sidde på en høj stol ved køkkenbordet"
    if r.card is None and _said_needed_aid(s, r, ctx, "aid_given_leads"):
        # "jeg har faaet en hoej stol fra kommunen", "… en let saks og et maskine uden ledning"
        rest = _after_given(_aid_told(r, ctx), ctx, ("aid_given_leads",))
        s.slots["aid_said"] = _with_joined(str(s.slots["aid_said"]), [], r, ctx, rest)
        return OK
    if r.card is None and _accepted_aid(s, r, ctx):
        return OK  # "men et kort med vores adresse i jakkelommen det vil han godt"
    if r.card is None and _on_wish_means(s, r, ctx):
        return OK  # "paa elcyklen, ellers kan jeg ikke"
    if r.card is None and _aid_opens(s, r, ctx):
        return OK  # "et lavt tørrestativ jeg kan nå fra stolen"
    if r.card is None and _shaped_aid(s, r, ctx):
        return OK  # "En brændekurv på hjul og en lang lighter", "påsmører. langt skaft."
    if r.card is None and _article_thing(s, r, ctx):
        return OK  # "en sneskubber med langt skaft … og en saltspreder på hjul"
    if r.card is None and _changed_aid(s, r, ctx):
        return OK  # "min søn har sænket sadlen", "vi har sat en kurv på"
    if r.card is None and r.facts is not None and set(r.facts.aids) - _aids_not_used(r.facts):
        # "Rollatoren, og …. Og så har jeg fået nogle pigge, jeg kan spænde under skoene": the
        # aids named are the way, though a clause of what one can do with them left the level
        # unsaid in the reading
        aid = card(ctx, "independence_aid")
        s.slots["independence"] = aid  # the facts read again say it; the slot was left unset
        return _independence_read(
            step, s, replace(r, facts=replace(r.facts, independence=aid)), ctx
        )
    return UNUSABLE


#: Words after the article an answer's thing may stand ("en lille rød skammel").
ARTICLE_THING_REACH = 3


def _article_thing(s, r: Reply, ctx: Ctx) -> bool:
    """An answer to how that opens with an indefinite article and a thing the lexicon does
    not know ("En sneskubber med langt skaft, som jeg kan skubbe med begge hænder, og en
    saltspreder på hjul"): read as said after "med", the thing one manages with, named in the
    goal in the person's words. Not someone ("en fra hjemmeplejen"), nor a time ("en gang
    imellem"). True when it took it."""
    fillers = ctx.dialogue.yes_no.fillers
    words = _aid_told(r, ctx).split()
    words = words[next((k for k, w in enumerate(words) if normalise(w, fillers)), 0) :]
    opening = normalise(" ".join(words), fillers).split()
    if len(opening) < 2 or opening[0] not in ctx.content.goals.grammar.article_genders:
        return False
    told = " ".join([opening[0], *words[1:]])  # "øh En sneskubber": "en sneskubber"
    lex, g = ctx.content.lexicon, ctx.content.goals.grammar
    # the thing: a noun of known gender after the article and its adjectives ("en lille
    # skammel"); "en anden skal hjælpe mig" names none
    reach = opening[1 : ARTICLE_THING_REACH + 1]
    modal = next((k + 1 for k, w in enumerate(reach) if w in g.modals), len(reach) + 1)
    at = next((k for k in range(1, modal)
               if opening[k].isalpha() and g.indefinite_article(opening[k])), None)  # fmt: skip
    if at is None or any(names_person(w, lex) or _amount(w, lex) for w in opening[1 : at + 1]):
        return False
    if _is_ride(opening[at], ctx) or opening[at] in lex.described_tool_not_things:
        return False  # "en taxa med hjul": a ride, no thing one manages with
    around = [*opening[1:at], *opening[at + 1 : at + 2]]  # "sneskubber" only looks like one
    verbs = [w for w in around if w in g.modals or g.is_present(w)]
    if verbs:
        return False  # "en anden skal hjælpe mig", "en stol står …": a clause, no thing of how
    first = normalise(" ".join(words).split(",")[0], fillers).split()
    if set(first) & lex.negations:
        return False  # "et GPS-ur vil hun ikke have": a thing put first and refused
    with_word = ctx.dialogue.words["with_after_self"][0]
    facts = r.facts and replace(r.facts, extras={**(r.facts.extras or {}), "spelled": None})
    as_with = replace(r, text=f"{with_word} {told}", facts=facts)
    if _helped_by(as_with, ctx, "with_something"):
        return False
    return _said_aid(s, as_with, ctx, "with_something")


#: Words an answer may say before the aid it opens with ("et lavt tørrestativ", "øh sådan en
#: lang gribetang").
AID_OPEN_REACH = 4


def _aid_opens(s, r: Reply, ctx: Ctx, described: bool = False) -> bool:
    """An answer to how that opens with an aid of the lexicon in its noun phrase ("et lavt
    tørrestativ jeg kan nå fra stolen", "rollatoren"): the aid is the way, named in the goal as
    said after "med". With `described`, only a phrase that says more than an article or a
    possessive ("med en lang gribetang", "med Birtes gamle rollator"), its words kept. Not when
    someone is named, nor a verb or pronoun before the aid. True when it took it."""
    if r.facts is None or not r.facts.aids or r.facts.people:
        return False
    said = [w.strip(EDGE) for w in _said_words(_aid_told(r, ctx), ctx)]
    with_words = ctx.dialogue.words["with_after_self"]
    lead = 1 if said and fold(said[0]).lower() in _with_words(ctx) else 0
    g = ctx.content.goals.grammar
    plain = set(g.article_genders) | g.possessive_words
    stop = (g.function_words - plain) | g.subject_pronouns | g.modals | g.help_leads
    for k in range(lead, min(len(said), lead + AID_OPEN_REACH + 1)):
        word, low = said[k], fold(said[k]).lower()
        if named_aid(word, ctx.content) in r.facts.aids:
            more = any(fold(w).lower() not in plain for w in said[lead:k])
            joined = k + 1 < len(said) and fold(said[k + 1]).lower() in {
                *_with_words(ctx),
                g.and_word,
            }
            several = len(set(r.facts.aids)) > 1
            if described and (joined or more == several):
                # "med rollatoren": the lexicon's own phrase; "med en drejeskive og et
                # håndtag", "med røremaskinen med dejkrog": more than the one noun phrase
                return False
            phrase = " ".join(said[lead : k + 1])
            if described and not more:
                # "med en sadelstol så jeg …, og mine albuestokke": the first of several aids,
                # closed, is taken as said when the others join it as said (_more_aids)
                return _several_as_said(s, r, ctx, f"{with_words[0]} {phrase}")
            s.slots["independence"] = card(ctx, "independence_aid")
            s.slots["aid_said"] = _own_aid(f"{with_words[0]} {phrase}", r, ctx)
            return True
        if not word.isalpha() or low in stop or g.is_present(word):
            # "jeg har …", "hun kan …", "Noah har sat en mikrofon op": no opening noun phrase
            return False
    return False


def _several_as_said(s, r: Reply, ctx: Ctx, phrase: str) -> bool:
    """Take `phrase`, the first of the answer's aids, as said when _more_aids joins every other
    aid of the answer to it as said ("med en sadelstol …, og mine albuestokke"); else leave the
    slots as they were (the aids are then named by the lexicon). True when it took it."""
    before = {k: s.slots.get(k) for k in ("independence", "aid_said", "aids")}
    s.slots["independence"] = card(ctx, "independence_aid")
    s.slots["aid_said"] = _own_aid(phrase, r, ctx)
    _more_aids(s, r, ctx)
    named = {named_aid(w.strip(EDGE), ctx.content) for w in str(s.slots["aid_said"]).split()}
    if set(r.facts.aids) - _aids_not_used(r.facts) <= named:
        return True
    for key, value in before.items():
        if value is None:
            s.slots.pop(key, None)
        else:
            s.slots[key] = value
    return False


#: Words after the "og" that joins someone to the aid phrase read for them ("og så en fra
#: hjemmeplejen").
HELPER_JOINED_REACH = 4
HELPER_SET_UP_REACH = 3  # words after the person within which a verb of setting up is read


def _helper_joined(r: Reply, ctx: Ctx) -> bool:
    """True when the aid's "med …" phrase is joined by "og" to someone who helps or stands by
    ("med glidebrættet og en fra hjemmeplejen ved siden af", "med stokken og min kone under
    armen"); not someone named in a clause of their own ("med rollatoren, min datter har købt
    den")."""
    if r.facts is None or not r.facts.aids:
        return False
    people = [fold(str(p)).lower() for p in r.facts.people]
    answer = _aid_told(r, ctx)
    phrase = phrase_from(answer, ctx.dialogue, "with_after_self", AID_SAID_MAX)
    if not people or not phrase:
        return False
    told = [fold(w.strip(EDGE)).lower() for w in answer.replace(",", " , ").split()]
    said = [fold(w.strip(EDGE)).lower() for w in phrase.replace(",", " , ").split()]
    at = next((k for k in range(len(told)) if told[k : k + len(said)] == said), None)
    rest = told[at + len(said) :] if at is not None else []
    g = ctx.content.goals.grammar
    if not rest or rest[0] != g.and_word:
        return False
    # "og en fra hjemmeplejen", "og så min kone": only the words of the person's noun phrase
    # between ("og en strømpepåtager som ergoterapeuten …" names where the thing came from)
    skip = {fold(w).lower() for w in ctx.dialogue.words.get("helper_phrase_words", ())}
    skip |= {fold(w).lower() for w in ctx.dialogue.words.get("joined_skip", ())}
    later = rest[1 : 1 + HELPER_JOINED_REACH]
    k = next((k for k, w in enumerate(later) if w not in skip), None)
    if k is None or not any(p in later[k] for p in people):
        return False
    # "… med hjul og graveren har sat en høj stol ved døren": a clause of its own telling who
    # set the thing up, no help in the doing ("og min kone har lovet at gå med" stays help)
    set_up = {fold(w).lower() for w in ctx.dialogue.words.get("helper_set_up", ())}
    return not set_up.intersection(rest[k + 2 : k + 2 + HELPER_SET_UP_REACH])


def _on_wish_means(s, r: Reply, ctx: Ctx) -> bool:
    """An answer opening with "på" and a thing in its definite form that the wish names ("paa
    elcyklen, ellers kan jeg ikke" after "cykle … paa en elcykel"): that thing is how one
    manages, an aid, named as said."""
    said_words = normalise(spelled(r), ctx.dialogue.yes_no.fillers).split()
    on = word_set(ctx.dialogue, "on_thing")
    ends = tuple(ctx.dialogue.words.get("definite_thing_endings", ()))
    if len(said_words) < 2 or said_words[0] not in on or len(said_words[1]) < DEFINITE_THING_MIN:
        return False
    thing = said_words[1]
    own = normalise(str(s.slots.get("own_action") or "")).split()
    stem = thing[: max(COMPOUND_FIRST_MIN + 1, len(thing) - COMPOUND_FIRST_MIN)]
    if not thing.endswith(ends) or not any(w.startswith(stem) for w in own):
        return False
    phrase = _aid_phrase(r, ctx, "on_thing")  # one cut by the limit ends before its last "på …"
    s.slots["independence"] = card(ctx, "independence_aid")
    if phrase:
        s.slots["aid_said"] = _own_aid(phrase, r, ctx)
    return True


def _accepted_aid(s, r: Reply, ctx: Ctx) -> bool:
    """A thing put first and taken up by a yes ("et lille kort i lommen …, det vil han godt"):
    the aid, named in the goal after "med" in the person's words; never a person."""
    if r.card is not None:
        return False
    g = ctx.content.goals.grammar
    fillers = {*ctx.dialogue.yes_no.fillers, *g.fillers, *ctx.dialogue.words.get("yes_said", ())}
    thing = accepted_thing(_aid_told(r, ctx), ctx.dialogue.words, g, frozenset(fillers))
    if not thing:
        return False
    with_word = ctx.dialogue.words["with_after_self"][0]
    words = _thing_words(f"{with_word} {thing}", ctx, "with_something")
    named = said_thing(" ".join(words), ctx.content)
    lex = ctx.content.lexicon
    amount = any(_amount(w.strip(EDGE), lex) for w in words[1:])
    if len(words) < 2 or not named or names_person(named, lex) or amount:
        return False
    s.slots["independence"] = card(ctx, "independence_aid")
    s.slots["aid_said"] = _own_aid(" ".join(words).rstrip(EDGE), r, ctx)
    return True


def _amount(word: str, lex) -> bool:
    """True for a unit or a period ("en gang imellem, det kan jeg godt"): no thing."""
    low = word.lower()
    return any(w in table for w in (low, lex.lemma(low)) for table in (lex.units, lex.periods))


def _helpers_said(step, r: Reply, ctx: Ctx) -> list[str]:
    """The people an independence answer says as the help: those the NLP reads as helpers
    ("min datter kører mig derhen"), or a first name after "med" ("sammen med Mogens")."""
    if r.facts is None:
        return []
    helpers = helpers_in(roles_of(r.facts, step.kind))
    if helpers:
        return helpers
    phrase = phrase_from(r.text, ctx.dialogue, "with_after_self", AID_SAID_MAX)
    negations = frozenset(ctx.dialogue.words.get("negations", ()))
    return first_names(phrase, ctx.content.lexicon, negations) if phrase else []


def _helped_by(r: Reply, ctx: Ctx, key: str) -> bool:
    """True when the "med …" phrase itself names a person ("med min datter"); someone named
    elsewhere in the answer ("med en knapkrog som ergoterapeuten har vist ham") is no help.
    Without a "med" phrase, any person named counts."""
    people = list(r.facts.people) if r.facts is not None and r.facts.people else []
    phrase = phrase_from(r.text, ctx.dialogue, key, AID_SAID_MAX)
    if phrase is None:
        return bool(people)
    said_there = [fold(w.strip(EDGE)).lower() for w in phrase.split()]
    names = [fold(str(p)).lower() for p in people]
    return any(
        _helper_at(said_there, k, ctx)
        for k, w in enumerate(said_there)
        if any(name in w for name in names)
    )


def _helper_at(words: list[str], k: int, ctx: Ctx) -> bool:
    """True when the person at `k` of a "med …" phrase is whom one manages with: right after
    "med" but for the words of their noun phrase ("med min datter", "med hjælp fra
    hjemmeplejen"), not whom the thing came from ("med billedbogen fra talepædagogen", "med
    røremaskinen min søn har givet mig")."""
    skip = {fold(w).lower() for w in ctx.dialogue.words.get("helper_phrase_words", ())}
    j = skip_back(words, k - 1, skip)
    return j < 0 or words[j] in {fold(w).lower() for w in _with_words(ctx)}


#: Shortest word after "med" read as a thing said in its definite form ("med stokken"), so that
#: "med igen" is not.
DEFINITE_THING_MIN = 5


def _with_definite(text: str, ctx: Ctx, endings: str = "definite_thing_endings") -> bool:
    """True for an answer opening with "med" and a noun in its definite form ("med
    røremaskinen", "øh med pindene"; not "det kommer med tiden"), or with `endings`
    "plural_thing_endings" in its bare plural ("med billeder på skabslågerne"); never a
    manner ("med pauser")."""
    words = ctx.dialogue.words
    ends = tuple(words.get(endings, ()))
    said_words = normalise(text, ctx.dialogue.yes_no.fillers).split()
    return (
        bool(ends)
        and len(said_words) > 1
        and said_words[0] in words.get("with_after_self", ())
        and len(said_words[1]) >= DEFINITE_THING_MIN
        and said_words[1].endswith(ends)
        and not _manner(said_words[1:], ctx)
    )


def _manner(after_with: list[str], ctx: Ctx) -> bool:
    """True when the words after "med" tell how one does it ("pauser", "god tid"), no thing."""
    manner = word_set(ctx.dialogue, "with_manner")
    return bool(after_with) and normalise(after_with[0]) in manner


def _with_brand(text: str, ctx: Ctx) -> bool:
    """True for an answer opening with "med" and a thing said by its brand name, written with a
    capital inside the word ("med VoiceOver på telefonen", "med min iPad"): never a person's
    name ("med Grethe" is left to be asked again)."""
    said_words = [w.strip(".,!?") for w in text.split()]
    said_words = [w for w in said_words if normalise(w, ctx.dialogue.yes_no.fillers)]
    if len(said_words) < 2 or normalise(said_words[0]) not in _with_words(ctx):
        return False
    # "med VoiceOver", "med min iPad"
    return any(any(c.isupper() for c in w[1:]) for w in said_words[1:3])


def _opens_with_thing(opening: str, r: Reply, ctx: Ctx) -> bool:
    """True when an answer, fillers aside, opens with "med" and a phrase that names neither
    someone who helps ("med min søn"), nor help itself ("med hjælp"), nor a manner ("med
    pauser"): a thing, read even when neither an article nor a definite ending marks it."""
    words = opening.split()
    if len(words) < 2 or words[0] not in _with_words(ctx) or _manner(words[1:], ctx):
        return False
    helps = normalise(ctx.dialogue.cards[card(ctx, "independence_help")].label).split()
    if words[: len(helps)] == helps or _helped_by(r, ctx, "with_after_self"):
        return False
    return _aid_phrase(r, ctx, "with_after_self") is not None


def _with_words(ctx: Ctx) -> set[str]:
    return word_set(ctx.dialogue, "with_after_self")


def _card_said_first(text: str, ctx: Ctx) -> str | None:
    """The independence card whose words open the answer as a sentence or clause of its own
    ("med hjælp. jeg går med derhen …", "selv, når jeg har lært det"), else None."""
    first = normalise(re.split(r"[.,;:!?]", text, maxsplit=1)[0], ctx.dialogue.yes_no.fillers)
    if not first:
        return None
    for card_id in ctx.dialogue.card_sets.get("independence", ()):
        shown = ctx.dialogue.cards.get(card_id)
        if shown is not None and normalise(shown.label) == first:
            return card_id
    return None


def _said_aid(s, r: Reply, ctx: Ctx, key: str = "with_after_self") -> bool:
    """An aid the lexicon does not know, said after "selv" ("selv med et spejl på en stang") or
    as "med en …": an aid, named in the goal in the person's own words."""
    phrase = _with_head_before(_aid_phrase(r, ctx, key), r, ctx)  # "en taske med en rem"
    told = _aid_told(r, ctx).replace(",", " , ").split()  # "en trappestige med en bøjle …"
    phrase = with_aid_before(phrase, told, ctx.content.goals.grammar, ctx.content)
    vague = word_set(ctx.dialogue, "vague_thing_words")
    if phrase and all(normalise(w) in vague for w in phrase.split()[1:]):
        return False  # "nej, hellere noget andet": no thing named; what is asked next
    if phrase and _beside(phrase, r, ctx):
        return False  # "selv, bare med en flaske vand ved siden af": at hand, no means
    if phrase and _manner(phrase.split()[1:], ctx):
        s.slots["manner_said"] = phrase  # "selv men med pauser": how, no thing; kept as said
        return False
    if phrase:
        s.slots["independence"] = card(ctx, "independence_aid")
        s.slots["aid_said"] = _own_aid(_named_after(phrase, r, ctx), r, ctx)
    return bool(phrase)


def _beside(phrase: str, r: Reply, ctx: Ctx) -> bool:
    """True for a "med …" thing said to stand beside ("med en flaske vand ved siden af"): at
    hand, not the means one manages with; one held on to, said right after ("… så jeg kan
    tage fat"), is the means (dialogue.yaml thing_beside_holds)."""
    beside = sorted(ctx.dialogue.words.get("thing_beside", ()), key=len, reverse=True)
    low = normalise(phrase)
    told = normalise(_aid_told(r, ctx))
    at = told.find(low)
    after = told[at + len(low) :].strip() if at >= 0 else ""
    said = next((b for b in beside if low.endswith(" " + b) or after.startswith(b)), None)
    if said is None:
        return False
    rest = after.removeprefix(said if after.startswith(said) else "").split()[:_BESIDE_HOLD_WORDS]
    holds = [normalise(h).split() for h in ctx.dialogue.words.get("thing_beside_holds", ())]
    return not any(rest[k : k + len(h)] == h for h in holds for k in range(len(rest)))


#: Words after a thing said to stand beside that may tell it is held on to ("så jeg kan tage fat").
_BESIDE_HOLD_WORDS = 7


#: Letters a compound has before the thing it names ("tekst|telefon").
COMPOUND_FIRST_MIN = 3


def _named_after(phrase: str, r: Reply, ctx: Ctx) -> str:
    """The "med …" phrase with its thing named by the compound said for it later in the answer
    ("med sådan en telefon hvor der kommer tekst på skærmen … øh en teksttelefon tror jeg den
    hedder": "med sådan en teksttelefon"); the phrase as it is without one."""
    thing = said_thing(phrase, ctx.content)
    if not thing:
        return phrase
    words, stem = phrase.split(), fold(thing).lower()
    told = _aid_told(r, ctx).replace(",", " , ").split()
    at = next((k for k in range(len(told)) if told[k : k + len(words)] == words), None)
    later = [w.strip(EDGE) for w in told[at + len(words) :]] if at is not None else []
    name = next(
        (
            w
            for w in later
            if w.isalpha()
            and fold(w).lower().endswith(stem)
            and len(w) - len(stem) >= COMPOUND_FIRST_MIN
        ),
        None,
    )
    low = [fold(w.strip(EDGE)).lower() for w in words]
    lemma = ctx.content.lexicon.lemma
    where = [k for k, w in enumerate(low) if w == stem or lemma(w) == thing]
    if name is None or not where:
        return phrase
    return " ".join([*words[: where[-1]], name.lower()])


def _got_by_an_aid(told: str, phrase: str, ctx: Ctx) -> bool:
    """True when what the phrase says was got is got by an aid, the subject right before it
    ("Mine høreapparater har fået et program til larm", "rollatoren har fået nye hjul"): a part
    or a feature of that aid, no aid of its own."""
    at = told.find(phrase)
    if at <= 0:
        return False
    before = re.split(r"[.!?;]", told[:at])[-1].split()
    return any(named_aid(w.strip(EDGE), ctx.content) for w in before[-2:])


def _said_needed_aid(
    s, r: Reply, ctx: Ctx, key: str = "aid_need_leads", told: str | None = None
) -> bool:
    """A thing said as what one needs or sits on to manage ("jeg skal have en hoej stol at
    sidde paa", "hvis jeg kan sidde på en høj stol ved køkkenbordet", "jeg skal bruge en
    lang gribetang"), or with `key` "aid_given_leads" as given or got for it ("kommunen har
    givet mig en rollator", "Kommune give mig høj stol med hjul"): an aid, named in the goal in
    the person's words after "med"; `told` is the part of the answer to read (all of it)."""
    told = _aid_told(r, ctx) if told is None else told
    phrase = phrase_from(told, ctx.dialogue, key, AID_SAID_MAX)
    if not phrase or _got_by_an_aid(told, phrase, ctx):
        return False
    if key == "aid_given_leads" and given_turned_down(told, phrase, _later_words(ctx.dialogue)):
        return False  # "jeg har også fået en siddevogn, men den bruger jeg aldrig"
    g = ctx.content.goals.grammar
    and_word = normalise(g.and_word)
    phrase = adjectives_joined(phrase, told, and_word, lambda w: _said_adjective(w, g))
    said = phrase.split()
    low = normalise(phrase).split()
    leads = [normalise(k).split() for k in ctx.dialogue.words[key]]
    lead = next((len(k) for k in leads if low[: len(k)] == k), None)
    if lead is None or len(said) <= lead:
        return False
    # the lead's last word is the article ("en", "et"): kept, the verb before it becomes "med"
    thing_words = said[lead - 1 :] if low[lead - 1] in g.article_genders else said[lead:]
    words = [ctx.dialogue.words["with_after_self"][0], *thing_words]
    thing = said_thing(" ".join(words), ctx.content)
    if thing is None or _no_thing_given(thing, thing_words, ctx):
        return False
    if key == "aid_given_leads" and _made_no_aid(thing, low[:lead], ctx):
        return False  # "min søn har bygget en carport", "syet en ny kjole til mig"
    thing_words = articles_agreeing(thing_words, g)  # "et maskine": "en maskine"
    words = [words[0], *thing_words]
    if fold(thing_words[0]).lower() not in {*g.article_genders, *g.possessive_words}:
        # "give mig høj stol med hjul": said without its article, one is put before it; a
        # single word so said is a thing only as an aid the lexicon knows ("gav mig lov": none)
        if len(thing_words) < 2 and not named_aid(thing, ctx.content):
            return False
        plural = g.noun_kind(thing) == "pl" or g.is_own_plural(thing)  # "gav mig store puder"
        kind = g.noun_kind(thing) or g.article_genders.get(g.indefinite_article(thing) or "", "c")
        article = next(a for a, k in g.article_genders.items() if k == kind)
        neuter = g.bare_adjectives.get(fold(thing_words[0]).lower()) if kind == "n" else None
        if neuter and thing_words[0].isalpha():  # "tyk gummi": "et tykt gummi"
            thing_words = [neuter, *thing_words[1:]]
        if not plural:  # "fået lange saks": "en lang saks", as the article takes it
            thing_words = [indefinite_adjective(thing_words[0], article, g), *thing_words[1:]]
        words = [words[0], *thing_words] if plural else [words[0], article, *thing_words]
    if place := aid_place(told, " ".join(thing_words).rstrip(EDGE), ctx.dialogue, g):
        words = [*words[:-1], words[-1].rstrip(EDGE), place]  # "… at sidde på ved komfuret"
    elif purpose := purpose_after(
        told, " ".join(thing_words), ctx.dialogue, g, lambda w: names_person(w, ctx.content.lexicon)
    ):
        words = [*words[:-1], words[-1].rstrip(EDGE), purpose]  # "et kort til bussen"
    s.slots["independence"] = card(ctx, "independence_aid")
    s.slots["aid_said"] = _own_aid(" ".join(words).rstrip(EDGE), r, ctx)
    return True


def _said_adjective(word: str, g) -> bool:
    """True for a bare adjective in its common, neuter or -e form ("lang", "langt", "lange",
    "tykke" of tyk)."""
    w = word.strip(EDGE).lower()
    stem = w.removesuffix("e")
    if stem != w and len(stem) > 2 and stem[-1] == stem[-2]:
        stem = stem[:-1]  # "tykke": tyk
    return w.isalpha() and (is_adjective(w, g) or (stem != w and is_adjective(stem, g)))


def _given_unknown_aid(s, r: Reply, ctx: Ctx) -> bool:
    """A thing the lexicon knows no aid by, said as given, got or needed beside one it knows
    ("Ergoterapeuten har skaffet et tastatur med store taster …, og en kuglemus", "jeg skal
    bruge en lettere kugle …, og en knæskinne"): named first in the goal in the person's
    words, the known aid joined after it; a known aid so given ("kommunen har givet mig en
    rollator") keeps the lexicon's own phrase."""
    before = s.slots.get("aid_said")
    with_word = ctx.dialogue.words["with_after_self"][0]
    if normalise(r.text).split()[:1] == [normalise(with_word)]:
        return False  # "Med min rollator, … Og jeg har fået en refleksvest": the first is the means
    keys = ("aid_given_leads", "aid_need_leads")
    told = (getattr(r.facts, "extras", None) or {}).get("aid_words") or {}
    text = _aid_told(r, ctx)
    known: list[str] = []
    for _ in range(_GIVEN_THINGS):
        if not any(_said_needed_aid(s, r, ctx, k, text) for k in keys):
            s.slots["aid_said"] = before
            return False
        thing = said_thing(str(s.slots.get("aid_said") or ""), ctx.content)
        described = thing is not None and any(thing in str(w).split() for w in told.values())
        if thing is None or described or not named_aid(thing, ctx.content):
            break
        # "har givet mig en håndledsskinne …, og vi har købt en lettere ketsjer med …": a known
        # aid given first, the thing of the person's own may be given after it; both are named
        known.append(str(s.slots.get("aid_said")).split(" ", 1)[-1])
        s.slots["aid_said"] = before
        text = _after_given(text, ctx, keys)
    if thing is None or described or named_aid(thing, ctx.content):
        # (a described aid the NLP read, "ramme på stativ": known, said as said in the goal)
        s.slots["aid_said"] = before
        return False
    # "med en håndledsskinne og en lettere ketsjer med et tykkere greb"
    rest = _after_given(text, ctx, keys)
    # "Jeg har min rollator med sæde, … Og jeg har fået et kort til bussen": one's own aid said
    # before the thing given is named first, as said
    known = [*_owned_said(r, ctx, known), *known]
    s.slots["aid_said"] = _with_joined(str(s.slots["aid_said"]), known, r, ctx, rest)
    return True


def _owned_said(r: Reply, ctx: Ctx, known: list[str]) -> list[str]:
    """The aids of the lexicon the answer says with a possessive right before them ("min
    rollator med sæde"), as said with what they have, not among `known`."""
    g = ctx.content.goals.grammar
    extras = (getattr(r.facts, "extras", None) or {}) if r.facts is not None else {}
    whole = extras.get("aids_whole") or {}
    owners = extras.get("aid_owners") or {}
    phrases = ctx.content.goals.common.get("aid_phrases") or {}
    told = [fold(w.strip(EDGE)).lower() for w in _aid_told(r, ctx).split()]
    out = []
    for aid in r.facts.aids if r.facts is not None else ():
        if aid in _aids_not_used(r.facts) or aid in owners or any(aid in k for k in known):
            continue
        said = str(whole.get(aid) or aid)
        head = fold(said.split()[0]).lower()
        at = next((k for k, w in enumerate(told) if w == head), None)
        # "min rollator", a relative's "sin rollator": the lexicon's own phrase of it, in the
        # citizen's first person ("min rollator med sæde")
        own = str(phrases.get(aid) or "")
        if at and told[at - 1] in g.possessive_words and own.endswith(f" {aid}"):
            out.append(f"{own[: -len(aid)]}{said}")
    return out


def _with_joined(phrase: str, known: list[str], r: Reply, ctx: Ctx, rest: str) -> str:
    """The "med …" phrase of a thing given with the things given before it (`known`) first and
    those the sentence joins on after it in `rest` last ("med en let saks og en maskine uden
    ledning"); as it is when there are none."""
    with_word, own = phrase.split(" ", 1)
    things = [*known, own, *_joined_given(r, ctx, rest)]
    if len(things) == 1:
        return phrase
    return f"{with_word} {listed(things[0], things[1:], ctx.content.goals.grammar)}"


def _joined_given(r: Reply, ctx: Ctx, rest: str) -> list[str]:
    """The noun phrases of the things the sentence joins on by "og" and an article after a
    thing given ("… en let saks og et maskine uden ledning"): each in the person's words, its
    article agreeing ("en maskine uden ledning"); none past a person, a time or no thing
    (aid_joined_given.py)."""
    joins = [normalise(p).split() for p in ctx.dialogue.words.get("aid_joined_words", ())]
    articles = word_set(ctx.dialogue, "aid_joined_leads")
    phrases: list[str] = []
    while len(phrases) < _GIVEN_THINGS and (rest := joined_rest(rest, joins, articles) or ""):
        found = SimpleNamespace(slots={})  # _said_needed_aid writes into a state: a throwaway
        if not _said_needed_aid(found, r, ctx, "aid_joined_leads", rest):
            break
        phrases.append(str(found.slots["aid_said"]).split(" ", 1)[-1])
        rest = _after_given(rest, ctx, ("aid_joined_leads",))
    return phrases


_GIVEN_THINGS = 3  # things said as given or needed in one answer, read one after the other


def _later_given(s, r: Reply, ctx: Ctx) -> None:
    """The things later clauses of the speaker's own say were given or got ("Klubben har givet
    mig en hynde …, og så har jeg fået et par høreværn", "… Og ergoterapeuten har skaffet mig
    en kølevest"): named in the person's words after the aids the answer named before, when
    not named yet; none of another's clause, a negated one, a noun's relative clause, a thing
    turned down, an ailment or a body part (aid_joined_given.later_given)."""
    if r.card is not None or r.facts is None:
        return
    g, lex = ctx.content.goals.grammar, ctx.content.lexicon
    words = _later_words(ctx.dialogue, getattr(s, "speaker", None) == "relative")
    not_things = {fold(w).lower() for w in lex.classes.get("body", ())} | set(g.sake_troubles)
    no_aids = {fold(w).lower() for k in _NO_AID_CLASSES for w in lex.classes.get(k, ())}
    no_aids |= {fold(w).lower() for w in word_set(ctx.dialogue, "aid_later_not_things")}
    # "en cykel", but "en trehjulscykel": these words are no aid only as said alone
    alone = {fold(w).lower() for w in word_set(ctx.dialogue, "aid_later_not_things_alone")}
    times = {fold(w).lower() for w in word_set(ctx.dialogue, "aid_later_time_ends")}
    raw = str((r.facts.extras or {}).get("spelled") or r.text)
    phrase = str(s.slots.get("aid_said") or "")
    named = {fold(w.strip(EDGE)).lower() for w in phrase.split()}
    if not phrase:  # the aids named are the phrase made below; with one, an aid it lacks is new
        named |= set(s.slots.get("aids") or [])
    unknown = {fold(str(w)).lower() for w in (r.facts.extras or {}).get("unknown_words") or ()}
    described = ((r.facts.extras or {}).get("aid_words") or {}).values()
    more: list[str] = []
    for told in later_given(_aid_told(r, ctx), words)[:_GIVEN_THINGS]:
        told = _before_time(told, times)  # "en blodprop sidste år": "en blodprop"
        found = SimpleNamespace(slots={})  # _said_needed_aid writes into a state: a throwaway
        if not _said_needed_aid(found, r, ctx, "aid_given_leads", told):
            continue
        thing = said_thing(str(found.slots["aid_said"]), ctx.content) or ""
        low = fold(thing).lower()
        if not low or low in not_things or low in named or named_aid(thing, ctx.content) in named:
            continue  # "og så har jeg fået en ny hofte"; the first thing given, named already
        if _no_aid(low, no_aids) or low in alone:
            continue  # "en hund", "en plads i kælderen", "en ny vaskemaskine": no aid or tool
        said = {fold(w.strip(EDGE)).lower() for w in str(found.slots["aid_said"]).split()}
        if (said - {low}) & unknown:
            continue  # "en glasursproejte med aftraeker": a word of it not understood
        if any(thing in str(d).split() for d in described):
            continue  # "og en tang med kløer": the described aid the NLP named (gribetang)
        thing_said = str(found.slots["aid_said"]).split(" ", 1)[-1]
        if given_turned_down(raw, thing_said, words):
            continue  # "en lille taske til den, som jeg aldrig bruger" (the answer unshortened)
        named.add(low)
        more.append(thing_said)
    if not more:
        return
    if not phrase:  # the aids the lexicon knows first, in its own words
        phrases = ctx.content.goals.common.get("aid_phrases") or {}
        own = [str(phrases.get(a) or a) for a in s.slots.get("aids") or []]
        if not own:
            phrase = f"{ctx.dialogue.words['with_after_self'][0]} {more.pop(0)}"
        else:
            phrase = f"{ctx.dialogue.words['with_after_self'][0]} {listed(own[0], own[1:], g)}"
    s.slots["aid_said"] = listed(phrase, more, g)


#: Lexicon classes of things that are never an aid or tool got ("en hund", "et værelse").
_NO_AID_CLASSES = ("groomed_animals", "home_rooms")
_COMPOUND_HEAD = 4  # letters a no-aid word needs to be read as a compound's head too


def _no_aid(thing: str, no_aids: set[str]) -> bool:
    """True when the thing (folded lemma) is no aid or tool: one of `no_aids` or a compound
    ending in one of four letters or more ("parkeringsplads", "lårbensbrud")."""
    return thing in no_aids or any(len(w) >= _COMPOUND_HEAD and thing.endswith(w) for w in no_aids)


def _before_time(told: str, times: set[str]) -> str:
    """`told` up to its first time word ("en blodprop sidste år": "en blodprop")."""
    words = told.split()
    at = next((k for k, w in enumerate(words) if k and fold(w.strip(EDGE)).lower() in times), None)
    return told if at is None else " ".join(words[:at]).rstrip(",")


def _later_words(dialogue, relative: bool = False) -> LaterWords:
    """The words of dialogue.yaml that tell whose a later clause of the aid answer is; a
    relative's "hun"/"han" and "hende"/"ham" are the citizen."""
    subjects, recipients = (
        word_set(dialogue, "aid_later_subjects"),
        word_set(dialogue, "aid_later_recipients"),
    )
    if relative:
        subjects |= word_set(dialogue, "aid_later_relative_subjects")
        recipients |= word_set(dialogue, "aid_later_relative_recipients")
    return LaterWords(
        leads=tuple(tuple(normalise(p).split()) for p in dialogue.words.get("aid_given_leads", ())),
        subjects=subjects,
        recipients=recipients,
        openers=word_set(dialogue, "aid_later_openers"),
        relatives=word_set(dialogue, "aid_later_relatives"),
        negations=word_set(dialogue, "aid_given_negations"),
        refusal_joins=word_set(dialogue, "aid_later_refusal_joins"),
        pointers=word_set(dialogue, "aid_later_pointers"),
        for_words=word_set(dialogue, "aid_later_for"),
        articles=word_set(dialogue, "aid_joined_leads"),
        offers=word_set(dialogue, "aid_later_offers"),
        noes=tuple(tuple(normalise(p).split()) for p in dialogue.words.get("aid_asked_noes", ())),
        unused=word_set(dialogue, "aid_later_unused"),
    )


def _after_given(text: str, ctx: Ctx, keys) -> str:
    """The answer after its first lead of a thing given or needed ("… givet mig en"), "" when
    it has none."""
    low = [normalise(w) for w in text.split()]
    leads = [normalise(p).split() for k in keys for p in ctx.dialogue.words.get(k, ())]
    starts = [
        i + len(p) for p in leads for i in range(len(low) - len(p) + 1) if low[i : i + len(p)] == p
    ]
    return " ".join(text.split()[min(starts) :]) if starts else ""


#: Lexicon classes of things that, made, built or sewn for one, are no aid ("en ny kjole").
_MADE_NO_AID_CLASSES = ("clothes", "meal", "drink", "market_goods")


def _made_no_aid(thing: str, lead: list[str], ctx: Ctx) -> bool:
    """True when `lead` (normalised words) is one of a thing made, built or sewn
    (aid_made_verbs) and the thing is no aid the lexicon knows but clothes, food or drink or
    one of aid_made_not_things, a compound ending in one too ("bygget en carport", "lavet en
    madplan"); "lavet en holder til noderne" is an aid."""
    made = {normalise(w) for w in word_set(ctx.dialogue, "aid_made_verbs")}
    if not made & set(lead) or named_aid(thing, ctx.content):
        return False
    classes = ctx.content.lexicon.classes
    no_aids = {fold(w).lower() for k in _MADE_NO_AID_CLASSES for w in classes.get(k, ())}
    no_aids |= {fold(w).lower() for w in word_set(ctx.dialogue, "aid_made_not_things")}
    return _no_aid(fold(thing).lower(), no_aids)


def _no_thing_given(thing: str, words: list[str], ctx: Ctx) -> bool:
    """True when what was given is no thing to manage with: a person ("givet mig en
    hjemmehjælper"), help ("fået hjælp"), a word of no noun phrase ("givet mig lov"), or no tool
    ("fundet en ny lejlighed", "fået en tid"; aids.yaml described_tool_not_things)."""
    g = ctx.content.goals.grammar
    low = fold(thing).lower()
    first = fold(words[0].strip(EDGE)).lower()
    return (
        names_person(thing, ctx.content.lexicon)
        or low in g.help_words
        or thing.lower() in ctx.content.lexicon.described_tool_not_things
        or first in g.function_words - set(g.article_genders) - g.possessive_words
        or first in g.subject_pronouns
    )


def _definite_needed(s, r: Reply, ctx: Ctx) -> None:
    """An aid of the lexicon said in its definite form right after a verb of need ("jeg skal
    bruge liften for at komme ned i bassinet"): that one, named so after "med" in the goal."""
    low = normalise(_aid_told(r, ctx), ctx.dialogue.yes_no.fillers).split()
    said = _said_words(_aid_told(r, ctx), ctx)
    if len(said) != len(low):
        return
    ends = tuple(ctx.dialogue.words.get("definite_thing_endings", ()))
    for verb in (normalise(v).split() for v in ctx.dialogue.words.get("aid_need_verbs", ())):
        for k in range(len(low) - len(verb)):
            w = said[k + len(verb)].strip(EDGE)
            if low[k : k + len(verb)] != verb or not w.lower().endswith(ends):
                continue
            if named_aid(w, ctx.content) in r.facts.aids:
                with_word = ctx.dialogue.words["with_after_self"][0]
                s.slots["aid_said"] = _own_aid(f"{with_word} {w.lower()}", r, ctx)
                return


def means_told(s, r: Reply, ctx: Ctx) -> bool:
    """A change on the summary that names a thing to manage with ("med en seddel i lommen")
    the lexicon does not know: the goal takes it in the person's words. True when it did."""
    before = s.slots.get("aid_said")
    _said_aid(s, r, ctx, "with_something")
    return s.slots.get("aid_said") != before


def means_instead(s, r: Reply, ctx: Ctx) -> bool:
    """A no on the goal summary naming a thing to manage with the lexicon does not know ("nej,
    hellere med den kniv med det tykke skaft, som ergoterapeuten viste mig"): the goal takes it
    in the person's words, as on the change step; a person ("med min datter") is no thing.
    True when it did."""
    if r.card is not None or r.facts is None:
        return False
    if not (is_no(r, ctx) or said(r.text, ctx.dialogue, "correction_instead", anywhere=True)):
        return False
    phrase = _aid_phrase(r, ctx, "with_something")
    thing = said_thing(phrase or "", ctx.content)
    if not thing:
        return False
    people = {fold(p).lower() for p in r.facts.people}
    people |= {fold(p).lower() for p in (r.facts.extras or {}).get("people_roles") or {}}
    if fold(thing).lower() in people or fold(ctx.content.lexicon.lemma(thing)).lower() in people:
        return False
    return means_told(s, r, ctx)


def _own_aid(phrase: str, r: Reply, ctx: Ctx) -> str:
    """The aid phrase as the citizen says it: a relative's "med sin ilt", "med hendes lup" is
    "med min ilt", "med min lup" (the possessive agreeing: "med mit ur")."""
    g = ctx.content.goals.grammar
    theirs = g.citizen_possessives if r.said_by not in (None, "citizen") else frozenset()
    words, owned = [], []
    said = phrase.split()
    for k, w in enumerate(said):
        low = fold(w).lower()
        if low in g.reflexive_third:
            w = g.first_person.get(low, w)
        elif low in theirs:
            w = g.own_possessive
        elif k and g.owner_articles and name_owns(said, k, ctx.content.lexicon):
            owned.append(k)  # "med Hannes gamle røremaskine": the article, agreeing below
            w = g.own_possessive
        words.append(w)
    words = agree(words, g)
    row = next((row for row in g.possessives if g.own_possessive in row), ())
    for k in owned:
        words[k] = g.owner_articles[row.index(words[k])] if words[k] in row else words[k]
    return " ".join(words)


def _described_aid(s, r: Reply, ctx: Ctx) -> None:
    """The thing said, when the aids the lexicon knows only describe it, inside its own phrase
    ("med en tyk kuglepen med skumgreb", "med en telefon med høj lyd der kobler til
    høreapparatet"), or said beside it ("med røremaskinen og en skål med sugekop"): the goal
    names the things in the person's words. An aid said before it ("på min arbejdsstol med
    hjul") is a thing of its own: left to the lexicon."""
    phrase = _with_head_before(_aid_phrase(r, ctx, "with_after_self"), r, ctx)
    thing = said_thing(phrase or "", ctx.content)
    told_more = phrase and _told_more(phrase, r, ctx) and _names_all_aids(phrase, r, ctx)
    if thing and named_aid(thing, ctx.content) and told_more:
        # "med en doseringsæske med alarm": the aid the lexicon knows, and what makes it
        # the one meant; the goal keeps the whole phrase (not when the answer names another
        # aid past it: "med en drejeskive på sædet og så håndtaget over døren")
        s.slots["aid_said"] = _own_aid(phrase, r, ctx)
        return
    if phrase and thing and named_aid(thing, ctx.content) and _joined_unknown(phrase, ctx):
        # "med høreapparaterne og en sangbog med store bogstaver": the aid the lexicon knows
        # and a thing it does not; the goal names both in the person's words; "en kniv med et
        # tykt greb, som …, og et skærebræt": the first is the feature of the aid before it
        g, told = ctx.content.goals.grammar, _aid_told(r, ctx).replace(",", " , ").split()
        at = _phrase_start(told, phrase.split(), ctx)
        featured = at and aid_with_feature(told, at, phrase.split(), g, ctx.content)
        s.slots["aid_said"] = featured or _own_aid(phrase, r, ctx)
        return
    if phrase and thing and named_aid(thing, ctx.content):
        # "en stok med et greb": a grip (a word naming another aid, støttehåndtag) said as the
        # feature of the aid right before it is named with that aid; an aid of its own name
        # ("en rollator med en lille stok") is a second aid
        if named_aid(thing, ctx.content) == thing:
            return
        g, told = ctx.content.goals.grammar, _aid_told(r, ctx).replace(",", " , ").split()
        said = phrase.split()
        at = phrase_at(told, said)
        if at and (with_aid := aid_with_feature(told, at, said, g, ctx.content)):
            s.slots["aid_said"] = with_aid
        return
    if not phrase or not thing:
        return
    if fold(thing).lower() in {fold(a).lower() for a in r.facts.aids}:
        # "med sådan et skærebræt med pigge": a tool the analyzer reads from its compound, not
        # the lexicon's; the goal names it as said
        s.slots["aid_said"] = _own_aid(phrase, r, ctx)
        return
    g = ctx.content.goals.grammar
    # split as _aid_phrase splits: "… med gummigreb, det har …" keeps its comma apart
    told, said = _aid_told(r, ctx).replace(",", " , ").split(), phrase.split()
    joined = [k for k, w in enumerate(said) if k > 1 and fold(w).lower() == g.and_word]
    if (
        joined
        and not _after_aid(told, said, ctx)
        and said_thing(" ".join(said[joined[0] + 1 :]), ctx.content)
        and _aid_inside(said, ctx)
    ):
        # "med røremaskinen og sådan en skål med sugekop", "med den tykke kuglepen og en
        # skridsikker måtte": two things, the first one the lexicon does not know; both are
        # the means, in the person's words
        s.slots["aid_said"] = _own_aid(phrase, r, ctx)
        return
    at = phrase_at(told, said)
    if at is None:
        return
    for w in told[at + 1 :]:  # the phrase's noun phrase, relative clause and all
        if fold(w).lower() in g.main_joins:
            return
        if named_aid(w.strip(EDGE), ctx.content):
            # "en stok med et greb": the feature of the aid said before it, with that aid
            s.slots["aid_said"] = aid_with_feature(told, at, said, g, ctx.content) or phrase
            return
        if w[-1:] in EDGE:
            return


def _after_aid(told: list[str], said: list[str], ctx: Ctx) -> bool:
    """True when the "med …" phrase follows an aid the lexicon knows ("en stok med pig og en
    pandelampe"): it tells that aid's feature, no thing of its own to name first. A phrase
    whose relative clause was cut before "og" ("en stok med en bred fod, der står fast i
    græsset, og en gribetang") is found by its words before the "og"."""
    at = _phrase_start(told, said, ctx)
    return bool(at) and named_aid(told[at - 1].strip(EDGE), ctx.content) is not None


def _phrase_start(told: list[str], said: list[str], ctx: Ctx) -> int | None:
    """Where the phrase `said` begins in the answer's words `told` (phrase_at), or, for a phrase
    joined by "og" across a relative clause cut out of it ("med en bred fod, der står fast i
    græsset, og en gribetang"), where its words before the "og" begin."""
    at = phrase_at(told, said)
    and_word = ctx.content.goals.grammar.and_word
    joined = next((k for k, w in enumerate(said) if k > 1 and fold(w).lower() == and_word), None)
    return phrase_at(told, said[:joined]) if at is None and joined is not None else at


#: Words of a noun phrase before its thing at most ("en ny tyk hæklenål med …").
_HEAD_REACH = 3


def _with_head_before(phrase: str | None, r: Reply, ctx: Ctx) -> str | None:
    """A "med …" phrase that tells more of a thing said right before it with its article ("en
    hæklenål med et tykt håndtag af kork"): the phrase of that thing, "med en hæklenål med et
    tykt håndtag af kork"; the phrase as it is when no such thing stands before it, or when
    it is an aid of the lexicon, a person or a ride (its own phrase names it)."""
    if not phrase:
        return phrase
    g, lex = ctx.content.goals.grammar, ctx.content.lexicon
    told, said = _aid_told(r, ctx).replace(",", " , ").split(), phrase.split()
    at = _phrase_start(told, said, ctx)  # "en kniv med et tykt greb, som …, og et skærebræt"
    if not at or not told[at - 1].isalpha():
        return phrase
    head = told[at - 1]
    low = fold(head).lower()
    if low in g.function_words or not g.indefinite_article(head.lower()):
        return phrase  # "har givet mig med …": no thing; an article known for a noun only
    if named_aid(head, ctx.content) or names_person(head.lower(), lex) or _is_ride(head, ctx):
        return phrase
    for k in range(at - 2, max(-1, at - 2 - _HEAD_REACH), -1):
        if fold(told[k]).lower() in g.article_genders:
            return " ".join([said[0], *(w.lower() if j == k else w for j, w in
                                        enumerate(told[k:at], start=k)), *said])  # fmt: skip
        if not told[k].isalpha() or fold(told[k]).lower() in g.function_words:
            return phrase
    return phrase


def _names_all_aids(phrase: str, r: Reply, ctx: Ctx) -> bool:
    """False when the answer names an aid of its facts by a word the phrase does not hold
    ("med en drejeskive på sædet og så håndtaget over døren": the handle, past the phrase)."""
    inside = {named_aid(w.strip(EDGE), ctx.content) for w in phrase.split()}
    told = {named_aid(w.strip(EDGE), ctx.content) for w in _aid_told(r, ctx).split()}
    return not ((told - inside) & set(r.facts.aids))


def _joined_unknown(phrase: str, ctx: Ctx) -> bool:
    """True when a "med …" phrase joins to its first thing, by "og", a thing the lexicon names
    no aid by ("med et nyt høreapparat og budkort på bordet"), or one it knows, told more of
    ("… og en alarm på hendes mobil")."""
    g = ctx.content.goals.grammar
    said = phrase.split()
    joined = [k for k, w in enumerate(said) if k > 1 and fold(w).lower() == g.and_word]
    if not joined:
        return False
    more = said_thing(" ".join(said[joined[0] + 1 :]), ctx.content)
    if more and named_aid(more, ctx.content):
        # "med doseringsæsken … og en alarm på hendes mobil": a known aid told more of by the
        # thing it is on or with is said in the person's words too
        leads = {*_with_words(ctx), *word_set(ctx.dialogue, "on_thing")}
        rest = [fold(w.strip(EDGE)).lower() for w in said[joined[0] + 2 :]]
        return any(w in leads for w in rest[1:-1])
    return bool(more)


def _told_more(phrase: str, r: Reply, ctx: Ctx) -> bool:
    """True when a "med …" phrase goes on after its thing with a second "med" and a thing of
    its own ("med en doseringsæske med alarm", "med stokken med pigge"), or "på" and the thing
    it is on ("med en alarm på mobilen"); not a manner ("med pauser") nor a person ("med
    rollatoren med hjælp fra min datter")."""
    g = ctx.content.goals.grammar
    words = phrase.split()
    low = [fold(w.strip(EDGE)).lower() for w in words]
    thing = fold(said_thing(phrase, ctx.content) or "").lower()
    lemma = ctx.content.lexicon.lemma
    named = [k for k, w in enumerate(low) if k and (w == thing or fold(lemma(w)).lower() == thing)]
    at = named[0] + 1 if named else len(low)  # right after the thing: what it is with
    # "med en alarm på mobilen": the thing it is on tells which one, as "med" does
    leads = {*_with_words(ctx), *word_set(ctx.dialogue, "on_thing")}
    if at >= len(low) - 1 or low[at] not in leads or _manner(words[at + 1 :], ctx):
        return False
    people = {fold(p).lower() for p in r.facts.people}
    people |= {fold(p).lower() for p in (r.facts.extras or {}).get("people_roles") or {}}
    # "med røremaskinen med dejkrog som min søn har givet mig": who gave it is no help
    relative = ctx.content.lexicon.relative_pronouns
    end = next((k for k in range(at, len(low)) if low[k] in relative), len(low))
    if any(p in w for w in low[at:end] for p in people) or low[at + 1] in g.help_words:
        return False
    return said_thing(" ".join(words[at:]), ctx.content) is not None


def _tool_said(s, r: Reply, ctx: Ctx) -> None:
    """A tool the analyzer reads from its compound, said without "med" ("jeg sidder paa min
    lille malerskammel", "jeg skal nok have en skruetvinge"): the goal names it in the person's
    words after "med" ("med min lille malerskammel")."""
    tools = (r.facts.extras or {}).get("tool_words") or {}
    said = next((tools[a] for a in r.facts.aids if a in tools), None)
    if not said:
        return
    with_word = ctx.dialogue.words["with_after_self"][0]
    phrase = _aid_phrase(r, ctx, "with_after_self")
    thing = said_thing(phrase or "", ctx.content)
    told = normalise(_aid_told(r, ctx).replace(",", " "))
    first = phrase and told.find(normalise(phrase)) < told.find(normalise(said))
    if first and _feature_of_aid(told, normalise(phrase), ctx):
        return  # "en arbejdsstol, høj med hjul, …": the chair's wheels; the goal names the aids
    # "en rullepind med tykke greb og …": the thing the "med" phrase tells more of, with it
    whole = _with_head_before(phrase, r, ctx) if first else phrase
    if first and thing and tool_name(thing, ctx.content.lexicon) is None and said in phrase:
        s.slots["aid_said"] = _own_aid(whole, r, ctx)  # "med en tyk kuglepen og et skråbræt"
        return
    if first and thing and tool_name(thing, ctx.content.lexicon) is None:
        # "med klodser under sengen … og nogle store dyneklemmer": the tool joined to the
        # thing the answer opens with; the goal names both in the person's words
        g = ctx.content.goals.grammar
        s.slots["aid_said"] = _own_aid(f"{whole} {g.and_word} {said}", r, ctx)
        return
    own = _with_more(f"{with_word} {said}", told, r, ctx)
    s.slots["aid_said"] = _own_aid(_aids_before_tool(own, r, ctx), r, ctx)


def _aids_before_tool(phrase: str, r: Reply, ctx: Ctx) -> str:
    """The tool's "med …" phrase with the other aids the answer uses and the phrase does not
    name, in the order said, each by its words and article ("jeg har fået en håndleds skinne …
    og så har jeg købt en ukulele rem": "med en håndledsskinne og en ukulelerem";
    aid_tool_order.py)."""
    g = ctx.content.goals.grammar
    tools = (r.facts.extras or {}).get("tool_words") or {}
    words = (r.facts.extras or {}).get("aid_words") or {}  # "svamp med skaft": as said
    lead, rest = phrase.split(" ", 1)
    used = [a for a in r.facts.aids if a not in _aids_not_used(r.facts)]
    tool = next((a for a in used if a in tools and tools[a] in rest), "")
    items = aids_in_order(rest, tool, used if tool else [*used, ""], tools, words, g)
    if not items:
        return phrase
    if len(items) == 1:
        return f"{lead} {items[0]}"
    return f"{lead} {', '.join(items[:-1])} {g.and_word} {items[-1]}"


def _feature_of_aid(told: str, phrase: str, ctx: Ctx) -> bool:
    """True when the "med …" phrase follows an aid of the lexicon within a few words ("en
    arbejdsstol høj med hjul", "rollatoren med sædet"): it tells a feature of that aid."""
    at = told.find(phrase)
    before = told[:at].split()[-_FEATURE_REACH:] if at > 0 else []
    return any(named_aid(w, ctx.content) for w in before)


_FEATURE_REACH = 2  # words from an aid to the "med" of its feature ("arbejdsstol høj med …")


def _with_more(phrase: str, told: str, r: Reply, ctx: Ctx) -> str:
    """The tool's phrase with what it is with, said right after it in the answer ("har
    skaffet mig et skærebræt med pigge": "med et skærebræt med pigge"), by _told_more; else
    the phrase as it is."""
    low, said = told.split(), normalise(phrase).split()[1:]
    at = next((k for k in range(len(low)) if low[k : k + len(said)] == said), None)
    if at is None:
        return phrase
    # the words as said, æøå and all ("på et teleskop"), where `told` is folded ("paa")
    as_said = re.sub(r"[^\w]+|_", " ", _aid_told(r, ctx).replace(",", " ")).lower().split()
    words = as_said if len(as_said) == len(low) else low
    tail = words[at + len(said) : at + len(said) + _MORE_REACH]
    # "en kniv med tykt greb. den er god": what is told more stops at the sentence's end
    raw = _aid_told(r, ctx).replace(",", " ").split()
    if len(raw) == len(low):
        ends = [k for k, w in enumerate(raw[at : at + len(said) + len(tail)]) if w[-1] in ".!?;:"]
        tail = tail[: max(0, ends[0] + 1 - len(said))] if ends else tail
    for n in range(2, len(tail) + 1):
        if not tail[n - 1].isalpha():
            break
        if _told_more(f"{phrase} {' '.join(tail[:n])}", r, ctx):
            # "med glat sål", "med store taster": the adjective's noun after it is the thing
            while n < len(tail) and tail[n].isalpha() and _head_after(tail, n, ctx):
                n += 1
            return f"{phrase} {' '.join(tail[:n])}"
    return phrase


def _head_after(tail: list[str], n: int, ctx: Ctx) -> bool:
    """True when tail[n] is the noun the words before it describe: the thing read from the
    words up to it is that word ("med glat sål": "sål"), not the one before ("glat")."""
    shorter = said_thing(" ".join(tail[:n]), ctx.content)
    longer = said_thing(" ".join(tail[: n + 1]), ctx.content)
    lemma = ctx.content.lexicon.lemma
    return bool(longer) and longer != shorter and longer in (tail[n], lemma(tail[n]))


_MORE_REACH = 3  # words after a tool that may tell what it is with ("med store taster")


def _aid_inside(said: list[str], ctx: Ctx) -> bool:
    """True when the words name an aid the lexicon knows, by one word ("sugekop") or by all
    the words of a longer name in any form ("en skridsikker måtte")."""
    lex = ctx.content.lexicon
    low = [w.strip(EDGE).lower() for w in said]
    if any(named_aid(w, ctx.content) for w in low if w):
        return True
    lemmas = {lex.lemma(w) for w in low} | set(low)
    return any(
        all(w in lemmas or lex.lemma(w) in lemmas for w in form.split())
        for form in lex.aids
        if " " in form
    )


def _aid_told(r: Reply, ctx: Ctx) -> str:
    """The answer as told, æøå restored and spoken pointing written ("med en klipper …"), a
    thing said as not needed left out ("så jeg ikke skal have en spand", aid_unneeded.py)."""
    spelled = (r.facts.extras or {}).get("spelled") if r.facts is not None else None
    return _placed_short(_unpointed(without_unneeded(spelled or r.text, ctx.dialogue), ctx), ctx)


def _placed_short(text: str, ctx: Ctx) -> str:
    """The text with a thing told by where it is put said short, the relative clause's lead,
    modal and verb of putting left out ("de der pigge man kan sætte under skoene" → "nogle
    pigge under skoene", "en refleks som man hænger på jakken" → "en refleks på jakken"); a
    clause about oneself ("kan hun sætte sig på rollatoren") is none (dialogue.yaml
    placed_clause_*)."""
    words = text.split()
    low = [normalise(w) for w in words]
    leads = word_set(ctx.dialogue, "placed_clause_leads")
    modals = word_set(ctx.dialogue, "placed_clause_modals")
    verbs = word_set(ctx.dialogue, "placed_clause_verbs")
    places = word_set(ctx.dialogue, "placed_clause_places")
    pointers = [p.split() for p in word_set(ctx.dialogue, "placed_plural_pointer")]
    article = next(iter(ctx.dialogue.words.get("placed_plural_article", ())), "")
    out: list[str] = []
    k = 0
    while k < len(words):
        j = k + 1 if k and low[k] in leads and words[k - 1][-1:].isalpha() else k
        if j > k and j < len(words) and low[j] in modals:
            j += 1
        if j > k and j + 1 < len(words) and low[j] in verbs and low[j + 1] in places:
            thing_at = len(out) - 1
            for p in pointers:  # "de der pigge": the written plural article
                at = thing_at - len(p)
                if article and at >= 0 and [normalise(w) for w in out[at:thing_at]] == p:
                    out[at:thing_at] = [article]
            k = j + 1  # on from the place word
            continue
        out.append(words[k])
        k += 1
    return " ".join(out)


def _aid_phrase(r: Reply, ctx: Ctx, key: str) -> str | None:
    """The "med …" phrase of an answer naming the thing one manages with, whole up to its end
    ("med en telefon man kan styre med stemmen"), and a second thing joined to it by "og" ("med
    en tung ske og en tallerken med kant"); see _thing_words."""
    told = _aid_told(r, ctx).replace(",", " , ").split()
    words = _thing_words(" ".join(told), ctx, key)
    if not words:
        return None
    g = ctx.content.goals.grammar
    at = next((k for k in range(len(told)) if told[k : k + len(words)] == words), None)
    rest = told[at + len(words) :] if at is not None else []
    # "med en rulleskærer i stedet for saksen og en skæreplade": the thing replaced is left out
    words, rest = without_instead(words, rest, ctx.dialogue)
    if at is not None:
        at = len(told) - len(rest) - len(words)
    # "med en smørekniv med tykt greb som ergoterapeuten har vist mig, og en høj stol": the
    # relative clause of the first thing is left out, the second thing is still joined
    cut = _relative_before_and(rest, g)
    if cut:
        at, rest = (at or 0) + cut, rest[cut:]
    if len(rest) > 1 and fold(rest[0]).lower() == g.and_word:
        # "og så en lup": the "så" after "og" is left out of the thing's words
        skip = (
            2
            if len(rest) > 2 and normalise(rest[1]) in word_set(ctx.dialogue, "joined_skip")
            else 1
        )
        after = rest[skip:]
        more = _thing_words(" ".join([words[0], *after]), ctx, "with_something")
        bare = not any(_is_ride(w, ctx) for w in words) and _bare_thing(after[0], ctx)
        if not (more and len(more) > 1 and more[1] == after[0]) and bare:
            more = _thing_words(" ".join([words[0], *after]), ctx, "with_after_self")
        if more and len(more) > 1 and more[1] == after[0]:  # the next thing right after "og"
            used = len(words) + skip + len(more) - 1
            words = [*words, rest[0], *more[1:]]
            rest = told[at + used :]
    if _stranded(words, rest, g):  # "min rollator at støtte mig til": the clause ends on it
        words = [*words, rest[0]]
    words = without_participle(words, ctx.content)  # "med mine høreapparater koblet til …"
    return " ".join(words).rstrip(EDGE) or None


_RELATIVE_REACH = 8  # words of a relative clause between two things of an aid phrase


#: Letters before an aid's word in a compound naming the same aid ("tommel" + "skinner").
COMPOUND_FIRST_AID = 3


def _compound_said(item: str, slots: dict) -> bool:
    """True for an aid whose word ends a compound the answers named as an aid before it
    ("skinne" after "med de tommelskinner", "bænk" after "badebænken"): no second aid."""
    stem = fold(item).lower()
    said = [*(slots.get("aids") or []), *str(slots.get("aid_said") or "").split()]
    for word in (fold(w.strip(EDGE)).lower() for w in said):
        at = word.find(stem, COMPOUND_FIRST_AID)
        if at >= COMPOUND_FIRST_AID and len(word) - at - len(stem) <= len("erne"):
            return True
    return False


def _relative_before_and(rest: list[str], g) -> int:
    """How many words a relative clause said right after the thing takes up to its comma when
    "og" follows that comma ("som ergoterapeuten har vist mig , og …", between commas: ", som
    ergoterapeuten har fundet , og …", or without "som": ", ergoterapeuten har lavet til ham ,
    og …"); 0 for any other rest."""
    if not rest:
        return 0
    bare = rest[0] == "," and _bare_relative(rest[1:], g)
    # ", som ergoterapeuten har fundet , og …": the lead after the noun's comma
    led = rest[0] == "," and len(rest) > 1 and fold(rest[1]).lower() in g.relative_leads
    if not (bare or led) and fold(rest[0]).lower() not in g.relative_leads:
        return 0
    reach = _RELATIVE_REACH + 1 if bare or led else _RELATIVE_REACH  # its own comma first
    comma = next((k for k, w in enumerate(rest[:reach]) if w == "," and k), None)
    after = rest[comma + 1 : comma + 2] if comma else []
    return comma + 1 if after and fold(after[0]).lower() == g.and_word else 0


def _bare_relative(words: list[str], g) -> bool:
    """True for a clause with a subject and then its finite verb ("ergoterapeuten har lavet til
    ham", "min datter har købt"): a relative clause without "som" said after a comma; not "og
    …", "men kun …"."""
    k = 1 if words and fold(words[0]).lower() in g.possessive_words else 0  # "min datter har"
    if len(words) < k + 2 or not words[k].isalpha() or fold(words[k]).lower() in g.function_words:
        return False
    verb = fold(words[k + 1]).lower()
    return g.is_present(verb) or g.is_past(verb) or verb in g.modals


def _bare_thing(word: str, ctx: Ctx) -> bool:
    """True for a word after "og" that names a thing without an article ("med et nyt
    høreapparat og budkort på bordet", "og gigthandskerne"): a compound the lexicon does not
    know; never a person, a ride ("og handicapkørsel": how one gets there), a function word or
    a word the lexicon knows (a verb: "og kører", a place: "og bussen")."""
    low = word.strip(EDGE).lower()
    g, lex = ctx.content.goals.grammar, ctx.content.lexicon
    if len(low) < DEFINITE_THING_MIN or not low.isalpha() or fold(low) in g.function_words:
        return False
    if _is_ride(low, ctx):
        return False
    return lex.lemmas.get(low) is None and not names_person(word.strip(EDGE), lex)


def _is_ride(word: str, ctx: Ctx) -> bool:
    """True for a word naming a ride one gets there with ("flextrafik", "handicapkørsel")."""
    low = normalise(word.strip(EDGE))
    rides = ctx.dialogue.words.get("travel_means", ())
    return any(low in word_set(ctx.dialogue, f"travel_means_{k}") for k in rides)


def _stranded(words: list[str], rest: list[str], g) -> bool:
    """True when the word after the phrase is the preposition its infinitive clause ends on
    ("… at støtte mig til", "… at holde fast i"), the answer's clause ending with it."""
    if not rest or fold(rest[0].strip(EDGE)).lower() not in g.stranded_prepositions:
        return False
    low = [fold(w.strip(EDGE)).lower() for w in words]
    marker = next((k for k in range(1, len(low) - 1) if low[k] in g.infinitive_markers), None)
    if marker is None or not g.is_infinitive(low[marker + 1]):
        return False
    ends = rest[0][-1:] in EDGE or len(rest) == 1 or rest[1] in EDGE
    return ends or fold(rest[1]).lower() in g.main_joins


def _thing_words(told: str, ctx: Ctx, key: str) -> list[str]:
    """The words of the first "med …" phrase of `told`; one longer than AID_SAID_MAX is cut
    before its last "på …"/"med …", a clause of the thing itself ("med røremaskinen den kan
    ælte") before its pronoun."""
    phrase = phrase_from(told, ctx.dialogue, key, AID_SAID_MAX + 1)
    if not phrase:
        return []
    g = ctx.content.goals.grammar
    words = phrase.split()
    if len(words) > 1 and fold(words[1].strip(EDGE)).lower() in g.motion_adverbs:
        return []  # "jeg har min stok med derned": the particle of "have med", no thing
    if len(words) > AID_SAID_MAX:  # cut by the limit: not on "på en …"
        words = words[:AID_SAID_MAX]
        leads = [
            k
            for k, w in enumerate(words)
            if k > 2 and fold(w).lower() in g.attribute_leads | g.help_leads
        ]
        words = words[: leads[-1]] if leads else words
    low = [fold(w.strip(EDGE)).lower() for w in words]
    for k in range(2, len(words) - 1):  # "den kan": the thing said again as a clause's subject
        if low[k] in g.pointing_articles and low[k + 1] in g.modals | g.perfect_auxiliaries:
            return words[:k]
    return _before_instead(words, low, ctx)


def _before_instead(words: list[str], low: list[str], ctx: Ctx) -> list[str]:
    """An aid phrase without what the aid replaces ("… ved arbejdsbænken i stedet for
    skamlen": dialogue.yaml aid_instead_leads), kept whole when that is all it says."""
    for lead in sorted(word_set(ctx.dialogue, "aid_instead_leads"), key=len, reverse=True):
        n = len(lead.split())
        at = next((k for k in range(2, len(low)) if " ".join(low[k : k + n]) == lead), None)
        if at is not None:
            return [*words[: at - 1], words[at - 1].rstrip(",")]
    return words


def _unpointed(text: str, ctx: Ctx) -> str:
    """The text with spoken pointing at a thing as its written article ("med det der skærebræt"
    → "med et skærebræt"); "den der piber når …" (a verb in the present follows) begins a
    clause, but "den der klipper med det lange skaft" names a thing."""
    g, lemmas = ctx.content.goals.grammar, ctx.content.lexicon.lemmas
    ends = tuple(ctx.dialogue.words.get("present_endings", ()))
    words = text.split()
    low = [fold(w.strip(",.;:!?")).lower() for w in words]
    out: list[str] = []
    k = 0
    while k < len(words):
        article = g.pointing_articles.get(low[k])
        if article is not None and k + 2 < len(words) and low[k + 1] == g.pointing_there:
            nxt = words[k + 2].strip(",.;:!?").lower()
            lemma = lemmas.get(nxt, "")
            # "med den der klipper med det lange skaft": a thing that "med …" tells more of
            told_more = k + 3 < len(words) and low[k + 3] in g.help_leads | g.attribute_leads
            verb = any(nxt == lemma + e for e in ends) and not told_more
            if words[k + 1][-1:].isalpha() and not verb:
                out.append(article)
                k += 2
                continue
        out.append(words[k])
        k += 1
    return " ".join(out)


def _people(step, s, r: Reply, ctx: Ctx) -> Outcome:
    out = _people_read(step, s, r, ctx)
    if out is OK:
        _self_helper_first(s, r, ctx)
    if out is OK and r.card is None and s.slots.get("people"):
        # "Træneren Brian …" after "… gåfodbold i boldklubben" in the wish: the club's coach
        earlier = [str(e.get("answer") or "") for e in s.transcript if e.get("answer") != r.text]
        lex = ctx.content.lexicon
        s.slots["people"] = coach_of_club(s.slots["people"], spelled(r), earlier, lex)
    return out


def _self_helper_first(s, r: Reply, ctx: Ctx) -> None:
    """A relative known by kin alone who said "med hjælp fra mig" to the independence question
    and names someone else (or no one) to who can help ("hendes barnebarn Sofie", "ved ikke"):
    the relative is still the help the goal names first ('barn'). An answer that speaks of
    them ("mig og …", "ikke mig", "mig hendes datter") is read by itself."""
    if r.said_by != "relative" or not _told_self_help(s, ctx):
        return
    selves = set(ctx.dialogue.words.get("speaker_self", ()))
    if r.card is None and selves & set(normalise(r.text).split()):
        return
    me = _kin_self(s, ctx)
    if me:
        people = s.slots.setdefault("people", [])
        people[:] = [me, *(p for p in people if p != me)]


def _people_read(step, s, r: Reply, ctx: Ctx) -> Outcome:
    if dont_know(r, ctx):
        return OK
    people = s.slots.setdefault("people", [])
    again = step.id in s.answered  # asked again from the summary: the answer replaces the last
    if r.card is not None:
        card = ctx.dialogue.cards.get(r.card)
        if card is None or r.card not in ctx.dialogue.card_sets.get("people", ()):
            return UNUSABLE
        if again:
            people.clear()
        if card.value and card.value not in people:
            people.append(str(card.value))
        drop_story_people(s, [str(card.value)] if card.value else [])
        s.people_answered = True
        return OK
    named = _named_before(s, r, ctx)
    # "Lis skal ikke, hun har …", "Mikkel kan jo ikke hjælpe hende derfra": no helper by name,
    # also beside the relative's own "jeg"
    told = roles_of(r.facts, step.kind)
    refused = {n for n, role in told.items() if role in NO_HELP_BY_NAME}
    by_name = [p for p in named if p not in refused]
    plain = normalise(r.text, ctx.dialogue.yes_no.fillers)  # "øh der er ikke rigtig nogen"
    only_nobody = said(plain, ctx.dialogue, "nobody_only", 14) and not said(
        r.text, ctx.dialogue, "nobody_except", 14, anywhere=True
    )
    # "Ingen. Jeg bor jo i Aarhus": the relative's own "jeg" after a plain no tells why not
    if r.said_by == "relative" and not only_nobody and (me := _relative_self(s, r, ctx)):
        # "mig indtil februar": the relative who answers; "mig og Thomas" after "sin søn
        # Thomas": the son too
        people.extend(p for p in dict.fromkeys([me, *by_name]) if p not in people)
        opens = normalise(r.text, ctx.dialogue.yes_no.fillers)
        if _told_self_help(s, ctx) or said(opens, ctx.dialogue, "speaker_self", len(opens.split())):
            # "med hjælp fra mig" to the independence question, by kin alone ("min far Aage"),
            # then "mig og mit barnebarn"; or "mig og så vores datter Lene": the one answering
            # is the help the goal names first
            people[:] = [me, *(p for p in people if p != me)]
        drop_story_people(s, [me, *by_name, *helpers_in(roles_of(r.facts, step.kind))])
        s.people_answered = True
        return OK
    nobody = said(r.text, ctx.dialogue, "nobody", 14) or said(  # "nej der er ikke nogen, …"
        r.text, ctx.dialogue, "nobody_anywhere", 14, anywhere=True
    )
    roles = roles_of(r.facts, step.kind)
    helpers = helpers_in(roles)
    story = list(s.slots.get("story_people") or [])
    if only_nobody:
        # "ingen. Birthe har nok at se til med sin mand": who is named after a plain "ingen"
        # tells why no one can; only one said as help ("ingen. min datter tager med") is, and
        # help told about today ("hjemmeplejen kommer om fredagen") is not the goal's
        helpers = told_helpers(r.facts)
        story = s.slots.pop("story_people", None) or []
        people[:] = [p for p in people if p in helpers or (p not in roles and p not in story)]
        by_name = []
    helpers += [p for p in by_name if p not in helpers]
    for name in by_name:
        if name not in people:
            people.append(name)
    if again and (helpers or nobody):
        people[:] = helpers  # "min søn" to "Hvem kan hjælpe dig?" asked on change
    negations = frozenset(ctx.dialogue.words.get("negations", ()))
    preferred = frozenset(ctx.dialogue.words.get("name_preferred_leads", ()))
    if roles and not only_nobody and not by_name and (not refused or not helpers):
        # "Lone fra kontoret og så jobkonsulenten": a first name opening the answer beside a
        # role is a helper of her own ("Lone min chef …", a possessive after it, is the chef;
        # "kaj og så min søn" after "min nabo Kaj" is the neighbour, read by name above, and
        # "Jytte skal ikke mere" after "min nabo Jytte" is refused; "hanne henter mig. svend
        # skal ikke med" after "min mand svend": Hanne helps, the refused husband by name
        # does not stop her); "Ahmad, en af drengene,
        # han henter mig …. Min svigersøn nej": the only role said is refused, the name helps
        opening = _opening_names(r, ctx, apposed=False)
        if not helpers:  # "hellere Bente end min søn": the name preferred to the one refused
            loose = first_names(r.text, ctx.content.lexicon, negations)
            opening += preferred_names(r.text, loose, preferred)
        people.extend(n for n in opening if n not in people)
        helpers += [n for n in opening if n not in helpers]
    # the answer names someone ("Min svigersøn nej"): help told only in the story of today
    # ("jeg bor med min kone") is not the goal's, though no one it names helps
    drop_story_people(s, helpers, anyone=bool(roles or by_name))
    if roles or nobody or by_name:
        s.people_answered = True  # "min datter, men ikke min svigersøn"; "min kone er død"
        return OK
    names = first_names(r.text, ctx.content.lexicon, negations) or _opening_names(r, ctx)
    if names:
        # "ved ikke måske Svend kan hente mig": a first name with no relation told is the
        # helper, by the name itself; help told only in the story of today is not the goal's
        kept = [p for p in people if p not in story]
        people[:] = names if again else [*kept, *(n for n in names if n not in kept)]
        s.people_answered = True
        return OK
    return UNUSABLE


def _named_before(s, r: Reply, ctx: Ctx) -> list[str]:
    """The people of the answer called by a first name told earlier with a relation ("Per kan
    skrælle kartoflerne" after "min mand Per": the husband), see named_before."""
    entries = [e for e in s.transcript if isinstance(e, dict) and e.get("answer") != r.text]
    earlier = [str(e.get("answer") or "") for e in entries]
    told_of = frozenset(
        str(e.get("answer") or "") for e in entries if e.get("said_by") == "relative"
    )
    negations = frozenset(ctx.dialogue.words.get("negations", ()))
    death = ctx.content.goals.grammar.death_words
    grammar = ctx.content.goals.grammar
    lex = ctx.content.lexicon  # "Werners datter Pia": the citizen's genitive owns her too
    found = named_before(r.text, earlier, lex, negations, death, told_of, grammar, citizen_of(s))
    # "min mand Jens-Ole", later "Bashir, han kender Jens-Ole": the citizen by their own name,
    # as the relative calls them, is never a person of their goal
    me = the_citizen(s, ctx.content.lexicon)
    return [p for p in found if p != me]


def _opening_names(r: Reply, ctx: Ctx, apposed: bool = True) -> list[str]:
    """A first name that opens the answer's sentence ("Hanne kører mig"), see opening_names;
    with apposed False not one a possessive follows ("Lone min chef": the role names her)."""
    words = ctx.dialogue.words
    unknown = (r.facts.extras or {}).get("unknown_words") if r.facts is not None else None
    follow = frozenset(words.get("name_followers", ()))
    if not apposed:
        follow -= ctx.content.lexicon.possessives
    ends = tuple(words.get("present_endings", ()))
    negations = frozenset(words.get("negations", ()))
    return opening_names(r.text, unknown, ctx.content.lexicon, follow, ends, negations)


def _relative_self(s, r: Reply, ctx: Ctx) -> str | None:
    """The relative answering, as a person of the network, when they name themself as help
    ("mig", "det kan jeg"): by the role they gave ("nabo"), else by kin; not after a no."""
    words = r.text.lower().split()
    selves = set(ctx.dialogue.words.get("speaker_self", ()))
    negations = set(ctx.dialogue.words.get("negations", ()))
    found = [i for i, w in enumerate(words) if w.strip(".,!?") in selves]
    if not found or any(negations & set(words[max(0, i - 2) : i]) for i in found):
        # "ikke mig", "nej helst uden mig" ("nej ik hjemmeplejen men jeg kan" counts); "jeg har
        # tilbudt at hjælpe hende, men … Så det bliver uden mig": the offer was turned down
        return None
    if all(_denied_deed(words, i, negations, ctx) for i in found):
        return None  # "Jeg kører ikke om aftenen": the relative says what they do not do
    at = found[0]
    named = set((r.facts.extras or {}).get("people_roles") or {}) if r.facts is not None else set()
    roles = set(ctx.dialogue.words.get("speaker_roles", ()))
    joins = set(ctx.dialogue.words.get("and_words", ()))
    after = [w.strip(".,!?") for w in words[at + 1 : at + 4]]
    if words[at][-1:] in ".!?":
        after = []  # "mig. hendes søn skal ikke spørges": a new sentence, no apposition
    apposition = next((w for w in after if w in roles or w in joins), None)
    if named & roles and apposition in roles:
        return None  # "mig hendes datter": the role is named right there ("mig og min mand": two)
    return _kin_self(s, ctx)


def _denied_deed(words: list[str], i: int, negations: set[str], ctx: Ctx) -> bool:
    """True when the relative's subject "jeg" at i has its verb right after it negated ("jeg
    kører ikke", "jeg kan ikke"); "mig men ikke Inge" names the relative as help."""
    subjects = ctx.content.goals.grammar.subject_pronouns
    if words[i].strip(".,!?") not in subjects or i + 2 >= len(words) or words[i + 1][-1:] in ".,!?":
        return False
    return words[i + 2].strip(".,!?") in negations


def _kin_self(s, ctx: Ctx) -> str | None:
    """The relative answering as a person of the network: by the role they gave ("nabo"),
    else by kin ('barn')."""
    about = s.about if isinstance(s.about, dict) else {}
    table = ctx.dialogue.speaker_person
    told = speaker_role(about, s.transcript, ctx.dialogue)
    return told or table.get(about.get("kin") or "other") or None


def _handover(step, s, r: Reply, ctx: Ctx) -> Outcome:
    s.handover_done = True
    if r.card == card(ctx, "who_citizen") or (
        r.card is None and said(r.text, ctx.dialogue, "who_citizen")
    ):
        s.voice = "citizen"
    s.proxy = s.voice != "citizen"  # the citizen cannot answer: a helper sees a proposal
    return OK


def _about(step, s, r: Reply, ctx: Ctx) -> Outcome:
    """Whom a relative answers for: a name or a relation (optional; "ved ikke" moves on)."""
    if dont_know(r, ctx):
        return OK
    if r.card is not None and r.card not in ctx.dialogue.card_sets.get("about", ()):
        return UNUSABLE
    about = read_about(r.card, r.text, ctx.dialogue)
    if about is not None:
        s.about = about
    return OK


HANDLERS = {
    "who": _who,
    "yesno": _yesno,
    "open": _open,
    "wish": _wish,
    "activity": _activity,
    "motivation": _motivation,
    "scale": _scale,
    "measure": _measure,
    "frequency": _frequency,
    "deadline": _deadline,
    "independence": _independence,
    "people": _people,
    "subgoals": summary.subgoals,
    "handover": _handover,
    "about": _about,
    "confirm": summary.confirm,
    "change": summary.change,
}
