"""Fix round 51 (fD), fresh sentences of the reason class (written before the mends below):

- "fordi når jeg sidder hjemme så keder jeg mig" came out "fordi når jeg sidder hjemme, og så
  keder jeg mig": a "når"/"mens" clause, or a "hvis" clause, said first after "fordi" goes after
  its main clause, as one said without "fordi" does ("fordi jeg keder mig, når jeg sidder
  hjemme"; nlp/reason.py _when_clause_last). "hvis" said first without "fordi" stays the
  condition whose outcome is the reason (compose.py _conditional_outcome).
- "… hele tiden ikke": a second "ikke" at the end of a clause that said its negation already is
  the spoken tag, never a double negation (nlp/spoken_tag.py _negated_already); a clause of its
  own after "og jeg"/"at hun" keeps its negation.
- A partitive subject with an adjective ("mange af mine gamle kolleger kommer ikke mere") takes
  subordinate order too; a tag "ikke" before a "når" clause goes as before "ellers".
- "fordi mig og min mand har altid danset sammen": a pair said as the subject in the object form,
  the speaker first, is written "min mand og jeg" with the adverb before the verb (nlp/we_pair.py
  object_pair_subject); "han hjælper mig og min kone" (an object) stays.
"""

from __future__ import annotations

import pytest
from compose_support import goal_for_motivation
from persona_expect import grammar_problems

_FACTS = {"activity": "fritid", "own_action": "gå ned til havnen igen", "independence": "selv"}
_HEAD = "Jeg vil selv kunne gå ned til havnen igen"


def reason(why: str, speaker: str = "citizen") -> str:
    sentence = goal_for_motivation(_FACTS, why, speaker)
    assert sentence.startswith(_HEAD), sentence
    assert grammar_problems(sentence) == [], sentence
    return sentence[len(_HEAD) :].split(". ")[0].rstrip(".")


@pytest.mark.parametrize(
    ("why", "written"),
    [
        ("fordi når jeg sidder hjemme, keder jeg mig",
         ", fordi jeg keder mig, når jeg sidder hjemme"),
        ("fordi naar jeg har vaeret ude saa sover jeg bedre om natten",
         ", fordi jeg sover bedre om natten, når jeg har været ude"),
        ("øh fordi når børnene kommer så skal vi hygge os",
         ", fordi vi skal hygge os, når børnene kommer"),
        ("fordi hvis jeg ikke kommer ud så bliver jeg sur",
         ", fordi jeg bliver sur, hvis jeg ikke kommer ud"),
        ("fordi hvis jeg ikke kommer ud bliver jeg sur",
         ", fordi jeg bliver sur, hvis jeg ikke kommer ud"),
        ("fordi når jeg står med træet så er jeg mig selv igen og så kan jeg glemme smerterne",
         ", fordi jeg er mig selv igen, når jeg står med træet, og så kan jeg glemme smerterne"),
    ],
)  # fmt: skip
def test_a_fronted_when_or_if_clause_after_fordi_goes_last(why, written):
    assert reason(why) == written


@pytest.mark.parametrize(
    ("why", "written"),
    [
        ("når jeg kommer ud så har jeg det bedre", ", fordi jeg har det bedre, når jeg kommer ud"),
        ("hvis hun kan lave maden er hun noget værd igen", ", så hun er noget værd igen"),
    ],
)  # fmt: skip
def test_a_fronted_clause_without_fordi_reads_as_before(why, written):
    assert reason(why) == written


@pytest.mark.parametrize(
    ("why", "written"),
    [
        ("jamen altså fordi jeg gider simpelthen ikke sidde og vente på hjemmeplejen hele "
         "tiden ikke",
         ", fordi jeg gider simpelthen ikke sidde og vente på hjemmeplejen hele tiden"),
        ("fordi jeg vil ikke være til besvær ikke", ", fordi jeg ikke vil være til besvær"),
        ("fordi jeg kan ikke sidde stille ikke og så bliver jeg sur",
         ", fordi jeg ikke kan sidde stille, og så bliver jeg sur"),
    ],
)  # fmt: skip
def test_a_second_ikke_in_a_negated_clause_is_the_tag(why, written):
    assert reason(why) == written


@pytest.mark.parametrize(
    ("why", "written"),
    [
        ("fordi hun kommer ikke og jeg ser hende ikke",
         ", fordi hun ikke kommer og jeg ikke ser hende"),
        ("fordi jeg vil ikke have at hun kommer ikke",
         ", fordi jeg ikke vil have at hun kommer ikke"),
        ("fordi det kan jeg ikke", ", fordi det kan jeg ikke"),
    ],
)  # fmt: skip
def test_a_negation_of_a_clause_of_its_own_stays(why, written):
    assert reason(why) == written


@pytest.mark.parametrize(
    ("why", "written"),
    [
        ("fordi mig og min mand har altid danset sammen",
         ", fordi min mand og jeg altid har danset sammen"),
        ("fordi mig og ham går tur hver dag", ", fordi han og jeg går tur hver dag"),
        ("fordi mig og Else har altid spillet kort", ", fordi Else og jeg altid har spillet kort"),
        ("fordi mig og børnene hygger os", ", fordi børnene og jeg hygger os"),
        ("fordi min mand og jeg har altid danset", ", fordi min mand og jeg altid har danset"),
        ("fordi han hjælper mig og min kone", ", fordi han hjælper mig og min kone"),
    ],
)  # fmt: skip
def test_a_pair_said_as_the_subject_is_written_speaker_last(why, written):
    assert reason(why) == written


@pytest.mark.parametrize(
    ("why", "written", "speaker"),
    [
        ("øhm fordi mange af mine gamle kolleger kommer ikke mere i klubben",
         ", fordi mange af mine gamle kolleger ikke mere kommer i klubben", "citizen"),
        ("fordi hun griner lidt ikke når hun er derude",
         ", fordi jeg griner lidt når jeg er derude", "relative"),
        ("fordi jeg griner ikke når jeg er alene", ", fordi jeg ikke griner når jeg er alene",
         "citizen"),
        ("fordi mange af hendes veninder kan ikke komme op til hende",
         ", fordi mange af mine veninder ikke kan komme op til mig", "relative"),
    ],
)  # fmt: skip
def test_more_of_the_same_said_by_the_citizen_or_a_relative(why, written, speaker):
    assert reason(why, speaker) == written
