"""Counts a trouble forces: how often it happens today, no goal frequency."""

from __future__ import annotations

from collections.abc import Sequence

FILLER_REACH = 2  # fillers ("altså", "jo") between the frequency and its cause


def forced_count(words: Sequence[str], freq, lex) -> bool:
    """True for several times a night said right before its cause ("jeg skal ud på toilettet
    tre fire gange hver nat pga prostataen", "han vågner fem gange om natten på grund af
    smerterne"): what the trouble forces on the night; "skal op og tisse to gange hver nat"
    says no cause and keeps it."""
    if freq is None or freq.value.times < 2 or words[freq.end - 1] not in lex.night_periods:
        return False
    k = freq.end
    while k < len(words) and k - freq.end < FILLER_REACH and words[k] in lex.fillers:
        k += 1
    return any(tuple(words[k : k + len(lead)]) == lead for lead in lex.cause_leads)


def night_need_before_wish(words: Sequence[str], freq, matches, lex) -> bool:
    """True for several times a night told before the wish ("min mor hun skal op og tisse tre
    fire gange hver nat ikk … hun vil gå selv ud på toilettet"): how often the night makes her
    get up today, no goal frequency; the wish itself is done each of those times."""
    wish_at = min((s for lab, s, _e in matches if lab == "wish"), default=None)
    if wish_at is None or freq is None or freq.end > wish_at or freq.value.times < 2:
        return False
    return words[freq.end - 1] in lex.night_periods


TROUBLE_REACH = 6  # words before a frequency searched for the trouble's verb


def trouble_event(words: Sequence[str], freq, lex) -> bool:
    """True for a frequency in the clause of a trouble's own verb ("far falder to gange om
    ugen", "jeg glemmer mine piller hver dag", "han taber ting hver dag"): how often the trouble
    happens, as "… . det sker hver dag" says it, or of a trouble's state ("jeg sidder alene hver
    dag"); a modal or a wish verb between them ("glemmer det og skal …") or a clause break ends
    the search, and "bange for at falde" is no event."""
    stops = lex.clause_breaks | lex.soft_clause_breaks | lex.wish_verbs
    stops |= frozenset(lex.classes.get("modal", ())) | {","}
    for k in range(freq.start - 1, max(-1, freq.start - 1 - TROUBLE_REACH), -1):
        w = words[k]
        if w in lex.trouble_verbs:  # before the stops: "drømmer" is a wish verb's form too
            return k == 0 or words[k - 1] not in lex.subject_leads  # not "for at falde"
        if w in stops:
            return False
        if w in lex.trouble_states:  # "jeg sidder alene hver dag": a state, how often today
            return not _wished_before(words, k, lex)
    return False


def _wished_before(words: Sequence[str], k: int, lex) -> bool:
    """True when a wish verb or a modal stands before word k in its clause: "jeg vil ikke være
    så ensom om søndagen" wishes the state away, its "om søndagen" is the goal's time."""
    wishes = lex.wish_verbs | frozenset(lex.classes.get("modal", ()))
    for j in range(k - 1, -1, -1):
        if words[j] in lex.clause_breaks or words[j] == ",":
            return False
        if words[j] in wishes:
            return True
    return False


IDLE_AFTER_REACH = 2  # fillers ("så", "bare") between "og" and the idle verb after a duration


def idle_after(words: Sequence[str], end: int, lex) -> bool:
    """True for a duration ending at `end` followed by one of idle_after_joins and a verb of
    idle_words ("går rundt en time og leder", "sidder en halv time og venter på bussen"): the
    time the trouble costs today, as "leder en time" says it."""
    if end >= len(words) or words[end] not in lex.idle_after_joins:
        return False
    skip = lex.fillers_and_adverbs
    k = end + 1
    while k < len(words) and k - end <= IDLE_AFTER_REACH and words[k] in skip:
        k += 1
    return k < len(words) and words[k] in lex.idle_words


STATE_SUBJECT_GAP = 1  # words ("jo") between a fronted frequency's subject and its copula


def trouble_before_wish(words: Sequence[str], freq, matches, lex) -> bool:
    """True for a frequency told before the wish in a clause of its own that tells the trouble:
    a trouble's or an idle verb before it ("jeg ligger vågen til klokken tre hver nat ik … så
    jeg vil prøve at komme i seng klokken elleve", "han glemmer sine piller hver dag, han vil
    gerne …"), or a state fronted by it ("hver dag vi er nye for ham", "hver nat er hun urolig"):
    how it is today, no goal frequency. A clause that holds a wish or a modal keeps it."""
    wish_at = min((s for lab, s, _e in matches if lab == "wish"), default=None)
    if wish_at is None or freq.start >= wish_at:
        return False
    ends = lex.clause_breaks | {","}
    lo = freq.start
    while lo > 0 and words[lo - 1] not in ends:
        lo -= 1
    hi = freq.end
    while hi < len(words) and words[hi] not in ends and hi < wish_at:
        hi += 1
    modals = frozenset(lex.classes.get("modal", ()))
    if any(words[k] in modals or words[k] in lex.wish_verbs for k in range(lo, hi)):
        return False
    told = range(lo, freq.start)
    if any(words[k] in lex.trouble_verbs or words[k] in lex.idle_words for k in told):
        return True
    k = freq.end
    if k < len(words) and words[k] in lex.fronted_state_subjects:
        k += 1
        while k < len(words) and k - freq.end <= STATE_SUBJECT_GAP and words[k] in lex.fillers:
            k += 1
        return k < len(words) and words[k] in lex.state_copulas
    return False


FRONTED_SUBJECT_REACH = 3  # words of the subject between the auxiliary and its participle


def fronted_story_count(words: Sequence[str], start: int, end: int, lex) -> bool:
    """True for a count of times fronted before a perfect, its subject and its participle ("to
    gange er gryden brændt på", "tre gange har han glemt nøglen"): how often it happened, no
    goal's measure; "to gange om ugen har jeg …" (a frequency) and "to gange er nok" stay."""
    if lex.units.get(words[end - 1]) != "gang" or end >= len(words):
        return False
    if words[end] not in lex.perfect_aux:
        return False
    for k in range(end + 2, min(len(words), end + 2 + FRONTED_SUBJECT_REACH)):
        if len(words[k]) > 3 and words[k].endswith(lex.participle_endings):
            return True
    return False
