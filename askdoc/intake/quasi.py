"""Quasi-identifiers: a named workplace, school or small clinic next to the patient's own details, and an age over 89.

Alone, "a teacher at Riverside Primary" or "the Elm Street Dental Practice" is not an identifier (HIPAA's list
does not name it) and redacting every such name would strip useful context; next to an age, a job or a family
detail it can point to one person. So these are not redacted but returned as `quasi_identifiers` for the person
doing the privacy check, who sees them in the moderation review (askdoc/intake/data/privacy_words.yaml `quasi`).
An age over 89 is one too: HIPAA's Safe Harbor lists it (few people are that old), but "my grandmother, 93" names
no one by itself, the page shows the age range 80+ beside it, and none of the thirty blind writers given askdoc's
identifier definitions marked one (redacting them cost a fifth of the false alarms, docs/intake.md).
"""

import re

from askdoc.intake import tagger
from askdoc.intake.analysis_types import Identifier
from askdoc.intake.data_files import load
from askdoc.intake.names import EPONYMS, fold, world_places

_Q = load("privacy_words.yaml")["quasi"]
CAP = r"(?:[A-Z][\w'’&\-]*|of|the|and|St\.?)"
NAME = r"(?:[A-Z][\w'’&\-]*\s+)(?:" + CAP + r"\s+){0,4}"


def _kind_pattern(words: list[str]) -> str:
    return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")\b"


NAMED = [
    (kind, re.compile(r"\b" + NAME + _kind_pattern(_Q[f"{kind}_words"])))
    for kind in ("school", "clinic", "workplace")
]
CUED = re.compile(r"(?:" + "|".join(_Q["work_cues"]) + r")\s+(?:the\s+)?(?P<name>[A-Z][\w'’&\-]*"
                  r"(?:\s+[A-Z][\w'’&\-]*){0,4})")
JOB_AT = re.compile(r"\b(?i:" + "|".join(_Q["job_words"]) + r")\b[^.!?\n]{0,40}?\b(?:at|for|from)\s+(?:the\s+)?"
                    r"(?P<name>[A-Z][\w'’&\-]*(?:\s+(?:&\s+)?[A-Z0-9][\w'’&\-]*){0,4})")
OWN_DETAILS = re.compile(_Q["own_details"])
ZH_CUED = re.compile(_Q["zh_cues"])
ZH_NAMED = re.compile(_Q["zh_suffixes"])
ZH_OWN = re.compile(_Q["zh_own_details"])
_ZH_KINDS = [("school", "國小國中高中高職大學科大幼兒園補習班"), ("clinic", "診所藥局")]
_GENERIC = {"The", "My", "Our", "A", "An", "This", "That", "I"}


def _zh_kind(name: str) -> str:
    return next((kind for kind, ends in _ZH_KINDS if any(name.endswith(e) for e in re.findall("..", ends))),
                "workplace")


HOSPITAL_DEPARTMENTS = frozenset({"er", "a&e", "ed", "icu", "inr", "gp", "nhs", "opd", "ot"})
PERSON_FIRST = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "dad", "mum", "mom", "nan", "gran", "i"})
CALENDAR_WORDS = frozenset("""monday tuesday wednesday thursday friday saturday sunday weekend weekends christmas easter
january february march april may june july august september october november december night nights""".split())


def _not_a_workplace(name: str) -> bool:
    """A person ("carer for Mr Oduya", "for Dad's"), or one word that is a condition ("Marfan"), a hospital's
    department ("A&E"), a town, a day or a month ("nights at Christmas")."""
    words = [word for word in name.split() if len(word) > 1]
    first = fold(words[0]) if words else ""
    if not words or first in PERSON_FIRST:
        return True
    return len(words) == 1 and (first in world_places() or first in CALENDAR_WORDS or first in EPONYMS
                                or first in HOSPITAL_DEPARTMENTS)


# Ages over 89, which HIPAA's Safe Harbor counts with the identifiers: 90-119 in digits or words, after "I am",
# "aged", "my grandfather (Aiko) is", "Ruth, 91," or before "years old"; never a measurement ("95 kg", "pulse 95").
UNITS_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine)"
OLD_AGE = (r"(?P<value>9\d|1[01]\d|[Nn]inety(?:[\s-]" + UNITS_WORD + r")?|(?:[Aa]|[Oo]ne) hundred"
           r"(?:(?:\s+and)?[\s-]+(?:" + UNITS_WORD + r"|ten|eleven|twelve))?)")
# What follows a number that is a measurement, not an age ("95 kg", "pulse 95 bpm", "93%").
NOT_AN_AGE = (r"(?!\s*(?:%|percent|kg|kgs|lbs?|pounds|mg|cm|minutes|mins|days|weeks|months|times|bpm|mmhg|/|\.\d|"
              r"degrees|f\b|°))")
