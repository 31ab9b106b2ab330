"""Write content/da/nlp/common_words.txt: everyday Danish words (one-off tool).

The spelling table restores æ/ø/å only for words it knows it may need; the goal sentence quotes
the citizen's own words, which can be any everyday word ("lære", "højt", "væggen"). And a real
everyday word one letter from a domain word ("pennen", "vennen") must never be "corrected".
This list is wordfreq's Danish list (CC BY-SA 4.0, https://github.com/rspeer/wordfreq), words
of letters only. Run it where wordfreq is installed (`pip install wordfreq`); the product and
its tests only read the text file it writes (assistant build-spelling).
"""

from __future__ import annotations

from pathlib import Path

from wordfreq import top_n_list  # type: ignore[import-not-found]

OUT = Path(__file__).resolve().parent.parent / "content" / "da" / "nlp" / "common_words.txt"
HEADER = (
    "# Everyday Danish words, most frequent first: wordfreq's Danish word list (CC BY-SA 4.0,\n"
    "# Robyn Speer, https://github.com/rspeer/wordfreq), words of letters only. Written by\n"
    "# scripts/common_words.py; read by assistant build-spelling.\n"
)


def main() -> None:
    """Write the list."""
    words = [w for w in top_n_list("da", 50_000) if w.isalpha()]
    OUT.write_text(HEADER + "\n".join(words) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({len(words)} words)")


if __name__ == "__main__":
    main()
