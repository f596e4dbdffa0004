from __future__ import annotations

import pytest

from app.services.thai.titles import (
    Title,
    TitleKind,
    all_titles,
    find_title,
    title_by_code,
    titles_of_kind,
    validate_title,
)
from app.services.validation import FieldError


def test_controlled_list_basics() -> None:
    titles = all_titles()
    assert [t.th for t in titles[:5]] == ["นาย", "นาง", "นางสาว", "เด็กชาย", "เด็กหญิง"]
    assert len({t.code for t in titles}) == len(titles)
    assert len({t.th for t in titles}) == len(titles)
    assert all(len(t.code) <= 24 and len(t.th) <= 60 and len(t.en) <= 60 for t in titles)
    assert all(t.th and t.en for t in titles)


def test_expected_titles_are_present() -> None:
    expected = {
        "mr": ("นาย", "Mr.", TitleKind.CIVIL),
        "mrs": ("นาง", "Mrs.", TitleKind.CIVIL),
        "miss": ("นางสาว", "Miss", TitleKind.CIVIL),
        "acting_sub_lt": ("ว่าที่ร้อยตรี", "Acting Sub Lieutenant", TitleKind.ACTING_MILITARY),
        "dr": ("ดร.", "Dr.", TitleKind.ACADEMIC),
        "asst_prof_dr": ("ผู้ช่วยศาสตราจารย์ ดร.", "Assistant Professor Dr.", TitleKind.ACADEMIC),
    }
    for code, (th, en, kind) in expected.items():
        title = title_by_code(code)
        assert title is not None, code
        assert (title.th, title.en, title.kind) == (th, en, kind)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("นาย", "mr"),
        (" นาง ", "mrs"),
        ("นางสาว", "miss"),
        ("น.ส.", "miss"),
        ("นส", "miss"),
        ("ด.ช.", "master"),
        ("ด.ญ.", "girl"),
        ("ว่าที่ร้อยตรี", "acting_sub_lt"),
        ("ว่าที่ ร.ต.", "acting_sub_lt"),
        ("ว่าที่ร.ต.", "acting_sub_lt"),
        ("ว่าที่ ร.ต. หญิง", "acting_sub_lt_f"),
        ("ว่าที่ร้อยตรีหญิง", "acting_sub_lt_f"),
        ("ร.ต.", "army_sub_lt"),
        ("ร.ต.ต.", "pol_sub_lt"),
        ("ดร.", "dr"),
        ("ดร", "dr"),
        ("ผศ.", "asst_prof"),
        ("รศ.", "assoc_prof"),
        ("ศ.", "prof"),
        ("ผศ.ดร.", "asst_prof_dr"),
        ("ผศ. ดร.", "asst_prof_dr"),
        ("ผู้ช่วยศาสตราจารย์ ดร.", "asst_prof_dr"),
        ("Mr.", "mr"),
        ("MR", "mr"),
        ("miss", "miss"),
        ("assistant  professor", "asst_prof"),
    ],
)
def test_find_title_tolerates_spacing_and_dots(text: str, code: str) -> None:
    title = find_title(text)
    assert title is not None, text
    assert title.code == code


@pytest.mark.parametrize("text", ["", "   ", "คุณ", "Sir", "ว่าที่"])
def test_unknown_titles(text: str) -> None:
    assert find_title(text) is None


def test_every_spelling_finds_its_own_title() -> None:
    for title in all_titles():
        assert find_title(title.th) == title
        if title.abbr_th:
            assert find_title(title.abbr_th) == title


def test_short_form_and_kinds() -> None:
    title = find_title("ว่าที่ร้อยตรี")
    assert isinstance(title, Title)
    assert title.short_th == "ว่าที่ ร.ต."
    plain = title_by_code("mr")
    assert plain is not None and plain.short_th == "นาย"
    assert {t.code for t in titles_of_kind("civil")} == {"mr", "mrs", "miss", "master", "girl"}


def test_validate_title() -> None:
    assert validate_title("น.ส.").code == "miss"
    with pytest.raises(FieldError) as caught:
        validate_title("Sir", field="title_code")
    assert caught.value.field == "title_code"
    assert caught.value.message == "Name title: this name title is not in the list"
    with pytest.raises(FieldError) as empty:
        validate_title("")
    assert empty.value.message == "Name title is required"
