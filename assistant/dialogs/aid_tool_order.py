"""The aids an answer names beside a tool read from its compound, in the order said ("har givet
mig tykke pinde af træ med godt greb, og gigthandsker … Og min mand har købt lampe med lup":
"med tykke pinde af træ med godt greb, gigthandsker og en lampe med lup"): the tool's own
phrase where it was said, each other tool by its words as said, each aid of the lexicon by its
words (or lemma) with its article."""

from __future__ import annotations

from collections.abc import Mapping, Sequence


def aids_in_order(
    own: str,
    tool: str,
    aids: Sequence[str],
    tools: Mapping[str, str],
    words: Mapping[str, str],
    g,
) -> list[str]:
    """The noun phrases of `aids` (in the order the answer says them) with `own` (the tool
    `tool`'s phrase, without its "med") in the tool's place (last when `tool` is ""); an aid
    already in `own` or with no article known is left out (the draft's fields keep it)."""
    items: list[str] = []
    for aid in aids:
        if aid == tool:  # "med højbed": a bare singular said by a second language gets its article
            bare = own.startswith(tools.get(aid, "-")) and _needs_article(tools[aid], aid)
            article = g.indefinite_article(aid) if bare else None
            items.append(f"{article} {own}" if article else own)
            continue
        if aid.lower() in own.lower():
            continue
        if aid in tools:  # another tool: as said ("gigthandsker"), an article for a bare one
            phrase = tools[aid]
            if _needs_article(phrase, aid) and (article := g.indefinite_article(aid)):
                phrase = f"{article} {phrase}"
        elif article := g.indefinite_article(aid):
            phrase = f"{article} {words.get(aid) or aid}"
        else:
            continue
        items.append(phrase)
    return items


def _needs_article(phrase: str, aid: str) -> bool:
    """True for a tool said as its bare name alone ("højbed", "skærebræt"); a form of its own
    ("kandeholderen", "gigthandsker"), an article or more words before it need none."""
    return phrase.lower() == aid.lower()
