"""The word-run skips shared by the rule modules."""

from assistant.nlp.wordscan import skip_ahead, skip_back

WORDS = ["jeg", "kan", "jo", "altså", "ikke", "gå"]
FILLERS = {"jo", "altså", "øh"}


def test_skip_back_stops_at_the_first_word_outside_the_gap():
    assert skip_back(WORDS, 3, FILLERS) == 1  # "altså", "jo" skipped back to "kan"
    assert skip_back(WORDS, 4, FILLERS) == 4  # "ikke" is no filler


def test_skip_back_runs_off_the_start():
    assert skip_back(["jo", "altså"], 1, FILLERS) == -1
    assert skip_back([], -1, FILLERS) == -1


def test_skip_ahead_stops_at_the_first_word_outside_the_gap():
    assert skip_ahead(WORDS, 2, FILLERS) == 4
    assert skip_ahead(WORDS, 0, FILLERS) == 0


def test_skip_ahead_runs_off_the_end():
    assert skip_ahead(["øh", "jo"], 0, FILLERS) == 2
    assert skip_ahead(WORDS, len(WORDS), FILLERS) == len(WORDS)
