"""Conflicts between two sites: what differs, settling them, and each record's sync state."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import UniqueConstraint, select

from app.models import College, Enterprise, Subject, Teacher, TeacherInternship
from app.models.site import Site
from app.models.sync import SyncConflict
from app.services.hlc import Stamp, wall_clock_ms
from app.services.site_identity import local_site
from app.services.site_setup import init_center_site, init_college_site
from app.services.store import Store, open_store
from app.services.sync import trust
from app.services.sync.conflicts import (
    SyncState,
    conflict_count,
    data_columns,
    differences,
    open_conflicts,
    record_sync_state,
    resolve,
    sync_state,
    sync_state_label,
)
from app.services.sync.exporter import export_package
from app.services.sync.importer import ImportSummary, import_package
from app.services.sync.tables import PERSONAL_COLUMNS, SyncTable, sync_table, sync_tables
from app.services.sync.vectors import Order, compare, merge
from app.services.sync.wire import Row, data_of, read_by_uuid, read_rows
from app.services.validation import FieldError

NATIONAL_ID = "1101700207030"


@dataclass
class Pair:
    """A center and one of its college stations that trust each other."""

    center: Store
    college: Store
    keys: Path
    folder: Path
    sent: int = 0

    def uuid(self, store: Store) -> str:
        with store.session() as session:
            site = local_site(session)
            assert site is not None
            return site.uuid

    def pack(self, sender: Store, recipient: Store) -> Path:
        self.sent += 1
        path = self.folder / f"package-{self.sent}.cvmpkg"
        with sender.session() as session:
            export_package(session, self.uuid(recipient), path, keys_dir=self.keys)
        return path

    def apply(self, recipient: Store, path: Path) -> ImportSummary:
        with recipient.session() as session:
            return import_package(session, path)

    def send(self, sender: Store, recipient: Store) -> ImportSummary:
        return self.apply(recipient, self.pack(sender, recipient))

    def cross(self) -> None:
        """Both sites send what they changed before either applies the other's package."""
        to_college = self.pack(self.center, self.college)
        to_center = self.pack(self.college, self.center)
        self.apply(self.college, to_college)
        self.apply(self.center, to_center)

    def exchange(self) -> None:
        self.send(self.college, self.center)
        self.send(self.center, self.college)

    def run_ahead(self, store: Store) -> None:
        """Stamps of ``store`` come a minute later from now on: its edits win conflicts."""
        site_clock = store.site_clock
        assert site_clock is not None
        site_clock.clock.observe(str(Stamp(wall_clock_ms() + 60_000, 0)))


def _key(store: Store, folder: Path) -> trust.PeerKey:
    path = folder / f"{store.path.stem}.cvmkey"
    with store.session() as session:
        trust.write_key_file(session, path)
    return trust.read_key_file(path)


def build_pair(folder: Path) -> Path:
    """Make, in ``folder``, a center and a college station that trust each other, with one
    teacher both know about (the keys stay in ``folder``)."""
    center = open_store(folder / "center.db", create=True)
    college = open_store(folder / "college.db", create=True)
    init_center_site(center, 11, keys_dir=folder)
    init_college_site(college, 11, "วิทยาลัยการอาชีพทดสอบ", keys_dir=folder)
    for store, other in ((center, college), (college, center)):
        key = _key(other, folder)
        with store.transaction() as session:
            trust.trust_key(session, key)
    with college.transaction() as session:
        college_id = session.scalars(select(College.id)).one()
        subject_id = session.scalars(select(Subject.id).order_by(Subject.id)).first()
        session.add(
            Teacher(
                college_id=college_id,
                subject_id=subject_id,
                first_name="สมชาย",
                last_name="ใจดี",
                position="ครู",
            )
        )
    pair = Pair(center, college, folder, folder)
    pair.exchange()
    center.close()
    college.close()
    return folder


def open_pair(template: Path, folder: Path) -> Pair:
    """A private copy of the pair made by :func:`build_pair` (close both stores after)."""
    for name in ("center.db", "college.db"):
        shutil.copyfile(template / name, folder / name)
    center, college = open_store(folder / "center.db"), open_store(folder / "college.db")
    return Pair(center, college, template, folder)


@pytest.fixture(scope="module")
def pair_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_pair(tmp_path_factory.mktemp("pair"))


@pytest.fixture
def pair(pair_template: Path, tmp_path: Path) -> Iterator[Pair]:
    opened = open_pair(pair_template, tmp_path)
    yield opened
    opened.center.close()
    opened.college.close()