AGES_OVER_89 = [
    re.compile(
        r"(?i)\b(?:i am|i'm|i’m|im|she is|he is|she's|he's|she’s|he’s|shes|hes|aged|age|turned|turning|turns|"
        r"will turn|will be|who is|is now|who's|now)\s+" + OLD_AGE + r"\b" + NOT_AN_AGE
    ),
    re.compile(r"(?i)\b" + OLD_AGE + r"(?:[\s-]*(?:years?|yrs?|y/o|y\.o\.|yo)(?:[\s-]*old)?)(?=\W|$)"),
    re.compile(r"(?i)\b(?:in (?:my|his|her|their) )(?P<value>90s|nineties|hundreds)\b"),
    # "my grandfather is 96", "my grandmother Aiko is 93", "Ruth, 91," — a person, then the age (not
    # "my pulse is 96").
    re.compile(r"(?i:\b(?:mother|mom|mum|father|dad|grandfather|grandmother|grandma|grandpa|granny|nan|wife|husband|"
               r"aunt|uncle|patient|neighbou?r|he|she))(?:\s+\(?[A-Z][\w'’\-]+\)?){0,2}"
               r"(?i:(?:\s+is|\s+was|\s+just turned|,)\s+)"
               + OLD_AGE + r"\b" + NOT_AN_AGE),
    re.compile(r"\b[A-Z][a-z]+,\s+" + OLD_AGE + r"(?=,|\s+(?:and|has|with|who|is)\b|\.)"),
    re.compile(r"(?i:\b(?:mother|mom|mum|father|dad|grandfather|grandmother|grandma|grandpa|granny|grandad|nan|nana|wife|"
               r"husband|aunt|uncle|patient|neighbou?r|man|woman|lady|gentleman)\s*\(\s*)" + OLD_AGE + r"\s*\)"),
    # "At 93 my father still walks", "… At 96, she gardens" — opening a clause, then a person.
    re.compile(r"(?:^|(?<=[.!?;,\n])\s*)(?i:at\s+)" + OLD_AGE
               + r",?\s+(?i:(?:my|our|his|her|i|he|she|mum|mom|dad|nan|grandma|grandpa)\b)"),
]


def find_ages_over_89(text: str) -> list[tuple[str, int, int]]:
    return [("age over 89", *m.span("value")) for pattern in AGES_OVER_89 for m in pattern.finditer(text)]


def _kind_of(name: str) -> str:
    for kind, pattern in NAMED:
        if pattern.search(name):
            return kind
    return "workplace"


def find_quasi_identifiers(text: str, identifiers: list[Identifier] | None = None) -> list[Identifier]:
    """Workplaces, schools and small clinics named in a text that also speaks of the patient (I, my, an age,
    an identifier found), by the rules below and by the learned tagger (tagger.quasi_spans). Offsets on the text
    given; spans inside an identifier are left to the redaction."""
    text = text or ""
    found: dict[tuple[int, int], str] = {(start, end): kind for kind, start, end in find_ages_over_89(text)}
    own = bool(identifiers) or OWN_DETAILS.search(text) or ZH_OWN.search(text)
    if not own:
        return _flags(text, found, identifiers)
    for kind, pattern in NAMED:
        for m in pattern.finditer(text):
            words = m.group(0).split()
            while words and words[0] in _GENERIC:
                words.pop(0)
            if len(words) >= 2:
                start = m.end() - len(" ".join(words))
                found.setdefault((start, m.end()), kind)
    for m in JOB_AT.finditer(text):
        name = m.group("name")
        if name not in _GENERIC and not _not_a_workplace(name) and not any(s <= m.start("name") < e for s, e in found):
            found[(m.start("name"), m.end("name"))] = "workplace"
    for m in CUED.finditer(text):
        if m.group("name") not in _GENERIC and not _not_a_workplace(m.group("name")) \
                and not any(s <= m.start("name") < e for s, e in found):
            found[(m.start("name"), m.end("name"))] = "workplace"
    for pattern in (ZH_NAMED, ZH_CUED):
        for m in pattern.finditer(text):
            name = re.sub(r"^(?:我|在|於|是)+", "", m.group("name").split("的")[-1])
            start = m.end("name") - len(name)
            if len(name) >= 2 and not any(s <= start < e for s, e in found):
                found[(start, m.end("name"))] = _zh_kind(name)
    for start, end in tagger.quasi_spans(text):  # held to the rules' word lists, as what the tagger adds to names
        if not _not_a_workplace(text[start:end]) and not any(s < end and start < e for s, e in found):
            found[(start, end)] = _kind_of(text[start:end])
    return _flags(text, found, identifiers)


def _flags(text: str, found: dict[tuple[int, int], str], identifiers: list[Identifier] | None) -> list[Identifier]:
    taken = [(i.start, i.end) for i in identifiers or []]
    return [Identifier(type=kind, start=s, end=e, text=text[s:e]) for (s, e), kind in sorted(found.items())
            if not any(a < e and s < b for a, b in taken)]
