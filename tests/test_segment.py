"""Segmentation: sentences with German abbreviations and ordinals; offsets that round-trip."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from seedview.model.clean import classify, split_blocks
from seedview.model.segment import cut_passages, sentence_spans


def _sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text, 0, len(text))]


def test_german_abbreviations_and_ordinals_do_not_end_sentences() -> None:
    text = (
        "Meta plant ca. 72 Mrd. USD, u. a. für Rechenzentren, z. B. in Texas. "
        "Am 9. November 2025 wurde das bekannt, d. h. im 4. Quartal. "
        "Der Umsatz lag bei 1,3 Mio. Euro. Danach fiel die Aktie."
    )
    assert _sentences(text) == [
        "Meta plant ca. 72 Mrd. USD, u. a. für Rechenzentren, z. B. in Texas.",
        "Am 9. November 2025 wurde das bekannt, d. h. im 4. Quartal.",
        "Der Umsatz lag bei 1,3 Mio. Euro.",
        "Danach fiel die Aktie.",
    ]


def test_quotes_and_english() -> None:
    text = (
        "„Wir bauen weiter aus.“ Das sagte Zuckerberg. Revenue rose 12% to $26bn. Mr. Doe agreed!"
    )
    assert _sentences(text) == [
        "„Wir bauen weiter aus.“",
        "Das sagte Zuckerberg.",
        "Revenue rose 12% to $26bn.",
        "Mr. Doe agreed!",
    ]


def test_paragraphs_blank_and_single_newline_and_rejoined_lines() -> None:
    text = "Titel der Seite\nErster Absatz endet hier.\nZweiter Absatz mit einem Satz, der bei unseren\nKI-Services weitergeht.\n\nDritter."
    blocks = split_blocks(text)
    assert [text[b.start : b.end] for b in blocks] == [
        "Titel der Seite",
        "Erster Absatz endet hier.",
        "Zweiter Absatz mit einem Satz, der bei unseren\nKI-Services weitergeht.",
        "Dritter.",
    ]


def test_passages_have_ids_paragraphs_and_exact_offsets(corpus) -> None:  # type: ignore[no-untyped-def]
    texts = {s.id: s.text for s in corpus.sources}
    ids = [p.id for p in corpus.passages]
    assert len(ids) == len(set(ids))
    for passage in corpus.passages:
        assert texts[passage.source][passage.start : passage.end] == passage.text
        assert passage.id == f"{passage.source}@{passage.start}"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=400))
def test_segmentation_covers_any_text_with_round_tripping_offsets(text: str) -> None:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    passages = cut_passages("s", text, classify(text))
    previous_end = 0
    covered = [False] * len(text)
    for passage in passages:
        assert text[passage.start : passage.end] == passage.text
        assert passage.text and passage.text == passage.text.strip()
        assert passage.start >= previous_end  # in order, never overlapping
        previous_end = passage.end
        for index in range(passage.start, passage.end):
            covered[index] = True
    # Every visible character belongs to some passage: nothing is dropped.
    assert all(covered[i] for i, ch in enumerate(text) if not ch.isspace())


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Meta plant",
                " ca.",
                " 72 Mrd.",
                " USD.",
                " Am 9.",
                " November",
                "\n",
                "\n\n",
                " „Ja.“",
                " z. B.",
                " Der Konzern",
                " wächst!",
                "• ",
                " - ",
            ]
        ),
        max_size=40,
    )
)
def test_segmentation_on_article_like_text(parts: list[str]) -> None:
    text = "".join(parts)
    passages = cut_passages("s", text, classify(text))
    joined = "".join(text[p.start : p.end] for p in passages)
    assert "".join(joined.split()) == "".join(text.split())
