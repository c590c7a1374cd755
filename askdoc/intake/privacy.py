"""Find and redact identifying details before a question is published.

HIPAA Safe Harbor's identifiers are the reference: names, phone numbers, emails, street addresses,
ID and record numbers, exact dates of birth, handles and personal URLs, licence plates, ages over
89. Each finder returns spans on the ORIGINAL text; overlaps are resolved by a fixed priority
(an email beats the name inside it), then each span is replaced by a bracketed token.

Names use no statistical model (spaCy's models are not on PyPI): a capitalised word from our own
first-name list, or any capitalised word after a cue ("my name is", "Dr.", "my son", a closing
"Thanks, ..."), never a medical eponym ("Parkinson's", "Bell's palsy").
"""

import functools
import re
from collections.abc import Callable, Iterator

import phonenumbers

from askdoc.intake import name_model, privacy_zh, spoken, tagger
from askdoc.intake.analysis_types import Identifier
from askdoc.intake.data_files import load, word_set
from askdoc.intake.glossary import is_glossary_word, is_romanised, romanised_markers
from askdoc.intake.names import (
    AMBIGUOUS,
    BRANDS,
    EPONYMS,
    FIRST_NAMES,
    MEDICAL_WORDS,
    NON_NAME_WORDS,
    PARTICLES,
    PLACE_WORDS,
    PLACES,
    fold,
    world_place_phrases,
    world_places,
)
from askdoc.textkit import STOP_WORDS, is_ordinary_word

_WORDS_FILE = "privacy_words.yaml"
_WORDS = load(_WORDS_FILE)

TOKENS = {
    "name": "[name]",
    "phone": "[phone]",
    "email": "[email]",
    "address": "[address]",
    "id_number": "[id number]",
    "date_of_birth": "[date of birth]",
    "url": "[url]",
    "handle": "[handle]",
    "licence_plate": "[licence plate]",
}
# Earlier types win an overlap: they are the more specific patterns.
PRIORITY = ["email", "url", "id_number", "date_of_birth", "licence_plate", "phone", "address", "handle", "name"]

Span = tuple[str, int, int]  # type, start, end

EMAIL = re.compile(r"[A-Za-z0-9À-ž.+\-_]+@[\w\-]+(?:\.[\w\-]+)*\.[A-Za-z]{2,}"
                   # written to dodge spam bots: "jo.smith88 at gmail dot com", "jo [at] mail [dot] co [dot] uk"
                   r"|(?i:[a-z0-9.+\-_]+\s*[\[(]?\s*at\s*[\])]?\s*[a-z0-9\-]+(?:\s*[\[(]?\s*dot\s*[\])]?\s*"
                   r"(?:com|net|org|edu|gov|co|uk|io|me|info|tw|ca|au|de|fr|in|us|nz|ie|jp|hk|sg))+)\b")
URL = re.compile(
    r"\b(?:https?://|www\.)[^\s<>()\"']+"
    r"|\b(?:facebook|fb|instagram|twitter|x|tiktok|linkedin|youtube|reddit|github|snapchat|threads|pinterest|"
    r"medium|substack|linktr|onlyfans|t|wa)\.(?:com|me|ee|io|co|net|net)/[^\s<>()\"']+"
    r"|\b[\w\-]+\.(?:blogspot|wordpress|substack|tumblr|wixsite|weebly|carrd)\.(?:com|co)(?:/[^\s<>()\"']*)?"
    # Any host with a path: a link pasted without "https://" ("youtube.example.com/@me").
    r"|(?<![@\w.])(?:[a-z0-9\-]+\.)+(?:com|org|net|io|co|me|info|blog|site|page|dev|app|tv|ly|uk|de|fr|es|it|nl|example|"
    r"au|ca|nz|pt|br|in|ie|eu)(?:\.[a-z]{2})?/[^\s<>()\"']+",
    re.IGNORECASE,
)
# A bare personal domain after a cue ("my site is jane-doe.net").
SITE = re.compile(r"(?i)\b(?:site|blog|website|web page|portfolio|channel|vlog|homepage)\s*(?:is|:|at)?\s*"
                  r"(?P<value>(?:[a-z0-9\-]+\.)+[a-z]{2,6})\b")
PLATFORM_CUE = (
    r"(?i:\b(?:snapchat|snap|instagram|insta|ig|tiktok|gaming tag|tag|twitter|threads|telegram|discord|kik|skype|"
    r"wechat|weixin|line id|kakaotalk|kakao|viber|zalo|"
    r"reddit|twitch|bluesky|mastodon|gamertag|username|user name|(?:my|the|her|his) (?:handle|snap)|screen name|"
    r"(?:streaming|stream|gamer|gaming|display|online) name|"
    r"as user)\b|\b(?-i:LINE)(?=\s*:))"
    r"(?:\s+(?:on|in)(?:\s+(?:the|a|my|here))?(?:\s+[A-Za-z]+){0,2})?"
    r"(?:\s*\(?\s*(?:the|handle|username|id|name|account|is|:|me|at|if u want|if you want|used to be|was))*"
    r"\s*[:\-(,]?\s*"
)
# a digit, "_" or "." inside, or a capital inside a word ("BreatheEasyBarb"): not an ordinary word
PLATFORM_HANDLE = re.compile(PLATFORM_CUE + r"(?P<value>(?=[A-Za-z0-9_.]*(?:[\d_]|\.[A-Za-z0-9]|[a-z][A-Z]))"
                             r"[A-Za-z0-9_][A-Za-z0-9_.]{1,28}[A-Za-z0-9_](?:#\d{4})?)(?![\w@])")
# or a run of letters that is no word ("my daughter's discord is moonlitfoxx"; not "my snap is broken")
PLATFORM_WORD = re.compile(PLATFORM_CUE + r"(?<![\w@/.])(?P<value>[a-z][a-z]{4,29})(?![\w@.])")
DISCORD_TAG = re.compile(r"(?<![\w#])[A-Za-z0-9_.]{2,32}#\d{4}\b")
HANDLE_BEFORE_PLATFORM = re.compile(r"(?<![\w@.])(?P<value>(?=[A-Za-z0-9_.]*(?:[\d_]|\.[A-Za-z0-9]))"
                                    r"[A-Za-z0-9_][A-Za-z0-9_.]{1,28}[A-Za-z0-9_])\s+on\s+(?i:instagram|insta|ig|tiktok|twitter|snapchat|snap|"
                                    r"threads|reddit|youtube|twitch|discord|strava|facebook|fb|linkedin|pinterest|"
                                    r"tumblr|bluesky|mastodon|telegram|x)\b")
# "I'm boglandbrendan on the farming forum", "welshhillfarmer83 from the sheep forum here": who the writer is on a
# forum or group, a run of letters that is no word (or holds a digit or "_").
FORUM_NAME = re.compile(r"(?:^|(?P<intro>(?i:\b(?:i['’]?m|i am|its|it['’]s|this is)\s+)))"
                        r"(?P<value>[A-Za-z][A-Za-z0-9_.]{5,29})\s+"
                        r"(?i:on|from|in)\s+(?i:the|a|our)\s+(?:[A-Za-z]+\s+){0,2}(?i:forum|group|server|subreddit|board)\b"
                        r"(?P<here>\s+here\b)?")
HANDLE = re.compile(r"(?<![\w@.])@(?!(?:Dr|Mr|Mrs|Ms|Prof)\b)[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?"
                    r"|\bu/[A-Za-z0-9_\-]{3,30}\b")

ID_CUE = (
    r"(?:ssn|social security(?: number| no\.?| #)?|sin|nhs (?:number|no\.?)|nhs(?=\s*(?:#|:|\d{3}\s?\d{3}\s?\d{4}\b))|"
    r"mrn|medical record(?: number| no\.?| #)?|"
    r"hospital (?:number|no\.?|id|record number)|patient (?:id|number|no\.?|#)|chart (?:number|no\.?)|"
    r"insurance (?:id|number|no\.?|member id|card number)|member (?:id|number|#)|policy (?:number|no\.?|#)|"
    r"acct\.? (?:no\.?|number|#)|ref(?:erence)?\s*(?=[:#])|ref (?:number|no\.?|#)|"
    r"(?:patient|hospital|nhs|case|clinic|claim|booking|policy) ref(?:erence)?\b|"
    r"(?:policy|claim)(?=\s*[:#]?\s+[A-Z]{0,3}\d)|(?:group|grp)(?=\s*(?:#|:|no\.?|number)\s*\d{4,})|"
    r"national (?:id|identity|insurance)(?: card)?(?: number| no\.?)?|id (?:number|no\.?|#)|id card(?: number)?|"
    r"identity card(?: number)?|passport(?: number| no\.?)?|driver'?s? licen[cs]e(?: number| no\.?)?|"
    r"health (?:card|insurance)(?: number| no\.?)?|(?:insurance )?card id|medicare(?: number| no\.?| id)?|"
    r"medicaid(?: number| id)?|"
    r"aadh?aa?r(?: card)?(?: number| no\.?)?|pan(?: card)? number|case (?:number|no\.?)|reference (?:number|no\.?)|"
    r"account (?:number|no\.?)|(?:employee|staff|work|badge|payroll|pupil|school|library|union|service|army|military|"
    r"veteran|visa|permit|registration|enrol?ment|candidate|roll|matriculation|membership|member|customer|client|pension|"
    r"ticket|order|tracking|loyalty|gym|student) (?:id|number|no\.?|#)|record (?:number|no\.?)|"
    r"ni (?:number|no\.?)|(?-i:NINO)|tax (?:id|number|code)|tax file (?:number|no\.?)|"
    r"claim (?:number|no\.?|#)|prescription (?:number|no\.?)|"
    r"licen[cs]e (?:number|no\.?)|card (?:number|no\.?)|membership (?:number|no\.?)|booking (?:number|reference)|"
    # National and health numbers of other countries (Brazil, Spain, Netherlands, Poland, Korea, Singapore, Hong
    # Kong, Malaysia, Ireland, Italy, France, Canada's provinces, India, Sweden, Romania, China, South Africa…).
    r"cpf|rg|curp|rfc|nss|dni|nie|nif|bsn|pesel|rrn|resident (?:registration )?(?:number|no\.?)|"
    r"nric|hkid|mykad|ic (?:number|no\.?)|pps(?:n| number)?|codice fiscale|tessera sanitaria|carte vitale|"
    r"num[ée]ro de s[ée]cu(?:rit[ée] sociale)?|ohip(?: number)?|ramq|health card|care card|phn|uhid|abha(?: number)?|"
    r"personnummer|personal (?:id|number|identity number|code)|cnp|emirates id|iqama|citizen id|hukou|"
    r"ihi|nhi(?: number)?|ird(?: number)?|tfn|(?<!tai )chi(?: number| no\.?)?|svnr|versichertennummer|"
    r"krankenversichertennummer|sozialversicherungsnummer|steuer-?id|social insurance (?:number|no\.?)|voter id|"
    r"ration card|jmbg|emšo|emso|oib|egn|iin|bin|rnokpp|tckn|t\.?c\.? kimlik(?: no\.?| numaras[ıi])?|(?-i:NIN)|bvn|"
    r"omang|"
    r"cpr(?: number| nr\.?| no\.?)?|f[øo]dselsnummer|kennitala|henkil[öo]tunnus|hetu|ahv(?: number| no\.?)?|"
    r"nhif(?: number| no\.?)?|nhis(?: number| no\.?)?|nida(?: number| no\.?)?|huduma(?: namba| number)?|"
    r"ghana card(?: number| no\.?)?|philhealth(?: number| no\.?| id| pin)?|sss (?:number|no\.?)|umid|"
    r"(?-i:NID|NIC)|reg(?:istration)?\.? no\.?(?=\s*[A-Z0-9]+/)|(?:member|employee|staff)(?=\s+#?[A-Z]?\d{3,})|"
    r"policy(?=\s+(?:is\s+|#\s*|:\s*)?\d{5})|"
    r"c[ée]dula|cuil|cuit|(?-i:ID)(?=\s+(?-i:[A-Z]{0,4})[\-/]?\d)|"
    r"(?<!line )(?<!user )(?<!game )(?<!skype )(?<!kakao )(?<!wechat )id(?=\s*:)|"
    r"(?:(?<=my )|(?<=his )|(?<=her )|(?<=their ))id(?=\s+(?:is|was)\b)|"
    r"(?-i:(?<![A-Za-z])[A-Z]{2,5} ID)(?=\s+(?:is|was)\b)|"  # "his VA ID is 1V-44920-71"
    r"emp\.? id|crew id|(?:employee|staff|work) badge(?: number| no\.?| #)?|certificate(?: number| no\.?| #)?|"
    r"code melli|melli code|national code|sv-?nummer|e-?card(?: number| no\.?)?|amka|afm|utente(?: number| no\.?)?|"
    r"(?-i:RUT|RUN)|expediente|historia cl[íi]nica|n[úu]mero de (?:afiliaci[óo]n|seguro social|expediente))"
)
ID_VALUE = (r"(?P<value>(?<![A-Za-z0-9_])[A-Za-z]{0,4}[\-/]?\d(?:[\dA-Za-z\-/]|\.(?=\d)){0,}"
            r"(?:[ \-]\d[\dA-Za-z]{1,}){0,3})")
# A few words may sit between the cue and the number ("case number at the clinic is 2023-44871").
ID_NUMBER = re.compile(r"(?i:\b" + ID_CUE + r")(?:\b|(?<=[.#]))[^\d.\n]{0,40}?" + ID_VALUE)
SSN = re.compile(r"\b\d{3}-\d{2}-\d{4}\b")
# UK National Insurance number ("QQ 12 34 56 C").
NINO = re.compile(r"\b[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b")
# Without a cue: letters and at least six digits run together with dashes ("HMO-55208814-03",
# "AXP-4481-2209") — never short lab or disease codes ("COVID-19", "CA-125", "HbA1c").
CODE_ID = re.compile(r"\b[A-Z]{1,5}-?\d[\dA-Z]*(?:-[\dA-Z]+)+\b|\b[A-Z]{1,3}\d{6,}\b")
# Without a cue: a bare run of 7–9 digits is a record number more often than anything else
# (longer runs are phones; a phone cue before it wins).
# Without a cue, national formats too distinctive to be anything else: Brazil's CPF (123.456.789-09), a Korean
# resident number (900101-1234567), a Chinese resident ID (18 characters), a Malaysian IC (520714-08-5566), a Spanish
# DNI/NIE (12345678Z, X1234567L).
NATIONAL_ID = re.compile(r"\b\d{3}\.\d{3}\.\d{3}-\d{2}\b|\b\d{6}-[1-8]\d{6}\b|\b\d{17}[\dX]\b|\b\d{6}-\d{2}-\d{4}\b"
                         r"|\b[XYZ]?\d{7,8}-?[A-HJ-NP-TV-Z]\b")
# Italy's codice fiscale: six letters, two digits, a letter, two digits, a letter, three digits, a letter.
CODICE_FISCALE = re.compile(r"\b[A-Z]{6}\d{2}[A-EHLMPR-T]\d{2}[A-Z]\d{3}[A-Z]\b")
DIGIT_ID = re.compile(r"(?<![\w.,/:+\-])(?<!\d )\d{7,9}(?![\w.,/:\-]\d|\w)")

MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
         r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
FOREIGN_MONTH = (r"(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|sep?tiembre|octubre|noviembre|diciembre|"
                 r"janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre|"
                 r"januar|februar|m[äa]rz|juni|juli|oktober|dezember|gennaio|febbraio|aprile|maggio|giugno|luglio|"
                 r"settembre|ottobre|dicembre|janeiro|fevereiro|mar[çc]o|maio|junho|julho|setembro|outubro|"
                 r"novembro|dezembro|januarie|februarie|maart|mei|junie|julie|augustus|desember)")
ORD = r"(?:st|nd|rd|th)?"
DATE = (
    r"(?:\d{1,2}[/.\-]\d{1,2}[/.\-](?:\d{4}|\d{2})\b|\d{4}[/.\-]\d{1,2}[/.\-]\d{1,2}\b"
    r"|\d{1,2}[\-/]" + MONTH + r"[\-/](?:\d{4}|\d{2})\b|\d{4}[\-/]" + MONTH + r"[\-/]\d{1,2}\b"
    r"|\d{1,2}\.?\s+(?:de\s+)?" + FOREIGN_MONTH + r"(?:,?\s+(?:de\s+)?\d{4})?\b"
    r"|\d{1,2}" + ORD + r"\s+(?:of\s+)?" + MONTH + r"(?:,?\s+\d{4})?\b"
    r"|" + MONTH + r"\s+\d{1,2}" + ORD + r"(?:,?\s+\d{4})?\b"
    r"|" + MONTH + r"\s+\d{4}\b)"
)
DATE_OF_BIRTH = re.compile(
    r"(?i)\b(?:born(?:\s+(?:on|in))?|born(?:\s+\w+){1,4}?\s+on|born(?:\s+\w+){1,4}?(?=\s*,)|turn(?:s|ed)\s+\d{1,3}\s+on|"
    r"dob|d\.o\.b\.?|date of birth|birth ?date|birthday(?:\s+is)?|b-?day(?:\s+is)?|birth|(?<![\w.])b\.|(?<=[(,]\s)f\.|"
    r"n[ée]e? le|nacid[oa] el|nac(?:[íi]|i[óo]) el|cumplea[ñn]os(?:\s+es)?|geboren?(?: am| op)?|geb\.|nat[oa] il|"
    r"nascid[oa] em|fecha de nacimiento|"
    r"date de naissance|geburtsdatum|data di nascita|data de nascimento)"
    r"\s*(?:is|was|as|:|-|–|—|=|,\s*it['’]?s)?\s*\(?\s*(?:on\s+)?(?:the\s+)?(?P<value>" + DATE + r")"
    # "DOB for the flu jab: 12/12/1932": a few words between the label and its colon
    r"|(?i:\b(?:dob|d\.o\.b\.?|date of birth)\b[^:\n.?!\d]{1,30}:\s*)(?P<late>" + DATE + r")"
)
# A second date set against a birth date is one too: "5 Aug 1979 instead of 8 May 1979", "12/03/1961, not 13/03".
DOB_CORRECTION = re.compile(r"\s*,?\s*(?:instead of|rather than|not|or|and not|and|but it(?:['’]s| is)|should be|"
                            r"it should be|corrected to)\s+(?:the\s+)?(?P<value>" + DATE + r")", re.IGNORECASE)

STREET = (r"(?:Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Drive|Boulevard|Blvd|Court|Ct|Way|Place|Pl|Terrace|Close|Concourse|"
          r"Crescent|Cres|Highway|Hwy|Parkway|Pkwy|Square|Sq|Circle|Cir|Trail|Row|Gardens|Grove|Mews|Rise|Strasse|"
          r"Straße|Calle|Rua|Avenida|Marg|Nagar|Dr|Parade|Esplanade|Promenade|Quay|Walk|Wharf|Alley|Broadway|Heights|"
          r"Hill|Green|View|Park|Loop|Pike|Cottages?|Pde|Tce|Cct|Gdns|Crt)")
