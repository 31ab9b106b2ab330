"""The municipality's frame (instance/branding.yaml) and the typeface the pages use."""

from __future__ import annotations

import re

import pytest
from citizen_support import make_app

from assistant import PROJECT_ROOT
from assistant.content.branding import contrast, load_branding
from assistant.errors import ContentError
from assistant.web.branding import FONTS

EXAMPLE = PROJECT_ROOT / "content" / "branding.example.yaml"
CSS_DIR = PROJECT_ROOT / "assistant" / "web" / "static" / "css"
GENERIC_FAMILIES = {"serif", "sans-serif", "monospace", "cursive", "fantasy", "system-ui"}
LOGO = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">'
    '<rect width="10" height="10" fill="#123d26"/></svg>'
)


def _app(tmp_path, text: str | None = None):
    instance = tmp_path / "instance"
    instance.mkdir(exist_ok=True)
    if text is not None:
        (instance / "branding.yaml").write_text(text, encoding="utf-8")
    return make_app(tmp_path)


def test_without_a_branding_file_the_pages_show_only_the_product(tmp_path):
    page = _app(tmp_path).test_client().get("/").get_data(as_text=True)
    assert 'class="brand" href="/">Hverdagsmål</a>' in page
    for absent in ("brand-org", 'class="sender"', "help-line", "farver.css"):
        assert absent not in page


def test_the_shipped_example_frames_every_citizen_page(tmp_path):
    app = _app(tmp_path, EXAMPLE.read_text(encoding="utf-8"))
    client = app.test_client()
    for url in ("/", "/om", "/fortsaet", "/kiosk"):
        page = client.get(url).get_data(as_text=True)
        assert '<span class="brand-org">Eksempel Kommune</span>' in page, url
        assert '<a href="tel:70123456">70 12 34 56</a>' in page, url
        assert "Åbent: mandag til fredag kl. 9-15" in page, url
    colours_url = re.search(r'href="(/kommune/farver\.css\?v=\w+)"', page).group(1)
    css = client.get(colours_url)
    assert css.status_code == 200 and css.mimetype == "text/css"
    assert "--brand: #1d5c3a;" in css.get_data(as_text=True)
    assert "--brand-dark: #123d26;" in css.get_data(as_text=True)


def test_a_logo_is_shown_in_the_header_and_served(tmp_path):
    (tmp_path / "instance").mkdir()
    (tmp_path / "instance" / "kommune.svg").write_text(LOGO, encoding="utf-8")
    app = _app(tmp_path, 'name: "Eksempel Kommune"\nlogo: kommune.svg\n')
    client = app.test_client()
    page = client.get("/").get_data(as_text=True)
    assert '<img class="brand-logo" src="/kommune/logo" alt="">' in page
    with client.get("/kommune/logo") as logo:
        assert logo.status_code == 200 and logo.mimetype == "image/svg+xml"
        assert logo.get_data(as_text=True) == LOGO


def test_without_a_logo_there_is_none_to_fetch(tmp_path):
    assert _app(tmp_path).test_client().get("/kommune/logo").status_code == 404


def test_a_broken_branding_file_stops_the_start_naming_every_problem(tmp_path):
    text = (
        "name: Eksempel Kommune\n"
        "logo: mangler.png\n"
        "colours:\n  brand: '#7fc8a9'\n  brand_dark: gruen\n  accent: '#000000'\n"
        "help_phone: ring til os\n"
        "slogan: Sammen\n"
    )
    with pytest.raises(ContentError) as caught:
        _app(tmp_path, text)
    path = str(tmp_path / "instance" / "branding.yaml")
    problems = caught.value.problems
    assert all(problem.startswith(path + ": ") for problem in problems)
    expected = [
        "unknown setting 'slogan'",
        "help_phone 'ring til os' is not a phone number",
        "mangler.png does not exist",
        "unknown colour 'accent'",
        "colour brand #7fc8a9 has contrast",
        "colour brand_dark must be written #rrggbb, not 'gruen'",
    ]
    for fragment in expected:
        assert any(fragment in problem for problem in problems), (fragment, problems)
    assert len(problems) == len(expected)


@pytest.mark.parametrize(
    "text, fragment",
    [
        ("- a list\n", "must be a mapping"),
        ("name: [1, 2]\n", "name must be text"),
        ("name: '" + "x" * 61 + "'\n", "name is longer than 60"),
        ("logo: kommune.gif\n", "must be one of"),
        ("colours: '#123456'\n", "colours must be a mapping"),
        ("name: 'unclosed\n", "cannot be read"),
    ],
)
def test_each_kind_of_mistake_is_named(tmp_path, text, fragment):
    path = tmp_path / "branding.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ContentError, match=re.escape(fragment)):
        load_branding(path)


def test_the_example_colours_pass_their_contrast_check():
    branding = load_branding(EXAMPLE)
    assert dict(branding.colours) == {"brand": "#1d5c3a", "brand_dark": "#123d26"}
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#1d5c3a", "#ffffff") >= 4.5


def _font_faces(css: str) -> list[tuple[str, list[str]]]:
    faces = []
    for block in re.findall(r"@font-face\s*{([^}]*)}", css):
        family = re.search(r'font-family:\s*"([^"]+)"', block).group(1)
        faces.append((family, re.findall(r'url\("([^"]+)"\)', block)))
    return faces


@pytest.mark.parametrize("sheet", sorted(CSS_DIR.glob("*.css")), ids=lambda p: p.name)
def test_the_css_names_no_font_the_app_does_not_serve(tmp_path, sheet):
    """Every family the CSS names is generic or an @font-face the app serves (a real file of
    that family); a missing fonts-open-sans package fails here, it is not skipped."""
    client = _app(tmp_path).test_client()
    css = sheet.read_text(encoding="utf-8")
    faces = _font_faces(css)
    served = {family for family, _ in faces}
    rules = re.sub(r"@font-face\s*{[^}]*}", "", css)
    named = set()
    for declaration in re.findall(r"font-family:\s*([^;}]+)", rules):
        named.update(name.strip().strip("\"'") for name in declaration.split(","))
    assert named, f"{sheet.name} names no font family"
    assert named <= served | GENERIC_FAMILIES, f"{sheet.name}: {named - served} not served"
    for family, urls in faces:
        assert urls, family
        for url in urls:
            with client.get(url) as response:
                assert response.status_code == 200, (
                    f"{url} is not served: install the Debian package fonts-open-sans "
                    "(bash scripts/setup.sh) or set HVERDAGSMAAL_FONT_DIR"
                )
                data = response.get_data()
            assert data[:4] in (b"\x00\x01\x00\x00", b"OTTO"), url  # a TrueType/OpenType file
            assert family.encode("utf-16-be") in data, f"{url} is not {family}"


def test_the_font_route_serves_only_its_own_files(tmp_path):
    client = _app(tmp_path).test_client()
    with client.get(f"/skrift/{FONTS[0]}") as response:
        assert response.headers["Cache-Control"].startswith("public")
    for name in ("DejaVuSans.ttf", "..%2F..%2Fetc%2Fpasswd", "OpenSans-Regular.TTF"):
        assert client.get(f"/skrift/{name}").status_code == 404, name


def test_a_missing_font_folder_answers_404_not_500(tmp_path):
    app = _app(tmp_path)
    app.config["FONT_DIR"] = str(tmp_path / "no-fonts")
    assert app.test_client().get(f"/skrift/{FONTS[0]}").status_code == 404
