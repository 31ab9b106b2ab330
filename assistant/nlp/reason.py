"""The reason clause of a goal sentence: its frame, its subject and its person.

"for at kunne hente min avis" → (so_that, "hente min avis"); "så jeg ser mine venner" →
(so_i, "ser mine venner"); "så min kone kan sove" → (so, "min kone kan sove"); "fordi …" stays a
because-clause with its own subject. Only the citizen, spoken of by a relative or staff as
han/hun, becomes "jeg", and only as the subject of the reason. A reason in the past or about
someone who died gives the frame "" (it stays out of the goal sentence).
"""

from __future__ import annotations

import re

from assistant.content.grammar import Grammar, fold, genitive, nfc
from assistant.content.grammar import bare as _b
from assistant.nlp.age_clause import without_age_clauses
from assistant.nlp.bare_reason import is_trouble, named_reason
from assistant.nlp.clause_whole import (
    degree_question_at,
    fronted_clause_after_join,
    negation_focus_at,
    time_first_as_clause,
)
from assistant.nlp.cleft_relative import cleft_relative_at, past_in_cleft
from assistant.nlp.cleft_topic import topic_said_again
from assistant.nlp.complaint import without_complaints
from assistant.nlp.except_aside import without_exception_asides
from assistant.nlp.fragment_reason import fragments_been
from assistant.nlp.fronted_story import fronted_story_left_out
from assistant.nlp.gained_reason import gained_reason
from assistant.nlp.grammar import (
    kin_subjects_said,
    noun_said_as_subject,
    verbs_second_said,
    written_as,
)
from assistant.nlp.lone_filler import without_lone_fillers
from assistant.nlp.named_story import without_named_past
from assistant.nlp.owned_reason import owned_thing_reason
from assistant.nlp.paired_subject import citizen_last, paired_subject
from assistant.nlp.past_bond import past_bond
from assistant.nlp.past_opening import past_opening_whole, present_after_past
from assistant.nlp.peer_group import peers_said
from assistant.nlp.phrase import (
    ends_particle_phrase,
    relative_of_noun,
    run_on_leads,
    starts_run_on,
    without_filler_phrases,
)
from assistant.nlp.plural_reflexive import plural_reflexives
from assistant.nlp.quote_lead import plain_quote_leads
from assistant.nlp.reason_tail import joined_tails
from assistant.nlp.self_kin import self_kin_as_object
from assistant.nlp.spoken import spoken_sentences
from assistant.nlp.spoken_tag import clause_end_tag
from assistant.nlp.swearing import (
    after_swearing,
    swears,
    without_intensifiers,
    without_swear_clauses,
)
from assistant.nlp.telegraph import story_apart
from assistant.nlp.thing_reason import thing_subject_said
from assistant.nlp.topic_object import thing_topic_as_object, topic_as_object
from assistant.nlp.we_pair import object_pair_subject

_EDGE = ",.;:!?"
_JOINED_TAIL = 4  # letters of a last part whose inflection marks a joined word as a noun
_MIN_KEPT = 3  # words of a relative's reason kept before their own words begin


def sentences(text: str, maxsplit: int = 0) -> list[str]:
    """The sentences of a told reason: split after ".", "!", "?" or ";" and a space; the full
    stop of a short abbreviation before a number ends none ("kl. 9", "ca. 300 meter")."""
    out: list[str] = []
    for part in re.split(r"(?<=[.!?;])\s", text.strip()):
        if out and _ABBREVIATED.search(out[-1]) and part[:1].isdigit():
            out[-1] = f"{out[-1]} {part}"
        else:
            out.append(part)
    if maxsplit and len(out) > maxsplit:
        out = [*out[:maxsplit], " ".join(out[maxsplit:])]
    return out


#: A word of at most three small letters and its full stop at the end of a piece ("kl.").
_ABBREVIATED = re.compile(r"(?:^|\s)[^\W\d_]{1,3}\.$")


def _first_sentence(text: str) -> list[str]:
    first = sentences(text, maxsplit=1)[0]
    return first.rstrip(".!?;, ").split()


def _lead(words: list[str], g: Grammar) -> tuple[str, int]:
    folded = [_b(w) for w in words]
    for lead, kind in g.reason_leads:
        if tuple(folded[: len(lead)]) == lead and len(folded) > len(lead):
            if kind == "so" and folded[len(lead)] in g.so_degree_words:
                return "because", 0  # "så længe de blomstrer, er han …": a cause said whole
            return kind, len(lead)
    return "", 0


def _subject(words: list[str], g: Grammar) -> int:
    """Number of words that make the subject at the start ("jeg", "min kone", "hun")."""
    if not words:
        return 0
    if n := _partitive_subject(words, g):
        return n  # "mange af dem har …", "de fleste af mine venner kan …"
    first = _b(words[0])
    if first in g.subject_pronouns or first in g.citizen_pronouns:
        return paired_subject(words, g) or 1  # "hun og Else har …": the pair
    if first in g.subject_quantifiers and len(words) > 3 and _b(words[1]) in g.possessive_words:
        return 3  # "alle mine børnebørn har …"
    if first in g.noun_quantifiers and len(words) > 2 and (n := _noun_subject(words[1:], g)):
        return 1 + n  # "hele familien spiser sammen"
    if first in g.possessive_words and len(words) > 2 and _is_name(words[2], g):
        return 3 if words[1][-1:] not in _EDGE else 2  # "min søn Peter": his name said with it
    if first in g.possessive_words and len(words) > 1:
        pair = [_b(w) for w in words[2:4]] == [g.and_word, g.self_subject]
        return 4 if pair and words[1][-1:] not in _EDGE else 2  # "min mand og jeg har …"
    # "så hjemmeplejen ikke skal komme": a noun the modal (after a negation) follows
    k = 2 if len(words) > 2 and _b(words[1]) in g.negations else 1
    if (
        k < len(words)
        and _b(words[k]) in g.modals
        and words[0].isalpha()
        and first not in g.function_words | g.negations
    ):
        return 1
    return _noun_subject(words, g)


def _partitive_subject(words: list[str], g: Grammar) -> int:
    """Number of words of a part of a group said as the subject ("mange af dem", "de fleste af
    mine venner", "nogle af børnene"), else 0."""
    said = [_b(w) for w in words[:4]]
    for lead in g.partitive_leads:
        k = len(lead)
        if tuple(said[:k]) != lead or len(words) <= k + 1 or words[k - 1][-1:] in _EDGE:
            continue
        if said[k : k + 1] and said[k] in g.partitive_pronouns:
            return k + 1
        if said[k : k + 1] and said[k] in g.possessive_words | g.articles and len(words) > k + 2:
            # "mine venner", "de gamle", "mine gamle kolleger": up to the finite verb
            return next(
                (m for m in (k + 2, k + 3) if m < len(words) and g.is_finite(words[m])), k + 2
            )
        if _noun_subject(words[k:], g) == 1:
            return k + 1  # "nogle af børnene kan …"
    return 0


_DEFINITE_NOUN = ("en", "et", "ene", "rne")  # "hjemmeplejen", "barnet", "børnene", "naboerne"


def _noun_subject(words: list[str], g: Grammar) -> int:
    """ "børnebørnene bliver …", "pigerne i koret får …", "Emma ser …": the words of a noun
    subject (a name or a definite noun, maybe with an attribute) a present verb follows, else 0.
    """
    w = words[0].strip(_EDGE)
    b = fold(w)
    if w != words[0] or not w.isalpha() or len(b) < 4:
        return 0
    if b in g.function_words | g.negations | g.modals | g.subject_pronouns | g.fillers:
        return 0
    if b in g.reason_otherwise | g.clause_adverbs | g.place_adverbs | g.static_adverbs:
        return 0  # "Ellers sidder jeg …", "Dernede er der …": a capital at a sentence's start
    # "Emma"; a typed "Læse …" is a verb, but "Grethe er …", "Else ikke altid kan …" a name
    # its verb follows (past a negation or an adverb)
    v = 1
    while v < len(words) - 1 and _b(words[v]) in g.negations | g.clause_adverbs:
        v += 1
    verb_next = len(words) > v and (g.is_present(words[v]) or (v > 1 and _b(words[v]) in g.modals))
    name = w[:1].isupper() and (not g.is_infinitive(w) or verb_next)
    # "yoga får mig til …": a bare noun of the dictionary (no infinitive's look) too
    known = g.noun_kind(w) is not None or (g.noun_class(w) is not None and not g.is_infinitive(w))
    if not (name or b.endswith(_DEFINITE_NOUN) or known):
        return 0
    n = 1
    if (
        len(words) > 3
        and _b(words[1]) in g.attribute_leads
        and words[2].strip(_EDGE).isalpha()
        and not g.is_present(words[2])
    ):
        n = 3  # "pigerne i koret"
    if n < len(words) - 1 and _b(words[n]) in g.subject_pronouns | g.citizen_pronouns:
        n += 1  # "børnebørnene de savner …": the noun said again as a pronoun
    elif n < len(words) - 2 and [_b(w) for w in words[n : n + 2]] == [g.and_word, g.self_subject]:
        n += 2  # "drengene og jeg spiller …", "Kurt og jeg har kendt …": they and the citizen
    k = n
    while k < len(words) - 1 and _b(words[k]) in g.negations | g.clause_adverbs:
        k += 1  # "Oliver også har …", "børnene ikke altid får …"
    # "Else ikke altid kan kende ham": a modal past a negation is the name's verb too
    modal = k > n and _b(words[k]) in g.modals
    return n if k < len(words) and (g.is_present(words[k]) or modal) else 0


def _speaks_of_self(words: list[str], g: Grammar) -> bool:
    return any(_b(w) in g.first_person_words for w in words)


def _speaks_as_speaker(words: list[str], g: Grammar, speaker: str | None) -> bool:
    """True when a helper's words speak of themself: a relative's "jeg"/"mig" (the citizen is
    han/hun), a staff member's also "vi"/"os" (the team)."""
    own = _speaker_words(g, speaker)
    return speaker in ("relative", "staff") and any(_b(w) in own for w in words)


def _speaks_as_subject(words: list[str], g: Grammar) -> bool:
    """True when a relative's reason has their own "jeg" ("så jeg ikke skal …")."""
    return any(_b(w) == g.self_subject for w in words)


def _speaker_words(g: Grammar, speaker: str | None) -> frozenset[str]:
    """The words a helper uses of themself: "jeg", "mig"; staff also "vi", "os"."""
    return g.speaker_self | g.staff_self if speaker == "staff" else g.speaker_self


def _is_about_the_past(words: list[str], g: Grammar) -> bool:
    """True for a death or a past tense; a past after "siden" only tells since when."""
    since = next((i for i, w in enumerate(words) if _b(w) in g.since_leads), len(words))
    return any(_b(w) in g.death_words for w in words) or any(
        _past_verb(words, i, g)
        and not _past_in_relative(words, i, g)
        and not past_in_cleft(words, i, g)  # "det har været mig, der var der for dem"
        and not relative_of_noun(words, i - 1, g)  # "finde det sted, hun kom til, og …"
        for i in range(since)
    )


def _before_past_clause(words: list[str], g: Grammar) -> list[str]:
    """The reason up to a clause of its own joined by "og" that tells the past ("det er der jeg
    ser gutterne og jeg var klubmester tre år i træk": a story beside the reason), when what
    comes before it tells the present; the words as they are otherwise."""
    for k in range(2, len(words) - 2):
        if _b(words[k]) not in g.main_joins or _b(words[k + 1]) not in g.run_on_subjects:
            continue
        if _paired_after_lead(words, k + 1, g):
            continue  # "som min mand og jeg gik": the pair is the subject of a clause of how
        head = words[:k]
        present = any(g.is_present(w) for w in head) and not _is_about_the_past(head, g)
        if present and _is_about_the_past(words[k:], g):
            return _without_subject_alone(head, g)
        return words
    return words


def _without_subject_alone(head: list[str], g: Grammar) -> list[str]:
    """The reason cut before a past clause, without its last comma's part when that has no
    finite verb ("…, og fordi min mand" of "…, og fordi min mand og jeg gik der": the subject
    pair's first half, cut from its verb); its last comma dropped."""
    comma = max((k for k, w in enumerate(head[:-1]) if w.endswith(",")), default=-1)
    if comma >= 0 and not any(_finite(w, g) for w in head[comma + 1 :]):
        head = head[: comma + 1]
    return [*head[:-1], head[-1].rstrip(",")]


def _paired_after_lead(words: list[str], j: int, g: Grammar) -> bool:
    """True when the subject pronoun at j is the second half of a pair after "og" that a lead
    of a clause of how opens ("som min mand og jeg", "ligesom han og jeg"); a name is no pair
    here ("som Else og jeg": the name stays out of the goal with the story)."""
    if j < 3 or _b(words[j - 1]) not in g.main_joins or words[j - 2][-1:] in _EDGE:
        return False
    if _b(words[j - 3]) in g.past_relative_leads:
        return _b(words[j - 2]) in g.run_on_subjects
    return (
        j >= 4
        and _b(words[j - 4]) in g.past_relative_leads
        and _b(words[j - 3]) in g.possessive_words
    )


def _past_in_relative(words: list[str], i: int, g: Grammar) -> bool:
    """True for a past verb in a clause that tells how or which, opened after the reason's own
    present verb ("synge de gamle sange igen som vi gjorde derhjemme", "… ligesom jeg gjorde
    før", "gå den samme vej, som min far gik, da han var ung"): its lead and a subject (a
    pronoun, or a possessive and its noun) just before the clause's first past verb, a present
    or infinitive before them; a time clause or a verb joined on that clause stays in it."""
    lead = _relative_lead(words, i, g)
    if i > 1 and _pronoun_relative_at(words, i - 1, g):
        lead = i - 2  # "så er jeg ikke bare ham der fik en blodprop": the one who
    if lead is None:
        return False
    before = words[:lead]
    if any(g.is_past(w) for w in before):
        return False  # "jeg sang altid de sange som vi lærte": the reason's own verb is past
    return any(_finite(w, g) or g.is_infinitive(w) for w in before)


def _pronoun_relative_at(words: list[str], k: int, g: Grammar) -> bool:
    """True for "der"/"som" at k heading a relative clause after a pronoun of
    pronoun_relative_heads ("ham der fik en blodprop", "hende som sidder derhjemme"); not a
    fronted "der" with its verb and a subject after it ("… ringe til ham der var han glad")."""
    if not 0 < k < len(words) - 1 or words[k - 1][-1:] in _EDGE:
        return False
    if _b(words[k]) not in g.relative_leads or _b(words[k - 1]) not in g.pronoun_relative_heads:
        return False
    return not (k + 2 < len(words) and _b(words[k + 2]) in g.run_on_subjects)


def _relative_lead(words: list[str], i: int, g: Grammar) -> int | None:
    """The index of the lead of the told-how clause whose past verb is at i or that the past
    verb at i hangs on ("som min far gik, da han var ung"), read back while no present verb,
    sentence end or new main clause ("og jeg …", ", jeg …") comes between; None for none."""
    for j in range(i - 1, 0, -1):
        w, b = words[j], _b(words[j])
        if w[-1:] in ".;:!?" or (j < i - 1 and _finite(w, g) and not g.is_past(w)):
            return None
        if b in g.run_on_subjects and j > 0 and not _paired_after_lead(words, j, g):
            prev = words[j - 1]
            if prev[-1:] == "," or (_b(prev) in g.main_joins and prev[-1:] not in _EDGE):
                return None  # "…, og jeg var glad": a clause of its own, no part of it
        if b in g.past_relative_leads and w[-1:] not in _EDGE and _subject_past(words, j, g):
            return j
    return None


def _relative_story_end(words: list[str], i: int, g: Grammar) -> int:
    """The end of a deed joined with "og" and a past verb of its own onto a past clause that
    tells how ("som min far gik, da han var ung og drev kvæg til Husum"): the story goes on
    there, to the clause's end; 0 elsewhere."""
    if not 0 < i < len(words) - 1 or words[i][-1:] in _EDGE or words[i - 1][-1:] in _EDGE:
        return 0
    if _b(words[i]) not in g.main_joins or not _told_past(words[i + 1], g):
        return 0
    if _relative_lead(words, i + 1, g) is None:
        return 0
    return next((k + 1 for k in range(i + 1, len(words)) if words[k][-1:] in _EDGE), len(words))


def _told_past(word: str, g: Grammar) -> bool:
    """True for a past tense, also a strong one the lemma table gives as a form of a verb
    ("drev" of "drive", "kørte" of "køre"), no present or infinitive."""
    if g.is_past(word):
        return True
    b = _b(word)
    lemma = g.lemma_forms.get(b)
    return bool(lemma) and lemma != b and g.is_infinitive(lemma) and not g.is_present(b)


def _subject_past(words: list[str], j: int, g: Grammar) -> bool:
    """True when a subject and a past verb follow the lead at j: a pronoun ("som vi gjorde")
    or a possessive and its noun ("som min far gik")."""
    k = j + 1
    if k < len(words) and _b(words[k]) in g.possessive_words and words[k][-1:] not in _EDGE:
        k += 1
    elif k >= len(words) or _b(words[k]) not in g.run_on_subjects:
        return False
    if words[k][-1:] in _EDGE or not words[k].isalpha() or k + 1 >= len(words):
        return False
    if k + 3 < len(words) and _paired_after_lead(words, k + 2, g):
        k += 2  # "som min mand og jeg gik"
    return _told_past(words[k + 1], g)


def _past_verb(words: list[str], i: int, g: Grammar) -> bool:
    """True for a past tense at i; a regular "-ede" form a present verb follows is the subject
    ("at fremmede roder i mine ting"), not a verb."""
    if not g.is_past(words[i]) or _b(words[i]) in g.past_words:
        return g.is_past(words[i])
    if _after_verb_chain(words, i, g):  # "vil ikke have fremmede til …": the object
        return False
    before = _b(words[i - 1]) if i and words[i - 1][-1:] not in _EDGE else ""
    if before in g.dangling - g.subject_pronouns:  # "vaskes af fremmede": no verb after "af"
        return False
    nxt = words[i + 1] if i + 1 < len(words) and words[i][-1:] not in _EDGE else ""
    return not (nxt and (g.is_present(nxt) or _b(nxt) in g.modals))


def _after_verb_chain(words: list[str], i: int, g: Grammar) -> bool:
    """True when words[i] follows an infinitive that a modal governs ("vil ikke have
    fremmede …", "kan godt lide fremmede"): no finite verb stands there, so a regular "-ede"
    form is a noun or an adjective."""
    k = i - 1
    if k < 1 or words[k][-1:] in _EDGE or not g.is_infinitive(words[k]):
        return False
    k -= 1
    skip = g.negations | g.pre_modal_adverbs | g.wish_particles | g.clause_adverbs
    while k > 0 and _b(words[k]) in skip and words[k][-1:] not in _EDGE:
        k -= 1
    return _b(words[k]) in g.modals and words[k][-1:] not in _EDGE


def _clean(words: list[str], g: Grammar) -> list[str]:
    # "savner dem vildt meget", "så er jeg sgu en mand igen": slang in plain written words
    words = without_filler_phrases(written_as(without_intensifiers(words, g), g.spoken_slang), g)
    words = without_lone_fillers(words, g)  # "…, nu, og …": a learner's "well"
    words = _pronoun_before_its_article(words, g)  # "så er det det eneste": "det er det …"
    kept = g.since_leads | g.filler_kept_before
    keep = [
        i + 1 < len(words)
        and (
            _b(words[i + 1]) in kept
            or (_b(words[i]) in g.comparison_fillers and _compares_subject(words, i + 1, g))
            or (_b(words[i]) in g.comparison_fillers and _compared_thing(words, i + 1, g))
            or bool(_compared_other_end(words, i, g))  # "ligesom min mor": as, cut below
        )
        for i in range(len(words))
    ]
    # "lige siden": since when, "ligesom før": as before, "ligesom jeg lærte det", "ligesom min
    # mor": as; no filler
    out: list[str] = []
    for i, (w, k) in enumerate(zip(words, keep, strict=True)):
        verb = i and _b(words[i - 1]) in g.modals and _b(w) in g.short_infinitives
        k = k or ends_particle_phrase(words, i, g)  # "holde hukommelsen ved lige"
        k = k or _not_only(words, i, g)  # "og ikke bare overskrifterne"
        k = k or _degree_filler(words, i, g)  # "vil så gerne have"
        k = k or _cleft_focus(words, i, g)  # "det er sådan jeg følger med …"
        if k or verb or _b(w) not in g.fillers:  # "kan nå bussen": the verb, no filler "nå"
            out.append(w)
        elif out and w[-1:] in _EDGE and out[-1][-1:] not in _EDGE:
            out[-1] += w[-1]  # "gjort i tres år ik, og så": the comma stays
        elif _tag_between_clauses(out, words, i, g):
            out[-1] += ","  # "haven er min ikk jeg vil ikke …": two spoken main clauses
        elif _tag_before_story(out, words, i, g):
            out[-1] += ","  # "… ud ik og jeg har gået der siden firserne": a story, cut below
    words = _without_past_run_ons(_without_end_hedges(_without_inner_quotes(out, g), g), g)
    k = _after_openers(words, 0, g)  # "ja altså så jeg kan …", "jamen fordi …"
    folded = [_b(w) for w in words]
    hedge = next((h for h in g.reason_open_hedges if tuple(folded[k : k + len(h)]) == h), None)
    if hedge and k + len(hedge) < len(words):  # "det ved jeg ikke det er mine makkere …"
        k = _after_openers(words, k + len(hedge), g)
    return _without_story_tails(words[k:], g)


def _pronoun_before_its_article(words: list[str], g: Grammar) -> list[str]:
    """A resuming "så", its finite verb and a subject pronoun said again as the article of what
    it is ("og så er det det eneste jeg kan", "så er det det bedste") in written order with the
    subject first ("og det er det eneste …"): said so, no word is lost as a doubled one. Only
    at the start or after "og": after a "når" clause the "så" resumes it (_when_clause_last)."""
    out = list(words)
    for i in range(len(out) - 4):
        so, verb, subject, article = (_b(w) for w in out[i : i + 4])
        if so != fold(g.so_word) or subject != article or subject not in g.articles:
            continue
        if any(w[-1:] in _EDGE for w in out[i : i + 3]) or not _finite(out[i + 1], g):
            continue
        if subject not in g.subject_pronouns:
            continue
        if i and (_b(out[i - 1]) not in g.main_joins or out[i - 1][-1:] in _EDGE):
            continue  # "når de synger, så er det det bedste": the "så" of a "når" clause
        lead = out[i][:1].isupper()
        head = out[i + 2].capitalize() if lead else out[i + 2]
        out[i : i + 3] = [head, out[i + 1]]
    return out


