"""The ``countertrial`` command line: one command per pipeline stage, plus ``demo``.

Exit codes: 0 ok, 1 problems in the data (bad files, failed items), 2 usage errors.
No traceback reaches a user for bad input: every :class:`CountertrialError` becomes one line.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

import click

from ..errors import EXIT_USAGE, CountertrialError, InvalidInput
from . import case_cmds, check_cmds, extract_cmds, forecast_cmds, ingest_cmds, report_cmds
from .common import err_console

__all__ = ["cli", "main"]


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="countertrial")
def cli() -> None:
    """countertrial: testimony forensics.

    Turns transcripts of trials, hearings and inquiries, plus a documentary record, into a cited
    database of claims; flags repudiations, claims the record makes impossible, contradictions
    between witnesses and scripted testimony; forecasts what a new proceeding will allege.

    Start with `countertrial demo` (the built-in Moscow trials case) or `countertrial init DIR`.
    """


for _module in (case_cmds, ingest_cmds, extract_cmds, check_cmds, forecast_cmds, report_cmds):
    _module.register(cli)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; return its exit code (errors become one line on stderr)."""
    try:
        result = cli.main(args=list(argv) if argv is not None else None, prog_name="countertrial",
                          standalone_mode=False)
        return int(result) if isinstance(result, int) else 0
    except CountertrialError as exc:
        err_console.print(exc.one_line(), markup=False)
        return exc.exit_code
    except click.exceptions.Abort:
        err_console.print("aborted", markup=False)
        return 130
    except click.ClickException as exc:
        exc.show()
        return EXIT_USAGE if isinstance(exc, click.UsageError) else exc.exit_code
    except BrokenPipeError:
        return 0
    except OSError as exc:  # a file that vanished or cannot be read or written: one line, not a traceback
        where = exc.filename if exc.filename is not None else "a file"
        err = InvalidInput(str(where), exc.strerror or str(exc), fix="check the path and its permissions")
        err_console.print(err.one_line(), markup=False)
        return EXIT_USAGE
    except KeyboardInterrupt:
        err_console.print("interrupted: work done so far is committed; re-run to resume", markup=False)
        return 130


def entry() -> None:
    sys.exit(main())
