"""Telegraphic answers written as Danish: a thing and its quality typed as two fragments
("Skohorn. Langt.") become one noun phrase ("et langt skohorn"); a noun said bare after a verb at
a clause's end takes its article where Danish needs it ("gå tur" → "gå en tur")."""

from __future__ import annotations

from assistant.content.grammar import EDGE, Grammar, fold
from assistant.content.grammar import bare as _b
from assistant.nlp.comma_list import commas_as_fragments
from assistant.nlp.marks import fragments_at

_STOPS = ".!?"


def _fragments(text: str) -> list[list[str]]:
    """The words of each fragment ended by a full stop ("Skohorn. Langt." → [[Skohorn],
    [Langt]]); single words parted by commas as fragments too (comma_list)."""
    said = commas_as_fragments(text).split()
    return fragments_at(said, _STOPS, lambda w: w.rstrip(EDGE))


def described_thing(text: str, g: Grammar) -> str | None:
    """A noun and an adjective typed as two one-word fragments ("Skohorn. Langt.", "rollator.
    ny", "høj. stol."): the noun phrase with its indefinite article and the adjective before
    the noun, agreeing with its gender ("et langt skohorn", "en ny rollator"); None for any
    other answer."""
    parts = _fragments(text)
    if len(parts) == 1 and len(parts[0]) == 2:  # "rollator ny": no stop between, but said so
        parts = [[parts[0][0]], [parts[0][1]]]
    if len(parts) != 2 or any(len(p) != 1 for p in parts):
        return None
    noun, said = parts[0][0].lower(), parts[1][0].lower()
    if _adjective_key(noun, g) is not None and _adjective_key(said, g) is None:
        noun, said = said, noun  # "høj. stol.": the adjective typed first
    article = g.indefinite_article(noun) if noun.isalpha() else None
    key = _adjective_key(said, g)
    if not article or key is None:
        return None
    agreeing = _agreeing(said, key, article, g)
    return f"{article} {agreeing} {noun}" if agreeing else None


def _adjective_key(said: str, g: Grammar) -> str | None:
    """The key of bare_adjectives a word said is ("hoej", "Langt": "hoej", "lang"), else None."""
    return next((c for c, n in g.bare_adjectives.items() if fold(said) in (c, fold(n))), None)


def is_adjective(word: str, g: Grammar) -> bool:
    """True for a word of bare_adjectives in its common or neuter form ("tyk", "tykt")."""
    return _adjective_key(word.lower(), g) is not None


def _agreeing(said: str, key: str, article: str, g: Grammar) -> str | None:
    """The adjective said in the form its noun's article takes: the neuter form after "et";
    the common form, the neuter form less its "t", written with its æøå ("Taburet. Hoej." →
    "en høj taburet", "Stok. Langt." → "en lang stok"), else as said ("lille", "kort")."""
    neuter_form = g.bare_adjectives[key]
    if g.is_neuter_article(article):
        return neuter_form
    common = neuter_form.removesuffix("t")
    common = common if fold(common) == key else said
    return common if fold(common) == key else None


def indefinite_adjective(said: str, article: str, g: Grammar) -> str:
    """A bare adjective said in its -e form (plural or definite) before a noun given an
    indefinite article, in the form that article takes ("lange saks" → "en lang saks", "tykke
    bestik" → "et tykt bestik"); any other word as said ("lille", "nye" of no bare adjective)."""
    stem = said.lower().removesuffix("e")
    if stem == said.lower() or len(stem) < 2:
        return said
    if len(stem) > 2 and stem[-1] == stem[-2]:
        stem = stem[:-1]  # "tykke": tyk
    key = _adjective_key(stem, g)
    if key is None or fold(stem) != key:
        return said
    return _agreeing(stem, key, article, g) or said


_THING_WORDS = 4  # words of a thing typed as a fragment ("stor grøn knap")


def listed_things(text: str, g: Grammar) -> list[str]:
    """Things typed as fragments of their own, each a noun of known gender with adjectives
    before it at most ("tablet. holder. stor grøn knap.", "taburet. høj stol"): each as a noun
    phrase with its indefinite article, its adjectives agreeing ("en tablet", "en holder", "en
    stor grøn knap"); [] for any other answer, and for fewer than two things."""
    # "øh skråbræt. tyk blyant.": a filler opening a fragment is no part of its thing
    said = [p for p in (_without_opening_fillers(p, g) for p in _fragments(text)) if p]
    parts, had = _parts_apart(_materials_left_out(_described_before(said, g), g), g)
    if len(parts) + len(had) < 2 or any(len(p) > _THING_WORDS for p in parts):
        return []
    out: list[str] = []
    for n, part in enumerate(parts):
        part = part[1:] if len(part) > 1 and fold(part[0].lower()) == fold(g.and_word) else part
        part, with_part = _with_part(part, g)  # "skammel med bøjle": the stool and its rail
        if part is None:
            return []
        noun = part[-1].lower()
        article = g.indefinite_article(noun) if noun.isalpha() else None
        if plural := _plural_thing(part, g):
            out.append(plural)  # "store kort": a plural said with its adjectives, no article
            continue
        if len(part) == 1 and _bare_plural(noun, g):
            out.append(noun)  # "billeder": a plural said alone takes no "en" or "et"
            continue
        if len(part) == 1 and not article and _unknown_thing(noun, g):
            out.append(noun)  # "fingertape", "velcro": a word of no known gender, said bare
            continue
        keys = [_adjective_key(w.lower(), g) for w in part[:-1]]
        if not article or None in keys or _adjective_key(noun, g) is not None:
            return []
        said = [_agreeing(w.lower(), k, article, g) for w, k in zip(part[:-1], keys, strict=True)]
        if None in said:
            return []
        told = [p for p in (with_part, had.get(n)) if p]
        own = f" {g.fragment_part_lead} {f' {g.and_word} '.join(told)}" if told else ""
        out.append(" ".join([article, *said, noun]) + own)  # type: ignore[list-item]
    return out


