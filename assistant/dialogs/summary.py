"""How the summary phase reads an answer: the sub-goals, the goal to confirm, what to change."""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.content.yesno import normalise
from assistant.dialogs.cards import around_said, clauses, has_words, said
from assistant.dialogs.draft import goal_fields, goal_templates
from assistant.dialogs.reply import (
    FINISH,
    OK,
    REJECT,
    STAY,
    UNUSABLE,
    Ctx,
    Outcome,
    Reply,
    card,
    confirms_goal,
    courteous_yes,
    dont_know,
    is_no,
    is_yes,
    kept,
    no_to_goal,
    numbered,
    only_courtesy,
    said_parts,
    spelled,
    turns_down,
    yes_but,
    yes_first,
)
from assistant.dialogs.told_kind import SPAN_SAID
from assistant.dialogs.wordlists import word_set
from assistant.nlp.activity import content_stop_words
from assistant.nlp.compose import compose

COMPLAINT_WORDS = 20  # longest answer read for a complaint ("… 3 gange det er for meget …")
DENIAL_REACH = 2  # words between a negation and the complaint it denies ("ikke helt for svært")


def subgoals(step, s, r: Reply, ctx: Ctx) -> Outcome:
    editing, s.subgoal_edit = s.subgoal_edit, None  # a step chosen on the summary: this answer only
    # "Hao. Godt.": a yes in the person's first language beside the Danish one is courtesy
    if steps_yes(r, ctx) or dont_know(r, ctx) or s.subgoal_changes >= 4:
        s.subgoals_accepted = True
        return OK
    items = s.subgoals or []
    chosen = r.card is None and r.text and isinstance(editing, int) and 0 <= editing < len(items)
    own = None if chosen or r.card is not None or not r.text else own_first_step(r, ctx)
    if r.card == card(ctx, "subgoals_easier") or (not chosen and not own and _too_hard(r, ctx)):
        # "ja nej, det første trin er for svært", "de er for svære": the easier steps
        s.subgoal_easier = min(2, s.subgoal_easier + 1)
        s.subgoals = None
    elif (number := numbered(ctx, "remove_subgoal", r.card)) is not None:
        if not _remove_subgoal(s, number):
            return UNUSABLE
    elif chosen:
        items[editing]["text"] = kept(spelled(r))  # the step chosen on the summary
        s.subgoals_custom = True
    elif own and items and yes_but(r, ctx):
        # "ja, men jeg vil først øve serven": the yes kept back for a first step of one's own
        items[0]["text"] = kept(own)
        s.subgoals_custom = True
    elif r.card is None and r.facts is not None and not r.facts.is_empty():
        pass  # facts were noted (they may change the goal and so the steps)
    elif r.card is None and r.text and items and not is_no(r, ctx) and not only_courtesy(r, ctx):
        items[0]["text"] = kept(spelled(r))
        s.subgoals_custom = True
    else:
        return UNUSABLE
    s.subgoal_changes = s.subgoal_changes + 1
    return STAY


def steps_yes(r: Reply, ctx: Ctx) -> bool:
    """True for a yes to the sub-goals: the yes card, a short typed yes, or a typed yes said
    first that talks on without turning them down ("Ja, det er fornuftige trin, sådan ville jeg
    også have lagt det op med en elev") and says no first step of its own; "ja, men jeg vil
    først øve serven" and "ja nej, det første trin er for svært" are no yes."""
    if r.card is not None:
        return courteous_yes(r, ctx)
    read = _complaints_denied(r, ctx)  # "Ja, det er ikke for svært.": no complaint to read
    if yes_but(read, ctx):
        return False
    if courteous_yes(read, ctx):
        return True
    own_step = said(r.text, ctx.dialogue, "first_step_leads", FIRST_STEP_WORDS, anywhere=True)
    return confirms_goal(read, ctx) and not own_step


def _too_hard(r: Reply, ctx: Ctx) -> bool:
    """True for a typed answer to the sub-goals that finds them too hard (dialogue.yaml
    `steps_too_hard`: "nej det er for svært", "de er for store skridt"): easier ones are made;
    one said not to be ("det er ikke for svært") is no complaint (`_complaints_denied`)."""
    return r.card is None and said(
        _complaints_denied(r, ctx).text,
        ctx.dialogue,
        "steps_too_hard",
        COMPLAINT_WORDS,
        anywhere=True,
    )


