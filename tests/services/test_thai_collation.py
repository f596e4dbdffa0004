from __future__ import annotations

import sqlite3

import pytest
from pythainlp.util import collate

from app.services.thai.collation import (
    THAI_COLLATION,
    compare_thai,
    register_sqlite_collation,
    thai_sort_key,
    thai_sort_text,
    thai_sorted,
)

WORDS = ["ไก่", "กา", "เกาะ", "ขนม", "แกง", "โกง", "กิน", "ข้าว"]
# Royal Institute order: consonant first, then the vowel (ะ า ิ ... before เ แ โ ใ ไ).
DICTIONARY_ORDER = ["กา", "กิน", "เกาะ", "แกง", "โกง", "ไก่", "ขนม", "ข้าว"]


def test_dictionary_order_of_a_fixed_list() -> None:
    assert thai_sorted(WORDS) == DICTIONARY_ORDER


def test_code_point_order_is_wrong_for_thai() -> None:
    assert sorted(WORDS) != DICTIONARY_ORDER


def test_agrees_with_pythainlp_collate() -> None:
    words = [*WORDS, "เก่ง", "เก็บ", "เกม", "เกลา", "กก", "กอ", "กะ", "กัก", "กำ", "ฤดู", "รู", "ลม"]
    assert thai_sorted(words) == collate(words)


def test_consonant_alone_before_consonant_with_vowel() -> None:
    assert thai_sorted(["กะ", "กา", "กก", "ก", "กอ", "กัก", "กำ"]) == [
        "ก",
        "กก",
        "กอ",
        "กะ",
        "กัก",
        "กา",
        "กำ",
    ]


def test_only_the_first_consonant_moves_before_a_leading_vowel() -> None:
    # เกม -> ก เ ม and เกลา -> ก เ ล า: ม comes before ล.
    assert thai_sorted(["เกลา", "เกม"]) == ["เกม", "เกลา"]
    assert thai_sort_key("เกม")[0] == "กเม"


def test_tone_marks_are_a_secondary_weight() -> None:
    assert thai_sorted(["ข้า", "ข๊า", "ขา", "ข่า", "ขาก"]) == ["ขา", "ข่า", "ข้า", "ข๊า", "ขาก"]
    assert thai_sort_key("ข้า")[0] == thai_sort_key("ขา")[0]


def test_ru_and_lu_follow_ro_and_lo() -> None:
    assert thai_sorted(["ลม", "ฤดู", "รู", "ฦา", "วัน"]) == ["รู", "ฤดู", "ลม", "ฦา", "วัน"]


def test_latin_and_digits_sort_before_thai() -> None:
    assert thai_sorted(["ก", "Zebra", "apple", "10", "๙"]) == ["10", "๙", "apple", "Zebra", "ก"]


def test_typing_variants_sort_as_the_same_word() -> None:
    assert thai_sort_key("เเกง")[0] == thai_sort_key("แกง")[0]
    assert thai_sort_key("กํา")[0] == thai_sort_key("กำ")[0]


def test_equal_only_for_identical_text() -> None:
    assert compare_thai("กา", "กา") == 0
    assert compare_thai("กา", "ก่า") < 0
    assert compare_thai("ขนม", "กา") > 0


def test_sort_text_orders_like_the_sort_key() -> None:
    words = [*WORDS, "ขา", "ข่า", "ข้า", "ขาก", "เกม", "เกลา", "กก", "ก", "apple", "Apple", "10"]
    assert sorted(words, key=thai_sort_text) == thai_sorted(words)
    assert thai_sort_text("ข้า") != thai_sort_text("ขา")


@pytest.fixture
def connection() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    register_sqlite_collation(conn)
    conn.execute("CREATE TABLE word (text TEXT)")
    conn.executemany("INSERT INTO word VALUES (?)", [(w,) for w in WORDS])
    return conn


def test_sqlite_collation_orders_rows(connection: sqlite3.Connection) -> None:
    rows = connection.execute(
        f"SELECT text FROM word ORDER BY text COLLATE {THAI_COLLATION}"
    ).fetchall()
    assert [r[0] for r in rows] == DICTIONARY_ORDER
    connection.close()


def test_sqlite_collation_on_many_rows_is_consistent() -> None:
    conn = sqlite3.connect(":memory:")
    register_sqlite_collation(conn)
    words = [f"{w}{n}" for n in range(50) for w in WORDS]
    conn.execute("CREATE TABLE word (text TEXT)")
    conn.executemany("INSERT INTO word VALUES (?)", [(w,) for w in words])
    rows = conn.execute("SELECT text FROM word ORDER BY text COLLATE THAI").fetchall()
    assert [r[0] for r in rows] == thai_sorted(words)
    conn.close()


def test_sqlite_collation_in_comparisons(connection: sqlite3.Connection) -> None:
    count = connection.execute(
        "SELECT count(*) FROM word WHERE text < 'ข' COLLATE THAI"
    ).fetchone()[0]
    assert count == 6
    connection.close()