#: Letters of a compound's known first part and of its unknown last part ("finger|tape").
_FIRST_PART, _LAST_PART = 4, 3


def _unknown_thing(noun: str, g: Grammar) -> bool:
    """True for a compound typed alone whose last part the dictionary knows no gender of but
    whose first part is a noun it knows ("fingertape": "finger" and "tape"): a thing named by
    the person's own word; no name ("Herluf"), verb or word of its own ("velcro")."""
    w = noun.lower()
    if not w.isalpha() or g.is_finite(w) or g.is_past(w) or _adjective_key(w, g) is not None:
        return False
    if _definite_of_known(w, g):
        return False  # "Mandagsholdet", "Morgentræningen": a group or training, said definite
    return any(
        g.noun_class(w[:k]) is not None and g.noun_class(w[k:]) is None
        for k in range(_FIRST_PART, len(w) - _LAST_PART + 1)
    )


def _definite_of_known(w: str, g: Grammar) -> bool:
    """True when `w` or a last part of it is the definite form of a noun the dictionary knows
    ("mandagsholdet": "hold"; "klubben": "klub"): a thing named as known to the listener, a
    group, a training or a place, never a thing of one's own word typed alone."""
    for k in range(len(w) - _LAST_PART + 1):
        for end in g.definite_endings:
            stem = w[k:].removesuffix(end)
            if stem == w[k:] or len(stem) < _LAST_PART:
                continue
            undoubled = stem[:-1] if len(stem) > _LAST_PART and stem[-1] == stem[-2] else stem
            if g.noun_class(stem) is not None or g.noun_class(undoubled) is not None:
                return True
    return False


def _with_part(part: list[str], g: Grammar) -> tuple[list[str] | None, str]:
    """A fragment that names a thing with a part it has after fragment_part_lead ("skammel med
    bøjle", "ske med tykt greb"): the thing's words and the part as said (adjectives kept);
    the fragment as it is and "" when it has no lead; None when what follows the lead is no
    part of fragment_parts with adjectives before it."""
    low = [fold(w.lower()) for w in part]
    lead = fold(g.fragment_part_lead or "-")
    if lead not in low[1:]:
        return part, ""
    at = low.index(lead, 1)
    tail = [w.lower() for w in part[at + 1 :]]
    if not tail or fold(tail[-1]) not in g.fragment_parts_spelled:
        return None, ""
    if not all(_adjective_key(w, g) is not None for w in tail[:-1]):
        return None, ""
    return part[:at], " ".join([*tail[:-1], g.fragment_parts_spelled[fold(tail[-1])]])


def _without_opening_fillers(part: list[str], g: Grammar) -> list[str]:
    """The fragment's words from its first that is no filler ("øh skråbræt" → "skråbræt")."""
    k = 0
    while k < len(part) and fold(part[k].strip(EDGE)).lower() in g.spoken_fillers:
        k += 1
    return part[k:]


#: Words of a part said as a fragment of its own, its adjectives included ("langt skaft").
_PART_WORDS = 2
_PARTS_MAX = 2  # parts of one thing typed after it at most ("rollator. lys. refleks.")


def _parts_apart(parts: list[list[str]], g: Grammar) -> tuple[list[list[str]], dict[int, str]]:
    """The fragments without a part said alone right after its thing ("rollator. sæde.": the
    rollator's seat; "kost. langt skaft.": the broom's long handle, its adjectives kept; a
    second part after the first joined with the and-word: "rollator. lys. refleks." is "lys og
    refleks"), and {fragment: its parts} for the things that have one."""
    out: list[list[str]] = []
    had: dict[int, str] = {}
    count: dict[int, int] = {}
    for part in parts:
        second = len(out) - 1 in had
        most = _PARTS_MAX if g.and_word else 1
        alone = out and 1 <= len(part) <= _PART_WORDS and count.get(len(out) - 1, 0) < most
        described = all(_adjective_key(w.lower(), g) is not None for w in part[:-1])
        # "kost. langt skaft.": the part with its adjective said as a fragment of its own
        if alone and described and fold(part[-1].lower()) in g.fragment_parts_spelled:
            # "stol. ryglaen.": the part with its æøå ("en stol med ryglæn")
            spelled = g.fragment_parts_spelled[fold(part[-1].lower())]
            said = " ".join([*(w.lower() for w in part[:-1]), spelled])
            had[len(out) - 1] = f"{had[len(out) - 1]} {g.and_word} {said}" if second else said
            count[len(out) - 1] = count.get(len(out) - 1, 0) + 1
            continue
        out.append(list(part))
    return out, had


def described_joined(text: str, g: Grammar) -> str | None:
    """The fragments with adjectives said alone after their thing put before it, as one phrase
    each ("ilt. bærbar. detektor. let." → "bærbar ilt. let detektor"), for reading the things
    they name; None when no fragment moves."""
    parts = _fragments(text)
    joined = _described_before(parts, g)
    if len(joined) == len(parts):
        return None
    return ". ".join(" ".join(p) for p in joined)


