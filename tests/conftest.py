"""Shared fixtures: the app, its clients and database, a signed-in staff member, a citizen.

Also the run's hygiene: cheap argon2 hashes (tests only), Hypothesis' example database and
the browser screenshots outside the tree, and ../shared required, not skipped; and its speed:
the many apps of a test process share their compiled templates and URL builders.
"""

from __future__ import annotations

import gc
import os
import tempfile
from pathlib import Path

import pytest
from flask import Flask
from hypothesis import configuration as hypothesis_configuration
from jinja2 import BytecodeCache
from werkzeug.routing import Rule

from assistant import PROJECT_ROOT
from assistant.accounts import HASHER_ENV

# Set before any test hashes a password; subprocesses (create-user, serve) inherit it.
os.environ[HASHER_ENV] = "test"
# Hypothesis keeps its example database (and any other state) outside the tree; the folder
# stays between runs so a failing example is replayed first next time.
hypothesis_configuration.set_hypothesis_home_dir(
    Path(tempfile.gettempdir()) / f"hverdagsmaal-hypothesis-{os.getuid()}"
)


class SharedTemplates(BytecodeCache):
    """Jinja's bytecode cache in memory: a template compiled once serves every app of the run.

    Each test builds its own app, and each app's Jinja environment compiled every template it
    rendered anew (a third of a web test's time). Jinja keys a bucket by template name and
    file and drops it when the file's source changes, so a test sees what it would have
    compiled itself. The apps differ only in config; their Jinja options are the same.
    """

    def __init__(self) -> None:
        self.compiled: dict[str, bytes] = {}

    def load_bytecode(self, bucket) -> None:
        """Fill the bucket from memory, if this template was compiled before."""
        if bucket.key in self.compiled:
            bucket.bytecode_from_string(self.compiled[bucket.key])

    def dump_bytecode(self, bucket) -> None:
        """Keep the bucket's freshly compiled code."""
        self.compiled[bucket.key] = bucket.bytecode_to_string()


Flask.jinja_options = {**Flask.jinja_options, "bytecode_cache": SharedTemplates()}

_compile_builder = Rule._compile_builder
_builders: dict[tuple, object] = {}


def _shared_builder(rule: Rule, append_unknown: bool = True):
    """Werkzeug's URL builder of a rule, generated once per rule text and shape in the run.

    Werkzeug writes, for every rule of every new app, a Python function that builds its URLs
    (an AST compiled with `compile()`: most of create_app's time). The function depends only on
    the rule's text, its parts and the names of its defaults (it reads the rule's converters
    through the `self` it is bound to), so the one made for an equal rule of an earlier app is
    the same function. A rule with a default inside its path is built the ordinary way.
    """
    defaults = rule.defaults or {}
    if any(dynamic and part in defaults for dynamic, part in rule._trace):
        return _compile_builder(rule, append_unknown)
    key = (rule.rule, tuple(rule._trace), tuple(str(k) for k in defaults), append_unknown)
    if key not in _builders:
        _builders[key] = _compile_builder(rule, append_unknown)
    return _builders[key]


Rule._compile_builder = _shared_builder

SHARED_DIR = PROJECT_ROOT.parent / "shared"
# scripts/setup.sh installs Debian's chromium-headless-shell: a missing browser is a failure, not
# a skip. Chromium's headless shell (its "old" headless mode: the same Blink, V8 and network
# stack, without the desktop browser's layers) is what Playwright itself runs for headless
# tests; the full browser in headless mode (/usr/bin/chromium) spent about twice the CPU a page
# load (tests/test_browser_citizen.py: 39 s of Chromium CPU, 17 s with the shell).
CHROMIUM = "/usr/lib/chromium/chromium-headless-shell"
LOOPBACK_ONLY = "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1"