def _cleft_focus(words: list[str], i: int, g: Grammar) -> bool:
    """True for a filler that is the focus of a cleft: after one of cleft_focus_heads, before
    one of cleft_focus_subjects ("det er sådan jeg følger med i deres liv")."""
    if _b(words[i]) not in g.cleft_focus_fillers or i + 1 >= len(words):
        return False
    mark = words[i][-1:]
    if _b(words[i + 1]) not in g.cleft_focus_subjects or (mark in _EDGE and mark != ","):
        return False
    before = tuple(_b(w) for w in words[max(0, i - 4) : i])
    return any(before[-len(h) :] == h for h in g.cleft_focus_heads if len(h) <= len(before))


def _tag_between_clauses(out: list[str], words: list[str], i: int, g: Grammar) -> bool:
    """True for a spoken tag ("ikk") dropped between a main clause said so far and the next
    one that opens with its subject and finite verb ("huset er mit ikk jeg vil ikke flytte")."""
    if _b(words[i]) not in g.spoken_fillers or not out or out[-1][-1:] in _EDGE:
        return False
    if i + 2 >= len(words) or _b(words[i + 1]) not in g.subject_pronouns | g.citizen_pronouns:
        return False
    if _b(out[-1]) in g.clause_joins | g.main_joins | g.subordinators:
        return False
    if not (_finite(words[i + 2], g) and _b(words[i + 2]) not in g.negations):
        return False
    if _is_about_the_past(words[i + 1 :], g) or _perfect(words[i + 2 :], g):
        return False  # "… ik jeg har gået i den kirke i halvtreds år": a story, cut later
    return any(_finite(x, g) for x in out)  # a clause said before the tag


def _tag_before_story(out: list[str], words: list[str], i: int, g: Grammar) -> bool:
    """True for a spoken tag ("ik") dropped before "og" and a story in the perfect ("… ud ik og
    jeg har gået der siden firserne"): the story is cut as one after a comma."""
    if _b(words[i]) not in g.spoken_fillers or not out or out[-1][-1:] in _EDGE:
        return False
    return i + 3 < len(words) and _perfect_story_at(words, i + 2, g)


def _not_only(words: list[str], i: int, g: Grammar) -> bool:
    """True for a filler word right after a negation and before what it is about ("og ikke
    bare overskrifterne"): "not only", kept; the filler at the end ("ikke bare") goes."""
    return (
        0 < i < len(words) - 1
        and _b(words[i - 1]) in g.filler_kept_after
        and words[i - 1][-1:] not in _EDGE
        and words[i][-1:] not in _EDGE
        and _b(words[i + 1]) not in g.fillers | g.negations
    )


def _degree_filler(words: list[str], i: int, g: Grammar) -> bool:
    """True for a filler of degree_fillers right after a degree word ("han vil så gerne have
    …", "rigtig gerne"): how much, kept; "vil så have" would read "then"."""
    if not (0 < i < len(words) - 1) or _b(words[i]) not in g.degree_fillers:
        return False
    before = words[i - 1]
    leads = g.degree_words | g.degree_filler_leads
    return _b(before) in leads and before[-1:] not in _EDGE and words[i][-1:] not in _EDGE


def _bare_plural_noun(word: str, g: Grammar) -> bool:
    """True for a noun's indefinite plural said with no verb before it: one the noun list
    knows ("blomster"), one of the dictionary in -er that is no verb ("æbler"), or one like an
    infinitive the lemma table knows only as a noun's plural ("fugle", "hunde"; not "bage",
    "danse")."""
    if g.noun_kind(word) == "pl" and not g.is_present(word):
        return True
    if g.is_dictionary_plural(word):
        return True
    verb = g.is_present(word) or _b(word) in g.lemmas  # "spiser", "bage": verbs too
    return g.is_indefinite_plural(word) and not verb


def _compared_thing(words: list[str], k: int, g: Grammar) -> bool:
    """True when a word of comparison_kept_before at k opens what "ligesom" compares with
    ("ligesom altid", "ligesom i gamle dage", "ligesom en familie", "ligesom at komme hjem"):
    not "at" and a clause ("det er ligesom at jeg ikke er mig selv") nor an article of a count
    of times ("ligesom en gang om ugen", "ligesom et par gange"), where it is a filler."""
    word = _b(words[k])
    if word not in g.comparison_kept_before:
        return False
    after = [_b(w) for w in words[k + 1 : k + 3]]
    if word in g.infinitive_markers:
        return bool(after) and g.is_infinitive(after[0]) and after[0] not in g.subject_pronouns
    if word in g.articles and after:
        counted = after[1:] if after[0] in g.approximate_not_before else after  # "et par"
        return not (counted and counted[0] in g.time_of_day_counted)
    return True


def _compares_subject(words: list[str], k: int, g: Grammar) -> bool:
    """True when a subject pronoun at k opens what "ligesom" compares with ("ligesom jeg lærte
    det"), or an owned noun and its finite verb ("ligesom min morfar lærte mig det"); "der"
    before a possessive is a place ("det er ligesom der min uge begynder"), so "ligesom" there
    is a filler."""
    if _owned_subject(words, k, g):
        return True
    if _b(words[k]) not in g.subject_pronouns:
        return False
    return not (k + 1 < len(words) and _b(words[k + 1]) in g.possessive_words)


def _owned_subject(words: list[str], k: int, g: Grammar) -> bool:
    """True for a possessive, a noun and a finite verb at k, in one clause ("min morfar lærte",
    "hans far gjorde")."""
    if k + 2 >= len(words) or any(w[-1:] in _EDGE for w in words[k : k + 2]):
        return False
    owned = _b(words[k]) in g.possessive_words and g.noun_kind(words[k + 1]) is not None
    verb = words[k + 2]
    return owned and (_finite(verb, g) or g.infinitive_of_preterite(verb) is not None)


def _without_story_tails(words: list[str], g: Grammar) -> list[str]:
    """A reason without the story told after it: what happens otherwise ("så jeg kommer ud
    blandt folk ellers sidder jeg her og glor …"), another person it is compared with ("… miste
    en tå som min bror"), a death it dates from ("… det eneste selskab han har siden konen
    døde"), what happened before ("… efter hans kone kom på plejehjem"); a comma after the words
    left out stays."""
    subjects = g.subject_pronouns
    for i in range(2, len(words) - 2):
        nxt, then = words[i + 1], words[i + 2]
        otherwise = _b(words[i]) in g.reason_otherwise and words[i][-1:] not in _EDGE
        inverted = _finite(nxt, g) and _b(then) in subjects  # "ellers sidder jeg": a clause
        if otherwise and (inverted or (_b(nxt) in subjects and _finite(then, g))):
            j = i  # not "fordi jeg ellers går …"; "… ikk for ellers ser jeg …": "for" goes too
            while j > 1 and _b(words[j - 1]) in g.reason_otherwise_leads | g.spoken_fillers:
                j -= 1
                if words[j][-1:] in _EDGE:
                    break  # "… i bageriet, for ellers …": the comma ends the reason
            return without_trailing_joins(words[:j], g)
    out: list[str] = []
    i = 0
    while i < len(words):
        end = (
            _compared_other_end(words, i, g)
            or _compared_past_end(words, i, g)
            or _since_death_end(words, i, g)
            or _past_after_end(words, i, g)
            or _relative_story_end(words, i, g)
        )
        if not end:
            out.append(words[i])
            i += 1
            continue
        if out and _b(out[-1]) in g.fillers and out[-1][-1:] not in _EDGE:
            out.pop()  # "lige siden min kone døde"
        tail = words[end - 1][len(words[end - 1].rstrip(_EDGE)) :]
        if out and end < len(words):
            out[-1] = out[-1].rstrip(",;:") + tail
        i = end
    return out


def _compared_other_end(words: list[str], i: int, g: Grammar) -> int:
    """The end of "som min bror", "ligesom min mor gjorde" at i that ends a clause (at its end, a
    comma or a join); 0 when none stands there ("den mad som min kone laver til mig")."""
    if i < 2 or i + 2 >= len(words) or _b(words[i]) not in g.third_comparisons:
        return 0
    if words[i - 1][-1:] in _EDGE or words[i + 1][-1:] in _EDGE:
        return 0
    if _b(words[i + 1]) not in g.possessive_words or g.noun_kind(words[i + 2]) is None:
        return 0
    end = i + 3
    verb_after = end < len(words) and words[end - 1][-1:] not in _EDGE and _finite(words[end], g)
    if verb_after and _b(words[i]) in g.comparison_fillers:
        end += 1  # "ligesom min mor gjorde"; "som min kone laver" may tell which one
    if not verb_after and end + 1 < len(words) and _b(words[end]) in g.main_joins:
        more = words[end + 1].strip(_EDGE)  # "ligesom hans storesøster og kusinerne"
        noun = _b(more).endswith(_DEFINITE_NOUN) and _b(more) not in g.function_words
        if words[end - 1][-1:] not in _EDGE and noun and not _finite(more, g):
            end += 2
    ends = end == len(words) or words[end - 1][-1:] in ",;"
    ends = ends or (end > i + 3 and _clause_at(words, end, g))  # "… og kusinerne det er …"
    if verb_after and not ends and _b(words[end]) in g.past_when_leads:
        # "ligesom deres mor fik da hun var lille": when the other did it, part of the story
        then = _clause_end_at(words, end, g)
        so = fold(g.so_word)  # "… da hun var lille og så jeg kan bage med dem": a purpose
        then = next(
            (j for j in range(end + 2, then - 1) if _b(words[j]) in g.main_joins
             and _b(words[j + 1]) == so),
            then,
        )  # fmt: skip
        if any(_past_verb(words, k, g) for k in range(end + 1, then)):
            end = then
            ends = end == len(words) or words[end - 1][-1:] in ",;"
            ends = ends or _b(words[end]) in g.main_joins  # "… og så jeg kan bage med dem"
    if not ends and _b(words[end]) in g.main_joins and end + 2 < len(words):
        # "… som min bror og jeg vil …": a clause of its own after it; "… og kusinerne" adds
        ends = _b(words[end + 1]) in g.subject_pronouns and _finite(words[end + 2], g)
    return end if ends else 0


def _compared_past_end(words: list[str], i: int, g: Grammar) -> int:
    """The end of "ligesom sidste år" at i that ends a clause: a comparison with what happened,
    not the wish ("… ikke skal bære maden ned igen ligesom sidste år"); else 0."""
    if i < 2 or i + 2 >= len(words) or _b(words[i]) not in g.comparison_fillers:
        return 0
    if words[i - 1][-1:] in _EDGE or _b(words[i + 1]) not in g.compared_past_leads:
        return 0
    end = i + 3
    ends = end == len(words) or words[end - 1][-1:] in ",;"
    return end if ends or _b(words[end]) in g.main_joins else 0


def _past_after_end(words: list[str], i: int, g: Grammar) -> int:
    """The end of an "efter" clause at i that tells what happened ("efter hans kone kom på
    plejehjem"): its own subject and a past verb; else 0 ("efter maden", "efter mig")."""
    if i < 2 or _b(words[i]) not in g.after_leads or words[i - 1][-1:] in _EDGE:
        return 0
    end = _clause_end_at(words, i, g)
    told = any(_past_verb(words, k, g) or _b(words[k]) in g.death_words for k in range(i + 2, end))
    return end if told else 0


def _since_death_end(words: list[str], i: int, g: Grammar) -> int:
    """The end of a "siden" clause at i that tells of a death ("siden konen døde"); else 0."""
    if i < 2 or _b(words[i]) not in g.since_leads or words[i - 1][-1:] in _EDGE:
        return 0
    if any(_b(w) in g.person_objects for w in words[:i]):
        return 0  # "hun savner ham siden han døde": "ham" is the one who died, kept whole
    end = _clause_end_at(words, i, g)
    return end if any(_b(w) in g.death_words for w in words[i:end]) else 0


def _when_clause_last(
    words: list[str], g: Grammar, leads: frozenset[str] | None = None
) -> list[str]:
    """A reason told as "når …" and then its main clause, verb first ("når jeg ikke ser havet
    bliver jeg helt trist"), with the main clause first: "jeg bliver helt trist, når jeg ikke
    ser havet" (a clause of its own, joined by "fordi"), also after "fordi", where "hvis" (a
    condition of `leads`) is read so too; any other reason as it is. An "efter"
    clause told so that tells the past ("efter min kone døde så er det dem der har holdt mig
    oppe") is the story before the reason and is left out, as it is after the main clause."""
    leads = g.when_leads if leads is None else leads
    k = 1 if words and _b(words[0]) in g.reason_clause_leads else 0  # "fordi efter …"
    told = len(words) > k + 4 and _b(words[k]) in g.after_leads
    if told and (_subject(words[k + 1 :], g) or _is_name(words[k + 1], g)):  # "efter Edith døde"
        main = fronted_story_left_out(words[k:], g, lambda w: _finite(w, g))
        return [*words[:k], *main] if main else words
    fronted = g.when_leads | g.condition_leads
    if k and len(words) > 5 and _b(words[1]) in fronted:
        # "fordi når jeg sidder hjemme så keder jeg mig": "fordi jeg keder mig, når …"; "fordi
        # hvis jeg ikke kommer ud så bliver jeg sur": "fordi jeg bliver sur, hvis …"
        return [words[0], *_when_clause_last(words[1:], g, fronted)]
    if len(words) < 5 or _b(words[0]) not in leads or not _subject(words[1:], g):
        return words
    for i in range(3, len(words) - 1):
        verb, subject = words[i], words[i + 1]
        if words[i - 1][-1:] in ".;:":
            return words
        if verb[-1:] in _EDGE:
            nxt = words[i + 1]  # "Når jeg syr, så glemmer jeg …": the comma ends the clause
            if verb[-1:] == "," and (_b(nxt) == fold(g.so_word) or _finite(nxt, g)):
                continue
            return words
        n = 1 if _b(subject) in g.subject_pronouns else _when_main_noun_subject(words, i, g)
        resumed = _b(words[i - 1]) == fold(g.so_word) and i > 3 and _finite(verb, g)
        if resumed and not n and any(_finite(w.rstrip(_EDGE), g) for w in words[1 : i - 1]):
            return words  # "når jeg bager så dufter hele huset og …": its main clause, unread
        if _finite(verb, g) and n:
            if not any(_finite(w.rstrip(_EDGE), g) for w in words[1:i]):
                return words  # "når kommer gæster": no clause before the verb
            if n > 1:  # "så går mine fødder": the subject's words said as one
                subject = " ".join(words[i + 1 : i + 1 + n])
            when = [words[0].lower(), *words[1 : i - 1], words[i - 1].rstrip(",")]
            if len(when) > 3 and _b(when[-1]) == fold(g.so_word):
                when = when[:-1]  # "når jeg står med træet så er jeg …": "så" resumes it
                when[-1] = when[-1].rstrip(",")
            # "glemmer jeg, at …": the subject's comma goes after the verb put before it
            mark = subject[len(subject.rstrip(_EDGE)) :]
            main = [subject.rstrip(_EDGE).lower(), verb + mark, *words[i + 1 + n :]]
            # "… så er jeg mig selv igen og så kan jeg …": the "når" clause belongs to the
            # first main clause; a clause joined on after it follows the "når" clause, and so
            # does one run on after a comma ("…, er jeg ikke patient, så er jeg far")
            j = next(
                (
                    j
                    for j in range(3, len(main) - 1)
                    if (
                        _b(main[j]) in g.main_joins
                        and main[j - 1][-1:] not in ".;:!?"
                        and _own_subject_after(main, j + 1, g)
                    )
                    or (main[j - 1].endswith(",") and _run_on_clause_at(main, j, g))
                ),
                len(main),
            )
            head, tail = main[:j], main[j:]
            head[-1] = head[-1].rstrip(_EDGE) + ","
            if not tail:
                return [*head, *when]
            when[-1] = when[-1].rstrip(_EDGE) + ","
            return [*head, *when, *tail]
    return words


def _when_main_noun_subject(words: list[str], i: int, g: Grammar) -> int:
    """Words of a noun subject after the finite verb at i of a main clause that a "når" clause
    opens, once its end is marked by a comma or a resuming "så" ("når musikken spiller, så går
    fødderne af sig selv", "… så går mine fødder"): a definite noun, or a possessive and its
    noun; else 0 (no mark: "når jeg spiser og drikker kaffen" is one clause)."""
    if not (words[i - 1].endswith(",") or _b(words[i - 1]) == fold(g.so_word)):
        return 0
    k = i + 1
    n = 2 if _b(words[k]) in g.possessive_words and k + 1 < len(words) else 1
    noun = words[k + n - 1].rstrip(_EDGE)
    b = fold(noun)
    if not noun.isalpha() or len(b) < 5 - n or b in g.function_words | g.clause_adverbs:
        return 0
    if n == 1 and not b.endswith(_DEFINITE_NOUN):
        return 0
    if words[k + n - 2][-1:] in _EDGE and n == 2:
        return 0
    return n


def _run_on_clause_at(words: list[str], k: int, g: Grammar) -> bool:
    """True for a main clause of its own at k after a comma: "så" and a finite verb ("så er jeg
    far"), or a subject pronoun (no relative "der") and a finite verb ("jeg glemmer alt"); a
    subject and its verb that end the reason ("det er det bedste, jeg ved") are a relative
    clause with "som" unsaid, its object the thing before the comma."""
    if k + 1 >= len(words) or (k + 2 == len(words) and _b(words[k]) in g.subject_pronouns):
        return False
    lead = _b(words[k])
    if lead in g.relative_leads:
        return False  # "…, er jeg sammen med dem, der betyder mest": a relative clause
    return (lead == fold(g.so_word) or lead in g.subject_pronouns) and _finite(
        words[k + 1].rstrip(_EDGE), g
    )


def _own_subject_after(words: list[str], k: int, g: Grammar) -> bool:
    """True when a clause with a subject of its own begins at k after a join ("og så kan jeg
    …", "og hun ringer"); "og bliver trist" goes on with the subject before it."""
    if k >= len(words):
        return False
    if _b(words[k]) == fold(g.so_word):
        return _clause_after(words, k + 1, g)
    return bool(_subject(words[k:], g)) and _clause_after(words, k, g)


def _after_openers(words: list[str], k: int, g: Grammar) -> int:
    """The first word from k that only opens an answer ("ja", "jamen") no more."""
    while k < len(words) - 1 and _b(words[k]) in g.reason_openers:
        k += 1
    return k


def _without_end_hedges(words: list[str], g: Grammar) -> list[str]:
    """A reason without the hedge or spoken tag that ends one of its clauses ("der er ro
    dernede vel", "når familien kommer ik(ke) og så …", "det er hyggeligt ikke"): how it was
    said, not why; its punctuation stays on the word before."""
    out: list[str] = []
    for i, w in enumerate(words):
        # "… griner lidt ikke ellers sidder jeg …", "… griner lidt ikke når jeg er derude"
        joins = g.main_joins | g.reason_otherwise | g.when_leads | g.condition_leads
        ends = i == len(words) - 1 or w[-1:] in _EDGE or _b(words[i + 1]) in joins
        # a mark the spelling step wrote apart (" , "), or a main clause run on ("… kagemand
        # ikke det er det som …")
        ends = ends or words[i + 1].strip(_EDGE) == "" or _clause_opens_at(words, i + 1, g)
        hedge = _b(w) in g.reason_end_hedges or _tag_after_when(words, i, g)
        hedge = hedge or clause_end_tag(words, i, g)  # "har holdt mig oppe ikke og så …"
        if ends and out and hedge and out[-1][-1:] not in _EDGE:
            out[-1] += w[len(w.rstrip(_EDGE)) :]
            continue
        out.append(w)
    return out


def _clause_opens_at(words: list[str], k: int, g: Grammar) -> bool:
    """True for a subject pronoun and its finite verb at k ("det er", "jeg går")."""
    if k + 1 >= len(words) or words[k][-1:] in _EDGE:
        return False
    return _b(words[k]) in g.subject_pronouns and _finite(words[k + 1], g)


def _tag_after_when(words: list[str], i: int, g: Grammar) -> bool:
    """True for a negation after the verb of a "når"/"mens" clause ("når familien kommer ik"):
    there the negation would stand before the verb, so it is the spoken tag "ik?"."""
    if _b(words[i]) not in g.negations or i < 3 or not _finite(words[i - 1], g):
        return False
    return any(
        _b(words[k]) in g.when_leads and not any(x[-1:] in _EDGE for x in words[k : i - 1])
        for k in (i - 3, i - 4)
        if k >= 0
    )


def without_past_run_ons(text: str, g: Grammar) -> str:
    """A told reason as said, without its run-on clauses about the past or a death ("så jeg
    kan køre hende ud på kirkegården til far han døde for tre år siden" → "… til far")."""
    return " ".join(_without_past_run_ons(text.split(), g))