def _described_before(parts: list[list[str]], g: Grammar) -> list[list[str]]:
    """The fragments with one of adjectives alone said of the thing before it ("rollator.
    kort stang. let." → [rollator], [kort, let, stang]): its adjectives go before that noun;
    adjectives alone that go ahead (_goes_ahead: "tykt. greb.", "høj. stol.") go before the
    noun of the next fragment."""
    out: list[list[str]] = []
    ahead: list[str] = []
    for n, part in enumerate(parts):
        if _only_adjectives(part, g):
            if _goes_ahead(parts, n, out, g):
                ahead += part
                continue
            noun = out[-1][-1].lower() if out else ""
            if noun.isalpha() and _adjective_key(noun, g) is None:
                out[-1] = [*out[-1][:-1], *part, out[-1][-1]]
                continue
        out.append([*ahead, *part])
        ahead = []
    return out + ([ahead] if ahead else [])


def _only_adjectives(part: list[str], g: Grammar) -> bool:
    """True for a fragment of adjectives only ("tykt", "kort let")."""
    return all(_adjective_key(w.lower(), g) is not None for w in part)


def _goes_ahead(parts: list[list[str]], n: int, out: list[list[str]], g: Grammar) -> bool:
    """True when the adjectives alone from fragment n describe the one noun of the next fragment
    of no adjectives only: a part a thing has, by the part's shape (fragment_part_adjectives:
    "piskeris. tykt. greb.": its thick grip; "rollator. let. sæde.": a light rollator; "stol.
    høj. ryglæn.": a high chair, "høj" being no neuter "ryglæn"'s), or a
    noun they agree with when no noun before them is one they agree with ("høj. stol.", "greb.
    høj. stol.": "høj" is no neuter "greb"'s)."""
    m = next((k for k in range(n + 1, len(parts)) if not _only_adjectives(parts[k], g)), None)
    if m is None or len(parts[m]) != 1:
        return False
    said = [w.lower() for p in parts[n:m] for w in p]
    noun = parts[m][0].lower()
    if not noun.isalpha() or not g.indefinite_article(noun):
        return False
    before = out[-1][-1].lower() if out else ""
    if fold(noun) in {fold(p) for p in g.fragment_parts}:
        shapes = {fold(a) for a in g.fragment_part_adjectives}
        if not all(_adjective_key(w, g) in shapes for w in said):
            return False  # not "rollator. let. sæde."
        # "stol. høj. ryglæn.": "høj" agrees with the chair, not with the neuter "ryglæn"
        # (that would be "højt"): a high chair with a back, as it reads typed without æøå
        thing = before.isalpha() and _adjective_key(before, g) is None
        return not (thing and _agree(said, before, g) and not _agree(said, noun, g))
    if not before.isalpha() or _adjective_key(before, g) is not None:
        return True
    return not _agree(said, before, g) and _agree(said, noun, g)


def _agree(said: list[str], noun: str, g: Grammar) -> bool:
    """True when every adjective said is in the form the noun's article takes ("høj stol", "nyt
    vaffeljern"; not "høj greb"); True for a noun of no known article."""
    article = g.indefinite_article(noun)
    if not article:
        return True
    for w in said:
        key = _adjective_key(w, g)
        agreeing = _agreeing(w, key, article, g) if key is not None else None
        if agreeing is None or fold(agreeing) != fold(w):
            return False
    return True


def _materials_left_out(parts: list[list[str]], g: Grammar) -> list[list[str]]:
    """The fragments without a lone material said after a described thing: what the thing is
    made of, no thing of its own ("raflebæger. stort. gummi." → [stort, raflebæger])."""
    out: list[list[str]] = []
    for part in parts:
        word = part[0].lower() if len(part) == 1 else ""
        last = out[-1] if out else []
        noun = bool(last) and last[-1].isalpha() and _adjective_key(last[-1].lower(), g) is None
        described = noun and all(_adjective_key(w.lower(), g) is not None for w in last[:-1])
        if not (fold(word) in g.thing_materials and described):
            out.append(part)
    return out


def listed_with_parts(text: str, g: Grammar, with_word: str) -> list[str]:
    """Things typed as fragments (listed_things), one going on with a part it has, after
    `with_word` and one word ("Stok. Og lille vogn med hjul til spand, så jeg ikke bære." → "en
    stok", "en lille vogn med hjul"): what it is for and why (after that word, or a comma) is
    left out; [] when no fragment has such a part, or any other answer."""
    heads, tails = [], []
    for part in _fragments(text):
        end = next((k + 1 for k, w in enumerate(part) if w.endswith(",")), len(part))
        words = [w.strip(EDGE) for w in part[:end]]
        at = next((k for k, w in enumerate(words) if k and _b(w) == fold(with_word)), None)
        if at is not None and at + 1 < len(words) and words[at + 1].isalpha():
            heads.append(words[:at])
            tails.append(f" {with_word} {words[at + 1].lower()}")
        else:
            heads.append(words)
            tails.append("")
    if not any(tails):
        return []
    things = listed_things(" ".join(" ".join(h) + "." for h in heads), g)
    if len(things) != len(heads):
        return []
    return [thing + tail for thing, tail in zip(things, tails, strict=True)]


