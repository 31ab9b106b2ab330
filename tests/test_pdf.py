"""The citizen's PDF plan: rendered by WeasyPrint, read back with pdftotext and pypdf."""

from __future__ import annotations

import io
import re
import subprocess

import pytest
from exports_support import sample_draft
from pypdf import PdfReader

from assistant.content import get_content
from assistant.errors import ExportError
from assistant.exports import plan_labels
from assistant.exports.pdf import danish_date, plan_html, render_plan_pdf


def pdf_text(pdf: bytes, tmp_path) -> str:
    """Return the PDF's text as pdftotext reads it, with line breaks folded to spaces."""
    path = tmp_path / "plan.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    ).stdout.decode("utf-8")
    return re.sub(r"\s+", " ", out)


@pytest.fixture(scope="module")
def pdf():
    draft = sample_draft(draft_id="d-pdf", receipt_code="ABC234")
    return render_plan_pdf(
        draft, followup_due="2027-01-07", activities=get_content("da").activities
    )


def test_pdf_is_a_real_pdf_with_pages(pdf):
    assert pdf.startswith(b"%PDF-")
    reader = PdfReader(io.BytesIO(pdf))
    assert 1 <= len(reader.pages) <= 3


def test_goal_subgoals_dates_and_danish_letters_survive(pdf, tmp_path):
    text = pdf_text(pdf, tmp_path)
    goal = sample_draft()["goal"]["text"]
    assert re.sub(r"\s+", " ", goal) in text
    assert "Gå én etage med én pause på reposen" in text
    assert "Senest 3. december 2026" in text
    assert "Senest 14. december 2026" in text
    assert "Målet skal være nået 24. december 2026" in text
    assert "7. januar 2027" in text  # the follow-up date
    assert "Datter" in text and "Fysioterapeut" in text  # who helps
    for letters in ("æ", "ø", "å", "Æ", "é"):
        assert letters in text, letters


def test_pypdf_reads_the_same_text(pdf):
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "Min plan" in text
    assert "Søs" in text


def test_pictograms_are_embedded_as_vectors_not_fetched(pdf):
    html = plan_html(sample_draft(draft_id="d"), activities=get_content("da").activities)
    activity = get_content("da").activities["trapper"]
    assert html.count('src="data:image/svg+xml;base64,') >= 5
    assert "http://" not in html and "https://" not in html
    assert activity.openmoji  # the goal's own picture comes from its activity
    # Vector drawings leave path operators in the content streams, not image XObjects only.
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    assert len(page.get_contents().get_data()) > 2000


def test_large_type():
    html = plan_html(sample_draft(draft_id="d"), activities=get_content("da").activities)
    size = float(re.search(r"body \{[^}]*font-size: (\d+)pt", html).group(1))
    assert size >= 16


def test_no_followup_and_no_dates_say_so_in_easy_words(tmp_path):
    draft = sample_draft(draft_id="d2")
    draft["goal"]["deadline"] = None
    draft["goal"]["people"] = []
    draft["goal"]["aids"] = []
    draft["subgoals"][0]["deadline"] = "ikke en dato"
    labels = plan_labels()
    text = pdf_text(render_plan_pdf(draft, activities=get_content("da").activities), tmp_path)
    assert labels["followup_none"] in text
    assert labels["no_date"] in text
    assert labels["helpers_none"] in text


def test_citizen_text_is_escaped_not_interpreted():
    draft = sample_draft(draft_id="d3")
    draft["goal"]["text"] = "Jeg vil <b>gå</b> & handle"
    html = plan_html(draft, activities=get_content("da").activities)
    assert "Jeg vil &lt;b&gt;gå&lt;/b&gt; &amp; handle" in html


def test_danish_dates():
    labels = plan_labels()
    assert danish_date("2026-12-24", labels) == "24. december 2026"
    assert danish_date("2027-05-01", labels) == "1. maj 2027"
    assert danish_date("31-12-2026", labels) is None
    assert danish_date(None, labels) is None


def test_a_draft_without_goal_text_cannot_become_a_plan():
    with pytest.raises(ExportError):
        render_plan_pdf({"goal": {"text": ""}}, activities=get_content("da").activities)


def test_missing_labels_are_all_reported_with_their_file(tmp_path):
    from assistant.errors import ContentError  # noqa: PLC0415
    from assistant.exports import PLAN_LABELS, load_labels  # noqa: PLC0415

    folder = tmp_path / "da"
    folder.mkdir()
    (folder / "plan.yaml").write_text("language: da\nlabels:\n  title: Min plan\n", "utf-8")
    with pytest.raises(ContentError) as caught:
        load_labels("plan.yaml", PLAN_LABELS, "da", root=tmp_path)
    problems = caught.value.problems
    assert len(problems) == len(PLAN_LABELS) - 1
    assert all(p.startswith(str(folder / "plan.yaml")) for p in problems)
    assert any("'months.12'" in p for p in problems)


def test_every_picture_the_plan_and_follow_up_name_exists():
    from assistant.exports import pictogram_data_uri  # noqa: PLC0415
    from assistant.followup import followup_labels  # noqa: PLC0415

    labels = {**plan_labels().items, **followup_labels().items}
    codes = [v for k, v in labels.items() if k.startswith(("pictogram.", "face."))]
    assert len(codes) == 10
    for code in codes:
        assert pictogram_data_uri(code).startswith("data:image/svg+xml;base64,")