def _without_past_run_ons(words: list[str], g: Grammar) -> list[str]:
    """A spoken reason without the run-on clauses it tells about the past or a death ("… til
    far han døde for tre år siden", "… og sludrer jeg var selv fisker i fyrre år og jeg savner
    …", "… om søndagen det har hun gjort hver søndag siden han døde og hun vil …"): the clause
    goes to where the next one begins; what is said around it stays. A reason that opens in
    the past is left whole (it stays out of the goal)."""
    starts = [
        k
        for k in range(2, len(words) - 1)
        if _run_on_start(words, k, g)
        or _past_after_comma(words, k, g)
        or _perfect_story_at(words, k, g)
        or _fronted_habit_at(words, k, g)
    ]
    if not starts:
        return words
    out = list(words[: starts[0]])
    for n, k in enumerate(starts):
        end = min(_clause_end_at(words, k, g), starts[n + 1] if n + 1 < len(starts) else len(words))
        told = (
            _is_about_the_past(words[k:end], g)
            or _perfect_story_at(words, k, g)
            or _fronted_habit_at(words, k, g)
        )
        if told and not _is_about_the_past(out, g):
            rest = words[end : starts[n + 1] if n + 1 < len(starts) else len(words)]
            if _is_about_the_past(rest, g):  # "…, det var der min kone og jeg havde det bedst"
                rest = []
            if out and _b(out[-1]) in g.past_run_on_leads and out[-1][-1:] not in _EDGE:
                out.pop()  # "… frem til, efter Ragnhild kom på plejehjem": the lead goes along
                if not rest and out:
                    out[-1] = out[-1].rstrip(",")
            out = without_trailing_joins(out, g) if end == len(words) or not rest else out
            out.extend(rest)
        else:
            if (
                out
                and out[-1][-1:] not in _EDGE
                and (_fronted_run_on(words, k, g) or _there_run_on(words, k, g))
            ):
                out[-1] += ","  # "… derude, det savner jeg": a run-on kept is its own clause
            out.extend(words[k : starts[n + 1] if n + 1 < len(starts) else len(words)])
    return out


def _run_on_start(words: list[str], k: int, g: Grammar) -> bool:
    """True when a spoken run-on begins at k: a subject and its verb (starts_run_on), or a
    fronted "det"/"der", the finite verb and then the subject ("… det har hun gjort …")."""
    if words[k - 1][-1:] in _EDGE:
        return False  # a told sentence or clause: punctuation already ends the one before
    if _b(words[k - 1]) in g.past_relative_leads:
        return False  # "… igen ligesom jeg gjorde før": how, a clause with its lead
    if _pronoun_relative_at(words, k, g):
        return False  # "… ikke bare ham der fik en blodprop": the one who, a relative clause
    owned = k > 1 and _b(words[k - 2]) in g.possessive_words and _kin_word(words[k - 1], g)
    if owned and _is_name(words[k], g):
        return False  # "og min kone Else passede altid haven": the name is the kin's own …
    kin = _b(words[k]) in g.possessive_words and k + 3 < len(words) and _kin_word(words[k + 1], g)
    if kin and _is_name(words[k + 2], g) and starts_run_on(words, k + 2, g):
        return True  # … and the run-on begins at "min"
    if starts_run_on(words, k, g):
        return True
    b, prev = _b(words[k]), _b(words[k - 1])
    if prev in run_on_leads(g) | g.modals:
        return False  # "til han døde", "fordi det er hun glad for": a clause with its lead
    if _dies_at(words, k, g) or (b in g.possessive_words and _dies_at(words, k + 2, g)):
        # "… til far han døde", "… graven min kone hun døde": "døde" is no past the lexicon
        # knows; the run-on begins at "min" when the subject is said first
        owned = k > 1 and _b(words[k - 2]) in g.possessive_words
        return not owned and not any(
            _b(w) in g.run_on_relative_heads for w in words[max(0, k - 3) : k]
        )
    if b in g.run_on_fronted and k + 1 < len(words) and _past_verb(words, k + 1, g):
        return True  # "… igen ligesom sidste år det var ikke sjovt": a past comment of its own
    return (
        b in g.run_on_fronted
        and k + 2 < len(words)
        and _finite(words[k + 1], g)
        and not _when_clause_at(words, k + 1, g)
        and (_b(words[k + 2]) in g.run_on_subjects or _told_by_at(words, k + 2, g, False) > 0)
    )


def _when_clause_at(words: list[str], j: int, g: Grammar) -> bool:
    """True when a "når"/"mens" at j opens a clause, its subject and finite verb after it
    ("så børnene har det når jeg er væk"): the conjunction, not the verb "nå"."""
    return (
        j + 2 < len(words)
        and _b(words[j]) in g.when_leads
        and words[j][-1:] not in _EDGE
        and _b(words[j + 1]) in g.run_on_subjects | g.subject_pronouns
        and _finite(words[j + 2].rstrip(_EDGE), g)
    )


def _told_by_at(words: list[str], k: int, g: Grammar, owned: bool = True) -> int:
    """The words of one who tells or shows the citizen things standing at k, the subject after
    a fronted "det" and its verb ("… det har fysioterapeuten vist mig", "det har min datter
    lært mig": `owned`, the participle checked after it; "det er mit et og alt" is none), said
    whole or split by speech recognition ("fysio terapeuten"); 0 for none."""
    if k + 1 >= len(words) or words[k][-1:] in _EDGE:
        return 0
    if _b(words[k]) in g.attribution_subjects - g.subject_pronouns:
        return 1
    pair = _b(words[k]) + _b(words[k + 1])
    owned = owned and _b(words[k]) in g.possessive_words and words[k + 1][-1:] not in _EDGE
    return 2 if pair in g.attribution_subjects or owned else 0


def _past_after_comma(words: list[str], k: int, g: Grammar) -> bool:
    """True when a clause about the past begins at k after a comma ("det er mit frirum, det var
    der min kone og jeg havde det bedst"): its subject or a fronted "det"/"der" and then a past
    verb; the present clause before it is the reason."""
    if words[k - 1][-1:] != "," or k + 1 >= len(words) or cleft_relative_at(words, k, g):
        return False  # "det har været mig, der var der for dem": the cleft's own clause
    if relative_of_noun(words, k, g):
        return False  # "finde det sted, hun kom til, og …": the noun's clause, "som" left out
    verb = k + 1 if _b(words[k]) in g.run_on_fronted | g.run_on_subjects else 0
    return bool(verb) and _past_verb(words, verb, g)


def _perfect_story_at(words: list[str], k: int, g: Grammar) -> bool:
    """True when a clause run on at k tells in the perfect for how long ("…, jeg har gået der
    hver søndag i 50 år", "… jeg har altid spillet kort med dem"): a subject after a comma or
    no lead, "har"/"er", maybe an adverb, a participle, and a span word before the clause ends."""
    if k < 2 or _b(words[k]) not in g.run_on_subjects or words[k][-1:] in _EDGE:
        return False
    prev = words[k - 1]
    if _tagged_join(words, k, g):
        prev = words[k - 2]  # "… ud ik, og jeg har gået der siden firserne": as after a comma
    if not prev.endswith(",") and (prev[-1:] in _EDGE or _b(prev) in run_on_leads(g) | g.modals):
        return False
    if _b(prev) in g.past_relative_leads or not any(_finite(w, g) for w in words[:k]):
        return False  # "… ligesom vi har gjort i mange år": how; "min far han har …": the reason
    j = k + 2
    while j < len(words) - 1 and _b(words[j]) in g.habit_adverbs and words[j][-1:] not in _EDGE:
        j += 1
    if j >= len(words) or not _perfect([words[k + 1], words[j]], g):
        return False
    heads = [_b(w) in g.run_on_relative_heads for w in words[max(0, k - 3) : k]]
    # "… de andre damer jeg har vundet en rulle pølse": the participle has its own object
    filled = prev not in g.run_on_relative_heads and j + 1 < len(words)
    filled = filled and _b(words[j + 1]) in g.story_objects and words[j][-1:] not in _EDGE
    if any(heads) and not prev.endswith(",") and not filled:
        return False  # "det er dem jeg har spillet med i 25 år": a relative clause without "som"
    end = _clause_end_at(words, k, g)
    return any(_b(w) in g.story_spans for w in words[k + 2 : end])


def _tagged_join(words: list[str], k: int, g: Grammar) -> bool:
    """True when "og" before k follows a spoken tag or a comma ("… ud ik og jeg har …",
    "… ud ikk, og jeg har …"): the clause at k is told on its own, as after a comma."""
    if k < 3 or _b(words[k - 1]) not in g.main_joins or words[k - 1][-1:] in _EDGE:
        return False
    return words[k - 2].endswith(",") or _b(words[k - 2]) in g.spoken_fillers


def _fronted_habit_at(words: list[str], k: int, g: Grammar) -> bool:
    """True when a clause run on at k tells in the perfect what the person has always done,
    "det" fronted before "har", the subject and a generic verb's participle ("…, det har jeg
    gjort til alle børnene", "… det har hun altid gjort"), or who showed the citizen how ("…
    det har fysioterapeuten vist mig"): a past habit or a story, no reason."""
    if k < 2 or k + 3 >= len(words) or _b(words[k]) not in g.run_on_fronted:
        return False
    prev = words[k - 1]
    if not prev.endswith(",") and (prev[-1:] in _EDGE or _b(prev) in run_on_leads(g) | g.modals):
        return False
    told_by = _told_by_at(words, k + 2, g)  # "det har fysio terapeuten vist mig"
    if _b(prev) in g.main_joins or (_b(words[k + 2]) not in g.run_on_subjects and not told_by):
        return False
    j = k + 2 + max(told_by, 1)
    while j < len(words) - 1 and _b(words[j]) in g.habit_adverbs:
        j += 1
    if j >= len(words) or not _perfect([words[k + 1], words[j]], g):
        return False
    verb = fold(g.participle_infinitives.get(_b(words[j]), ""))
    shown = fold(g.infinitive_of_participle(words[j]) or "") in g.shown_verbs  # "vist", "lært"
    return verb in g.generic_verbs or shown


def _fronted_run_on(words: list[str], k: int, g: Grammar) -> bool:
    """True when the run-on at k fronts "det"/"der" before its verb and subject ("… derude det
    savner jeg"), after a word that ends a clause (no join, no lead)."""
    b, prev = _b(words[k]), _b(words[k - 1])
    if prev in g.main_joins or prev in run_on_leads(g) or k + 2 >= len(words):
        return False
    return (
        b in g.run_on_fronted
        and _finite(words[k + 1], g)
        and _b(words[k + 2]) in g.run_on_subjects
        and not _when_clause_at(words, k + 1, g)
    )


def _there_run_on(words: list[str], k: int, g: Grammar) -> bool:
    """True when the run-on at k has "det"/"der" as its subject and a present verb ("… igen det
    gør mig glad"), after a word that ends a clause (no join, no lead)."""
    prev = _b(words[k - 1])
    if prev in g.main_joins or prev in run_on_leads(g) or k + 1 >= len(words):
        return False
    return (
        _b(words[k]) in g.run_on_fronted
        and g.is_present(words[k + 1])
        and not _when_clause_at(words, k + 1, g)
    )


def _dies_at(words: list[str], k: int, g: Grammar) -> bool:
    """True when a subject and a word of death stand at k ("han døde", "hun er død")."""
    if k + 1 >= len(words) or _b(words[k]) not in g.run_on_subjects:
        return False
    return any(_b(w) in g.death_words for w in words[k + 1 : k + 3])


def _clause_end_at(words: list[str], k: int, g: Grammar) -> int:
    """Where the clause that begins at k ends: at a comma, or at a join a clause of its own
    follows ("… siden han døde og hun vil ikke …")."""
    for j in range(k + 1, len(words)):
        if words[j - 1][-1:] in ",;":
            return j
        if _b(words[j]) in g.main_joins and _clause_after(words, j + 1, g):
            return j
    return len(words)


def _joins_verbs(words: list[str], i: int, g: Grammar) -> bool:
    """True when the join at i goes on with a verb of the same clause ("sidde og vente på
    mig"): no new clause begins there."""
    nxt = words[i + 1] if i + 1 < len(words) else ""
    return _b(words[i]) in g.main_joins and (g.is_infinitive(nxt) or g.is_present(nxt))


def _adverb_first(words: list[str], n: int, g: Grammar) -> list[str]:
    """A clause after "fordi"/"så" in written order: the adverb after the subject (n words)
    before the finite verb ("jeg har altid holdt af" → "jeg altid har holdt af")."""
    if n == 0 and words and words[0] != words[0].lower():
        return words  # a name or a capitalised word opens it: no verb to move
    if len(words) < n + 3 or words[n] != words[n].rstrip(_EDGE):
        return words
    verb, adverb = words[n], _b(words[n + 1])
    finite = g.is_present(verb) or g.is_past(verb) or _b(verb) in g.modals | g.past_words
    if finite and words[n] == verb.rstrip(_EDGE) and _shifted_object(words, n + 1, g):
        return _shifted_negation_first(words, n, g)
    if not finite or adverb not in g.clause_adverbs or words[n + 1] != words[n + 1].rstrip(_EDGE):
        return words
    # "jeg har altid selv bestemt" → "jeg altid selv har bestemt": the adverbs after it go too,
    # a negation's focus word with it ("buna er ikke kun kaffe" → "buna ikke kun er kaffe")
    k = n + 2
    more = g.clause_adverbs | g.pre_modal_adverbs
    while (
        k + 1 < len(words)
        and words[k - 1][-1:] not in _EDGE
        and (_b(words[k]) in more or negation_focus_at(words, k, g))
    ):
        k += 1
    return [*words[:n], *words[n + 1 : k], verb, *words[k:]]


def _shifted_object(words: list[str], k: int, g: Grammar) -> bool:
    """True for a light pronoun object at k said before a negation, as a main clause shifts it
    ("han hjælper mig ikke", "jeg har det ikke godt"); a finite verb after the negation makes
    the pronoun the subject of a clause with "at" unsaid ("jeg håber det ikke bliver værre")."""
    if not (
        k + 1 < len(words)
        and words[k] == words[k].rstrip(_EDGE)
        and _b(words[k]) in g.shifted_objects
        and _b(words[k + 1]) in g.negations
    ):
        return False
    j = k + 2
    while j < len(words) and words[j - 1][-1:] not in _EDGE and _b(words[j]) in g.clause_adverbs:
        j += 1
    return not (j < len(words) and words[j - 1][-1:] not in _EDGE and _finite(words[j], g))


def _shifted_negation_first(words: list[str], n: int, g: Grammar) -> list[str]:
    """The clause with its shifted object (n is its verb) in subordinate order: the negation
    before the verb, the pronoun after it ("han hjælper mig ikke" → "han ikke hjælper mig"); a
    mark after the negation moves to the pronoun ("jeg ser dem ikke, og …"); the adverbs right
    after it go with it ("hun kender mig ikke altid" → "hun ikke altid kender mig")."""
    k = n + 3
    while k < len(words) and words[k - 1][-1:] not in _EDGE and _b(words[k]) in g.clause_adverbs:
        k += 1  # not a focus word: "jeg ser dem ikke mere" → "jeg ikke ser dem mere"
    last = words[k - 1].rstrip(_EDGE)
    mark = words[k - 1][len(last) :]
    return [*words[:n], *words[n + 2 : k - 1], last, words[n], words[n + 1] + mark, *words[k:]]


def _without_inner_quotes(words: list[str], g: Grammar) -> list[str]:
    """A quote lead inside a reason ("…, han siger han sidder og rådner op", "… og hun siger
    hun bliver helt grå") or after it ("…, siger hun") says who said it, not what: the words
    stay, the lead goes. Spoken without a comma or a join ("… læse hans post han siger det er
    hans egne sager"), a lead goes before a clause of its own, which then gets its comma."""
    out: list[str] = []
    i = 0
    while i < len(words):
        lead = None
        if i > 0:
            lead = next(
                (q for q in g.quote_leads if tuple(_b(w) for w in words[i : i + len(q)]) == q),
                None,
            )
        bare = words[i - 1][-1:] != "," and _b(words[i - 1]) not in g.main_joins if i else False
        at_end = i + len(lead or ()) == len(words)  # "… det er hendes egne sager siger hun"
        if lead is not None and bare and not at_end and not _clause_at(words, i + len(lead), g):
            lead = None
        if lead is not None and _b(words[i - 1]) in g.question_words:
            lead = None  # "sige videre hvad hun siger": what she says, no quote
        if lead is None:
            out.append(words[i])
            i += 1
            continue
        if bare and out and out[-1][-1:] not in _EDGE and not at_end:
            out[-1] += ","  # "… min post, det er mine egne sager"
        i += len(lead)
        if i < len(words) and _b(words[i]) in g.quote_that:
            i += 1
        if i >= len(words) and out:
            out[-1] = out[-1].rstrip(",")  # "…, siger hun": the tag at the end
    return out


def _quotes(text: str, g: Grammar) -> bool:
    """True when the text holds a quote lead ("siger hun", "han siger")."""
    folded = [_b(w) for w in text.split()]
    return any(
        tuple(folded[i : i + len(q)]) == q for q in g.quote_leads for i in range(len(folded))
    )


def _clause_at(words: list[str], i: int, g: Grammar) -> bool:
    """True when a clause with its own subject and finite verb starts at word i ("det er …",
    "hun bliver …")."""
    if i + 1 >= len(words) or _b(words[i]) not in g.subject_pronouns:
        return False
    verb = words[i + 1]
    return g.is_present(verb) or g.is_past(verb) or _b(verb) in g.modals | g.past_words


def _without_run_on_quotes(words: list[str], g: Grammar) -> list[str]:
    """A relative's reason without the citizen's quote lead run on after a clause or a join
    ("… min post han siger det er hans egne sager", "… fuglene og hun siger hun bliver …"): the
    citizen's words stay, as a clause of their own; "når han siger det til mig" stays whole."""
    out: list[str] = []
    i = 0
    while i < len(words):
        lead = next(
            (
                q
                for q in g.quote_leads
                if q[0] in g.citizen_pronouns and tuple(_b(w) for w in words[i : i + len(q)]) == q
            ),
            None,
        )
        j = i + len(lead) if lead else i
        j += j < len(words) and _b(words[j]) in g.quote_that
        clause = j + 1 < len(words) and _b(words[j]) in g.subject_pronouns | g.citizen_pronouns
        clause = clause and _finite(words[j + 1], g)
        prev = _b(out[-1]) if out else ""
        subject = _is_name(out[-1], g) if out else False  # "Karen hun siger": Karen's words
        leads = g.clause_subordinators | {fold(g.so_word)}  # "når han siger …": the lead's own
        run_on = bool(out) and not subject and prev not in leads | g.citizen_kin
        if lead is None or not clause or not run_on or words[i - 1][-1:] in _EDGE:
            out.append(words[i])
            i += 1
            continue
        if prev not in g.main_joins:
            out[-1] += ","  # "… min post, det er mine egne sager"
        i = j
    return out


def _perfect(words: list[str], g: Grammar) -> bool:
    """ "har gået …", "er blevet …", "har ondt …": "har"/"er" and a participle, not "har det
    bedre" (a result: "så jeg har det bedre")."""
    second = _b(words[1])
    return (
        _b(words[0]) in g.perfect_auxiliaries
        and second.isalpha()
        and second.endswith("t")
        and second not in g.function_words | g.subject_pronouns | g.pronoun_objects
    )


def _feeling(words: list[str], g: Grammar) -> bool:
    """True for a feeling said without "jeg er": "træt af rugbrød", "bange for at falde"."""
    return len(words) > 1 and _b(words[0]) in g.predicate_adjectives and bool(g.be_word)


def _before_speaker(words: list[str], g: Grammar, speaker: str | None) -> list[str]:
    """A relative's reason about the citizen that goes on about the relative ("så hun kommer
    lidt ud og ikke skal vente til jeg har fri"): the words before the clause that brings the
    relative in; unchanged when the relative is in the first clause."""
    own = _speaker_words(g, speaker)
    first = next((i for i, w in enumerate(words) if _b(w) in own), None)
    if first is None:
        return words
    cut = next(
        (
            i
            for i in range(first, _MIN_KEPT - 1, -1)
            if (_b(words[i]) in g.reason_cuts and not _joins_verbs(words, i, g))
            or (words[i - 1].endswith(",") and not _object_clause_at(words, i, g))
        ),
        None,
    )
    return without_trailing_joins(words[:cut], g) if cut else words


def _object_clause_at(words: list[str], i: int, g: Grammar) -> bool:
    """True when the word after a comma opens the object of the verb before it ("vil ikke
    have, at jeg skal ringe", "ved ikke, hvad hun skal"): no clause ends at that comma. After a
    noun "hvor" opens a relative clause ("i huset, hvor vi har boet"), no object."""
    if i and _b(words[i]) in g.relative_leads and not _verb_before(words, i, g):
        return False
    return _b(words[i]) in g.quote_that | g.question_words


def _verb_before(words: list[str], i: int, g: Grammar) -> bool:
    """True when one of the two words before words[i] is a verb whose object a clause may be
    ("ved ikke, hvor", "spørge, hvor"), not a noun ("i huset, hvor") or an adverb ("i klubben
    igen, hvor")."""
    if _noun(words[i - 1], g) or _definite_form(words[i - 1], g):
        return False
    return any(
        _finite(w, g) or g.is_infinitive(w) or _b(w) in g.object_clause_verbs
        for w in words[max(0, i - 2) : i]
    )


def without_trailing_joins(words: list[str], g: Grammar) -> list[str]:
    """A reason cut before a clause never ends on the join that led to it ("… igen og")."""
    words = list(words)
    while words and _b(words[-1]) in g.reason_cuts | g.main_joins | g.clause_joins:
        words.pop()
    if words:
        words[-1] = words[-1].rstrip(",;:")
    return words


def ends_inside_clause(words: list[str], g: Grammar) -> bool:
    """True when words end inside a subordinate clause, before its finite verb: after a lead
    that only opens clauses ("… i huset, hvor jeg og min kone", "…, fordi min datter"), after
    any clause lead and a subject pronoun ("…, så jeg", "… før han ikke") or after one of
    owned_subject_leads and a possessive ("…, så min søn"). A reason is never cut there: the
    whole clause goes, or the cut comes after its verb."""
    for j in range(len(words) - 1, -1, -1):
        word = _b(words[j])
        owned = j and _b(words[j - 1]) in g.possessive_words | g.articles  # "min datter"
        if _finite(words[j], g) and not owned:
            return False
        if j and _b(words[j - 1]) in g.run_on_subjects:
            continue  # "jeg når bussen": "når" after a subject is the verb, no lead
        subject = j + 1 < len(words) and _b(words[j + 1]) in g.run_on_subjects
        owner = j + 2 < len(words) and _b(words[j + 1]) in g.possessive_words
        if (
            word in g.clause_only_leads
            or (word in g.clause_subordinators and subject)
            or (word in g.owned_subject_leads and owner)
        ):
            return True
        if words[j][-1:] in ",;:.":
            return False
    return False


