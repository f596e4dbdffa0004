"""Pools of Thai names and places for the demo network; every combination is synthetic.

People are a first name from one pool and a surname built from two syllable pools, so no
row names a real person. Enterprises and colleges combine invented stems with words of
their trade or a made-up village-style place name.
"""

from __future__ import annotations

import random
from itertools import product

MALE_FIRST_NAMES: tuple[str, ...] = (
    "กิตติพงษ์",
    "ชยพล",
    "ณัฐวุฒิ",
    "ธนกร",
    "ธีรภัทร",
    "นพดล",
    "ปกรณ์",
    "ปิยะพงษ์",
    "พงศกร",
    "ภานุวัฒน์",
    "วรเชษฐ์",
    "วิทวัส",
    "ศุภชัย",
    "สิทธิชัย",
    "อนุชา",
    "อภิสิทธิ์",
    "กฤษดา",
    "จักรพันธ์",
    "เจษฎา",
    "ชาญวิทย์",
    "ณรงค์ศักดิ์",
    "ทศพล",
    "ธนวัฒน์",
    "นันทวัฒน์",
    "บุญฤทธิ์",
    "ประเสริฐ",
    "พีรพัฒน์",
    "ภูมิพัฒน์",
    "รัฐพล",
    "วชิระ",
    "วีรยุทธ",
    "สมชาย",
    "สุรเชษฐ์",
    "อดิศร",
    "เอกชัย",
    "กวิน",
    "ชนาธิป",
    "ตะวัน",
    "ธีรเดช",
    "ปัณณวัฒน์",
)
FEMALE_FIRST_NAMES: tuple[str, ...] = (
    "กมลชนก",
    "กาญจนา",
    "จิราพร",
    "ชุติมา",
    "ณัฐธิดา",
    "ดวงใจ",
    "ธิดารัตน์",
    "นภัสสร",
    "นิภาพร",
    "เบญจวรรณ",
    "ปวีณา",
    "พรทิพย์",
    "พิมพ์ชนก",
    "มณีรัตน์",
    "รัตนาภรณ์",
    "ลลิตา",
    "วรรณภา",
    "ศิริพร",
    "สุภาวดี",
    "อรอุมา",
    "อัญชลี",
    "กนกวรรณ",
    "ขวัญใจ",
    "จันทร์เพ็ญ",
    "ชลธิชา",
    "ทิพวรรณ",
    "นฤมล",
    "ปาริชาต",
    "พัชรินทร์",
    "ยุพิน",
    "วิไลวรรณ",
    "สุนันทา",
)
SURNAME_HEADS: tuple[str, ...] = (
    "ศรี",
    "แก้ว",
    "ทอง",
    "บุญ",
    "สุข",
    "เพชร",
    "จันทร์",
    "รุ่ง",
    "มั่น",
    "ใจ",
    "พูล",
    "ชัย",
    "วงศ์",
    "สม",
    "เจริญ",
    "ประ",
    "นาค",
    "ศักดิ์",
    "พร",
    "อินทร์",
    "ขำ",
    "เรือง",
    "สิทธิ",
    "กาญจน",
)
SURNAME_TAILS: tuple[str, ...] = (
    "สวัสดิ์",
    "วงศ์",
    "ประเสริฐ",
    "เจริญ",
    "ศักดิ์",
    "กุล",
    "ทรัพย์",
    "สมบูรณ์",
    "พันธ์",
    "รักษ์",
    "ไพศาล",
    "ธรรม",
    "ภักดี",
    "เดช",
    "ชาติ",
    "วัฒนา",
    "มงคล",
    "ศิริ",
    "สุวรรณ",
    "นิมิตร",
    "อนันต์",
    "รัตน์",
    "สกุล",
    "ยิ่ง",
    "ทวี",
    "ประดิษฐ์",
)

