"""The `seedview` command. The analysis commands import no UI code: textual loads only for the app."""

from __future__ import annotations

import argparse
import contextlib
import math
import os
import signal
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, NoReturn

from seedview.model.sanitize import json_text, literal, terminal

if TYPE_CHECKING:
    from textual.app import App

    from seedview.model.pipeline import Progress

# issue 11: the command imports no stage of the analysis before it needs one: the app's first
# frame would wait for them (the topic grammar alone pulls in the lemma tables and pydantic).

COMMANDS = ("analyze", "conflicts", "export", "schema")


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        if args and args[0] == "serve":  # issue 12: the app in a browser (textual-serve)
            from seedview.tui.serve import main as serve

            return serve(args[1:])
        command = args[0] if args and args[0] in COMMANDS else ""
        status = _run_command(command, args[1:]) if command else _run_app(args)
        sys.stdout.flush()  # a full disk shows here, not in the interpreter's last flush
        return status
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        _drop_stdout()
        return 0
    except OSError as error:  # stdout on a full disk, a closed terminal
        _drop_stdout()
        _problem(f"cannot write the output: {error.strerror or error}")
        return 1
    except Exception as error:
        # Imported here, not at the top: a bad topic file or no loadable article can only
        # have been raised once these modules were loaded, and loading them first would
        # hold back the app's first frame. Neither is an OSError, so the order is kept.
        from seedview.model.pipeline import NothingLoaded

        if isinstance(error, NothingLoaded):
            _nothing_loaded(str(error).splitlines())
            return 2
        from seedview.model.topics import TopicFileError

        if isinstance(error, TopicFileError):
            _problem(str(error))
            return 2
        raise


# --- issue 13: every line the command writes goes through the sanitiser ---------------------


def _problem(line: str) -> None:
    """One line on stderr: names and reasons are shown literally, never obeyed."""
    with contextlib.suppress(OSError):  # else there is nowhere left to say it
        print(f"seedview: {literal(line)}", file=sys.stderr, flush=True)


def _nothing_loaded(problems: list[str]) -> None:
    for line in problems:
        _problem(line)
    _problem("nothing could be loaded")


def _output(text: str) -> None:
    """Report text on stdout, with every control character shown as a symbol."""
    sys.stdout.write(terminal(text) + "\n")


def _drop_stdout() -> None:
    """After a failed write, point stdout at /dev/null so the exit flush cannot fail again."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


class _Parser(argparse.ArgumentParser):
    """Usage errors as one line, like every other error of seedview."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {literal(message)} (see {self.prog} --help)\n")


def _score(value: str) -> float:
    try:
        score = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if not (math.isfinite(score) and 0.0 <= score <= 1.0):
        raise argparse.ArgumentTypeError(f"must be a number from 0 to 1, not {value!r}")
    return score


MAX_MB_LIMIT = 100_000.0  # 100 GB: any larger figure is a typo


def _megabytes(value: str) -> float:
    try:
        megabytes = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if not (math.isfinite(megabytes) and 0.0 < megabytes <= MAX_MB_LIMIT):
        raise argparse.ArgumentTypeError(
            f"must be a number of megabytes above 0 and at most {MAX_MB_LIMIT:g}, not {value!r}"
        )
    return megabytes


def _lexicon_file(value: str) -> str:
    """Checked when the command line is read, so a bad file is one line before any work."""
    from seedview.model.lexicon import LexiconError, read_user_lexicon

    try:
        read_user_lexicon(value)
    except LexiconError as error:
        raise argparse.ArgumentTypeError(str(error)) from None
    return os.path.abspath(value)


def _use_lexicon(path: str | None) -> None:
    """Worker processes read the same names: the file is passed on in the environment."""
    if path:
        from seedview.model import lexicon

        os.environ[lexicon.USER_LEXICON] = path
        lexicon.entities.cache_clear()


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="files, folders or glob patterns (default: the bundled corpus)",
    )
    parser.add_argument(
        "--min-score",
        type=_score,
        default=None,
        help="minimum alignment score in [0, 1] (default: 0.22, chosen by measurement)",
    )
    parser.add_argument(
        "--max-mb",
        type=_megabytes,
        default=20.0,
        help="skip files larger than this many megabytes (default 20)",
    )
    parser.add_argument(
        "--topics",
        metavar="FILE",
        default=None,
        help="TOML file pinning topics (label, keywords); default: automatic",
    )
    parser.add_argument(
        "--no-cache",
        action="store_true",
        help="analyse afresh: neither read nor write the analysis cache",
    )
    parser.add_argument(
        "--lexicon",
        metavar="FILE",
        type=_lexicon_file,
        default=None,
        help="TOML file of this corpus's own names (aliases, names of several words), "
        "added to seedview's (format: model/lexicon/entities.toml)",
    )


