"""Sites and trust: fingerprints, public key files, enrolment, revocation and the peer list."""

from __future__ import annotations

import hashlib
import json
import pickle
import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import func, select

from app.models.base import new_uuid
from app.models.enums import SiteKind
from app.models.site import Site
from app.services.site_identity import key_id_of, local_site
from app.services.site_setup import init_center_site, init_central_site, init_college_site
from app.services.store import Store, open_store
from app.services.sync.trust import (
    MAX_KEY_FILE_BYTES,
    PeerKey,
    TrustError,
    check_trust,
    fingerprint,
    own_key,
    peers,
    read_key_file,
    revoke,
    trust_key,
    trusted_key,
    write_key_file,
)
from app.services.validation import FieldError

COLLEGE_NAME = "วิทยาลัยการอาชีพทดสอบ"
FINGERPRINT = re.compile(r"^([0-9A-F]{4} ){7}[0-9A-F]{4}$")


def _new_public_key() -> str:
    key = Ed25519PrivateKey.generate().public_key()
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw).hex()


def _peer(
    kind: SiteKind, name: str, center_uuid: str | None, college_uuid: str | None = None
) -> PeerKey:
    """A peer's key as a key file would bring it (no second database needed)."""
    public = _new_public_key()
    return PeerKey(new_uuid(), kind, name, center_uuid, college_uuid, public, key_id_of(public))


def _store(path: Path) -> Store:
    return open_store(path, create=True)


@pytest.fixture
def college_store(tmp_path: Path) -> Iterator[Store]:
    """A college station of center 11 (the same network as ``center_store``)."""
    store = _store(tmp_path / "college.db")
    init_college_site(store, 11, COLLEGE_NAME)
    yield store
    store.close()


@pytest.fixture
def central_store(tmp_path: Path) -> Iterator[Store]:
    store = _store(tmp_path / "central.db")
    init_central_site(store)
    yield store
    store.close()


def _key_of(store: Store, path: Path) -> PeerKey:
    with store.session() as session:
        write_key_file(session, path)
    return read_key_file(path)


def _center_uuid(store: Store) -> str:
    with store.session() as session:
        site = local_site(session)
        assert site is not None and site.center_uuid is not None
        return site.center_uuid


def _site_count(store: Store) -> int:
    with store.session() as session:
        return session.scalar(select(func.count()).select_from(Site)) or 0


def _trust(store: Store, key: PeerKey, name: str | None = None) -> Site:
    with store.transaction() as session:
        site = trust_key(session, key, name)
        session.expunge(site)
    return site


def _refused(store: Store, key: PeerKey, *words: str) -> str:
    before = _site_count(store)
    with pytest.raises(FieldError) as refused, store.transaction() as session:
        trust_key(session, key)
    assert _site_count(store) == before
    message = refused.value.message
    for word in words:
        assert word in message
    assert key.public_key not in message and key.site_uuid not in message
    return message


# -- fingerprints and key files -----------------------------------------------------------
def test_fingerprint_is_eight_upper_case_groups_of_the_sha256_of_the_raw_key() -> None:
    public = "00" * 31 + "01"
    digest = hashlib.sha256(bytes.fromhex(public)).hexdigest().upper()
    shown = fingerprint(public)
    assert FINGERPRINT.match(shown)
    assert shown.replace(" ", "") == digest[:32]
    assert fingerprint(_new_public_key()) != shown


def test_a_key_file_carries_this_site_and_reads_back(center_store: Store, tmp_path: Path) -> None:
    path = tmp_path / "center.cvmkey"
    with center_store.session() as session:
        written = write_key_file(session, path)
        site = local_site(session)
        assert site is not None
        document = json.loads(path.read_text(encoding="utf-8"))
        assert document == {
            "format": "cvm-site-key",
            "version": 1,
            "site_uuid": site.uuid,
            "kind": "center",
            "name": site.name,
            "center_uuid": site.center_uuid,
            "college_uuid": None,
            "public_key": site.public_key,
            "key_id": site.key_id,
        }
    assert "ศูนย์ CVM" in path.read_text(encoding="utf-8")  # UTF-8, not \u escapes
    read = read_key_file(path)
    assert read == written
    assert read.fingerprint == fingerprint(read.public_key)
    assert not list(tmp_path.glob("*.part"))


def test_a_site_without_identity_has_no_key_to_write(empty_store: Store, tmp_path: Path) -> None:
    with pytest.raises(FieldError), empty_store.session() as session:
        write_key_file(session, tmp_path / "none.cvmkey")
    assert not (tmp_path / "none.cvmkey").exists()


