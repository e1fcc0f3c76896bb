#!/usr/bin/env python3
"""Writes the report fixtures beside their centres (docs/report-file.md): fixtures/reports/ for
Vindeln, fixtures/jamtlands-lan/reports/ for Östersund.

SYNTHETIC EXAMPLE DATA FOR TESTS. Every figure, text, quote, survey answer and self-reflection
position written by this script is made up. None of it is a real survey result or a real report
from Vindelns familjecentral or Familjecentralen Lugnvik.

For each centre (vindeln, ostersund-lugnvik) and year (2024, 2025) the script writes
`<centre>-<year>.yaml` (kind: report) and the parent survey `<centre>-<year>-enkat.csv`.
The survey answers come from a random generator with a fixed seed, so every run writes the same
bytes. Standard library only; run it with `python3 scripts/make-report-fixtures.py`.

Survey CSVs: delimiter ';', UTF-8, '\\n' line ends. Columns `datum` (a weekday in ISO week 45 or
46 of the year) and `kon` come first, then the question keys mal1a … mal5b. Vindeln answers with
numbers 1–5, Östersund with the Swedish labels. Some cells are empty and a few say "Vet ej".
mal3b has fewer than 5 answers in every file, so fcdoc shows it as "för få svar".
"""
import csv
import datetime
import json
import pathlib
import random
import re
import textwrap

SEED = 20250301
ROOT = pathlib.Path(__file__).resolve().parent.parent
# Each centre's reports lie beside it: Vindeln at the top of fixtures/, Östersund in its county folder.
OUT_FOR = {"vindeln": ROOT / "fixtures" / "reports", "ostersund-lugnvik": ROOT / "fixtures" / "jamtlands-lan" / "reports"}

QUESTIONS = ["mal1a", "mal1b", "mal2a", "mal2b", "mal3a", "mal3b", "mal4a", "mal4b", "mal5a", "mal5b"]
LABELS = {
    5: "Instämmer helt",
    4: "Instämmer till stor del",
    3: "Instämmer delvis",
    2: "Instämmer till liten del",
    1: "Instämmer inte alls",
}
VET_EJ = "Vet ej"
# Weights for the answers 5, 4, 3, 2, 1 (skewed positive).
BASE_WEIGHTS = [46, 34, 13, 5, 2]
BLANK_RATE = 0.05
VET_EJ_RATE = 0.02
THIN_QUESTION = "mal3b"  # fewer than 5 answers in every file


# --------------------------------------------------------------------------------------------
# The data of the four reports
# --------------------------------------------------------------------------------------------

class Comment:
    """A YAML comment line placed where a mapping key would go."""

    def __init__(self, text):
        self.text = text


def own_statements_comment():
    return Comment("Egna påståenden: formuleringarna är familjecentralens egna, inte katalogens.")


VINDELN_STATEMENTS = [
    {"key": "tidigt-stod-samtal", "area": "Tidigt stöd till föräldrar",
     "text": "Föräldrar som berättar om oro erbjuds ett samtal inom en vecka."},
    {"key": "larande-hoglasning", "area": "Lärande",
     "text": "Vi inspirerar föräldrar till högläsning och språklekar med barnen."},
    {"key": "jamstalldhet-bada-foraldrarna", "area": "Jämställdhet",
     "text": "Vi vänder oss till båda föräldrarna i samtal och i inbjudningar."},
    {"key": "samverkan-byarna", "area": "Samverkan",
     "text": "Vi samarbetar med förskolor och föreningar i byarna för att nå fler familjer."},
]

LUGNVIK_STATEMENTS = [
    {"key": "tidigt-stod-samtal", "area": "Tidigt stöd till föräldrar",
     "text": "Föräldrar som berättar om oro erbjuds ett gemensamt samtal med två yrkesgrupper."},
    {"key": "larande-sprakcafe", "area": "Lärande",
     "text": "Vi skapar tillfällen där föräldrar med annat modersmål kan öva svenska tillsammans med sina barn."},
    {"key": "jamstalldhet-pappor", "area": "Jämställdhet",
     "text": "Vi bjuder in och bemöter pappor och medföräldrar på samma sätt som mammor."},
    {"key": "samverkan-forskolor", "area": "Samverkan",
     "text": "Vi samarbetar med förskolorna i området så att övergången till förskolan blir trygg."},
]

