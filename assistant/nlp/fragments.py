"""A wish said in short fragments is one phrase: "sengen. rede den. selv" is "rede sengen. selv",
"hente avisen. postkassen" is "hente avisen ved postkassen", "gå. parken" is "gå til parken".

An answer of at least two parts (split at sentence marks and commas), each of a few words, with
exactly one part that opens with an infinitive (the verb part) and at least one part that is a
thing in its definite form ("sengen", "min seng") or a known place ("haven"): an object pronoun
of the verb part takes the nearest such thing ("tæppet. lægge det på": "lægge tæppet på"), and a
place pointed at ("kirken. komme derhen") is that thing with the way there ("komme hen til
kirken"); a verb said alone that is no motion verb takes the first thing as its object ("hente.
avisen") unless it is a known place ("haven. sidde": "sidde i haven"). Every other thing is where
the wish is done: the first place after a motion verb with the motion lead ("gå til parken"), any
other with the preposition the place takes (grammar.place_preposition: "læse avisen i haven"),
else the place lead ("hente avisen ved postkassen", "gå til parken ved søen"). A verb said alone
that is done to a person takes the first name said beside it ("ringe. Edith": "ringe til Edith").
The phrase goes first; every other part stays as said.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from assistant.content.grammar import Grammar, fold
from assistant.nlp.fragment_finish import finished_thing
from assistant.nlp.fragment_homograph import compound_thing, definite_plural_of, said_as_deed
from assistant.nlp.fragment_name import said_name
from assistant.nlp.fragment_object import definite_object
from assistant.nlp.fragment_outing import meal_outing
from assistant.nlp.fragment_pointed import agrees
from assistant.nlp.fragment_ride import ride_phrase
from assistant.nlp.fragment_slots import slot_phrase
from assistant.nlp.fragment_tool import deed_tool
from assistant.nlp.fragment_walk import walk_parts
from assistant.nlp.memo import once
from assistant.nlp.syncope_plural import syncope_singular


def joined_fragments(
    words: Sequence[str],
    said: Sequence[str],
    punct: Sequence[bool],
    lemmas: Sequence[str],
    stops: Sequence[bool],
    lex,
    g: Grammar,
    definite: Callable[[str], str | None],
    person: Callable[[str], bool] = lambda _w: False,
    place: Callable[[str], bool] = lambda _w: False,
) -> str | None:
    """The answer as one phrase when it is a wish in fragments (see the module), else None.

    `words`, `said`, `punct`, `lemmas`, `stops`: the token columns (lower case, as said, a mark,
    the lemma, a stop word); `definite` gives a word's definite form (None when unknown);
    `person` and `place` tell a first name and a place name (lower case)."""
    cues = lex.action
    if cues is None or not cues.fragment_max:
        return None
    parts = _parts(punct)
    if len(parts) < 2 or any(e - s > cues.fragment_max for s, e in parts):
        return None
    skip = g.fillers | lex.fillers
    # "øh sengen. rede. selv.": a part opens after its fillers (a part of fillers only stays)
    parts = [(next((k for k in range(s, e) if words[k] not in skip), s), e) for s, e in parts]
    lead = skip | g.independence_words  # "posten. selv hente": "selv" before the verb
    verbs = [n for n, (s, e) in enumerate(parts) if _verb_part(words, s, e, lex, g, lead)]
    typed = verbs
    # "blomsterne. vande. selv.": "selv" and "igen" are no nouns that "vande" is listed beside
    alone = lead | cues.fragment_after
    # … but "Rejer. Pille selv.": a word that is a noun too, said with "selv", is the deed
    verbs = [
        n
        for n in verbs
        if said_as_deed(words, parts[n], g, cues)
        or not _listed_noun(words, lemmas, parts, n, lex, alone)
    ]
    # "gå. kroen. ikke. stoppe.": a verb typed alone right after "ikke." is a deed refused, said
    # after the phrase ("uden at stoppe", fragment_walk.py), no verb of the wish
    verbs = [n for n in verbs if not _refused(words, parts, n, cues)]
    # "tæppe. hækle. færdigt.": of two verbs the one that is a noun by its plural is the thing
    made = _made_verbs(words, lemmas, parts, verbs, lex, lead)
    if (
        done := finished_thing(words, said, parts, made, lex, g, definite, lead, person)
    ) is not None:
        return done  # "dukkehus. færdig.": "gøre dukkehuset færdigt" (fragment_finish.py)
    devices = _device_parts(words, parts, verbs, cues, skip, lead)  # "tablet. se ham"
    things = {
        n: k
        for n, (s, e) in enumerate(parts)
        if n not in devices
        and words[e - 1] not in lex.people  # "min søn. Peter. ringe til ham": a person
        and (k := _thing_part(words, lemmas, stops, s, e, lex, g, definite)) is not None
    }
    # "gå. kroen. ikke. brugsen.": a thing typed right after "ikke." is refused: no place or
    # object of the phrase; both stay as typed after it
    things = {n: k for n, k in things.items() if not _refused(words, parts, n, cues)}
    bare: dict[int, int] = {}
    tool: tuple[int, int] | None = None
    places = all(g.place_preposition(words[k]) for k in things.values())
    if len(verbs) == 1 and (places or _makes(words, parts[verbs[0]], cues, lead)):
        # "buddelskibe. bygge. værkstedet": a noun said bare is what is done, a place where;
        # "Modelbiler. Bygge igen. Samlingen.": a thing no place is what it is made for
        named = said_name(words, said, parts, person)
        bare, tool = _bare_object(words, lemmas, parts, verbs[0], lex, g, lead, definite, named)
        bare = {n: k for n, k in bare.items() if n not in devices and n not in things}
        things = {**bare, **things}
    if not verbs and (outing := meal_outing(words, said, parts, lex, g, definite)):
        return outing  # "kro. søndag. middag.": "komme på kroen til søndagsmiddag"
    if not verbs and things:
        moved = _transfer(words, said, parts, things, cues, skip, g.and_word)
        return moved or _direction(words, said, parts, things, cues)

    def slots(told_only: bool = False) -> str | None:  # "Rav. Slibe igen. Smykker.": by role
        noun = _noun_of(words, lemmas, stops, parts, lex, g, definite, person, place, lead)
        # "Blomster. Plante. Vande.": a verb typed right after a verb part is one more verb,
        # though it is a noun too beside the bare noun
        listed = [n for n in typed if n not in verbs and n - 1 in verbs]
        verb_parts = sorted({*verbs, *listed})
        return slot_phrase(words, said, parts, verb_parts, lex, g, noun, uncap, told_only)

    def uncap(thing: str, word: str) -> str:
        return _uncapped(thing, word, person, place)

    if len(verbs) != 1:
        return slots()
    if (told := slots(told_only=True)) is not None:
        return told  # "Konen. Hjælpe. Køkkenet.": "hjælpe konen i køkkenet", the person done to
    v = verbs[0]
    if v and parts[v - 1][1] - parts[v - 1][0] == 1 and words[parts[v - 1][0]] in cues.fragment_no:
        return None  # "ikke. falde. hele. vejen.": a deed refused is no phrase of the wish
    if (ride := ride_phrase(words, said, parts, v, lex, definite, place, skip)) is not None:
        return ride  # "bus. tage. alene. by.": "tage bussen til byen. alene"
    s, e = parts[v]
    start = next(k for k in range(s, e) if words[k] not in lead)
    while e - 1 > start and words[e - 1] in lead:
        e -= 1  # "rede selv", "pumpe øh": the verb without the words after it
    verb = [said[k] for k in range(start, e)]
    # "passe selv", "rede selv": the citizen's own doing, kept as a part after the phrase
    # … and before it ("Selv lave.")
    own = [
        said[k].lower()
        for k in [*range(s, start), *range(e, parts[v][1])]
        if words[k] in g.independence_words
    ]
    used: list[int] = []
    if e - start == 1 and (k := _particle_apart(words, parts, v, skip, cues)) is not None:
        verb.append(said[k])  # "pakke. ind.": the verb's particle typed as a part of its own
        used.append(v + 1)
    named = _named_person(words, said, parts, (start, e), lex, skip, person, place, g)
    if named is not None:  # "Oliver. Australien. se ham": "se Oliver i Australien"
        at, name, told = named
        verb[at - start : at - start + 1] = name
        used += told
    pet = None
    if named is None and not devices and len(verb) == 1:
        pet = _named_bearer(words, said, parts, v, lex, lead, person)
    if pet is not None:  # "Pippi. kanariefugl. passe selv": "passe min kanariefugl Pippi"
        phrase, told = pet
        verb += [*g.own_possessive_agreeing(g.is_neuter(phrase[0])), *phrase]
        used += told
        things = {n: k for n, k in things.items() if n not in told}
    if not things and (named is None and not devices and pet is None):
        return slots()
    # the nearest, one before first; a bare object before any place
    order = sorted(things, key=lambda n: (n not in bare, abs(n - v), n > v))
    if order and g.place_preposition(words[things[order[0]]]):
        # "Kontrabassen. Bigbandet. Spille igen.": a thing that is no place is the object, though
        # the place was typed nearer the verb
        order.sort(key=lambda n: bool(g.place_preposition(words[things[n]])))
    first = words[things[order[0]]] if things else ""
    pointed = next((k for k in range(start + 1, e) if words[k] in cues.fragment_pronouns), None)
    there = next((k for k in range(start + 1, e) if words[k] in cues.fragment_there), None)
    if not things:
        pointed = there = None
    # "Cello. Spille igen. Kvartetten.": the verb said with "igen" takes its bare object as the
    # verb alone does, and "igen" goes last ("spille cello i kvartetten igen")
    # … and so does a verb of motion beside the place it goes to ("Cykle igen. Stranden.": "cykle
    # til stranden igen")
    again: list[str] = []
    moves = words[start] in cues.fragment_motion_verbs
    # … and a verb with "igen" beside a thing in its definite form that is no place takes it as
    # its object too ("Kontrabassen. Bigbandet. Spille igen.": "spille kontrabassen i bigbandet
    # igen", no "spille igen ved kontrabassen")
    object_first = order and not g.place_preposition(first)
    if pointed is None and there is None and things and (order[0] in bare or moves or object_first):
        while len(verb) > 1 and verb[-1].lower() in cues.fragment_after:
            again.insert(0, verb.pop())
    if pointed is not None:
        used.append(order[0])  # "sengen. rede den", "trappen. gå op ad den": what it stands for
        thing = _thing(parts[order[0]], things[order[0]], said)
        if order[0] in bare:  # "Sokker. Stoppe dem.": the ones pointed at, "sokkerne"
            thing = definite(words[things[order[0]]]) or thing.lower()
        verb[pointed - start] = thing
    elif there is not None:
        # "kirken. komme derhen": the place pointed at, with the way there ("hen til kirken")
        way = cues.fragment_there[words[there]]
        verb[there - start : there - start + 1] = [*way.split(), cues.fragment_motion_lead]
        verb.append(_thing(parts[order[0]], things[order[0]], said))
        used.append(order[0])
    elif (
        things
        and (len(verb) == 1 or (len(verb) == 2 and verb[1].lower() in cues.fragment_particles))
        and words[start] not in cues.fragment_motion_verbs
        and not g.place_preposition(first)
    ):
        # "hente. avisen", "sengen. rede selv": a verb alone takes the thing as its object,
        # before its particle ("knapper. sy i": "sy knapper i")
        used.append(order[0])
        thing = _thing(parts[order[0]], things[order[0]], said)
        k = things[order[0]]
        thing = _uncapped(thing, words[k], person, place)  # "Kontrabassen." typed as a sentence
        if order[0] in bare:  # "fortov. feje.": "feje fortovet"
            thing = definite_object(words[k], thing, g, definite)
        verb.insert(1, thing)
    placed = False  # the first place of a motion verb is where it goes to
    for n in sorted(things):
        if n in used:
            continue
        noun = words[things[n]]
        motion = words[start] in cues.fragment_motion_verbs and not placed
        placed = True
        made = bare and words[start] in cues.fragment_made_verbs and cues.fragment_made_lead
        lead = (
            cues.fragment_motion_lead
            if motion
            else g.place_preposition(noun)
            or (cues.fragment_made_lead if made else cues.fragment_place_lead)
        )  # "gå til parken ved søen", "hente avisen ved postkassen", "sidde i haven"
        # "Cello. Spille igen. Kvartetten.": "i kvartetten", the capital a sentence's
        verb += [lead, _uncapped(_thing(parts[n], things[n], said), noun, person, place)]
        used.append(n)
    verb += again
    if placed and words[start] in cues.fragment_motion_verbs:
        # "gå. kroen. 400. meter. hjem. igen. ingen. fald.": "gå de 400 meter til kroen og hjem
        # igen uden at falde" (fragment_walk.py)
        distance, tail, taken = walk_parts(words, parts, [v, *used], lex, g)
        verb[1:1] = distance
        verb += tail
        used += taken
    if tool is not None:  # "drejebænk. skåle. dreje": "dreje skåle på drejebænken"
        n, k = tool
        verb += [cues.fragment_tool_lead, definite(words[k]) or said[k]]
        used.append(n)
    for n, k in devices.items():  # "se ham på min tablet", "ringe på telefonen"
        verb += [cues.fragment_device_lead, *cues.fragment_devices[words[k]].split(), words[k]]
        used.append(n)
    # the phrase first, as a wish is said ("far. fodre dem. fuglene": "fodre fuglene. far"); a
    # part of fillers only ("øh.") says nothing
    rest = [
        " ".join(said[k] for k in range(s, e))
        for n, (s, e) in enumerate(parts)
        if n != v and n not in used and any(words[k] not in skip for k in range(s, e))
    ]
    # "vafler. bage. selv. igen.": an adverb typed alone goes right after the phrase
    after = [p for p in rest if p.lower() in cues.fragment_after]
    rest = [p for p in rest if p not in after]
    return ". ".join([" ".join([*verb, *(p.lower() for p in after[:1])]), *rest, *own])


def _noun_of(words, lemmas, stops, parts, lex, g: Grammar, definite, person, place, skip):
    """The test of a part as a thing for fragment_slots: (its word, said bare) for a thing in
    its definite form or owned ("Ponyerne.", "min seng."), a noun said bare ("Rav.", "Smykker."),
    or, when `unknown_too`, a word no table knows typed alone ("Gokart."), no name nor place
    name; else None."""
    cues = lex.action

    def noun(n: int, unknown_too: bool) -> tuple[int, bool] | None:
        s, e = parts[n]
        if (k := _thing_part(words, lemmas, stops, s, e, lex, g, definite)) is not None:
            return k, False
        said = [k for k in range(s, e) if words[k] not in skip]
        if len(said) != 1:
            return None
        k = said[0]
        w = words[k]
        if w in lex.weekdays or w in lex.time.seasons or w in cues.fragment_not_things or stops[k]:
            return None  # "Torsdag.", "Sommer.", "hele.": a time or an amount, no thing
        if w in g.motion_adverbs or w in g.function_words:
            return None  # "fiske. hjem. igen": a way home, no thing
        if _bare_noun(w, lemmas[k], lex, skip, g):
            return k, True
        unknown = unknown_too and w.isalpha() and len(w) >= _UNKNOWN_NOUN and w not in lex.lemmas
        if unknown and not (person(w) or place(w) or g.is_infinitive(w)):
            return k, True  # "Gokart.": a thing the tables lack, typed alone
        return None

    return noun


_UNKNOWN_NOUN = 4  # letters of a word no table knows at least, to be read as a thing


def _makes(words, part: tuple[int, int], cues, skip) -> bool:
    """True when the verb part's verb is one of action_fragment_made_verbs ("bygge igen")."""
    k = next((k for k in range(*part) if words[k] not in skip), None)
    return k is not None and words[k] in cues.fragment_made_verbs


