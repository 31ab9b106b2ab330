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

from assistant.content.yesno import normalise
from assistant.dialogs.cards import clauses, said
from assistant.dialogs.draft import goal_templates, said_thing
from assistant.dialogs.people import REMOVING, helpers_in, roles_of
from assistant.dialogs.reply import Ctx, Reply, is_no
from assistant.dialogs.reply import card as role_card
from assistant.nlp.activity import content_stop_words
from assistant.nlp.compose import frequency_phrase
from assistant.nlp.numbers import number_at

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
    if {"measure", "frequency"} <= out and _counts_times(s.slots.get("measures"), ctx):
        # "hellere en gang om ugen … to gange det kan jeg ikke holde til": the count of times
        # is the frequency turned down, not a new measure; the goal's own sign stays
        _restore(s, before, _MEASURE_SLOTS)
        out.discard("measure")
    if "measure" not in out and (
        _recount(s, text, ctx) or _resign(s, text, step_kind == "change", ctx)
    ):
        # "otte kort" is no card game, "knapperne foran" no new wish
        _restore(s, before, ("activity", "own_action"))
        out = (out - {"activity"}) | {"measure"}
    if "frequency" not in out and _retime(s, text, ctx):
        out.add("frequency")  # "nej hellere om morgenen": the goal's "hver aften" at another time
    if not {"frequency", "deadline", "activity"} & out and _replace_place(s, text, ctx):
        out.add("own_action")  # "nej, hellere på tørrestativet": the goal's "på snoren" goes
    if not {"activity"} & out and _replace_means(s, text, ctx):
        out.add("own_action")  # "nej, ikke bilen, hellere cyklen": the goal's "køre bil" goes
    if _replace_aids(s, reply.facts, before, ctx):
        out.add("aids")
    else:
        out.discard("aids")
    roles = roles_of(reply.facts, step_kind)
    helpers = helpers_in(roles)
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
    if helpers and helpers != s.slots.get("people"):
        s.slots["people"] = helpers
        s.people_answered = True
        out.add("people")
    if reply.said_by == "citizen" and _drop_refused_speaker(s, roles, ctx):
        out.add("people")
    return sorted(out)


def _replace_place(s, text: str, ctx: Ctx) -> bool:
    """A place said after "hellere" with a preposition the goal's own words hold ("nej, hellere
    på tørrestativet på terrassen" for "hænge mit vasketøj op på snoren i haven"): the goal's
    phrase of that preposition, up to a word that ends it ("og", "igen"), is replaced."""
    dialogue = ctx.dialogue
    preps = {normalise(w) for w in dialogue.words.get("instead_place_preps", ())}
    ends = {normalise(w) for w in dialogue.words.get("instead_place_ends", ())}
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
    unused |= _aids_turned_down(facts, ctx, [*old, *([thing] if thing else [])])
    if thing and thing in unused:  # "nej. ikke kort": the thing in his own words goes too
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
        s.slots["story_aids"] = [a for a in s.slots.get("story_aids") or [] if a not in aids]
        if not s.slots["story_aids"]:
            s.slots.pop("story_aids")
        if set(aids) != set(old):
            s.slots.pop("aid_said", None)  # the old aid in the person's words
    gone = old and not aids and not s.slots.get("aid_said")
    if gone and s.slots.get("independence") == role_card(ctx, "independence_aid"):
        # the only aid turned down: how one will manage is asked anew
        s.slots.pop("independence", None)
        s.answered = [a for a in s.answered if a != "independence"]
    return list(s.slots.get("aids") or []) != old


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
    leads = [normalise(p).split() for p in words.get("aid_off_leads", ())]
    between = {normalise(w) for w in words.get("aid_off_between", ())}
    not_after = {normalise(w) for w in words.get("aid_off_not", ())}
    said = [normalise(w) for w in str((facts.extras or {}).get("spelled") or "").split()]
    off = set()
    for k, w in enumerate(said):
        aid = lexicon.aids.get(w) or lexicon.aids.get(lexicon.lemma(w))
        aid = aid or named.get(w) or named.get(normalise(lexicon.lemma(w)))
        aid = aid or next(  # "lommelygten", "kortet": the thing said in its definite form
            (a for n, a in named.items() if any(w == n + e for e in endings)), None
        )
        if aid is None:
            continue
        j = k
        while j and said[j - 1] in between:
            j -= 1
        for lead in leads:
            at = j - len(lead)
            if at >= 0 and said[at:j] == lead and not (at and said[at - 1] in not_after):
                off.add(aid)
    return off