@pytest.fixture(scope="session", autouse=True)
def instance_outside_the_tree(tmp_path_factory):
    """Apps built without INSTANCE_PATH keep their instance folder (TTS cache, secret) in tmp.

    The Whisper model stays where scripts/setup.sh assembled it (instance/models/ in the tree).
    """
    from assistant.speech.asr import DEFAULT_MODEL_DIR, MODEL_ENV  # noqa: PLC0415

    saved = {name: os.environ.get(name) for name in ("HVERDAGSMAAL_INSTANCE", MODEL_ENV)}
    os.environ["HVERDAGSMAAL_INSTANCE"] = str(tmp_path_factory.mktemp("instance"))
    os.environ.setdefault(MODEL_ENV, str(DEFAULT_MODEL_DIR))
    yield
    for name, value in saved.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value


# Kept whole on one xdist worker, in order, under `--dist loadgroup` (scripts/test.sh): modules
# that drive a browser or share a module-scoped fixture (a server, a world of accounts, shared
# screenshots). Every other test is handed out on its own to whichever worker is free, so no
# heavy file runs alone at the end. A module that shares module state and is missing here
# stops the collection (see pytest_collection_modifyitems).
WHOLE_MODULES = frozenset(
    {
        "test_built_cache53",
        "test_compose_grammar",
        "test_content",
        "test_crash",
        "test_dates",
        "test_dates_other_calendar",
        "test_engine_people",
        "test_goal_corpus",
        "test_layers",
        "test_engine_pure",
        "test_fhir",
        "test_fhir_conformance",
        "test_oidc",
        "test_pdf",
        "test_speech",
        "test_speech_web",
        "test_staff_authz",
    }
)


# Browser modules that go together to one xdist worker and run there in a row, so they share
# one Playwright driver and one Chromium (SharedChromium): started once a group, not once a
# module (each start and stop: ~1.3 s of CPU and ~2 s of the worker's time; the modules had been
# handed out one by one and rarely followed each other on a worker). Three groups of about the
# same time (measured alone: ~45 s each), one per worker. A browser module not named here runs
# as its own unit, as before.
BROWSER_GROUPS = {
    "test_browser_citizen": "browser-a",
    "test_followup_browser": "browser-a",
    "test_browser_speech": "browser-b",
    "test_browser_recovery": "browser-b",
    "test_browser_returned": "browser-b",
    "test_browser_pictures": "browser-c",
    "test_browser_week": "browser-c",
    "test_browser_staff": "browser-c",
}


def _kept_whole(module: str) -> bool:
    """True for a module run as one unit: in WHOLE_MODULES or a browser module."""
    return module in WHOLE_MODULES or "browser" in module


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config, log):
    """Under --dist loadgroup: each kept-whole module one unit (the browser modules of a
    BROWSER_GROUPS group together), every other test its own.

    (xdist's `xdist_group` marks do nothing under pytest 9: xdist renames `item._nodeid`,
    which pytest 9 no longer reads; so the groups are made here, from the node ids.)
    """
    if config.getvalue("dist") != "loadgroup":
        return None
    from xdist.scheduler import LoadScopeScheduling  # noqa: PLC0415

    class ModuleOrTest(LoadScopeScheduling):
        """xdist's scope scheduler with the units above, and its bookkeeping kept in counts.

        xdist counted a worker's open tests by walking every unit it had ever been given, and
        found each test's place by searching the whole collection: both after every test, over
        ~5,800 single-test units (quadratic: ~3 s of the controller's CPU, which shares the
        cores with the workers). The counts and places are kept here instead; what is handed
        out, and when, is unchanged.
        """

        browser_groups_first = False

        def __init__(self, config, log=None) -> None:
            super().__init__(config, log)
            # id of a worker's assigned work -> (that dict, its open tests); the dict is held so
            # that its id is not reused while it is counted here
            self.open_tests: dict[int, tuple[dict, int]] = {}
            self.places: dict[object, dict[str, int]] = {}  # worker -> node id -> index
            self.scopes: dict[str, str] = {}

        def _split_scope(self, nodeid: str) -> str:
            scope = self.scopes.get(nodeid)
            if scope is None:
                path = nodeid.split("::", 1)[0]
                module = Path(path).stem
                if module in BROWSER_GROUPS:
                    scope = BROWSER_GROUPS[module]
                else:
                    scope = path if _kept_whole(module) else nodeid
                self.scopes[nodeid] = scope
            return scope

        def _assign_work_unit(self, node) -> None:
            # The browser groups first (xdist orders the units by their number of tests, which
            # put them behind ten quicker modules): the longest units start at once, one a
            # worker, and the single tests fill in around them to the end.
            if not self.browser_groups_first:
                for group in sorted(set(BROWSER_GROUPS.values()), reverse=True):
                    if group in self.workqueue:
                        self.workqueue.move_to_end(group, last=False)
                self.browser_groups_first = True
            scope, work_unit = self.workqueue.popitem(last=False)
            assigned = self.assigned_work.setdefault(node, {})
            before = self._pending_of(assigned)
            assigned[scope] = work_unit
            if node not in self.places:
                collection = self.registered_collections[node]
                places = self.places[node] = {}
                for i, nodeid in enumerate(collection):
                    places.setdefault(nodeid, i)  # the first, as list.index
            places = self.places[node]
            indexes = [places[nodeid] for nodeid, done in work_unit.items() if not done]
            self.open_tests[id(assigned)] = (assigned, before + len(indexes))
            node.send_runtest_some(indexes)

        def mark_test_complete(self, node, item_index: int, duration: float = 0) -> None:
            nodeid = self.registered_collections[node][item_index]
            assigned = self.assigned_work[node]
            unit = assigned[self._split_scope(nodeid)]
            if not unit[nodeid]:
                unit[nodeid] = True
                self.open_tests[id(assigned)] = (assigned, self._pending_of(assigned) - 1)
            self._reschedule(node)

        def _pending_of(self, workload) -> int:
            known = self.open_tests.get(id(workload))
            if known is None or known[0] is not workload:
                return super()._pending_of(workload)
            return known[1]

    return ModuleOrTest(config, log)


