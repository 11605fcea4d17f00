"""Loading: paths, folders, globs, encodings, HTML, and every kind of bad input."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from seedview.model.load import LoadError, decode_bytes, discover, read_document
from seedview.model.pipeline import NothingLoaded, load_sources

GERMAN = "Für das laufende Jahr plant Meta Ausgaben in Höhe von 115 bis 135 Milliarden Dollar.\n"


def test_utf8_with_and_without_bom(tmp_path: Path) -> None:
    plain = tmp_path / "a.txt"
    plain.write_bytes(GERMAN.encode())
    bom = tmp_path / "b.txt"
    bom.write_bytes(codecs.BOM_UTF8 + GERMAN.encode())
    assert read_document(plain).text == GERMAN
    assert read_document(bom).text == GERMAN  # the BOM is not part of the text


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom(tmp_path: Path, codec: str) -> None:
    bom = codecs.BOM_UTF16_LE if codec.endswith("le") else codecs.BOM_UTF16_BE
    path = tmp_path / "u16.txt"
    path.write_bytes(bom + GERMAN.encode(codec))
    assert read_document(path).text == GERMAN


def test_legacy_cp1252_page(tmp_path: Path) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes("Größere Investitionen – „rund“ 60 Mrd. €\n".encode("cp1252"))
    document = read_document(path)
    assert document.encoding == "cp1252"
    assert document.text == "Größere Investitionen – „rund“ 60 Mrd. €\n"


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_line_ends_are_normalised(newline: str) -> None:
    text, _ = decode_bytes(f"Erste Zeile.{newline}Zweite Zeile.{newline}".encode())
    assert text == "Erste Zeile.\nZweite Zeile.\n"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"  \n\n \t", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        (b"caf\xe9 \x81\x8d broken", "undecodable bytes"),
        (codecs.BOM_UTF8 + b"ok \xff\xfe", "undecodable bytes"),
    ],
)
def test_bad_bytes_get_one_clear_reason(tmp_path: Path, data: bytes, reason: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(LoadError) as caught:
        read_document(path)
    message = str(caught.value)
    assert message.startswith(str(path)) and reason in message
    assert "\n" not in message


def test_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text(GERMAN * 100)
    with pytest.raises(LoadError, match="over the"):
        read_document(path, max_bytes=1000)


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "locked.txt"
    path.write_text(GERMAN)

    def refuse(self: Path, *args: object, **kwargs: object) -> bytes:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", refuse)  # tests run as root: chmod would not refuse
    with pytest.raises(LoadError, match="cannot read: Permission denied"):
        read_document(path)


def test_folder_is_recursive_and_skips_bad_files(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text(GERMAN)
    (tmp_path / "sub" / "b.md").write_text(GERMAN.replace("Meta", "Google"))
    (tmp_path / "sub" / "c.html").write_text(f"<html><body><p>{GERMAN}</p></body></html>")
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "notes.csv").write_text("not,an,article")
    sources, _, problems = load_sources([str(tmp_path)])
    assert sorted(s.id for s in sources) == ["a", "b", "c"]
    assert problems == [f"{tmp_path / 'empty.txt'}: empty file"]


def test_a_folders_notes_are_reported_and_skipped_unless_named(tmp_path: Path) -> None:
    # A folder of saved articles often holds a README or the reader's notes about them;
    # read as an article, a note was compared with the articles it describes.
    (tmp_path / "01_outlet.txt").write_text(GERMAN)
    (tmp_path / "02_other.md").write_text(GERMAN.replace("Meta", "Google"))
    (tmp_path / "README.md").write_text("# Articles saved on Monday\n\nMeta plans 60 billion.")
    (tmp_path / "SOURCES.md").write_text("| file | outlet |\n|---|---|\n| 01 | Outlet |")
    sources, _, problems = load_sources([str(tmp_path)])
    assert sorted(s.id for s in sources) == ["01_outlet", "02_other"]
    assert [p.split(": ", 1)[0] for p in problems] == [
        str(tmp_path / "README.md"),
        str(tmp_path / "SOURCES.md"),
    ]
    assert all("not an article" in p for p in problems)
    # Named on the command line, a note is opened like any file.
    sources, _, problems = load_sources([str(tmp_path / "README.md")])
    assert [s.id for s in sources] == ["README"] and not problems


def test_glob_patterns_and_missing_paths(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text(GERMAN)
    (tmp_path / "two.txt").write_text(GERMAN)
    found = discover([str(tmp_path / "*.txt"), str(tmp_path / "nope.txt"), str(tmp_path / "*.xml")])
    assert [p.name for p in found.files] == ["one.txt", "two.txt"]
    assert [e.reason for e in found.problems] == [
        "no such file or folder",
        "pattern matches no files",
    ]


def test_folder_without_articles(tmp_path: Path) -> None:
    (tmp_path / "data.csv").write_text("a,b")
    with pytest.raises(NothingLoaded, match="folder has no articles"):
        load_sources([str(tmp_path)])


def test_html_page_becomes_text_without_script(tmp_path: Path) -> None:
    page = Path(__file__).parent / "fixtures" / "english_news.html"
    sources, passages, _ = load_sources([str(page)])
    source = sources[0]
    assert source.title == "Acme doubles cloud spending"
    assert source.published is not None and source.published.isoformat() == "2025-03-14"
    assert source.language == "en"
    assert "tracking" not in source.text and "color:red" not in source.text
    assert "Acme said on Thursday it would spend $26 billion" in source.text
    for passage in passages:
        assert source.text[passage.start : passage.end] == passage.text


@pytest.mark.parametrize("start", ["fork", "spawn"])
def test_worker_processes_give_the_same_analysis(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, start: str
) -> None:
    """Large corpora are prepared in worker processes: same result, same problems reported."""
    import multiprocessing

    from seedview.model import pipeline

    for source in sorted((Path(__file__).parent / "fixtures" / "align_de").iterdir()):
        (tmp_path / source.name).write_bytes(source.read_bytes())
    (tmp_path / "broken.txt").write_bytes(b"\x00\x01binary")
    monkeypatch.setattr(pipeline, "_start_method", lambda: multiprocessing.get_context(start))
    alone = pipeline.analyze([str(tmp_path)], workers=1)
    shared = pipeline.analyze([str(tmp_path)], workers=2)
    assert shared.model_dump() == alone.model_dump()
    assert len(shared.problems) == 1 and "broken.txt" in shared.problems[0]


def test_claims_found_beside_alignment_give_the_same_analysis(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With forked workers, each prepares its share of the files and then finds their claims
    while alignment runs here (issue 11): the same analysis as in one process, problems
    included."""
    import multiprocessing

    from seedview.model import pipeline

    for source in sorted((Path(__file__).parent / "fixtures" / "align_de").iterdir()):
        (tmp_path / source.name).write_bytes(source.read_bytes())
    (tmp_path / "broken.txt").write_bytes(b"\x00\x01binary")
    alone = pipeline.analyze([str(tmp_path)], workers=1)
    overlapped = []
    original = pipeline._overlapped

    def spy(*args, **kwargs):  # type: ignore[no-untyped-def]
        overlapped.append(True)
        return original(*args, **kwargs)

    monkeypatch.setattr(pipeline, "_start_method", lambda: multiprocessing.get_context("fork"))
    monkeypatch.setattr(pipeline, "_overlapped", spy)
    for workers in (2, 3):
        shared = pipeline.analyze([str(tmp_path)], workers=workers)
        assert shared.model_dump() == alone.model_dump()
    assert overlapped == [True, True]
    assert alone.claims and len(shared.problems) == 1 and "broken.txt" in shared.problems[0]


