"""The result of validate(): every issue, a verdict, and the text a person reads."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .issues import Issue, Severity


@dataclass(frozen=True)
class Report:
    """What validate() found, errors first. True when the body is valid: warnings alone keep
    it valid."""

    issues: tuple[Issue, ...] = ()

    @property
    def valid(self) -> bool:
        # Asked of every report a stream makes: a loop costs a third of all() over a generator.
        for issue in self.issues:  # noqa: SIM110
            if issue.severity is Severity.ERROR:
                return False
        return True

    @property
    def errors(self) -> tuple[Issue, ...]:
        return tuple(i for i in self.issues if i.severity is Severity.ERROR)

    @property
    def warnings(self) -> tuple[Issue, ...]:
        """What does not make the body invalid: warnings and, lowest, infos."""
        return tuple(i for i in self.issues if i.severity is not Severity.ERROR)

    def __bool__(self) -> bool:
        return self.valid

    def __str__(self) -> str:
        if not self.issues:
            return "valid"
        return "\n".join(map(str, self.issues))

    def to_dict(self) -> dict[str, Any]:
        """The report as plain JSON-ready data: ``{"valid": ..., "issues": [...]}``, as each
        source of ``sessionspec check --format json``."""
        return {"valid": self.valid, "issues": [issue.to_dict() for issue in self.issues]}

    def raise_if_invalid(self) -> None:
        """Raise InvalidBody when the body has errors."""
        if not self.valid:
            raise InvalidBody(self)


class InvalidBody(ValueError):
    """A body the API would reject; ``report`` says why."""

    def __init__(self, report: Report) -> None:
        super().__init__(str(report))
        self.report = report
