"""XLSForm expressions (relevant, constraint, calculation, ...) evaluated with elementpath.

An expression is XPath 1.0 with ODK's functions. ``${name}`` references become paths into a
small XML tree of the answers so far (``/data/name``); ``.`` is the question itself. elementpath
parses and evaluates; this module only adds the ODK functions (selected, count-selected,
jr:choice-name, if, coalesce, regex, today, ...) and turns results into Python values.
"""

from __future__ import annotations

import contextvars
import datetime as dt
import math
import re
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import Any
from xml.etree import ElementTree

import elementpath
from elementpath import XPath1Parser
from elementpath.exceptions import ElementPathError

from dialogue_desk.services.evaluation.references import ExpressionError, to_xpath

__all__ = ["Compiled", "choice_labels", "compiled"]

JR = "http://openrosa.org/javarosa"


#: What jr:choice-name needs while an expression runs: name -> (choice name -> label).
_CHOICE_LABELS: contextvars.ContextVar[Callable[[str, str], str] | None] = contextvars.ContextVar(
    "choice_labels", default=None
)


class ODKParser(XPath1Parser):
    """XPath 1.0 plus the functions of the ODK XForms specification that forms use."""

    symbol_table = {**XPath1Parser.symbol_table}
    DEFAULT_NAMESPACES = {**XPath1Parser.DEFAULT_NAMESPACES, "jr": JR}


def _text(token: Any, value: Any) -> str:
    if isinstance(value, list):
        value = value[0] if value else ""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return _number_text(value)
    if isinstance(value, str | int):
        return str(value)
    return token.string_value(value)


def _number_text(value: float) -> str:
    if math.isnan(value) or math.isinf(value):
        return ""
    return str(int(value)) if value == int(value) and abs(value) < 1e15 else repr(value)


def _number(token: Any, value: Any) -> float:
    text = _text(token, value).strip()
    try:
        return float(text)
    except ValueError:
        return math.nan


def _define(name: str, nargs: int | tuple[int, int | None], prefix: str | None = None) -> Any:
    """Register ``function`` as an ODK function taking evaluated arguments."""

    def decorator(function: Callable[..., Any]) -> Callable[..., Any]:
        ODKParser.symbol_table.pop(name, None)
        token_class = ODKParser.function(name, nargs=nargs, prefix=prefix)

        def evaluate(self: Any, context: Any = None) -> Any:
            return function(self, *(argument.evaluate(context) for argument in self))

        token_class.evaluate = evaluate  # type: ignore[method-assign]
        return function

    return decorator


@_define("selected", 2)
def _selected(token: Any, value: Any, choice: Any) -> bool:
    return _text(token, choice).strip() in _text(token, value).split()


@_define("count-selected", 1)
def _count_selected(token: Any, value: Any) -> int:
    return len(_text(token, value).split())


@_define("selected-at", 2)
def _selected_at(token: Any, value: Any, index: Any) -> str:
    names, at = _text(token, value).split(), _number(token, index)
    return names[int(at)] if not math.isnan(at) and 0 <= at < len(names) else ""


@_define("choice-name", 2, prefix="jr")
def _choice_name(token: Any, value: Any, path: Any) -> str:
    name = _text(token, path).strip().rstrip("/").rsplit("/", 1)[-1]
    labels = _CHOICE_LABELS.get()
    choice = _text(token, value).strip()
    return labels(name, choice) if labels else choice


@_define("if", 3)
def _if(token: Any, condition: Any, then: Any, otherwise: Any) -> Any:
    return then if token.boolean_value(condition) else otherwise


@_define("coalesce", 2)
def _coalesce(token: Any, first: Any, second: Any) -> str:
    return _text(token, first) or _text(token, second)


@_define("regex", 2)
def _regex(token: Any, value: Any, pattern: Any) -> bool:
    try:
        return re.search(_text(token, pattern), _text(token, value)) is not None
    except re.error:
        return False


@_define("today", 0)
def _today(token: Any) -> str:
    return dt.date.today().isoformat()


@_define("now", 0)
def _now(token: Any) -> str:
    return dt.datetime.now().astimezone().isoformat(timespec="seconds")


@_define("int", 1)
def _int(token: Any, value: Any) -> float:
    number = _number(token, value)
    return number if math.isnan(number) else float(math.trunc(number))


@_define("round", (1, 2))
def _round(token: Any, value: Any, digits: Any = 0) -> float:
    number, places = _number(token, value), _number(token, digits)
    if math.isnan(number):
        return number
    places = 0 if math.isnan(places) else int(places)
    factor = 10**places
    return math.floor(number * factor + 0.5) / factor  # half up, as ODK does


@_define("pow", 2)
def _pow(token: Any, base: Any, exponent: Any) -> float:
    try:
        return float(_number(token, base) ** _number(token, exponent))
    except (OverflowError, ZeroDivisionError, ValueError):
        return math.nan


@_define("abs", 1)
def _abs(token: Any, value: Any) -> float:
    return abs(_number(token, value))


@_define("max", (1, None))
def _max(token: Any, *values: Any) -> float:
    numbers = [_number(token, v) for v in _flatten(values)]
    return max(numbers) if numbers and not any(map(math.isnan, numbers)) else math.nan


@_define("min", (1, None))
def _min(token: Any, *values: Any) -> float:
    numbers = [_number(token, v) for v in _flatten(values)]
    return min(numbers) if numbers and not any(map(math.isnan, numbers)) else math.nan


@_define("substr", (2, 3))
def _substr(token: Any, value: Any, start: Any, end: Any = None) -> str:
    text = _text(token, value)
    first = int(_number(token, start) or 0)
    last = None if end is None else int(_number(token, end))
    return text[first:last]


