"""A sign typed in one-word fragments as the result of the wish's own deed, read when
fragment_sign's rules make nothing of it.

An amount of things done (deed_of_fragments): a count or a quantifier with the thing counted
typed right after or right before it ("20. vafler.", "trapper. 14."), maybe the wish's verb typed
first ("vande. alle. 12.": the things the wish's own, "vande alle 12") or its participle anywhere
("bagt": said by the wish, left out), a particle ("på", "op"), "no" and a thing not wanted
("ingen. spild." → "uden at spilde" for a deed of action_fragment_without_deeds, "ingen. hjælp."
→ "uden hjælp"), the citizen's adverbs ("selv" first, "igen" last). A thing typed before the
amount when the wish's verb or participle says the deed ("dej. selv. 20. vafler. bagt.": the
batter made on the way to 20 waffles) is left out; the sign as typed stays for staff (SMART).

A made thing finished with its parts (finished_with_parts): bare things and "færdig" beside a wish
of finishing a thing ("gøre dukkehuset færdigt" + "tag. vinduer. maling. færdig. selv.") is the
thing's state with them: "dukkehuset er færdigt med tag, vinduer og maling".
"""

from __future__ import annotations

from collections.abc import Callable

from assistant.content.grammar import Grammar
from assistant.content.grammar import bare as _b
from assistant.nlp.fragment_sign import fragments, in_small_letters, is_verb, of_thing
from assistant.nlp.syncope_plural import syncope_singular

_NUMBER, _QUANT, _NOUN, _VERB, _DONE, _PARTICLE, _LEAD, _AFTER, _NO = range(9)


def _kind(word: str, g: Grammar, verb: str, particles) -> int | None:
    """The class of a one-word fragment (see the module), None for none of them."""
    b = _b(word)
    if word.isdigit() or b in g.range_numbers:
        return _NUMBER
    if b in g.noun_quantifiers:
        return _QUANT
    if b in g.pre_modal_adverbs:
        return _LEAD if b in g.independence_words else _AFTER
    if word in particles:
        return _PARTICLE
    if is_verb(word, g):
        return _VERB
    if verb and word.isalpha() and g.infinitive_of_participle(word) == verb:
        return _DONE  # "bagt" beside "bage vafler"
    if of_thing(word, g, ()) or syncope_singular(word, g) or _plural_in_r(word, g):
        return _NOUN  # "vafler": the syncope plural of "vaffel"; "ærmer" of "ærme"
    return None


def _plural_in_r(word: str, g: Grammar) -> bool:
    """True for the plural of a count noun in -e with an "r" ("ærmer" of "ærme"), by the noun
    table when the lemma table lacks it."""
    plural = max(g.plural_endings, key=len, default="")  # "er": the stem's "e" and an "r"
    if len(plural) < 2 or not word.endswith(plural) or not word.isalpha():
        return False
    single = word[: 1 - len(plural)]  # "ærme"
    ending = g.noun_class(single)
    return bool(ending) and ending.endswith("+") and not is_verb(single, g)


def without_phrase(no: str, thing: str, g: Grammar, cues) -> list[str] | None:
    """ "ingen. spild." → "uden at spilde" (a deed of action_fragment_without_deeds, or a verb
    typed: "ikke. falde."), "ingen. hjælp." → "uden hjælp" (a noun); None for other words."""
    lead = cues.fragment_without.split()
    if no not in cues.fragment_no or not lead:
        return None
    if thing in cues.fragment_without_deeds:
        return [*lead, *cues.fragment_without_deeds[thing].split()]
    if is_verb(thing, g):
        return [*lead, thing]
    done = g.infinitive_of_participle(thing) if thing.isalpha() else None
    if done and is_verb(done, g):
        return None  # "ingen. brændt.": a state, no thing had
    if g.place_preposition(thing):
        return None  # "ikke. brugsen.": a place refused, nothing had without
    if thing.isalpha() and of_thing(thing, g, ()) and _b(thing) not in g.pre_modal_adverbs:
        return [lead[0], thing]
    return None


