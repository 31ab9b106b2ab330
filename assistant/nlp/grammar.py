"""Danish grammar for generated text: agreement, modal stacking, doubled words (data in content).

The word lists live in content/<lang>/goals/_grammar.yaml. Matching folds æøå ("saa" = "så"),
so words typed without Danish letters are recognised; the text itself is never folded.
"""

from __future__ import annotations

import re

from assistant.content.grammar import EDGE as _EDGE
from assistant.content.grammar import NOUN_PART, Grammar, fold, nfc
from assistant.nlp.counted_state import counted_finished
from assistant.nlp.kin_unnamed import kin_without_names
from assistant.nlp.learner_articles import articles_agreeing, whole_articles
from assistant.nlp.learner_origin import origin_places_written
from assistant.nlp.learner_phrases import (
    body_objects_definite,
    body_subjects_definite,
    described_predicates,
    given_owners_possessive,
    learner_genitives,
    learner_taught,
    person_owns,
)
from assistant.nlp.learner_reflexive import particle_reflexives
from assistant.nlp.learner_without import that_after_without
from assistant.nlp.list_tail import without_list_tails
from assistant.nlp.participles import is_present_participle
from assistant.nlp.placed_objects import placed_objects_written
from assistant.nlp.pointed_noun import pointed_nouns_written
from assistant.nlp.run_on_inversions import inverted_run_ons
from assistant.nlp.second_language import (
    bare_verbs_after_subjects,
    company_after_thing,
    kin_objects,
    kin_subjects,
    manners_written,
    noun_subjects,
    own_people_written,
    owned_subjects,
    people_prepositions,
    places_after_going,
    plural_adjective_nouns,
    possessed_plurals,
    quantified_plurals,
    reflexives_written,
    role_subjects,
    roles_definite,
    subjects_after_without,
    weekdays_lowered,
)
from assistant.nlp.signs import degrees_before, spoken_appositions, written_ranges
from assistant.nlp.spoken_reason import spoken_reason_written
from assistant.nlp.telegraph import articles_at_clause_end, direction_before_names
from assistant.nlp.verb_second import verbs_after_subjects, verbs_second
from assistant.nlp.we_pair import we_pairs_written
from assistant.nlp.weekday_compounds import weekday_compounds
from assistant.nlp.zero_plural import same_in_plural, zero_plural_gender

_MAX_REPEAT = 6  # longest run of words removed when said twice in a row
_MIN_SMALL_PART = 4  # fewest letters of a capital word matched to one written small ("buna")
_PREDICATE_PLURAL_END = 3  # "børnene" ("ene"): a subject the lemma table knows as inflected


# --- repairs ------------------------------------------------------------------------------------


def _bare(word: str) -> str:
    return fold(word.strip(_EDGE))


def _with_case(new: str, old: str) -> str:
    """`new` with the capital and trailing punctuation of `old`."""
    core = old.rstrip(_EDGE)
    tail = old[len(core) :]
    if core[:1].isupper():
        new = new[:1].upper() + new[1:]
    return new + tail


def agree(words: list[str], grammar: Grammar) -> list[str]:
    """Make possessives agree with the noun after them ("min barnebarn" → "mit barnebarn"), also
    past an adjective ("min beskidte undertøj" → "mit beskidte undertøj"); with no known noun, an
    agreeing word says the number ("min egne sager" → "mine egne sager")."""
    forms = {fold(f): row for row in grammar.possessives for f in row}
    out = list(words)
    for i, word in enumerate(out):
        row = forms.get(_bare(word))
        if row is not None and word[-1:] in _EDGE and _bare(word) in grammar.possessive_words:
            kind = _predicate_of(out, i, grammar)  # "havet er min, og …" → "havet er mit, og …"
            if kind is not None:
                out[i] = _with_case(row[{"c": 0, "n": 1, "pl": 2}[kind]], word)
            continue
        if row is None or word[-1:] in _EDGE or _standing_alone(out, i, forms, grammar):
            continue
        j, said = i + 1, None
        while j < len(out) and _bare(out[j]) in forms and out[j][-1:] not in _EDGE:
            said = _kind_of_form(out[j], forms) or said  # "min egen have": the noun decides
            j += 1
        if j + 1 < len(out) and _adjective_before_noun(out[j], out[j + 1], grammar):
            j += 1
        kind = None
        if j < len(out):
            kind = grammar.noun_kind(out[j]) or grammar.article_genders.get(_bare(out[j]))
            alone = (
                j + 1 >= len(out) or _noun_after(out[j + 1], grammar) is None
            )  # "min ny rollator"
            if kind is None and j == i + 1 and alone and _kind_of_form(word, forms) in ("c", "n"):
                kind = _one_gender(out[j], grammar)  # "min hjerte" → "mit hjerte"
                kind = kind or zero_plural_gender(out[j], grammar)  # "min sår" → "mit sår"
        if _kind_of_form(word, forms) == "pl" and j < len(out) and same_in_plural(out[j], grammar):
            kind = "pl"  # "mine julekort": 15 of them, the plural is the same word
        if kind == "pl" and j < len(out) and same_in_plural(out[j], grammar):
            # "vores (helt) egen ting": "ting" is one or many, "egen" says one; it stays
            one = said or (
                _kind_of_form(word, forms) if _bare(word) in grammar.agreeing_words else None
            )
            kind = one if one in ("c", "n") else kind
        if j < len(out) and kind != "pl" and _plural_said(out, i, j, grammar):
            kind = "pl"  # "begge min ben" → "begge mine ben"; "min hænder" → "mine hænder"
        many = grammar.possessed_plurals.get(_bare(out[j])) if j == i + 1 < len(out) else None
        if many and kind in ("c", "n") and _kind_of_form(word, forms) == "pl":
            out[j], kind = _with_case(many, out[j]), "pl"  # "mine barnebarn" → "mine børnebørn"
        if kind is None and said is None and (j >= len(out) or grammar.noun_kind(out[j]) is None):
            kind = _predicate_of(out, i, grammar)  # "køkkenet er min igen" → "… er mit igen"
        kind = kind or said
        if kind is not None:
            out[i] = _with_case(row[{"c": 0, "n": 1, "pl": 2}[kind]], word)
    return out


def _standing_alone(words: list[str], i: int, forms: dict, grammar: Grammar) -> bool:
    """True for a word that agrees only after a possessive or an article ("mit andet hjem")
    said without one: "være sammen med andre en gang om ugen" has no noun of its own."""
    if _bare(words[i]) in grammar.possessive_words:
        return False
    before = _bare(words[i - 1]) if i else ""
    return before not in forms and before not in grammar.article_genders


def _plural_said(words: list[str], i: int, j: int, grammar: Grammar) -> bool:
    """True when the noun at words[j] after the possessive at words[i] is plural by what is
    said: a quantifier of several before the possessive ("begge min ben", "alle min ting"), or a
    plural form of a known noun the lemma table gives ("hænder": "hånd")."""
    before = words[i - 1] if i else ""
    if before[-1:] not in _EDGE and _bare(before) in grammar.subject_quantifiers:
        return _gender(words[j], grammar) is not None
    w = words[j].strip(_EDGE).lower()
    lemma = grammar.lemma_forms.get(w, w)
    return (
        lemma != w
        and grammar.noun_kind(w) not in ("c", "n")  # "sukker" is listed one, no "sukke" plural
        and w.endswith(tuple(e for e in grammar.plural_endings if len(e) > 1))  # "hænder"
        and _gender(lemma, grammar) in ("c", "n")
        and grammar.definite_singular(lemma) != w
    )


def _gender(noun: str, grammar: Grammar) -> str | None:
    """c / n / pl of a noun by the noun list, else c / n by its definite ending (nouns.json)."""
    kind = grammar.noun_kind(noun)
    ending = None if kind else grammar.noun_class(noun)
    return kind or (None if ending is None else "n" if ending.rstrip("+").endswith("t") else "c")


def _noun_after(word: str, grammar: Grammar) -> str | None:
    """c / n / pl of a word after a bare noun that may be a noun; None for a known adjective
    ("min hjerte varm": "varm" has a noun class in nouns.json, yet says how the heart is)."""
    bare = _bare(word)
    if bare in grammar.plural_adjectives or bare in grammar.bare_adjectives:
        return None
    return _gender(word, grammar)


def _one_gender(noun: str, grammar: Grammar) -> str | None:
    """c / n of a bare noun the noun list lacks by its one definite ending in nouns.json
    ("hjerte": "t", neuter); None for a noun of both genders ("n|t"), none or a plural."""
    w = noun.strip(_EDGE).lower()
    ending = grammar.noun_class(w)
    if ending is None or "|" in ending or grammar.lemma_forms.get(w, w) != w:
        return None
    return "n" if ending.rstrip("+").endswith("t") else "c"


def _predicate_of(words: list[str], i: int, grammar: Grammar) -> str | None:
    """c / n / pl of a definite noun that is the subject of a verb of being right before the
    possessive at words[i]: "køkkenet er min" says the kitchen's gender ("mit")."""
    if i < 2 or _bare(words[i - 1]) not in grammar.be_verbs or words[i - 2][-1:] in _EDGE:
        return None
    w = words[i - 2].strip(_EDGE).lower()
    lemma = grammar.lemma_forms.get(w, w)
    kind = _gender(lemma, grammar)
    if lemma == w or kind not in ("c", "n"):
        return None
    if grammar.definite_singular(lemma) == w:
        return kind
    # a known noun's inflected form, so a short ending is enough ("børnene er hans": "mine")
    return "pl" if _plural_definite(w, grammar, _PREDICATE_PLURAL_END) else None


def _kind_of_form(word: str, forms: dict) -> str | None:
    """c / n / pl of an agreeing form whose row tells them apart ("egne" → pl; "hans" → None)."""
    row = forms[_bare(word)]
    folded = [fold(f) for f in row]
    if len(set(folded)) < len(folded):
        return None
    return ("c", "n", "pl")[folded.index(_bare(word))]


def _adjective_before_noun(word: str, noun: str, grammar: Grammar) -> bool:
    """True for an adjective in its -e form between a possessive and a known noun ("beskidte");
    not a noun of the lemma table before a direction ("min egen indkøbspose hjem")."""
    bare, said = _bare(word), nfc(word.strip(_EDGE)).lower()
    if _bare(noun) in grammar.motion_adverbs and grammar.lemma_forms.get(said + "n") == said:
        return False
    return (
        word[-1:] not in _EDGE
        and bare.endswith("e")
        and bare.isalpha()
        and grammar.noun_kind(word) is None
        and bare not in grammar.function_words
        and grammar.noun_kind(noun) is not None
    )


def drop_stacked_modals(words: list[str], grammar: Grammar) -> list[str]:
    """Drop a "kunne" right after "kan"/"kunne" ("så jeg kan kunne hente" → "kan hente") or
    right before a verb of being able of its own ("vil kunne turde gå" → "vil turde gå")."""
    out: list[str] = []
    for k, word in enumerate(words):
        if (
            out
            and _bare(word) in grammar.can_forms
            and _bare(out[-1]) in grammar.can_forms
            and out[-1][-1:] not in _EDGE
        ):
            continue
        after = _bare(words[k + 1]) if k + 1 < len(words) else ""
        lead = _bare(out[-1]) if out else ""
        if (
            after in grammar.able_verbs
            and _bare(word) in grammar.can_forms
            and (lead in grammar.modals or lead in grammar.independence_words)
        ):
            continue  # "vil (selv) kunne turde"; "så jeg kan turde" stays
        out.append(word)
    return out


def _meant_twice(words: list[str], i: int, grammar: Grammar | None) -> bool:
    """Whether the single word at i, said again at i + 1 after a comma, is meant twice: the
    preposition then the conjunction ("bekymre sig om, om jeg får …")."""
    return grammar is not None and words[i].endswith(",") and _bare(words[i]) in grammar.said_twice


def drop_repeats(words: list[str], grammar: Grammar | None = None) -> list[str]:
    """Remove a word or a run of words said twice in a row ("så jeg kan så jeg kan"); a word
    the grammar says twice on purpose after a comma stays ("om, om jeg")."""
    out = list(words)
    changed = True
    while changed:
        changed = False
        bare = [_bare(w) for w in out]  # each word's bare form once per pass
        for n in range(_MAX_REPEAT, 0, -1):
            for i in range(len(out) - 2 * n + 1):
                first = bare[i : i + n]
                if n == 1 and _meant_twice(out, i, grammar):
                    continue
                if first == bare[i + n : i + 2 * n] and all(first):
                    del out[i + n : i + 2 * n]
                    changed = True
                    break
            if changed:
                break
    return out


