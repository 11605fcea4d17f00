"""The `seedview` command. The analysis commands import no UI code: textual loads only for the app."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence

from seedview.model.pipeline import NothingLoaded, Progress
from seedview.model.topics import TopicFileError

COMMANDS = ("analyze", "conflicts", "export", "schema")


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        if args and args[0] in COMMANDS:
            return _run_command(args[0], args[1:])
        return _run_app(args)
    except TopicFileError as error:
        print(f"seedview: {error}", file=sys.stderr)
        return 2
    except NothingLoaded as error:
        for line in str(error).splitlines():
            print(f"seedview: {line}", file=sys.stderr)
        print("seedview: nothing could be loaded", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="files, folders or glob patterns (default: the bundled corpus)",
    )
    parser.add_argument(
        "--min-score",
        type=float,
        default=None,
        help="minimum alignment score in [0, 1] (default: measured default)",
    )
    parser.add_argument(
        "--max-mb",
        type=float,
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


def _app_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="seedview",
        description="Read several articles about one story side by side. "
        f"Commands: {', '.join(COMMANDS)} (seedview COMMAND --help).",
    )
    _common(parser)
    return parser


def _run_app(args: list[str]) -> int:
    options = _app_parser().parse_args(args)
    if options.paths:
        from seedview.model.load import discover

        # Only the cheap check happens before the screen opens: paths that name nothing are a
        # clear line on stderr; files that fail to read are reported in the app's status line.
        found = discover(options.paths)
        for problem in found.problems:
            print(f"seedview: {problem}", file=sys.stderr)
        if not found.files:
            raise NothingLoaded("no articles in the given paths")
    from seedview.tui.app import SeedviewApp

    SeedviewApp(
        paths=options.paths,
        min_score=options.min_score,
        topics_file=options.topics,
        max_bytes=int(options.max_mb * 1e6),
        processes=None,  # the entry points are guarded, so large corpora use every core
        use_cache=not options.no_cache,
    ).run()
    return 0


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
    parser = argparse.ArgumentParser(prog=f"seedview {command}")
    if command == "schema":
        parser.parse_args(args)
        import json

        from seedview.model.schema import Analysis

        print(json.dumps(Analysis.model_json_schema(), indent=2, ensure_ascii=False))
        return 0
    _common(parser)
    if command == "analyze":
        parser.add_argument("--json", action="store_true", help="print the analysis as JSON")
    if command == "export":
        parser.add_argument("--format", choices=("md", "json", "csv"), default="md")
        parser.add_argument("-o", "--output", required=True, help="file to write ('-' for stdout)")
        parser.add_argument("--force", action="store_true", help="overwrite an existing file")
    options = parser.parse_args(args)
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
        print(f"seedview: {line}", file=sys.stderr)
    from seedview.tui import report

    if command == "analyze":
        if options.json:
            print(analysis.model_dump_json(indent=2))
        else:
            print(report.summary(analysis))
        return 0
    if command == "conflicts":
        print(report.conflicts(analysis))
        return 0
    return report.export_marks(analysis, options.format, options.output, options.force)
