"""A sign the goal is reached typed in one-word fragments ("rive. grus. plante. vande. hele.
gravstedet. selv.") goes into the goal only as verb phrases: a fragment that opens with a verb
(by the lemma table) begins one, the fragments of things after it (nouns, a quantifier or a
number before them, an owner, a particle) are its object ("selv rive grus, plante og vande hele
gravstedet"), a verb of going only with a quantity ("gå. hele. vejen.", not "gå. posten."); an
adverb of the citizen alone ("selv") goes before the first verb, another ("igen") after the last
phrase. One that opens with an amount of things ("alle. 12. gaver. pakket. selv. sløjfe. på.") is
that amount for the wish's own verb. A sign of one-word fragments that makes neither is no phrase
of the goal sentence: staff read it as typed (the SMART verdict, the transcript).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Sequence

from assistant.content.grammar import EDGE, Grammar
from assistant.content.grammar import bare as _b

#: Words of a fragment at most ("vande blomster", "min seng", "hele gravstedet").
FRAGMENT_MAX = 3
_MARKS = re.compile(r"[.;!?]+(?:\s|$)")


def fragments(text: str) -> list[list[str]] | None:
    """The words of each fragment when the text is typed in fragments (two at least, each of at
    most FRAGMENT_MAX words, parted by full stops), else None."""
    parts = [p.split() for p in _MARKS.split(text.strip())]
    parts = [[w.strip(EDGE) for w in p if w.strip(EDGE)] for p in parts]
    parts = [p for p in parts if p]
    if len(parts) < 2 or any(len(p) > FRAGMENT_MAX for p in parts):
        return None
    return parts


def in_small_letters(parts: list[list[str]], g: Grammar) -> list[list[str]] | None:
    """The fragments in small letters ("Rive. Grus.": each typed with its capital); None when a
    capitalised word is a person's name, or typed among small letters ("passe. Aksel.")."""
    # "Rive. Grus.", "Selv. 12. Boller.": each word with its capital (a number has none)
    typed = all(p[0][:1].isupper() for p in parts if p[0][:1].isalpha())
    out = []
    for part in parts:
        if any(w[:1].isupper() and (w.lower() in g.person_names or not typed) for w in part):
            return None  # "passe. Aksel.": a name among small letters
        out.append([w.lower() if w[1:].islower() else w for w in part])
    return out


#: One-word fragments of a sign at least that no rule reads as a phrase when this module's
#: do not ("rive. grus. plante."); two ("frisør. læge.") are left to the goal's own rules.
_TELEGRAM_MIN = 3


def telegram(text: str, least: int = 2) -> bool:
    """True for a sign typed as one-word fragments only, `least` at least ("10. boller.", "alle.
    12. gaver. pakket. selv. sløjfe. på."): read by this module's rules."""
    parts = fragments(text)
    return parts is not None and len(parts) >= least and all(len(p) == 1 for p in parts)


def unread(text: str) -> bool:
    """True for a sign of _TELEGRAM_MIN one-word fragments at least: kept out of the sentence
    when this module's rules make no phrase of it."""
    return telegram(text, _TELEGRAM_MIN)