def pytest_collection_modifyitems(items):
    """Put slow single tests first; stop when a module shares module state but is not kept
    whole (WHOLE_MODULES); known misses report no traceback (tests/xfail_support.py).

    Under --dist loadgroup the kept-whole modules are handed out first, then the single tests
    in collection order: a slow single test (a subprocess, a table rebuilt) collected late,
    such as tests/test_spelling.py's 10 s one, could run alone at the end while the other
    worker idled. The tests of a kept-whole module keep their order.
    """
    from xfail_support import short_when_expected  # noqa: PLC0415

    for item in items:
        if item.get_closest_marker("xfail") is not None:
            short_when_expected(item)
    items.sort(
        key=lambda item: (
            _kept_whole(item.module.__name__) or item.get_closest_marker("slow") is None
        )
    )
    loose = sorted(
        {
            item.module.__name__
            for item in items
            if not _kept_whole(item.module.__name__) and _shares_module_state(item)
        }
    )
    if loose:
        raise pytest.UsageError(
            "these test modules share a module fixture or drive a browser but may be split "
            f"between xdist workers: {', '.join(loose)}; add them to WHOLE_MODULES in "
            "tests/conftest.py"
        )


def _shares_module_state(item) -> bool:
    if item.get_closest_marker("browser") is not None:
        return True
    fixtures = getattr(item, "_fixtureinfo", None)
    if fixtures is None:
        return False
    return any(defs[-1].scope == "module" for defs in fixtures.name2fixturedefs.values() if defs)


def pytest_addoption(parser):
    """Add --screenshots DIR: where the browser tests save their screenshots."""
    parser.addoption(
        "--screenshots",
        metavar="DIR",
        default=None,
        help="save the browser tests' screenshots here (scripts/screenshots.sh: docs/screenshots)",
    )


@pytest.fixture(scope="session")
def shots(request, tmp_path_factory) -> Path:
    """The folder for screenshots: --screenshots DIR, else a temporary folder."""
    wanted = request.config.getoption("--screenshots")
    if not wanted:
        return tmp_path_factory.mktemp("screenshots")
    folder = Path(wanted).resolve()
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture(scope="session")
def shoot(request, shots):
    """Return shoot(page, name, **options): a screenshot shots/NAME, taken only for --screenshots.

    The pictures the docs show and no assertion reads (a full-page screenshot costs a tenth of a
    second and more). The few a test checks (test_screenshots_exist_after_the_run) are taken
    with page.screenshot in every run.
    """
    wanted = bool(request.config.getoption("--screenshots"))

    def take(page, name: str, **options) -> None:
        if wanted:
            page.screenshot(path=str(shots / name), **options)

    return take


