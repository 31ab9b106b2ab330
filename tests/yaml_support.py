"""YAML in the tests read by libyaml's parser, as the app's content loader reads it.

PyYAML's pure-Python `yaml.safe_load` took about 1.2 s of every xdist worker's collection for
the golden cases alone; libyaml's CSafeLoader builds the same data (same safe constructors and
resolver) in a sixth of the time. Without libyaml it falls back to the pure-Python loader.
"""

from __future__ import annotations

import yaml

SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def safe_load(text: str):
    """Return the data of one YAML document, as yaml.safe_load does."""
    return yaml.load(text, Loader=SAFE_LOADER)
