"""Names in every script print right: shaping, right-to-left order, a face per script.

Read back with poppler: ``pdftotext`` must give the typed (logical) text back for shaped
Arabic and Syriac, ``pdffonts`` must list an embedded face for each script.
"""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pytest

from dialogue_desk.exchange.pdf import scripts
from dialogue_desk.exchange.pdf.badges import name_layout
from dialogue_desk.exchange.pdf.handouts import write_badges, write_sign_in_sheet
from dialogue_desk.exchange.pdf.output import unprintable_names, unprintable_warning
from dialogue_desk.exchange.pdf.report import write_report
from dialogue_desk.services.events import EventData, create_event
from dialogue_desk.store import Store
from dialogue_desk.store.enums import AgendaKind, NoteKind, StakeholderGroup
from dialogue_desk.store.models import AgendaItem, Note, Participant

DAY = dt.date(2026, 4, 15)
#: (first, last, organisation): Södertälje's and Riga's lists, with one line mixing scripts.
WORLD = [
    ("محمد", "الأحمد", "جمعية الجالية العربية"),
    ("فاطمه", "رضایی", "Södertälje kommun"),
    ("דוד", "כהן", "Hebrew Society"),
    ("ܐܦܪܝܡ", "ܒܪܨܘܡܐ", "Assyriska föreningen ܥܕܬܐ"),
    ("ዮናስ", "ተስፋይ", "Eritreanska föreningen"),
    ("Արամ", "Պետրոսյան", "Armenian Centre"),
    ("ნინო", "ბერიძე", "Georgian House"),
    ("小明", "王", "Chinese Association"),
    ("Maximilian-Alexander", "von Hohenzollern-Sigmaringen", "Landesverband"),
    ("Олена", "Ґалаґан", "Ukrainian Society"),
]
UNPRINTABLE = "Vithkuqi 𐕰𐕱"  # Vithkuqi (Unicode 14): no font here has it


def pdf_text(path: Path) -> str:
    done = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                          check=True)  # fmt: skip
    return done.stdout.decode("utf-8")


def logical(text: str) -> str:
    """pdftotext's text without the embedding marks it puts around right-to-left runs."""
    for mark in "\u202a\u202b\u202c\u202d\u202e\u200e\u200f":
        text = text.replace(mark, "")
    return text


def pdf_fonts(path: Path) -> list[str]:
    done = subprocess.run(["pdffonts", str(path)], capture_output=True, check=True, text=True)
    rows = [line.split() for line in done.stdout.splitlines()[2:]]
    assert all(row[-5] == "yes" for row in rows), done.stdout  # every face embedded
    return [row[0].split("+", 1)[-1].replace("-Regular", "") for row in rows]


@pytest.fixture
def world_event(store: Store) -> int:
    record = create_event(
        store,
        EventData(title="Dialog Södertälje", start_date=DAY, end_date=DAY, city="Södertälje",
                  country="SE", venue="Stadshuset", organiser="Kommun", languages="sv,en"),
    )  # fmt: skip
    with store.session() as session:
        item = AgendaItem(event_id=record.id, day=DAY, position=0, start_time=dt.time(10),
                          end_time=dt.time(11), title="Välkommen / مرحبا",
                          kind=AgendaKind.PLENARY)  # fmt: skip
        session.add(item)
        session.flush()
        for first, last, organisation in WORLD:
            session.add(
                Participant(event_id=record.id, first_name=first, last_name=last,
                            organisation=organisation, stakeholder_group=StakeholderGroup.NGO,
                            consent_listed=True, search_key="")
            )  # fmt: skip
        session.add(
            Note(event_id=record.id, agenda_item_id=item.id, kind=NoteKind.QUOTE,
                 text="نحن مستعدون للحوار", author="محمد الأحمد")
        )  # fmt: skip
    return record.id


def test_bidi_puts_right_to_left_words_in_visual_order() -> None:
    words, rtl = scripts.visual_words("Hello محمد الأحمد world")
    assert "".join(words) == "Hello الأحمد محمد world"
    assert not rtl
    words, rtl = scripts.visual_words("محمد الأحمد")
    assert words == ["الأحمد", " ", "محمد"] and rtl
    # Letters inside a word stay as typed: HarfBuzz lays a right-to-left word out itself.
    assert scripts.visual_words("שלום")[0] == ["שלום"]


def test_each_script_gets_its_face_and_neutrals_stay_with_their_word() -> None:
    runs = scripts.runs("Åsa (محمد) ܐܦܪܝܡ ዮናስ")
    families = [run.family for run in runs]
    assert families[0] == "DejaVuSans"
    assert {"NotoSansArabic", "NotoSansSyriac", "NotoSansEthiopic"} <= set(families)
    arabic = next(run for run in runs if run.family == "NotoSansArabic")
    assert arabic.shaped and "محمد" in arabic.text
    assert scripts.is_simple("Jānis Šķēle, Светлана Ґалаґан")