_SHORT_AID = 3  # letters of the shortest last part of an aid's name read as that aid
_AID_CARD = "hjaelpemiddel"  # the independence card of a goal done with an aid (cards.yaml)


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
        words = _instead_words(clause, ctx)
        if not words or said(clause, dialogue, "complaints", _READ_WORDS, anywhere=True):
            continue  # "tre gange er for tit skriv en gang om ugen i stedet": no wish to write
        facts = wish(" ".join(words))
        action = str((getattr(facts, "extras", None) or {}).get("action") or "").split()
        opens = bool(action) and normalise(action[0]) == normalise(words[0])  # "svømme …"
        if opens and normalise(words[0]) in ctx.content.lexicon.aid_use_words:
            opens = False  # "med stokken i stedet for rollatoren": a new aid, no new wish
        time_leads = dialogue.words.get("instead_time_leads", ())
        dated = facts.deadline or reply.facts.deadline  # "… den 8. februar": split at "8."
        if opens and dated and normalise(words[0]) in time_leads:
            opens = False  # "hellere til min fødselsdag den 8. februar": a new date, no wish
        if facts.activity and opens and facts.activity != s.slots.get("activity"):
            s.slots["activity"], s.slots["own_action"] = facts.activity, " ".join(action)
            return sorted({*changed, "activity"})
        return changed  # the first clause of "hellere" names no new activity
    return changed


def measure_anew(s, changed: list[str], step_kind: str) -> None:
    """A new wish on the summary without a measure of its own: the old wish's measure ("en tur
    rundt om søen" for "svømme") is dropped and the measure question asked anew."""
    if step_kind in _SUMMARY and "activity" in changed and "measure" not in changed:
        _restore(s, {}, (*_MEASURE_SLOTS, "measure_each_time", "measure_way"))
        s.answered = [a for a in s.answered if a != "measure"]
    if step_kind in _SUMMARY and "activity" in changed and "aids" not in changed:
        # "nej det er min kones idé … jeg vil hellere hjælpe graveren": the old wish's aid (the
        # pill box) is no means of the new one; how one will manage is asked anew
        _restore(s, {}, ("aids", "aid_said", "aid_words"))
        if s.slots.get("independence") == _AID_CARD:
            s.slots.pop("independence", None)
            s.answered = [a for a in s.answered if a != "independence"]


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
    heads = {normalise(w) for w in ctx.dialogue.words.get(key, ())}
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
    leads = {normalise(w) for w in dialogue.words.get("correction_leads", ())}
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


_MEASURE_SLOTS = ("measures", "criterion", "criterion_card")


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


def _recount(s, text: str, ctx: Ctx) -> bool:
    """Put a new count of the goal's measure in its place ("otte kort", "hellere otte");
    False when the answer says none."""
    current = _current_count(s.slots, ctx)
    if current is None:
        return False
    noun, where = current
    numbers = ctx.content.lexicon.numbers
    fillers = ctx.dialogue.yes_no.fillers
    leads = {normalise(w) for w in ctx.dialogue.words.get("correction_leads", ())}
    negations = {normalise(w) for w in ctx.dialogue.words.get("negations", ())}
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
            bare = end == len(words) and all(x in leads for x in words[:i])
            if not (counted or bare):
                continue
            if where is None:  # a measure in a unit: {"value": 500, "unit": "meter"}
                unit = s.slots["measures"][0]["unit"]
                s.slots["measures"] = [{"value": _plain(value), "unit": unit}]
            else:  # the person's own sign ("ti kort"): the new number said, the rest kept
                rest = str(s.slots["criterion"]).split()[where:]
                s.slots["criterion"] = " ".join([*said_words[i:end], *rest])
                s.slots.pop("criterion_card", None)
            return True
    return False