def _edit_teacher(store: Store, **values: object) -> None:
    with store.transaction() as session:
        teacher = session.scalars(select(Teacher)).one()
        for name, value in values.items():
            setattr(teacher, name, value)


def _delete_teacher(store: Store) -> None:
    with store.transaction() as session:
        session.delete(session.scalars(select(Teacher)).one())


def teacher_row(store: Store) -> Row:
    with store.session() as session:
        teacher_uuid = session.scalars(select(Teacher.uuid)).one()
        rows = list(read_by_uuid(session.connection(), sync_table("teacher"), [teacher_uuid]))
        return rows[0][2]


def _teacher_uuid(store: Store) -> str:
    with store.session() as session:
        return session.scalars(select(Teacher.uuid)).one()


def first_conflict(store: Store) -> SyncConflict:
    with store.session() as session:
        conflict = session.scalars(select(SyncConflict)).one()
        session.expunge(conflict)
        return conflict


def make_teacher_conflict(pair: Pair) -> None:
    """Both sites edit the teacher at once; the center's edit is the later one (applied)."""
    pair.run_ahead(pair.center)
    _edit_teacher(pair.center, last_name="ใจดีมาก", national_id=NATIONAL_ID)
    with pair.college.session() as session:
        other_subject = session.scalars(select(Subject.id).order_by(Subject.id.desc())).first()
    _edit_teacher(pair.college, last_name="ใจงาม", position="ครูชำนาญการ", subject_id=other_subject)
    pair.cross()


def _resolve(store: Store, choices: dict[str, str]) -> str:
    conflict_id = first_conflict(store).id
    with store.transaction() as session:
        return resolve(session, conflict_id, choices)  # type: ignore[arg-type]


def _assert_settled_everywhere(pair: Pair, kept: Row, lost: Row) -> Row:
    """The center's new version dominates both; sent to the college, it is applied there
    and the college's copy of the conflict no longer needs review."""
    row = teacher_row(pair.center)
    both = merge(kept["version_vector"], lost["version_vector"])
    assert compare(row["version_vector"], both) is Order.FIRST_NEWER
    summary = pair.send(pair.center, pair.college)
    assert summary.tables["teacher"].updated == 1
    assert summary.tables["teacher"].conflicts == 0
    there = teacher_row(pair.college)
    assert data_of(there) == data_of(row)
    assert there["version_vector"] == row["version_vector"]
    with pair.college.session() as session:
        assert open_conflicts(session) == []
        assert conflict_count(session) == 0
        assert sync_state(session, "teacher", row["uuid"]) is SyncState.SENT
    with pair.center.session() as session:
        assert conflict_count(session) == 0
    return row


# -- the conflict and its differences -------------------------------------------------------------
def test_both_sites_keep_the_same_conflict(pair: Pair) -> None:
    make_teacher_conflict(pair)
    for store in (pair.center, pair.college):
        with store.session() as session:
            (item,) = open_conflicts(session)
            assert conflict_count(session) == 1
        assert item.table == "teacher"
        assert item.label == "สมชาย ใจดีมาก"
        assert item.differing == 4
        assert teacher_row(store)["last_name"] == "ใจดีมาก"


def test_differences_lists_exactly_the_differing_fields(pair: Pair) -> None:
    make_teacher_conflict(pair)
    conflict_id = first_conflict(pair.college).id
    with pair.college.session() as session:
        detail = differences(session, conflict_id)
    assert set(detail.differing) == {"last_name", "national_id", "position", "subject_id"}
    names = [field.name for field in detail.fields]
    assert names == list(data_columns(sync_table("teacher")))
    assert "version_vector" not in names and "hlc" not in names and "name_sort" not in names
    assert names[-1] == "deleted"
    by_name = {field.name: field for field in detail.fields}
    assert (by_name["last_name"].kept, by_name["last_name"].lost) == ("ใจดีมาก", "ใจงาม")
    assert by_name["national_id"].kept == "x-xxxx-xxxxx-03-0"
    assert by_name["national_id"].lost == "—"
    assert all(NATIONAL_ID not in text for f in detail.fields for text in (f.kept, f.lost))
    assert detail.label == "สมชาย ใจดีมาก"
    assert NATIONAL_ID not in detail.label
    assert by_name["first_name"].differs is False
    assert by_name["first_name"].kept == by_name["first_name"].lost == "สมชาย"
    assert by_name["college_id"].kept == "วิทยาลัยการอาชีพทดสอบ"
    with pair.college.session() as session:
        subjects = dict(session.execute(select(Subject.uuid, Subject.name_th)).tuples().all())
    assert by_name["subject_id"].kept in subjects.values()
    assert by_name["subject_id"].lost in subjects.values()
    assert by_name["subject_id"].kept != by_name["subject_id"].lost
    assert by_name["deleted"].kept == by_name["deleted"].lost == "No"
    # which site made each version, by its enrolled name, and when
    with pair.college.session() as session:
        center_site = session.scalars(select(Site).where(Site.uuid == pair.uuid(pair.center))).one()
        assert detail.kept.site_name == center_site.name
        own = local_site(session)
        assert own is not None and detail.lost.site_name == own.name
    assert detail.kept.stamped_at is not None and detail.lost.stamped_at is not None
    assert detail.kept.stamped_at > detail.lost.stamped_at
    assert not detail.kept.deleted and not detail.lost.deleted


