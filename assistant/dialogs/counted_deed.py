"""A measure answer that tells a deed with a count of things ("Jeg lave dej med maskine, så jeg
selv rulle ud ti yufka og bage på panden"): the clause from that verb on is the sign ("rulle ud
ti yufka og bage på panden"), taken at once, not asked again."""

from __future__ import annotations

from assistant.content.grammar import EDGE
from assistant.nlp.counted_object import counted_noun
from assistant.nlp.numbers import number_at

_APART_MAX = 3  # words of a measure set off after a comma ("500 meter", "ca 200 meter")


def counted_deed(said: list[str], words: list[str], ctx) -> str | None:
    """The clause of a verb (maybe a particle after it), a number of two or more and the noun it
    counts, from the verb to the clause's mark; None when the answer has no such count."""
    lex, g = ctx.content.lexicon, ctx.content.goals.grammar
    particles = g.sign_particles | g.motion_adverbs
    for k in range(1, len(words) - 1):
        found = number_at(words, k, lex.numbers, articles=False)
        if not found or found[0] < 2 or said[k - 1][-1:] in EDGE:
            continue
        j = k + found[1]
        if j >= len(words) or said[k + found[1] - 1][-1:] in EDGE:
            continue
        if not counted_noun(words[j], lex) or words[j] in lex.numbers.vague:
            continue
        v = k - 1
        while v > 0 and words[v] in g.articles | g.not_verbs and said[v - 1][-1:] not in EDGE:
            v -= 1  # "syet de sidste tyve firkanter": the count's own words before it
        if v > 0 and words[v] in particles and said[v - 1][-1:] not in EDGE:
            v -= 1  # "rulle ud ti yufka"
        done = v > 0 and words[v - 1] in g.perfect_auxiliaries
        if done and g.infinitive_of_participle(words[v]):
            v -= 1  # "har syet de sidste tyve firkanter sammen": said in the perfect, whole
        elif words[v] in g.not_verbs or not (g.is_infinitive(words[v]) or g.is_present(words[v])):
            continue
        end = next((e + 1 for e in range(j, len(said)) if said[e][-1:] in EDGE), len(said))
        return " ".join(said[v:end]).strip(",.;:!?")
    return None


def deed_beside(criterion: str, said: list[str], words: list[str], ctx) -> str | None:
    """The clause with a count of things (counted_deed) of an answer whose sign found elsewhere
    leaves that count out ("Lave 40 pierogi selv, fra dej til koge. Sidde på stol ved bord.":
    "Lave 40 pierogi selv", not "Sidde på stol ved bord"); None when the sign holds it."""
    deed = counted_deed(said, words, ctx)
    if deed is None:
        return None
    numbers = ctx.content.lexicon.numbers
    told = deed.lower().split()
    counts = {w for k, w in enumerate(told) if number_at(told, k, numbers, articles=False)}
    if counts & set(criterion.lower().split()):
        return None
    head, _comma, tail = criterion.rpartition(",")
    told_apart = tail.lower().split()
    if head and 0 < len(told_apart) <= _APART_MAX and number_at(told_apart, 0, numbers):
        # "Jeg selv gå til café, 500 meter. Spille tre spil.": the walk told with its own
        # measure set off is a part of the sign too; both, joined, the measure placed later
        return f"{head} {ctx.content.goals.grammar.and_word} {deed[:1].lower()}{deed[1:]}"
    return deed
