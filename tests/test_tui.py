"""The app as a person uses it: every key path through Pilot, marks across restarts, safe text."""

from __future__ import annotations

import gc
import threading
from pathlib import Path

import pytest
from textual.pilot import Pilot

from seedview.model.schema import Passage
from seedview.tui.app import SeedviewApp
from seedview.tui.commands import SeedviewCommands
from seedview.tui.diff_pane import DiffColumns, DiffPane
from seedview.tui.export_dialog import ExportDialog
from seedview.tui.help_screen import HelpScreen
from seedview.tui.marks_screen import MarksScreen
from seedview.tui.search_screen import SearchScreen
from seedview.tui.source_view import SourceView
from seedview.tui.topic_tree import TopicTree

from waits import palette_highlights, wait_until

BIG = (160, 45)

# The bundled corpus's analysis is in the cache, as on a second launch: these tests are about
# reading it (conftest.py; a test that needs the analysis to run opts out).
pytestmark = pytest.mark.bundled_analysis_cached


async def ready(pilot: Pilot[None]) -> None:
    """Wait for the analysis (and any mark writes) to finish and the screen to settle."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def current(app: SeedviewApp) -> Passage | None:
    return app.query_one(SourceView).current_passage()


def screen_text(app: SeedviewApp) -> str:
    """What the terminal shows, as plain text (from the SVG screenshot)."""
    import html
    import re

    svg = app.export_screenshot()
    return html.unescape(" ".join(re.findall(r">([^<]*)</text>", svg))).replace("\xa0", " ")


def diff_text(app: SeedviewApp) -> str:
    return app.query_one(DiffPane).plain_text()


async def test_opens_on_the_bundled_corpus_with_tree_article_and_matches() -> None:
    app = SeedviewApp()
    async with app.run_test(size=BIG) as pilot:
        await ready(pilot)
        assert app.analysis is not None and len(app.sources) == 5
        tree = app.query_one(TopicTree)
        assert [str(n.label).split(" (")[0] for n in tree.root.children][:2] == [
            "Investitionssummen",
            "Open Source oder geschlossene Modelle",
        ]
        assert app.current_source == app.analysis.sources[0].id
        assert "Group 1/" in diff_text(app)
        assert "Next conflict" in screen_text(app)  # the footer, mounted after the first frame


async def test_moving_the_tree_cursor_previews_the_group_without_enter() -> None:
    app = SeedviewApp()
    async with app.run_test(size=BIG) as pilot:
        await ready(pilot)
        await pilot.press("down", "down")
        node = app.query_one(TopicTree).cursor_node
        assert node is not None and node.data is not None and node.data[0] == "group"
        group = next(g for g in app.analysis.groups if g.id == node.data[1])  # type: ignore[union-attr]
        passage = current(app)
        assert passage is not None and passage.id in group.passages
        await pilot.press("enter")
        assert app.focused is app.query_one(SourceView)


async def test_n_and_shift_n_walk_the_conflicts() -> None:
    app = SeedviewApp()
    async with app.run_test(size=BIG) as pilot:
        await ready(pilot)
        total = len(app.real_conflicts)
        await pilot.press("n")
        assert f"Conflict 1/{total}" in diff_text(app)
        assert "open-source" in diff_text(app)
        passage = current(app)
        assert passage is not None and passage.id in app.real_conflicts[0].passages
        await pilot.press("n")
        assert f"Conflict 2/{total}" in diff_text(app)
        await pilot.press("N", "N")
        assert f"Conflict {total}/{total}" in diff_text(app)


async def test_brackets_jump_between_matched_passages_of_the_source() -> None:
    app = SeedviewApp()
    async with app.run_test(size=BIG) as pilot:
        await ready(pilot)
        await pilot.press("tab")
        await pilot.press("right_square_bracket")
        first = current(app)
        assert first is not None and first.id in app.group_of
        await pilot.press("right_square_bracket")
        second = current(app)
        assert second is not None and second.id in app.group_of and second.start > first.start
        await pilot.press("left_square_bracket")
        assert current(app) == first


async def test_number_keys_pick_sources_and_jk_move_passages() -> None:
    app = SeedviewApp()
    async with app.run_test(size=BIG) as pilot:
        await ready(pilot)
        await pilot.press("3")
        assert app.current_source == app.analysis.sources[2].id  # type: ignore[union-attr]
        assert app.focused is app.query_one(SourceView)
        await pilot.press("j")
        first = current(app)
        await pilot.press("j")
        second = current(app)
        assert first and second and second.start > first.start
        await pilot.press("k")
        assert current(app) == first
        await pilot.press("h")
        assert app.focused is app.query_one(TopicTree)


async def test_marks_survive_a_restart_and_carry_notes() -> None:
    app = SeedviewApp()
    async with app.run_test(size=BIG) as pilot:
        await ready(pilot)
        await pilot.press("2", "j", "j", "m")
        marked = current(app)
        await pilot.press("j", "a")
        assert (
            isinstance(app.screen, type(app.screen))
            and app.screen.__class__.__name__ == "NoteDialog"
        )
        await pilot.press(*"check figure", "enter")
        noted = current(app)
        await ready(pilot)
    assert marked and noted
    again = SeedviewApp()
    async with again.run_test(size=BIG) as pilot:
        await ready(pilot)
        assert set(again.marks) == {marked.id, noted.id}
        assert again.marks[noted.id].note == "check figure"
        await pilot.press("v")
        assert isinstance(again.screen, MarksScreen)
        await pilot.press("enter")
        assert current(again) is not None


async def test_space_unmarks_and_the_mark_is_gone_after_restart() -> None:
    app = SeedviewApp()
    async with app.run_test(size=BIG) as pilot:
        await ready(pilot)
        await pilot.press("1", "j", "m")
        assert len(app.marks) == 1
        await pilot.press("space")
        assert not app.marks
        await ready(pilot)
    again = SeedviewApp()
    async with again.run_test(size=BIG) as pilot:
        await ready(pilot)
        assert not again.marks


async def test_search_jumps_to_the_hit_and_steps_through_hits() -> None:
    app = SeedviewApp()
    async with app.run_test(size=BIG) as pilot:
        await ready(pilot)
        await pilot.press("slash")
        assert isinstance(app.screen, SearchScreen)
        await pilot.press(*"Reality Labs Verluste", "enter")
        first = current(app)
        assert first is not None and "Reality Labs" in first.text
        await pilot.press("greater_than_sign")
        second = current(app)
        assert second is not None and second != first
        await pilot.press("less_than_sign")
        assert current(app) == first


async def test_help_lists_every_key() -> None:
    app = SeedviewApp()
    async with app.run_test(size=(160, 110)) as pilot:  # all of the help on one screen
        await ready(pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        shown = screen_text(app)
        for binding in app.BINDINGS:
            if binding.description and not binding.action.startswith("pick_source"):  # type: ignore[union-attr]
                assert binding.description in shown  # type: ignore[union-attr]
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


async def test_export_dialog_writes_markdown_and_asks_before_overwriting(tmp_path: Path) -> None:
    target = tmp_path / "marks.md"
    app = SeedviewApp()
    async with app.run_test(size=BIG) as pilot:
        await ready(pilot)
        await pilot.press("n", "m")
        await pilot.press("e")
        assert isinstance(app.screen, ExportDialog)
        app.screen.query_one("#export-path").value = str(target)  # type: ignore[attr-defined]
        await pilot.press("tab", "enter")
        await ready(pilot)
        text = target.read_text()
        assert text.startswith("# Marked passages") and "Rockstein" in text and "⚠" in text
        target.write_text("keep me")
        await pilot.press("e")
        app.screen.query_one("#export-path").value = str(target)  # type: ignore[attr-defined]
        await pilot.press("tab", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ExportDialog)  # asked, not written
        assert target.read_text() == "keep me"
        await pilot.press("enter")  # the button now says Overwrite
        await ready(pilot)
        assert target.read_text().startswith("# Marked passages")


async def test_shift_y_copies_the_marks_as_markdown() -> None:
    app = SeedviewApp()
    async with app.run_test(size=BIG) as pilot:
        await ready(pilot)
        await pilot.press("n", "m", "Y")
        assert app.clipboard.startswith("# Marked passages")


async def test_b_hides_page_furniture() -> None:
    app = SeedviewApp()
    async with app.run_test(size=BIG) as pilot:
        await ready(pilot)
        await pilot.press("5")
        view = app.query_one(SourceView)
        assert any(p.kind == "boilerplate" for p in view.visible_passages())
        await pilot.press("b")
        assert not any(p.kind == "boilerplate" for p in view.visible_passages())


async def test_narrow_terminal_shows_one_pane_and_d_swaps_it() -> None:
    app = SeedviewApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        assert app.query_one(SourceView).display and not app.query_one(DiffPane).display
        await pilot.press("d")
        assert app.query_one(DiffPane).display and not app.query_one(SourceView).display


async def test_a_wide_terminal_gives_the_topic_labels_more_room() -> None:
    # Topic labels are sentences: at 200 columns a 32-column tree cut them to a few words.
    app = SeedviewApp()
    async with app.run_test(size=(200, 50)) as pilot:
        await ready(pilot)
        wide = app.query_one(TopicTree).size.width
        await pilot.resize_terminal(160, 45)
        await wait_until(pilot, lambda: app.query_one(TopicTree).size.width < wide)
        assert wide >= 40 and app.query_one(TopicTree).size.width < 40


async def test_matches_pane_explains_first_and_scrolls_by_keyboard() -> None:
    app = SeedviewApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("n")  # a narrow screen turns to the matches for a conflict
        assert app.query_one(DiffPane).display and not app.query_one(SourceView).display
        columns = app.query_one(DiffColumns)
        first = "".join(segment.text for segment in columns.strips[0])
        assert first.strip().startswith("⚠ stance")
        columns.focus()
        await pilot.press("down", "down")
        assert columns.scroll_offset.y == 2  # the conflict's passages are longer than 24 rows
        await pilot.press("n")
        assert columns.scroll_offset.y == 0  # the next conflict starts at its top


async def test_h_and_l_walk_the_panes_and_arrows_page_through_versions() -> None:
    app = SeedviewApp()
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        assert isinstance(app.focused, TopicTree)
        await pilot.press("l")  # on an open topic: nothing to expand, so on to the article
        assert isinstance(app.focused, SourceView)
        await pilot.press("l")
        columns = app.query_one(DiffColumns)
        assert app.focused is columns
        # Group 1 has more versions than fit: at this width two side by side, the arrows page.
        count = len(columns.columns)
        assert count >= 3 and columns.columns_that_fit() == 2
        shown = f"versions 1–2 of {count}"
        assert shown in "".join(s.text for line in columns.strips for s in line)
        await pilot.press("right")
        shown = f"versions 3–{min(4, count)} of {count}"
        assert shown in "".join(s.text for line in columns.strips for s in line)
        await pilot.press("left", "h")
        assert columns.first_column == 0 and isinstance(app.focused, SourceView)
        await pilot.press("h")
        assert isinstance(app.focused, TopicTree)


async def test_plus_makes_alignment_stricter_live() -> None:
    app = SeedviewApp()
    async with app.run_test(size=BIG) as pilot:
        await ready(pilot)
        before = len(app.analysis.groups)  # type: ignore[union-attr]
        await pilot.press("plus", "plus", "plus", "plus", "plus")
        await ready(pilot)
        assert app.min_score is not None and app.min_score > 0.22
        assert len(app.analysis.groups) < before  # type: ignore[union-attr]


async def test_command_palette_offers_every_action() -> None:
    app = SeedviewApp()
    async with app.run_test(size=BIG) as pilot:
        await ready(pilot)
        provider = SeedviewCommands(app.screen)
        titles = [title for title, _, _ in provider._actions()]
        assert {"Next conflict", "Export", "Search", "Mark", "Copy marks", "Furniture"} <= set(
            titles
        )
        await pilot.press("ctrl+p")
        await pilot.press(*"Next conflict")
        await wait_until(pilot, lambda: palette_highlights(app, "Next conflict"))
        await pilot.press("enter")
        await pilot.pause()
        assert app.conflict_index == 0


async def test_article_text_is_data_not_markup(tmp_path: Path) -> None:
    hostile = "Der Bericht nennt [bold]Fettdruck[/bold], ein [/ und [link=https://x.example]Link[/link] sowie \x1b[31mrot.\n"
    (tmp_path / "a.txt").write_text("Titel eins\n\n" + hostile)
    (tmp_path / "b.txt").write_text("Titel zwei\n\n" + hostile)
    app = SeedviewApp(paths=[str(tmp_path)])
    async with app.run_test(size=BIG) as pilot:
        await ready(pilot)
        view = app.query_one(SourceView)
        lines = "".join(segment.text for line in view.strips for segment in line)
        for literal in ("[bold]Fettdruck[/bold]", "[/ und", "[link=https://x.example]Link[/link]"):
            assert literal in lines
        assert "\x1b" not in lines and "␛[31mrot" in lines
        shown = "".join(
            segment.text for line in app.query_one(DiffColumns).strips for segment in line
        )
        assert "[bold]Fettdruck[/bold]" in shown and "\x1b" not in shown


async def test_bad_paths_show_a_status_line_not_a_crash(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    app = SeedviewApp(paths=[str(tmp_path / "empty.txt")])
    async with app.run_test(size=BIG) as pilot:
        await ready(pilot)
        status = str(app.query_one("#status").render())
        assert "Nothing to show" in status and "empty file" in status


@pytest.mark.bundled_analysis_cached(False)  # the analysis itself runs
async def test_article_text_shows_before_the_analysis_ends_and_keys_say_so(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Text first: the article is readable while the rest is analysed; "n" says it is still
    analysing instead of "no conflicts"; groups and conflicts fill in when it ends."""
    from seedview.model import pipeline

    release = threading.Event()
    deepen = pipeline.deepen

    def slow_deepen(*args: object, **kwargs: object) -> object:
        assert release.wait(timeout=60)
        return deepen(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "deepen", slow_deepen)
    app = SeedviewApp()
    async with app.run_test(size=BIG) as pilot:
        await wait_until(pilot, lambda: app.sources, timeout=30)
        assert app.analysis is None
        assert "Meta investiert Milliarden in KI-Infrastruktur" in screen_text(app)
        assert "Analysing" in diff_text(app)
        await pilot.press("n")
        await pilot.pause()
        told = " ".join(n.message for n in app._notifications)
        assert "Still analysing" in told and "No conflicts" not in told
        release.set()
        await ready(pilot)
        assert app.analysis is not None and app.real_conflicts
        assert "Group 1/" in diff_text(app)