def _named_speaker(words: list[str], g: Grammar, speaker_as: str) -> list[str]:
    """A relative's own "jeg"/"mig" as who they are to the citizen ("så jeg ikke skal køre
    derover" → "så min datter ikke skal køre derover"); in the relative's own clause "ham"/"hende"
    is the citizen ("uden at jeg skal hjælpe ham" → "uden at min kone skal hjælpe mig")."""
    out: list[str] = []
    own = False  # in a clause whose subject is the relative
    for i, w in enumerate(words):
        b, tail = _b(w), w[len(w.rstrip(_EDGE)) :]
        if i > 0 and (words[i - 1][-1:] in _EDGE or b in g.clause_joins):
            own = False
        if b in g.speaker_self and own and b in g.speaker_reflexive:
            out.append(g.speaker_reflexive[b] + tail)  # "for mig selv": "for sig selv"
        elif b in g.speaker_self:
            own = own or b == g.self_subject
            named = speaker_as.split()
            out.extend([*named[:-1], named[-1] + tail])
        elif own and b in g.object_pronouns and b in g.first_person:
            out.append(g.first_person[b] + tail)
        else:
            out.append(w)
    return out


def _without_speaker_comparison(words: list[str], g: Grammar, speaker: str | None) -> list[str]:
    """A helper's reason without the "other than me" that ends a clause ("så han får nogle
    andre at snakke med end mig" → "… at snakke med"); "mere end mig" is a degree, kept."""
    own = _speaker_words(g, speaker) if speaker in ("relative", "staff") else frozenset()
    out: list[str] = []
    i = 0
    while i < len(words):
        w = words[i]
        nxt = words[i + 1] if i + 1 < len(words) else ""
        ends = i + 2 == len(words) or nxt[-1:] in _EDGE
        start = next((k for k in range(i - 1, -1, -1) if words[k][-1:] in _EDGE), -1) + 1
        other = any(_b(x) in g.others_words for x in words[start:i])
        if _b(w) in g.speaker_comparisons and _b(nxt) in own and ends and other:
            out[-1] += nxt[len(nxt.rstrip(_EDGE)) :]
            i += 2
            continue
        out.append(w)
        i += 1
    return out


def _relative_owns(words: list[str], g: Grammar, speaker: str | None) -> bool:
    """True when a relative's reason about the citizen (han/hun) says "min"/"mit"/"mine" of
    their own but never "jeg"/"mig" ("hun vil være min kone og ikke min patient")."""
    own = g.first_person_words - g.speaker_self | g.relative_us
    return (
        speaker == "relative"
        and not _speaks_as_speaker(words, g, speaker)
        and any(_b(w) in own for w in words)
        and any(_b(w) in g.citizen_pronouns for w in words)
    )


def relatives_thing(
    words: list[str], i: int, g: Grammar, speaker_as: str | None
) -> list[str] | None:
    """A relative's own "min"/"mit" at words[i] before a thing of theirs, in a clause about the
    citizen, as the citizen's goal says it: by the relative's role when it is known ("i min bil"
    said by the sister: "i min søsters bil"), else the thing said definite ("i bilen", "mit hus":
    "huset"), no longer anyone's. None for a person ("min søster", "min far": kin is no thing),
    a word of no known noun, a phrase with an adjective between ("min gamle bil") or a plural
    ("mine"): those are left to the caller."""
    b = _b(words[i])
    plural = {fold(row[2]) for row in g.possessives}  # "mine briller": no definite singular
    if b == g.self_subject or b not in g.first_person_words - g.speaker_self or b in plural:
        return None
    if i + 1 >= len(words) or words[i][-1:] in _EDGE:
        return None
    described = _described_thing(words, i, g)
    if described is not None:
        return described if not speaker_as else [*_genitive_of(speaker_as), *described[1:]]
    noun = words[i + 1]
    core, tail = noun.rstrip(_EDGE), noun[len(noun.rstrip(_EDGE)) :]
    if _kin_word(core, g):
        return None
    if _predicate_at(words, i, g):
        return None  # "hun vil være min kone og ikke min patient": no thing of the relative's
    said = g.definite_singular(core)  # "bilen", "skuret"
    kind = g.noun_kind(core)
    if kind == "pl" or (said is None and kind is None):
        return None
    if speaker_as:
        return [*_genitive_of(speaker_as), core + tail]
    return [said + tail] if said else None


def _kin_word(word: str, g: Grammar) -> bool:
    """True for a word naming kin or the citizen ("søster", "svigerfar", "mor"): a person, no
    thing a relative owns."""
    folded = _b(word)
    return any(folded == k or folded.endswith(k) for k in g.citizen_words | g.kin_before_names)


def _genitive_of(speaker_as: str) -> list[str]:
    """The relative's role as an owner ("min søster" → "min søsters")."""
    named = speaker_as.split()
    return [*named[:-1], genitive(named[-1])]


def _described_thing(words: list[str], i: int, g: Grammar) -> list[str] | None:
    """A relative's "min"/"mit" at words[i] before an adjective and a thing ("min gamle bil"),
    said with the article agreeing as the possessive would ("den gamle bil", "det gamle hus");
    None for anything else (a person: "min gamle mor" is kin, no thing)."""
    if i + 2 >= len(words) or any(w[-1:] in _EDGE for w in words[i : i + 2]):
        return None
    adjective, noun = words[i + 1], words[i + 2]
    core = noun.rstrip(_EDGE)
    if not adjective.isalpha() or not _b(adjective).endswith("e") or g.noun_kind(adjective):
        return None
    if _b(adjective) in g.function_words or g.definite_singular(adjective):
        return None
    if _kin_word(core, g):
        return None
    kind = g.noun_kind(core)
    if kind is None and g.definite_singular(core):
        kind = "n" if g.definite_singular(core).endswith("t") else "c"
    if kind not in ("c", "n") or len(g.owner_articles) < 2:
        return None
    article = g.owner_articles[0 if kind == "c" else 1]
    return [article, adjective, noun]


def _relatives_kin(words: list[str], i: int, g: Grammar) -> str | None:
    """A relative's "min" at words[i] before their kin ("min søster"), their role unknown: the
    kin in the definite form ("søsteren"), whose it is left unsaid; None when that form would
    read as the citizen's own kin ("sønnen": citizens_kin_definite) or is no known noun."""
    if i + 1 >= len(words) or words[i][-1:] in _EDGE or _b(words[i]) not in g.first_person_words:
        return None
    noun = words[i + 1]
    core, tail = noun.rstrip(_EDGE), noun[len(noun.rstrip(_EDGE)) :]
    if _b(core) not in g.kin_before_names or _predicate_at(words, i, g):
        return None
    said = g.definite_singular(core)
    if not said or _b(said) in g.citizens_kin_definite:
        return None
    return said + tail


def _predicate_at(words: list[str], i: int, g: Grammar) -> bool:
    """True when words[i] stands after a verb of being in its clause with no preposition
    between ("være min kone og ikke min patient"): a predicate, not a thing one has."""
    prepositions = g.way_prepositions | g.stranded_prepositions
    for k in range(i - 1, -1, -1):
        if words[k][-1:] in _EDGE or _b(words[k]) in prepositions:
            return False
        if _b(words[k]) in g.be_verbs:
            return True
    return False


def _relatives_possessives(
    words: list[str], g: Grammar, speaker_as: str | None
) -> tuple[list[str], bool]:
    """A relative's "min"/"mit"/"mine" in a clause about the citizen as whose it is in the
    citizen's goal: "min kone" said by the husband is "min mands kone"; with the relative's
    role unknown the word is left out. Also True when no other "min" of theirs is left."""
    own = g.first_person_words - g.speaker_self
    named = speaker_as.split() if speaker_as else []
    if named:
        named[-1] = genitive(named[-1])
    out: list[str] = []
    about = left = False  # the clause so far speaks of the citizen; a "min" kept
    thing: list[str] | None = None  # "min bil" said as the citizen says it ("bilen")
    skip = 0  # words of the relative's thing said already
    for i, w in enumerate(words):
        tail = w[len(w.rstrip(_EDGE)) :]
        if skip:  # the noun after the relative's "min", said already
            skip -= 1
            continue
        if i > 0 and (words[i - 1][-1:] in _EDGE or _b(w) in g.clause_joins):
            # "… og hun savner min mor": a clause of its own; "og ikke min patient" goes on
            about = about and not _clause_after(words, i + (_b(w) in g.clause_joins), g)
        about = about or _b(w) in g.citizen_pronouns
        if about and _b(w) in g.relative_us and g.relative_us_said:
            # "afhængig af os": "afhængig af min familie" (a friend's: "… af veninderne")
            us = (peers_said(g, speaker_as) or g.relative_us_said).split()
            out.extend([*us[:-1], us[-1] + tail])
        elif about and not named and _b(w) in own and (thing := relatives_thing(words, i, g, None)):
            out.extend(thing)  # "så han kan køre med i min bil": "… i bilen"
            skip = 2 if _described_thing(words, i, g) else 1  # "i den gamle bil"
        elif about and not named and _b(w) in own and (kin := _relatives_kin(words, i, g)):
            out.append(kin)  # "så hun kan besøge min søster": "… søsteren", no role guessed
            skip = 1
        elif about and _b(w) in own:  # "fordi min datter skal giftes": someone else, kept
            out.extend(named)
        else:
            left = left or _b(w) in own
            out.append(w)
    return out, not left


def _staff_help(words: list[str], g: Grammar) -> list[str]:
    """A staff member's "os" in a clause about the citizen ("hun vil ikke være bundet til at
    vente på os", "så han ikke er afhængig af os") as the citizen says it: the help the team
    gives (staff_us_said, "hjælpen"); the citizen's own reason, no longer the team's. A clause
    with the team as its subject ("så vi ikke skal komme hos hende") is the team's and stays."""
    if not g.staff_us_said:
        return words
    said = g.staff_us_said.split()
    out: list[str] = []
    about = team = False  # the clause so far speaks of the citizen; of the team as "vi"
    for i, w in enumerate(words):
        b, tail = _b(w), w[len(w.rstrip(_EDGE)) :]
        if i > 0 and (words[i - 1][-1:] in _EDGE or b in g.clause_joins):
            # "… og vente på os" goes on in the same clause; "…, og vi kommer" is one of its own
            new = _clause_after(words, i + (b in g.clause_joins), g)
            about, team = about and not new, team and not new
        about = about or b in g.citizen_pronouns
        team = team or (b in g.staff_self and b not in g.staff_us)
        if about and not team and b in g.staff_us:
            out.extend([*said[:-1], said[-1] + tail])
        else:
            out.append(w)
    return out


def _to_speakers_clause_end(words: list[str], g: Grammar) -> list[str]:
    """A relative's reason up to the end of the clause where they speak of themself ("så han
    ikke skal spørge mig hele tiden og han føler sig dum": what follows is their comment)."""
    last = max(i for i, w in enumerate(words) if _b(w) in g.speaker_self)
    subjects = g.subject_pronouns | g.citizen_pronouns
    for j in range(last + 1, len(words)):
        nxt = [_b(w) for w in words[j + 1 : j + 3]]
        if words[j - 1][-1:] in ",;" or (
            _b(words[j]) in g.main_joins and nxt and (nxt[0] in subjects or nxt[-1] in subjects)
        ):
            return without_trailing_joins(words[:j], g)
    return words


def _names_speaker(words: list[str], g: Grammar, speaker: str | None, speaker_as) -> bool:
    """True when a relative whose role is known speaks of themself only as "jeg"/"mig" (a
    "min"/"mit" of theirs would be ambiguous: the relative's or the citizen's)."""
    mine = g.first_person_words - g.speaker_self
    return (
        speaker == "relative"
        and bool(speaker_as)
        and _speaks_as_speaker(words, g, speaker)
        # "så jeg ikke skal løfte ham, min ryg kan snart ikke mere": the comment after the
        # relative's own clause is left out of the goal, so its "min" is no ambiguity
        and not any(_b(w) in mine for w in _to_speakers_clause_end(words, g))
    )


def _we_together(words: list[str], g: Grammar) -> list[str]:
    """A relative's "de" as the subject of a clause that says "hinanden"/"sammen", or after the
    citizen's pair said as a subject ("hun og hendes søster er de sidste, og man ved aldrig,
    hvor lang tid de har"): the citizen and the other one, "vi" in the citizen's goal ("nu hvor
    de ikke kan besøge hinanden")."""
    out = list(words)
    paired = next((i for i in range(len(words)) if _pair_at(words, i, g)), len(words))
    for i, w in enumerate(words[:-1]):
        k = i + 2 if _b(words[i + 1]) in g.negations and i + 2 < len(words) else i + 1
        nxt = words[k]  # "de ikke kan": the verb after the negation
        finite = g.is_present(nxt) or g.is_past(nxt) or _b(nxt) in g.modals | g.past_words
        if _b(w) != g.they_word or w[-1:] in _EDGE or not finite:
            continue
        end = next((j for j in range(i + 1, len(words)) if words[j - 1][-1:] in ",;."), len(words))
        if i > paired or any(_b(x) in g.together_words for x in words[i:end]):
            out[i] = g.we_word
    return out


def _pair_at(words: list[str], i: int, g: Grammar) -> bool:
    """True for the citizen's "hun"/"han" joined to another as a clause's subject at i ("…, at
    hun og hendes søster er …"): a clause's first word, its pair (paired_subject)."""
    if _b(words[i]) not in g.subject_pronouns or _b(words[i]) == g.they_word:
        return False
    opens = i == 0 or words[i - 1][-1:] in ",;." or _b(words[i - 1]) in g.clause_subordinators
    return opens and paired_subject(words[i:], g) > 0


def _without_others_story(words: list[str], g: Grammar) -> list[str]:
    """The citizen's reason without another person's story told after it ("…, hun har nok i
    sin egen mand der er syg", "… en hel nat han er også over de halvfjerds"): a clause of its
    own whose subject is han/hun/de and that does not speak of the citizen."""
    out: list[str] = []
    i = 0
    while i < len(words):
        if _others_clause_at(words, i, g):
            own = _others_clause_end(words, i, g, goes_on=False)
            end = _others_clause_end(words, i, g, goes_on=True)
            end = _contrasted_end(words, end, g)  # "…, de ringer aldrig men de svarer altid"
            if not any(_b(w) in g.own_words for w in words[i:own]):
                if _concedes(words, i, g):  # "… hver gang hun er sød nok men …": the end
                    out, end = without_trailing_joins(out, g), len(words)
                while out and _b(out[-1]) in g.main_joins:
                    out.pop()  # "… og hun har nok at se til": the join goes with it
                if out:
                    out[-1] = out[-1].rstrip(",;") + ("," if end < len(words) else "")
                i = end
                continue
        out.append(words[i])
        i += 1
    return out


def _contrasted_end(words: list[str], end: int, g: Grammar) -> int:
    """Where another person's clause ends with the clause set against it after a contrast
    join, when that one is another person's too and speaks not of the citizen ("de ringer jo
    aldrig men de svarer altid på messenger": both go, no "men" left contrasting nothing);
    `end` itself otherwise."""
    if end >= len(words) - 1 or _b(words[end]) not in g.contrast_joins:
        return end
    if _b(words[end + 1]) not in g.others_subjects:
        return end
    after = _others_clause_end(words, end + 1, g, goes_on=True)
    if any(_b(w) in g.own_words for w in words[end + 1 : after]):
        return end  # "…, men de hjælper mig": the citizen's part is told
    return after


def _without_other_pronouns_clause(words: list[str], g: Grammar) -> list[str]:
    """A relative's reason that names the citizen as the subject "han" and, after a comma, opens
    a clause with "hun" as its subject, or the other way round ("så min mor ikke skal køre
    derud hver gang han ikke tager telefonen, hun bor i aarhus"): that is someone else, told
    on; the clause is left out, up to its end."""
    pronouns = g.others_subjects & set().union(*g.citizen_by_possessive.values())  # han, hun
    first = ""
    for i, w in enumerate(words[:-1]):
        b = _b(w)
        if b not in pronouns or w[-1:] in _EDGE:
            continue
        subject = _finite(words[i + 1], g) or _b(words[i + 1]) in g.negations
        other = b not in g.citizen_pronouns or (first and b != first)  # the citizen is "han"
        first = first or (b if subject else "")
        if other and subject and i > 1 and words[i - 1][-1:] == ",":
            end = next((j + 1 for j in range(i, len(words)) if words[j][-1:] in ",;"), len(words))
            kept = [*words[: i - 1], words[i - 1].rstrip(","), *words[end:]]
            return kept if end < len(words) else without_trailing_joins(kept, g)
    return words


#: The frames of a reason told as a purpose ("så …", "for at …"), after which a comment is none.
_PURPOSE_KINDS = frozenset({"so", "purpose", "purpose_not"})


def _without_speakers_comment(words: list[str], g: Grammar) -> list[str]:
    """A relative's reason without their own remark on the citizen run on after a comma ("så
    han har noget at se frem til, det er det eneste han rigtig lyser op ved"): after a purpose
    ("så"/"for at"), a clause of "det"/"den" and a finite verb that tells of the citizen as the
    subject han/hun is the relative's view of them, not the citizen's reason; it goes, up to
    its end. After a cause it is a cause too ("det er hans tur, det er det eneste han selv
    bestemmer over nu"), and "…, det er hans andet hjem" says what it is to him: both stay."""
    if _lead(words, g)[0] not in _PURPOSE_KINDS:
        return words
    third = set(g.citizen_pronouns)
    for i in range(1, len(words) - 1):
        if words[i - 1][-1:] != "," or _b(words[i]) not in g.comment_subjects:
            continue
        if not _finite(words[i + 1], g):
            continue
        end = next((j + 1 for j in range(i, len(words)) if words[j][-1:] in ",;"), len(words))
        if any(_b(w) in third for w in words[i:end]):
            kept = [*words[: i - 1], words[i - 1].rstrip(","), *words[end:]]
            return kept if end < len(words) else without_trailing_joins(kept, g)
    return words


def _concedes(words: list[str], i: int, g: Grammar) -> bool:
    """True when another person's clause at i grants something ("hun er sød nok"): it ends on
    a concession particle, at the end or before "men"."""
    end = _others_clause_end(words, i, g, goes_on=False)
    return end - i > 2 and _b(words[end - 1]) in g.concession_particles


def _others_clause_end(words: list[str], i: int, g: Grammar, goes_on: bool) -> int:
    """Where another person's clause that begins at i ends: at a comma (not one before its
    relative clause: "hun har sin mand, der er syg,"), or at a join a clause of its own
    follows; with goes_on, not where the story goes on (_story_goes_on)."""
    return next(
        (
            j
            for j in range(i + 1, len(words))
            if (words[j - 1][-1:] in ",;" and _b(words[j]) not in g.relative_leads)
            or (
                _b(words[j]) in g.main_joins
                and _clause_after(words, j + 1, g)
                and not (goes_on and _story_goes_on(words, j + 1, g))
            )
        ),
        len(words),
    )


def _story_goes_on(words: list[str], k: int, g: Grammar) -> bool:
    """True when the clause at k after a join goes on with the same person's story: its verb at
    once, with no subject of its own ("han ringer hver dag og spørger om …"); "og så kan jeg …",
    "og så møder man …" have their own subject and may be a reason again; "og så lyver jeg",
    "og så siger jeg at …" (something the citizen does, no modal, no state of result_verbs)
    tell what follows in the story."""
    if k + 2 < len(words) and _b(words[k]) == fold(g.so_word) and words[k][-1:] not in _EDGE:
        verb, who = words[k + 1], _b(words[k + 2])
        doing = _b(verb) not in g.modals | g.result_verbs  # not "og så er jeg en mand igen"
        if g.is_present(verb) and doing and who == g.self_subject:
            return True
    return k < len(words) and _finite(words[k], g) and _b(words[k]) not in g.modals


def _finite(word: str, g: Grammar) -> bool:
    return g.is_present(word) or g.is_past(word) or _b(word) in g.modals | g.past_words


def _clause_after(words: list[str], k: int, g: Grammar) -> bool:
    """True when a clause of its own begins at k after a join ("og så kan jeg", "og hun går",
    "og kommer hjem", "og jeg stadig er"); "og børnene", "og sine drenge" only add to the clause
    before."""
    rest = words[k:]
    if not rest:
        return False
    if _b(rest[0]) in g.clause_joins or _finite(rest[0], g):
        return True
    n = _subject(rest, g)
    # "og jeg ikke kan", "og jeg stadig er med" (the reason's clause order); "selv" after the
    # subject may be its emphasis ("og jeg selv vil …"), read as before
    between = g.negations | (g.clause_adverbs - g.once_in_wish)
    m = n
    while m < len(rest) and m - n < _ADVERBS and _b(rest[m]) in between:
        m += 1
    return bool(n) and m < len(rest) and _finite(rest[m], g)


_ADVERBS = 2  # adverbs between a clause's subject and its verb ("og jeg stadig ikke kan")


def _stranded_end(words: list[str], i: int, g: Grammar) -> bool:
    """True when the clause from words[i] ends on a preposition left without its noun ("man kan
    holde i."): the noun is the head before it, a relative clause without "som"."""
    end = next((k for k in range(i, len(words)) if words[k][-1:] in _EDGE), len(words) - 1)
    if any(_b(w) in g.infinitive_markers for w in words[i:end]):
        return False  # "alt, hun har nok at se til": the infinitive's own preposition
    return end > i + 1 and _b(words[end]) in g.stranded_prepositions


def _object_after_verb(words: list[str], i: int, g: Grammar) -> bool:
    """True when the word at i stands right after a finite verb, a degree word or a clause
    adverb between at most and no mark ("ingen andre har lige de farver"): the verb's object."""
    k = i - 1
    while (
        k > 0 and _b(words[k]) in g.degree_words | g.clause_adverbs and words[k][-1:] not in _EDGE
    ):
        k -= 1
    return words[k][-1:] not in _EDGE and g.is_finite(words[k]) and _b(words[k]) not in g.modals


