"""A correction on the goal summary ("nej, hellere otte kort"): the new value replaces the old.

What the analyzer reads from the answer (a frequency, a deadline, an amount in a known unit, a
new wish) is noted by `apply_facts` as for any answer. What it cannot know is read here, against
the goal as it stands: a new count of the goal's own measure ("otte kort" for "ti kort", a bare
"otte" or "300" in its unit), and that an aid or a helper said with the no comes instead of the
one in the goal, not beside it ("nej, hellere med rollatoren"), unless said as well ("også"),
and a new sign in the words of the goal's own ("hellere bare knapperne foran" for "alle
knapperne selv, også dem i ærmerne").
"""

from __future__ import annotations

from dataclasses import replace

from assistant.content.yesno import normalise
from assistant.dialogs.aid_gone import said_to_go
from assistant.dialogs.amount_off import (
    SIGN,
    amount_turned_down,
    deed_as_sign,
    measure_turned_down,
)
from assistant.dialogs.cards import clauses, said
from assistant.dialogs.comma_instead import comma_instead_at
from assistant.dialogs.draft import goal_templates, named_aid, said_thing
from assistant.dialogs.helper_instead import helper_asserted
from assistant.dialogs.named_helper import named_instead
from assistant.dialogs.named_swap import name_swapped
from assistant.dialogs.people import REMOVING, helpers_in, roles_of
from assistant.dialogs.recount_sign import recount_in_sign
from assistant.dialogs.reply import Ctx, Reply, is_no
from assistant.dialogs.reply import card as role_card
from assistant.dialogs.sign_amount import amount_in_sign
from assistant.dialogs.sign_noun import noun_swapped
from assistant.dialogs.sign_phrase import phrase_in_sign
from assistant.dialogs.wordlists import word_set as _folded
from assistant.nlp.activity import content_stop_words
from assistant.nlp.compose import frequency_phrase
from assistant.nlp.numbers import number_at, opens_with_number

_READ_WORDS = 60  # words of an answer searched for "hellere", "i stedet", "også"
_SUMMARY = ("confirm", "change")


def correct(s, reply: Reply, changed: list[str], step_kind: str, ctx: Ctx) -> list[str]:
    """Apply what a correction on the summary says beyond its facts; return the slots changed."""
    if step_kind not in _SUMMARY or reply.card is not None or reply.facts is None:
        return changed
    dialogue = ctx.dialogue
    text = reply.text
    if said(text, dialogue, "correction_also", _READ_WORDS, anywhere=True):
        return changed  # "nej, også med rollatoren": beside the one in the goal
    instead = said(text, dialogue, "correction_instead", _READ_WORDS, anywhere=True)
    if not (instead or step_kind == "change" or is_no(reply, ctx)):
        return changed
    before = s.last_history()["slots"]
    out = set(changed)
    told_as = deed_as_sign(s, before, text, ctx)
    if told_as == SIGN:
        # "Nej, ikke en time. … vil jeg sejle hele løbet, tre runder om bøjerne": the goal's
        # own verb after its amount turned down says how much anew, not a new wish
        return sorted((out - {"activity", "own_action"}) | {"measure"})
    if told_as:  # "ikke 5 kilometer … gå den korte tur på 3 kilometer": the wish stays
        out -= {"activity", "own_action"}
    if recount_in_sign(s, before, text, ctx):
        # "bare ét barn" for "læse med to børn, en halv time hver": the sign's own count, the
        # goal's deed and the rest of its sign kept; "… den korte rute på 7 kilometer": the
        # answer's phrase around the new count too
        phrase_in_sign(s, text, ctx)
        _restore(s, before, ("activity", "own_action"))
        return sorted((out - {"activity", "own_action"}) | {"measure"})
    if {"measure", "frequency"} <= out and _counts_times(s.slots.get("measures"), ctx):
        # "hellere en gang om ugen … to gange det kan jeg ikke holde til": the count of times
        # is the frequency turned down, not a new measure; the goal's own sign stays
        _restore(s, before, _MEASURE_SLOTS)
        out.discard("measure")
    told = s.slots.get("measures")
    if "measure" in out and amount_turned_down(s, before, text, ctx):
        pass  # "nej ikke 500 meter men 300 meter": the amount turned down leaves the goal
    elif (off := measure_turned_down(before, text, ctx)) and told == [off[0]]:
        if "activity" in out or _own_changed(s, before):
            # "nej ikke en time, jeg vil hellere spille kort": the new wish has no measure yet
            out.discard("measure")
            _restore(s, {}, _MEASURE_SLOTS)
            s.answered = [a for a in s.answered if a != "measure"]
        else:  # "nej ikke en halv time men en hel": no new amount read, the goal's sign stays
            _restore(s, before, _MEASURE_SLOTS)
    if "measure" in out and amount_in_sign(s, before, ctx):
        # "nej ikke en kilometer, 500 meter": "… når jeg kan gå 500 meter uden pause"; "… den
        # korte rute på 7 kilometer": the answer's phrase around the amount too
        phrase_in_sign(s, text, ctx)
    if "measure" in out and "frequency" not in out and _count_as_rate(s, before, ctx):
        # "nej kun to gange" for "tre gange om ugen": how often; a measure beside it stays new
        out.add("frequency")
        if s.slots.get("measures") == before.get("measures"):
            out.discard("measure")
    # "nej hellere til foråret der er jo is på vejene nu": a new date, no new sign ("vejen");
    # "nej ikke to gange men tre gange om ugen": how often, no new sign ("spille tre gange …")
    dated = bool({"deadline", "frequency"} & out)
    if "measure" not in out and (
        _recount(s, text, ctx) or (not dated and _resign(s, text, step_kind == "change", ctx))
    ):
        # "otte kort" is no card game, "knapperne foran" no new wish
        _restore(s, before, ("activity", "own_action"))
        out = (out - {"activity"}) | {"measure"}
    if "measure" not in out and _sign_turned_down(s, text, ctx):
        out.add("measure")  # "hele plænen det kan jeg ikke i starten": the sign goes
    if not {"activity"} & out and _narrow(s, _spelled(reply), ctx):
        out.add("own_action")  # "… så først forhaven": the goal's "haven", narrowed
    if "frequency" in out and _rate_said_again(s, text, before, ctx):
        pass  # "nej ikk morgen og aften bare om morgenen æ aften …": the one time said with "bare"
    if "frequency" not in out and _retime(s, text, ctx):
        out.add("frequency")  # "nej hellere om morgenen": the goal's "hver aften" at another time
    if not {"frequency", "deadline", "activity"} & out and _replace_place(s, text, ctx):
        out.add("own_action")  # "nej, hellere på tørrestativet": the goal's "på snoren" goes
    elif not {"activity", "own_action"} & out and name_swapped(s, _spelled(reply), ctx):
        out.add("own_action")  # "Nej, det er ikke Askov. Det er Rødding Højskole": the wish's
    if not {"activity"} & out and _replace_means(s, text, ctx):
        out.add("own_action")  # "nej, ikke bilen, hellere cyklen": the goal's "køre bil" goes
    if _own_changed(s, before):
        _instead_cut(s, ctx)  # "… hellere gå til svømning i stedet": no "i stedet" in the wish
    if _keep_place(s, before, ctx) or (instead and _own_changed(s, before)):
        out.add("own_action")  # "nej jeg vil hellere spille billard": the new deed, shown
    if _replace_aids(s, reply.facts, before, ctx):
        out.add("aids")
    else:
        out.discard("aids")
    roles = roles_of(reply.facts, step_kind)
    refused = _people_turned_down(reply.facts, ctx)  # "nej ikke med min kone …"
    helpers = [h for h in helpers_in(roles) if h not in refused]
    if not helpers and instead and not _means_first(text, roles, ctx):
        # "nej hellere min søn": the one named is the one instead
        # … when named in the clause of "hellere": "nej hellere til sommerferien. lægen siger
        # jeg ikke må forhaste mig" tells who said it, no helper instead of the goal's
        near = [
            c
            for c in clauses(text, dialogue)
            if said(c, dialogue, "correction_instead", _READ_WORDS, anywhere=True)
        ]
        rel = ctx.content.lexicon.relative_pronouns
        helpers = [
            n
            for n, r in roles.items()
            if r == "other" and any(_named_in(n, _before_relative(c, rel)) for c in near)
        ]
    if not helpers:  # "nej ikke min søster, det bliver naboen": the one asserted instead
        off = refused | {n for n, r in roles.items() if r in REMOVING}
        helpers = helper_asserted(text, roles, off, before.get("people"), ctx)
        if not helpers:  # "nej hellere Bente end min datter": Bente, "min veninde Bente"
            told = [e.get("answer") for e in s.transcript or [] if e.get("said_by") == "citizen"]
            grammar = ctx.content.goals.grammar
            helpers = named_instead(text, told, off, before.get("people"), grammar, ctx)
    if helpers and helpers != s.slots.get("people"):
        s.slots["people"] = helpers
        s.people_answered = True
        out.add("people")
    elif refused & set(s.slots.get("people") or ()):
        # "nej ikke med min kone": the one turned down leaves the goal's people
        s.slots["people"] = [p for p in s.slots["people"] if p not in refused]
        if not s.slots["people"]:
            s.people_answered = False  # the only helper is gone: ask who can help
        out.add("people")
    if reply.said_by == "citizen" and _drop_refused_speaker(s, roles, ctx):
        out.add("people")
    return sorted(out)