def _app_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="seedview",
        description="Read several articles about one story side by side. "
        f"Commands: {', '.join(COMMANDS)} (seedview COMMAND --help).",
    )
    _common(parser)
    return parser


def _run_app(args: list[str]) -> int:
    options = _app_parser().parse_args(args)
    _use_lexicon(options.lexicon)
    if options.paths:
        from seedview.model.load import discover

        # Only the cheap check happens before the screen opens: paths that name nothing are a
        # clear line on stderr; files that fail to read are reported in the app's status line.
        found = discover(options.paths)
        if not found.files:
            from seedview.model.pipeline import NothingLoaded

            raise NothingLoaded("\n".join(map(str, found.problems)) or "no articles given")
    from seedview.model import read_ahead
    from seedview.tui import gc_pause

    max_bytes = int(options.max_mb * 1e6)
    # issue 11: the first article is read in a child process while this one imports Textual
    # (not with a topic file: a bad one must fail before any work).
    ahead = None if options.topics else read_ahead.start(options.paths or None, max_bytes)
    # issue 11: Textual's and the app's imports set off some 80 collections (30-40 ms) that
    # find no garbage; the app collects again once the articles' text is on screen.
    gc_pause.pause()
    try:
        from seedview.tui.app import SeedviewApp

        app = SeedviewApp(
            paths=options.paths,
            min_score=options.min_score,
            topics_file=options.topics,
            max_bytes=max_bytes,
            processes=None,  # the entry points are guarded, so large corpora use every core
            use_cache=not options.no_cache,
            read_ahead=ahead,
        )
        with _exit_on_sigterm(app):
            app.run()
    finally:
        gc_pause.resume()
        if ahead is not None:
            ahead.close()  # if the app did not take it
    # The promise of the other commands: one line per file that could not be loaded, on
    # stderr once the screen is back, and status 2 when nothing could be loaded.
    if app.nothing_loaded:
        _nothing_loaded(app.load_problems)
        return 2
    for line in app.load_problems:
        _problem(line)
    return 0


@contextmanager
def _exit_on_sigterm(app: App[None]) -> Iterator[None]:
    """SIGTERM (kill, a closing session manager) ends the app the way q does, so the terminal
    leaves the alternate screen and mouse reporting; by default it would die mid-screen."""

    def ask_to_exit(signum: int, frame: object) -> None:
        loop = getattr(app, "_loop", None)  # Textual's loop, set while the app runs
        if loop is not None and loop.is_running():
            loop.call_soon_threadsafe(app.exit)  # wakes the loop at once, even mid-select
        else:
            raise SystemExit(128 + signum)  # not started yet or shutting down: just leave

    previous = signal.signal(signal.SIGTERM, ask_to_exit)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _stderr_progress() -> Progress:
    """A progress bar on stderr, shown only for work longer than half a second."""
    started = time.monotonic()
    shown = False

    def report(stage: str, fraction: float) -> None:
        nonlocal shown
        if not sys.stderr.isatty() or time.monotonic() - started < 0.5:
            return
        width = 30
        filled = int(width * min(1.0, fraction))
        sys.stderr.write(f"\r{stage:<12} [{'#' * filled}{'.' * (width - filled)}] {fraction:4.0%}")
        sys.stderr.flush()
        shown = True
        if fraction >= 1.0 and shown:
            sys.stderr.write("\r" + " " * (width + 24) + "\r")

    return report


def _run_command(command: str, args: list[str]) -> int:
    parser = _Parser(prog=f"seedview {command}")
    if command == "schema":
        parser.parse_args(args)
        import json

        from seedview.model.schema import Analysis

        _output(json.dumps(Analysis.model_json_schema(), indent=2, ensure_ascii=False))
        return 0
    _common(parser)
    if command == "analyze":
        parser.add_argument("--json", action="store_true", help="print the analysis as JSON")
    if command == "export":
        parser.add_argument("--format", choices=("md", "json", "csv"), default="md")
        parser.add_argument("-o", "--output", required=True, help="file to write ('-' for stdout)")
        parser.add_argument("--force", action="store_true", help="overwrite an existing file")
    options = parser.parse_args(args)
    _use_lexicon(options.lexicon)
    from seedview.model.pipeline import analyze_cached

    analysis = analyze_cached(
        options.paths,
        min_score=options.min_score,
        topics_file=options.topics,
        max_bytes=int(options.max_mb * 1e6),
        progress=_stderr_progress(),
        workers=None,  # the entry points are guarded, so large corpora use every core
        use_cache=not options.no_cache,
    )
    for line in analysis.problems:
        _problem(line)
    from seedview.tui import report

    if command == "analyze":
        if options.json:
            _output(json_text(analysis.model_dump_json(indent=2)))  # exact, and no raw control
        else:
            _output(report.summary(analysis))
        return 0
    if command == "conflicts":
        _output(report.conflicts(analysis))
        return 0
    return report.export_marks(analysis, options.format, options.output, options.force)
