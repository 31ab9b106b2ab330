"""Spoken shapes of a sign or a wish written as Danish: the verb after "og", a state, a way.

"når jeg kan være med til hele korprøven og synger med": after the modal a verb joined by "og"
is an infinitive too ("og synge med"). "pillerne er væk fra æsken" is a state, said after
"når", not after "når jeg kan". "fra stoppestedet og op til graven er det en to hundrede meter og
så tilbage igen" is a way with its distance: walked ("gå en to hundrede meter fra stoppestedet
…"). "tre fire sider" is a range (3-4), "færdig helt" is "helt færdig", and a filler between a
thing and the things it stands for ("mine ting øh syltetøjet og kartoflerne") marks an
apposition set off by commas.
"""

from __future__ import annotations

from assistant.content.grammar import Grammar, fold, nfc
from assistant.content.grammar import bare as _b
from assistant.nlp.criterion import span_lead
from assistant.nlp.numbers import number_at
from assistant.nlp.word_forms import no_verb_of

_EDGE = ",.;:!?"
_LIST_ITEMS = 3  # things of an afterthought list, "og" between each ("kartofler og kød og sovs")
_ELLIPSIS = ".…"  # "to...", "smøre…": a word broken off
_ELLIPSES = ("..", "…")
_HEAD_MIN = 4  # letters of a noun a compound may end in ("brød" in "rugbrød")
_UNIT_REACH = 6  # words from "er det" to the distance's unit ("en to hundrede meter")
_DEFINITE = ("en", "et", "ne")  # a definite noun's endings ("altanen", "syltetøjet", "tomaterne")
_PLURAL_DEFINITE = "rne"  # "kartoflerne": no infinitive, though it ends in -e ("fjerne" is)
_PLURAL_DEFINITE_MIN = 7  # letters of the shortest such plural ("æblerne")
_RANGE_FROM = 2  # the value of the first of range_numbers


_SPAN_REACH = 5  # words of a span of days after its lead, with it ("i en hel uge")
_IN_A_ROW_REACH = 5  # words of a count said before "i træk" ("en hel uge", "syv dage")


def in_a_row_tail(words: list[str], lex) -> list[str]:
    """The words that end a sign with a count in a row or a span of days ("… når jeg kommer om
    søndagen en hel uge i træk", "… syv dage i streg", "…, hver morgen i en uge", "… hver dag i
    fjorten dage"): from the count's number or article, the span's lead or its occasion ("hver
    morgen") on, as said; [] when the sign ends otherwise."""
    low = [fold(w.strip(_EDGE)).lower() for w in words]
    rows = {tuple(fold(w) for w in p) for p in lex.occasion_in_a_row}  # "i traek" typed too
    row = next((len(p) for p in rows if len(p) < len(low) and tuple(low[-len(p) :]) == p), 0)
    said = [w.rstrip(_EDGE) if i == len(words) - 1 else w for i, w in enumerate(words)]
    if not row:
        return _span_tail(words, said, lex.criterion)
    end = len(low) - row
    for k in range(end - 1, max(-1, end - 1 - _IN_A_ROW_REACH), -1):
        found = number_at(low, k, lex.numbers)
        if found and k + found[1] < end:
            return said[k:]
    return []


def _span_tail(words: list[str], said: list[str], cues) -> list[str]:
    """ "…, hver morgen i en uge": a span of days after its lead, with the occasion said before
    it ("hver morgen"), as said; [] for none."""
    reach = max(0, len(words) - _SPAN_REACH)
    lead = span_lead(words[reach:], cues)
    if lead is None:
        return []
    k = reach + lead
    if k >= 2 and _b(words[k - 2]) in cues.span_each and _b(words[k - 1]) in cues.span_units:
        k -= 2  # "hver morgen i en uge"
    return said[k:] if k > 0 else []


def _tail(word: str) -> str:
    return word[len(word.rstrip(_EDGE)) :]


def _after_a_verb(word: str, g: Grammar) -> bool:
    """True for a word that follows a verb, not a noun of a list: a particle or an object
    pronoun ("og synger med", "og lægger dem")."""
    b = _b(word)
    objects = g.object_pronouns | g.reflexive_objects | g.comment_subjects | g.referring_pronouns
    return b in g.sign_particles | g.motion_adverbs | objects


