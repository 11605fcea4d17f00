"""A payment for a named player or thing, however an article words it ("zahlt für Olise 60
Millionen", "will receive £60m for Joao Pedro", "Wolves sell Cunha … for £62.5m"), is the
price the story names for that thing, so two sources' figures for it are compared."""

from __future__ import annotations

from pathlib import Path

from test_lexicon import _conflicts_of, _source

from seedview.model.claims import source_claims, story_prices
from seedview.model.conflicts import find_conflicts
from seedview.model.pipeline import analyze
from seedview.model.schema import Conflict


def _story_conflicts(*texts: tuple[str, str]) -> list[Conflict]:
    articles = [_source(f"s{i}", text, lang) for i, (text, lang) in enumerate(texts)]
    sources = [a[0] for a in articles]
    claims = [c for source, passages in articles for c in source_claims(source, passages)]
    return find_conflicts(sources, story_prices(claims, sources), [])


def test_a_payment_for_a_player_is_the_fee_another_source_names() -> None:
    (conflict,) = _story_conflicts(
        ("Die Ablöse für Olise beträgt 53 Millionen Euro.", "de"),
        ("Der FC Bayern zahlt für Michael Olise 60 Millionen Euro.", "de"),
    )
    assert "transfer fee" in conflict.explanation and "60 Millionen Euro" in conflict.explanation
    (conflict,) = _story_conflicts(
        ("The fee for Joao Pedro is £52m.", "en"),
        ("Brighton will receive £60m for Joao Pedro.", "en"),
    )
    assert conflict.kind == "value" and "£60m" in conflict.explanation


def test_what_one_pays_and_another_receives_for_a_player_is_one_price() -> None:
    (conflict,) = _story_conflicts(
        (
            "Wolves sell Cunha to Manchester United for £62.5m\n"
            "Matheus Cunha has joined Manchester United from Wolves.",
            "en",
        ),
        ("Manchester United paid Wolves £55m for Matheus Cunha, the club said.", "en"),
    )
    assert "price" in conflict.explanation and "£62.5m" in conflict.explanation
    # Money spent on things two sources do not name for one thing stays spending.
    assert not [
        c
        for c in _story_conflicts(
            ("Bayern zahlt für Olise 60 Millionen Euro.", "de"),
            ("Bayern zahlt für Palhinha 51 Millionen Euro.", "de"),
        )
        if c.kind == "value"
    ]


def test_money_received_is_a_measure_of_its_own() -> None:
    (conflict,) = _story_conflicts(
        ("Der VfL verkauft Arnold nach England. Der Klub kassiert dafür 40 Millionen Euro.", "de"),
        ("Der VfL erhält 55 Millionen Euro. Der Kapitän war seit 2012 beim VfL.", "de"),
    )
    assert conflict.kind == "value" and "40 Millionen Euro" in conflict.explanation


def test_the_analysis_shows_the_price_it_compared(tmp_path: Path) -> None:
    # The JSON a user reads says what was compared: the payment's measure is the story's.
    (tmp_path / "a.txt").write_text("Die Ablöse für Olise beträgt 53 Millionen Euro.\n")
    (tmp_path / "b.txt").write_text("Der FC Bayern zahlt für Michael Olise 60 Millionen Euro.\n")
    analysis = analyze([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")])
    paid = [c for c in analysis.claims if c.quantity and c.quantity.text == "60 Millionen Euro"]
    assert [(c.measure, c.measure_origin) for c in paid] == [("transfer fee", "story")]
    assert any("60 Millionen Euro" in c.explanation for c in analysis.conflicts)


def test_a_fee_with_add_ons_named_first_is_the_total_not_the_base() -> None:
    # "Mit Boni kann die Ablöse … auf 85 Millionen Euro steigen" was the base fee, against
    # another outlet's 75 million plus up to 10 million in add-ons.
    assert not _conflicts_of(
        (
            "Die Ablöse für Benjamin Sesko beträgt 75 Millionen Euro, dazu kommen bis zu 10 "
            "Millionen Euro an Bonuszahlungen.",
            "de",
        ),
        ("Mit Boni kann die Ablöse für Sesko auf 85 Millionen Euro steigen.", "de"),
    )
    assert not _conflicts_of(
        ("Brighton will receive a fee of £100m for Caicedo plus £15m in add-ons.", "en"),
        ("Including add-ons, the fee for Caicedo rises to £115m.", "en"),
    )


def test_what_is_bought_is_named_right_after_for_not_the_club_paid() -> None:
    # "60 Millionen Euro für Olise an Crystal Palace" was a payment for Palace.
    (conflict,) = _story_conflicts(
        ("Der FC Bayern zahlt für Olise eine Ablöse von rund 53 Millionen Euro.", "de"),
        ("Bayern überweist 60 Millionen Euro für Olise an Crystal Palace.", "de"),
    )
    assert conflict.kind == "value" and "Olise" in conflict.explanation


def test_what_a_transfer_costs_is_its_fee() -> None:
    # "Der Wechsel kostet Chelsea 75 Millionen Pfund" was spending, never compared with a fee.
    (conflict,) = _conflicts_of(
        ("Der Wechsel kostet Chelsea 75 Millionen Pfund.", "de"),
        ("Chelsea zahlt 70 Millionen Pfund Ablöse.", "de"),
    )
    assert "transfer fee" in conflict.explanation
    (conflict,) = _conflicts_of(
        ("The move cost Chelsea £75m.", "en"), ("Chelsea paid a fee of £70m.", "en")
    )
    assert "transfer fee" in conflict.explanation