_NEGATION_AFTER = 4  # words after a sign read for its negation ("hele plænen det kan jeg ikke")
_PART_LETTERS = 3  # letters of the shortest first part of a compound ("for" + "haven")
_NOUN_LETTERS = 4  # letters of the shortest noun a compound narrows ("haven")


def _sign_turned_down(s, text: str, ctx: Ctx) -> bool:
    """The goal's own sign said in a no with a negation right after it or right before it
    ("nej altså hele plænen det kan jeg ikke i starten", "ikke hele plænen") and nothing said
    instead of it: the sign goes (its task, said anew, tells when it is reached)."""
    criterion = str(s.slots.get("criterion") or "")
    if not criterion or s.slots.get("criterion_card"):
        return False
    own_verb = normalise(" ".join(str(s.slots.get("own_action") or "").split()[:1]))
    sign = criterion.split()
    if len(sign) > 1 and normalise(sign[0]) == own_verb:
        sign = sign[1:]  # "slå hele plænen": "hele plænen", the task's verb aside
    lexicon = ctx.content.lexicon
    wanted = _content_lemmas(" ".join(sign), ctx)
    if not wanted:
        return False
    fillers = ctx.dialogue.yes_no.fillers
    negations = _folded(ctx.dialogue, "negations")
    for clause in clauses(text, ctx.dialogue):
        words = [normalise(w) for w in clause.split() if normalise(w, fillers)]
        lemmas = [lexicon.lemma(w) for w in words]
        at = [k for k, lem in enumerate(lemmas) if lem in wanted]
        if not at or not wanted <= {lemmas[k] for k in at}:
            continue
        after = words[at[-1] + 1 : at[-1] + 1 + _NEGATION_AFTER]
        if (
            negations & set(after)
            or (at[0] and words[at[0] - 1] in negations)
            or (at[0] > 1 and words[at[0] - 2] in negations)
        ):
            _restore(s, {}, _MEASURE_SLOTS)
            return True
    return False


def _narrow(s, text: str, ctx: Ctx) -> bool:
    """A word of the no that is a noun of the goal's own words with a first part before it
    ("først forhaven" for "slå græsset i haven", "kun køkkenbordet" for "tørre bordet af"):
    the goal names the narrower one. Not a word said after a negation ("ikke forhaven")."""
    own = str(s.slots.get("own_action") or "").split()
    if not own:
        return False
    negations = _folded(ctx.dialogue, "negations")
    grammar = ctx.content.goals.grammar
    times = {normalise(p) for p in ctx.content.lexicon.day_parts}
    said_words = [w.strip(_EDGE) for w in text.split()]
    folded = [normalise(w) for w in said_words]
    for k, word in enumerate(folded):
        if not word.isalpha() or word in times or (k and folded[k - 1] in negations):
            continue  # "om eftermiddagen" is a time, no "middagen" narrowed
        at = next(
            (
                j
                for j, o in enumerate(own)
                if len(normalise(o)) >= _NOUN_LETTERS
                and normalise(o) not in grammar.function_words
                and word.endswith(normalise(o))
                and len(word) - len(normalise(o)) >= _PART_LETTERS
            ),
            None,
        )
        if at is not None:
            s.slots["own_action"] = " ".join([*own[:at], said_words[k], *own[at + 1 :]])
            return True
    return False


def _replace_place(s, text: str, ctx: Ctx) -> bool:
    """A place said after "hellere" with a preposition the goal's own words hold ("nej, hellere
    på tørrestativet på terrassen" for "hænge mit vasketøj op på snoren i haven"): the goal's
    phrase of that preposition, up to a word that ends it ("og", "igen"), is replaced."""
    dialogue = ctx.dialogue
    preps = _folded(ctx.dialogue, "instead_place_preps")
    ends = _folded(ctx.dialogue, "instead_place_ends")
    relative = ctx.content.lexicon.relative_pronouns
    own = str(s.slots.get("own_action") or "").split()
    for clause in clauses(text, dialogue):
        if not said(clause, dialogue, "correction_instead", _READ_WORDS, anywhere=True):
            continue
        part = next(
            p
            for p in clause.split(",")
            if said(p, dialogue, "correction_instead", _READ_WORDS, anywhere=True)
        )
        words = _instead_words(_before_relative(part, relative), ctx)
        folded = [normalise(w) for w in words]
        at = next((k for k, w in enumerate(folded) if w in preps), None)
        known = {normalise(w) for w in own} | {
            normalise(w) for lead in dialogue.words.get("wish_lead", ()) for w in lead.split()
        }
        if at is None or not set(folded[:at]) <= known:
            return False  # the first clause of "hellere" names no place ("jeg vil sidde i …")
        stop = next((k for k in range(at + 1, len(words)) if folded[k] in ends), len(words))
        words = words[at:stop]
        start = next((k for k, w in enumerate(own) if normalise(w) == folded[at]), None)
        if start is None or len(words) < 2:
            return False
        end = next((k for k in range(start + 2, len(own)) if normalise(own[k]) in ends), len(own))
        if [normalise(w) for w in own[start:end]] == [normalise(w) for w in words]:
            return False
        s.slots["own_action"] = " ".join([*own[:start], *words, *own[end:]])
        return True
    return False


def _instead_cut(s, ctx: Ctx) -> None:
    """The new wish up to a word of `correction_instead` after its verb ("gå til svømning i
    stedet", "… i stedet for træningen"): that word says the change, not the deed."""
    own = str(s.slots.get("own_action") or "").split()
    folded = [normalise(w) for w in own]
    for phrase in _folded(ctx.dialogue, "correction_instead"):
        size = len(phrase.split())
        at = next((k for k in range(1, len(own)) if " ".join(folded[k : k + size]) == phrase), None)
        if at is not None:
            own = own[:at]
            folded = folded[:at]
    s.slots["own_action"] = " ".join(own)


def _own_changed(s, before: dict) -> bool:
    """True when the answer gave the goal other own words than it had."""
    old, new = before.get("own_action"), s.slots.get("own_action")
    return bool(old and new) and normalise(str(old)) != normalise(str(new))


def _place_phrase(words: list[str], ctx: Ctx) -> list[str]:
    """The place phrase of a goal's own words ("i seniorklubben" in "spille kort i
    seniorklubben igen"): a word of `instead_place_preps` after the verb, up to a word of
    `instead_place_ends`; [] when none."""
    preps = _folded(ctx.dialogue, "instead_place_preps")
    ends = _folded(ctx.dialogue, "instead_place_ends")
    folded = [normalise(w) for w in words]
    for k in range(1, len(folded) - 1):
        if folded[k] in preps and folded[k + 1].isalpha() and folded[k + 1] not in ends:
            end = next((j for j in range(k + 1, len(folded)) if folded[j] in ends), len(folded))
            return words[k:end]
    return []


def _keep_place(s, before: dict, ctx: Ctx) -> bool:
    """A new deed of the same kind on the summary ("nej jeg vil hellere spille billard" for
    "spille kort i seniorklubben igen": the same activity or the same verb) that names no place
    keeps the place of the old one; True when the goal's own words changed so."""
    if not _own_changed(s, before):
        return False
    old = str(before["own_action"]).split()
    new = str(s.slots["own_action"]).split()
    same = before.get("activity") == s.slots.get("activity") or normalise(old[0]) == normalise(
        new[0]
    )
    place = _place_phrase(old, ctx)
    restated = [normalise(w) for w in old[: len(new)]] == [normalise(w) for w in new]
    if not same or not place or _place_phrase(new, ctx):
        return False
    if _goes_to_own(new, ctx) and not restated:  # "gå til banko" said again keeps its place
        return False
    s.slots["own_action"] = " ".join([*new, *place])
    return True


