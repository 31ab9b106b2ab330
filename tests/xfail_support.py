"""A known miss (a strict xfail that fails as expected) is reported by its exception line alone.

pytest formats every failure's traceback in its long style (the source of each frame, each
statement's extent found by parsing and walking the module's AST) before it knows the failure
is an expected one, and then shows none of it: an xfailed test is listed by its reason. The
231 known misses of the golden sentences and personas spent about 20 ms each on it. A failure
under --runxfail, or of a test whose xfail names the exceptions it expects (`raises`), keeps the
full traceback.
"""

from __future__ import annotations

from _pytest.skipping import xfailed_key


def short_when_expected(item) -> None:
    """Make item's failure report its exception line alone when the failure is an expected one."""
    full = item.repr_failure

    def repr_failure(excinfo, *args, **kwargs):
        xfailed = item.stash.get(xfailed_key, None)
        expected = (
            xfailed is not None and xfailed.raises is None and not item.config.option.runxfail
        )
        return excinfo.exconly() if expected else full(excinfo, *args, **kwargs)

    item.repr_failure = repr_failure
