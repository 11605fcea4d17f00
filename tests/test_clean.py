"""Cleaning: furniture is flagged by its shape, article sentences never are."""

from __future__ import annotations

from pathlib import Path

import pytest

from seedview.model.pipeline import load_sources
from seedview.model.schema import Analysis, Passage

FIXTURES = Path(__file__).parent / "fixtures"


def _kind_of(passages: list[Passage], fragment: str) -> str:
    kinds = {p.kind for p in passages if fragment in p.text}
    assert kinds, f"no passage contains {fragment!r}"
    assert len(kinds) == 1, f"{fragment!r} is split across kinds {kinds}"
    return kinds.pop()


@pytest.fixture(scope="module")
def german() -> list[Passage]:
    return load_sources([str(FIXTURES / "german_news.txt")])[1]


@pytest.fixture(scope="module")
def english() -> list[Passage]:
    return load_sources([str(FIXTURES / "english_news.html")])[1]


@pytest.mark.parametrize(
    ("fragment", "kind"),
    [
        ("Startseite", "boilerplate"),  # navigation menu above the headline
        ("Sport", "boilerplate"),
        ("Regierung beschließt Haushalt für 2026", "heading"),
        ("Berlin, 3. Juli 2025", "boilerplate"),  # dateline
        ("Die Bundesregierung hat am Mittwoch", "content"),
        ("Er sieht Ausgaben von rund 520 Milliarden Euro vor", "content"),
        ("Foto: dpa", "boilerplate"),  # caption credit
        ("Streit um die Schuldenbremse", "heading"),
        ("(Mehr dazu: Was die Schuldenbremse bedeutet)", "boilerplate"),  # inline insert
        ("Ökonomen warnen vor steigenden Zinslasten", "content"),
        ("Das könnte Sie auch interessieren", "boilerplate"),
        ("Bahn erhöht die Preise um 6 Prozent", "boilerplate"),  # teaser: its figure is no claim
        ("Autorin: Erika Mustermann", "boilerplate"),  # contact block
        ("Impressum", "boilerplate"),
        ("AGB", "boilerplate"),
    ],
)
def test_german_page_shapes(german: list[Passage], fragment: str, kind: str) -> None:
    assert _kind_of(german, fragment) == kind


@pytest.mark.parametrize(
    ("fragment", "kind"),
    [
        ("Home | Tech | Business", "boilerplate"),
        ("By Jane Roe", "boilerplate"),  # byline with date and reading time
        ("Acme said on Thursday it would spend $26 billion", "content"),
        ("Photo: Reuters", "boilerplate"),
        ("Open models stay", "heading"),
        ("Chief executive John Doe said Acme keeps betting", "content"),
        ("Subscribe to our newsletter", "boilerplate"),
        ("Related articles", "boilerplate"),
        ("Rival spends $40 billion on chips", "boilerplate"),
        ("newsroom@example.com", "boilerplate"),
        ("© 2025 Example Media", "boilerplate"),
    ],
)
def test_english_page_shapes(english: list[Passage], fragment: str, kind: str) -> None:
    assert _kind_of(english, fragment) == kind


# Furniture of the five bundled pages, and article sentences next to it that must stay content.
BUNDLED_FURNITURE = [
    "Maßgeschneiderte Lösungen, wie wir sie bei unseren",
    "Entdecken Sie hier mehr zu unseren",
    "Externe Quellen: Heise, Statista",
    "Diskutieren Sie mit unserer Community",
    "Schreibe einen Kommentar",
    "Lesezeit: 8 Min.",
    "Aktualisiert: 1. Februar 2026",
    "(Lesen Sie auch: SOKO Kitzbühel: Alle 20 Staffeln streamen)",
    "meta-und-microsoft-investieren-milliarden-in-ki",
    "7 hours ago",
    "nicht verpassen",
    "Blog/Portal für Smart FACTORY",
    "Passend dazu:",
    "Meta teilt KI-Infrastrukturkosten durch 2-Milliarden-Dollar-Verkauf",
    "Xpert.Digital verfügt über tiefgehendes Wissen",
    "Gerne stehe ich Ihnen und mein Team",
    "+49 89 89 674 804",
    "Schock für die Werbebranche",
    "Die Cash-Maschine läuft: 62 Milliarden Dollar!",
    "Weitere Themen",
    "Solaranlagen Konfigurator",
]
BUNDLED_ARTICLE = [
    "Meta-Chef Mark Zuckerberg plant Investitionen von bis zu 72 Milliarden US-Dollar",
    "Mit der Kehrtwende von Open-Source hin zu geschlossenen Systemen",
    "Kapitalausgaben: Meta plant in 2025 bis zu 72 Mrd. USD",
    "Meta setzt dabei besonders auf Open Source.",
    "Laut aktuellen Planungen soll Meta bis Ende 2026 über mehr als 350.000 H100-Chips",
    "Für das laufende Jahr 2026 plant Meta Kapitalinvestitionen in Höhe von 115 bis 135 Milliarden",
    "Zuckerberg räumte ein, dass die hohen Investitionen mit dem Risiko verbunden sind",
    "Reality Labs schreibt weiterhin Verluste",
    "Obwohl die Sparte Reality Labs derzeit noch Verluste schreibt",
    "Der Konzern setzt dabei weiter auf Open-Source-Modelle",
    "Meta konnte im vierten Quartal einen Rekordumsatz von 48,4 Milliarden Dollar verbuchen",
    "Das Unternehmen hatte seine ursprüngliche Investitionsprognose für 2025 von 70 auf 72",
    "einer starken Profitabilität der Werbe- und Reality-Labs-Segmente",
    "Das Louisiana-Projekt wird ein geschlossenes, flüssigkeitsgekühltes System",
    "Diese Energiestrategie zeigt eine kalkulierte Pragmatik",
    "Dies ist rational in Szenarien extremer Unsicherheit",
]