def require_shared(folder: Path) -> Path:
    """Return folder if it holds the shared spec and eval files, else fail naming what lacks."""
    needed = [folder / "spec" / "activities.md", folder / "eval" / "dev.jsonl"]
    missing = [str(p) for p in needed if not p.is_file()]
    if missing:
        pytest.fail(
            "the shared contracts are not beside this checkout: missing "
            + ", ".join(missing)
            + f". Put the project's shared/ folder at {folder} (CI has it there).",
            pytrace=False,
        )
    return folder


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The shared contracts folder ../shared beside this checkout; missing is a failure."""
    return require_shared(SHARED_DIR)


@pytest.fixture(scope="session")
def content():
    """The Danish content, loaded once for the run."""
    from assistant.content import get_content  # noqa: PLC0415

    return get_content("da")


@pytest.fixture
def app(tmp_path):
    """The real app on a fresh SQLite file in tmp_path, CSRF on (tests/citizen_support.py)."""
    from citizen_support import make_app  # noqa: PLC0415

    return make_app(tmp_path)


@pytest.fixture
def client(app):
    """A test client of `app` with no one signed in."""
    return app.test_client()


@pytest.fixture
def runner(app):
    """A CLI runner of `app`."""
    return app.test_cli_runner()


@pytest.fixture
def db_path(app) -> Path:
    """The SQLite file of `app`."""
    return Path(app.config["DATABASE"])


@pytest.fixture
def db(tmp_path):
    """An open, migrated database on a fresh file, closed after the test."""
    from assistant.storage import open_db  # noqa: PLC0415

    database = open_db(tmp_path / "test.db")
    yield database
    database.close()


@pytest.fixture
def staff_account(app):
    """Staff member hanne.hansen in the database of `app` (tests/exports_support.py)."""
    from exports_support import create_staff  # noqa: PLC0415

    return create_staff(app)


@pytest.fixture
def staff(app, staff_account):
    """A client of `app` signed in as `staff_account`."""
    from exports_support import login  # noqa: PLC0415

    signed_in = app.test_client()
    assert login(signed_in).status_code == 302
    return signed_in


@pytest.fixture
def draft(app) -> tuple[str, str]:
    """A draft stored in `app`'s database as the dialogue stores it: (draft id, receipt code)."""
    from exports_support import store_draft  # noqa: PLC0415

    return store_draft(app)


@pytest.fixture
def citizen(client):
    """A citizen driving the pages of `app` without JavaScript (tests/citizen_support.py)."""
    from citizen_support import Citizen  # noqa: PLC0415

    return Citizen(client)


class SharedChromium:
    """One Playwright driver and one headless Chromium for browser modules that run in a row.

    Each browser module started its own driver (a Node process) and Chromium: about a second
    of CPU a module. They now last while one browser module follows another on this process
    (xdist hands each browser module whole to one worker) and stop before any other test runs
    (pytest_runtest_teardown), so no other test shares its process with Playwright's loop.
    Every test still gets fresh browser contexts (new_page), which share no cookies or storage.
    """

    def __init__(self) -> None:
        self.manager = None
        self.playwright = None
        self.browser = None

    def driver(self):
        """Playwright's sync API, started on first use."""
        if self.playwright is None:
            from playwright.sync_api import sync_playwright  # noqa: PLC0415

            self.manager = sync_playwright()
            self.playwright = self.manager.start()
        return self.playwright

    def chromium(self):
        """Headless Chromium that reaches only 127.0.0.1, launched again if it went away."""
        if self.browser is None or not self.browser.is_connected():
            self.browser = self.driver().chromium.launch(
                executable_path=CHROMIUM, args=[LOOPBACK_ONLY]
            )
        return self.browser

    def stop(self) -> None:
        """Close Chromium and stop the driver, if they run."""
        browser, manager = self.browser, self.manager
        self.browser = self.playwright = self.manager = None
        if browser is not None and browser.is_connected():
            browser.close()
        if manager is not None:
            manager.__exit__(None, None, None)