# A street's words: capitalised (any alphabet with diacritics) or an ordinal ("West 112th Street").
CAPWORD = r"(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\wÀ-ž'’\-]*\.?|\d{1,3}(?:st|nd|rd|th))"
CAPWORD_NO_STOP = r"(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\wÀ-ž'’\-]*|\d{1,3}(?:st|nd|rd|th))"
CITY = r"[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-ÿā-ž][\wÀ-ž\-]*(?:\s[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-ÿā-ž][\wÀ-ž\-]*)?"
UK_POSTCODE = r"[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}"
# An Eircode (Ireland's postcode, one per home): a routing key ("V31", "D6W") and four letters and digits, at least one
# of each ("KW72").
EIRCODE = r"(?:[AC-FHKNPRTV-Y]\d{2}|D6W)\s?(?=[0-9A-Z]{0,3}\d)(?=[0-9A-Z]{0,3}[A-Z])[AC-FHKNPRTV-Y0-9]{4}"
UNIT = r"(?i:flat|apt|apartment|unit|suite|ste|room|piso|apto|appartement|app|ap|wohnung|whg|int|scala|kv|daire|#)"
# Numbers that are not house numbers: "via Zoom 3 times", "Calle 2 weeks".
NOT_HOUSE = r"(?!\s*(?:%|days?|weeks?|months?|years?|yrs?|times|hours?|mins?|minutes|mg|ml|kg|am|pm)\b)"
# Continental orders: the street word first, the number after ("Calle de la Luna 14, 3º izq, 28004 Madrid",
# "via Garibaldi 21, 20121 Milano") or a compound street name ("Hauptstraße 12", "Kerkstraat 5").
STREET_FIRST = (r"(?:Calle|C/|Avenida|Avda\.?|Rua|Travessa|Largo|Praça|Praca|Via|Viale|Corso|Piazza|Vicolo|Rue|Chemin|"
                r"Allée|Impasse|Ulica|Ul\.|Aleja|Plaza|Paseo|Carrer|Passeig|Jalan|Jl\.|calle|rua|via|viale|corso|"
                r"rue|ul\.|ulica|avenida|avda\.?|plaza|paseo|piazza|Ulitsa|ulitsa|Prospekt|prospekt|Pereulok|pereulok|Shosse|"
                r"Naberezhnaya|Bulvar|Ploshchad|Strada|Bulevardul|Calea|Aleea|Soseaua|Str\.|str\.|Vul\.|vul\.|"
                r"Vulytsia|vulytsia|Odos|odos|Leoforos|leoforos|Av\.|Avda)")
PARTICLE = r"(?:de|da|das|do|dos|del|della|degli|dei|di|la|le|les|des|du|l['’]|d['’])"
COMPOUND_STREET = (r"[A-ZÄÖÜ][\wäöüßéè\-]*(?:straße|strasse|str\.|weg|gasse|allee|platz|damm|ufer|straat|laan|"
                   r"gracht|plein|kade|singel|steeg|vej|gade|gatan|vägen|väg|gata|gate|veien|vegen|katu)")
# A unit and house number ("18/42"), a house number and its letter ("12/B").
SLASHED = r"(?:/\d{1,5}|/[A-Z]\b)?"
# "House No. 214, Sector 15, Panchkula, Haryana 134113", "Hse No. C/52": the number, then what names the place.
PLACE_PARTS = r"(?:,\s*(?:[A-Z][\w\-]*|\d{1,6})(?:[ \t]+(?:[A-Z][\w\-]*|\d{1,6})){0,3})"
HOUSE_NO = (r"\b(?i:house|hse|plot|flat|door|gali)\s+(?i:no)\.?\s*:?\s*[A-Z]?/?\d[\w/\-]*" + PLACE_PARTS + "{0,4}"
            # "Plot 14, Rietfontein Smallholdings", "Stand 7781, Extension 4, Ga-Rankuwa", "H-1187, Sector 56,
            # Gurugram": a numbered plot, stand or house in a numbered sector, extension or block, or on smallholdings
            r"|\b(?:(?i:plot|stand|erf|house|hse|villa)\s*(?i:no\.?\s*)?|H-)#?\d{1,5}[A-Za-z]?,\s*(?:[A-Z][\w\-]*\s+){0,2}"
            r"(?i:sector|extension|ext\.?|block|phase|zone|section|smallholdings?|colony|township|nagar)\b"
            r"(?:\s+\d{1,3}[A-Z]?)?" + PLACE_PARTS + "{0,2}"
            # "House 14, Street 9, Al Barsha 2, Dubai": a numbered house on a numbered street
            r"|\b(?i:house|villa|building|flat)\s+\d{1,4}[A-Za-z]?,\s*(?i:street|st|road|rd|block|lane)\s+"
            r"\d{1,4}[A-Za-z]?\b"
            + PLACE_PARTS + "{0,3}"
            # the building after the street ("Prince Sultan Rd, building 12, apt 4", "Rue X, Bldg 14, 3rd floor")
            r"|\b(?:[A-Z][\w'’\-]*\.?\s+){1,5}?[A-Z][\w'’\-]*\.?,\s*(?i:building|bldg|villa)\.?\s*\d{1,4}[A-Za-z]?\b"
            r"(?:,\s*(?:(?i:apt|apartment|flat|unit)\.?\s*\w+|\d{1,2}(?:st|nd|rd|th)\s+(?i:floor)))*"
            # Turkish: the street, "Cad." or "Sok.", the number and the flat ("Tunalı Hilmi Cad. No: 88 Daire: 5")
            r"|\b(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\wÀ-ž'’\-]*\s+){1,3}(?:Cad\.|Caddesi|Cd\.|Sok\.|Sokak|Sk\.|Bulvarı|Blv\.)\s*"
            r"(?:No\s*:?\s*)?\d{1,4}[A-Za-z]?(?:\s*(?:/|(?i:daire|d\.)\s*:?)\s*\d{1,3})?"
            # North American rural addresses: "Rural Route 1 Box 88, Crownpoint NM 87313", "Lot 7, Navajo Route 12"
            r"|\bRural Route\s+\d{1,3}(?:,?\s+Box\s+\d{1,5})?" + PLACE_PARTS + "{0,3}"
            # "RR 20" alone is a breathing rate
            r"|\bRR\s+\d{1,3},?\s+(?:Site\s+\d{1,3},?\s+)?Box\s+\d{1,5}" + PLACE_PARTS + "{0,3}"
            r"|\b(?:Rt|Rte|Route)\.?\s+\d{1,3},?\s+Box\s+\d{1,5}" + PLACE_PARTS + "{0,3}"
            r"|\bLot\s+\d{1,4},?\s+(?:[A-Z][\w\-]*\s+){0,2}(?:Route|Rural Route|Road|Rd|Highway|Hwy)\s+\d{1,4}\b"
            + PLACE_PARTS + "{0,3}")
EU_TAIL = (r"(?:,?\s*\d{1,2}\s*[º°ª]\s*(?:[a-zA-Z]{1,4}\.?)?|,?\s+" + UNIT + r"\.?\s*\w+)*"
           r"(?:,?\s*(?:[A-Z]{1,2}-)?(?:\d{4,5}(?:-\d{3})?|\d{2}-\d{3})(?:\s?[A-Z]{2})?\s+" + CITY + r")?")
ADDRESS = re.compile(
    r"(?:\b" + UNIT + r"\.?\s*\w+,?\s+)?"
    r"\b\d{1,5}" + SLASHED + r"[A-Za-z]?,?\s+(?:" + CAPWORD + r"\s+){1,3}" + STREET + r"\b\.?"
    r"(?:,?\s+" + UNIT + r"\.?\s*\w+)?"
    r"(?:,\s*" + CITY + r")?(?:,?\s+" + UK_POSTCODE + r"\b|(?:,?\s+[A-Z]{2,3}\b)?(?:,?\s+\d{4,5}(?:-\d{4})?\b)?)"
    r"|(?i:\b(?:live|living|lives|staying|stay|address is|located|moved to|come to)\s+(?:alone\s+|still\s+|now\s+)?"
    r"(?:at|on|in)?\s*)"
    r"(?P<street>(?:" + CAPWORD_NO_STOP + r"\s+){1,3}" + STREET
    + r"\b(?:,\s*(?:" + CAPWORD + r"\s+){1,3}" + STREET + r"\b)?"
    r"(?:,\s*" + CITY + r"\b(?!\s+[a-z]))?)"
    # a pitch on a caravan site, a berth in a marina: "Bramble Farm site, pitch 22"
    r"|\b(?:[A-Z][a-z]+\s+){1,3}(?:[Ss]ite|[Pp]ark|[Ee]state|[Mm]arina|[Ff]arm),?\s+(?:pitch|plot|berth|lot|bay|van)\s+"
    r"\d{1,4}[A-Za-z]?\b"
    r"|(?i:\bp\.?\s?o\.?\s+box\s+\d+)"
    r"|" + HOUSE_NO +
    r"|\b\d{1,5}[A-Za-z]?,?\s+(?:Rua|Calle|Avenida|Via|Rue|Av\.|Carrer|Viale|Piazza|Plaza|Jalan|Jl\.|Boulevard|Bd|"
    r"Chemin|Allée|Impasse|Place|Quai|Avenue|rue|chemin|allée|impasse|quai|avenue|boulevard)\s+"  # "17 rue des Lilas"
    r"(?:" + PARTICLE + r"\s*){0,2}[A-ZÀ-ÖØ-Þ][\wÀ-ž'’\-]+(?:\s+[A-ZÀ-ÖØ-Þ][\wÀ-ž'’\-]+)?" + EU_TAIL +
    r"|\b" + STREET_FIRST + r"\s+(?:" + PARTICLE + r"\s*){0,2}(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\wÀ-ž'’\-]*\s+){1,3}"
    r"(?:No\.?\s*)?\d{1,4}[A-Za-z]?\b"
    + NOT_HOUSE + EU_TAIL +
    r"|\b(?:" + COMPOUND_STREET + r"|[A-ZÄÖÜ][\wäöüß\-]+\s+(?:Straße|Strasse|Str\.|Weg|Allee|Platz|Gasse))"
    r"\s+\d{1,4}(?:\s?[a-z]\b)?"
    + NOT_HOUSE + EU_TAIL
)
# Typed in lower case ("42 elm street apt 5"): the street's words are no function words or units ("5 blocks down the
# road", "a 40 mile road trip").
LOWER_ADDRESS = re.compile(
    r"\b(?:(?:flat|apt|apartment|unit)\s*#?\d{1,4}[a-z]?,?\s+)?\d{1,5}[a-z]?\s+"
    # "410 e 3rd st": a compass letter and an ordinal are a street's words too
    r"(?P<words>(?:(?:[a-z][a-z'’\-]+|[nsew]|\d{1,3}(?:st|nd|rd|th))\s+){1,3})"
    r"(?:street|road|rd|avenue|ave|lane|drive|boulevard|blvd|court|close|crescent|terrace|circle|parkway|highway|way|"
    r"place|gardens|grove|square|row|mews|trail|alley|cottages?|"
    # a short form ends the address: "st johns wort", "dr smith" after a number are no streets
    r"(?:st|ln|dr|ct|pl|cres)(?=\s*(?:$|[,.;:!?)]|(?:apt|apartment|unit|flat|suite|and|n|in|near|is|was|if|so|but|"
    r"for|with|by)\b|#)))\b"
    r"(?:,?\s+(?:apt|apartment|unit|flat|suite|room|#)\.?\s*\w+)?"
)
# "77 rue des lilas, montreal", "12 calle de la paz": the street's kind first, typed in lower case.
LOWER_STREET_KIND_FIRST = re.compile(r"\b\d{1,5},?\s+(?:rue|chemin|boulevard|boul|calle|avenida|rua|via|viale|strada)"
                                     r"(?:\s+[a-z][a-z'’\-]+){1,4}(?:,\s*[a-z][a-z\-]+)?")
NOT_STREET_WORDS = frozenset({"mile", "miles", "km", "kms", "block", "blocks", "minute", "minutes", "min", "mins",
                              "hour", "hours", "hr", "hrs", "day", "days", "week", "weeks", "month", "months", "year",
                              "years", "times", "mg", "ml", "kg", "lb", "lbs", "steps", "foot", "feet", "meter",
                              "meters", "metre", "metres", "lane", "road", "street"})
# A home's unit word as an address capitalises it ("Flat 22B", "Block C"; not "stay in room 3 of the ward").
HOME_UNIT = r"(?-i:Flat|Apt|Apartment|Unit|House|Block|Tower)"
ADDRESS_CUE = re.compile(
    r"(?i)\b(?:(?:my|our|his|her|their|home|postal|mailing|street|delivery|current|new|\w+['’]s) (?:address|residence)"
    r"(?:\s+is|[^:\n]{0,20}:)|"
    # "Address for home sample collection: Flat 302, …" opening a sentence
    r"(?:^|(?<=[.!?]\s))address\b[^:\n.]{0,40}:|"
    # "lives in our old house at 16-2-147/A, …": a home, then its number
    r"\b(?:house|home|flat|apartment|place)\s+at(?=\s+\d)|"
    # "I live Flat 22B, Tower 3", "we stay in Room 214, …": a home's unit word straight after
    r"\b(?:live|lives|living|stay|stays|staying)\s+(?:in\s+|on\s+(?:the\s+)?)?(?=(?:" + HOME_UNIT
    + r"|(?-i:Room)|\d{1,2}(?:st|nd|rd|th)\s+floor)\b)|"
    # "I am Mr. Samuel Boateng of Flat 6, Block C, …"
    r"\b(?-i:[A-Z][a-z]+)\s+of\s+(?=" + HOME_UNIT + r"\s+\d)|"
    r"^\s*address\s*:|\baddress\s*(?::|-\s)|\b(?-i:Village|Town|Residence|Home)\s*:|"
    # a form's fields in a row: "Name Gerry Stack, address Glounaphuca, Listowel"
    r"(?<=[,;]\s)address(?=\s+(?-i:[A-Z\d]))|"
    # "lives with me at 27 Belgrave Gate", "staying at Hse No. C47/12"; not "staying at my sister's, …"
    r"\b(?:live|lives|lived|living|reside|resides|residing|stays?|staying)(?:\s+with\s+(?:me|us|him|her|them))?"
    r"(?:\s+(?:alone|together|now|still|currently|here))?\s+at"
    r"(?!\s+(?:my|our|his|her|their|the|a|an|home|work|school)\b)|"
    r"home is(?: at)?)\s*"
)
ADDRESS_STOP = re.compile(r"\n|[;!?]|\s+(?:and|but|so|which|where|if|because|since|with|near|for)\s|\s[-–—]\s|"
                          r",\s+(?:in|on|at)\s+(?:a|an|the|my|our)\s|"
                          r",\s+(?:can|could|would|will|please|is|are|i|we|he|she|it|they|my|our|his|her|their)\b|"
                          r"(?<!\b[A-Za-z])(?<!\b[A-Za-z]{2})(?<!\bAve)(?<!\bApt)(?<!\bBlvd)\.(?:\s|$)|"
                          r"(?<=\b[A-Z]{2})\.(?=\s+[A-Z][a-z])|$")
ADDRESS_SIGN = re.compile(r"(?i)\b(?:" + STREET + r"|apartments?|flat|apt|unit|room|tower|pg|hostel|colony|sector|"
                          r"layout|chowk|cross|lorong|taman|jalan|jln|kampung|barangay|brgy|purok|"
                          r"block|house|hse|estates?|building|bldg|residency|society|marg|nagar|village|po box|stand|"
                          r"erf|plot|lot|zone|ward|phase|extension)\b|\b\d{5,6}\b|"
                          r"\b\d{4}\b(?=\s*$)|" + UK_POSTCODE + "|" + EIRCODE)
ASIAN_ADDRESS = re.compile(r"\b\d{1,4}(?:-\d{1,4}){0,3}\s+(?:[A-Z][a-z]+(?:-[a-z]+)?,?\s+){0,2}[A-Z][a-z]+-"
                           r"(?:ku|gu|shi|si|dong|cho|machi|gun|mura|ro|gil|daero)\b(?:,\s*[A-Z][a-z]+(?:-[a-z]+)?){0,2}")
POSTCODE_OF_HOME = re.compile(r"\b(?:" + UK_POSTCODE + "|" + EIRCODE + r")\b")
POSTCODE = re.compile(POSTCODE_OF_HOME.pattern + r"|(?i:\b(?:zip|zip code|postcode|postal code)\s*(?:is|:)?\s*)"
                      r"(?P<value>\d{5}(?:-\d{4})?|[A-Z]\d[A-Z]\s?\d[A-Z]\d)")

# A plate in a country's own format needs no cue: the UK's since 2001 (two letters, two digits, three letters).
# A UK plate ("AB12 CDE"), an Indian one ("MH 12 KT 4471": state, district, series, number).
PLATE_FORMAT = re.compile(r"\b[A-Z]{2}\d{2}\s?[A-Z]{3}\b|\b[A-Z]{2}[ -]?\d{1,2}[ -]?[A-Z]{1,3}[ -]?\d{4}\b"
                          r"|\b\d[A-Z]{3}\d{3}\b")  # and a Californian one ("7KLM294")
PLATE = re.compile(
    r"(?i:\b(?:licen[cs]e plate|number plate|plate number|plates?|registration(?: number| plate)?|"
    r"reg(?: number| no\.?| plate)?|car reg|rego|tag(?: number)?|tags|(?:car|vehicle|gaa?di) (?:number|no\.?)|"
    r"placas?(?: d[oa] (?:carro|caminh[aã]o|moto|van))?|matr[ií]cula(?: do carro)?|"
    r"(?:my|our|his|her) car(?:['’]s)? (?:is|was))\b|"
    r"(?i:\bcar)\s*(?=\())"
    r"(?i:\s*(?:is|was|é|es|era|:|#|reads|number|no\.?|\())*\s*"
    r"(?P<value>[A-Z0-9]{1,4}[\s\-]?[A-Z0-9]{1,5}(?:[\s\-][A-Z0-9]{1,5}){0,2})\b"
)

# A country code (+ or 00) may be followed by a one-digit area ("+33 6 12 34 56 78", "+44 (0)20 …"); groups of
# up to 8 digits ("0049 30 12345678").
PHONE = re.compile(
    r"(?<![\w/.,:-])(?:(?:\+|00)\d{1,3}[\s.\-]?(?:\(0\)\s?)?(?:\d[\s.\-])?|1[\s.\-](?=\d{3}[\s.\-]\d{3}[\s.\-]\d{4}))?"
    r"(?:\(\d{1,5}\)[\s.\-]?)?\d{2,8}"
    r"(?:[\s.\-]\d{2,8}){0,5}(?![\w/]|\.\d|-\d)"
)
PHONE_CUE = re.compile(r"(?i)\b(?:call|phone|handphone|mobile|mob|cell|tel|ph|telephone|number|whatsapp|text|"
                       r"reach|contact|ring|fax|landline|sms|viber|signal)\b[^.?!\n]{0,25}$")
UNIT_AFTER = re.compile(r"(?i)^\s*(?:mg|mcg|µg|ml|g|kg|kgs|lbs?|units?|iu|mmol|mmhg|bpm|%|years?|yrs|days?|weeks?|"
                        r"months?|times|x|cm|mm|steps|calories|kcal|cells|ng|pg|u/l|iu/l|per)\b")

UPPER = "A-ZÀ-ÖØ-ÞĀ-Ž"
LOWER = "a-zß-öø-ÿā-ž"
CAP = (r"[" + UPPER + r"][" + LOWER + r"]*(?:['’\-][" + UPPER + r"]?[" + LOWER + r"]+)*(?:[" + UPPER + r"][" + LOWER
       + r"]+)?")
NAME_SEQ = r"(?P<name>" + CAP + r"(?:[ \t]+" + CAP + r"){0,2})(?![^\W_])"
# Titles of other languages, before a name as "Mr" is ("Smt. Lakshmi", "Monsieur Lefèvre").
FOREIGN_TITLES = (r"Smt|Shri|Sri|Sra|Srta|Mme|Mlle|Monsieur|Madame|Señora?|Herr|Frau|Signora|Signor|Signore|Senhora|"
                  r"Senhor|signora|signor|signore|senhora|senhor|señora|señor|Pani|pani")
