"""Group recall beyond average linkage: a sentence that states two facts joins both groups, no
group swallows a large part of a corpus, one figure stated in two ways is one fact group, and
topics are never named after a date."""

from __future__ import annotations

from pathlib import Path

from seedview.model import align
from seedview.model.align import Pair
from seedview.model.pipeline import analyze
from seedview.model.schema import Group
from seedview.model.topics import build_topics


def _one_each(count: int) -> tuple[dict[int, list[int]], dict[int, dict[str, int]]]:
    """`count` sentences, each its own fold, each from its own source."""
    return {i: [i] for i in range(count)}, {i: {f"s{i}": 1} for i in range(count)}


def test_a_sentence_stating_two_facts_joins_the_group_of_each() -> None:
    # 0-1 state the job cuts, 2-3 the length of the talks; sentence 4 states both and matches
    # each pair about as well as they match each other.
    copies, sources = _one_each(5)
    pairs = [Pair(0, 1, 0.6), Pair(2, 3, 0.6), Pair(0, 4, 0.5), Pair(1, 4, 0.4)]
    pairs += [Pair(2, 4, 0.45), Pair(3, 4, 0.35)]
    linked = align._average_linkage(copies, sources, pairs, 0.22)
    assert sum(4 in group for group in linked) == 1  # linkage puts it in one group only
    grown = align._attach_near_members(linked, copies, sources, pairs, 0.22)
    assert [0, 1, 4] in grown and [2, 3, 4] in grown


def test_a_sentence_joins_no_group_it_matches_through_one_member_only() -> None:
    copies, sources = _one_each(5)
    # Sentence 4 is close to 2 but shares nothing with 3: on average it does not match 2-3.
    pairs = [Pair(0, 1, 0.6), Pair(2, 3, 0.6), Pair(0, 4, 0.5), Pair(1, 4, 0.4)]
    pairs += [Pair(2, 4, 0.3)]
    grown = align._attach_near_members(
        align._average_linkage(copies, sources, pairs, 0.22), copies, sources, pairs, 0.22
    )
    assert [2, 3] in grown and not any(4 in g and 2 in g for g in grown)


def test_a_sentence_joins_no_group_whose_mean_it_reaches_through_one_close_member() -> None:
    # 0-1-2 state the income threshold, 3-4 that the payment is recovered above it: sentence
    # 3 shares the figure with 0 alone, which lifts its mean over three members to 0.2, a
    # merge's bar. A further group takes a sentence that matches most of it, not one member.
    copies, sources = _one_each(5)
    pairs = [Pair(0, 1, 0.6), Pair(0, 2, 0.6), Pair(1, 2, 0.6), Pair(3, 4, 0.6), Pair(0, 3, 0.6)]
    linked = align._average_linkage(copies, sources, pairs, 0.22)
    assert sorted(linked) == [[0, 1, 2], [3, 4]]
    grown = align._attach_near_members(linked, copies, sources, pairs, 0.22)
    assert not any(3 in group and 1 in group for group in grown), grown


def test_a_sentence_no_group_takes_is_shown_beside_each_source_that_says_the_same() -> None:
    # Sentence 0 says what 1 (source s1) and 3 (source s3) say, but 1 sits in a group with 2
    # and 3 in one with 4, which 0 does not match as a whole: linkage leaves it alone. It is
    # paired with its best match of each other source, not only with the best of all; of two
    # matches from one source (3 and 5, both from s3) only the better.
    copies, sources = _one_each(7)
    sources[5] = {"s3": 1}
    pairs = [Pair(1, 2, 0.9), Pair(3, 4, 0.9), Pair(5, 6, 0.9)]
    pairs += [Pair(0, 1, 0.33), Pair(0, 3, 0.31), Pair(0, 5, 0.30)]
    linked = align._average_linkage(copies, sources, pairs, 0.22)
    assert not any(0 in group for group in linked), linked
    paired = align._lone_folds_paired(linked, copies, sources, pairs, 0.22)
    assert sorted(paired) == [[0, 1], [0, 3]]


