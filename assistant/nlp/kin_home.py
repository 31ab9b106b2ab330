"""Where an owned person the wish names lives, and a pointing word that goes there.

"mit barnebarn Maja hun bor i Australien …, jeg vil gerne selv kunne ringe til hende": the goal
says "ringe til mit barnebarn Maja i Australien" (person_home). "vores datter mette hun bor i
malaga … jeg vil gerne kunne flyve derned igen": the pointing word is the way to her, "flyve ned
til vores datter Mette i Malaga igen" (pointed_home), unless the answer names a place of its
own before it (event_place reads that one). The home is told just after the person (people.yaml
home_skip, home_verbs, home_leads) and is a name: said with a capital, or said small as speech
gives it and known to no table ("malaga"), then written with one ("Malaga"); a place that is a
word ("bor i nærheden", "bor i byen") is none.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from assistant.content.grammar import Grammar, fold
from assistant.nlp.event_place import named_place

HOME_REACH = 4  # words from an owned person to the verb of where they live


def said_name(text: str, word: str, lex) -> bool:
    """True for a first name said right after a relation word ("mit barnebarn Oskar"), not a
    pronoun typed with a capital ("min søn Han …")."""
    if not (text[:1].isupper() and text.isalpha() and len(word) > 1):
        return False
    return not any(
        word in words for words in (lex.third_person_subjects, lex.third_person_objects, lex.owners)
    )


def person_home(
    action: str | None, words, said, people, lex, is_word: Callable[[str], bool]
) -> str | None:
    """The wish's phrase with where the owned person it names lives, told just after them
    ("ringe til mit barnebarn Maja i Australien"). As it is when the phrase does not name them,
    says the place already, or the place is no name."""
    if not action or not lex.home_verbs:
        return action
    for _person, i in people:
        home = _home(words, said, i, lex, is_word)
        if home is None:
            continue
        last, lead, place = home
        tokens = action.split()
        at = _said_at(tokens, words[i - 1 : last + 1])
        if at is None:
            continue
        if fold(place).lower() in fold(action).lower():
            return action
        end = at + last + 2 - i
        return " ".join([*tokens[:end], lead, place, *tokens[end:]])
    return action


def pointed_home(
    action: str | None, words, said, people, lex, g: Grammar, is_word: Callable[[str], bool]
) -> str | None:
    """The wish's phrase with its pointing word ("derned", "derover") said as the way to the
    owned person whose home the answer told before it ("ned til vores datter Mette i Malaga");
    as it is when the answer names a place of its own before the word, or no such home."""
    if not action or lex.action is None or not lex.home_verbs:
        return action
    there = lex.action.fragment_there
    tokens = action.split()
    at = next((n for n, t in enumerate(tokens) if t.lower() in there), None)
    if at is None:
        return action
    back = next((k for k, w in enumerate(words) if w == tokens[at].lower()), len(words))
    if named_place(words[:back], said, lex, g):
        return action  # "vi har kolonihave ude ved banen … cykle derud": that place
    # every owned person said before it, also one `people` leaves out as whom a relative's
    # words are about ("hans søster bor i Skive og han vil gerne køre derover")
    named = sorted({i for _p, i in people} | {k for k in range(back) if words[k] in lex.people})
    told = [(i, h) for i in named if i < back and (h := _home(words, said, i, lex, is_word))]
    if not told:
        return action
    i, (last, lead, place) = told[-1]
    way = [there[tokens[at].lower()], lex.action.fragment_motion_lead]
    if _said_at(tokens, words[i - 1 : last + 1]) is not None:
        way.append(place)  # "køre over til Aarhus og besøge min søn": he is named already
    else:
        way.extend([*said[i - 1 : last + 1], lead, place])
    return " ".join([*tokens[:at], *way, *tokens[at + 1 :]])


def _said_at(tokens: Sequence[str], span: Sequence[str]) -> int | None:
    """Where the words of `span` ("min datter Mette") stand in the phrase's tokens, or None."""
    folded = [fold(w).lower() for w in span]
    return next(
        (
            n
            for n in range(len(tokens) - len(folded) + 1)
            if [fold(t).lower().strip(",") for t in tokens[n : n + len(folded)]] == folded
        ),
        None,
    )


def _home(
    words: Sequence[str], said: Sequence[str], i: int, lex, is_word: Callable[[str], bool]
) -> tuple[int, str, str] | None:
    """(the person's last word, the lead, the place as written) for the home told right after
    the owned person at i ("mit barnebarn Maja hun bor i Australien"), else None."""
    if i == 0 or words[i - 1] not in lex.owners:
        return None
    named = i + 1 < len(said) and said_name(said[i + 1], words[i + 1], lex)
    last = i + 1 if named else i
    k = last + 1
    while k < len(words) and k <= last + HOME_REACH and words[k] in lex.home_skip:
        k += 1
    if k >= len(words) or words[k] not in lex.home_verbs:
        return None
    k += 1
    while k < len(words) and words[k] in lex.home_skip:
        k += 1  # "bor jo ovre i Odense"
    if k + 1 >= len(said) or words[k] not in lex.home_leads:
        return None
    lead, place = said[k], said[k + 1]
    if not place.isalpha():
        return None
    if place[:1].isupper():
        return last, lead, place
    if len(place) < 3 or is_word(words[k + 1]):
        return None  # "bor i nærheden": no name
    return last, lead, place[:1].upper() + place[1:]  # "malaga" as speech gives it