@pytest.mark.bundled_analysis_cached(False)  # the analysis itself runs
async def test_the_other_articles_and_their_marks_follow_the_first_while_analysing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """issue 11: only the first article is read before the first frame; the others come
    right after it, with their stored marks, long before the analysis ends."""
    from seedview.model import pipeline
    from seedview.model.marks import MarkStore

    text = pipeline.prepare_text(None)
    third = text.sources[2]
    passage = [p for p in text.passages if p.source == third.id][2]
    store = MarkStore()
    store.add(third.sha256, passage.start, passage.end, "")
    store.close()
    release = threading.Event()
    deepen = pipeline.deepen

    def slow_deepen(*args: object, **kwargs: object) -> object:
        assert release.wait(timeout=60)
        return deepen(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "deepen", slow_deepen)
    app = SeedviewApp()
    async with app.run_test(size=BIG) as pilot:
        await wait_until(pilot, lambda: len(app.sources) == len(text.sources), timeout=30)
        assert app.analysis is None
        assert list(app.sources) == [s.id for s in text.sources]
        assert gc.isenabled()  # paused only until the first article's frame (gc_pause)
        await pilot.press("3")
        await pilot.pause()
        assert app.current_source == third.id
        assert app.query_one(SourceView).marked == {passage.id}
        assert " ".join(passage.text.split()[:3]) in screen_text(app)
        release.set()
        await ready(pilot)
        assert app.analysis is not None and passage.id in app.marks