def _refused(words, parts, n: int, cues) -> bool:
    """True for a part of one word right after a part of one of action_fragment_no alone ("ikke.
    stoppe.", "ikke. kroen.")."""
    (s, e), (ps, pe) = parts[n], parts[n - 1] if n else (0, 0)
    return bool(n) and e - s == 1 and pe - ps == 1 and words[ps] in cues.fragment_no


def _particle_apart(words, parts, v: int, skip, cues) -> int | None:
    """Where the particle is when the part right after the verb part is that one word alone
    ("pakke. ind.", "sy. i."; fillers aside), else None."""
    if v + 1 >= len(parts):
        return None
    said = [k for k in range(*parts[v + 1]) if words[k] not in skip]
    return said[0] if len(said) == 1 and words[said[0]] in cues.fragment_particles else None


def _device_parts(words, parts, verbs: list[int], cues, skip, lead) -> dict[int, int]:
    """{part: word} of the first part that is a device said alone ("tablet", "øh telefonen")
    when it is what the verb part is done on: a verb with words of its own and no thing pronoun
    ("se ham", not "lade den op": the device is "den"), or one of action_fragment_device_verbs
    said alone ("ringe"; "bruge. computer": the device is its object)."""
    if len(verbs) != 1:
        return {}
    s, e = parts[verbs[0]]
    said = [k for k in range(s, e) if words[k] not in lead]
    if not said or any(words[k] in cues.fragment_pronouns for k in said):
        return {}
    if len(said) == 1 and words[said[0]] not in cues.fragment_device_verbs:
        return {}
    for n, (s, e) in enumerate(parts):
        said = [k for k in range(s, e) if words[k] not in skip]
        if len(said) == 1 and words[said[0]] in cues.fragment_devices:
            return {n: said[0]}
    return {}


