"""A wish that points back at a deed told as done: "… har altid solgt lodsedler i teltet og det
vil jeg gerne igen" wishes "sælge lodsedler i teltet".

The deed is the participle after a perfect auxiliary ("har altid lavet frikadeller til ham på hans
fødselsdag") up to where the told clause ends (a mark, "og det …", a new subject); its
participles become infinitives ("stået og solgt" → "stå og sælge"). A wish with a verb of its own
("det vil jeg gerne, men jeg vil hellere bage") keeps it.

A wish said as "det kunne jeg godt tænke mig, at hjælpe …" points back at the clause before it
for where ("de mangler frivillige i lektiecaféen på biblioteket om tirsdagen, og det kunne jeg
godt tænke mig, at hjælpe de store børn …"): that clause's place is the wish's. So is the place
that ends what the wish requires, said after it ("det vil jeg gerne igen, men så skal jeg jo
kunne åbne glassene og stå ved komfuret i mit eget køkken").
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from assistant.content.grammar import Grammar, fold
from assistant.nlp.numbers import number_at

_AUX_REACH = 3  # words between the auxiliary and its participle ("har jeg altid stået")
_DEED_MAX = 10  # words of a told deed kept
_WISH_REACH = 5  # words from the pointing word to its wish verb ("det kunne jeg godt tænke")
_PLACE_MAX = 7  # words of the told clause's place ("i lektiecaféen på biblioteket")


def told_again(
    action: str | None,
    words: Sequence[str],
    said: Sequence[str],
    punct: Sequence[bool],
    spans: Sequence[tuple[int, int]],
    lex,
    g: Grammar,
) -> str | None:
    """The wish's phrase as the deed it points back at, with what the wish adds after it (a
    place or an occasion: "til byfesten"); `action` as it is when the wish has its own verb or
    no told deed comes before it."""
    head = action.split()[0] if action else ""
    # "vaskede altid sine skjorter": the told deed read as the wish, its verb in the past
    past = bool(head) and g.infinitive_of_preterite(head) is not None
    if not past and head and g.is_infinitive(head) and not g.place_preposition(head):
        return action
    if not past and action and _way_and_verb(action.split(), lex, g):
        return action  # "… og dem vil jeg gerne ud og bøde igen": a verb of its own
    back = next(
        (
            k
            for k in range(1, len(words) - 1)
            if words[k] in lex.pointing_back
            and words[k + 1] in lex.wish_verbs
            and words[k - 1] in lex.action.joins | {","}
        ),
        None,
    )  # "… og det vil jeg gerne igen"
    deed = _deed(words, back, punct, {s for s, _e in spans}, lex, g) if back is not None else []
    if not deed:
        return action
    first = said[deed[0]]
    verbs = [g.infinitive_of_participle(first) or g.infinitive_of_preterite(first) or first]
    for k in deed[1:]:
        after_join = (
            words[k - 1] in lex.action.joins
            and _told_verb(words, k, lex, g)
            and not g.dish_at(words, k)
        )
        told = g.infinitive_of_participle(said[k]) or g.infinitive_of_preterite(said[k])
        verbs.append(told if after_join else said[k])
    phrase = " ".join(v for v in verbs if v and fold(v).lower() not in lex.told_habit_words)
    if past:
        return phrase  # the told clause was read as the wish: the deed is the whole of it
    if action and fold(action).startswith(fold(phrase)):
        return phrase  # "spurgt om jeg vil med til banko og det vil jeg": the wish read inside it
    return f"{phrase} {action}" if action else phrase


def _told_verb(words: Sequence[str], k: int, lex, g: Grammar) -> bool:
    """True for a verb of a told deed: a past participle or a finite past ("… og solgt",
    "… og bagte")."""
    return is_participle(words, k, lex, g) or g.infinitive_of_preterite(words[k]) is not None


def _way_and_verb(tokens: Sequence[str], lex, g: Grammar) -> bool:
    """True for a phrase that opens with a way and a verb after a join ("ud og bøde")."""
    return (
        len(tokens) > 2
        and fold(tokens[0]) in lex.action.place_leads
        and fold(tokens[1]) in lex.action.joins
        and g.is_infinitive(tokens[2])
    )


def is_participle(words: Sequence[str], k: int, lex, g: Grammar) -> bool:
    """True for a word read as a past participle ("lavet", "solgt"), not "noget" or "godt",
    nor a noun whose ending only looks like one ("kirkevært": no verb "kirkevære")."""
    w = words[k]
    if w in lex.motivation.not_participles or not w.isalpha():
        return False
    verb = g.infinitive_of_participle(w)
    if verb is None or not (
        w.endswith(tuple(lex.participle_endings)) or w in g.participle_infinitives
    ):
        return False
    return w in g.participle_infinitives or g.noun_class(w) is None or verb in g.lemmas


def _deed(
    words: Sequence[str], back: int, punct: Sequence[bool], dated: set[int], lex, g: Grammar
) -> list[int]:
    """The token indices of the last deed told as done before word `back`, up to a date or a
    frequency (`dated`: "… i mange år", "… hver søndag"); empty when none."""
    start = None
    for k in range(back - 1, 0, -1):
        if not is_participle(words, k, lex, g):
            continue
        before = words[max(0, k - _AUX_REACH - 1) : k]
        aux = [j for j, w in enumerate(before) if w in lex.perfect_aux]
        between = before[aux[-1] + 1 :] if aux else []
        lead = k - len(between)  # "har været kirke vært": "været" is the auxiliary's participle
        told = any(is_participle(words, j, lex, g) for j in range(lead, k))
        if aux and not told and not any(w in lex.action.joins or w in (",", ".") for w in between):
            start = k
            break
    if start is None:
        start = _told_past(words, back, lex, g)
    if start is None:
        return []
    if words[start] in lex.action.offer_participles:
        start = _offered(words, start, back, lex)  # "har tilbudt at jeg kan starte op igen"
        if start is None:
            return []
    kept, years = [start], range(0)
    for k in range(start + 1, min(back, start + _DEED_MAX)):
        nxt = words[k + 1] if k + 1 < len(words) else ""
        if k in years:
            continue
        if punct[k] or k in dated or words[k] in lex.fillers:
            break
        years = range(k, k + _years_span(words, k, lex))
        if years:
            continue  # "sang i kirkekoret i mange år": how long the story went on, no wish
        if words[k] in lex.action.joins and (
            nxt in lex.pointing_back or nxt in lex.run_on_subjects or k + 1 >= back
        ):
            break  # "… i teltet og det var …"
        if _new_clause(words, k, lex, g):
            break  # "… i kirken her i tolv år ikke jeg står ved døren …": a spoken tag, a clause
        kept.append(k)
    while kept and words[kept[-1]] in lex.action.joins | lex.action.trailing:
        kept.pop()
    return kept


def _new_clause(words: Sequence[str], k: int, lex, g: Grammar) -> bool:
    """True where speech runs on into a new main clause without a join: a subject and its
    finite verb at k ("… i tolv år jeg står ved døren"), or a negation said as a tag before
    them ("… i tolv år ikke jeg står …"); "ikke" before the participle's object stays."""
    j = k + 1 if words[k] in lex.negations else k
    if j + 1 >= len(words) or words[j] not in lex.run_on_subjects:
        return False
    verb = words[j + 1]
    return g.is_present(verb) or g.infinitive_of_preterite(verb) is not None