def _plural_thing(part: list[str], g: Grammar) -> str:
    """A noun after adjectives in their plural "-e" form ("store kort", "lange pinde" typed as
    a fragment): the phrase as said, lower-cased; "" for any other fragment."""
    noun = part[-1].lower()
    lemma = fold(g.lemma_forms.get(fold(noun), noun))
    known = g.indefinite_article(lemma) or g.indefinite_article(_singular(lemma, g))
    known = known or g.indefinite_article(noun)  # "tykke greb": no past of "gribe"
    if len(part) < 2 or not noun.isalpha() or not known:
        return ""  # "kort", "pinde" (of "pind"), "brikker" (of "brik"): a noun of known gender
    said = [w.lower() for w in part[:-1]]
    if not all(_plural_adjective(w, g) for w in said):
        return ""
    return " ".join([*said, part[-1].lower()])


def _plural_adjective(word: str, g: Grammar) -> bool:
    """True for an adjective in its "-e" form, its last consonant doubled before it or not
    ("store" of "stor", "tykke" of "tyk")."""
    if not word.endswith("e"):
        return False
    stem = word[:-1]
    single = stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem
    return _adjective_key(stem, g) is not None or _adjective_key(single, g) is not None


def _bare_plural(noun: str, g: Grammar) -> bool:
    """True for a noun in its plural by the noun table, or by the lemma table's singular with a
    plural ending after it, its last consonant doubled or not ("billeder" of "billede",
    "stokke" of "stok"); a noun the noun table gives a gender ("holder") is a singular."""
    kind = g.nouns.get(noun)
    if kind is not None:
        return kind == "pl"
    lemma = g.lemma_forms.get(noun) or g.lemma_forms.get(fold(noun))  # "strømper": its æøå
    if not lemma or fold(lemma) == fold(noun) or not g.indefinite_article(lemma):
        return False
    stems = (lemma, lemma + lemma[-1:])
    return any(fold(noun) == fold(s + e) for s in stems for e in g.plural_endings)


def _singular(noun: str, g: Grammar) -> str:
    """A plural the lemma table lacks by its singular of known gender, the consonant doubled
    before the plural ending made single ("brikker" → "brik", "stikker" → "stik"); any other
    word as it is."""
    for end in sorted(g.plural_endings, key=len, reverse=True):
        stem = noun[: -len(end)] if end and noun.endswith(end) else ""
        if len(stem) > 3 and stem[-1] == stem[-2] and g.indefinite_article(stem[:-1]):
            return stem[:-1]
    return noun


def articles_at_clause_end(words: list[str], g: Grammar) -> list[str]:
    """A noun of article_after_verb said bare right after an infinitive at its clause's end
    takes its indefinite article ("så jeg kan gå tur." → "gå en tur."); "gå tur med hunden"
    says whose walk and stays as said."""
    out = list(words)
    for i in range(len(out) - 1, 0, -1):
        noun, verb = out[i], out[i - 1]
        article = g.article_after_verb.get(_b(noun))
        ends = i == len(out) - 1 or noun[-1:] in EDGE
        infinitive = g.is_bare_infinitive(verb) or _b(verb) in g.short_infinitives  # "gaa"
        if article and ends and verb[-1:] not in EDGE and infinitive:
            out.insert(i, article)
    return out


def direction_before_names(words: list[str], g: Grammar) -> list[str]:
    """A verb of going said straight before a place's capitalised name, maybe with a distance
    between ("gå Bazar Vest", "gå 800 meter Bazar Vest"), takes its direction ("gå til Bazar
    Vest", "gå 800 meter til Bazar Vest"), as second-language Danish leaves it out."""
    if not g.name_direction:
        return words
    out = list(words)
    for i in range(len(out) - 2, -1, -1):
        verb = out[i]
        if _b(verb) not in g.name_direction_verbs or verb[-1:] in EDGE:
            continue
        k = i + 1
        if k + 1 < len(out) and out[k].isdigit() and out[k + 1][-1:] not in EDGE:
            k += 2  # "800 meter": the distance of the way
        if k < len(out) and out[k][:1].isupper() and out[k][1:].islower():
            out.insert(k, g.name_direction)
    return out


_VERB_PART_MAX = 3  # words of a part of a sign said as verbs ("se Oliver", "selv trykke")


def listed_verbs(words: list[str], g: Grammar) -> list[str]:
    """A sign typed as verbs in fragments of their own ("selv trykke. svare. se Oliver.", "gaa
    ned. købe brød. gå hjem"): one list of verb phrases, commas between and "og" before the
    last ("selv trykke, svare og se Oliver"), an adverb before the first verb ("selv") kept;
    any other sign as said."""
    parts: list[list[str]] = [[]]
    for w in words:
        parts[-1].append(w.rstrip(EDGE))
        if w[-1:] in ".;":
            parts.append([])
    parts = [[w for w in p if w] for p in parts if any(p)]
    if len(parts) < 2 or not g.and_word:
        return words
    lead = [parts[0][0].lower()] if _b(parts[0][0]) in g.pre_modal_adverbs else []
    bodies = [parts[0][len(lead) :], *parts[1:]]
    if any(not p or len(p) > _VERB_PART_MAX or not _verb(p[0], g, loose=True) for p in bodies):
        return words
    if not any(_verb(p[0], g) for p in bodies):  # "kaffe. kage.": words like verbs, no verb
        return words
    out = [*lead]
    for k, part in enumerate(bodies):
        said = [part[0].lower(), *part[1:]]  # "Svare": the typed capital of a fragment
        if k == len(bodies) - 1:
            out += [g.and_word, *said]
        else:
            out += [*said[:-1], said[-1] + ("," if k < len(bodies) - 2 else "")]
    return out