# Village-style place names: (Thai, romanised) parts.
PLACE_HEADS: tuple[tuple[str, str], ...] = (
    ("หนอง", "Nong"),
    ("ดอน", "Don"),
    ("โคก", "Khok"),
    ("บาง", "Bang"),
    ("วัง", "Wang"),
    ("ห้วย", "Huai"),
    ("นา", "Na"),
    ("ท่า", "Tha"),
    ("เขา", "Khao"),
    ("บึง", "Bueng"),
    ("คลอง", "Khlong"),
    ("ทุ่ง", "Thung"),
)
PLACE_CORES: tuple[tuple[str, str], ...] = (
    ("บัว", "Bua"),
    ("ไผ่", "Phai"),
    ("ยาง", "Yang"),
    ("ตะเคียน", "Takhian"),
    ("มะม่วง", "Mamuang"),
    ("ทราย", "Sai"),
    ("แก้ว", "Kaeo"),
    ("พลู", "Phlu"),
    ("ขาม", "Kham"),
    ("กระทุ่ม", "Krathum"),
    ("สะแก", "Sakae"),
    ("ปลาไหล", "Plalai"),
    ("จิก", "Chik"),
    ("หว้า", "Wa"),
)
PLACE_TAILS: tuple[tuple[str, str], ...] = (
    ("", ""),
    ("งาม", "Ngam"),
    ("ใหญ่", "Yai"),
    ("ทอง", "Thong"),
    ("เหนือ", "Nuea"),
    ("ใต้", "Tai"),
    ("พัฒนา", "Phatthana"),
)

PUBLIC_COLLEGE_KINDS: tuple[tuple[str, str], ...] = (
    ("วิทยาลัยเทคนิค", "{place} Technical College"),
    ("วิทยาลัยการอาชีพ", "{place} Industrial and Community Education College"),
    ("วิทยาลัยอาชีวศึกษา", "{place} Vocational College"),
    ("วิทยาลัยสารพัดช่าง", "{place} Polytechnic College"),
)
PRIVATE_COLLEGE_KINDS: tuple[tuple[str, str], ...] = (
    ("วิทยาลัยเทคโนโลยี", "{place} Technological College"),
    ("วิทยาลัยเทคโนโลยีบริหารธุรกิจ", "{place} Business and Technological College"),
    ("วิทยาลัยเทคโนโลยีอุตสาหกรรม", "{place} Industrial Technology College"),
)

# Enterprise names: stem + optional modifier + trade, Thai and English kept in step.
COMPANY_STEMS: tuple[tuple[str, str], ...] = (
    ("สยาม", "Siam"),
    ("ไทย", "Thai"),
    ("อีสเทิร์น", "Eastern"),
    ("โกลเด้น", "Golden"),
    ("เอเชีย", "Asia"),
    ("แปซิฟิก", "Pacific"),
    ("ชลธาร", "Chonlathan"),
    ("รุ่งเรือง", "Rungrueang"),
    ("บูรพา", "Burapha"),
    ("มหานคร", "Mahanakhon"),
    ("ศรีราชา", "Sriracha"),
    ("ท่าเรือ", "Port"),
    ("อุดมทรัพย์", "Udomsap"),
    ("เจริญยนต์", "Charoenyon"),
    ("ไพศาลกิจ", "Phaisankit"),
    ("นครทอง", "Nakhon Thong"),
    ("ซันไรส์", "Sunrise"),
    ("บลูโอเชียน", "Blue Ocean"),
    ("กรีนวัลเลย์", "Green Valley"),
    ("ทรัพย์สมบูรณ์", "Sapsomboon"),
    ("วิศวไทย", "Witsawa Thai"),
    ("ดาวทอง", "Dao Thong"),
    ("สุวรรณภูมิ", "Suvarnabhumi"),
    ("อันดามัน", "Andaman"),
    ("ล้านนา", "Lanna"),
    ("อินโดจีน", "Indochina"),
    ("เมกะ", "Mega"),
    ("ไทยเจริญ", "Thai Charoen"),
)
COMPANY_MODIFIERS: tuple[tuple[str, str], ...] = (
    ("", ""),
    ("แอดวานซ์", "Advanced"),
    ("โกลบอล", "Global"),
    ("อินเตอร์", "Inter"),
    ("ยูไนเต็ด", "United"),
    ("สมาร์ท", "Smart"),
    ("โปร", "Pro"),
    ("นิว", "New"),
    ("ไฮเทค", "Hi-Tech"),
    ("พรีเมียร์", "Premier"),
    ("ซุปเปอร์", "Super"),
    ("ฟิวเจอร์", "Future"),
)
COMPANY_TRADES: tuple[tuple[str, str, str], ...] = (
    # (Thai, English, industry)
    ("ออโตพาร์ท", "Auto Parts", "ชิ้นส่วนยานยนต์"),
    ("โรโบติกส์", "Robotics", "หุ่นยนต์และระบบอัตโนมัติ"),
    ("ออโตเมชั่น", "Automation", "หุ่นยนต์และระบบอัตโนมัติ"),
    ("เมคคาทรอนิกส์", "Mechatronics", "เครื่องจักรกลและเมคคาทรอนิกส์"),
    ("อีเลคทริค", "Electric", "เครื่องใช้ไฟฟ้า"),
    ("อิเล็กทรอนิกส์", "Electronics", "อิเล็กทรอนิกส์"),
    ("พรีซิชั่น", "Precision", "งานกลึงและแม่พิมพ์ความเที่ยงตรงสูง"),
    ("แมนูแฟคเจอริ่ง", "Manufacturing", "การผลิตทั่วไป"),
    ("เอ็นจิเนียริ่ง", "Engineering", "วิศวกรรมและติดตั้งระบบ"),
    ("พลาสติก", "Plastics", "พลาสติกและฉีดขึ้นรูป"),
    ("เมทัลเวิร์ค", "Metal Works", "งานโลหะ"),
    ("ฟู้ดแมชชีนเนอรี่", "Food Machinery", "เครื่องจักรแปรรูปอาหาร"),
    ("ปิโตรเคมิคอล", "Petrochemical", "ปิโตรเคมี"),
    ("โลจิสติกส์", "Logistics", "โลจิสติกส์และคลังสินค้าอัตโนมัติ"),
    ("เซมิคอนดักเตอร์", "Semiconductor", "อิเล็กทรอนิกส์"),
    ("ไดแคสติ้ง", "Die Casting", "ชิ้นส่วนยานยนต์"),
    ("คอนโทรลซิสเต็มส์", "Control Systems", "วิศวกรรมและติดตั้งระบบ"),
    ("อินดัสทรี", "Industry", "การผลิตทั่วไป"),
)