def before_years(words: Sequence[str], place: list[int], lex) -> list[int]:
    """A place told with the story's deed, cut before the span of years it went on ("i
    fodboldklubben i sytten år til ungdomskampene" → "i fodboldklubben"): how long the story
    lasted is no part of the wish."""
    for n, k in enumerate(place):
        if _years_span(words, k, lex):
            return place[:n]
    return place


def _years_span(words: Sequence[str], k: int, lex) -> int:
    """How many words a span of years told at k takes ("i mange år", "i over fyrre år", "i 30
    år"); 0 when none starts there ("i år" is this year)."""
    j, n = k + 1, len(words)
    if words[k] not in lex.habit_years_leads:
        return 0
    while j < n and words[j] in lex.habit_years_bounds:
        j += 1
    if j < n and words[j] in lex.numbers.vague:
        while j < n and words[j] in lex.numbers.vague:
            j += 1  # "i mange mange år"
    elif j < n and (number := number_at(words, j, lex.numbers)) is not None:
        j += number[1]
    else:
        return 0
    return j + 1 - k if j < n and words[j] in lex.habit_years_units else 0


def _told_past(words: Sequence[str], back: int, lex, g: Grammar) -> int | None:
    """Where the last deed told in the past tense before word `back` starts: a finite past verb
    right after its subject ("jeg underviste i dansk …", "min mand gik altid tur …"); None when
    none is told so."""
    for k in range(back - 1, 0, -1):
        before = words[k - 1]
        subject = before in lex.run_on_subjects or before in lex.people
        if subject and g.infinitive_of_preterite(words[k]) is not None:
            return k
    return None