_BEARER_LEAD = 4  # letters before a name bearer that ends a compound ("kanarie|fugl", "grav|hund")


def _named_bearer(
    words, said, parts, v: int, lex, skip, person
) -> tuple[list[str], list[int]] | None:
    """(words, parts) of the one noun said bare as a part of its own that bears a name
    (action_fragment_name_bearers, or a compound ending in one: "kanariefugl", "gravhund"), with
    the capitalised first name said alone in the part right before or after it ("kanariefugl
    Pippi"); None when there is no such noun, or more than one."""
    cues = lex.action
    alone = []
    for n, (s, e) in enumerate(parts):
        ks = [k for k in range(s, e) if words[k] not in skip]
        if n != v and len(ks) == 1 and words[ks[0]].isalpha():
            alone.append((n, ks[0]))
    nouns = [(n, k) for n, k in alone if _bears_name(words[k], cues.fragment_name_bearers)]
    if len(nouns) != 1:
        return None
    ((n, k),) = nouns
    phrase, told = [said[k].lower()], [n]
    names = [
        (m, j)
        for m, j in alone
        if abs(m - n) == 1 and said[j][:1].isupper() and said[j][1:].islower() and person(words[j])
    ]
    if len(names) == 1:
        phrase.append(said[names[0][1]])
        told.append(names[0][0])
    return phrase, told


