"""The door list's search within a frame at 50,000 people: the order of ``search.py``, lazily.

``rank_rows`` matches and ranks as ``compile_query``/``compile_ranker`` do. Matching runs at C
speed: over everyone by ``str.find`` in all the keys as one text (``DoorList``), over a narrowed
list by ``map``/``compress``, pulling a row only when asked; typing on narrows a previous
result when all of it is known. Ranking is lazy (``RankedRows``): the first rows the list shows
are found by walking the matches in the list's order until enough people whose name starts
with the letters, not yet here, are found; everyone else is ranked only when the list needs
them (scrolled to its end, Enter).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from heapq import merge
from itertools import accumulate, compress, groupby, repeat
from operator import attrgetter, contains, or_
from typing import Any, Protocol, SupportsIndex, TypeVar, overload

from dialogue_desk.services.checkin.search import (
    NAME_PREFIX,
    TIERS,
    compile_ranker,
    name_key,
    query_words,
)


class DoorRow(Protocol):
    """A row of the door list as ``rank_rows`` sees it (the table model's rows)."""

    #: The search key: folded name, organisation and e-mail address.
    key: str
    #: The ``name_key``, made the first time it is needed ("" until then).
    name: str
    #: The match tier for the current query, set when the row is ranked.
    tier: int

    @property
    def record(self) -> Any: ...  # has first_name and last_name

    @property
    def check_in(self) -> object | None: ...


RowT = TypeVar("RowT", bound=DoorRow)

#: How many rows a keystroke ranks: more than the tallest screen shows at once.
FIRST_ROWS = 100
#: How many more rows the list asks for when it is scrolled to its end.
MORE_ROWS = 500

_key_of = attrgetter("key")


class DoorList(list[RowT]):
    """Everyone on the door list, in its order, with their keys as one text (made when needed).

    ``str.find`` over one text skips from match to match at C speed, where testing each key
    costs a call per person: the first letters typed are found among 50,000 people in a few
    milliseconds. Any change of the list (a new order, a new person) drops the text.
    """

    _text: tuple[str, list[int]] | None = None

    def rows_holding(self, needle: str) -> Iterator[int]:
        """The positions of the rows whose key holds ``needle``, in order, found lazily."""
        if self._text is None:
            keys = list(map(_key_of, self))
            starts = list(accumulate(map(len, keys), lambda at, n: at + n + 1, initial=0))
            self._text = ("\n".join(keys), starts)
        text, starts = self._text
        position = 0
        while (at := text.find(needle, position)) >= 0:
            row = bisect_right(starts, at) - 1
            yield row
            position = starts[row + 1]

    def _changed(self) -> None:
        self._text = None

    def sort(self, *args: Any, **kwargs: Any) -> None:
        self._changed()
        super().sort(*args, **kwargs)

    def reverse(self) -> None:
        self._changed()
        super().reverse()

    def append(self, item: RowT) -> None:
        self._changed()
        super().append(item)

    def extend(self, items: Iterable[RowT]) -> None:
        self._changed()
        super().extend(items)

    def insert(self, index: SupportsIndex, item: RowT) -> None:
        self._changed()
        super().insert(index, item)

    def pop(self, index: SupportsIndex = -1) -> RowT:
        self._changed()
        return super().pop(index)

    def remove(self, item: RowT) -> None:
        self._changed()
        super().remove(item)

    def clear(self) -> None:
        self._changed()
        super().clear()

    def __setitem__(self, index: Any, value: Any) -> None:
        self._changed()
        super().__setitem__(index, value)

    def __delitem__(self, index: Any) -> None:
        self._changed()
        super().__delitem__(index)

    def __iadd__(self, items: Iterable[RowT]) -> DoorList[RowT]:  # type: ignore[override]
        self._changed()
        return super().__iadd__(items)


def _holding(everyone: DoorList[RowT], strict: str, loose: str) -> Iterator[int]:
    if loose == strict:
        return everyone.rows_holding(strict)
    both = merge(everyone.rows_holding(strict), everyone.rows_holding(loose))
    return (row for row, _ in groupby(both))


def _matching(pool: Sequence[RowT], query: str) -> Iterator[RowT]:
    """The rows of ``pool`` matching ``query``, lazily, in ``pool``'s order.

    The first word is found at C speed: in a ``DoorList`` by ``str.find`` over all the keys
    as one text, in a narrowed list by ``map``/``compress`` (both pull a row only when asked).
    Further words are tested on the rows the first one let through.
    """
    (strict, loose), *rest = query_words(query)
    found: Iterator[RowT]
    if isinstance(pool, DoorList):
        found = map(pool.__getitem__, _holding(pool, strict, loose))
    else:
        hits: Iterator[bool] = map(contains, map(_key_of, pool), repeat(strict))
        if loose != strict:
            hits = map(or_, hits, map(contains, map(_key_of, pool), repeat(loose)))
        found = compress(pool, hits)
    if not rest:
        return found
    return (row for row in found if all(s in row.key or lo in row.key for s, lo in rest))


class RankedRows(Sequence[RowT]):
    """The matches of a query, best first, ranked only as far as the list shows them.

    The order is ``compile_ranker``'s: by match tier, within a tier people not yet here
    before those already in, otherwise the list's order. A keystroke walks the matches in the
    list's order and takes the people of the best tier (a name starts with the letters) who
    are not here yet, until ``FIRST_ROWS`` are found: those come first, whatever follows. Only
    when more are wanted (scrolling to the end: ``prepare``/``show``; Enter: ``plausible``) is
    everyone who matches ranked, once. Rows already shown keep their places.

    ``len()`` is the number of rows shown; ``complete`` says whether they are all the matches.
    """

    def __init__(self, pool: Sequence[RowT], query: str) -> None:
        rank = compile_ranker(query)
        assert rank is not None, "an empty query shows everyone, unranked"
        self._rank = rank
        self._source: Iterator[RowT] | None = _matching(pool, query)
        #: The matches pulled from the source so far, in the list's order.
        self._matched: list[RowT] = []
        self._ranked: list[RowT] = []
        self._ranked_all = False
        self._rank_until(FIRST_ROWS)
        self._shown = len(self._ranked) if self._ranked_all else min(FIRST_ROWS, len(self._ranked))

    @property
    def complete(self) -> bool:
        """Whether every match is ranked and shown."""
        return self._ranked_all and self._shown == len(self._ranked)

    def matches(self) -> list[RowT] | None:
        """Every match in the list's order, if all are known (what the next query narrows)."""
        return self._matched if self._source is None else None

    def __len__(self) -> int:
        return self._shown

    @overload
    def __getitem__(self, index: int) -> RowT: ...

    @overload
    def __getitem__(self, index: slice) -> list[RowT]: ...

    def __getitem__(self, index: int | slice) -> RowT | list[RowT]:
        if isinstance(index, slice):
            return self._ranked[: self._shown][index]
        if not -self._shown <= index < self._shown:
            raise IndexError(index)
        return self._ranked[index % self._shown]

    def __iter__(self) -> Iterator[RowT]:
        return iter(self._ranked[: self._shown])

    def prepare(self, more: int = MORE_ROWS) -> int:
        """Rank ``more`` rows beyond those shown; the number of rows there would be."""
        self._rank_until(self._shown + more)
        return min(len(self._ranked), self._shown + more)

    def show(self, count: int) -> None:
        """Show the first ``count`` ranked rows (after ``prepare``; the model announces them)."""
        self._shown = max(self._shown, min(count, len(self._ranked)))

    def plausible(self) -> int:
        """How many matches are plausible for Enter: all of the best tier (ranks everyone)."""
        self._rank_everyone()
        if not self._ranked:
            return 0
        best = self._ranked[0].tier
        return sum(1 for row in self._matched if row.tier == best)

    def _pull(self) -> RowT | None:
        if self._source is not None:
            for row in self._source:
                self._matched.append(row)
                return row
            self._source = None
        return None

    def _rank_until(self, wanted: int) -> None:
        if self._ranked_all:
            return
        rank, ranked = self._rank, self._ranked
        while len(ranked) < wanted:
            row = self._pull()
            if row is None:
                self._rank_everyone()
                return
            if row.check_in is None:
                if not row.name:
                    row.name = name_key(row.record.first_name, row.record.last_name)
                row.tier = rank(row.name)
                if row.tier == NAME_PREFIX:
                    ranked.append(row)

    def _rank_everyone(self) -> None:
        if self._ranked_all:
            return
        if self._source is not None:
            self._matched.extend(self._source)
            self._source = None
        rank = self._rank
        first = {id(row) for row in self._ranked}
        buckets: list[list[RowT]] = [[] for _ in range(TIERS * 2)]
        for row in self._matched:
            if not row.name:
                row.name = name_key(row.record.first_name, row.record.last_name)
            if id(row) in first:
                continue  # found by the first step, maybe shown: it keeps its place
            row.tier = rank(row.name)
            buckets[row.tier * 2 + (row.check_in is not None)].append(row)
        self._ranked.extend(row for bucket in buckets for row in bucket)
        self._ranked_all = True


def rank_rows(
    everyone: Sequence[RowT], query: str, previous: Sequence[RowT] | None = None
) -> Sequence[RowT]:
    """The rows to show for ``query``: ``everyone`` (empty query) or a ``RankedRows``.

    ``everyone`` is best a ``DoorList`` (found by ``str.find``, see there).

    ``previous`` is what the query typed before showed, when this one only adds letters to it
    (``narrows``): if all its matches are known, only they are searched.
    """
    if not query_words(query):
        return everyone
    known = previous.matches() if isinstance(previous, RankedRows) else None
    return RankedRows(everyone if known is None else known, query)


def narrows(old: str, new: str) -> bool:
    """Whether everyone matching ``new`` also matches ``old`` (so the search can narrow)."""
    before, after = query_words(old), query_words(new)
    if not before or len(after) < len(before):
        return False
    pairs = zip(before, after[: len(before)], strict=True)
    return all(s0 in s1 and l0 in l1 for (s0, l0), (s1, l1) in pairs)