def _goes_to_own(words: list[str], ctx: Ctx) -> bool:
    """A deed that goes to something of its own ("gå til svømning", "tage til banko"): its
    first two words a lead of `venue_going_leads` with more after them; its place is its own."""
    leads = _folded(ctx.dialogue, "venue_going_leads")
    return len(words) > 2 and normalise(" ".join(words[:2])) in leads


_MEANS_REACH = 3  # words after "hellere" searched for a means ("hellere på min cykel")


def _means_of(word: str, ctx: Ctx) -> str | None:
    """The phrase of getting there by the means a word names ("cyklen": "cykle"), or None."""
    key = normalise(word)
    for phrase in ctx.dialogue.words.get("instead_means", ()):
        nouns = ctx.dialogue.words.get("means_" + phrase.replace(" ", "_"), ())
        if key in {normalise(n) for n in nouns}:
            return phrase
    return None


def _replace_means(s, text: str, ctx: Ctx) -> bool:
    """A means said after "hellere" ("nej, ikke bilen, hellere cyklen") on a goal whose own
    words open with a verb of getting there ("køre fire kilometer bil ud til kolonihaven"):
    the verb becomes that of the new means and an old means named goes."""
    dialogue = ctx.dialogue
    own = str(s.slots.get("own_action") or "").split()
    verbs = {normalise(p.split()[0]) for p in dialogue.words.get("instead_means", ())}
    if not own or normalise(own[0]) not in verbs:
        return False
    for clause in clauses(text, dialogue):
        for part in clause.split(","):
            if not said(part, dialogue, "correction_instead", _READ_WORDS, anywhere=True):
                continue
            words = _instead_words(part, ctx)[:_MEANS_REACH]
            phrase = next((m for w in words if (m := _means_of(w, ctx))), None)
            if phrase is None:
                return False
            kept = [w for w in own[1:] if _means_of(w, ctx) is None]
            new = " ".join([phrase, *kept])
            if normalise(new) == normalise(" ".join(own)):
                return False
            s.slots["own_action"] = new
            return True
    return False


def _drop_refused_speaker(s, roles: dict[str, str], ctx: Ctx) -> bool:
    """The citizen refuses on the summary the relative who answered before ("min datter skal
    ikke hjælpe mig" when her child, sex unsaid, said "mig" to who can help, in the network as
    'barn'): that person leaves the network too. True when the people changed."""
    about = s.about if isinstance(s.about, dict) else {}
    kin = about.get("kin")
    generic = ctx.dialogue.speaker_person.get(kin or "")
    people = s.slots.get("people") or []
    if not generic or generic not in people:
        return False
    kin_words = set(ctx.dialogue.words.get(f"speaker_kin_{kin}", ()))
    if not any(role in REMOVING and name in kin_words for name, role in roles.items()):
        return False
    s.slots["people"] = [p for p in people if p != generic]
    return True


def _replace_aids(s, facts, before: dict, ctx: Ctx) -> bool:
    """The aids of a no on the summary come instead of the goal's ("nej hellere med stokken",
    told in the story or not), and an aid turned down leaves it ("rollatoren skal ikke med",
    "ikke rollatoren men stokken"); the goal's own aid said short ("jeg kan selv med stolen"
    for the badestol) keeps it. True when the goal's aids changed."""
    unused = set((getattr(facts, "extras", None) or {}).get("aids_not_used") or ())
    old = list(before.get("aids") or [])
    thing = said_thing(str(before.get("aid_said") or ""), ctx.content)  # "et lille kort"
    parts = _joined_things(str(before.get("aid_said") or ""), ctx)
    unused |= _aids_turned_down(facts, ctx, [*old, *([thing] if thing else []), *parts.values()])
    kept = [p for p, t in parts.items() if not _named_off(t, unused, ctx)]
    if kept and len(kept) < len(parts):  # "… og en GPS i et ur", "med min stok og …": it goes
        s.slots["aid_said"] = _led(kept, next(iter(parts)), ctx)
    elif _named_off(thing, unused, ctx):  # "nej. ikke kort": the thing in his own words goes too
        s.slots.pop("aid_said", None)
    used = [a for a in dict.fromkeys(facts.aids) if a not in unused]
    kept = _aids_said_short(facts, old, ctx)
    if kept and not used:  # "selv med stolen": the goal's badestol, not selv without it
        used = kept
    roles = (getattr(facts, "extras", None) or {}).get("people_roles") or {}
    refused = any(r in REMOVING for r in roles.values())
    with_aid = before.get("independence") == role_card(ctx, "independence_aid")
    if (kept or refused) and with_aid and old and not unused & set(old):
        # "nej uden min datter", "jeg kan selv med stolen": "selv" without the one refused,
        # still with the goal's aid
        _restore(s, before, ("independence",))
    aids = used or [a for a in s.slots.get("aids") or [] if a not in unused]
    if used or unused & set(old):
        s.slots["aids"] = aids
        # an aid of the story stays one unless this answer names it ("nej, knæbindet skal
        # ud": the stick he once walked with does not become the goal's)
        s.slots["story_aids"] = [a for a in s.slots.get("story_aids") or [] if a not in used]
        if not s.slots["story_aids"]:
            s.slots.pop("story_aids")
        if set(aids) != set(old) and not _aid_said_kept(s, unused, aids, ctx):
            s.slots.pop("aid_said", None)  # the old aid in the person's words
    gone = old and not aids and not s.slots.get("aid_said")
    if gone and s.slots.get("independence") == role_card(ctx, "independence_aid"):
        # the only aid turned down: how one will manage is asked anew
        s.slots.pop("independence", None)
        s.answered = [a for a in s.answered if a != "independence"]
    return list(s.slots.get("aids") or []) != old


def _aid_said_kept(s, unused: set[str], aids: list[str], ctx: Ctx) -> bool:
    """True when the aid in the person's words, as it stands, names none of the aids turned
    down: "skinnen skal ikke med" when the goal says "med en lettere banjo med lavere strenge"
    and the splint was only read beside it, or "stokken skal ikke med" for "med min stok og
    mine sko med pigge" once the stick's part is gone. The phrase stays, and its thing is the
    goal's aid when no other is left."""
    phrase = str(s.slots.get("aid_said") or "")
    thing = said_thing(phrase, ctx.content)
    if not unused or not thing or _named_off(thing, unused, ctx):
        return False
    if any(_named_off(t, unused, ctx) for t in _joined_things(phrase, ctx).values()):
        return False
    if not aids:
        s.slots["aids"] = [thing]
    return True


def _named_off(thing: str | None, unused: set[str], ctx: Ctx) -> bool:
    """True when a thing said in the person's words is one of the aids turned down, as said or
    by the lexicon's name for it ("knæbind" for the støttebind turned down)."""
    return bool(thing) and (thing in unused or named_aid(thing, ctx.content) in unused)


def _led(kept: list[str], first: str, ctx: Ctx) -> str:
    """The parts of an aid phrase left, joined by "og", led by the word of use the phrase's
    first part opened with when that part is gone ("med min stok og mine sko med pigge"
    without the stick: "med mine sko med pigge")."""
    joined = f" {ctx.content.goals.grammar.and_word} ".join(kept)
    lead = first.split()[0] if first.split() else ""
    if not kept or kept[0] == first or normalise(lead) not in ctx.content.lexicon.aid_use_words:
        return joined
    if normalise(kept[0].split()[0]) in ctx.content.lexicon.aid_use_words:
        return joined
    return f"{lead} {joined}"


def _joined_things(phrase: str, ctx: Ctx) -> dict[str, str]:
    """The parts after the first of an aid phrase joined by "og" ("med en seddel i lommen og en
    GPS i et ur": {"en GPS i et ur": "GPS"}), each with the thing it names; the first part is
    the phrase's own thing (said_thing). {} for a phrase of one thing."""
    parts = phrase.split(f" {ctx.content.goals.grammar.and_word} ")
    if len(parts) < 2:
        return {}
    return {part: said_thing(part, ctx.content) or "" for part in parts}


