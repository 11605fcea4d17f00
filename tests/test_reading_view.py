"""Issue 12: what a new reader sees. Styles on screen, resize, themes, both sides of a
conflict, titles that match, search, copy, the facts table, orientation."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from rich.style import Style
from textual.pilot import Pilot
from textual.strip import Strip

from seedview.model.diff import word_diff
from seedview.model.schema import Analysis
from seedview.tui.app import SeedviewApp
from seedview.tui.commands import JumpCommands
from seedview.tui.diff_pane import DiffColumns, DiffPane
from seedview.tui.facts_screen import FactsScreen
from seedview.tui.help_screen import HelpScreen
from seedview.tui.search_screen import SearchScreen, search_passages
from seedview.tui.source_view import SYMBOL_CONFLICT, SourceView
from seedview.tui.topic_tree import TopicTree
from seedview.tui.view import conflict_sides, fact_groups

from waits import palette_highlights, wait_until

BIG = (160, 45)

# The bundled corpus's analysis is in the cache, as on a second launch: these tests are about
# reading it (conftest.py; a test that needs the analysis to run opts out).
pytestmark = pytest.mark.bundled_analysis_cached


async def ready(pilot: Pilot[None]) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def text_of(strip: Strip) -> str:
    return "".join(segment.text for segment in strip)


def styles_of(strip: Strip) -> list[Style]:
    return [segment.style for segment in strip if segment.text.strip() and segment.style]


def shown_lines(view: SourceView | DiffColumns) -> list[Strip]:
    """The lines the pane paints now (what reaches the terminal, base style included)."""
    return [view.render_line(y) for y in range(view.size.height)]


# --- 1. styles reach the screen ------------------------------------------------------------


async def test_the_current_passage_is_highlighted_on_screen() -> None:
    app = SeedviewApp()
    async with app.run_test(size=BIG) as pilot:
        await ready(pilot)
        await pilot.press("n")
        view = app.query_one(SourceView)
        current = view.current
        assert current is not None
        lines = [i for i, pid in enumerate(view.line_passage) if pid == current]
        other = next(i for i, pid in enumerate(view.line_passage) if pid and pid != current)
        base = view.rich_style.bgcolor
        for index in lines:
            body = view.strips[index]
            backgrounds = {s.style.bgcolor for s in body if s.style and s.text.strip()}
            assert backgrounds and base not in backgrounds  # its own background, every line
            assert all(s.style and s.style.bold for s in body if s.text.strip() and s.text != "⚠")
        assert not any(s.style and s.style.bgcolor for s in view.strips[other] if s.text.strip())
        # j moves the highlight: the next passage's lines change, visibly.
        before = view.strips[lines[-1] + 1]
        await pilot.press("tab", "j")
        assert view.strips[lines[-1] + 1] != before or view.current != current


async def test_furniture_is_dimmed_headings_bold_and_gutter_symbols_coloured() -> None:
    app = SeedviewApp()
    async with app.run_test(size=BIG) as pilot:
        await ready(pilot)
        await pilot.press("2")
        view = app.query_one(SourceView)
        kinds = {p.id: p.kind for p in view.passages}
        furniture = next(
            i for i, pid in enumerate(view.line_passage) if kinds.get(pid or "") == "boilerplate"
        )
        heading = next(
            i for i, pid in enumerate(view.line_passage) if kinds.get(pid or "") == "heading"
        )
        assert all(s.italic for s in styles_of(view.strips[furniture])[1:])
        assert all(
            s.color is not None and s.color != view.rich_style.color
            for s in styles_of(view.strips[furniture])[1:]
        )
        assert all(s.bold for s in styles_of(view.strips[heading]))
        symbol_line = next(s for s in view.strips if text_of(s).startswith(SYMBOL_CONFLICT))
        first = next(iter(symbol_line))
        assert first.style is not None and first.style.color is not None and first.style.bold


async def test_line_panes_paint_the_theme_background_in_dark_and_light() -> None:
    app = SeedviewApp()
    async with app.run_test(size=BIG) as pilot:
        await ready(pilot)
        await pilot.press("n")
        for theme in ("textual-dark", "textual-light"):
            app.theme = theme
            await pilot.pause()
            for pane in (app.query_one(SourceView), app.query_one(DiffColumns)):
                background = pane.rich_style.bgcolor
                for line in shown_lines(pane)[:10]:
                    for segment in line:
                        assert segment.style is not None and segment.style.bgcolor is not None
                # Plain text sits on the pane's own background, not the terminal's.
                plain = [s for line in shown_lines(pane) for s in line if s.text.strip()]
                assert any(s.style and s.style.bgcolor == background for s in plain)


async def test_the_chosen_theme_is_kept_for_the_next_start() -> None:
    app = SeedviewApp()
    async with app.run_test(size=BIG) as pilot:
        await ready(pilot)
        app.theme = "textual-light"
        await pilot.pause()
    again = SeedviewApp()
    async with again.run_test(size=BIG) as pilot:
        await pilot.pause()
        assert again.theme == "textual-light"


def test_no_rich_colour_names_in_the_interface_code() -> None:
    """Colours belong to the theme (app.tcss), not to Python."""
    import re

    tui = Path(__file__).parent.parent / "tui"
    names = re.compile(r"\b(khaki1|red3|grey30|bright_white|cyan|magenta|yellow)\b")
    for path in tui.glob("*.py"):
        assert not names.search(path.read_text()), path.name


# --- 2. resize uses the event's size -------------------------------------------------------


async def test_resize_160_80_120_switches_the_layout_at_once() -> None:
    app = SeedviewApp()
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(pilot)
        assert not app.screen.has_class("narrow")
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert app.screen.has_class("narrow")
        assert app.query_one(SourceView).display != app.query_one(DiffPane).display
        await pilot.press("d")
        await pilot.pause()
        assert app.query_one(DiffPane).display and not app.query_one(SourceView).display
        await pilot.resize_terminal(120, 40)
        await pilot.pause()
        assert not app.screen.has_class("narrow")
        assert app.query_one(SourceView).region.width > 30
        assert app.query_one(DiffPane).region.width > 30


async def test_the_article_is_wrapped_again_only_for_another_width(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """issue 11: a resize that keeps the article's width (the one after the first frame, or
    a taller terminal) keeps its lines; another width wraps them again, for that width."""
    builds: list[int] = []
    build = SourceView.build
    monkeypatch.setattr(
        SourceView, "build", lambda view, width: builds.append(width) or build(view, width)
    )
    app = SeedviewApp()
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(pilot)
        view = app.query_one(SourceView)
        shown = [text_of(line) for line in shown_lines(view)]
        builds.clear()
        await pilot.resize_terminal(160, 40)
        await pilot.pause()
        assert builds == []
        assert [text_of(line) for line in shown_lines(view)] == shown[: view.size.height]
        await pilot.resize_terminal(150, 40)
        await pilot.pause()
        assert builds == [view.content_width()]
        assert max(len(text_of(line).rstrip()) for line in view.strips) <= view.content_width()


# --- 5. titles and state agree -------------------------------------------------------------


async def test_titles_match_the_body_and_groups_are_numbered_in_tree_order() -> None:
    app = SeedviewApp()
    async with app.run_test(size=BIG) as pilot:
        await ready(pilot)
        tree = app.query_one(TopicTree)
        diff = app.query_one(DiffPane)
        first_leaf = tree.group_order()[0]
        while tree.cursor_node is None or tree.cursor_node.data[0] != "group":  # type: ignore[index]
            await pilot.press("down")
        node = tree.cursor_node
        assert node is not None and node.data == ("group", first_leaf)
        assert "Group 1/" in diff.plain_text() and "group 1/" in str(diff.border_title)
        await pilot.press("n")
        assert str(diff.border_title).startswith("Conflict 1/")
        assert "Conflict 1/" in diff.plain_text()
        # A passage no other source matches: border and body both say so.
        view = app.query_one(SourceView)
        alone = next(
            p for p in view.passages if p.id not in app.group_of and p.id not in app.conflicts_of
        )
        view.select(alone.id)
        await pilot.pause()
        assert "none" in str(diff.border_title) and "No other source" in diff.plain_text()


async def test_the_tree_cursor_follows_a_conflict_jump() -> None:
    app = SeedviewApp()
    async with app.run_test(size=BIG) as pilot:
        await ready(pilot)
        for _ in app.real_conflicts:  # the first conflict whose passage lines up with others
            await pilot.press("n")
            current = app.query_one(SourceView).current
            if app.group_of.get(current, "").startswith("g-"):  # a wording group: in the tree
                break
        assert current in app.group_of
        node = app.query_one(TopicTree).cursor_node
        assert node is not None and node.data == ("group", app.group_of[current])


async def test_n_while_analysing_says_the_analysis_is_running(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A long analysis: the text is read (a small corpus, before the first frame), no more.
    monkeypatch.setattr(SeedviewApp, "run_analysis", lambda self, shown=None: None)
    app = SeedviewApp()
    async with app.run_test(size=BIG) as pilot:
        await pilot.press("n")
        messages = [n.message for n in app._notifications]
        assert app.analysis is None
        assert any("analysing" in m.lower() for m in messages)
        assert not any("No conflicts" in m for m in messages)


async def test_status_line_counts_in_words() -> None:
    app = SeedviewApp()
    async with app.run_test(size=BIG) as pilot:
        await ready(pilot)
        await pilot.press("2", "j", "m")
        status = str(app.query_one("#status").render())
        assert "1 mark " in status + " " and "1 marks" not in status


# --- 2. both sides of a disagreement, what differs -----------------------------------------


@pytest.mark.parametrize("size", [(80, 24), (120, 40), (200, 50)])
async def test_both_sides_of_every_conflict_are_on_screen_after_n(size: tuple[int, int]) -> None:
    app = SeedviewApp()
    async with app.run_test(size=size) as pilot:
        await ready(pilot)
        for index, conflict in enumerate(app.real_conflicts):
            await pilot.press("n")
            await pilot.pause()
            columns = app.query_one(DiffColumns)
            sides = conflict_sides(conflict, app.claims)
            assert len(sides) >= 2 and len(columns.columns) == len(sides), conflict.explanation
            screen = "\n".join(text_of(line) for line in shown_lines(columns))
            for side, column in zip(sides, columns.columns, strict=True):
                assert column.side == side.label
                assert column.label.split(" ¶")[0] in screen, (size, index, column.label)
            assert "versions" not in screen  # no paging


async def test_conflict_columns_fold_agreeing_sources_and_mark_the_disputed_figure() -> None:
    app = SeedviewApp()
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        value = next(
            i for i, c in enumerate(app.real_conflicts) if c.kind == "value" and len(c.sources) > 2
        )
        for _ in range(value + 1):
            await pilot.press("n")
        columns = app.query_one(DiffColumns).columns
        assert len(columns) == 2
        assert sum(len(c.folded) + 1 for c in columns) == len(app.real_conflicts[value].sources)
        disputed = [w for c in columns for w, kind in c.words if kind == "disputed"]
        assert "72" in disputed and any("60" in w for w in disputed)


def test_equal_values_in_other_notation_are_not_flagged() -> None:
    texts = [
        "Der Umsatz stieg um 2 Prozent auf 26 Mrd. Dollar.",
        "Der Umsatz stieg um 2,0 Prozent auf 26 Milliarden Dollar.",
    ]
    for pieces in word_diff(texts):
        assert not [w for w, kind in pieces if kind in ("figure", "differs")], pieces
    english = word_diff(["Revenue of 26 billion dollars.", "Revenue of $26bn."], "en")
    assert not [w for pieces in english for w, kind in pieces if kind == "figure"]
    differing = word_diff(
        ["Meta investiert 72 Milliarden Dollar.", "Meta investiert 65 Milliarden Dollar."]
    )
    assert ("72", "figure") in differing[0] and ("65", "figure") in differing[1]


def test_paraphrases_are_not_marked_from_end_to_end() -> None:
    texts = [
        "Mit der Kehrtwende von Open-Source hin zu geschlossenen Systemen steigt das Risiko.",
        "Meta setzt dabei besonders auf Open Source und offene Gewichte.",
    ]
    marked = [w for pieces in word_diff(texts) for w, kind in pieces if kind == "differs"]
    assert not marked


async def test_z_zooms_the_focused_pane_to_the_full_width() -> None:
    app = SeedviewApp()
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press("n", "l", "l")
        assert app.focused is app.query_one(DiffColumns)
        await pilot.press("z")
        await pilot.pause()
        assert app.query_one(DiffPane).region.width == 120
        assert not app.query_one(SourceView).display and not app.query_one(TopicTree).display
        await pilot.press("z")
        await pilot.pause()
        assert app.query_one(SourceView).display and app.query_one(DiffPane).region.width < 120


# --- 3. the facts table --------------------------------------------------------------------


def test_fact_groups_put_every_sources_figure_for_one_key_in_rows(corpus) -> None:  # type: ignore[no-untyped-def]
    passages = {p.id: p for p in corpus.passages}
    groups = fact_groups(corpus.claims, passages)
    # ("figure", subject, measure, *qualifiers, role, basis, period): reported 2025 spending.
    capex = next(
        g
        for g in groups
        if g.key[0] == "figure"
        and g.key[2] == "capital spending"
        and g.key[-3:] == ("reported", "level", "2025")
    )
    assert len({row.source for row in capex.rows}) >= 2
    assert all(row.quote and row.value for row in capex.rows)
    assert all(row.value in passages[row.claim.passage].text for row in capex.rows)
    assert groups[0].disputed or not any(g.disputed for g in groups)  # disputed first


async def test_f_after_n_opens_the_facts_of_the_conflict_and_enter_jumps() -> None:
    app = SeedviewApp()
    async with app.run_test(size=BIG) as pilot:
        await ready(pilot)
        value = next(i for i, c in enumerate(app.real_conflicts) if c.kind == "value")
        for _ in range(value + 1):
            await pilot.press("n")
        await pilot.press("f")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, FactsScreen)
        conflict = app.real_conflicts[value]
        assert any(row.claim.id in conflict.claims for row in screen.group.rows)
        assert any("⚠" in line for line in screen.rows_text()) or not screen.group.disputed
        await pilot.press("down", "enter")
        await pilot.pause()
        assert not isinstance(app.screen, FactsScreen)
        assert app.query_one(SourceView).current == screen.group.rows[1].claim.passage


async def test_the_tree_lists_figures_and_enter_opens_their_table() -> None:
    app = SeedviewApp()
    async with app.run_test(size=BIG) as pilot:
        await ready(pilot)
        tree = app.query_one(TopicTree)
        facts = next(n for n in tree.root.children if n.data and n.data[0] == "facts")
        facts.expand()
        await pilot.pause()
        tree.move_cursor(facts.children[0])
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, FactsScreen)
        assert app.screen.group.label == facts.children[0].data[1]  # type: ignore[index]


# --- 6. search that finds ------------------------------------------------------------------


def test_search_puts_exact_and_word_start_hits_first(corpus) -> None:  # type: ignore[no-untyped-def]
    passages = [p for p in corpus.passages if p.kind != "boilerplate"]
    hits = search_passages("Open Source", passages)
    assert hits and "open source" in " ".join(hits[0].text.lower().split())
    for passage in hits:  # every hit has both words, at least as word starts
        text = passage.text.lower()
        assert "open" in text and "source" in text
    assert search_passages("Zuckerberg", passages) == search_passages("zuckerberg", passages)
    assert len(search_passages("xyzzy quux", passages)) == 0


async def test_search_shows_a_count_and_marks_the_query_in_results_and_article() -> None:
    app = SeedviewApp()
    async with app.run_test(size=BIG) as pilot:
        await ready(pilot)
        await pilot.press("slash", *"Reality Labs")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, SearchScreen)
        count = str(screen.query_one("#search-count").render())
        assert count.split()[0].rstrip("+") == str(len(screen.hits)) and "hit" in count
        await pilot.press("enter")
        await pilot.pause()
        view = app.query_one(SourceView)
        lines = [view.strips[i] for i, pid in enumerate(view.line_passage) if pid == view.current]
        hit_style = view.overlay("source-view--hit")
        marked = [
            s.text
            for line in lines
            for s in line
            if s.style and s.style.bgcolor == hit_style.bgcolor
        ]
        assert any(text.lower() in ("reality", "labs", "reality labs") for text in marked)
        assert "Search hit 1/" in str(app.query_one("#status").render())


# --- 7. copy tells the truth ---------------------------------------------------------------


async def test_y_copies_the_passage_with_its_citation_by_osc52_and_says_so(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("seedview.tui.clipboard.tools", lambda: [])
    app = SeedviewApp()
    async with app.run_test(size=BIG) as pilot:
        await ready(pilot)
        await pilot.press("n", "y")
        passage = app.query_one(SourceView).current_passage()
        assert passage is not None
        assert app.clipboard.startswith(" ".join(passage.text.split()))
        assert f"paragraph {passage.paragraph + 1}" in app.clipboard
        assert "Rockstein" in app.clipboard
        message = [n.message for n in app._notifications][-1]
        assert "OSC 52" in message and "Copied" not in message


async def test_y_uses_a_clipboard_tool_when_there_is_one(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    target = tmp_path / "clip.txt"
    monkeypatch.setattr("seedview.tui.clipboard.tools", lambda: [["sh", "-c", f"cat > {target}"]])
    app = SeedviewApp()
    async with app.run_test(size=BIG) as pilot:
        await ready(pilot)
        await pilot.press("n", "y")
        assert target.read_text() == app.clipboard
        assert "with sh" in [n.message for n in app._notifications][-1]


# --- 4. orientation ------------------------------------------------------------------------


async def test_the_footer_shows_the_focused_panes_keys_and_fits_80_columns() -> None:
    app = SeedviewApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        import html
        import re

        def bottom() -> str:
            svg = app.export_screenshot()
            rows = re.findall(r'<text[^>]*y="([\d.]+)"[^>]*>([^<]*)</text>', svg)
            last = max(float(y) for y, _ in rows)
            return html.unescape(" ".join(t for y, t in rows if float(y) == last)).replace(
                "\xa0", " "
            )

        assert "Open" in bottom() and "Facts" in bottom() and "Search" in bottom()  # nothing cut
        await pilot.press("tab")
        await pilot.pause()
        assert "Mark" in bottom() and "Copy" in bottom() and "Search" in bottom()
        await pilot.press("l")
        await pilot.pause()
        assert "Zoom" in bottom() and "Facts" in bottom() and "Search" in bottom()


async def test_g_G_and_ctrl_d_u_move_in_the_article() -> None:
    app = SeedviewApp()
    async with app.run_test(size=BIG) as pilot:
        await ready(pilot)
        await pilot.press("1")
        view = app.query_one(SourceView)
        ids = [p.id for p in view.visible_passages()]
        await pilot.press("G")
        assert view.current == ids[-1]
        await pilot.press("g")
        assert view.current == ids[0]
        await pilot.press("ctrl+d")
        down = ids.index(view.current or "")
        assert down > 1
        await pilot.press("ctrl+u")
        assert view.current == ids[0]


async def test_the_palette_goes_to_a_source_group_or_conflict_by_name() -> None:
    app = SeedviewApp()
    async with app.run_test(size=BIG) as pilot:
        await ready(pilot)
        targets = {title: go for title, _, go in JumpCommands(app.screen).targets()}
        assert any(t.startswith("Source 3: ") for t in targets)
        assert any(t.startswith("Conflict 2: ") for t in targets)
        assert any(t.startswith("Facts: ") for t in targets)
        next(go for t, go in targets.items() if t.startswith("Conflict 2: "))()
        await pilot.pause()
        assert "Conflict 2/" in app.query_one(DiffPane).plain_text()
        await pilot.press("ctrl+p", *"Newsportal")
        await wait_until(pilot, lambda: palette_highlights(app, "Newsportal"))
        await pilot.press("enter")
        await pilot.pause()
        assert app.sources[app.current_source].label == "Newsportal"


async def test_the_palette_lists_quit_once_and_every_action_with_a_description() -> None:
    from seedview.tui.commands import SeedviewCommands

    app = SeedviewApp()
    async with app.run_test(size=BIG) as pilot:
        await ready(pilot)
        system = [c.title for c in app.get_system_commands(app.screen)]
        ours = [title for title, _, _ in SeedviewCommands(app.screen)._actions()]
        assert (system + ours).count("Quit") == 1
        for _, help_text, _ in SeedviewCommands(app.screen)._actions():
            assert not help_text.startswith("key ") and not help_text.startswith("None")


async def test_help_scrolls_with_j_and_says_what_each_pane_shows() -> None:
    from seedview.tui.help_screen import EXTRA_KEYS, PANES

    app = SeedviewApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        body = app.screen.query_one("#help-body")
        svg = app.export_screenshot()
        for pane in ("Topics", "Article", "Matches"):
            assert pane in svg and any(name == pane for name, _ in PANES)
        keys = " ".join(k for k, _ in EXTRA_KEYS)
        for key in ("Enter", "Space", "PgUp", "Home", "g / G", "Ctrl+D"):
            assert key in keys
        await pilot.press("j", "j", "j")
        await pilot.pause()
        assert body.scroll_offset.y == 3


async def test_the_last_position_is_remembered_per_corpus() -> None:
    app = SeedviewApp()
    async with app.run_test(size=BIG) as pilot:
        await ready(pilot)
        await pilot.press("3", "j", "j", "j")
        where = app.query_one(SourceView).current
        await ready(pilot)
    again = SeedviewApp()
    async with again.run_test(size=BIG) as pilot:
        await ready(pilot)
        assert again.query_one(SourceView).current == where
    assert os.environ["SEEDVIEW_DATA_DIR"]  # never the user's own settings


async def test_export_dialog_offers_the_last_format_again(tmp_path: Path) -> None:
    from seedview.tui.export_dialog import ExportDialog

    app = SeedviewApp()
    async with app.run_test(size=BIG) as pilot:
        await ready(pilot)
        await pilot.press("n", "m", "e")
        dialog = app.screen
        assert isinstance(dialog, ExportDialog)
        dialog.query_one("#format-csv").value = True  # type: ignore[attr-defined]
        await pilot.pause()
        dialog.query_one("#export-path").value = str(tmp_path / "marks.csv")  # type: ignore[attr-defined]
        await pilot.press("tab", "enter")
        await ready(pilot)
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, ExportDialog) and app.screen._format() == "csv"


def test_exports_number_paragraphs_as_the_app_does(corpus) -> None:  # type: ignore[no-untyped-def]
    import csv
    import io
    import json

    from seedview.model.export import render
    from seedview.model.schema import Mark

    passage = next(p for p in corpus.passages if p.paragraph > 3 and p.kind == "content")
    source = next(s for s in corpus.sources if s.id == passage.source)
    marks = [Mark(source_sha256=source.sha256, start=passage.start, end=passage.end, created="")]
    shown = passage.paragraph + 1  # the app's ¶
    assert f"paragraph {shown}," in render(corpus, marks, "md")
    assert json.loads(render(corpus, marks, "json"))["marks"][0]["paragraph"] == shown
    row = next(csv.DictReader(io.StringIO(render(corpus, marks, "csv"))))
    assert int(row["paragraph"]) == shown


def test_sources_are_labelled_by_whole_words_of_their_file_names() -> None:
    from seedview.model.sources import label_from_id

    assert label_from_id("01_elektronik-news") == "elektronik news"
    assert label_from_id("a_very_long_filename_for_a_source") == "a very long"


def test_one_figure_read_as_two_measures_shows_a_column_per_reading() -> None:
    from stories import analyze_story

    analysis = analyze_story("fasting_heart_risk_en")
    conflict = next(c for c in analysis.conflicts if c.kind == "measure")
    sides = conflict_sides(conflict, {c.id: c for c in analysis.claims})
    # "91% higher risk of heart disease" against "91% higher risk of death": not one "91%".
    assert [s.label for s in sides] == ["risk", "risk of death"]


async def test_a_mark_set_while_analysing_stays_when_the_analysis_ends(
    monkeypatch: pytest.MonkeyPatch, corpus: Analysis
) -> None:
    # The text comes first; a reader who marks a passage before the analysis ends keeps it.
    monkeypatch.setattr(SeedviewApp, "run_analysis", lambda self, shown=None: None)
    app = SeedviewApp()
    async with app.run_test(size=BIG) as pilot:
        # Source 1's article, its next passage, marked (the other articles are read by the
        # analysis worker, held here; test_tui marks one of them while analysing).
        await pilot.press("1", "j", "m")
        await pilot.pause()
        marked = set(app.marks)
        assert len(marked) == 1
        assert app.store is not None
        app._loaded(corpus, app.store, [])  # the analysis ends with the marks read at launch
        await pilot.pause()
        assert set(app.marks) == marked