def _offered(words: Sequence[str], k: int, back: int, lex) -> int | None:
    """Where the deed starts in another's offer or question at k ("tilbudt at jeg kan starte
    …", "spurgt om jeg vil med …"): after the lead, the subject and the modal; None when the
    offer says no such clause (the offer itself is no deed of the citizen's)."""
    cues = lex.action
    j = k + 1
    if j + 3 >= back or words[j] not in cues.offer_leads or words[j + 1] not in lex.run_on_subjects:
        return None
    return j + 3 if words[j + 2] in cues.offer_modals else None


def told_place(
    action: str | None,
    words: Sequence[str],
    said: Sequence[str],
    punct: Sequence[bool],
    spans: Sequence[tuple[int, int]],
    lex,
    g: Grammar,
) -> str | None:
    """The wish's phrase with the place of the clause its pointing word points back at ("…
    frivillige i lektiecaféen på biblioteket om tirsdagen, og det kunne jeg godt tænke mig, at
    hjælpe de store børn med lektier": "hjælpe de store børn med lektier i lektiecaféen på
    biblioteket"); as it is when the phrase has a place, or no such clause comes before it."""
    if not action:
        return action
    there = _there_place(action, words, said, punct, spans, lex, g)
    if there != action:
        return there
    leads, tokens = lex.action.place_leads, action.lower().split()
    if any(a in leads and b not in leads | lex.action.place_not for a, b in pairwise(tokens[1:])):
        return action  # "stå i butikken": a place of its own
    head = action.split()[0].lower()
    start = next(
        (
            k
            for k in range(2, len(words))
            if words[k - 1] in g.infinitive_markers and said[k].lower() == head
        ),
        None,
    )  # "…, at hjælpe"
    if start is None:
        return action
    back = next(
        (
            k
            for k in range(start - 1, 0, -1)
            if words[k] in lex.pointing_back
            and (words[k - 1] in lex.action.joins or punct[k - 1])
            and any(w in lex.wish_verbs for w in words[k + 1 : min(start, k + _WISH_REACH + 1)])
        ),
        None,
    )  # "…, og det kunne jeg godt tænke mig"
    if back is None:
        return action
    place = _clause_place(words, back, punct, spans, lex, g)
    if not place:
        return action
    return f"{action} {' '.join(said[k] for k in place)}"


def _there_place(
    action: str,
    words: Sequence[str],
    said: Sequence[str],
    punct: Sequence[bool],
    spans: Sequence[tuple[int, int]],
    lex,
    g: Grammar,
) -> str:
    """The wish's phrase with its "derud" said as the place of the habit told before the wish
    ("jeg skal til genoptræning på sygehuset tirsdag og torsdag … vil gerne … tage den derud
    alene": "tage den til genoptræning på sygehuset alene"): the place that ends right before
    that habit's time; as it is when there is none."""
    tokens = action.split()
    at = next((n for n, t in enumerate(tokens) if t.lower() in lex.freq_there_words), None)
    wish = next((k for k, w in enumerate(words) if w in lex.wish_verbs), None)
    if at is None or wish is None:
        return action
    told = [(s, e) for s, e in spans if e <= wish]
    if not told:
        return action
    place = _clause_place(words, max(told)[1], punct, spans, lex, g)
    if not place:
        return action
    tokens[at : at + 1] = [said[k] for k in place]
    return " ".join(tokens)