def test_an_unknown_site_is_another_site(pair: Pair) -> None:
    make_teacher_conflict(pair)
    with pair.college.transaction() as session:
        conflict = session.scalars(select(SyncConflict)).one()
        kept = dict(conflict.kept)
        kept["modified_by_site"] = "00000000-0000-4000-8000-000000000000"
        conflict.kept = kept
    with pair.college.session() as session:
        detail = differences(session, conflict.id)
    assert detail.kept.site_name == "another site"


def test_dates_show_as_thai_dates_and_records_by_their_parent(pair: Pair) -> None:
    with pair.college.transaction() as session:
        enterprise = Enterprise(name_th="บริษัท ทดสอบ จำกัด", location="domestic")
        session.add(enterprise)
        session.flush()
        teacher_id = session.scalars(select(Teacher.id)).one()
        session.add(
            TeacherInternship(
                teacher_id=teacher_id,
                enterprise_id=enterprise.id,
                starts_on=date(2025, 10, 1),
                ends_on=date(2025, 10, 31),
            )
        )
    pair.exchange()
    pair.run_ahead(pair.college)
    for store, day in ((pair.center, date(2025, 11, 15)), (pair.college, date(2025, 11, 20))):
        with store.transaction() as session:
            session.scalars(select(TeacherInternship)).one().ends_on = day
    pair.send(pair.center, pair.college)
    with pair.college.session() as session:
        (item,) = open_conflicts(session)
        detail = differences(session, item.id)
    assert item.table == "teacher_internship"
    assert item.label == "สมชาย ใจดี, 1 ตุลาคม 2568"
    assert detail.differing == ("ends_on",)
    ends = next(field for field in detail.fields if field.name == "ends_on")
    assert (ends.kept, ends.lost) == ("20 พฤศจิกายน 2568", "15 พฤศจิกายน 2568")
    enterprise_field = next(field for field in detail.fields if field.name == "enterprise_id")
    assert enterprise_field.kept == "บริษัท ทดสอบ จำกัด"


# -- settling -------------------------------------------------------------------------------------
def test_keeping_the_applied_version_makes_a_version_that_settles_it_everywhere(
    pair: Pair,
) -> None:
    make_teacher_conflict(pair)
    conflict = first_conflict(pair.center)
    assert _resolve(pair.center, {}) == "kept applied"
    row = _assert_settled_everywhere(pair, conflict.kept, conflict.lost)
    assert row["last_name"] == "ใจดีมาก"
    assert row["national_id"] == NATIONAL_ID
    assert row["position"] == "ครู"
    with pair.center.session() as session:
        settled = session.get(SyncConflict, conflict.id)
        assert settled is not None
        assert settled.resolved_at is not None and settled.resolution == "kept applied"


def test_keeping_the_other_version_writes_its_values(pair: Pair) -> None:
    make_teacher_conflict(pair)
    conflict = first_conflict(pair.center)
    choices = dict.fromkeys(("last_name", "national_id", "position", "subject_id"), "lost")
    assert _resolve(pair.center, choices) == "kept other"
    row = _assert_settled_everywhere(pair, conflict.kept, conflict.lost)
    for column in ("last_name", "national_id", "position", "subject_id"):
        assert row[column] == conflict.lost[column]
    assert row["last_name"] == "ใจงาม"
    with pair.center.session() as session:
        teacher = session.scalars(select(Teacher)).one()
        assert teacher.national_id is None
        assert teacher.name_sort  # the hook made the sort key again
        subject = session.get(Subject, teacher.subject_id)
        assert subject is not None and subject.uuid == conflict.lost["subject_id"]