TITLE = r"(?:(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|" + FOREIGN_TITLES + r")\.?\s+)?"
MEDICAL_AFTER = re.compile(
    r"^(?:['’]s)?\s+(?:disease|syndrome|palsy|sign|test|fracture|cyst|neuroma|ulcer|phenomenon|lymphoma|sarcoma|"
    r"tumou?r|esophagus|oesophagus|contractions?|nodes?|manoeuvre|maneuver|maneouvre|reflex|triad|score|smear|"
    r"exercises?|monitor|ultrasound|scan|tendon|tendonitis|tendinitis|gland|duct|diverticulum|dementia|chorea|"
    r"ataxia|dystrophy|thyroiditis|encephalopathy|sarcoma|anomaly|lesion|spots?|nodules?|knee|elbow|attacks?|"
    r"procedure|operation|method|criteria|scale|classification|virus|vaccine|shot|jab|tablets?|pills?|apple|hicks)\b",
    re.IGNORECASE,
)
# "my name is X" is always a name; "I'm X" only when X is a known name or closes the clause ("I'm Worried").
# The same in the languages askers often switch to ("Me llamo Lucía", "Je m'appelle Aurélien").
FOREIGN_INTRO = (r"|\b[Mm]e llamo|\b[Mm]i nombre es|\b[Jj]e m['’]appelle|\b[Ii]ch hei(?:ß|ss)e|\b[Mm]i chiamo|"
                 r"\b[Mm]eu nome [ée]|\b[Mm]ijn naam is|\b[Nn]azywam si[ęe]|\b[Jj]menuji se")
NAME_INTRO = re.compile(r"(?:\b(?:[Mm]y|[Hh]is|[Hh]er|[Tt]heir|\w+['’]?s) name is|"
                        r"\b(?:[Mm]y|[Hh]is|[Hh]er|[Tt]heir) name['’]s|(?:^|(?<=[.!?]\s))Name['’]s|\bName\s*:?|"
                        r"\b[Nn]ame:|\b[Cc]all me|\bPatient\s*:|^From|\bFrom\s*:|\b[Nn]ickname(?:\s+is)?,?"
                        + FOREIGN_INTRO + r")\s+" + NAME_SEQ)
# ... and "I am" in the languages askers switch to ("Hola. Soy Javier Ortega", "Ich bin Stefan", "Jestem Marta").
INTRO_CUE = re.compile(r"(?:\b[Tt]his is|\b[Ii] am|\b[Ii]['’]?m|\b[Mm]yself|"
                       r"\b(?:Soy|Sono|Je suis|Eu sou|Ich bin|Jestem|Ik ben))\s+" + TITLE.replace("Prof", "Prof|Fr|Rev")
                       + NAME_SEQ)
# "He's Arjun, 11": a person introduced with an age after the name.
THIRD_PERSON_INTRO = re.compile(r"\b(?:[Hh]e|[Ss]he)(?:['’]s| is)\s+" + NAME_SEQ + r"(?=\s*,\s*\d{1,3}\b)")
TITLE_CUE = re.compile(r"\b(?:Dr|Doctor|Doc|Prof|Professor|Mr|Mrs|Ms|Miss|Mx|Nurse|Sister|Dra|Fr|Father|Pastor|Rev|"
                       r"Reverend|Imam|Rabbi|Captain|Capt|Sgt|Sergeant|Cpl|Corporal|Pvt|Lt|Lieutenant|Officer|Coach|Judge|"
                       r"Sir|Dame|"
                       r"Auntie|Aunty|Uncle|Nanay|Tatay|Lola|Lolo|Tita|Tito|Kuya|Papou|Pappou|Yiayia|Nonna|Nonno|Oma|Opa|"
                       r"Abuela|Abuelo|Gogo|Bibi|Ma['’]am|Madam|"
                       + FOREIGN_TITLES + r")\.?\s+"
                       r"(?:[A-Z]\.\s?){0,2}" + NAME_SEQ)
# "Sr. Consolata" (a nursing or religious sister); not "Govt. Girls Sr. Sec. School".
SISTER_CUE = re.compile(r"\bSr\.?\s+" + NAME_SEQ + r"(?!\.)")
RELATIVE = "(?:" + "|".join(_WORDS["relatives"]) + ")"
RELATIVE_CUE = re.compile(
    r"(?i:\b(?:my|our|his|her|their)\s+(?:(?:late|little|big|older|younger|elder|best|new|old)\s+)?" + RELATIVE
    + r"\b)(?:\s+(?:is|was|called|named))?,?\s+\(?" + TITLE + NAME_SEQ
)
# "grandpa Faustino", "Uncle Ben" without "my".
KIN_CUE = re.compile(r"\b(?:[Gg]randpa|[Gg]randma|[Gg]ranny|[Gg]randad|[Gg]randson|[Gg]randdaughter|[Nn]ephew|[Nn]iece|"
                     r"[Aa]untie|[Aa]unt|[Uu]ncle|[Cc]ousin|Papa|Mama|"
                     r"[Nn]ana|Baba|Mamá|Papá|Abuela|Abuelo|Oma|Opa|[Gg]ran|[Gg]ramps|[Gg]rampa|[Aa]unty|"
                     r"(?i:we|they|everyone|everybody|people|friends|(?:my|our|his|her) \w+)"
                     r"(?i: calls? (?:her|him|me|them)))\s+\(?" + NAME_SEQ)
# "Saleem bhai", "Raju uncle", "Savitri ji": South Asian kin words and honorifics follow the name.
KIN_AFTER = re.compile(r"(?P<name>" + CAP + r")\s+(?:" + "|".join(load(_WORDS_FILE)["kin_after_name"])
                       + r")\b(?!['’-])")
LOWER_NAME = r"(?P<name>[" + LOWER + r"][" + LOWER + r"'’\-]+)\b(?!['’]s\b)"
# "grandad bert is 93": a grandparent, aunt or uncle named in lower case before an age
KIN_LOWER_AGE = re.compile(r"(?i:\b(?:grandad|grandpa|grandma|granny|nan|nana|uncle|auntie|aunt|cousin)\s+)"
                           + LOWER_NAME.replace(r"(?!['’]s\b)", "")
                           + r"(?=(?:\s+(?:is|was)\s+|\s*,\s*)\d{1,3}\b|['’]s\b)")
ROMANISED_MY = "(?:" + "|".join(_WORDS["romanised_possessives"]) + ")"
ROMANISED_RELATIVE = "(?:" + "|".join(_WORDS["romanised_relatives"]) + ")"
LOWER_CUED = re.compile(
    r"(?i:\b(?:my name is|my name['’]s|name is|name['’]s|names|call me|named|called|(?:my|our|his|her|their)\s+"
    r"(?:(?:late|little|big|older|younger|elder|best|new|old)\s+)?" + RELATIVE + r"(?:\s+(?:is|was|called|named))?,?"
    r"|" + ROMANISED_MY + r"\s+(?:" + RELATIVE + "|" + ROMANISED_RELATIVE + r"),?)"
    r"|thanks,|thank you,|regards,|cheers,)\s+" + LOWER_NAME
)
POSSESSIVE_END = re.compile(r"['’]s\s+$")
AGE_AFTER = re.compile(r"(?:\s+(?:is|was)\s+|\s*,\s*)\d{1,2}(?:\s*(?:weeks?|months?|years?|yrs?|yo|y/o|mo))?"
                       r"(?![.\d/:])\b|\s*\(\d{1,2}\)")
PERSON_NOUNS = word_set(_WORDS_FILE, "person_nouns")
# The cues after which an unknown lower-case word before an age is a name: a relative's ("my baby girl amara is 5
# weeks") or a closing's ("thanks, bongani, 34").
AGE_NAME_CUE = re.compile(r"(?i)(?:my|our|his|her|their|thanks|thank you)\b")
PEER_CUE = re.compile(r"(?i)^(?:my|our|his|her|their)\s+(?:" + "|".join(_WORDS["peers"]) + r")\b")
# Words that are never a lower-case name (built once: the checks run on every ask).
KNOWN_NAMES = FIRST_NAMES | AMBIGUOUS
NOT_NAMED_AFTER_CUE = STOP_WORDS | NON_NAME_WORDS
NOT_NAMED_BEFORE_AGE = NOT_NAMED_AFTER_CUE | MEDICAL_WORDS | PERSON_NOUNS
WHO_AFTER = re.compile(r"\s+who\b")
STRONG_NAME_CUE = re.compile(r"(?i)(?:name is|name['’]s|names|call me)\s+$")
NAME_IS = re.compile(r"(?i)name(?: is| was|['’]s)\s+$")
LOWER_WORD_NAME_AFTER = re.compile(r"\s+(?:has|had|is|was|keeps|gets|got|says|said|needs|started|woke|fell|hurt)\b"
                                   r"|\s*,\s*\d{1,3}\b|\s+(?:ka|ki|ke|ko|ne)\s")  # Hindi / Urdu case particles
# A family by its name: "we're the Okafors".
# "Grace and I (Will) are both 30": a name in brackets right after the writer's "I" or "me".
SELF_IN_BRACKETS = re.compile(r"(?:\b[Ii]|\b[Mm]e|\b[Mm]yself)\s+\((?P<name>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\)")
FAMILY_NAME = re.compile(r"\b(?i:we['’]?re|we are|this is|from)\s+the\s+(?P<name>[A-Z][a-z]{2,}s)(?![\w-])")
FAMILY_OF = re.compile(r"\bthe\s+(?P<name>[A-Z][a-z]{2,})\s+family\b")  # "We are the Okoro family at …"
# Who wrote: "Question from Aiyana.", "From Rose (his mum)" closing a message.
FROM_CUE = re.compile(r"(?:(?:^|(?<=[.!?\n]))\s*|\b(?i:question|message|note|post|letter|email|text|hi|hello|hey|"
                      r"greetings)\s+)[Ff]rom\s+"
                      + NAME_SEQ + r"(?=\s*(?:[.,!(\n]|$))"
                      # "its Rhiannon, nurse on ward 7": a self-introduction closed by a comma
                      r"|\b[Ii]t['’]?s\s+" + NAME_SEQ.replace("name", "its") + r"(?=\s*[,.!]|\s+(?:here|again|from)\b)")
# "my gp dr. fitzgerald says…": a doctor's name typed in lower case, before what the doctor says or does.
LOWER_DOCTOR = re.compile(r"(?i:\bdr\.?\s+)" + LOWER_NAME + r"(?=(?:\s+[a-z]{2,})?\s+(?:says|said|told|thinks|"
                          r"wants|wrote|prescribed|ordered|recommended|referred|suggested|gave|gives|put|sent|started|stopped|changed|"
                          r"upped|is|was|at|and)\b|['’]s\b|\s*[,.;/]|\s*$)")
# "dr van der merwe said": a surname with its particles, in lower case.
LOWER_DOCTOR_PARTICLES = re.compile(r"(?i:\bdr\.?\s+)(?P<name>(?:(?:van|von|de|der|den|du|da|di|del|dos|das|ten|ter|"
                                    r"la|le|al|el)\s+){1,2}[a-z][a-z'’\-]+)\b(?!\s+[A-Z])")
NAMED_CUE = re.compile(r"(?i:\b(?:named|called|name was|name is)\b)\s+" + NAME_SEQ)
# Greetings name the person addressed ("Hi Maria,", "Dear Dr Osei").
GREETING = re.compile(r"(?:^|(?<=[\n.!?]\s))\s*(?:Hi|Hello|Hey|Hiya|Dear|Morning|Good (?:morning|afternoon|evening))"
                      r",?\s+" + TITLE + NAME_SEQ + r"(?=\s*[,!.:\n]|\s*$|\s+here\b)")
ASK_FOR = re.compile(r"(?i:\b(?:ask for|speak to|speak with|attn:?|attention:?|c/o|on behalf of|"
                     r"(?:posting|asking|writing|typing)(?: this)? for)\s+)"
                     + TITLE + NAME_SEQ)
SIGN_OFF = re.compile(
    r"(?i:\b(?:thanks(?: so much| a lot| in advance)?|thank you(?: so much| very much| in advance)?|many thanks|"
    r"regards|best regards|kind regards|warm regards|best wishes|best|cheers|sincerely|yours(?: truly)?|love|"
    r"respectfully|gratefully|take care|xoxo|bye|thx|thanx|thnx|tks|ty|tia|ta|(?:sent|posted|written|asked) by))"
    r"[,.!:]?\s*(?:\n\s*)?[-–—~]?\s*"
    + NAME_SEQ + r"\s*[.!]?\s*(?:$|\n)"
)
# "- Rose", "-- Bex (rebecca.holt@…)", "~ Anil (her son)": a signature, maybe with the writer's address or who they are.
DASH_SIGNATURE = re.compile(r"(?:^|\n|\s)[-–—~]{1,2}\s*" + NAME_SEQ + r"\s*(?:\((?:[^()\n]*@[^()\n]*|"
                            r"(?i:(?:my|his|her|their|the)\s+)?" + RELATIVE + r")\)\s*)?$")
LAST_LINE = re.compile(r"\n\s*" + NAME_SEQ + r"\s*$")
# "Baby Noah's check", "the midwife Carol checked": a listed first name after a baby or a carer by their role.
ROLE = "(?:" + "|".join(_WORDS["roles"]) + ")"
ROLE_CUE = re.compile(r"(?:\b[Bb]aby|\b(?i:the)\s+" + ROLE + r"|(?:^|(?<=[.!?\n]\s)|(?<=\n))"
                      r"(?:Midwife|Physio|Carer|Teacher|Coach|Tutor|Counsell?or|Therapist|Patient|Client|Resident|"
                      r"Manager|Supervisor|Foreman|Boss|Colleague|Crewmate|Workmate|Flatmate|Housemate|Roommate|Neighbou?r))\s+"
                      + NAME_SEQ)
# Whose role it is says a person follows, as a relative does ("our housekeeper Grace", "my driver Rafiq").
OWN_ROLE_CUE = re.compile(r"\b(?i:my|our|his|her|their)\s+" + ROLE + r",?\s+" + NAME_SEQ)
# "Bill from accounting asked me…": a colleague or a neighbour by where they are from.
NAME_FROM_PLACE = re.compile(r"(?:^|(?<=[.!?\n]\s)|(?<=\n))(?P<name>" + CAP + r")\s+from\s+(?i:accounting|accounts|"
                             r"work|the office|hr|it|payroll|marketing|sales|reception|next door|upstairs|downstairs|"
                             r"church|the gym|my team|our team|the team|my office|our office)\b")
# A form's field for a person ("Father: Raymond.", "Child: Ayo (6)"): the value alone, closing its clause.
FORM_PERSON = re.compile(r"(?m:^)[ \t]*(?i:" + RELATIVE + r"|patient|child|parent|guardian|carer|caregiver|client|"
                         r"resident|service user|asker|submitted by|written by|posted by)[ \t]*:[ \t]*" + NAME_SEQ
                         + r"(?=\s*(?:[,.;(\n]|$))")
AGE_NUMBER = r"(?:1[01]\d|\d{1,2})\b"  # 0-119: "Ibuprofen, 400" gives a dose
# A list of people, one per line, each with an age ("1) Marlon Joseph, 45", "Uwase Diane (mother, 30) – …").
LIST_PERSON = re.compile(r"(?m)^[ \t]*(?:\d{1,2}[.)]|[-•*–])?[ \t]*" + NAME_SEQ
                         + r"(?=[ \t]*(?:,[ \t]*" + AGE_NUMBER
                         + r"(?:[ \t]*(?:yrs?|years?|y/?o|months?))?[ \t]*(?:$|[,)])"
                         r"|\((?:[a-z]+,[ \t]*)?" + AGE_NUMBER + r"(?:[ \t]*[a-z]+)?\)))")
# South Asian forms name a woman or a child by a relative: "W/o Ramprasad", "S/o Late Mohan Lal".
RELATION_OF = re.compile(r"\b[SWDC]/[Oo]\.?[ \t]+(?:Late[ \t]+|Shri[ \t]+|Sri[ \t]+)?" + NAME_SEQ)
# A signature of an initial and a surname, maybe with a role: "J. Kariuki, Supervisor", "R. S. Menon".
INITIAL_SIGNATURE = re.compile(r"(?m)^[ \t]*(?:[A-Z]\.[ \t]?){1,2}(?P<name>" + CAP + r")"
                               r"(?=[ \t]*(?:,[ \t]*[A-Za-z][\w ]{0,30})?[ \t]*$)")
CAPITALISED = re.compile(r"\b" + NAME_SEQ)

def _match_spans(pattern: re.Pattern, kind: str, text: str, group: str | None = None) -> Iterator[Span]:
    for m in pattern.finditer(text):
        g = group if group and m.group(group) else 0
        yield kind, m.start(g), m.end(g)


def find_emails(text: str) -> Iterator[Span]:
    yield from _match_spans(EMAIL, "email", text)


def find_urls(text: str) -> Iterator[Span]:
    for m in URL.finditer(text):
        end = m.end()
        while end > m.start() and text[end - 1] in ".,;:!?":
            end -= 1
        yield "url", m.start(), end
    yield from _match_spans(SITE, "url", text, "value")


# A word joined by an underscore is a username wherever it stands ("user jrod_1987 on here", "find me on Strava as
# kenji.runs_mnl"): people write no other word that way. Not inside a link or an address (those finders win), nor a
# forum's placeholder ("<positive_smiley>").
UNDERSCORE_NAME = re.compile(r"(?<![\w@./:<\-])[A-Za-z0-9][A-Za-z0-9.]*_[A-Za-z0-9_.]*[A-Za-z0-9]"
                             r"(?![\w@/>]|\.[A-Za-z])")


def find_handles(text: str) -> Iterator[Span]:
    yield from _match_spans(HANDLE, "handle", text)
    yield from _match_spans(UNDERSCORE_NAME, "handle", text)
    yield from _match_spans(DISCORD_TAG, "handle", text)
    yield from _match_spans(HANDLE_BEFORE_PLATFORM, "handle", text, "value")
    for m in PLATFORM_HANDLE.finditer(text):
        value = m.group("value")  # not a number or a dose: "Instagram 2.0", "snapchat for 10mins"
        if re.search(r"[A-Za-z]", value) and not re.fullmatch(r"[\d.]+[A-Za-z]{0,4}", value):
            yield "handle", m.start("value"), m.end("value")
    for m in FORUM_NAME.finditer(text):
        value = m.group("value")  # opening the message ("Reposting from the parenting group"), it must look like one
        cued = m.group("intro") or m.group("here")
        no_word = not is_ordinary_word(value.lower()) and fold(value) not in KNOWN_NAMES
        if re.search(r"[\d_]", value) or cued and no_word:
            yield "handle", m.start("value"), m.end("value")
    for m in PLATFORM_WORD.finditer(text):
        value = m.group("value")  # not the platform itself: "my handle on insta is @…"
        if not is_ordinary_word(value) and value not in STOP_WORDS and not re.match(PLATFORM_CUE, value):
            yield "handle", m.start("value"), m.end("value")


# A pasted chat ("From the group chat:\nPriyanka: Hunter threw up again\nHunter: I'm fine" or "<kaito_plays> bro"): each
# line opens with who wrote it. Only in a message that says it is a chat, and with two such lines or more: a form's
# lines ("Problem: …", "Who: …") open with labels too.
CHAT_CUE = re.compile(r"(?i)\b(?:chats?|whatsapp|gc|group|thread|discord|messenger|telegram|signal|imessage|sms|texts|"
                      r"pasted|pasting|copied|copying|convo|conversation|transcript|screenshot|rota)\b")