def sign_of_fragments(
    text: str, g: Grammar, particles: Collection[str], motion: Collection[str] = ()
) -> str | None:
    """The sign typed in fragments as one list of verb phrases (see the module); None when the
    text is no answer in fragments or its fragments make no such phrases. `particles`: the
    verbs' particles ("på", "ind"); `motion`: the verbs of going ("gå")."""
    parts = fragments(text)
    parts = in_small_letters(parts, g) if parts is not None else None
    if parts is None or not g.and_word:
        return None
    lead: list[str] = []
    after: list[str] = []
    phrases: list[list[str]] = []
    for part in parts:
        words = [w.lower() for w in part]
        if len(words) == 1 and _b(words[0]) in g.pre_modal_adverbs:
            (lead if _b(words[0]) in g.independence_words else after).append(words[0])
        elif is_verb(part[0], g):
            phrases.append(words)
        elif phrases and all(of_thing(w, g, particles) for w in words):
            phrases[-1] += words  # "rive. grus.": the thing the verb before it is done to
        else:
            return None  # "alle. 12. …": no verb before the thing; "pakket": no known class
    if not phrases or any(_open(p[-1], g) for p in phrases):
        return None  # "vande. hele.": a quantifier with no thing after it
    if any(len(p) > 1 and p[0] in motion and not _open(p[1], g) for p in phrases):
        return None  # "gå. posten.": a place, its preposition unknown ("gå. hele. vejen." is one)
    said = [" ".join(p) for p in phrases]
    listed = ", ".join(said[:-1]) + f" {g.and_word} " if len(said) > 1 else ""
    return " ".join([*dict.fromkeys(lead), listed + said[-1], *dict.fromkeys(after)])


def is_verb(word: str, g: Grammar) -> bool:
    """True for a verb's infinitive typed in small letters ("rive", "vande"), by the lemma
    table; no quantifier that looks like one ("hele")."""
    b = _b(word)
    if not word.isalpha() or not word.islower() or b in g.not_verbs:
        return False
    return g.is_bare_infinitive(word) or b in g.short_infinitives


def of_thing(word: str, g: Grammar, particles: Collection[str]) -> bool:
    """True for a word of a verb's object: a noun the noun or lemma table knows ("grus",
    "gravstedet"), a quantifier, a number, an owner, or a particle ("på")."""
    b = _b(word)
    if word.isdigit() or b in g.range_numbers or b in g.amount_words or b in g.noun_quantifiers:
        return True  # "tyve. glas.": a number word (amount_words) counts too
    if word in particles or b in g.possessive_words:
        return True
    if not word.isalpha() or is_verb(word, g) or b in g.pre_modal_adverbs:
        return False
    known = g.noun_classes.get(word, "-") != "-"  # "sløjfe": a noun of either gender
    return bool(known or g.noun_class(word) or g.noun_kind(word) or g.lemma_forms.get(word))


def _open(word: str, g: Grammar) -> bool:
    """True for a word that wants a thing after it (a quantifier, a number, an owner)."""
    b = _b(word)
    counts = b in g.range_numbers or b in g.amount_words  # "tyve. glas."
    return word.isdigit() or counts or b in g.noun_quantifiers | g.possessive_words


def wish_verbs(own: str, g: Grammar) -> tuple[str, ...]:
    """The verbs a wish opens with, listed with the and-word ("strigle og fodre ponyerne":
    strigle, fodre; "bage vafler": bage)."""
    said = own.lower().split()
    verbs = said[:1]
    k = 1
    while k + 1 < len(said) and said[k] == g.and_word and is_verb(said[k + 1], g):
        verbs.append(said[k + 1])
        k += 2
    return tuple(verbs)


