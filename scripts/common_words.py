"""Write content/da/nlp/common_words.txt: everyday Danish words with æ, ø or å (one-off tool).

The spelling table restores æ/ø/å only for words it knows it may need; the goal sentence quotes
the citizen's own words, which can be any everyday word ("lære", "højt", "væggen"). This list
is the part of wordfreq's Danish list (CC BY-SA 4.0, https://github.com/rspeer/wordfreq) that
holds æ, ø or å. Run it where wordfreq is installed (`pip install wordfreq`); the product and
its tests only read the text file it writes.
"""

from __future__ import annotations

from pathlib import Path

from wordfreq import top_n_list  # type: ignore[import-not-found]

OUT = Path(__file__).resolve().parent.parent / "content" / "da" / "nlp" / "common_words.txt"
HEADER = (
    "# Everyday Danish words with æ, ø or å, most frequent first: the part of wordfreq's Danish\n"
    "# word list (CC BY-SA 4.0, Robyn Speer, https://github.com/rspeer/wordfreq) that holds\n"
    "# them. Written by scripts/common_words.py; read by assistant build-spelling.\n"
)


def main() -> None:
    """Write the list."""
    words = [w for w in top_n_list("da", 50_000) if w.isalpha() and set(w) & set("æøå")]
    OUT.write_text(HEADER + "\n".join(words) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({len(words)} words)")


if __name__ == "__main__":
    main()
