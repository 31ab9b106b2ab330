"""A ladder for one kind of a broad activity (a template of `own_words`: hobbies, work, company)
fits a wish only when the wish's deed is one its steps practise: "spille violin … til gammel
dans" is no dancing, "ryge sild … ude i haven" no garden work; such a wish gets steps from its
own deed. The kinds of a narrow activity are its things ("køre en tur på cyklen" is cycling)."""

from __future__ import annotations

from assistant.content.goals import GoalTemplate, GoalTemplates, LadderVariant
from assistant.content.grammar import fold

#: Words of a step before its verb: "Jeg kan".
_STEP_LEAD = 2


def _names(word: str, words: tuple[str, ...]) -> bool:
    """True when `word` is one of `words`, or begins with one ending in "*" ("dans*")."""
    return any(word == w or (w.endswith("*") and word.startswith(w[:-1])) for w in words)


def step_deeds(variant: LadderVariant) -> tuple[str, ...]:
    """The verbs the variant's steps open with ("Jeg kan danse en enkelt dans" → "danse")."""
    verbs = []
    for step in variant.steps:
        words = [fold(w.strip(",.")) for w in step.split()]
        if len(words) > _STEP_LEAD:
            verbs.append(words[_STEP_LEAD])
    return tuple(verbs)


def other_deed(
    own_words: list[str], variant: LadderVariant, template: GoalTemplate, templates: GoalTemplates
) -> bool:
    """True when the wish of a broad activity opens with a deed of its own (an infinitive:
    "spille", "ryge", "brodere") that the variant's steps do not practise: none of its `when`
    words or `deeds`, no verb its steps open with, not the activity's own verb ("dyrke"), no
    deed of no kind of its own (`light_deeds`: "gå", "komme"); False for a narrow activity and
    for a wish that opens with no infinitive ("kor igen")."""
    if not template.own_words or not own_words:
        return False
    if not templates.grammar.is_infinitive(own_words[0]):
        return False
    deed = own_words[0]
    if deed in templates.grammar.not_verbs:
        return False
    light = tuple(fold(str(w)) for w in templates.common.get("light_deeds") or ())
    verb = fold(template.verb).split()[:1]
    practised = (*variant.when, *variant.deeds, *step_deeds(variant), *light, *verb)
    later = _joined_deed(own_words, templates) if _names(deed, light) else None
    if later is not None:
        # "komme ned i haven og kigge på stjernerne": the place is where, the later deed is
        # what is done; "… og ordne bedene" names the kind's thing with it
        if any(_names(w, variant.when) for w in own_words[later + 1 :]):
            return False
        deed = own_words[later]
    return not _names(deed, practised)


def _joined_deed(own_words: list[str], templates: GoalTemplates) -> int | None:
    """Where the first infinitive joined after the wish's opening deed stands ("komme ned i
    haven og kigge på stjernerne": "kigge"; no noun of the noun list: "og kage"), or None."""
    g = templates.grammar
    for k in range(2, len(own_words)):
        w = own_words[k]
        if own_words[k - 1] not in g.main_joins or w in g.not_verbs or w in g.nouns:
            continue  # "… med kaffe og kage": a thing, no deed
        if g.is_infinitive(w):
            return k
    return None
