"""The door search: what was typed against the search keys stored with every participant.

Matching (``compile_query``) decides who is shown; ranking (``compile_ranker``) decides the
order and which matches are *plausible*: a name that starts with what was typed beats a name
that merely contains it, which beats a match only in the organisation or e-mail address. At the
door Enter checks someone in only when one plausible match is left (``plausible_count``).

``door_search.py`` does both for the door list within a frame at 50,000 people, in the same
order, ranking lazily only what the list shows.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable, Sequence

from dialogue_desk.services.checkin.participants import ParticipantRecord
from dialogue_desk.services.text import fold, fold_loose

#: Match tiers, best first: every word starts a name word (strict spelling, then loose), every
#: word is inside the name, or the match is elsewhere (organisation, e-mail).
NAME_PREFIX, NAME_PREFIX_LOOSE, NAME_INSIDE, ELSEWHERE = range(4)
TIERS = 4


def query_words(query: str) -> list[tuple[str, str]]:
    """The words of ``query``, each folded strictly and loosely (empty folds dropped)."""
    words = [(fold(w), fold_loose(w)) for w in query.split()]
    return [(s, lo) for s, lo in words if s or lo]


def name_key(first_name: str, last_name: str) -> str:
    """The name of a person prepared for ranking: strict and loose folds, each word after a space.

    A leading space before every word makes "starts a name word" one substring test; the
    parts of a double name ("Liepiņa-Ērgle", "Al-Rashid") start words too.
    """
    text = f"{first_name} {last_name}"
    parts = text.replace("-", " ").replace("'", " ").replace("\u2019", " ")
    if parts != text:
        text = f"{text} {parts}"
    strict, loose = fold(text), fold_loose(text)
    return f" {strict} " if strict == loose else f" {strict} | {loose} "


def compile_query(query: str) -> Callable[[str], bool] | None:
    """A fast test of a stored search key against what was typed; None for an empty query.

    Each word must occur in the key (any order, any part of a word), folded strictly or
    loosely, so "simkevica", "Šimk" and "шимк" all find Šimkēviča. The words are folded once
    here, not once per participant.
    """
    words = query_words(query)
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


def compile_ranker(query: str) -> Callable[[str], int] | None:
    """The match tier (``NAME_PREFIX`` … ``ELSEWHERE``) of a ``name_key`` for a matching person.

    Only call it for people ``compile_query`` accepted; None for an empty query.
    """
    words = query_words(query)
    if not words:
        return None
    prefixes = [(" " + s, " " + lo) for s, lo in words]
    if len(words) == 1:
        (strict, loose), (p_strict, p_loose) = words[0], prefixes[0]

        def rank_one(name: str) -> int:
            if p_strict in name:
                return NAME_PREFIX
            if p_loose in name:
                return NAME_PREFIX_LOOSE
            if strict in name or loose in name:
                return NAME_INSIDE
            return ELSEWHERE

        return rank_one

    def rank(name: str) -> int:
        if all(ps in name for ps, _ in prefixes):
            return NAME_PREFIX
        if all(ps in name or pl in name for ps, pl in prefixes):
            return NAME_PREFIX_LOOSE
        if all(s in name or lo in name for s, lo in words):
            return NAME_INSIDE
        return ELSEWHERE

    return rank


def plausible_count(tiers: Sequence[int]) -> int:
    """How many of the ranked matches (their tiers, best first) are plausible: the best tier's."""
    if not tiers:
        return 0
    best = tiers[0]
    count = 0
    for tier in tiers:
        if tier != best:
            break
        count += 1
    return count


def search(records: Iterable[ParticipantRecord], query: str) -> list[ParticipantRecord]:
    """The records matching ``query``, best matches first (name start, name, elsewhere)."""
    test = compile_query(query)
    if test is None:
        return list(records)
    rank = compile_ranker(query)
    assert rank is not None
    found = [r for r in records if test(r.search_key)]
    return sorted(found, key=lambda r: rank(name_key(r.first_name, r.last_name)))


def suggestions(
    records: Iterable[ParticipantRecord], query: str, limit: int = 3
) -> list[ParticipantRecord]:
    """People whose name is close to a query that matched no one ("liepx" → Liepiņa-Ērgle).

    Compares each typed word with each folded name word; run on Enter, not per keystroke.
    """
    words = [s for s, _ in query_words(query)]
    if not words:
        return []
    scored: list[tuple[float, int, ParticipantRecord]] = []
    for index, record in enumerate(records):
        names = fold(f"{record.first_name} {record.last_name}").replace("-", " ").split()
        if not names:
            continue
        score = 0.0
        for word in words:
            best = 0.0
            for name in names:
                # Compare with the name's start as long as the word: people type beginnings.
                matcher = difflib.SequenceMatcher(None, word, name[: max(len(word), 3)])
                if matcher.real_quick_ratio() > best and matcher.quick_ratio() > best:
                    best = max(best, matcher.ratio())
            score += best
        score /= len(words)
        if score >= 0.7:
            scored.append((-score, index, record))
    scored.sort(key=lambda item: (item[0], item[1]))
    return [record for _, _, record in scored[:limit]]