def infinitives_after_and(words: list[str], g: Grammar) -> list[str]:
    """A verb phrase with a present verb right after "og" ("være med til korprøven og synger
    med") with that verb an infinitive ("og synge med"). Only a present verb followed by a
    particle or an object pronoun ("æbler og pærer" are things); the reach ends at a clause
    lead or a subject of its own."""
    if not words or not g.is_infinitive(words[0]) or _b(words[0]) in g.not_verbs:
        return words
    # a subject of its own ("når hun kommer") or "at" ("uden at") ends its reach; "om" may be
    # a preposition ("om torsdagen")
    stops = g.run_on_subjects | g.relative_leads | g.infinitive_markers | g.question_words
    out = list(words)
    for i in range(1, len(out) - 2):
        if _b(out[i]) in stops or out[i - 1][-1:] in ".;:!?":
            break
        verb = out[i + 1]
        if (
            _b(out[i]) != g.and_word
            or out[i][-1:] in _EDGE
            or g.is_present(out[i - 1])  # "… æbler og pærer med hjem": a list of things
            or not g.is_present(verb)
            or g.noun_kind(verb) is not None
            or not _after_a_verb(out[i + 2], g)
        ):
            continue
        infinitive = g.infinitive_of(verb)
        if infinitive and not no_verb_of(verb, infinitive, g):  # "fugle og træer til"
            out[i + 1] = infinitive + _tail(verb)
    return out


def infinitives_after_comma(words: list[str], g: Grammar) -> list[str]:
    """A verb phrase that lists its doings with commas and closes the list with "og" and a
    doing ("gå ud i stalden, giver begge heste hø og vand og strigler dem") with each present
    verb right after a comma an infinitive ("…, give begge heste …"). Only when the list closes
    on a verb ("og strigler dem", "og gå hjem"): "tage jakken, handsker og hue" are things;
    a subject after the verb ("…, går jeg") or a clause lead ends it."""
    if not words or not g.is_infinitive(words[0]) or _b(words[0]) in g.not_verbs:
        return words
    stops = g.run_on_subjects | g.relative_leads | g.infinitive_markers | g.question_words
    stops = stops | g.subordinators | (g.clause_joins - {g.and_word})  # "…, når børnene kommer"
    reach = next(
        (i for i in range(1, len(words)) if _b(words[i]) in stops or words[i - 1][-1:] in ".;:!?"),
        len(words),
    )
    closed = any(
        _b(words[i]) == g.and_word
        and words[i][-1:] not in _EDGE
        and (g.is_present(words[i + 1]) or g.is_infinitive(words[i + 1]))
        and _after_a_verb(words[i + 2], g)
        for i in range(1, reach - 2)
    )
    if not closed:
        return words
    out = list(words)
    for i in range(1, reach - 1):
        verb, after = out[i], out[i + 1]
        if (
            out[i - 1][-1:] != ","
            or verb[-1:] in _EDGE
            or not verb.islower()
            or _b(verb) in g.modals
            or not g.is_present(verb)
            or g.noun_kind(verb) is not None
            or _b(after) in stops | {g.and_word}
            or _b(after) in g.subject_pronouns
        ):
            continue
        infinitive = g.infinitive_of(verb)
        if infinitive:
            out[i] = infinitive + _tail(verb)
    return out


def motion_after_and(words: list[str], g: Grammar) -> list[str]:
    """A verb phrase whose part after "og" is a way without a verb ("sidde op på sengekanten og
    over i kørestolen"): the motion verb before it ("og komme over i kørestolen"). Only after a
    verb that does not move ("gå op ad trappen og ned i kælderen" says it) and before a
    direction with its preposition; the reach ends at a clause lead or a subject of its own. Two
    ways paired by "og" ("hjælpe folk ind og ud af bilen", "op og ned ad trappen") are one way."""
    if not words or not g.is_infinitive(words[0]) or _b(words[0]) in g.not_verbs:
        return words
    reflexive = len(words) > 1 and _b(words[1]) in g.reflexive_objects  # "rejse mig": no way
    if (_b(words[0]) in g.perfect_be_verbs and not reflexive) or not g.motion_verb:
        return words
    stops = g.run_on_subjects | g.relative_leads | g.infinitive_markers | g.question_words
    for i in range(1, len(words) - 2):
        if _b(words[i]) in stops or words[i - 1][-1:] in ".;:!?":
            break
        way, lead = _b(words[i + 1]), _b(words[i + 2])
        if (
            _b(words[i]) == g.and_word
            and words[i][-1:] not in _EDGE
            and words[i + 1][-1:] not in _EDGE
            and _b(words[i - 1]) not in g.motion_adverbs  # "ind og ud af bilen": one way, paired
            and way in g.motion_adverbs - g.dangling
            and lead in g.way_prepositions
            and (reflexive or not _route_from(words, i, g))  # "rejse mig fra …": a way
        ):
            return [*words[: i + 1], g.motion_verb, *words[i + 1 :]]
    return words


