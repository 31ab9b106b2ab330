"""The pages' url_for keeps the URLs it built (web/urls.py): the same URLs as Flask builds."""

from __future__ import annotations

from flask import url_for

STYLESHEET = "static/css/citizen.css"


def test_kept_urls_follow_the_application_root(app):
    client = app.test_client()
    plain = client.get("/").get_data(as_text=True)
    rooted = client.get("/", base_url="http://localhost/borger/").get_data(as_text=True)
    plain_again = client.get("/").get_data(as_text=True)
    assert f'href="/{STYLESHEET}"' in plain
    assert f'href="/borger/{STYLESHEET}"' in rooted
    assert f'href="/{STYLESHEET}"' in plain_again


def test_kept_urls_are_the_ones_flask_builds(app):
    kept = app.jinja_env.globals["url_for"]
    calls = [
        ("static", {"filename": "css/citizen.css"}),
        ("pictograms.pictogram", {"code": "1F6BF"}),
        ("citizen.answer", {}),
        ("citizen.dialogue", {"omraade": "egenomsorg"}),
        ("citizen.start", {"_external": True}),
        ("citizen.start", {"_anchor": "main"}),
    ]
    for base_url in ("http://localhost/", "http://example.org/borger/"):
        with app.test_request_context("/", base_url=base_url):
            for endpoint, values in calls:
                for _ in range(2):  # built, then kept
                    assert kept(endpoint, **values) == url_for(endpoint, **values)