def _complaints_denied(r: Reply, ctx: Ctx) -> Reply:
    """The typed answer without the complaints it denies (a word of dialogue.yaml
    `steps_fine_negations` at most `DENIAL_REACH` words before a phrase of `steps_too_hard` or
    `complaints`): "ja de er fine, ikke for meget på en gang" is read as "ja de er fine, på en
    gang", "Ja, det er slet ikke for hårdt." as "Ja, det er slet"; "nej, de er for svære" and
    "ikke for svært, men for mange" keep their complaint."""
    if r.card is not None or not r.text:
        return r
    dialogue = ctx.dialogue
    negations = word_set(dialogue, "steps_fine_negations")
    phrases = {
        tuple(normalise(p).split())
        for key in ("steps_too_hard", "complaints")
        for p in dialogue.words.get(key, ())
    }
    words = r.text.split()
    folded = [normalise(w) for w in words]
    keep = [True] * len(words)
    for i, word in enumerate(folded):
        if word not in negations:
            continue
        for gap in range(DENIAL_REACH):
            start = i + 1 + gap
            found = [p for p in phrases if p and tuple(folded[start : start + len(p)]) == p]
            if found:
                end = start + max(len(p) for p in found)
                keep[i:end] = [False] * (end - i)
                break
    if all(keep):
        return r
    kept = [w if k else w[len(w.rstrip(",.;:!?")) :] for w, k in zip(words, keep, strict=True)]
    return replace(r, text=" ".join(w for w in kept if w))


def _remove_subgoal(s, number: int) -> bool:
    """Remove step N (a remove-sub-goal card) while more than two steps remain; False if not."""
    items = s.subgoals or []
    index = number - 1
    if len(items) <= 2 or not 0 <= index < len(items):
        return False
    items.pop(index)
    s.subgoals_custom = True
    return True


def confirm(step, s, r: Reply, ctx: Ctx) -> Outcome:
    removed = numbered(ctx, "remove_subgoal", r.card)
    if removed is not None:  # remove a step right on the summary
        return STAY if _remove_subgoal(s, removed) else UNUSABLE
    changed = numbered(ctx, "change_subgoal", r.card)
    if changed is not None:  # retype one step, then back to the summary
        index = changed - 1
        if not 0 <= index < len(s.subgoals or []):
            return UNUSABLE
        s.subgoal_edit, s.subgoals_accepted, s.forced = index, False, "subgoals"
        s.answered = [a for a in s.answered if a != "subgoals"]  # asked again, then back
        return STAY
    if confirms_goal(r, ctx):  # "ja. det vil jeg gerne. jeg gider ikke vente i pyjamas"
        s.confirmed, s.confirmed_by = True, r.said_by
        return FINISH
    if r.card == card(ctx, "change_goal") or (
        r.card is None and said(r.text, ctx.dialogue, "change")
    ):
        s.changing = True
        return OK
    if yes_with_remark(r, s, ctx):  # "ja. det kort kan jeg godt have, men ikke den dims"
        s.confirmed, s.confirmed_by = True, r.said_by
        return FINISH
    if no_to_goal(r, ctx) or yes_but(r, ctx):  # never sent as confirmed: ask what to change
        # "nej ikke hver dag" names what is wrong: the change step asks for its new value
        s.changing = True
        s.change_hint = change_target(r, ctx) if r.card is None else None
        return OK
    if r.card is None and r.facts is not None and not r.facts.is_empty():
        return STAY  # the facts changed the goal: show it again
    return UNUSABLE


#: Fewest words of a clause read as the person's own first step ("jeg vil først øve knapkrogen").
STEP_WORDS = 3


def steps_no(r: Reply, ctx: Ctx) -> bool:
    """True for a typed no on the summary that names the steps ("nej. skridtene er ikke
    rigtige", "nej det første trin er forkert", "næ rækkefølgen passer ikke"): what is wrong
    is the steps, not the goal, so the words after it say a step, not a new goal."""
    return (
        r.card is None and is_no(r, ctx) and ctx.dialogue.change_targets.found(r.text, "subgoals")
    )