_ROUTE_REACH = 4  # words from "fra" to the "og" that ends its route ("fra tredje sal og ned")


def _route_from(words: list[str], i: int, g: Grammar) -> bool:
    """True when "og" at i ends a route opened by one of route_leads just before it, no mark
    between ("vaske alle trapper fra tredje sal og ned til hoveddøren"): from there and down to
    here, no second motion that needs a verb (after a reflexive verb, "rejse mig fra stolen og
    hen til vinduet", the way is a motion of its own)."""
    for k in range(i - 1, max(0, i - 1 - _ROUTE_REACH), -1):
        if words[k][-1:] in _EDGE:
            return False
        if _b(words[k]) in g.route_leads:
            return True
    return False


def state_clause(words: list[str], g: Grammar, relative: bool = False) -> list[str]:
    """A sign said as a state of a thing without a lead ("pillerne er væk fra æsken", "min
    kurv er tom", "alle planterne er vandet"): the clause to say after "når"; [] for any other
    sign. A relative's "hans kurv" is left alone (the citizen's possessive)."""
    lead = 1 if len(words) > 1 and _b(words[0]) in g.infinitive_markers else 0  # "at rummet …"
    quantifiers = g.subject_quantifiers | g.state_subjects
    quantifiers |= {_b(first) for first, _j in g.listed_state_subjects.values()}  # "hverken"
    if (
        len(words) > lead + 1
        and _b(words[lead]) in quantifiers
        and _b(words[lead + 1]) != g.be_word  # "ingen er glemt": the pronoun is the subject
    ):
        lead_k = lead + 1  # "alle planterne er vandet", "begge mine planter er …", "ingen piller"
    else:
        lead_k = lead
    k = lead_k + 1 if len(words) > lead_k and _b(words[lead_k]) in g.possessive_words else lead_k
    if relative and k > lead_k:
        return []
    if len(words) < k + 3:
        return []
    subject, be = _b(words[k]), _be_after_subject(words, k, g)
    if be is None or words[k][-1:] in _EDGE:
        return []
    if subject in (
        g.function_words
        | g.comment_subjects
        | g.run_on_there
        | g.run_on_subjects
        | g.citizen_pronouns
        | g.can_forms
        | g.modals
    ):
        return []
    if not subject.isalpha():
        return []
    if k > lead:
        return words[lead:]  # "ingen piller", "hver pose", "min kurv": a noun after it
    if g.is_present(words[k]) or subject in g.short_infinitives:
        return []
    if g.is_infinitive(subject) and not subject.endswith(_DEFINITE):
        return []  # "cykle er svært": a doing, no thing
    return words[lead:]


def clause_marks(words: list[str], start: int, g: Grammar) -> list[str]:
    """The words with the mark a clause lead takes written before it from `start` on ("tom
    når det bliver søndag": "tom, når det bliver søndag"); a lead marked already stays."""
    out = list(words)
    folded = [_b(w) for w in out]
    for i in range(max(start, 1), len(out)):
        if out[i - 1][-1:] in _EDGE:
            continue
        mark = next(
            (m for lead, m in g.clause_leads if tuple(folded[i : i + len(lead)]) == lead), ""
        )
        if mark:
            out[i - 1] += mark
    return out


#: Words of a place between a state's subject and its "er" ("rummet i pilleæsken er tomt").
_STATE_PLACE_REACH = 5  # "planterne i stuen og i altankasserne er vandet": two places


def _be_after_subject(words: list[str], k: int, g: Grammar) -> int | None:
    """Where "er" stands after the subject words[k]: right after it ("kurven er tom"), or after
    a place of a preposition and a noun or two ("rummet i pilleæsken er tomt", "pladsen på min
    reol er ryddet"); None when no such "er" follows."""
    if k + 1 < len(words) and _b(words[k + 1]) == g.be_word:
        return k + 1
    joins, listed = {_b(j) for _first, j in g.listed_state_subjects.values()}, k
    while listed + 3 < len(words) and _b(words[listed + 1]) in joins:
        listed += 2  # "hverken frisøren eller lægen er glemt": things listed
        if _b(words[listed + 1]) == g.be_word:
            return listed + 1
    if k + 2 >= len(words) or _b(words[k + 1]) not in g.dangling:
        return None  # "i", "på", "ved": a place of the thing
    for j in range(k + 2, min(len(words), k + 3 + _STATE_PLACE_REACH)):
        word = words[j - 1]
        verb = g.is_present(word) or (g.is_infinitive(word) and not _b(word).endswith(_DEFINITE))
        if word[-1:] in _EDGE or (j > k + 2 and verb):  # "altankasserne": a noun
            return None
        if _b(words[j]) == g.be_word:
            return j if j > k + 2 and j + 1 < len(words) else None
    return None