def test_a_sentence_no_group_takes_is_not_paired_with_a_weak_match() -> None:
    copies, sources = _one_each(5)
    pairs = [Pair(1, 2, 0.9), Pair(3, 4, 0.9), Pair(0, 1, 0.33), Pair(0, 3, 0.25)]
    linked = align._average_linkage(copies, sources, pairs, 0.22)
    paired = align._lone_folds_paired(linked, copies, sources, pairs, 0.22)
    assert sorted(paired) == [[0, 1]]  # 0.25 is over the threshold, but not by enough


def test_no_group_holds_more_than_a_tenth_of_a_large_corpus() -> None:
    # 100 sentences from 100 sources that all match each other: one chain of near-copies
    # would be a single group of everything.
    copies, sources = _one_each(100)
    pairs = [Pair(i, j, 0.9) for i in range(100) for j in range(i + 1, 100)]
    groups = align._average_linkage(copies, sources, pairs, 0.22)
    assert max(len(g) for g in groups) <= 10
    grown = align._attach_near_members(groups, copies, sources, pairs, 0.22)
    assert max(len(g) for g in grown) <= 10


def test_topics_are_not_named_after_a_weekday_or_a_year() -> None:
    groups = [
        Group(id=f"g{i}", topic="", label="", passages=[], score=1.0, shared_terms=terms)
        for i, terms in enumerate(
            [
                ["wednesday", "y:2023", "strike"],
                ["wednesday", "y:2023", "strike"],
                ["mittwoch", "2023", "streik"],
                ["mittwoch", "2023", "streik"],
            ]
        )
    ]
    texts = {
        g.id: ["On Wednesday the strike began in 2023.", "Streik am Mittwoch 2023"] for g in groups
    }
    _, topics = build_topics(groups, {g.id: set(g.shared_terms) for g in groups}, [], "en", texts)
    labels = {t.label.lower() for t in topics}
    assert not labels & {"wednesday", "mittwoch", "2023"}
    assert {"strike", "streik"} <= labels


def _two_articles(tmp_path: Path, figure: str) -> list[str]:
    (tmp_path / "a.txt").write_text(
        "Volkswagen cuts jobs\n\nVolkswagen plans to cut more than 35,000 jobs in Germany by "
        "2030, the company said on Friday.\n\nThe talks lasted for days.\n"
    )
    (tmp_path / "b.txt").write_text(
        f"VW deal reached\n\nThe union agreed that the carmaker will shed {figure} jobs "
        "through early retirement.\n\nShares rose after the announcement.\n"
    )
    return [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]


def test_one_figure_stated_with_and_without_its_period_is_one_fact_group(tmp_path: Path) -> None:
    # "by 2030" in one article and no period in the other: the claim keys differ, the figure
    # is the same, and the reader should see both sources' sentences side by side as one fact.
    analysis = analyze(_two_articles(tmp_path, "over 35,000"))
    facts = [g for g in analysis.groups if g.kind == "fact"]
    assert any({p.split("@")[0] for p in g.passages} == {"a", "b"} for g in facts)
    assert any("35,000" in g.label for g in facts)  # the figure as an article wrote it


def test_different_figures_without_a_common_key_form_no_fact_group(tmp_path: Path) -> None:
    analysis = analyze(_two_articles(tmp_path, "over 30,000"))
    assert not [g for g in analysis.groups if g.kind == "fact"]


def test_a_german_topic_is_named_by_a_noun_as_written() -> None:
    # "Nun deutet eine Studie darauf hin" shares the verb "deuten" with its neighbours; German
    # capitalises nouns inside a sentence, so a word always written small names no topic. A
    # name keeps its capitals ("Garmisch-Partenkirchen", not "Garmisch-partenkirchen").
    groups = [
        Group(id=f"g{i}", topic="", label="", passages=[], score=1.0, shared_terms=terms)
        for i, terms in enumerate(
            [
                ["deuten", "garmisch-partenkirchen"],
                ["deuten", "garmisch-partenkirchen"],
                ["deuten"],
                ["deuten"],
            ]
        )
    ]
    texts = {
        g.id: [
            "Nun deutet eine Studie auf ein Risiko hin.",
            "Der Zug entgleiste bei Garmisch-Partenkirchen.",
        ]
        for g in groups
    }
    _, topics = build_topics(groups, {g.id: set(g.shared_terms) for g in groups}, [], "de", texts)
    labels = [t.label for t in topics]
    assert "Deutet" not in labels and "Deuten" not in labels
    assert "Garmisch-Partenkirchen" in labels
