"""Identifiers as a phone's voice typing writes them: "call me on oh seven seven oh oh nine double oh two one four",
"born the fourteenth of March nineteen eighty two", "at freya dot eats dot nothing", "K O W A L C Z Y K".

    written_form(text) -> Written | None   # the text with those in their written form, and the way back

The identifier rules read the written form ("07700 900214", "14/3/1982", "@freya.eats.nothing", "(Kowalczyk)");
what they find there is mapped back to the words as dictated. None when the text holds nothing dictated.
"""

import re
from dataclasses import dataclass

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORDINALS = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
            "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
            "nineteenth", "twentieth"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
          "december"]


def _any(words: list[str]) -> str:
    return "(?:" + "|".join(sorted((w for w in words if w), key=len, reverse=True)) + ")"


_DIGIT = r"(?:zero|oh|" + _any(UNITS[1:]) + ")"
_DIGITS = rf"(?:(?:double|triple) {_DIGIT}|{_DIGIT})"
_UNIT, _TEEN, _TENS = _any(UNITS[1:]), _any(TEENS), _any(TENS)
_TWO_DIGITS = rf"(?:{_TENS}(?:[ -]{_UNIT})?|{_TEEN})"
_YEAR = rf"(?:(?:nineteen|twenty) (?:{_TWO_DIGITS}|oh {_UNIT})|two thousand(?: and)?(?: {_TWO_DIGITS}| {_UNIT})?)"
_ORDINAL = rf"(?:{_TENS}[ -]?{_any(ORDINALS[1:10])}|{_any(ORDINALS[1:])}|thirtieth)"
_MONTH = _any(MONTHS)
_SEPARATOR = r"(?:[ ,]+|\s*-\s*|\s+(?:dash|slash|hyphen)\s+)"
# A capital letter spelled out ("K O W A L"; "I" and "A" only before a digit word or a capital: "…Z I live" is the
# pronoun), or a digit typed alone among them ("W X Y 0 0 0 4").
_WORDS = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|double|triple)\b"
_PIECE = rf"(?:(?i:{_YEAR}|{_DIGITS})|[B-HJ-Z]|[AI](?! (?!{_WORDS})[a-z])|\d(?!\d))"
DICTATED = re.compile(
    rf"(?P<date>\b(?i:(?:the )?{_ORDINAL} of (?:the )?(?:{_MONTH}|{_ORDINAL}),? (?:{_YEAR}|{_TWO_DIGITS})"
    rf"|{_MONTH} (?:the )?{_ORDINAL},? {_YEAR})\b)"
    rf"|(?P<email>\b(?i:[\w.]+(?: (?:dot|underscore) \w+| \d+)* at [a-z0-9]+(?: dot [a-z0-9]+)* dot "
    rf"(?:com|org|net|co|uk|ie|ca|au|nz|edu|gov|io|me))\b)"
    rf"|(?P<handle>\b(?i:at (?:(?!dot\b)[a-z0-9]+ (?:dot|underscore) )+(?!dot\b)[a-z0-9]+)\b(?!(?: \d+)* (?i:at) \w))"
    rf"|(?P<run>\b{_PIECE}(?:{_SEPARATOR}{_PIECE}){{3,}}\b)")
# The pieces of a run, one by one.
_RUN_PIECE = re.compile(rf"(?P<year>(?i:{_YEAR}))|(?i:(?P<repeat>double|triple) (?P<repeated>{_DIGIT}))"
                        rf"|(?P<digit>(?i:{_DIGIT}))|(?P<letter>[A-Z](?![a-z]))|(?P<typed>\d)"
                        r"|(?P<dash>(?i:dash|hyphen)|-)|(?P<slash>(?i:slash))")


def _number(words: str) -> int:
    """ "fifty three" → 53, "eleven" → 11, "seven" → 7."""
    total = 0
    for word in re.split(r"[ -]", words.lower()):
        if word in TENS:
            total += 10 * TENS.index(word)
        elif word in TEENS:
            total += 10 + TEENS.index(word)
        elif word in UNITS:
            total += UNITS.index(word)
    return total


def _year(words: str) -> str:
    words = words.lower()
    if words.startswith("two thousand"):
        return str(2000 + _number(words.removeprefix("two thousand").replace(" and ", " ")))
    century, _, rest = words.partition(" ")
    return f"{_number(century)}{_number(rest.removeprefix('oh ')):02d}"


def _ordinal(words: str) -> int:
    """ "twenty second" → 22, "fifth" → 5."""
    words = words.lower().replace("-", " ")
    if words == "thirtieth":
        return 30
    for tens in ("twenty", "thirty"):
        if words.startswith(tens) and words != "twentieth":
            return 10 * TENS.index(tens) + ORDINALS.index(words.removeprefix(tens).strip())
    return ORDINALS.index(words)


_DAY_FIRST = re.compile(rf"(?:the )?(?P<day>{_ORDINAL}) of (?:the )?(?:(?P<month>{_MONTH})|"
                        rf"(?P<month_number>{_ORDINAL})),? (?P<year>{_YEAR}|{_TWO_DIGITS})", re.IGNORECASE)