def animal_pronoun(own: str, lex, g: Grammar) -> str:
    """The pronoun of an animal the wish names ("passe min kanariefugl Pippi": "den"; "fodre
    hønsene": "dem", by grammar fed_pronouns), "" when it names none."""
    bearers = lex.action.fragment_name_bearers if lex.action is not None else ()
    one, many = g.fed_pronouns
    for w in own.lower().split():
        lemma = lex.lemmas.get(w, w)
        if _bears_name(lemma, bearers) and lemma != w:
            return many if w.endswith(lex.action.fragment_noun_plurals) else one
        if _bears_name(w, bearers) or _bears_name(w[:-2], bearers):  # "katten", "hunden"
            return one
        if lemma != w and fold(lemma) in g.fed_animals:  # "fårene", "køerne"
            return many if w.endswith(lex.action.fragment_noun_plurals) else one
    return ""


def _bears_name(word: str, bearers: Sequence[str]) -> bool:
    """True for a noun of name bearers, or a compound that ends in one ("kanariefugl")."""
    return any(
        word == b or (word.endswith(b) and len(word) - len(b) >= _BEARER_LEAD) for b in bearers
    )


def _named_person(words, said, parts, verb: tuple[int, int], lex, skip, person, place, g):
    """(where, words, parts) for a person's pronoun in the verb part ("se ham") and the one first
    name said as a part of its own ("Oliver"): the name, a person word said with an owner as the
    part before it too ("min søn. Peter": "min søn Peter") or alone beside it, with the citizen's
    owner ("Ejnar. bror. tvilling.": "min tvillingebror Ejnar"), and where they are when one
    place name is said alone too ("Oliver i Australien"); None when no such pronoun and name."""
    cues = lex.action
    at = next((k for k in range(*verb) if words[k] in cues.fragment_person_pronouns), None)
    lead = _person_lead(words, verb, cues)
    if at is None and lead is not None:
        at = verb[1]  # "ringe. Edith": the verb alone, its lead and the name after it
    if at is None or not cues.fragment_name_place_lead:
        return None
    said_in = [[k for k in range(s, e) if words[k] not in skip] for s, e in parts]
    alone = [
        (n, ks[0]) for n, ks in enumerate(said_in) if len(ks) == 1 and said[ks[0]][:1].isupper()
    ]
    places = [(n, k) for n, k in alone if place(words[k]) and not person(words[k])]
    # "Jens. Kurt. ringe til ham": any other capitalised word may be a name too
    names = [
        (n, k) for n, k in alone if (n, k) not in places and words[k] not in cues.fragment_devices
    ]
    if len(names) != 1 or not person(words[names[0][1]]):
        return None
    ((n, k),) = names
    name, told = [said[k]], [n]
    if lead is not None:
        name = [*lead.split(), *name]
    kin = said_in[n - 1] if n else []
    if len(kin) == 2 and words[kin[0]] in lex.owners and words[kin[1]] in lex.people:
        name, told = [*(said[j] for j in kin), *name], [n - 1, n]  # "min søn Peter"
    elif (alone := _kin_alone(words, said_in, n, lex)) is not None:
        word, kin_told = alone  # "Ejnar. bror.": "min bror Ejnar"
        name = [*name[:-1], *g.own_possessive_agreeing(g.is_neuter(word)), word, name[-1]]
        told += kin_told
    if len(places) == 1:
        ((n, k),) = places
        on = words[k] in cues.fragment_name_place_on
        name += [cues.fragment_device_lead if on else cues.fragment_name_place_lead, said[k]]
        told.append(n)
    return at, name, told