def amount_of_fragments(
    text: str, g: Grammar, verb: str, also: Collection[str] = (), things: Sequence[str] = ()
) -> str | None:
    """A sign typed in fragments that opens with an amount of things ("alle. 12. gaver. pakket.
    selv. sløjfe. på."), beside a wish whose verb is `verb` ("pakke"): the amount as one phrase
    for the wish's verb to take ("selv alle 12 gaver med sløjfe på"), a participle of that verb
    left out ("pakket": the wish says it), also of `also`, the wish's other verbs ("Alle tre.
    Striglet. Fodret." beside "strigle og fodre ponyerne": "alle tre"), an adverb of the citizen
    alone first, a thing with one of fragment_worn after it ("sløjfe. på.") after
    fragment_part_lead; an amount with nothing counted counts `things`, the wish's own, when a
    participle of the wish's says the deed ("alle tre ponyer"). None for any other sign, or a
    fragment of no such kind."""
    parts = fragments(text)
    parts = in_small_letters(parts, g) if parts is not None else None
    if parts is None or not verb:
        return None
    words = [[w.lower() for w in p] for p in parts]
    n = 0
    while n < len(words) and all(_of_amount(w, g) for w in words[n]) and not _worn(words, n, g):
        n += 1
    amount = [w for p in words[:n] for w in p]
    counted = any(_open(w, g) for w in amount)
    one = bool(amount) and _one(amount[0], g)  # "En portion.", "Én bil."
    said_by_wish = any(
        len(p) == 1 and g.infinitive_of_participle(p[0]) in (verb, *also) for p in words[n:]
    )
    if amount and _open(amount[-1], g) and said_by_wish and things:
        amount = [*amount, *things]  # "Alle tre. Striglet.": the wish's ponies, "alle tre ponyer"
    if not amount or _open(amount[-1], g) or not (one or counted):
        return None  # "gaver.": no amount; "alle. 12.": no thing counted
    lead, after, worn, done = [], [], [], []
    k = n
    while k < len(words):
        part = words[k]
        nxt = words[k + 1] if k + 1 < len(words) else []
        if not worn and (deed := _deed_on_amount(part, amount, g, verb)):
            worn += deed  # "En portion. Trække selv.": "… og trække den selv"
            k += 1
            continue
        if len(part) != 1:
            return None
        b = _b(part[0])
        if b in g.pre_modal_adverbs:
            (lead if b in g.independence_words else after).append(part[0])
        elif b in g.finished_words and not done and not worn:
            done.append(part[0])  # "Én bil. Færdig.": the end point of the thing made
        elif g.infinitive_of_participle(part[0]) in (verb, *also):
            pass  # "pakket" beside "pakke julegaverne ind": said by the wish
        elif done and not worn and (deed := _done_deed(part[0], amount, g, verb)):
            worn += deed  # "Én bil. Færdig. Malet.": "én bil færdig og male den"
        elif _worn(words, k, g) and g.fragment_part_lead:
            if not _of_amount(part[0], g) or _open(part[0], g):
                return None
            worn += [g.fragment_part_lead, part[0], nxt[0]]
            k += 1
        else:
            return None
        k += 1
    if not counted and not worn and not done:
        return None  # "Et kilo. En time.": one thing with no deed done to it is no phrase here
    return " ".join([*dict.fromkeys(lead), *amount, *done, *worn, *dict.fromkeys(after)])


def _done_deed(word: str, amount: list[str], g: Grammar, verb: str) -> list[str]:
    """A past participle typed after a made thing's end point ("Malet."): the deed done to the
    thing after it is made, "og male den" (_deed_on_amount); [] for any other word."""
    infinitive = g.infinitive_of_participle(word) if _participle(word, g) else None
    return _deed_on_amount([infinitive], amount, g, verb) if infinitive else []


def _deed_on_amount(part: list[str], amount: list[str], g: Grammar, verb: str) -> list[str]:
    """A fragment of another verb and adverbs alone after an amount of one thing ("En portion.
    Trække selv.", "Koge og trække den selv."): the deed done to that thing, "og trække den
    selv" (the thing's pronoun by its gender, unless said); [] for any other fragment, or an
    amount of several things."""
    if len(part) > 2 and _b(part[0]) == verb and part[1] == g.and_word:
        part = part[2:]  # "Koge og trække selv.": the wish's verb says the amount already
    if not part or _b(part[0]) == verb or not is_verb(part[0], g):
        return []
    said = part[1:2] if part[1:2] and _b(part[1]) in g.pronoun_objects else []  # "trække den"
    adverbs = [w for w in part[1 + len(said) :] if _b(w) in g.pre_modal_adverbs]
    if len(adverbs) != len(part) - 1 - len(said) or not g.and_word:
        return []
    if not _one(amount[0], g):
        return []  # "12 gaver": no one thing for "den" / "det"
    pronoun = said or [g.definite_article(amount[-1])]
    return [g.and_word, part[0], *pronoun, *adverbs] if pronoun[0] else []