def _verb(word: str, g: Grammar, loose: bool = False) -> bool:
    """True for a verb's infinitive said as a fragment's first word ("svare", "se"), by the
    lemma table; `loose`: any word like one ("trykke")."""
    b = _b(word)
    known = g.is_infinitive(word) if loose else g.is_bare_infinitive(word)
    return word[1:].islower() and b not in g.not_verbs and (known or b in g.short_infinitives)


_WISH_NOUNS_MAX = 3  # words of a wish said without a verb ("hønsene", "min have")


def wish_verb_from_sign(
    own: str, text: str, g: Grammar, fed: str = ""
) -> tuple[str, str | None] | None:
    """A wish said as nouns only ("hønsene") and a sign typed in fragments with one verb said
    alone ("fodre. æg ind. selv."): (the wish with that verb before it, "fodre hønsene"; the rest
    of the sign as one phrase of verbs, "selv tage æg med ind", or None when some fragment is no
    verb phrase). None when the wish has a verb or the sign not exactly one verb alone. `fed`:
    the pronoun of an animal the wish names, given what it eats (see signs_as_verbs)."""
    said = own.split()
    if not said or len(said) > _WISH_NOUNS_MAX or any(g.is_bare_infinitive(w) for w in said):
        return None
    parts = _fragments(text)
    alone = [n for n, p in enumerate(parts) if len(p) == 1 and _verb(p[0], g)]
    if len(parts) < 2 or len(alone) != 1:
        return None
    wish = f"{parts[alone[0]][0].lower()} {own}"
    rest = [p for n, p in enumerate(parts) if n != alone[0]]
    made = _as_verbs(rest, g, fed)
    return wish, made[0] if made else None


def wish_of_things(text: str, g: Grammar) -> str | None:
    """The thing of a wish typed as fragments with no verb ("posten. selv.", "geden. Frida.
    selv."): the one fragment of a thing in small letters, one or two words with no verb, and a
    name said alone right beside it ("geden Frida"); None for any other wish."""
    fillers = {fold(f) for f in g.fillers}
    said = [[w for w in p if fold(w.lower()) not in fillers] for p in _fragments(text)]
    parts = [p for p in said if p and not (len(p) == 1 and _b(p[0]) in g.pre_modal_adverbs)]
    things = [
        n
        for n, p in enumerate(parts)
        if len(p) <= 2
        and all(w.isalpha() and w[:1].islower() for w in p)
        # "gaa. selv": a verb, no thing; "orkidéerne": a noun's definite form, though like one
        and not any(_verb(w, g, loose=True) and not _definite_noun(w, g) for w in p)
    ]
    if len(things) != 1:
        return None
    (n,) = things
    names = [m for m, p in enumerate(parts) if m != n and len(p) == 1 and p[0].istitle()]
    if len(parts) - len(names) != 1 or len(names) > 1 or (names and abs(names[0] - n) != 1):
        return None
    return " ".join([*parts[n], *(parts[m][0] for m in names)])


def thing_in_state(text: str, g: Grammar, said_apart: tuple[str, ...] = ()) -> str | None:
    """A sign typed as a thing said bare and its state in a past participle ("foderbræt fyldt.
    hver morgen. selv.", "seng redt"): the thing in its definite form, "er" and the state
    ("foderbrættet er fyldt"); a fragment said for another question (`said_apart`: the
    frequency "hver morgen") and an adverb of the citizen alone ("selv") go. None for any other
    sign, or a thing of no known noun."""
    apart = {fold(" ".join(a.lower().split())) for a in said_apart if a}
    parts = [
        p
        for p in _fragments(text.replace(",", "."))
        if fold(" ".join(p).lower()) not in apart
        and not (len(p) == 1 and _b(p[0]) in g.pre_modal_adverbs)
    ]
    if len(parts) != 1 or len(parts[0]) != 2 or not g.be_word:
        return None
    thing, state = parts[0][0].lower(), parts[0][1]
    if not thing.isalpha() or not _participle(state, g):
        return None
    known = g.lemma_forms.get(thing)  # "foderbrættet": said definite already
    definite = g.definite_of(thing) or (thing if known and g.definite_of(known) == thing else None)
    return f"{definite} {g.be_word} {state.lower()}" if definite else None


def signs_as_verbs(text: str, g: Grammar, fed: str = "") -> str | None:
    """A sign typed as fragments that are no verbs ("frø. vand. bur rent. selv."), beside a wish
    with its verb: each as a verb phrase, in one list ("selv give den frø og vand og gøre buret
    rent"): a thing and a quality is the thing made so (grammar made_so), a thing and a way is
    the thing carried (carried_thing), things an animal eats (fed_things) are given to it when
    the wish names one (`fed`: its pronoun, "den"); None unless every fragment is one of
    those, a verb phrase or an adverb before the verbs ("selv"), and one at least no verb."""
    parts = _fragments(text)
    if len(parts) < 2 or all(_verb(p[0], g, loose=True) for p in parts if p):
        return None
    made = _as_verbs(parts, g, fed)
    return made[0] if made and made[1] else None