def lower_openers(words: list[str], grammar: Grammar) -> list[str]:
    """Lower-case an answer's typed capital inside the sentence ("kunne Rede seng Hver morgen"):
    a word that is never a name there, or an infinitive just after a modal. Names stay."""
    out = list(words)
    small = None  # the words written small in the sentence, made for the first capital
    for i in range(1, len(out)):
        w = out[i]
        if not (w[:1].isupper() and w[1:] == w[1:].lower()):
            continue
        low = w.lower()
        bare = fold(low.strip(_EDGE))
        if small is None:
            small = [_bare(v) for v in out if v[:1].islower()]
        after_modal = fold(out[i - 1].lower()) in grammar.modals and grammar.is_infinitive(low)
        if after_modal and _inverted_name(out, i, grammar):
            continue  # "så skal Inge ikke gå derned": the name is the subject, no verb
        # "fordi Koret er mine venner": an answer's first word after the frame's lead, a noun
        opens = (
            _bare(out[i - 1]) in grammar.subordinators
            and not _first_name(low, grammar)
            and (
                grammar.is_noun_form(low)
                or _plural_definite(low, grammar)
                or definite_noun(low, grammar)
                or _table_noun_opens(out, i, grammar)
                or _word_subject_opens(out, i, grammar)
                or _written_small(_bare(low), small)
            )
        ) or (_bare(out[i - 1]) in grammar.thing_leads and _thing_opens(low, grammar))
        if _opens_title(out, i, grammar):
            continue  # "spille Den blå anemone": a title typed with its capital
        if bare in grammar.never_capital or after_modal or opens:
            out[i] = low
    return out


def _thing_opens(word: str, grammar: Grammar) -> bool:
    """True for a known noun's definite form, no first name, after "med" ("med Protesen")."""
    known = definite_noun(word, grammar) or grammar.is_noun_form(word)
    return known and not _first_name(word, grammar)


def _written_small(word: str, small: list[str]) -> bool:
    """True for a word the same sentence writes small elsewhere, alone or as a compound's first
    part ("lave buna …, fordi Buna er hjem"; "ved cricketkampene …, fordi Cricket er alt"): a
    word no name, its capital only the answer's first."""
    if len(word) < _MIN_SMALL_PART or not word.isalpha():
        return False
    return any(v == word or (v.startswith(word) and len(v) > len(word) + 2) for v in small)


def _table_noun_opens(words: list[str], i: int, grammar: Grammar) -> bool:
    """True for a noun of the noun table at i that opens its clause, a small word after it
    ("fordi Høns er mit arbejde"); one alone ("fordi Frisør, det er godt") or a title before
    a name ("fordi Frisør Ali er min ven") stays as typed."""
    word = words[i]
    if word[-1:] in _EDGE or i + 1 >= len(words) or not words[i + 1][:1].islower():
        return False
    return grammar.noun_classes.get(nfc(word.lower()), "-") != "-"


def _word_subject_opens(words: list[str], i: int, grammar: Grammar) -> bool:
    """True for a word form of the lemma table at i, no place's name nor infinitive, that a
    finite verb follows: the clause's subject, a common word ("fordi Bøger er mit liv")."""
    low = nfc(words[i].lower())
    if low[-1:] in _EDGE or i + 1 >= len(words) or not words[i + 1][:1].islower():
        return False
    if low not in grammar.lemma_forms or grammar.noun_classes.get(low) == "-":
        return False
    if grammar.is_infinitive(low):
        return False  # "fordi Strikke er min ro": infinitive_subjects
    nxt = words[i + 1].rstrip(_EDGE)
    return _bare(nxt) in grammar.modals or grammar.is_present(nxt) or grammar.is_past(nxt)


def _first_name(word: str, grammar: Grammar) -> bool:
    """True for a first name, one that is a noun too ("bo", "rose", "sten": "fordi Bo er min
    ven", "så Rose ikke skal køre") or none ("karen")."""
    w = nfc(word.strip(_EDGE))
    return w in grammar.person_names or w in grammar.noun_names


def _opens_title(words: list[str], i: int, grammar: Grammar) -> bool:
    """True for a capital word a title opens with right after a verb of a song, a book or a
    film, before a small word of the title ("synge Det er hvidt herude", "læse Den lille
    prins"); "se Det" alone or "spille Med mine venner" is no title."""
    if i + 1 >= len(words) or _bare(words[i - 1]) not in grammar.title_verbs:
        return False
    word, nxt = words[i], words[i + 1]
    opens = word[:1].isupper() and _bare(word) in grammar.title_openers
    counted = grammar.counts_units(words[i + 1 : i + 3])  # "spille En hel time": an amount
    return opens and nxt[:1].isalpha() and nxt[:1].islower() and not counted


def _inverted_name(words: list[str], i: int, grammar: Grammar) -> bool:
    """True for a first name of the names data right after a modal and before a negation, a
    clause adverb or an infinitive: the clause's subject after its verb ("så skal Inge ikke gå",
    "nu kan Else komme med", "så skal Bente også med"), never the modal's infinitive."""
    if words[i].strip(_EDGE).lower() not in grammar.person_names or i + 1 >= len(words):
        return False
    nxt = _bare(words[i + 1])
    return nxt in grammar.negations | grammar.clause_adverbs or grammar.is_infinitive(nxt)


def definite_noun(word: str, grammar: Grammar) -> bool:
    """True for a word the lemma table gives as a form of a shorter lemma with a noun's ending
    ("stranden": "strand", "kirken": "kirke"): a definite noun, no name ("fordi Stranden er mit
    sted")."""
    w = fold(word.strip(_EDGE))
    lemma = fold(grammar.lemma_forms.get(w, w))
    ends = {e for _, ends in grammar.noun_endings for e in ends}
    return lemma != w and w.startswith(lemma[:-1]) and any(w.endswith(e) for e in ends)


def _plural_definite(word: str, grammar: Grammar, shortest: int = 4) -> bool:
    """True for a word that ends as a plural noun's definite form of `shortest` letters or more
    ("bøgerne", "knapperne"): no name ends so ("fordi Bøgerne er mit selskab")."""
    ends = [
        e for kind, ends in grammar.noun_endings if kind == "pl" for e in ends if len(e) >= shortest
    ]
    w = fold(word.strip(_EDGE))
    return any(w.endswith(e) and len(w) > len(e) + 2 for e in ends)


def say_selv_once(words: list[str], grammar: Grammar) -> list[str]:
    """Keep one "selv" in the wish clause (to its first comma or stop): "Jeg vil selv kunne gå i
    bad selv, …" → "… gå i bad, …"; "Jeg vil selv kunne klare mig selv" keeps "mig selv"."""
    end = next((k for k, w in enumerate(words) if w[-1:] in _EDGE), len(words) - 1)
    said = [k for k in range(end + 1) if _bare(words[k]) in grammar.once_in_wish]
    if len(said) < 2:
        return words
    keep = said[0]
    for k in said[1:]:
        if _bare(words[k - 1]) in grammar.self_objects:
            keep = k  # "mig selv": the reflexive's own
    out = list(words)
    for k in reversed(said):
        if k != keep:
            tail = out[k][len(out[k].rstrip(_EDGE)) :]
            if tail and k and out[k - 1][-1:] not in _EDGE:
                out[k - 1] += tail
            del out[k]
    return out


_SENTENCE_END = ".!?"  # a mark that ends a sentence, not a clause


def drop_spoken_fillers(words: list[str], grammar: Grammar) -> list[str]:
    """Drop spoken fillers pasted in from an answer ("med elcyklen altså," → "med elcyklen,");
    one that ends a sentence or the text takes the comma before it along ("mit bidrag, haha."
    → "mit bidrag.")."""
    out: list[str] = []
    for k, word in enumerate(words):
        if _bare(word) in grammar.spoken_fillers and out:
            tail = word[len(word.rstrip(_EDGE)) :]
            ends = k == len(words) - 1 or (tail != "" and tail[-1] in _SENTENCE_END)
            if ends and out[-1][-1:] == ",":
                out[-1] = out[-1][:-1] + tail.lstrip(",")
            elif tail and out[-1][-1:] not in _EDGE:
                out[-1] += tail
            continue
        out.append(word)
    return out


def written_as(words: list[str], table: dict[tuple[str, ...], tuple[str, ...]]) -> list[str]:
    """Every phrase of a table (said words, folded → written words) in its written words; a
    phrase left out keeps its punctuation on the word before."""
    out: list[str] = []
    i = 0
    while i < len(words):
        for said, plain in table.items():
            n = len(said)
            span = words[i : i + n]
            inner = all(w[-1:] not in _EDGE for w in span[:-1])
            if len(span) == n and inner and tuple(_bare(w) for w in span) == said:
                tail = span[-1][len(span[-1].rstrip(_EDGE)) :]
                if plain:
                    out.extend([*plain[:-1], plain[-1] + tail])
                elif tail and out and out[-1][-1:] not in _EDGE:
                    out[-1] += tail
                i += n
                break
        else:
            out.append(words[i])
            i += 1
    return out


def drop_spoken_pointers(words: list[str], grammar: Grammar) -> list[str]:
    """Drop a spoken pointing word before its article ("med sådan en tung ske" → "med en tung
    ske"): the goal is read where the thing cannot be pointed at."""
    out: list[str] = []
    for i, word in enumerate(words):
        through = grammar.spoken_pointers.get(fold(word).lower())
        if through and i + 1 < len(words) and _bare(words[i + 1]) in through:
            continue
        nxt = _bare(words[i + 1]) if i + 1 < len(words) else ""
        if (
            out
            and _bare(word) == grammar.pointing_there
            and _bare(out[-1]) in grammar.pointing_there_after
            and word[-1:] not in _EDGE
            and (nxt[:1].isdigit() or nxt in grammar.amount_words)
        ):
            continue  # "de der seks hundrede meter": "de seks hundrede meter"
        if out and i + 1 < len(words) and _pointing_at_thing(out[-1], word, words[i + 1], grammar):
            continue  # "i stedet for den der mad fra kommunen": "den mad fra kommunen"
        out.append(word)
    return out


def _pointing_at_thing(before: str, word: str, nxt: str, grammar: Grammar) -> bool:
    """True for the spoken "der" of "den der mad", "det der skærebræt": after a pointing article,
    before a word that is no verb, adverb or negation ("den der kommer", "det der er jul", "den
    der ikke svarer" begin a relative clause and keep it)."""
    if _bare(word) != grammar.pointing_there or word[-1:] in _EDGE or before[-1:] in _EDGE:
        return False
    if _bare(before) not in set(grammar.pointing_articles) | grammar.pointing_there_after:
        return False
    first = _bare(nxt)
    if not first.isalpha() or first in grammar.clause_adverbs | grammar.negations:
        return False  # "den der altid hjælper", "den der ikke svarer"
    return first not in grammar.function_words and not _finite(nxt, grammar)


def _finite(word: str, grammar: Grammar) -> bool:
    """A verb of a clause: present or past tense, or a modal."""
    w = _bare(word)
    return grammar.is_present(word) or grammar.is_past(word) or w in grammar.modals


def write_approximations(words: list[str], grammar: Grammar) -> list[str]:
    """A spoken approximation before an amount, written ("ud til lågen en tredive meter" → "ud
    til lågen ca. tredive meter", "en 300 meter" → "ca. 300 meter"); "en halv time" stays."""
    out = list(words)
    written = grammar.approximate_written
    for i, word in enumerate(out[:-1]):
        nxt = _bare(out[i + 1])
        amount = nxt[:1].isdigit() or nxt in grammar.amount_words
        if (
            written
            and _bare(word) in grammar.approximate_said
            and word[-1:] not in _EDGE
            and amount
            and nxt not in grammar.approximate_not_before
        ):
            out[i] = written
    return out


def mend_inner_stops(words: list[str], grammar: Grammar) -> list[str]:
    """A pasted answer's full stop before a small letter inside the sentence is a comma
    ("være der hele formiddagen. ni til tolv"); "den 2. marts" and "kl. 10" stay."""
    out = list(words)
    for i, word in enumerate(out[:-1]):
        core = word[:-1]
        nxt = out[i + 1]
        if (
            word.endswith(".")
            and core[-1:].isalpha()
            and fold(core) not in grammar.abbreviations
            and nxt[:1].isalpha()
            and nxt[:1].islower()
        ):
            out[i] = core + ","
    return out


