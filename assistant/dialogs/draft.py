"""Build the draft staff review (shared/spec/dialogue.md) from a dialogue state; pure."""

from __future__ import annotations

import copy
from datetime import date

from assistant.content.dialogue import Step
from assistant.content.grammar import EDGE, fold
from assistant.dialogs.about import as_parent_sees_it, owner_told, speaker_role
from assistant.dialogs.aid_changed import bare_noun
from assistant.dialogs.aid_others_said import without_others
from assistant.dialogs.goal_people import (
    home_said,
    pair_said,
    untied_genitive_left_out,
    untied_left_out,
)
from assistant.dialogs.more_aids import joined_things
from assistant.dialogs.named_kin import kin_not_said, kin_of_pronoun, named_kin, with_kin
from assistant.dialogs.named_tie import ties_in_wish
from assistant.dialogs.own_name_called import name_called, own_names
from assistant.dialogs.pointed_person import named_for_pronoun
from assistant.dialogs.wordlists import word_set
from assistant.nlp.asides import taken_over
from assistant.nlp.clauses import compound_tail, tool_name
from assistant.nlp.compose import (
    compose,
    date_phrase,
    frequency_phrase,
    measure_phrase,
    person_phrase,
    reason_first_person,
)
from assistant.nlp.explained_words import templates_knowing
from assistant.nlp.smart import evaluate_smart
from assistant.nlp.subgoals import suggest_subgoals
from assistant.nlp.typed_measure import typed_measure

_SPEAKERS = ("citizen", "relative", "staff")
_SENTENCE_ONLY = (
    "activity_guessed",
    "criterion",
    "criterion_apart",
    "criterion_card",
    "criterion_task",
    "activity_card",
    "own_action",
    "reason_said",
    "reason_unwritten",
    "purpose_said",
    "speaker",
    "speaker_as",
    "reason_by",
    "frequency_said",
    "frequency_when",
    "aid_said",
    "manner_said",
    "aid_words",
    "aids_whole",
    "aids_one",
    "aids_others",
    "measure_each_time",
    "measure_way",
    "measures_said",
    "level_measures",
    "selv_said",
    "aid_with_help",
    "companions",
)


def _wish_words(s: dict) -> str | None:
    """The citizen's own words for the wish: the last answer to the wish question."""
    wishes = [e for e in s.transcript or [] if e.get("slot") == "wish"]
    return str(wishes[-1].get("answer") or "") or None if wishes else None


def goal_templates(s, content):
    """The goal templates for this dialogue: a relative who said "min far" speaks of him as
    "han", so "hendes" is someone else's ("hendes fødselsdag")."""
    about = s.about if isinstance(s.about, dict) else {}
    # "jeg er hendes nabo": a neighbour's "hendes" tells the citizen is "hun" as well
    told = owner_told(s.transcript, content.dialogue) if s.speaker == "relative" else None
    goals = content.goals.for_citizen(about.get("pos") or told)
    if s.speaker == "citizen":  # "med hendes navn indgraveret": the granddaughter's name
        goals = goals.for_citizen_speaking()
    # "jebena, det er kaffekande af ler": a word the person explained takes its noun's ending
    said = [str(e.get("answer") or "") for e in s.transcript or []]
    return templates_knowing(goals, said, frozenset(s.slots.get("unknown_words") or ()))


def _without_citizens_name(told, s, content):
    """A relative's "Lis hun savner dem" about Lis: her name before the pronoun is the citizen
    said twice; the pronoun stays (the goal makes it "jeg")."""
    about = s.about if isinstance(s.about, dict) else {}
    name = {fold(n).lower() for n in str(about.get("name") or "").split()}
    if not told or not name or s.speaker == "citizen":
        return told
    pronouns = goal_templates(s, content).grammar.citizen_pronouns
    words = str(told).split()
    bare = [fold(w.strip(EDGE)).lower() for w in words]
    keep = [True] * len(words)
    for i in range(len(words) - 1, -1, -1):  # a run of name words right before the pronoun
        after = bare[i + 1] if i + 1 < len(words) else ""
        if (
            bare[i] in name
            and words[i][-1:] not in EDGE
            and (after in pronouns or (after in name and not keep[i + 1]))
        ):
            keep[i] = False
    return " ".join(w for w, k in zip(words, keep, strict=True) if k)


