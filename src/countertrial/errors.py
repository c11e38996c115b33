"""The one error tree of countertrial.

Every error a user can meet derives from :class:`CountertrialError`. Each class has a stable
``code`` (``CT1xx`` for input, ``CT2xx`` for the store, ``CT3xx`` for usage, ``CT4xx`` for
capabilities) and a message that names the thing, the place and the fix.

Batch semantics: a :class:`SkipItem` error means "this one item is bad, report it and go on";
anything else derived from :class:`AbortRun` stops the run.
"""

from __future__ import annotations

__all__ = [
    "CountertrialError",
    "SkipItem",
    "AbortRun",
    "InvalidInput",
    "InvalidDocument",
    "InvalidRecord",
    "InvalidCase",
    "InvalidVocabulary",
    "StoreError",
    "NotFound",
    "UsageError",
    "NotBuiltYet",
    "EXIT_OK",
    "EXIT_DATA",
    "EXIT_USAGE",
]

EXIT_OK = 0
EXIT_DATA = 1
EXIT_USAGE = 2


class CountertrialError(Exception):
    """Root of every countertrial error. ``exit_code`` is what the CLI returns for it."""

    code = "CT000"
    exit_code = EXIT_DATA

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        self.message = message
        self.hint = hint
        super().__init__(message)

    def __str__(self) -> str:
        text = f"{self.message}"
        if self.hint:
            text += f" ({self.hint})"
        return text

    def one_line(self) -> str:
        """The message as one line, prefixed with its code, as the CLI prints it."""
        return f"error {self.code}: " + " ".join(str(self).split())


class SkipItem(CountertrialError):
    """One item of a batch is bad: report it and continue with the rest."""

    code = "CT100"


class AbortRun(CountertrialError):
    """The whole run cannot continue."""

    code = "CT200"


class InvalidInput(SkipItem):
    """Bad input at a known place: ``where`` is ``file``, ``file:line`` or ``file: record``."""

    code = "CT101"

    def __init__(self, where: str, problem: str, *, fix: str | None = None) -> None:
        self.where = where
        self.problem = problem
        super().__init__(f"{where}: {problem}", hint=fix)


class InvalidDocument(InvalidInput):
    """A source document cannot be parsed (binary, empty, encrypted, no text layer...)."""

    code = "CT102"

    def __init__(self, file: str, problem: str, *, line: int | None = None, fix: str | None = None) -> None:
        self.file = file
        self.line = line
        where = f"{file}:{line}" if line is not None else file
        super().__init__(where, problem, fix=fix)


class InvalidRecord(InvalidInput):
    """A row of a documentary-record file is bad; names the file, the record and the field."""

    code = "CT103"

    def __init__(self, file: str, record: str, problem: str, *, field: str | None = None, fix: str | None = None) -> None:
        self.file = file
        self.record = record
        self.field = field
        where = f"{file}: {record}" + (f", field '{field}'" if field else "")
        super().__init__(where, problem, fix=fix)


class InvalidCase(AbortRun):
    """The case file (case.yaml) is missing or malformed."""

    code = "CT201"


class InvalidVocabulary(AbortRun):
    """A vocabulary file (acts, powers, stance cues) is malformed: names file, entry and key."""

    code = "CT202"


class StoreError(AbortRun):
    """The case store cannot be opened, migrated or written."""

    code = "CT210"


class UsageError(CountertrialError):
    """The command was called wrongly."""

    code = "CT300"
    exit_code = EXIT_USAGE


class NotFound(UsageError):
    """A named thing does not exist; the message lists what does."""

    code = "CT301"

    def __init__(self, kind: str, name: str, available: list[str] | None = None) -> None:
        self.kind = kind
        self.name = name
        self.available = list(available or [])
        hint = None
        if self.available:
            shown = ", ".join(self.available[:20])
            more = f" and {len(self.available) - 20} more" if len(self.available) > 20 else ""
            hint = f"available: {shown}{more}"
        super().__init__(f"no {kind} named '{name}'", hint=hint)


class NotBuiltYet(CountertrialError):
    """A capability that is planned but not yet implemented. Says which, never pretends."""

    code = "CT400"

    def __init__(self, capability: str, issue: str | None = None) -> None:
        where = f" (tracked in {issue})" if issue else ""
        super().__init__(f"{capability} is not built yet{where}", hint="nothing was done")