_MONTH_FIRST = re.compile(rf"(?P<month>{_MONTH}) (?:the )?(?P<day>{_ORDINAL}),? (?P<year>{_YEAR})", re.IGNORECASE)


def _date(words: str) -> str:
    """ "the fourteenth of March nineteen eighty two" → "14/3/1982"."""
    match = _DAY_FIRST.fullmatch(words) or _MONTH_FIRST.fullmatch(words)
    assert match is not None  # DICTATED's date is one of the two
    parts = match.groupdict()
    month = MONTHS.index(parts["month"].lower()) + 1 if parts["month"] else _ordinal(parts["month_number"])
    year = parts["year"].lower()
    written_year = _year(year) if re.fullmatch(_YEAR, year) else f"{_number(year):02d}"
    return f"{_ordinal(parts['day'])}/{month}/{written_year}"


def _digit(word: str) -> str:
    word = word.lower()
    return "0" if word in ("zero", "oh") else str(UNITS.index(word))


def _run(words: str) -> str | None:
    """The characters of a dictated run ("oh four slash one one", "R C C zero zero six"), or None when it is
    ordinary words ("I A M") or digits typed as digits."""
    pieces = list(_RUN_PIECE.finditer(words))
    out, digits, letters = [], 0, 0
    for piece in pieces:
        if piece["year"]:
            out.append(_year(piece["year"].lower()))
            digits += 4
        elif piece["repeat"]:
            out.append(_digit(piece["repeated"]) * (2 if piece["repeat"].lower() == "double" else 3))
            digits += 2
        elif piece["digit"] or piece["typed"]:
            out.append(_digit(piece["digit"]) if piece["digit"] else piece["typed"])
            digits += 1
        elif piece["dash"] or piece["slash"]:
            out.append("-" if piece["dash"] else "/")
        else:
            out.append(piece["letter"])
            letters += 1
    if all(piece["typed"] for piece in pieces):
        return None
    if digits >= 5 or digits and letters and digits + letters >= 5:  # a number, a plate or a reference
        return _shaped("".join(out))
    if letters >= 4 and not digits:  # a spelled name, apart from the name it spells ("Kesler (Kesler)")
        return "(" + "".join(out).capitalize() + ")"
    return None


def _shaped(characters: str) -> str:
    """Digits in the shape they are written in where dictation lost it: a North American or a British phone number,
    a date written year first ("one nine four one oh six one five" → 1941-06-15)."""
    if re.fullmatch(r"[2-9]\d{9}", characters):
        return f"{characters[:3]}-{characters[3:6]}-{characters[6:]}"
    if re.fullmatch(r"0\d{10}", characters):
        return f"{characters[:5]} {characters[5:]}"
    date = re.fullmatch(r"(19\d\d|20[0-2]\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])", characters)
    return "-".join(date.groups()) if date else characters


def _written(match: re.Match) -> str | None:
    words = match.group()
    if match.group("date"):
        return _date(words)
    if match.group("email") or match.group("handle"):
        for spoken, written in (("underscore", "_"), ("at", "@"), ("dot", ".")):
            words = re.sub(rf" ?\b(?i:{spoken})\b ?", written, words)
        return words
    return _run(words)


@dataclass(frozen=True)
class Written:
    text: str
    # (start, end) in `text` of each written form, and (start, end) of the dictated words it stands for
    spans: tuple[tuple[int, int, int, int], ...]

    def original(self, start: int, end: int) -> tuple[int, int]:
        """A span of the written text as a span of the dictated one (a written form touched is taken whole)."""
        return self._start(start), self._end(end)

    def _start(self, at: int) -> int:
        shift = 0
        for new_start, new_end, old_start, old_end in self.spans:
            if new_start <= at < new_end:
                return old_start
            if new_end <= at:
                shift = old_end - new_end
        return at + shift

    def _end(self, at: int) -> int:
        shift = 0
        for new_start, new_end, _, old_end in self.spans:
            if new_start < at <= new_end:
                return old_end
            if new_end < at:
                shift = old_end - new_end
        return at + shift


# Every dictated form holds one of these words or three letters or digits spelled apart: most texts are passed over
# at this cost.
_MAY_HOLD = re.compile(r"(?i:\b(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|dot|nineteen|thousand)\b)"
                       r"|\b[A-Z0-9] [A-Z0-9] [A-Z0-9]\b")


def written_form(text: str) -> Written | None:
    if not _MAY_HOLD.search(text):
        return None
    parts, spans, cursor, length = [], [], 0, 0
    for match in DICTATED.finditer(text):
        written = _written(match)
        if written is None:
            continue
        before = text[cursor:match.start()]
        parts += [before, written]
        start = length + len(before)
        spans.append((start, start + len(written), match.start(), match.end()))
        length = start + len(written)
        cursor = match.end()
    if not spans:
        return None
    return Written("".join(parts) + text[cursor:], tuple(spans))