def _kin_of_names(told, s, content, genitives=False):
    """A citizen's reason naming someone bare ("så Karin ikke skal køre herud") whom another
    answer said with who they are ("min datter Karin"): said so in the reason too; in a
    relative's ("så har hun og Else …", "hendes veninde Else") by the tie alone."""
    if not told or s.speaker not in ("citizen", "relative"):
        return told
    g = goal_templates(s, content).grammar
    owners = next((row for row in g.possessives if g.own_possessive in row), ())
    if s.speaker == "relative":  # "hendes veninde Else": the citizen's, said by the relative
        owners = tuple(g.citizen_possessives)
    answers = _answers_of_speaker(s, content)
    people = content.lexicon.people
    named = named_kin(answers, people, owners, g.person_names)
    kin = kin_not_said(named, str(s.slots.get("own_action") or ""))
    # a relative's name of the citizen's friend is the relative's word: the tie alone is said
    if not kin:
        return told
    return with_kin(str(told), kin, people, s.speaker == "relative", genitives, g)


def _answers_of_speaker(s, content) -> list[str]:
    """The answers the speaker gave; a relative's with their own family said as the citizen's
    ("Min søn Oliver" of a daughter: "hans barnebarn Oliver", about.as_parent_sees_it)."""
    answers = [e.get("answer") for e in s.transcript or [] if e.get("said_by") == s.speaker]
    if s.speaker != "relative":
        return answers
    return [as_parent_sees_it(str(a or ""), s.about, content.dialogue) for a in answers]


def _kin_of_pronoun(told, s, content, wish=None):
    """A citizen's reason saying "hende"/"ham" of the one relative the wish is about or another
    answer names ("min datter"): said so in the reason (dialogue.yaml kin_<possessive of the
    pronoun's gender>, kin_either)."""
    if not told or s.speaker != "citizen":
        return told
    g = goal_templates(s, content).grammar
    owners = next((row for row in g.possessives if g.own_possessive in row), ())
    answers = [e.get("answer") for e in s.transcript or [] if e.get("said_by") == "citizen"]
    kin = {
        fold(pronoun): frozenset(content.dialogue.words.get(f"kin_{possessive}", ()))
        for possessive, pronouns in g.citizen_by_possessive.items()
        for pronoun in pronouns
        if pronoun in g.object_pronouns  # "hende", not the subject "hun"
    }
    either = frozenset(content.dialogue.words.get("kin_either", ()))
    people = content.lexicon.people
    subjects = {  # "hende" → {"hun"}: "hun … hende" says who already
        fold(pronoun): frozenset(fold(p) for p in pronouns if p in g.subject_pronouns)
        for pronouns in g.citizen_by_possessive.values()
        for pronoun in pronouns
        if pronoun in g.object_pronouns
    }
    relative = frozenset(fold(w) for w in g.relative_leads)  # "ham der fik en blodprop"
    return kin_of_pronoun(
        str(told), answers, kin, owners, people, str(wish or ""), either, subjects, relative
    )


def _own_name_called(told, s, content):
    """A citizen's reason in which others call out the citizen's own name ("drengene råber
    Allan Allan"): the name said as "mit navn" (own_name_called)."""
    if not told or s.speaker != "citizen":
        return told
    answers = [e.get("answer") for e in s.transcript or [] if e.get("said_by") == "citizen"]
    words = content.dialogue.words
    verbs = goal_templates(s, content).grammar.calling_verbs
    return name_called(str(told), own_names(answers, words), words, verbs)


def _ties_of_names(action, s, content, owned_only=False):
    """A citizen's wish naming someone ("klippe Svends hår") whom another answer ties to the
    citizen ("jeg har giftet mig med Svend", "mit mand og jeg"): said with the tie (named_tie);
    with `owned_only` (a reason) only a genitive ("Aksels opskrift": "min mands opskrift")."""
    if not action or s.speaker != "citizen":
        return action
    answers = [e.get("answer") for e in s.transcript or [] if e.get("said_by") == "citizen"]
    g = goal_templates(s, content).grammar
    words, people = content.dialogue.words, content.lexicon.people
    return ties_in_wish(str(action), answers, g, words, people, owned_only)


