"""The one exception family of the tool; only the CLI turns these into messages and exit codes."""

from __future__ import annotations


class BriefError(Exception):
    """A failure the user can act on: `message` is one line naming the file and the field;
    `problems`, when there are several, one such line each."""

    exit_code = 1

    def __init__(self, message: str, problems: list[str] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.problems = problems or [message]

    def __reduce__(self):
        # Sent whole from a process that rendered a format (see workers.stand_by), not
        # rebuilt from `args` alone, which subclasses take in another order.
        return (_restored, (type(self), self.message, self.problems))

    @property
    def lines(self) -> list[str]:
        """Return what to tell the user, one problem a line."""
        return self.problems


class CheckFailed(BriefError):
    """The outline failed its checks; `problems` holds one line per problem."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(f"{len(problems)} problem(s) found", problems)


class UsageError(BriefError):
    """An option or argument has a value the tool cannot use."""

    exit_code = 2


class InputError(BriefError):
    """An input file (outline, source, style) is missing, unreadable or invalid."""

    exit_code = 3


class InvalidInput(InputError):
    """An input file has one or more problems; `problems` holds one line per problem."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(problems[0], problems)


class OutlineKept(BriefError):
    """An outline an analyst edited was kept rather than replaced by a new draft."""

    exit_code = 6


class OutputError(BriefError):
    """An output file or folder cannot be written."""

    exit_code = 4


class DeliveryError(BriefError):
    """A message could not be built or sent."""

    exit_code = 5


def _restored(kind: type, message: str, problems: list[str]) -> BriefError:
    """Return the error of `kind` with `message` and `problems`, as it was raised."""
    error = Exception.__new__(kind, message)
    BriefError.__init__(error, message, problems)
    return error
