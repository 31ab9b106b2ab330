"""The analyzer is built once per process, also when a server's threads ask at once."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

from assistant.content import get_content
from assistant.nlp import extract


def test_threads_asking_at_once_share_one_analyzer(monkeypatch):
    content = get_content("da")
    monkeypatch.delitem(extract._BUILT, id(content), raising=False)  # restored afterwards
    barrier = threading.Barrier(3)

    def ask(_):
        barrier.wait()
        return extract.analyzer_for(content)

    with ThreadPoolExecutor(3) as pool:
        built = list(pool.map(ask, range(3)))
    assert len({id(analyzer) for analyzer in built}) == 1
    assert extract.analyzer_for(content) is built[0]