def _sign_of_names(sign, s, content):
    """The sign with a name another answer ties to the citizen said by the tie ("med Bent" →
    "med min mand Bent"; the composer leaves the name out: nlp/kin_unnamed.py), as the wish."""
    if not sign:
        return sign
    if s.speaker == "relative":  # "hendes søster Gerda" told: "med Gerda" → "med min søster"
        g = goal_templates(s, content).grammar
        answers = _answers_of_speaker(s, content)
        people = content.lexicon.people
        kin = {}
        for name, who in named_kin(answers, people, g.citizen_possessives, g.person_names).items():
            person = who.split()[-1]
            own = g.own_possessive_agreeing(g.is_neuter(person)) or [g.own_possessive]
            kin[name] = f"{own[0]} {person}"
        return with_kin(str(sign), kin, people, True, True, g) if kin else sign
    # "uden at Lis skal tjekke det": a name opening a clause, tied by "min kone Lis"; "hvor
    # Ankers barnebarn henter mig": a name's genitive too
    return _kin_of_names(_ties_of_names(sign, s, content), s, content, genitives=True)


def _wish_of_named(action, s, content):
    """A citizen's wish saying "hende"/"ham" of someone named only before it ("… ud til Grete.
    Jeg vil selv kunne tage bussen ud til hende"): the name in the wish (pointed_person)."""
    if not action or s.speaker != "citizen":
        return action
    g = goal_templates(s, content).grammar
    answers = [e.get("answer") for e in s.transcript or [] if e.get("said_by") == "citizen"]
    kin = {
        pronoun: frozenset(content.dialogue.words.get(f"kin_{possessive}", ()))
        for possessive, pronouns in g.citizen_by_possessive.items()
        for pronoun in pronouns
        if pronoun in g.object_pronouns  # "hende", not the subject "hun"
    }
    leads = content.dialogue.words.get("name_leads", ())
    # "hente drengen i børnehaven og lege med ham": a child word names the wish's own person
    people = {**dict.fromkeys(content.lexicon.child_words, ""), **content.lexicon.people}
    return named_for_pronoun(
        str(action), answers, kin, g.person_names, people, leads, g.and_word, g.name_adjectives
    )


def speaker_as(s, content) -> str | None:
    """Who the relative answering is to the citizen ("min datter"), when they said so ("jeg er
    hans datter", "mig hans datter", "jeg vil gerne være hans mand" in any answer, else "min
    mand Jens" at the start); None when only
    their kin is known ("Min mor": a son or a daughter), so their own "jeg" stays out of the goal
    (no neutral word is natural there: "mit barn" reads stiff, and persona authors want a child's
    own burden left out rather than said so)."""
    role = speaker_role(s.about, s.transcript, content.dialogue)
    if s.speaker != "relative" or not role:
        return None
    return person_phrase(str(role), goal_templates(s, content))


_AID_CARD = "hjaelpemiddel"  # the independence card of a goal done with an aid (cards.yaml)


def _goal_aids(slots: dict, content=None) -> list:
    """The aids of the goal: those named for it (wish, independence, …); the aids of the
    everyday story ("jeg går med rollator") only when nothing else was named. An aid said short
    after its whole name ("en badetaburet" …, later "på taburetten") is that same aid; an aid
    the lexicon does not know is the thing its own words name ("med et skærebræt med pigge"),
    first before the aids its words only describe it by ("en kuglepen med skumgreb")."""
    aids = list(slots.get("aids") or [])
    story = set(slots.get("story_aids") or [])
    aids = [a for a in aids if not any(b != a and b.endswith(a) for b in aids)]
    named = [a for a in aids if a not in story]
    if named or slots.get("aid_said"):
        thing = said_thing(str(slots.get("aid_said") or ""), content)
        tool = tool_name(thing, content.lexicon) if thing and content is not None else None
        thing = tool if tool in named else thing  # "dyneklemmer": the analyzer's dyneklemme
        more = _listed_aids(str(slots.get("aid_said") or ""), content)
        if thing and not named_aid(thing, content):
            said = [thing, *(a for a in named if a != thing)]  # a tool read from its compound
        else:
            said = named or ([thing] if thing else [])
        # "med en børste med langt skaft og et stort spejl på bordet": each thing of the list
        listed = [*said, *(t for t in more if t not in said and not named_aid(t, content))]
        # "med en pude til armen" for the armpude named: the compound's head said is that aid
        return [t for t in listed if not any(b != t and b.endswith(t) for b in named)]
    # "selv" or "med hjælp" chosen for the goal: the story's rollator is no means of it
    return aids if slots.get("independence") in (None, _AID_CARD) else []