def _others_clause_at(words: list[str], i: int, g: Grammar) -> bool:
    """True when a main clause with han/hun/de or a name as subject begins at i, after a clause
    that has its own finite verb ("… en hel nat han er …", "… hilse på folk Bamse savner det
    også"; "min kone hun kan sove" is one clause)."""
    if i == 0 or i + 1 >= len(words):
        return False
    named = _is_name(words[i], g) and _b(words[i - 1]) not in g.dangling
    if named and i > 1 and _b(words[i - 2]) in g.possessive_words:
        return False  # "når min mand Finn ser fodbold": the name is the subject's own
    if _b(words[i]) not in g.others_subjects and not named:
        return False
    if words[i - 1][-1:] in ".!?" or _b(words[i - 1]) in g.attribution_verbs:
        return False  # "og Svend siger han gider ikke fiske alene": what was said, told on
    if _after_cleft(words, i, g):
        return False  # "det er mig han skal gå tur med": the cleft's clause, kept whole
    if degree_question_at(words, i, g, lambda w: _finite(w, g)):
        return False  # "jeg kan se hvor lettede de bliver": the question word's clause
    head = i > 1 and _b(words[i - 2]) in g.run_on_relative_heads
    if head and _b(words[i - 1]) in g.relative_head_words:
        return False  # "det er det første han læser": a relative clause without "som"
    heads = g.run_on_relative_heads - g.run_on_there - g.person_objects  # not "gøre det hun …"
    if _b(words[i - 1]) in heads and words[i - 1][-1:] not in _EDGE:
        return False  # "det er sådan noget man kan selv": "noget (som) man kan"
    if _b(words[i - 1]) in heads and words[i - 1][-1:] == "," and _stranded_end(words, i, g):
        return False  # "er noget, man kan holde i": a relative clause after its comma
    nxt = words[i + 1]
    if not (g.is_present(nxt) or g.is_past(nxt) or _b(nxt) in g.modals | g.past_words):
        return False
    if _b(words[i]) in g.articles and g.is_dictionary_plural(nxt):
        return False  # "der har kørt de strækninger": an article and its noun, no "de" clause
    if _b(words[i]) in g.articles and _object_after_verb(words, i, g):
        return False  # "ingen andre har lige de farver": the verb's object, no "de" clause
    after = _b(words[i + 2]) if i + 2 < len(words) else ""
    led = _b(words[i - 1]) in g.clause_subordinators and after not in g.comment_particles
    led = led and words[i - 1][-1:] != ","  # "… hver gang, hun er 80": "gang" led no clause
    if led and not _concedes(words, i, g):
        return False  # "hver gang de kommer"; but "hver gang hun har jo sit eget": a comment
    # "… hver gang, hun er 80": the clause before the comma has its own verb
    before = i - 1 if words[i - 1][-1:] == "," else i
    start = max(  # "ligge og vente på dem": a verb joined on is the same clause
        (
            k
            for k in range(before)
            if words[k - 1][-1:] in ",;"
            or (_b(words[k]) in g.main_joins and not _joins_verbs(words, k, g))
        ),
        default=0,
    )
    return any(
        g.is_present(w) or g.is_past(w) or _b(w) in g.modals | g.past_words for w in words[start:i]
    )


def _after_cleft(words: list[str], i: int, g: Grammar) -> bool:
    """True when word i follows a cleft ("det er mig han skal gå tur med", "det var ham jeg
    ringede til", "det er jo nu de er små", "det er bare der, man ser folk fra byen"): its
    clause belongs to the cleft's focus, a relative clause without "der"; a particle may stand
    before the focus, a comma after it."""
    k = i - 2
    particles = g.comment_particles | g.cleft_particles
    while k > 1 and _b(words[k]) in particles and words[k][-1:] not in _EDGE:
        k -= 1  # "det er jo nu": "jo" said before the focus
    # "det er bare der, man ser folk fra byen": a comma may close the focus
    if k < 1 or any(w[-1:] in _EDGE for w in words[k - 1 : i - 1]) or words[i - 1][-1:] in ".!?;:":
        return False
    return (
        _b(words[k - 1]) in g.comment_subjects
        and _b(words[k]) in g.cleft_verbs
        and _b(words[i - 1]) in g.cleft_focus
    )


#: (id of the grammar, text, speaker) → (that grammar, its parts): the same told reason is
#: read again for every page of the goal's steps (goal facts, sentence, sub-goals). Pure, so
#: kept; the grammar is held and compared, so an id reused by another grammar never matches.
_KNOWN: dict[tuple[int, str, str | None, str | None], tuple[Grammar, tuple[str, str]]] = {}
_KNOWN_LIMIT = 1024


def _count_span(words: list[str]) -> bool:
    """True for a count typed in digits and its unit ("61 år"), as a fragment of a story."""
    return len(words) == 2 and words[0].isdigit() and words[1].isalpha()


def reason_parts(
    text: str, g: Grammar, speaker: str | None = None, speaker_as: str | None = None
) -> tuple[str, str]:
    """Return (frame, words) for a told reason; see _reason_parts. speaker_as names a relative
    by who they are to the citizen ("min datter"): their own "jeg" is then said so."""
    key = (id(g), text, speaker, speaker_as)
    known = _KNOWN.get(key)
    if known is not None and known[0] is g:
        return known[1]
    text = joined_tails(text, g, sentences)  # "Han fanger fisk. På mine fluer.": one clause
    owned = owned_thing_reason(text, g)  # "Mormors sølv. Arvestykker.": no verb of its own
    been = fragments_been(sentences(text), g)  # "Pæn i tøjet. Altid været.": one clause
    owned = owned or (" ".join(been) if been else "")
    owned = owned or gained_reason(text, g) or ""  # "Tålmodighed. Ro i hovedet.": its gains
    parts = ("because", owned) if owned else _told_reason(text, g, speaker, speaker_as)
    if not owned and _single_words(text):
        # "pænt. foran. huset. altid.": no "for husets skyld", "fund. spænde. museum.": no "så jeg
        # kan spænde" of one of them; the words stay in the record, as typed
        parts = ("", "")
    if speaker == "citizen" and _kin_quoted(parts[1], g):
        parts = ("", "")  # "Kone sige jeg sur mand nu": her words typed with no verb
    if story_apart(text, g, _count_span):
        parts = ("", "")  # "gift. 61 år. pænt. skal. det. være.": no clause to say
    if swears(parts[1].split(), g):
        # "det er noget lort at sidde inde": no swearing in the goal; a clause of the citizen's
        # own joined after it is the reason ("… ud af helvede og jeg vil selv gøre det")
        rest = after_swearing(parts[1].split(), g)
        parts = (parts[0], " ".join(rest)) if rest and _b(rest[0]) == g.self_subject else ("", "")
    if len(_KNOWN) >= _KNOWN_LIMIT:
        _KNOWN.clear()
    _KNOWN[key] = (g, parts)
    return parts


#: Words typed one at a time with a full stop after each that make a reason of no clause.
_SINGLE_WORDS = 3


def _single_words(text: str) -> bool:
    """True for a reason typed as at least three single words, each a sentence of its own
    ("pænt. foran. huset. altid. naboer. snak."): no clause is told, and one of them is no
    reason of its own (a noun is no verb: "spænde", the buckle)."""
    said = [t for t in sentences(text) if t.strip(_EDGE + " ")]
    return len(said) >= _SINGLE_WORDS and all(len(t.split()) == 1 for t in said)


#: The subject a "så" reason's frame leaves out of its words, to join it after a "fordi" one.
_SO_SUBJECT = {
    "so": lambda g: [],
    "so_i": lambda g: [g.self_subject],
    "so_that": lambda g: [g.self_subject, g.can_word],
}


def _so_led(text: str, g: Grammar) -> bool:
    """True when a sentence opens with "så"/"for at" ("og så Hanne ikke skal …"): a purpose
    told as such, not a clause read as one ("er ikke et barn")."""
    words = _clean(_first_sentence(text), g)
    kind, n = _lead(words, g)
    body = words[n:]
    if kind == "so" and body and _finite(body[0], g) and not _is_name(body[0], g):
        # "og så får jeg en snak": the citizen after the verb; "og så er det noget …": no
        # purpose, the story goes on ("så Inger ikke skal …": a name, no verb)
        # "og så savner jeg de andre": "and also", no result (result_verbs say one)
        mine = len(body) > 1 and _b(body[1]) in g.citizen_pronouns | {g.self_subject}
        told = len(body) > 2 and _b(body[0]) in g.perfect_auxiliaries  # "og så har jeg haft …"
        told = told and g.infinitive_of_participle(_b(body[2])) is not None
        return mine and _b(body[0]) in g.result_verbs | g.modals and not told
    return kind in ("so", "purpose", "purpose_not")


def _first_clause(said: str, g: Grammar) -> str:
    """A later sentence's reason up to its first comma, unless an object clause or a clause of
    its own ("…, når jeg ikke ser havet") follows it ("… ikke skal svømme alene, hun er holdt op
    …" → "… ikke skal svømme alene")."""
    words = said.split()
    for i in range(1, len(words)):
        if _b(words[i]) in g.reason_subclause_leads:
            continue  # "jeg bliver helt trist, når jeg ikke ser havet": the clause goes on
        if words[i - 1].endswith(",") and not _object_clause_at(words, i, g):
            return " ".join(words[:i]).rstrip(",")
    return said


def _wants(text: str, g: Grammar, speaker: str | None = None) -> list[str] | None:
    """The words of a sentence that opens with the citizen's own will ("jeg vil gerne kunne
    give …", "og jeg vil have kræfterne tilbage", "og fordi jeg vil …", a relative's "hun vil
    gerne være til nytte"), a join (and a cause's lead after it) left out, in the citizen's
    first person; else None."""
    raw = _first_sentence(text)
    words = _clean(raw, g)
    k = 1 if words and _b(words[0]) in g.main_joins else 0
    if k or (raw and _b(raw[0]) in g.main_joins):
        kind, n = _lead(words[k:], g)
        k += n if kind == "because" else 0  # "og fordi jeg vil synge med": a second reason
    body = words[k:]
    if speaker == "relative":  # "Han siger at han vil …", "far siger: jeg vil …": his will
        body = _after_quote_lead(body, g)
    if len(body) > 3 and _b(body[0]) == fold(g.so_word) and _b(body[1]) in g.want_forms:
        # "og så vil jeg selv bestemme …": "så" is "also" before the will, no purpose
        body = [body[2], body[1], *body[3:]]
    if len(body) < 3 or _b(body[1]) not in g.want_forms:
        return None
    if _b(body[0]) == g.self_subject:
        return body
    told = speaker == "relative" and not _speaks_as_speaker(body, g, speaker)
    if told and _b(body[0]) in g.citizen_pronouns:  # her will, told by her husband
        return _as_citizen(body, g)
    return None


def _after_quote_lead(words: list[str], g: Grammar) -> list[str]:
    """A relative's sentence without the lead that quotes the citizen ("han siger at …", "far
    siger: …"): what follows is the citizen's own word; the words as said when none leads."""
    quote = next((q for q in g.quote_leads if tuple(_b(w) for w in words[: len(q)]) == q), None)
    n = len(quote) if quote else 0
    if not n and len(words) > 2 and _b(words[0]) in g.citizen_words:
        n = 2 if _b(words[1]) in g.attribution_verbs else 0  # "far siger: …"
    if n and len(words) > n + 2 and _b(words[n]) in g.quote_that:
        n += 1  # "… at han vil …"
    return words[n:] if n else words


def quoted_citizen(text: str, g: Grammar, speaker: str | None) -> str | None:
    """The citizen's possessive ("hans", "hendes") when a relative's reason opens by quoting
    them with their pronoun and then speaks of them and of someone of the other gender ("Han
    siger, at Else ikke altid kan kende ham, men hun bliver rolig, når han …"): "hun" is Else,
    not the citizen; None when that is not told, or the citizen's gender is known already. Any
    sentence may quote ("Pelargonierne var Viggos … Hun siger, at så længe de blomstrer, er han
    lidt hos hende"): the sentences that do must agree."""
    if speaker != "relative" or not set(g.citizen_by_possessive) <= g.citizen_possessives:
        return None
    owners = {_quoting_owner(said, g) for said in sentences(text)} - {None}
    return owners.pop() if len(owners) == 1 else None


def _quoting_owner(text: str, g: Grammar) -> str | None:
    """quoted_citizen of one sentence."""
    words = [_b(w) for w in _clean(_first_sentence(text), g)]
    quote = next((q for q in g.quote_leads if tuple(words[: len(q)]) == q), None)
    if not quote:
        return None
    said = set(words[len(quote) :])
    forms = {k: v | {k} for k, v in g.citizen_by_possessive.items()}
    own = next((k for k, v in forms.items() if set(quote) & v), None)
    if own is None or not said & forms[own]:
        return None  # "han siger at hun …": he may be someone else
    others = set().union(*(v for k, v in forms.items() if k != own))
    return own if said & others else None


def cause_before(text: str, found: str, g: Grammar, speaker: str | None = None) -> bool:
    """True when a sentence tells a cause of its own before the purpose found in it ("fordi jeg
    elsker at snakke om bøgerne med de andre og så min datter ikke skal …", "det er jo
    kammeraterne … og så min kone ikke skal …", "for hoften og så jeg kan …"): the citizen's
    own reason comes first. Both texts are plain words (folded, no punctuation)."""
    at = text.find(found)
    if at <= 0:
        return False
    frame, words = _reason_parts(text[:at], g, speaker or "citizen")
    return frame in ("because", "for_sake") and bool(words)


def second_purpose_after(text: str, found: str, g: Grammar) -> bool:
    """True when a sentence goes on after the purpose found in it with a second one joined by
    "og så" ("så han ikke skal vente på mig og så han kan få en snak med købmanden"). Both
    texts are plain words (folded, no punctuation)."""
    rest = text[len(found) :].split() if text.startswith(found) else []
    return len(rest) > 3 and rest[0] in g.main_joins and bool(_second_purpose(["", "", *rest], g))


def opens_with_purpose(text: str, g: Grammar) -> bool:
    """True when a told reason opens with "så"/"for at" ("Så jeg kan føle mig nyttig igen,
    …"): the purpose said first."""
    return _so_led(text, g)


def named_reason_parts(text: str, g: Grammar, speaker: str | None) -> tuple[str, str] | None:
    """(frame, words) of an answer to why told only as nouns ("kammeraterne. kaffe" →
    "drikke kaffe med kammeraterne", assistant.nlp.bare_reason); None for any other answer,
    and for one kin word or definite noun alone, kept "for … skyld" by reason_parts."""
    named = named_reason(text, g)
    if not named or (named.people_only and _for_whose_sake(list(named.words), g)):
        return None
    convert = speaker in ("relative", "staff")  # "hans venner": "mine venner"
    return "so_that", " ".join(_citizens(w, g) if convert else w for w in named.doing.split())


def _motion_opened(text: str, g: Grammar) -> str:
    """A reason that opens with a direction said without its verb, before an infinitive ("ud at
    gå en tur", "øh hjem og sove", typed as fragments "Ud. Gå tur."): motion_verb before it
    ("komme ud at gå en tur"), the fragments one phrase; any other reason as said."""
    words = text.split()
    k = next((i for i, w in enumerate(words) if _b(w) not in g.fillers), len(words))
    if len(words) < k + 2 or not g.motion_verb or not g.infinitive_mark:
        return text
    way, after = words[k], words[k + 1]
    if _b(way) not in g.motion_adverbs or way.rstrip(_EDGE)[1:] != way.rstrip(_EDGE)[1:].lower():
        return text
    verb = words[k + 2] if _b(after) in g.infinitive_markers | {g.and_word} else None
    if way[-1:] == "." and verb is None:  # "Ud. Gå tur.": the infinitive typed as a fragment
        verb, after = after, g.infinitive_mark
    elif way[-1:] in _EDGE or verb is None:
        return text
    infinitive = g.is_bare_infinitive(verb) or _b(verb) in g.short_infinitives
    if not infinitive or verb[-1:] in _EDGE and len(words) > k + 3:
        return text
    rest = words[k + (2 if after == g.infinitive_mark and way[-1:] == "." else 3) :]
    said = [g.motion_verb, way.rstrip(_EDGE).lower(), after.lower(), verb.lower(), *rest]
    return " ".join(said)


def _without_apposed_kin(text: str, g: Grammar) -> str:
    """The text without who a named person is, said between commas right after the name ("så
    Bodil, min datter, ikke skal køre herned": "så Bodil ikke skal køre herned")."""
    words = text.split()
    for i in range(len(words) - 2):
        name, owner, kin = words[i], words[i + 1], words[i + 2]
        apposed = (
            name.endswith(",")
            and name[:1].isupper()
            and kin.endswith(",")
            and _b(owner) in g.possessive_words
            and _b(kin.rstrip(",")) in g.kin_before_names
        )
        if apposed:
            return " ".join([*words[:i], name.rstrip(","), *words[i + 3 :]])
    return text


def _without_opening_no(text: str, g: Grammar) -> str:
    """A told reason without a "nej" (reason_hedge_noes) and fillers that open it right before a
    reason's lead ("nej øh det er fordi min kone, hun skal have lidt fred", "nej, for at …"):
    a spoken start, the reason follows; any other "nej …" stays as told."""
    words = text.split()
    if not words or _b(words[0]) not in g.reason_hedge_noes or words[0][-1:] in ".!?;":
        return text
    k = 1
    while k < len(words) and words[k - 1][-1:] not in ".!?;":
        if _b(words[k]) not in g.fillers and any(c.isalnum() for c in words[k]):
            break  # "nej … det er": a pause or a filler is passed
        k += 1
    rest = words[k:]
    if not rest or words[k - 1][-1:] in ".!?;" or not _lead(rest, g)[0]:
        return text
    return " ".join(rest)


def _told_reason(text: str, g: Grammar, speaker: str | None, speaker_as) -> tuple[str, str]:
    """The reason of the first sentence; a later sentence's when the first gives none (a past
    story before it, a relative's own clause: "Hun vil ikke have, at jeg skal ringe. … Hun vil
    klare sig selv."), or beside it when both say how things are for the citizen ("fordi vi er
    de sidste to. hun bliver så glad når …")."""
    text = _without_opening_no(text, g)  # "nej det er fordi …": the reason after the "nej"
    text = thing_subject_said(text, g)  # "far plantede dem. ikke forfalde.": "så de ikke forfalder"
    text = _motion_opened(kin_subjects_said(text, g), g)  # "Familie komme": "Min familie kommer"
    # "Der jeg kan snakke …": "Der kan jeg snakke …"; "I café jeg snakke …" is read below
    text = verbs_second_said(text, g, phrases=False)
    text = without_complaints(text, g)  # "… og bliver sur på Svend": no reason
    text = without_swear_clauses(text, g)  # "… og så ligner det lort derude og …": no reason
    text = without_exception_asides(text, g)  # "…, kun da Edith døde, …": a past aside
    if speaker in ("relative", "staff"):  # "hun siger altid, at …": "hun siger, at …"
        text = plain_quote_leads(text, g)
    text = without_age_clauses(text, g)  # "… og han er 13 nu": an age, no reason
    text = topic_said_again(text, g)  # "det er karen … så synger hun med": "Karen synger med"
    text = _without_apposed_kin(text, g)  # "så Bodil, min datter, ikke skal …": "så Bodil …"
    if speaker == "citizen":  # "… og Else holdt altid haven så fin …": her story, her name
        text = without_named_past(text, g)
    if speaker == "citizen" and _others_opinion(text, g):
        return "", ""  # "det er godt for mig, siger hun": her reason, not the citizen's
    # "… så glad jeg bliver …": two spoken sentences; a relative's "hun bliver …" is the citizen's
    others = g.others_subjects - (g.citizen_pronouns if speaker in ("relative", "staff") else set())
    told_all = sentences(text)
    if speaker == "citizen":  # "Min krop, jeg vil selv styre.": "jeg vil selv styre min krop."
        told_all = [" ".join(thing_topic_as_object(told.split(), g)) for told in told_all]
    parts = [
        (said, k > 0)  # a spoken sentence run on after the first of a told one
        for told in told_all
        if told.strip()
        for k, said in enumerate(spoken_sentences(told, g, others))
    ]
    (first, _), *later = parts or [("", False)]
    frame, words = _reason_parts_of(first, g, speaker, speaker_as)
    if later and frame == "because" and _not_for_own_sake(words, g):
        # "Det er ikke for min egen skyld. Det er, så min datter …": why is told next
        (first, _), *later = later
        frame, words = _reason_parts_of(first, g, speaker, speaker_as)
    skipped = 0
    for part, run_on in later:
        then, said = _reason_parts_of(part, g, speaker, speaker_as)
        if _others_story(frame, words, others, g) and then in _SO_SUBJECT and _wants(part, g):
            # "de spørger altid mormor har du bagt … øh jeg vil have at de har noget at glæde
            # sig til": what others do is the story; what the citizen wants it for, the reason
            return then, said
        # "så jeg ikke skal sidde og vente. jeg vil selv bestemme …": a sentence of its own in
        # the citizen's own will, as the run-on one
        # ("jeg vil ikke være afhængig af …" is no purpose "så jeg ikke kan …": left out)
        told_words = [_b(w) for w in part.split()]
        own_will = (
            not run_on and told_words[:1] == [g.self_subject] and g.negation_word not in told_words
        )
        wanted = _wants(part, g, speaker) if (run_on or own_will) and frame in _SO_SUBJECT else None
        if wanted and _so_led(first, g) and not _is_about_the_past(wanted, g):
            # "så jeg ikke skal have bakkemad ikk jeg vil selv bestemme …": what he wants, run
            # on after his purpose, is a second purpose of his own ("og så jeg selv kan …")
            will = _adverb_first([wanted[0], g.can_word, *wanted[2:]], 1, g)
            if " ".join(will[1:]) not in words:
                return frame, " ".join([f"{words},", g.and_word, g.so_word, *will])
        if run_on and (more := _after_tag(first, frame, words, said, g)):
            # "fordi jeg hører til dernede ikk jeg kender dem alle og så føler jeg mig til
            # nytte": the spoken tag "ikk" closes no reason; the citizen's own next clause goes on
            return frame, more
        if run_on and frame:
            break  # "… musikken gør mig så glad jeg bliver helt ked af det …": the tail
        # "det er hendes egne sager siger hun": a relative quoting the citizen gives their own
        quoted = speaker == "relative" and _quotes(part, g)
        own = bool(said) and (_b(said.split()[0]) == g.self_subject or quoted)
        # "ellers sidder jeg her og glor. der har jeg nogen at snakke med": the first gives no
        # reason; a later one with the citizen after its verb does
        # "… det var der jeg havde det godt. drengene spørger efter mig": one about the citizen
        about = _citizen_subject(said.split(), g) or (
            speaker == "citizen" and _speaks_of_self(said.split(), g)
        )
        there = _there_is(said.split(), g)  # "… glor. der er nogen at snakke med derude"
        if not frame and then and (then != "because" or own or about or there):
            if then == "because" and _who_is(said, g):
                frame, words = then, said  # who she is; why is told next (_who_is)
                continue
            return then, said
        if frame == then == "because" and _who_is(words, g) and said not in words:
            # "Hun er min kone gennem 47 år. Hun bliver rolig, når jeg holder hende i hånden":
            # the first only says who she is, the next tells why; both, in order
            return frame, f"{words}, {g.and_word} {said[:1].lower()}{said[1:]}"
        whole, said = said, _first_clause(said, g)  # "… alene, hun er holdt op med …": her story
        if frame == then == "because" and own and said not in words and _anchored(whole, words, g):
            # "… min mad, ikke pizza. jeg er farmor, det er min plads": two clauses joined with
            # "og", the later sentence's first; a third run on with a comma is left out
            return frame, f"{words}, {g.and_word} {said}"
        if frame == then == "because" and about and _only_named(words, g) and said not in words:
            # "Det er en tradition. Alle mine børnebørn har fået en sweater af mig": the
            # sentence after a bare "det er …" tells what it is; both, in order
            head = said.split()[0]
            if _b(head) in g.subject_quantifiers or not _is_name(head, g):
                said = said[:1].lower() + said[1:]  # "Alle mine børnebørn": no name
            return frame, f"{words}, {g.and_word} {said}"
        if frame == then == "because" and said not in words and _spares_kin(words, said, g):
            # "Min datter arbejde tidlig. Hun skal ikke bekymre for Abdi.": what the relative
            # told of first is spared by the goal, a purpose ("…, så hun ikke skal …")
            return frame, f"{words}, {g.so_word} {said}"
        also_wants = frame == "because" and _wants(part, g, speaker) is not None
        if (
            frame == "because"
            and then in _SO_SUBJECT
            and said not in words
            and _so_led(part, g)
            and not also_wants  # "… og så vil jeg selv bestemme …": a second will, with "og"
        ):
            # "jeg savner kollegerne. og så Hanne ikke skal stå alene": both, as told
            lead = [x for x in _SO_SUBJECT[then](g) if x]
            return frame, " ".join([f"{words},", g.so_word, *lead, said])
        both = frame in _SO_SUBJECT and then in _SO_SUBJECT and said not in words
        if both and (_so_led(first, g) or _wants(first, g) is not None) and _so_led(part, g):
            # "Så jeg ikke skal løfte ham. Og så han kan gå i seng når han vil", "Jeg vil have
            # kræfterne tilbage. Og så Grete ikke skal …": two purposes, the first the main
            # one; both, as told
            lead = [x for x in _SO_SUBJECT[then](g) if x]
            return frame, " ".join([f"{words},", g.and_word, g.so_word, *lead, said])
        wanted = _wants(part, g, speaker) if frame == "because" else None
        if wanted and not _is_about_the_past(wanted, g) and " ".join(wanted) not in words:
            # "købebrød smager ikke af noget. og jeg vil gerne kunne give …": how things are,
            # then what the citizen wants; one because-clause, in written order
            return frame, " ".join([f"{words},", g.and_word, *_adverb_first(wanted, 1, g)])
        if frame and not (skipped < 1 and _aside_sentence(part, others, g)):
            break  # only the sentence right after a reason tells beside it, or the one after
        skipped += 1  # a past story or what another does between ("Kone arbejde.")
    return frame, words