def _as_verbs(parts: list[list[str]], g: Grammar, fed: str) -> tuple[str, bool] | None:
    """(the fragments as one list of verb phrases, an adverb before them; True when one was made
    of no verb), or None when a fragment is none of those signs_as_verbs reads."""
    lead: list[str] = []
    # "selv ringet op. ser hende": tensed verbs are read only in a sign of nothing else ("helt
    # puslespil. brikker ikke på gulvet": "brikker" is no verb there)
    tensed_only = all(
        (len(p) == 1 and _b(p[0]) in g.pre_modal_adverbs) or _tensed(p, g) for p in parts
    )
    phrases: list[list[str]] = []
    given: list[str] = []
    made = False
    for part in parts:
        words = [w.lower() for w in part]
        if len(part) == 1 and _b(part[0]) in g.pre_modal_adverbs:
            lead = lead or words  # "selv.": before the verbs
        elif fed and len(part) == 1 and _b(part[0]) in g.fed_things:
            given.append(words[0])  # "frø. vand.": one phrase, at the first of them
            if len(given) == 1:
                phrases.append([])
            made = True
        elif fed and len(part) == 2 and _count(words[0], g) and g.fed_counted:
            fed = g.fed_counted.format(count=words[0], animals=words[1])  # "tre får."
            made = True
        elif len(part) == 2 and (so := _made_so(words[0], words[1], g)):
            phrases.append(so.split())  # "kattebakke ren": no verb "kattebakke"
            made = True
        elif _verb(part[0], g, loose=True) and not _named(part[0], g):
            phrases.append([words[0], *part[1:]])
        elif len(part) == 2 and _b(part[1]) in g.carried_ways and g.carried_thing:
            phrases.append(g.carried_thing.format(thing=words[0], way=words[1]).split())
            made = True
        elif tensed_only and (tensed := _tensed(part, g)) is not None:
            # "selv ringet op. ser hende": "selv ringe op" and "se hende", the verbs' infinitives
            adverb, phrase = tensed
            lead = lead or adverb
            phrases.append(phrase)
            made = True
        else:
            return None
    if given:
        things = ", ".join(given[:-1]) + f" {g.and_word} " if len(given) > 1 else ""
        at = phrases.index([])
        phrases[at] = g.fed_thing.format(them=fed, things=things + given[-1]).split()
    if not phrases or not g.and_word:
        return None
    said = [" ".join(p) for p in phrases]
    listed = ", ".join(said[:-1]) + f" {g.and_word} " if len(said) > 1 else ""
    return " ".join([*lead, listed + said[-1]]), made


def _count(word: str, g: Grammar) -> bool:
    """True for a number of a few, as a word or digits ("tre", "3")."""
    return word.isdigit() or _b(word) in g.range_numbers


def _named(word: str, g: Grammar) -> bool:
    """True for a person's name typed with its capital ("Sofie"), though it looks like a verb."""
    return word[:1].isupper() and word.lower() in g.person_names


def _tensed(part: list[str], g: Grammar) -> tuple[list[str], list[str]] | None:
    """(the adverb of pre_modal_adverbs it opens with: "selv", the phrase with its verb in the
    infinitive) for a fragment whose verb is said in the present or its past participle ("ser
    hende": "se hende"; "selv ringet op": "selv", "ringe op"); None for any other."""
    k = 1 if len(part) > 1 and _b(part[0]) in g.pre_modal_adverbs else 0
    word = part[k]
    if not word.isalpha() or not word.islower() or _b(word) in g.not_verbs | g.modals:
        return None
    verb = g.infinitive_of_participle(word) or (g.is_present(word) and g.infinitive_of(word))
    if not verb or g.lemma_forms.get(word) != verb:
        return None  # "helt", "brikker", "skraldet": the lemma table reads no such verb form
    return [w.lower() for w in part[:k]], [verb, *part[k + 1 :]]


def _definite_by_article(noun: str, article: str) -> str:
    """A noun's definite singular by its article, as said ("bur", "et": "buret"); a noun that
    ends in e takes the article's last letter ("kasse": "kassen")."""
    return noun + (article[-1] if noun.endswith(article[0]) else article)


def _made_so(noun: str, quality: str, g: Grammar) -> str | None:
    """ "bur rent": the thing made so, definite, its quality agreeing ("gøre buret rent",
    "gøre stalden ren"); None unless a known noun and a quality of bare_adjectives."""
    key = _adjective_key(quality, g)
    article = g.indefinite_article(noun)
    if key is None or not article or not g.made_so:
        return None
    the = g.definite_singular(noun) or g.definite_of(noun) or _definite_by_article(noun, article)
    agreeing = _agreeing(quality, key, article, g)
    return g.made_so.format(thing=the, quality=agreeing) if agreeing else None


def quantified_sign(words: list[str], own: list[str], verb: str, g: Grammar) -> str | None:
    """A sign typed as fragments with no verb: a quantifier alone ("begge.", "alle."), maybe how
    far ("helt op.") and an adverb of the citizen ("selv."), beside a wish with its verb and
    thing ("tage støttestrømper på"): one verb phrase, the quantifier before the wish's thing
    and how far in place of its particle ("selv få begge støttestrømper helt op"; another
    particle than the wish's takes particle_get_verb). None for any other sign."""
    parts = _fragments(" ".join(words))
    if not parts or verb not in own or not g.and_word:
        return None
    lead: list[str] = []
    quantifier: list[str] = []
    how_far: list[str] = []
    for part in parts:
        low = [w.lower() for w in part]
        if len(low) == 1 and _b(low[0]) in g.plural_quantifiers and not quantifier:
            quantifier = low
        elif len(low) == 1 and _b(low[0]) in g.pre_modal_adverbs and not lead:
            lead = low
        elif not how_far and _how_far(low, g):
            how_far = low
        else:
            return None
    v = own.index(verb)
    at = next((k for k in range(v + 1, len(own)) if _b(own[k]) in _particles(g)), None)
    thing = own[v + 1 : at] if at is not None else own[v + 1 :]
    if not quantifier or not thing or _b(thing[0]) in g.plural_quantifiers:
        return None
    particle = own[at : at + 1] if at is not None else []
    rest = own[at + 1 :] if at is not None else []
    if how_far and particle and _b(how_far[-1]) != _b(particle[0]) and g.particle_get_verb:
        verb = g.particle_get_verb  # "tage … på" + "helt op": "få … helt op"
    return " ".join([*lead, verb, *quantifier, *thing, *(how_far or particle), *rest])


