"""Errors a person can act on. Their message is already translated and says what to do."""

from __future__ import annotations


class PlannerError(Exception):
    """Base for errors shown to the user as they are (no traceback)."""

    exit_code = 1

    @property
    def message(self) -> str:
        return str(self.args[0]) if self.args else self.__class__.__name__


class DatabaseError(PlannerError):
    """The database cannot be opened or used as it is; nothing in it was changed."""

    exit_code = 3


class NotADatabaseError(DatabaseError):
    pass


class DatabaseTooNewError(DatabaseError):
    exit_code = 4


class ValidationError(PlannerError):
    """Input that cannot be saved; ``field`` names the input it is about, for inline display."""

    exit_code = 2

    def __init__(
        self, message: str, field: str | None = None, errors: dict[str, str] | None = None
    ) -> None:
        super().__init__(message)
        self.field = field
        # Every field with a problem -> its message, for forms that mark all at once.
        self.errors = errors if errors is not None else ({field: message} if field else {})

    @classmethod
    def check(cls, errors: dict[str, str]) -> None:
        """Raise for every field in ``errors`` at once (the first one leads), if any."""
        if errors:
            first = next(iter(errors))
            raise cls(errors[first], first, errors)


class NotFoundError(PlannerError):
    exit_code = 5
