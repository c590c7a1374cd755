"""Find and redact identifying details before a question is published.

HIPAA Safe Harbor's identifiers are the reference: names, phone numbers, emails, street addresses,
ID and record numbers, exact dates of birth, handles and personal URLs, licence plates, ages over
89. Each finder returns spans on the ORIGINAL text; overlaps are resolved by a fixed priority
(an email beats the name inside it), then each span is replaced by a bracketed token.

Names use no statistical model (spaCy's models are not on PyPI): a capitalised word from our own
first-name list, or any capitalised word after a cue ("my name is", "Dr.", "my son", a closing
"Thanks, ..."), never a medical eponym ("Parkinson's", "Bell's palsy").
"""

import re
from collections.abc import Callable, Iterator

from askdoc.intake.analysis_types import Identifier
from askdoc.intake.names import AMBIGUOUS, EPONYMS, FIRST_NAMES, NOT_NAMES

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
    "age_over_89": "[age over 89]",
}
# Earlier types win an overlap: they are the more specific patterns.
PRIORITY = ["email", "url", "id_number", "date_of_birth", "licence_plate", "phone", "address", "handle",
            "age_over_89", "name"]

Span = tuple[str, int, int]  # type, start, end

EMAIL = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)*\.[A-Za-z]{2,}")
URL = re.compile(
    r"\b(?:https?://|www\.)[^\s<>()\"']+"
    r"|\b(?:facebook|fb|instagram|twitter|x|tiktok|linkedin|youtube|reddit|github|snapchat|threads|pinterest|"
    r"medium|substack|linktr|onlyfans|t|wa)\.(?:com|me|ee|io|co|net|net)/[^\s<>()\"']+"
    r"|\b[\w\-]+\.(?:blogspot|wordpress|substack|tumblr|wixsite|weebly|carrd)\.(?:com|co)(?:/[^\s<>()\"']*)?",
    re.IGNORECASE,
)
HANDLE = re.compile(r"(?<![\w@.])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?|\bu/[A-Za-z0-9_\-]{3,20}\b")

ID_CUE = (
    r"(?:ssn|social security(?: number| no\.?| #)?|sin|nhs(?: number| no\.?)?|mrn|medical record(?: number| no\.?| #)?|"
    r"hospital (?:number|no\.?|id|record number)|patient (?:id|number|no\.?|#)|chart (?:number|no\.?)|"
    r"insurance (?:id|number|no\.?|member id|card number)|member (?:id|number)|policy (?:number|no\.?)|"
    r"national (?:id|identity|insurance)(?: card)?(?: number| no\.?)?|id (?:number|no\.?|#)|id card(?: number)?|"
    r"identity card(?: number)?|passport(?: number| no\.?)?|driver'?s? licen[cs]e(?: number| no\.?)?|"
    r"health (?:card|insurance)(?: number| no\.?)?|medicare(?: number| no\.?| id)?|medicaid(?: number| id)?|"
    r"aadhaar(?: number)?|pan(?: card)? number|case (?:number|no\.?)|reference (?:number|no\.?)|"
    r"account (?:number|no\.?)|employee (?:id|number)|student (?:id|number)|record (?:number|no\.?))"
)
ID_VALUE = r"(?P<value>[A-Za-z]{0,4}[\-]?\d[\dA-Za-z\-/]{2,}(?:[ \-]\d[\dA-Za-z]{1,}){0,3})"
# A few words may sit between the cue and the number ("case number at the clinic is 2023-44871").
ID_NUMBER = re.compile(r"(?i:\b" + ID_CUE + r")\b[^\d.\n]{0,25}?" + ID_VALUE)
SSN = re.compile(r"\b\d{3}-\d{2}-\d{4}\b")

MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
         r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
ORD = r"(?:st|nd|rd|th)?"
DATE = (
    r"(?:\d{1,2}[/.\-]\d{1,2}[/.\-](?:\d{4}|\d{2})\b|\d{4}[/.\-]\d{1,2}[/.\-]\d{1,2}\b"
    r"|\d{1,2}" + ORD + r"\s+(?:of\s+)?" + MONTH + r"(?:,?\s+\d{4})?\b"
    r"|" + MONTH + r"\s+\d{1,2}" + ORD + r"(?:,?\s+\d{4})?\b"
    r"|" + MONTH + r"\s+\d{4}\b)"
)
DATE_OF_BIRTH = re.compile(
    r"(?i)\b(?:born(?:\s+on)?|dob|d\.o\.b\.?|date of birth|birth ?date|birthday(?:\s+is)?|b-?day(?:\s+is)?)"
    r"\s*(?:is|was|:|-|=)?\s*(?:on\s+)?(?:the\s+)?(?P<value>" + DATE + r")"
)