SPEAKER = re.compile(r"(?m)^[ \t]*(?:<(?P<handle>[\w.\-]{2,32})>|(?P<label>[A-Z][\w'’\-]*(?:[ \t][A-Z][\w'’\-]*)?)"
                     r"[ \t]*:)[ \t]*\S")
SPEAKER_TITLES = word_set(_WORDS_FILE, "speaker_titles")


def find_chat_speakers(text: str) -> Iterator[Span]:
    lines = list(SPEAKER.finditer(text)) if CHAT_CUE.search(text) else []
    if len(lines) < 2:
        return
    for m in lines:
        if m.group("handle"):
            if fold(m.group("handle")) not in STOP_WORDS:  # not "<me>"
                yield "handle", m.start("handle"), m.end("handle")
            continue
        words = list(re.finditer(r"\S+", m.group("label")))
        while len(words) > 1 and fold(words[0].group(0).rstrip(".")) in SPEAKER_TITLES:
            words.pop(0)  # "Tita Baby", "Kuya Paolo": the name after the kinship title
        if _plain_name([w.group(0) for w in words]):
            yield "name", m.start("label") + words[0].start(), m.start("label") + words[-1].end()


def _plain_name(words: list[str], *, no_word: bool = True) -> bool:
    """Words standing where a label or an item of a list could be a person's name: no medicine, place or kinship word
    and, with `no_word`, a listed first name or no English word first (a form's "Address:", "Ref:" are words)."""
    folded = [fold(word) for word in words]
    return (not no_word or folded[0] in KNOWN_NAMES or not is_ordinary_word(folded[0])) and all(
        _name_shaped(word) for word in words) and not any(
        f in NOT_NAMED_BEFORE_AGE | THING_WORDS | SPEAKER_TITLES or PERSON_WORD.fullmatch(f) or f.endswith(DRUG_ENDINGS)
        for f in folded)


# "…, Boise ID 83704": Idaho and a ZIP code after a town, not an ID.
STATE_ZIP = re.compile(r",[ \t]*[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?[ \t]+ID[ \t]+\d{5}(?:-\d{4})?\b")


def find_id_numbers(text: str) -> Iterator[Span]:
    zips = [m.span() for m in STATE_ZIP.finditer(text)]
    for m in ID_NUMBER.finditer(text):
        if any(start <= m.start() < end for start, end in zips):
            continue
        if m.group(0).lower().startswith("personal") and NANP_PHONE.fullmatch(m.group("value")):
            continue  # "my personal number 587-555-0390": a phone, not a Swedish personnummer
        if sum(ch.isdigit() for ch in m.group("value")) >= 3 and not re.fullmatch(r"(?:19|20)\d\d", m.group("value")):
            yield "id_number", m.start("value"), m.end("value")
    yield from _match_spans(SSN, "id_number", text)
    yield from _match_spans(NINO, "id_number", text)
    plates = [m.span("value") for m in PLATE.finditer(text)  # "car number LEB-08-0441" is the car's
              if re.search(r"(?i)car|vehicle|gaa?di|plate|rego|placa|matr[ií]cula", m.group(0))]
    for m in CODE_ID.finditer(text):
        if sum(ch.isdigit() for ch in m.group(0)) >= 6 and m.span() not in plates:
            yield "id_number", m.start(), m.end()
    yield from _match_spans(NATIONAL_ID, "id_number", text)
    yield from find_named_numbers(text)
    yield from _match_spans(CODICE_FISCALE, "id_number", text)
    for m in DIGIT_ID.finditer(text):
        if not (PHONE_CUE.search(text[max(0, m.start() - 40):m.start()]) or UNIT_AFTER.match(text[m.end():])
                or _counts_something(text, m.end())):
            yield "id_number", m.start(), m.end()


# A bare run of 7+ digits, or of 5+ digits that starts with 0, that no finder claimed (a phone, a date…): in a health
# question such a number is an account of some kind whatever word introduces it ("medical aid number 118927364",
# "AMKA 12058204471", "group 044817"); no amount is written that way. Not before what it counts ("100000 IU",
# "2500000 copies"). Ten or eleven digits after a 0, or any after "call", is a phone ("my number 08123456789").
BARE_NUMBER = re.compile(r"(?<![\w.,/:+\-])(?:\d{7,}|0\d{4,})(?![\w/\-]|[.,:]\d)")
# The same for a code of capitals and digits in hyphen-joined groups with five digits or more ("EMP-448213",
# "2023-BIO-0481", "0098-331-AMS"; not "COVID-19"),
HYPHEN_CODE = re.compile(r"(?<![\w\-])(?=[A-Z0-9\-]*[A-Z])(?:[A-Z0-9]+-){1,3}[A-Z0-9]+(?![\w\-])")
# for a code of capitals and digits, eight characters or more with four digits ("PAN BKXPK4472L", "reg no.
# 21BCE1047"; one whose digits are a round number is a product: "D1000CAL"),
CAPITALS_CODE = re.compile(r"(?<![\w\-])(?=(?:[A-Z]*\d){4})(?=(?:\d*[A-Z]){2})[A-Z0-9]{8,}(?![\w\-])")
# and for digits in groups joined by "-" or "." with eight digits or more ("CNIC 35202-4471829-3", "RUT
# 21.448.190-K"): three groups or a check letter, since two are a range or a postcode ("2015-2022", "01304-001"); a
# date written so is no identifier.
GROUPED_NUMBER = re.compile(r"(?<![\w.,/:+\-])\d{1,8}(?:[.\-]\d{1,8}){2,3}(?:-[0-9Kk])?(?![\w/\-]|[.,]\d)"
                            r"|(?<![\w.,/:+\-])\d{1,8}(?:[.\-]\d{1,8}){1,3}-[Kk](?!\w)")
# Digits in space-separated groups, twelve or more: more than a phone without its country code ("Cartão SUS 898 0012
# 3345 6781").
SPACED_NUMBER = re.compile(r"(?<![\w.,/:+\-])\d{2,6}(?:[ \t]\d{2,6}){2,5}(?![\w/\-]|[.,]\d)")
DATE_SHAPE = re.compile(r"\d{1,4}[.\-]\d{1,2}[.\-]\d{1,4}")


# Words that make the number after them a phone.
PHONE_WORDS = frozenset("call ring text whatsapp phone mobile cell handphone tel".split())
CALL_BEFORE = re.compile(r"(?i)\b(?:" + "|".join(PHONE_WORDS) + r")\b[^.?!\n\d]{0,12}$")


def _counts_something(text: str, end: int) -> bool:
    """A number followed by a noun counts it ("2500000 copies", "1000000 dollars"); an identifier is followed by
    punctuation or a function word ("number 118927364 be used", "AMKA 12058204471, in")."""
    following = re.match(r"\s+([a-zµ/]+)", text[end:end + 30])
    return bool(following) and following.group(1) not in STOP_WORDS


# "<something> no. / number <digits>": a number named by what it is for is an account of that thing ("Aadhaar no.
# 4821 5530 9917", "Alberta health number 12345-6789", "works number is PT-20418", "NDIS no 430 112 998") unless the
# word before says phone or is a person's ("Mum's number is …", "my new number"), or names something that is
# numbered but nobody's (a room, a bus, a batch).
NAMED_NUMBER = re.compile(r"\b(?P<cue>[A-Za-z][\w\-]*)\s+(?:no\.?|number|num|#)\s*(?:is\s+|:\s*)?"
                          r"(?P<value>(?:[A-Z]{1,4}[\-/ ]){0,3}\d[\d\-/ ]*\d)(?![\w\-/])")
NOT_ACCOUNT_WORDS = PHONE_WORDS | frozenset("""cellphone telephone contact home work office landline emergency my our
his her their the a your fax pager viber room bed ward house flat apt unit bus route page step size lot batch model
serial version table floor gate platform seat track lane exit new old same other second direct personal private
daytime evening best reach callback tag plate rego car vehicle gaadi gadi surgery practice gp dentist dentists doctors
uska uski unka unki mera meri mere ka ki ke iska inka apna apni aapka hamara humara""".split())  # "rohit ka number"

NANP_PHONE = re.compile(r"\d{3}-\d{3}-\d{4}")


def find_named_numbers(text: str) -> Iterator[Span]:
    for m in NAMED_NUMBER.finditer(text):
        value = m.group("value").rstrip(" -")
        # "Mum's number is …": her phone (the cue is the "s"); not "'Aadhaar no.: …'" in quotes
        possessive = m.group("cue") == "s" and text[m.start("cue") - 1:m.start("cue")] in ("'", "’")
        phone_shaped = NANP_PHONE.fullmatch(value) is not None
        if m.group("cue").lower() not in NOT_ACCOUNT_WORDS and not possessive and not phone_shaped \
                and sum(c.isdigit() for c in value) >= 5:
            yield "id_number", m.start("value"), m.start("value") + len(value)


# "this is Cheryl Ann Dupuis, 1948-02-27, in Moncton": a full date right after a person's name is their birth date.
DATE_AFTER_NAME = re.compile(r",\s*\(?(?P<value>" + DATE + r")")


def _date_after_name(text: str, spans: list[Span]) -> Iterator[Span]:
    for kind, _, end in spans:
        m = DATE_AFTER_NAME.match(text, end) if kind == "name" else None
        if m and re.search(r"(?:19|20)\d\d", m.group("value")):
            yield "date_of_birth", m.start("value"), m.end("value")


def _unclaimed_numbers(text: str, spans: list[Span]) -> Iterator[Span]:
    def claimed(m: re.Match) -> bool:
        return any(m.start() < end and start < m.end() for _, start, end in spans)

    for m in BARE_NUMBER.finditer(text):
        called = CALL_BEFORE.search(text, max(0, m.start() - 30), m.start())  # "call 9876543210 plz"
        if claimed(m) or not called and (UNIT_AFTER.match(text[m.end():]) or _counts_something(text, m.end())):
            continue
        national_phone = m.group(0).startswith("0") and len(m.group(0)) in (10, 11)
        yield "phone" if national_phone or called else "id_number", m.start(), m.end()
    for m in HYPHEN_CODE.finditer(text):
        if not claimed(m) and sum(c.isdigit() for c in m.group(0)) >= 5:
            yield "id_number", m.start(), m.end()
    for m in CAPITALS_CODE.finditer(text):
        if not claimed(m) and not all(re.fullmatch(r"\d0+", run) for run in re.findall(r"\d+", m.group(0))):
            yield "id_number", m.start(), m.end()
    for m in GROUPED_NUMBER.finditer(text):
        digits = sum(c.isdigit() for c in m.group(0))
        if digits >= 8 and not claimed(m) and not DATE_SHAPE.fullmatch(m.group(0)) \
                and not UNIT_AFTER.match(text[m.end():]):
            yield "id_number", m.start(), m.end()
    for m in SPACED_NUMBER.finditer(text):
        if sum(c.isdigit() for c in m.group(0)) >= 12 and not claimed(m) and not UNIT_AFTER.match(text[m.end():]):
            yield "id_number", m.start(), m.end()


def find_dates_of_birth(text: str) -> Iterator[Span]:
    for m in DATE_OF_BIRTH.finditer(text):
        group = "value" if m.group("value") else "late"
        yield "date_of_birth", m.start(group), m.end(group)
        correction = DOB_CORRECTION.match(text, m.end(group))
        if correction:
            yield "date_of_birth", correction.start("value"), correction.end("value")


# "the end of Pinewood Drive, number 34": the street named first, then its number.
STREET_THEN_NUMBER = re.compile(r"\b(?:[A-Z][a-z]+[ \t]){1,3}" + STREET
                                + r"\b,?[ \t]+(?:number|no\.?|#)[ \t]?\d{1,4}[A-Za-z]?\b")


# After an address cue, a house number and a capitalised name is a home whatever the street is called ("living at
# 14 Ard na Gréine, Ballincollig"); "live at 2000 feet" is not.
HOUSE_NUMBER_FIRST = re.compile(r"(?:No\.?\s*)?\d{1,5}" + SLASHED + r"[A-Za-z]?,?\s+" + CAP + r"\b")


# A home told by its landmarks where streets have no names or numbers ("the house behind the Zongo mosque, blue door",
# "second house after the Methodist school", "the cottage at the back of St. John's church"): a precise home location.
LANDMARK_TAIL = r"[ \t]+(?:the|a)[ \t]+[^.!?\n]{3,60}?(?=[.!?\n]|,[ \t]+(?!(?:the|a)[ \t])|$)"
LANDMARK_HOME = re.compile(
    r"\b(?:first|second|third|fourth|fifth|last|\d(?:st|nd|rd|th))[ \t]+(?:house|home|compound|cottage|trailer|"
    r"bungalow|farmhouse|caravan)[ \t]+(?:on[ \t]+the[ \t]+(?:left|right)[ \t]+)?(?:after|before|past|from)"
    + LANDMARK_TAIL
    + r"|\b(?:house|compound|cottage),?[ \t]+(?:behind|next to|opposite|across from|beside|at the back of|"
    r"in front of|near)" + LANDMARK_TAIL
    + r"|\b(?:house|compound|cottage)[ \t]+with[ \t]+(?:the[ \t]+|a[ \t]+)?(?:\w+[ \t]+){1,2}"
    r"(?:gate|fence|door|roof|wall)\b",
    re.IGNORECASE,
)

# A room or flat in a named building: "Chalmers Hall, room B207", "Haverford Hall 118", "Quayside Court flat 9C"
# (not "Ruby Hall 10 days back").
BUILDING_ROOM = re.compile(
    r"\b(?:[A-Z][a-z]+\s+){1,3}(?:Hall|Halls|Court|House|Tower|Towers|Residence|Lodge|Block|Building|Home|Manor)"
    r"(?:,?\s+(?i:room|rm|flat|apt|apartment|unit|suite|no\.?)\s*#?[A-Z]?\d{1,4}[A-Z]?(?:\.\d{1,3})?"
    r"|,?\s+[A-Z]?\d{1,3}[A-Z]?(?:\.\d{1,3})?)\b"
    r"(?!\s*(?i:days?|weeks?|months?|years?|hours?|hrs?|mins?|minutes?|am|pm)\b)")
# A farm or station where the writer's family lives, named without a street: "we're out on Wirrilla Station", "we live
# out at Glenview Farm, Tomintoul".
NAMED_PROPERTY = re.compile(
    r"(?i:\b(?:live|lives|living|we['’]?re|we are|(?:place|property|farm|home) is|family on|based)\s+"
    r"(?:out\s+|up\s+|down\s+)?(?:on|at)?\s*(?:the\s+)?)"
    r"(?P<home>(?:[A-Z][a-z]+\s+){1,3}(?:Station|Downs|Farm|farm|Ranch|Homestead|Croft|Plantation|Acres)\b"
    r"(?:,\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)?)")


# Ghana's digital addresses (GhanaPost GPS, "AK-039-5028"), said of a home: "our house, number AM-0421-7789".
DIGITAL_ADDRESS = re.compile(r"(?i:\b(?:house|home|digital address|gps address|ghana ?post(?:\s?gps)?|address)\b"
                             r"[^.\n]{0,40}?)(?-i:\b[A-Z]{2}-\d{3,4}-\d{4}\b)")


def find_addresses(text: str) -> Iterator[Span]:
    yield from _match_spans(DIGITAL_ADDRESS, "address", text)
    yield from _match_spans(LANDMARK_HOME, "address", text)
    yield from _match_spans(BUILDING_ROOM, "address", text)
    yield from _match_spans(NAMED_PROPERTY, "address", text, "home")
    yield from _match_spans(STREET_THEN_NUMBER, "address", text)
    for m in ADDRESS.finditer(text):
        g = "street" if m.group("street") else 0
        yield "address", m.start(g), m.end(g)
    yield from _match_spans(LOWER_STREET_KIND_FIRST, "address", text)
    for m in LOWER_ADDRESS.finditer(text):
        words = m.group("words").split()
        if not any(w in STOP_WORDS or w in NOT_STREET_WORDS for w in words):
            yield "address", m.start(), m.end()
    yield from _match_spans(POSTCODE, "address", text, "value")
    yield from _match_spans(ASIAN_ADDRESS, "address", text)
    for m in ADDRESS_CUE.finditer(text):
        rest = text[m.end():m.end() + 120]
        value = rest[:ADDRESS_STOP.search(rest).start()].rstrip(" ,")
        codes = list(POSTCODE_OF_HOME.finditer(value))
        value = value[:codes[-1].end()] if codes else value  # an address ends with its postcode
        signed = ADDRESS_SIGN.search(value) or HOUSE_NUMBER_FIRST.match(value)
        if re.search(r"\d", value) and signed and len(value) >= 6:
            yield "address", m.end(), m.end() + len(value)


# A plate in any country's format: a capitals-and-digits code (a letter and at least three digits, 5-10 of them in
# all) in a sentence about a vehicle ("a silver Golf, Kennzeichen M-KL 2291, reversed into me", "his car is PO
# 7H392"). Three digits keep out "COVID-19" and "N95".
VEHICLE = re.compile(r"(?i)\b(?:car|cars|(?-i:van)|truck|lorry|vehicle|motorbike|motorcycle|scooter|taxi|cab|suv|ute|"
                     r"bakkie|jeep|minibus|bus|campervan|motorhome|caravan|trailer|auto|rickshaw|tuk-tuk|matatu|jeepney|tricycle|"
                     r"plates?|drove|driving|parked|reversed|bike|boda|okada|keke|three[ -]wheeler|tractor|rego|reg)\b")
VEHICLE_CODE = re.compile(r"(?<![\w\-])(?:[A-Z0-9]{1,4}(?:[ \-][A-Z0-9]{1,5}){0,3}|(?=[A-Z]*\d)[A-Z]{2,4}\d{2,5}[A-Z]?)"
                          r"(?![\w\-])")
SENTENCE = re.compile(r"[^.!?\n]+")


def _plate_shaped(code: str) -> bool:
    characters = code.replace(" ", "").replace("-", "")
    digits = sum(c.isdigit() for c in characters)
    groups = len(re.split(r"[ \-]", code))
    return 5 <= len(characters) <= 10 and (digits >= 3 or digits >= 2 and groups >= 3) and digits < len(characters)


def find_plates(text: str) -> Iterator[Span]:
    yield from _match_spans(PLATE_FORMAT, "licence_plate", text)
    for sentence in SENTENCE.finditer(text):
        if VEHICLE.search(sentence.group(0)):
            for m in VEHICLE_CODE.finditer(text, sentence.start(), sentence.end()):
                if _plate_shaped(m.group(0)):
                    yield "licence_plate", m.start(), m.end()
    for m in PLATE.finditer(text):
        value = m.group("value")
        if any(c.isdigit() for c in value) and any(c.isalpha() for c in value) or len(value.replace(" ", "")) >= 6:
            yield "licence_plate", m.start("value"), m.end("value")


def _looks_like_date_or_measure(candidate: str, after: str) -> bool:
    if re.fullmatch(r"\d{1,4}[.\-]\d{1,2}[.\-]\d{1,4}", candidate) or re.fullmatch(r"\d{1,2}[.:]\d{2}", candidate):
        return True
    return bool(UNIT_AFTER.match(after))


