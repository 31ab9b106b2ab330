"""Things joined to a thing of one's own said as given or got (pure).

"jeg har købt en let saks og et maskine uden ledning", "jeg har fået en avis vogn med el motor
… og en pande lampe og en refleks vest": each thing the same sentence joins on by "og" and its
article (dialogue.yaml aid_joined_leads) is named beside the first in the goal, in the person's
words (handlers._given_unknown_aid), never lost because the lexicon knows no aid by it. A
learner's article that does not agree with the thing right after it ("et maskine") takes the
thing's own ("en maskine").
"""

from __future__ import annotations

from assistant.content.grammar import EDGE, fold
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


def agreeing_article(words: list[str], thing: str, g) -> list[str]:
    """`words` ("et", "maskine", …) with an indefinite article said right before its thing
    agreeing with it ("en maskine"); as said when the thing's gender is unknown, an adjective
    stands between ("et stort maskine" is left to the lint), the thing takes both articles
    ("en lift", "et lift") or the article is none."""
    if len(words) < 2 or fold(words[0]).lower() not in g.article_genders:
        return words
    if fold(words[1].strip(EDGE)).lower() != fold(thing).lower():
        return words
    article = g.indefinite_article(thing) if g.of_one_gender(thing) else None  # not "lift"
    return [article, *words[1:]] if article else words