def test_an_error_in_a_claims_worker_reaches_the_caller(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bug in a worker is raised here, not lost and not waited for for ever."""
    import multiprocessing

    from seedview.model import pipeline

    for source in sorted((Path(__file__).parent / "fixtures" / "align_de").iterdir()):
        (tmp_path / source.name).write_bytes(source.read_bytes())

    def broken(article: object) -> list[object]:
        raise ValueError("no claims today")

    monkeypatch.setattr(pipeline, "_start_method", lambda: multiprocessing.get_context("fork"))
    monkeypatch.setattr(pipeline, "_claims_of", broken)
    with pytest.raises(ValueError, match="no claims today"):
        pipeline.analyze([str(tmp_path)], workers=2)


def test_worker_processes_start_inside_an_app_that_captured_stderr(tmp_path: Path) -> None:
    """Textual replaces sys.stderr with an object whose descriptor is -1; starting worker
    processes must still work there (it crashed the app on a large corpus). In a fresh
    process: multiprocessing starts its resource tracker once, and an earlier test may have."""
    import subprocess
    import sys

    for source in sorted((Path(__file__).parent / "fixtures" / "align_de").iterdir()):
        (tmp_path / source.name).write_bytes(source.read_bytes())
    script = f"""
import multiprocessing, sys
from seedview.model import pipeline

class Captured:
    def write(self, text): return len(text)
    def flush(self): pass
    def fileno(self): return -1

if __name__ == "__main__":
    pipeline._start_method = lambda: multiprocessing.get_context("spawn")
    sys.stderr = Captured()
    analysis = pipeline.analyze([{str(tmp_path)!r}], workers=2)
    assert isinstance(sys.stderr, Captured), "the app's capture is back in place"
    print(len(analysis.sources), len(analysis.groups))
"""
    (tmp_path / "probe.py").write_text(script)
    result = subprocess.run(
        [sys.executable, str(tmp_path / "probe.py")], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    sources, groups = map(int, result.stdout.split())
    assert sources == 2 and groups > 0