def _one(word: str, g: Grammar) -> bool:
    """True for an indefinite article, also stressed with its accent ("én bil", "ét hus")."""
    plain = unicodedata.normalize("NFD", word).replace(_STRESS, "")
    return unicodedata.normalize("NFC", plain) in g.indefinite_articles.values()


_STRESS = "\u0301"  # the acute accent of a stressed article


def amount_and_own_deed(text: str, g: Grammar, verb: str) -> str | None:
    """A sign typed as two fragments, an amount (a whole time, a count of things) and a deed of
    the citizen's own with its object ("Hele eftermiddagen. Selv holde kortene."), as one
    phrase for the wish's verb: "hele eftermiddagen og selv holde kortene"; None for any other
    sign, a deed with no object of its own, or the wish's own verb."""
    parts = fragments(text)
    parts = in_small_letters(parts, g) if parts is not None else None
    if parts is None or len(parts) != 2 or not g.and_word:
        return None
    amount, deed = ([w.lower() for w in p] for p in parts)
    first = _b(amount[0])
    counts = g.range_numbers, g.amount_words, g.noun_quantifiers
    counted = amount[0].isdigit() or any(first in c for c in counts) or _one(amount[0], g)
    if not counted or _open(amount[-1], g) or not all(_of_amount(w, g) for w in amount):
        return None  # "alle.": no thing counted; "min mand": no amount
    own = [w for w in deed[:1] if _b(w) in g.independence_words]
    thing = _object_said(deed[len(own) :], g)
    if not own or not thing or _b(thing[0]) == verb:
        return None
    return " ".join([*amount, g.and_word, *own, *thing])


def _object_said(part: list[str], g: Grammar) -> list[str]:
    """The verb and its object when the part is a verb and one definite thing ("holde kortene",
    "blande kortene"), else []."""
    if len(part) != 2 or not is_verb(part[0], g) or _b(part[1]) in g.pronoun_objects:
        return []
    noun = part[1]
    lemma = g.lemma_forms.get(noun)
    definite = bool(lemma) and lemma != noun and not is_verb(noun, g) and noun.isalpha()
    return part if definite else []


def _worn(words: list[list[str]], n: int, g: Grammar) -> bool:
    """True when fragment n is followed by one of fragment_worn alone ("sløjfe. på.")."""
    nxt = words[n + 1] if n + 1 < len(words) else []
    return len(nxt) == 1 and _b(nxt[0]) in g.fragment_worn


def _of_amount(word: str, g: Grammar) -> bool:
    """True for a word of an amount of things: a number, a quantifier, an owner or a noun."""
    end_point = _b(word) in g.finished_words  # "færdigt": how the thing is, no thing
    return (of_thing(word, g, ()) or _one(word, g)) and not _participle(word, g) and not end_point


def _participle(word: str, g: Grammar) -> bool:
    """True for a verb's past participle ("pakket", "skrevet"), not a noun like one ("kort")."""
    verb = g.infinitive_of_participle(word) if word.isalpha() else None
    return bool(verb) and is_verb(verb, g)


def self_first(words: list[str], g: Grammar) -> list[str]:
    """A sign of an amount whose last fragment is the citizen's own "selv" alone ("begge fødder.
    mellem tæerne. selv."): "selv" before the rest, as "når jeg selv kan …" says it; any other
    sign as said ("Kage til min søn fødselsdag. Selv.": the thing made takes the wish's verb)."""
    if len(words) < 3 or not words[-2].endswith(".") or not _open(words[0].lower(), g):
        return words
    last = _b(words[-1].strip(EDGE))
    if last not in g.independence_words or last not in g.pre_modal_adverbs:
        return words  # "… alene": no "selv"
    first = words[0].lower() if words[0][1:].islower() else words[0]  # "Alle": typed first
    rest = [first, *words[1:-2], words[-2].rstrip(".")]
    return [words[-1].strip(EDGE).lower(), *rest]
