"""The one exception family of the tool; only the CLI turns these into messages and exit codes."""

from __future__ import annotations


class BriefError(Exception):
    """A failure the user can act on: `message` is one line naming the file and the field."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class CheckFailed(BriefError):
    """The outline failed its checks; `problems` holds one line per problem."""

    exit_code = 1

    def __init__(self, problems: list[str]) -> None:
        super().__init__(f"{len(problems)} problem(s) found")
        self.problems = problems


class UsageError(BriefError):
    """An option or argument has a value the tool cannot use."""

    exit_code = 2


class InputError(BriefError):
    """An input file (outline, source, style) is missing, unreadable or invalid."""

    exit_code = 3


class OutputError(BriefError):
    """An output file or folder cannot be written."""

    exit_code = 4


class DeliveryError(BriefError):
    """A message could not be built or sent."""

    exit_code = 5