def _good_document(center_store: Store) -> dict[str, Any]:
    with center_store.session() as session:
        key = own_key(session)
    return {
        "format": "cvm-site-key",
        "version": 1,
        "site_uuid": key.site_uuid,
        "kind": key.kind.value,
        "name": key.name,
        "center_uuid": key.center_uuid,
        "college_uuid": None,
        "public_key": key.public_key,
        "key_id": key.key_id,
    }


BAD_DOCUMENTS: dict[str, tuple[dict[str, Any], str]] = {
    "other format": ({"format": "cvm-package"}, "not a site key file"),
    "newer version": ({"version": 2}, "newer version"),
    "version zero": ({"version": 0}, "damaged"),
    "version as text": ({"version": "1"}, "damaged"),
    "version true": ({"version": True}, "damaged"),
    "uuid not a uuid": ({"site_uuid": "center-11"}, "damaged"),
    "upper-case uuid": (
        {"site_uuid": "A" * 8 + "-" + "A" * 4 + "-4AAA-8AAA-" + "A" * 12},
        "damaged",
    ),
    "unknown kind": ({"kind": "ministry"}, "damaged"),
    "empty name": ({"name": "  "}, "damaged"),
    "name not text": ({"name": 11}, "damaged"),
    "name too long": ({"name": "ก" * 201}, "damaged"),
    "center without its center": ({"center_uuid": None}, "damaged"),
    "center naming a college": (
        {"college_uuid": "9b1c2a3e-4d5f-4a6b-8c7d-0e1f2a3b4c5d"},
        "damaged",
    ),
    "short key": ({"public_key": "ab" * 31}, "damaged"),
    "key not hex": ({"public_key": "zz" * 32}, "damaged"),
    "key not text": ({"public_key": 12345}, "damaged"),
    "wrong key id": ({"key_id": "0" * 16}, "damaged"),
}


@pytest.mark.parametrize("case", sorted(BAD_DOCUMENTS))
def test_a_bad_key_file_is_refused_with_the_reason(
    center_store: Store, tmp_path: Path, case: str
) -> None:
    changes, reason = BAD_DOCUMENTS[case]
    document = _good_document(center_store) | changes
    path = tmp_path / "bad.cvmkey"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(FieldError) as refused:
        read_key_file(path)
    assert refused.value.field == "key_file"
    assert reason in refused.value.message
    for value in changes.values():
        if isinstance(value, str) and len(value) > 3:
            assert value not in refused.value.message


