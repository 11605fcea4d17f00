"""Group and topic labels read as words, with figures as the articles write them."""

from __future__ import annotations

import re

from seedview.model.labels import group_label, other_matches, shorten, surface_form
from seedview.model.pipeline import analyze
from seedview.model.schema import Analysis, Group
from seedview.model.topics import build_topics


def test_group_labels_are_text_from_a_member_not_lemma_lists(corpus: Analysis) -> None:
    text = {p.id: " ".join(p.text.split()) for p in corpus.passages}
    for group in (g for g in corpus.groups if g.kind == "wording"):
        label = group.label.removesuffix("…").removeprefix("…")
        assert "·" not in group.label and 0 < len(group.label) <= 36, group.label
        assert any(label in text[pid] for pid in group.passages), group.label


def test_a_figure_in_a_label_is_written_as_an_article_wrote_it() -> None:
    texts = [
        "Die Aktie schloss bei 5,60 Dollar.",
        "Die Aktie schloss am Freitag bei 5,57 Dollar.",
        "Am Ende stand die Aktie bei 5,58 Dollar.",
    ]
    label = group_label(texts, ["aktie", "schließen", "dollar"], {}, "de")
    figures = re.findall(r"\d+(?:,\d+)?", label)
    assert figures and all(f in {"5,60", "5,57", "5,58"} for f in figures), label


def test_the_label_is_the_clause_that_holds_the_shared_fact() -> None:
    texts = [
        "Nach wochenlangen Verhandlungen, die beide Seiten viel Kraft kosteten, "
        "unterschreibt Kane einen Vertrag bis 2027.",
        "Kane hat einen Vertrag bis 2027 unterschrieben.",
    ]
    weights = {"vertrag": 3.0, "y:2027": 2.0, "unterschreiben": 2.0}
    label = group_label(texts, ["vertrag", "y:2027", "unterschreiben"], weights, "de")
    # Both hold the fact; the one that says least else names the group, cut at a word.
    assert label == "…Vertrag bis 2027 unterschrieben"


def test_shorten_cuts_between_words() -> None:
    assert shorten("Ein kurzer Satz.") == "Ein kurzer Satz"
    long = "Die Stadtwerke wollen bis 2027 einen Batteriespeicher am Hafen errichten lassen"
    cut = shorten(long, 30)
    assert cut.endswith("…") and len(cut) <= 30 and long.startswith(cut[:-1])


def test_topic_words_as_written_and_catch_all_in_the_corpus_language() -> None:
    assert surface_form(
        "time-restrict", ["Time-restricted eating and time-restricted diets"], "en"
    ) == ("Time-restricted")
    assert other_matches("en") == "Other matches"
    assert other_matches("de") == "Weitere Übereinstimmungen"


def test_an_english_corpus_gets_english_topic_labels(tmp_path) -> None:  # type: ignore[no-untyped-def]
    lines = [
        "The museum will reopen its east wing on 3 March after a two-year renovation.",
        "Visitors can see 40 restored paintings in the new gallery, the director said.",
    ]
    (tmp_path / "a.txt").write_text("\n\n".join(lines))
    (tmp_path / "b.txt").write_text(
        "After a two-year renovation the museum reopens its east wing on 3 March.\n\n"
        "The director said 40 restored paintings hang in the new gallery."
    )
    analysis = analyze([str(tmp_path)])
    assert analysis.groups
    assert "Weitere Übereinstimmungen" not in {t.label for t in analysis.topics}


def _topic_labels(groups_texts: list[tuple[str, list[str]]], language: str) -> set[str]:
    """The automatic topics of groups that each share one term (first) over their texts."""
    groups = [
        Group(id=f"g{n}", topic="", label="", passages=[], score=1.0, shared_terms=[term])
        for n, (term, _) in enumerate(groups_texts)
    ]
    texts = {f"g{n}": written for n, (_, written) in enumerate(groups_texts)}
    _, topics = build_topics(groups, {g.id: set() for g in groups}, [], language, texts)
    return {t.label for t in topics} - {other_matches(language)}


def test_an_english_modifier_names_its_topic_with_the_noun_it_stands_before() -> None:
    # Hyphenated modifiers are adjectives: the topic is the noun phrase they open.
    texts = [
        "Brighton will have a sell-on clause for a future transfer.",
        "The club negotiated a significant sell-on clause, the report said.",
        "He signed an eight-year contract on Monday.",
        "Caicedo joins on an eight-year contract with an option.",
    ]
    labels = _topic_labels([("sell-on", texts[:2])] * 2 + [("eight-year", texts[2:])] * 2, "en")
    assert labels == {"Sell-on clause", "Eight-year contract"}


def test_an_english_name_is_named_whole_and_a_verb_names_no_topic() -> None:
    names = [
        "The toll rose to 11,000, the Red Crescent in Derna says.",
        "The Libyan Red Crescent said the toll would rise.",
        "Officials of the Red Crescent counted the dead.",
    ]
    verbs = [
        "The cut was necessary to stabilise the public finances.",
        "She said the decision would stabilise the nation's finances.",
        "We have stabilised the economy, she said.",
    ]
    labels = _topic_labels([("crescent", names)] * 2 + [("stabilise", verbs)] * 2, "en")
    assert labels == {"Red Crescent"}


def test_german_topics_are_nouns_as_written_with_the_name_they_stand_in() -> None:
    texts = ["Der Bauernpräsident kritisierte die Pläne.", "Laut dem Bauernpräsidenten fehlt Geld."]
    names = [
        "Tesla-Chef Elon Musk strebt einen Masterplan an.",
        "Die politischen Aktivitäten von Elon Musk schaden der Marke.",
        "Elon Musk zeigte sich zuversichtlich.",
    ]
    labels = _topic_labels([("bauernpräsident", texts)] * 2 + [("elon", names)] * 2, "de")
    assert labels == {"Bauernpräsident", "Elon Musk"}


def test_an_english_noun_phrase_ends_at_its_plural_head() -> None:
    texts = [
        "Rescue efforts continue as bodies are recovered.",
        "Rescue efforts continue in the city.",
        "Rescue efforts were hampered by the floods.",
    ]
    assert _topic_labels([("rescue", texts)] * 2, "en") == {"Rescue efforts"}