def drop_cut_ends(words: list[str], grammar: Grammar) -> list[str]:
    """Drop the conjunction a clause cut short ends on ("… med køerne og." → "… med køerne.")."""
    out = list(words)
    i = len(out) - 1
    while i > 1:
        word = out[i]
        ends = i == len(out) - 1 or word[-1:] in _EDGE
        if ends and _bare(word) in grammar.cut_ends and out[i - 1][-1:] not in _EDGE:
            tail = word[len(word.rstrip(_EDGE)) :]
            out[i - 1] += tail
            del out[i]
        i -= 1
    return out


def _verb_like(word: str, g: Grammar) -> bool:
    """True for a word that reads as an infinitive and is no known noun or function word."""
    bare = _bare(word)
    if not word[:1].islower() or not bare.isalpha() or not g.is_infinitive(word):
        return False
    blocked = g.not_verbs | g.function_words | g.negations | g.dangling | g.spoken_fillers
    # "have syklubben herhjemme igen og …": a place adverb in -e is no verb of a list
    blocked |= g.static_adverbs | g.place_adverbs
    return bare not in blocked and g.noun_kind(word) is None


def _noun_goes_on(words: list[str], x: int, g: Grammar) -> bool:
    """True when words[x] may be the noun of a phrase begun before it ("en hel maskine", "de
    tre bunde", "to gange"): an article or a number word one or two words back, a quantifier
    or a possessive just before ("alle flaskerne"), a digit just before ("2 gange", not "kl 8
    spise")."""
    near = [_bare(w) for w in words[max(0, x - 2) : x]]
    if _bare(words[x - 1]) in g.articles | g.amount_words:
        return True
    # "til tolv mand skrælle …": a noun after the number ends its phrase; an infinitive no noun
    counted = x > 1 and g.noun_kind(words[x - 1]) is not None and g.noun_kind(words[x]) is None
    if any(w in g.articles | g.amount_words for w in near) and not counted:
        return True
    before = words[x - 1]
    if _bare(before) in g.plural_quantifiers | g.possessive_words:
        return True  # "putte alle flaskerne og …", "hente mine bøtter og …": a noun
    return before[:1].isdigit() and (x < 2 or _bare(words[x - 2]) not in g.abbreviations)


def _genitive_before(words: list[str], x: int, g: Grammar) -> bool:
    """True when words[x] is the thing of a genitive just before it ("på birthes billede",
    "Karens have"): a name's or a noun's -s after a preposition, or a name's."""
    before = _bare(words[x - 1])
    if len(before) < 4 or not before.endswith("s") or g.is_present(before):
        return False
    lead = _bare(words[x - 2]) if x > 1 else ""
    return words[x - 1][:1].isupper() or (lead in g.dangling and lead not in g.articles)


def comma_verb_lists(words: list[str], g: Grammar) -> list[str]:
    """Commas between verb phrases said as a list without them ("kunne stå op kl 8 spise
    morgenmad og gå en tur" → "stå op kl 8, spise morgenmad og gå en tur"; a dropped "altså":
    "bruge min telefon skrive beskeder … og høre …"): in the verb phrase after a modal (or a
    sign that opens with its verb), an infinitive after a whole verb phrase, with no join or
    lead before it, when the list ends on "og" and a verb. "se børnene spille fodbold og …"
    (a verb that takes an object and an infinitive) is one phrase."""
    out = list(words)
    starts = [0] + [
        i + 1 for i, w in enumerate(out) if _bare(w) in g.modals and w[-1:] not in _EDGE
    ]
    blockers = g.modals | g.dangling | g.clause_joins | g.subordinators | g.negations
    blockers |= g.degree_words  # "bruge lidt længere tid": a comparative, no verb
    ends = g.subject_pronouns | g.subordinators
    for s in starts:
        k = s
        while k < len(out) and _bare(out[k]) in g.pre_modal_adverbs and out[k][-1:] not in _EDGE:
            k += 1
        if k >= len(out) or not _verb_like(out[k], g):
            continue
        end = next(
            (
                j
                for j in range(k + 1, len(out))
                if out[j - 1][-1:] in _EDGE or _bare(out[j]) in ends
            ),
            len(out),
        )
        joins = [
            j
            for j in range(k + 1, end - 1)
            if _bare(out[j]) in g.main_joins and _verb_like(out[j + 1], g)
        ]
        if not joins:
            continue
        head = _bare(out[k])
        for x in range(k + 2, joins[-1] - 1):
            before = out[x - 1]
            if not _verb_like(out[x], g) or before[-1:] in _EDGE:
                continue
            listed = not (
                _bare(before) in blockers
                or _verb_like(before, g)
                or _noun_goes_on(out, x, g)
                or _genitive_before(out, x, g)
                or head in g.object_infinitive_verbs
            )
            if listed:
                out[x - 1] = before + ","
            head = _bare(out[x])
        _joins_as_commas(out, k, end, g)
    return [w for w in out if w]


def _joins_as_commas(out: list[str], k: int, end: int, g: Grammar) -> None:
    """ "skrælle kartoflerne og skære kødet og have maden klar": a list of three verb phrases or
    more joined by "og" each, an object before each join, is written with commas but the last
    ("gå og handle og lave mad" keeps its verb pair)."""
    joins = [
        j
        for j in range(k + 1, end - 1)
        if _bare(out[j]) == g.and_word
        and out[j + 1][:1].islower()
        and g.is_infinitive(out[j + 1])
        and _bare(out[j + 1]) not in g.function_words
        and not _definite_plural(out[j + 1], g)  # "flaskerne og dåserne": nouns, no verbs
    ]
    if len(joins) < 2 or not all(_object_end(out[j - 1], g) for j in joins):
        return
    if not any(w.endswith(",") for w in out[k : joins[0]]):
        return  # "skrælle kartofler og koge dem og lave sovs": said so, no list begun by commas
    for j in joins[:-1]:
        out[j - 1] += ","
        out[j] = ""


def _definite_plural(word: str, g: Grammar) -> bool:
    """True for a noun's definite plural by the lemma table ("dåserne", "kartoflerne")."""
    low = nfc(word.strip(_EDGE)).lower()
    return g.lemma_forms.get(low, low) != low and low.endswith(("ene", "erne"))


def _object_end(word: str, g: Grammar) -> bool:
    """True for a word that ends a verb's object ("kødet", "kartoflerne", "bord"), no verb."""
    if word[-1:] in _EDGE or not word.isalpha():
        return False
    if not _verb_like(word, g):
        return True
    low = nfc(word).lower()
    lemma = g.lemma_forms.get(low, low)
    return lemma != low and low.endswith(("ene", "erne", "et", "en"))


def own_reflexives(words: list[str], grammar: Grammar) -> list[str]:
    """A third-person reflexive in a clause whose subject is "jeg" is the first person's ("så jeg
    ikke føler mig som en patient i sit eget hjem" → "i mit eget hjem"); a clause with its own
    subject ("… min kone med at finde sine briller", "så han kan se sine venner") keeps it."""
    g = grammar
    out = list(words)
    subject_is_self = False
    for i, word in enumerate(out):
        bare = _bare(word)
        nxt = out[i + 1] if i + 1 < len(out) else ""
        if bare == g.self_subject:
            subject_is_self = True
        elif bare in g.subject_pronouns | g.subordinators or (i and word[:1].isupper()):
            subject_is_self = False
        elif bare in g.main_joins and not _verb_follows(nxt, g):
            subject_is_self = False  # "og min kone kan …": a new subject
        elif bare in g.reflexive_third and subject_is_self and person_owns(out, i, g):
            owners = given_owners_possessive(out, i, g)  # "give min søn sin julegave": his
            out[i] = _with_case(owners, word) if owners else word
        elif bare in g.reflexive_third and subject_is_self and bare in g.first_person:
            out[i] = _with_case(g.first_person[bare], word)
        if word[-1:] in _EDGE:
            subject_is_self = False
    return out


def own_reflexives_after_self(words: list[str], grammar: Grammar) -> list[str]:
    """own_reflexives for a verb phrase said after "jeg kan" (the sign "… når jeg kan sætte sig
    ind på forsædet", a relative's "han sætter sig" with its subject left out): the phrase's
    subject is "jeg", so its reflexives are "mig"/"min" until a clause of its own begins."""
    return own_reflexives([grammar.self_subject, *words], grammar)[1:]


def _verb_follows(word: str, g: Grammar) -> bool:
    """True when the word after "og" goes on with the same subject ("og fiske", "og kan")."""
    bare = _bare(word)
    if not bare or bare in g.possessive_words | g.function_words | g.subject_pronouns:
        return False
    return g.is_infinitive(word) or g.is_present(word) or bare in g.modals


def _joins_a_clause(word: str, g: Grammar) -> bool:
    """Whether a spoken "det er" may follow this word inside one clause ("fordi det er", "og det
    er", "synes det er", "så er det")."""
    b = _bare(word)
    joins = g.clause_subordinators | g.subordinators | g.main_joins | g.question_words
    return b in joins | g.clause_verbs | g.modals or g.is_present(b) or g.is_past(b)


def mend_spoken_run_ons(words: list[str], g: Grammar) -> list[str]:
    """A spoken sentence run on into a finite clause without a join: a comma before it ("med
    fiskerne det er der jeg hører til" → "fiskerne, det er …"); one that only says when loses its
    opening words ("biblioteket igen den er hver anden onsdag" → "igen hver anden onsdag")."""
    out = list(words)
    size = max((len(s) for s in g.spoken_sentence_starts), default=0)
    i, clause_start = 1, 0
    while i < len(out) - size:
        prev = out[i - 1]
        if prev[-1:] in _EDGE:
            clause_start = i
        start = tuple(_bare(w) for w in out[i : i + size])
        if (
            start in g.spoken_sentence_starts
            and prev[-1:] not in _EDGE
            and not _joins_a_clause(prev, g)
            and not _opens_title(out, i, g)  # "synge Det er hvidt herude"
            and not any(_bare(w) in g.question_words for w in out[max(0, i - 3) : i])
            and any(g.is_present(w) or _bare(w) in g.modals for w in out[clause_start : i - 1])
        ):
            if _bare(out[i + size]) in g.spoken_aside_times:
                del out[i : i + size]
                continue
            out[i - 1] = prev + ","
            clause_start = i
        i += 1
    return out


def add_empty_subjects(words: list[str], g: Grammar) -> list[str]:
    """A clause said in a second language's word order, a verb of coming or being right after
    its lead before an indefinite subject, with its empty subject ("når kommer gæster" → "når
    der kommer gæster"); "når kommer min datter", "når jeg kommer" stay."""
    if not g.empty_subject:
        return words
    out = list(words)
    for i in range(len(out) - 3, -1, -1):
        lead, verb, nxt = out[i : i + 3]
        if lead[-1:] in _EDGE or verb[-1:] in _EDGE or _bare(lead) not in g.empty_subject_leads:
            continue
        if _bare(verb) not in g.empty_subject_verbs or not nxt.islower():
            continue
        if _bare(nxt) in g.empty_subject_before or g.noun_kind(nxt) == "pl":
            out.insert(i + 1, g.empty_subject)
    return out


def write_org_names(words: list[str], g: Grammar) -> list[str]:
    """An organisation's name said in small letters, without æøå or as one word ("roede kors",
    "rødekors") written as the name ("Røde Kors"); a definite noun right after it joined with a
    hyphen ("Røde Kors-butikken")."""
    out: list[str] = []
    i = 0
    while i < len(words):
        name, n = _org_name_at(words, i, g)
        if not name:
            out.append(words[i])
            i += 1
            continue
        said_end = words[i + n - 1][len(words[i + n - 1].rstrip(_EDGE)) :]
        written = list(name)
        nxt = words[i + n] if i + n < len(words) else ""
        if not said_end and _org_compound_part(nxt, g):
            written[-1] = f"{written[-1]}-{nxt}"
            n += 1
        else:
            written[-1] += said_end
        out.extend(written)
        i += n
    return out


def _org_compound_part(word: str, g: Grammar) -> bool:
    """True for a definite noun said right after an organisation's name ("butikken"), not an
    adverb or function word with such an ending ("igen", "sammen")."""
    if not word.isalpha() or not word.islower() or not word.endswith(g.org_compound_endings):
        return False
    no_noun = g.org_not_compounds | g.function_words | g.clause_adverbs | g.phrase_end_adverbs
    return fold(word) not in no_noun | g.motion_adverbs | g.static_adverbs


def _org_name_at(words: list[str], i: int, g: Grammar) -> tuple[tuple[str, ...], int]:
    """(the organisation's name said from words[i], how many words it takes), else ((), 0)."""
    for name in g.org_names:
        parts = [fold(p).lower() for p in name]
        n = len(parts)
        said = [_bare(w).lower() for w in words[i : i + n]]
        inner = all(w[-1:] not in _EDGE for w in words[i : i + n - 1])
        if said == parts and inner:
            return name, n
        if _bare(words[i]).lower() == "".join(parts):
            return name, 1
    return (), 0


