"""An election's figures belong to parties: each party's share is compared with the same
party's share only, a share whose words name no party is compared with none, and a projection
is not the count (rules in model/lexicon/entities.toml, measures.toml `several_holders`, and the
language files' `projection` / `count_result`)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from test_lexicon import _conflicts_of


def test_a_party_named_by_capitals_or_by_name_holds_its_own_share() -> None:
    (conflict,) = _conflicts_of(
        ("Bei der Wahl kam die ÖDP auf 2,7 Prozent der Stimmen.", "de"),
        ("Die ÖDP erreichte bei der Wahl 2,1 Prozent der Stimmen.", "de"),
    )
    assert conflict.kind == "value"
    assert "2,7 Prozent" in conflict.explanation and "2,1 Prozent" in conflict.explanation
    assert "of ÖDP" in conflict.explanation  # the name as written, not "Ödp"
    # Two parties' shares are two facts, in German and in English.
    assert not _conflicts_of(
        ("Bei der Wahl kam die ÖDP auf 2,7 Prozent der Stimmen.", "de"),
        ("Die Linken erreichten bei der Wahl 2,1 Prozent der Stimmen.", "de"),
    )
    assert not _conflicts_of(
        ("The SNP won 2.5% of the vote in the election.", "en"),
        ("Labour won 34% of the vote in the election.", "en"),
    )
    assert _conflicts_of(
        ("Labour won 34% of the vote in the election.", "en"),
        ("Labour took 36% of the vote in the election.", "en"),
    )


def test_a_share_whose_words_name_no_party_is_compared_with_none() -> None:
    assert not _conflicts_of(
        ("Sie wird mit 16 Prozent der Stimmen zweitstärkste Kraft.", "de"),
        ("Die Partei erreichte nur 9,7 Prozent der Stimmen.", "de"),
    )


def test_a_results_line_gives_its_seats_to_the_party_before_the_bracket() -> None:
    (conflict,) = _conflicts_of(
        ("ÖDP 2,7% (+0,4%) 3 Sitze", "de"),
        ("Die ÖDP erhält 5 Sitze im neuen Landtag.", "de"),
    )
    assert "3" in conflict.explanation and "5" in conflict.explanation


def test_a_projection_is_not_the_count() -> None:
    # The article names only a projection; the share sentence itself does not say so.
    projected = "Die erste Hochrechnung liegt vor. Die ÖDP kommt auf 3,1 Prozent der Stimmen."
    counted = "Nach dem vorläufigen Ergebnis kam die ÖDP auf 2,7 Prozent der Stimmen."
    assert not _conflicts_of((projected, "de"), (counted, "de"))
    # The same two shares, both counted, contradict each other.
    assert _conflicts_of(("Die ÖDP kam auf 3,1 Prozent der Stimmen.", "de"), (counted, "de"))


def test_a_name_cited_for_a_figure_or_owning_a_part_of_it_does_not_hold_it() -> None:
    # "Nach Angaben eines Sprechers der X" cites X; "drei davon vom X" gives X a part.
    (conflict,) = _conflicts_of(
        (
            "Nach Angaben eines Sprechers der THW-Leitstelle waren sechs Rettungsboote im "
            "Einsatz, drei davon vom THW.",
            "de",
        ),
        ("Elf Rettungsboote waren im Einsatz.", "de"),
    )
    assert conflict.kind == "value"


def test_in_an_article_on_an_election_a_bare_per_cent_of_a_party_is_its_share() -> None:
    (conflict,) = _conflicts_of(
        ("Bei der Kommunalwahl in Kiel landete die ÖDP bei 4,1 Prozent.", "de"),
        ("Die ÖDP kam bei der Kommunalwahl in Kiel auf 3,6 Prozent.", "de"),
    )
    assert "share of the vote" in conflict.explanation
    # Not a difference in points, not a threshold named in one word, not a share of voters.
    assert not _conflicts_of(
        ("Bei der Kommunalwahl in Kiel legte die ÖDP um über vier Prozentpunkte zu.", "de"),
        ("Die ÖDP kam bei der Kommunalwahl in Kiel auf 3,6 Prozent.", "de"),
    )
    assert not _conflicts_of(
        ("Bei der Kommunalwahl scheiterte die ÖDP an der Fünf-Prozent-Hürde.", "de"),
        ("Die ÖDP kam bei der Kommunalwahl auf 3,6 Prozent.", "de"),
    )
    assert not _conflicts_of(
        ("At the election 40% of voters backed the SNP's rivals.", "en"),
        ("The SNP won 45% at the election.", "en"),
    )
    # With no election in the article, a bare per cent of a party says nothing to compare.
    assert not _conflicts_of(
        ("Die ÖDP liegt in der Umfrage des Instituts bei 4,1 Prozent.", "de"),
        ("Die ÖDP liegt in der Umfrage des Instituts bei 3,6 Prozent.", "de"),
    )


def test_a_list_under_a_line_naming_another_place_was_counted_there() -> None:
    whole = "Die Landtagswahl in Sachsen ging so aus:\nÖDP 2,7%\nSPD 7,3%"
    region = (
        "Die Landtagswahl in Sachsen ging so aus:\nÖDP 2,7%\nSPD 7,3%\n"
        "Im Wahlkreis Görlitz sieht die Verteilung so aus:\nÖDP 4,4%\nSPD 5,1%"
    )
    assert not _conflicts_of((whole, "de"), (region, "de"))
    (conflict,) = _conflicts_of(
        (whole, "de"), ("Die ÖDP kam bei der Landtagswahl auf 3,1 Prozent.", "de")
    )
    assert "2,7%" in conflict.explanation


def test_a_poll_a_region_a_group_or_a_place_in_capitals_is_not_the_vote() -> None:
    result = ("Bei der Landtagswahl kam die ÖDP auf 4,6 Prozent.", "de")
    assert not _conflicts_of(("In Umfragen vor der Wahl lag die ÖDP bei 6 Prozent.", "de"), result)
    assert not _conflicts_of(
        ("Before the election, polls put the SNP at 40%.", "en"),
        ("The SNP won 34% of the vote in the election.", "en"),
    )
    assert not _conflicts_of(
        ("Bei der Landtagswahl kam die ÖDP bei den Jungwählern auf 8 Prozent.", "de"), result
    )
    # "in NRW" is a place, not a party: two parties' shares there are two facts.
    assert not _conflicts_of(
        ("Bei der Landtagswahl kam die CDU in NRW auf 35 Prozent.", "de"),
        ("Bei der Landtagswahl kam die SPD in NRW auf 27 Prozent.", "de"),
    )
    # A word that only contains "Wahl" makes no article one on an election.
    assert not _conflicts_of(
        ("Die Auswahl an E-Autos wächst. BMW kam zuletzt auf 14 Prozent.", "de"),
        ("Die Auswahl an E-Autos wächst. BMW kam zuletzt auf 18 Prozent.", "de"),
    )


def test_a_share_in_an_article_on_the_wahl_is_the_vote() -> None:
    # "bei der Wahl" names an election as "Landtagswahl" does.
    (conflict,) = _conflicts_of(
        ("Die CDU kam bei der Landtagswahl auf 31,5 Prozent der Stimmen.", "de"),
        ("Die CDU erreichte bei der Wahl 29,4 Prozent.", "de"),
    )
    assert "share of the vote" in conflict.explanation


def test_a_share_lost_in_points_or_in_per_cent() -> None:
    # "verlor 0,7 Prozentpunkte" and "um 3,2 Prozent" named no measure: an election's points
    # and per cents of a party's share are its share's change.
    (difference,) = _conflicts_of(
        ("Bei der Landtagswahl verloren die Grünen über drei Prozentpunkte.", "de"),
        ("Bei der Landtagswahl verloren die Grünen um 3,2 Prozent.", "de"),
    )
    assert difference.kind == "approximate"
    assert "per cent, the other in percentage points" in difference.explanation
    (conflict,) = _conflicts_of(
        ("Bei der Landtagswahl verlor die CSU 0,7 Prozentpunkte.", "de"),
        ("Bei der Landtagswahl fuhr die CSU ein Minus von 0,3 Prozentpunkten ein.", "de"),
    )
    assert conflict.kind == "value"


def test_a_party_named_once_holds_the_figures_of_the_clause_joined_to_its_own() -> None:
    # "die Grünen, die 14,4 Prozent erreichen – und dabei mit über drei Prozentpunkten …":
    # the points were nobody's, and never compared with another outlet's per cents.
    (difference,) = _conflicts_of(
        (
            "Bei der Landtagswahl folgen erst dann die Grünen, die 14,4 Prozent erreichen – und "
            "dabei mit über drei Prozentpunkten das deutlichste Minus einstecken müssen.",
            "de",
        ),
        ("Bei der Landtagswahl sackten die Grünen um 3,2 Prozent ab.", "de"),
    )
    assert "of Greens" in difference.explanation


def test_a_parliament_to_come_is_no_forecast() -> None:
    # "stellt künftig 120 Abgeordnete" states the new parliament's seats, no forecast.
    (seats,) = _conflicts_of(
        ("Die SPD stellt künftig 120 Abgeordnete im Bundestag.", "de"),
        ("Die SPD stellt im neuen Bundestag 86 Abgeordnete.", "de"),
    )
    assert seats.kind == "value" and "planned" not in seats.explanation
