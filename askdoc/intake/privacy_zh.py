"""Chinese (Traditional, Taiwan) identifiers, found on the original text (askdoc/intake/data/privacy_zh.yaml).

Taiwan national ID (a letter, 1/2 (or 8/9 for residents) and eight digits, with its checksum; any such shape
after 身分證), NHI card numbers (12 digits) and medical record numbers after 病歷號, addresses (縣市 / 區鄉鎮 /
路街 / 段 / 巷 / 弄 / 號 / 樓), dates of birth (民國78年3月5日, 1995/08/14 with 出生 / 生日 around them),
personal names after cues (我叫…, 外婆叫…, 我老婆佩珊…, 王小姐, 陳醫師: the surname), LINE and Instagram
handles. Phone numbers come from `phonenumbers` (privacy.find_phones). Medical eponyms (帕金森氏症, 川崎病)
and words holding a surname's character (黃疸, 高血壓) are never names: names are only found after a cue.
"""

import re
from collections.abc import Iterator

from askdoc.intake.data_files import load

Span = tuple[str, int, int]
_DATA = load("privacy_zh.yaml")
HAN = r"\u4e00-\u9fff"
HAN_RE = re.compile(f"[{HAN}]")
SURNAMES = sorted(_DATA["surnames"], key=len, reverse=True)
SURNAME = "(?:" + "|".join(SURNAMES) + ")"
NOT_START = set(_DATA["not_name_start"])
NOT_END = set(_DATA["not_name_end"])

TW_ID = re.compile(r"(?<![A-Za-z0-9])[A-Z][1289]\d{8}(?![0-9])")
ID_CUE = re.compile(r"(?:身分證|身份證|證號|居留證|統一證號)[^0-9A-Za-z]{0,8}$")
NHI = re.compile(r"(?<![0-9])\d{12}(?![0-9])")
RECORD = re.compile(r"(?:病歷|病例)(?:號碼|號|編號)[^0-9A-Za-z]{0,4}(?P<value>[A-Za-z]{0,3}\d{4,12})")
NUM = r"[0-9一二三四五六七八九十百]+"
ADDRESS = re.compile(
    rf"(?:[{HAN}]{{2}}[縣市])?(?:[{HAN}]{{1,3}}?[區鄉鎮市])?[{HAN}0-9]{{1,6}}?(?:路|街|大道)(?:{NUM}段)?"
    rf"(?:{NUM}巷)?(?:{NUM}弄)?{NUM}(?:之{NUM})?號(?:{NUM}樓(?:之{NUM})?)?")
_LEAD = re.compile(r"^(?:我|住|在|是|到|的|她|他|家|就|位)+")
DATE = (r"(?:民國\s?\d{2,3}\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?[日號]|\d{4}\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?[日號]"
        r"|\d{2,4}[/.\-]\d{1,2}[/.\-]\d{1,2})")
BIRTH = re.compile(rf"{_DATA['birth_before']}\s*(?P<a>{DATE})|(?P<b>{DATE})\s*(?:的)?{_DATA['birth_after']}")
TITLES = _DATA["titles"]
SURNAME_TITLE = re.compile(rf"(?P<name>{SURNAME})(?={'|'.join(TITLES)})")
CUED_NAME = re.compile(rf"(?:{'|'.join(_DATA['name_cues'])})\s*"
                       rf"(?P<name>(?:阿|小)[{HAN}]|{SURNAME}[{HAN}]{{1,2}}|[{HAN}]{{2}})")
INTRO = re.compile(rf"我是(?P<name>{SURNAME}[{HAN}]{{1,2}})(?=的|，|,|。|\s|$)")
RELATIVE_NAME = re.compile(rf"我(?:的)?(?:{'|'.join(_DATA['relatives'])})(?P<name>[{HAN}]{{2}})")
HANDLE = re.compile(r"(?i:line\s*(?:id)?|賴|ig|instagram|insta|臉書|fb|微信|wechat)\s*(?:帳號|id)?\s*(?:是|:|：)?\s*"
                    r"(?P<value>@?[A-Za-z0-9_.\-]{3,30})")
AT_HANDLE = re.compile(r"(?<![A-Za-z0-9_.@])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?")
_LETTERS = "ABCDEFGHJKLMNPQRSTUVXYWZIO"  # the national ID's letters in the order of their values 10…35


def valid_tw_id(value: str) -> bool:
    """The national ID checksum: the letter's two digits, then weights 1,9,8,…,1 over all eleven digits."""
    code = _LETTERS.find(value[0]) + 10
    digits = [code // 10, code % 10] + [int(c) for c in value[1:]]
    weights = [1, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1]
    return sum(d * w for d, w in zip(digits, weights, strict=True)) % 10 == 0


def find(text: str) -> Iterator[Span]:
    if not HAN_RE.search(text):
        return
    for m in TW_ID.finditer(text):
        if valid_tw_id(m.group(0)) or ID_CUE.search(text[max(0, m.start() - 12):m.start()]):
            yield "id_number", m.start(), m.end()
    for m in NHI.finditer(text):
        yield "id_number", m.start(), m.end()
    for m in RECORD.finditer(text):
        yield "id_number", m.start("value"), m.end("value")
    for m in ADDRESS.finditer(text):
        lead = _LEAD.match(m.group(0))
        yield "address", m.start() + (lead.end() if lead else 0), m.end()
    for m in BIRTH.finditer(text):
        group = "a" if m.group("a") else "b"
        yield "date_of_birth", m.start(group), m.end(group)
    yield from _names(text)
    for m in HANDLE.finditer(text):
        yield "handle", m.start("value"), m.end("value")
    for m in AT_HANDLE.finditer(text):
        yield "handle", m.start(), m.end()


def _names(text: str) -> Iterator[Span]:
    for m in SURNAME_TITLE.finditer(text):
        if not (m.start() and text[m.start() - 1] == "我"):  # "我先生" is my husband
            yield "name", m.start("name"), m.end("name")
    for pattern in (CUED_NAME, INTRO, RELATIVE_NAME):
        for m in pattern.finditer(text):
            name = m.group("name")
            if name[-1] in NOT_END or pattern is INTRO and any(name.endswith(t) for t in TITLES):
                continue
            if name[0] not in NOT_START or name[0] in "阿小" and pattern is CUED_NAME:
                yield "name", m.start("name"), m.end("name")