# Bilaga 4's 30 statements, in the order of `fcdoc statements` (Sources/FCReport/SelfReflectionCatalogue.swift).
CATALOGUE = [
    "halsoframjande-arena", "barnkonventionen", "resurs-utat",
    "gruppdynamik", "bekraftelse-av-personal", "foraldrar-som-resurs", "anknytning-generellt", "anknytning-riktad",
    "tillganglighet-oppna-forskolan", "tillganglighet-aret-runt", "varandras-kompetens",
    "barn-och-foraldraskap", "samspel-med-barn", "sprakinlarning", "kulturellt-utbyte",
    "generellt-tidigt-stod", "mhv-identifierar", "mhv-slussning", "bhv-identifierar", "bhv-slussning",
    "kurator-deltar", "kurator-slussar", "oppen-forskola-uppmarksammar", "oppna-forskolan-slussar",
    "deltagande", "information",
    "forutsattningar-for-samarbete", "samverkansavtalet", "gemensamma-mal", "uppfoljning",
]


def answers(positions, comments, own):
    """The group's position on every catalogue statement (one digit each, in CATALOGUE's order,
    spaces between areas ignored), with comments by key, then the centre's own statements."""
    digits = [int(c) for c in positions if c.isdigit()]
    assert len(digits) == len(CATALOGUE), len(digits)
    result = []
    for key, position in zip(CATALOGUE, digits):
        answer = {"statement": key, "position": position}
        if key in comments:
            answer["comment"] = comments[key]
        result.append(answer)
    return result + own


VINDELN_PRIORITIES_2024 = [
    {"goal": "Fler föräldrar ska få möjlighet att träffa andra föräldrar och bygga nätverk.",
     "evaluation": "Vi räknar deltagarna i föräldragrupperna och följer upp fråga 2a i föräldraenkäten, "
                   "där minst 80 procent ska svara 4 eller 5."},
    {"goal": "Familjer i byarna utanför centralorten ska ha lika god tillgång till familjecentralen.",
     "evaluation": "Vi för statistik över besök från byarna och på den mobila öppna förskolan och "
                   "jämför med 2024."},
]

LUGNVIK_PRIORITIES_2024 = [
    {"goal": "Stärka det sociala nätverket för föräldrar som är nya i Östersund.",
     "evaluation": "Vi startar ett språkcafé och räknar besöken. Andelen positiva svar på fråga 2a i "
                   "föräldraenkäten ska öka jämfört med 2024."},
    {"goal": "Utveckla gemensamma rutiner för tidiga konsultationer mellan BVC och socialtjänsten.",
     "evaluation": "Vi räknar antalet gemensamma konsultationer och följer påståendet om uppföljning "
                   "i självreflektionen."},
]