_KIN_LINKS = ("e", "", "s")  # "tvilling" + "e" + "bror": tvillingebror


def _kin_alone(words, said_in, n: int, lex) -> tuple[str, list[int]] | None:
    """(the person word, its parts) for a person word said alone as the part right before or
    after the name's part n ("bror. Ejnar.", "Ejnar. bror."), a word said alone beside it that
    makes a compound of it the people table knows joined before it ("bror. tvilling.":
    tvillingebror); None when there is none or more than one."""
    alone = [ks[0] if len(ks) == 1 else None for ks in said_in]
    found = [
        j
        for j in (n - 1, n + 1)
        if 0 <= j < len(alone) and alone[j] is not None and words[alone[j]] in lex.people
    ]
    if len(found) != 1:
        return None
    j = found[0]
    kin = words[alone[j]]
    for m in (j - 1, j + 1):
        if m == n or not 0 <= m < len(alone) or alone[m] is None:
            continue
        head = words[alone[m]]
        joined = [head + link + kin for link in _KIN_LINKS]
        if match := next((w for w in joined if lex.people.get(w) == lex.people[kin]), None):
            return match, sorted((j, m))
    return kin, [j]


def _person_lead(words, verb: tuple[int, int], cues) -> str | None:
    """The lead a verb said alone takes before the person it is done to (action_fragment_person_
    leads: "ringe" → "til"), "" for one that takes the person bare ("besøge"); None for a verb
    part of more words or another verb."""
    s, e = verb
    return cues.fragment_person_leads.get(words[s]) if e - s == 1 else None


