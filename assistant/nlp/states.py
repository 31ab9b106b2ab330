"""A sign said as states of things in fragments written as Danish: "æsken tom om aftenen. ingen
glemt" is "æsken er tom om aftenen og ingen er glemt", said after "når" as any state."""

from __future__ import annotations

from assistant.content.grammar import Grammar
from assistant.content.grammar import bare as _b
from assistant.nlp.marks import fragments_at
from assistant.nlp.signs import state_clause

_MARKS = ",.;:!?"
_PART_ENDS = ".;,"  # marks that end a fragment of a sign said in parts
_DEFINITE = ("en", "et", "ne")  # a definite noun's endings ("æsken", "låget", "pillerne")
_SUBJECT_MIN = 4  # letters of the shortest definite noun read as a subject ("låget")
_STATE_WORDS = 2  # words of a state typed as a fragment of its own ("Bundet.", "På plads.")


def _parts(words: list[str]) -> list[list[str]]:
    """The words cut after each fragment's closing mark ("aftenen." ends one)."""
    return fragments_at(words, _PART_ENDS)


def _finite(word: str, g: Grammar) -> bool:
    """True for a finite verb or "er" ("står", "ligger", "er")."""
    return _b(word) == g.be_word or g.is_present(word) or g.is_past(word)


def _thing(word: str, g: Grammar) -> bool:
    """True for a word that may be a state's subject: a definite noun ("æsken", "pillerne"),
    lower-case, no verb, no function word ("aftenen" too: the state word after it decides)."""
    b = _b(word)
    return (
        word[-1:] not in _MARKS
        and b.isalpha()
        and word.islower()
        and len(b) >= _SUBJECT_MIN
        and b.endswith(_DEFINITE)
        and b not in g.function_words | g.citizen_pronouns | g.modals
        and not g.is_bare_infinitive(word)
    )


def _state_at(words: list[str], k: int, g: Grammar, particles: bool = False) -> bool:
    """True when words[k] opens a thing's state: a word of state_words (one or two words, "på
    plads") or a past participle ("glemt", "taget", "ryddet"), not a word like one ("godt")."""
    said = [_b(w) for w in words[k : k + 2]]
    if not said:
        return False
    if said[0] in g.state_words or " ".join(said) in g.state_words:
        return True
    if particles and said[0] in g.state_particles and k == len(words) - 1:
        return True  # "dynen glat. tæppet på.": the particle ends the fragment
    word = words[k].strip(_MARKS).lower()  # as said: the lemma table has "hængt", not "haengt"
    if said[0] in g.not_participles or not word.endswith("t") or not word.isalpha():
        return False
    lemma = g.lemma_forms.get(word) or ""
    return g.has_participle(lemma) or g.has_participle(g.infinitive_of_participle(word) or "")


def _subject_end(part: list[str], g: Grammar) -> int | None:
    """Where the subject of a verbless state ends in a fragment ("æsken", "ingen", "ingen
    piller", "alle mine planter", "mine sko"): the index after it, else None."""
    k = 0
    quantified = k < len(part) and _b(part[k]) in g.state_subjects
    if quantified:
        k += 1
    if k < len(part) and _b(part[k]) in g.possessive_words:
        k += 1
        return k + 1 if k < len(part) and _b(part[k]).isalpha() else None  # "mine sko"
    if quantified:
        # "ingen glemt", "ingen piller glemt": the pronoun alone or before a plain noun
        noun = k < len(part) and part[k][-1:] not in _MARKS and not _state_at(part, k, g)
        return k + 1 if noun and _b(part[k]).isalpha() and part[k].islower() else k
    return 1 if part and _thing(part[0], g) else None


def _bare_plural(word: str, g: Grammar) -> bool:
    """True for a noun's indefinite plural typed alone ("Snørebånd", "strømper"), capitalised as
    a typed sentence opens at most, no function word."""
    b = _b(word)
    return (
        word[1:].islower()
        and b.isalpha()
        and b not in g.function_words
        and g.is_indefinite_plural(word)
    )