REPORTS = [
    {
        "centre": "vindeln",
        "year": 2024,
        "respondents": 64,
        "numeric": True,
        "weights": {
            "mal2a": [18, 26, 30, 16, 10],
            "mal2b": [30, 34, 22, 9, 5],
        },
        "yaml": {
            "description": {
                "catchment_area": "Familjecentralen tar emot blivande föräldrar och familjer med barn 0–6 år "
                                  "som är listade på Vindelns hälsocentral. Upptagningsområdet omfattar "
                                  "centralorten och byarna längs Vindelälven, bland annat Tvärålund, "
                                  "Hällnäs och Åmsele.",
                "community": "Vindeln är en glesbygdskommun med drygt 5 000 invånare, där många familjer "
                             "har långt till service. Många föräldrar pendlar till arbete i Umeå.",
                "supervision": "Arbetslaget har haft handledning fyra gånger under året med en extern "
                               "handledare. Handledningen utvärderades med en kort enkät i december, och "
                               "alla svarade att den har stärkt samarbetet.",
            },
            "statistics": {
                "visits": 2140,
                "pregnant_women": 38,
                "enrolled_children": 291,
                "families_special_support": 7,
                "parent_groups": 4,
                "other": [
                    {"label": "Besök från byarna utanför centralorten", "value": 140},
                    {"label": "Gemensamma hembesök", "value": 19},
                ],
            },
            "goals": {
                "main": "Barnmorska, BVC-sjuksköterska, socialsekreterare och förskollärare har träffats "
                        "varje vecka för att planera tillsammans och följa barn som visar tecken på en "
                        "ogynnsam utveckling. Vid behov har vi erbjudit gemensamma hembesök.",
                "accessible": "Öppna förskolan har varit öppen tre förmiddagar i veckan och en eftermiddag "
                              "för föräldrar som arbetar. Information om verksamheten finns på svenska, "
                              "engelska och arabiska på hälsocentralen och på kommunens webbplats.",
                "network": "Vi har haft fyra föräldragrupper för förstagångsföräldrar med start under "
                           "graviditeten. Flera grupper har fortsatt att träffas på egen hand efter "
                           "avslutad kurs.",
                "participation": "Föräldrarna har kunnat lämna förslag på teman till öppna förskolan i en "
                                 "förslagslåda. Barnen har fått välja sånger och lekar till samlingarna.",
                "support": "Föräldrar kan boka samtal med socialsekreteraren direkt i öppna förskolan, "
                           "utan remiss. BVC-sjuksköterskan finns på plats i öppna förskolan en "
                           "förmiddag i veckan.",
                "knowledge": "Vi har haft tematräffar om sömn, språkutveckling och barnsäkerhet, ofta "
                             "tillsammans med biblioteket. Tandhygienisten från folktandvården har "
                             "besökt öppna förskolan två gånger.",
            },
            "quotes": [
                {"text": "Det är skönt att kunna fråga om allt på ett ställe, från sömn till ekonomi.",
                 "gender": "kvinna"},
                {"text": "Jag önskar att det fanns fler tider när vi som jobbar kan komma.",
                 "gender": "man"},
                {"text": "Personalen tar sig alltid tid och lyssnar.", "gender": "annan"},
            ],
            "analysis": "Föräldraenkäten visar att de flesta tycker att familjecentralen är lätt att nå "
                        "och att personalen ger bra stöd. Lägst resultat har frågan om att träffa andra "
                        "föräldrar (mål 2), vilket stämmer med självreflektionen. Den andra frågan om "
                        "delaktighet (mål 3) fick för få svar för att kunna redovisas.",
            "priorities": VINDELN_PRIORITIES_2024,
            "reflections": "Arbetslaget upplever att samverkan har blivit en självklar del av vardagen. "
                           "Vi saknar ibland tid för gemensam planering när någon är sjuk eller ledig.",
            "self_reflection": {
                "respondents": 8,
                "statements": VINDELN_STATEMENTS,
                "answers": answers("222 22223222 2323 121222122 33 3234", {
                    "halsoframjande-arena": "Vi pratar ofta om mat, sömn och rörelse, men mest när föräldrarna själva tar upp det.",
                    "uppfoljning": "Vi följer sällan upp gemensamma insatser på ett strukturerat sätt.",
                }, [
                    {"statement": "tidigt-stod-samtal", "position": 2,
                     "comment": "Fungerar bra när socialsekreteraren är på plats."},
                    {"statement": "larande-hoglasning", "position": 2,
                     "comment": "Bokpåsar från biblioteket är populära."},
                    {"statement": "jamstalldhet-bada-foraldrarna", "position": 4,
                     "comment": "Inbjudningar går oftast bara till mamman."},
                    {"statement": "samverkan-byarna", "position": 4,
                     "comment": "Vi har få kontakter med föreningarna i byarna."},
                ]),
            },
        },
    },
    {
        "centre": "vindeln",
        "year": 2025,
        "respondents": 71,
        "numeric": True,
        "weights": {
            "mal2a": [46, 36, 12, 4, 2],
            "mal2b": [40, 36, 16, 5, 3],
            "mal4b": [32, 36, 20, 8, 4],
        },
        "yaml": {
            "description": {
                "catchment_area": "Familjecentralen tar emot blivande föräldrar och familjer med barn 0–6 år "
                                  "som är listade på Vindelns hälsocentral. Upptagningsområdet omfattar "
                                  "centralorten och byarna längs Vindelälven, bland annat Tvärålund, "
                                  "Hällnäs och Åmsele.",
                "community": "Vindeln är en glesbygdskommun med drygt 5 000 invånare, där många familjer "
                             "har långt till service. Under året har flera barnfamiljer flyttat till "
                             "byarna.",
                "supervision": "Handledningen fortsatte med fem träffar och handlade främst om samtal med "
                               "föräldrar i svåra situationer. Utvärderingen i arbetslaget visade att "
                               "handledningen är värdefull men att träffarna bör läggas tidigare på dagen.",
            },
            "statistics": {
                "visits": 2365,
                "pregnant_women": 41,
                "enrolled_children": 286,
                "families_special_support": 9,
                "parent_groups": 5,
                "other": [
                    {"label": "Besök från byarna utanför centralorten", "value": 230},
                    {"label": "Gemensamma hembesök", "value": 24},
                ],
            },
            "goals": {
                "main": "Vi har fortsatt med planeringsmöten varje vecka och infört en gemensam rutin för "
                        "samråd när någon i arbetslaget känner oro för ett barn. Fler familjer än året "
                        "innan har fått stöd av två yrkesgrupper samtidigt.",
                "accessible": "Vi har provat öppen förskola en lördag i månaden, vilket har lockat fler "
                              "pappor och familjer från byarna. Två gånger per termin har vi haft mobil "
                              "öppen förskola i Hällnäs och Tvärålund.",
                "network": "Utöver föräldragrupperna har vi startat en pappagrupp som träffas varannan "
                           "vecka. Flera föräldrar berättar att de fått nya kontakter i bygden genom "
                           "familjecentralen.",
                "participation": "Vi har bjudit in föräldrar till två träffar där de fått tycka till om "
                                 "öppettider och innehåll. Förslagen ledde bland annat till lördagsöppet "
                                 "och en sångstund för de yngsta barnen.",
                "support": "Socialsekreteraren har haft drop-in varannan vecka, och fler föräldrar har "
                           "hört av sig tidigt. Vi har tagit fram en gemensam broschyr om vart man kan "
                           "vända sig vid oro.",
                "knowledge": "Tematräffarna har fortsatt, bland annat om mat och måltider, skärmtid och "
                             "föräldraledighet. Föreläsningen om skärmtid filmades så att familjer i "
                             "byarna kunde se den i efterhand.",
            },
            "previous_priorities": [
                {"goal": VINDELN_PRIORITIES_2024[0]["goal"],
                 "work": "Vi startade en pappagrupp och lördagsöppet i öppna förskolan och bjöd in alla "
                         "som gått i föräldragrupp till en gemensam återträff.",
                 "evaluation": "Andelen positiva svar på fråga 2a ökade tydligt jämfört med 2024 och "
                               "nådde målet på 80 procent. Pappagruppen har haft i snitt sex deltagare "
                               "per träff."},
                {"goal": VINDELN_PRIORITIES_2024[1]["goal"],
                 "work": "Mobil öppen förskola har hållits två gånger per termin i Hällnäs och "
                         "Tvärålund, och tematräffarna har filmats.",
                 "evaluation": "Besöken från byarna ökade från 140 år 2024 till 230 år 2025. Föräldrar "
                               "i byarna efterfrågar fler tillfällen."},
            ],
            "quotes": [
                {"text": "Pappagruppen har blivit en fast punkt i veckan för mig och min dotter.",
                 "gender": "man"},
                {"text": "Bra att ni kommer ut till byn, annars hade vi inte orkat åka in.",
                 "gender": "kvinna"},
                {"text": "Jag känner mig välkommen oavsett vilken dag jag kommer.", "gender": "annan"},
            ],
            "analysis": "Resultatet för att träffa andra föräldrar (mål 2) har blivit tydligt bättre "
                        "sedan förra året, troligen tack vare pappagruppen och lördagsöppet. Frågorna "
                        "under mål 4 ligger något lägre än 2024, vilket kan hänga ihop med "
                        "vakanser på BVC under hösten. Den andra frågan om delaktighet (mål 3) fick "
                        "även i år för få svar, och självreflektionen visar att uppföljningen av våra "
                        "insatser behöver utvecklas.",
            "priorities": [
                {"goal": "Öka barns och föräldrars delaktighet i hur verksamheten utformas.",
                 "evaluation": "Vi håller två föräldraträffar per termin och räknar svaren på frågorna "
                               "om delaktighet i föräldraenkäten; målet är minst 30 svar per fråga."},
                {"goal": "Förbättra uppföljningen av de tidiga insatser vi gör tillsammans.",
                 "evaluation": "Vi inför en gemensam uppföljningslogg som gås igenom på varje "
                               "månadsmöte. I självreflektionen ska påståendet om uppföljning flytta "
                               "minst ett steg mot Fungerar."},
            ],
            "reflections": "Det har varit roligt att se fler pappor och familjer från byarna hitta till "
                           "oss. Vi vill fortsätta vara flexibla med öppettiderna, även om det kräver mer "
                           "planering.",
            "self_reflection": {
                "respondents": 9,
                "statements": VINDELN_STATEMENTS,
                "answers": answers("122 12123122 2223 121221122 23 2234", {
                    "halsoframjande-arena": "Tematräffarna om mat och skärmtid har gett många bra samtal.",
                    "uppfoljning": "Fortfarande svårt att hinna följa upp; blir ett prioriterat mål.",
                }, [
                    {"statement": "tidigt-stod-samtal", "position": 2,
                     "comment": "Drop-in gör att föräldrar får samtal snabbare."},
                    {"statement": "larande-hoglasning", "position": 2,
                     "comment": "Bokpåsarna fortsätter och sångstunden är uppskattad."},
                    {"statement": "jamstalldhet-bada-foraldrarna", "position": 3,
                     "comment": "Pappagruppen har hjälpt, men inbjudningarna behöver ses över."},
                    {"statement": "samverkan-byarna", "position": 3,
                     "comment": "Bättre kontakt med byaföreningarna genom mobil öppen förskola."},
                ]),
            },
        },
    },
    {
        "centre": "ostersund-lugnvik",
        "year": 2024,
        "respondents": 83,
        "numeric": False,
        "weights": {
            "mal2a": [16, 24, 30, 18, 12],
            "mal2b": [28, 32, 24, 10, 6],
            "mal5a": [26, 32, 24, 11, 7],
        },
        "yaml": {
            "description": {
                "catchment_area": "Familjecentralen tar emot blivande föräldrar och familjer med barn 0–6 år "
                                  "som är listade på Lugnviks hälsocentral. De flesta bor i Lugnvik, "
                                  "Odenslund och Torvalla by.",
                "community": "Området har både hyreshus och villor och en stor andel familjer med annat "
                             "modersmål än svenska. Många familjer är nyinflyttade till Östersund och "
                             "saknar släkt i närheten.",
                "supervision": "Personalen har haft processhandledning sex gånger under året med en extern "
                               "handledare. Handledningen utvärderades i december med en gemensam "
                               "reflektion och bedömdes ha ökat förståelsen för varandras uppdrag.",
            },
            "statistics": {
                "visits": 5420,
                "pregnant_women": 118,
                "enrolled_children": 642,
                "families_special_support": 17,
                "parent_groups": 9,
                "other": [
                    {"label": "Besök med tolk", "value": 86},
                    {"label": "Gemensamma konsultationer BVC och socialtjänst", "value": 24},
                ],
            },
            "goals": {
                "main": "MVC, BVC, socialtjänstens öppenvård och öppna förskolan har haft gemensamma "
                        "planeringsmöten varannan vecka. Familjer där vi sett tecken på en ogynnsam "
                        "utveckling har erbjudits ett samtal med två yrkesgrupper samtidigt.",
                "accessible": "Öppna förskolan har öppet fyra dagar i veckan, varav en eftermiddag. Vi "
                              "använder tolk vid behov och har välkomstinformation på svenska, arabiska, "
                              "somaliska, tigrinja och engelska.",
                "network": "Vi har erbjudit föräldragrupper under graviditeten och under barnets första "
                           "år, varav en grupp med tolk på arabiska. För många nyinflyttade blir gruppen "
                           "den första kontakten med andra föräldrar.",
                "participation": "Föräldrarna har fått tycka till om aktiviteterna i en enkel enkät med "
                                 "bilder. Barnen har varit med och valt lekar och material till lekhallen.",
                "support": "Socialtjänstens familjebehandlare har drop-in i öppna förskolan varje tisdag. "
                           "BVC-sjuksköterskan kan boka ett gemensamt samtal med familjebehandlaren "
                           "direkt när en förälder berättar om oro.",
                "knowledge": "Vi har haft informationsträffar om barns språkutveckling, tandhälsa och "
                             "förskolan i Sverige. Träffarna hålls på lätt svenska och vid behov med tolk.",
            },
            "quotes": [
                {"text": "Här fick jag hjälp att förstå hur BVC fungerar i Sverige.", "gender": "kvinna"},
                {"text": "Bra att man kan prata med någon utan att boka tid.", "gender": "man"},
                {"text": "Mina barn frågar varje morgon om vi ska gå till lekhallen.", "gender": "annan"},
            ],
            "analysis": "Föräldrarna är överlag nöjda med bemötandet och med hur lätt det är att få "
                        "stöd. Svaren om att lära känna andra föräldrar (mål 2) och om information "
                        "(mål 5) är lägre, och personalen ser att det gäller särskilt familjer som är "
                        "nya i Sverige. Den andra frågan om delaktighet (mål 3) fick för få svar för att "
                        "redovisas, och självreflektionen visar att uppföljningen av gemensamma "
                        "insatser behöver utvecklas.",
            "priorities": LUGNVIK_PRIORITIES_2024,
            "reflections": "Familjer kommer gärna tillbaka när de väl har hittat hit, men första besöket "
                           "kan vara en hög tröskel. Arbetslaget vill bli bättre på att hälsa och följa "
                           "med nya föräldrar in i verksamheten.",
            "self_reflection": {
                "respondents": 11,
                "statements": LUGNVIK_STATEMENTS,
                "answers": answers("232 22234222 2343 322223232 23 2334", {
                    "halsoframjande-arena": "Bra samarbete med tandvården, men få aktiviteter om rörelse.",
                    "uppfoljning": "Vi saknar en gemensam rutin för att följa upp det vi kommit överens om.",
                }, [
                    {"statement": "tidigt-stod-samtal", "position": 3,
                     "comment": "Fungerar när båda yrkesgrupperna är på plats samma dag."},
                    {"statement": "larande-sprakcafe", "position": 4,
                     "comment": "Efterfrågas av många föräldrar; vi har ännu inget fast tillfälle."},
                    {"statement": "jamstalldhet-pappor", "position": 4,
                     "comment": "Pappor kommer mest på eftermiddagar och får mindre information."},
                    {"statement": "samverkan-forskolor", "position": 3,
                     "comment": "Bra kontakt med två av förskolorna i området."},
                ]),
            },
        },
    },
    {
        "centre": "ostersund-lugnvik",
        "year": 2025,
        "respondents": 88,
        "numeric": False,
        "weights": {
            "mal2a": [44, 36, 13, 5, 2],
            "mal2b": [40, 36, 15, 6, 3],
            "mal5a": [40, 36, 16, 6, 2],
        },
        "yaml": {
            "description": {
                "catchment_area": "Familjecentralen tar emot blivande föräldrar och familjer med barn 0–6 år "
                                  "som är listade på Lugnviks hälsocentral. De flesta bor i Lugnvik, "
                                  "Odenslund och Torvalla by.",
                "community": "Området har både hyreshus och villor och en stor andel familjer med annat "
                             "modersmål än svenska. Under året har flera nya hyreshus byggts i Odenslund.",
                "supervision": "Handledningen har fortsatt med sex träffar och handlat om hur vi tar upp "
                               "oro för barn. Utvärderingen visade att personalen känner sig tryggare i "
                               "de samtalen.",
            },
            "statistics": {
                "visits": 5890,
                "pregnant_women": 111,
                "enrolled_children": 655,
                "families_special_support": 21,
                "parent_groups": 11,
                "other": [
                    {"label": "Besök med tolk", "value": 97},
                    {"label": "Gemensamma konsultationer BVC och socialtjänst", "value": 41},
                    {"label": "Besök på språkcaféet", "value": 310},
                ],
            },
            "goals": {
                "main": "De gemensamma planeringsmötena har fortsatt, och vi har infört en fast rutin för "
                        "konsultation mellan BVC och socialtjänsten. Fler familjer än förra året har fått "
                        "tidiga insatser där två eller fler yrkesgrupper samverkat.",
                "accessible": "Vi har gjort en kort film på fem språk som visar familjecentralen och hur "
                              "man hittar hit. Personalen i öppna förskolan har arbetat medvetet med att "
                              "hälsa och följa med nya föräldrar in.",
                "network": "Språkcaféet har träffats varje torsdag och har blivit en mötesplats för "
                           "föräldrar från många länder. Vi har också haft två föräldragrupper för pappor.",
                "participation": "Ett föräldraråd med fem föräldrar har träffats en gång per termin och "
                                 "tyckt till om innehållet. Barnens önskemål fångas upp med bildstöd vid "
                                 "samlingen.",
                "support": "Drop-in hos familjebehandlaren har fortsatt, och vi har lagt till en kvällstid "
                           "i månaden. Den nya konsultationsrutinen gör att föräldrar snabbare får kontakt "
                           "med rätt yrkesgrupp.",
                "knowledge": "Informationsträffarna har fortsatt med teman som föräldraledighet, "
                             "barnsäkerhet och sömn. Korta sammanfattningar på flera språk finns nu på "
                             "kommunens webbplats.",
            },
            "previous_priorities": [
                {"goal": LUGNVIK_PRIORITIES_2024[0]["goal"],
                 "work": "Språkcaféet startade i februari och har hållits varje torsdag tillsammans med "
                         "biblioteket.",
                 "evaluation": "Språkcaféet hade 310 besök under året, och andelen positiva svar på fråga "
                               "2a ökade tydligt jämfört med 2024."},
                {"goal": LUGNVIK_PRIORITIES_2024[1]["goal"],
                 "work": "BVC och socialtjänsten har en fast konsultationstid varannan vecka och en "
                         "gemensam mall för att dokumentera vad vi kommit överens om.",
                 "evaluation": "De gemensamma konsultationerna ökade från 24 till 41. I självreflektionen "
                               "flyttade påståendet om uppföljning från Behöver utvecklas något till "
                               "Fungerar delvis."},
            ],
            "quotes": [
                {"text": "På språkcaféet har jag fått mina första svenska vänner.", "gender": "kvinna"},
                {"text": "Pappagruppen gjorde att jag vågade ta ut mer föräldraledighet.", "gender": "man"},
                {"text": "Personalen lyssnar på våra förslag och gör något av dem.", "gender": "annan"},
            ],
            "analysis": "Svaren om att lära känna andra föräldrar (mål 2) har blivit tydligt bättre sedan "
                        "2024, vilket vi kopplar till språkcaféet och pappagrupperna. Den andra frågan om "
                        "delaktighet (mål 3) fick även i år för få svar. I självreflektionen har "
                        "uppföljningen förbättrats, medan arbetet med jämställdhet fortfarande behöver "
                        "utvecklas.",
            "priorities": [
                {"goal": "Öka föräldrarnas delaktighet i planeringen av verksamheten.",
                 "evaluation": "Föräldrarådet ska träffas minst två gånger per termin, och frågorna om "
                               "delaktighet i föräldraenkäten ska få minst 40 svar var."},
                {"goal": "Arbeta för ett mer jämställt föräldraskap.",
                 "evaluation": "Vi räknar andelen pappor och medföräldrar som besöker öppna förskolan och "
                               "deltar i föräldragrupper och jämför med 2025."},
            ],
            "reflections": "Språkcaféet har gett arbetslaget mycket energi och nya kontakter med "
                           "föreningar i området. Vi behöver hitta sätt att ta vara på alla idéer som "
                           "föräldrarna kommer med.",
            "self_reflection": {
                "respondents": 10,
                "statements": LUGNVIK_STATEMENTS,
                "answers": answers("222 22223222 2233 222222222 23 2233", {
                    "halsoframjande-arena": "Vi har lagt till rörelselekar i öppna förskolan.",
                    "uppfoljning": "Konsultationsmallen hjälper, men alla använder den inte ännu.",
                }, [
                    {"statement": "tidigt-stod-samtal", "position": 2,
                     "comment": "Den fasta konsultationstiden gör att samtal kan erbjudas snabbt."},
                    {"statement": "larande-sprakcafe", "position": 2,
                     "comment": "Språkcaféet har blivit en stående aktivitet."},
                    {"statement": "jamstalldhet-pappor", "position": 4,
                     "comment": "Fler pappor kommer, men vi riktar oss fortfarande mest till mammor."},
                    {"statement": "samverkan-forskolor", "position": 3,
                     "comment": "Oförändrat; vi vill planera gemensamma inskolningsträffar."},
                ]),
            },
        },
    },
]


