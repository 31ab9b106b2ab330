"""A wish typed as fragments in any order, read piece by piece into slots (pure).

Each part of the answer gets one role from its word class: a verb part (an infinitive, with its
particle, "igen" or "selv" beside it at most: "Slibe igen.", "Muge ud."), a thing (a noun said
bare or definite, owner before it at most: "Rav.", "Ponyerne."; a word no table knows beside one
verb: "Gokart."), a person (a person word, owner before it at most: "Barnebarnet."), "igen" alone,
"selv" alone, or fillers. An answer with a part of no role, or with no thing nor person, is no
wish in slots. The slots make one phrase in a fixed order, whatever the order the parts were typed
in: the verbs (joined by "og"), the object (the thing nearest the verb that is no known place),
the other things with their lead (a place's preposition, a bare thing a verb of making makes
"til", else the place lead; any other bare thing makes no phrase), the person a verb is done to
with its lead ("ringe til datteren"), else the people with the company lead, then "igen"; a
typed "selv" stays a part after the phrase. So "Rav. Slibe igen. Smykker." is "Slibe rav til
smykker igen", "Ponyerne. Strigle. Fodre." is "Strigle og fodre ponyerne", "Gokart. Køre igen.
Barnebarnet." is "Køre gokart med barnebarnet igen".

fragments.joined_fragments asks this reader when its own rules (one verb beside one thing, a
pointed pronoun, a ride, a walk, a made thing finished, ...) make no phrase, and first for a
person a verb is done to ("Konen. Hjælpe.").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from assistant.content.grammar import Grammar

# the role of a thing part: (the word's index, said bare) or None when the part is no thing; its
# second argument allows a word no table knows ("Gokart."), for a wish of one verb only
Noun = Callable[[int, bool], tuple[int, bool] | None]


def slot_phrase(
    words: Sequence[str],
    said: Sequence[str],
    parts: Sequence[tuple[int, int]],
    verbs: Sequence[int],
    lex,
    g: Grammar,
    noun: Noun,
    uncapped: Callable[[str, str], str],
    told_only: bool = False,
) -> str | None:
    """The wish's phrase of its slots (see the module), None when a part has no role.

    `parts` are the fragments' spans (fillers before a part left out), `verbs` the parts that
    open with the wish's verb; `noun(n)` tells a thing part, `uncapped(thing, word)` drops the
    capital a part typed as a sentence gave a thing; `told_only`: a phrase only when the verb is
    done to the person said ("Konen. Hjælpe. Køkkenet.": "hjælpe konen i køkkenet"), else None."""
    cues = lex.action
    if not verbs or cues is None:
        return None
    skip = g.fillers | lex.fillers
    again, own, particles = cues.fragment_after, g.independence_words, cues.fragment_particles
    verb_words: list[list[str]] = []
    agains: list[str] = []
    owns: list[str] = []
    for n in verbs:
        said_in = [k for k in range(*parts[n]) if words[k] not in skip]
        rest = [k for k in said_in[1:] if words[k] not in again | own]
        if not said_in or any(words[k] not in particles for k in rest) or len(rest) > 1:
            return None  # "hente avisen": a verb with its own words is the other rules'
        verb_words.append([said[said_in[0]], *(said[k] for k in rest)])  # "Muge ud."
        agains += [said[k] for k in said_in[1:] if words[k] in again]
        owns += [said[k] for k in said_in[1:] if words[k] in own]
    things: list[tuple[int, int, bool]] = []  # (part, word, bare)
    people: list[tuple[int, int]] = []  # (part, person word)
    for n, (s, e) in enumerate(parts):
        if n in verbs:
            continue
        said_in = [k for k in range(s, e) if words[k] not in skip]
        if not said_in:
            continue  # "øh.": says nothing
        if all(words[k] in again for k in said_in):
            agains += [said[k] for k in said_in]
        elif all(words[k] in own for k in said_in):
            owns += [said[k] for k in said_in]
        elif (who := _person(words, said_in, lex)) is not None:
            people.append((n, who))
        elif (found := noun(n, len(verbs) == 1)) is not None:
            things.append((n, *found))
        else:
            return None  # "ikke.", "hele vejen.": a part of no slot
    if not things and not people:
        return None
    heads = [w.lower() for v in verb_words for w in v[:1]]
    if any(words[k].startswith(h) for _n, k, _b in things for h in heads):
        return None  # "sy. syltetøj.": a thing named by the verb is its tool (fragment_tool.py)
    objects = [t for t in things if not g.place_preposition(words[t[1]])]
    # the thing typed nearest the verb, one before it first ("Smykker. Rav. Slibe igen.": rav)
    v = verbs[0]
    objects.sort(key=lambda t: (abs(t[0] - v), t[0] > v))
    first = objects[0] if objects else None
    told: list[str] = []  # the person the deed is done to ("ringe til datteren")
    if people and not objects:
        # "Datteren. Ringe. Selv.", "Barnebarnet. Passe. Igen.": a verb done to a person takes
        # the one person said with its lead (action_fragment_person_leads); with any other verb
        # the person may be company or the one done to ("Spille. Barnebarnet."): no phrase
        leads = cues.fragment_person_leads
        verb = words[parts[verbs[0]][0]] if len(verbs) == 1 and len(people) == 1 else ""
        if verb not in leads or len(verb_words[0]) > 1:
            return None
        told = [*leads[verb].split(), _person_said(words, said, parts, people[0], skip, uncapped)]
        people = []
    if told_only and not told:
        return None
    phrase = _joined(verb_words, g.and_word)
    if first is not None and phrase[0].endswith(",") and len(verb_words[0]) == 1:
        phrase[0] = phrase[0][:-1]  # "passe kaninerne, fodre og muge ud": the comma after it
        phrase.insert(1, f"{_thing(words, said, parts, first, uncapped)},")
    elif first is not None:
        # right after the first verb, before its particle ("grave kartofler op"), when one verb
        # or one with a particle ("Hønsene. Fodre. Muge ud.": "fodre hønsene og muge ud"); else
        # after all ("strigle og fodre ponyerne")
        at = 1 if len(verb_words) == 1 or any(len(v) > 1 for v in verb_words) else len(phrase)
        phrase.insert(at, _thing(words, said, parts, first, uncapped))
    phrase += told
    made = words[parts[verbs[0]][0]] in cues.fragment_made_verbs
    for t in things:
        if t is first:
            continue
        lead = g.place_preposition(words[t[1]])
        if not lead and t[2] and not made:
            return None  # "Sild. Fange. Net.": a second bare thing of a verb that makes none
        lead = lead or (cues.fragment_made_lead if t[2] else cues.fragment_place_lead)
        phrase += [lead, _thing(words, said, parts, t, uncapped)]
    for person in people:
        who = _person_said(words, said, parts, person, skip, uncapped)
        phrase += [cues.fragment_company_lead, who]
    phrase += [a.lower() for a in dict.fromkeys(agains)][:1]
    return ". ".join([" ".join(phrase), *(o.lower() for o in dict.fromkeys(owns))])


def _joined(verbs: list[list[str]], and_word: str) -> list[str]:
    """The verbs (each with its particle) as one list: "strigle og fodre", "strigle, fodre og
    muge", "fodre og muge ud"."""
    said = [" ".join(v) for v in verbs]
    said = [said[0], *(v.lower() for v in said[1:])]
    if len(said) == 1:
        return said[0].split()
    listed = [*(f"{w}," for w in said[:-2]), said[-2], and_word, said[-1]]
    return " ".join(listed).split()


def _person_said(words, said, parts, person: tuple[int, int], skip, uncapped) -> str:
    """The person part as said, fillers aside, without a sentence's capital ("barnebarnet")."""
    n, k = person
    s, e = parts[n]
    return uncapped(" ".join(said[j] for j in range(s, e) if words[j] not in skip), words[k])


def _person(words, said_in: list[int], lex) -> int | None:
    """The person word of a part that is one ("Barnebarnet.", "min datter."), else None."""
    if len(said_in) == 2 and words[said_in[0]] in lex.owners:
        said_in = said_in[1:]
    return said_in[0] if len(said_in) == 1 and words[said_in[0]] in lex.people else None


def _thing(words, said, parts, thing: tuple[int, int, bool], uncapped) -> str:
    """The thing of a part as said, with its owner ("min seng"), without a sentence's capital."""
    n, k, _bare = thing
    s = parts[n][0]
    out = " ".join(said[j] for j in range(s, k + 1))
    return uncapped(out, words[k])