def _aids_said_short(facts, old: list[str], ctx: Ctx) -> list[str]:
    """The goal's aids the answer names by the last part of their name after a word of use
    ("med stolen" for badestol, "på taburetten"): the same aid, said short."""
    lexicon = ctx.content.lexicon
    said = [normalise(w) for w in str((facts.extras or {}).get("spelled") or "").split()]
    found = []
    for k in range(1, len(said)):
        lemma = lexicon.lemma(said[k])
        used = said[k - 1] in lexicon.aid_use_words or (
            k > 1 and said[k - 2] in lexicon.aid_use_words
        )
        if not used or len(lemma) < _SHORT_AID or not lemma.isalpha():
            continue
        found += [a for a in old if a != lemma and a.endswith(lemma) and a not in found]
    return found


def _aids_turned_down(facts, ctx: Ctx, own: list[str] | tuple = ()) -> set[str]:
    """The aids of the answer said right after a no or "i stedet for" ("nej, ikke rollatoren",
    "ikke med rollatoren men stokken", "stokken i stedet for rollatoren"; dialogue.yaml
    `aid_off_leads`); not "heller ikke med lup" (not even with it). `own` are the goal's aids,
    also those named in the person's words and not in the lexicon ("nej. ikke kort": the little
    card in his pocket)."""
    lexicon, words = ctx.content.lexicon, ctx.dialogue.words
    named = {normalise(a): a for a in own if " " not in str(a)}
    endings = tuple(normalise(e) for e in words.get("aid_off_endings", ()))
    told = str((facts.extras or {}).get("spelled") or "").split()
    said = [normalise(w) for w in told]
    off = set()
    for k, w in enumerate(said):
        aid = lexicon.aids.get(w) or lexicon.aids.get(lexicon.lemma(w))
        aid = aid or lexicon.aids.get(told[k].strip(_EDGE).lower())  # "knæbindet": æøå kept
        aid = aid or named.get(w) or named.get(normalise(lexicon.lemma(w)))
        aid = aid or next(  # "lommelygten", "kortet": the thing said in its definite form
            (a for n, a in named.items() if any(w == n + e for e in endings)), None
        )
        if aid is not None and (_after_off_lead(said, k, ctx) or said_to_go(told, k, ctx)):
            off.add(aid)  # "nej, ikke rollatoren", "nej, knæbindet skal ud."
    return off


def _after_off_lead(said: list[str], k: int, ctx: Ctx) -> bool:
    """True when the word at `k` is said right after a no or "i stedet for" (dialogue.yaml
    `aid_off_leads`), only words of `aid_off_between` in between ("ikke med min kone")."""
    words = ctx.dialogue.words
    leads = [normalise(p).split() for p in words.get("aid_off_leads", ())]
    between = _folded(ctx.dialogue, "aid_off_between")
    not_after = _folded(ctx.dialogue, "aid_off_not")
    j = k
    while j and said[j - 1] in between:
        j -= 1
    for lead in leads:
        at = j - len(lead)
        if at >= 0 and said[at:j] == lead and not (at and said[at - 1] in not_after):
            return True
    return False


def _people_turned_down(facts, ctx: Ctx) -> set[str]:
    """The people of the answer said right after a no or "i stedet for" ("nej ikke med min kone
    hellere med min nabo Jens", "naboen i stedet for min datter"): not the helper, whatever
    role the words after them give ("med" reads as a companion)."""
    people = ctx.content.lexicon.people
    said = [normalise(w) for w in str((facts.extras or {}).get("spelled") or "").split()]
    named = set(getattr(facts, "people", ()) or ())
    off = set()
    for k, w in enumerate(said):
        person = people.get(w)
        if person in named and _after_off_lead(said, k, ctx):
            off.add(person)
    return off


_SHORT_AID = 3  # letters of the shortest last part of an aid's name read as that aid
_AID_CARD = "hjaelpemiddel"  # the independence card of a goal done with an aid (cards.yaml)
_SELF_CARD = "selv"  # ... and of one done alone (cards.yaml)


def as_instead(reply: Reply, step_kind: str, ctx: Ctx) -> Reply:
    """A change on the summary said without "hellere" as if said with it: "ikke bilen men
    cyklen" ("men hellere cyklen"), "nej kun forhaven" ("nej hellere kun forhaven"); the
    reply as it was when it says "hellere" already or none of these ways."""
    if step_kind not in _SUMMARY or reply.card is not None or reply.facts is None:
        return reply
    dialogue = ctx.dialogue
    if said(reply.text, dialogue, "correction_instead", _READ_WORDS, anywhere=True):
        return reply
    marker = next(iter(dialogue.words.get("correction_instead", ())), None)
    buts = _folded(ctx.dialogue, "instead_after_negation")
    alone = _folded(ctx.dialogue, "instead_alone_leads")
    leads = _folded(ctx.dialogue, "correction_leads")
    negations = _folded(ctx.dialogue, "negations")
    words = reply.text.split()
    folded = [normalise(w) for w in words]
    if marker is None:
        return reply
    at = None
    for k, w in enumerate(folded):
        if w in buts and negations & set(folded[:k]):  # "ikke bilen men cyklen"
            at = k + 1
            break
        if w in alone and all(x in leads or not x for x in folded[:k]):  # "nej kun forhaven"
            at = k
            break
    if at is None:  # "nej ikke min datter, min søn": the one after the comma
        at = comma_instead_at(words, ctx)
    if at is None or at >= len(words):
        return reply
    return replace(reply, text=" ".join([*words[:at], marker, *words[at:]]))


def new_wish(s, reply: Reply, changed: list[str], step_kind: str, ctx: Ctx, wish) -> list[str]:
    """A new activity said after "hellere" / "i stedet" on the summary ("nej, hellere svømme.
    Hanne og jeg kan tage i svømmehallen …"): the wish is changed, not only a number the answer
    also gives. `wish(words)` reads the words of the "hellere" clause as a wish (Facts)."""
    if step_kind not in _SUMMARY or reply.card is not None or reply.facts is None:
        return changed
    if "activity" in changed:  # "nej, jeg vil hellere cykle": the analyzer read the wish
        return changed
    dialogue = ctx.dialogue
    for clause in clauses(reply.text, dialogue):
        if not said(clause, dialogue, "correction_instead", _READ_WORDS, anywhere=True):
            continue
        done = _thing_done(_after_instead(clause, ctx), ctx)  # "hellere en bluse jeg kan …"
        if done:
            return _task_instead(s, done, changed, wish)
        # "nej ikke min datter, hellere min søn": the part of "hellere", not the one it leaves
        part = next((p for p in clause.split(",") if _instead_alone(p, dialogue)), clause)
        words = _instead_words(part, ctx)
        if not words or said(clause, dialogue, "complaints", _READ_WORDS, anywhere=True):
            continue  # "tre gange er for tit skriv en gang om ugen i stedet": no wish to write
        facts = wish(" ".join(words))
        action = str((getattr(facts, "extras", None) or {}).get("action") or "").split()
        opens = bool(action) and normalise(action[0]) == normalise(words[0])  # "svømme …"
        if opens and normalise(words[0]) in ctx.content.lexicon.aid_use_words:
            opens = False  # "med stokken i stedet for rollatoren": a new aid, no new wish
        if opens and opens_with_number(" ".join(action), ctx.content.lexicon.numbers):
            opens = False  # "nej ikke en time, tre runder": how much, no deed of its own
        time_leads = dialogue.words.get("instead_time_leads", ())
        dated = facts.deadline or reply.facts.deadline  # "… den 8. februar": split at "8."
        if opens and dated and normalise(words[0]) in time_leads:
            opens = False  # "hellere til min fødselsdag den 8. februar": a new date, no wish
        if facts.activity and opens and facts.activity != s.slots.get("activity"):
            place = _place_told(_spelled(reply), clause, action, ctx)
            s.slots["activity"] = facts.activity
            s.slots["own_action"] = " ".join([*action, *place])
            return sorted({*changed, "activity"})
        return changed  # the first clause of "hellere" names no new activity
    return changed