def _aside_sentence(said: str, others, g: Grammar) -> bool:
    """True for a sentence told between the reason and the next that is no reason of the
    citizen's today: a past story ("Jeg var lærer i Chile i 30 år.") or what someone else does
    ("Kone arbejde.", "min datter arbejder hele tiden", "han har travlt")."""
    words = said.rstrip(_EDGE).split()
    if not words:
        return False
    if _is_about_the_past(words, g):
        return True
    k = 1 if _b(words[0]) in g.possessive_words and len(words) > 1 else 0
    mine = g.generic_subjects  # "man bliver glad": the citizen, said generically
    return _b(words[k]) in g.kin_before_names or (k == 0 and _b(words[0]) in others - mine)


def _not_for_own_sake(words: str, g: Grammar) -> bool:
    """True for a reason that only says whose sake it is not ("det er ikke for min egen
    skyld"): a negation and the sake word last."""
    said = [_b(w) for w in words.split()]
    sake = fold(g.sake_phrase.split()[-1]) if g.sake_phrase else ""
    return bool(sake) and said[-1:] == [sake] and g.negation_word in said


def _others_opinion(text: str, g: Grammar) -> bool:
    """True when a citizen's whole reason is quoted from someone else: a quote lead of "han" or
    "hun" opens it ("hun siger det er sundt") or tags its end ("det er godt for mig, siger
    hun"). Said by a relative, the same words quote the citizen (see _told_reason)."""
    words = [_b(w) for w in _first_sentence(text)]
    leads = [q for q in g.quote_leads if q[0] in g.citizen_pronouns]  # "hun siger …"
    tags = [q for q in g.quote_leads if q[-1] in g.citizen_pronouns]  # "…, siger hun"
    # "fortælle lægen hvad han siger" ends with what he says, no tag
    return len(words) > 2 and (
        any(tuple(words[: len(q)]) == q for q in leads)
        or any(tuple(words[-len(q) :]) == q for q in tags)
    )


def _kin_quoted(words: str, g: Grammar) -> bool:
    """True when a citizen's reason is a relative's words typed with no verb ("min kone siger
    jeg sur mand nu", "datter sige jeg for meget alene"): no sentence to write as the reason;
    one with its verb ("min datter siger jeg er for meget alene") is the reason itself."""
    said = [_b(w) for w in words.split()]
    if said[:1] and said[0] in g.possessive_words:
        said = said[1:]
    verbs = {q[1] for q in g.quote_leads if len(q) == 2 and q[0] in g.citizen_pronouns}
    if len(said) < 4 or said[0] not in g.kin_before_names or said[1] not in verbs:
        return False
    k = 3 if said[2] in g.quote_that else 2
    if said[k] not in g.subject_pronouns:
        return False
    rest = [w for w in said[k + 1 :] if w not in g.negations | g.clause_adverbs]
    return bool(rest) and not _finite(rest[0], g)


def _after_tag(first: str, frame: str, words: str, said: str, g: Grammar) -> str:
    """A because-reason said on past a spoken tag ("fordi jeg hører til dernede ikk jeg kender
    dem alle", "det er pigerne ikk vi …"): the tag (a negation or filler after a word that is
    no verb: no "kan ikke") ends the first spoken sentence, and the citizen's own clause of
    today after it goes on with "og"; "" when the reason stops there."""
    told, kept = first.split(), words.split()
    if frame != "because" or len(told) < 3 or len(kept) < 2 or not said:
        return ""
    tags = g.negations | g.fillers
    if _b(told[-1]) not in tags or _finite(told[-2], g):
        return ""
    more = said.split()
    # "det er gutterne ikk vi snakker og griner": after a bare "det er …" the citizen's "vi"
    # tells what it is, as "jeg" does
    we = _b(more[0]) == fold(g.we_word) and _only_named(words, g)
    if (_b(more[0]) != g.self_subject and not we) or _is_about_the_past(more, g) or said in words:
        return ""
    if _b(kept[-1]) in tags:  # "ikke" as said; a filler "ikk" is gone already
        kept.pop()
    return f"{' '.join(kept)}, {g.and_word} {said}"


_NAMED_MAX = 5  # words of a bare "det er en tradition" a later sentence may tell more of


def _who_is(words: str, g: Grammar) -> bool:
    """True for a reason that only says who someone is ("hun er min kone gennem 47 år", "han er
    min bror"): a pronoun, the verb "er", a possessive and a kin word, one clause."""
    said = [_b(w) for w in words.split()]
    return (
        len(said) > 3
        and said[0] in g.subject_pronouns - {g.self_subject}
        and said[1] == g.be_word
        and said[2] in g.possessive_words
        and said[3] in g.kin_before_names
        and not any(w in g.clause_joins for w in said[4:])
    )


def _spares_kin(words: str, said: str, g: Grammar) -> bool:
    """True when a reason opens with a relative as its subject ("min datter arbejder tidlig")
    and the next sentence says what that one should not have to do, a pronoun, a negation and a
    modal ("hun ikke skal bekymre sig …", "han ikke behøver køre …")."""
    first, then = [_b(w) for w in words.split()[:2]], [_b(w) for w in said.split()[:3]]
    if len(first) < 2 or len(then) < 3:
        return False
    kin = first[0] in g.possessive_words and first[1] in g.kin_before_names
    pronoun = then[0] in g.subject_pronouns - {g.self_subject}
    return kin and pronoun and then[1] in g.negations and then[2] in g.modals


def _there_is(words: list[str], g: Grammar) -> bool:
    """True when a clause says what there is, with the empty subject "der" and "er" ("der er
    nogen at snakke med", a place first: "derude er der altid kaffe", "hjemme er der ingen"):
    how things are for the person, a reason even without "jeg"."""
    adverbs = g.habit_adverbs | g.clause_adverbs  # "der altid er …", written order
    said = [b for b in map(_b, words[:6]) if b not in adverbs][:4]
    there, be = fold(g.empty_subject), fold(g.be_word)
    if len(said) > 2 and said[:2] == [there, be]:
        return True
    places = g.place_adverbs | g.static_adverbs
    return len(said) > 3 and said[0] in places and said[1:3] == [be, there]


def _only_named(words: str, g: Grammar) -> bool:
    """True for a reason that only names what it is ("det er en tradition", "det er vigtigt
    for mig"): "det", the verb "er" and a few words, one clause."""
    said = [_b(w) for w in words.split()]
    return (
        2 < len(said) <= _NAMED_MAX
        and said[0] in g.subject_pronouns - g.citizen_pronouns - {g.self_subject}
        and said[1] == g.be_word
        and not any(w in g.clause_joins for w in said[2:])
    )


def _others_story(frame: str, words: str, others, g: Grammar) -> bool:
    """True for a because-clause about what others do ("de altid spørger mormor har du bagt"):
    its subject is someone else, a pronoun or a name, not the citizen nor a thing."""
    said = words.split()
    return frame == "because" and bool(said) and (_b(said[0]) in others or _is_name(said[0], g))


def _citizen_subject(words: list[str], g: Grammar) -> bool:
    """True when a clause's subject is the citizen's "jeg": first ("jeg har nogen at snakke
    med") or after a fronted word and the finite verb ("der har jeg nogen at snakke med")."""
    if words and _b(words[0]) == g.self_subject:
        return True
    return len(words) > 3 and _finite(words[1], g) and _b(words[2]) == g.self_subject


def tells_a_result(text: str, g: Grammar) -> bool:
    """True for a "så" clause that tells what follows from what was said before it, not a
    purpose: its own subject, not the citizen, and a verb that is no modal ("så telefonen er
    det eneste vi har", "så huset står tomt"); "så jeg kan …", "så min kone ikke skal …" are
    purposes."""
    words = _clean(text.split(), g)
    kind, n = _lead(words, g)
    body = words[n:]
    k = _subject(body, g) if kind == "so" else 0
    if not k or k >= len(body):
        return False
    who = _b(body[k - 1])
    if who in g.citizen_pronouns | g.first_person_words | g.speaker_self | {g.self_subject}:
        return False
    verb = _b(body[k])
    return g.is_present(body[k]) and verb not in g.modals | g.negations


def _anchored(later: str, first: str, g: Grammar) -> bool:
    """True when a later sentence's "de", "dem" can point at someone the first one names (a
    name, a noun or a "dem" of its own: "jeg savner børnebørnene. jeg bliver glad når de
    kommer"); "jeg gider ikke vente, til de kommer" after "jeg vil selv bestemme" points at
    no one in the goal."""
    if not any(_b(w) in g.referring_pronouns for w in later.split()):
        return True
    # "det eneste jeg kan give dem. … nu skal de lære det": the first points at them too
    return any(
        _is_name(w, g) or _noun(w, g) or _b(w) in g.referring_pronouns for w in first.split()[1:]
    )


def _noun(word: str, g: Grammar) -> bool:
    """True for a known noun, also in its definite form ("børnebørnene", "naboerne")."""
    b = _b(word)
    stems = [b[: -len(e) - k] for e in _DEFINITE_NOUN if b.endswith(e) for k in (0, 1)]
    return any(g.noun_kind(w) for w in (b, *stems) if len(w) > 2)


def _reason_parts_of(
    text: str, g: Grammar, speaker: str | None, speaker_as: str | None = None
) -> tuple[str, str]:
    frame, words = _reason_parts(text, g, speaker, speaker_as)
    parts = words.split()
    if frame in ("because", "so"):
        parts = object_pair_subject(parts, g)  # "mig og min mand har …": "min mand og jeg"
        parts = _adverb_first(parts, _subject(parts, g), g)
    elif frame == "so_i":
        parts = _adverb_first(parts, 0, g)
    elif frame == "so_that" and len(parts) > 1 and _b(parts[0]) in g.pre_modal_adverbs:
        # "så han kan selv bestemme …": ", så jeg selv kan bestemme …"
        frame, parts = "so_i", [parts[0], g.can_word, *parts[1:]]
    parts = _joined_clauses_adverb_first(parts, g)
    if parts and _b(parts[0]) in g.subject_pronouns | g.first_person_words | g.citizen_pronouns:
        parts[0] = parts[0].lower()
    elif parts:
        parts[0] = _opening_noun(parts[0], g)  # "Kirken er mit andet hjem": "fordi kirken …"
    if speaker == "citizen":  # a relative's own clause spliced on is cut later (compose.py)
        parts = _generic_as_citizen(_at_most_two_clauses(parts, g), g)
    owned = g.reason_people_plurals - g.reason_generic_plurals  # not "fordi børn må ikke …"
    if frame in ("because", "so") and len(parts) > 2 and _b(parts[0]) in owned:
        # "børnebørn skal spise min mad": her own grandchildren, said bare ("mine børnebørn")
        parts = [g.own_possessive, parts[0].lower(), *parts[1:]]
    parts = plural_reflexives(parts, g)  # "fordi børn må ikke glemme sit sprog": "deres"
    return frame, " ".join(parts)


def _without_told_relative(words: list[str], g: Grammar) -> list[str]:
    """A reason without another person's clause joined on by "og" that holds a relative clause
    of its own, "som" unsaid ("… og han fortæller mig alt muligt han ikke fortæller sine
    forældre"): what that person tells or does, a story, no why of the citizen's; "og så skal
    han lære det …" (a purpose) and "og han hjælper mig" (no clause inside) stay."""
    for i in range(2, len(words) - 3):
        join, who, verb = words[i], _b(words[i + 1]), words[i + 2]
        if _b(join) not in g.main_joins or join[-1:] in _EDGE or words[i - 1][-1:] in ".;:":
            continue
        if who not in g.others_subjects or not _finite(verb, g) or _b(verb) in g.modals:
            continue
        end = next((j for j in range(i + 3, len(words)) if words[j - 1][-1:] in ",;."), len(words))
        end = next((j for j in range(i + 3, end) if _b(words[j]) in g.main_joins), end)
        if any(_inner_relative_at(words, j, g, who) for j in range(i + 4, end - 1)):
            kept, rest = list(words[:i]), words[end:]
            if not rest:
                kept[-1] = kept[-1].rstrip(",;")
            return [*kept, *rest]
    return words


def _inner_relative_at(words: list[str], j: int, g: Grammar, who: str) -> bool:
    """True for `who` (the joined clause's own subject) and its finite verb (past a negation)
    at j right after a word that is no join, no mark and no verb: a relative clause with "som"
    unsaid of what that person does ("alt muligt han ikke fortæller sine forældre"); "noget jeg
    kan give hende" is the citizen's own deed, a why of hers."""
    before = words[j - 1]
    if before[-1:] in _EDGE or _b(before) in g.main_joins | g.clause_subordinators:
        return False
    if _b(words[j]) != who or _finite(before, g):
        return False
    k = j + 1
    while k < len(words) - 1 and _b(words[k]) in g.negations | g.clause_adverbs:
        k += 1
    return _finite(words[k], g)


def _at_most_two_clauses(words: list[str], g: Grammar) -> list[str]:
    """A reason of at most two main clauses ("fordi jeg savner dem og jeg keder mig herhjemme,
    det er så stille" → "… og jeg keder mig herhjemme"): a third that opens with its subject
    pronoun and finite verb after a comma or "og"/"men" is a comment run on, left out. A "når"
    clause, an inverted main clause ("…, er det dem …") and the clause of a cleft ("og det er
    der, jeg føler mig levende") open no new one."""
    opened = 0
    subject = _subject(words, g)  # "drengene og jeg spiller …": one subject, no second clause
    for i in range(subject or 1, len(words) - 1):
        joined = words[i - 1][-1:] == "," or (
            _b(words[i - 1]) in g.main_joins and words[i - 1][-1:] not in _EDGE
        )
        if joined and _so_inverted(words, i, g) and not any(w[-1:] in _EDGE for w in words[:i]):
            opened += 1  # "… og så er det hyggeligt" said without a mark: a spoken main clause
            if opened == 2:
                return _before_join(words, i, g)
            continue
        if words[i - 1][-1:] == "," and _there_is_state(words, i, g):
            opened += 1  # "…, der er stille, det er …": a state of the place, a clause
            if opened == 2:
                return _before_join(words, i, g)
            continue
        if not joined or _b(words[i]) not in g.subject_pronouns - g.relative_leads:
            continue  # "…, der melder afbud": a relative clause
        if _after_cleft(words, i, g):
            continue  # "… og det er der, jeg føler mig levende": the cleft's own clause
        verb = i + 2 if _b(words[i + 1]) in g.negations and i + 2 < len(words) else i + 1
        if not _finite(words[verb], g) or ends_inside_clause(words[: i - 1], g):
            continue  # "…, hvor min bror og jeg har spillet": one subject of two, no clause
        if words[i - 1][-1:] == "," and (verb == len(words) - 1 or words[verb][-1:] in _EDGE):
            continue  # "… det er noget, jeg kan, som …": a relative clause, its "som" unsaid
        opened += 1
        if opened == 2:
            return _before_join(words, i, g)
    return words


def _there_is_state(words: list[str], i: int, g: Grammar) -> bool:
    """True for "der er" and one word ending its clause at i with a clause spliced on after its
    comma ("…, der er stille, det er ligesom …"): how it is there, a clause of its own whether
    "der" points back or at the place; before "og"/"men" it may qualify the word before."""
    if i + 3 >= len(words) or _b(words[i]) not in g.run_on_there & g.relative_leads:
        return False
    one = words[i + 2]
    core = one.rstrip(",;")
    marked = core != one or words[i + 3] in (",", ";")  # "stille ," as the speller spaces it
    k = i + 3 if core != one else i + 4
    spliced = k < len(words) and _b(words[k]) not in g.main_joins  # not "…, og jeg kan …"
    return _b(words[i + 1]) == fold(g.be_word) and marked and core.isalpha() and spliced


def _before_join(words: list[str], i: int, g: Grammar) -> list[str]:
    """The words before the clause opened at i, without its join and comma."""
    start = i - 1 if _b(words[i - 1]) in g.main_joins else i
    return [*words[: start - 1], words[start - 1].rstrip(",")]


def _so_inverted(words: list[str], i: int, g: Grammar) -> bool:
    """True for "så", a finite verb and its subject at i ("og så er det hyggeligt", "og så kan
    min datter passe sit arbejde"): a main clause of its own, said after a join; counted only
    in a run-on said without marks (speech), where a comment between is no clause apart."""
    if _b(words[i]) != fold(g.so_word) or i + 2 >= len(words) or words[i][-1:] in _EDGE:
        return False
    return _finite(words[i + 1], g) and bool(_subject(words[i + 2 :], g))


def _generic_self_subject(words: list[str], g: Grammar) -> list[str]:
    """A generic "en selv" (generic_object_phrases) said before a finite verb is the subject ("og
    en selv vil gerne bestemme", "og en selv bestemmer"): its pronoun "jeg", never "mig"."""
    out = list(words)
    for said in g.generic_object_phrases:
        n = len(said)
        for k in range(len(words) - n):
            span = words[k : k + n]
            if tuple(_b(w) for w in span) != said or any(w[-1:] in _EDGE for w in span):
                continue
            if _finite(words[k + n], g):
                out[k] = g.self_subject
    return out


def _generic_as_citizen(words: list[str], g: Grammar) -> list[str]:
    """The citizen's generic "man" in their own reason said as "jeg" ("det er det første man
    gør om morgenen" → "… jeg gør …", "så man kan klare sig selv" → "så jeg kan klare mig
    selv"): a subject before its finite verb, its reflexives in the same clause first person,
    and "en selv" anywhere else in such a reason "mig selv" ("så er det bare en selv og
    skiven"); before a finite verb it is the subject, "jeg selv" ("og en selv vil bestemme")."""
    out = list(words)
    if any(_b(w) in g.generic_subjects for w in words):
        out = written_as(_generic_self_subject(out, g), g.generic_object_phrases)
        words = list(out)
    for i, w in enumerate(words[:-1]):
        before = _b(words[i - 1]) if i else ""
        if _b(w) not in g.generic_subjects or before in g.possessive_words:
            continue
        if before in g.generic_kept_after and words[i - 1][-1:] not in _EDGE:
            continue  # "vise de unge hvordan man gør det": the way anyone does it
        if not (_finite(words[i + 1], g) or _b(words[i + 1]) in g.negations):
            continue
        out[i] = g.self_subject + w[len(w.rstrip(_EDGE)) :]
        for j in range(i + 1, len(words)):
            if j > i + 1 and (words[j - 1][-1:] in _EDGE or _b(words[j]) in g.clause_joins):
                break
            if _b(words[j]) in g.reflexive_third:
                out[j] = g.first_person[_b(words[j])] + words[j][len(words[j].rstrip(_EDGE)) :]
    return out