def test_a_merged_version_takes_each_field_from_the_version_chosen(pair: Pair) -> None:
    make_teacher_conflict(pair)
    conflict = first_conflict(pair.college)
    resolution = _resolve(pair.college, {"position": "lost", "last_name": "kept"})
    assert resolution == "merged: position"
    with pair.college.session() as session:
        teacher = session.scalars(select(Teacher)).one()
        assert (teacher.last_name, teacher.position) == ("ใจดีมาก", "ครูชำนาญการ")
        assert teacher.national_id == NATIONAL_ID
    # settled at the college this time: the center's copy is no longer needed either
    row = teacher_row(pair.college)
    both = merge(conflict.kept["version_vector"], conflict.lost["version_vector"])
    assert compare(row["version_vector"], both) is Order.FIRST_NEWER
    pair.send(pair.college, pair.center)
    assert data_of(teacher_row(pair.center)) == data_of(row)
    with pair.center.session() as session:
        assert open_conflicts(session) == []


def test_a_settled_or_unknown_conflict_is_refused(pair: Pair) -> None:
    make_teacher_conflict(pair)
    conflict_id = first_conflict(pair.center).id
    _resolve(pair.center, {})
    for unknown in (conflict_id, conflict_id + 100):
        with pair.center.session() as session, pytest.raises(FieldError) as refused:
            resolve(session, unknown, {})
        assert refused.value.field == "conflict"
        with pair.center.session() as session, pytest.raises(FieldError):
            differences(session, unknown)


# -- a delete against an edit ---------------------------------------------------------------------
def make_delete_conflict(pair: Pair) -> SyncConflict:
    """The college deletes the teacher while the center edits it (the edit is applied)."""
    pair.run_ahead(pair.center)
    _edit_teacher(pair.center, last_name="ใจดีมาก")
    _delete_teacher(pair.college)
    pair.send(pair.college, pair.center)
    conflict = first_conflict(pair.center)
    assert not conflict.kept["deleted"] and conflict.lost["deleted"]
    return conflict


def test_delete_against_edit_is_a_conflict(pair: Pair) -> None:
    conflict = make_delete_conflict(pair)
    with pair.center.session() as session:
        detail = differences(session, conflict.id)
    assert set(detail.differing) == {"last_name", "deleted"}
    assert detail.lost.deleted and not detail.kept.deleted
    deleted = next(field for field in detail.fields if field.name == "deleted")
    assert (deleted.kept, deleted.lost) == ("No", "Yes")


def test_keeping_the_delete_deletes_the_record(pair: Pair) -> None:
    conflict = make_delete_conflict(pair)
    _resolve(pair.center, {"deleted": "lost", "last_name": "lost"})
    row = _assert_settled_everywhere(pair, conflict.kept, conflict.lost)
    assert row["deleted"] == 1
    with pair.college.session() as session:
        assert session.scalars(select(Teacher)).one().deleted is True


def test_keeping_the_edit_brings_a_deleted_record_back(pair: Pair) -> None:
    # This time the delete is the later change, so it is the version applied.
    pair.run_ahead(pair.college)
    _edit_teacher(pair.center, last_name="ใจดีมาก")
    _delete_teacher(pair.college)
    pair.send(pair.college, pair.center)
    conflict = first_conflict(pair.center)
    assert conflict.kept["deleted"] and not conflict.lost["deleted"]
    with pair.center.session() as session:
        assert session.scalars(select(Teacher)).one().deleted is True
    _resolve(pair.center, {"deleted": "lost", "last_name": "lost"})
    row = _assert_settled_everywhere(pair, conflict.kept, conflict.lost)
    assert row["deleted"] == 0 and row["last_name"] == "ใจดีมาก"
    with pair.college.session() as session:
        teacher = session.scalars(select(Teacher)).one()
        assert (teacher.deleted, teacher.last_name) == (False, "ใจดีมาก")