def _distance_unit(word: str, g: Grammar) -> bool:
    """True for a unit of a distance, a kind that has a way ("meter", "km")."""
    b = _b(word)
    for kind in g.measure_kinds:
        if not kind.way_leads:
            continue
        for unit in kind.units:
            if b.startswith(fold(unit)) or b in g.unit_short.get(unit, frozenset()):
                return True
    return False


def told_route(words: list[str], g: Grammar, own_verb: str = "") -> list[str]:
    """A way told as the subject of "er det" with its distance ("fra stoppestedet og op til
    graven er det en to hundrede meter og så tilbage igen") as a verb phrase that walks it ("gå
    en to hundrede meter fra stoppestedet og op til graven og så tilbage igen"); the wish's verb
    when it goes a distance ("cykle"), else route_verb. [] for any other sign."""
    leads = g.route_leads | {w for kind in g.measure_kinds for w in kind.way_leads}
    if len(words) < 5 or _b(words[0]) not in leads or not g.route_verb:
        return []
    for i in range(2, len(words) - 2):
        if _b(words[i]) != g.be_word or _b(words[i + 1]) not in g.comment_subjects | g.run_on_there:
            continue
        route = words[:i]
        if any(w[-1:] in _EDGE for w in route[:-1]) or any(g.is_present(w) for w in route):
            return []
        unit = next(
            (
                j
                for j in range(i + 2, min(len(words), i + 2 + _UNIT_REACH))
                if _distance_unit(words[j], g)
            ),
            None,
        )
        if unit is None:
            return []
        goes = {v for kind in g.measure_kinds if kind.way_leads for v in kind.after_verbs}
        verb = own_verb if fold(own_verb).lower() in goes else g.route_verb
        route = [*route[:-1], route[-1].rstrip(_EDGE)]
        distance = [*words[i + 2 : unit], words[unit].rstrip(_EDGE)]
        return [verb, *distance, *route, *words[unit + 1 :]]
    return []


def written_ranges(words: list[str], g: Grammar) -> list[str]:
    """Two numbers in a row, the second one more, written as a range ("tre fire sider" → "3-4
    sider"); a spoken "en" before them goes ("en tre fire sider")."""
    order = {w: k for k, w in enumerate(g.range_numbers)}
    first = _RANGE_FROM
    out: list[str] = []
    i = 0
    while i < len(words):
        a = order.get(_b(words[i]))
        b = order.get(_b(words[i + 1])) if i + 1 < len(words) else None
        if a is not None and b == a + 1 and words[i][-1:] not in _EDGE:
            if out and _b(out[-1]) in g.approximate_said and out[-1][-1:] not in _EDGE:
                out.pop()
            out.append(f"{a + first}-{b + first}{_tail(words[i + 1])}")
            i += 2
            continue
        out.append(words[i])
        i += 1
    return out


def degrees_before(words: list[str], g: Grammar) -> list[str]:
    """A degree said after the end point it measures, written before it ("barbere mig færdig
    helt" → "barbere mig helt færdig")."""
    out = list(words)
    for i in range(1, len(out)):
        prev = out[i - 1]
        if _b(out[i]) in g.late_degrees and _b(prev) in g.finished_words and prev[-1:] not in _EDGE:
            out[i - 1], out[i] = out[i].rstrip(_EDGE), prev + _tail(out[i])
    return out


def definite_plural(word: str) -> bool:
    """True for a definite plural by its form ("tomaterne", "æblerne"), no verb ("fjerne")."""
    b = _b(word)
    return len(b) >= _PLURAL_DEFINITE_MIN and b.endswith(_PLURAL_DEFINITE)


def _thing(word: str, g: Grammar) -> bool:
    """A word that may end the name of a thing ("ting", "altanen"): no verb, no small word."""
    b = _b(word)
    if not b.isalpha() or b in g.function_words | g.spoken_fillers | g.degree_words:
        return False
    return not (g.is_infinitive(word) and g.noun_kind(word) is None and not definite_plural(b))