def find_international_phones(text: str) -> Iterator[Span]:
    """Google's `phonenumbers` (libphonenumber's metadata for every country): numbers written with a country code
    anywhere, and Taiwanese numbers in a Chinese text (0912-345-678, (02)2345-6789, +886 …)."""
    region = "TW" if privacy_zh.HAN_RE.search(text) else None
    if region is None and "+" not in text:
        return
    for match in phonenumbers.PhoneNumberMatcher(text, region or "ZZ", leniency=phonenumbers.Leniency.VALID):
        yield "phone", match.start, match.end


def find_phones(text: str) -> Iterator[Span]:
    yield from find_international_phones(text)
    for m in PHONE.finditer(text):
        candidate = m.group(0)
        digits = sum(ch.isdigit() for ch in candidate)
        if digits < 7 or digits > 15 or _looks_like_date_or_measure(candidate, text[m.end():m.end() + 8]):
            continue
        cued = bool(PHONE_CUE.search(text[max(0, m.start() - 40):m.start()]))
        formatted = candidate.startswith("+") or "(" in candidate
        # A trunk 0 and digits in groups is how most countries write a phone at home ("01 872 5510", "03 365 2219");
        # more digits than a phone has without its country code is a card or an account ("898 0012 3345 6781").
        national = candidate.startswith("0") and digits >= 9 and re.search(r"\d[\s.\-]\d", candidate) is not None
        if cued or formatted or national or 10 <= digits <= 12:
            yield "phone", m.start(), m.end()


def _is_eponym_use(text: str, start: int, end: int) -> bool:
    base = fold(text[start:end].split()[0])
    possessive = re.match(r"['’]s", text[end:end + 2]) or re.search(r"['’]s$", text[start:end])  # "Alzheimer's"
    if base in EPONYMS and (possessive or MEDICAL_AFTER.match(text[end:end + 40])):
        return True
    return bool(MEDICAL_AFTER.match(text[end:end + 40])) and base in EPONYMS