def test_missing_and_extra_fields_are_refused(center_store: Store, tmp_path: Path) -> None:
    path = tmp_path / "bad.cvmkey"
    missing = _good_document(center_store)
    del missing["key_id"]
    path.write_text(json.dumps(missing), encoding="utf-8")
    with pytest.raises(FieldError, match="damaged"):
        read_key_file(path)
    path.write_text(json.dumps(_good_document(center_store) | {"private_key": "x"}), "utf-8")
    with pytest.raises(FieldError, match="damaged"):
        read_key_file(path)


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"\xff\xfe not text",
        b"{not json",
        b"[1, 2, 3]",
        b'"cvm-site-key"',
        b"PK\x03\x04 a zip file",
    ],
)
def test_what_is_not_a_key_file_says_so(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "other.cvmkey"
    path.write_bytes(content)
    with pytest.raises(FieldError, match="not a site key file"):
        read_key_file(path)


def test_a_file_over_64_kib_is_refused_before_it_is_parsed(
    center_store: Store, tmp_path: Path
) -> None:
    text = json.dumps(_good_document(center_store))
    path = tmp_path / "big.cvmkey"
    path.write_text(text + " " * (MAX_KEY_FILE_BYTES - len(text)), encoding="ascii")
    assert path.stat().st_size == MAX_KEY_FILE_BYTES
    assert read_key_file(path).kind is SiteKind.CENTER  # exactly the limit is still read
    path.write_text(text + " " * (MAX_KEY_FILE_BYTES + 1 - len(text)), encoding="ascii")
    with pytest.raises(FieldError, match="not a site key file"):
        read_key_file(path)


def test_a_missing_file_is_a_clear_refusal(tmp_path: Path) -> None:
    with pytest.raises(FieldError, match="could not be read"):
        read_key_file(tmp_path / "nowhere.cvmkey")


def test_a_refusal_survives_pickling_as_a_field_error() -> None:
    error = TrustError("key_file", lambda: "message")
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is FieldError
    assert (copy.field, copy.message) == ("key_file", "message")


# -- enrolling --------------------------------------------------------------------------------
def test_a_center_and_its_college_station_trust_each_other(
    center_store: Store, college_store: Store, tmp_path: Path
) -> None:
    college_key = _key_of(college_store, tmp_path / "college.cvmkey")
    center_key = _key_of(center_store, tmp_path / "center.cvmkey")
    assert college_key.kind is SiteKind.COLLEGE and college_key.college_uuid

    enrolled = _trust(center_store, college_key)
    assert (enrolled.name, enrolled.kind, enrolled.is_local) == (
        COLLEGE_NAME,
        SiteKind.COLLEGE,
        False,
    )
    assert enrolled.revoked_at is None
    _trust(college_store, center_key, "ศูนย์ CVM แม่ข่าย")

    with center_store.session() as session:
        listed = peers(session)
        assert trusted_key(session, college_key.site_uuid) == college_key.public_key
        assert trusted_key(session, center_key.site_uuid) is None  # this site itself
        assert trusted_key(session, new_uuid()) is None
    assert [(p.uuid, p.fingerprint) for p in listed] == [
        (college_key.site_uuid, college_key.fingerprint)
    ]
    assert listed[0].college_uuid == college_key.college_uuid
    with college_store.session() as session:
        assert [p.name for p in peers(session)] == ["ศูนย์ CVM แม่ข่าย"]
        assert trusted_key(session, center_key.site_uuid) == center_key.public_key


def test_the_central_office_and_a_center_trust_each_other(
    center_store: Store, central_store: Store, tmp_path: Path
) -> None:
    central_key = _key_of(central_store, tmp_path / "central.cvmkey")
    center_key = _key_of(center_store, tmp_path / "center.cvmkey")
    _trust(center_store, central_key)
    _trust(central_store, center_key)
    with central_store.session() as session:
        assert [p.kind for p in peers(session)] == [SiteKind.CENTER]


def test_own_key_is_refused(center_store: Store, tmp_path: Path) -> None:
    own = _key_of(center_store, tmp_path / "own.cvmkey")
    _refused(center_store, own, "this site itself")
    # the same key under another uuid is this site's key too
    _refused(center_store, replace(own, site_uuid=new_uuid()), "this site itself")


def test_the_same_key_again_changes_nothing(center_store: Store) -> None:
    college = _peer(SiteKind.COLLEGE, "วิทยาลัยเทคนิคชลบุรี", _center_uuid(center_store), new_uuid())
    first = _trust(center_store, college)
    _refused(center_store, college, "already trusted")
    _refused(center_store, replace(college, name="อีกชื่อหนึ่ง"), "already trusted")
    with center_store.session() as session:
        (only,) = peers(session)
    assert (only.name, only.enrolled_at) == (first.name, first.enrolled_at)


def test_a_key_is_never_replaced_for_an_enrolled_site(center_store: Store) -> None:
    college = _peer(SiteKind.COLLEGE, "วิทยาลัยเทคนิคระยอง", _center_uuid(center_store), new_uuid())
    _trust(center_store, college)
    public = _new_public_key()
    swapped = replace(college, public_key=public, key_id=key_id_of(public))
    _refused(center_store, swapped, "different key is already enrolled", "never replaced")
    with center_store.session() as session:
        assert trusted_key(session, college.site_uuid) == college.public_key


def test_a_revoked_site_stays_revoked(center_store: Store) -> None:
    college = _peer(SiteKind.COLLEGE, "วิทยาลัยเทคนิคตราด", _center_uuid(center_store), new_uuid())
    _trust(center_store, college)
    with center_store.transaction() as session:
        revoke(session, college.site_uuid)
    _refused(center_store, college, "stays revoked", "new installation")
    public = _new_public_key()
    new_key = replace(college, public_key=public, key_id=key_id_of(public))
    _refused(center_store, new_key, "stays revoked")
    with center_store.session() as session:
        assert trusted_key(session, college.site_uuid) is None
    # a new installation has a new uuid: that one can be enrolled
    _trust(center_store, replace(new_key, site_uuid=new_uuid()))


def test_a_key_enrolled_for_one_site_is_refused_for_another(center_store: Store) -> None:
    college = _peer(SiteKind.COLLEGE, "วิทยาลัยเทคนิคจันทบุรี", _center_uuid(center_store), new_uuid())
    _trust(center_store, college)
    _refused(center_store, replace(college, site_uuid=new_uuid()), "another site")


def test_pairings_that_make_no_sense_are_refused(
    center_store: Store, college_store: Store, central_store: Store, tmp_path: Path
) -> None:
    own_center = _center_uuid(center_store)
    other_store = _store(tmp_path / "other-center.db")
    try:
        init_center_site(other_store, 12)
        other_center_key = _key_of(other_store, tmp_path / "other.cvmkey")
    finally:
        other_store.close()
    other_center = other_center_key.center_uuid
    assert other_center is not None and other_center != own_center
    central_key = _key_of(central_store, tmp_path / "central.cvmkey")
    college_key = _key_of(college_store, tmp_path / "college.cvmkey")

    # a center: not another center, not a college of another network
    _refused(center_store, other_center_key, "Centers do not exchange packages")
    foreign = _peer(SiteKind.COLLEGE, "วิทยาลัยต่างเครือข่าย", other_center, new_uuid())
    _refused(center_store, foreign, "network of another CVM center")
    # a college station: its own center only
    _refused(college_store, other_center_key, "another CVM center")
    _refused(college_store, central_key, "its own CVM center only")
    sibling = _peer(SiteKind.COLLEGE, "วิทยาลัยพี่น้อง", own_center, new_uuid())
    _refused(college_store, sibling, "its own CVM center only")
    # the central office: centers only, and only centers of the list
    _refused(central_store, college_key, "CVM centers only")
    _refused(central_store, _peer(SiteKind.CENTER, "ศูนย์ปลอม", new_uuid()), "not in the list")
    _trust(central_store, other_center_key)


def test_the_name_can_be_chosen_and_is_checked(center_store: Store) -> None:
    center = _center_uuid(center_store)
    named = _trust(
        center_store,
        _peer(SiteKind.COLLEGE, "ชื่อในไฟล์", center, new_uuid()),
        "  วิทยาลัยเทคนิค   สัตหีบ ",
    )
    assert named.name == "วิทยาลัยเทคนิค สัตหีบ"
    blank = _peer(SiteKind.COLLEGE, "ชื่อในไฟล์", center, new_uuid())
    with pytest.raises(FieldError) as refused, center_store.session() as session:
        check_trust(session, blank, "   ")
    assert refused.value.field == "name"
    with pytest.raises(FieldError, match="at most 200"), center_store.session() as session:
        check_trust(session, blank, "ก" * 201)


def test_a_database_without_a_site_cannot_enrol(empty_store: Store) -> None:
    key = _peer(SiteKind.CENTER, "ศูนย์", new_uuid())
    with pytest.raises(FieldError, match="not set up"), empty_store.session() as session:
        trust_key(session, key)


# -- revoking and listing ------------------------------------------------------------------------
def test_revoke_sets_the_date_and_refuses_what_it_cannot_revoke(center_store: Store) -> None:
    college = _peer(SiteKind.COLLEGE, "วิทยาลัยเทคนิคสระแก้ว", _center_uuid(center_store), new_uuid())
    _trust(center_store, college)
    with center_store.transaction() as session:
        revoked = revoke(session, college.site_uuid)
        assert revoked.revoked_at is not None
    with center_store.session() as session:
        (listed,) = peers(session)
        assert listed.revoked and listed.revoked_at is not None
        assert trusted_key(session, college.site_uuid) is None
        own = own_key(session).site_uuid
    for uuid, words in (
        (college.site_uuid, "already revoked"),
        (own, "cannot be revoked"),
        (new_uuid(), "No enrolled site"),
    ):
        with pytest.raises(FieldError, match=words), center_store.transaction() as session:
            revoke(session, uuid)
    with center_store.session() as session:
        local = local_site(session)
        assert local is not None and local.revoked_at is None


def test_peers_are_listed_by_kind_then_in_thai_order(
    center_store: Store, central_store: Store, tmp_path: Path
) -> None:
    center = _center_uuid(center_store)
    # Thai order skips the leading vowel: เกาะคา sorts under ก, before ขอนแก่น, although
    # its first code point (เ) comes after ข.
    for name in ("ขอนแก่น", "เกาะคา"):
        _trust(center_store, _peer(SiteKind.COLLEGE, name, center, new_uuid()))
    central = _key_of(central_store, tmp_path / "central.cvmkey")
    _trust(center_store, central)
    with center_store.session() as session:
        listed = peers(session)
    assert [(p.kind, p.name) for p in listed] == [
        (SiteKind.CENTRAL, central.name),
        (SiteKind.COLLEGE, "เกาะคา"),
        (SiteKind.COLLEGE, "ขอนแก่น"),
    ]
    assert all(FINGERPRINT.match(p.fingerprint) for p in listed)