def _clause_place(
    words: Sequence[str],
    back: int,
    punct: Sequence[bool],
    spans: Sequence[tuple[int, int]],
    lex,
    g: Grammar,
) -> list[int]:
    """The place that ends the clause before word `back` (past its join, mark and time: "…
    i lektiecaféen på biblioteket om tirsdagen, og det"): from its first place lead up to the
    clause's end; empty when the clause ends on no place, or on a body part ("ondt i ryggen")."""
    k = back - 1
    while k > 0 and (punct[k] or words[k] in lex.action.joins):
        k -= 1
    for s, e in sorted(spans, reverse=True):
        if s <= k < e:
            k = s - 1  # "… om tirsdagen": the time said after the place
    end = k + 1
    run = []
    while k >= 0 and end - k <= _PLACE_MAX and not punct[k]:
        w = words[k]
        if w in lex.action.place_clause_subjects or w in lex.action.joins or w in lex.pointing_back:
            break
        run.insert(0, k)
        k -= 1
    leads = lex.action.place_leads
    lead = next(
        (
            n
            for n, j in enumerate(run[:-1])
            if words[j] in leads and words[run[n + 1]] not in leads | lex.action.place_not
        ),
        None,
    )
    if lead is None or words[run[-1]] in leads or fold(words[run[-1]]) in g.body_parts:
        return []
    return run[lead:]


_REQUIREMENT_REACH = 4  # words from the clause's lead to "kunne" ("men så skal jeg jo kunne")


def required_place(
    action: str | None, words: Sequence[str], said: Sequence[str], punct: Sequence[bool], lex, g
) -> str | None:
    """The wish's phrase with the place that ends what it requires, said after the wish ("… det
    vil jeg gerne igen men så skal jeg jo kunne åbne glassene og stå ved komfuret i mit eget
    køkken": "… i mit eget køkken"): the clause opens with a lead, a modal of need and "kunne";
    its last place, from its last lead on. As it is when none, or the phrase has a place."""
    cues = lex.action
    if not action or not cues.requirement_modals:
        return action
    tokens, occasion = action.lower().split(), lex.person_occasion_lead
    if any(
        a in cues.place_leads and a != occasion and b not in cues.place_leads | cues.place_not
        for a, b in pairwise(tokens)
    ):
        return action  # "i haven igen": a place of its own ("til hans fødselsdag" is none)
    wish = next((k for k, w in enumerate(words) if w in lex.wish_verbs), None)
    if wish is None:
        return action
    for k in range(wish + 1, len(words) - 1):
        if words[k] not in cues.requirement_leads or words[k + 1] not in cues.requirement_modals:
            continue
        reach = words[k + 2 : k + 2 + _REQUIREMENT_REACH]
        if g.can_forms.isdisjoint(reach) or cues.place_clause_subjects.isdisjoint(reach):
            continue
        end = k + 2
        while end < len(words) and not punct[end]:
            end += 1
        place = _last_place(words, k + 2, end, lex, g)
        if place and not all(said[j].lower() in action.lower().split() for j in place):
            return f"{action} {' '.join(said[j] for j in place)}"
        return action
    return action


def _last_place(words: Sequence[str], start: int, end: int, lex, g) -> list[int]:
    """The place that ends the words start..end: from its last lead to the end ("bære kurven ned
    i kælderen": "i kælderen"), when it has no more than _PLACE_MAX words and names no body
    part."""
    leads, not_place = lex.action.place_leads, lex.action.place_not
    lead = next(
        (
            j
            for j in range(end - 2, start - 1, -1)
            if words[j] in leads and words[j + 1] not in leads | not_place
        ),
        None,
    )
    if lead is None or end - lead > _PLACE_MAX or fold(words[end - 1]) in g.body_parts:
        return []  # "bøje mig i knæet"
    if any(w in lex.action.joins or w in lex.action.place_clause_subjects for w in words[lead:end]):
        return []  # "… i køkkenet og jeg …": more than a place
    return list(range(lead, end))