def _definite_thing(word: str, g: Grammar) -> bool:
    """A definite noun by its ending ("syltetøjet", "pelargonierne"), no small word."""
    b = _b(word)
    if len(b) < 5 or not b.isalpha():
        return False
    if b in g.function_words | g.sign_particles | g.motion_adverbs | g.not_verbs:
        return False
    return b.endswith(_DEFINITE)


def spoken_appositions(words: list[str], g: Grammar) -> list[str]:
    """A filler between a thing and the things it stands for set off by commas ("hente mine
    ting øh syltetøjet og kartoflerne og holde fast …" → "hente mine ting, syltetøjet og
    kartoflerne, og holde fast …"): the comma closes before an "og" that goes on with a verb,
    else at the end, where the goal's next part closes it (phrase.close_apposition). A time of
    day may stand between the thing and the filler ("finde mine ting hver morgen ikk
    høreapparatet brillerne og nøglerne"); things said side by side before the last "og" are
    a written list ("høreapparatet, brillerne og nøglerne")."""
    out = list(words)
    for i in range(1, len(out) - 1):
        if (
            _b(out[i]) not in g.spoken_fillers
            or out[i - 1][-1:] in _EDGE
            or out[i][-1:] in _EDGE
            or not (_thing(out[i - 1], g) or _thing_then_time(out, i - 1, g))
            or not _definite_thing(out[i + 1], g)
        ):
            continue
        out[i - 1] += ","
        out[i] = ""
        k = i + 1
        while k + 1 < len(out) and out[k][-1:] not in _EDGE and _definite_thing(out[k + 1], g):
            out[k] += ","  # "høreapparatet brillerne og nøglerne": a list said without commas
            k += 1
        for k in range(i + 2, len(out) - 1):
            if out[k - 1][-1:] in _EDGE:
                break
            nxt = out[k + 1]
            if (
                _b(out[k]) == g.and_word
                and g.is_infinitive(nxt)
                and g.noun_kind(nxt) is None
                and not definite_plural(nxt)
            ):
                out[k - 1] += ","
                break
    return [w for w in out if w]


def _thing_then_time(words: list[str], k: int, g: Grammar) -> bool:
    """True when words[k] ends a time of day ("om morgenen", "hver morgen") said right after a
    thing ("mine ting om morgenen")."""
    lead = _b(words[k - 1]) if k > 1 else ""
    if lead not in g.time_of_day_leads | g.time_of_day_every or not _b(words[k]).isalpha():
        return False
    return words[k - 2][-1:] not in _EDGE and _thing(words[k - 2], g)


def spoken_examples(words: list[str], g: Grammar) -> list[str]:
    """Things said as examples of the thing before them, set off by a comma ("lave min egen
    varme mad ikk sådan nogle rigtige frikadeller" → "lave min egen varme mad, nogle rigtige
    frikadeller"): the spoken pointer "sådan" before "nogle" (or after a filler, before "en",
    "et") names what kind; it goes, and so do the fillers before it."""
    out = list(words)
    for i in range(1, len(out) - 2):
        articles = g.spoken_pointers.get(_b(out[i]), frozenset())
        if _b(out[i + 1]) not in articles or out[i][-1:] in _EDGE:
            continue
        j = i - 1
        while j > 0 and _b(out[j]) in g.spoken_fillers and out[j][-1:] not in _EDGE:
            j -= 1
        if out[j][-1:] in _EDGE or not _thing(out[j], g) or not g.is_noun_form(out[j]):
            continue
        if j == i - 1 and _b(out[i + 1]) not in g.example_articles:
            continue  # "med sådan en tung ske" right after a word: the way, not an example
        out[j] += ","
        for k in range(j + 1, i + 1):
            out[k] = ""
        return [w for w in out if w]
    return out


def spoken_object_list(words: list[str], g: Grammar) -> list[str]:
    """Things run on after an adverb that closes the verb phrase, set off by a comma ("smøre
    mine egne madder til frokost igen rugbrød med leverpostej" → "… igen, rugbrød med
    leverpostej"): nothing of the verb's follows such an adverb, so a thing there is an
    apposition (closed by the goal's next part, phrase.close_apposition)."""
    closing = g.phrase_end_adverbs - g.independence_words
    for i in range(1, len(words) - 1):
        if (
            _b(words[i]) in closing
            and words[i][-1:] not in _EDGE
            and _run_on_thing(words, i + 1, g)
        ):
            return [*words[:i], words[i] + ",", *words[i + 1 :]]
    return words