@_define("ends-with", 2)
def _ends_with(token: Any, value: Any, suffix: Any) -> bool:
    return _text(token, value).endswith(_text(token, suffix))


@_define("boolean-from-string", 1)
def _boolean_from_string(token: Any, value: Any) -> bool:
    return _text(token, value).strip().lower() in ("true", "1")


@_define("once", 1)
def _once(token: Any, value: Any) -> str:
    return _text(token, value)


@_define("date", 1)
def _date(token: Any, value: Any) -> str:
    return _text(token, value)


@_define("uuid", (0, 1))
def _uuid(token: Any, length: Any = None) -> str:
    return str(uuid.uuid4())


@_define("join", (2, None))
def _join(token: Any, separator: Any, *values: Any) -> str:
    return _text(token, separator).join(_text(token, v) for v in _flatten(values))


def _flatten(values: tuple[Any, ...]) -> Iterator[Any]:
    for value in values:
        if isinstance(value, list):
            yield from value
        else:
            yield value


ISO_DATE = re.compile(
    r"^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([+-]\d{2}:?\d{2}|Z)?)?$"
)
ISO_TIME = re.compile(r"^\d{2}:\d{2}(:\d{2}(\.\d+)?)?$")
_OPERATORS: dict[str, Callable[[Any, Any], bool]] = {
    "=": lambda a, b: a == b, "!=": lambda a, b: a != b, "<": lambda a, b: a < b,
    "<=": lambda a, b: a <= b, ">": lambda a, b: a > b, ">=": lambda a, b: a >= b,
}  # fmt: skip


def _atoms(token: Any, value: Any) -> tuple[str, list[Any]]:
    """XPath 1.0's kinds of value: ("nodes", [strings]) or ("boolean"|"number"|"string", [v])."""
    if isinstance(value, list):
        return "nodes", [_text(token, v) for v in value]
    if isinstance(value, bool):
        return "boolean", [value]
    if isinstance(value, int | float) or type(value).__name__ in ("Decimal", "Float"):
        return "number", [float(value)]
    return "string", [_text(token, value)]


def _as_number(text: Any) -> float:
    try:
        return float(str(text).strip())
    except ValueError:
        return math.nan


def _compare(symbol: str, left: tuple[str, list[Any]], right: tuple[str, list[Any]]) -> bool:
    """XPath 1.0 comparison (section 3.4), with ISO dates and times ordered as ODK orders them."""
    test = _OPERATORS[symbol]
    (lkind, lvalues), (rkind, rvalues) = left, right
    if "boolean" in (lkind, rkind):
        return test(_truth(lkind, lvalues), _truth(rkind, rvalues))
    equality = symbol in ("=", "!=")
    for a in lvalues:
        for b in rvalues:
            if equality and "number" not in (lkind, rkind):
                if test(str(a), str(b)):
                    return True
                continue
            sa, sb = str(a).strip(), str(b).strip()
            if all(ISO_DATE.match(x) for x in (sa, sb)) or all(ISO_TIME.match(x) for x in (sa, sb)):
                if test(sa, sb):
                    return True
                continue
            na, nb = _as_number(a), _as_number(b)
            if math.isnan(na) or math.isnan(nb):
                if symbol == "!=":
                    return True  # NaN equals nothing
            elif test(na, nb):
                return True
    return False


def _truth(kind: str, values: list[Any]) -> bool:
    if kind == "nodes":
        return bool(values)
    value = values[0]
    if kind == "number":
        return not math.isnan(value) and value != 0
    return bool(value)


def _comparison(symbol: str) -> type:
    base = ODKParser.symbol_table[symbol]

    def evaluate(self: Any, context: Any = None) -> bool:
        left, right = (_atoms(self, operand.evaluate(context)) for operand in self)
        return _compare(symbol, left, right)

    return type(base.__name__, (base,), {"evaluate": evaluate})


for _symbol in _OPERATORS:
    ODKParser.symbol_table[_symbol] = _comparison(_symbol)
ODKParser.build()
_PARSER = ODKParser()


class Compiled:
    """One parsed expression, ready to evaluate over answer trees."""

    def __init__(self, source: str) -> None:
        self.source = source
        try:
            self.token = _PARSER.parse(to_xpath(source))
        except ElementPathError as error:
            raise ExpressionError(_message(error)) from None

    def _run(self, root: ElementTree.Element, item: ElementTree.Element | None) -> Any:
        try:
            context = elementpath.XPathContext(root, item=item if item is not None else root)
            return self.token.evaluate(context)
        except (ElementPathError, TypeError, ValueError, ArithmeticError) as error:
            raise ExpressionError(_message(error)) from None

    def truth(self, root: ElementTree.Element, item: ElementTree.Element | None = None) -> bool:
        return bool(self.token.boolean_value(self._run(root, item)))

    def text(self, root: ElementTree.Element, item: ElementTree.Element | None = None) -> str:
        return _text(self.token, self._run(root, item))


def _message(error: Exception) -> str:
    text = str(error)
    return re.sub(r"^.*? at line \d+, column \d+: (\[err:\w+\] )?", "", text).strip()


@lru_cache(maxsize=4096)
def compiled(source: str) -> Compiled:
    """The parsed expression (cached); ExpressionError when it is not valid."""
    return Compiled(source)


@contextmanager
def choice_labels(lookup: Callable[[str, str], str]) -> Iterator[None]:
    """Let jr:choice-name find labels while expressions of one form run."""
    reset = _CHOICE_LABELS.set(lookup)
    try:
        yield
    finally:
        _CHOICE_LABELS.reset(reset)
