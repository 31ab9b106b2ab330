"""Two noun phrases a second-language speaker says without their article, written as Danish
says them: the speaker's own body part as a verb's object ("skak holder hoved i gang" →
"holder hovedet i gang", learner_body_parts) and a person or thing described after a verb of
being ("jeg er ikke syg gammel mand" → "ikke en syg gammel mand", learner_described_adjectives).
A noun that goes on into another word of its phrase, a role said bare ("jeg er farmor") and an
adjective of no list stay as said. A genitive said with "sin" ("min mor sin opskrift") and the
person taught said after the thing ("lære den til mine børnebørn") are written as Danish says
them too ("min mors opskrift", "lære mine børnebørn den")."""

from __future__ import annotations

from assistant.content.grammar import EDGE, Grammar
from assistant.content.grammar import bare as _b


def _ends_phrase(words: list[str], k: int, g: Grammar) -> bool:
    if words[k][-1:] in EDGE or k + 1 == len(words):
        return True
    closers = g.dangling | g.main_joins | g.clause_adverbs | g.subordinators | g.degree_words
    return _b(words[k + 1]) in closers | g.phrase_end_adverbs | g.static_adverbs | g.place_adverbs


def _verb(word: str, g: Grammar) -> bool:
    return g.is_present(word) or g.is_infinitive(word) or g.is_past(word)


def body_objects_definite(words: list[str], g: Grammar) -> list[str]:
    """A listed body part said bare right after a verb, ending its phrase: its definite."""
    out = list(words)
    for k in range(1, len(out)):
        core = out[k].rstrip(EDGE)
        if not core.islower() or _b(core) not in g.learner_body_objects:
            continue
        if out[k - 1][-1:] in EDGE or not _verb(out[k - 1], g) or not _ends_phrase(out, k, g):
            continue
        if _b(out[k - 1]) in g.possessive_words | g.body_sides:
            continue  # "for mine knæ", "med højre arm": a possessive or a side, no verb
        out[k] = g.learner_body_definites[_b(core)] + out[k][len(core) :]
    return out


def body_subjects_definite(words: list[str], g: Grammar) -> list[str]:
    """A listed body part said bare as the subject right after a clause's lead ("uden at ryg gør
    ondt", "når knæ er hævet", "uden at fingre gør for ondt"), its verb in the present next (a
    negation between): its definite ("uden at ryggen gør ondt", "fingrene", learner_body_parts);
    "min ryg gør ondt" and a bare part after a preposition ("ondt i ryg") are no such subject.
    A learner's "uden" with no "at" before such a clause gets it ("uden knæ gør ondt" → "uden at
    knæet gør ondt")."""
    out = list(words)
    marker = next(iter(sorted(g.infinitive_markers)), "")
    for k in range(1, len(out) - 1):
        core = out[k].rstrip(EDGE)
        definite = g.learner_body_definites.get(_b(core)) if core.islower() else None
        if core != out[k] or definite is None or out[k - 1][-1:] in EDGE:
            continue
        # "uden knæ gør ondt": a learner's "uden" with no "at" before the clause
        bare_without = bool(marker) and _b(out[k - 1]) == g.sign_without
        if _b(out[k - 1]) not in g.noun_subject_leads and not bare_without:
            continue
        j = k + 1
        while j < len(out) - 1 and _b(out[j]) in g.negations:
            j += 1
        if not (g.is_present(out[j]) or _b(out[j]) in g.modals):
            continue
        if bare_without and (_b(out[j]) in g.modals or _inverted(out, j, g)):
            continue  # "uden ben kan jeg ikke …": a fronted "without legs", no clause of the part
        out[k] = f"{marker} {definite}" if bare_without else definite
    return " ".join(out).split() if len(" ".join(out).split()) != len(out) else out


def _inverted(words: list[str], j: int, g: Grammar) -> bool:
    """True when a subject pronoun or the generic "man" follows the verb at j ("… går jeg
    ikke langt"): a main clause with its subject after the verb."""
    return j + 1 < len(words) and _b(words[j + 1]) in g.subject_pronouns | g.generic_subjects


def particle_objects_definite(words: list[str], g: Grammar) -> list[str]:
    """A count noun said bare between a verb and its particle, the particle ending the phrase
    ("selv rulle snor ind igen", "skrue låg af"): its definite ("rulle snoren ind", "skrue
    låget af"); the particles are object_particles ("holde øje med" has none)."""
    out = list(words)
    for k in range(1, len(out) - 1):
        core = out[k]
        if not core.isalpha() or not core.islower() or out[k - 1][-1:] in EDGE:
            continue
        if _b(out[k + 1].rstrip(EDGE)) not in g.object_particles:
            continue
        closed = k + 2 < len(out) and _b(out[k + 2]) in g.object_particle_closers
        if not (closed or _ends_phrase(out, k + 1, g)):
            continue  # "… ind igen" ends it too
        if not g.is_infinitive(out[k - 1]) or g.is_present(core) or g.is_past(core):
            continue  # the sign's verb: "rulle snor ind", not "… begge strømper helt op"
        if _b(out[k - 1]) in g.range_numbers or out[k - 1].isdigit():
            continue  # "trykke ti tryk af": a count ("ti", "fire" look like verbs), no "trykket"
        if _b(core) in g.degree_words | g.clause_adverbs | g.object_particle_plurals:
            continue  # "helt op": a degree, no noun; "hjælpe folk ind": people, no "folket"
        if _b(out[k - 1]) in g.clause_adverbs | g.modals | g.body_sides:
            continue  # "gerne pakke ud", "vil pakke ud": the verb, no noun; "venstre arm op"
        if g.is_infinitive(core) and k > 1 and _verb(out[k - 2], g):
            continue  # "kan godt pakke ud"
        if _b(core) in g.motion_adverbs | g.place_adverbs:
            continue  # "gå hjem op": a way, no noun
        if not (g.noun_class(core) or "").endswith("+"):
            continue  # a count noun only: no mass noun ("tøj"), no word of no known noun
        definite = g.definite_singular(core)
        if definite:
            out[k] = definite
    return out