def test_badges_and_sign_in_sheet_give_the_typed_names_back(
    store: Store, world_event: int, tmp_path: Path
) -> None:
    badges = write_badges(store, world_event, tmp_path / "badges.pdf", language="sv")
    text = logical(pdf_text(badges))
    for first, last, _organisation in WORLD[:7]:
        assert f"{first} {last}" in text, (first, last)
    assert "جمعية الجالية العربية" in text
    assert "Assyriska föreningen" in text and "ܥܕܬܐ" in text
    faces = pdf_fonts(badges)
    for face in ("DejaVuSans-Bold", "NotoSansArabic-Bold", "NotoSansHebrew-Bold",
                 "NotoSansSyriac", "NotoSansEthiopic-Bold", "NotoSansArmenian-Bold",
                 "NotoSansGeorgian-Bold"):  # fmt: skip
        assert face in faces, (face, faces)
    # CJK comes from a system font found by coverage (CI installs fonts-wqy-microhei).
    assert any(not f.startswith(("DejaVu", "Noto")) for f in faces), faces
    assert "王 小明" in text  # family name first, as it is said

    sheet = write_sign_in_sheet(store, world_event, tmp_path / "sheet.pdf", language="sv")
    text = logical(pdf_text(sheet))
    assert "Ґалаґан, Олена" in text
    assert "ተስፋይ, ዮናስ" in text
    assert "الأحمد" in text and "ܒܪܨܘܡܐ" in text
    assert unprintable_names(sheet) == []


def test_report_shapes_quotes_in_italic_context(
    store: Store, world_event: int, tmp_path: Path
) -> None:
    report = write_report(store, world_event, tmp_path / "report.pdf", language="en")
    text = logical(pdf_text(report))
    assert "نحن مستعدون للحوار" in text
    assert "محمد الأحمد" in text
    assert "NotoSansArabic" in pdf_fonts(report)


def test_a_name_no_font_has_is_exported_and_reported(
    store: Store, world_event: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dialogue_desk.exchange.pdf import fonts

    # Whatever this machine's fonts: none of them is asked.
    monkeypatch.setattr(fonts, "_system_family_for", lambda codepoint: None)
    with store.session() as session:
        session.add(
            Participant(event_id=world_event, first_name="Vithkuqi", last_name="𐕰𐕱",
                        organisation="", stakeholder_group=StakeholderGroup.NGO,
                        consent_listed=True, search_key="")
        )  # fmt: skip
    path = write_badges(store, world_event, tmp_path / "b.pdf", language="en")
    assert path.exists()
    assert UNPRINTABLE in unprintable_names(path)
    assert UNPRINTABLE in unprintable_warning(path)


def test_a_long_name_wraps_onto_two_lines_before_shrinking() -> None:
    lines, size = name_layout("Maximilian-Alexander", "von Hohenzollern-Sigmaringen", 240)
    assert lines == ["Maximilian-Alexander von", "Hohenzollern-Sigmaringen"]
    assert size > 14
    lines, size = name_layout("Anna", "Kask", 240)
    assert lines == ["Anna Kask"] and size == 24


def test_a_long_right_to_left_paragraph_reads_line_by_line(tmp_path: Path) -> None:
    from reportlab.platypus import SimpleDocTemplate

    from dialogue_desk.exchange.pdf.style import styles
    from dialogue_desk.exchange.pdf.text import esc
    from dialogue_desk.exchange.pdf.typeset import Paragraph

    words = [f"كلمة{n}" for n in range(1, 41)]  # "word1" … "word40", in Arabic
    paragraph = Paragraph(esc(" ".join(words)), styles().body)
    path = tmp_path / "rtl.pdf"
    SimpleDocTemplate(str(path)).build([paragraph])
    lines = [line for line in logical(pdf_text(path)).splitlines() if line.strip()]
    assert len(lines) >= 2
    # The first printed line holds the first words typed, each line read right to left, and
    # numbers inside a word read as typed ("كلمة10", not "كلمة01"). pdftotext puts spaces
    # around the digits.
    squeezed = ["".join(line.split()) for line in lines]
    assert squeezed[0].startswith("كلمة1كلمة2كلمة3")
    assert "".join(squeezed) == "".join(words)


def test_without_fontconfig_the_font_folders_are_searched_by_coverage(tmp_path, monkeypatch):
    import shutil

    from dialogue_desk.exchange.pdf import fonts
    from dialogue_desk.paths import resource_path

    copy = tmp_path / "fonts" / "Syriac.ttf"
    copy.parent.mkdir()
    shutil.copy(resource_path("fonts", "NotoSansSyriac-Regular.ttf"), copy)
    monkeypatch.setattr(fonts, "_system_files", None)
    monkeypatch.setattr(fonts, "_font_folders", lambda: [tmp_path / "fonts"])
    assert (str(copy), 0) in fonts._folder_files()
    assert fonts._covers(str(copy), 0, 0x0710)  # SYRIAC LETTER ALAPH
    assert not fonts._covers(str(copy), 0, 0x738B)  # 王