def _transfer(words, said, parts, things: dict[int, int], cues, skip, and_word) -> str | None:
    """ "bilen. ind. ud" as "ind og ud af bilen": the ways in or out said alone (or joined by
    and_word) beside the one thing one gets into or out of (action_fragment_transfer_things),
    with the preposition of the last way (action_fragment_transfers); None when no such pair."""
    if len(things) != 1 or not cues.fragment_transfers:
        return None
    ((n, k),) = things.items()
    if words[k] not in cues.fragment_transfer_things:
        return None
    moves, ways = [], []
    for m, (s, e) in enumerate(parts):
        said_in = [j for j in range(s, e) if words[j] not in skip]
        if said_in and all(
            words[j] in cues.fragment_transfers or words[j] == and_word for j in said_in
        ):
            moves.append(m)
            ways += [said[j] for j in said_in if words[j] != and_word]
    ways = list(dict.fromkeys(ways))
    if not ways or len(ways) > 2:
        return None
    way = f" {and_word} ".join(ways)
    joined = " ".join([way, cues.fragment_transfers[ways[-1].lower()], _thing(parts[n], k, said)])
    first = min(n, *moves)
    out = [
        joined if m == first else " ".join(said[j] for j in range(s, e))
        for m, (s, e) in enumerate(parts)
        if m == first or (m != n and m not in moves)
    ]
    return ". ".join(out)


def _direction(words, said, parts, things: dict[int, int], cues) -> str | None:
    """ "søen. rundt" as "rundt om søen": a direction said alone beside a thing, with the
    preposition it takes (stance.yaml action_fragment_directions); None when no such pair."""
    turns = [
        n for n, (s, e) in enumerate(parts) if e - s == 1 and words[s] in cues.fragment_directions
    ]
    if len(turns) != 1 or len(things) != 1:
        return None
    (n,) = things
    d = turns[0]
    way = said[parts[d][0]]
    joined = " ".join(
        [way, cues.fragment_directions[words[parts[d][0]]], _thing(parts[n], things[n], said)]
    )
    out = [
        joined if m == min(n, d) else " ".join(said[k] for k in range(s, e))
        for m, (s, e) in enumerate(parts)
        if m not in (max(n, d),)
    ]
    return ". ".join(out)


def _parts(punct: Sequence[bool]) -> list[tuple[int, int]]:
    """The (start, end) of each run of words between marks."""
    out, s = [], 0
    for k, mark in enumerate([*punct, True]):
        if mark:
            if k > s:
                out.append((s, k))
            s = k + 1
    return out


def _verb_part(words, s: int, e: int, lex, g: Grammar, skip) -> bool:
    """True when the part opens (after fillers) with an infinitive ("rede den", "hente avisen",
    "gå"): a word that looks like one and is a verb of the lemma table, no quantity word of
    action_fragment_not_things ("hele")."""
    cues = lex.action
    k = next((k for k in range(s, e) if words[k] not in skip), e)
    if k == e or not g.is_infinitive(words[k]) or words[k] in cues.fragment_not_things:
        return False  # "hele livet": the whole of a thing, no "hele" (to heal) done to it
    return words[k] in cues.short_infinitives or words[k] in _verbs(lex)


def _listed_noun(words, lemmas, parts, n: int, lex, skip) -> bool:
    """True when part n is one word that is a noun as well as a verb ("læge": the doctor and to
    heal; its definite plural is a form of it: "lægerne", see _plural_said) said
    alone beside another part that is a bare noun ("frisør. læge."): a list of things, no verb
    and its object."""
    said = [k for k in range(*parts[n]) if words[k] not in skip]  # "øh læge"
    if len(said) != 1 or not _plural_said(words[said[0]], lemmas[said[0]], lex):
        return False
    return any(
        m != n and t - f == 1 and _bare_noun(words[f], lemmas[f], lex, skip)
        for m, (f, t) in enumerate(parts)
    )


def _verbs(lex) -> frozenset[str]:
    """The lemmas the lemma table gives a present participle ("redende" of "rede"): verbs, not
    nouns that look like infinitives ("kaffe", "kage")."""
    ends = tuple(lex.action.fragment_verb_endings)
    return once(
        lex,
        "fragment_verbs",
        lambda x: frozenset(lem for form, lem in x.lemmas.items() if form.endswith(ends)),
    )