def _particles(g: Grammar) -> frozenset[str]:
    """The particles a wish's verb may end on ("op", "på" of end_particles)."""
    return g.sign_particles | g.end_particles


def _how_far(part: list[str], g: Grammar) -> bool:
    """True for a fragment that says how far, degree words and a particle ("helt op", "ned")."""
    *degrees, particle = part
    return _b(particle) in _particles(g) and all(_b(w) in g.degree_words for w in degrees)


def things_put_in(text: str, g: Grammar) -> str | None:
    """A wish typed as a thing and the place it is kept in, each a fragment, maybe beside an
    adverb alone ("frimærker. albummet. igen.", "mine billeder. mappen"): the thing put there,
    "sætte frimærker i albummet"; None for any other wish."""
    fillers = {fold(f) for f in g.fillers}
    said = [[w for w in p if fold(w.lower()) not in fillers] for p in _fragments(text)]
    parts = [p for p in said if p and not (len(p) == 1 and _b(p[0]) in g.pre_modal_adverbs)]
    if len(parts) != 2 or len(parts[1]) != 1 or not g.put_in_verb:
        return None
    thing, (place,) = [w.lower() for w in parts[0]], parts[1]
    lead = g.put_in_place(place)
    owned = len(thing) == 2 and _b(thing[0]) in g.possessive_words  # "mine billeder"
    if lead is None or not (len(thing) == 1 or owned) or not thing[-1].isalpha():
        return None
    if _verb(thing[-1], g, loose=True) or g.put_in_place(thing[-1]):
        return None  # "sætte. albummet": a verb, no thing
    return " ".join([g.put_in_verb, *thing, lead, place.lower()])


def state_reason(text: str, g: Grammar) -> str | None:
    """A reason typed as a definite noun and how it is, each a fragment ("dagene. lange.",
    "huset. stille"): the clause of reason_state ("fordi dagene er lange"), never the verb "lange";
    None for any other answer."""
    parts = _fragments(text)
    if len(parts) != 2 or any(len(p) != 1 for p in parts) or not g.reason_state:
        return None
    thing, state = parts[0][0].lower(), parts[1][0].lower()
    if not (_definite_noun(thing, g) and _state_word(state, g)):
        return None
    return g.reason_state.format(thing=thing, state=state)


def _definite_noun(word: str, g: Grammar) -> bool:
    """True for a noun's definite form by the lemma table ("dagene", "huset", "tiden")."""
    w = fold(word)
    lemma = g.lemma_forms.get(w)
    if not word.isalpha() or not lemma or fold(lemma) == w or _verb(word, g):
        return False
    return w.endswith(_DEFINITE_ENDS) and bool(g.indefinite_article(lemma) or g.noun_kind(lemma))


_DEFINITE_ENDS = ("en", "et", "ne", "n", "t")  # "tiden", "huset", "dagene", "stuen"


def _state_word(word: str, g: Grammar) -> bool:
    """True for an adjective said of how a thing is ("lange", "stille", "tom")."""
    w = fold(word)
    plural = w.endswith("e") and _adjective_key(w[:-1], g) is not None  # "lange", "store"
    listed = w in g.state_adjectives or w in g.predicate_adjectives
    return listed or plural or _adjective_key(w, g) is not None


def deed_span_reason(text: str, g: Grammar, is_span) -> str | None:
    """A reason typed as a deed in its past participle and how long, each a fragment ("samlet.
    80 år.", "80 år. strikket"): what one has done for that long, by reason_deed_span ("fordi jeg
    har samlet i 80 år"); `is_span` tells a count and a unit of time. Among more fragments the
    deed and its span said side by side ("hele livet. sejlet. skibene. oldebørn."): the clause of
    the two, the others left in the record. None for any other answer."""
    parts = _fragments(text)
    if len(parts) < 2 or not g.reason_deed_span:
        return None
    deeds = [n for n, p in enumerate(parts) if len(p) == 1 and _participle(p[0], g)]
    spans = [n for n, p in enumerate(parts) if _span(p, g, is_span)]
    if len(deeds) != 1 or len(spans) != 1 or abs(deeds[0] - spans[0]) != 1:
        return None
    deeds, spans = [parts[deeds[0]]], [parts[spans[0]]]
    deed, span = deeds[0][0].lower(), _span(spans[0], g, is_span)
    return g.reason_deed_span.format(deed=deed, span=span)


def span_apart(text: str, g: Grammar, is_span) -> bool:
    """True for a reason typed as how long and one word that is no deed ("haven. 40 år.",
    "Grete. 80 år"): nothing the goal can say ("for havens skyld" is none of it)."""
    parts = _fragments(text)
    if len(parts) != 2 or not all(_span(p, g, is_span) or len(p) == 1 for p in parts):
        return False
    spans = [p for p in parts if _span(p, g, is_span)]
    return len(spans) == 1 and not any(_participle(p[0], g) for p in parts if p is not spans[0])