def own_first_step(r: Reply, ctx: Ctx) -> str | None:
    """The words of a no naming the steps that say the person's own first step ("nej.
    skridtene er ikke rigtige. jeg vil først øve knapkrogen ved bordet"): the first clause that
    says a step of one's own (`_step_said`), names no step, finds nothing wrong and says no
    "ikke" (a comma part of one: "det første skridt er forkert, jeg vil starte med …"; the
    parts after it kept: "…, der ligger på bordet"), without the words that lead a correction
    ("nej", "men"), as said (æøå restored); None when no clause says one."""
    dialogue = ctx.dialogue
    fillers = dialogue.yes_no.fillers
    leads = word_set(dialogue, "correction_leads")
    negations = word_set(dialogue, "negations")
    for clause in clauses(spelled(r), dialogue):
        parts = clause.split(",")  # "det første skridt er forkert, jeg vil starte med …"
        for k, part in enumerate(parts):
            if dialogue.change_targets.found(part, "subgoals") or complaint(part, dialogue):
                continue
            if said(part, dialogue, "steps_too_hard", COMPLAINT_WORDS, anywhere=True):
                continue  # "det er for hårdt til at starte med": a remark, no step
            words = part.split()
            while words and normalise(words[0], fillers) in leads | {""}:
                words = words[1:]
            folded = {normalise(w) for w in words}
            if len(words) >= STEP_WORDS and not negations & folded and _step_said(part, ctx):
                return ",".join([" ".join(words), *parts[k + 1 :]]).strip(" ,")
    return None


#: Most words of an answer to the steps read for a first step's lead ("… først vil jeg …").
FIRST_STEP_WORDS = 40


def first_step_said(r: Reply, ctx: Ctx) -> bool:
    """True for a typed answer to the steps that says the person's own first step ("først vil
    jeg øve med påtageren på sengekanten", "jeg vil starte med at gå 100 meter"): its words
    are the step's, not new values of the goal."""
    return (
        r.card is None
        and not is_yes(r, ctx)
        and not is_no(r, ctx)
        and said(r.text, ctx.dialogue, "first_step_leads", FIRST_STEP_WORDS, anywhere=True)
    )


def _step_said(part: str, ctx: Ctx) -> bool:
    """True for words that say a step of one's own ("først vil jeg …", "jeg vil starte med
    …", "hellere gå til postkassen"), not a remark on the steps ("de skal være mindre")."""
    return any(
        said(part, ctx.dialogue, key, FIRST_STEP_WORDS, anywhere=True)
        for key in ("first_step_leads", "correction_instead")
    )


def new_steps(s, step_text: str | None) -> Outcome:
    """A no naming the steps: the person's own first step takes the first step's place and
    the summary comes again; without one, the steps are asked again ("Er de gode?")."""
    s.changing, s.change_hint = False, None
    items = s.subgoals or []
    if step_text and items:
        items[0]["text"] = kept(step_text)
        s.subgoals_custom = True
        return STAY
    s.forced, s.subgoals_accepted = "subgoals", False
    s.answered = [a for a in s.answered if a != "subgoals"]  # asked again, then back
    return STAY


def complaint(text: str, dialogue, card: str | None = None) -> bool:
    """True for a typed answer that finds a value wrong ("det er for tit", "for langt")."""
    return card is None and said(text, dialogue, "complaints", COMPLAINT_WORDS, anywhere=True)


def complaint_value(text: str, dialogue) -> str:
    """The words of a part that finds a value wrong which give the new value: after the
    complaint ("3 uger er for hurtigt skriv til påske i stedet"), or before it when only that
    side says "hellere" / "i stedet" ("nej hellere hver anden søndag det bliver for meget hver
    søndag": what follows "for meget" is the value turned down)."""
    before, after = around_said(text, dialogue, "complaints")
    if said(before, dialogue, "correction_instead", COMPLAINT_WORDS, anywhere=True) and not said(
        after, dialogue, "correction_instead", COMPLAINT_WORDS, anywhere=True
    ):
        return before
    return after


