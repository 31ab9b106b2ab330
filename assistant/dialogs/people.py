"""The `people` slot from what was said: only people said as helpers or companions (pure).

Every answer may name people; the NLP gives each a role (assistant/nlp/people_roles.py). A
helper or companion joins the goal's network and the `people` question is then not asked. A
person who died, is missed, is cooked for or visited, or whose help the citizen wants to be
free of, is not a helper; when nothing tells, the `people` question is asked. In the answer to
that question itself a plain name ("min datter") is a helper.
"""

from __future__ import annotations

import re

from assistant.content.grammar import fold
from assistant.dialogs.name_place import denied_words, is_place_name
from assistant.nlp.people_roles import HELPING
from assistant.nlp.wordscan import skip_ahead

DECEASED = "deceased"
REMOVING = frozenset({DECEASED, "unwanted"})  # said so later: no longer in the network
#: A first name told earlier and said so now ("Mikkel kan jo ikke hjælpe", "Sofie bor i London")
#: is no helper by that name.
NO_HELP_BY_NAME = REMOVING | {"away"}
#: Steps whose answers tell who helps: the story of today, the wish ("med min datter"), the
#: activity, the independence and people questions, a change and the summary. The consent
#: ("det har jeg snakket med far om"), the "about" answer, the reason ("så vi kan spise med
#: vennerne igen"), the scales, the measure, the frequency and the deadline never make a helper;
#: a person said there only leaves the network when told dead or unwanted.
HELP_STEPS = frozenset({"open", "wish", "activity", "independence", "people", "change", "confirm"})


def roles_of(facts, step_kind: str) -> dict[str, str]:
    """Return name → role for the people `facts` names, read for a step of `step_kind`."""
    if facts is None:
        return {}
    told = (getattr(facts, "extras", None) or {}).get("people_roles") or {}
    out = {}
    # `people` leaves out whom a sentence seems to be about ("min kone er død", "min mand kan
    # hjælpe mig"); their role still tells, and to "Hvem kan hjælpe?" a name is an answer.
    told_not_named = [
        n
        for n, role in told.items()
        if n not in facts.people and (role != "other" or step_kind == "people")
    ]
    for name in (*facts.people, *told_not_named):
        role = told.get(name, "other")
        if role == "other" and step_kind == "people":
            role = "helper"  # "Hvem kan hjælpe dig?" — "min datter"
        elif role in HELPING and step_kind == "open" and facts.stance == "difficulty":
            role = "other"  # help told as what is hard today may be help to be free of
        out[name] = role
    return out


def told_helpers(facts) -> list[str]:
    """The people `facts` names said as helpers or companions by the words around them ("min
    datter tager med"), in order; a bare name is none."""
    told = (getattr(facts, "extras", None) or {}).get("people_roles") or {}
    return [name for name, role in told.items() if role in HELPING]


def helpers_in(roles: dict[str, str]) -> list[str]:
    """The names of `roles` (roles_of) told as helpers or companions, in order."""
    return [name for name, role in roles.items() if role in HELPING]


def the_citizen(state, lex) -> str | None:
    """The person lemma a relative calls the citizen by ("min mor, Karen": 'mor'), else None."""
    about = getattr(state, "about", None)
    called = about.get("called") if isinstance(about, dict) else None
    return lex.people.get(str(called).lower()) if called else None


def citizen_of(state) -> frozenset[str]:
    """The citizen's name in the genitive as the relative gave it, lower case ("werners"), for
    names_told's `citizen_of`; empty when no name was given."""
    about = getattr(state, "about", None)
    of = about.get("of") if isinstance(about, dict) and about.get("name") else None
    return frozenset({str(of).lower()}) if of else frozenset()


def take_people(state: dict, facts, step_kind: str, lex=None) -> bool:
    """Put the helpers `facts` names into the `people` slot; return True when it changed.

    With `lex`, the citizen as the relative calls them ("… din gamle mor" in the daughter's
    quote of her mother) is never their own helper."""
    roles = roles_of(facts, step_kind)
    me = the_citizen(state, lex) if lex is not None else None
    roles = {name: role for name, role in roles.items() if name != me}
    if step_kind not in HELP_STEPS:
        roles = {name: role for name, role in roles.items() if role not in HELPING}
    people = state.slots.setdefault("people", [])
    if lex is not None:
        _note_companions(state, facts, roles, lex)
    changed = False
    for name, role in roles.items():
        if role in HELPING and name not in people:
            people.append(name)
            changed = True
            if step_kind == "open":  # help told about today: kept unless who helps says else
                state.slots.setdefault("story_people", []).append(name)
        elif role in REMOVING and name in people:
            people.remove(name)
            changed = True
    # a wish's companion ("bage boller med mine børnebørn") may not be who helps: still asked
    answering = {"helper"} if step_kind == "wish" else HELPING
    if any(role in answering for role in roles.values()) and step_kind != "open":
        state.people_answered = True  # help told about today ("hjemmeplejen handler for mig")
        # joins the network, yet "Hvem kan hjælpe dig?" is still asked about the goal
    elif changed and not people and step_kind != "people":
        state.people_answered = False  # the only helper is gone: ask who can help
    return changed