def _task_instead(s, done: list[str], changed: list[str], wish) -> list[str]:
    """The goal's task becomes `done` ("trække en bluse over hovedet" for "knappe min bluse"),
    its sign too when that named the task turned down ("knappe alle knapperne …")."""
    found = wish(" ".join(done))
    old = str(s.slots.get("own_action") or "").split()
    if found is None or not found.activity or not old or normalise(old[0]) == normalise(done[0]):
        return changed
    s.slots["own_action"] = " ".join(done)
    if found.activity != s.slots.get("activity"):
        s.slots["activity"] = found.activity
        return sorted({*changed, "activity"})
    sign = str(s.slots.get("criterion") or "").split()
    if sign and normalise(sign[0]) == normalise(old[0]):
        _restore(s, {}, _MEASURE_SLOTS)
    return sorted({*changed, "own_action"})


def _after_instead(clause: str, ctx: Ctx) -> list[str]:
    """The words said after the first "hellere" / "i stedet" of a clause, fillers and leads
    aside ("nej knapper er for svært hellere en bluse …": "en bluse …"); [] when none follow
    or they find something wrong."""
    dialogue = ctx.dialogue
    fillers = dialogue.yes_no.fillers
    instead = [normalise(p).split() for p in dialogue.words.get("correction_instead", ())]
    leads = _folded(ctx.dialogue, "correction_leads")
    said_words = [w.strip(_EDGE) for w in clause.split() if normalise(w, fillers)]
    folded = [normalise(w) for w in said_words]
    at = next(
        (
            k + len(p)
            for k in range(len(folded))
            for p in instead
            if p and folded[k : k + len(p)] == p
        ),
        None,
    )
    if at is None:
        return []
    while at < len(folded) and folded[at] in leads:
        at += 1
    words = [w for w in said_words[at:] if w]
    if not words:  # "nej en telefon med store taster i stedet": the words before it
        words = _instead_words(clause, ctx)
    if said(" ".join(words), dialogue, "complaints", _READ_WORDS, anywhere=True):
        return []
    return words


def thing_instead(reply: Reply, ctx: Ctx, wish) -> Reply | None:
    """A thing wanted instead on the summary, said with no verb ("nej, jeg vil ikke have nogen
    tablet. hellere en telefon med store taster"): the answer as if said "med en telefon med
    store taster", a means the goal takes in the person's words; None when not said so.
    `wish(words)` reads the words as a wish (Facts): a time or an amount is no thing."""
    dialogue = ctx.dialogue
    articles = _folded(ctx.dialogue, "instead_thing_articles")
    with_word = next(iter(dialogue.words.get("with_after_self", ())), None)
    for clause in clauses(reply.text, dialogue):
        if not said(clause, dialogue, "correction_instead", _READ_WORDS, anywhere=True):
            continue
        part = next((p for p in clause.split(",") if _instead_alone(p, dialogue)), clause)
        words = _as_spelled(_thing_words(_after_instead(part, ctx), ctx), reply)
        folded = [normalise(w) for w in words]
        if len(words) < 2 or folded[0] not in articles or _thing_done(words, ctx) or not with_word:
            return None
        if said_thing(" ".join(words), ctx.content) is None:
            return None
        told = wish(" ".join(words))
        if told is None or told.frequency or told.deadline or told.measures:
            return None  # "nej hellere en gang om ugen i starten": how often, no thing
        extras = {k: v for k, v in (reply.facts.extras or {}).items() if k != "spelled"}
        facts = replace(reply.facts, extras=extras)
        return replace(reply, text=" ".join([with_word, *words]), facts=facts)
    return None


def _instead_alone(part: str, dialogue) -> bool:
    """True for a part that says "hellere" / "i stedet" and finds nothing wrong."""
    return said(part, dialogue, "correction_instead", _READ_WORDS, anywhere=True) and not said(
        part, dialogue, "complaints", _READ_WORDS, anywhere=True
    )


def _as_spelled(words: list[str], reply: Reply) -> list[str]:
    """The words as the analyzer spelled them, each found by its folded form ("lynlaas":
    "lynlås"); a word it did not keep stays as said."""
    spelled = {normalise(w.strip(_EDGE)): w.strip(_EDGE) for w in _spelled(reply).split()}
    return [spelled.get(normalise(w), w) for w in words]


def _thing_words(words: list[str], ctx: Ctx) -> list[str]:
    """The words of a thing wanted instead without a verb of having before its article
    ("have en skjorte med trykknapper": "en skjorte med trykknapper"; `instead_thing_having`)."""
    having = _folded(ctx.dialogue, "instead_thing_having")
    articles = _folded(ctx.dialogue, "instead_thing_articles")
    folded = [normalise(w) for w in words]
    if len(words) > 2 and folded[0] in having and folded[1] in articles:
        return words[1:]
    return words


def _own_thing_at(words: list[str], s, ctx: Ctx) -> tuple[int, int] | None:
    """Where the goal's own words name the thing a thing wanted instead names ("min skjorte"
    in "knappe min skjorte" for "en skjorte med trykknapper"): the span of that noun with the
    small word before it, after the task's verb; None when they name another thing."""
    folded = [normalise(w) for w in words]
    if len(words) < 2 or folded[0] not in _folded(ctx.dialogue, "instead_thing_articles"):
        return None
    thing = said_thing(" ".join(words), ctx.content)
    own = str(s.slots.get("own_action") or "").split()
    if not thing or not own:
        return None
    lexicon, small = ctx.content.lexicon, ctx.content.goals.grammar.function_words
    key = normalise(thing)
    at = next(
        (
            k
            for k in range(1, len(own))
            if key in {normalise(own[k]), lexicon.lemma(normalise(own[k]))}
        ),
        None,
    )
    if at is None:
        return None
    start = at - 1 if at > 1 and normalise(own[at - 1]) in small else at
    return start, at + 1


def _instead_thing_of_own(text: str, s, ctx: Ctx) -> bool:
    """True when a clause of "hellere" names, article first, the thing of the goal's own words
    ("nej, hellere en skjorte med trykknapper" for "knappe min skjorte"): another of that
    thing, no new sign."""
    for clause in clauses(text, ctx.dialogue):
        if said(clause, ctx.dialogue, "correction_instead", _READ_WORDS, anywhere=True):
            words = _thing_words(_after_instead(clause, ctx), ctx)
            return _own_thing_at(words, s, ctx) is not None
    return False


def thing_in_place(s, thing: Reply, ctx: Ctx) -> None:
    """A thing wanted instead on the summary, taken as the goal's means by `thing_instead`,
    comes in the place of the goal's aids ("nej, hellere en skjorte med trykknapper" for
    "knappe min skjorte med en knappekrog": the hook the buttons needed goes), unless said as
    well ("også"); one that names the thing of the goal's own words is what the task is done
    on ("knappe en skjorte med trykknapper")."""
    if said(thing.text, ctx.dialogue, "correction_also", _READ_WORDS, anywhere=True):
        return
    old = list(s.slots.get("aids") or [])
    _restore(s, {}, ("aids", "aid_words", "story_aids"))
    own = _without_aids(str(s.slots.get("own_action") or "").split(), old, ctx)
    words = thing.text.split()[1:]  # "med en skjorte med trykknapper": the thing
    if own:
        s.slots["own_action"] = " ".join(own)
    span = _own_thing_at(words, s, ctx)
    if span is not None:
        s.slots["own_action"] = " ".join([*own[: span[0]], *words, *own[span[1] :]])


def _without_aids(own: list[str], aids: list[str], ctx: Ctx) -> list[str]:
    """The goal's own words without their "med" phrase of an aid that goes ("knappe min
    skjorte selv med en knappekrog" → "knappe min skjorte selv")."""
    lexicon = ctx.content.lexicon
    leads = _folded(ctx.dialogue, "with_after_self")
    between = _folded(ctx.dialogue, "aid_off_between")
    folded = [normalise(w.strip(_EDGE)) for w in own]
    for k, word in enumerate(folded):
        if word not in leads:
            continue
        j = k + 1
        while j < len(folded) and folded[j] in between:
            j += 1
        if j < len(folded):
            aid = lexicon.aids.get(folded[j]) or lexicon.aids.get(lexicon.lemma(folded[j]))
            if aid in aids:
                return [*own[:k], *own[j + 1 :]]
    return own


def _spelled(reply: Reply) -> str:
    """The answer as the analyzer spelled it ("svoemmehallen": "svømmehallen")."""
    spelled = (getattr(reply.facts, "extras", None) or {}).get("spelled")
    return str(spelled) if spelled else reply.text


