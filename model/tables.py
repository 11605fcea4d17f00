"""Pipe tables, as pages converted to text write them:

    | Metric | Q2 2025 | Q1 2025 | Year-over-Year Change |
    |---|---|---|---|
    | Revenue | $46.7 Billion | $46.0 Billion | +56% |

A row is a line that starts and ends with "|" and holds at least two cells; a rule is a row of
dashes; the header is the row right above the rule. A figure in a cell says what its row's
label and its column's header say, so the claims stage reads each cell as the short sentence
"<row label>, <column header>, <cell>", with the cell's offsets kept.
"""

from __future__ import annotations

import re
from itertools import pairwise

_ROW = re.compile(r"^\|(?:[^|\n]*\|){2,}$")
_RULE = re.compile(r"^\|(?:\s*:?-{2,}:?\s*\|)+$")


def is_row(line: str) -> bool:
    return bool(_ROW.match(line.strip())) and not is_rule(line)


def is_rule(line: str) -> bool:
    return bool(_RULE.match(line.strip()))


def cells(row: str) -> list[tuple[int, int]]:
    """(start, end) of each cell's text in the row, trimmed of spaces."""
    spans: list[tuple[int, int]] = []
    bars = [i for i, char in enumerate(row) if char == "|"]
    for left, right in pairwise(bars):
        start, end = left + 1, right
        while start < end and row[start].isspace():
            start += 1
        while end > start and row[end - 1].isspace():
            end -= 1
        spans.append((start, end))
    return spans


def header_of(text: str, row_start: int) -> list[str]:
    """The header cells of the table the row starting at `row_start` belongs to: the row right
    above the table's rule, the lines between being rows; [] when the line is in no such table."""
    lines = text[:row_start].split("\n")[:-1]  # whole lines above the row
    for index in range(len(lines) - 1, 0, -1):
        line = lines[index].strip()
        if is_rule(line):
            above = lines[index - 1].strip()
            return [above[a:b] for a, b in cells(above)] if is_row(above) else []
        if not is_row(line):
            return []
    return []


def cell_sentences(row: str, header: list[str]) -> list[tuple[int, str, int]]:
    """For each cell after the row's label that holds a digit, (offset of the cell in the row,
    the sentence "<label>, <header>, <cell>", the length of what comes before the cell in it)."""
    spans = cells(row)
    if len(spans) < 2 or len(header) != len(spans):
        return []
    label = row[spans[0][0] : spans[0][1]]
    out: list[tuple[int, str, int]] = []
    for (start, end), column in zip(spans[1:], header[1:], strict=True):
        cell = row[start:end]
        if not re.search(r"\d", cell):
            continue
        prefix = f"{label}, {column}, "
        out.append((start, prefix + cell, len(prefix)))
    return out
