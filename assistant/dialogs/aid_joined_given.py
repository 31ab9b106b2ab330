"""Things joined to a thing of one's own said as given or got (pure).

"jeg har købt en let saks og et maskine uden ledning", "jeg har fået en avis vogn med el motor
… og en pande lampe og en refleks vest": each thing the same sentence joins on by "og" and its
article (dialogue.yaml aid_joined_leads) is named beside the first in the goal, in the person's
words (handlers._given_unknown_aid), never lost because the lexicon knows no aid by it. A
learner's article that does not agree with its thing ("et maskine") takes the thing's own ("en
maskine"), as nlp/learner_articles.py writes it everywhere.

A later clause of the speaker's own that tells of another thing given or got ("Klubben har givet
mig en hynde …, og så har jeg fået et par høreværn", "… Og ergoterapeuten har skaffet mig en
kølevest") names it beside them too; whose clause it is decides (later_given): the speaker's
subject or the speaker as the one given to, never another's purchase, a negated clause, a noun's
relative clause or a thing turned down after it. Adjectives joined by "og" stay with their thing
("en lang og tynd kagerulle", adjectives_joined).
"""

from __future__ import annotations

from dataclasses import dataclass

from assistant.content.grammar import EDGE
from assistant.content.yesno import normalise

#: Marks that end a sentence: a thing joined after one belongs to another sentence.
_SENTENCE_ENDS = ".!?;:"


def joined_rest(text: str, joins: list[list[str]], articles: frozenset[str]) -> str | None:
    """The words of `text` from the article said right after the first join of `joins` ("og
    et maskine …": "et maskine …"), when no sentence ends before it; None for none."""
    words = text.split()
    low = [normalise(w.strip(EDGE)) for w in words]
    for i in range(len(words)):
        for p in joins:
            at = i + len(p)
            if p and low[i:at] == p and at < len(low) and low[at] in articles:
                return " ".join(words[at:])
        if words[i][-1:] in _SENTENCE_ENDS:
            return None
    return None


@dataclass(frozen=True)
class LaterWords:
    """The words that tell whose a later clause of the aid answer is (dialogue.yaml
    aid_later_*), each normalised; `leads` are those of a thing given or got."""

    leads: tuple[tuple[str, ...], ...]
    subjects: frozenset[str]  # "jeg", "vi": the speaker's own clause
    recipients: frozenset[str]  # "mig": given to the speaker, whoever gave it
    openers: frozenset[str]  # "og", "så", "men": a clause's first words, no subject
    relatives: frozenset[str]  # "som": a noun's relative clause
    negations: frozenset[str]
    refusal_joins: frozenset[str]  # "men" before a word pointing back
    pointers: frozenset[str]  # "den", "det", "dem"
    for_words: frozenset[str] = frozenset()  # "til" in "… købt et par sko til mig"
    articles: frozenset[str] = frozenset()  # "en", "et": a lead ends in one ("givet mig en")
    offers: frozenset[str] = frozenset()  # "ville": offered, no thing given
    noes: tuple[tuple[str, ...], ...] = ()  # "nej tak": the next sentence turns it down
    unused: frozenset[str] = frozenset()  # "bruger" in "…, som jeg aldrig bruger"


def later_given(text: str, w: LaterWords) -> list[str]:
    """The words of `text` from each lead after its first of a thing given or got that opens a
    later clause of the speaker's own ("…, og så har jeg fået et par høreværn", "Og
    ergoterapeuten har skaffet mig en kølevest"): its subject the speaker or the lead naming the
    speaker as the one given to; not another's ("min søn har købt en dejmaskine"), negated
    ("jeg har ikke fået en stol"), offered only ("hun ville give mig en skinne"), a noun's
    relative clause ("en stol, som jeg har fået en pude til") or turned down after it ("…, men
    den vil jeg ikke have")."""
    words = text.replace(",", " , ").split()
    low = [normalise(x.strip(EDGE)) if x != "," else "," for x in words]
    out = []
    first = True
    for i in range(len(low)):
        lead = next((p for p in w.leads if tuple(low[i : i + len(p)]) == p), None)
        if lead is None:
            continue
        if first:  # the answer's first thing given is read by the first reading, not here
            first = False
            continue
        start = _clause_start(words, low, i, w)
        clause = low[start:i]
        own = bool(w.recipients & set(lead)) or bool(w.subjects & set(clause))
        own = own or _for_speaker(words, low, i + len(lead), w)  # "… købt et par sko til mig"
        if (
            not own
            or lead[-1] not in w.articles  # "givet mig nogle gå øvelser": no thing said so
            or (w.offers & set(clause))  # "Hun ville også give mig en skinne."
            or w.negations & set(clause)
            or (clause[:1] and clause[0] in w.relatives)
            or _turned_down(words, low, i + len(lead), w)
        ):
            continue
        out.append(" ".join(words[i:]).replace(" , ", ", "))
    return out