def write_kin_names(words: list[str], g: Grammar) -> list[str]:
    """A name typed in lower case after a possessive and a kin word, with a capital wherever
    the sentence says it ("min søster birthe … birthes billede" → "min søster Birthe …
    Birthes billede"); a word any word list knows stays ("min søster i Sverige")."""
    names = {
        _bare(words[i + 2])
        for i in range(len(words) - 2)
        if _bare(words[i]) in g.possessive_words
        and _bare(words[i + 1]) in g.kin_before_names
        and words[i + 1][-1:] not in _EDGE
        and (_lower_name(words[i + 2], g) or words[i + 2][:1].isupper())
        and _ends_a_name(words, i + 2, g)
    }  # a name written with its capital already ("min søn Michael … michaels billede") too
    out: list[str] = []
    for k, w in enumerate(words):
        b = _bare(w)
        seen = [*out, *words[k:]]  # "med Ove og holger": the names before with their capital
        if b in names or (b.endswith("s") and b[:-1] in names) or _first_name_at(seen, k, g):
            w = w[:1].upper() + w[1:]
        out.append(w)
    return out


def _first_name_at(words: list[str], k: int, g: Grammar) -> bool:
    """True for a first name of the names data typed or heard in lower case where a person
    stands: before a finite verb ("fordi karen synger med", "så ole ikke skal"), as a genitive
    ("ellens fødselsdag"), after one of first_name_leads ("med ole") or joined to a name
    before it ("med Ove og holger"); the data's firms and words stay ("på messenger", "2 poser
    max")."""
    core = words[k].rstrip(_EDGE)
    if not (core.islower() and core in g.person_names) or core in g.lemma_forms:
        return False
    if core.endswith("s") and core[:-1] in g.person_names:
        return True  # "ellens fødselsdag"
    if _noun_place(words, k, g):
        return False  # "bilens aksel", "en stor lise": a noun, no name
    before = words[k - 1] if k else ""
    if before[-1:] not in _EDGE and _bare(before) in g.first_name_leads:
        return True
    if k > 1 and before == g.and_word:
        named = words[k - 2].rstrip(_EDGE)
        if named[:1].isupper() and named.lower() in g.person_names:
            return True
    if words[k] != core:
        return False  # "det er karen, …": no verb of hers after it
    j = k + 1
    while j < len(words) - 1 and _bare(words[j]) in g.clause_adverbs:
        j += 1  # "så ole ikke skal"
    after = words[j].rstrip(_EDGE) if j < len(words) else ""
    return bool(after) and (g.is_present(after) or g.is_past(after) or _bare(after) in g.modals)


def _noun_place(words: list[str], k: int, g: Grammar) -> bool:
    """True where the word at k stands as a noun does: after an article, maybe an adjective
    between ("en stor lise", "den aksel"), or after a thing's genitive ("bilens aksel"; not a
    person's: "naboens karen")."""
    before = [w.strip(_EDGE).lower() for w in words[max(0, k - 2) : k]]
    if any(w[-1:] in _EDGE for w in words[max(0, k - 2) : k]):
        before = before[-1:] if words[k - 1][-1:] not in _EDGE else []
    if before[-1:] and before[-1] in g.articles:
        return True
    if len(before) == 2 and before[0] in g.articles and before[1] not in g.person_names:
        return True
    last = before[-1] if before else ""
    # a definite noun's genitive ("bilens", "vognens"), not a name ("Mogens") nor kin ("naboens")
    ending = next((e for e in g.definite_genitive_endings if last.endswith(e)), None)
    if ending is None or last in g.person_names:
        return False
    # "naboens", "konens", "sønnens": kin, whose name may follow
    stem = fold(last[: -len(ending)])
    return not any(_kin_stem(stem, w) for w in g.kin_before_names)


def _kin_stem(stem: str, kin: str) -> bool:
    """True when a definite genitive's stem is the kin word's: the word itself ("nabo" of
    "naboens"), its last vowel dropped ("kon" of "konens") or its last letter doubled ("soenn"
    of "sønnens")."""
    dropped = kin.startswith(stem) and len(kin) == len(stem) + 1
    return stem == kin or dropped or (stem[:-1] == kin and stem[-1:] == kin[-1:])


def _ends_a_name(words: list[str], k: int, g: Grammar) -> bool:
    """True when the word at k stands as a name does: before a preposition or a join, a mark
    or the end ("min søster birthe i Sverige"), not before a word it belongs with ("min søn
    hver gang")."""
    if words[k][-1:] in _EDGE or k + 1 == len(words):
        return True
    return _bare(words[k + 1]) in g.dangling


def _lower_name(word: str, g: Grammar) -> bool:
    """True for a lower-case word no word list of the grammar knows: no function word, verb
    form, adverb, amount or known noun."""
    core = word.rstrip(_EDGE)
    b = _bare(core)
    if not core.isalpha() or not core[:1].islower() or len(b) < 3:
        return False
    known = g.function_words | g.dangling | g.modals | g.main_joins | g.clause_adverbs
    known |= g.pre_modal_adverbs | g.spoken_fillers | g.independence_words | g.amount_words
    known |= g.static_adverbs | g.motion_adverbs | g.negations | g.subordinators | g.not_verbs
    known |= g.not_finite | g.degree_words | g.habit_adverbs | g.org_not_compounds  # "sammen"
    known |= g.subject_clause_leads | g.never_capital  # "til mit barnebarn inden det bliver født"
    if b in known or g.is_present(core) or g.is_past(core) or g.noun_kind(core) is not None:
        return False
    if core in g.lemmas:
        return False  # "til mit barnebarn færdig til jul": a word of the lemma table
    return g.infinitive_of_participle(core) is None or not core.endswith("t")


def comma_before_that(words: list[str], g: Grammar) -> list[str]:
    """A that-clause after a verb of seeing, knowing or saying gets the comma the templates write
    ("Jeg ved, at …"): "når jeg kan se, at rummet er tomt", "så hun ved, at jeg klarer mig";
    an "at" before an infinitive ("ved at kravle", "se at få det gjort") or a negation takes
    none."""
    if not g.that_verbs:
        return words
    out = list(words)
    for i in range(1, len(out) - 1):
        verb, lead, nxt = out[i - 1], out[i], out[i + 1]
        if verb[-1:] in _EDGE or lead[-1:] in _EDGE or _bare(lead) not in g.quote_that:
            continue
        if _bare(verb) not in g.that_verbs or not nxt.strip(_EDGE).isalpha():
            continue
        opens = _bare(nxt) in g.subject_pronouns | g.possessive_words or nxt[:1].isupper()
        if opens or not (g.is_infinitive(nxt) or _bare(nxt) in g.function_words | g.negations):
            out[i - 1] = verb + ","
    return out


_COUNT = re.compile(r"(\d+)(?:-(\d+))?")


def _counts_several(word: str, g: Grammar) -> bool:
    """True for a count of two or more: digits ("2", "2-3", "1-2") or a number word ("tre")."""
    if word[-1:] in _EDGE:
        return False
    bare = _bare(word)
    said = _COUNT.fullmatch(bare)
    if said:
        return said.group(2) is not None or int(said.group(1)) >= 2
    return bare in g.range_numbers


def _every_nth(words: list[str], i: int, g: Grammar) -> str | None:
    """The singular of the noun at i when "hver" and a count in digits stand before it ("hver
    14 dage", "hver 3 uge"): every n-th, written "hver 14. dag"; None otherwise."""
    every, count, noun = words[i - 2], words[i - 1], words[i]
    if _bare(every) not in g.every_counted or every[-1:] in _EDGE or not count.isdigit():
        return None
    bare = noun.strip(_EDGE).lower()
    lemma = g.lemma_forms.get(bare, bare)
    if lemma != bare and g.plural_of(lemma) == bare:
        return lemma  # "dage": the plural of "dag"
    return bare if g.definite_of(bare) else None  # "dag", "år": a noun the table knows


def counted_plurals(words: list[str], g: Grammar) -> list[str]:
    """A noun said in the singular after a count of two or more, in the plural the lemma table
    gives ("tre gang om ugen" → "tre gange", "varer for 2-3 dag" → "2-3 dage"), but after
    "hver" as an ordinal with its singular ("hver 14 dage" → "hver 14. dag"); then a period
    after "gange om" in its definite form ("2 gange om uge" → "om ugen"), also one said after
    "gange i" or "gange på" ("tre gange i uge" → "tre gange om ugen"; see period_leads_said)."""
    out = list(words)
    for i in range(1, len(out)):
        if not _counts_several(out[i - 1], g) or (i > 1 and _bare(out[i - 2]) in g.count_leads):
            continue
        if i > 1 and (singular := _every_nth(out, i, g)):
            out[i - 1], out[i] = out[i - 1] + ".", _with_case(singular, out[i])
            continue
        plural = g.plural_of(out[i])
        if plural:
            out[i] = _with_case(plural, out[i])
    for i in range(2, len(out)):
        counted, lead, nxt = out[i - 2], out[i - 1], out[i + 1] if i + 1 < len(out) else ""
        if (
            _bare(counted) in g.time_of_day_counted
            and counted[-1:] not in _EDGE
            and lead[-1:] not in _EDGE
            and not _bare(nxt)[:1].isdigit()  # "om uge 12": a week's number
        ):
            said_lead = _bare(lead) in g.period_leads_said and _bare(out[i]) in g.periods_said
            if _bare(lead) not in g.time_of_day_leads and not said_lead:
                continue
            definite = g.definite_of(out[i])
            if definite:
                out[i] = _with_case(definite, out[i])
                if said_lead:  # "tre gange i uge": "om ugen"
                    out[i - 1] = _with_case(_time_lead(g), lead)
    return out


def _said_present(word: str, g: Grammar) -> bool:
    """A present-tense verb the lemma table knows, in lower case: no name ("skal Jesper ikke")."""
    core = word.strip(_EDGE)
    return (
        core.islower()
        and _bare(word) not in g.modals
        and g.is_present(word)
        and (core in g.lemma_forms or _bare(word) in {fold(v) for v in g.present.values()})
    )


def _preposition_here(words: list[str], j: int, g: Grammar) -> bool:
    """True when words[j], one of preposition_presents ("ved"), opens a noun phrase and so is
    the preposition, not a present verb: "ikke ved siden af", "ved bordet", "ved min seng", "ved
    en høj stol"; "ikke ved det", "ved hvad der sker" are the verb."""
    if _bare(words[j]) not in g.preposition_presents or words[j][-1:] in _EDGE:
        return False
    if j + 1 >= len(words) or not words[j + 1].strip(_EDGE).islower():
        return False
    nxt = _bare(words[j + 1])
    if nxt in g.possessive_words | g.preposition_phrase_nouns:
        return True
    if nxt in {fold(a) for a in g.indefinite_articles.values()} or g.is_noun_form(nxt):
        return True
    said = nfc(words[j + 1].strip(_EDGE)).lower()
    lemma = g.lemma_forms.get(said)
    if not lemma or lemma == said:
        return False
    return said in (g.definite_of(lemma), g.definite_singular(lemma))  # "døren", "siden"


def infinitives_after_markers(words: list[str], g: Grammar) -> list[str]:
    """A present-tense verb after "at" or a modal said as the infinitive ("uden at taber gryden"
    → "uden at tabe gryden", "så jeg kan går" → "kan gå"), past a negation ("skal ikke bærer");
    a subject and a negation before a bare infinitive with no finite verb get must_word ("så jeg
    ikke bære" → "så jeg ikke skal bære")."""
    out = list(words)
    skip = g.negations | g.clause_adverbs
    for i, word in enumerate(out):
        if _bare(word) not in g.infinitive_after or word[-1:] in _EDGE:
            continue
        j = i + 1
        while j < len(out) - 1 and _bare(out[j]) in skip and out[j][-1:] not in _EDGE:
            j += 1
        if j < len(out) and _said_present(out[j], g) and not _preposition_here(out, j, g):
            if _clause_lead_here(out, j, g):
                continue  # "og at når jeg spiller, …": "når" leads a clause, no verb "nå"
            if _bare(out[j]) in g.learner_body_definites and _body_verb_next(out, j, g):
                continue  # "uden at hænder ryster": the hands and their verb, no "hænde"
            infinitive = g.infinitive_of(out[j])
            if infinitive:
                out[j] = _with_case(infinitive, out[j])
    done: list[str] = []
    for i, word in enumerate(out):
        if (
            g.must_word
            and i >= 2
            and _bare(out[i - 2]) in g.subject_pronouns
            and _bare(out[i - 1]) in g.negations
            and not any(w[-1:] in _EDGE for w in out[i - 2 : i])
            and (i == 2 or not _finite(out[i - 3], g))
            and g.is_bare_infinitive(word)
        ):
            done.append(g.must_word)
        done.append(word)
    return done