def described_predicates(words: list[str], g: Grammar) -> list[str]:
    """Listed adjectives and a bare singular noun after a verb of being (a negation or clause
    adverb between), ending the phrase: the noun's indefinite article before them."""
    out = list(words)
    k = 1
    while k < len(out) - 1:
        if _b(out[k - 1]) not in g.be_verbs or out[k - 1][-1:] in EDGE:
            k += 1
            continue
        start = k
        while start < len(out) and _b(out[start]) in g.negations | g.clause_adverbs:
            start += 1
        end = start
        while end < len(out) and _b(out[end]) in g.learner_described_adjectives:
            if out[end][-1:] in EDGE:
                break
            end += 1
        if end == start or end >= len(out) or out[end - 1][-1:] in EDGE:
            k += 1
            continue
        noun = out[end].rstrip(EDGE)
        article = g.indefinite_article(noun) if noun.isalpha() and noun.islower() else None
        common = article and not g.is_neuter_article(article)
        if common and not g.is_dictionary_plural(noun) and _ends_phrase(out, end, g):
            out.insert(start, article)  # a neuter noun would need its adjectives' -t: stays
            k = end + 2
            continue
        k += 1
    return out


def learner_genitives(words: list[str], g: Grammar) -> list[str]:
    """A person of learner_genitive_owners after a possessive, then "sin"/"sit"/"sine" and a
    word ("det er min mor sin opskrift"): the person's genitive ("min mors opskrift"); not after
    a verb of two objects ("han giver min mor sin taske") nor with a mark between."""
    out = list(words)
    k = 2
    while k < len(out) - 1:
        owner, pronoun = out[k - 1], out[k]
        if (
            _b(pronoun) not in g.learner_genitive_pronouns
            or owner[-1:] in EDGE
            or pronoun[-1:] in EDGE
            or not owner.islower()
            or _b(owner) not in g.learner_genitive_owners
            or not _genitive_owner_led(out, k - 1, g)
            or not out[k + 1].rstrip(EDGE).isalpha()
        ):
            k += 1
            continue
        out[k - 1 : k + 1] = [owner if owner.endswith("s") else owner + "s"]
    return out


def _genitive_owner_led(words: list[str], at: int, g: Grammar) -> bool:
    """True when the owner at `at` is led as a genitive's owner: by a possessive not after a
    verb of two objects ("det er min mor sin opskrift", not "han giver min mor sin taske"), or
    bare after a comma or a word of learner_genitive_bare_after ("…, mormor sin kunst")."""
    before = words[at - 1]
    if _b(before) in g.possessive_words - g.learner_genitive_pronouns:
        return not (at > 1 and _b(words[at - 2]) in g.learner_genitive_not_after)
    return before.endswith(",") or (
        before[-1:] not in EDGE and _b(before) in g.learner_genitive_bare_after
    )


def person_owns(words: list[str], k: int, g: Grammar) -> bool:
    """True for a "sin"/"sit"/"sine" right after a person of learner_genitive_owners or a
    name ("give min søn sin julegave", "lave min mor sin frikadeller", "give Peter sin gave"):
    that person's thing, which never becomes the citizen's "min" ("min julegave" would change
    what is meant)."""
    if not k or _b(words[k]) not in g.learner_genitive_pronouns or words[k - 1][-1:] in EDGE:
        return False
    before = words[k - 1]
    return _b(before) in g.learner_genitive_owners or (k > 1 and before[:1].isupper())


def given_owners_possessive(words: list[str], k: int, g: Grammar) -> str | None:
    """ "hans"/"hendes" for a "sin" of person_owns after a verb of two objects ("give min søn
    sin julegave" → "hans julegave", "give min søster sine blomster" → "hendes"): the thing is
    the person's, by the gender others_by_possessive gives them; None for another "sin" (a
    learner's genitive "min mor sin opskrift" is written "min mors" by learner_genitives)."""
    if not person_owns(words, k, g) or not any(
        _b(w) in g.learner_genitive_not_after for w in words[max(0, k - 3) : k - 1]
    ):
        return None
    owner = _b(words[k - 1])
    return next((p for p, kin in g.others_by_possessive.items() if owner in kin), None)


def learner_taught(words: list[str], g: Grammar) -> list[str]:
    """A verb of learner_taught_verbs, a pronoun object and "til" with a possessive and a noun
    ending the clause ("jeg vil lære den til mine børnebørn, før …"): the person first ("lære
    mine børnebørn den, før …"); "lære det til eksamen" (no possessive) stays."""
    out = list(words)
    for k in range(len(out) - 4):
        verb, obj, to, owner, noun = out[k : k + 5]
        if (
            _b(verb) not in g.learner_taught_verbs
            or _b(obj) not in g.learner_taught_objects
            or _b(to) not in g.learner_taught_to
            or _b(owner) not in g.possessive_words
            or any(w[-1:] in EDGE for w in (verb, obj, to, owner))
            or not noun.rstrip(EDGE).isalpha()
            or not _ends_phrase(out, k + 4, g)
        ):
            continue
        mark = noun[len(noun.rstrip(EDGE)) :]
        out[k + 1 : k + 5] = [owner, noun.rstrip(EDGE), obj + mark]
        break
    return out
