"""The door search: what was typed against the search keys stored with every participant."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from dialogue_desk.services.checkin.participants import ParticipantRecord
from dialogue_desk.services.text import fold, fold_loose


def compile_query(query: str) -> Callable[[str], bool] | None:
    """A fast test of a stored search key against what was typed; None for an empty query.

    Each word must occur in the key (any order, any part of a word), folded strictly or
    loosely, so "simkevica", "Šimk" and "шимк" all find Šimkēviča. The words are folded once
    here, not once per participant.
    """
    words = [(fold(w), fold_loose(w)) for w in query.split()]
    words = [(s, lo) for s, lo in words if s or lo]
    if not words:
        return None
    if len(words) == 1:
        strict, loose = words[0]
        if strict == loose:
            return lambda key: strict in key
        return lambda key: strict in key or loose in key

    def test(key: str) -> bool:
        return all(strict in key or loose in key for strict, loose in words)

    return test


def search(records: Iterable[ParticipantRecord], query: str) -> list[ParticipantRecord]:
    test = compile_query(query)
    if test is None:
        return list(records)
    return [r for r in records if test(r.search_key)]