def _body_verb_next(words: list[str], j: int, g: Grammar) -> bool:
    """True when a present tense follows the word at j ("hænder ryster"): that word its subject."""
    return j + 1 < len(words) and words[j][-1:] not in _EDGE and _said_present(words[j + 1], g)


def _clause_lead_here(words: list[str], j: int, g: Grammar) -> bool:
    """True when words[j] is a "når" (one of when_leads) that leads a clause: a subject
    pronoun after it and the clause going on ("at når jeg spiller, så …")."""
    return (
        _bare(words[j]) in g.when_leads
        and words[j][-1:] not in _EDGE
        and j + 2 < len(words)
        and _bare(words[j + 1]) in g.subject_pronouns
        and words[j + 1][-1:] not in _EDGE
    )


def negated_list_items(words: list[str], g: Grammar) -> list[str]:
    """The last item of a list of verb phrases after a modal said negated with a bare
    infinitive ("kan tage bussen, finde stoppestedet, ikke ringe til min søn"): written "… uden
    at ringe …" after the item before it, its comma dropped; a sentence's own "ikke" stays."""
    if not g.negated_list_item:
        return words
    out = list(words)
    for i in range(len(out) - 2, 1, -1):
        if not out[i - 1].endswith(",") or _bare(out[i]) not in g.negations:
            continue
        if out[i][-1:] in _EDGE or not g.is_bare_infinitive(out[i + 1]):
            continue
        start = max((k + 1 for k in range(i) if out[k][-1:] in ".!?"), default=0)
        modal = next((k for k in range(start, i - 1) if _bare(out[k]) in g.modals), None)
        head = start if modal is None else modal + 1  # a sign's phrase opens with its verb
        if not (g.is_bare_infinitive(out[head]) or _bare(out[head]) in g.short_infinitives):
            continue  # "kan tage …": a list of verb phrases after the modal
        if sum(w.endswith(",") for w in out[head:i]) < 2:
            continue  # "…, ikke ringe" after one phrase only: maybe a clause of its own
        out[i - 1] = out[i - 1][:-1]
        out[i : i + 1] = g.negated_list_item.split()
    return out


def polish(text: str, grammar: Grammar) -> str:
    """Return text with agreement fixed, stacked modals, doubled words, a second "selv" in the
    wish clause, spoken fillers and a cut clause's last conjunction removed, a reflexive of
    "jeg" in the first person, a pasted full stop inside the sentence made a comma and commas
    between verb phrases said as a list."""
    words = spoken_appositions(text.split(), grammar)  # "mine ting øh syltetøjet og …"
    words = write_kin_names(words, grammar)  # "min søster birthe": no verb of a list
    words = lower_openers(drop_spoken_fillers(words, grammar), grammar)
    words = without_list_tails(words, grammar)  # "med uniform og ansigt og det hele så …"
    words = written_ranges(degrees_before(words, grammar), grammar)  # "tre fire" → "3-4"
    words = infinitives_after_markers(counted_plurals(words, grammar), grammar)
    words = write_approximations(drop_spoken_pointers(words, grammar), grammar)
    words = mend_spoken_run_ons(mend_inner_stops(words, grammar), grammar)
    words = spoken_reason_written(words, grammar)  # "fordi så er jeg … og folk venter"
    words = we_pairs_written(words, grammar)  # "vi har vores egen tid ham og mig": ", han og jeg"
    words = inverted_run_ons(words, grammar)  # "vores frihed derude er vi": "frihed, derude"
    words = weekday_compounds(words, grammar)  # "fordi fredag couscous, det er": "fredagscouscous"
    words = drop_cut_ends(own_reflexives(words, grammar), grammar)
    words = drop_repeats(drop_stacked_modals(agree(words, grammar), grammar), grammar)
    words = comma_verb_lists(say_selv_once(words, grammar), grammar)
    words = negated_list_items(words, grammar)
    words = comma_before_that(add_empty_subjects(words, grammar), grammar)
    words = habit_weekdays_written(coordinated_infinitives(words, grammar), grammar)
    words = pointed_nouns_written(bare_nouns_written(words, grammar), grammar, _bare_noun)
    words = placed_objects_written(words, grammar, _count_noun)  # "sætter fad på bordet"
    words = described_nouns_written(adjective_phrases_written(words, grammar), grammar)
    words = agree(kin_calls_written(taken_nouns_written(words, grammar), grammar), grammar)
    words = described_predicates(body_objects_definite(words, grammar), grammar)  # "hoved"
    words = body_subjects_definite(words, grammar)  # "uden at ryg gør ondt": "ryggen"
    words = learner_taught(learner_genitives(words, grammar), grammar)  # "min mor sin": "mors"
    words = counted_finished(words, grammar)  # "fem huer færdig": "fem huer færdige"
    words = articles_agreeing(words, grammar)  # "en monteringsstativ": "et …"
    words = whole_articles(words, grammar)  # "spille helt spil": "spille et helt spil"
    words = adjectives_agreeing(definite_adjectives_written(words, grammar), grammar)
    words = plural_adjective_nouns(words, grammar, _bare_noun, _ends_phrase)  # "nye høreapparat"
    words = infinitive_subjects(words, grammar)  # "fordi Strikke er min ro"
    words = infinitives_marked(bare_states_written(words, grammar), grammar)
    words = articles_at_clause_end(names_beside_nouns(words, grammar), grammar)  # "gå en tur"
    words = direction_before_names(words, grammar)  # "gå Bazar Vest": "gå til Bazar Vest"
    words = places_after_going(words, grammar, _ends_phrase, _bare_noun)  # "gå kaffehus"
    words = people_prepositions(words, grammar)  # "snakke damerne": "snakke med damerne"
    words = company_after_thing(words, grammar)  # "spille yatzy og damerne": "med damerne"
    words = subjects_after_without(words, grammar, _verb_lemma)  # "uden Abdi trække mig op"
    words = that_after_without(words, grammar)  # "uden venstre hånd stopper": "uden at …"
    words = origin_places_written(words, grammar)  # "i syrisk forening": "i den syriske …"
    words = roles_definite(quantified_plurals(words, grammar), grammar, _ends_phrase)
    words = manners_written(possessed_plurals(words, grammar), grammar)  # "rigtig i boksen"
    words = weekdays_lowered(words, grammar)  # "med venner Tirsdag": "tirsdag"
    words = own_people_written(words, grammar)  # "jeg vil spille med venner": "med mine venner"
    words = role_subjects(words, grammar)  # "fordi Frisør er min ven": "fordi frisøren er"
    words = bare_verbs_after_subjects(words, grammar, _verb_lemma)  # "de spise": "de spiser"
    words = verbs_after_subjects(words, grammar)  # "når jeg musikken hører": "hører musikken"
    words = verbs_second(words, grammar, _verb_lemma)  # "og der jeg kan": "og der kan jeg"
    words = kin_subjects(words, grammar, _verb_lemma)  # "familie komme": "min familie kommer"
    words = kin_objects(words, grammar, _verb_lemma, _other_subject_before)  # "følge barnebarn"
    words = reflexives_written(words, grammar)  # "hun skal ikke bekymre for": "bekymre sig"
    words = particle_reflexives(words, grammar)  # "jeg kan bøje ned": "bøje mig ned"
    words = owned_subjects(words, grammar, _verb_lemma)  # "min mor lave": "min mor laver"
    words = noun_subjects(words, grammar, _bare_noun, _verb_lemma)  # "sælger kender": "sælgeren"
    words = kin_without_names(words, grammar)  # "med min mand Bent": "med min mand", last
    out = " ".join(write_org_names(words, grammar))
    return re.sub(r"\s+([,.])", r"\1", out)


# --- second-language noun phrases ---------------------------------------------------------------


def _stays_bare(word: str, g: Grammar, prep: str | None = None) -> bool:
    """True for a noun said bare on purpose after a preposition ("i seng", "til fods"), or a
    compound ending in one of four letters or more ("til eftermiddagskaffe"; "hospital" is no
    "tal"). An idiom of one preposition only is bare only after it ("på café", not "i café"),
    and a place whose ending looks like an activity's is none ("forening" is no "træning")."""
    b = _bare(word)
    only = g.bare_only_after.get(b)
    if only is not None and prep is not None and prep not in only:
        return False
    if any(b == w or b.endswith(w) for w in g.bare_part_not):
        return False
    return any(
        b == w or (len(w) > NOUN_PART and b.endswith(w) and len(b) - len(w) >= NOUN_PART)
        for w in g.bare_after_prepositions
    )


def _taught_subject(words: list[str], i: int, g: Grammar) -> bool:
    """True for the noun at i said right after a verb of subject_verbs and its preposition
    ("undervise i ikebana", "timer i keramik"): the subject taught, bare as said."""
    if i < 2 or words[i - 2][-1:] in _EDGE or words[i - 1][-1:] in _EDGE:
        return False
    return _bare(words[i - 1]) in g.subject_preps and _bare(words[i - 2]) in g.subject_verbs


def _surface_after(word: str, prep: str, g: Grammar) -> bool:
    """True for a noun of definite_after_on said after its preposition ("på gulv", "på
    køkkengulv"), a compound by its last part."""
    b = _bare(word)
    return any(b == w or b.endswith(w) for w in g.definite_after_on.get(prep, ()))


def _placed(words: list[str], k: int, g: Grammar) -> bool:
    """True when a place phrase follows the noun at k, a preposition and a definite noun or a
    name ("på bænk i parken"): one thing of that place, said indefinite, not the known one."""
    if k + 2 >= len(words) or words[k][-1:] in _EDGE or words[k + 1][-1:] in _EDGE:
        return False
    prep, place = _bare(words[k + 1]), words[k + 2].rstrip(_EDGE)
    if prep not in g.definite_after and prep not in g.definite_after_on or not place.isalpha():
        return False
    lemma = g.lemma_forms.get(place.lower(), place.lower())
    return place[:1].isupper() or (lemma != place.lower() and g.noun_class(lemma) is not None)


def _bare_noun(word: str, g: Grammar) -> bool:
    """True for a lower-case word the noun table knows in its bare singular, not another form
    of a noun ("trapper", "dage", "trappen", "hospitalet"), a function word ("med", "os",
    "min", "fire") or a kin word said as a name ("fra oldemor", "til farmor")."""
    core = word.rstrip(_EDGE)
    if not (core.isalpha() and core.islower() and len(core) > 1) or g.noun_class(core) is None:
        return False
    b = _bare(core)
    said = g.function_words | g.dangling | g.possessive_words | g.articles | g.amount_words
    said |= g.subject_pronouns | g.object_pronouns | g.clause_adverbs | g.static_adverbs
    said |= g.motion_adverbs | g.degree_words | g.phrase_end_adverbs | g.subordinators
    said |= g.pre_modal_adverbs | g.habit_adverbs | g.not_verbs | set(g.range_numbers)
    said |= g.place_adverbs  # "derinde" ends as "kande" does
    if b in said or g.is_past(core) or is_present_participle(core, g):
        return False  # "bagende" is a verb's; "kande", "pande" are nouns
    if b.endswith(g.no_noun_endings):  # "bagefter": "efter" is no "efterret"
        return False
    if _e_plural(core, g):
        return False  # "i curlere": the plural of "curler"
    if core in g.lemmas and _verb_lemma(core, g):
        return False  # "kan i bruge det": a verb after the pronoun "I" typed small
    if any(b == k or b.endswith(k) for k in g.citizen_words | g.kin_before_names):
        return False
    return not _inflected(core, g)


def _e_plural(word: str, g: Grammar) -> bool:
    """True for the plural of a count noun ending in one of e_plural_endings, its "e" added
    ("curlere" of "curler"; the noun table counts "curler" with "+")."""
    stem = word[:-1]
    if not word.endswith("e") or not stem.endswith(g.e_plural_endings):
        return False
    return (g.noun_classes.get(stem) or "").endswith("+")


