"""A scale number handed to the one who writes after other talk ("Ikke endnu, nej. Armen kommer
ikke op. Sæt to.", "det ved jeg ikke rigtig skriv tre", "du kan skrive en to'er") is the scale
value; a number after such a word that counts something ("sæt to kopper frem") is none. On the
scale reader alone and through the real engine."""

from __future__ import annotations

import pytest
from test_engine_hedge import at_step, go, text

from assistant.dialogs.cards import scale_value

WALK = "jeg vil gerne selv gaa ned til brugsen igen"


@pytest.mark.parametrize(
    ("said", "value"),
    [
        ("Nej, ikke endnu. Knæet vil ikke rigtig. Sæt to.", 2),
        ("nej det går ikke endnu hun kan ikke komme ud af stolen alene sæt hende til en", 1),
        ("øh det ved jeg ikke rigtig skriv tre", 3),
        ("Det er svært at sige, han har gode og dårlige dage. Sæt det til tre.", 3),
        ("nej ikke endnu men du kan skrive en to", 2),
        ("han kan slet ikke nu, saet en et", 1),
        ("Det er det vigtigste for mig. Skriv bare fem.", 5),
        ("altså jeg har ikke prøvet det siden operationen du kan bare skrive en ener", 1),
        ("Jeg kommer kun til postkassen. Skriv en to'er.", 2),
        ("det ved jeg sgu ikke, jeg kan lidt, skriv tre, nej fire", 4),
        ("Det betyder meget for hende. Giv den en fire.", 4),
    ],
)
def test_a_number_handed_to_the_writer_is_the_scale_value(content, said, value):
    assert scale_value(said, content.dialogue) == value


@pytest.mark.parametrize(
    "said",
    [
        "sæt to kopper frem",
        "hun skriver to breve om ugen. skriv det ned",
        "jeg kan ikke sætte to fødder på trappen",
    ],
)
def test_a_number_after_a_write_word_that_counts_something_is_no_scale(content, said):
    assert scale_value(said, content.dialogue) is None


@pytest.mark.parametrize(
    ("slot", "said", "value"),
    [
        ("current_level", "Ikke endnu, nej. Jeg når ikke længere end til lågen. Sæt to.", 2),
        ("current_level", "nej altså det går skidt med det skriv bare en ener", 1),
        ("importance", "Det ved jeg ikke. Det er vel vigtigt. Skriv en firer.", 4),
    ],
)
def test_a_written_number_is_read_at_once(content, slot, said, value):
    turn = go(at_step(content, WALK, slot), content, text(said))
    assert turn.slot != slot  # understood at once
    assert turn.state["slots"][slot] == value
