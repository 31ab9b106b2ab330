"""A told reason without the asides a therapist leaves out of the goal sentence.

After a clause of the reason that stays: a joke the person laughs at ("… og så konen kan få
lidt fred derhjemme haha"), a concession ("…, selv om hun ikke altid ved hvem jeg er"), a
comment on what it is ("… det er sådan en tradition hos os") or how things are ("…, men sådan
er det jo"), a feeling of shame ("… uden at skamme mig"), an opinion ("… hver gang jeg synes
det er lidt ulækkert") and someone vouching for it ("…, lægen siger også det"). Each aside is a
clause of its own; the reason before it is kept whole. A reason that is nothing but an aside
stays as told.
"""

from __future__ import annotations

from assistant.content.grammar import Grammar
from assistant.content.grammar import bare as _b
from assistant.nlp.denied_purpose import past_denied_purpose
from assistant.nlp.dislocated import without_resumptive
from assistant.nlp.vouched_aside import vouched_span

_EDGE = ",.;:!?"
_ENDS = ",.;!?"
_MIN_BEFORE = 2  # words of the reason an aside must follow
_SCENE_MAX = 6  # words of the people of a scene: "de gamle fiskere på bænken"
_BECAUSE = "because"  # the kind of reason lead ("fordi") a scene may follow


def without_asides(text: str, g: Grammar) -> str:
    """The told reason without its asides (see the module); as told when nothing else is left.
    Sentences that open it by denying a purpose ("Det er ikke for at skyde mest.") are left
    out before the one that gives it."""
    words = _scene_as_object(without_resumptive(past_denied_purpose(text, g).split(), g), g)
    finds = (_joke, _concession, _resigned, _comment, _feeling, _others_act, _shame, _opinion)
    finds = (*finds, vouched_span)  # "…, lægen siger også det"
    for find in (*finds, _headcount):
        while (span := find(words, g)) is not None:
            kept = _cut(words, *span, g)
            if not _said(kept, g):
                break
            words = kept
    return " ".join(words)


def taken_over(text: str, g: Grammar) -> str | None:
    """The words after a sentence that says the citizen takes over a relative's answer ("det
    er mig der skriver nu, ikke min datter. jeg vil kunne se mig selv i spejlet" → "jeg vil
    kunne se mig selv i spejlet"): the citizen's own; None when the answer opens with no such
    sentence ("" when nothing follows it)."""
    words = text.split()
    k = 0
    while k < len(words) and _b(words[k]) in g.fillers:
        k += 1
    if not _phrase_at(words, k, g.takeover_leads):
        return None
    end = next((j + 1 for j in range(k, len(words)) if words[j][-1:] in ".!?"), len(words))
    return " ".join(words[end:])


def _said(words: list[str], g: Grammar) -> bool:
    """True when words other than fillers and joins are left."""
    return any(_b(w) and _b(w) not in g.fillers | g.main_joins for w in words)


def _cut(words: list[str], start: int, end: int, g: Grammar) -> list[str]:
    """words without words[start:end]; the mark that ended the cut clause ends the one before."""
    before, after = list(words[:start]), words[end:]
    while before and _b(before[-1]) in g.main_joins | g.fillers and before[-1][-1:] not in _EDGE:
        before.pop()  # "… derhjemme og så", "… øh": the join goes with the clause it led
    if not before:
        return [*before, *after]
    mark = words[end - 1][len(words[end - 1].rstrip(_EDGE)) :][:1]
    core = before[-1].rstrip(",;:")
    if before[-1][-1:] in ".!?":
        core = before[-1]
    elif mark in (".", "!", "?") or (mark == "," and after):
        core += mark
    return [*before[:-1], core, *after]


def _clause_end(words: list[str], k: int, g: Grammar) -> int:
    """The end (exclusive) of the clause that goes on at k: after the word with a mark, or
    before a join and "så" that open a new clause ("… og så jeg kan …"), or the end."""
    for j in range(k, len(words)):
        if words[j][-1:] in _ENDS:
            return j + 1
        nxt = _b(words[j + 1]) if j + 1 < len(words) else ""
        if j > k and _b(words[j]) in g.main_joins and nxt == _b(g.so_word):
            return j
    return len(words)