def given_turned_down(text: str, phrase: str, w: LaterWords) -> bool:
    """True when the thing `phrase` says was given is turned down after it in its sentence
    ("jeg har også fået en siddevogn, men den bruger jeg aldrig")."""
    words = text.replace(",", " , ").split()
    low = [normalise(x.strip(EDGE)) if x != "," else "," for x in words]
    said = [normalise(x.strip(EDGE)) for x in phrase.replace(",", " , ").split()]
    at = next((k for k in range(len(low)) if low[k : k + len(said)] == said), None)
    return at is not None and _turned_down(words, low, at + len(said), w)


def _for_speaker(words: list[str], low: list[str], k: int, w: LaterWords) -> bool:
    """True when the clause after the lead at k names the speaker as the one it was for ("…
    købt et par gode sko med velcro til mig")."""
    for j in range(k, len(low) - 1):
        if low[j] == "," or words[j][-1:] in _SENTENCE_ENDS:
            return False
        if low[j] in w.for_words and low[j + 1] in w.recipients:
            return True
    return False


def _clause_start(words: list[str], low: list[str], i: int, w: LaterWords) -> int:
    """The first word of the clause the lead at i stands in, past its openers ("og så har jeg
    fået": "har")."""
    k = i
    while k > 0 and low[k - 1] not in {",", *w.openers} and words[k - 1][-1:] not in _SENTENCE_ENDS:
        k -= 1
    while k > 0 and low[k - 1] in w.openers:
        k -= 1  # "og så": the whole opening, skipped below
    while k < i and low[k] in w.openers:
        k += 1
    return k


def _turned_down(words: list[str], low: list[str], k: int, w: LaterWords) -> bool:
    """True when the thing given at k is turned down right after its clause: a refusal join, a
    word pointing back and a negation ("…, men den vil jeg ikke have"), or a no opening the next
    sentence when the thing ends its own ("… en skinne til håndleddet. Nej tak, …")."""
    b = max(k - 1, 0)  # the thing's clause ends at a comma, a join or its sentence's end
    while b < len(words) and low[b] != "," and words[b][-1:] not in _SENTENCE_ENDS:
        if b >= k and low[b] in w.openers | w.refusal_joins:
            break
        b += 1
    if b < len(words) and words[b][-1:] in _SENTENCE_ENDS:
        return any(tuple(low[b + 1 : b + 1 + len(n)]) == n for n in w.noes)
    j = b + 1 if b < len(low) and low[b] == "," else b
    if j < len(low) and low[j] in w.relatives:  # "…, som jeg aldrig bruger": never used
        said = set(low[j + 1 : _clause_end(words, low, j + 1) + 1])
        return bool(w.negations & said and w.unused & said)
    if j + 1 >= len(low) or low[j] not in w.refusal_joins or low[j + 1] not in w.pointers:
        return False
    return bool(w.negations & set(low[j + 2 : _clause_end(words, low, j + 2) + 1]))


def _clause_end(words: list[str], low: list[str], k: int) -> int:
    """The last word of the clause from k: before a comma or at its sentence's end."""
    return next(
        (e for e in range(k, len(low)) if low[e] == "," or words[e][-1:] in _SENTENCE_ENDS),
        len(low) - 1,
    )


def adjectives_joined(phrase: str, told: str, and_word: str, adjective) -> str:
    """The phrase of a thing given with the adjectives its last adjective is joined to by "og"
    and the thing after them ("givet mig en lang og tynd kagerulle": "… en lang og tynd
    kagerulle"); as it is when it does not end in an adjective so joined ("en stok og en
    stol")."""
    said = phrase.split()
    if not said or not adjective(said[-1]):
        return phrase
    words = told.replace(",", " , ").split()
    at = next((k for k in range(len(words)) if words[k : k + len(said)] == said), None)
    if at is None:
        return phrase
    k = at + len(said)
    if k >= len(words) or normalise(words[k]) != and_word:
        return phrase
    k += 1
    while k < len(words) and adjective(words[k]) and words[k][-1:] not in EDGE:
        k += 1
    noun = words[k] if k < len(words) else ""
    if k == at + len(said) + 1 or not noun.strip(EDGE).isalpha() or adjective(noun):
        return phrase  # "en lang og en kort": an article, no adjective, after "og"
    return " ".join([*said, *words[at + len(said) : k], noun.rstrip(EDGE)])
