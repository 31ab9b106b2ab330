"""The place or occasion said beside the wish's verb phrase: it belongs to the goal.

"spille kort igen om torsdagen i aktivitetscentret": after the day, the place goes on;
"mødes med pigerne på biblioteket igen, i caféen": a part with no verb of its own that opens with
a place; "vaske mit eget tøj selv. maskinen står jo ude i bryggerset": a thing standing in a
place tells where the wish is done; "tilbage på arbejde, bare nogle timer på kontoret i
tømmerhandlen": a verbless part that names a place. A part with a verb of its own (someone
else's doing, a story) gives nothing, nor does a place already said in the phrase.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

_PLACE_MAX = 7  # words of a place phrase ("på kontoret i tømmerhandlen ude på havnen")
_PART_MAX = 12  # words of a verbless part read for a place


def place_tail(
    words: Sequence[str],
    kept: list[int],
    cues,
    spans: dict[int, int],
    punct: Sequence[bool],
    finite: Callable[[int], bool],
    amount: Callable[[int], bool] = lambda _j: False,
) -> list[int]:
    """The token indices of a place phrase said after the wish's phrase `kept`; empty when none.

    `finite` tells a finite verb, `amount` a number or unit ("nogle timer på kontoret")."""
    if not kept or not cues.place_leads:
        return []
    n = len(words)
    said_verb = finite
    finite = lambda j: said_verb(j) and words[j] not in cues.place_leads  # noqa: E731  ("ved")
    found = next_part(
        words, kept, spans, punct, lambda w: w in cues.trailing or w in cues.place_skip
    )  # "… om torsdagen i aktivitetscentret"
    if found is None:
        return []
    k, mark, skipped = found
    crossed = mark is not None
    if k >= n:
        return []
    end = _part_end(k, punct)
    start = k
    dwelling = _dwelling_place(words, kept, k, end, cues, finite)
    if dwelling:  # "besøge min veninde Ruth hun bor på plejehjemmet"
        return dwelling
    met = _meeting_place(words, kept, k, min([end, *(s for s in spans if s > k)]), cues, finite)
    if met:  # "se mine gamle kolleger igen vi var en flok der mødtes på cafeen"
        return met
    if words[k] not in cues.place_leads:
        start = _standing_place(words, k, end, cues)  # "maskinen står jo ude i bryggerset"
        if start is not None and _has_place(words, kept, cues):
            # "køre på min el-scooter ned til Rema …. knallerten står ude i carporten": the wish
            # goes somewhere already; where the thing stands is the story, not where it is done
            return []
        if start is None and crossed and end - k <= _PART_MAX:
            start = next((j for j in range(k, end) if words[j] in cues.place_leads), None)
            if start is not None and not all(
                amount(j) or words[j] in cues.place_amounts or words[j] in cues.place_skip
                for j in range(k, start)
            ):  # "min datter bor i Skive", "især tomaterne i drivhuset": the place is theirs
                start = None
        if start is None:
            return []
    elif not (crossed or skipped):
        return []  # the phrase was cut for another reason (a new statement, its length)
    place = _place(words, start, min([end, *(s for s in spans if s > start)]), cues, finite)
    if not place:
        return []
    if crossed and (
        any(finite(j) for j in range(place[-1] + 1, end))
        or any(words[j] in cues.place_clause_subjects for j in range(k, end))
    ):
        return []  # "i haven faldt jeg": the part has a verb or a subject of its own
    said = {words[j] for j in kept}
    if all(words[j] in said or words[j] in cues.place_leads for j in place):
        return []  # "svømme i svømmehallen. i svømmehallen": a place said twice is said once
    while words[place[0]] in said and words[place[1]] in cues.place_leads:
        place = place[1:]  # "sætte mit hår op igen, op i en knold": its particle once
    listed = _listed_places(words, place, punct, cues, finite)
    comma = mark is not None and words[mark] == ","
    if len(listed) > len(place) and comma and _has_place(words, kept, cues):
        listed = [mark, *listed]  # "… i køkkenet, i gangen og …": the list's comma stays
    place = listed
    return place + _way_clause(words, place[-1] + 1, _part_end(place[-1] + 1, punct), cues)


def _listed_places(words: Sequence[str], place: list[int], punct: Sequence[bool], cues, finite):
    """The place with the places listed right after it, each its own lead and noun, joined by
    commas and "og" ("i køkkenet, i gangen og på badeværelset"): one list, kept whole. A part
    that goes on after its place ("…, i haven har jeg …") ends the list before it."""
    out = list(place)
    k = place[-1] + 1
    while k < len(words) and (words[k] == "," or words[k] in cues.joins):
        j = k + 1
        if words[k] == "," and j < len(words) and words[j] in cues.joins:
            j += 1  # "…, og på badeværelset"
        if j >= len(words) or words[j] not in cues.place_leads:
            break
        more = _place(words, j, _part_end(j, punct), cues, finite)
        after = more[-1] + 1 if more else j
        if not more or (after < len(words) and not punct[after] and words[after] not in cues.joins):
            break
        out += [*range(k, j), *more]
        k = after
    return out


def _way_clause(words: Sequence[str], k: int, end: int, cues) -> list[int]:
    """The clause of the wish's own way right after its place ("handle i Netto hver fredag i
    min kørestol uden at min nabo skal med"): from its lead (span_clause_leads) to the part's
    end or a stop; empty when none opens at k."""
    if not _way_clause_at(words, k, cues):
        return []
    out = []
    while k < end and len(out) < cues.max_words and words[k] not in cues.stops:
        out.append(k)
        k += 1
    return out


def _way_clause_at(words: Sequence[str], k: int, cues) -> bool:
    return any(tuple(words[k : k + len(lead)]) == lead for lead in cues.span_clause_leads)


def standing_place(
    words: Sequence[str], cues, punct: Sequence[bool], finite: Callable[[int], bool]
) -> list[int]:
    """The place of a thing told standing somewhere at the start of a part, with no wish phrase
    to follow ("det er vasketøjet. maskinen står nede i kælderen og …": "nede i kælderen"): where
    the chore told is done. Empty when no part says one."""
    if not cues.place_leads or cues.position_verbs.isdisjoint(words):
        return []  # no verb of position said (most answers): no thing told standing anywhere
    for k in range(len(words) - 2):
        if k and not punct[k - 1] and words[k - 1] not in cues.joins:
            continue  # a thing opening a part ("… . maskinen står"), not "min søn står"
        end = _part_end(k, punct)
        start = _standing_place(words, k, end, cues)
        if start is not None:
            place = _place(words, start, end, cues, finite)
            if place:
                return place
    return []


#: Letters of the shortest word of a wish that may be the head of a place's compound ("koret").
_HEAD_MIN = 4


def retold_place(
    words: Sequence[str],
    lemmas: Sequence[str],
    kept: list[int],
    cues,
    spans: dict[int, int],
    punct: Sequence[bool],
    finite: Callable[[int], bool],
) -> list[int]:
    """The place said where the wish's deed is told again in a part of its own ("bage mit
    rugbrød igen. jeg har bagt rugbrød til kirkecaféen"; "jeg sang i kirkekoret … jeg vil gerne
    synge igen"): the wish's verb in another form, then only the wish's own words up to a
    place. Empty when none, or when the phrase already says that place or a place of its own
    ("gå ned på kirkegården til Karens grav hver søndag ligesom vi altid gik i kirke sammen":
    the deed told again is the story's, its place is not where the wish goes)."""
    if not kept or not cues.place_leads or _has_place(words, kept, cues):
        return []
    verb = words[kept[0]]
    stem = verb[:-1] if verb.endswith("e") else verb
    forms = {stem + end for end in cues.retold_endings} - {verb}
    said = {words[j] for j in kept}
    inside = set(range(kept[0], kept[-1] + 1))
    for j, lemma in enumerate(lemmas):
        if j in inside or words[j] == verb:
            continue
        if words[j] not in forms and lemma not in (lemmas[kept[0]], verb):
            continue  # the same verb in another form ("bagt", "sang"): the deed told again
        k = j + 1
        while (
            k < len(words)
            and not punct[k]
            and k not in spans
            and k - j <= _PLACE_MAX
            and (words[k] in said or words[k] in cues.place_skip)
        ):
            k += 1
        if k >= len(words) or words[k] not in cues.place_leads:
            continue
        end = min([_part_end(k, punct), *(s for s in spans if s > k)])
        place = _told_place(words, _place(words, k, end, cues, finite), cues)
        with_whom = next(
            (n for n, p in enumerate(place) if n and words[p] in cues.object_company), None
        )
        place = place[:with_whom]  # "i haven med naboerne": who was with the story, not the wish
        if place and _named_in_wish(words, place, said, cues):
            return []  # "danse folkedans med foreningen igen": "i folkedanserforeningen" said
        if place and not all(words[p] in said or words[p] in cues.place_leads for p in place):
            return place
    return []


def _named_in_wish(words: Sequence[str], place: list[int], said: set[str], cues) -> bool:
    """True when the wish's phrase names the place's noun already, whole or as the head of its
    compound ("med foreningen" for "i folkedanserforeningen", "med koret" for "i kirkekoret")."""
    heads = {w for w in said if len(w) >= _HEAD_MIN and w not in cues.place_leads}
    return any(words[p].endswith(tuple(heads)) for p in place if words[p] not in cues.place_leads)


def _has_place(words: Sequence[str], kept: list[int], cues) -> bool:
    """True when the phrase `kept` names a place after its verb: a place lead, then a word that
    is neither a lead nor a word no place opens with ("på kirkegården", not "i hvert fald")."""
    return any(
        words[a] in cues.place_leads
        and words[b] not in cues.place_leads
        and words[b] not in cues.place_not
        and words[b] not in cues.place_skip
        for a, b in zip(kept[1:], kept[2:], strict=False)
        if b == a + 1
    )


def _told_place(words: Sequence[str], place: list[int], cues) -> list[int]:
    """The place without the story's time after it ("i kirkekoret i 30 år", "til basaren hvert
    år"): up to a number or a word that is no place."""
    for n, j in enumerate(place[1:], 1):
        if words[j].isdigit() or words[j] in cues.place_not:
            place = place[:n]
            break
    while place and words[place[-1]] in cues.place_leads:
        place = place[:-1]
    return place


def next_part(
    words: Sequence[str],
    kept: list[int],
    spans: dict[int, int],
    punct: Sequence[bool],
    skip: Callable[[str], bool],
) -> tuple[int, int | None, bool] | None:
    """Where the words after the wish's phrase `kept` go on, past dates and frequencies
    (`spans`, start → end), one punctuation mark and words to `skip`: (that index, the mark
    crossed or None, whether a date or frequency was crossed); None past a second mark (only
    the next part belongs to the wish), unless the part between them said only words to skip
    ("morgenmad. selv. rugbrød og kaffe": the mark is then the last one)."""
    k, mark, skipped = kept[-1] + 1, None, False
    said = False  # a word said since the mark: a part of only skipped words ("selv.") is none
    while k < len(words):
        if k in spans:
            k, skipped, said = spans[k], True, said or mark is not None
        elif punct[k]:
            if mark is not None and said:
                return None
            k, mark = k + 1, k
        elif skip(words[k]):
            k += 1
        else:
            break
    return k, mark, skipped


def _part_end(k: int, punct: Sequence[bool]) -> int:
    """Where the part starting at `k` ends: at the next punctuation mark or the end."""
    n = len(punct)
    while k < n and not punct[k]:
        k += 1
    return k


def _standing_place(words: Sequence[str], k: int, end: int, cues) -> int | None:
    """Where the place starts in "maskinen står (jo) ude i bryggerset" (a thing in its place)."""
    if k + 2 >= end or words[k] in cues.place_not_subjects:
        return None
    if words[k + 1] not in cues.position_verbs:
        return None
    j = k + 2
    while j < end and (words[j] in cues.place_skip or words[j] in cues.trailing):
        j += 1
    return j if j < end and words[j] in cues.place_leads else None


def _dwelling_place(
    words: Sequence[str], kept: list[int], k: int, end: int, cues, finite
) -> list[int]:
    """The place where the person visited lives, said right after the wish to visit them
    ("besøge min veninde Ruth hun bor på plejehjemmet ovre på den anden side af byen": "på
    plejehjemmet"): its lead and the words up to the next lead; empty when none."""
    if not any(words[j] in cues.visit_verbs for j in kept) or k + 3 >= end:
        return []
    if words[k] not in cues.place_clause_subjects or words[k + 1] not in cues.dwelling_verbs:
        return []
    j = k + 2
    while j < end and (words[j] in cues.place_skip or words[j] in cues.trailing):
        j += 1
    if j >= end or words[j] not in cues.place_leads:
        return []
    place = _place(words, j, end, cues, finite)
    lead_end = next((n for n, p in enumerate(place) if words[p] not in cues.place_leads), 0)
    nxt = next(
        (n for n in range(lead_end, len(place)) if words[place[n]] in cues.place_leads), None
    )
    return place[:nxt] if nxt else place


_MEETING_REACH = 6  # words from the clause's start to its meeting verb ("vi var sådan en flok der")


def _meeting_place(
    words: Sequence[str], kept: list[int], k: int, end: int, cues, finite
) -> list[int]:
    """The place where the wish's company meets, told in the clause right after the wish ("se
    mine gamle kolleger igen vi var sådan en flok der mødtes på cafeen nede i byen": "på cafeen
    nede i byen"): a subject opens it, one of `meeting_verbs` comes soon, then a place. Empty
    when none, or when the phrase names a place of its own."""
    if k >= end or words[k] not in cues.place_clause_subjects or _has_place(words, kept, cues):
        return []
    verb = next(
        (
            j
            for j in range(k + 1, min(end, k + _MEETING_REACH + 1))
            if words[j] in cues.meeting_verbs
        ),
        None,
    )
    if verb is None:
        return []
    j = verb + 1
    while j < end and (words[j] in cues.place_skip or words[j] in cues.trailing):
        j += 1
    if j >= end or words[j] not in cues.place_leads:
        return []
    return _told_place(words, _place(words, j, end, cues, finite), cues)


def _place(words, start: int, end: int, cues, finite) -> list[int]:
    """The place phrase from `start`: up to a new clause (its subject before its verb), a join,
    a verb or punctuation."""
    out = []
    j = start
    while j < end and len(out) < _PLACE_MAX:
        w = words[j]
        if w in cues.stops or w in cues.cut_leads or w in cues.joins or w in cues.wish_verbs:
            break
        if _way_clause_at(words, j, cues):
            break  # "i min kørestol uden at …": the place ends before the clause
        if out and finite(j) and not _joined_lead(words, j, end, cues):
            break
        if out and w in cues.place_clause_subjects and (j + 1 >= end or finite(j + 1)):
            break  # "henne i aktivitetscentret jeg har spillet …": a new clause's subject
        out.append(j)
        j += 1
    while out and (words[out[-1]] in cues.trailing or words[out[-1]] in cues.place_leads):
        out.pop()
    lead_end = 0
    while lead_end < len(out) and words[out[lead_end]] in cues.place_leads:
        lead_end += 1
    if lead_end == len(out) or words[out[lead_end]] in cues.place_not:
        return []  # "i hvert fald", "på grund af": no place
    return out


def _joined_lead(words, j: int, end: int, cues) -> bool:
    """True for a place lead shaped like a verb ("ved") that is the second word of a place's
    preposition ("bag ved kulturhuset", "nede ved havnen"), a place word after it, no subject."""
    before = words[j - 1] if j else ""
    after = words[j + 1] if j + 1 < end else ""
    return (
        words[j] in cues.place_leads
        and (before in cues.place_joined_firsts or before in cues.place_leads)
        and after.isalpha()
        and after not in cues.place_clause_subjects | cues.place_not | cues.place_leads
    )