def _clause_start(words: list[str], j: int, g: Grammar) -> int:
    """The start of the clause words[j] ends: after a mark, at a join ("og så …"), or 0."""
    k = j
    while k > 0 and words[k - 1][-1:] not in _ENDS:
        k -= 1
        if _b(words[k]) in g.main_joins:
            return k
    return k


def _finite(word: str, g: Grammar) -> bool:
    return g.is_present(word) or g.is_past(word) or _b(word) in g.modals | g.past_words


def _clause_opens(words: list[str], k: int, g: Grammar) -> bool:
    """True when a subject and its finite verb open a clause at k ("hun ikke altid ved …",
    "benene gør ondt"); "selv om natten" has none."""
    if k >= len(words) - 1:
        return False
    first = words[k].strip(_EDGE)
    b = _b(first)
    subject = (
        b in g.subject_pronouns | g.citizen_pronouns | g.possessive_words
        or (first[:1].isupper() and first.isalpha())
        or b.endswith(("en", "et", "ne"))
    )
    return subject and any(_finite(w, g) for w in words[k + 1 : k + 4])


def _phrase_at(words: list[str], i: int, phrases) -> tuple[str, ...] | None:
    """The first (longest) of the phrases said at i, else None."""
    return next((p for p in phrases if tuple(_b(w) for w in words[i : i + len(p)]) == p), None)


def _headcount(words: list[str], g: Grammar) -> tuple[int, int] | None:
    """ "…, tre piger, og …": how many of whom said between commas after a clause of the reason
    (an amount and a word of headcount_nouns, a comma before and after); not in a list of such
    counts ("to drenge, tre piger, fire …")."""
    for i in range(_MIN_BEFORE, len(words) - 1):
        j = i + 1
        if _b(words[i]) not in g.amount_words or not words[i - 1].endswith(","):
            continue
        if _b(words[j]) not in g.headcount_nouns or not words[j].endswith(","):
            continue
        before = _b(words[i - 1]) in g.headcount_nouns
        after = j + 1 < len(words) and _b(words[j + 1]) in g.amount_words
        if not (before or after):
            return i, j + 1
    return None


def _joke(words: list[str], g: Grammar) -> tuple[int, int] | None:
    """The last clause of an answer that ends on laughter and is about someone else ("og så
    konen kan få lidt fred derhjemme haha"); laughter after the citizen's own doing ("… følge
    med i dødsannoncerne haha det er det første") only makes it light."""
    said = [j for j, w in enumerate(words) if _b(w) and _b(w) not in g.fillers]
    if not said or _b(words[said[-1]]) not in g.reason_laughter:
        return None
    j = said[-1]
    while j > 0 and _b(words[j - 1]) in g.reason_laughter:
        j -= 1
    start = _clause_start(words, j, g)
    own = {_b(g.self_subject)} | g.citizen_pronouns
    if start < _MIN_BEFORE or any(_b(w) in own for w in words[start:j]):
        return None
    return start, len(words)


def _concession(words: list[str], g: Grammar) -> tuple[int, int] | None:
    """ "selv om hun ikke altid ved hvem jeg er" after the reason, up to its clause's end."""
    for i in range(_MIN_BEFORE, len(words)):
        lead = _phrase_at(words, i, g.concessive_leads)
        if lead and words[i - 1][-1:] not in ".!?" and _clause_opens(words, i + len(lead), g):
            return i, _clause_end(words, i + len(lead), g)
    return None


def _comment(words: list[str], g: Grammar) -> tuple[int, int] | None:
    """ "det er sådan en tradition hos os", "det er ikke noget hun skal" run on after the reason:
    a comment on it."""
    leads = g.clause_subordinators | g.subordinators | g.question_words
    for i in range(_MIN_BEFORE + 1, len(words) - 2):
        lead = _phrase_at(words, i, g.comment_leads)
        prev = _b(words[i - 1])
        if not lead or (prev in leads and words[i - 1][-1:] not in _EDGE):
            continue
        if any(w[-1:] in _EDGE for w in words[i : i + len(lead)]):
            continue  # "… gøre det. er ikke et barn": the lead spans a sentence end
        k = i + len(lead)
        while k < len(words) - 1 and _b(words[k]) in g.fillers | g.negations:
            k += 1  # "det er sådan en …", "det er ikke noget …"
        if _b(words[k]) in g.comment_heads and words[k][-1:] not in _EDGE:
            if k == i + len(lead) and _thing_with_its_deed(words, k, g):
                continue  # "og det er noget man kan glæde sig til": why, no comment
            start = i - 1 if prev in g.main_joins and words[i - 1][-1:] not in _EDGE else i
            return start, _clause_end(words, k, g)
    return None