def _telegraph_joined(words: list[str], g: Grammar) -> list[str]:
    """A subject typed as a fragment of its own and its state as the next ("Begge sko.
    Bundet.", "Kurven. Tom."): one fragment without the stop between, the state's capital
    lowered ("begge sko bundet"); other fragments as said."""
    parts = _parts(words)
    out: list[str] = []
    k = 0
    while k < len(parts):
        part, after = parts[k], parts[k + 1] if k + 1 < len(parts) else []
        subject = [*part[:-1], part[-1].rstrip(_MARKS)]
        subject = [_opened(subject[0], g), *subject[1:]]
        state = [w.lower() for w in after]
        # "Snørebånd. Bundet.": a bare plural alone is a subject too, its "er" said here
        plural = len(subject) == 1 and _bare_plural(subject[0], g)
        bare_state = [w.strip(_MARKS) for w in state]
        # "Alt tøjet. På.": a particle typed alone after its subject is its state ("er på")
        particle = not _state_at(bare_state, 0, g) and _state_at(bare_state, 0, g, len(state) == 1)
        if (
            part[-1][-1:] == "."
            and 0 < len(after) <= _STATE_WORDS
            and (plural or _subject_end(subject, g) == len(subject))
            and (particle or _state_at(bare_state, 0, g))
            and not any(_finite(w, g) for w in state)
        ):
            subject = [subject[0].lower(), *subject[1:]] if plural or particle else subject
            out += [*subject, g.be_word, *state] if plural or particle else [*subject, *state]
            k += 2
            continue
        out += part
        k += 1
    return out


def _listed_subject(words: list[str], g: Grammar) -> list[str]:
    """Things typed as fragments of one bare noun each before a state of a listed state subject
    ("frisør. læge. ingen glemt."): the things, definite, are the state's subject ("hverken
    frisøren eller lægen er glemt."); any other sign as said."""
    parts = _parts(words)
    if len(parts) < 3 or not g.be_word:  # two things at least, and the state
        return words
    last = [w.lower() for w in parts[-1]]
    listed = g.listed_state_subjects.get(_b(last[0]))
    state = [w.strip(_MARKS) for w in last[1:]]
    if listed is None or not state or not _state_at(state, 0, g):
        return words
    things = []
    for part in parts[:-1]:
        word = part[0].rstrip(_MARKS)
        definite = g.definite_of(word.lower()) if len(part) == 1 and word.isalpha() else None
        doing = g.is_bare_infinitive(word) and not g.has_definite_plural(word.lower())
        if definite is None or _b(word) in g.function_words or doing:  # "læge": "lægerne"
            return words
        things.append(definite)
    first, join = listed
    subject = [first, things[0]]
    for thing in things[1:]:  # no comma: it would end a fragment of the sign
        subject += [join, thing]
    return [*subject, g.be_word, *last[1:]]


def _opened(word: str, g: Grammar) -> str:
    """A fragment's first word as a state's subject is written in the sign: "Æsken", "Ingen"
    (capitalised as a typed sentence opens) lower-cased; any other word as said."""
    low = word.lower()
    if word[1:] == low[1:] and word != low and (_thing(low, g) or _b(low) in g.state_subjects):
        return low
    return word


def without_fragments(words: list[str], g: Grammar) -> list[str]:
    """A sign typed as fragments whose later fragment says what is not there ("hel kabale. kort
    ikke på gulvet.", "hele trappen. ingen pauser", "fuld kop. intet spild"): that fragment
    said with "uden" after the one before it ("hel kabale uden kort på gulvet", "hele trappen
    uden pauser"); a fragment with a verb of its own, or any other sign, stays as said."""
    parts = _parts(words)
    if len(parts) < 2 or not g.sign_without:
        return words
    out = list(parts[0])
    for part in parts[1:]:
        said = _without_said(part, g)
        if said is None:
            out += part
            continue
        out[-1] = out[-1].rstrip(_PART_ENDS)
        out += said
    return out


def told_without(text: str, g: Grammar) -> bool:
    """True for a fragment of what is not there ("kort ikke på gulvet.", "ingen fejl")."""
    return _without_said(text.split(), g) is not None