def _listed_aids(phrase: str, content) -> list[str]:
    """The things an aid phrase of one's own words lists after its first ("… og et stort spejl
    på bordet"): the aids the goal names beside it; no person ("og min datter")."""
    if content is None or not phrase:
        return []
    lex = content.lexicon
    keys = {"stops": "aid_list_stops", "skip": "joined_skip", "kinds": "aid_handled_kinds"}
    words = {k: word_set(content.dialogue, v) for k, v in keys.items()}
    things = joined_things(phrase, lambda p: said_thing(p, content), content.goals.grammar, words)
    return [t for t in things if not names_person(t, lex)]


def names_person(word: str, lex) -> bool:
    """True for a word naming a person: a first name, or a person word of the lexicon, also as
    a compound's last part ("havenabo")."""
    low = word.lower()
    tail = compound_tail(low, lex.people_tails)  # "havenabo": a nabo
    if lex.people_tails.get(low) == "":
        tail = None  # "spisevenner": a dining club
    return word[:1].isupper() or low in lex.people or tail is not None


def named_aid(word: str, content) -> str | None:
    """The aid of the lexicon a word names, by itself or as a compound's last part
    ("firehjulsrollatoren": rollator); None for any other thing ("kuglepen")."""
    if content is None:
        return None
    table, w = content.lexicon.aids, word.lower()
    if w in table:
        return table[w]
    tails = content.lexicon.aid_tails  # not "greb": a "gummigreb" is no støttehåndtag
    return next((a for f, a in tails.items() if len(f) >= _TAIL and w.endswith(f)), None)


_TAIL = 4  # shortest aid word read as a compound's last part ("greb" in "badekarsgreb")


def said_thing(phrase: str, content) -> str | None:
    """The thing an aid said in one's own words names, by its lemma: the last word before what
    tells more of it ("med en let kurv på en vogn": "kurv", "med en telefon med store knapper":
    "telefon", "med en telefon man kan styre": "telefon", "med røremaskinen den kan ælte":
    "røremaskine"), the first of a list ("med en telefon, billeder og store knapper"); None
    without content or a word naming a thing."""
    if content is None or not phrase:
        return None
    g = content.goals.grammar
    ends = g.help_leads | g.attribute_leads | g.cut_ends
    # "… man kan styre", "… den kan ælte", "… ergoterapeuten har vist": a clause; "med min
    # stok hen til bilen": where one goes with it
    finite = g.modals | g.perfect_auxiliaries
    # "med en god lampe derude": where the thing is ends it, never the thing itself
    clause = g.subject_pronouns | finite | g.motion_adverbs | g.place_adverbs
    skip = g.function_words | g.fillers | g.help_leads | frozenset(g.spoken_pointers)
    numbers = content.lexicon.numbers.cardinals
    said = phrase.split()
    words = [w.strip(EDGE) for w in said]
    kept: list[str] = []
    for k, w in enumerate(words):
        low = fold(w).lower()
        if (k and low in ends) or (kept and low in clause | g.placement_leads):
            if low in finite and len(kept) > 1 and kept[-1] == words[k - 1]:
                kept.pop()  # the clause's subject ("ergoterapeuten har vist")
            break
        if low[:1].isdigit() or w.lower() in numbers:
            # "tykkere pinde nummer fem": a number (and its label) says which one, no thing
            if kept and fold(kept[-1]).lower() in g.number_labels:
                kept.pop()
            continue
        if kept and participle_after_aid(kept[-1], w, content):
            break  # "med badetaburetten stillet ind i bruseren": how the aid is set up
        if w and low not in skip:
            kept.append(w)
            if said[k].endswith(",") and low not in g.bare_adjectives:
                break  # "med en telefon, billeder og store knapper": a list's first thing
    if not kept:
        return None
    word = kept[-1].lower()
    lemma = content.lexicon.lemmas.get(word)
    if lemma and not word.startswith(lemma) and g.is_infinitive(lemma):
        # "et tykt greb", "grebet": a noun of its own, no form of the verb ("gribe") it comes from
        noun = word if g.noun_class(word) else bare_noun(word, g.definite_singular)
        return noun or kept[-1]
    return lemma if lemma and _noun_form(word, lemma, g) else kept[-1]


