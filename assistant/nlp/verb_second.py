"""Second-language word order written as Danish: the finite verb second in a main clause.

After a fronted adverb ("der", "nu", "hjemme"), a fronted place or time phrase ("i café", "om
lørdagen") or a fronted subordinate clause ("når jeg læser,"), a learner says the subject before
its verb ("der jeg kan snakke mit eget sprog", "I café jeg snakke persisk", "Når jeg læser, jeg
ikke føler mig alene"); Danish puts the verb first: "der kan jeg snakke …", "I café snakker jeg
persisk", "Når jeg læser, føler jeg mig ikke alene". A clause that is no main clause keeps its
order ("stedet, der jeg …" after a comma, "hvor jeg kan …", "så jeg kan …": a purpose).

A subordinate clause said with its finite verb last, as German has it ("når jeg musikken hører",
"fordi jeg min mand på en ferie mødte"), is written with the verb after its subject and adverbs:
"når jeg hører musikken", "fordi jeg mødte min mand på en ferie" (verbs_after_subjects).
"""

from __future__ import annotations

from assistant.content.grammar import EDGE, Grammar
from assistant.content.grammar import bare as _b

_STOPS = ".!?"
_PHRASE_MAX = 3  # words of a fronted place or time phrase after its preposition ("i den nye café")
_CLAUSE_MAX = 10  # words of a fronted subordinate clause before its comma
_LAST_MAX = 8  # words between a subordinate clause's subject and its verb said last


def verbs_second(words: list[str], g: Grammar, verb_lemma, phrases: bool = True) -> list[str]:
    """The words with each main clause that opens with a fronted adverb, phrase (unless not
    `phrases`) or subordinate clause and then says its subject pronoun before its finite verb
    written verb first; a bare verb said for the finite one in the present ("jeg snakke" →
    "snakker jeg")."""
    if not g.verb_second_adverbs:
        return words
    out = list(words)
    for i in range(len(out)):
        if not _clause_start(out, i, g):
            continue
        s = _subject_at(out, i, g, phrases)
        if s is not None:
            out = _inverted(out, s, g, verb_lemma) or out
    return out


def _clause_start(words: list[str], i: int, g: Grammar) -> bool:
    """True when a main clause may open at i: the first word, after a full stop, or after "og",
    "men" ("…, og der jeg kan …"; there only an adverb is fronted, see _subject_at)."""
    if i == 0 or words[i - 1][-1:] in _STOPS:
        return True
    if words[i - 1][-1:] in EDGE:
        return False
    # "fordi når jeg spiller, …": a fronted clause right after "fordi" opens one too
    after = _b(words[i - 1]) in g.verb_second_clause_after
    return _b(words[i - 1]) in g.main_joins or (
        after and _b(words[i]) in g.verb_second_clause_leads
    )


def _subject_at(words: list[str], i: int, g: Grammar, phrases: bool = True) -> int | None:
    """Where the subject stands after the fronted part that opens at i, or None when none opens
    there."""
    lead = _b(words[i])
    if words[i][-1:] in EDGE:
        return None
    if lead in g.verb_second_adverbs:
        return i + 1
    after = i and _b(words[i - 1]) in g.verb_second_clause_after
    # "…, og når vi går sammen, jeg glemmer …": after a comma and its join a clause opens anew
    joined = i > 1 and words[i - 2].endswith(",") and _b(words[i - 1]) in g.main_joins
    after = after or joined
    if i and words[i - 1][-1:] not in _STOPS and not (after and lead in g.verb_second_clause_leads):
        return None  # "i byen og i verden jeg har …": after "og" a phrase may be joined to one
    if lead in g.verb_second_clause_leads:  # "når jeg læser, …": the main clause after the comma
        for k in range(i + 1, min(len(words), i + 1 + _CLAUSE_MAX)):
            if words[k][-1:] in _STOPS:
                break
            if words[k].endswith(","):
                return k + 1
    if phrases and lead in g.verb_second_prepositions:  # "i café", "om lørdagen"
        for k in range(i + 1, min(len(words), i + 2 + _PHRASE_MAX)):
            said = _b(words[k])
            if said in g.bare_verb_subjects:
                return k if k > i + 1 else None  # "til jeg kan …": "til" joins a clause
            if words[k][-1:] in EDGE or not words[k].isalpha() or _verb(words[k], g):
                return None
            if said in g.subordinators or said in g.main_joins:
                return None
    return None


def _verb(word: str, g: Grammar) -> bool:
    """True for a finite verb: a modal, a present or a past form."""
    core = word.rstrip(EDGE)
    return _b(core) in g.modals or g.is_present(core) or g.is_past(core)