STREET = (r"(?:Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Drive|Boulevard|Blvd|Court|Ct|Way|Place|Pl|Terrace|Close|"
          r"Crescent|Cres|Highway|Hwy|Parkway|Pkwy|Square|Sq|Circle|Cir|Trail|Row|Gardens|Grove|Mews|Rise|Strasse|"
          r"Straße|Calle|Rua|Avenida|Marg|Nagar|Dr)")
CAPWORD = r"[A-Z][a-zà-ÿ]+\.?"
ADDRESS = re.compile(
    r"(?:\b(?:Flat|Apt|Apartment|Unit|Suite)\.?\s*\w+,?\s+)?"
    r"\b\d{1,5}[A-Za-z]?,?\s+(?:" + CAPWORD + r"\s+){1,3}" + STREET + r"\b\.?"
    r"(?:,?\s+(?:Apt|Apartment|Unit|Flat|Suite|#)\.?\s*\w+)?"
    r"(?:,\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)?(?:,?\s+[A-Z]{2}\b)?(?:,?\s+\d{5}(?:-\d{4})?\b)?"
    r"|(?i:\b(?:live|living|lives|staying|stay|address is|located|moved to|come to)\s+(?:at|on|in)?\s*)"
    r"(?P<street>(?:" + CAPWORD + r"\s+){1,3}" + STREET + r"\b)"
    r"|(?i:\bp\.?\s?o\.?\s+box\s+\d+)"
    r"|\b\d{1,5}[A-Za-z]?,?\s+(?:Rua|Calle|Avenida|Via|Rue|Av\.|Carrer|Viale|Piazza|Plaza|Jalan|Jl\.)\s+"
    r"(?:(?:de|da|das|do|dos|del|della|di|la|le|des|du)\s+)?[A-Z][\wà-ÿ]+(?:\s+[A-Z][\wà-ÿ]+)?"
)
POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b"
                      r"|(?i:\b(?:zip|zip code|postcode|postal code)\s*(?:is|:)?\s*)"
                      r"(?P<value>\d{5}(?:-\d{4})?|[A-Z]\d[A-Z]\s?\d[A-Z]\d)")

PLATE = re.compile(
    r"(?i:\b(?:licen[cs]e plate|number plate|plate number|plates?|registration(?: number| plate)?|"
    r"reg(?: number| no\.?| plate)?|car reg|rego|tag number|tags)\b)"
    r"(?:\s*(?:is|was|:|#|reads|number|no\.?))*\s*(?P<value>[A-Z0-9]{1,4}[\s\-]?[A-Z0-9]{2,5}(?:[\s\-][A-Z0-9]{1,4})?)\b"
)

OLD_AGE = r"(?P<value>9\d|1[01]\d|ninety(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|(?:a|one) hundred)"
AGES_OVER_89 = [
    re.compile(
        r"(?i)\b(?:i am|i'm|i’m|im|she is|he is|she's|he's|she’s|he’s|shes|hes|aged|age|turned|turning|who is|"
        r"is now|who's|now)\s+" + OLD_AGE + r"\b(?!\s*(?:%|percent|kg|kgs|lbs?|pounds|mg|cm|minutes|mins|days|weeks|"
        r"months|times|bpm|mmhg|/|\.\d|degrees|f\b|°))"
    ),
    re.compile(r"(?i)\b" + OLD_AGE + r"(?:[\s-]*(?:years?|yrs?|y/o|y\.o\.|yo)(?:[\s-]*old)?)(?=\W|$)"),
    re.compile(r"(?i)\b(?:in (?:my|his|her|their) )(?P<value>90s|nineties|hundreds)\b"),
    # "my grandfather is 96", "Ruth, 91," — a person, then the age (not "my pulse is 96").
    re.compile(r"(?i:\b(?:mother|mom|mum|father|dad|grandfather|grandmother|grandma|grandpa|granny|nan|wife|husband|"
               r"aunt|uncle|patient|neighbou?r|he|she)(?:\s+is|\s+was|,)\s+)"
               + OLD_AGE + r"\b(?!\s*(?:%|bpm|mmhg|/|\.\d))"),
    re.compile(r"\b[A-Z][a-z]+,\s+" + OLD_AGE + r"(?=,|\s+(?:and|has|with|who|is)\b|\.)"),
]

PHONE = re.compile(
    r"(?<![\w/.,:-])(?:\+\d{1,3}[\s.\-]?)?(?:\(\d{1,5}\)[\s.\-]?)?\d{2,6}(?:[\s.\-]\d{2,6}){0,4}(?![\w/]|\.\d|-\d)"
)
PHONE_CUE = re.compile(r"(?i)\b(?:call|phone|mobile|cell|tel|telephone|number|whatsapp|text|reach|contact|ring|"
                       r"fax|landline|sms|viber|signal)\b[^.?!\n]{0,25}$")