SHARED_CHROMIUM = SharedChromium()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """After a test's teardown: stop the shared Chromium unless a browser test comes next."""
    yield
    if nextitem is None or (
        nextitem.get_closest_marker("browser") is None and nextitem.module is not item.module
    ):
        SHARED_CHROMIUM.stop()


@pytest.hookimpl(hookwrapper=True)
def pytest_collection(session):
    """Collect with Python's cyclic garbage collector off; one collection at the end.

    Collection builds objects that live for the run (the imports, spaCy, the golden YAML, ~5,700
    parametrised items), and the collector's full passes walked all of them again and again as
    they grew: a sixth of the collection's CPU time (5.2 s against 6.3 s of CPU; each xdist
    worker collects). pytest_collection_finish collects the garbage once and freezes the rest.
    """
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def pytest_collection_finish(session):
    """Freeze what collection built (imports, test modules): see pytest_runtest_protocol."""
    gc.collect()
    gc.freeze()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item, nextitem):
    """After each test (its fixtures released): collect its garbage, then freeze the rest.

    Python's full collections walked every object alive in the process (the imports, the
    content, the NLP, compiled templates: a few hundred thousand) again and again: half of a
    web test's time went to the collector (`gc.callbacks` timings). Objects alive between tests
    live for the run, so they are moved out of the collector's sight (gc.freeze); what a test
    makes is still collected, and every test starts after a collection. A module that kept
    shared state (WHOLE_MODULES, browsers) is collected whole once it ends, so its servers and
    pages, frozen while it ran, do not stay in memory.
    """
    yield
    if nextitem is None:
        return
    if nextitem.module is not item.module and _kept_whole(item.module.__name__):
        gc.unfreeze()
    gc.collect()
    gc.freeze()


def pytest_sessionfinish(session):
    """Stop the shared Chromium if an interrupted run left it running."""
    SHARED_CHROMIUM.stop()


@pytest.fixture(scope="module")
def playwright():
    """Playwright's sync API, shared by the browser modules that run in a row."""
    return SHARED_CHROMIUM.driver()


@pytest.fixture(scope="module")
def browser(playwright):
    """Headless Chromium that reaches only 127.0.0.1, shared by browser modules in a row."""
    return SHARED_CHROMIUM.chromium()


@pytest.fixture
def new_page(browser):
    """Return a factory of pages, each in a fresh context that collects console errors."""
    contexts = []

    def make(**context_options):
        context = browser.new_context(**{"locale": "da-DK", **context_options})
        contexts.append(context)
        tab = context.new_page()
        tab.console_errors = []
        tab.on(
            "console", lambda m: tab.console_errors.append(m.text) if m.type == "error" else None
        )
        return tab

    yield make
    for context in contexts:
        context.close()


def spelled(text: str) -> list[str]:
    """The tokens of `text` as the spelling step writes them (what the lemma step reads)."""
    from assistant.nlp import get_analyzer  # noqa: PLC0415

    return get_analyzer().nlp(text)._.hm_spelling


def understand(text: str, today):
    """The engine's analyzer in tests: the NLP of the default content, built on first use."""
    from assistant.content import get_content  # noqa: PLC0415
    from assistant.nlp import analyzer_for  # noqa: PLC0415

    return analyzer_for(get_content("da")).analyze(text, today)


def at_measure(content, wish: str, today):
    """A text dialogue walked to the measure question: consent by the citizen, the given wish,
    "ved ikke" to everything else asked before it."""
    from assistant.dialogs.engine import advance, new_state, start  # noqa: PLC0415
    from assistant.dialogs.models import Answer  # noqa: PLC0415

    dont_know = Answer("card", "ved_ikke")
    turn = start(content, new_state(content, today=today, mode="text"))
    for cid in ("borger", "ja"):
        turn = advance(turn.state, Answer("card", cid), content, today, understand=understand)
    for _ in range(40):
        if turn.slot == "wish":
            turn = advance(turn.state, Answer("text", wish), content, today, understand=understand)
        if turn.slot == "measure":
            return turn
        turn = advance(turn.state, dont_know, content, today, understand=understand)
    raise AssertionError(f"never reached the measure; stuck at {turn.slot}")