def _thing_done(words: list[str], ctx: Ctx) -> list[str]:
    """The words of a thing wanted instead told with what one will do with it ("en bluse
    jeg kan trække over hovedet", "et ur som jeg kan læse uden briller") as a verb phrase
    with the thing its object ("trække en bluse over hovedet"); [] when not told so."""
    articles = _folded(ctx.dialogue, "instead_thing_articles")
    subjects = _folded(ctx.dialogue, "instead_thing_subjects")
    modals = _folded(ctx.dialogue, "instead_thing_modals")
    relative = ctx.content.lexicon.relative_pronouns
    grammar = ctx.content.goals.grammar
    folded = [normalise(w) for w in words]
    if len(folded) < 4 or folded[0] not in articles:
        return []
    skip = _folded(ctx.dialogue, "instead_thing_skip")
    at = next((k for k in range(2, len(folded) - 2) if folded[k] in subjects), None)
    if at is None:
        return []
    thing = [w for w, f in zip(words[:at], folded[:at], strict=True) if f not in relative]
    rest = [k for k in range(at + 1, len(folded)) if folded[k] not in skip]
    if len(rest) < 2 or folded[rest[0]] not in modals:
        return []
    verb = rest[1]
    if not grammar.is_infinitive(folded[verb]) or folded[verb] in grammar.function_words:
        return []
    return [words[verb], *thing, *words[verb + 1 :]] if len(thing) >= 2 else []


_PLACE_WORDS = 4  # words of a place said beside a new wish ("i svømmehallen")


def _place_told(text: str, wished: str, action: list[str], ctx: Ctx) -> list[str]:
    """A place the person tells of going to in a later clause of the answer that gives a new
    wish ("nej, hellere svømme. Hanne og jeg kan tage i svømmehallen to gange om ugen"): the
    wish is done there ("svømme i svømmehallen"); [] when none is told or the wish has one."""
    preps = _folded(ctx.dialogue, "instead_place_preps")
    ends = _folded(ctx.dialogue, "instead_place_ends")
    subjects = _folded(ctx.dialogue, "instead_thing_subjects")
    going = _folded(ctx.dialogue, "instead_place_going")
    numbers = ctx.content.lexicon.numbers
    if preps & {normalise(w) for w in action}:
        return []
    parts = clauses(text, ctx.dialogue)
    wished_at = next((k for k, p in enumerate(parts) if normalise(p) == normalise(wished)), None)
    later = parts[wished_at + 1 :] if wished_at is not None else []
    for clause in later:
        for part in clause.split(","):
            said_words = [w.strip(_EDGE) for w in part.split()]
            folded = [normalise(w) for w in said_words]
            at = next((k for k, w in enumerate(folded) if w in preps), None)
            if at is None or not (subjects & set(folded[:at]) and going & set(folded[:at])):
                continue
            end = at + 1
            while (
                end < len(folded)
                and end - at < _PLACE_WORDS
                and folded[end].isalpha()
                and folded[end] not in ends
                and number_at(folded, end, numbers, articles=False) is None
            ):
                end += 1
            return said_words[at:end] if end - at > 1 else []
    return []


_REASON_OFF_REACH = 4  # words from "for" to "skyld" ("ikke for min søns skyld")


def reason_instead(s, reply: Reply, changed: list[str], step_kind: str, ctx: Ctx) -> list[str]:
    """A no on the summary that turns the goal's reason down ("nej det er ikke for lægens skyld,
    jeg vil ned og snakke med gutterne på havnen", "ikke fordi lægen siger det"): the answer's
    other parts are the reason instead, no new wish (the goal stays as it was, its reason
    changed); with none, the reason goes and why is asked anew. Return the slots changed."""
    if step_kind not in _SUMMARY or reply.card is not None or reply.facts is None:
        return changed
    parts = [p for c in clauses(_spelled(reply), ctx.dialogue) for p in c.split(",")]
    off = next(((k, at) for k, p in enumerate(parts) if (at := reason_off(p, ctx))), None)
    if off is None:
        return changed
    fillers = ctx.dialogue.yes_no.fillers
    leads = _folded(ctx.dialogue, "correction_leads")
    tail = " ".join(w for w in parts[off[0]].split()[off[1] :] if normalise(w, fillers))
    rest = [
        p.strip()
        for p in [tail, *parts[off[0] + 1 :]]
        if [w for w in normalise(p, fillers).split() if w not in leads]
    ]
    s.slots = s.last_history()["slots"]  # no new wish, no other value
    for key in ("reason_said", "motivation_card", "purpose_said"):
        s.slots.pop(key, None)
    if rest:
        s.slots["motivation"] = ", ".join(rest)
    else:
        s.slots.pop("motivation", None)
        s.answered = [a for a in s.answered if a != "motivation"]
    return ["motivation"]


def reason_off(part: str, ctx: Ctx) -> int:
    """Where the words after a reason turned down begin in a part ("… ikke for min datters
    skyld altså jeg vil se mine venner": after "skyld"; "ikke fordi lægen siger det": its end);
    0 for a part that turns no reason down."""
    words = [normalise(w) for w in part.split()]
    negations = _folded(ctx.dialogue, "reason_off_negations")
    leads = [normalise(p).split() for p in ctx.dialogue.words.get("reason_off_leads", ())]
    sake_leads = _folded(ctx.dialogue, "reason_off_sake_lead")
    sake = _folded(ctx.dialogue, "reason_off_sake")
    for k, w in enumerate(words):
        if w not in negations:
            continue
        after = words[k + 1 :]
        if any(after[: len(lead)] == lead for lead in leads):
            return len(words)  # "ikke fordi lægen siger det": the part is the reason turned down
        if after and after[0] in sake_leads:
            end = next(
                (
                    j
                    for j in range(k + 2, k + 2 + _REASON_OFF_REACH)
                    if j < len(words) and words[j] in sake
                ),
                None,
            )
            if end is not None:
                return end + 1
    return 0


def measure_anew(s, changed: list[str], step_kind: str, ctx: Ctx) -> None:
    """A new wish on the summary without a measure of its own: the old wish's measure ("en tur
    rundt om søen" for "svømme") is dropped and the measure question asked anew; so is a
    frequency another answer told that the person never said as their own."""
    if step_kind in _SUMMARY and "activity" in changed and "measure" not in changed:
        _restore(s, {}, (*_MEASURE_SLOTS, "measure_each_time", "measure_way"))
        s.answered = [a for a in s.answered if a != "measure"]
    new = step_kind in _SUMMARY and "activity" in changed
    if new and "frequency" not in changed and _told_not_owned(s, "frequency", ctx):
        # "min datter siger jeg skal gå en tur hver dag", "ved ikke" to "Du sagde: en tur hver
        # dag. Passer det?", then "nej … jeg vil komme i bad": asked anew
        _restore(s, {}, ("frequency", "frequency_said"))
        s.answered = [a for a in s.answered if a != "frequency"]
        s.inferred = [i for i in s.inferred or () if i != "frequency"] or None
    if step_kind in _SUMMARY and "activity" in changed and "aids" not in changed:
        # "nej det er min kones idé … jeg vil hellere hjælpe graveren": the old wish's aid (the
        # pill box) is no means of the new one; how one will manage is asked anew
        had_aid = bool(s.slots.get("aids") or s.slots.get("aid_said"))
        _restore(s, {}, ("aids", "aid_said", "aid_words"))
        # "selv" said to how one manages beside the old wish's aid ("tage min medicin fra
        # dosisæsken"): it was about that wish, asked anew too
        if s.slots.get("independence") == _AID_CARD or (
            had_aid and s.slots.get("independence") == _SELF_CARD
        ):
            s.slots.pop("independence", None)
            s.answered = [a for a in s.answered if a != "independence"]


def _told_not_owned(s, slot: str, ctx: Ctx) -> bool:
    """True when another answer told the slot's value (asked as "Du sagde … Passer det?") and
    the person's answer to that was a "ved ikke", or none was given yet."""
    if slot not in (s.inferred or ()):
        return False
    asked = [t for t in s.transcript if t.get("slot") == slot]
    if not asked:
        return True
    last = asked[-1]
    dont_know = role_card(ctx, "dont_know")
    return last.get("card") == dont_know or said(
        str(last.get("answer") or ""), ctx.dialogue, "dont_know", anywhere=True
    )