UNIT_AFTER = re.compile(r"(?i)^\s*(?:mg|mcg|µg|ml|g|kg|kgs|lbs?|units?|iu|mmol|mmhg|bpm|%|years?|yrs|days?|weeks?|"
                        r"months?|times|x|cm|mm|steps|calories|kcal|cells|ng|pg|u/l|iu/l|per)\b")

CAP = r"[A-Z][a-zà-ÿ]*(?:['’\-][A-Z]?[a-zà-ÿ]+)*(?:[A-Z][a-zà-ÿ]+)?"
NAME_SEQ = r"(?P<name>" + CAP + r"(?:\s+" + CAP + r"){0,2})"
MEDICAL_AFTER = re.compile(
    r"^(?:['’]s)?\s+(?:disease|syndrome|palsy|sign|test|fracture|cyst|neuroma|ulcer|phenomenon|lymphoma|sarcoma|"
    r"tumou?r|esophagus|oesophagus|contractions?|nodes?|manoeuvre|maneuver|maneouvre|reflex|triad|score|smear|"
    r"exercises?|monitor|ultrasound|scan|tendon|tendonitis|tendinitis|gland|duct|diverticulum|dementia|chorea|"
    r"ataxia|dystrophy|thyroiditis|encephalopathy|sarcoma|anomaly|lesion|spots?|nodules?|knee|elbow)\b",
    re.IGNORECASE,
)
INTRO_CUE = re.compile(r"(?:\b[Mm]y name is|\b[Mm]y name's|\b[Nn]ame:|\b[Cc]all me|\b[Tt]his is|\b[Ii] am|\b[Ii]['’]?m)"
                       r"\s+" + NAME_SEQ)
TITLE_CUE = re.compile(r"\b(?:Dr|Doctor|Doc|Prof|Professor|Mr|Mrs|Ms|Miss|Mx|Nurse|Sister|Dra)\.?\s+" + NAME_SEQ)
RELATIVE_CUE = re.compile(
    r"(?i:\b(?:my|our|his|her|their)\s+(?:husband|wife|son|daughter|mother|mom|mum|mommy|father|dad|daddy|brother|"
    r"sister|partner|boyfriend|girlfriend|friend|baby|grandson|granddaughter|grandmother|grandma|granny|nan|nana|"
    r"grandfather|grandpa|aunt|auntie|uncle|cousin|niece|nephew|fianc[eé]e?|child|kid|boy|girl|toddler|neighbou?r|"
    r"colleague|coworker|boss|roommate|flatmate|gp|doctor|physician|cardiologist|neurologist|dentist|therapist|"
    r"psychiatrist|psychologist|surgeon|pediatrician|paediatrician|midwife|nurse|specialist|twin|stepson|"
    r"stepdaughter|carer|caregiver|teacher|coach|ex)\b),?\s+" + NAME_SEQ
)
NAMED_CUE = re.compile(r"(?i:\b(?:named|called|name was|name is)\b)\s+" + NAME_SEQ)
SIGN_OFF = re.compile(
    r"(?i:(?:thanks(?: so much| a lot| in advance)?|thank you(?: so much| very much| in advance)?|many thanks|"
    r"regards|best regards|kind regards|warm regards|best wishes|best|cheers|sincerely|yours(?: truly)?|love|"
    r"respectfully|gratefully|take care|xoxo|bye))[,.!]?\s*(?:\n\s*)?[-–—~]?\s*" + NAME_SEQ + r"\s*[.!]?\s*(?:$|\n)"
)
DASH_SIGNATURE = re.compile(r"(?:^|\n)\s*[-–—~]\s*" + NAME_SEQ + r"\s*$")
LAST_LINE = re.compile(r"\n\s*" + NAME_SEQ + r"\s*$")
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


def find_handles(text: str) -> Iterator[Span]:
    yield from _match_spans(HANDLE, "handle", text)


def find_id_numbers(text: str) -> Iterator[Span]:
    for m in ID_NUMBER.finditer(text):
        if sum(ch.isdigit() for ch in m.group("value")) >= 3:
            yield "id_number", m.start("value"), m.end("value")
    yield from _match_spans(SSN, "id_number", text)


def find_dates_of_birth(text: str) -> Iterator[Span]:
    yield from _match_spans(DATE_OF_BIRTH, "date_of_birth", text, "value")


def find_addresses(text: str) -> Iterator[Span]:
    for m in ADDRESS.finditer(text):
        g = "street" if m.group("street") else 0
        yield "address", m.start(g), m.end(g)
    yield from _match_spans(POSTCODE, "address", text, "value")


