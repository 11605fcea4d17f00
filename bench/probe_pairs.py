"""Probe: everyday shapes of news contradictions, scored against seedview's conflicts.

177 pairs (or triples) of one-sentence articles in German and English, written as outlets
write, over seven story kinds (transfer fee, study risk, disaster toll, company results,
policy U-turn, protest size, labour deal), each with the answer a reader expects: a
contradiction, or none (they agree, or are about different things). Written by a helper in
issue 9's fifth session before the rules it tests, and used to find classes of miss; not a
test (several cases are still wrong, and the expected answers are one person's reading), but a
figure to watch: 120/177 at first, 135/177 at the end of that session, 147/177 after the sixth
(whose held-out probe, bench/probe_holdout.py, is the fairer figure).

Run: python bench/probe_pairs.py [-v]
Each case is two or three one-sentence articles, the story kind, and the expected answer:
C (a conflict: they cannot both hold) or N (none: they agree, or are about different things).
Cases marked "lined" are run with the sentences lined up as one group (needed for dates).
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "tests"), str(ROOT)]

from test_lexicon import _claims_of_all, _conflicts_of, _lined_up_conflicts  # noqa: E402

# The helper's diagnoses of the cases wrong at first, by class (its report); none kept here.
CLASSES: dict[str, str] = {}
WRONG: dict[int, str] = {}

C, N = "CONFLICT", "NONE"

# (kind, expected, mode, [(text, lang), ...])
CASES: list[tuple[str, str, str, list[tuple[str, str]]]] = []


def case(kind: str, expected: str, *texts: tuple[str, str], mode: str = "plain") -> None:
    CASES.append((kind, expected, mode, list(texts)))


de = lambda t: (t, "de")  # noqa: E731
en = lambda t: (t, "en")  # noqa: E731

# ---------------------------------------------------------------- transfer fee
K = "fee"
case(
    K,
    C,
    de("Der FC Bayern zahlt für Harry Kane eine Ablöse von 100 Millionen Euro."),
    de("Die Ablösesumme für Kane liegt bei rund 120 Millionen Euro."),
)
case(
    K,
    C,
    en("Bayern Munich have agreed a fee of £86.4m with Tottenham for Harry Kane."),
    en("Tottenham will receive £100m for Harry Kane, the club confirmed."),
)
case(
    K,
    C,
    de("Kane-Wechsel perfekt: 95 Millionen Euro Ablöse"),
    de("Bayern überweist 110 Millionen Euro an Tottenham."),
)
case(
    K,
    C,
    en("Chelsea paid Brighton £115m for Moises Caicedo."),
    en("Caicedo joined Chelsea in a deal worth £100m."),
)
case(
    K,
    C,
    de("Die Ablöse soll sich auf 75 Mio. Euro belaufen."),
    de("Wie die „Bild“ berichtet, fließen 90 Mio. Euro Ablöse nach London."),
)
case(
    K,
    C,
    en("The transfer fee is believed to be in the region of €80 million."),
    en("The fee is understood to be €65m."),
)
case(
    K,
    C,
    en("Kane was signed for a fee of €100m."),
    en("Kane cost Bayern €120m, according to reports in Germany."),
)
case(
    K,
    C,
    de("Die Münchner zahlen eine Ablöse von knapp 100 Millionen Euro."),
    de("Die Ablöse beträgt 110 Millionen Euro."),
)
case(
    K,
    C,
    de("Bayern zahlt 100 Millionen Euro Ablöse für Kane."),
    en("Bayern will pay a fee of €120m for Kane."),
)
case(
    K,
    C,
    en("Chelsea paid an initial £100m for Caicedo, with a further £15m in add-ons."),
    en("Chelsea will pay an initial £115m for Caicedo."),
)
case(K, C, de("Über 100 Millionen Euro Ablöse für Kane"), de("Ablöse für Kane: 80 Millionen Euro"))
case(
    K,
    C,
    en("Brighton accepted an offer of £100 million for the midfielder."),
    en("The midfielder has moved to Stamford Bridge for eighty million pounds."),
)
# none
case(
    K,
    N,
    de("Die Ablöse beträgt 100 Millionen Euro."),
    de("Hinzu kommen Bonuszahlungen von bis zu 20 Millionen Euro."),
)
case(
    K,
    N,
    en("Bayern will pay an initial €100m, with a further €20m in add-ons."),
    en("The deal could rise to €120m with add-ons."),
)
case(
    K,
    N,
    de("Die Ablöse liegt bei rund 100 Millionen Euro."),
    de("Die Ablöse beträgt 100,5 Millionen Euro."),
)
case(
    K,
    N,
    en("Kane joined Bayern for £86.4m."),
    de("Kane wechselte für 100 Millionen Euro nach München."),
)
case(K, N, en("Bayern paid €100m for Kane."), en("In 2019, Bayern paid €80m for Lucas Hernandez."))
case(K, N, en("Kane will earn €25m a year at Bayern."), en("Bayern paid a fee of €100m for Kane."))
case(
    K,
    N,
    de("Tottenham kassiert 100 Millionen Euro für Kane."),
    de("Die Ablöse von 100 Millionen Euro ist Rekord für die Bundesliga."),
)
case(
    K,
    N,
    en("Caicedo's £115m fee is a British record."),
    en("Chelsea paid £106.8m for Enzo Fernandez in January."),
)
case(
    K,
    N,
    de("Brighton hatte Caicedo 2021 für 4,5 Millionen Pfund aus Ecuador geholt."),
    de("Chelsea zahlt 115 Millionen Pfund für Caicedo."),
)
case(
    K,
    N,
    en("Bayern's opening bid of €70m was rejected by Tottenham."),
    en("Bayern eventually paid €100m for the striker."),
)
case(K, N, en("The fee is at least €100m."), en("The fee is €110m including add-ons."))
case(
    K,
    N,
    de("Kane unterschreibt einen Vertrag bis 2027."),
    de("Kanes Vertrag läuft bis Sommer 2027."),
)

# ---------------------------------------------------------------- study risk figure
K = "risk"
case(
    K,
    C,
    en(
        "People who restricted eating to an 8-hour window had a 91% higher risk of dying from cardiovascular disease."
    ),
    en("Time-restricted eating was linked to a 61% higher risk of cardiovascular death."),
)
case(
    K,
    C,
    de(
        "Wer sein Essen auf acht Stunden am Tag beschränkt, hat ein um 91 Prozent erhöhtes Risiko, an Herz-Kreislauf-Erkrankungen zu sterben."
    ),
    de(
        "Das Risiko, an einer Herz-Kreislauf-Erkrankung zu sterben, stieg laut der Studie um 81 Prozent."
    ),
)
case(
    K,
    C,
    en(
        "Participants with the highest erythritol levels were about twice as likely to have a heart attack or stroke."
    ),
    en("High erythritol levels were linked to a threefold risk of heart attack or stroke."),
)
case(
    K,
    C,
    de(
        "Das Risiko für Herzinfarkt und Schlaganfall war bei hohen Erythrit-Werten doppelt so hoch."
    ),
    de(
        "Das Risiko für Herzinfarkt oder Schlaganfall war bei hohen Erythrit-Werten um 50 Prozent erhöht."
    ),
)
case(
    K,
    C,
    en("The study followed 20,000 adults."),
    en("The study tracked more than 30,000 US adults."),
)
case(
    K,
    C,
    de("An der Studie nahmen rund 20.000 Erwachsene teil."),
    de("Ausgewertet wurden die Daten von 2.000 Erwachsenen."),
)
case(
    K,
    C,
    en("Coffee drinkers had a 15% lower risk of death."),
    en("Coffee drinkers were 25% less likely to die during the study period."),
)
case(
    K,
    C,
    de("Das Sterberisiko von Kaffeetrinkern sank um 15 Prozent."),
    de("Kaffeetrinker hatten ein um 25 Prozent geringeres Sterberisiko."),
)
case(
    K,
    C,
    en("Intermittent fasting linked to 91% higher risk of heart death"),
    en("Study: 8-hour eating window tied to 51% higher cardiovascular death risk"),
)
case(
    K,
    C,
    en("The study proves that intermittent fasting causes heart disease."),
    en("The study does not show that intermittent fasting causes heart disease."),
)
case(
    K,
    C,
    de("Die Studie wurde im Fachjournal „Nature Medicine“ veröffentlicht."),
    de("Die Studie ist bislang in keinem Fachjournal erschienen."),
)
case(
    K,
    C,
    de("Die Forscher beobachteten die Teilnehmer im Schnitt acht Jahre lang."),
    de("Die Teilnehmer wurden über einen Zeitraum von durchschnittlich 15 Jahren begleitet."),
)
# none
case(
    K,
    N,
    en("Overall, the risk of cardiovascular death was 91% higher."),
    en("Among people with existing heart disease, the risk was 66% higher."),
)
case(
    K,
    N,
    de("Bei Menschen mit Herzerkrankungen stieg das Risiko um 66 Prozent."),
    de("Insgesamt lag das Risiko um 91 Prozent höher."),
)
case(
    K,
    N,
    en("The risk of cardiovascular death was 91% higher."),
    en("The researchers found no higher risk of death from cancer."),
)
case(
    K,
    N,
    de("Das Risiko eines Herz-Kreislauf-Todes stieg um 91 Prozent."),
    de("Für Krebs fanden die Forscher kein erhöhtes Sterberisiko."),
)
case(
    K,
    N,
    en("Those who ate within eight hours had a 91 per cent higher risk of dying of heart disease."),
    en("An eight-hour eating window was linked to a 91% higher risk of cardiovascular death."),
)
case(
    K,
    N,
    en("Fasting nearly doubled the risk of cardiovascular death."),
    en("Participants had a 91% higher risk of cardiovascular death."),
)
case(
    K,
    N,
    de("Das Risiko, an Herz-Kreislauf-Erkrankungen zu sterben, war fast doppelt so hoch."),
    de("Das Risiko, an Herz-Kreislauf-Erkrankungen zu sterben, lag um 91 Prozent höher."),
)
case(
    K,
    N,
    en("Participants were followed for a median of eight years."),
    en("The study followed 20,000 adults."),
)
case(
    K,
    N,
    de("Die Forscher werteten Daten von rund 20.000 Erwachsenen aus."),
    de("Die Daten von 20.078 Erwachsenen wurden ausgewertet."),
)
case(
    K,
    N,
    en("The study has not yet been peer-reviewed."),
    en("The findings were presented at a conference in Chicago on Monday."),
)
case(
    K,
    N,
    en("Erythritol levels in the blood rose a thousandfold after one drink."),
    en("High erythritol levels doubled the risk of heart attack."),
)
case(
    K,
    N,
    de("Die Probanden waren im Schnitt 49 Jahre alt."),
    de("An der Studie nahmen 20.000 Erwachsene teil."),
)

# ---------------------------------------------------------------- disaster toll
K = "toll"
case(
    K,
    C,
    de("Bei dem Zugunglück kamen vier Menschen ums Leben."),
    de("Fünf Menschen starben bei dem Zugunglück in Garmisch-Partenkirchen."),
)
case(
    K,
    C,
    de("Mindestens fünf Tote bei Zugunglück in Bayern"),
    de("Bei dem Zugunglück sind drei Menschen gestorben."),
)
case(
    K,
    C,
    en("The Red Crescent put the death toll in Derna at 11,300."),
    en("The UN said 3,958 people had died in Derna."),
)
case(
    K,
    C,
    en("The earthquake killed 2,946 people, Morocco's interior ministry said."),
    en("Morocco's interior ministry said 2,012 people died in the quake."),
)
case(
    K,
    C,
    de("Das Erdbeben in Marokko forderte 2.946 Todesopfer."),
    de("Mehr als 3.000 Menschen kamen bei dem Beben ums Leben."),
)
case(
    K,
    C,
    en("Forty-nine people were injured in the crash."),
    en("The crash left 78 people injured."),
)
case(
    K,
    C,
    de("Rund 40 Menschen wurden verletzt, 16 davon schwer."),
    de("Bei dem Unglück wurden 68 Menschen verletzt."),
)
case(
    K,
    C,
    en("Some 10,000 people are still missing in Derna."),
    en("The number of missing in Derna stands at 5,000."),
)
case(K, C, en("Libya floods: 2,300 dead in Derna"), en("Death toll in Derna tops 6,000"))
case(
    K,
    C,
    de("Bei dem Zugunglück starben fünf Menschen."),
    en("Four people died in the train crash in Bavaria."),
)
case(
    K,
    C,
    de("Der Regionalzug entgleiste am Freitagmittag bei Burgrain."),
    de("Der Regionalzug entgleiste am Samstag bei Burgrain."),
    mode="lined",
)
case(
    K,
    C,
    en("The two dams above Derna collapsed on Sept. 10, 2023."),
    en("The two dams above Derna collapsed on Monday night."),
    mode="lined",
)
# none
case(
    K,
    N,
    de("Vier Menschen starben, mehr als 30 wurden verletzt."),
    de("Bei dem Unglück wurden 40 Menschen verletzt."),
)
case(
    K,
    N,
    de("Bei dem Unglück starben vier Menschen."),
    de("Bei dem Unglück wurden 16 Menschen schwer verletzt."),
)
case(
    K,
    N,
    en("At least 2,000 people died in the quake."),
    en("The death toll from the quake rose to 2,946."),
)
case(
    K,
    N,
    en("In Derna alone, 5,300 people were killed."),
    en("Across eastern Libya, the floods killed more than 11,000 people."),
)
case(
    K,
    N,
    de("Allein in der Provinz Al-Haouz starben 1.684 Menschen."),
    de("Insgesamt kamen bei dem Beben 2.946 Menschen ums Leben."),
)
case(
    K,
    N,
    en("The 2004 Indian Ocean tsunami killed 230,000 people."),
    en("The quake killed 2,946 people."),
)
case(K, N, de("Fünf Tote, 16 Schwerverletzte"), de("Bei dem Unglück starben fünf Menschen."))
case(
    K,
    N,
    en("The train was carrying about 140 passengers."),
    en("Four people were killed in the derailment."),
)
case(
    K,
    N,
    en("Between 18,000 and 20,000 people may have died, the mayor said."),
    en("The mayor estimated the toll at 20,000."),
)
case(K, N, en("Among the dead were three children."), en("Five people died in the crash."))
case(
    K,
    N,
    de("Die Zahl der Toten stieg bis Sonntag auf fünf."),
    de("Am Freitagabend war zunächst von vier Toten die Rede."),
)
case(
    K,
    N,
    en("In Syria, the death toll from the quake rose to 5,900."),
    en("In Turkey, the quake killed more than 44,000 people."),
)

# ---------------------------------------------------------------- company results
K = "results"
case(
    K,
    C,
    de("Tesla setzte im zweiten Quartal 22,5 Milliarden US-Dollar um."),
    de("Der Umsatz lag im zweiten Quartal bei 24,9 Milliarden Dollar."),
)
case(
    K,
    C,
    en("Nvidia reported revenue of $46.7 billion for the quarter."),
    en("Nvidia's quarterly revenue came in at $44.1bn."),
)
case(
    K,
    C,
    de("Der Nettogewinn fiel auf 1,17 Mrd. Dollar."),
    de("Unter dem Strich verdiente Tesla 1,4 Milliarden Dollar."),
)
case(
    K,
    C,
    en("Intel posted a net loss of $1.6 billion."),
    en("Intel lost $2.6bn in the second quarter."),
)
case(K, C, de("Der Umsatz sank um zwölf Prozent."), de("Die Erlöse gingen um 9 Prozent zurück."))
case(K, C, en("Nvidia earned $1.05 a share."), en("Nvidia's earnings per share were $1.08."))
case(
    K,
    C,
    de("Tesla lieferte 384.122 Fahrzeuge aus."),
    de("Im zweiten Quartal wurden rund 444.000 Autos ausgeliefert."),
)
case(K, C, en("Revenue fell 12% to $22.5 billion."), en("Revenue dropped 10% to $22.5 billion."))
case(
    K,
    C,
    en("Intel's revenue fell to $12.8bn."),
    de("Der Umsatz von Intel fiel auf 13,8 Milliarden Dollar."),
)
case(K, C, en("Intel will cut 15,000 jobs."), en("Intel plans to lay off about 20,000 workers."))
case(
    K,
    C,
    de("Tesla: Gewinn bricht um 16 Prozent ein"),
    de("Teslas Gewinn sank im zweiten Quartal um 26 Prozent."),
)
case(
    K,
    C,
    en("Nvidia will report its results on Wednesday, Aug. 27."),
    en("Nvidia will report its results on Thursday, Aug. 27."),
    mode="lined",
)
# none
case(K, N, en("Data center revenue was $41.1 billion."), en("Total revenue reached $46.7 billion."))
case(
    K,
    N,
    de("Im Autogeschäft sank der Umsatz um 16 Prozent."),
    de("Der Gesamtumsatz ging um zwölf Prozent zurück."),
)
case(
    K,
    N,
    en("Nvidia expects third-quarter revenue of $54 billion."),
    en("Second-quarter revenue was $46.7 billion."),
)
case(
    K,
    N,
    de("Analysten hatten mit einem Umsatz von 23,7 Milliarden Dollar gerechnet."),
    de("Tesla setzte 22,5 Milliarden Dollar um."),
)
case(K, N, en("A year earlier, revenue was $30 billion."), en("Revenue rose to $46.7 billion."))
case(
    K,
    N,
    de("Im Vorjahreszeitraum hatte Tesla 25,5 Milliarden Dollar umgesetzt."),
    de("Der Umsatz sank auf 22,5 Milliarden Dollar."),
)
case(
    K,
    N,
    en("Adjusted earnings were 40 cents a share."),
    en("On a GAAP basis, Tesla earned 33 cents per share."),
)
case(K, N, en("Revenue was $46.74 billion."), en("Revenue came in at about $46.7bn."))
case(
    K,
    N,
    de("Der Umsatz lag bei 22,5 Mrd. Dollar."),
    de("Tesla setzte rund 22,5 Milliarden US-Dollar um."),
)
case(
    K,
    N,
    en("For the full year, revenue was $130.5 billion."),
    en("Quarterly revenue was $46.7 billion."),
)
case(
    K,
    N,
    en("In the first half, Tesla delivered 720,803 vehicles."),
    en("Tesla delivered 384,122 vehicles in the second quarter."),
)
case(
    K,
    N,
    de("Die Aktie gab nachbörslich um 5 Prozent nach."),
    de("Der Umsatz sank um zwölf Prozent."),
)

# ---------------------------------------------------------------- policy U-turn
K = "uturn"
case(
    K,
    C,
    de("Die Bundesregierung hält an der Streichung der Agrardiesel-Subventionen fest."),
    de("Die Ampel rudert bei der Streichung der Agrardiesel-Subventionen zurück."),
)
case(
    K,
    C,
    de("Die Regierung kippt die Abschaffung der Kfz-Steuerbefreiung für Landwirte."),
    de("Die Kfz-Steuerbefreiung für Landwirte wird abgeschafft, bekräftigte die Regierung."),
)
case(
    K,
    C,
    en("The government has scrapped the cuts to winter fuel payments."),
    en("The chancellor insisted the cuts to winter fuel payments would stay."),
)
case(
    K,
    C,
    en("Reeves in U-turn on winter fuel payments"),
    en("Reeves rules out U-turn on winter fuel payments"),
)
case(
    K,
    C,
    de("Die Subvention für Agrardiesel wird schrittweise abgeschafft."),
    de("Die Subvention für Agrardiesel bleibt erhalten."),
)
case(
    K,
    C,
    en("The government will keep the two-child benefit cap."),
    en("The government is to scrap the two-child benefit cap."),
)
case(
    K,
    C,
    en("About 9 million pensioners will get the winter fuel payment again."),
    en("The U-turn means 7.5 million pensioners will receive the winter fuel payment."),
)
case(
    K,
    C,
    de("Die Streichung sollte rund 440 Millionen Euro einsparen."),
    de("Durch die Streichung sollten 900 Millionen Euro eingespart werden."),
)
case(
    K,
    C,
    en("Pensioners with incomes below £35,000 will now receive the payment."),
    en("The payment will now go to pensioners with incomes of up to £30,000."),
)
case(
    K,
    C,
    en("The government kept the cut to farm diesel subsidies."),
    de("Die Bundesregierung nimmt die Kürzung beim Agrardiesel zurück."),
)
case(
    K,
    C,
    de("Die Regierung gab die Kehrtwende am Donnerstag bekannt."),
    de("Die Regierung gab die Kehrtwende am Freitag bekannt."),
    mode="lined",
)
case(
    K,
    C,
    en("Reeves announced the U-turn on Monday."),
    en("Reeves announced the U-turn on Wednesday."),
    mode="lined",
)
# none
case(
    K,
    N,
    de("Die Kfz-Steuerbefreiung bleibt, die Agrardiesel-Subvention wird schrittweise gestrichen."),
    de("Die Agrardiesel-Subvention wird bis 2026 abgeschafft."),
)
case(
    K,
    N,
    en("The payment will be cut for pensioners earning over £35,000."),
    en("Pensioners on incomes below £35,000 will receive the payment."),
)
case(K, N, en("Reeves had defended the cut for months."), en("Reeves has now reversed the cut."))
case(
    K,
    N,
    de("Ursprünglich wollte die Regierung die Subvention sofort streichen."),
    de("Nun soll die Subvention schrittweise bis 2026 auslaufen."),
)
case(
    K,
    N,
    en("Means-testing the payment saved £1.4bn a year."),
    en("The U-turn will cost the Treasury £1.25bn."),
)
case(
    K,
    N,
    de("Die Ampel kippt die Abschaffung der Kfz-Steuerbefreiung."),
    de("Die Kfz-Steuerbefreiung für Landwirte bleibt nun doch erhalten."),
)
case(
    K,
    N,
    en("The government scrapped its plan to cut the winter fuel payment."),
    en("Pensioners will keep the winter fuel payment."),
)
case(
    K,
    N,
    en("Around 10 million pensioners lost the payment last winter."),
    en("About 9 million pensioners will get it this winter."),
)
case(
    K,
    N,
    de("Der Agrardiesel-Rabatt wird 2024 um 40 Prozent gekürzt."),
    de("2025 und 2026 folgen weitere Kürzungen um je 30 Prozent."),
)
case(
    K,
    N,
    en("The Prime Minister refused to rule out a U-turn last week."),
    en("The government confirmed the U-turn on Monday."),
)
case(
    K,
    N,
    de("Die Bauern protestieren weiter gegen die Kürzungen beim Agrardiesel."),
    de("Die Regierung hält an den Kürzungen beim Agrardiesel fest."),
)
case(
    K,
    N,
    de("Die Regierung nimmt die Streichung der Kfz-Steuerbefreiung zurück."),
    en("The government dropped plans to end the vehicle tax exemption for farmers."),
)

# ---------------------------------------------------------------- protest size
K = "protest"
case(
    K,
    C,
    de("Laut Polizei nahmen rund 100.000 Menschen an der Demonstration teil."),
    de("Die Polizei sprach von 250.000 Teilnehmern."),
)
case(
    K,
    C,
    en("Police estimated the crowd at 50,000."),
    en("Police said around 100,000 people marched."),
)
case(
    K,
    C,
    en("Tens of thousands of people marched through central London, police said."),
    en("Some 300,000 people marched through central London, according to police."),
)
case(
    K,
    C,
    de("Zehntausende gingen laut Polizei in Berlin auf die Straße."),
    de("In Berlin demonstrierten laut Polizei 350.000 Menschen."),
)
case(
    K,
    C,
    en("The police put attendance at 35,000."),
    en("Police said 80,000 people joined the march."),
)
case(
    K,
    C,
    de("Die Demonstration auf der Theresienwiese fand am Sonntag statt."),
    de("Die Demonstration auf der Theresienwiese fand am Samstag statt."),
    mode="lined",
)
case(
    K,
    C,
    en("The march through Munich took place on Saturday."),
    en("The march through Munich took place on Sunday."),
    mode="lined",
)
case(
    K,
    C,
    en("Police said 100,000 people attended the rally in Munich."),
    de("Die Polizei sprach von 250.000 Teilnehmenden in München."),
)
case(
    K,
    C,
    en("Organisers said 1 million people took part."),
    en("Organisers claimed 500,000 people marched."),
)
case(
    K,
    C,
    de("Die Veranstalter sprachen von 320.000 Teilnehmern."),
    de("Nach Angaben der Veranstalter kamen 200.000 Menschen."),
)
case(
    K,
    C,
    de("Über 200.000 Menschen bei Demo gegen Rechts in München"),
    de("Laut Polizei kamen rund 80.000 Menschen zur Demo in München."),
)
case(
    K,
    C,
    en("Munich: 75,000 rally against far right, police say"),
    en("Police said 250,000 people rallied against the far right in Munich."),
)
# none
case(
    K,
    N,
    de("Die Polizei zählte 100.000 Teilnehmer, die Veranstalter sprachen von 250.000."),
    de("Die Veranstalter sprachen von 250.000 Teilnehmern."),
)
case(
    K,
    N,
    en("Police said 100,000 attended, while organisers claimed 250,000."),
    en("Police estimated the crowd at 100,000."),
)
case(
    K,
    N,
    de("Die Veranstalter hatten mit 25.000 Menschen gerechnet."),
    de("Am Ende kamen laut Polizei 100.000."),
)
case(
    K,
    N,
    en("Organisers had registered the march for 10,000 people."),
    en("Police said 50,000 people turned up."),
)
case(
    K,
    N,
    de("In Hamburg demonstrierten 50.000 Menschen."),
    de("In München waren es 100.000 Menschen."),
)
case(
    K,
    N,
    en("In Berlin, 100,000 people turned out."),
    en("In Munich, police counted 200,000 protesters."),
)
case(
    K,
    N,
    de("Rund 1.000 Polizisten waren im Einsatz."),
    de("Zur Demonstration kamen 100.000 Menschen."),
)
case(K, N, en("Police arrested 12 people."), en("About 20,000 people took part in the protest."))
case(
    K,
    N,
    de("Die Polizei schätzte die Zahl der Teilnehmer auf 100.000."),
    de("Laut Polizei demonstrierten rund 100.000 Menschen."),
)
case(
    K,
    N,
    en("Between 80,000 and 100,000 people marched, police said."),
    en("Police said around 100,000 people marched."),
)
case(
    K,
    N,
    en("Across Germany, more than 1.4 million people protested over the weekend."),
    en("In Munich, 100,000 people protested on Sunday."),
)
case(
    K,
    N,
    de("Die Polizei beendete die Demo wegen Überfüllung nach zwei Stunden."),
    de("Laut Polizei kamen 100.000 Menschen."),
)

# ---------------------------------------------------------------- labour deal
K = "labour"
case(
    K,
    C,
    de("Die Löhne steigen in zwei Stufen um insgesamt 5,5 Prozent."),
    de("Die Beschäftigten erhalten insgesamt 6,5 Prozent mehr Lohn."),
)
case(
    K,
    C,
    de("Der Tarifvertrag hat eine Laufzeit von 24 Monaten."),
    de("Der neue Tarifvertrag läuft 27 Monate."),
)
case(
    K,
    C,
    en("Volkswagen will cut more than 35,000 jobs in Germany by 2030."),
    en("VW agreed to cut 30,000 jobs in Germany by 2030."),
)
case(
    K,
    C,
    en("The deal gives workers a 4% pay rise in 2025."),
    en("Workers will receive a 5% raise in 2025 under the deal."),
)
case(
    K,
    C,
    de("Die Beschäftigten bekommen eine Inflationsausgleichsprämie von 3.000 Euro."),
    de("Die Inflationsausgleichsprämie beträgt 1.500 Euro."),
)
case(
    K,
    C,
    en("Rail workers will get a one-off payment of €2,850."),
    en("The union secured a one-off payment of €1,500 for rail workers."),
)
case(
    K,
    C,
    de("Die Verhandlungen dauerten mehr als 70 Stunden."),
    de("Nach 40 Stunden Verhandlungen einigten sich die Tarifparteien."),
)
case(
    K,
    C,
    de("Die Mitglieder der IG Metall stimmten dem Tarifabschluss zu."),
    de("Die Mitglieder der IG Metall lehnten den Tarifabschluss ab."),
)
case(
    K,
    C,
    en("Union members voted to accept the pay offer."),
    en("Union members voted to reject the pay offer."),
)
case(
    K,
    C,
    de("Die Einigung wurde am Freitag in Hannover verkündet."),
    de("Die Einigung wurde am Montag in Hannover verkündet."),
    mode="lined",
)
case(
    K,
    C,
    en("The pay deal covers about 120,000 workers."),
    en("Some 200,000 employees are covered by the pay deal."),
)
case(
    K,
    C,
    en("VW will cut capacity at its German plants by 734,000 vehicles."),
    de("VW senkt die Kapazität seiner deutschen Werke um 500.000 Fahrzeuge."),
)
# none
case(
    K,
    N,
    de("Die Löhne steigen zum 1. April um 3 Prozent."),
    de("Ab dem 1. Januar 2026 folgen weitere 2,5 Prozent."),
)
case(K, N, en("Pay rises 5.5% over two years."), en("The first increase, of 3%, comes in April."))
case(
    K,
    N,
    de("Bis 2030 sollen mehr als 35.000 Stellen wegfallen."),
    de("Betriebsbedingte Kündigungen sind bis 2030 ausgeschlossen."),
)
case(
    K, N, en("VW employs about 120,000 people in Germany."), en("VW will cut 35,000 of those jobs.")
)
case(K, N, en("The union had demanded a 7% raise."), en("The deal gives workers 5.5% more pay."))
case(
    K,
    N,
    de("Verdi hatte 10,5 Prozent mehr Lohn gefordert."),
    de("Am Ende einigte man sich auf 5,5 Prozent mehr Lohn."),
)
case(
    K,
    N,
    de("Die Arbeitgeber hatten zunächst 3 Prozent angeboten."),
    de("Die Löhne steigen um 5,5 Prozent."),
)
case(K, N, en("The agreement cuts more than 35,000 jobs."), en("Over 35,000 jobs will go by 2030."))
case(
    K,
    N,
    de("Die Produktionskapazität in Deutschland sinkt um 734.000 Fahrzeuge."),
    de("Bis 2030 fallen mehr als 35.000 Stellen weg."),
)
case(
    K,
    N,
    en("More than 100,000 workers joined warning strikes."),
    en("The company employs 120,000 staff in Germany."),
)
case(K, N, en("Trainees get an extra €150 a month."), en("Workers get a 5.5% rise."))
case(
    K,
    N,
    de("Auszubildende erhalten 150 Euro mehr im Monat."),
    de("Die Löhne steigen um 5,5 Prozent."),
)


# ---------------------------------------------------------------- more German shapes
case(
    "fee",
    C,
    de("Laut „Kicker“ kassiert Tottenham eine Ablöse in Höhe von 100 Mio. Euro."),
    de("Die Ablösesumme beläuft sich laut „Sky“ auf 120 Millionen Euro."),
)
case(
    "fee",
    N,
    de("Die Ablöse könnte durch Boni auf über 100 Millionen Euro steigen."),
    de("Die fixe Ablöse beträgt 95 Millionen Euro."),
)
case(
    "toll",
    C,
    de("Das Innenministerium bezifferte die Zahl der Toten auf 2.946."),
    de("Laut Innenministerium starben 2.012 Menschen."),
)
case(
    "toll",
    N,
    de("Mehr als 2.000 Menschen wurden verletzt."),
    de("Mehr als 2.900 Menschen starben."),
)
case(
    "results",
    C,
    de("Der operative Gewinn brach um 42 Prozent auf 923 Mio. Dollar ein."),
    de("Das operative Ergebnis sank auf 1,1 Milliarden Dollar."),
)
case(
    "protest",
    N,
    de("Am Samstag demonstrierten in Berlin 100.000 Menschen."),
    de("Am Sonntag gingen in München 250.000 Menschen auf die Straße."),
)
case(
    "labour",
    C,
    de("Die Einigung sieht vor, dass bis 2030 mehr als 35.000 Stellen wegfallen."),
    de("Bis 2030 sollen bei VW rund 30.000 Arbeitsplätze abgebaut werden."),
)
case(
    "uturn",
    N,
    de("Die Agrardiesel-Beihilfe wird nicht sofort, sondern schrittweise bis 2026 gestrichen."),
    de("Die Subvention für Agrardiesel läuft bis 2026 aus."),
)
case(
    "risk",
    C,
    de("Laut Studie steigt das Risiko für einen Herz-Kreislauf-Tod um 91 Prozent."),
    de("Die Studie beziffert das erhöhte Risiko eines Herz-Kreislauf-Todes auf 61 Prozent."),
)


def lang_of(texts: list[tuple[str, str]]) -> str:
    langs = {lang for _, lang in texts}
    return langs.pop() if len(langs) == 1 else "mixed"


def describe_claims(text: str, lang: str) -> list[str]:
    out = []
    for c in _claims_of_all(text, lang):
        if c.kind == "figure":
            q = c.quantity
            val = (
                f"{q.text!r}={q.value:g} {q.unit}{' qual=' + q.qualifier if q.qualifier else ''}{' change' if q.change else ''}"
                if q
                else "-"
            )
            per = c.period.label if c.period and c.period.label else ""
            out.append(
                f"figure measure={c.measure!r}({c.measure_origin}) subject={c.subject!r} "
                f"quals={c.qualifiers} role={c.role} basis={c.basis} period={per!r} value={val}"
                f"{' attr=' + c.attribution if c.attribution else ''}"
            )
        elif c.kind == "stance":
            out.append(
                f"stance q={c.question!r} pole={c.pole!r} subject={c.subject!r} shift={c.shift} ev={c.evidence!r}"
            )
        else:
            out.append(f"date day={c.day!r} part={c.day_part!r} event={c.event} ev={c.evidence!r}")
    return out or ["(no claims)"]


def main(
    cases: list[tuple[str, str, str, list[tuple[str, str]]]] | None = None,
    classes: dict[str, str] | None = None,
    wrong_labels: dict[int, str] | None = None,
) -> None:
    """Score a case list (this probe's by default) and print the figures and the wrong cases.

    Shared by the held-out probe (bench/probe_holdout.py), so both are scored alike.
    """
    cases = CASES if cases is None else cases
    classes = CLASSES if classes is None else classes
    wrong_labels = WRONG if wrong_labels is None else wrong_labels
    verbose = "-v" in sys.argv
    score: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    wrong = []
    by_class: dict[str, list[int]] = defaultdict(list)
    for index, (kind, expected, mode, texts) in enumerate(cases, 1):
        run = _lined_up_conflicts if mode == "lined" else _conflicts_of
        conflicts = run(*texts)
        # Figures that differ yet can both hold (kind "approximate") are shown to a reader but
        # contradict nothing: the probe asks about contradictions.
        got = C if any(c.kind != "approximate" for c in conflicts) else N
        ok = got == expected
        for key in (
            (kind, lang_of(texts)),
            (kind, "*"),
            ("*", lang_of(texts)),
            ("*", "*"),
            ("*exp", expected),
        ):
            score[key][0] += ok
            score[key][1] += 1
        if not ok or verbose:
            lines = [
                f"#{index} [{kind}/{lang_of(texts)}{'/lined' if mode == 'lined' else ''}] expected {expected}, got {got}{'' if ok else '   <-- WRONG'}"
            ]
            if not ok:
                label = wrong_labels.get(index, "UNDIAGNOSED")
                lines.append(
                    f"   class {label}: {classes.get(label, '(new miss: not yet diagnosed)')}"
                )
                by_class[label].append(index)
            for text, lang in texts:
                lines.append(f"   {lang}: {text}")
            if conflicts:
                for c in conflicts:
                    lines.append(f"   conflict {c.kind}: {c.explanation}")
            if not ok and mode == "plain":
                other = _lined_up_conflicts(*texts)
                lines.append(
                    f"   (lined up as one group: {'CONFLICT ' + '; '.join(c.explanation for c in other) if other else 'NONE'})"
                )
            if not ok or verbose:
                for text, lang in texts:
                    for d in describe_claims(text, lang):
                        lines.append(f"     [{lang}] {d}")
            (wrong if not ok else []).append("\n".join(lines))
            if verbose and ok:
                print("\n".join(lines))
    print(f"TOTAL {score[('*', '*')][0]}/{score[('*', '*')][1]}")
    for exp in (C, N):
        print(f"  expected {exp}: {score[('*exp', exp)][0]}/{score[('*exp', exp)][1]}")
    kinds = sorted({k for k, _ in score if k not in ("*", "*exp")})
    langs = ["de", "en", "mixed"]
    print(f"{'kind':10}" + "".join(f"{lang:>10}" for lang in [*langs, "all"]))
    for k in [*kinds, "*"]:
        row = f"{k:10}"
        for lang in [*langs, "*"]:
            s = score.get((k, lang))
            row += f"{(f'{s[0]}/{s[1]}' if s else '-'):>10}"
        print(row)
    print(f"\nMisses by class ({len(wrong)} wrong cases), commonest first:")
    for label, ids in sorted(by_class.items(), key=lambda item: (-len(item[1]), item[0])):
        print(f"  {len(ids):2}  {label:12} cases {', '.join(f'#{i}' for i in ids)}")
        print(f"        {classes.get(label, '(new miss)')}")
    print(f"\n{len(wrong)} wrong cases:\n")
    print("\n\n".join(wrong))


if __name__ == "__main__":
    main()
