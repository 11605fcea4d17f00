"""Alignment measured on labelled real stories (tests/data/stories/), as the project's scorer
measures it (tests/stories.py): cross-source pairs of a gold claim group that one group links."""

from __future__ import annotations

import pytest

from stories import analyze_story, gold_of, score_story, story_names

# Gold pair recall each story reaches today, a little under the measured figure so that a
# regression fails: raise these as alignment improves. The target is 0.8 on every story.
RECALL_FLOOR = {
    # An EU fine on a company in English (twelfth session, labelled by a helper; held out
    # until scored): measured 0.68.
    "apple_eu_fine_2024_en": 0.64,
    # A central bank's decision in German (twelfth session, labelled by a helper from the
    # search corpus's pages; held out until then): measured 0.55.
    "ezb_zinssenkung_2024_de": 0.52,
    # measured 0.61: 0.65 while "a 91% higher risk" was a level and "by 91%" a change, two
    # fact groups; as one figure they are one group, cut at the fact-group cap.
    "fasting_heart_risk_en": 0.58,
    "kane_bayern_fee_de": 0.59,  # measured 0.61 (0.48)
    "muenchen_demo_gegen_rechts_de": 0.55,  # measured 0.58 (0.56 before centred vectors)
    # Four German and four English articles: most pairs cross the language boundary.
    "vw_ig_metall_deal_mixed": 0.48,  # measured 0.52 (0.48 before centred vectors)
    "vw_q3_2024_results_de": 0.46,  # measured 0.50 (0.46 before centred vectors)
    # A state election in German (seventh session): eight outlets, three at projection time.
    "landtagswahl_csu_2023_de": 0.45,  # measured 0.49 (0.46 before centred vectors)
    "derna_flood_toll_en": 0.53,  # measured 0.56 (0.55 before centred vectors)
    "tesla_q2_2025_results_de": 0.6,  # measured 0.63 (0.61 before lone sentences were paired)
    "agrardiesel_uturn_de": 0.45,  # measured 0.48 (0.46 before centred vectors)
    "garmisch_zugunglueck_de": 0.52,  # measured 0.55 (0.54 before lone sentences were paired)
    "nvidia_q2fy26_results_en": 0.66,  # measured 0.69 (0.66 before centred vectors)
    "caicedo_transfer_en": 0.51,  # measured 0.55 (0.58 before centred vectors)
    "intervallfasten_studie_de": 0.49,  # measured 0.52 (0.46 before centred vectors)
    "winter_fuel_uturn_en": 0.52,  # measured 0.56 (0.54 before centred vectors)
    "intel_q2_2024_results_en": 0.64,  # measured 0.67 (0.74 before centred vectors)
    "erythrit_studie_de": 0.42,  # measured 0.45 (0.44 before lone sentences were paired)
    "marokko_erdbeben_de": 0.58,  # measured 0.61 (0.55 before centred vectors)
    "aspartame_iarc_en": 0.6,  # measured 0.61; 0.65 before doses were read (the worked
    # example's body weights became figures), 0.59 before centred vectors
    # A court's verdict in English (ninth session): eight outlets on one sentencing.
    "pelicot_verdict_en": 0.42,  # measured 0.45 (0.42 when labelled, 0.43 before centred vectors)
}
# Of the pairs of gold-quoting passages a group links, the share quoting one gold claim group
# (tests/stories.py), at least. Gold claim groups of one story are close neighbours ("police
# count" beside "organisers' count"), so this is stricter than the bundled corpus's labelled
# precision (test_align). Measured with 3 encoder neighbours per fold (issue 10, fourth round;
# before it, with 6: fasting 0.52, kane 0.82, muenchen 0.67, vw 0.81, derna 0.52, tesla 0.67,
# agrardiesel 0.50, garmisch 0.64, nvidia 0.71, caicedo 0.54, intervallfasten 0.77).
# Issue 10, eighth session: a fold joins a further wording group only when it matches more
# than a third of its folds directly (summed over the seventeen stories: 1233/1859 = 0.663 ->
# 1233/1845 = 0.668 at the same 1320 of 2394 gold pairs; bench/group_errors.py).
PRECISION_FLOOR = {
    "apple_eu_fine_2024_en": 0.52,  # measured 0.56
    "ezb_zinssenkung_2024_de": 0.47,  # measured 0.51
    "fasting_heart_risk_en": 0.52,  # measured 0.56 (0.54 before centred vectors)
    "kane_bayern_fee_de": 0.84,  # measured 0.87
    "muenchen_demo_gegen_rechts_de": 0.69,  # measured 0.72 (0.69 before centred vectors)
    "vw_ig_metall_deal_mixed": 0.75,  # measured 0.79 (0.83 before centred vectors)
    "vw_q3_2024_results_de": 0.74,  # measured 0.77
    "landtagswahl_csu_2023_de": 0.66,  # measured 0.70 (0.68 before centred vectors)
    "derna_flood_toll_en": 0.56,  # measured 0.59 (0.58 before centred vectors)
    "tesla_q2_2025_results_de": 0.63,  # measured 0.67 (0.74 before centred vectors)
    "agrardiesel_uturn_de": 0.49,  # measured 0.53 (0.51 before centred vectors)
    "garmisch_zugunglueck_de": 0.61,  # measured 0.64
    "nvidia_q2fy26_results_en": 0.73,  # measured 0.77 (0.76 before centred vectors)
    "caicedo_transfer_en": 0.62,  # measured 0.65 (0.63 before centred vectors)
    "intervallfasten_studie_de": 0.77,  # measured 0.80
    # Counts of pensioners gaining, losing and kept from the payment, and figures of the
    # benefit, the income line and the cost in one sentence, are close neighbours.
    "winter_fuel_uturn_en": 0.41,  # measured 0.44
    "intel_q2_2024_results_en": 0.67,  # measured 0.70 (0.69 before attaching needed direct matches)
    "erythrit_studie_de": 0.68,  # measured 0.71 (0.64 before centred vectors)
    "marokko_erdbeben_de": 0.66,  # measured 0.69 (0.81 before centred vectors)
    "aspartame_iarc_en": 0.6,  # measured 0.63 (0.57 before centred vectors)
    "pelicot_verdict_en": 0.56,  # measured 0.60 (0.57 before centred vectors)
}
# No group holds more than this share of a story's content passages, or more passages than
# the story has sources where that share is fewer: the labelled articles are openings of
# about 2,000 bytes (aspartame_iarc_en: 74 content passages, 8 sources), and one fact stated
# once by each source is the group a reader wants, not one that swallows others.
LARGEST_SHARE = 0.1
# Contradictions, as the scorer counts them: HARD gold contradictions a reported conflict joins
# (at least), and the share of reported conflicts grounded in some gold contradiction (at
# least). Measured: kane 9/9 and 8/9, fasting 5/6 and 4/5, muenchen 3/3 and 6/6, vw 1/2 and
# 2/2. The targets are 0.8 and 0.7 on every story.
HARD_FLOOR = {
    # 0/5 when first scored (held out). Found since a place among all of a kind is a number
    # ("the most significant fine ever" against "the third-biggest antitrust fine ever").
    # Its others: "on Monday" against "Tuesday" for the fine, "in 2021" against "in June
    # 2020" for the investigation's start, "a record-breaking fine" against the ranking, and
    # what the case was about.
    "apple_eu_fine_2024_en": 1,
    # 0/5 found and 6/9 grounded when first scored, held out: every ECB rate was one rate
    # (the deposit rate's 3,75 against the main rate's 4,25), an integer rate was rounded
    # ("4 Prozent" held 4,25), a target, May's figure and March's projection were read as
    # the year's forecast. Found since the three rates are three and exact as written: one
    # outlet's 3,50 deposit rate and its main rate of 4 against 3,75 and 4,25; opinions on
    # whether the cut was premature since "timing" is a stance question ("keine voreilige
    # Entscheidung" against "verfrühte Entscheidung"); the rate before the cut (3,75 against
    # 4,00) since an earlier value written "von X auf Y" is a claim of its own, compared with
    # other outlets' earlier values. Measured 4/5. Its other: a hiking series' end against
    # "knapp neun Monate" at the peak.
    "ezb_zinssenkung_2024_de": 4,
    # Its last (twelfth session): who did the study, "The American Heart Association studied"
    # against researchers from Shanghai Jiao Tong University, since outlets placing one study
    # in two countries are a difference (model/origins.py). Measured 6/6.
    "fasting_heart_risk_en": 6,
    "kane_bayern_fee_de": 9,
    "muenchen_demo_gegen_rechts_de": 3,
    "vw_ig_metall_deal_mixed": 1,
    # A company's quarter in German, labelled this session (0/3 at first): found since
    # "Konzernumsatz" is the group's revenue (78,85 against 78,5 Milliarden). Its others:
    # a verdict on analysts' expectations with no figure, and a margin whose subject is
    # left out ("sind es sogar nur noch etwa 2 Prozent").
    "vw_q3_2024_results_de": 1,
    # A state election (0/3 when labelled): found since a party's share is its own (parties
    # named by capitals), a bare per cent in an article on an election is a share of the vote:
    # one party's share a tenth apart, a sub-head's 37,2 (the previous election's) against
    # the body's 37,0. Its other: a change that only arithmetic contradicts.
    "landtagswahl_csu_2023_de": 2,
    "derna_flood_toll_en": 2,
    "tesla_q2_2025_results_de": 4,
    # Its other HARD ones: a wrong date (a weekday against a date in another sentence), and
    # the second pair of quoted verdicts on the compromise.
    "agrardiesel_uturn_de": 2,
    "garmisch_zugunglueck_de": 5,  # 4 before counts in number words ("Zwölf", "sechs")
    # The growth rate in a Markdown table row is found since table cells are read with their
    # row's label and their column's header; "former U.S. President" against "US President"
    # since a title before a name is a claim; (eleventh session) a previous quarter's figure
    # that only arithmetic contradicts ("a 6% increase" beside $46.7bn and $46.0bn) since a
    # change on the quarter is checked against the article's own two quarters. Measured 5/5.
    "nvidia_q2fy26_results_en": 5,
    # Its other: how sure the add-ons are (no figure differs). The earlier record fee
    # ("surpassing the £105m they paid for Enzo Fernandez") is found since payments take the
    # article's name for a fee.
    "caicedo_transfer_en": 1,
    # Its other: the comparison group of the 91 %. A journal publication against
    # "unveröffentlicht" is found since "publication" is a stance question and "ein höheres
    # Risiko" no longer hedges a sentence; 1 before a negation after the verb denied a cause;
    # all-cause death since "nicht höher" of the risk of dying is a stance against "mit einem
    # höheren Todesrisiko verbunden".
    "intervallfasten_studie_de": 4,
    # A policy U-turn in English. Its other: "saves £450m" against "a bigger spending bill
    # than if it had left it as it was" (no figure). A full against a partial reversal is found
    # since it is a stance question and a subheading after a pictograph ("🔁 A full reversal")
    # is no furniture.
    "winter_fuel_uturn_en": 2,
    # A company's results in English, labelled after this round's rules were written; 1/4 and
    # 0/6 grounded at first. Its other: "the software company" against "the chipmaker".
    "intel_q2_2024_results_en": 3,
    # A study's risk figure in German, labelled after this round's rules were written (0/4 at
    # first). Found since risks named in compounds and "unklar, ob" are causation cues: a
    # headline's cause against doubt, and "unbedenklich" against "schadet". Its others:
    # experts' advice against a verdict on the study, "mehrere Stunden" against "zwei Tage".
    "erythrit_studie_de": 2,
    # An earthquake's toll in German, labelled after this session's first rules (1/5 at
    # first). Found since a magnitude is a measure of bare decimals ("Stärke von 7,2"), a
    # distance is compared only to the same place ("350 Kilometer entfernte Rabat"), and the
    # night into a day is the evening before it ("in der Nacht zu Freitag" against "in der
    # Nacht auf Samstag"), and "mindestens 1024" injured against "mehr als 1200", which can
    # both hold as written, is shown as figures that differ (kind `approximate`). Its other:
    # when the 2,012 toll was given (no figure differs).
    "marokko_erdbeben_de": 4,
    # A health agency's cancer rating in English (eighth session; 0/5 when labelled, and both
    # conflicts false: "one of the leading causes of death" and "limited evidence that it can
    # cause cancer" read as claims of cause). Found since an agency's grade is a stance
    # ("probable" against "possible carcinogen"), and, in the tenth, a per-kilogram intake
    # given as the same flat amount (twice: the WHO's and the FDA's). Its others: an agency's
    # verdict against another's, and a count of panels.
    "aspartame_iarc_en": 3,
    # A court's verdict in English (ninth session; 0/8 when labelled). Found since an age beside
    # a name is a figure about the person (71 against 72), and (tenth session, 1/8 before) the
    # length of an event and the ends of a range over a group are figures ("over a decade"
    # against "nine years", "decades" against both; ages "22 to 70" against "27 to 74";
    # sentences "three to 15 years" against "three to 20"). Its others: counts of suspended
    # sentences, "all … guilty of rape" against a breakdown, the scope of a prosecutor's request.
    "pelicot_verdict_en": 6,
}
GROUNDED_FLOOR = {
    "apple_eu_fine_2024_en": 0.66,  # measured 3/3 (1/1 when first scored)
    "ezb_zinssenkung_2024_de": 0.75,  # measured 4/4 (6/9 when first scored)
    "fasting_heart_risk_en": 0.8,  # measured 5/6 (4/5 before a study's sample kept its years)
    "kane_bayern_fee_de": 0.85,
    "muenchen_demo_gegen_rechts_de": 0.8,
    # Measured 3/3 (2/3 before "Arbeitskostenentlastung" named what is saved on: one outlet's
    # 1.5 billion in labour costs against its own "über 4 Milliarden" of all cost effects).
    "vw_ig_metall_deal_mixed": 0.85,
    # measured 1/1; 5/8 at first, when operating profit, profit after tax and the nine
    # months against the quarter were compared as one figure.
    "vw_q3_2024_results_de": 0.8,
    # measured 6/7: the seventh is the toll "has crossed 5,000" against "5,500", two updates
    # shown as figures that differ, which the gold does not label.
    "derna_flood_toll_en": 0.85,
    "tesla_q2_2025_results_de": 0.8,  # measured 8/9 (7/9 before segments and change ends)
    "agrardiesel_uturn_de": 0.5,
    "garmisch_zugunglueck_de": 0.85,  # measured 6/6
    # A company's results in English: many figures per sentence (segments, per-share, GAAP and
    # adjusted, sequential and yearly changes). Measured 8/9 (10/22 before this round).
    "nvidia_q2fy26_results_en": 0.75,
    # Measured 4/4 (5/7 before two dated steps had to share two words to be one event).
    "caicedo_transfer_en": 0.85,
    # Measured 4/5 (4/6 before a subgroup "bereits an einer Herz-Kreislauf-Erkrankung" in a
    # clause of its own qualified its "66 Prozent" against everyone's 91).
    "intervallfasten_studie_de": 0.75,
    "winter_fuel_uturn_en": 0.6,  # measured 2/3
    # Measured 7/8 (eleventh session; 4/5 before: another chipmaker's share fall was given
    # as Intel's, "Tokyo Electron fell 12%"); its other is the day's extreme against the close
    # of a source the gold does not quote for it.
    "intel_q2_2024_results_en": 0.8,
    # Measured 3/5 when labelled; 9/10 in the twelfth session (rounding pairs and the study's
    # origin are differences the gold lists). Its other: a stance conflict on the evidence
    # pairs "nur wenig aussagekräftig" with a headline "Studie belegt".
    "erythrit_studie_de": 0.8,
    "marokko_erdbeben_de": 0.85,  # measured 11/11
    # Measured 2/2: 0/7 when labelled, every party's share and seats compared with every
    # other party's, projections with the count and a region's list with the state's.
    "landtagswahl_csu_2023_de": 0.85,
    # Measured 4/5: the other is the one outlet that says both "possible" and "probable
    # carcinogen" (shown as internal), of which the gold quotes one side.
    "aspartame_iarc_en": 0.75,
    "pelicot_verdict_en": 0.85,  # measured 10/10 (1/1 before lengths and ranges)
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
    assert scores.largest_group <= max(LARGEST_SHARE * scores.content, scores.sources), scores.line(
        name
    )


@pytest.mark.parametrize("name", story_names())
def test_contradictions_of_a_story_are_found_and_grounded(name: str) -> None:
    scores = score_story(analyze_story(name), gold_of(name))
    found, _ = scores.conflicts_found.get("HARD", (0, 0))
    assert found >= HARD_FLOOR[name], scores.line(name)
    if scores.reported:
        assert scores.grounded / scores.reported >= GROUNDED_FLOOR[name], scores.line(name)


def test_a_sentence_no_group_takes_is_shown_beside_the_source_that_says_the_same() -> None:
    # nau.ch's sentence matches n-tv's almost word for word, but n-tv's sits in a group on the
    # risk of heart attacks that nau.ch's does not match as a whole: it was left in no group.
    analysis = analyze_story("erythrit_studie_de")
    text = {p.id: p.text for p in analysis.passages}
    nau = next(
        p for p, t in text.items() if t == "Der Stoff könne das Thromboserisiko deutlich steigern."
    )
    beside = {q for g in analysis.groups if nau in g.passages for q in g.passages} - {nau}
    assert any("das Thromboserisiko deutlich steigern kann" in text[q] for q in beside)


def test_every_story_has_its_floors() -> None:
    assert (
        set(story_names())
        == set(RECALL_FLOOR)
        == set(PRECISION_FLOOR)
        == set(HARD_FLOOR)
        == set(GROUNDED_FLOOR)
    )