def _run_on_thing(words: list[str], k: int, g: Grammar) -> bool:
    """True for a noun at k that opens a list of things ("rugbrød", "boller og kringler"): a
    known noun or its form, a plural by its ending, no name, no small word, and no verb after it."""
    word = words[k]
    b = _b(word)
    small = g.function_words | g.clause_adverbs | g.degree_words | g.spoken_fillers
    if not b.isalpha() or not word[:1].islower() or b in small | g.phrase_end_adverbs:
        return False
    plural = (
        len(b) > _HEAD_MIN + 1
        and not g.is_infinitive(b)
        and any(b.endswith(end) for kind, ends in g.noun_endings if kind == "pl" for end in ends)
    )  # "boller", "kartofler"
    if b in g.run_on_fronted_openers or not (
        g.noun_kind(b) or g.is_noun_form(b) or definite_plural(b) or plural
    ):
        return False  # "… igen bagefter": an adverb
    return not any(_b(w) in g.run_on_subjects for w in words[k + 1 :])


def without_restatement(words: list[str], g: Grammar) -> list[str]:
    """A phrase without a spoken restatement after a filler that says its own verb again
    ("læse avisen igen om morgenen ved kaffen altså selv læse den ikke at …" → "læse avisen
    igen om morgenen ved kaffen"): the words before it say the wish."""
    if len(words) < 4 or not g.is_infinitive(words[0]):
        return words
    verb = _b(words[0])
    for i, j in _after_fillers(words, g, g.independence_words):
        if _b(words[j]) == verb:
            return words[:i]
    return words


def _after_fillers(words: list[str], g: Grammar, skipped):
    """(i, j) for each spoken filler at i (from the third word, not right after a mark) and j,
    the first word after it not in `skipped`: where a restatement or a self-repair starts."""
    for i in range(2, len(words) - 1):
        if _b(words[i]) not in g.spoken_fillers or words[i - 1][-1:] in _EDGE:
            continue
        j = i + 1
        while j < len(words) - 1 and _b(words[j]) in skipped:
            j += 1
        yield i, j


def without_broken_marks(words: list[str], g: Grammar) -> list[str]:
    """A phrase typed in broken words without the marks between them ("to... rugbrød",
    "smøre, mad" → "to rugbrød", "smøre mad"): an ellipsis and a comma between the verb and its
    object are no punctuation of the goal sentence (a full stop before a small letter is
    grammar.mend_inner_stops's)."""
    out = []
    for i, w in enumerate(words):
        core = w.rstrip(_ELLIPSIS)
        if core and w.endswith(_ELLIPSES):
            w = core  # "to...": the word the speaker broke off after
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if (
            i == 0
            and w.endswith(",")
            and g.is_infinitive(w)
            and nxt[:1].isalpha()
            and not g.is_infinitive(nxt)
            and _b(nxt) not in g.main_joins | g.function_words
        ):
            w = w[:-1]  # "smøre, mad": a verb and its object, no list
        if w:
            out.append(w)
    return out


def without_self_repair(words: list[str], g: Grammar) -> list[str]:
    """A wish said twice, the second time with other words after a filler: the later verb
    phrase, the one the speaker settled on, when it has an object ("gå i bad selv øh tage et
    brusebad" → "tage et brusebad"); a restated object after a filler replaces the first
    ("lave rigtig mad igen altså varm mad" → "lave varm mad igen")."""
    if len(words) < 4 or not g.is_infinitive(words[0]):
        return words
    for i, j in _after_fillers(words, g, g.spoken_fillers):
        later = words[j:]
        if (
            _verb_phrase_with_object(later, g)
            and not _verb_phrase_with_object(words[:i], g)
            and _b(later[0]) != _b(words[0])
        ):
            return later  # "gå i bad selv øh tage et brusebad"; "vaske mit tøj altså køre en
            # maskine og …" says how, no correction
        restated = _restated_object(words[:i], later, g)
        if restated:
            return restated
    return words


def _verb_phrase_with_object(words: list[str], g: Grammar) -> bool:
    """True for an infinitive (no noun, no filler) followed by an article or a possessive and a
    word ("tage et brusebad", "smøre min mad")."""
    if len(words) < 3 or not _verb_word(words[0], g):
        return False
    return _b(words[1]) in g.articles | g.possessive_words and words[2][:1].isalpha()