def _trim_name(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Drop trailing words that are not names ("Sarah And" → "Sarah"); None when nothing is left."""
    words = list(re.finditer(r"\S+", text[start:end]))
    kept = []
    for i, w in enumerate(words):
        bare = fold(w.group(0))
        surname_next = (not kept and bare in AMBIGUOUS and i + 1 < len(words)
                        and fold(words[i + 1].group(0)) not in NON_NAME_WORDS)  # "I'm June Bellamy"
        if (bare in NON_NAME_WORDS and not surname_next) or (kept and bare in EPONYMS):
            break
        kept.append(w)
        if re.search(r"['’]s$", w.group(0)):
            break
    if not kept:
        return None
    return start, start + kept[-1].end()


def _institution_after(text: str, end: int) -> bool:
    """An institution named after the words that end here: "Ashgrove Clinic", "Mama Rosa's Trattoria" (capitalised
    after a possessive: "Finn's health card", "Ezekiel's nursery" belong to a person)."""
    if text[end:end + 2] in ("'s", "’s"):
        m = INSTITUTION.match(text, end + 2)
        return m is not None and m.group(0).lstrip()[:1].isupper()
    return INSTITUTION.match(text, end) is not None


def _names_institution(text: str, start: int, end: int) -> bool:
    """The words are an institution's name, or begin one: "Krishna Hospital", "Lincoln High", "Murphy Roofing"."""
    return INSTITUTION.search(text, start, end) is not None or _institution_after(text, end)


def _name_span(text: str, m: re.Match, *, require_known: bool) -> Span | None:
    trimmed = _trim_name(text, m.start("name"), m.end("name"))
    if trimmed is None:
        return None
    start, end = trimmed
    first = fold(text[start:end].split()[0])
    if require_known and (first not in FIRST_NAMES):
        return None
    end = start + len(re.sub(r"['’]s$", "", text[start:end]))
    # "From: Ashgrove Clinic", "ask for Pembroke Surgery", "Mama Rosa's Trattoria"; not "Dr. Nakamura's clinic"
    if _names_institution(text, start, end):
        return None
    if first in EPONYMS and _is_eponym_use(text, start, end):
        return None
    return "name", start, end


# --- Capitalised words with no cue ------------------------------------------------------------------
# A person's name is the commonest capitalised word inside an English sentence that is not a day,
# month, nationality, place, institution or brand (names.py lists those). The rules below drop the other
# usual suspects by their context: a sentence's first word, a medicine ("took two Nurofen", "Sinemet
# 100/25"), a place ("in Leeds"), a title-cased line (a question's title).
# A Latin-script word; Chinese characters never continue it ("Amy在學校…" is "Amy").
WORD = re.compile(r"[^\W\d_\u3400-\u9fff](?:(?:[^\W\u3400-\u9fff]|['’\-])*[^\W_\u3400-\u9fff])?")
NUMBER_WORDS = word_set(_WORDS_FILE, "number_words")
DETERMINERS = word_set(_WORDS_FILE, "determiners")
PLACE_BEFORE = word_set(_WORDS_FILE, "place_before")
DRUG_BEFORE = word_set(_WORDS_FILE, "drug_before")
# Just before a capitalised word, these make it a thing or a condition ("better than Lamictal", "it might be
# Lupus", "had AFib", "treated with Keppra").
THING_BEFORE = word_set(_WORDS_FILE, "thing_before")
# "a trip to Bali", "we went to Lourdes": a place after "to" when travel is mentioned just before.
TRAVEL_BEFORE = word_set(_WORDS_FILE, "travel_before")
# "a blue Golf", "my new Fitbit": an article, an adjective of things, then a product.
THING_ADJECTIVES = word_set(_WORDS_FILE, "thing_adjectives")
# Pets have names too, but they are not identifiers.
PET_BEFORE = word_set(_WORDS_FILE, "pet_before")
# Words that introduce a name when they open a sentence ("Name Declan Byrne", "Hi Maria").
INTRODUCERS = word_set(_WORDS_FILE, "introducers")
# What follows "dr" in lower case when no name does ("dr appointment is", "doctor visit was").
DOCTOR_NOT_NAMES = word_set(_WORDS_FILE, "doctor_not_names")
NOT_A_DOCTORS_NAME = STOP_WORDS | NON_NAME_WORDS | MEDICAL_WORDS | DOCTOR_NOT_NAMES
DRUG_ENDINGS = tuple(_WORDS["drug_endings"])  # not "-ine" or "-one": Nadine, Simone
# A product's strength or form after its name ("Gride M forte", "Softovac SF", "Candid powder").
PRODUCT_AFTER = re.compile(
    r"(?-i:\s+(?:[A-Z]{1,4}\d*|\d[\w.]*)\b(?![a-z'’]))|\s+(?:[a-z]+\s+)?(?:hospital|clinic|street|road|centre|center|"
    r"surgery|tablets?|pills?|mg|mcg|ml|cream|gel|lotion|shampoo|powder|syrup|ointment|drops|spray|capsules?|"
    r"injections?|patch|wash|soap|suspension|solution|forte|plus|max|blue|acid|inhaler|pump|strips?|sachets?|"
    r"aftershave|perfume|cologne|deodorant|fragrance|moisturi[sz]er|serum|sunscreen|insoles?)\b",
    re.IGNORECASE,
)
# What is said of a medicine or a product, not of a person: "Aerius not working", "is Visanne safe", "Memantine is
# better than Donepezil", "Metamizol same as Novalgin".
USE_AFTER = re.compile(r"\s+(?:(?:is|are|was)\s+)?(?:(?:not|isnt|isn['’]t|doesnt|doesn['’]t|didnt|didn['’]t)\s+"
                       r"(?:working|helping|work|help)|safe|better|worse|stronger|weaker|the same|same as)\b", re.I)
USE_BEFORE = re.compile(r"\b(?:same as|instead of|switch(?:ed|ing)? (?:from|to)|generic (?:of|for))\s+$", re.I)
# A designer's name on a product ("Hugo Boss aftershave"): a brand, whichever first name it holds.
BRAND_PRODUCT_AFTER = re.compile(r"\s+(?i:aftershave|perfume|cologne|deodorant|fragrance|eau de|handbag|trainers|"
                                 r"sneakers|jeans|insoles)\b")
# A word with capitals inside is an acronym or a brand ("IgE", "LFTs", "HbA1c", "EKGs"), unless the capital
# follows a name prefix ("McDonald", "DeShawn", "O'Connell") or a hyphen ("Mei-Ling").
INNER_CAPITAL = re.compile(r"^(?!(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|St|Fitz)[A-Z])[^\W\d_][a-zß-ÿā-ž]*[A-Z0-9]")
SENTENCE_END = re.compile(r"(?:^|[.!?;:\n·•]|\s[-–—/|]|[\"“])[\s\"“'‘]*$")
ABBREVIATION = re.compile(r"(?i)\b(?:dr|mr|mrs|ms|prof|st|mt|no|vs|etc|e\.g|i\.e|approx)\.\s*$")
# What may follow a capitalised group that opens a sentence for it to be a name: nothing (a signature),
# ", 38" (name and age), "here", or a bracket.
FRAGMENT_AFTER = re.compile(r"\s*(?:$|\n|[,(]\s*\d{1,3}(?:st|nd|rd|th)?\b|,?\s+(?:from\s+\w+(?:\s\w+)?\s+)?here\b|"
                            # "Christian, age 20, here", "Kurt Lindqvist, b. 12 December 1959", "…, passport EP…"
                            r",\s*(?i:age|aged)\s+\d|"
                            r",\s*(?i:b\.|born|dob|d\.o\.b|date of birth|passport|nhs|mrn|ssn)(?!\w)|"
                            r"[.!]\s*$|\s*\()"
                            r"|\s+(?:is|was)\s+(?i:my|our)\b"
                            r"|\s+(?:is|was|turned|turns)\s+\d{1,2}(?:\s*(?:months?|years?|weeks?|yrs?|mo)(?:\s+old)?)?"
                            r"(?:\s*[.,!;]|\s+(?:and|now|today|but)\b)"
                            r"|,\s+(?i:(?:my|our|his|her|their)\s+(?:\w+\s+)?" + RELATIVE + r")\b"
                            # "Lindani asked me to post this": someone who speaks to the writer
                            r"|\s+(?:asked|told|begged|wants|wanted|needs|needed)\s+me\s+to\b")
TITLE_CASE_SHARE = 0.6
SENTENCE_BREAK = re.compile(r"\n|[.!?]+(?=\s)")
THING_WORDS = PLACE_WORDS | BRANDS | PLACES | EPONYMS | MEDICAL_WORDS
INSTITUTION = re.compile(r"(?i)[ \t]+(?:hospital|clinic|centre|center|surgery|practice|pharmacy|university|college|"
                         r"school|institute|infirmary|hospice|trust|foundation|medical|health|memorial|fertility|"
                         r"house|lodge|manor|care home|nursing home|station|airport|high|middle|elementary|grammar|"
                         r"academy|primary|secondary|junior|infants|kindergarten|nursery|daycare|preschool|montessori|"
                         r"unit|ward|dispensary|foodstore|"
                         r"roofing|plumbing|construction|builders|motors|logistics|freight|haulage|removals|manufacturing|"
                         r"ltd|inc|llc)\b"
                         # a business named after its owner or a thing ("Joe's Auto", "Sakura Sushi Bar",
                         # "Hartley & Sons")
                         r"|[ \t]*(?:&|and)[ \t]+(?:Sons|Daughters|Co|Partners|Associates)\b"
                         r"|[ \t]+(?:Studios?|Bar|Auto|Autos|Garage|Salon|Caf[eé]|Restaurant|Bakery|Shop|Store|Market|"
                         r"Supermarket|Accountants|Solicitors|Gym|Fitness|Diner|Grill|Pub|Hotel|Spa|Farms?|Dental|"
                         r"Pizzeria|Trattoria|Takeaway|Kebab|Kitchen|Bistro|Cleaners|Bank|Insurance|Partners|Associates|Corp|Industries|"
                         r"Services|Consulting|Labs|Foods|Bakehouse|Barbers?|Boutique|Florist|Tavern|Brewery|Midwifery|"
                         r"Physio|Physiotherapy|Chiropractic|Osteopathy|Veterinary|Vets|Opticians|Optical)\b")
SAINT_BEFORE = re.compile(r"\b(?:St|Saint|Ste)\.?\s+$"  # "St. Mary's" is a hospital or a church, not Mary
                          # "Hospital da Luz", "Clínica San Rafael", "Centro de Salud Miguel Servet"
                          r"|\b(?i:hospital|h[oô]pital|cl[ií]nica?|centro|casa|instituto|klinik|klinikum|sanatorio)"
                          r"(?:\s+[a-z]+){0,3}?(?:\s+(?:de|da|do|del|dos|das|di|of|la|el|san|santa|são))+\s+$")


def _is_capitalised(word: str) -> bool:
    return word[0].isupper() and len(fold(word)) >= 2 and any(ch.islower() for ch in word[1:])


def _name_shaped(word: str) -> bool:
    """Not an acronym or a code: "IgE", "LFTs", "X-ray", "T-wave" are not names."""
    parts = re.sub(r"^[A-Z]['’]", "", word).split("-")  # "O'Connell" → "Connell"
    return len(parts[0]) >= 2 and not INNER_CAPITAL.match(parts[0]) and not any(p.isupper() for p in parts[1:])


def _title_cased_line(text: str, position: int) -> bool:
    """A title's words are capitalised: its line and its sentence both (a line that also holds an address has many
    capitals, so does a short sentence with a date in it)."""
    line_start = text.rfind("\n", 0, position) + 1
    line_end = text.find("\n", position)
    sentence_starts = [m.end() for m in SENTENCE_BREAK.finditer(text, 0, position)]
    sentence_end = SENTENCE_BREAK.search(text, position)
    return all(_title_cased(text[start:end]) for start, end in (
        (line_start, line_end if line_end >= 0 else len(text)),
        (sentence_starts[-1] if sentence_starts else 0, sentence_end.start() if sentence_end else len(text))))


def _title_cased(words_text: str) -> bool:
    words = [w for w in WORD.findall(words_text) if len(w) > 3]
    return len(words) >= 4 and sum(w[0].isupper() for w in words) / len(words) >= TITLE_CASE_SHARE


def _capitalised_groups(text: str) -> Iterator[list[re.Match]]:
    """Runs of capitalised words separated by single spaces, name particles allowed inside ("Ana de Souza")."""
    group: list[re.Match] = []
    pending_particle = False
    for m in WORD.finditer(text):
        word = m.group(0)
        gap = text[group[-1].end():m.start()] if group else ""
        joined = (bool(group) and re.fullmatch(r"[ \t]+", gap) is not None
                  and not re.search(r"['’]s$", group[-1].group(0)))
        if _is_capitalised(word) and (not group or joined):
            group.append(m)
            pending_particle = False
        elif group and joined and word in PARTICLES and not pending_particle:
            pending_particle = True  # kept only if a capitalised word follows
        elif _is_capitalised(word) and pending_particle and re.fullmatch(r"[ \t]+", gap):
            group.append(m)
            pending_particle = False
        else:
            if group:
                yield group
            group = [m] if _is_capitalised(word) else []
            pending_particle = False
    if group:
        yield group


def _words_before(text: str, start: int, n: int) -> list[str]:
    clause = re.split(r"[.!?;\n]", text[max(0, start - 60):start])[-1]
    return [w.lower() for w in re.findall(r"[\w'’]+", clause)][-n:]


def _opens_sentence(text: str, start: int) -> bool:
    return bool(SENTENCE_END.search(text[:start])) and not ABBREVIATION.search(text[:start])


def _name_words(text: str, group: list[re.Match]) -> tuple[list[re.Match], bool] | None:
    """The group's words that could be a name, and whether they open a sentence."""
    at_start = _opens_sentence(text, group[0].start())
    words = list(group)
    while words and fold(words[0].group(0)) in NON_NAME_WORDS:
        # "Name Declan Byrne" opens with a name; "During Lent", "Is Keppra", "Nan Pro" are no names.
        if fold(words[0].group(0)) not in INTRODUCERS:
            return None
        at_start = False
        words.pop(0)
    for i, w in enumerate(words):
        if fold(w.group(0)) in NON_NAME_WORDS:
            words = words[:i]
            break
    return (words[:3], at_start) if words else None


DAY_BEFORE = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s+$")
# "on the pill (Yasmin)", "the company picnic (Harlan Steel)": the bracket names the thing just before it.
NAMED_IN_BRACKETS = re.compile(r"(?i)\b(?:meds?|pills?|tablets?|brand|generic|medications?|medicines?|drugs?|creams?|"
                               r"inhalers?|capsules?|injections?|spray|drops|syrup|supplements?|vaccines?|gel|lotion|ointment|"
                               r"company|firm|employer|factory|plant|corporation|business|agency|charity|work|job|"
                               r"workplace|office)"
                               r"(?:(?:\s+[a-z]+)?\s*\(|(?:\s+[a-z]+){0,4}\s*:)\s*$")


# A word for who someone is, not a name: the relatives and roles the cues know, and a few more that open a message.
PERSON_WORD = re.compile(RELATIVE + "|" + ROLE + "|" + "|".join(_WORDS["occupations"])
                         + r"|teen|teenager|guardian|student|pupil|patient|parent|carer|mum|mom|"
                         r"family|everyone|everybody|someone|somebody|nobody|people|staff|management|"
                         r"coeliac|celiac|diabetic|asthmatic|epileptic|vegan|vegetarian",
                         re.I)
# "Iqama number", "Lot FL2291B": the word names a card or a code, not a person.
DOCUMENT_AFTER = re.compile(r"\s+(?:number|no\.|card|id)\b|(?-i:\s+(?=[A-Z]*\d)(?=\d*[A-Z])[A-Z0-9]{4,}\b)", re.I)


# Before a lone word that names a town, a country or a US state, these make it the place even when it is also a given
# name; "at" and "to" do not ("at Austin's", "talked to Georgia").
IN_PLACE = frozenset({"in", "from", "near", "across", "around", "throughout", "outside"})


STREET_NAMES = frozenset({"street", "road", "avenue", "boulevard", "highway"})
# Months written short that are also given names, and the words that make them months ("since Jan", "by Mar").
SHORT_MONTHS = frozenset({"jan", "mar", "may", "jun", "jul", "aug", "sept", "oct", "dec"})
IN_TIME = frozenset({"since", "in", "from", "until", "till", "by", "last", "next", "early", "late", "mid", "this",
                     "before", "after"})


def _place_or_month(text: str, start: int, end: int) -> bool:
    """"the yard in Georgia", "flew back from Austin", "since Jan": a place or a month even where the word is also
    a given name."""
    before = _words_before(text, start, 1)
    word = fold(text[start:end])
    return bool(before) and (word in world_places() and before[-1] in IN_PLACE
                             or word in SHORT_MONTHS and before[-1] in IN_TIME)


def _is_thing(text: str, words: list[re.Match], known: bool) -> bool:
    """A medicine, product, condition, place or pet rather than a person, judged by the words and around them."""
    folded = [fold(w.group(0)) for w in words]
    start, end = words[0].start(), words[-1].end()
    after = text[end:end + 40]
    # "Wolff-Parkinson-White": three names joined by hyphens are a syndrome; a double-barrelled name has two.
    if any(f in THING_WORDS or ("-" in f and (all(part in EPONYMS for part in f.split("-")) or f.count("-") >= 2))
           for f in folded) or not all(
            _name_shaped(w.group(0)) for w in words):
        return True
    if MEDICAL_AFTER.match(after) or PRODUCT_AFTER.match(after) or SAINT_BEFORE.search(text[:start]) \
            or (not known and (USE_AFTER.match(after) or USE_BEFORE.search(text, max(0, start - 30), start))) \
            or NAMED_IN_BRACKETS.search(text, max(0, start - 40), start) \
            or DAY_BEFORE.search(text, max(0, start - 8), start):
        return True  # "22nd Jan" is a month even when "Jan" is a name
    if len(words) == 1 and _place_or_month(text, start, end) or len(words) > 1 and (
            folded[-1] in STREET_NAMES or " ".join(folded) in world_place_phrases()):
        return True  # "Harley Street clinics": a street named without a number is a place; "to Abu Dhabi"
    if known:
        return False
    if DOCUMENT_AFTER.match(after):  # "my father's Iqama number is …": the card, not a person
        return True
    if len(words) == 1 and PERSON_WORD.fullmatch(folded[0]):  # "Teen here (15).", "Teacher, 52, in Ontario."
        return True
    if len(words) == 1 and folded[0] in world_places():  # "Mombasa to Kampala", "from Rosario"
        return True
    before = _words_before(text, start, 3)
    if re.search(r"[,(]\s*$", text[:start]) and before and not before[-1].isdigit():
        # An apposition ("our little one, Kaito, is 2"): the word before the comma does not describe this one.
        return any(w in DRUG_BEFORE or w in PET_BEFORE for w in before) or (
            len(words) == 1 and folded[0].endswith(DRUG_ENDINGS))
    if len(before) >= 2 and before[-1] == "to" and any(w in TRAVEL_BEFORE for w in before[:-1]):
        return True
    if len(before) >= 2 and before[-1] in THING_ADJECTIVES and before[-2] in DETERMINERS | {"a", "an"}:
        return True
    if before and (before[-1] in DETERMINERS or before[-1] in PLACE_BEFORE or before[-1] in NUMBER_WORDS
                   or before[-1] in THING_BEFORE or re.fullmatch(r"\d+(?:st|nd|rd|th)?", before[-1])):
        return True
    return any(w in DRUG_BEFORE or w in PET_BEFORE for w in before) or (
        len(words) == 1 and folded[0].endswith(DRUG_ENDINGS))


LABEL_AFTER = re.compile(r"\s?#?\s?:")
VERBS = word_set(_WORDS_FILE, "verbs")
IRREGULAR_VERBS = word_set(_WORDS_FILE, "irregular_verbs")
AFTER_NAME = word_set(_WORDS_FILE, "after_name")
LOWER_WORD_AFTER = re.compile(r" (?P<word>[a-z][a-z'’]*)\b")


def _verb_form(word: str) -> bool:
    """Whether a lower-case word is a listed verb in some form: "snores", "cried", "hurries", "stopped", "coughing"."""
    stems = [word]
    for ending, replacements in (("ies", ("y",)), ("es", ("", "e")), ("s", ("",)), ("ied", ("y",)),
                                 ("ed", ("", "e")), ("ing", ("", "e"))):
        if word.endswith(ending):
            stem = word[:-len(ending)]
            stems += [stem + r for r in replacements]
            if len(stem) > 2 and stem[-1] == stem[-2]:  # "stopped", "sitting"
                stems.append(stem[:-1])
    return word in IRREGULAR_VERBS or any(stem in VERBS for stem in stems)


def _thing_after_opening_name(text: str, end: int) -> bool:
    """A first name opening a sentence, then a lower-case word that is no verb, adverb or small word: a thing named
    like a person ("Heather honey for a sore throat?", "Jasmine tea and iron", "Georgia peaches make my mouth itch")."""
    m = LOWER_WORD_AFTER.match(text, end)
    if not m:
        return False
    word = m.group("word").replace("’", "'")
    return not (word in AFTER_NAME or word.endswith(("ly", "'s", "'d", "'ll", "n't")) or _verb_form(word)
                or PERSON_WORD.fullmatch(word) or text[end - 2:end] in ("'s", "’s"))  # "Neha bhabhi", "Olga's"


def _uncued_name(text: str, group: list[re.Match], shouted: bool) -> tuple[Span | None, bool]:
    """(the name span or None, whether the group is a thing — which makes the words listed with it things too)."""
    found = _name_words(text, group)
    if found is None:
        return None, False
    words, at_start = found
    start, end = words[0].start(), words[-1].end()
    first = fold(words[0].group(0))
    known = first in FIRST_NAMES and first not in AMBIGUOUS
    if LABEL_AFTER.match(text, end):
        return None, False  # a form's label ("Complaint:", "Home:", "Tel:", "Member #:")
    if _is_thing(text, words, known) or _is_eponym_use(text, start, end) or _names_institution(text, start, end):
        return None, True  # a medicine, a place, an eponym; "Lincoln High", "Murphy Roofing"
    if (at_start and not (known or FRAGMENT_AFTER.match(text[end:end + 40]))) or _title_cased_line(text, start):
        return None, False
    if at_start and len(words) == 1 and not shouted and _thing_after_opening_name(text, end):
        return None, True
    if at_start and not known and len(words) == 1 and len(first) >= 5 and first.endswith(("ed", "ing")) \
            and not re.match(r"\s*[,(]\s*\d", text[end:end + 6]):
        return None, False  # "Confused.", "Struggling." closing a message: how the writer feels
    end = start + len(re.sub(r"['’]s$", "", text[start:end]))
    return ("name", start, end), False


# Items of one list: "Zyrtec and Benadryl", "Uprise D3, Meganeuron OD plus".
LIST_JOIN = re.compile(r"(?:\s+[A-Z0-9][A-Z0-9\-]{0,4}(?:\s+(?:plus|forte))?)?"
                       r"\s*(?:,|and|or|&|/|\+|,\s*and|vs\.?|versus)\s*")
# A choice between two capitalised things in a sentence that weighs them ("Which is safer, Diclegis or Maxolon?",
# "Jenny Craig vs Weight Watchers for a diabetic?"): products or programmes, not people.
CHOICE_JOIN = re.compile(r"\s*(?:,\s*)?(?:or|vs\.?|versus)\s*")
WEIGHING = re.compile(r"(?i)\b(?:better|safer|best|worse|stronger|cheaper|prefer\w*|instead|which|vs\.?|versus)\b")
# Not a list item but a person set off by commas, a verb after ("from Henley Accountants, Farid, keeps sneezing").
APPOSITION_AFTER = re.compile(r"\s*,\s+(?:who|has|had|is|was|keeps|gets|got|says|said|[a-z]{3,}(?:s|ed))\b")


def find_capitalised_names(text: str, shouted: bool = False) -> Iterator[Span]:
    groups = list(_capitalised_groups(text))
    results = [_uncued_name(text, group, shouted) for group in groups]
    # A list containing a medicine is a list of medicines: spread "thing" both ways along the list.
    things = [thing for _, thing in results]
    joined = [bool(LIST_JOIN.fullmatch(text[groups[i - 1][-1].end():groups[i][0].start()]))
              and not any(APPOSITION_AFTER.match(text, g[-1].end()) for g in groups[i - 1:i + 1])
              for i in range(1, len(groups))]
    for _ in range(2):
        for i in range(1, len(groups)):
            if joined[i - 1]:
                things[i] = things[i - 1] = things[i] or things[i - 1]
        for i in range(len(groups) - 1, 0, -1):
            if joined[i - 1]:
                things[i] = things[i - 1] = things[i] or things[i - 1]
    for i in range(1, len(groups)):
        gap = text[groups[i - 1][-1].end():groups[i][0].start()]
        if CHOICE_JOIN.fullmatch(gap) and WEIGHING.search(_sentence_around(text, groups[i][0].start())):
            things[i] = things[i - 1] = True
    spans = [span if not thing else None for (span, _), thing in zip(results, things, strict=True)]
    # A list of people is a list of people: "Oona, Pip and Caspian" opens a sentence with a name (a list joined by
    # "and" somewhere; "Yo, Marcus here" is no list).
    listed = _and_lists(text, groups, joined)
    for i in range(1, len(groups)):
        if joined[i - 1] and listed[i]:
            for this, other in ((i, i - 1), (i - 1, i)):
                if spans[other] and not spans[this] and not things[this] and _lone_name_word(groups[this]):
                    spans[this] = ("name", groups[this][0].start(), groups[this][0].end())
    yield from (span for span in spans if span)


def _sentence_around(text: str, at: int) -> str:
    found = next((m for m in SENTENCE.finditer(text) if m.start() <= at < m.end()), None)
    return found.group(0) if found else ""


def _and_lists(text: str, groups: list[list[re.Match]], joined: list[bool]) -> list[bool]:
    """For each group, whether it belongs to a run of joined groups with an "and", "&" or "or" in one of the joins."""
    listed = [False] * len(groups)
    start = 0
    for i in range(1, len(groups) + 1):
        if i == len(groups) or not joined[i - 1]:
            gaps = [text[groups[k - 1][-1].end():groups[k][0].start()] for k in range(start + 1, i)]
            gaps.append(text[groups[i - 1][-1].end():groups[i - 1][-1].end() + 9])  # "Sarah-Jane, Mike, and I"
            if any(re.search(r"\band\b|&|\bor\b", gap) for gap in gaps[:-1]) or re.match(r",?\s*(?:and|&)\s+(?:I|me)\b",
                                                                                        gaps[-1]):
                listed[start:i] = [True] * (i - start)
            start = i
    return listed


def _lone_name_word(group: list[re.Match]) -> bool:
    word = group[0].group(0)
    return len(group) == 1 and _name_shaped(word) and fold(word) not in NON_NAME_WORDS | THING_WORDS | STOP_WORDS


def _overlapping(pattern: re.Pattern, text: str) -> Iterator[re.Match]:
    """Matches that may overlap ("my wife's name is siobhan": "wife's name", then "name is siobhan")."""
    m = pattern.search(text)
    while m:
        yield m
        m = pattern.search(text, m.start() + 1)


# After a cue, a first name that is also a word ("my mother May has…", "I'm Will, 28", "its kayla, 17") is a name when
# it is capitalised mid-sentence (or typed in lower case right before an age) and a verb, an age or a comma follows.
NAME_WORD_AFTER = re.compile(r"(?:\s*,\s*\d{1,3}\b|\s*,|\s+(?:has|had|is|was|keeps|gets|got|says|said|needs|who|just|"
                             r"because|on|at|in|from|with|about|\(|"
                             r"and|also|started|woke|fell|hurt|cant|can't|can’t|wont|won't|won’t)\b|['’]s\b"
                             # or any verb in -s / -ed ("my son Will wants…", "my husband Will snores")
                             r"|\s+(?!(?:always|sometimes|perhaps|unless|thus|this|its|his|hers|as|us)\b)[a-z]{2,}(?:s|ed)\b)")
SELF_INTRO_LOWER = re.compile(r"(?i:\b(?:i['’]?m|i am|its|it['’]s|this is)\s+)" + LOWER_NAME
                              + r"(?=\s*,\s*\d{1,3}\b|\s+from\b)"
                              # "hi, maria here": a known first name opening the message, then "here"
                              r"|(?:^|(?i:\b(?:hi|hello|hey|hiya)\b))[\s,!.]*" + LOWER_NAME.replace("name", "opening")
                              + r"(?=\s+here\b)"
                              # "hi. abdul rahman. diabetic 10 yrs": the name as its own sentence after a greeting
                              r"|(?i:\b(?:hi|hello|hey|hiya)\b)[\s,!.]+" + LOWER_NAME.replace("name", "alone")
                              + r"(?:\s+(?P<surname>[" + LOWER + r"]{2,}))?(?=\s*[.!]\s)")


# Typed in lower case without an age after it ("hi im priya and…", "its marcus again", "grandpa joe fell"): only a known
# first name that is no ordinary word.
LOWER_KNOWN_NAME_CUE = re.compile(r"(?i:\b(?:(?:its|it['’]s) me,?|i['’]?m|i am|i m|its|it['’]s|this is|myself|"
                                  r"grandpa|grandma|granny|grandad|"
                                  r"auntie|aunt|uncle|cousin|baby|(?-i:[Mm]rs|[Mm]r|[Mm]s)|miss)\.?\s+)" + LOWER_NAME)


# A known first name in lower case, then who it is or a closing ("lakshmi (my mom) has…", "xoxo bella").
LOWER_NAME_THEN_WHO = re.compile(r"(?:^|(?<=[\s,.!]))" + LOWER_NAME + r"(?=\s*(?:\(|,)\s*(?i:my|our)\s+"
                                 + RELATIVE + r"\b)")
# Who writes, named by someone else's name or in their own words, any word: "vin's mum here", "its me jimbo lol",
# "real name james".
WRITER_NAMED = re.compile(r"(?:^|(?<=[.!?]\s))\s*(?P<name>[" + LOWER + UPPER + r"][" + LOWER + r"]+)['’]s\s+"
                          r"(?:mum|mom|mam|mother|dad|father|wife|husband|sister|brother|partner|nan|gran)\s+here\b"
                          r"|(?i:\b(?:its|it['’]s) me,?\s+)" + LOWER_NAME.replace("name", "me")
                          + r"(?=\s*[,.!]|\s+(?:lol|again|here|from)\b)"
                          r"|(?i:(?<!not my )\breal name(?: is|['’]s)?\s+)"
                          r"(?P<real>[" + LOWER + UPPER + r"][" + LOWER + r"]+)"
                          r"|(?i:\b(?:(?:its|it['’]s) me(?: again)?|and i|me)\s*\()"
                          r"(?P<paren>[" + LOWER + UPPER + r"][" + LOWER + r"]+)\)")
# A name and who it is in brackets ("Sunny (my 2yo)", "Will (my husband)"), or opening a sentence with the writer
# ("Holly and I").
NAME_THEN_WHO = re.compile(r"\b(?P<name>" + CAP + r")(?=\s*\((?:my|our)\s+(?:\d{1,2}[\s-]*(?:yo|y/o|yr|year|month)|"
                           + RELATIVE + r"\b))|(?:^|(?<=[.!?]\s))(?P<pair>" + CAP + r")(?=\s+(?:and|&)\s+(?:I|me)\b"
                           r"(?P<together>\s*(?:\(|both\b|went\b|were\b|are\b|have\b|live\b|share\b))?)")
# A name typed in capitals after "my name is" in a lower-case message ("my name is BRANDON").
NAME_IS_CAPITALS = re.compile(r"(?i:\b(?:my name is|my name['’]s|call me)\s+)(?P<name>[A-Z]{3,15})\b"
                              r"(?![A-Z]*\s+[A-Z]{2,})")
# "Autumn, my 9 year old, keeps…": a name opening a sentence, then who it is (not "im in Osaka, my son…").
NAME_COMMA_WHO = re.compile(r"(?:^|(?<=[.!?\n]\s)|(?<=\n))(?P<name>" + CAP + r"),\s*(?:my|our)\s+(?:\d{1,2}[\s-]*"
                            r"(?:yo|y/o|yr|year|month)|" + RELATIVE + r"\b|(?:\w+\s+)?" + ROLE + r"\b)")
# A name quoted after "name" ("Name on the prescription says 'Jon Smyth'").
QUOTED_NAME = re.compile(r"(?i:\bname\b)[^.\n'\"‘“]{0,40}['\"‘“](?P<name>" + CAP + r"(?:\s+" + CAP + r"){0,2})['\"’”]")
LOWER_NAME_AND_ME = re.compile(r"\b(?P<name>[" + LOWER + r"]{2,})"
                               r"(?:['’]s\s+(?:dad|mum|mom|father|mother|parents?|amma|ammi|appa|abbu|mummy|papa)\b|\s+(?:n|and|&)\s+(?:[Ii]|me)\b)")
# The writer and someone else doing something together ("me and bill have been trying", "me, jess and my mum all
# have"): a listed first name, also one that is a word.
ME_AND_NAME = re.compile(r"(?i:\bme\s*(?:,|and|n|&)\s+)" + LOWER_NAME
                         + r"(?=\s+(?:have|had|are|were|went|got|both|live|just|did|do)\b|\s*,?\s+(?:and|&)\s+my\b)")
# "my teacher mrs okonkwo noticed": any word after a lower-case Mr / Mrs that is not an ordinary one.
LOWER_TITLE = re.compile(r"\b(?:[Mm]rs|[Mm]r)\.?\s+" + LOWER_NAME)  # not "his MR vaccine" (measles-rubella)
# "heyy im lottie, 15": a greeting, then the writer's name before an age, a name that is on no list too.
GREETED_INTRO_AGE = re.compile(r"(?i:\b(?:hi+|hey+|hello+|hiya)\b[\s,!.]*(?:i['’]?m|i am|its|it['’]s|this is)\s+)"
                               + LOWER_NAME + r"(?=\s*,\s*\d{1,2}\b|\s+and\s+(?:i['’]?m|i am)\s+\d{1,2}\b)")
LOWER_DASH_SIGNATURE = re.compile(r"(?:^|\s)[-–—~](?P<name>[" + LOWER + r"]{2,12})\s*$")
LOWER_SIGN_OFF = re.compile(r"(?i:(?:\b(?:thanks|thank you|thx|ty|cheers|regards|xoxo|xo|love|best)[,.!]?|\s[-–—~])\s+)"
                            + LOWER_NAME
                            + r"\s*[.!]?\s*$")


def _known_lower(word: str) -> bool:
    """A first name from the list, hyphenated ones too ("jo-anne")."""
    return word in KNOWN_NAMES or "-" in word and all(p in FIRST_NAMES for p in word.split("-"))


# "my nan, beryl, fell last week": a lower-case name set off by commas after a relative, before what they did.
LOWER_APPOSITION = re.compile(r"(?i:\b(?:my|our|his|her)\s+" + RELATIVE + r"\s*,\s*)" + LOWER_NAME
                              + r"(?=\s*,\s*(?:[a-z]+ed|is|was|has|had|fell|ate|went|got|keeps|says|said)\b)")
ITS_ME_HERE = re.compile(r"(?i:\b(?:hi+|hey+|hello|hiya|yo)(?:\s+doc)?[\s,!.]*(?:its|it['’]s)\s+(?:me\s+)?)"
                         + LOWER_NAME
                         + r"(?=\s+(?:here|again|from|lol)\b)")
LOWER_NAME_AGE = re.compile(r"(?:^|(?<=[\s(]))" + LOWER_NAME
                            + r"(?=\s*,\s*\d{1,2}\s*(?:,|\.|and\b|(?:yo|y/o|m|f)\b|$))")  # "- from wayne, 68" ends too
# "kayden has a temp", "jessica said rub vicks on": a known first name opening a sentence typed in lower case, then
# what the person does or says.
LOWER_NAME_OPENS = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))\s*" + LOWER_NAME
                              + r"(?=\s+(?:has|had|is|was|said|says|told|thinks|reckons|keeps|wants|woke|fell|got|gets|"
                              r"needs|started|can['’]?t|won['’]?t|just|and i|n i|hasn['’]?t|isn['’]?t|wasn['’]?t|"
                              r"doesn['’]?t|didn['’]?t|been|did|asked)\b)")
# "sunil bhaiya rang up", "zoya baji ki report": a lower-case name before a South Asian kin word or honorific.
KIN_AFTER_LOWER = re.compile(r"(?:^|(?<=[\s(,]))(?P<name>[a-z][a-z]{2,})\s+(?:" + "|".join(_WORDS["kin_after_name"])
                             + r")\b(?!-)")
# In Romanised Hindi / Urdu: a lower-case word opening a sentence before a case particle ("guddu ke papa", "kiran ne
# bola", "bittu ka BCG") or a possessive ("chinnu's temp"), where the language puts the person first.
ROMANISED_OPENING = re.compile(r"(?:^|(?<=[.!?,]\s)|(?<=\n))\s*(?P<name>[A-Za-z][a-z]{2,})"
                               r"(?=\s+(?:ka|ki|ke|ne|ko)\s|['’]s\s|\s+\d{1,2}\s+(?:saal|sal|mahine|mahina)\b)")
