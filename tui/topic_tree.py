"""The topic tree: topics, then their groups of matching passages. Labels are `Text`, never markup."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.style import Style
from rich.text import Text
from textual.binding import Binding
from textual.geometry import Region
from textual.strip import Strip
from textual.widgets import Tree
from textual.widgets.tree import TreeNode

if TYPE_CHECKING:
    from seedview.model.schema import Analysis


NodeData = tuple[str, str]  # ("topic" | "group", id), ("facts" | "fact", key label)


class TopicTree(Tree[NodeData]):
    BINDINGS = [  # shown in the footer while the tree has the focus
        Binding("j", "cursor_down", "Move", show=False),
        Binding("enter", "select_cursor", "Open", key_display="⏎"),
        Binding("f", "app.facts", "Facts"),
        Binding("k", "cursor_up", "Up", show=False),
        Binding("g", "scroll_home", "Top", show=False),
        Binding("G", "scroll_end", "Bottom", show=False),
        Binding("ctrl+d", "page_down", "Page down", show=False),
        Binding("ctrl+u", "page_up", "Page up", show=False),
        Binding("l,right", "expand_node", "Expand", show=False),
        Binding("h,left", "collapse_node", "Collapse", show=False),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(Text("Topics"), id=id)
        self.show_root = False
        self.guide_depth = 2
        self._group_nodes: dict[str, TreeNode[NodeData]] = {}
        self._line_style: Style | None = None  # during a repaint: see render_lines

    def render_lines(self, crop: Region) -> list[Strip]:
        # The pane's base style once per repaint, not per line: `rich_style` walks every
        # ancestor's styles, and was 40 % of drawing the empty tree in the first frame
        # (issue 11). Lines are drawn as Tree.render_line draws them, with that style.
        self._line_style = self.rich_style
        try:
            return super().render_lines(crop)
        finally:
            self._line_style = None

    def render_line(self, y: int) -> Strip:
        if self._line_style is None:  # asked outside a repaint
            return super().render_line(y)
        scroll_x, scroll_y = self.scroll_offset
        width = self.size.width
        return self._render_line(y + scroll_y, scroll_x, scroll_x + width, self._line_style)

    def load(self, analysis: Analysis) -> None:
        self.clear()
        self._group_nodes.clear()
        conflicted = {
            pid for c in analysis.conflicts if c.kind != "different_period" for pid in c.passages
        }
        # Fact groups are shown by the facts branch (load_facts), one table per fact, so
        # their topic stays out of the tree: a fact would show twice.
        groups = {g.id: g for g in analysis.groups if g.kind == "wording"}
        for topic in analysis.topics:
            members = [groups[g] for g in topic.groups if g in groups]
            if not members:
                continue
            warn = any(pid in conflicted for g in members for pid in g.passages)
            label = Text(topic.label, style="bold")
            label.append(f" ({len(members)})", style="dim")
            if warn:
                label.append(" ⚠", style="bold")
            node = self.root.add(label, data=("topic", topic.id), expand=True)
            for group in members:
                sources = len({p.split("@")[0] for p in group.passages})
                text = Text(group.label)
                text.append(f" {sources}×", style="dim")
                if any(pid in conflicted for pid in group.passages):
                    text.append(" ⚠", style="bold")
                self._group_nodes[group.id] = node.add_leaf(text, data=("group", group.id))

    def load_facts(self, facts: list[tuple[str, bool]], title: str = "Figures by key") -> None:
        """A last branch, `title` in the corpus's language: each figure or position several
        sources state, by key; Enter opens its table."""
        if not facts:
            return
        label = Text(title, style="bold")
        label.append(f" ({len(facts)})", style="dim")
        node = self.root.add(label, data=("facts", ""), expand=False)
        for key_label, disputed in facts:
            # The mark first: a key in words is longer than the narrow tree shows.
            text = Text("⚠ ", style="bold") if disputed else Text()
            text.append(key_label)
            node.add_leaf(text, data=("fact", key_label))

    async def action_expand_node(self) -> None:
        node = self.cursor_node
        if node is not None and node.allow_expand and not node.is_expanded:
            node.expand()
        else:  # nothing to open here: l goes on to the article, as in the other panes
            await self.run_action("app.focus_right")

    def action_collapse_node(self) -> None:
        node = self.cursor_node
        if node is None:
            return
        if node.allow_expand and node.is_expanded:
            node.collapse()
        elif node.parent is not None and node.parent is not self.root:
            self.move_cursor(node.parent)

    def group_order(self) -> list[str]:
        """Group ids in the order the tree lists them: the app numbers groups by it."""
        return list(self._group_nodes)

    def select_group(self, group_id: str) -> None:
        """Move the cursor to a group without re-announcing it (the caller already shows it)."""
        node = self._group_nodes.get(group_id)
        if node is None:
            return
        if node.parent is not None and not node.parent.is_expanded:
            node.parent.expand()  # expanding re-lays the tree out, even if already expanded
        with self.prevent(Tree.NodeHighlighted):
            self.move_cursor(node)