def deed_of_fragments(
    text: str, g: Grammar, own: str, cues, person: Callable[[str], bool]
) -> str | None:
    """The sign as an amount done (see the module), said with the verb typed first or for the
    verb of the wish `own` ("vande orkidéerne"); None for any other sign. `cues`: the action
    cues (particles, "ingen"); `person`: True for a word that names a person ("gæster",
    "datter": no thing counted)."""
    verb = (own.lower().split() or [""])[0]
    parts = fragments(text)
    parts = in_small_letters(parts, g) if parts is not None else None
    if parts is None or not verb or any(len(p) != 1 for p in parts):
        return None
    words = [p[0].lower() for p in parts]
    if any(person(w) for w in words):
        return None
    kinds: list[int | None] = []
    tail: list[str] = []
    k = 0
    while k < len(words):
        found = without_phrase(words[k], words[k + 1], g, cues) if k + 1 < len(words) else None
        if found and not tail:
            tail, k = found, k + 2  # "ingen. spild."
            kinds += [_NO, _NO]
            continue
        kinds.append(_kind(words[k], g, verb, cues.fragment_particles))
        k += 1
    if None in kinds:
        return None
    counts = [n for n, c in enumerate(kinds) if c in (_NUMBER, _QUANT)]
    if not counts or counts != list(range(counts[0], counts[-1] + 1)):
        return None  # no amount, or parted by other words
    first, last = counts[0], counts[-1]
    if not any(kinds[n] == _NUMBER for n in counts) and kinds[last + 1 : last + 2] != [_NOUN]:
        return None  # "alle.": a quantifier with nothing counted
    counted = [last + 1] if kinds[last + 1 : last + 2] == [_NOUN] else []
    counted = counted or ([first - 1] if first and kinds[first - 1] == _NOUN else [])
    verbs = [n for n, c in enumerate(kinds) if c == _VERB]
    done = [n for n, c in enumerate(kinds) if c == _DONE]
    typed = verbs == [min(n for n, c in enumerate(kinds) if c not in (_LEAD, _AFTER, _NO))]
    if verbs and not typed or len(done) > 1:
        return None  # a verb after the amount: fragment_sign's phrases, or none
    loose = [n for n, c in enumerate(kinds) if c == _NOUN and n not in counted]
    if loose and (not done or verbs or max(loose) > first or not counted):
        return None  # "alle. 12. gaver. pakket. selv. sløjfe.": a thing left over after it
    if not counted and (not (typed or done) or _one(words[last], g)):
        return None  # "12.": nothing counted, no deed said; "1. bagt.": one of the wish's
    particles = [words[n] for n, c in enumerate(kinds) if c == _PARTICLE]
    if len(particles) > 1:
        return None
    amount = [words[n] for n in counts]
    amount = [*amount, *(words[n] for n in counted)]
    if not counted:  # "vande. alle. 12." beside "vande orkidéerne": "alle 12 orkidéer"
        amount += plural_of_wish(own, g, cues)
    lead = [words[n] for n, c in enumerate(kinds) if c == _LEAD]
    after = [words[n] for n, c in enumerate(kinds) if c == _AFTER]
    phrase = [*([words[verbs[0]]] if typed else []), *amount, *particles, *tail]
    return " ".join([*dict.fromkeys(lead), *phrase, *dict.fromkeys(after)])


def _one(word: str, g: Grammar) -> bool:
    """True for no count of two or more ("1", "alle"): no plural of the wish's things after it."""
    return int(word) < 2 if word.isdigit() else _b(word) not in g.range_numbers


def plural_of_wish(own: str, g: Grammar, cues) -> list[str]:
    """The indefinite plural of the wish's object ("bage vafler" → "vafler"), also said in its
    definite plural ("vande orkidéerne" → "orkidéer", "blomsterne" → "blomster": a form of the
    lemma table less its definite ending); [] for any other wish ("børnene": no "børne"; "kagen":
    one thing)."""
    said = own.lower().split()
    thing = said[1] if len(said) > 1 else ""
    lemma = g.lemma_forms.get(thing)
    plural = max(g.plural_endings, key=len, default="")  # "er"
    definite = min(cues.fragment_noun_plurals, key=len, default="")  # "orkidéer" + "ne"
    if not plural or not definite:
        return []
    if thing.endswith(plural) and (lemma and lemma != thing or syncope_singular(thing, g)):
        return [thing]  # "boller", "vafler"
    bare = thing[: -len(definite)] if thing.endswith(plural + definite) else ""
    return [bare] if lemma and bare and g.lemma_forms.get(bare) == lemma else []


def finished_with_parts(
    text: str, own: str, g: Grammar, cues, person: Callable[[str], bool]
) -> str | None:
    """The sign as the wish's made thing finished with the parts typed (see the module); None
    when the wish finishes no thing or the sign has more than bare things, "færdig" and the
    citizen's "selv"."""
    parts = fragments(text)
    parts = in_small_letters(parts, g) if parts is not None else None
    forms = cues.fragment_finished
    said = own.lower().split()
    at = next((n for n, w in enumerate(said) if w in forms), 0)
    if parts is None or not at or not g.be_word or not g.fragment_part_lead or not g.and_word:
        return None
    thing = said[at - 1]
    things: list[str] = []
    finished = 0
    for part in parts:
        word = part[0].lower() if len(part) == 1 else ""
        b = _b(word)
        if word in forms:
            finished += 1
        elif b in g.pre_modal_adverbs and b in g.independence_words:
            continue  # "selv": the wish says who does it
        elif word.isalpha() and not person(word) and _kind(word, g, "", ()) == _NOUN:
            if word != thing and g.definite_singular(word) != thing:
                things.append(word)  # "dukkehus" beside "dukkehuset færdigt": the thing itself
        else:
            return None
    if finished != 1 or not things:
        return None
    listed = ", ".join(things[:-1]) + f" {g.and_word} " if len(things) > 1 else ""
    return " ".join([thing, g.be_word, said[at], g.fragment_part_lead, listed + things[-1]])