def stopped(r: Reply, dialogue) -> bool:
    """True for the stop card or words that stop ("glem det hele"), not a mere "nej"."""
    return r.card == "stop" or (r.card is None and dialogue.change_targets.matches(r.text, "stop"))


def change_target(r: Reply, ctx: Ctx) -> str | None:
    """Return the step a typed answer asks to change ("det er for tit" → frequency), if any."""
    names = tuple(n for n in ctx.dialogue.change_targets.groups if n not in ("stop", "nothing"))
    target = ctx.dialogue.change_targets.first_group(r.text, names)
    if (
        target in (None, "measure")
        and r.facts is not None
        and (r.facts.extras or {}).get(SPAN_SAID)
    ):
        return "deadline"  # "nej 2 måned er for kort": a span is short, not an amount
    return target


#: Most words of a no to "Hvad vil du rette? Eller vil du stoppe?" read as a stop; a longer no
#: tells what is wrong ("nej altså hele plænen det kan jeg ikke i starten så først forhaven").
SHORT_NO = 5


def _short_no(r: Reply, ctx: Ctx) -> bool:
    """True for a no said short ("nej", "nej tak, det er godt"): no wish to change a thing."""
    words = normalise(r.text, ctx.dialogue.yes_no.fillers).split()
    return is_no(r, ctx) and len(words) <= SHORT_NO


def aid_kind_named(r: Reply, ctx: Ctx) -> Reply:
    """The answer to "Hvad vil du rette?" without the word for aids as a kind among its aids
    ("hjælpemidlerne skal rettes"): it names what to change, no aid of the goal, so the aid
    question is asked again; a thing named beside it stays ("… en rollator i stedet")."""
    facts = r.facts
    kinds = word_set(ctx.dialogue, "aid_kind_words")
    if r.card is not None or facts is None or not kinds & {normalise(a) for a in facts.aids}:
        return r
    aids = tuple(a for a in facts.aids if normalise(a) not in kinds)
    independence = facts.independence if aids else None
    return replace(r, facts=replace(facts, aids=aids, independence=independence))


def change(step, s, r: Reply, ctx: Ctx) -> Outcome:
    """What to change on the summary: a card or words naming it, a new value, or stop."""
    s.changing, hint, s.change_hint = False, s.change_hint, None
    if r.card is not None and stopped(r, ctx.dialogue):  # the stop card
        return REJECT
    card = ctx.dialogue.cards.get(r.card or "")
    target = str(card.value) if card is not None and card.value else None
    if r.card is None and dont_know(r, ctx):
        if hint is None:
            return OK  # back to the summary
        target = hint  # "ved ikke" to "Hvor tit skal det så være?": that question, with cards
    elif r.card is None and ctx.dialogue.change_targets.matches(r.text, "nothing"):
        return OK
    elif r.card is None and has_words(r.text):
        target = change_target(r, ctx)
        if target is None and (stopped(r, ctx.dialogue) or _short_no(r, ctx)):
            return REJECT
        target = target or hint  # an answer to "Hvor tit skal det så være?" not understood
    if target and ctx.dialogue.has_step(target):
        s.forced = target
        if target == "subgoals":
            s.subgoals_accepted = False
        return OK
    return UNUSABLE  # the engine goes back to the summary when the answer gave a new value


def already_without(r: Reply, s, ctx: Ctx) -> str | None:
    """The things a change asks to leave out ("uden GPS", "ikke noget ur") when the goal holds
    none of them (not in its sentence, not among its aids), as the person wrote them; else
    None. Such a change asks for nothing new: the goal already is so."""
    if r.card is not None:
        return None
    words = ctx.dialogue.words
    tokens = re.findall(r"[^\W_]+", r.text)
    folded = [normalise(t) for t in tokens]
    leads = [normalise(p).split() for p in words.get("change_without_leads", ())]
    skip = word_set(ctx.dialogue, "change_without_skip")
    clause = word_set(ctx.dialogue, "change_without_clause")
    things = []
    for k in range(len(folded)):
        for lead in leads:
            if folded[k : k + len(lead)] != lead:
                continue
            j = k + len(lead)
            if j < len(folded) and folded[j] in clause:
                continue
            while j < len(folded) and folded[j] in skip:
                j += 1
            if j < len(folded) and tokens[j] not in things:
                things.append(tokens[j])
    if not things or _goal_holds(s, things, ctx):
        return None
    return ", ".join(things)