# Enterprises abroad: (country code, Thai name pattern, English name pattern) and stems.
ABROAD_STEMS: dict[str, tuple[str, ...]] = {
    "JP": ("Aozora", "Midori", "Hikari", "Kawanami", "Yamabuki", "Shiranami", "Harukaze"),
    "DE": ("Nordtal", "Lindenhof", "Birkenau", "Sonnfeld", "Ostwald", "Grunbach"),
    "KR": ("Hanul", "Saebyeok", "Dasom", "Narae", "Haneul Bit", "Gaon"),
    "TW": ("Jade Peak", "Formosa Bay", "Lotus River", "Sun Moon", "Pearl Harbor View"),
    "SG": ("Merlion Gate", "Straits Line", "Harbourfront"),
    "AU": ("Southern Cross", "Eucalypt", "Coral Coast"),
}
ABROAD_FORMS: dict[str, str] = {
    "JP": "{stem} {trade} Co., Ltd.",
    "DE": "{stem} {trade} GmbH",
    "KR": "{stem} {trade} Co., Ltd.",
    "TW": "{stem} {trade} Corp.",
    "SG": "{stem} {trade} Pte. Ltd.",
    "AU": "{stem} {trade} Pty Ltd",
}
ABROAD_COUNTRY_TH: dict[str, str] = {
    "JP": "ญี่ปุ่น",
    "DE": "เยอรมนี",
    "KR": "เกาหลีใต้",
    "TW": "ไต้หวัน",
    "SG": "สิงคโปร์",
    "AU": "ออสเตรเลีย",
}


def surname(rng: random.Random) -> str:
    head = rng.choice(SURNAME_HEADS)
    tail = rng.choice(SURNAME_TAILS)
    return head + tail


def person(rng: random.Random, *, male_share: float = 0.5) -> tuple[bool, str, str]:
    """A synthetic person: (is_male, first name, last name)."""
    male = rng.random() < male_share
    first = rng.choice(MALE_FIRST_NAMES if male else FEMALE_FIRST_NAMES)
    return male, first, surname(rng)


def full_name(rng: random.Random) -> str:
    _, first, last = person(rng)
    return f"{first} {last}"


def place_names(rng: random.Random) -> list[tuple[str, str]]:
    """Every village-style place name (Thai, English), in a seeded order."""
    names = [
        (h[0] + c[0] + t[0], " ".join(part for part in (h[1], c[1], t[1]) if part))
        for h, c, t in product(PLACE_HEADS, PLACE_CORES, PLACE_TAILS)
    ]
    rng.shuffle(names)
    return names


def company_names(rng: random.Random) -> list[tuple[str, str, str]]:
    """Every domestic company name stem (Thai, English, industry), in a seeded order."""
    names = [
        (s[0] + m[0] + t[0], " ".join(part for part in (s[1], m[1], t[1]) if part), t[2])
        for s, m, t in product(COMPANY_STEMS, COMPANY_MODIFIERS, COMPANY_TRADES)
    ]
    rng.shuffle(names)
    return names
