"""Fact groups: a key that may join claims about different things (a stance on whichever topic
term a sentence names, a figure's key whatever its value) is split where the passages say
unrelated things; a stance on the story's subject stays one group however it is worded; a
fact group is named by its key in the corpus's language."""

from __future__ import annotations

from seedview.model import lexicon
from seedview.model.facts import fact_groups
from seedview.model.labels import _words
from seedview.model.schema import Claim, Passage, Source


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