def _means_first(text: str, roles: dict[str, str], ctx: Ctx) -> bool:
    """True when the no's first clause opens with a thing to manage with, no person ("nej,
    hellere med den kniv med det tykke skaft, som ergoterapeuten viste mig"): one named in it
    tells of the thing, no helper instead ("nej hellere med min søn" is one)."""
    if not opens_with(text, ctx, "with_after_self"):
        return False
    for clause in clauses(text, ctx.dialogue):
        words = _instead_words(clause, ctx)
        if words:
            thing = said_thing(" ".join(words), ctx.content)
            named = {normalise(n) for n in roles}
            return bool(thing) and normalise(thing) not in named
    return False


def opens_with(text: str, ctx: Ctx, key: str) -> bool:
    """True when the first clause of a correction with words, its leads ("nej", "hellere") and
    fillers aside, opens with a word under `key` ("nej, hellere med den kniv …": "med"; not
    "nej. hellere otte kort. ti kan jeg ikke nå med min hånd")."""
    heads = _folded(ctx.dialogue, key)
    for clause in clauses(text, ctx.dialogue):
        words = _instead_words(clause, ctx)
        if words:
            return normalise(words[0]) in heads
    return False


def _instead_words(clause: str, ctx: Ctx) -> list[str]:
    """The words of a clause of "hellere" without it, the words that lead to it ("nej") and
    fillers: "nej, hellere svømme" → ["svømme"], "cykle i stedet" → ["cykle"]."""
    dialogue = ctx.dialogue
    fillers = dialogue.yes_no.fillers
    instead = [normalise(p).split() for p in dialogue.words.get("correction_instead", ())]
    leads = _folded(ctx.dialogue, "correction_leads")
    said_words = [w.strip(",.!?;:") for w in clause.split() if normalise(w, fillers)]
    folded = [normalise(w) for w in said_words]
    kept, i = [], 0
    while i < len(folded):
        run = next((len(p) for p in instead if p and folded[i : i + len(p)] == p), 0)
        if run:
            i += run
            continue
        kept.append(i)
        i += 1
    first = 0
    while first < len(kept) and folded[kept[first]] in leads:
        first += 1
    return [said_words[k] for k in kept[first:] if said_words[k]]


def _before_relative(clause: str, relative: frozenset[str]) -> str:
    """The clause up to a relative clause of its own: "hellere med den kniv, som ergoterapeuten
    viste mig" tells a thing instead, and the one in "som …" only says which thing."""
    words = clause.split()
    cut = next((k for k, w in enumerate(words) if k and normalise(w) in relative), len(words))
    return " ".join(words[:cut])


def _named_in(name: str, clause: str) -> bool:
    """True when a word of the clause is the person's name or an inflection of it ("lægen")."""
    key = normalise(name)
    return bool(key) and any(w.startswith(key) for w in normalise(clause).split())


_MEASURE_SLOTS = ("measures", "criterion", "criterion_card", "criterion_task")


def _restore(s, before: dict, keys) -> None:
    """Put back the slots of `keys` as they were before the answer (absent stays absent)."""
    for key in keys:
        if before.get(key) is None:
            s.slots.pop(key, None)
        else:
            s.slots[key] = before[key]


def _counts_times(measures, ctx: Ctx) -> bool:
    """True when every measure is a count of times ("to gange"), the kind a frequency has."""
    grammar = ctx.content.goals.grammar if ctx.content.goals else None
    if not measures or grammar is None:
        return False
    kinds = {getattr(grammar.kind_of_unit(m.get("unit")), "name", None) for m in measures}
    return kinds == {"count"}


def _count_as_rate(s, before: dict, ctx: Ctx) -> bool:
    """A count of times said alone with the no ("nej kun to gange") for a goal done several
    times in its period ("tre gange om ugen") and measured otherwise: the count is how often,
    in the goal's period; the goal's measure stays. False when the measure counts times too."""
    new, freq = s.slots.get("measures") or [], before.get("frequency")
    if not freq or int(freq.get("times") or 1) < 2 or _counts_times(before.get("measures"), ctx):
        return False
    counts = [m for m in new if _counts_times([m], ctx)]
    others = [m for m in new if m not in counts]  # "… men 800 meter": the measure anew
    if len(counts) != 1:
        return False
    times = counts[0].get("value")
    if not isinstance(times, int | float) or not float(times).is_integer() or times < 1:
        return False
    _restore(s, before, _MEASURE_SLOTS)
    if others:
        s.slots["measures"] = others
    s.slots["frequency"] = {**freq, "times": int(times)}
    s.slots.pop("frequency_said", None)
    return True


def _recount(s, text: str, ctx: Ctx) -> bool:
    """Put a new count of the goal's measure in its place ("otte kort", "hellere otte");
    False when the answer says none."""
    current = _current_count(s.slots, ctx)
    if current is None:
        return False
    noun, where = current
    numbers = ctx.content.lexicon.numbers
    fillers = ctx.dialogue.yes_no.fillers
    leads = _folded(ctx.dialogue, "correction_leads")
    negations = _folded(ctx.dialogue, "negations")
    for clause in clauses(text, ctx.dialogue):
        said_words = [w for w in clause.split() if normalise(w, fillers)]
        words = [normalise(w) for w in said_words]
        for i in range(len(words)):
            found = number_at(words, i, numbers, articles=False)
            if found is None or found[0] <= 0 or (i and words[i - 1] in negations):
                continue
            value, end = found[0], i + found[1]
            # "otte kort" for "tyve julekort": the compound said by its last part
            counted = end < len(words) and _same_noun(words[end], noun)
            bare = end == len(words) and _leads_only(words[:i], leads, negations, numbers)
            if not (counted or bare):
                continue
            if where is None:  # a measure in a unit: {"value": 500, "unit": "meter"}
                unit = s.slots["measures"][0]["unit"]
                s.slots["measures"] = [{"value": _plain(value), "unit": unit}]
            else:  # the person's own sign ("ti kort"): the new number said, the rest kept
                rest = str(s.slots["criterion"]).split()[where:]
                rest = _new_rest(rest, said_words[end + 1 :], ctx) if counted else rest
                s.slots["criterion"] = " ".join([*said_words[i:end], *rest])
                s.slots.pop("criterion_card", None)
            return True
    return False


def _leads_only(words: list[str], leads, negations, numbers) -> bool:
    """True when the words before a bare number only lead a correction: its leads, and a count
    turned down before it ("nej ikke 500, kun 300": the 500 is no value)."""
    k = 0
    while k < len(words):
        if words[k] in negations and (found := number_at(words, k + 1, numbers, articles=False)):
            k += 1 + found[1]
        elif words[k] in leads:
            k += 1
        else:
            return False
    return True


def _new_rest(rest: list[str], after: list[str], ctx: Ctx) -> list[str]:
    """The words of the sign after its counted noun, with a phrase said after the new count in
    the place of the sign's phrase of the same preposition ("otte kort til børnene og Else" for
    "tyve julekort, til børnene og børnebørnene og hendes søster": for whom, said anew)."""
    preps = _folded(ctx.dialogue, "recount_rest_preps")
    told = []
    for w in after:  # up to the end of its part ("…, det er for mange")
        told.append(w.strip(_EDGE))
        if w.endswith(tuple(_EDGE)):
            break
    told = [w for w in told if w]
    if len(told) < 2 or normalise(told[0]) not in preps:
        return rest
    at = next(
        (k for k in range(1, len(rest)) if normalise(rest[k].strip(_EDGE)) == normalise(told[0])),
        None,
    )
    return rest if at is None else [*rest[:at], *told]