def participle_after_aid(aid: str, word: str, content) -> bool:
    """True for a past participle said right after an aid the lexicon knows ("høreapparater
    koblet", "rollator foldet", "badetaburetten stillet"): how the aid is set up, no thing of
    its own; another aid ("stokken og gangstativet" has "og" between) is none."""
    low = word.strip(EDGE).lower()
    g = content.goals.grammar
    if not low.isalpha() or fold(low) in g.function_words or named_aid(low, content):
        return False
    return bool(named_aid(aid.strip(EDGE), content)) and g.infinitive_of_participle(low) is not None


def _noun_form(word: str, lemma: str, g) -> bool:
    """True when the word is its lemma as a noun: the lemma itself or with a noun's ending
    ("telefonen", "luppen", "røremaskinen"); not a verb's present ("en måler", "en klipper":
    "måle", "klippe"), which an e-stem's plural ("-r") cannot be told from."""
    if not word.startswith(lemma):
        return True  # "gribetænger": no ending to judge by
    rest = word[len(lemma) :]
    if len(rest) > 1 and rest[0] == lemma[-1:]:
        rest = rest[1:]  # "luppen": a doubled consonant before the ending
    if not rest or any(rest in ends for _kind, ends in g.noun_endings):
        return True
    definite = [e for kind, ends in g.noun_endings if kind != _PLURAL for e in ends]
    return any(lemma.endswith(e[:1]) and rest == e[1:] for e in definite)  # "røremaskine"+"n"


_PLURAL = "pl"  # the plural kind of grammar.noun_endings


def _nominal(sign: object, content) -> bool:
    """True when a sign opens with a word shaped like an infinitive that the lemma table knows
    no present tense of ("kaffe på kanden": no "kaffer"), so a thing and no doing; a verb the
    table knows ("vande": "vander") or none it knows at all is read as said."""
    words = str(sign or "").split()
    if not words:
        return False
    word = words[0].strip(",.;:!?").lower()
    g = content.goals.grammar
    lemmas = content.lexicon.lemmas
    if not g.is_infinitive(word) or fold(word) in g.short_infinitives:
        return False
    known = any(lemmas.get(word + end) == word for end in ("", "n", "t"))  # "kaffen": kaffe
    # "strikker", "strikkede", "strikkende": forms only a verb has
    verb = (word + "r", word + "de", word[:-1] + "ede", word + "nde")
    return known and not any(lemmas.get(form) == word for form in verb)


def _sign_apart(slots: dict) -> bool:
    """True when the sign is one typed in fragments that made no phrase (handlers._measure)."""
    return bool(slots.get("criterion")) and slots.get("criterion_apart") == slots.get("criterion")


