"""Alignment measured on labelled real stories (tests/data/stories/), as the project's scorer
measures it (tests/stories.py): cross-source pairs of a gold claim group that one group links."""

from __future__ import annotations

import pytest

from stories import analyze_story, gold_of, score_story, story_names

# Gold pair recall each story reaches today (lexical and semantic alignment; fact groups from
# claim keys are still to come), a little under the measured figure so that a regression
# fails: raise these as alignment improves. The target is 0.8 on every story.
RECALL_FLOOR = {
    "fasting_heart_risk_en": 0.45,  # measured 0.48 (0.38 with shared words alone)
    "kane_bayern_fee_de": 0.29,  # measured 0.31 (0.31)
    # Four German and four English articles: most pairs cross the language boundary.
    "vw_ig_metall_deal_mixed": 0.28,  # measured 0.31 (0.18)
}


@pytest.mark.parametrize("name", story_names())
def test_gold_pairs_of_a_story_share_a_group(name: str) -> None:
    scores = score_story(analyze_story(name), gold_of(name))
    assert scores.pairs > 0
    assert scores.recall >= RECALL_FLOOR[name], scores.line(name)


def test_every_story_has_a_recall_floor() -> None:
    assert set(story_names()) == set(RECALL_FLOOR)
