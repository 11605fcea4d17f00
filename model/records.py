"""Plain records of the text path: an article, its passages and its marks before the schema
is loaded (issue 11).

The app shows the articles' text before anything of the analysis is imported. The schema's
pydantic models cost 100–200 ms to import and to validate the first time, so loading,
cleaning and segmenting make these frozen dataclasses instead: the same fields, under the
same names, as `schema.Source`, `schema.Passage` and `schema.Mark`, which is all the reading
view needs. `to_schema` gives the validated model once the analysis starts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import TypeAlias

    from seedview.model.schema import Mark, Passage, PassageKind, Source


@dataclass(frozen=True, slots=True)
class SourceText:
    """An article as `schema.Source` describes it (see there for the fields)."""

    id: str
    path: str
    label: str
    outlet: str
    title: str
    published: date | None
    language: str
    sha256: str
    text: str

    def to_schema(self) -> Source:
        from seedview.model.schema import Source

        return Source(
            id=self.id,
            path=self.path,
            label=self.label,
            outlet=self.outlet,
            title=self.title,
            published=self.published,
            language=self.language,
            sha256=self.sha256,
            text=self.text,
        )


@dataclass(frozen=True, slots=True)
class PassageText:
    """A passage as `schema.Passage` describes it (see there for the fields)."""

    id: str
    source: str
    paragraph: int
    start: int
    end: int
    text: str
    kind: PassageKind

    def to_schema(self) -> Passage:
        from seedview.model.schema import Passage

        return Passage(
            id=self.id,
            source=self.source,
            paragraph=self.paragraph,
            start=self.start,
            end=self.end,
            text=self.text,
            kind=self.kind,
        )


@dataclass(frozen=True, slots=True)
class MarkRow:
    """A stored mark as `schema.Mark` describes it (see there for the fields)."""

    source_sha256: str
    start: int
    end: int
    note: str
    created: str

    def to_schema(self) -> Mark:
        from seedview.model.schema import Mark

        return Mark(
            source_sha256=self.source_sha256,
            start=self.start,
            end=self.end,
            note=self.note,
            created=self.created,
        )


@dataclass
class TextCorpus:
    """The articles loaded, cleaned and segmented, as plain records: what the app shows
    before the analysis starts (`pipeline.corpus_from_text` makes the `Corpus` it starts
    from). Here, not in model/reading.py, so that one read ahead in another process
    (model/read_ahead.py) is unpickled without importing the reading code."""

    sources: list[SourceText] = field(default_factory=list)
    passages: list[PassageText] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    # Files left for `read_unread` (path, source id, size limit): `prepare_text_at_once`
    # reads only the first article before the app's first frame.
    unread: list[tuple[Path, str, int]] = field(default_factory=list)


if TYPE_CHECKING:
    # What the reading view holds: the records while the analysis runs, the models after.
    AnySource: TypeAlias = Source | SourceText
    AnyPassage: TypeAlias = Passage | PassageText
    AnyMark: TypeAlias = Mark | MarkRow