def _thing_part(words, lemmas, stops, s: int, e: int, lex, g: Grammar, definite) -> int | None:
    """Where the thing is when the part is one in its definite form, an owner before it at most
    ("sengen", "min seng", "postkassen"), or a known place ("haven"); None otherwise."""
    cues = lex.action
    k = s + 1 if e - s == 2 and words[s] in lex.owners else s
    if e - k != 1 or stops[k] or not words[k].isalpha():
        return None
    w = words[k]
    if k > s or g.place_preposition(w):
        return k  # "min seng": owned, a thing; "haven": a place

    def definite_thing(w: str, lemma: str) -> bool:
        for end in cues.fragment_endings:
            stem = w[: -len(end)]
            if not w.endswith(end) or len(stem) < 2:
                continue
            if end in cues.fragment_e_endings and not stem.endswith("e"):
                continue  # "rundt" is no "rund" + "t"; "postkassen" is "postkasse" + "n"
            if lemma in (stem, stem + "e") and lemma != w or definite(stem) == w:
                return True
            if len(stem) > 2 and stem[-1] == stem[-2] and definite(stem[:-1]) == w:
                return True  # "butikken", "koppen": the last consonant doubled before the ending
        return definite_plural_of(w, lemma, cues.fragment_plural_definite)  # "møblerne"

    if definite_thing(w, lemmas[k]) or compound_thing(w, lex, definite_thing):
        return k  # … "havemøblerne": a compound the tables lack, by its last part
    return None


def _bare_object(
    words, lemmas, parts, v: int, lex, g: Grammar, skip, definite, named=lambda _k: False
) -> tuple[dict[int, int], tuple[int, int] | None]:
    """{part: word} of the one noun said bare in a part of its own ("kød. skære. selv", "skaere.
    kartofler") when the verb part is a verb alone that takes an object (no motion verb): the
    noun is its object, never a place. Empty when there is not exactly one such noun, the verb's
    own tool aside ("drejebænk. skåle. dreje": fragment_tool.py), given second as (part, word)."""
    s, e = parts[v]
    # "Cello. Spille igen.": "igen" said with the verb is no object of it
    verb = [k for k in range(s, e) if words[k] not in skip | lex.action.fragment_after]
    if len(verb) == 2 and words[verb[1]] in lex.action.fragment_particles:
        verb = verb[:1]  # "knapper. sy i": the verb and its particle take the noun too
    pointing = len(verb) == 2 and words[verb[1]] in lex.action.fragment_pronouns
    if pointing:
        verb = verb[:1]  # "sokker. stoppe dem": the pronoun stands for the noun
    if len(verb) != 1 or words[verb[0]] in lex.action.fragment_motion_verbs:
        return {}, None
    found = {
        n: s
        for n, (s, e) in enumerate(parts)
        if n != v
        and e - s == 1
        and not named(s)
        and words[s] not in lex.weekdays  # "strikke. biblioteket. torsdag.": a time, no thing
        and words[s] not in lex.time.seasons  # "Båden. Male. Sommer.": a season, no thing
        and _bare_noun(words[s], lemmas[s], lex, skip, g)
    }  # "gravsted. Aksel. passe": the name (an axle's "aksel" too) is no thing
    tool = None
    if lex.action.fragment_tool_lead:
        tool = deed_tool(words[verb[0]], found, words, lambda w: definite(w) is not None)
    if tool is not None:
        tool, found = (tool, found[tool]), {n: k for n, k in found.items() if n != tool}
    if len(found) != 1 or any(g.place_preposition(words[k]) for k in found.values()):
        return {}, None
    if pointing and not all(
        agrees(words[verb[0] + 1], words[k], lemmas[k], g, lex.action) for k in found.values()
    ):
        return {}, None  # "sokker. stoppe den": the pronoun says no such noun
    return found, tool