# --------------------------------------------------------------------------------------------
# YAML output (a small emitter; the standard library has none)
# --------------------------------------------------------------------------------------------

WRAP = 92  # block scalars are wrapped at this width
LONG_LINE = 110  # a text longer than this on its key's line becomes a block scalar
RESERVED = {"y", "yes", "n", "no", "true", "false", "on", "off", "null", "~"}
PLAIN = re.compile(r"[A-Za-zÅÄÖåäöÉé0-9.][^:#\n\"']*")


def scalar(value):
    if isinstance(value, bool):
        raise TypeError("booleans are not used in report files")
    if isinstance(value, int):
        return str(value)
    text = str(value)
    if (PLAIN.fullmatch(text) and not text.endswith(" ") and text.lower() not in RESERVED
            and not re.fullmatch(r"[-+0-9.eE_]+", text)):
        return text
    # A JSON string is a valid YAML double-quoted scalar.
    return json.dumps(text, ensure_ascii=False)


def block_lines(text, indent):
    out = []
    for number, paragraph in enumerate(text.split("\n\n")):
        if number:
            out.append("")
        out.extend(textwrap.wrap(paragraph, width=WRAP - indent, break_long_words=False,
                                 break_on_hyphens=False))
    return [" " * indent + line if line else "" for line in out]