#: Words between "sammen med" and the companion ("sammen med grethe min nabo")
_TOGETHER_GAP = 3


def _note_companions(state, facts, roles: dict[str, str], lex) -> None:
    """Keep in the `companions` slot whom the answer told as company with one of the
    `role_together` leads ("sammen med grethe min nabo"), not as help: the goal says "sammen med
    min nabo", as they meant it. Help told of them anywhere ("min nabo hjælper mig") takes them
    out."""
    extras = getattr(facts, "extras", None) or {}
    told = extras.get("people_roles") or {}
    leads = lex.people_roles.together if lex.people_roles is not None else ()
    words = re.findall(r"\w+", str(extras.get("spelled") or "").lower())
    together = {
        lex.people[w]
        for k, w in enumerate(words)
        if w in lex.people
        and any(
            tuple(words[j - len(lead) + 1 : j + 1]) == lead
            for lead in leads
            for j in range(max(0, k - 1 - _TOGETHER_GAP), k)
        )
    }
    companions = state.slots.setdefault("companions", [])
    for name in roles:
        if told.get(name) == "companion" and name in together and name not in companions:
            companions.append(name)
        elif told.get(name) == "helper" and name in companions:
            companions.remove(name)


def story_help(parts, wished) -> tuple[list[str], list[str]]:
    """For a wish answer told as a story of several sentences ((text, facts) each): the helpers
    said only in sentences that tell no wish ("Hjemmeplejen har tilbudt at følge mig, men …"),
    and the helpers said in the wish's own sentence ("jeg vil gerne i svømmehallen med min
    datter"). `wished(facts)` tells a sentence holding the wish. Both empty when no sentence
    holds it (the answer is then read as one)."""
    wish_parts = [f for _t, f in parts if f is not None and wished(f)]
    if not wish_parts or len(wish_parts) == len(parts):
        return [], []
    in_wish = {name for f in wish_parts for name in told_helpers(f)}
    told = [
        name
        for _t, f in parts
        if f is not None and not wished(f)
        for name in told_helpers(f)
        if name not in in_wish
    ]
    return list(dict.fromkeys(told)), sorted(in_wish)


def keep_as_story(state, told: list[str], in_wish: list[str], answered_before: bool) -> None:
    """Helpers told only in the story around a wish (story_help) are help of today: kept as the
    story's (drop_story_people), and "Hvem kan hjælpe dig?" is still asked unless the wish's
    own sentence or an earlier answer named a helper."""
    people = state.slots.get("people") or []
    story = state.slots.setdefault("story_people", [])
    story.extend(name for name in told if name in people and name not in story)
    if not story:
        state.slots.pop("story_people", None)
    if told and not in_wish and not answered_before:
        state.people_answered = False


def drop_deceased(state, facts, step_kind: str) -> bool:
    """Take out of the `people` slot whom the whole answer says died, though a part of it named
    them as help ("… sammen med præsten Holm. Men Holm døde sidste år"); True when it changed."""
    told = (getattr(facts, "extras", None) or {}).get("people_roles") or {}
    people = state.slots.get("people") or []
    dead = [name for name in people if told.get(name) == DECEASED]
    for name in dead:
        people.remove(name)
    if dead and not people and step_kind != "people":
        state.people_answered = False  # the only helper is gone: ask who can help
    return bool(dead)