def _joined_clauses_adverb_first(words: list[str], g: Grammar) -> list[str]:
    """Every later clause of a reason in written order too: inside "fordi …" a clause joined by
    "og", "når" or "som" is a subordinate one ("… og jeg vil ikke sidde" → "… og jeg ikke vil
    sidde", "når jeg kan ikke sove" → "når jeg ikke kan sove")."""
    subjects = g.subject_pronouns  # "og jeg", "når hun": not "og min datter" (a noun)
    out = list(words)
    for k in range(1, len(out) - 3):
        if _b(out[k - 1]) in g.clause_joins and _b(out[k]) in subjects:
            out[k:] = _adverb_first(out[k:], 1, g)
    return out


def _reason_parts(
    text: str,
    g: Grammar,
    speaker: str | None = None,
    speaker_as: str | None = None,
    already: bool = False,
) -> tuple[str, str]:
    """Return (frame, words) for a told reason; frame "" keeps it out of the goal sentence.

    frame: so_that (", så jeg kan …"), so_i (", så jeg …"), so (", så …" with its own subject)
    or because (", fordi …"). speaker "citizen" never changes a subject; otherwise han/hun/borgeren
    as the reason's subject becomes "jeg", unless the reason also speaks of "jeg" (ambiguous).
    `already`: the relative's "jeg" was already said by their role ("min nabo"), read again.
    """
    said = _first_sentence(text)
    if speaker == "citizen":  # before the fillers go: "hun har jo …" is a comment of its own
        said = _without_others_story(_without_told_relative(said, g), g)
    words = _named_by_role(_when_clause_last(_clean(said, g), g), g)
    if speaker == "citizen":  # "barnebarnet, og jeg har lovet ham …": "… lovet mit barnebarn"
        words = self_kin_as_object(topic_as_object(words, g), g, text)  # "gide mormor": "gide mig"
    quote = next((q for q in g.quote_leads if tuple(_b(w) for w in words[: len(q)]) == q), None)
    if quote:  # "han siger: så jeg kan snakke med fiskerne": the citizen's own words
        words = words[len(quote) :]
        third = g.citizen_pronouns | g.citizen_possessives
        told_about = bool(words) and _b(words[0]) in g.quote_that
        words = words[1:] if told_about else words
        # "hun siger, at når musikken spiller, så går fødderne …": the reported clause's own
        # "når" clause after its main clause, as one told without the lead
        words = _when_clause_last(words, g)
        if not (told_about or any(_b(w) in third for w in words)):  # "hun siger hun vil …"
            speaker = "citizen"
    if speaker != "citizen":
        words = _without_run_on_quotes(_without_kin_before_pronoun(words, g), g)
        words = _without_other_pronouns_clause(_without_speakers_comment(words, g), g)
    if speaker == "staff":  # "hun vil ikke vente på os": "… vente på hjælpen"
        words = _staff_help(words, g)
    owned = False  # every "min" of the relative's is said as theirs
    if _relative_owns(words, g, speaker) and already:
        owned = True  # read again: "min nabo" already says the relative by their role
    elif _relative_owns(words, g, speaker):  # "hun vil være min kone": "min mands kone"
        words, owned = _relatives_possessives(words, g, speaker_as)
    if speaker == "relative" and not speaker_as and not _speaks_as_subject(words, g):
        # "så hun ikke skal føle sig som en byrde for mig": "… som en byrde"
        words = written_as(words, g.speaker_object_unsaid)
    named = _names_speaker(words, g, speaker, speaker_as)
    if not named:  # "… at snakke med end mig": the helper, who cannot be named here
        words = _without_speaker_comparison(words, g, speaker)
    if named:  # "så jeg ikke skal køre derover": "så min datter ikke skal køre derover"
        words = _named_speaker(_to_speakers_clause_end(words, g), g, str(speaker_as))
    elif _speaks_as_speaker(words, g, speaker):
        words = _before_speaker(words, g, speaker)
    if not words:
        return "", ""
    words = _before_past_clause(words, g)  # "… jeg ser gutterne og jeg var klubmester …"
    whole = past_opening_whole(
        words, g, lambda said: _is_about_the_past(said, g), lambda w: _finite(w, g)
    )  # "fuglene var Lis' og mine, og når jeg står derude, så er hun der lidt endnu"
    whole = whole or past_bond(words, g)  # "fordi Flensborg var vores by": a bond that holds
    if _is_about_the_past(words, g) and not whole:
        # "min mand døde sidste år, og jeg sidder alene": the clause of today after the story
        words = present_after_past(
            words, g, lambda said: _is_about_the_past(said, g), lambda w: _finite(w, g)
        ) or fronted_clause_after_join(words, g, lambda w: _finite(w, g))
        if not words:  # "…, og ude i skoven har jeg det bedst": the clause of today, fronted
            return "", ""
    convert = speaker != "citizen" and (named or owned or not _speaks_of_self(words, g))
    if convert:
        words = _we_together(words, g)
    if not named and _speaks_as_speaker(words, g, speaker):
        # "så jeg ikke skal køre hende", home care's "så vi ikke skal gøre det": the helper's
        # own reason, not the goal's; a second purpose joined on may be the citizen's
        rest = _second_purpose(words, g)
        if rest and not _speaks_as_speaker(rest, g, speaker):
            return _reason_parts(" ".join(_without_others_story(rest, g)), g, speaker, speaker_as)
        return "", ""
    if sake := _for_whose_sake(words, g) or _told_for_sake(words, g, speaker, speaker_as):
        return "for_sake", " ".join(
            _citizens(w, g) if convert else w for w in _person(sake.split(), g, convert)
        )
    kind, n = _lead(words, g)
    if not kind:  # "i vandet der ryster han …", "lægen siger at i varmen …": subject first
        words = _said_subject_first(words, g)
    body = words[n:]
    if kind == "because" and (ordered := _subject_first(body, g)):
        body = ordered  # "fordi i Ghana mor fletter": "fordi mor fletter i Ghana"
    if not kind and _feeling(body, g):  # "træt af rugbrød": ", fordi jeg er træt af rugbrød"
        felt = _person([body[0].lower(), *body[1:]], g, convert)  # "Glad for haven.": no name
        return "because", _join([g.self_subject, g.be_word, *felt], g)
    if kind in ("purpose", "purpose_not"):
        subjects = g.subject_pronouns | g.citizen_pronouns
        k = _subject(body, g)
        if (
            k
            and len(body) > k + 1
            and (_b(body[k]) in g.negations or (k > 1 and _b(body[k]) in g.modals))
        ):  # "for at jeg ikke kan falde", "for at min kone kan sove": a clause of its own
            return _subject_clause("so", body, g, convert)
        if len(body) > 2 and _b(body[0]) in subjects and _b(body[1]) in g.can_forms:
            body = body[1:]  # "for at hun kan komme ud": the citizen's "kan komme ud"
        if _b(body[0]) in g.can_forms:
            body = body[1:]
        if kind == "purpose_not" or (body and _b(body[0]) in g.negations):
            body = _person([w for w in body if _b(w) not in g.negations], g, convert)
            if not body or not g.is_infinitive(body[0]):
                return "", ""
            return "so_i", _join([g.negation_word, g.present_of(body[0]), *body[1:]], g)
        return ("so_that", _join(_person(body, g, convert), g)) if body else ("", "")
    if kind in ("so", "because") or (not kind and _subject(body, g)):
        return _subject_clause(kind or "because", body, g, convert, bool(named))
    # No lead: an infinitive phrase ("klare mig selv") or a finite one ("får det bedre").
    body = _person(body, g, convert)
    first = _b(body[0]) if body else ""
    k = _names_with_citizen(body, g) if body and _is_name(body[0], g) else 0
    if k and len(body) > k + 1 and _finite(body[k + 1], g):
        # "Anne Marie og jeg har …", "Inge og jeg går …": the citizen's own clause (a name on
        # -e is no infinitive for "så jeg kan")
        return "because", _join(body, g)
    if len(body) > 2 and _is_name(body[0], g) and _is_name(body[1], g):
        return "", ""  # "Røde Kors give os tøj": a name's clause, no deed of the citizen's
    if _fronted_main_clause(body, g, convert):
        # "dernede har jeg nogen at snakke med": a word before the verb, the citizen after it;
        # "nu kan jeg hjælpe andre": a time said first, "fordi jeg nu kan hjælpe andre"
        body = _as_citizen(body, g) if convert else body
        return "because", _join(time_first_as_clause(body, g) or body, g)
    if placed := _fronted_place_clause(body, g, convert):
        # "i kirken møder jeg …", a second language's "i tempel jeg møde mine venner"
        return "because", _join(_as_citizen(placed, g) if convert else placed, g)
    if first in g.want_forms and len(body) > 2 and _b(body[1]) in g.negations:
        # "vil ikke være en byrde": his will, ", fordi jeg ikke vil være en byrde"
        return _subject_clause("because", [g.self_subject, *body], g, False)
    if (
        first in g.negations
        and len(body) > 1
        and _b(body[1]) in g.not_verbs
        and not any(
            (g.is_infinitive(w) and _b(w) not in g.not_verbs) or g.is_present(w) for w in body[2:]
        )
    ):
        # "Ikke alene.", "ikke alene hele tiden": no verb, said with the copula ("så jeg ikke er
        # alene"), never a modal with no verb ("så jeg ikke skal alene")
        return "so_i", _join([g.negation_word, g.be_word, *body[1:]], g)
    if first in g.negations and len(body) > 1 and g.is_infinitive(body[1]):
        return "so_i", _join([g.negation_word, g.must_word, *body[1:]], g)
    # "så kan jeg …", "så er han en pæn mand igen": the subject after the verb; in "får det
    # bedre" "det" is the object
    inverted = first in g.modals or (
        g.is_present(body[0])
        and first not in g.negations
        and len(body) > 1
        and _b(body[1]) not in g.pronoun_objects
    )
    own = {g.self_subject} | (g.citizen_pronouns if convert else set())
    if first in g.want_forms and len(body) > 2 and _b(body[1]) in own:
        # "og så vil jeg lære ham det": the citizen's will is the purpose, "så jeg kan lære …"
        return "so_that", _join(body[2:], g)
    if inverted and (n := _subject(body[1:], g)) and len(body) > n + 1:
        # "så kan jeg se mit barnebarn", "så kan min kone sove": the subject after the modal
        return _subject_clause("so", [*body[1 : n + 1], body[0], *body[n + 1 :]], g, convert)
    if first in g.can_forms:
        return "so_that", _join(body[1:], g)
    if len(body) == 1 and first not in g.negations and not g.is_infinitive(body[0]):
        return "", ""  # "gæster": a lone word that only looks like a verb is no clause to join
    if (len(body) == 1 and _noun_alone(body[0], g)) or first in g.not_verbs:
        # "træ. hele livet.": a noun typed alone or a whole thing, no deed ("så jeg kan træ",
        # "så jeg kan hele livet"): no frame, so no reason in the goal sentence; its words stay
        # for a sign read through here ("øh hele gulvet og toilettet og håndvasken sådan")
        return "", _join(body, g)
    if len(body) > 1 and _perfect(body, g):
        # "har gået derhen hver søndag i halvtreds år", "har ondt i ryggen": how things are
        return "because", _join([g.self_subject, *body], g)
    if len(body) > 2 and g.infinitive_of(body[0]) and _b(body[1]) in g.habit_adverbs:
        # "har altid gjort det selv": how things are, "fordi jeg har altid gjort det selv"
        return "because", _join([g.self_subject, *body], g)
    if body and _bare_plural_noun(body[0], g):
        # "Blomster i haven.", "fugle på foderbrættet": a plural noun, no verb ("så jeg kan
        # fugle …")
        return "", ""
    if first in g.negations or (body and g.infinitive_of(body[0])):
        if g.infinitive_of(body[0]):  # "Smider ikke ud.": the fragment's capital is no name
            body = [body[0].lower(), *body[1:]]
        if len(body) > 1 and g.infinitive_of(body[0]) and _b(body[1]) in g.negations:
            body = [body[1], *body[:1], *body[2:]]  # "så jeg ikke smider ud"
        return "so_i", _join(body, g)  # "får det bedre": "så jeg får det bedre"
    if body and (not g.is_infinitive(body[0]) or _definite_form(body[0], g)):
        return "", ""  # "barnebarnet", "nej", "drengene": no clause ("så jeg kan drengene")
    if len(body) == 1 and len(first) > _PEOPLE_MIN and first.endswith(g.reason_people_ends):
        return "", ""  # "Kollegerne.": people said alone, no verb
    if first in g.place_adverbs | g.static_adverbs:
        return "", ""  # "hjemme hele dag kedelig": a place said first is no verb after "kan"
    if noun_said_as_subject(body, g):
        # "gruppe er mine venner": a learner's noun without its article, its verb next; a thing
        # that is, no deed after "kan" ("fordi gruppen er mine venner", by polish)
        return "because", _join(body, g)
    doing = g.reason_thing_doings.get(first, "").split()
    if doing and fold(doing[0]) != first:  # "Kaffe på terrassen.": "drikke kaffe på …"
        return "so_that", _join([*doing, *body[1:]], g)
    return "so_that", _join(body, g)


def _noun_alone(word: str, g: Grammar) -> bool:
    """True for a word typed alone that only looks like an infinitive: folded ("træ" as "trae",
    "knæ"; no "-e" as said, no short infinitive: "gå", "sy"), or a noun's plural by the lemma
    table, its "-r" form the same noun's ("skåle", "skåler": skål; not "bage", "bager": bage)."""
    w = word.strip(_EDGE).lower()
    if not w.isalpha():
        return False
    noun = g.lemma_forms.get(w)
    plural = noun not in (None, w) and g.lemma_forms.get(w + "r") == noun
    return plural or (not w.endswith("e") and w not in g.short_infinitives)


def _second_purpose(words: list[str], g: Grammar) -> list[str]:
    """The second purpose of a reason, "så" and its clause after a join ("så jeg ikke skal
    ringe hver morgen og så han ikke skal sidde og vente …" → "så han ikke skal …"); [] when
    none is joined on."""
    so = fold(g.so_word)
    for i in range(2, len(words) - 2):
        joined = _b(words[i]) in g.main_joins and words[i][-1:] not in _EDGE
        if joined and _b(words[i + 1]) == so and _clause_after(words, i + 2, g):
            return words[i + 1 :]
    return []


def _fronted_main_clause(words: list[str], g: Grammar, convert: bool) -> bool:
    """True for a main clause that fronts a word (no verb, no subject) before its finite verb
    and the citizen as its subject ("dernede har jeg …", a relative's "der møder hun …");
    "ellers sidder jeg …" tells what happens otherwise."""
    if len(words) < 4 or not words[0].strip(_EDGE).isalpha() or words[0][-1:] in _EDGE:
        return False
    first = _b(words[0])
    others = g.modals | g.negations | g.subject_pronouns | g.function_words | g.reason_otherwise
    # "nu kan jeg hjælpe andre": a time of today fronted, as a place adverb is
    today = first in g.fronted_time_adverbs and not g.is_past(words[1])
    if (first in others and not today) or _finite(words[0], g) or not _finite(words[1], g):
        return False
    citizen = {g.self_subject} | (g.citizen_pronouns if convert else set())
    if first in g.place_adverbs | g.static_adverbs and _b(words[2]) == g.pointing_there:
        return True  # "dernede er der nogen at snakke med": how things are where the goal leads
    return _b(words[2]) in citizen


_PLACE_REACH = 3  # words of a place phrase said before a reason's clause ("i den gamle kirke")


def _fronted_place_clause(words: list[str], g: Grammar, convert: bool) -> list[str] | None:
    """A main clause after a place phrase said first, up to its first comma: with the citizen
    after the finite verb as written ("i kirken møder jeg mine venner"), or before a bare
    infinitive as a second language says it ("i tempel jeg møde mine venner" → "jeg møder mine
    venner i tempel"); None for any other. A place adverb may lead the phrase ("ude i mosen har
    jeg det bedst")."""
    adverb = len(words) > 1 and _b(words[0]) in g.place_adverbs | g.static_adverbs
    adverb = adverb and words[0][-1:] not in _EDGE
    if len(words) < 4 + adverb or _b(words[adverb]) not in g.attribute_leads:
        return None
    if words[adverb][-1:] in _EDGE:
        return None
    citizen = {g.self_subject} | (g.citizen_pronouns if convert else set())
    end = next((k + 1 for k, w in enumerate(words) if w[-1:] in _EDGE), len(words))
    clause = [*words[:end]]
    clause[-1] = clause[-1].rstrip(_EDGE)
    for k in range(2 + adverb, min(_PLACE_REACH + 2 + adverb, len(clause) - 1)):
        if any(w[-1:] in _EDGE or _finite(w, g) for w in clause[1:k]):
            return None
        place = [clause[0].lower(), *clause[1:k]]
        if _finite(clause[k], g) and _b(clause[k + 1]) in citizen:
            return [*place, *clause[k:]]  # "i kirken møder jeg …"
        if _b(clause[k]) in citizen:
            verb = clause[k + 1]
            if _finite(verb, g) or not g.is_bare_infinitive(verb):
                return None  # "i kirken jeg møder …" is no second language's order
            return [clause[k], g.present_of(verb), *clause[k + 2 :], *place]
    return None


def _said_subject_first(words: list[str], g: Grammar) -> list[str]:
    """A reason, or what someone says in it ("lægen siger at i varmen der har hun mindre
    ondt"), with a fronted place or time phrase written after its clause (_subject_first)."""
    if ordered := _subject_first(words, g):
        return ordered
    for i in range(1, len(words) - 4):
        said = _b(words[i]) in g.attribution_verbs and _b(words[i + 1]) in g.quote_that
        if said and words[i][-1:] not in ".;:!?" and (ordered := _subject_first(words[i + 2 :], g)):
            # "… at jeg ikke bliver så stiv": the said clause is a subordinate one
            return [*words[: i + 2], *_adverb_first(ordered, _subject(ordered, g), g)]
    return words


def _subject_first(words: list[str], g: Grammar) -> list[str] | None:
    """A clause that fronts a place or time phrase before its finite verb and its subject, the
    phrase maybe said again by "der"/"så" ("i vandet der ryster han ikke så meget", "om
    morgenen så er hun frisk", "i kirken møder jeg …"), written subject first with the phrase
    at the end of its clause ("han ryster ikke så meget i vandet"); None for any other."""
    if len(words) < 4 or _b(words[0]) not in g.fronted_phrase_leads or words[0][-1:] in _EDGE:
        return None
    for k in range(2, min(_PLACE_REACH + 2, len(words) - 1)):
        phrase = words[:k]
        inner = phrase[1:]
        if any(w[-1:] in _EDGE for w in phrase[:-1]) or any(_finite(w, g) for w in inner):
            return None
        if any(_b(w) in g.subject_pronouns | g.citizen_pronouns for w in inner):
            return None  # "om han kan …", "efter hun faldt": a clause, no phrase
        said_again = _b(words[k]) in g.fronted_resumptive and words[k][-1:] not in _EDGE
        j = k + 1 if said_again else k
        if phrase[-1][-1:] in _EDGE and not (said_again and phrase[-1][-1:] == ","):
            return None  # "i vandet, ryster …": no phrase of the clause after it
        if j + 2 > len(words) or words[j][-1:] in _EDGE:
            continue
        if _finite(words[j], g):
            n = _subject(words[j + 1 :], g) or _inverted_noun_subject(words[j + 1 :], g)
            if not n or _b(words[j + 1]) in g.fronted_resumptive:
                continue  # "i huset der ligger ved søen": a relative clause, no subject after it
            start = j + 1 + n
            end = _clause_end_at(words, start, g)
            clause = [*words[j + 1 : start], words[j], *words[start:end]]
        else:
            # "lørdag morgen hele familie spiser sammen": a second language's subject before
            # its verb, the clause already subject first
            n = _subject(words[j:], g) or _bare_kin(words[j], g)
            if not n or j + n >= len(words) or not _finite(words[j + n], g):
                continue
            end = _clause_end_at(words, j + n, g)  # "mor fletter, …": ends at the verb
            clause = [*_whole_subject(words[j : j + n], g), *words[j + n : end]]
        place = [phrase[0].lower(), *phrase[1:-1], phrase[-1].rstrip(_EDGE)]
        tail = clause[-1][len(clause[-1].rstrip(_EDGE)) :]
        clause[-1] = clause[-1].rstrip(_EDGE)
        place[-1] += tail
        return [*clause, *place, *words[end:]]
    return None


def _bare_kin(word: str, g: Grammar) -> int:
    """1 for a kin word a second language says bare as a subject ("mor fletter"), else 0."""
    said = word.strip(_EDGE)
    return int(said == word and said.islower() and said in g.citizen_words | g.kin_before_names)


def _whole_subject(subject: list[str], g: Grammar) -> list[str]:
    """A second language's "hele" and a bare singular noun as a subject written with the
    noun's definite ("hele familie" → "hele familien"); any other subject as said."""
    if len(subject) != 2 or _b(subject[0]) != fold(g.whole_written or "-"):
        return subject
    noun = subject[1]
    definite = noun.isalpha() and noun.islower() and g.noun_class(noun) and g.definite_of(noun)
    return [subject[0], definite] if definite and definite != noun else subject


def _inverted_noun_subject(words: list[str], g: Grammar) -> int:
    """The words of a noun subject after its fronted verb ("… spiser hele familien sammen",
    "… kommer børnene"): a definite noun, maybe after a word of noun_quantifiers; else 0."""
    k = 1 if words and _b(words[0]) in g.noun_quantifiers else 0
    if k >= len(words) or (k and words[0][-1:] in _EDGE):
        return 0
    return k + 1 if _definite_form(words[k], g) else 0


_SAKE_MAX = 3  # words of a reason that only names whom it is for ("min datter")
_PEOPLE_MIN = 5  # letters of a definite plural said alone as people ("pigerne", not "fjerne")
_DEFINITE = ("en", "et", "ne")