def goal_fields(s: dict, content) -> dict:
    """Return the goal facts the state holds, keyed as in the draft's `goal`.

    Extra keys serve the goal sentence only: criterion (from a measure card), own_action (the
    wish's own verb phrase), reason_said (the reason as told, lead kept), frequency_said (the
    frequency in the person's words), aid_said (an aid the lexicon does not know, as said) and
    speaker.
    """
    slots = s.slots or {}
    activity = slots.get("activity")
    area = content.activities[activity].area if activity in content.activities else None
    speaker = s.speaker if s.speaker in _SPEAKERS else None
    told = _without_citizens_name(slots.get("reason_said") or slots.get("motivation"), s, content)
    g = goal_templates(s, content).grammar
    told = pair_said(told, s, content, g)  # a relative's "de to": "hun og hendes søster"
    wish = _ties_of_names(_wish_of_named(slots.get("own_action"), s, content), s, content)
    told = _kin_of_names(told, s, content)
    told = _kin_of_pronoun(told, s, content, wish)
    told = _own_name_called(told, s, content)  # "drengene råber Allan": "… råber mit navn"
    told = _ties_of_names(told, s, content, owned_only=True)  # "fordi det er Aksels opskrift"
    relative_as = speaker_as(s, content)
    unwritten = bool(slots.get("reason_said") and slots.get("reason_unwritten"))
    # a reason card says it in the citizen's words ("klare mig selv"), whoever chose it
    own = slots.get("motivation_card") or slots.get("motivation_own")
    reason_by = "citizen" if own else speaker
    citizens = (
        taken_over(str(told or ""), goal_templates(s, content).grammar)
        if speaker == "relative"
        else None
    )
    if citizens is not None:  # "det er mig der skriver nu, …. jeg vil kunne se mig selv …"
        told, reason_by = citizens or None, "citizen"
    wish = home_said(wish, s, content, g)  # "gå en tur i Vejen" where she lives: "her i byen"
    return {
        "activity": activity if activity in content.activities else None,
        "activity_guessed": bool(slots.get("activity_guessed")),  # for SMART: staff checks it
        "area": area,
        "motivation": reason_first_person(
            str(told), goal_templates(s, content), reason_by, relative_as
        )
        or None
        if told
        else None,
        # "… Og så vil han ikke give Aksel den glæde …": a name nobody tied, no goal part
        "reason_said": untied_left_out(told, s, content, g),
        # "så jeg kan klaa …": a purpose whose verb no table knows stays out of the sentence
        "reason_unwritten": unwritten,
        # the wish's own reason, kept beside a different answer to why (not the unwritten one)
        "purpose_said": None
        if unwritten and slots.get("purpose_said") == slots.get("reason_said")
        else _without_citizens_name(slots.get("purpose_said"), s, content),
        "speaker": speaker,
        "reason_by": reason_by,
        "speaker_as": relative_as,
        "measures": copy.deepcopy(slots.get("measures") or []),
        # "alle. 12. gaver. pakket.": a sign in fragments that makes no phrase is no part of the
        # sentence; SMART shows it to staff as typed (fragment_sign.py)
        # "med Bent" in the sign, "min mand Bent" in another answer: "med min mand"; "…, hvor
        # Ankers barnebarn henter mig" with Anker tied nowhere: that clause left out
        "criterion": None
        if _sign_apart(slots)
        else home_said(
            untied_genitive_left_out(
                _sign_of_names(slots.get("criterion"), s, content), s, content, g
            ),
            s,
            content,
            g,
        ),
        "criterion_apart": slots.get("criterion") if _sign_apart(slots) else None,
        "criterion_card": bool(slots.get("criterion_card")),
        # "kaffe på kanden": a sign that opens with a thing shaped like a verb, no doing
        "criterion_nominal": _nominal(slots.get("criterion"), content),
        # the card names the verbless wish ("bil. ind. ud."): its sign is the goal's task
        "criterion_task": bool(slots.get("criterion_card") and slots.get("criterion_task")),
        "measure_each_time": bool(slots.get("measure_each_time")),
        "measure_way": slots.get("measure_way"),  # "ned til stoppestedet": the distance's
        "measures_said": dict(slots.get("measures_said") or {}),  # "3 km": as typed
        "level_measures": list(slots.get("level_measures") or []),  # today's: the ladder's start
        "own_action": wish,
        "activity_card": bool(slots.get("activity_card")),  # the wish is its picture card
        "frequency": copy.deepcopy(slots.get("frequency")),
        "frequency_said": slots.get("frequency_said"),
        "frequency_when": slots.get("frequency_when"),  # "når posen er fuld": no count
        "deadline": slots.get("deadline"),
        "independence": slots.get("independence"),
        "aids": _goal_aids(slots, content),
        # "der er et gelænder ned i bassinet": the pool's rail is no thing of her phrase
        "aid_said": without_others(
            slots.get("aid_said"),
            slots.get("aids_others") or (),
            lambda w: named_aid(w, content),
            g.and_word,
        ),
        "travel_means": slots.get("travel_means"),  # "med Flextrafik": how one gets there
        "manner_said": slots.get("manner_said"),  # "selv men med pauser": how, as said
        "aid_words": dict(slots.get("aid_words") or {}),  # {aid: the word said for it}
        "aids_whole": dict(slots.get("aids_whole") or {}),  # "en stok med sæde", as said
        "aids_one": list(slots.get("aids_one") or []),  # "en vægtmanchet": said as one
        # "der er gelænder ved trappen": aids named, the place's, none the citizen's own
        "aids_others": list(slots.get("aids_others") or []),
        "selv_said": bool(slots.get("selv_said")),  # "jeg vil gerne selv kunne …" in the wish
        # "med glidebrættet og en fra hjemmeplejen": help, with the aid said beside the helper
        "aid_with_help": bool(slots.get("aid_with_help")),
        "people": list(slots.get("people") or []),
        # the people said as company, not help ("sammen med min nabo"): the goal says it so
        "companions": list(slots.get("companions") or []),
        "current_level": slots.get("current_level"),
        "importance": slots.get("importance"),
    }