def _without_said(part: list[str], g: Grammar) -> list[str] | None:
    """The fragment of what is not there, said after "uden" ("ingen pauser" → "uden pauser",
    "kort ikke på gulvet" → "uden kort på gulvet"); None for any other fragment."""
    low = [_b(w) for w in part]
    if len(part) < 2 or any(not w for w in low) or g.be_word in low:
        return None  # "intet er tabt": a state with its verb (with_state_verb)
    # "kortene ligger ikke …", "ingen pauser er …": a verb of its own, a clause; the thing
    # itself said after "ingen" or before "ikke" ("pauser", "masker") is no verb
    thing = len(part) > 2 and low[1] in g.negations and low[2] in g.way_prepositions
    if any(_finite(w, g) and g.noun_kind(w) is None for w in part[2:]):
        return None
    if low[0] in g.none_words and g.infinitive_of_participle(part[1]) is None:
        return [g.sign_without, *part[1:]]  # "ingen pauser"; "ingen glemt" is a state
    if thing and part[0].rstrip(_MARKS).isalpha() and not g.is_infinitive(part[0]):
        return [g.sign_without, part[0].lower(), *part[2:]]
    verb = part[1].rstrip(_MARKS)
    if low[0] in g.negations and g.infinitive_mark and g.is_bare_infinitive(verb):
        # "Ikke falde.", "ikke stoppe undervejs": second-language Danish says the sign's "uden
        # at …" as a negated bare infinitive
        return [g.sign_without, g.infinitive_mark, verb.lower(), *part[2:]]
    return None


def with_state_verb(words: list[str], g: Grammar) -> list[str]:
    """A sign whose fragments say a thing's state without a verb ("æsken tom om aftenen.
    ingen glemt", "at kurven tom") with "er" after each one's subject ("æsken er tom om
    aftenen. ingen er glemt"), a capitalised opening lower-cased ("Æsken tom"); a fragment
    with a finite verb, or of other words, stays as said."""
    if not g.be_word:
        return words
    words = _listed_subject(words, g)  # "frisør. læge. ingen glemt"
    words = _telegraph_joined(words, g)  # "Begge sko. Bundet.": "begge sko bundet"
    leads = {g.and_word} | g.infinitive_markers | g.when_leads  # "og", "at", "når"
    out: list[str] = []
    # "dynen glat. tæppet på": a particle ending a fragment is a state beside a state word in a
    # sign of fragments without a verb, not in "strømperne på" (put on) or "få bukserne på"
    particles = (
        len(_parts(words)) > 1
        and any(_b(w) in g.state_words for w in words)
        and not any(_finite(w, g) for w in words)
    )
    for part in _parts(words):
        # "sengen redt og puderne på plads": a state after "og" too
        cuts = [0, *(i for i in range(1, len(part)) if _b(part[i]) == g.and_word), len(part)]
        for lo, hi in zip(cuts, cuts[1:], strict=False):
            clause = part[lo:hi]
            lead = 1 if len(clause) > 1 and _b(clause[0]) in leads else 0
            said = clause
            clause = [*clause[:lead], _opened(clause[lead], g), *clause[lead + 1 :]]
            end = _subject_end(clause[lead:], g)
            end = None if end is None else end + lead
            if (
                end is not None
                and lead < end < len(clause)
                and clause[end - 1][-1:] not in _MARKS
                and _state_at(clause, end, g, particles and lo == 0)
                and not any(_finite(w, g) for w in clause[end:])
            ):
                out += [*clause[:end], g.be_word, *clause[end:]]
            else:
                out += said
    return out


def states_joined(words: list[str], g: Grammar) -> list[str]:
    """A sign of two or more states of things said as fragments ("æsken er tom om aftenen.
    ingen er glemt") as one clause joined by "og" ("æsken er tom om aftenen og ingen er
    glemt"), so the second is no sentence told after the sign; other signs stay."""
    parts = _parts(words)
    if len(parts) < 2 or not g.and_word:
        return words
    bare = [[*p[:-1], p[-1].rstrip(_MARKS)] for p in parts]
    bare = [[_opened(p[0], g), *p[1:]] for p in bare]  # "… om aftenen. Ingen er glemt"
    if any(not p or not state_clause(p, g) for p in bare):
        return words
    out = list(bare[0])
    for k, part in enumerate(bare[1:], start=1):
        out[-1] += "" if k == len(bare) - 1 else ","
        out += [g.and_word, *part] if k == len(bare) - 1 else part
    return out


def said_as_state(words: list[str], g: Grammar) -> bool:
    """True for a sign said as states of things, with or without their verb and in fragments
    ("kurven er tom", "æsken tom om aftenen. ingen glemt"): a whole sign, said after "når"."""
    return bool(words) and bool(state_clause(states_joined(with_state_verb(words, g), g), g))