ROMANISED_NOT_NAMES = word_set(_WORDS_FILE, "romanised_not_names")
# "sweety is my daughter's pet name", "babloo is my younger brother's nickname"
NICKNAME_IS = re.compile(r"(?:^|(?<=[.!?]\s))(?P<name>[A-Za-z][a-z\-]+)(?i:\s+is\s+(?:my|our|his|her|their)\s+"
                         r"[\w'’ ]{0,30}?(?:pet name|nick ?name|nickname|good name|real name))")
# "my daughter mini (real name Anjali)": the name by which a person goes, before the one on the papers
NAME_THEN_REAL_NAME = re.compile(r"\b(?P<name>[A-Za-z][a-z\-]+)\s+\((?i:(?:real|actual|proper|full|official)\s+name\b|"
                                 r"(?:my|our|his|her)\s+(?:\w+\s+){0,2}?(?:friend|mate|bestie|sister|brother|sis|bro|"
                                 r"cousin|neighbour|neighbor|carer|worker|partner|wife|husband|boyfriend|girlfriend)\b|"
                                 + ROMANISED_MY + r"\s+(?:\w+\s+){0,2}?" + ROMANISED_RELATIVE + r"\b)")
# "mere abbu (tariq mehmood) ki aankh", "my nan (edna) fell", "apni bhanji (mahnoor, 6 mahine)": a name in brackets
# after the relative it is.
KIN_THEN_BRACKETED = re.compile(r"(?i:\b(?:" + RELATIVE + "|" + ROMANISED_RELATIVE + "|"
                                + "|".join(_WORDS["kin_after_name"]) + r")(?:\s+(?:ji|jaan|jee|sahab))?\s*\()"
                                r"(?P<name>[a-z][a-z\-]+(?:\s[a-z][a-z\-]+)?)(?=\)|\s*,\s*\d)")
# "chotu, my 3 year old, pees only…", "Carlton my neighbour asked me": a name opening the message, then who the
# person is
OPENING_NAME_THEN_MY = re.compile(r"^\s*(?P<name>[A-Za-z][a-z\-]+),?\s+(?:my|our)\s+(?:\w+\s+){0,2}?(?:\d{1,2}\s*"
                                  r"(?:years?|yrs?|months?|mo)\s*old|son|daughter|baby|boy|girl|brother|sister|"
                                  r"grandson|granddaughter|nephew|niece|neighbour|neighbor|friend|mate|cousin)\b")
# "Mera naam shabnam hai", "unka naam Om Prakash": Hindi / Urdu "name"
NAAM_CUE = re.compile(r"(?i:\b(?:mera|meri|hamara|humara|unka|uska|iska|inka|beti ka|bete ka|bachche ka)\s+naam\s+"
                      r"(?:hai\s+)?)(?P<name>[A-Za-z][a-z\-]+)")
# "gaurav from this side": Indian English for "this is gaurav"
FROM_THIS_SIDE = re.compile(r"\b(?P<name>[A-Za-z][a-z\-]+)\s+(?i:from this side|this side)\b")
# "moira has had MS for 20 yrs", "Nthabiseng has been coughing", "smithy reckons": a word opening a sentence before
# what a person does, that no English dictionary holds (the encoder's word list) and no list calls a thing.
OPENING_PERSON = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))\s*(?P<name>[a-zà-ž][a-zà-ž'’\-]{2,}?)(?:['’]s)?"
                            r"(?=\s+(?:has|had|is|was|keeps|kept|turned|works|worked|reckons|says|said|told|thinks|been|"
                            r"went|gets|wants|woke|fell|started|hasn['’]?t|isn['’]?t|wasn['’]?t|doesn['’]?t|"
                            r"didn['’]?t)\b)")
# "Pumpkin is what we call our daughter", "Chi-Chi for short": a nickname said to be one
NICKNAME_SAID = re.compile(r"\b(?P<name>[A-Za-z][A-Za-z\-]+)(?:\s+is\s+what\s+(?:we|they|everyone|everybody)\s+call"
                           r"|,?\s+for\s+short\b"
                           # "'chhotu' bulate hain": "we call him chhotu"
                           r"|['’\"”]\s+(?:bulate|bulaate|bolte|kehte)\s+(?:hain|hai|the|thi)\b)")
# "my partner river (they/them)": the pronouns a person goes by, after their name.
NAME_THEN_PRONOUNS = re.compile(r"\b(?!(?i:trans|nonbinary|non-binary|enby|queer|gay|bi|cis|agender|genderfluid|"
                                r"partner|spouse|kid|child|teen|friend|sibling|patient|me|myself)\b)"
                                r"(?P<name>[A-Za-z][a-z\-]+)\s+\((?i:they/them|she/her|he/him|she/they|he/they|"
                                r"they/she|they/he|ze/zir|xe/xem)\)")
# "this is kuttan's amma": the writer named by whose mother or father they are.
SELF_AS_KIN_OF = re.compile(r"(?i:\b(?:this is|its|it['’]s|i am|i['’]m|im)\s+)(?P<name>[a-z][a-z\-]{1,})['’]s\s+"
                            r"(?:amma|ammi|appa|abbu|mummy|mum|mom|mother|dad|father|papa|mama|nani|dadi|granny|grandma)\b")
# Two people in lower case doing something together ("ricky and big jono both have", "twins ada and obi are", "mo and
# yusuf fasted"): when one of them is a listed first name, the other is a name too.
LOWER_PAIR = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=\btwins\s)|(?<=\btwin\s))\s*(?:(?:big|little|lil)\s+)?"
                        r"(?P<first>[a-z]{2,})\s+(?:and|&|n)\s+(?:(?:big|little|lil)\s+)?(?P<second>[a-z]{2,})"
                        r"(?=\s+(?:both|are|were|have|had|here|went|did|do|say|said|from|got|get|keep|[a-z]+ed)\b)")
SELF_INTRO_CLOSED = re.compile(r"\s*(?:,|\(|again\b|here\b)")
# "I'm Will. Left ear…", "i'm May. 24.": a self-introduction that is a sentence of its own.
SENTENCE_CLOSED = re.compile(r"\s*[.!]+(?:\s|$)")
# "Hi it's June.", "Hi!! Its Brooklyn 😊": a greeting, then the writer's listed first name closing the clause.
GREETING_ITS = re.compile(r"(?i:\b(?:hi+|hey+|hello|hiya)\b)[\s,!.]*(?:[Ii]ts|[Ii]t['’]s)\s+(?P<name>" + CAP
                          + r")(?=\s*(?:[,.!]|[^\w\s'’]|$))")


def find_name_words(text: str) -> Iterator[Span]:
    for pattern in (RELATIVE_CUE, KIN_CUE, INTRO_CUE, ROLE_CUE):
        for m in pattern.finditer(text):
            word = re.match(r"[^\W\d_]+", m.group("name"))
            end = m.start("name") + word.end() if word else 0
            closed = NAME_WORD_AFTER.match(text, end) or pattern is INTRO_CUE and SENTENCE_CLOSED.match(text, end)
            if word and fold(word.group(0)) in KNOWN_NAMES and closed and not _institution_after(text, end):
                yield "name", m.start("name"), end
    for m in GREETING_ITS.finditer(text):
        if fold(m.group("name")) in KNOWN_NAMES:
            yield "name", m.start("name"), m.end("name")
    for pattern in (LOWER_KNOWN_NAME_CUE, LOWER_NAME_THEN_WHO, LOWER_SIGN_OFF, LOWER_NAME_AND_ME, LOWER_NAME_OPENS):
        for m in pattern.finditer(text):
            first = fold(m.group("name"))
            if _known_lower(first) and first not in AMBIGUOUS | NON_NAME_WORDS:
                yield "name", m.start("name"), m.end("name")
            elif first in AMBIGUOUS and pattern is LOWER_KNOWN_NAME_CUE and SELF_INTRO_CLOSED.match(text, m.end()):
                yield "name", m.start("name"), m.end("name")  # "hi im grace, my brother…"
    yield from _company_spans(text)
    yield from _opening_people(text)
    for m in LOWER_NAME_AGE.finditer(text):
        word = fold(m.group("name"))
        if word in FIRST_NAMES and word not in AMBIGUOUS | NOT_NAMED_BEFORE_AGE:
            yield "name", m.start("name"), m.end("name")
    for m in ME_AND_NAME.finditer(text):
        if _known_lower(fold(m.group("name"))):
            yield "name", m.start("name"), m.end("name")
    for pattern in (LOWER_TITLE, GREETED_INTRO_AGE, ITS_ME_HERE, LOWER_APPOSITION):
        for m in pattern.finditer(text):
            word = fold(m.group("name"))
            if word not in NOT_NAMED_BEFORE_AGE and not word.endswith(("ing", "ed")):
                yield "name", m.start("name"), m.end("name")
    for m in WRITER_NAMED.finditer(text):
        group = next(g for g in ("name", "me", "real", "paren") if m.group(g))
        if fold(m.group(group)) not in NOT_NAMED_BEFORE_AGE:
            yield "name", m.start(group), m.end(group)
    shouting = _shouting(text)
    for m in (*QUOTED_NAME.finditer(text), *NAME_COMMA_WHO.finditer(text), *NAME_FROM_PLACE.finditer(text),
              *([] if shouting else NAME_IS_CAPITALS.finditer(text))):
        word = fold(m.group("name"))  # not a verb: "Emailing from work", "Moved from Leeds"
        if word not in NOT_NAMED_AFTER_CUE - AMBIGUOUS and (word in KNOWN_NAMES or not word.endswith(("ing", "ed"))):
            yield "name", m.start("name"), m.end("name")
    for m in NAME_THEN_WHO.finditer(text):
        group = "name" if m.group("name") else "pair"
        word = fold(m.group(group))
        together = group == "name" or word in KNOWN_NAMES or m.group("together")  # not "Swollen and I feel sick"
        if word not in (NOT_NAMED_AFTER_CUE - AMBIGUOUS) | THING_WORDS and together:
            yield "name", m.start(group), m.end(group)
    for m in SELF_INTRO_LOWER.finditer(text):
        group = next(g for g in ("name", "opening", "alone") if m.group(g))
        if fold(m.group(group)) not in KNOWN_NAMES or (group == "alone" and fold(m.group(group)) in AMBIGUOUS):
            continue
        surname = m.group("surname")
        end = m.end("surname") if surname and fold(surname) not in NOT_NAMED_BEFORE_AGE else m.end(group)
        yield "name", m.start(group), end


# contractions typed without the apostrophe, and chat spellings: they open sentences as names do
CONTRACTIONS = frozenset("hes shes weve youre theyre ive ill id hed shed wed wont cant dont pls plz dis dat dem dey"
                         .split())
CONDITION_ENDINGS = ("ing", "ed", "ly", "itis", "osis", "emia", "aemia", "virus", "coccus", "ectomy", "plasty", "scopy",
                     "pathy", "algia", "oma")


@functools.cache
def _department_words() -> frozenset[str]:
    """The one-word phrases of triage's vocabulary ("eczema", "norovirus"): conditions, never a name."""
    from askdoc.intake.vocabulary import phrases

    return frozenset(fold(p) for table in phrases().values() for p, _ in table if " " not in p)


def _opening_people(text: str) -> Iterator[Span]:
    """A lower-case word no dictionary holds opening a sentence before what a person does ("moira has had MS"): left
    to the learned tagger to confirm (not a cue: "hes been", "insurer says" open sentences the same way)."""
    for m in OPENING_PERSON.finditer(text):
        word = fold(m.group("name").rstrip("'’"))
        if not is_ordinary_word(word) and not is_glossary_word(text, word) \
                and word not in NOT_NAMED_BEFORE_AGE | THING_WORDS | CONTRACTIONS \
                and word not in ROMANISED_NOT_NAMES | romanised_markers() | _department_words() \
                and not word.endswith(DRUG_ENDINGS + CONDITION_ENDINGS) and not _verb_form(word) \
                and word not in world_places():
            yield "name", m.start("name"), m.start("name") + len(m.group("name").rstrip("'’"))


@functools.lru_cache(maxsize=64)
def _company_spans(text: str) -> frozenset[Span]:
    """`_lower_names_in_company` once per text: the rules yield them and the tagger's review asks of each name."""
    return frozenset(span for span in _lower_names_in_company(text) if not _language_word(text, span))


ROMANISED_KIN = frozenset(_WORDS["kin_after_name"]) | frozenset(_WORDS["romanised_relatives"])


def _words_of_its_language(text: str, span: Span) -> bool:
    """A "name" made only of words of the language the question is written in ("Está", "Si bunso"): none."""
    kind, start, end = span
    words = re.findall(r"[^\W\d_]+", text[start:end]) if kind == "name" else []
    return bool(words) and all(is_glossary_word(text, fold(word)) for word in words)


def _language_word(text: str, span: Span) -> bool:
    """In a question written in another language, a word of it or a South Asian kin word ("shaadi ka", "baji",
    "masakit"): never a lower-case name."""
    return fold(text[span[1]:span[2]]) in ROMANISED_KIN and is_romanised(text) or _words_of_its_language(text, span)


def _lower_names_in_company(text: str) -> Iterator[Span]:
    """Lower-case names no list holds, told by the company they keep: a kin word or particle after them in South
    Asian English and Romanised Hindi / Urdu, a listed name beside them."""
    not_names = NOT_NAMED_BEFORE_AGE | ROMANISED_NOT_NAMES
    romanised = is_romanised(text)
    for m in KIN_AFTER_LOWER.finditer(text):
        word = fold(m.group("name"))
        if word not in not_names and (word in KNOWN_NAMES or not is_ordinary_word(word)) \
                and not _verb_form(word) \
                and not word.endswith(("ing", "ed", "ly")) and word not in romanised_markers():
            yield "name", m.start("name"), m.end("name")
    for m in SELF_AS_KIN_OF.finditer(text):
        if fold(m.group("name")) not in not_names:
            yield "name", m.start("name"), m.end("name")
    if romanised:
        for m in ROMANISED_OPENING.finditer(text):
            word = fold(m.group("name"))
            capitalised = m.group("name")[0].isupper()  # "Bhagwan ki daya": a capitalised one only from the list
            if word not in not_names and word not in romanised_markers() and not _verb_form(word) \
                    and word not in world_places() and (word in FIRST_NAMES or not capitalised) \
                    and (word in KNOWN_NAMES or not is_ordinary_word(word)):  # not "jaundice ke liye"
                yield "name", m.start("name"), m.end("name")
    for m in KIN_THEN_BRACKETED.finditer(text):  # "(tariq mehmood)": each word a name, not "(my sister)"
        words = [fold(w) for w in m.group("name").split()]
        if all((w in KNOWN_NAMES or not is_ordinary_word(w)) and w not in not_names | ROMANISED_KIN for w in words):
            yield "name", m.start("name"), m.end("name")
    for pattern in (NICKNAME_IS, NICKNAME_SAID, NAME_THEN_REAL_NAME, OPENING_NAME_THEN_MY, NAAM_CUE, FROM_THIS_SIDE,
                    NAME_THEN_PRONOUNS):
        for m in pattern.finditer(text):
            word = fold(m.group("name"))
            said = pattern in (NICKNAME_IS, NICKNAME_SAID, NAME_THEN_PRONOUNS)
            unlisted_word = word not in KNOWN_NAMES and is_ordinary_word(word) and not said
            if word not in not_names | romanised_markers() and not unlisted_word:
                yield "name", m.start("name"), m.end("name")
    for m in LOWER_PAIR.finditer(text):
        words = {group: fold(m.group(group)) for group in ("first", "second")}
        if any(w in FIRST_NAMES and w not in AMBIGUOUS | NOT_NAMED_BEFORE_AGE for w in words.values()):
            for group, word in words.items():
                if word not in NOT_NAMED_BEFORE_AGE and word not in AMBIGUOUS and not _verb_form(word):
                    yield "name", m.start(group), m.end(group)


# "We farm in Tyrone", "lives outside Cahersiveen in south Kerry", "working in Tom Price": a capitalised name right
# after "in", "near", "outside" or "around" is where someone is, not who (over the development privacy sets 13 such
# names were places and one a person's, in "Freddie's bag": a possessive or a title is left alone); "Co. Kerry",
# "County Clare" too.
IN_A_PLACE = re.compile(r"(?:\b(?i:in|near|outside|around)\s+(?:(?i:north|south|east|west|mid|upper|lower)\s+)?"
                        r"|\b(?i:co\.?|county)\s+)"
                        r"(?!(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Father|Sister|Nurse|Aunt|Auntie|Uncle|Coach)\b)"
                        r"(?P<place>[A-Z][a-z]+(?:-[A-Za-z]+)*(?:\s[A-Z][a-z]+(?:-[A-Za-z]+)*)*)(?![\w'’-])(?!['’]s\b)")
# "Josée vit à Kuujjuaq", "j'habite à Val-Bélair", "moro em Framingham", "sou de São Paulo", "vivo en Hialeah": where
# a French, Portuguese or Spanish writer lives, works or comes from.
_PLACE_NAME = r"[" + UPPER + r"][" + LOWER + r"]+(?:-[" + UPPER + LOWER + r"]+)*"
ROMANCE_PLACE = re.compile(r"\b(?:(?i:vit|vis|vivons|vivent|habite\w*|demeure\w*|reste|restons|restent|travaille\w*|"
                           r"née?s?|suis|sommes|est|sont|moro|mora|moramos|moram|vivo|vive|vivemos|vivimos|viven|"
                           r"trabalh\w*|trabaj\w*|nasci|nasceu|naci|nació)\s+(?i:à|au|en|em|no|na|nos|nas)"
                           r"|(?i:sou|somos|soy|venho|vengo)\s+(?i:de|do|da))\s+"
                           r"(?P<place>" + _PLACE_NAME + r"(?:\s" + _PLACE_NAME + r")?)(?![\w'’-])")
# "Universidade do Minho", "Hospital CUF Descobertas", "Maternidade Alfredo da Costa", "University of Lagos": an
# institution named after a place or a person long dead, not anyone in the question.
NAMED_INSTITUTION = re.compile(r"\b(?:Universi(?:ty|dade|dad|té)|Hospital|Hôpital|Maternidade|Cl[ií]nica|Escola|"
                               r"Col[eé]gio|Faculdade|Facultad|Instituto|Santa Casa)"
                               r"(?: (?:of|do|da|de|dos|das|del|de la|du|des))?"
                               r" (?P<place>(?:[A-Z]{2,6} )?" + _PLACE_NAME + r"(?: (?:da |de |do |dos |das )?"
                               + _PLACE_NAME + r")*)")
# "the Thomas test", "Murphy's sign": a name before a medical noun is an eponym, whoever would find a name there.
# ("Sarah's test" is Sarah's: a possessive only before the nouns no person owns.)
EPONYM_USE = re.compile(r"\b[" + UPPER + r"][" + LOWER + r"]+(?:-[" + UPPER + r"][" + LOWER + r"]+)*"
                        r"(?=(?:['’]s)?\s+(?i:sign|syndrome|disease|palsy|triad|phenomenon)\b"
                        r"|\s+(?i:test(?!\s+(?:positive|negative))|manoeuvre|maneuver|reflex|criteria|classification|"
                        r"scale|procedure)\b)")
# "Harry Potter", "Jack Russell": written like a person's name, never one of the asker's people.
NOT_A_PERSON = re.compile(r"(?i)\b(?:" + "|".join(
    r"[\s.]+".join(map(re.escape, phrase.split())) for phrase in load("names.yaml")["not_person_phrases"]
) + r")(?![\w-])")