def story_apart(text: str, g: Grammar, is_span) -> bool:
    """True for a reason typed as three or more fragments of one or two words with how long
    among them and no deed ("gift. 61 år. pænt. skal. det. være."): a story the goal cannot say
    in a clause ("så jeg kan være gift" would be false); kept in the record, not the goal."""
    parts = _fragments(text)
    if len(parts) < _STORY_PARTS or any(len(p) > 2 for p in parts):
        return False
    spans = [p for p in parts if _span(p, g, is_span)]
    rest = [w for p in parts if not _span(p, g, is_span) for w in p]
    if len(spans) != 1 or any(_participle(w, g) for w in rest):
        return False
    # a verb said is a deed ("altid. søndag. snakke. 86 år."), unless a modal said before it
    # governs it ("skal. det. være.": how it must be)
    modal = next((k for k, w in enumerate(rest) if fold(w.lower()) in g.modals), len(rest))
    return not any(g.is_infinitive(w.lower()) for w in rest[:modal])


_STORY_PARTS = 3  # fragments of a told story at least ("haven. 40 år." is span_apart's)


def _span(part: list[str], g: Grammar, is_span) -> str:
    """How long a fragment says, with span_lead before a count ("i 80 år") or as said ("hele
    livet"); "" for none."""
    said = [w.lower() for w in part]
    if fold(" ".join(said)) in g.whole_spans:
        return " ".join(said)
    return " ".join([g.span_lead, *said]) if g.span_lead and is_span(said) else ""


def _participle(word: str, g: Grammar) -> bool:
    """True for a verb's past participle said alone ("samlet", "strikket", "gået")."""
    w = _b(word)
    if not word.isalpha() or not word[1:].islower() or w in g.not_participles:
        return False
    verb = g.infinitive_of_participle(word)
    if not verb or fold(verb) == w:
        return False
    # "sat": "sætte" by the table; else a form of the verb ("samlet"), or of a verb with a
    # present participle in the lemma table ("lavet": "lavende")
    listed = w in g.participle_infinitives or g.lemma_forms.get(word.lower()) == verb
    return listed or g.has_participle(verb)


def deed_of_thing(words: list[str], g: Grammar) -> list[str]:
    """A sign typed as a thing and its deed in the past participle, each a fragment, the deed
    maybe with its particle ("en hel side. sat ind.", "alle sokkerne. lagt sammen"): one verb
    phrase, the deed's infinitive before the thing and the particle after it ("sætte en hel side
    ind"); any other sign as said."""
    parts = _fragments(" ".join(words))
    if len(parts) != 2:
        return words
    deeds = [p for p in parts if len(p) <= 2 and _participle(p[0], g) and _particle_after(p, g)]
    if len(deeds) != 1:
        return words
    deed = deeds[0]
    thing = next(p for p in parts if p is not deed)
    if any(g.is_bare_infinitive(w) or _participle(w, g) for w in thing):
        return words  # "gå. sat ind": two deeds
    verb = g.infinitive_of_participle(deed[0]) or ""
    first = thing[0].lower()  # "En hel side.": the fragment's typed capital, no name
    known = first in g.lemma_forms or _b(first) in g.plural_quantifiers | g.possessive_words
    if known or first in g.indefinite_articles.values():
        thing = [first, *thing[1:]]
    return [verb, *thing, *(w.lower() for w in deed[1:])]


def _particle_after(part: list[str], g: Grammar) -> bool:
    """True for a participle alone or with one particle after it ("sat", "sat ind")."""
    return len(part) == 1 or _b(part[1]) in _particles(g)


_WAYS_MIN = 2  # ways said as fragments of a sign at least ("op. langs stranden. ned.")


def ways_as_sign(text: str, verb: str, g: Grammar) -> str | None:
    """A sign typed as fragments of ways ("op. langs stranden. ned. selv. film.", the wish's verb
    "flyve"): the wish's verb with the ways as one list, "og" before the last, "selv" before the
    verb, and a noun said alone whose verb is the noun with an "e" ("film": "filme") as a deed
    after it: "selv flyve op, langs stranden og ned og filme". A way is a motion adverb, or a
    way preposition with its place ("langs stranden"); None unless every fragment is one of
    those and two at least are ways."""
    if not verb or not g.and_word or not g.is_infinitive(verb):
        return None
    lead: list[str] = []
    ways: list[str] = []
    deeds: list[str] = []
    for part in _fragments(text):
        words = [w.lower() for w in part]
        first = _b(part[0]) if part else ""
        if len(part) == 1 and first in g.pre_modal_adverbs:
            lead = lead or words
        elif len(part) <= _VERB_PART_MAX and (
            first in g.motion_adverbs or (len(part) > 1 and first in g.way_prepositions)
        ):
            ways.append(" ".join(words))  # "op", "hen til bænken", "langs stranden"
        elif len(part) == 1 and part[0].isalpha() and g.is_bare_infinitive(words[0] + "e"):
            deeds.append(words[0] + "e")  # "film.": "filme"
        else:
            return None
    if len(ways) < _WAYS_MIN:
        return None
    listed = ", ".join(ways[:-1]) + f" {g.and_word} {ways[-1]}"
    said = [*lead, verb.lower(), listed, *(f"{g.and_word} {d}" for d in deeds)]
    return " ".join(said)