def _resign(s, text: str, any_clause: bool, ctx: Ctx) -> bool:
    """Put a new sign said in the words of the goal's own in its place: the first clause of
    "hellere" (on the change step any clause) that says none of "ikke" and shares a content
    word with the sign ("hellere bare knapperne foran" for "alle knapperne selv, også dem i
    ærmerne"); False when none does."""
    criterion = s.slots.get("criterion")
    if not criterion or s.slots.get("criterion_card"):
        return False
    dialogue = ctx.dialogue
    own = _content_lemmas(str(criterion), ctx)
    fillers = dialogue.yes_no.fillers
    leads = {normalise(w) for w in dialogue.words.get("correction_leads", ())}
    leads |= {normalise(w) for w in dialogue.words.get("correction_instead", ())}
    negations = {normalise(w) for w in dialogue.words.get("negations", ())}
    for clause in clauses(text, dialogue):
        instead = said(clause, dialogue, "correction_instead", _READ_WORDS, anywhere=True)
        said_words = [w for w in clause.split() if normalise(w, fillers)]
        words = [normalise(w) for w in said_words]
        if not (instead or any_clause) or negations & set(words):
            continue
        while words and words[0] in leads:  # "hellere bare …": the sign follows
            words, said_words = words[1:], said_words[1:]
        if len(words) < 2 or not own & _content_lemmas(" ".join(words), ctx):
            continue
        sign = [w.rstrip(",.") for w in said_words]
        old = str(criterion).split()
        if _verb_kept(old, sign, own, ctx):  # "knapperne foran": the old sign's verb before it
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
    negations = {normalise(w) for w in ctx.dialogue.words.get("negations", ())}
    said_words = [w.strip(_EDGE) for w in text.split()]
    words = [normalise(w) for w in said_words]
    new = next(
        (
            k
            for k in range(1, len(words))
            if words[k] in parts
            and words[k - 1] in leads
            and not (k > 1 and words[k - 2] in negations)
        ),
        None,
    )
    if new is None:
        return False
    part = lexicon.lemma(words[new])
    old_words = str(s.slots.get("frequency_said") or "").split()
    at = next((i for i, w in enumerate(old_words) if normalise(w.strip(_EDGE)) in parts), None)
    if at is not None:  # "hver aften", "to gange om ugen om aftenen": that word changes
        old = normalise(old_words[at].strip(_EDGE))
        if lexicon.lemma(old) == part:
            return False  # the time of the goal said again
        old_words[at] = part if lexicon.lemma(old) == old else said_words[new]
        s.slots["frequency_said"] = " ".join(old_words)
        return True
    phrase = " ".join(said_words[new - 1 : new + 1])  # "om morgenen", as said
    freq = s.slots.get("frequency")
    if not freq or freq == _DAILY:  # "om morgenen" says every day in the person's words
        s.slots["frequency"] = dict(_DAILY)
        s.slots["frequency_said"] = phrase
        return True
    how_often = " ".join(old_words) or frequency_phrase(freq, goal_templates(s, ctx.content))
    s.slots["frequency_said"] = f"{how_often} {phrase}"
    return True


def _same_noun(said: str, noun: str) -> bool:
    """True when `said` is the noun or its last part ("kort" for "julekort")."""
    return said == noun or (len(said) >= _SHORT_AID and said.isalpha() and noun.endswith(said))


def _plain(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value