def _possessed_thing(text: str, m: re.Match) -> bool:
    """"My son's Discord is …": after a relative's possessive, a word that is no known first name and that a verb
    follows is something of theirs; "my wife's Ingrid" (she is Ingrid) has no verb after it."""
    first = fold(m.group("name").split()[0])
    return bool(POSSESSIVE_END.search(text, 0, m.start("name")) and VERB_AFTER.match(text, m.end("name"))
                and first not in FIRST_NAMES)


VERB_AFTER = re.compile(r"\s+(?:is|was|has|had|says|said|keeps|sent|shows)\b")


def find_names(text: str, shouted: bool = False) -> Iterator[Span]:
    """Names of people; `shouted`: `text` is the lower-case copy of a message typed in capitals (so the case of the
    word after a name tells nothing)."""
    cued: list[tuple[re.Pattern, bool]] = [
        (TITLE_CUE, False), (SISTER_CUE, False), (RELATIVE_CUE, False), (KIN_CUE, False), (SIGN_OFF, False),
        (DASH_SIGNATURE, False),
        (NAME_INTRO, False), (GREETING, False), (ASK_FOR, False), (NAMED_CUE, True), (LAST_LINE, True),
        (ROLE_CUE, True), (OWN_ROLE_CUE, False), (THIRD_PERSON_INTRO, False), (FAMILY_NAME, False), (FAMILY_OF, False),
        (FORM_PERSON, False), (LIST_PERSON, False), (RELATION_OF, False), (INITIAL_SIGNATURE, False),
        (KIN_AFTER, False),
    ]
    for pattern, require_known in cued:
        for m in pattern.finditer(text):
            if pattern in (FAMILY_NAME, FAMILY_OF) and fold(m.group("name")) in world_places():
                continue  # "from the Leeds depot", "the Philippines"
            if pattern is RELATIVE_CUE and _possessed_thing(text, m):
                continue
            if pattern is KIN_AFTER and fold(m.group("name")) in ROMANISED_NOT_NAMES | romanised_markers():
                continue  # "Mere bhai ko": "my brother"
            if pattern is LIST_PERSON and not _plain_name(m.group("name").split(), no_word=False):
                continue  # a list of medicines with their doses
            span = _name_span(text, m, require_known=require_known)
            if span and not (pattern is DASH_SIGNATURE and fold(text[span[1]:span[2]].split()[0]) in THING_WORDS):
                yield span
            elif pattern in (NAME_INTRO, SIGN_OFF, DASH_SIGNATURE) and fold(m.group("name").split()[0]) in AMBIGUOUS:
                # "name is Will", "— Will" closing a message
                yield "name", m.start("name"), m.start("name") + len(m.group("name").split()[0])
    for m in SELF_IN_BRACKETS.finditer(text):
        yield "name", m.start("name"), m.end("name")
    for m in KIN_LOWER_AGE.finditer(text):
        if fold(m.group("name")) not in NOT_NAMED_BEFORE_AGE or m.group("name").lower() in KNOWN_NAMES:
            yield "name", m.start("name"), m.end("name")
    for m in LOWER_DASH_SIGNATURE.finditer(text):
        if fold(m.group("name")) not in NOT_NAMED_BEFORE_AGE:
            yield "name", m.start("name"), m.end("name")
    for m in _overlapping(LOWER_CUED, text):
        # Typed in lower case: only a name from the list ("my husband tomás"; not "my son has"); one that is also a
        # word only after "my name is" or before a verb or an age ("my mom june has…", not "my son will be").
        first = fold(m.group("name"))
        strong = STRONG_NAME_CUE.search(text, 0, m.start("name"))
        if NAME_IS.search(text, 0, m.start("name")) and first not in NOT_NAMED_AFTER_CUE:
            yield "name", m.start("name"), m.end("name")  # "my fiance's name is giancarlo": any name after it
            continue
        possessed = POSSESSIVE_END.search(text, 0, m.start("name"))  # "my mum's address is 12 …" is her address
        if not _known_lower(first) and AGE_AFTER.match(text, m.end("name")) and AGE_NAME_CUE.match(m.group(0)) \
                and first not in NOT_NAMED_BEFORE_AGE and not possessed:
            yield "name", m.start("name"), m.end("name")  # "my baby girl amara is 5 weeks"
            continue
        if not _known_lower(first) and WHO_AFTER.match(text, m.end("name")) and AGE_NAME_CUE.match(m.group(0)) \
                and first not in NOT_NAMED_BEFORE_AGE and not first.endswith(("ing", "ed")):
            yield "name", m.start("name"), m.end("name")  # "my mate dougie who is NOT gonna listen"
            continue
        if not _known_lower(first) and PEER_CUE.match(m.group(0)) and LOWER_WORD_NAME_AFTER.match(text, m.end("name")) \
                and first not in NOT_NAMED_BEFORE_AGE and not first.endswith("ly") and not _verb_form(first) \
                and not possessed and not PERSON_WORD.fullmatch(first):
            yield "name", m.start("name"), m.end("name")  # "my flatmate saffy is on …"
            continue
        if not _known_lower(first) or first in NON_NAME_WORDS - AMBIGUOUS:
            continue
        if first not in AMBIGUOUS or strong or LOWER_WORD_NAME_AFTER.match(text, m.end("name")):
            yield "name", m.start("name"), m.end("name")
    for m in FROM_CUE.finditer(text):
        group = "name" if m.group("name") else "its"
        words = [fold(w) for w in m.group(group).split()]
        if words[0] not in THING_WORDS | NON_NAME_WORDS and not any(w in EPONYMS for w in words) \
                and not (len(words) == 1 and words[0] in world_places()):  # "Hi from Lusaka, I'm Mutale."
            # not "From Paris", "it's Monday,", "it's De Quervain's"
            trimmed = _trim_name(text, m.start(group), m.end(group))
            if trimmed:
                yield "name", *trimmed
    yield from _match_spans(LOWER_DOCTOR_PARTICLES, "name", text, "name")
    for m in LOWER_DOCTOR.finditer(text):
        word = fold(m.group("name"))
        if word not in NOT_A_DOCTORS_NAME and not word.endswith(("ed", "ing")):
            yield "name", m.start("name"), m.end("name")
    for m in INTRO_CUE.finditer(text):
        # "I'm Sarah" but not "I'm Worried": a known name, or a capitalised word closing the clause.
        closes = re.match(r"\s*(?:[,.!;]|and\b|from\b|here\b|\(|\d{1,2}\b)", text[m.end("name"):])
        span = _name_span(text, m, require_known=not closes)
        if span:
            yield span
    for m in CAPITALISED.finditer(text):
        first = m.group("name").split()[0]
        if _names_institution(text, m.start(), m.end()):
            continue  # "Krishna Hospital", "Victoria Clinic": named after a person, not one
        if fold(first) in FIRST_NAMES and fold(first) not in AMBIGUOUS and not SAINT_BEFORE.search(text[:m.start()]) \
                and not BRAND_PRODUCT_AFTER.match(text, m.end()) \
                and not NAMED_IN_BRACKETS.search(text, max(0, m.start() - 40), m.start()) \
                and not DAY_BEFORE.search(text, max(0, m.start() - 8), m.start()) \
                and not _place_or_month(text, m.start(), m.start() + len(first)) \
                and fold(m.group("name").split()[-1]) not in STREET_NAMES \
                and " ".join(fold(w) for w in m.group("name").split()[:2]) not in world_place_phrases() \
                and not (first == m.group("name") and not shouted and _opens_sentence(text, m.start())
                         and _thing_after_opening_name(text, m.end())):
            # "since Jan", "Harley Street clinics", "Alice Springs"
            span = _name_span(text, m, require_known=True)
            if span:
                yield span
    yield from find_capitalised_names(text, shouted)
    yield from find_name_words(text)


FINDERS: list[Callable[[str], Iterator[Span]]] = [
    find_emails, find_urls, find_handles, find_id_numbers, find_dates_of_birth, find_addresses, find_plates,
    find_phones, find_names, find_chat_speakers, privacy_zh.find,
]


def _numbers_in_context(text: str, spans: list[Span]) -> list[Span]:
    """A number inside an address is part of it ("…, Boise, ID 83706": the ZIP code, not an ID), and so is one inside
    a plate where the text speaks of a vehicle ("Registration number of my car: WA 6628 M"); a number that a
    birth-date cue names is the birth date ("DOB 14/07/1975"), and a code in a plate's format is the plate
    ("KA-01-MX-4521")."""
    vehicle = VEHICLE.search(text) is not None
    containers = [s for s in spans if s[0] == "address" or s[0] == "licence_plate" and vehicle]
    same = {s[1:] for s in spans if s[0] == "date_of_birth"
            or s[0] == "licence_plate" and PLATE_FORMAT.fullmatch(text[s[1]:s[2]])}
    return [s for s in spans if s[0] != "id_number" or s[1:] not in same and not any(
        a[1] <= s[1] and s[2] <= a[2] and a[2] - a[1] > s[2] - s[1] for a in containers)]


def _resolve(spans: list[Span]) -> list[Span]:
    """Keep non-overlapping spans: more specific types first, then longer spans."""
    order = sorted(set(spans), key=lambda s: (PRIORITY.index(s[0]), -(s[2] - s[1]), s[1]))
    kept: list[Span] = []
    for span in order:
        if span[2] > span[1] and all(span[2] <= k[1] or span[1] >= k[2] for k in kept):
            kept.append(span)
    return sorted(kept, key=lambda s: s[1])


def _repeats(text: str, spans: list[Span]) -> Iterator[Span]:
    """Every other occurrence of a name found once: a cue names a person once ("my son Arjun"), the rest of the text
    repeats the name without one ("Arjun says…"). The same spelling and case, a whole word in Latin script; Chinese
    names of two characters or more, never before 病 / 症 / 氏 (an eponym)."""
    for kind, start, end in spans:
        name = text[start:end]
        if kind != "name" or len(name) < 2:
            continue
        # Latin script: a whole word, its possessive too ("Meena's husband", once "his sister Meena" was found)
        pattern = (re.escape(name) + "(?![病症氏])" if privacy_zh.HAN_RE.match(name)
                   else r"(?<![\w'’])" + re.escape(name) + r"(?![\w-])(?!['’](?!s\b))")
        for m in re.finditer(pattern, text):
            if not _ordinary_opening(text, m, name):
                yield kind, m.start(), m.end()


# "Will the rash go away? My son Will is 3", "Hope you can help. My daughter Hope…": a name that is also a word, opening
# a sentence before what follows the word and not the name, is the word there.
WORD_NOT_NAME_AFTER = re.compile(r"\s+(?:the|it|its|this|that|these|those|i|you|u|he|she|they|we|my|your|his|her|our|"
                                 r"their|a|an|there|be|so|to|someone|anyone|everyone|all|any|\w+ing)\b")


def _ordinary_opening(text: str, m: re.Match, name: str) -> bool:
    return (fold(name) in AMBIGUOUS and not text[:m.start()].strip(" \t\"'“‘(")[-1:].isalnum()
            and bool(WORD_NOT_NAME_AFTER.match(text, m.end())))


# "Marguerite & Paul", "Paul and Marguerite": a capitalised word joined to a found name by "&" or "and".
JOINED_BEFORE = re.compile(r"(?P<name>" + CAP + r")[ \t]*(?:&|and)[ \t]+$")
JOINED_AFTER = re.compile(r"[ \t]*(?:&|and)[ \t]+(?P<name>" + CAP + r")(?![\w'’-])")


NOT_JOINED_NAMES = NOT_NAMED_BEFORE_AGE | THING_WORDS | AMBIGUOUS | {"i", "me", "dr", "mr", "mrs", "ms", "miss", "prof"}


def _joined_names(text: str, spans: list[Span]) -> Iterator[Span]:
    for kind, start, end in spans:
        if kind != "name":
            continue
        for m in (JOINED_BEFORE.search(text, max(0, start - 40), start), JOINED_AFTER.match(text, end)):
            word = WORD.match(text, m.start("name")) if m else None
            if word and _lone_name_word([word]) and fold(word.group(0)) not in NOT_JOINED_NAMES \
                    and not _is_thing(text, [word], False) and not _names_institution(text, word.start(), word.end()):
                yield "name", word.start(), word.end()


def _learned_names(text: str, spans: list[Span]) -> list[Span]:
    """Words the learned layer calls a name where no rule found anything; neighbours joined ("Jon Smyth")."""
    found: list[Span] = []
    for start, end in name_model.find(text):
        if any(start < k[2] and k[1] < end for k in spans):
            continue
        if found and re.fullmatch(r"[ \t]+", text[found[-1][2]:start]):
            found[-1] = ("name", found[-1][1], end)
        else:
            found.append(("name", start, end))
    return found


SHOUTED_TITLES = frozenset({"st", "saint", "dr", "mr", "mrs", "ms", "prof", "nurse"})
SHOUTED_TITLE_NAME = re.compile(r"\b((?:Dr|Mr|Mrs|Ms|Prof|Nurse)\.?\s+)([a-z]{2,})\b")


ASCII_UPPER, ASCII_LOWER = re.compile(r"[A-Z]"), re.compile(r"[a-z]")


def _shouting(text: str) -> bool:
    # Counted by the regex engine: a loop over the characters in Python was a third of the redaction's time.
    upper, lower = len(ASCII_UPPER.findall(text)), len(ASCII_LOWER.findall(text))
    return upper + lower >= 12 and upper >= 0.8 * (upper + lower)


def _shouted_names(text: str) -> list[Span]:
    """Names in a message typed in capitals ("MY MOTHER ROSE IS 79"), found on a copy in lower case with the listed
    first names capitalised ("my mother Rose is 79"), as the rules read a message typed in lower case; the copy keeps
    every offset."""
    if not _shouting(text):
        return []
    copy = re.sub(r"[^\W\d_]+", lambda m: m.group(0).capitalize() if _known_lower(m.group(0).lower())
                  or m.group(0).lower() in SHOUTED_TITLES else m.group(0).lower(), text)
    # "DR OKAFOR": the word after a person's title is a name whether or not it is listed
    copy = SHOUTED_TITLE_NAME.sub(lambda m: m.group(1) + m.group(2).capitalize(), copy)
    # addresses read on a copy with every word capitalised ("27 Holly Bank Road, Huddersfield")
    titled = re.sub(r"[^\W\d_]+", lambda m: m.group(0).capitalize(), text)
    return list(find_names(copy, shouted=True)) + list(find_addresses(titled))


# A person's title or a relative just before a name, or a verb just after it ("Steve snores"): the rules' surest cues,
# one of what the tagger's name verifier weighs (without the verifier, a cued name is never taken back).
CUED_BEFORE = re.compile(r"(?i:\b(?:dr|doctor|mr|mrs|ms|miss|mx|prof|nurse|sister|grandad|granddad|"
                         + RELATIVE[3:-1] + r"))\.?,?\s+\(?$")


def cued_name(text: str, span: Span) -> bool:
    after = LOWER_WORD_AFTER.match(text, span[2])
    return bool(CUED_BEFORE.search(text, max(0, span[1] - 24), span[1])) or bool(
        after and _verb_form(after.group("word").replace("’", "'"))) or span in _company_spans(text)


def _not_people(text: str) -> list[Span]:
    """"Harry Potter", "Jack Russell", "LeBron", a dog's name, a place ("in Tyrone"), an eponym ("the Thomas test"):
    no identifier, whichever part (a rule or the learned tagger) would find a name there."""
    return [("famous", *m.span()) for m in NOT_A_PERSON.finditer(text)] + [
        ("brand", *m.span()) for m in CAPITALISED_WORD.finditer(text) if _brand_alone(text, m)] + [
        ("place", *m.span("place")) for pattern in (IN_A_PLACE, ROMANCE_PLACE, NAMED_INSTITUTION)
        for m in pattern.finditer(text)] + [
        ("eponym", *m.span()) for m in EPONYM_USE.finditer(text)] + [
        ("pet", *span) for span in privacy_zh.pet_names(text)]


CAPITALISED_WORD = re.compile(r"\b[A-Z][\w'’\-]+")
NEXT_TO_CAPITALISED = re.compile(r"[A-Z][\w'’\-]*\s+$|^\s+[A-Z]")


def _brand_alone(text: str, m: re.Match) -> bool:
    """A listed brand standing alone ("Bournvita is good for…"), not part of a longer name ("Diane Whitfield") nor a
    relative's name ("my kid Apple")."""
    return fold(m.group(0)) in BRANDS - FIRST_NAMES \
        and not NEXT_TO_CAPITALISED.search(text[max(0, m.start() - 30):m.start()]) \
        and not NEXT_TO_CAPITALISED.match(text[m.end():m.end() + 3]) \
        and not RELATIVE_CUE.search(text, max(0, m.start() - 40), m.end())


def _a_name_inside(span: Span, not_people: list[Span]) -> bool:
    return span[0] == "name" and any(span[1] < other[2] and other[1] < span[2] for other in not_people)


def rule_spans(text: str) -> list[Span]:
    """What the rules find, before the learned tagger reads it."""
    famous = _not_people(text)
    found = _numbers_in_context(text, [span for finder in FINDERS for span in finder(text)] + _shouted_names(text))
    spans = _resolve([s for s in found if not _a_name_inside(s, famous) and not _words_of_its_language(text, s)])
    learned = [s for s in _learned_names(text, spans + famous) if not _words_of_its_language(text, s)]
    spans = _resolve(spans + learned)
    spans = _resolve(spans + list(_joined_names(text, spans)))
    spans = _resolve(spans + list(_repeats(text, spans)))
    return _resolve(spans + list(_unclaimed_numbers(text, spans)) + list(_date_after_name(text, spans)))


def find_identifiers(text: str) -> list[Identifier]:
    text = text or ""
    written = spoken.written_form(text)
    if written is None:
        return _identifiers(text)
    # Read out to a phone's voice typing ("oh seven seven oh…"): found in the written form, marked in the words.
    spans = [(ident.type, *written.original(ident.start, ident.end)) for ident in _identifiers(written.text)]
    # A name inside what was written as one address ("ricky dot lomax at …") is that address, mapped back whole.
    spans = [(kind, start, end) for kind, start, end in spans
             if kind != "name" or not any(other != "name" and a <= start and end <= b for other, a, b in spans)]
    return [Identifier(type=kind, start=start, end=end, text=text[start:end]) for kind, start, end in spans]


def _identifiers(text: str) -> list[Identifier]:
    spans = rule_spans(text)
    # the learned tagger reads what the rules found: a name it rules out goes, a span they missed comes in (and
    # with it its other mentions)
    kept, added = tagger.review(text, spans, lambda span: cued_name(text, span))
    if added:
        famous = _not_people(text)
        added = [span for span in added if not _a_name_inside(span, famous)]
    if added or len(kept) < len(spans):
        spans = _resolve(kept + added + list(_repeats(text, added)))
    return [Identifier(type=kind, start=start, end=end, text=text[start:end]) for kind, start, end in spans]


def apply_redactions(text: str, identifiers: list[Identifier]) -> str:
    parts, cursor = [], 0
    for ident in sorted(identifiers, key=lambda i: i.start):
        parts.append(text[cursor:ident.start])
        parts.append(TOKENS.get(ident.type, "[redacted]"))
        cursor = ident.end
    parts.append(text[cursor:])
    return "".join(parts)


def redact(text: str) -> tuple[str, list[Identifier]]:
    identifiers = find_identifiers(text or "")
    return apply_redactions(text or "", identifiers), identifiers