def _inflected(word: str, g: Grammar) -> bool:
    """True for a plural or definite form: one the lemma table gives as a form of a noun
    ("trapper" → "trappe", "dage" → "dag"; "bager" → "bage" is a verb's: a participle
    "bagende"), or a noun's definite form by the noun table ("kælderen", "gelænderet")."""
    lemma = g.lemma_forms.get(word)
    if lemma and lemma != word:
        return not _verb_lemma(lemma, g)  # "bager" of "bage": the noun "bager" itself
    if word in g.lemmas:
        return False  # "læge", "trappe": a lemma of the table ("læg" + "en" is no matter)
    for k in range(2, len(word)):
        if g.definite_singular(word[:k]) == word:  # "torsdagsfrokosten": "…frokost" + "en"
            return True
        if word[k:] in _DEFINITE_PLURALS and g.noun_class(word[:k]) is not None:
            return True  # "sangeftermiddagene"
    if word in g.noun_classes:
        return False
    if any(word[:k] in g.noun_classes for k in _definite_plural_stems(word)):
        return True  # "dukkerne": "dukke" (en or et) + "rne", no "duk|kerne"
    if _definite_of_two_genders(word, g):
        return True  # "podcasten": "podcast" takes "en" or "et", no "podca|sten"
    for k in range(NOUN_PART, len(word) - NOUN_PART + 1):
        part = word[k:]  # a compound by its longest known last part: "håndbruser" as "bruser"
        if part in g.noun_classes or part in g.lemma_forms:
            return _inflected(part, g)
    return _ends_as_a_form(word, g)


def _definite_plural_stems(word: str) -> list[int]:
    """Where a noun's stem ends when the word is its definite plural (a stem of NOUN_PART
    letters or more)."""
    return [
        len(word) - len(end)
        for end in _DEFINITE_PLURALS
        if word.endswith(end) and len(word) - len(end) >= NOUN_PART
    ]


def _definite_of_two_genders(word: str, g: Grammar) -> bool:
    """True for the definite singular of a noun the noun table gives both endings ("podcast":
    "en|et", so "podcasten"), which definite_singular does not choose between: the word itself
    is no entry of the table."""
    for end in ("en", "et"):
        stem = word[: -len(end)]
        if word.endswith(end) and end in (g.noun_classes.get(stem) or "").rstrip("+").split("|"):
            return True
    return False


def _ends_as_a_form(word: str, g: Grammar) -> bool:
    """True for a word ending in a noun's definite or plural form by the noun table, its last
    part read down to three letters ("svømmehalen": "hal" + "en", "bunker": "bunke" + "r"); for
    a word the table does not know itself."""
    for end in ("en", "et", "n", "t", "r", *_DEFINITE_PLURALS):
        stem = word[: len(word) - len(end)] if word.endswith(end) else ""
        for k in range(max(0, len(stem) - 12), len(stem) - 1):
            part = stem[k:]
            if (k and len(part) < NOUN_PART) or part not in g.noun_classes:
                continue
            ending = g.noun_classes[part]
            if end in ending.rstrip("+").split("|") or (end[-1:] == "r" and ending[-1:] == "+"):
                return True
    return False


_DEFINITE_PLURALS = ("ene", "erne", "ne", "rne")


def _ends_phrase(words: list[str], k: int, g: Grammar) -> bool:
    """True when the noun at k ends its phrase: a mark, the end, or a join, a preposition, an
    adverb or a count after it ("til bager og hjem", "til vaskekælder 2 gange"); a second noun
    ("til special sko") or a name goes on with it."""
    if words[k][-1:] in _EDGE or k + 1 == len(words):
        return True
    b = _bare(words[k + 1])
    closers = g.dangling | g.main_joins | g.phrase_end_adverbs | g.motion_adverbs
    closers |= g.static_adverbs | g.subordinators | g.clause_adverbs | g.noun_phrase_closers
    if b in g.time_of_day_bare and _days_listed(words, k + 1, g):
        return True  # "spille i forening fredag og søndag": the habit's days
    if b[:1].isdigit() or b in g.amount_words:  # a count of what follows, not a label's number
        counted = (
            _bare(words[k + 2]) if k + 2 < len(words) and words[k + 1][-1:] not in _EDGE else ""
        )
        return counted.isalpha() and counted not in closers  # "til kælder 2 gange", not "nummer 7"
    return b in closers


def _days_listed(words: list[str], k: int, g: Grammar) -> bool:
    """True when two or more weekdays are listed from k ("fredag og søndag", "tirsdag,
    torsdag"): a habit's days, not one day pointed at ("til torv fredag")."""
    days = g.time_of_day_bare
    if k + 1 >= len(words):
        return False
    nxt = _bare(words[k + 1])
    if words[k].endswith(","):
        return nxt in days
    if words[k][-1:] in _EDGE:
        return False
    return nxt in g.main_joins and k + 2 < len(words) and _bare(words[k + 2]) in days


def _definite(word: str, g: Grammar) -> str:
    core = word.rstrip(_EDGE)
    definite = g.contracted_nouns.get(_bare(core)) or g.definite_singular(core) or core
    return definite + word[len(word.rstrip(_EDGE)) :]


def _to_written(words: list[str], g: Grammar) -> list[str]:
    """ "til" written after a word of to_leads_said that follows a verb of going and stands
    before a bare noun ("komme tilbage sprogskole" → "komme tilbage til sprogskole")."""
    out = list(words)
    for i in range(len(out) - 2, 0, -1):
        lead, nxt = out[i], out[i + 1]
        if _bare(lead) not in g.to_leads_said or lead[-1:] in _EDGE or out[i - 1][-1:] in _EDGE:
            continue
        if _bare(out[i - 1]) in g.to_verbs and _bare_noun(nxt, g):
            out.insert(i + 1, g.to_written)
    return out


def bare_nouns_written(words: list[str], g: Grammar) -> list[str]:
    """A second-language or spoken noun phrase said without its article or ending, written with
    it: a bare singular noun ending its phrase after a preposition of definite_after ("gå til
    bager og hjem" → "til bageren", "bære i hånd" → "i hånden"), "ned af" before a way ("ned af
    trappe" → "ned ad trappen"), "hel" before a noun ("lave hel aftensmad" → "hele
    aftensmaden"), "om" before a weekday ("om søndag" → "om søndagen") and a noun of a burden
    after a verb of being ("være byrde" → "være en byrde"). Idioms ("i seng", "til fods"), "med
    stok" and a noun after an article, possessive or number stay as said."""
    if not g.noun_classes:
        return words
    out = list(words)
    for i in range(1, len(out) - 1):
        lead, prep, nxt = _bare(out[i - 1]), out[i], _bare(out[i + 1])
        if (
            _bare(prep) == g.way_said
            and lead in g.way_leads_said
            and out[i - 1][-1:] not in _EDGE
            and prep[-1:] not in _EDGE
            and any(nxt == w or nxt.endswith(w) for w in g.way_nouns)
        ):
            out[i] = _with_case(g.way_written, prep)  # "ned af trappe": "ned ad"
    for i in range(len(out) - 2, 0, -1):
        lead, amount, way = _bare(out[i - 1]), _bare(out[i]), _bare(out[i + 1])
        if (
            lead in g.way_leads_said
            and amount in g.way_quantifiers
            and out[i - 1][-1:] not in _EDGE
            and any(way == w or way.endswith(w) for w in g.way_nouns)
        ):
            out.insert(i, g.way_written)  # "gå ned alle trapper": "ned ad alle trapper"
    out = _to_written(out, g)  # "komme tilbage sprogskole": "tilbage til sprogskole"
    done: list[str] = []
    for i, word in enumerate(out):
        before = out[i - 1] if i else ""
        b_before = _bare(before)
        if before[-1:] not in _EDGE and (whole := _whole_said_bare(out, i, g)):
            done.append(whole)  # "vaske hele krop": "hele kroppen"
            continue
        if before[-1:] not in _EDGE and (whole := _after_whole_said(out, i, g)):
            done[-1] = _with_case(g.whole_written, before)  # "i vand hel time": "hele timen"
            done.append(whole)
            continue
        contracted = word.rstrip(_EDGE).islower() and _bare(word) in g.contracted_nouns
        if before[-1:] in _EDGE or not (_bare_noun(word, g) or contracted):
            done.append(word)
            continue
        if (
            (
                b_before in g.definite_after
                or (_surface_after(word, b_before, g) and not _placed(out, i, g))
            )
            and not _stays_bare(word, g, b_before)
            and not _taught_subject(out, i, g)  # "undervise i ikebana": the subject
            and _bare(word) not in g.time_of_day_bare  # "til torsdag": by Thursday
            and _ends_phrase(out, i, g)
            and not _from_to(out, i, g)
        ):
            word = _definite(word, g)
        elif (
            b_before in g.time_of_day_leads
            and _bare(word) in g.time_of_day_bare
            and not (i + 1 < len(out) and _bare(out[i + 1])[:1].isdigit())
            and not (i + 1 < len(out) and _bare(out[i + 1]) in g.articles)  # "fredag den 3."
        ):
            word = _definite(word, g)  # "om søndag": "om søndagen"
        elif b_before == g.whole_said and (i < 2 or _bare(out[i - 2]) not in _article_words(g)):
            done[-1] = _with_case(g.whole_written, before)  # "hel aftensmad": "hele aftensmaden"
            word = _definite(word, g)
        elif _after_be(out, i, g) and _stays_with_article(word, g) and _ends_phrase(out, i, g):
            article = g.indefinite_article(word)
            if article:
                done.append(article)  # "være byrde": "være en byrde"
        done.append(word)
    return done


def habit_weekdays_written(words: list[str], g: Grammar) -> list[str]:
    """A lone weekday said last in a clause after a place phrase, the time of a habit, written
    with "om" and its definite form ("når jeg møder dem i forening lørdag." → "i forening om
    lørdagen", then "i foreningen"): a preposition of definite_after, a bare noun (a word
    before it or not) and the weekday ending its clause. A clause with a modal ("skal til læge
    fredag": that Friday), a date after it or a weekday already led stays as said."""
    if not g.time_of_day_leads or not g.noun_classes:
        return words
    lead = _time_lead(g)
    out = list(words)
    for i in range(len(out) - 1, 2, -1):
        day, noun = out[i], out[i - 1]
        core = day.rstrip(_EDGE)
        if _bare(core) not in g.time_of_day_bare or not core.islower():
            continue
        if not g.definite_singular(core):
            continue  # "soendag" typed without ø: no form to write
        if i + 1 < len(out) and day[-1:] not in _EDGE:
            continue  # the clause goes on ("lørdag den 3.")
        if noun[-1:] in _EDGE or not _bare_noun(noun, g):
            continue
        k = i - 2 if _bare(out[i - 2]) in g.definite_after else i - 3
        if k < 0 or _bare(out[k]) not in g.definite_after or out[k][-1:] in _EDGE:
            continue
        if k == i - 3 and (out[i - 2][-1:] in _EDGE or not out[i - 2].isalpha()):
            continue
        if _modal_in_clause(out, k, g):
            continue
        out[i] = _definite(day, g)
        out.insert(i, lead)
    return out


def _time_lead(g: Grammar) -> str:
    """The lead a time of a habit is written with ("om" in "om ugen", "om lørdagen")."""
    return min(g.time_of_day_leads)


def _modal_in_clause(words: list[str], k: int, g: Grammar) -> bool:
    """True when a modal stands in the clause before k ("jeg skal til læge")."""
    for j in range(k - 1, -1, -1):
        if words[j][-1:] in _EDGE:
            return False
        if _bare(words[j]) in g.modals:
            return True
        if _bare(words[j]) in g.subordinators:
            return False
    return False


def _after_whole_said(words: list[str], i: int, g: Grammar) -> str | None:
    """The definite form of a singular noun at i after a bare "hel" with no article before it
    ("gå i vand hel time" → "hele timen", "hel uge" → "hele ugen"), also one the noun test
    leaves out as a verb's form too ("time", "uge"); None otherwise ("en hel time")."""
    if i < 1 or not g.whole_said or _bare(words[i - 1]) != g.whole_said:
        return None
    if i >= 2 and _bare(words[i - 2]) in _article_words(g):
        return None
    word = words[i]
    core = word.rstrip(_EDGE)
    if not (core.isalpha() and core.islower()) or _bare(core) in g.time_of_day_bare:
        return None
    if g.noun_class(core) is None or _bare(core) in g.function_words:
        return None
    definite = g.definite_of(core)
    return definite + word[len(core) :] if definite else None