def emit_mapping(mapping, indent, lines, first_prefix=None):
    for number, (key, value) in enumerate(mapping.items()):
        pad = " " * indent
        prefix = first_prefix if (number == 0 and first_prefix is not None) else pad
        if isinstance(key, Comment):
            assert not (number == 0 and first_prefix is not None)
            lines.append(f"{pad}# {key.text}")
            continue
        if isinstance(value, dict):
            lines.append(f"{prefix}{key}:")
            emit_mapping(value, indent + 2, lines)
        elif isinstance(value, list):
            lines.append(f"{prefix}{key}:")
            emit_sequence(value, indent + 2, lines)
        elif isinstance(value, str) and (len(prefix) + len(key) + 2 + len(value) > LONG_LINE
                                         or "\n" in value):
            lines.append(f"{prefix}{key}: |")
            lines.extend(block_lines(value, indent + 2))
        else:
            lines.append(f"{prefix}{key}: {scalar(value)}")


def emit_sequence(items, indent, lines):
    for item in items:
        if isinstance(item, dict):
            emit_mapping(item, indent + 2, lines, first_prefix=" " * indent + "- ")
        else:
            lines.append(" " * indent + "- " + scalar(item))


def report_document(report, csv_name):
    centre, year, data = report["centre"], report["year"], report["yaml"]
    doc = {
        "fcdoc": 1,
        "kind": "report",
        "status": "inlämnad",
        "centre": f"../{centre}.yaml",
        "year": year,
        "description": data["description"],
        "statistics": data["statistics"],
        "goals": data["goals"],
    }
    if "previous_priorities" in data:
        doc["previous_priorities"] = data["previous_priorities"]
    doc["quotes"] = data["quotes"]
    doc["analysis"] = data["analysis"]
    doc["priorities"] = data["priorities"]
    doc["reflections"] = data["reflections"]
    doc["survey"] = {"file": csv_name}
    reflection = data["self_reflection"]
    doc["self_reflection"] = {
        "respondents": reflection["respondents"],
        own_statements_comment(): None,
        "statements": reflection["statements"],
        "answers": reflection["answers"],
    }
    lines = [
        "# SYNTETISKA EXEMPELDATA FÖR TESTER – inga verkliga enkätresultat eller verksamhetsberättelser.",
        "# Skapad av scripts/make-report-fixtures.py; ändra i skriptet och kör det igen, inte här.",
    ]
    emit_mapping(doc, 0, lines)
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------------------------
# Survey CSV
# --------------------------------------------------------------------------------------------

