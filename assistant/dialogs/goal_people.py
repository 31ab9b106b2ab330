"""The people and places of the goal's parts read from all the answers (pure): the citizen's
town said "her i byen" (home_town), a relative's "de to" said as the citizen's pair
(paired_pronoun), a reason's later sentence naming someone nobody tied left out (untied_name).
`g` is the goal grammar of the dialogue (draft.goal_templates)."""

from __future__ import annotations

from assistant.content.grammar import fold
from assistant.dialogs.home_town import home_towns, without_home_town
from assistant.dialogs.named_kin import named_kin
from assistant.dialogs.own_name_called import own_names
from assistant.dialogs.paired_pronoun import pair_of_citizen
from assistant.dialogs.untied_name import without_untied_genitives, without_untied_names


def home_said(phrase, s, content, g):
    """A goal part naming the town the citizen lives in, said "her i byen" (home_town)."""
    if not phrase:
        return phrase
    words = content.dialogue.words
    about = s.about if isinstance(s.about, dict) else {}
    citizen = {fold(w) for w in (*str(about.get("name") or "").split(), about.get("called") or "")}
    citizen |= {fold(g.self_subject)} | set(g.citizen_pronouns if s.speaker == "relative" else ())
    others = frozenset(fold(p) for p in content.lexicon.people) - citizen
    answers = [e.get("answer") for e in s.transcript or []]
    verbs = frozenset(fold(w) for w in words.get("home_verbs", ()))
    leads = frozenset(fold(w) for w in words.get("home_town_leads", ()))
    towns = home_towns(answers, verbs, leads, others, frozenset(citizen - {""}))
    said = {fold(w.split()[0]): " ".join(w.split()[1:]) for w in words.get("home_town_said", ())}
    return without_home_town(str(phrase), towns, said)


def pair_said(told, s, content, g):
    """A relative's reason saying "de to" of the citizen and the one person another answer pairs
    her with: said as the pair (paired_pronoun)."""
    about = s.about if isinstance(s.about, dict) else {}
    if not told or s.speaker != "relative" or not about.get("pos"):
        return told
    answers = [e.get("answer") for e in s.transcript or [] if e.get("said_by") == "relative"]
    citizen = {fold(w) for w in (*str(about.get("name") or "").split(), about.get("called") or "")}
    citizen |= g.citizen_by_possessive.get(about["pos"], frozenset()) & g.subject_pronouns
    people = frozenset(fold(p) for p in content.lexicon.people)
    pairs = {tuple(fold(p).split()) for p in content.dialogue.words.get("citizen_pair_words", ())}
    pos = str(about["pos"])
    return pair_of_citizen(str(told), answers, frozenset(citizen - {""}), pos, g, people, pairs)


def untied_left_out(told, s, content, g):
    """The reason without its later sentences naming a person no answer ties (untied_name)."""
    if not told:
        return told
    leads = frozenset(fold(w) for w in content.dialogue.words.get("place_name_leads", ()))
    return without_untied_names(told, g, _known_names(s, content, g), leads)


def untied_genitive_left_out(sign, s, content, g):
    """The sign without a clause saying the genitive of a name no answer ties (untied_name)."""
    if not sign:
        return sign
    return without_untied_genitives(sign, g, _known_names(s, content, g))


def _known_names(s, content, g) -> frozenset[str]:
    """The folded words that name no untied person: the citizen's own names, person words and
    the names an answer ties ("mit oldebarn Alma")."""
    about = s.about if isinstance(s.about, dict) else {}
    answers = [e.get("answer") for e in s.transcript or []]
    words = content.dialogue.words
    known = {fold(w) for w in str(about.get("name") or "").split()}
    known |= own_names(answers, words) | {fold(p) for p in content.lexicon.people}
    owners = {
        *next((r for r in g.possessives if g.own_possessive in r), ()),
        *g.citizen_possessives,
    }
    # "mit oldebarn Alma" in any answer: Alma is tied; the composer says her by the tie
    known |= {fold(n) for n in named_kin(answers, content.lexicon.people, owners, g.person_names)}
    return frozenset(known)