def _goal_holds(s, things: list[str], ctx: Ctx) -> bool:
    """True when the goal as shown before this answer names one of `things` (in its sentence
    or among its aids), in any inflection."""
    now, s.slots = s.slots, s.last_history()["slots"]  # the goal as shown before this answer
    try:
        fields = goal_fields(s, ctx.content)
        text, _ = compose(fields, goal_templates(s, ctx.content))
    finally:
        s.slots = now
    lexicon = ctx.content.lexicon
    held = {normalise(w) for w in text.split()} | {normalise(a) for a in fields.get("aids") or []}
    held |= {normalise(lexicon.lemma(w)) for w in list(held)}
    for thing in things:
        forms = {normalise(thing), normalise(lexicon.lemma(normalise(thing)))}
        if any(_same_word(f, h) for f in forms for h in held):
            return True
    return False


def yes_with_remark(r: Reply, s, ctx: Ctx) -> bool:
    """True for a typed yes whose only parts that turn down refuse a thing the goal does not
    hold ("ja. det kort kan jeg godt have i lommen, men ikke den dims", "ja, uden rollator"):
    the goal already is so, a yes. Not when the answer gives a new value or names it."""
    facts = r.facts
    if not yes_but(r, ctx) or facts is None:
        return False
    if facts.frequency or facts.deadline or facts.measures:
        return False  # "ja, men ikke hver dag, hver anden dag": a new value
    yes_no = ctx.dialogue.yes_no
    parts = said_parts(r.text, yes_no.fillers)
    head = yes_first(parts[0], yes_no) or ""
    down = [p for p in (head, *parts[1:]) if turns_down(p, yes_no)]
    things = [_thing_refused(p, ctx) for p in down]
    if not things or None in things or said(r.text, ctx.dialogue, "correction_instead"):
        return False
    return not _goal_holds(s, things, ctx)


def _thing_refused(part: str, ctx: Ctx) -> str | None:
    """The one thing a part refuses ("men ikke den dims": "dims"), its words being leads
    (`correction_leads`), a no (`aid_off_leads`), small words (`aid_off_between`) and that
    thing; None for any other part ("men ikke om søndagen", "ikke det mål")."""
    words = ctx.dialogue.words
    leads = word_set(ctx.dialogue, "correction_leads")
    offs = [normalise(p).split() for p in words.get("aid_off_leads", ())]
    between = word_set(ctx.dialogue, "aid_off_between")
    grammar, lexicon = ctx.content.goals.grammar, ctx.content.lexicon
    told = normalise(part, ctx.dialogue.yes_no.fillers).split()
    while told and told[0] in leads:
        told = told[1:]
    off = next((o for o in offs if told[: len(o)] == o), None)
    if off is None:
        return None
    rest = [w for w in told[len(off) :] if w not in between]
    if len(rest) != 1 or not rest[0].isalpha():
        return None
    thing = rest[0]
    stop = content_stop_words(ctx.content)
    if thing in grammar.function_words or thing in stop or lexicon.lemma(thing) in stop:
        return None
    if thing in {normalise(w) for w in lexicon.classes.get("adv", ())}:
        return None  # "jo men ikke helt": a doubt of degree, no thing refused
    return thing


#: Letters a word may add to another and still be it ("kuglepennen" for "kuglepen").
_INFLECTION = 3
_STEM = 4  # letters of the shortest word read with an ending


def _same_word(said: str, held: str) -> bool:
    """True when `said` is `held` or `held` inflected ("kuglepennen", "sedlerne")."""
    if said == held:
        return True
    short, long_ = sorted((said, held), key=len)
    grown = len(long_) - len(short)
    return len(short) >= _STEM and long_.startswith(short) and grown <= _INFLECTION