def _resign(s, text: str, any_clause: bool, ctx: Ctx) -> bool:
    """Put a new sign said in the words of the goal's own in its place: the first clause of
    "hellere" (on the change step any clause) that says none of "ikke" and shares a content
    word with the sign ("hellere bare knapperne foran" for "alle knapperne selv, også dem i
    ærmerne"); False when none does."""
    criterion = s.slots.get("criterion")
    if not criterion or s.slots.get("criterion_card") or _instead_thing_of_own(text, s, ctx):
        return False  # "hellere en skjorte med trykknapper": another shirt, not a sign
    dialogue = ctx.dialogue
    own = _content_lemmas(str(criterion), ctx)
    fillers = dialogue.yes_no.fillers
    leads = _folded(ctx.dialogue, "correction_leads")
    leads |= _folded(ctx.dialogue, "correction_instead")
    negations = _folded(ctx.dialogue, "negations")
    deed = _content_lemmas(" ".join(str(s.slots.get("own_action") or "").split()[:1]), ctx)
    for clause in clauses(text, dialogue):
        instead = said(clause, dialogue, "correction_instead", _READ_WORDS, anywhere=True)
        if said(clause, dialogue, "complaints", _READ_WORDS, anywhere=True):
            continue  # "det er for svært med knapper hellere en bluse": never the sign
        said_words = [w for w in clause.split() if normalise(w, fillers)]
        words = [normalise(w) for w in said_words]
        if not (instead or any_clause) or negations & set(words):
            continue
        while words and words[0] in leads:  # "hellere bare …": the sign follows
            words, said_words = words[1:], said_words[1:]
        if len(words) < 2 or not (own - deed) & _content_lemmas(" ".join(words), ctx):
            continue  # "nej jeg vil hellere spille badminton": only the goal's verb, a new wish
        sign = [w.rstrip(",.") for w in said_words]
        old = str(criterion).split()
        if swapped := noun_swapped(old, sign, ctx.content.goals.grammar):
            sign = swapped  # "en hel cykelkurv på to eftermiddage": the old sign, its noun new
        elif _verb_kept(old, sign, own, ctx):  # "knapperne foran": the old sign's verb before it
            sign.insert(0, old[0])
        s.slots["criterion"] = " ".join(sign)
        s.slots.pop("criterion_card", None)
        lexicon = ctx.content.lexicon
        s.slots["measures"] = [  # "på under ti minutter" went with the old sign, not the new
            m
            for m in s.slots.get("measures") or []
            if lexicon.lemma(normalise(str(m.get("unit") or ""))) not in own
        ]
        return True
    return False


def _verb_kept(old: list[str], new: list[str], own: set[str], ctx: Ctx) -> bool:
    """True when the old sign opens with a verb ("knappe alle knapperne …") and the new one
    with a word that followed it there ("knapperne foran"): the new sign is its object."""
    grammar = ctx.content.goals.grammar
    lexicon = ctx.content.lexicon
    verb, first = normalise(old[0]), normalise(new[0])
    return (
        verb != first
        and grammar.is_infinitive(verb)
        and grammar.noun_kind(verb) is None
        and verb not in grammar.function_words
        and lexicon.lemma(first) in own
    )


def _content_lemmas(text: str, ctx: Ctx) -> set[str]:
    """The lemmas of the words of `text` that are no stop words ("knapperne" → "knap")."""
    lexicon = ctx.content.lexicon
    stop = content_stop_words(ctx.content)
    words = (normalise(w) for w in text.split())
    return {lexicon.lemma(w) for w in words if w.isalpha() and w not in stop}


def _current_count(slots: dict, ctx: Ctx) -> tuple[str, int | None] | None:
    """The noun the goal's measure counts and, for a sign said in words ("ti kort"), where
    the number ends in it (None for a measure in a unit); None when it counts nothing."""
    measures = slots.get("measures") or []
    if len(measures) == 1 and measures[0].get("unit"):
        return normalise(str(measures[0]["unit"])), None
    criterion = slots.get("criterion")
    if not criterion or slots.get("criterion_card"):
        return None
    words = [normalise(w) for w in str(criterion).split()]
    found = number_at(words, 0, ctx.content.lexicon.numbers, articles=False) if words else None
    if found is None or found[1] >= len(words) or not words[found[1]].isalpha():
        return None
    return words[found[1]], found[1]


_EDGE = ",.;:!?"
_DAILY = {"times": 1, "per": "day", "every": 1}


def _retime(s, text: str, ctx: Ctx) -> bool:
    """Put a part of the day said with the no in the place of the goal's ("nej hellere om
    morgenen" for "hver aften" → "hver morgen"; "ikke om aftenen men om morgenen": the one after
    a negation is turned down); a goal done on other days takes it beside ("hver søndag om
    morgenen"). False when the answer names no other part of the day."""
    lexicon = ctx.content.lexicon
    parts = {normalise(p) for p in lexicon.day_parts}
    leads = {normalise(p) for p in lexicon.day_part_leads}
    negations = _folded(ctx.dialogue, "negations")
    said_words = [w.strip(_EDGE) for w in text.split()]
    words = [normalise(w) for w in said_words]
    only = _folded(ctx.dialogue, "retime_leads")
    new = next(
        (
            k
            for k in range(1, len(words))
            if words[k] in parts
            and (words[k - 1] in leads or words[k - 1] in only)
            and not (k > 1 and words[k - 2] in negations)
            and not _of_aid_use(text.split(), k, ctx)
        ),
        None,
    )
    if new is None:
        return False
    part = lexicon.lemma(words[new])
    if _several_a_day(s.slots.get("frequency") or {}):
        # "morgen og aften" ("to gange om dagen"), "bare om morgenen": once a day, then
        s.slots["frequency"] = dict(_DAILY)
        s.slots["frequency_said"] = _time_phrase(said_words, new, leads, ctx)
        return True
    old_words = str(s.slots.get("frequency_said") or "").split()
    at = next((i for i, w in enumerate(old_words) if normalise(w.strip(_EDGE)) in parts), None)
    if at is not None:  # "hver aften", "to gange om ugen om aftenen": that word changes
        old = normalise(old_words[at].strip(_EDGE))
        if lexicon.lemma(old) == part:
            return False  # the time of the goal said again
        old_words[at] = part if lexicon.lemma(old) == old else said_words[new]
        s.slots["frequency_said"] = " ".join(old_words)
        return True
    phrase = _time_phrase(said_words, new, leads, ctx)  # "om morgenen", as said
    freq = s.slots.get("frequency")
    if not freq or freq == _DAILY:  # "om morgenen" says every day in the person's words
        s.slots["frequency"] = dict(_DAILY)
        s.slots["frequency_said"] = phrase
        return True
    how_often = " ".join(old_words) or frequency_phrase(freq, goal_templates(s, ctx.content))
    s.slots["frequency_said"] = f"{how_often} {phrase}"
    return True


def _of_aid_use(said_words: list[str], k: int, ctx: Ctx) -> bool:
    """True when the word at `k` sits in a clause (between marks) with a verb of using or
    wearing a thing (dialogue.yaml `retime_aid_use`): "skinnen skal ikke med, den bruger jeg
    kun om natten" tells when the splint is worn, not when the goal is done."""
    uses = [normalise(p).split() for p in ctx.dialogue.words.get("retime_aid_use", ())]
    start = next((j + 1 for j in range(k - 1, -1, -1) if said_words[j][-1] in _EDGE), 0)
    end = next((j + 1 for j in range(k, len(said_words)) if said_words[j][-1] in _EDGE), None)
    clause = [normalise(w) for w in said_words[start:end]]
    return any(
        p and clause[i : i + len(p)] == p for p in uses for i in range(len(clause) - len(p) + 1)
    )


_FREQUENCY_SLOTS = ("frequency", "frequency_said")


def _rate_said_again(s, text: str, before: dict, ctx: Ctx) -> bool:
    """A no whose frequency, as read, is the goal's own ("morgen og aften" for "to gange om
    dagen", the one turned down or said of another) but that names one part of the day to do
    it in ("bare om morgenen"): that part is the change (see _retime). False, the reading kept,
    when it names none."""
    if s.slots.get("frequency") != before.get("frequency"):
        return False
    told = {key: s.slots.get(key) for key in _FREQUENCY_SLOTS}
    _restore(s, before, _FREQUENCY_SLOTS)
    if _retime(s, text, ctx):
        return True
    _restore(s, told, _FREQUENCY_SLOTS)
    return False


def _time_phrase(said_words: list[str], at: int, leads: set[str], ctx: Ctx) -> str:
    """The part of the day as said with its "om" ("om morgenen"); said bare ("kun morgen"),
    as "hver" before it says it in the goal ("hver morgen")."""
    if normalise(said_words[at - 1]) in leads:
        return " ".join(said_words[at - 1 : at + 1])
    every = next(iter(ctx.dialogue.words.get("every_lead", ())), "")
    return f"{every} {ctx.content.lexicon.lemma(normalise(said_words[at]))}".strip()


def _several_a_day(freq: dict) -> bool:
    """True for a frequency of more than one time each day ("to gange om dagen")."""
    return freq.get("per") == "day" and freq.get("every", 1) == 1 and freq.get("times", 1) > 1


def _same_noun(said: str, noun: str) -> bool:
    """True when `said` is the noun or its last part ("kort" for "julekort")."""
    return said == noun or (len(said) >= _SHORT_AID and said.isalpha() and noun.endswith(said))


def _plain(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value