def find_plates(text: str) -> Iterator[Span]:
    for m in PLATE.finditer(text):
        value = m.group("value")
        if any(c.isdigit() for c in value) and any(c.isalpha() for c in value) or len(value.replace(" ", "")) >= 6:
            yield "licence_plate", m.start("value"), m.end("value")


def find_ages_over_89(text: str) -> Iterator[Span]:
    for pattern in AGES_OVER_89:
        yield from _match_spans(pattern, "age_over_89", text, "value")


def _looks_like_date_or_measure(candidate: str, after: str) -> bool:
    if re.fullmatch(r"\d{1,4}[.\-]\d{1,2}[.\-]\d{1,4}", candidate) or re.fullmatch(r"\d{1,2}[.:]\d{2}", candidate):
        return True
    return bool(UNIT_AFTER.match(after))


def find_phones(text: str) -> Iterator[Span]:
    for m in PHONE.finditer(text):
        candidate = m.group(0)
        digits = sum(ch.isdigit() for ch in candidate)
        if digits < 7 or digits > 15 or _looks_like_date_or_measure(candidate, text[m.end():m.end() + 8]):
            continue
        cued = bool(PHONE_CUE.search(text[max(0, m.start() - 40):m.start()]))
        formatted = candidate.startswith("+") or "(" in candidate
        if cued or formatted or digits >= 10:
            yield "phone", m.start(), m.end()


def _is_eponym_use(text: str, start: int, end: int) -> bool:
    word = text[start:end].split()[0]
    base = re.sub(r"['’]s$", "", word).lower()
    if base in EPONYMS and (re.match(r"['’]s", text[end:end + 2]) or MEDICAL_AFTER.match(text[end:end + 40])):
        return True
    return bool(MEDICAL_AFTER.match(text[end:end + 40])) and base in EPONYMS


def _trim_name(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Drop trailing words that are not names ("Sarah And" → "Sarah"); None when nothing is left."""
    words = list(re.finditer(r"\S+", text[start:end]))
    kept = []
    for w in words:
        bare = re.sub(r"['’]s$", "", w.group(0)).lower()
        if bare in NOT_NAMES or (kept and bare in EPONYMS):
            break
        kept.append(w)
    if not kept:
        return None
    return start, start + kept[-1].end()


def _name_span(text: str, m: re.Match, *, require_known: bool) -> Span | None:
    trimmed = _trim_name(text, m.start("name"), m.end("name"))
    if trimmed is None:
        return None
    start, end = trimmed
    first = re.sub(r"['’]s$", "", text[start:end].split()[0]).lower()
    if require_known and (first not in FIRST_NAMES):
        return None
    if first in EPONYMS and _is_eponym_use(text, start, end):
        return None
    end = start + len(re.sub(r"['’]s$", "", text[start:end]))
    return "name", start, end


def find_names(text: str) -> Iterator[Span]:
    cued: list[tuple[re.Pattern, bool]] = [
        (TITLE_CUE, False), (RELATIVE_CUE, False), (SIGN_OFF, False), (DASH_SIGNATURE, False),
        (NAMED_CUE, True), (LAST_LINE, True),
    ]
    for pattern, require_known in cued:
        for m in pattern.finditer(text):
            span = _name_span(text, m, require_known=require_known)
            if span:
                yield span
    for m in INTRO_CUE.finditer(text):
        # "I'm Sarah" but not "I'm Worried": a known name, or a capitalised word closing the clause.
        closes = re.match(r"\s*(?:[,.!;]|and\b|from\b|here\b|\()", text[m.end("name"):])
        span = _name_span(text, m, require_known=not closes)
        if span:
            yield span
    for m in CAPITALISED.finditer(text):
        first = m.group("name").split()[0]
        if first.lower() in FIRST_NAMES and first.lower() not in AMBIGUOUS:
            span = _name_span(text, m, require_known=True)
            if span:
                yield span


FINDERS: list[Callable[[str], Iterator[Span]]] = [
    find_emails, find_urls, find_handles, find_id_numbers, find_dates_of_birth, find_addresses, find_plates,
    find_ages_over_89, find_phones, find_names,
]


def _resolve(spans: list[Span]) -> list[Span]:
    """Keep non-overlapping spans: more specific types first, then longer spans."""
    order = sorted(set(spans), key=lambda s: (PRIORITY.index(s[0]), -(s[2] - s[1]), s[1]))
    kept: list[Span] = []
    for span in order:
        if span[2] > span[1] and all(span[2] <= k[1] or span[1] >= k[2] for k in kept):
            kept.append(span)
    return sorted(kept, key=lambda s: s[1])


def find_identifiers(text: str) -> list[Identifier]:
    spans = [span for finder in FINDERS for span in finder(text or "")]
    return [Identifier(type=kind, start=start, end=end, text=text[start:end]) for kind, start, end in _resolve(spans)]


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