def _verb_word(word: str, g: Grammar) -> bool:
    b = _b(word)
    blocked = g.not_verbs | g.function_words | g.spoken_fillers | g.independence_words
    blocked |= g.fillers - g.short_infinitives  # "altså bare det lette": no verb "bare"
    return g.is_infinitive(word) and b not in blocked and g.noun_kind(word) is None


def _restated_object(before: list[str], later: list[str], g: Grammar) -> list[str]:
    """The phrase with its object said again after a filler put in the first one's place ("lave
    rigtig mad igen" + "varm mad" → "lave varm mad igen"); [] when the later words end on
    no noun of the object, or say more than an adjective or two and that noun."""
    later = [w for w in later if _b(w) not in g.independence_words | g.spoken_fillers]
    if not 2 <= len(later) <= 3 or any(w[-1:] in _EDGE for w in later[:-1]):
        return []
    head = _b(later[-1])
    # "brød" … "rugbrød": the compound names the same thing, more closely
    at = next((k for k in range(1, len(before)) if _same_head(_b(before[k]), head)), 0)
    if not at or (_verb_word(later[0], g) and _b(later[0]) not in g.pointing_articles):
        return []  # "lave mad øh spise mad": a verb, no object said again
    if any(_b(w) in g.dangling - g.articles - g.possessive_words for w in before[1:at]):
        return []  # "gå en tur i haven" + "… haven": a place, no object said again
    return [before[0], *later, *before[at + 1 :]]


def without_spoken_list(words: list[str], g: Grammar) -> list[str]:
    """A sign without the things listed after it as an afterthought, three or more bare nouns
    each joined by "og", glued on after a whole phrase ("lave en varm ret fra start til slut
    kartofler og kød og sovs" → "… fra start til slut"); a list after a verb or a preposition
    is its object ("spise morgenmad og frokost og kaffe" stays)."""
    k = len(words)
    items = 0
    while k >= 1 and _bare_item(words[k - 1], g):
        items += 1
        k -= 1
        if k >= 1 and _b(words[k - 1]) in g.main_joins and words[k - 1][-1:] not in _EDGE:
            k -= 1
        else:
            break
    if items < _LIST_ITEMS or _b(words[k]) in g.main_joins or k < 3:
        return words  # "med tallerkner glas og bestik": a list of the sign's own
    if all(g.is_present(w) or g.is_infinitive(w) for w in words[k:] if _bare_item(w, g)):
        return words  # "… og spiser og drikker": verbs, no things
    before = words[k - 1]
    if before[-1:] in _EDGE or not _bare_item(before, g) or g.is_infinitive(before):
        return words  # "… og kød," / "spise morgenmad og frokost"
    if _b(words[k - 2]) in g.articles | g.possessive_words | g.amount_words:
        return words  # "en ret kartofler": no phrase ended before the list
    return words[:k]


def _bare_item(word: str, g: Grammar) -> bool:
    """A word that may be one thing of a spoken list: lower-case letters, no function word, no
    infinitive and no particle ("kartofler" may look like a present verb)."""
    b = _b(word)
    blocked = g.function_words | g.dangling | g.spoken_fillers | g.independence_words
    blocked |= g.sign_particles | g.motion_adverbs | g.static_adverbs | g.amount_words
    return (
        word.isalpha()
        and word[:1].islower()
        and b not in blocked
        and (not g.is_infinitive(word) or g.noun_kind(word) is not None)
    )


def _same_head(first: str, later: str) -> bool:
    """True when a later noun says the first again, itself or a compound ending in it."""
    return first == later or (len(first) >= _HEAD_MIN and later.endswith(first))


def subject_clause_at(words: list[str], i: int, g: Grammar) -> bool:
    """True when one of subject_clause_leads at words[i] opens a clause with its own subject
    and verb ("inden bussen kører", "før jeg falder"); "inden jul" is no clause."""
    if _b(words[i]) not in g.subject_clause_leads or i + 2 >= len(words):
        return False
    k = i + 2 if _b(words[i + 1]) in g.possessive_words else i + 1  # "før min datter kommer"
    if k + 1 >= len(words):
        return False
    subject = _b(words[k])
    thing = subject.isalpha() and subject not in g.function_words and not g.is_present(words[k])
    return (subject in g.run_on_subjects or thing) and g.is_present(words[k + 1])