@pytest.mark.parametrize("fragment", BUNDLED_FURNITURE)
def test_bundled_furniture_is_flagged(corpus: Analysis, fragment: str) -> None:
    assert _kind_of(corpus.passages, fragment) == "boilerplate"


@pytest.mark.parametrize("fragment", BUNDLED_ARTICLE)
def test_bundled_article_sentences_stay_content(corpus: Analysis, fragment: str) -> None:
    assert _kind_of(corpus.passages, fragment) == "content"


def test_every_bundled_page_has_furniture_and_a_headline(corpus: Analysis) -> None:
    for source in corpus.sources:
        mine = [p for p in corpus.passages if p.source == source.id]
        assert any(p.kind == "boilerplate" for p in mine), source.id
        assert any(p.kind == "heading" and p.text == source.title for p in mine), source.id


SUMMARY_PAGE = """Libya floods: thousands dead in Derna

Summary

• The death toll following the flooding in Libya has reached around 11,000, the Red Crescent in Derna says
• Most of the thousands of deaths could have been avoided, the UN's weather agency says

Rescuers kept searching the city on Thursday as the sea washed bodies ashore.

Related

• Libya floods: why did the dams burst
• Storm Daniel: what we know

“We woke up at around three in the morning, we heard a large bang, anyone who was awake must have heard it," he told Reuters.
"""


def test_summary_bullets_are_article_text_and_linked_titles_furniture() -> None:
    # A bullet that runs on past a comma into a clause is a key-points sentence, not a link.
    from seedview.model.clean import classify

    blocks = classify(SUMMARY_PAGE)

    def kind(start: str) -> str:
        return next(b.kind for b in blocks if SUMMARY_PAGE[b.start :].startswith(start))

    assert kind("• The death toll") == "content"
    assert kind("• Most of the thousands") == "content"
    assert kind("• Libya floods: why") == "boilerplate"
    assert kind("• Storm Daniel") == "boilerplate"


def test_a_quotation_closed_by_another_mark_is_no_service_pitch() -> None:
    # "we ... we" inside a quotation is the speaker's voice; the page closed it with a straight
    # mark after opening it with a typographic one.
    from seedview.model.clean import classify

    blocks = classify(SUMMARY_PAGE)
    quote = next(b for b in blocks if SUMMARY_PAGE[b.start :].startswith("“We woke up"))
    assert quote.kind == "content"


def _kinds(page: str) -> dict[str, str]:
    from seedview.model.clean import classify

    return {page[b.start : b.end]: b.kind for b in classify(page)}


def _kind_starting(kinds: dict[str, str], start: str) -> str:
    found = [kind for text, kind in kinds.items() if text.startswith(start)]
    assert len(found) == 1, f"{start!r}: {found}"
    return found[0]


TIMELINE_PAGE = """Zugunglück bei Garmisch: der Ablauf

Die Ermittler haben rekonstruiert, wie sich das Unglück zugetragen hat.

• Freitag, 3. Juni: Ein Regionalzug entgleist bei Burgrain, vier Menschen sterben
• 4. Juni - Die Bahn sperrt die Strecke und richtet einen Ersatzverkehr mit Bussen ein
– Sonntag 5 - Montag 6 Juni – investigators find a broken sleeper under the track
• 3. Juni 2022

Mehr zum Thema

• 10. Juni: Liveticker
• Bahn erhöht die Preise um 6 Prozent
• Zugunglück: Was wir wissen
"""