def survey_rows(report):
    rng = random.Random(f"{SEED}-{report['centre']}-{report['year']}")
    year, count = report["year"], report["respondents"]
    days = [datetime.date.fromisocalendar(year, week, day) for week in (45, 46) for day in range(1, 6)]
    thin_rows = set(rng.sample(range(count), rng.choice([3, 4])))
    rows = []
    for index in range(count):
        date = rng.choice(days)
        gender = rng.choices(["kvinna", "man", "annan"], weights=[64, 33, 3])[0]
        answers = []
        for question in QUESTIONS:
            weights = report["weights"].get(question, BASE_WEIGHTS)
            value = rng.choices([5, 4, 3, 2, 1], weights=weights)[0]
            if question == THIN_QUESTION:
                cell = value if index in thin_rows else None
            else:
                roll = rng.random()
                if roll < BLANK_RATE:
                    cell = None
                elif roll < BLANK_RATE + VET_EJ_RATE:
                    cell = VET_EJ
                else:
                    cell = value
            if cell is None:
                answers.append("")
            elif cell == VET_EJ:
                answers.append(VET_EJ)
            else:
                answers.append(str(cell) if report["numeric"] else LABELS[cell])
        rows.append((date, gender, answers))
    rows.sort(key=lambda row: row[0])  # stable: same-day rows keep their order
    return [[date.isoformat(), gender, *answers] for date, gender, answers in rows]


def write_csv(path, rows):
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";", lineterminator="\n")
        writer.writerow(["datum", "kon", *QUESTIONS])
        writer.writerows(rows)


def summary(rows, numeric):
    value_of = {str(v): v for v in LABELS} if numeric else {label: v for v, label in LABELS.items()}
    parts = []
    for column, question in enumerate(QUESTIONS, start=2):
        answers = [value_of[row[column]] for row in rows if row[column] in value_of]
        if len(answers) < 5:
            parts.append(f"{question} n={len(answers)} (för få svar)")
        else:
            positive = sum(1 for a in answers if a >= 4) / len(answers)
            parts.append(f"{question} n={len(answers)} {positive:.0%}")
    return ", ".join(parts)


def main():
    for report in REPORTS:
        out = OUT_FOR[report["centre"]]
        out.mkdir(parents=True, exist_ok=True)
        stem = f"{report['centre']}-{report['year']}"
        csv_name = f"{stem}-enkat.csv"
        rows = survey_rows(report)
        write_csv(out / csv_name, rows)
        (out / f"{stem}.yaml").write_text(report_document(report, csv_name), encoding="utf-8")
        print(f"{stem}: {len(rows)} svar; {summary(rows, report['numeric'])}")


if __name__ == "__main__":
    main()
