"""Fact groups: a key that may join claims about different things (a stance on whichever topic
term a sentence names, a figure's key whatever its value) is split where the passages say
unrelated things; a stance on the story's subject stays one group however it is worded; a
fact group is named by its key in the corpus's language."""

from __future__ import annotations

from typing import get_args

from seedview.model import lexicon
from seedview.model.facts import fact_groups
from seedview.model.labels import _words
from seedview.model.schema import Claim, ClaimRole, Passage, Period, Quantity, Source


def _corpus(
    texts: dict[str, list[str]], question: str, pole: str, language: str = "en"
) -> tuple[list[Source], list[Passage], list[Claim]]:
    """One passage per text, each with one stance claim on `question`; sources by key."""
    sources, passages, claims = [], [], []
    for source, sentences in texts.items():
        body = "\n\n".join(sentences)
        sources.append(
            Source(
                id=source,
                path=f"{source}.txt",
                label=source,
                outlet=source,
                title="",
                published=None,
                language=language,
                sha256="0" * 64,
                text=body,
            )
        )
        start = 0
        for number, sentence in enumerate(sentences):
            pid = f"{source}@{start}"
            passages.append(
                Passage(
                    id=pid,
                    source=source,
                    paragraph=number,
                    start=start,
                    end=start + len(sentence),
                    text=sentence,
                    kind="content",
                )
            )
            claims.append(
                Claim(
                    id=f"c-{pid}",
                    passage=pid,
                    source=source,
                    kind="stance",
                    start=start,
                    end=start + len(sentence),
                    question=question,
                    pole=pole,
                    evidence=sentence,
                    key_label=question,
                )
            )
            start += len(sentence) + 2
    return sources, passages, claims


KFZ_AND_DIESEL = {
    "a": [
        "Farm vehicles will stay exempt from motor vehicle tax, the government said.",
        "The diesel subsidy for farmers is to be abolished in three steps by 2026.",
    ],
    "b": [
        "The motor vehicle tax exemption for agricultural vehicles is kept after all.",
        "The farm diesel tax break will be phased out gradually until 2026.",
    ],
}


def test_a_stance_on_two_different_topics_makes_two_fact_groups() -> None:
    # "keep or abolish" names no object: the vehicle tax and the diesel subsidy are two facts.
    sources, passages, claims = _corpus(KFZ_AND_DIESEL, "keep or abolish", "keeps")
    groups, _ = fact_groups(sources, passages, claims, "en")
    text_of = {p.id: p.text for p in passages}
    members = sorted(sorted(text_of[p] for p in g.passages) for g in groups)
    assert len(groups) == 2, members
    assert all(len(g.passages) == 2 for g in groups)
    for group in groups:
        texts = " ".join(text_of[p] for p in group.passages)
        assert ("vehicle tax" in texts) != ("diesel" in texts), texts


def test_a_stance_on_the_story_s_subject_stays_one_group_however_worded() -> None:
    texts = {
        "a": ["The study shows that a short eating window causes heart disease."],
        "b": ["These are preliminary findings, presented as an abstract only."],
    }
    sources, passages, claims = _corpus(texts, "causation", "causes")
    groups, _ = fact_groups(sources, passages, claims, "en")
    assert [len(g.passages) for g in groups] == [2]


def test_a_stance_fact_group_is_named_in_the_corpus_language() -> None:
    sources, passages, claims = _corpus(
        {"a": ["Die Steuer bleibt erhalten."], "b": ["Die Steuer wird beibehalten."]},
        "keep or abolish",
        "keeps",
        language="de",
    )
    groups, topic = fact_groups(sources, passages, claims, "de")
    assert [g.label for g in groups] == ["beibehalten oder abschaffen"]
    assert topic is not None and topic.label == "Zahlen und Positionen im Vergleich"


def test_every_stance_question_has_words_in_every_label_language() -> None:
    names = {q.name for q in lexicon.questions()}
    for language, entries in _words().items():
        assert set(entries["stance_questions"]) == names, language


def _figures(
    figures: dict[str, tuple[str, str, float]], measure: str, language: str, **key: object
) -> tuple[list[Source], list[Passage], list[Claim]]:
    """One passage per source stating one figure: {source: (sentence, figure as written,
    value)}; `key` sets the claims' role, basis and period."""
    sources, passages, claims = _corpus(
        {s: [sentence] for s, (sentence, _, _) in figures.items()}, "", "", language
    )
    figure_claims = []
    for claim in claims:
        _, written, value = figures[claim.source]
        quantity = Quantity(text=written, value=value, unit="count", low=value, high=value)
        update = {"kind": "figure", "question": "", "pole": "", "measure": measure, **key}
        figure_claims.append(claim.model_copy(update={**update, "quantity": quantity}))
    return sources, passages, figure_claims


def test_a_figure_fact_group_is_named_by_its_key_in_the_corpus_language() -> None:
    # Basis and role in German words, the period as an article wrote it; not "(change)".
    period = Period(label="2025", text="im Jahr 2025")
    sources, passages, claims = _figures(
        {
            "a": ("Die Zahl der Teilnehmer soll 2025 um 20.000 steigen.", "20.000", 20_000),
            "b": ("Im Jahr 2025 sollen es 30.000 Teilnehmer mehr werden.", "30.000", 30_000),
        },
        "participants",
        "de",
        basis="change",
        role="forecast",
        period=period,
    )
    groups, _ = fact_groups(sources, passages, claims, "de")
    labels = {g.label for g in groups}
    assert "Teilnehmer (Veränderung) · Prognose · im Jahr 2025" in labels, labels


def test_a_small_count_of_an_unknown_noun_makes_no_fact_group() -> None:
    # "type 2 diabetes" in two articles is no figure two sources state.
    sources, passages, claims = _figures(
        {
            "a": ("It raises the risk of type 2 diabetes.", "2", 2),
            "b": ("Type 2 diabetes is common among them.", "2", 2),
        },
        "diabetes",
        "en",
    )
    claims = [
        c.model_copy(update={"quantity": c.quantity.model_copy(update={"unit": "count:diabetes"})})
        for c in claims
        if c.quantity
    ]
    groups, _ = fact_groups(sources, passages, claims, "en")
    assert groups == []


def test_basis_and_role_words_cover_every_role_in_every_label_language() -> None:
    roles = set(get_args(ClaimRole)) - {"reported"}
    for language, entries in _words().items():
        assert set(entries["roles"]) == roles, language
        assert {"change", "per share", "per year"} <= set(entries["basis"]), language