def _whole_said_bare(words: list[str], i: int, g: Grammar) -> str | None:
    """The definite form of a bare singular noun at i after "hele" that ends its phrase ("vaske
    hele krop og hår" → "hele kroppen", "hele uge" → "hele ugen"); None when it stays: a noun
    with no definite form in the lemma table ("hele januar"), a weekday ("hele fredag"), "hele"
    after an article, possessive or number ("de hele"), or as a verb after "at" or a modal
    ("skal hele sår")."""
    if i < 1 or not g.whole_written or _bare(words[i - 1]) != fold(g.whole_written):
        return None
    lead = words[i - 2] if i >= 2 else ","
    if lead[-1:] not in _EDGE and _bare(lead) in _article_words(g) | g.infinitive_after | g.modals:
        return None
    word = words[i]
    core = word.rstrip(_EDGE)
    if not (core.isalpha() and core.islower()) or _bare(core) in g.time_of_day_bare:
        return None
    definite = g.definite_of(core)
    if not definite or not (g.noun_class(core) or g.plural_of(core)):
        return None
    return definite + word[len(core) :] if _ends_phrase(words, i, g) else None


def _count_noun(word: str, g: Grammar) -> bool:
    """True for a bare singular count noun of the noun table ("skab", "trappestige"), no idiom's
    ("tid" in "i lang tid")."""
    if word[-1:] in _EDGE or not _bare_noun(word, g) or _stays_bare(word, g):
        return False
    return (g.noun_class(word) or "").endswith("+")


def adjective_phrases_written(words: list[str], g: Grammar) -> list[str]:
    """A bare adjective and a bare count noun after a preposition written with the indefinite
    article and the adjective's form for the noun's gender ("ned fra høj skab i køkkenet" →
    "fra et højt skab", "sidde på lav stol" → "på en lav stol"); see bare_adjectives. The noun
    ends its phrase or another preposition follows; a second noun after it ("høj hus nummer")
    and a gender the noun table does not know leave the words as said."""
    if not g.bare_adjectives:
        return words
    out = list(words)
    for i in range(len(out) - 3, -1, -1):
        prep, adjective, noun = out[i], out[i + 1], out[i + 2]
        if _bare(prep) not in g.adjective_article_after or prep[-1:] in _EDGE:
            continue
        neuter = g.bare_adjectives.get(_bare(adjective))
        if neuter is None or adjective[-1:] in _EDGE or not adjective.islower():
            continue
        if not _count_noun(noun, g) or not _phrase_closed(out, i + 2, g):
            continue
        article = g.indefinite_article(noun)
        if not article:
            continue
        if g.is_neuter_article(article):
            out[i + 1] = neuter
        out.insert(i + 1, article)
    return out


def taken_nouns_written(words: list[str], g: Grammar) -> list[str]:
    """A means of transport said bare right after a verb of taking, written definite ("tage bus
    til tempel" → "tage bussen til tempel", "tager tog" → "tager toget"); a route's number after
    it ("tage bus 5", "tage bus nummer 12") or a join ("tage bus og tog": travel of a kind) leaves
    it as said (see taken_nouns)."""
    out = list(words)
    for i in range(1, len(out)):
        verb, noun = out[i - 1], out[i]
        core = noun.rstrip(_EDGE)
        written = g.taken_nouns.get(_bare(core))
        if not written or _bare(verb) not in g.taking_verbs or verb[-1:] in _EDGE:
            continue
        if not core.islower():
            continue
        if noun[-1:] not in _EDGE and i + 1 < len(out):
            nxt = _bare(out[i + 1])
            if nxt[:1].isdigit() or nxt in g.route_words | g.main_joins:
                continue  # "tage bus 5", "tage bus og tog": a route, a kind of travel
        out[i] = written + noun[len(core) :]
    return out


def kin_calls_written(words: list[str], g: Grammar) -> list[str]:
    """A kin word said bare right after a verb of calling, written with the verb's preposition
    and the citizen's possessive ("ikke ringe søn" → "ikke ringe til min søn"); see call_verbs.
    With another subject in the clause ("han vil ringe datter") it stays as said."""
    if not g.call_preposition or not g.call_possessive:
        return words
    out = list(words)
    for i in range(len(out) - 1, 0, -1):
        verb, kin = out[i - 1], out[i]
        core = kin.rstrip(_EDGE)
        if _bare(verb) not in g.call_verbs or verb[-1:] in _EDGE or not core.islower():
            continue
        if _bare(core) not in g.kin_before_names or _other_subject_before(out, i - 1, g):
            continue
        out[i:i] = [g.call_preposition, g.call_possessive]
    return out


def _other_subject_before(words: list[str], k: int, g: Grammar) -> bool:
    """True when a subject other than the speaker stands in the sentence before k ("han vil
    ringe datter", "mor vil ringe datter"): whose kin it is is not the speaker's to say."""
    others = (g.citizen_pronouns | g.citizen_words) - g.first_person_words
    for j in range(k - 1, -1, -1):
        if words[j][-1:] in ".!?":
            return False
        if _bare(words[j]) in others:
            return True
    return False


def definite_adjectives_written(words: list[str], g: Grammar) -> list[str]:
    """A bare adjective of definite_adjectives before a bare count noun said without its article,
    written with the noun's definite article and the adjective's definite form ("finde rigtig
    stoppested" → "finde det rigtige stoppested"); after an article, a possessive, a number, a
    verb of being or a degree word ("det er rigtig mad") it stays as said."""
    if not g.definite_adjectives or not g.definite_articles:
        return words
    out = list(words)
    for i in range(len(out) - 2, 0, -1):
        before, adjective, noun = out[i - 1], out[i], out[i + 1]
        written = g.definite_adjectives.get(_bare(adjective))
        if written is None or adjective[-1:] in _EDGE or not adjective.islower():
            continue
        b = _bare(before)
        if before[-1:] in _EDGE or b in _article_words(g) | g.be_verbs | g.degree_words:
            continue
        if not _count_noun(noun, g) or not _phrase_closed(out, i + 1, g):
            continue
        article = g.definite_article(noun)
        if article is None:
            continue
        out[i : i + 1] = [article, written]
    return out


def adjectives_agreeing(words: list[str], g: Grammar) -> list[str]:
    """A bare adjective of plural_adjectives in the form its noun takes: before an indefinite
    plural its plural ("med tyk pinde" → "med tykke pinde", "mine lille børnebørn" → "mine små
    børnebørn"), after a possessive or a definite article before a bare singular its definite
    form ("min ny rollator" → "min nye rollator"); a word of definite_as_said keeps its form
    there ("min lille hund")."""
    if not g.plural_adjectives:
        return words
    out = list(words)
    leads = g.possessive_words | g.adjective_definite_leads
    for i in range(len(out) - 1):
        adjective, noun = out[i], out[i + 1]
        plural = g.plural_adjectives.get(_bare(adjective))
        if plural is None or adjective[-1:] in _EDGE or not adjective.isalpha():
            continue
        if not adjective.islower() or not noun.rstrip(_EDGE).islower():
            continue
        lead = out[i - 1] if i else "."
        singular = {fold(a) for a in g.indefinite_articles.values()}
        if lead[-1:] not in _EDGE and _bare(lead) in singular:
            continue  # "et lille kort": one, though "kort" is a plural too
        # "den lille ting": one too, though "ting" is a plural ("den tung dør" is definite)
        one = lead[-1:] not in _EDGE and _bare(lead) in {
            fold(a) for a in g.definite_articles.values()
        }
        # "vores egen lille ting": "egen" says one
        one = one or (
            lead[-1:] not in _EDGE and _bare(lead) in g.agreeing_words and _one_said(lead, g)
        )
        if _plural_noun(noun, g) and not one:
            out[i] = plural
            continue
        if lead[-1:] in _EDGE or _bare(lead) not in leads or not _bare_noun(noun, g):
            continue
        if _bare(adjective) not in g.definite_as_said:
            out[i] = plural
    return out


def _one_said(word: str, g: Grammar) -> bool:
    """True for an agreeing word's common or neuter form ("egen", "eget"), not its plural."""
    row = next((r for r in g.possessives if _bare(word) in {fold(f) for f in r}), None)
    return row is not None and _bare(word) != fold(row[2])


def _plural_noun(word: str, g: Grammar) -> bool:
    """True for a noun's indefinite plural by the lemma table ("pinde", "sokker"), also one of
    its own shape ("børn": the noun list knows "barn"), or a compound by such a last part
    ("børnebørn"); no definite form ("pindene"), singular ("have") or other word ("med")."""
    w = nfc(word.strip(_EDGE)).lower()
    if not w.isalpha():
        return False
    if g.is_indefinite_plural(w):
        return True
    for k in range(0, len(w) - NOUN_PART + 1):
        if k and k < NOUN_PART:
            continue
        part = w[k:]
        lemma = g.lemma_forms.get(part)
        if lemma and lemma != part and part[-1:] not in _PLURAL_SHAPES:
            return g.noun_kind(lemma) in ("c", "n")  # "børn" of "barn", not "godt" of "godte"
    return False


_PLURAL_SHAPES = "ert"  # the ends of a regular plural or another form ("sokker", "godt")


def infinitive_subjects(words: list[str], g: Grammar) -> list[str]:
    """An infinitive said as its clause's subject right after a lead of
    infinitive_subject_leads, a finite verb after it within three words, written with
    infinitive_subject and in small letters ("fordi Strikke er min ro" → "fordi det at strikke
    er min ro", "fordi gå tur giver mig luft" → "fordi det at gå tur giver …")."""
    if not g.infinitive_subject_leads or not g.infinitive_subject:
        return words
    out = list(words)
    for i in range(len(out) - 2, 0, -1):
        lead, verb = out[i - 1], out[i]
        if _bare(lead) not in g.infinitive_subject_leads or lead[-1:] in _EDGE:
            continue
        core = verb.rstrip(_EDGE)
        low = core.lower()
        if verb[-1:] in _EDGE or not core.isalpha() or not (core.islower() or core.istitle()):
            continue
        if not g.is_infinitive(low) or not _verb_lemma(low, g) or _bare(low) in g.not_verbs:
            continue
        finite = next((k for k in range(i + 1, min(i + 4, len(out))) if g.is_present(out[k])), None)
        if finite is None or any(w[-1:] in _EDGE for w in out[i:finite]):
            continue
        out[i : i + 1] = [*g.infinitive_subject.split(), low + verb[len(core) :]]
    return out


def _phrase_closed(words: list[str], k: int, g: Grammar) -> bool:
    """True when the noun at k ends its phrase or a preposition follows it ("fra høj skab i
    køkkenet")."""
    nxt = _bare(words[k + 1]) if k + 1 < len(words) else ""
    return _ends_phrase(words, k, g) or nxt in g.adjective_article_after | g.definite_after


def described_nouns_written(words: list[str], g: Grammar) -> list[str]:
    """A bare count noun after "med" with a phrase of its own ("med" and a bare noun) after it,
    written with the indefinite article ("med trappestige med bøjle" → "med en trappestige med
    bøjle"): a thing described; "med stok" alone stays (see described_leads). Bare count nouns
    listed before it with "og" or commas get theirs too ("med stok og kniv med tykt skaft" →
    "med en stok og en kniv med tykt skaft"), and a bare adjective before a neuter noun after
    "med" agrees with it ("med lang skaft" → "med langt skaft")."""
    if not g.described_leads:
        return words
    out = _neuter_after_leads(words, g)
    for i in range(len(out) - 4, -1, -1):
        lead = out[i]
        if _bare(lead) not in g.described_leads or lead[-1:] in _EDGE:
            continue
        if i and _bare(out[i - 1]) in _article_words(g):
            continue
        listed = _listed_nouns(out, i + 1, g)
        if not listed:
            continue
        again = listed[-1] + 1
        if again + 1 >= len(out) or _bare(out[again]) != _bare(lead) or out[again][-1:] in _EDGE:
            continue
        if not _described_by(out, again + 1, g):
            continue
        articles = [g.indefinite_article(out[k].rstrip(_EDGE)) for k in listed]
        if not all(articles):
            continue
        for k, article in zip(reversed(listed), reversed(articles), strict=True):
            out.insert(k, article)
    return out


def _listed_nouns(words: list[str], k: int, g: Grammar) -> list[int]:
    """The places of bare count nouns listed from k, joined by a comma or one of
    described_list_joins ("stok og kniv", "stok, kniv og bakke"); the last one is not followed
    by a mark. Empty when no bare count noun stands at k."""
    listed: list[int] = []
    while k < len(words) and _count_noun(words[k].rstrip(","), g):
        listed.append(k)
        if words[k].endswith(",") and k + 1 < len(words):
            k += 1
        elif (
            words[k][-1:] not in _EDGE
            and k + 2 < len(words)
            and _bare(words[k + 1]) in g.described_list_joins
        ):
            k += 2
        else:
            break
    while listed and words[listed[-1]][-1:] in _EDGE:
        listed.pop()
    return listed