def _bare_noun(w: str, lemma: str, lex, skip, g: Grammar | None = None) -> bool:
    """True when a word said alone is a noun in its indefinite form ("kød", "kartofler"): the word
    with one of action_fragment_bare_endings ("kødet", "kartoflerne") is a form of its lemma in the
    lemma table, and it is no form of a verb, no filler or "selv", nor one of
    action_fragment_not_things. With `g`, a word the lemma table lacks is one when the noun
    table knows it as a count noun ("torsk", "sild"), a word of the grammar's never."""
    cues = lex.action
    if not w.isalpha() or w in skip or w in cues.fragment_not_things:
        return False
    if (w in _verbs(lex) or lemma in _verbs(lex)) and not _plural_said(w, lemma, lex):
        return False  # "skære", and "kod" (of "kode") is no "kød" said without its ø
    if any(_form_of(w, end, lemma, lex) for end in cues.fragment_bare_endings):
        return True
    if g is not None and w not in lex.lemmas and _count_noun(w, g):
        return True  # "molen. fiske. torsk.": the fish, a noun the lemma table does not name
    if g is not None and w not in lex.lemmas and syncope_singular(w, g):
        return True  # "vafler. bage.": the plural of "vaffel" the lemma table lacks
    if g is not None and w not in lex.lemmas and _plural_on_e(w, lex, g):
        return True  # "kugler": the plural of a count noun on -e the lemma table lacks
    # "buddelskibe", "fuglekasser": a compound the lemma table lacks, by its last part
    # ("mejse|kugler": a plural of the noun table's)
    return w not in lex.lemmas and any(
        (_bare_noun(w[k:], lex.lemmas.get(w[k:], w[k:]), lex, skip) and w[k:] in lex.lemmas)
        or (g is not None and _plural_on_e(w[k:], lex, g))
        for k in range(_COMPOUND_HEAD, len(w) - _COMPOUND_TAIL + 1)
    )


def _plural_on_e(w: str, lex, g: Grammar) -> bool:
    """True when w is the indefinite plural (-r) of a count noun on -e of the noun table that
    no verb of the lemma table has as its infinitive ("kugler" of "kugle"; not "spiser")."""
    stem, end = w[:-1], w[-1:]
    return (
        end == _PLURAL_MARK
        and stem.endswith(_NOUN_END)
        and g.noun_classes.get(stem, "").endswith("+")
        and stem not in _verbs(lex)
        and stem not in lex.lemmas
    )


def _count_noun(w: str, g: Grammar) -> bool:
    """True for a count noun of the noun table (nlp/nouns.json, its class ending in "+") that is
    no word of the grammar's own ("hjem", "selv") nor like a verb's infinitive, unless no verb
    has it and the lemma table gives it a definite plural: a noun's ("kage": "kagerne")."""
    own = g.function_words | g.motion_adverbs | g.independence_words
    counted = g.noun_classes.get(w, "").endswith("+") and w not in own
    noun = not g.is_bare_infinitive(w) and g.has_definite_plural(w)  # "kage", not "hø"
    return counted and (not g.is_infinitive(w) or noun)


_PLURAL_MARK, _NOUN_END = "r", "e"  # "kugle" + "r": the plural of a count noun on -e
_COMPOUND_HEAD = 3  # letters of a compound's first part at least ("bud|delskibe" is too short)
_COMPOUND_TAIL = 4  # letters of its last part at least ("skibe"; no "ibe")


def _made_verbs(words, lemmas, parts, verbs: list[int], lex, skip) -> list[int]:
    """The verb parts with a one-word part that is a noun by its definite plural left out when
    the other of two is none ("tæppe. hækle.": the lemma table gives "tæppe" a verb's forms too);
    else the verb parts."""
    if len(verbs) != 2:
        return verbs
    nouns = []
    for n in verbs:
        said = [k for k in range(*parts[n]) if words[k] not in skip]
        if len(said) == 1 and _plural_said(words[said[0]], lemmas[said[0]], lex):
            nouns.append(n)
    return [n for n in verbs if n not in nouns] if len(nouns) == 1 else verbs


def _plural_said(w: str, lemma: str, lex) -> bool:
    """True when the word is a noun by its definite plural (action_fragment_noun_plurals): "læge"
    ("lægerne") and "aftaler" ("aftalerne") are nouns though "læge" and "aftale" are verbs too;
    a verb's "-erne" is its doer ("malerne" is of "maler", not of "male")."""
    return any(_form_of(w, end, lemma, lex) for end in lex.action.fragment_noun_plurals)


def _form_of(w: str, end: str, lemma: str, lex) -> bool:
    """True when the word with `end` is a form of its lemma, or of a noun the word grows from
    ("knapper": "knapperne" is of "knap", though the table gives "knapper" the verb "knappe")."""
    other = lex.lemmas.get(w + end)
    if other == lemma:
        return True
    ends = lex.action.fragment_plural_definite  # "knapper" + "ne", not "skrælle" + "rne"
    plural = any((w + end).endswith(x) and len(end) < len(x) for x in ends)
    grown = plural and other is not None and other != w
    return grown and w.startswith(other)


def _uncapped(thing: str, word: str, person, place) -> str:
    """The thing without the capital of a part typed as a sentence ("Mejsekugler. Selv lave.",
    "Kvartetten."); a name's or a place name's capital kept."""
    if thing[:1].isupper() and thing[1:].islower() and not (person(word) or place(word)):
        return thing.lower()
    return thing


def _thing(part: tuple[int, int], k: int, said: Sequence[str]) -> str:
    """The thing of a part as said, with its owner ("min seng")."""
    return " ".join(said[j] for j in range(part[0], k + 1))
