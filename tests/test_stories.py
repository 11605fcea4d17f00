"""Alignment measured on labelled real stories (tests/data/stories/), as the project's scorer
measures it (tests/stories.py): cross-source pairs of a gold claim group that one group links."""

from __future__ import annotations

import pytest

from stories import analyze_story, gold_of, score_story, story_names

# Gold pair recall each story reaches today, a little under the measured figure so that a
# regression fails: raise these as alignment improves. The target is 0.8 on every story.
RECALL_FLOOR = {
    "fasting_heart_risk_en": 0.62,  # measured 0.65 (0.62 before issue 10's fourth round)
    "kane_bayern_fee_de": 0.59,  # measured 0.61 (0.48)
    "muenchen_demo_gegen_rechts_de": 0.52,  # measured 0.55 (0.48)
    # Four German and four English articles: most pairs cross the language boundary.
    "vw_ig_metall_deal_mixed": 0.43,  # measured 0.45 (0.39; 0.26; 0.18 with shared words alone)
    "derna_flood_toll_en": 0.41,  # measured 0.44 (0.39 before summary bullets were content)
    "tesla_q2_2025_results_de": 0.58,  # measured 0.61 (0.61 before fact groups were split)
    "agrardiesel_uturn_de": 0.4,  # measured 0.42 (0.39)
    "garmisch_zugunglueck_de": 0.51,  # measured 0.54 (0.52 before counts in words)
    "nvidia_q2fy26_results_en": 0.65,  # measured 0.66 (0.68 with 6 encoder neighbours)
    "caicedo_transfer_en": 0.57,  # measured 0.60
    "intervallfasten_studie_de": 0.4,  # measured 0.41
}
# Of the pairs of gold-quoting passages a group links, the share quoting one gold claim group
# (tests/stories.py), at least. Gold claim groups of one story are close neighbours ("police
# count" beside "organisers' count"), so this is stricter than the bundled corpus's labelled
# precision (test_align). Measured with 3 encoder neighbours per fold (issue 10, fourth round;
# before it, with 6: fasting 0.52, kane 0.82, muenchen 0.67, vw 0.81, derna 0.52, tesla 0.67,
# agrardiesel 0.50, garmisch 0.64, nvidia 0.71, caicedo 0.54, intervallfasten 0.77).
PRECISION_FLOOR = {
    "fasting_heart_risk_en": 0.51,  # measured 0.54
    "kane_bayern_fee_de": 0.84,  # measured 0.87
    "muenchen_demo_gegen_rechts_de": 0.65,  # measured 0.68
    "vw_ig_metall_deal_mixed": 0.79,  # measured 0.82
    "derna_flood_toll_en": 0.5,  # measured 0.53
    "tesla_q2_2025_results_de": 0.71,  # measured 0.74
    "agrardiesel_uturn_de": 0.47,  # measured 0.50
    "garmisch_zugunglueck_de": 0.61,  # measured 0.64
    "nvidia_q2fy26_results_en": 0.71,  # measured 0.74
    "caicedo_transfer_en": 0.58,  # measured 0.61
    "intervallfasten_studie_de": 0.77,  # measured 0.80
}
LARGEST_SHARE = 0.1  # no group holds more than this share of a story's content passages
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
    # Its other HARD ones: a wrong date (a weekday against a date in another sentence), and
    # the second pair of quoted verdicts on the compromise.
    "agrardiesel_uturn_de": 2,
    "garmisch_zugunglueck_de": 5,  # 4 before counts in number words ("Zwölf", "sechs")
    # Its others: a growth rate only in a Markdown table row, a previous quarter's figure that
    # only arithmetic contradicts, and "former U.S. President" against "US President".
    "nvidia_q2fy26_results_en": 2,
    # Its two: an earlier record fee in a subordinate clause whose measure the sentence's
    # other figures take, and how sure the add-ons are (no figure differs).
    "caicedo_transfer_en": 0,
    # Its others: a journal publication against "unveröffentlicht", all-cause against
    # cardiovascular death, and the comparison group of the 91 %.
    "intervallfasten_studie_de": 2,  # 1 before a negation after the verb denied a cause
}
GROUNDED_FLOOR = {
    "fasting_heart_risk_en": 0.75,
    "kane_bayern_fee_de": 0.85,
    "muenchen_demo_gegen_rechts_de": 0.8,
    "vw_ig_metall_deal_mixed": 0.9,
    "derna_flood_toll_en": 0.9,
    "tesla_q2_2025_results_de": 0.8,  # measured 8/9 (7/9 before segments and change ends)
    "agrardiesel_uturn_de": 0.5,
    "garmisch_zugunglueck_de": 0.85,  # measured 6/6
    # A company's results in English: many figures per sentence (segments, per-share, GAAP and
    # adjusted, sequential and yearly changes). Measured 8/9 (10/22 before this round).
    "nvidia_q2fy26_results_en": 0.75,
    # Measured 5/7: of the two date conflicts not in the gold, one is Liverpool's bid
    # accepted "last Thursday" against "on Friday" (gold K5, quoted from other outlets).
    "caicedo_transfer_en": 0.65,
    "intervallfasten_studie_de": 0.45,  # measured 2/4
}


@pytest.mark.parametrize("name", story_names())
def test_gold_pairs_of_a_story_share_a_group(name: str) -> None:
    scores = score_story(analyze_story(name), gold_of(name))
    assert scores.pairs > 0
    assert scores.recall >= RECALL_FLOOR[name], scores.line(name)


@pytest.mark.parametrize("name", story_names())
def test_groups_of_a_story_hold_one_claim_and_stay_small(name: str) -> None:
    scores = score_story(analyze_story(name), gold_of(name))
    assert scores.precision >= PRECISION_FLOOR[name], scores.line(name)
    assert scores.largest_group_share <= LARGEST_SHARE, scores.line(name)


@pytest.mark.parametrize("name", story_names())
def test_contradictions_of_a_story_are_found_and_grounded(name: str) -> None:
    scores = score_story(analyze_story(name), gold_of(name))
    found, _ = scores.conflicts_found.get("HARD", (0, 0))
    assert found >= HARD_FLOOR[name], scores.line(name)
    if scores.reported:
        assert scores.grounded / scores.reported >= GROUNDED_FLOOR[name], scores.line(name)


def test_every_story_has_its_floors() -> None:
    assert (
        set(story_names())
        == set(RECALL_FLOOR)
        == set(PRECISION_FLOOR)
        == set(HARD_FLOOR)
        == set(GROUNDED_FLOOR)
    )