def _neuter_after_leads(words: list[str], g: Grammar) -> list[str]:
    """A bare adjective of bare_adjectives between a lead of described_leads and a bare neuter
    count noun in its form after "et" ("med lang skaft" → "med langt skaft")."""
    out = list(words)
    for i in range(len(out) - 2):
        lead, adjective, noun = out[i], out[i + 1], out[i + 2]
        if _bare(lead) not in g.described_leads or lead[-1:] in _EDGE:
            continue
        neuter = g.bare_adjectives.get(_bare(adjective))
        if neuter is None or adjective[-1:] in _EDGE or not adjective.islower():
            continue
        if not _count_noun(noun.rstrip(_EDGE), g):
            continue
        if g.is_neuter(noun.rstrip(_EDGE)):
            out[i + 1] = neuter
    return out


def _described_by(words: list[str], k: int, g: Grammar) -> bool:
    """True when a bare count noun stands at k, an adjective of bare_adjectives before it or
    not ("bøjle", "tykt skaft")."""
    adjectives = set(g.bare_adjectives) | {fold(v) for v in g.bare_adjectives.values()}
    if _bare(words[k]) in adjectives and words[k][-1:] not in _EDGE and k + 1 < len(words):
        k += 1
    return _count_noun(words[k].rstrip(_EDGE), g)


def bare_states_written(words: list[str], g: Grammar) -> list[str]:
    """A negated state said bare after a comma and ending its clause written as what the deed
    is done without ("holde i håndtaget, ikke svimmel." → "holde i håndtaget uden at blive
    svimmel."); see bare_states."""
    if not g.bare_states or not g.state_written:
        return words
    out = list(words)
    for i in range(len(out) - 2, 0, -1):
        before, negation, state = out[i - 1], out[i], out[i + 1]
        if not before.endswith(",") or _bare(negation) not in g.negations:
            continue
        if negation[-1:] in _EDGE or _bare(state) not in g.bare_states:
            continue
        if i + 2 < len(out) and state[-1:] not in _EDGE:
            continue  # "…, ikke svimmel eller træt": goes on
        out[i - 1] = before[:-1]
        out[i : i + 1] = g.state_written.split()
    return out


def infinitives_marked(words: list[str], g: Grammar) -> list[str]:
    """A bare infinitive right after "uden" said with its "at" ("uden sidde ned" → "uden at
    sidde ned"); a word that is a noun too ("uden støtte", "uden pause") stays."""
    if not g.marked_infinitive_after or not g.infinitive_mark:
        return words
    out: list[str] = []
    for i, word in enumerate(words):
        out.append(word)
        if _bare(word) not in g.marked_infinitive_after or word[-1:] in _EDGE:
            continue
        nxt = words[i + 1].strip(_EDGE) if i + 1 < len(words) else ""
        if nxt.islower() and g.is_bare_infinitive(nxt) and not g.has_definite_plural(nxt):
            out.append(g.infinitive_mark)
    return out


def _from_to(words: list[str], i: int, g: Grammar) -> bool:
    """True for a noun of a pair "fra X til Y", said bare on purpose ("fra dej til ovn", "fra
    dør til dør")."""
    said = [_bare(w) for w in words]
    if i + 2 < len(words) and said[i - 1] == g.from_word and said[i + 1] == g.to_word:
        return words[i][-1:] not in _EDGE
    return i >= 3 and said[i - 1] == g.to_word and said[i - 3] == g.from_word


def _after_be(words: list[str], i: int, g: Grammar) -> bool:
    """True when a verb of being is said just before words[i], a negation between or not
    ("være byrde", "er ikke problem")."""
    k = i - 1
    if k > 0 and _bare(words[k]) in g.negations and words[k - 1][-1:] not in _EDGE:
        k -= 1
    return _bare(words[k]) in g.be_verbs


def _article_words(g: Grammar) -> frozenset[str]:
    """Words before "hel" that make it the adjective of a phrase of its own ("en hel aften")."""
    return g.articles | g.possessive_words | g.amount_words


def _stays_with_article(word: str, g: Grammar) -> bool:
    b = _bare(word)
    return any(b == w or (b.endswith(w) and len(b) - len(w) >= NOUN_PART)
               for w in g.article_nouns_after_be)  # fmt: skip


def coordinated_infinitives(words: list[str], g: Grammar) -> list[str]:
    """A present-tense verb joined by "og" to a modal's infinitive, said as the
    infinitive ("kan spille en hel aften og selv melder" → "og selv melde", "kan holde mit hjem
    og ikke sidder og ser på" → "og ikke sidde og se på"), also in a sign that opens with its
    verb ("spille en hel aften, alle fire runder, og selv melder"); a new subject, a clause lead
    or a full stop ends the modal's reach ("kan gå og min datter kommer" stays). A participle
    so joined, its object after it, is the infinitive too ("kan rulle håret op og taget dem ud"
    → "og tage dem ud"; _joined_participle). "at" after a preposition or a verb reaches as a
    modal does ("øve mig i at vaske og polerer bilen" → "og polere bilen"; _led_at)."""
    out = list(words)
    skip = g.joined_adverbs
    first = next((w for w in out if _bare(w) not in g.spoken_fillers), "")
    reach = _verb_like(first, g)  # a sign that opens with its verb ("øh spille …")
    since = 0  # where the modal's reach began
    for i, word in enumerate(out):
        b = _bare(word)
        nxt = out[i + 1] if i + 1 < len(out) else ""
        if (b in g.modals or _led_at(out, i, g)) and word[-1:] not in _EDGE and _verb_like(nxt, g):
            reach, since = True, i  # "øve mig i at vaske og polerer den": at's reach too
        elif b in g.subject_pronouns | g.subordinators or (i and word[:1].isupper()):
            reach = False
        elif reach and b == g.and_word and word[-1:] not in _EDGE:
            j = i + 1
            while j < len(out) - 1 and _bare(out[j]) in skip and out[j][-1:] not in _EDGE:
                j += 1
            infinitive = g.infinitive_of(out[j]) if j < len(out) else None
            said = infinitive and _verb_form(out[j], infinitive, after_adverb=j > i + 1, g=g)
            said = said and not _preposition_here(out, j, g)  # "og ikke ved siden af"
            said = said and _bare(out[j]) not in g.subordinators | g.function_words
            if not said:  # "og taget dem ud": a participle with its object
                infinitive = _joined_participle(out, since, j, g) if j < len(out) - 1 else None
            if infinitive:
                out[j] = _with_case(infinitive, out[j]) + out[j][len(out[j].rstrip(_EDGE)) :]
        if word[-1:] in _EDGE and word[-1:] != ",":
            reach = False  # past a comma it goes on: "kan spille en aften, alle runder, og melde"
    return out


def _led_at(words: list[str], i: int, g: Grammar) -> bool:
    """True for an infinitive marker at i after a preposition or a verb ("øve mig i at", "lære
    at"), not after a noun or pronoun whose infinitive it is ("noget at stå op til og er med")."""
    if _bare(words[i]) not in g.infinitive_markers or i == 0:
        return False
    before = words[i - 1]
    return _bare(before) in g.stranded_prepositions or _verb_like(before, g)


def _joined_participle(out: list[str], since: int, j: int, g: Grammar) -> str | None:
    """The infinitive of a participle at j joined to a modal's infinitive ("og taget dem ud"):
    one of participle_objects right after it and no participle between the modal at since and
    it ("kan få håret vasket og redt det" keeps both); else None."""
    core = out[j].strip(_EDGE)
    if not core.islower() or out[j][-1:] in _EDGE or _bare(out[j + 1]) not in g.participle_objects:
        return None
    infinitive = g.infinitive_of_participle(core)
    if not infinitive or infinitive == core or not g.is_infinitive(infinitive):
        return None
    if g.is_infinitive(core) or g.is_present(core):
        return None
    known = g.lemma_forms.get(core) is not None or core in g.noun_classes
    if known and not g.has_participle(infinitive):
        # "stuen og køkkenet en gang om ugen": a noun's definite form, no verb's; "telefon og
        # tablet en gang om ugen": a noun of the noun table, no "table"
        return None
    if any(_participle(w.strip(_EDGE), g) for w in out[since + 1 : j - 1]):
        return None
    return infinitive


def _participle(word: str, g: Grammar) -> bool:
    """True for a participle the lemma table gives as its verb's form ("vasket": "vaske"; not
    "håret", a noun's)."""
    infinitive = g.infinitive_of_participle(word)
    return infinitive is not None and infinitive != word and g.lemma_forms.get(word) == infinitive


def _verb_form(word: str, infinitive: str, after_adverb: bool, g: Grammar) -> bool:
    """True when a present form is a verb's, not a noun's plural ("og kager": "kage" is a
    noun): after an adverb ("og selv melder", "og ikke beder om") any present form but a
    content noun's, else one the lemma table gives a verb's lemma."""
    core = word.strip(_EDGE)
    if not core.islower() or _bare(core) in g.modals or not g.is_present(core):
        return False
    if after_adverb:  # "og ikke beder om": a noun seldom follows "og ikke", "og selv"
        return g.noun_kind(infinitive) is None
    lemma = g.lemma_forms.get(core)
    return lemma is not None and _verb_lemma(lemma, g)


def kin_subjects_said(text: str, g: Grammar) -> str:
    """The text with a kin word said bare as a subject written out ("Familie komme søndag" →
    "Min familie kommer søndag") and an owned subject's bare verb in the present ("min mor
    lave pierogi" → "min mor laver pierogi"): second_language.kin_subjects and
    owned_subjects on its words."""
    if not g.bare_kin_subjects:
        return text
    return " ".join(owned_subjects(kin_subjects(text.split(), g, _verb_lemma), g, _verb_lemma))


def verbs_second_said(text: str, g: Grammar, phrases: bool = True) -> str:
    """The text with a second-language main clause's subject said before its verb after a
    fronted word, phrase or clause written verb first ("Når jeg læser, jeg ikke føler mig
    alene" → "Når jeg læser, føler jeg mig ikke alene"): verb_second.verbs_second. Without
    `phrases` a fronted place phrase stays first ("I moske jeg se …": the reason moves it)."""
    return " ".join(verbs_second(text.split(), g, _verb_lemma, phrases))


def noun_said_as_subject(words: list[str], g: Grammar) -> bool:
    """True when the words open with a count noun that looks like an infinitive, said bare, and
    a finite verb that is no modal next ("gruppe er mine venner", "skole ligger tæt på"): the
    subject of a clause of its own; "gruppe kan …", "spise er …" (a verb) or "kaffe er …" (no
    count noun) are not."""
    if len(words) < 3 or not g.is_infinitive(words[0]) or not _bare_noun(words[0], g):
        return False
    if not ((g.noun_class(words[0]) or "").endswith("+") or g.plural_of(words[0])):
        return False  # a mass noun: "kaffe"
    verb = words[1]  # "børste tænder": the teeth, no verb
    return g.is_present(verb) and _bare(verb) not in g.modals and not _bare_noun(verb, g)


def _verb_lemma(lemma: str, g: Grammar) -> bool:
    """True for a verb's lemma: a participle in the lemma table and no noun's definite plural
    ("hente": "hentende"; "flaske" has "flaskerne", "trappe" is counted_verb_nouns)."""
    noun = g.has_definite_plural(lemma) or fold(lemma) in g.counted_verb_nouns
    return g.has_participle(lemma) and not noun and g.noun_kind(lemma) is None


def names_beside_nouns(words: list[str], g: Grammar) -> list[str]:
    """A name said after the adverb that closes its noun's phrase, set beside the noun with
    commas ("sokker til mit oldebarn igen lille Asta" → "til mit oldebarn, lille Asta, igen")."""
    out = list(words)
    for i in range(1, len(out) - 1):
        noun, adverb = out[i - 1], out[i]
        if _bare(adverb) not in g.phrase_end_adverbs or noun[-1:] in _EDGE or adverb[-1:] in _EDGE:
            continue
        if not noun.islower() or (g.noun_kind(noun) is None and g.noun_class(noun) is None):
            continue
        k = i + 1
        if k < len(out) - 1 and _bare(out[k]) in g.name_adjectives and out[k][-1:] not in _EDGE:
            k += 1
        name = out[k].rstrip(_EDGE)
        if not (name[:1].isupper() and name[1:].islower() and name.isalpha()):
            continue
        if _bare(name) in g.never_capital or _bare(name) in g.function_words:
            continue
        tail = out[k][len(name) :]
        said = [*out[i + 1 : k], name]
        return [*out[: i - 1], noun + ",", *said[:-1], said[-1] + ",", adverb.rstrip(_EDGE) + tail,
                *out[k + 1 :]]  # fmt: skip
    return out
