"""Errors services raise for things a user can get wrong; ``str()`` is the message to show."""

from __future__ import annotations

from dialogue_desk.errors import UserError


class ServiceError(UserError):
    """A request the service refused; nothing was changed."""


class NotFoundError(ServiceError):
    pass


class ValidationError(ServiceError):
    """One or more fields are not acceptable: ``problems`` maps field name to message."""

    def __init__(self, problems: dict[str, str]) -> None:
        self.problems = problems
        super().__init__("; ".join(problems.values()))