def named_before(
    text: str,
    earlier: list[str],
    lex,
    negations: frozenset[str],
    death_words: frozenset[str],
    told_of: frozenset[str] = frozenset(),
    grammar=None,
    citizen_of: frozenset[str] = frozenset(),
) -> list[str]:
    """The people of `text` called by a first name told earlier with a relation ("min mand Per
    …", later "Per kan skrælle kartoflerne", "lone hjælper mig" in any case): their person
    lemmas, in order.

    A name is a capitalised word right after a possessive and a person word ("vores søn Thomas",
    "min gamle ven Svend": a word of `named_kin_gap` may stand between) that is no person
    word itself. In the answers of `told_of` (a relative telling of the citizen) a reflexive
    owner is the citizen's too: "Aksel han bor med sin søn Thomas", later "mig og Thomas"; said
    by the citizen, "sin mand Erik" is someone else's husband.
    Left out: a name after a negation ("ikke Lone"), one said with its relation right there
    (the NLP reads "min bror Jens" itself), one someone is kin to ("far til Mads"), and one
    told dead near either mention ("min mand
    Erik døde …", "Erik er jo død"; `death_words` folded). `citizen_of` holds the citizen's
    name in the genitive, lower case: in the answers of `told_of` it owns a relation too
    ("Werners datter Pia", later "Pia og jeg hjælper": his daughter)."""
    names, dead = names_told(earlier, lex, death_words, told_of, grammar, citizen_of)
    words = re.findall(r"\w+", text)
    low = [w.lower() for w in words]
    denied = denied_words(text, negations)
    found = [
        names[w]
        for k, w in enumerate(low)
        if w in names
        and w not in dead
        and not (k and low[k - 1] in lex.people)
        and not _kin_of(low, k, lex)  # "han er jo far til Mads": whose father he is
        and k not in denied
        and not _near(words, k, death_words)
    ]
    return list(dict.fromkeys(found))


def _kin_of(low: list[str], k: int, lex) -> bool:
    """True for the name at low[k] said after a person word and a word of `kin_of_leads` ("far
    til Mads", "mor til Sofie"): the one someone else is kin to."""
    return k > 1 and low[k - 1] in lex.kin_of_leads and low[k - 2] in lex.people


_SENTENCE_END = re.compile(r"[.!?;]")  # a mark that ends the sentence a relation is told in


def names_told(
    earlier: list[str],
    lex,
    death_words: frozenset[str],
    told_of: frozenset[str] = frozenset(),
    grammar=None,
    citizen_of: frozenset[str] = frozenset(),
) -> tuple[dict[str, str], set[str]]:
    """The first names told with a relation in `earlier` answers ("min datter Lis": lis →
    datter), folded to lower case, and those of them told dead near the name; a reflexive owner
    counts in the answers of `told_of` (see named_before). With `grammar`, a name of its
    `person_names` in an answer typed all in lower case counts too ("min mand poul"); so does
    the citizen's name in the genitive (`citizen_of`) in the answers of `told_of`."""
    names: dict[str, str] = {}
    dead: set[str] = set()
    between = lex.named_kin_gap
    for said in earlier:
        words = re.findall(r"\w+", said)
        owners = (
            lex.possessives | lex.reflexive_owners | citizen_of
            if said in told_of
            else lex.possessives
        )
        # "med min familie. I Bosnien …": a capital opening the next sentence is no name
        spans = [m.span() for m in re.finditer(r"\w+", said)]
        told = [
            (k, k + 1)
            for k in _kin_owned(words, owners, between)
            if not _SENTENCE_END.search(said[spans[k][1] : spans[k + 1][0]])
        ]
        told += _kin_after(said, lex, owners)  # "Inger, min kone", "Inger (konen)"
        for k, at in told:
            lemma, name = lex.people.get(words[k].lower()), words[at]
            if lemma and _name_shaped(name, said, grammar) and name.lower() not in lex.people:
                names.setdefault(name.lower(), lemma)
                if _near(words, at, death_words) or _dies_later(
                    words, max(k, at), lemma, lex, death_words
                ):
                    dead.add(name.lower())
    return names, dead


def _name_shaped(name: str, said: str, grammar) -> bool:
    """True for a word after a relation that is a first name: capitalised, or in an answer
    typed all in lower case ("min mand poul") one of the grammar's first names that is no
    word's form ("min datter mads" may be food)."""
    if name[:1].isupper():
        return True
    if grammar is None or said != said.lower():
        return False
    return name in grammar.person_names and name not in grammar.lemma_forms


def _kin_owned(words: list[str], owners, between) -> list[int]:
    """Where an owned person word stands with a word after it ("min (gamle) ven Svend")."""
    found = []
    for i in range(len(words) - 2):
        k = i + 2 if words[i + 1].lower() in between else i + 1  # "min gamle ven Svend"
        if words[i].lower() in owners and k + 1 < len(words):
            found.append(k)
    return found