def _inverted(words: list[str], s: int, g: Grammar, verb_lemma) -> list[str] | None:
    """The words with the subject at s after its verb, the adverbs between after the subject,
    a reflexive or object pronoun right after the verb before them ("føler jeg mig ikke");
    None when no subject pronoun and finite verb stand there, or the clause's verb comes
    first later on ("I den café jeg kender, spiller vi …": the fronted phrase's relative)."""
    if s >= len(words) - 1 or words[s][-1:] in EDGE:
        return None
    if _b(words[s]) not in g.bare_verb_subjects:
        return None
    k = s + 1
    while k < len(words) - 1 and words[k - 1][-1:] not in EDGE:
        if _b(words[k]) not in g.negations | g.clause_adverbs | g.verb_second_middle:
            break
        k += 1
    if words[k - 1][-1:] in EDGE and k > s + 1:
        return None
    core = words[k].rstrip(EDGE)
    mark = words[k][len(core) :]
    bare_verb = core.isalpha() and core.islower() and _bare_said(core, g, verb_lemma)
    if not (_verb(core, g) or bare_verb) or _verb_first_later(words, k, g):
        return None
    verb = g.present_of(core) if bare_verb and not _verb(core, g) else core
    subject, middle = words[s], words[s + 1 : k]
    moved = [verb, subject]
    rest = k + 1
    if middle and not mark and rest < len(words) and _b(words[rest]) in g.verb_second_objects:
        moved.append(words[rest].rstrip(EDGE))  # "føler jeg mig ikke alene"
        mark = words[rest][len(words[rest].rstrip(EDGE)) :]
        rest += 1
    moved += middle
    moved[-1] += mark
    return [*words[:s], *moved, *words[rest:]]


def _bare_said(word: str, g: Grammar, verb_lemma) -> bool:
    """True for an infinitive of the verb table said for the finite verb ("jeg snakke")."""
    if not g.is_infinitive(word) or _b(word) in g.modals or _b(word) in g.not_verbs:
        return False
    return verb_lemma(word, g)


def _verb_first_later(words: list[str], k: int, g: Grammar) -> bool:
    """True when, after a comma in the same sentence, a finite verb and a subject pronoun follow
    ("I den café jeg kender, spiller vi"): the clause's own verb second is said there."""
    for j in range(k, len(words) - 2):
        if words[j][-1:] in _STOPS:
            return False
        if words[j].endswith(","):
            nxt, then = words[j + 1].rstrip(EDGE), _b(words[j + 2])
            return _verb(nxt, g) and then in g.bare_verb_subjects
    return False


def verbs_after_subjects(words: list[str], g: Grammar) -> list[str]:
    """The words with each subordinate clause of verb_last_leads that says its finite verb last,
    after a subject pronoun and more words ("når jeg musikken hører", "at jeg hende ikke kan"),
    written with the verb after the subject and the clause's adverbs ("når jeg hører
    musikken", "at jeg ikke kan hende"); a clause in Danish order keeps it."""
    if not g.verb_last_leads:
        return words
    out = list(words)
    for i in range(len(out) - 3):
        if _b(out[i]) in g.verb_last_leads and out[i][-1:] not in EDGE:
            out = _verb_brought(out, i + 1, g) or out
    return out


def _verb_brought(words: list[str], s: int, g: Grammar) -> list[str] | None:
    """The words with the finite verb said last in the clause whose subject stands at s put
    right after the subject and its adverbs; None when no such verb ends the clause there."""
    subject = _b(words[s])
    if subject not in g.bare_verb_subjects or subject in g.articles or words[s][-1:] in EDGE:
        return None
    adverbs = g.negations | g.clause_adverbs | g.pre_modal_adverbs | g.negated_drop
    stops = g.main_joins | g.subordinators | frozenset(g.bare_verb_subjects)
    said, middle = [], []
    for k in range(s + 1, min(len(words), s + 2 + _LAST_MAX)):
        core = words[k].rstrip(EDGE)
        if _verb(core, g) or _weak_past(core, g):
            return _verb_placed(words, s, k, said, middle, g)
        if not core.isalpha() or _b(core) in stops or words[k][-1:] in EDGE:
            return None  # "når jeg, …", "når min mand og jeg …": no verb said last here
        # a degree word goes with the word after it: "så gerne" an adverb, "for langt" not
        head = k + 1 if _b(core) in g.degree_words and k + 1 < len(words) else k
        (said if _b(words[head]) in adverbs else middle).append(words[k])
    return None


def _weak_past(word: str, g: Grammar) -> bool:
    """True for a past tense in -te or -de of a verb the lemma table knows ("mødte", "købte"),
    no noun ("haven": "have")."""
    weak = word.endswith(("te", "de")) and g.noun_kind(word) is None
    return weak and g.infinitive_of_preterite(word) is not None


def _verb_placed(words, s, k, said, middle, g: Grammar) -> list[str] | None:
    """The clause with its verb at k moved after the subject at s and the adverbs `said`, the
    `middle` after it; None when the verb does not end its clause, nothing but adverbs stands
    before it (Danish order), or it is a noun after an article or possessive."""
    before = _b(words[k - 1])
    if not middle or before in g.articles or before in g.possessive_words:
        return None
    after = _b(words[k + 1]) if k + 1 < len(words) else ""
    core = words[k].rstrip(EDGE)
    if words[k] == core and after and after not in g.main_joins:
        return None  # "at jeg en dag kan gå": the verb goes on, no clause's end
    mark = words[k][len(core) :]
    moved = [*said, core, *middle]
    moved[-1] += mark
    return [*words[: s + 1], *moved, *words[k + 1 :]]
