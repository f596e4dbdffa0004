from __future__ import annotations

import pytest
from pythainlp.corpus import provinces as pythainlp_provinces

from app.services.thai.provinces import (
    Province,
    Region,
    all_provinces,
    find_province,
    province_by_code,
    provinces_in_region,
    validate_province,
)
from app.services.validation import FieldError


def test_seventy_seven_provinces_with_unique_codes_and_names() -> None:
    provinces = all_provinces()
    assert len(provinces) == 77
    assert len({p.code for p in provinces}) == 77
    assert len({p.name_th for p in provinces}) == 77
    assert len({p.name_en for p in provinces}) == 77
    assert all(len(p.code) == 2 and p.code.isdigit() for p in provinces)
    assert [p.code for p in provinces] == sorted(p.code for p in provinces)


def test_thai_names_match_pythainlp() -> None:
    details: list[dict[str, str]] = pythainlp_provinces(details=True)  # type: ignore[assignment]
    theirs = {entry["name_th"] for entry in details}
    assert {p.name_th for p in all_provinces()} == theirs


@pytest.mark.parametrize(
    ("code", "name_th", "region"),
    [
        ("10", "กรุงเทพมหานคร", Region.CENTRAL),
        ("20", "ชลบุรี", Region.EAST),
        ("26", "นครนายก", Region.CENTRAL),
        ("30", "นครราชสีมา", Region.NORTHEAST),
        ("38", "บึงกาฬ", Region.NORTHEAST),
        ("50", "เชียงใหม่", Region.NORTH),
        ("63", "ตาก", Region.WEST),
        ("65", "พิษณุโลก", Region.CENTRAL),
        ("77", "ประจวบคีรีขันธ์", Region.WEST),
        ("96", "นราธิวาส", Region.SOUTH),
    ],
)
def test_official_codes_and_regions(code: str, name_th: str, region: Region) -> None:
    province = province_by_code(code)
    assert province is not None
    assert (province.name_th, province.region) == (name_th, region)


def test_six_regions_with_thai_names() -> None:
    counts = {region: len(provinces_in_region(region)) for region in Region}
    assert counts == {
        Region.NORTH: 9,
        Region.NORTHEAST: 20,
        Region.CENTRAL: 22,
        Region.EAST: 7,
        Region.WEST: 5,
        Region.SOUTH: 14,
    }
    assert Region.NORTHEAST.name_th == "ภาคตะวันออกเฉียงเหนือ"
    assert [r.name_th for r in Region] == [
        "ภาคเหนือ",
        "ภาคตะวันออกเฉียงเหนือ",
        "ภาคกลาง",
        "ภาคตะวันออก",
        "ภาคตะวันตก",
        "ภาคใต้",
    ]
    assert [p.name_en for p in provinces_in_region("west")] == [
        "Tak",
        "Ratchaburi",
        "Kanchanaburi",
        "Phetchaburi",
        "Prachuap Khiri Khan",
    ]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("กรุงเทพมหานคร", "10"),
        ("กรุงเทพฯ", "10"),
        ("กทม.", "10"),
        ("กทม", "10"),
        ("Bangkok", "10"),
        ("จ.ชลบุรี", "20"),
        ("จ. ชลบุรี", "20"),
        ("จังหวัดชลบุรี", "20"),
        ("จังหวัด ชลบุรี", "20"),
        ("Chonburi", "20"),
        ("chon buri province", "20"),
        ("  เชียงใหม่ ", "50"),
        ("อยุธยา", "14"),
        ("Korat", "30"),
        ("Phangnga", "82"),
        ("Sisaket", "33"),
        ("จันทบุรี", "22"),
        ("จ.จันทบุรี", "22"),
        ("96", "96"),
    ],
)
def test_find_province_tolerates_common_spellings(text: str, code: str) -> None:
    province = find_province(text)
    assert province is not None
    assert province.code == code


@pytest.mark.parametrize("text", ["", "  ", "Atlantis", "ชล", "จ."])
def test_find_province_returns_none_for_unknown(text: str) -> None:
    assert find_province(text) is None


def test_every_province_is_found_by_its_own_names() -> None:
    for province in all_provinces():
        assert find_province(province.name_th) == province
        assert find_province(province.name_en) == province
        assert find_province(f"จังหวัด{province.name_th}") == province


def test_province_is_frozen() -> None:
    province = all_provinces()[0]
    assert isinstance(province, Province)
    with pytest.raises(AttributeError):
        province.name_th = "x"  # type: ignore[misc]


def test_validate_province() -> None:
    assert validate_province("กทม.").code == "10"
    with pytest.raises(FieldError) as caught:
        validate_province("Atlantis", field="province_code")
    assert caught.value.field == "province_code"
    assert caught.value.message == "Province: no Thai province has this name"
    with pytest.raises(FieldError) as empty:
        validate_province(" ")
    assert empty.value.message == "Province is required"