@pytest.mark.bundled_analysis_cached(False)  # the analysis itself runs
async def test_a_relaunch_on_unchanged_articles_reads_the_cache(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from seedview.model import pipeline

    first = SeedviewApp()
    async with first.run_test(size=BIG) as pilot:
        await ready(pilot)
    monkeypatch.setattr(pipeline, "prepare", _fail)
    again = SeedviewApp()
    async with again.run_test(size=BIG) as pilot:
        await ready(pilot)
        assert again.analysis == first.analysis


async def test_plus_re_aligns_only_and_keeps_the_readers_place(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from seedview.model import pipeline

    app = SeedviewApp(use_cache=False)
    async with app.run_test(size=BIG) as pilot:
        await ready(pilot)
        await pilot.press("3", "j", "j", "j", "j")
        await pilot.pause()
        place = (app.current_source, current(app))
        assert place[1] is not None
        monkeypatch.setattr(pipeline, "prepare", _fail)
        monkeypatch.setattr(pipeline, "deepen", _fail)
        before = app.analysis
        await pilot.press("plus")
        await ready(pilot)
        assert app.analysis is not before and app.min_score == 0.24
        assert (app.current_source, current(app)) == place


def _fail(*args: object, **kwargs: object) -> None:
    raise AssertionError("loaded or normalised the articles again")


async def test_a_passage_only_a_fact_group_holds_is_shown_alone_not_left_stale() -> None:
    """The reader's last place, restored when the analysis ends, may be a passage whose
    only group is a fact group (not in the tree's numbered list): the matches pane shows
    that passage (its conflict), instead of keeping "Analysing…" or the group before."""
    app = SeedviewApp()
    async with app.run_test(size=BIG) as pilot:
        await ready(pilot)
        before = diff_text(app)
        assert "Group 1/" in before
        alone = next(
            pid
            for pid, group in app.group_of.items()
            if group not in app.group_order and app.conflicts_of.get(pid)
        )
        app._jump_to(alone)
        await pilot.pause()
        assert app.showing == ("conflict", app.conflicts_of[alone][0].id)
        assert "Group 1/" not in diff_text(app) and "Conflict" in diff_text(app)