_NAME_THEN_KIN = re.compile(r"\w+|[,(.!?]")


def _kin_after(said: str, lex, owners) -> list[tuple[int, int]]:
    """(the person word, the name) where a first name inside a sentence is said before its
    relation: "går tur med Inger, min kone", "med Inger min kone", "med Inger (konen)" (a bare
    relation only definite and set off). Indexes count the words alone, punctuation left out;
    a sentence's first word may be any word ("Ja, min kone …")."""
    tokens = _NAME_THEN_KIN.findall(said)
    plain = lex.people.keys() | lex.run_on_subjects | lex.third_person_subjects | lex.possessives
    found, at = [], -1
    for n, tok in enumerate(tokens):
        if tok in ",(.!?":
            continue
        at += 1
        inside = n > 0 and tokens[n - 1] not in ".!?"
        if not (inside and tok.istitle() and tok.isalpha()) or tok.lower() in plain | owners:
            continue
        k, j = at + 1, n + 1
        marked = j < len(tokens) and tokens[j] in ",("
        j += marked
        word = tokens[j].lower() if j < len(tokens) else ""
        if word in owners:
            k, j = k + 1, j + 1
            if j < len(tokens) and tokens[j].lower() in lex.named_kin_gap:
                k, j = k + 1, j + 1  # "Svend, min gamle ven"
        elif not (marked and _definite(word, lex)):
            continue
        if j < len(tokens) and tokens[j].lower() in lex.people:
            if j + 1 < len(tokens) and _finite(tokens[j + 1].lower(), lex):
                continue  # "ved Harboøre, min far var fisker": the relation opens a clause
            found.append((k, at))
    return found


def _finite(word: str, lex) -> bool:
    """True for a finite verb ("var", "hjælper", "arbejdede", "overtog": the lemma table or the
    listed past forms, a compound's last part too): after a relation it makes the relation a
    clause's subject, no apposition."""
    if word in lex.role_copulas or word in lex.classes.get("modal", ()):
        return True
    pasts = lex.motivation.past_verbs
    if any(word.endswith(v) and len(v) > 2 for v in pasts):
        return True  # "fik", "overtog"
    lemma = lex.lemma(word)
    if lemma == word or not lemma.isalpha():
        return False
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    return word in (lemma + "r", lemma + "de", lemma + "te", stem + "ede", stem + "te")


def _definite(word: str, lex) -> bool:
    """True for a person word said in a form other than its lemma ("konen", "sønnen")."""
    lemma = lex.people.get(word)
    return bool(lemma) and word != lemma


#: Words after a "han"/"hun" read for the death told of them ("Han døde i 2019").
_PRONOUN_DEATH_WINDOW = 3


def _dies_later(words: list[str], k: int, lemma: str, lex, folded: frozenset[str]) -> bool:
    """True when a later "han"/"hun" of the person named at words[k] ("min mand Poul plantede
    æbletræet … Han døde i 2019"), before another person is named, is told dead: a word of
    `folded` right after it, not one with an owner after it ("han mistede sin kone")."""
    cues = lex.people_roles
    gender = cues.pronoun_of.get(lemma) if cues is not None else None
    if gender is None:
        return False
    low = [w.lower() for w in words]
    for j in range(k + 1, len(low)):
        if low[j] in lex.people or (words[j][:1].isupper() and low[j - 1] in lex.people):
            return False  # someone else named: "han" may be him now
        if low[j] != gender:
            continue
        for m in range(j + 1, min(len(low), j + 1 + _PRONOUN_DEATH_WINDOW)):
            if fold(low[m]) in folded and not (m + 1 < len(low) and low[m + 1] in lex.owners):
                return True
    return False


def as_relations(text: str, names: dict[str, str], lead: str, lex) -> tuple[str, list[str]]:
    """`text` with each first name of `names` said without its relation right before it put as
    `lead` and the relation ("Lis skal ikke" → "min datter skal ikke"), so the role patterns
    of person words read it; and the relations so put, in order."""
    out, put = [], []
    for word in re.split(r"(\w+)", text):
        lemma = names.get(word.lower())
        if lemma and not (out and _last_word(out).lower() in lex.people):
            out.append(f"{lead} {lemma}")
            put.append(lemma)
        else:
            out.append(word)
    return "".join(out), list(dict.fromkeys(put))


def _last_word(parts: list[str]) -> str:
    """The last word in the pieces of a text put together so far."""
    words = re.findall(r"\w+", "".join(parts[-3:]))
    return words[-1] if words else ""