def _thing_with_its_deed(words: list[str], k: int, g: Grammar) -> bool:
    """True for "noget" (norm_things) at k and a relative clause with "som" unsaid whose modal
    has a verb of its own ("noget man kan glæde sig til", "noget man ikke kan se herhjemme"):
    what the thing gives, a why; "noget hun skal", "sådan noget man kan selv" (the verb
    unsaid, or "sådan" before it) and "noget man skal gøre" (a norm) are comments on it."""
    if _b(words[k]) not in g.norm_things or k + 3 >= len(words) or words[k][-1:] in _EDGE:
        return False
    if _b(words[k + 1]) not in g.subject_pronouns | g.generic_subjects:
        return False
    j = k + 2
    while j < len(words) - 1 and _b(words[j]) in g.negations | g.clause_adverbs:
        j += 1
    if _b(words[j]) not in g.modals - g.norm_modals or words[j][-1:] in _EDGE:
        return False  # "noget man skal kunne": a norm, no why (nlp/compose.py _says_a_norm)
    j += 1
    while j < len(words) - 1 and _b(words[j]) in g.negations | g.clause_adverbs:
        j += 1
    return g.is_infinitive(words[j]) and _b(words[j]) not in g.fillers


def _feeling(words: list[str], g: Grammar) -> tuple[int, int] | None:
    """ "det er (så) flovt" run on after the reason without a lead: how it feels, not why
    ("fordi det er flovt at …" is the reason itself)."""
    leads = g.clause_subordinators | g.subordinators | g.question_words
    for i in range(_MIN_BEFORE + 1, len(words) - 2):
        lead = _phrase_at(words, i, g.comment_leads)
        prev = _b(words[i - 1])
        if not lead or prev in leads | g.object_clause_verbs or words[i - 1][-1:] in ".!?":
            continue  # "… når jeg synes det er svært": an opinion (_opinion)
        k = i + len(lead)
        while k < len(words) - 1 and _b(words[k]) in g.fillers | g.degree_words:
            k += 1  # "det er så flovt"
        if _feeling_word(words[k], g) and _ends_clause(words, k):
            start = i - 1 if prev in g.main_joins and words[i - 1][-1:] not in _EDGE else i
            return start, _clause_end(words, k, g)
    return None


def _feeling_word(word: str, g: Grammar) -> bool:
    """True for a neuter adjective of a feeling ("flovt": "flov" + t), or one of
    comment_feelings ("pinligt")."""
    b = _b(word)
    return b in g.comment_feelings or (b[-1:] == "t" and b[:-1] in g.predicate_adjectives)


def _ends_clause(words: list[str], k: int) -> bool:
    """True when the word at k ends its clause: the last word, or a mark after it ("det er
    flovt at …" goes on with what is)."""
    return k == len(words) - 1 or words[k][-1:] in _ENDS


def _others_act(words: list[str], g: Grammar) -> tuple[int, int] | None:
    """ "… og så møder man nogen dernede (det savner jeg)": a clause of anyone's or others'
    doing, its verb before its subject, run on after the reason with "og så"; cut to the end
    of its sentence. The citizen's own ("og så kan jeg …") and a purpose ("og så de ikke
    skal …") stay."""
    k = others_tail(words, g)
    if k is None:
        return None
    end = next((j + 1 for j in range(k, len(words)) if words[j][-1:] in ".!?"), len(words))
    return k, end