def _definite_form(word: str, g: Grammar) -> bool:
    """True for a noun in its definite form by the lemma table ("børnene" → "barn", "pigerne"
    → "pige"): never an infinitive, though it ends in -e like one."""
    b = word.strip(_EDGE).lower()
    lemma = g.lemma_forms.get(b)
    own = _b(b) in g.possessive_words  # "mine", "egne": no noun
    return bool(lemma) and lemma != b and b.endswith(_DEFINITE) and not own


def _common_noun(word: str, g: Grammar) -> str:
    """A word typed capitalised as an answer opens ("Kirken. Søndag.") in small letters when it
    is a known common noun's form ("kirken": the definite of "kirke"); a name, a word of no
    known noun or one capitalised inside ("DSB") as said."""
    low = word.lower()
    if not (word[:1].isupper() and word[1:] == low[1:]):
        return word
    lemma = g.lemma_forms.get(low) or ""  # "kirke": a counted noun ("kirkerne"), not "hele"
    known = g.definite_of(lemma) == low and g.has_definite_plural(lemma)
    return low if known or g.is_noun_form(low) else word


_COMPOUND_PART = 4  # letters of each part of a compound read by its last part ("køkken|vinduet")


def _noun_compound(low: str, g: Grammar) -> bool:
    """True when a word no name is a compound whose last part is a known common noun's
    definite form ("køkkenvinduet": "vinduet"), its first part a word of its own."""
    if low in g.person_names:
        return False
    for k in range(_COMPOUND_PART, len(low) - _COMPOUND_PART + 1):
        tail = low[k:]
        lemma = g.lemma_forms.get(tail) or ""
        if lemma and g.definite_of(lemma) == tail and g.has_definite_plural(lemma):
            return any(
                g.is_noun_form(head) or g.noun_class(head) is not None
                for head in (low[:k], low[: k - 1])
            )
    return False


def _opening_noun(word: str, g: Grammar) -> str:
    """The word a reason opens with, capitalised as an answer's first ("Kirken er mit andet
    hjem", "Koret mangler en bas"), in small letters when it is a known common noun's form
    (_common_noun); a person's name ("Karen", though "karen" is the definite of "kar") or any
    other word as said ("Karl", "Lise": names that are words too)."""
    return word if word.lower() in g.person_names else _common_noun(word, g)


def _for_whose_sake(words: list[str], g: Grammar) -> str | None:
    """ "barnebarnet", "min datter": a reason that names only a person or thing, in the
    genitive ("barnebarnets", "min datters"); None when a verb or anything else is said."""
    if not 0 < len(words) <= _SAKE_MAX:
        return None
    head, rest = (words[0], words[1:]) if _b(words[0]) in g.possessive_words else (None, words)
    if len(rest) != 1:
        return None
    noun = rest[0].strip(_EDGE)
    b = _b(noun)
    if is_trouble(noun, g):
        return None  # "Smerterne.", "min sukkersyge": an ailment is no sake
    verb = g.is_infinitive(noun) or g.infinitive_of(noun)  # "datter" only looks like one
    verb = verb and not _plural_definite(noun, g)  # "Fuglene.": the birds, no verb in -e
    if (verb and g.noun_kind(noun) is None) or b in g.function_words:
        return None
    if head is None and not (b.endswith(_DEFINITE) and len(b) > 4):
        return None  # "nej", "tja": no thing named
    low = noun.lower()
    bare_noun = g.noun_class(low) is not None and g.lemma_forms.get(low, low) == low
    if head is None and bare_noun and low not in g.person_names:
        # "Orden.": a bare noun in -en, no definite ("for Ordens skyld" said something else)
        return g.state_phrase.format(noun=low) if g.state_phrase else None
    if head is None and noun[:1].isupper() and noun[1:] == low[1:] and _noun_compound(low, g):
        noun = low  # "Køkkenvinduet." typed as an answer opens: no name's capital
    owner = genitive(_common_noun(noun, g) if head is None else noun)
    return g.sake_phrase.format(owner=" ".join([head, owner] if head else [owner]))


def _plural_definite(word: str, g: Grammar) -> bool:
    """True for a noun's definite plural the lemma table reads as a form of a known noun, the
    noun table holding no word of that shape of its own and the word no verb of its own
    ("fuglene", "roserne"; not "forene", which unites before it lines), no people ("børnene")."""
    low = word.strip(_EDGE).lower()
    lemma = g.lemma_forms.get(low)
    return (
        low.endswith(_DEFINITE[-1])
        and lemma not in (None, low)
        and g.noun_class(lemma) is not None
        and g.noun_class(low) is None
        and not g.has_participle(low)
        and _b(lemma) not in g.function_words  # "forene": no "for" (lining) but a verb
        # people said alone ("Børnene.", "Kollegerne") are no sake: no reason rather
        and lemma not in g.scene_people
        and low[: -len(_DEFINITE[-1])] not in g.reason_people_plurals
    )


def _told_for_sake(
    words: list[str], g: Grammar, speaker: str | None, speaker_as: str | None
) -> str | None:
    """ "for hoften", "for min ryg og så jeg kan snakke med gutterne": a bare "for" and a noun
    tells what's sake the goal is for ("hoftens skyld"), and a purpose joined on by "og så" is
    said after it ("hoftens skyld, og så jeg kan snakke …"); None for anything else ("for
    tiden", "for at …", "for jeg vil …", "for hoften og benene")."""
    words = without_trailing_joins(words, g)
    if len(words) < 2 or _b(words[0]) not in g.sake_leads:
        return None
    end = next((i for i in range(2, len(words)) if _b(words[i]) in g.main_joins), len(words))
    phrase = words[1:end]
    if _b(phrase[-1]) in g.sake_not:
        return None
    sake = _for_whose_sake(phrase, g)
    if sake is None or end == len(words):
        return sake
    second = _second_purpose(words, g)
    if len(second) != len(words) - end - 1:
        return None  # "for hoften og benene": more than one sake, or something else
    frame, said = _reason_parts(" ".join(second), g, speaker, speaker_as)
    if frame not in _SO_SUBJECT or not said:
        return None
    lead = [x for x in _SO_SUBJECT[frame](g) if x]
    return " ".join([f"{sake},", g.and_word, g.so_word, *lead, said])


def _person(words: list[str], g: Grammar, convert: bool) -> list[str]:
    """Reflexives of a relative's infinitive phrase ("besøge sin søster") in first person; not
    in a clause with a subject of its own ("…, så stramt, at det ikke giver sig, når man sætter
    sig", "så hunden kan røre sig"), until the citizen is the subject again ("når hun …")."""
    if not convert:
        return words
    out = []
    theirs = False  # in a clause whose subject is someone or something else
    called: set[str] = set()  # as in _as_citizen: the citizen's pronouns said so far
    others: set[str] = set()  # … and the possessives someone named in the clause owns
    for i, w in enumerate(words):
        b = _b(w)
        if _opens_clause(words, i, g) and b not in g.citizen_possessives:
            others = set()
        others |= _owners_named(words, i, g)
        if b in g.citizen_pronouns and b in g.first_person:
            called.add(b)
        lead = i and _b(words[i - 1]) in g.subordinators and words[i - 1][-1:] not in _EDGE
        if _others_clause_after_lead(words, i, g) or (
            lead and _inflected_noun(w, g) and any(_finite(x, g) for x in words[i + 1 : i + 3])
        ):  # "så børnene kan more sig"
            theirs = True
        elif b in g.citizen_pronouns:
            theirs = False
        keep = b in g.object_pronouns  # "besøge ham" may be someone else; "han føler" is them
        keep = keep or (theirs and b in g.reflexive_third)
        tail = w[len(w.rstrip(_EDGE)) :]  # "sætte sig, når …": its comma stays
        if b in g.citizen_possessives and not keep:
            # "… med min mand om hans fisketure": his; "hans tal": "mine tal"
            mine = not _others_possessive(b, called, others, g)
            out.append(_own_possessive(words, i, g) + tail if mine else w)
            continue
        out.append(w if keep or b not in g.first_person else g.first_person[b] + tail)
    return out


def _citizens(word: str, g: Grammar) -> str:
    """A relative's word for the citizen ("hendes", "hende") in the citizen's first person."""
    b = _b(word)
    if b in g.citizen_possessives:
        return g.own_possessive + word[len(word.rstrip(_EDGE)) :]
    if b in g.object_pronouns:
        return g.first_person.get(b, word) + word[len(word.rstrip(_EDGE)) :]
    return word


def _as_citizen(words: list[str], g: Grammar) -> list[str]:
    """A relative's reason with the citizen in first person throughout: han/hun → jeg, their
    hans/hendes → min, ham/hende → mig (unless the clause's subject is the citizen: then it is
    someone else), sin/sig → min/mig in a clause about the citizen ("børnene keder sig" stays).
    A name said before the pronoun ("Karen hun kører hende") is someone else: both stay."""
    out = []
    subject = about = False  # the clause's subject is the citizen; the clause names them
    caused = False  # the citizen has another do something ("have fremmede til at …")
    called: set[str] = set()  # the citizen's own pronouns said so far ("hun")
    others: set[str] = set()  # the possessives a person named in this clause owns ("min mand")
    for i, w in enumerate(words):
        b, tail = _b(w), w[len(w.rstrip(_EDGE)) :]
        if _opens_clause(words, i, g) or _others_clause_after_lead(words, i, g):
            subject = about = caused = False  # a new clause, with its own subject
            if b not in g.citizen_possessives:  # "… min mand, om hans ben": his, still
                others = set()
        others |= _owners_named(words, i, g)
        if caused and b in g.infinitive_markers:
            subject = caused = False  # "… til at vaske ham": the doer is the other one
        caused = caused or (subject and b in g.causative_verbs)
        if i and b in g.relative_leads and i + 1 < len(words) and _finite(words[i + 1], g):
            subject = caused = False  # "nogen der kan give ham modstand": its own subject
        named = i > 0 and _opens_clause(words, i - 1, g) and _is_name(words[i - 1], g)
        if b in g.citizen_pronouns and b in g.first_person and not named:
            subject = about = True
            called.add(b)
            out.append(g.first_person[b] + tail)
        elif b in g.object_pronouns and b in g.first_person and not subject:
            about = True
            out.append(g.first_person[b] + tail)
        elif b in g.reflexive_third and b in g.first_person and about:
            out.append(g.first_person[b] + tail)
        elif b in g.citizen_possessives and not _others_possessive(b, called, others, g):
            out.append(_own_possessive(words, i, g) + tail)
        else:
            out.append(w)
    return out


_DEFINITE_KIN = ("", "en", "n", "nen", "et")  # "manden", "konen", "sønnen": the person word


def _owners_named(words: list[str], i: int, g: Grammar) -> set[str]:
    """The possessives ("hans") a person word at words[i] of others_by_possessive may own later
    in its clause: one said with another owner ("min mand", "manden"), not the citizen's own
    kin ("hans søn … spørger til hans tal": the citizen's, else "sine" is said)."""
    b = _b(words[i])
    found = {
        p
        for p, kin in g.others_by_possessive.items()
        if any(b.endswith(e) and b[: len(b) - len(e)] in kin for e in _DEFINITE_KIN)
    }
    before = _b(words[i - 1]) if i else ""
    if found and (before in g.citizen_possessives or before in g.reflexive_third):
        return set()
    return found


def _others_possessive(b: str, called: set[str], others: set[str], g: Grammar) -> bool:
    """True for a relative's "hans"/"hendes" that is someone else's: of the other gender than
    the pronoun the citizen was called by ("hun … om hans fisketure"), or of a person word of
    its gender named before it in the clause ("… med min mand om hans fisketure")."""
    own = g.citizen_by_possessive.get(b)
    if own is not None and called and not called & own:
        return True
    return b in others


def _own_possessive(words: list[str], i: int, g: Grammar) -> str:
    """The citizen's possessive for a relative's "hans"/"hendes" at words[i]: "min" (agreement
    mended later), "mine" before a noun of owned_in_plural ("hans tal" → "mine tal")."""
    nxt = _b(words[i + 1]) if i + 1 < len(words) and words[i][-1:] not in _EDGE else ""
    if nxt in g.owned_in_plural:
        row = next((r for r in g.possessives if r[0] == g.own_possessive), None)
        if row is not None:
            return row[2]
    return g.own_possessive


def _others_clause_after_lead(words: list[str], i: int, g: Grammar) -> bool:
    """True when words[i] is another's subject after a subordinator ("vente på at min mor
    kommer og læser op for ham", "når de kommer", "at hjemmeplejen kommer"): a pronoun, a
    possessive or a word with its finite verb after it; "ham" there is the citizen again."""
    if not i or _b(words[i - 1]) not in g.subordinators or words[i - 1][-1:] in _EDGE:
        return False
    b = _b(words[i])
    others = (g.subject_pronouns - g.citizen_pronouns - {g.self_subject}) | g.possessive_words
    # "siden sin fødselsdag": a reflexive is the clause's own subject's, never another subject
    if b in others and b not in g.reflexive_third:
        return True
    own = g.citizen_pronouns | g.object_pronouns | {g.self_subject}
    if b in own or g.is_infinitive(words[i]):
        return False  # "for at hjælpe ham": the citizen does it
    # "at hjemmeplejen kommer", "at barnebarns mor kommer": a subject of one or two words
    return any(_finite(w, g) for w in words[i + 1 : i + 3])


def _opens_clause(words: list[str], i: int, g: Grammar) -> bool:
    """True when words[i] begins a clause with its own subject: at the start, after a comma or
    a join ("og hun savner dem"); "og keder sig" goes on with the subject before it."""
    if i == 0:
        return True
    prev = words[i - 1]
    if not (prev.endswith(",") or _b(prev) in g.clause_joins):
        return False
    b = _b(words[i])
    # "så stolt af sit …": "så" of degree before a feeling opens no clause; "siden sin
    # fødselsdag": a reflexive is the subject's own, never a subject of its own
    return not (
        g.is_present(words[i])
        or b in g.modals | g.negations | g.predicate_adjectives
        or (b in g.reflexive_third and not prev.endswith(","))
        # "se sig selv i spejlet og være sig selv": an infinitive joined on with its reflexive
        # shares the subject ("og børnene keder sig" has its own)
        or (not prev.endswith(",") and _infinitive_with_reflexive(words, i, g))
        # "vil ikke gå og være bange for at bevæge sig": an infinitive joined on has no
        # subject of its own, so it goes on with the one before it
        or (not prev.endswith(",") and _joined_infinitive(words, i, g))
    )


def _joined_infinitive(words: list[str], i: int, g: Grammar) -> bool:
    """True when words[i] is a bare infinitive after a join ("og være"): no finite form, nor a
    noun's inflected form ("og børnene keder sig", "og barnebørnene"), itself or as a last part."""
    b = _b(words[i])
    if b in g.clause_joins | g.subordinators | g.subject_pronouns or _finite(words[i], g):
        return False
    return g.is_infinitive(words[i]) and not _inflected_noun(words[i], g)


def _inflected_noun(word: str, g: Grammar) -> bool:
    """True for a noun's inflected form by the lemma table, itself or its last part
    ("børnene", "barnebørnene"): no infinitive, though it ends in -e."""
    w = nfc(word.rstrip(_EDGE)).lower()
    return any(g.lemma_forms.get(w[k:], w[k:]) != w[k:] for k in range(len(w) - _JOINED_TAIL + 1))


def _infinitive_with_reflexive(words: list[str], i: int, g: Grammar) -> bool:
    """True when words[i] is an infinitive and a reflexive follows it ("være sig selv")."""
    if i + 1 >= len(words) or words[i][-1:] in _EDGE or _finite(words[i], g):
        return False
    return g.is_infinitive(words[i]) and _b(words[i + 1]) in g.reflexive_third


def _without_kin_before_pronoun(words: list[str], g: Grammar) -> list[str]:
    """A relative's "min mor hun …", "min kone hun …", "mor hun …": the citizen, said twice;
    the pronoun stays (it becomes "jeg"). "min datter hun" is someone else and stays."""
    out: list[str] = []
    for i, w in enumerate(words):
        nxt = _b(words[i + 1]) if i + 1 < len(words) else ""
        after = _b(words[i + 2]) if i + 2 < len(words) else ""
        kin = g.citizen_words | g.citizen_kin
        if _b(w) == fold(g.own_possessive) and nxt in kin and after in g.citizen_pronouns:
            continue
        if _b(w) in kin and nxt in g.citizen_pronouns and w[-1:] not in _EDGE:
            continue
        out.append(w)
    return out


def _named_by_role(words: list[str], g: Grammar) -> list[str]:
    """A name said with the place the person comes from, said by that place ("så Lone fra
    hjemmeplejen ikke skal …" → "så hjemmeplejen ikke skal …"): the role, not the carer's name,
    belongs in the goal."""
    out = list(words)
    i = 1
    while i + 2 < len(out):
        place = out[i + 2]
        if (
            _is_name(out[i], g)
            and out[i][-1:] not in _EDGE
            and _b(out[i + 1]) in g.name_role_leads
            and place.isalpha()
            and place[:1].islower()
            and fold(place).endswith(_DEFINITE_NOUN)
        ):
            if _b(place) in g.neighbour_places and g.neighbour_written:
                # "når Ruth fra opgangen kommer": a neighbour, never "når opgangen kommer"
                out[i : i + 3] = g.neighbour_written.split()
                i += 1
                continue
            del out[i : i + 2]
            # "… når hun kommer": the name's pronoun would point at the place
            k = next(
                (
                    k
                    for k in range(i + 1, len(out) - 1)
                    if _b(out[k]) in g.when_leads and _b(out[k + 1]) in g.citizen_pronouns
                ),
                len(out),
            )
            out = out[:k]
        i += 1
    return out


def _names_with_citizen(words: list[str], g: Grammar) -> int:
    """Where the citizen's "jeg" stands after names joined with "og" that open a clause ("Anne
    Marie og jeg har …", a name on -e is no infinitive then); 0 when the clause opens otherwise."""
    k = next((i for i, w in enumerate(words) if _b(w) == g.self_subject), 0)
    opening = words[:k]
    if k < 2 or _b(opening[-1]) not in g.main_joins or any(w[-1:] in _EDGE for w in opening):
        return 0
    return k if all(_is_name(w, g) or _b(w) in g.main_joins for w in opening) else 0


def _is_name(word: str, g: Grammar) -> bool:
    """ "Karen", "Emma": a capitalised word that is no pronoun or function word."""
    core = word.strip(_EDGE)
    b = fold(core)
    return core[:1].isupper() and core.isalpha() and b not in g.subject_pronouns | g.function_words


def _subject_clause(
    kind: str, body: list[str], g: Grammar, convert: bool, named: bool = False
) -> tuple[str, str]:
    n = _subject(body, g)
    if n == 0:  # "så komme ud" / "fordi det er svært": no subject to keep
        if kind == "because":
            if not any(_finite(w, g) for w in body):
                return "", ""  # "da godt selv": a scrap with no verb is no clause to join
            return "because", _join(_as_citizen(body, g) if convert else body, g)
        # read again ("så skal hun …"); a relative already named ("min nabo") keeps their "min"
        return _reason_parts(
            " ".join(body), g, "citizen" if not convert else "relative", already=named
        )
    if convert:  # "så hendes naboer ikke skal handle for hende", "fordi børnene spørger efter
        body = _as_citizen(body, g)  # hende og hun savner dem": the citizen's, said by another
    subject, rest = body[:n], body[n:]
    if not rest:
        return "", ""
    subject = citizen_last(subject, g)  # "jeg og Else har …": "Else og jeg har …"
    together = n > 2 and _b(subject[-2]) == g.and_word  # "drengene og jeg spiller …"
    pronoun = _b(subject[-1]) in g.subject_pronouns | g.citizen_pronouns | {g.self_subject}
    if n > 1 and pronoun and not together:
        subject = subject[:-1]  # "børnebørnene de savner", "Karen hun kører": said once
    if kind == "because" and _b(subject[-1]) == g.self_subject and not together:
        # "fordi jeg gerne vil se mine børnebørn" is a purpose: "så jeg kan se …"
        k = 0
        while k < len(rest) and _b(rest[k]) in g.fillers:
            k += 1
        if k < len(rest) and _b(rest[k]) in g.want_forms:
            tail = [w for w in rest[k + 1 :] if _b(w) not in g.wish_particles]
            that = next((t for t in g.want_that if tuple(map(_b, tail[: len(t)])) == t), ())
            if that and _subject(tail[len(that) :], g):
                # "jeg vil have at de har noget at glæde sig til": ", så de har noget …"
                return _subject_clause("so", tail[len(that) :], g, convert)
            if tail and _b(tail[0]) in g.can_forms:
                tail = tail[1:]
            preferring = bool(tail) and _b(tail[0]) in g.will_preferring  # "vil hellere dø …"
            if tail and g.is_infinitive(tail[0]) and not preferring:
                return "so_that", _join(tail, g)
    if kind == "because":
        return "because", _join(subject + rest, g)
    if _b(subject[-1]) == g.self_subject and len(subject) == 1:
        if _b(rest[0]) in g.can_forms and len(rest) > 2 and _b(rest[1]) in g.negations:
            return "so_i", _join([rest[1], g.can_word, *rest[2:]], g)  # "jeg ikke kan falde"
        if _b(rest[0]) in g.can_forms:
            return ("so_that", _join(rest[1:], g)) if rest[1:] else ("", "")
        if len(rest) > 2 and _b(rest[0]) in g.pre_modal_adverbs and _b(rest[1]) in g.can_forms:
            return "so_i", _join(rest, g)  # "så jeg selv kan handle": as said
        k = 0
        while k < len(rest) - 1 and _b(rest[k]) in g.pre_modal_adverbs:
            k += 1  # "så jeg selv bestemmer …": the verb after the adverb
        if _b(rest[k]) not in g.negations and not g.infinitive_of(rest[k]):
            return "", ""  # "så jeg barnebarnet": no verb, no clause
        return "so_i", _join(rest, g)
    if _b(rest[0]) in g.can_forms:
        rest = [g.can_word, *rest[1:]]
    return "so", _join(subject + rest, g)


def _join(words: list[str], g: Grammar) -> str:
    return " ".join(words).strip(" ,;:")