def first_names(text: str, lex, negations: frozenset[str]) -> list[str]:
    """The first names `text` says with no relation ("ved ikke måske Svend kan hente mig"), as
    said: a capitalised word inside a sentence (the first word of one may be any word) that is
    no person word, pronoun or possessive; not one after a negation ("ikke Lone")."""
    words = re.findall(r"\w+|[.!?]", text)
    plain = lex.people.keys() | lex.run_on_subjects | lex.third_person_subjects | lex.possessives
    low = [w.lower() for w in words]
    found = [
        w
        for k, w in enumerate(words)
        if k
        and w.istitle()  # "Svend"; not "TABLE"
        and w.isalpha()
        and words[k - 1] not in ".!?"
        and low[k] not in plain
        and low[k - 1] not in negations  # "ved ikke måske Svend …" names him
        and not name_owns(words, k, lex)  # "med Hannes gamle røremaskine": the owner
        and not is_place_name(words, k, lex, plain)  # "hun bor i Odense", "Karen fra Vejle"
    ]
    return list(dict.fromkeys(found))


#: Shortest genitive of a first name ("Ibs").
NAME_GENITIVE_MIN = 3


def name_owns(words: list[str], k: int, lex) -> bool:
    """True for a first name said in the genitive before a thing ("med Hannes gamle
    røremaskine", "Ibs rollator"): the thing's owner, no helper. The thing is an aid or follows
    a word of `named_kin_gap` ("gamle", "nye"); not a word of help ("med Hannes hjælp")."""
    w = words[k]
    if not (w.istitle() and w.isalpha() and w.endswith("s") and len(w) >= NAME_GENITIVE_MIN):
        return False
    j = skip_ahead(words, k + 1, lex.named_kin_gap)  # "Hannes gamle …"
    if j >= len(words) or not words[j].isalpha() or not words[j].islower():
        return False
    if words[j] in lex.owner_help_words:
        return False  # "med Hannes hjælp": she helps
    return j > k + 1 or words[j] in lex.aids


def opening_names(text: str, unknown, lex, follow, present_endings, negations) -> list[str]:
    """A first name that opens a sentence ("Hanne kører mig", "Lone min chef og …", "Grethe fra
    læsekredsen kan …"): a word with a capital that no table knows (`unknown`, from the facts),
    followed by a verb said in the present or a word of `follow` ("kan", "min", "fra"); the
    first word of a sentence is else any word, so `first_names` leaves it. Not one said with a
    negation after it ("Lis kan ikke")."""
    unknown = set(unknown or ())
    words = re.findall(r"\w+|[.!?,]", text)
    plain = lex.people.keys() | lex.run_on_subjects | lex.third_person_subjects | lex.possessives
    # "hanne henter mig …": an answer typed all in small letters writes no name with a capital
    small = not any(c.isupper() for c in text)
    found = []
    for k, w in enumerate(words[:-1]):
        if k and words[k - 1] not in ".!?":
            continue  # inside a sentence: first_names reads it
        low, nxt = w.lower(), words[k + 1].lower()
        named = w.istitle() or (small and w.islower())
        if not (named and w.isalpha() and w in unknown) or low in plain or low in lex.lemmas:
            continue
        lemma = lex.lemmas.get(nxt, "")
        present = bool(lemma) and any(nxt == lemma + e for e in present_endings)
        denied = any(x.lower() in negations for x in words[k + 1 : k + 4])
        if (present or nxt in follow) and not denied:
            found.append(w[:1].upper() + w[1:])
    return list(dict.fromkeys(found))


#: Words around a name read for its death ("min mand Erik døde for fire år siden").
_DEATH_WINDOW = 4


def _near(words: list[str], k: int, folded: frozenset[str]) -> bool:
    """True when a word within _DEATH_WINDOW of words[k] is one of `folded`."""
    around = words[max(0, k - 2) : k + _DEATH_WINDOW + 1]
    return any(fold(w) in folded for w in around)


def drop_story_people(state, named: list[str], anyone: bool = False) -> None:
    """The answer to who helps names `named`: help told only in the story of today ("så kommer
    hjemmeplejen og hjælper mig i bad") is not the goal's, and leaves the `people` slot; with
    `anyone`, also when the answer names people but no helper ("min svigersøn, nej")."""
    story = state.slots.pop("story_people", None) or []
    if not named and not anyone:
        return
    people = state.slots.setdefault("people", [])
    people[:] = [p for p in people if p not in story or p in named]