@pytest.mark.parametrize(
    ("start", "kind"),
    [
        ("• Freitag, 3. Juni: Ein Regionalzug", "content"),  # weekday, day, month, colon
        ("• 4. Juni - Die Bahn sperrt", "content"),  # day and month, dash
        ("– Sonntag 5 - Montag 6 Juni", "content"),  # a range of days, English clause
        ("• 3. Juni 2022", "boilerplate"),  # a bare date tells no event
        ("• 10. Juni: Liveticker", "boilerplate"),  # a dated title is still a teaser
        ("• Bahn erhöht", "boilerplate"),
        ("• Zugunglück: Was", "boilerplate"),
    ],
)
def test_dated_timeline_bullets_are_article_text(start: str, kind: str) -> None:
    # A timeline dates each event and tells it in a clause; link titles carry no date.
    assert _kind_starting(_kinds(TIMELINE_PAGE), start) == kind


CUT_PAGE = """Winter fuel payments restored

The government said on Monday that most pensioners would get the payment again this winter.

Ministers had defended the cut for months before the reversal.

The minister said on Friday that the cuts would be reversed for"""


def test_a_sentence_the_saved_text_stops_in_is_article_text() -> None:
    # Saved pages are often cut at a length: the last block's missing end is no sign of a menu
    # line or a stray title.
    kinds = _kinds(CUT_PAGE)
    assert _kind_starting(kinds, "The minister said on Friday") == "content"
    assert _kind_starting(kinds, "Ministers had defended") == "content"


@pytest.mark.parametrize(
    "last_line",
    [
        "Home - News - Sport - Politics - Business - Culture - Travel - Cars",  # a menu cut off
        "Share this article",
        "More on this story\n",
        "• Libya floods: why did the dams burst and what the rescuers",  # a link list's item
    ],
)
def test_furniture_the_text_stops_in_stays_furniture(last_line: str) -> None:
    page = CUT_PAGE.rsplit("\n\n", 1)[0] + "\n\n• Storm Daniel: what we know\n" + last_line
    kinds = _kinds(page)
    assert _kind_starting(kinds, last_line.strip()[:20]) == "boilerplate"


QUOTATION_PAGE = """The minister defended the reversal in an interview on Sunday.

“We cut the payment because we had to. Two things have happened since: we have stabilised the economy, and we have listened to you.”

We’d love to hear from you: tell us what you think in the comments.
"""


def test_each_sentence_of_a_long_quotation_is_reported_speech() -> None:
    # "we ... we" in a quotation is the speaker's voice also when the quotation spans sentences
    # and each sentence holds only its opening or its closing mark.
    from seedview.model.clean import is_pitch

    kinds = _kinds(QUOTATION_PAGE)
    assert _kind_starting(kinds, "“We cut the payment") == "content"
    assert not is_pitch("“We cut the payment because we had to.")
    assert not is_pitch(
        "Two things have happened since: we have stabilised it, and we have listened.”"
    )
    assert _kind_starting(kinds, "We’d love to hear from you") == "boilerplate"


def test_a_pictograph_before_a_subheading_is_its_marker_not_furniture() -> None:
    from seedview.model.clean import classify

    page = (
        "Die Stadt beschließt den Haushalt nach langer Debatte im Rathaus am Montagabend.\n\n"
        "📌 Was der Beschluss für die Schulen bedeutet\n\n"
        "Die Schulen erhalten im kommenden Jahr deutlich mehr Geld für neue Gebäude und Personal.\n\n"
        "📧 Newsletter\n\n"
        "👍 👎 ✉️ Teilen\n"
    )
    kinds = {page[b.start : b.end]: b.kind for b in classify(page)}
    assert kinds["📌 Was der Beschluss für die Schulen bedeutet"] == "heading"
    assert kinds["📧 Newsletter"] == "boilerplate"
    assert kinds["👍 👎 ✉️ Teilen"] == "boilerplate"


CAPTION_PAGE = """Central bank cuts rates by half a point

WASHINGTON (AP) — The central bank cut its key interest rate by half a percentage point on Wednesday, its first cut in four years.

Board Chairman Jerome Powell speaks during a news conference in Washington, Wednesday, July 31, 2024. (AP Photo/Susan Walsh)

Die Notenbankchefin spricht am 6. Juni 2024 in Frankfurt vor der Presse. (Foto: dpa)

Nach Berechnungen der Agentur wird der Verbrauch bis 2026 auf 1.000 TWh jährlich steigen (Quelle: IEA, 2024).

The decision was made on Wednesday after a two-day meeting.
"""


def test_a_sentence_closed_by_a_photo_credit_is_a_caption_not_the_story() -> None:
    # A caption's weekday and date are the photo's: read as the story's, "Wednesday, July 31"
    # dated the decision of a later Wednesday.
    kinds = _kinds(CAPTION_PAGE)
    assert _kind_starting(kinds, "Board Chairman Jerome Powell speaks") == "boilerplate"
    assert _kind_starting(kinds, "Die Notenbankchefin spricht") == "boilerplate"
    # A source named in brackets closes a sentence of the article, not a picture's.
    assert _kind_starting(kinds, "Nach Berechnungen der Agentur") == "content"
    assert _kind_starting(kinds, "WASHINGTON (AP)") == "content"
    assert _kind_starting(kinds, "The decision was made") == "content"