def others_tail(words: list[str], g: Grammar, also: frozenset[str] = frozenset()) -> int | None:
    """The index of an "og så" that runs on with a clause of anyone's or others' doing, its
    verb first ("og så møder man jo nogen", "og så kommer de andre"), after at least
    _MIN_BEFORE words; None when there is none. `also`: more subjects that make it one (a
    sign's "og så skal vi også ud at handle")."""
    so = _b(g.so_word)
    subjects = g.tail_subjects | also
    for i in range(_MIN_BEFORE, len(words) - 3):
        if _b(words[i]) not in g.main_joins or _b(words[i + 1]) != so:
            continue
        if words[i][-1:] in _EDGE or words[i + 1][-1:] in _EDGE or words[i - 1][-1:] in ".!?":
            continue
        verb, subject = words[i + 2], words[i + 3]
        if not _finite(verb, g) or _b(subject) not in subjects or verb[-1:] in _EDGE:
            continue
        end = _clause_end(words, i + 3, g)
        if any(_b(w) in g.negations for w in words[i + 3 : end]):
            continue  # "og så skal de piger fra hjemmeplejen ikke …": what the goal spares
        return i
    return None


def _resigned(words: list[str], g: Grammar) -> tuple[int, int] | None:
    """ "(men) sådan er det jo", "det er nu engang sådan" after the reason: how things are."""
    for i in range(_MIN_BEFORE, len(words)):
        said = _phrase_at(words, i, g.resigned_comments)
        if said and words[i - 1][-1:] not in ".!?":
            return i, _clause_end(words, i + len(said) - 1, g)
    return None


def _shame(words: list[str], g: Grammar) -> tuple[int, int] | None:
    """ "uden at skamme mig", "uden at jeg skal være flov" after the reason."""
    for i in range(_MIN_BEFORE + 1, len(words)):
        lead = _phrase_at(words, i, g.shame_leads)
        if not lead or words[i - 1][-1:] in ".!?":
            continue
        reach = words[i + len(lead) : i + len(lead) + g.shame_reach]
        if any(_b(w) in g.shame_words for w in reach):
            return i, _clause_end(words, i + len(lead), g)
    return None


def _opinion(words: list[str], g: Grammar) -> tuple[int, int] | None:
    """ "(når) jeg synes (at) det er lidt ulækkert" inside the reason: the citizen's opinion."""
    for i in range(_MIN_BEFORE + 1, len(words) - 3):
        if _b(words[i]) != _b(g.self_subject) or _b(words[i + 1]) not in g.opinion_verbs:
            continue
        about = _phrase_at(words, i + 2, g.opinion_objects)
        if not about or words[i - 1][-1:] in ".!?":
            continue
        k = i + 2 + len(about) - 1
        start = i - 1 if _b(words[i - 1]) in g.opinion_leads else i
        if start >= _MIN_BEFORE + 1:
            return start, _clause_end(words, k, g)
    return None


def _scene_as_object(words: list[str], g: Grammar) -> list[str]:
    """A reason that opens with a scene ("der sidder de gamle fiskere på bænken og sludrer …
    og jeg savner at snakke med dem"): the citizen's clause that points at its people, the
    people said in place of the pronoun; any other reason as told."""
    k = 0
    while k < len(words) and _b(words[k]) in g.fillers:
        k += 1
    because = {lead for lead, kind in g.reason_leads if kind == _BECAUSE}
    lead = [words[k]] if k < len(words) and (_b(words[k]),) in because else []
    k += len(lead)
    if k + 3 >= len(words) or _b(words[k]) not in g.scene_leads:
        return words
    if _b(words[k + 1]) not in g.scene_verbs:
        return words
    end = k + 2
    while end < len(words) and not _scene_ends(words, end, g):
        end += 1
    start = k + 2
    while start < end and _b(words[start]) in g.clause_adverbs | g.fillers:
        start += 1  # "der står altid nogle naboer …"
    people = [w.strip(_EDGE) for w in words[start:end]]
    if not people or len(people) > _SCENE_MAX or end == len(words):
        return words
    them = next((j for j in range(end, len(words)) if _b(words[j]) in g.person_objects), None)
    own = [j for j in range(end, them or end) if _b(words[j]) == _b(g.self_subject)]
    if them is None or not own:
        return words
    tail = words[them][len(words[them].rstrip(_EDGE)) :]
    clause = [*words[own[-1] : them], *people[:-1], people[-1] + tail, *words[them + 1 :]]
    return [*lead, *clause]


def _scene_ends(words: list[str], i: int, g: Grammar) -> bool:
    """True where the people of a scene end: at a join, a subject, after a mark."""
    b = _b(words[i])
    return b in g.main_joins or b == _b(g.self_subject) or words[i - 1][-1:] in _ENDS
