"""Alignment measured on labelled real stories (tests/data/stories/), as the project's scorer
measures it (tests/stories.py): cross-source pairs of a gold claim group that one group links."""

from __future__ import annotations

import pytest

from stories import analyze_story, gold_of, score_story, story_names

# Gold pair recall each story reaches today (lexical and semantic alignment; fact groups from
# claim keys are still to come), a little under the measured figure so that a regression
# fails: raise these as alignment improves. The target is 0.8 on every story.
RECALL_FLOOR = {
    "fasting_heart_risk_en": 0.52,  # measured 0.57 with fact groups (0.48 without)
    "kane_bayern_fee_de": 0.45,  # measured 0.48 (0.34 without)
    "muenchen_demo_gegen_rechts_de": 0.45,  # measured 0.48
    # Four German and four English articles: most pairs cross the language boundary.
    "vw_ig_metall_deal_mixed": 0.24,  # measured 0.26 (0.18 with shared words alone)
    "derna_flood_toll_en": 0.32,  # measured 0.35
    "tesla_q2_2025_results_de": 0.5,  # measured 0.53
    "agrardiesel_uturn_de": 0.25,  # measured 0.28
}
# Contradictions, as the scorer counts them: HARD gold contradictions a reported conflict joins
# (at least), and the share of reported conflicts grounded in some gold contradiction (at
# least). Measured: kane 9/9 and 8/9, fasting 5/6 and 4/5, muenchen 3/3 and 6/6, vw 1/2 and
# 2/2. The targets are 0.8 and 0.7 on every story.
HARD_FLOOR = {
    "fasting_heart_risk_en": 5,
    "kane_bayern_fee_de": 9,
    "muenchen_demo_gegen_rechts_de": 3,
    "vw_ig_metall_deal_mixed": 1,
    "derna_flood_toll_en": 2,
    "tesla_q2_2025_results_de": 4,
    # Its other HARD ones: a wrong date, and two quoted judgements of the compromise.
    "agrardiesel_uturn_de": 1,
}
GROUNDED_FLOOR = {
    "fasting_heart_risk_en": 0.75,
    "kane_bayern_fee_de": 0.85,
    "muenchen_demo_gegen_rechts_de": 0.8,
    "vw_ig_metall_deal_mixed": 0.9,
    "derna_flood_toll_en": 0.9,
    "tesla_q2_2025_results_de": 0.75,
    "agrardiesel_uturn_de": 0.5,
}


@pytest.mark.parametrize("name", story_names())
def test_gold_pairs_of_a_story_share_a_group(name: str) -> None:
    scores = score_story(analyze_story(name), gold_of(name))
    assert scores.pairs > 0
    assert scores.recall >= RECALL_FLOOR[name], scores.line(name)


@pytest.mark.parametrize("name", story_names())
def test_contradictions_of_a_story_are_found_and_grounded(name: str) -> None:
    scores = score_story(analyze_story(name), gold_of(name))
    found, _ = scores.conflicts_found.get("HARD", (0, 0))
    assert found >= HARD_FLOOR[name], scores.line(name)
    if scores.reported:
        assert scores.grounded / scores.reported >= GROUNDED_FLOOR[name], scores.line(name)


def test_every_story_has_its_floors() -> None:
    assert set(story_names()) == set(RECALL_FLOOR) == set(HARD_FLOOR) == set(GROUNDED_FLOOR)