# -- sync state -----------------------------------------------------------------------------------
def test_sync_state_follows_a_record_through_edits_packages_and_conflicts(pair: Pair) -> None:
    teacher_uuid = _teacher_uuid(pair.college)

    def state(store: Store) -> SyncState:
        with store.session() as session:
            return sync_state(session, "teacher", teacher_uuid)

    assert state(pair.college) is SyncState.SENT
    assert state(pair.center) is SyncState.SENT
    _edit_teacher(pair.college, position="ครูผู้ช่วย")
    assert state(pair.college) is SyncState.NOT_SENT
    pair.send(pair.college, pair.center)
    assert state(pair.college) is SyncState.SENT
    assert state(pair.center) is SyncState.SENT
    make_teacher_conflict(pair)
    assert state(pair.center) is SyncState.CONFLICT
    assert state(pair.college) is SyncState.CONFLICT
    _resolve(pair.center, {})
    assert state(pair.center) is SyncState.NOT_SENT
    pair.send(pair.center, pair.college)
    assert state(pair.center) is SyncState.SENT
    assert state(pair.college) is SyncState.SENT
    with pair.college.session() as session:
        teacher_id = session.scalars(select(Teacher.id)).one()
        assert record_sync_state(session, "teacher", teacher_id) is SyncState.SENT
        with pytest.raises(FieldError):
            record_sync_state(session, "teacher", teacher_id + 1000)
        with pytest.raises(KeyError):
            sync_state(session, "site", teacher_uuid)


def test_a_later_local_edit_does_not_settle_the_conflict(pair: Pair) -> None:
    make_teacher_conflict(pair)
    _edit_teacher(pair.college, position="ครูอาวุโส")
    with pair.college.session() as session:
        assert conflict_count(session) == 1
        assert sync_state(session, "teacher", _teacher_uuid(pair.college)) is SyncState.CONFLICT


def test_sync_state_labels() -> None:
    texts = {sync_state_label(state) for state in SyncState}
    assert len(texts) == len(SyncState)
    assert all(texts)


# -- every synced table ---------------------------------------------------------------------------
def _unique_columns(table: SyncTable) -> set[str]:
    found = {column.name for column in table.table.columns if column.unique}
    for constraint in table.table.constraints:
        if isinstance(constraint, UniqueConstraint):
            found.update(column.name for column in constraint.columns)
    for index in table.table.indexes:
        if index.unique:
            found.update(column.name for column in index.columns)
    return found


def test_every_table_shows_and_settles_a_conflict(demo_db_template: Path, tmp_path: Path) -> None:
    """Each synced table of a demo network: a conflict between two of its records' values
    reads as text and, settled for the other version, stores exactly that version."""
    shutil.copyfile(demo_db_template, tmp_path / "demo.db")
    store = open_store(tmp_path / "demo.db")
    try:
        tables_seen = 0
        for table in sync_tables():
            with store.session() as session:
                rows = [
                    row
                    for _id, _seq, row in read_rows(
                        session.connection(),
                        table,
                        f'"t".id IN (SELECT id FROM "{table.name}" WHERE deleted = 0 '
                        "ORDER BY id LIMIT 2)",
                    )
                ]
            if len(rows) < 2:
                continue
            tables_seen += 1
            kept, other = rows
            unique = _unique_columns(table) | set(table.sort_keys)
            lost = dict(kept)
            for column in data_columns(table):
                if column not in unique and column != "deleted":
                    lost[column] = other[column]
            lost["version_vector"] = {}
            with store.transaction() as session:
                conflict = SyncConflict(
                    table_name=table.name,
                    row_uuid=kept["uuid"],
                    package_uuid="00000000-0000-4000-8000-000000000001",
                    kept=kept,
                    lost=lost,
                    detected_at=datetime.now(),
                )
                session.add(conflict)
            with store.session() as session:
                detail = differences(session, conflict.id)
                items = {item.id: item for item in open_conflicts(session)}
            assert items[conflict.id].label, table.name
            assert items[conflict.id].differing == len(detail.differing)
            for field in detail.fields:
                assert field.label and field.kept and field.lost, (table.name, field.name)
                assert "_" not in field.label, (table.name, field.name)
            texts = [items[conflict.id].label] + [
                text for field in detail.fields for text in (field.kept, field.lost)
            ]
            for column in PERSONAL_COLUMNS.get(table.name, ()):
                if column == "national_id":
                    for row in (kept, other):
                        assert all(row[column] is None or row[column] not in t for t in texts)
            with store.transaction() as session:
                resolve(session, conflict.id, dict.fromkeys(detail.differing, "lost"))
            with store.session() as session:
                ((_id, _seq, stored),) = read_by_uuid(session.connection(), table, [kept["uuid"]])
            for column in detail.differing:
                assert stored[column] == lost[column], (table.name, column)
        assert tables_seen > 25
    finally:
        store.close()