def build_draft(s: dict, content, today: date) -> dict:
    """Return the spec draft for a finished (or unfinished) dialogue state."""
    goals = goal_templates(s, content)
    fields = goal_fields(s, content)
    course_weeks = s.course_weeks if isinstance(s.course_weeks, int) else 12
    try:
        start_day = date.fromisoformat(str(s.today))
    except ValueError:
        start_day = today
    subgoals = s.subgoals
    if not subgoals:
        subgoals = suggest_subgoals(fields, goals, start_day, course_weeks, s.subgoal_easier)
    smart = evaluate_smart(
        fields,
        goals,
        start_day,
        confirmed=s.confirmed,
        confirmed_by=s.confirmed_by,
        course_weeks=course_weeks,
        proxy=bool(s.proxy),
    )
    text, unplaced = compose(fields, goals)
    text = s.goal_text or text  # a reopened returned draft keeps its current wording
    goal = {
        "text": text,
        **{k: v for k, v in fields.items() if k not in _SENTENCE_ONLY},
        "smart": smart,
        "own_words": _wish_words(s),
        "unplaced": unplaced,
    }
    speaker = s.speaker if s.speaker in _SPEAKERS else "citizen"
    return {
        "draft_id": s.draft_id,
        "status": "draft",
        "language": s.lang,
        "created": s.created,
        "speaker": speaker,
        "citizen_confirmed": bool(s.confirmed and s.confirmed_by == "citizen"),
        "goal": goal,
        "subgoals": copy.deepcopy(subgoals),
        "resources": list(s.resources or []),
        "difficulties": list(s.difficulties or []),
        "dreams": list(s.dreams or []),
        "transcript": copy.deepcopy(s.transcript or []),
    }


def understood(s: dict, changed: list[str], step: Step, content) -> str | None:
    """Return "Du sagde: … Det har jeg skrevet ned." for slots an answer filled besides its own."""
    goals, slots, dialogue = content.goals, s.slots, content.dialogue
    items = []
    for slot in changed:
        if slot == step.id or (slot == "measure" and step.id == "measure"):
            continue
        if slot == "activity" and slots.get("activity") in content.activities:
            if step.id != "wish":
                items.append(content.activities[slots["activity"]].label.lower())
        elif slot == "measure":
            said = slots.get("measures_said")  # "3 km" shown back as typed
            items.extend(
                typed_measure(m, said, goals) or measure_phrase(m, goals)
                for m in slots.get("measures") or []
            )
        elif slot == "frequency":
            items.append(frequency_phrase(slots.get("frequency"), goals))
        elif slot == "deadline":
            items.append(dialogue.text("by_date", date=date_phrase(slots.get("deadline"), goals)))
        elif slot == "independence" and slots.get("independence") in dialogue.cards:
            items.append(dialogue.cards[slots["independence"]].label.lower())
        elif slot == "people" and step.kind not in ("people", "motivation", "open", "who"):
            reason = str(slots.get("motivation") or "").lower()
            people = [p for p in slots.get("people") or [] if p.lower() not in reason]
            items.extend(person_phrase(p, goals) for p in people)
    items = [i for i in items if i]
    if not items:
        return None
    return dialogue.text("understood", items=", ".join(dict.fromkeys(items)))
