"""What the rest of the app needs of XLSForm expressions without loading the XPath engine.

``${name}`` references, the error type, and ``compile_expression``, which loads elementpath
(``expressions``) only when a form with logic is first evaluated, not at start-up.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dialogue_desk.services.evaluation.expressions import Compiled

__all__ = ["ROOT", "ExpressionError", "compile_expression", "names_in", "to_xpath"]

#: The answers tree's root element: ``${name}`` is ``/data/name``.
ROOT = "data"
REFERENCE = re.compile(r"\$\{\s*([A-Za-z_][A-Za-z0-9_.-]*)\s*\}")


class ExpressionError(ValueError):
    """An expression that cannot be parsed or evaluated (the message says why)."""


def to_xpath(expression: str) -> str:
    """``${name}`` references as paths into the answers tree (``/data/name``)."""
    return REFERENCE.sub(lambda m: f"/{ROOT}/{m.group(1)}", expression)


def names_in(expression: str) -> set[str]:
    """The question names an expression refers to with ``${name}``."""
    return {m.group(1) for m in REFERENCE.finditer(expression or "")}


def compile_expression(source: str) -> Compiled:
    """The parsed expression (cached); ExpressionError when it is not valid."""
    from dialogue_desk.services.evaluation.expressions import compiled

    return compiled(source)
