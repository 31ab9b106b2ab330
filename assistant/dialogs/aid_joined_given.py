"""Things joined to a thing of one's own said as given or got (pure).

"jeg har købt en let saks og et maskine uden ledning", "jeg har fået en avis vogn med el motor
… og en pande lampe og en refleks vest": each thing the same sentence joins on by "og" and its
article (dialogue.yaml aid_joined_leads) is named beside the first in the goal, in the person's
words (handlers._given_unknown_aid), never lost because the lexicon knows no aid by it. A
learner's article that does not agree with its thing ("et maskine") takes the thing's own ("en
maskine"), as nlp/learner_articles.py writes it everywhere.
"""

from __future__ import annotations

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
