"""Thai free-text search: any part of a word, through FTS5 trigram indexes or LIKE.

Thai is written without spaces between words, so a word index cannot find "ออโต" inside
"เอเชียออโตพาร์ท". The FTS5 ``trigram`` tokenizer indexes every run of three characters and
answers a substring query of three characters or more from the index. A shorter query
cannot be answered by it (an FTS5 trigram table returns nothing for a 1-2 character LIKE),
so those words are matched with ``LIKE '%word%'`` on the base table instead. That is a scan
in the list's order: quick when the word is common (a page fills after a few hundred rows),
seconds on a table of a million rows when it is rare or absent.

Which of the two is faster depends on how many rows match, so a word the index finds in very
many rows (``DENSE_MATCHES`` or more, known from a capped count that costs about a millisecond)
is matched with LIKE when a page is read: the rows are then walked in the list's own order
(an index) and a page fills after a few hundred rows, while sorting every match of the index
would cost time in proportion to the matches. Counting always uses the index.

User input is never FTS5 query syntax: each word becomes one quoted phrase (embedded double
quotes doubled), so ``"``, ``*``, ``-``, ``:``, ``AND``/``OR``/``NOT`` and brackets are
plain text. LIKE wildcards ``%`` and ``_`` (and the escape ``\\``) are escaped too.
"""

from __future__ import annotations

import threading

from sqlalchemy import (
    ColumnElement,
    and_,
    false,
    func,
    literal_column,
    or_,
    select,
    table,
    true,
)
from sqlalchemy.orm import Session

from app.services.listing.spec import Expression, ListSpec, SearchTarget

TRIGRAM = 3
LIKE_ESCAPE = "\\"
DENSE_MATCHES = 20_000
"""From this many index matches on, a word is matched with LIKE when a page is read.

Measured on 1,000,000 enterprises: sorting the index matches costs ~1.5 us per match, walking
the name order with LIKE ~3.4 us per row walked; they break even near 20,000 matches.
"""
_DENSITY_CACHE_SIZE = 512
_density: dict[tuple[str, str, str], bool] = {}
_density_lock = threading.Lock()

Dense = frozenset[tuple[str, str]]
"""(FTS table, word) pairs matched with LIKE instead of the index."""


def search_words(text: str) -> list[str]:
    """The words of a search text (split at white space; empty words dropped)."""
    return text.split()


def fts_phrase(word: str) -> str:
    """``word`` as one FTS5 phrase: in double quotes, embedded double quotes doubled."""
    return '"' + word.replace('"', '""') + '"'


def like_pattern(word: str) -> str:
    """``%word%`` with the LIKE wildcards of ``word`` escaped (escape character ``\\``)."""
    escaped = word.replace(LIKE_ESCAPE, LIKE_ESCAPE * 2).replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def uses_index(word: str) -> bool:
    """Whether the trigram index can answer ``word`` (three characters or more)."""
    return len(word) >= TRIGRAM


def _like_any(columns: tuple[Expression, ...], word: str) -> ColumnElement[bool]:
    pattern = like_pattern(word)
    return or_(false(), *(column.like(pattern, escape=LIKE_ESCAPE) for column in columns))


def _fts_ids(target: SearchTarget, word: str) -> ColumnElement[bool]:
    fts = table(target.fts_table, literal_column("rowid"))
    matching = select(fts.c.rowid).where(
        literal_column(target.fts_table).op("MATCH")(fts_phrase(word))
    )
    return target.id_column.in_(matching)


def _target_conditions(
    targets: tuple[SearchTarget, ...], word: str, dense: Dense
) -> list[ColumnElement[bool]]:
    found: list[ColumnElement[bool]] = []
    for target in targets:
        if uses_index(word) and (target.fts_table, word) not in dense:
            found.append(_fts_ids(target, word))
        else:
            found.append(_like_any(target.like_columns, word))
    return found


def targets_condition(targets: tuple[SearchTarget, ...], text: str) -> ColumnElement[bool]:
    """Rows whose text in ``targets`` has every word of ``text`` (a record picker's search)."""
    return and_(
        true(),
        *(
            or_(false(), *_target_conditions(targets, word, frozenset()))
            for word in search_words(text)
        ),
    )


def _word_condition(spec: ListSpec, word: str, dense: Dense) -> ColumnElement[bool]:
    found = _target_conditions(spec.search_targets, word, dense)
    if spec.search_like:
        found.append(_like_any(spec.search_like, word))
    return or_(false(), *found)


def fts_words(spec: ListSpec, text: str, dense: Dense = frozenset()) -> list[str]:
    """The words of ``text`` that :func:`search_condition` looks up in an FTS index."""
    return [
        word
        for word in search_words(text)
        if uses_index(word)
        and any((target.fts_table, word) not in dense for target in spec.search_targets)
    ]


def search_condition(spec: ListSpec, text: str, dense: Dense = frozenset()) -> ColumnElement[bool]:
    """Rows of ``spec`` that contain every word of ``text`` in a searched column.

    Words of ``dense`` (see :func:`dense_words`) are matched with LIKE, the others of three
    characters or more through the index: either way the same rows match.
    """
    words = search_words(text)
    if not words:
        return true()
    return and_(true(), *(_word_condition(spec, word, dense) for word in words))


def _is_dense(session: Session, fts_table: str, word: str) -> bool:
    key = (str(session.get_bind().engine.url), fts_table, word)
    with _density_lock:
        known = _density.get(key)
    if known is not None:
        return known
    fts = table(fts_table, literal_column("rowid"))
    capped = (
        select(fts.c.rowid)
        .where(literal_column(fts_table).op("MATCH")(fts_phrase(word)))
        .limit(DENSE_MATCHES)
        .subquery()
    )
    matches = session.execute(select(func.count()).select_from(capped)).scalar_one()
    dense = matches >= DENSE_MATCHES
    with _density_lock:
        if len(_density) >= _DENSITY_CACHE_SIZE:
            _density.clear()
        _density[key] = dense
    return dense


def dense_words(session: Session, spec: ListSpec, text: str) -> Dense:
    """The (FTS table, word) pairs of ``text`` that match so many rows LIKE reads a page faster.

    Each answer is remembered per database, table and word (the share of rows a word matches
    changes slowly), so paging through a search probes the index once.
    """
    return frozenset(
        (target.fts_table, word)
        for word in search_words(text)
        if uses_index(word)
        for target in spec.search_targets
        if _is_dense(session, target.fts_table, word)
    )