def present_of_perfect(words: list[str], g: Grammar) -> list[str]:
    """A sign said in the perfect after its modal, in the present ("have fået tøjet på" → "få
    tøjet på", "være gået derned" → "gå derned"): "når jeg kan …" says what will be done. The
    same clause's next verbs after "og" follow ("være stået op og har tøj på og har spist" →
    "stå op og have tøj på og spise"), past an adverb too ("og kun har sat mig" → "og kun sætte
    mig"). After "være" only a verb of perfect_be_verbs makes a perfect ("være klædt på" is a
    state and stays)."""
    k = _perfect_at(words, 0, g)
    if not k:
        return words
    # "have selv fået …": "selv" goes, as before a present verb (the frame says it)
    out = [_participle_infinitive(words[k], g) + _tail(words[k]), *words[k + 1 :]]
    i = 1
    while i < len(out) - 1:
        i += 1
        later = out[i]
        if _clause_lead_at(out, i, g):
            break  # "…, uden at nogen har stået og holdt mig": that clause keeps its tenses
        if out[i - 1].endswith(",") and _listed_participle(later, g):
            out[i] = _participle_infinitive(later, g) + _tail(later)  # "…, vasket det, …"
            continue
        if _b(out[i - 1]) != g.and_word or out[i - 1][-1:] in _EDGE:
            continue
        j = i  # "… og kun har sat mig": the adverb stays before the verb
        while j < len(out) - 1 and _b(out[j]) in g.joined_adverbs and out[j][-1:] not in _EDGE:
            j += 1
        if n := _perfect_at(out, j, g):  # "… og har spist morgenmad"
            verb = _participle_infinitive(out[n], g)
            out = [*out[:j], verb + _tail(out[n]), *out[n + 1 :]]
        elif not g.is_noun_form(later) and (verb := _participle_infinitive(later, g)):
            if g.lemma_forms.get(nfc(later.strip(_EDGE)).lower(), verb) == verb:
                out[i] = verb + _tail(later)  # "… og tørret mig"; not "… og grundigt"
        elif _b(later) in g.perfect_auxiliaries:  # "… og har tøj på"
            out[i] = (g.infinitive_of(later) or later) + _tail(later)
    return out


def _clause_lead_at(words: list[str], i: int, g: Grammar) -> bool:
    """True when words[i] opens a clause of its own inside the sign (clause_leads: "uden at",
    "når", "efter at")."""
    said = tuple(fold(_b(w)) for w in words[i : i + 4])
    return any(said[: len(lead)] == lead for lead, _mark in g.clause_leads)


def _listed_participle(word: str, g: Grammar) -> bool:
    """True for a past participle the lemma table gives as a form of the verb its ending reads
    ("vasket": "vaske", "fået": "få"), one of a comma's list after a perfect; not a word that
    only ends like one ("helst", "godt", "lidt")."""
    verb = _participle_infinitive(word, g)
    form = nfc(word.strip(_EDGE)).lower()
    return bool(verb) and not g.is_noun_form(word) and g.lemma_forms.get(form) == verb


def _perfect_at(words: list[str], i: int, g: Grammar) -> int:
    """The index of the participle of a perfect whose auxiliary ("have", "har", "være") is at
    i, "selv" between ("have selv fået"); 0 for none. After "være" only a verb of
    perfect_be_verbs makes one."""
    if i + 1 >= len(words):
        return 0
    aux = g.infinitive_of(words[i]) if g.is_present(words[i]) else words[i]
    auxes = {_b(g.infinitive_of(a) or a) for a in g.perfect_auxiliaries}
    if not aux or _b(aux) not in auxes or words[i][-1:] in _EDGE:
        return 0
    k = i + 1
    while k < len(words) - 1 and _b(words[k]) in g.independence_words:
        k += 1  # "have selv fået …"
    if k >= len(words) or words[k - 1][-1:] in _EDGE:
        return 0
    verb = _participle_infinitive(words[k], g)
    if not verb or g.is_noun_form(words[k]):
        return 0  # "har tøjet på": a thing
    if _b(aux) == _b(g.infinitive_of(g.be_word) or "") and _b(verb) not in g.perfect_be_verbs:
        return 0  # "være klædt på": a state
    return k


def _participle_infinitive(word: str, g: Grammar) -> str | None:
    """The infinitive of a past participle by its form ("fået" → "få", "vasket" → "vaske"), no
    word that only ends like one ("godt", "noget")."""
    b = _b(word)
    if not b.isalpha() or b in g.not_participles or not b.endswith("t"):
        return None
    return g.infinitive_of_participle(word)
