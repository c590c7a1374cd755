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
NOT_IN_NAME = set(_DATA["not_in_name"])
NOT_NAMES = tuple(_DATA["not_names"])
NOT_NICKNAME = tuple(_DATA["not_nickname"])
EPONYM_NEXT = set("病症氏")
# A name's last character may be the middle of an eponym: 帕金 in 帕金森氏症.
EPONYM_AFTER = re.compile(r"[\u4e00-\u9fff]?氏[症病]")

TW_ID = re.compile(r"(?<![A-Za-z0-9])[A-Z][1289]\d{8}(?![0-9])")
ID_CUE = re.compile(r"(?:身分證|身份證|證號|居留證|統一證號)")
# 12 digits, also written in groups of four ("0000 5566 7788"); never after "+" (a phone number with its country code).
NHI = re.compile(r"(?<![0-9+])\d{4}([\s\-]?)\d{4}\1\d{4}(?![0-9])")
RECORD = re.compile(r"(?:病歷|病例)(?:號碼|號|編號)[^0-9A-Za-z]{0,4}(?P<value>[A-Za-z]{0,3}\d(?:[\d\-]{2,14})\d)")
# A few words may stand between the cue and the number ("識別證上面寫 TSMC-88213").
ID_AFTER_CUE = re.compile(rf"(?:{'|'.join(sorted(_DATA['id_cues'], key=len, reverse=True))})"
                          rf"(?:[{HAN}]{{0,6}}?(?:是|為|寫|:|：))?\s*(?:是|為|:|：)?\s*"
                          r"(?P<value>[A-Za-z]{0,5}(?:-[A-Za-z]{1,3})?-?\d[\dA-Za-z\-]{2,16}\d)")
NUM = r"[0-9一二三四五六七八九十百]+"
ADDRESS = re.compile(
    rf"(?:[{HAN}]{{2}}[縣市])?(?:[{HAN}]{{1,3}}?[區鄉鎮市])?[{HAN}0-9]{{1,6}}?(?:路|街|大道)(?:{NUM}段)?"
    rf"(?:{NUM}巷)?(?:{NUM}弄)?\s?{NUM}(?:之{NUM})?號(?:{NUM}樓(?:之{NUM})?)?")
# A partial address with no number: county/city and district before a road, or a road after 住 / 地址.
STREET = rf"(?:(?![的在到上很是有要去跟])[{HAN}0-9]){{1,5}}?(?:路|街|大道)(?:{NUM}段)?(?:{NUM}巷)?(?:{NUM}弄)?"
PARTIAL_ADDRESS = re.compile(
    rf"(?<=住)[{HAN}]{{2}}[市鎮鄉][{HAN}]{{1,3}}[村里](?![長民])|"
    rf"[{HAN}]{{2}}[縣市]\s?[{HAN}]{{1,3}}?[區鄉鎮市]\s?(?:{STREET}|[{HAN}]{{1,3}}[村里](?![長民])(?:\d{{1,2}}鄰)?)|(?:(?<![{HAN}])|(?<=住)|(?<=住在)|(?<=家在))[{HAN}]{{1,5}}?區{STREET}|(?<=住在)(?:[{HAN}]{{2}}[縣市])?{STREET}"
    rf"|(?<=住)(?:[{HAN}]{{2}}[縣市]){STREET}"
    rf"|(?<=地址)[:：是]?\s*(?=[{HAN}0-9]{{0,8}}[縣市區鄉鎮路街巷弄號])[{HAN}0-9]{{2,20}}"
    # where someone lives, a county and a township only ("住在屏東縣潮州鎮")
    rf"|(?:(?<=住)|(?<=住在))[{HAN}]{{2}}縣[{HAN}]{{1,3}}?[鄉鎮市](?![長民公])")
COUNTY_TOWNSHIP = re.compile(rf"[{HAN}]{{2}}縣[{HAN}]{{1,3}}?[鄉鎮](?![長民公])")
_LEAD = re.compile(r"^(?:我|住|在|是|到|的|她|他|家|就|位|[:：\s])+")
DATE = (r"(?:(?:民國\s?)?\d{2,3}\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?[日號]|\d{4}\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?[日號]"
        r"|(?:民國\s?)?[〇零一二三四五六七八九十百]{2,4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}[日號]?"
        r"|\d{2,4}[/.\-]\d{1,2}[/.\-]\d{1,2})")
BIRTH_YEAR = re.compile(r"(?:民國\s?)?(?<![0-9])(?:\d{2,3}|19\d{2}|20\d{2})\s?年(?:\s?\d{1,2}\s?月)?"
                        r"(?:次|出生|生的|生(?=[，,。\s]))")
# A few words may stand between the cue and the date ("出生年月日那格我寫1990/07/21").
BIRTH = re.compile(rf"{_DATA['birth_before']}(?:[{HAN}]{{0,6}}?(?:寫|填|是|為|時候))?\s*[（(]?\s*(?P<a>{DATE})"
                   rf"|(?P<b>{DATE})\s*(?:的)?(?:早產|足月|剖腹|自然產|順產)?{_DATA['birth_after']}")
TITLES = _DATA["titles"]
SURNAME_TITLE = re.compile(rf"(?P<name>{SURNAME})(?={'|'.join(TITLES)})"
                           # a form's field, the surname spaced from the title ("導師：林 老師")
                           rf"|(?<=[：:])\s?(?P<spaced>{SURNAME})\s(?=老師|醫師|醫生|護理師|先生|小姐|太太|主任)"
                           rf"|(?i:dr\.?|doctor|mr\.?|mrs\.?|ms\.?|miss)\s?(?P<dr>{SURNAME})(?=[：:，,\s）)]|$)")
CUED_NAME = re.compile(rf"(?:{'|'.join(_DATA['name_cues'])})\s*[:：]?\s*[「『\"“]?"
                       rf"(?P<name>(?:阿|小)[{HAN}]|{SURNAME}(?:[{HAN}]{{1,2}}|[○〇ＯOX＊*]{{1,2}})|[{HAN}]{{2}})")
KIN_WORDS = frozenset(_DATA["relatives"]) | frozenset(_DATA["relatives_bare"])
_KIN = "|".join(sorted(_DATA["relatives"], key=len, reverse=True))  # the longest first: 我媽媽問 is not 我媽 + 媽問
INTRO = re.compile(rf"(?:我|她|他)是(?P<name>{SURNAME}[{HAN}]{{2}}|(?<=我是){SURNAME}[{HAN}])(?=的|，|,|。|\s|$)")
# Kinship around a name: "我是孟儒的媽媽" (the name before 的 + a relative), "小寶是我外孫" (a name, then 是我 + a
# relative), "婆婆姓蕭" (a surname after 姓).
KIN_OF = re.compile(rf"我是(?:\d{{1,4}}\s?[床房])?(?P<name>[{HAN}]{{2,3}}?)"
                    rf"(?:的(?:{_KIN}|外孫|外孫女|孫子|孫女|家長|家人)|媽媽|爸爸|阿嬤|阿公|女友|男友|女朋友|男朋友|老婆|老公)")
IS_MY_KIN = re.compile(rf"(?:^|(?<=[，,。！？\s]))(?P<name>[阿小][{HAN}]|{SURNAME}[{HAN}]{{1,2}}|[{HAN}]{{2}})"
                       rf"是我(?:的)?(?:{_KIN}|外孫|外孫女|孫子|孫女)")
FULL_NAME_TITLE = re.compile(rf"(?P<name>{SURNAME}[{HAN}]{{2}})(?=醫師|醫生|護理師|社工|營養師|治療師|心理師|個管師|"
                             r"主任|教授|老師)")
SURNAME_IS = re.compile(rf"姓(?P<name>{SURNAME})(?![{HAN}]{{0,1}}(?:什麼|名))")
RELATIVE_NAME = re.compile(rf"(?:我|她|他|妳|你)(?:的)?(?:{_KIN})(?P<name>[{HAN}]{{2}})")
# Before a full name: a bare relative ("兒子楊子睿") or 我 + a one-character one ("我爸洪明德").
_BEFORE_FULL = rf"(?:{'|'.join(_DATA['relatives_bare'])}|我(?:的)?(?:爸|媽|弟|哥|姊|姐|妹))"
FULL_NAME = re.compile(rf"{_BEFORE_FULL}\s?(?:是|叫)?\s?[（(:：]?\s?(?P<name>{SURNAME}[{HAN}]{{1,2}})")
NICKNAME = re.compile(rf"(?:我是(?:[{HAN}]{{2,8}}?的)?|偶是|我叫|叫我|叫做|叫她|叫他|我們家|我家|{_BEFORE_FULL}|"
                      rf"我(?:的)?(?:{_KIN}))"
                      rf"[（(「『\"“]?(?P<name>[阿小ㄚ]?[{HAN}]仔|[阿小ㄚ][{HAN}]|[阿小][A-Z](?![A-Za-z])|老{SURNAME})")
# "隔壁老王", "找老陳": an older man called by his surname (after 叫他 / 叫她 NICKNAME finds him)
# or opening a clause before what he says or does ("老王跟我說…")
# "大家都叫她方媽媽", "市場的人都叫我洪姐": a surname and a form of address after 叫.
SURNAME_NICKNAME = re.compile(rf"叫(?:我|她|他)\s?(?P<name>{SURNAME})(?=媽媽|爸爸|阿姨|姐|姊|哥|桑|嫂|伯|叔|仔)")
OLD_SURNAME = re.compile(rf"(?:隔壁|鄰居|找|同事|(?<=我))(?P<name>老{SURNAME})(?![師闆公婆家人爸媽大])"
                         rf"|(?:^|(?<=[，,。！？\s]))(?P<opening>老{SURNAME})(?=跟|說|他|叫|最|今天|今早|昨天|昨晚|前天|上次|也|都|是我|每天|常常|一直|又|還)")
# Latin words written like names that are not ("我是Dcard上的…", "Hello 醫師"): whole words only.
NOT_LATIN_NAMES = ("Line", "Google", "Apple", "Facebook", "Instagram", "Covid", "Panadol", "Dcard", "Strava", "Threads",
                   "Reddit")
GREETINGS = ("Hello", "Hi", "Hey", "Dear", "Thanks")
_NOT_LATIN = rf"(?!(?:{'|'.join(NOT_LATIN_NAMES)})(?![a-z]))"
LATIN_NAME = re.compile(rf"(?:我是|我叫|叫我|叫做|英文名(?:字)?(?:是|叫)?|{_BEFORE_FULL}(?:的名字)?(?:叫|是)?|"
                        rf"[他她]叫)\s*"
                        rf"(?P<name>{_NOT_LATIN}[A-Z][a-z]{{2,12}}"
                        # a passport's romanised name in capitals ("英文名 CHEN YU-TING")
                        r"|(?<=[名是叫]\s)[A-Z]{2,10}(?:[ ,\-]+[A-Z]{2,10}){1,3})(?![A-Za-z])")
# A name with no cue but its place: "我是俊宏 想問…" (two characters, then a pause), a nickname opening a clause
# ("小芳今天又發燒了", "阿明他…") or after 我 ("我阿傑"), a Latin name before a title or paired with another.
NOT_SELF = set(_DATA["not_self_names"])
# "我是花蓮的凱莉，27歲": who the writer is, by place or school, then a name and an age.
SELF_NAME_AGE = re.compile(rf"我是[{HAN}]{{2,6}}?的(?P<name>[{HAN}]{{2}})(?=[，,\s]\s?\d{{1,2}}\s?歲)")
SELF_NAME = re.compile(rf"(?:我是|偶是|本人)\s?(?P<name>(?:{SURNAME})?[{HAN}]{{2}})(?=[\s，,。！!？?~～]|$|啦)")
OPENING_NICKNAME = re.compile(rf"(?:^|(?<=[，,。！？!?\s])|(?<=我)(?=阿)|(?<=[說跟和讓幫給帶陪找])|(?<=還有))"
                              rf"(?P<name>[阿小][{HAN}]|[阿小][A-Z](?![A-Za-z]))")
_LATIN = rf"{_NOT_LATIN}(?!(?:{'|'.join(GREETINGS)})(?![a-z]))[A-Z][a-z]{{2,12}}(?![a-z])"
LATIN_TITLED = re.compile(rf"(?<![A-Za-z])(?P<name>{_LATIN})\s?(?={'|'.join(TITLES)})")
LATIN_PAIR = re.compile(rf"(?<![A-Za-z])(?P<a>{_LATIN})\s?(?:跟|和|與)\s?(?P<b>{_LATIN})(?![A-Za-z])")
HANDLE = re.compile(r"(?i:line\s*(?:id|搜尋|加)?|賴|ig|instagram|insta|臉書|fb|微信|wechat|dcard|threads|脆|抖音|"
                    r"tiktok|小紅書|twitter|推特|youtube|telegram|discord)\s*(?:帳號|id|上?面?搜尋|叫做?|聊|找我)?\s*(?:是|叫|:|：)?\s*"
                    r"(?P<value>@?[A-Za-z0-9_.\-]{3,30})")
# "我是 kaohsiung_mama 這個帳號": an account name before 這個帳號.
ACCOUNT_BEFORE = re.compile(r"(?<![A-Za-z0-9_.@])(?P<value>(?=[A-Za-z0-9_.]*[\d_.])[A-Za-z0-9_.]{3,30})"
                            r"\s?這個(?:帳號|ID|id|帳戶)")
# "我的FB是 Mandy Tsai 蔡曼蒂": the same person's Chinese name right after a Latin full name.
CHINESE_AFTER_LATIN = re.compile(rf"[A-Z][a-z]+ [A-Z][a-z]+\s?(?P<name>{SURNAME}[{HAN}]{{1,2}})(?=[，,。\s]|$)")
PERSON_NOT_HANDLE = re.compile(r"[A-Z][a-z]{1,12} [A-Z][a-z]{1,12}(?![A-Za-z0-9_.@])")
QUOTED_HANDLE = re.compile(r"(?:卡稱|暱稱|帳號名稱|ID)\s*[「『\"“](?P<value>[^」』\"”\s]{1,20})[」』\"”]")
# "可以加我LINE嗎 ID是 sunny_0608": an ID after a messaging app was named anywhere in the text.
APP = re.compile(r"(?i:line|賴|ig|instagram|insta|臉書|fb|facebook|微信|wechat|telegram|threads|dcard|"
                 r"抖音|tiktok|小紅書|twitter|推特|youtube|discord)")
APP_ID = re.compile(r"(?i:id|帳號|帳戶|用戶名)\s*(?:(?:好像|應該|可能)?是|為|:|：)\s*"
                    r"(?P<value>(?![A-Z][1289]\d{8})[A-Za-z0-9_.\-]{3,30})")
AT_HANDLE = re.compile(r"(?<![A-Za-z0-9_.@])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?")
# A bare given name (no surname, no cue): after a relative word ("老婆怡萱", "阿姨 淑芬"), or standing alone between
# spaces or punctuation in a text that reads like a form (digits of a phone, an ID or a date, an e-mail):
# "0988123456 王大明 腳踝扭到", "宜蓁 2015/12/25生". Both given characters must be common in given names.
GIVEN_CHARS = set(_DATA["given_name_chars"])
GIVEN_NOT_WORDS = set(_DATA["given_name_not_words"])
_GIVEN_AFTER = "|".join(sorted(_DATA["given_name_after"], key=len, reverse=True))
DOUBLED_WORDS = set("黃紅白黑綠藍紫胖瘦肥大高矮乖慢快熱冷軟硬濕乾癢痛腫常天剛好漸偏輕重媽爸哥姊姐弟妹寶")
GIVEN_AFTER_RELATIVE = re.compile(rf"(?:{_GIVEN_AFTER})\s?[（(]?(?P<name>[{HAN}]{{2}})")
_SEP = r"\s，,。、：:；;／/|"
NAME_THEN_PRONOUN = re.compile(rf"(?:^|(?<=[{_SEP}]))(?P<name>(?:{SURNAME})?[{HAN}]{{2}})(?=說|他|她|\s?你)")
STANDALONE_NAME = re.compile(rf"(?:^|(?<=[{_SEP}]))(?P<name>(?:{SURNAME}){{0,2}}[{HAN}]{{2}})(?=[{_SEP}0-9A-Za-z]|$)")
# A form's lines: a full date alone on its line, of a year long past (民國 before 100, before 2011), is the birth date
# of the person the form is about ("李王美月\n民國40年10月3日\n台南市…"); an appointment is recent.
DATE_LINE = re.compile(rf"(?m)(?:^|(?<=[/|｜]))[ \t]*(?P<value>{DATE})[ \t]*(?=$|[/|｜，,])")
FORM_LIKE = re.compile(r"\d[\d\-\s/.]{5,}\d|@|\d{1,3}\s?歲|[男女]\s?\d{1,3}(?!\d)|今年\s?\d{1,3}(?!\d)"
                       rf"|(?m:^[ \t]*{DATE}[ \t]*$)")
# A given name before an elder's form of address or a sign-off ("淑芬阿姨", "俊宏哥", "美玲敬上"), or opening a clause
# before what a subject does ("宇翔這週一直拉肚子", "思妤最近…").
# A sign-off ("謝謝醫生 ~婷婷", "by 小魚") or "找" + a name after a phone number ("請打0953…找雅芳").
SIGNED_NAME = re.compile(rf"(?:[~～]|-{{1,2}}|—|(?i:by)\s|(?<=\d)\s?找|(?:感恩|謝謝|感謝|謝啦)\s(?=\S{{2,3}}\s*$))\s?"
                         rf"(?P<name>[阿小]?[{HAN}]{{2}}|[阿小][{HAN}])(?=\s|$|[，,。!！（(])")
SIGN_END = re.compile(r"\s*(?:$|[（(])")
NAME_THEN_TITLE = re.compile(rf"(?P<name>(?:{SURNAME})?[{HAN}]{{2}})"
                             r"(?=阿姨|叔叔|阿伯|伯伯|阿嬤|阿公|奶奶|爺爺|姐姐|姊姊|哥哥|姊|姐|哥|姨|嬸|伯|叔|舅|老師|家屬|\s?敬上|\s?謹上|\s?拜上|留言|筆)")
NAME_OPENING_CLAUSE = re.compile(rf"(?:^|(?<=[{_SEP}])|(?<=昨天|今天|前天|剛剛|早上|晚上))(?P<name>[{HAN}]{{2}})"
                                 r"(?=\s?(?:這[週周陣幾禮]|最近|昨天|今天|前天|上週|上禮拜|從小|每次|一直|常常|突然|已經|剛剛|"
                                 r"半夜|早上|晚上|在|跟我|打電話|傳訊息|今年|過年|咳嗽|咳了|發燒|拉肚子|肚子|頭痛|喉嚨|身上|皮膚|臉上|耳朵|眼睛))")
# Two given names joined ("子軒跟子涵是雙胞胎"), or a given name on the last line (a signature).
CHILDS_PARENT = re.compile(rf"(?:^|(?<=[{_SEP}])|(?<=我是))(?P<name>[{HAN}]{{2}})的?"
                           r"(?:媽媽|爸爸|媽咪|把拔|馬麻|媽|爸|阿姨|阿嬤|阿公|奶奶|爺爺|姑姑|舅舅|叔叔|家長)"
                           rf"(?=在這|這邊|這裡|[{_SEP}]|$)")
# A name called out at the start ("承恩 下禮拜三要回診", "欸宥辰 你上次說", "麗華：醫生說", "大雄你先不要吃"), or two
# names before what they share ("俊宏 俊傑 兩兄弟").
_CALL_OUT = r"(?:欸|嘿|喂|嗨|哈囉)?\s*"
OPENING_VOCATIVE = re.compile(rf"(?:^|(?<=[「『“])){_CALL_OUT}(?P<name>[{HAN}]{{2}})"
                              r"(?=\s|[：:，,!！]|你|妳)")
# "宏哥 你上次說…": one given character and an elder's or a peer's form of address, called out at the start.
# "阿娟姐說…", "建仔最近…": a nickname before an elder's form of address, or a given character and 仔 opening a clause.
NICKNAME_TITLED = re.compile(rf"(?P<name>阿[{HAN}])(?=[姐姊哥姨伯嬸叔])")
ZAI_NICKNAME = re.compile(rf"(?:^|(?<=[{_SEP}]))(?P<name>[{HAN}]仔)(?=[{HAN}])|(?<=的)(?P<named>[{HAN}]仔)(?=[，,])")
# "睿睿（我兒子）三個月": a name and who it is in brackets.
NAME_THEN_KIN = re.compile(rf"(?P<name>[{HAN}]{{2}})[（(]\s?(?:我|我們)(?:的|家)?(?:老)?(?:{_KIN})\s?[）)]")
RELATIVE_BRACKET = re.compile(rf"我(?:的)?(?:{_KIN})\s?[（(](?P<name>[{HAN}]{{2,3}})[）)]")
# A family chat pasted in: "二哥 志成：有量血壓嗎" — the speaker after a kin title.
CHAT_SPEAKER = re.compile(rf"(?m)^[ \t]*(?:{_KIN}|大姊|大姐|大哥|二哥|二姊|二姐|三哥|三姊|小弟|小妹)[ \t]+"
                          rf"(?P<name>[{HAN}]{{2,3}})[ \t]*[：:]")
OPENING_BROTHER = re.compile(rf"^{_CALL_OUT}(?P<name>(?P<given>[{HAN}])[哥姐姊])(?=\s|[：:，,!！]|你|妳)")
NAME_LIST = re.compile(rf"(?P<a>[{HAN}]{{2}})\s?[\s、&＆]\s?(?P<b>[{HAN}]{{2}})\s?(?=兩|都|一起|跟我|和我|三個)")
NAME_PAIR = re.compile(rf"(?P<a>[{HAN}]{{2}})(?:跟|和|與)(?P<b>[{HAN}]{{2}})(?=是|都|一起|兩個)")
LAST_LINE_NAME = re.compile(rf"\n\s*(?P<name>(?:{SURNAME})?[{HAN}]{{2}})\s*$")
_LETTERS = "ABCDEFGHJKLMNPQRSTUVXYWZIO"  # the national ID's letters in the order of their values 10…35


PET_NAME = re.compile(rf"(?:牠|狗狗?|貓咪?|毛孩|寵物)(?:的名字)?(?:叫做?|是)\s?(?P<name>[{HAN}]{{1,3}})")


def pet_names(text: str) -> list[tuple[int, int]]:
    """Where a pet is named ("牠叫旺財"): not a person, whichever part would find a name there."""
    return [m.span("name") for m in PET_NAME.finditer(text)] if HAN_RE.search(text) else []


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
        # the shape after a cue anywhere before it: "身分證 H22… 嗎 不對 是H12…"
        if valid_tw_id(m.group(0)) or ID_CUE.search(text, 0, m.start()):
            yield "id_number", m.start(), m.end()
    for m in NHI.finditer(text):
        yield "id_number", m.start(), m.end()
    for m in RECORD.finditer(text):
        yield "id_number", m.start("value"), m.end("value")
    for m in ID_AFTER_CUE.finditer(text):
        yield "id_number", m.start("value"), m.end("value")
    for m in ADDRESS.finditer(text):
        lead = _LEAD.match(m.group(0))
        yield "address", m.start() + (lead.end() if lead else 0), m.end()
    for m in PARTIAL_ADDRESS.finditer(text):
        lead = _LEAD.match(m.group(0))
        yield "address", m.start() + (lead.end() if lead else 0), m.end()
    if "住" in text:  # "台東縣池上鄉這種偏鄉 … 我爸住那邊"
        for m in COUNTY_TOWNSHIP.finditer(text):
            yield "address", m.start(), m.end()
    for m in BIRTH_YEAR.finditer(text):
        yield "date_of_birth", m.start(), m.end()
    for m in BIRTH.finditer(text):
        group = "a" if m.group("a") else "b"
        yield "date_of_birth", m.start(group), m.end(group)
    if FORM_LIKE.search(text):
        for m in DATE_LINE.finditer(text):
            digits = re.search(r"\d+", m.group("value"))
            year = int(digits.group(0)) if digits else 0  # 民國40年 / 1950.04.22; a date in Chinese numerals: 0
            if 0 < year < 100 or 1900 < year < 2011:
                yield "date_of_birth", m.start("value"), m.end("value")
    yield from _names(text)
    for m in (*HANDLE.finditer(text), *QUOTED_HANDLE.finditer(text)):
        full_name = PERSON_NOT_HANDLE.match(text, m.start("value"))
        if full_name:
            yield "name", *full_name.span()
        else:
            yield "handle", m.start("value"), m.end("value")
    if APP.search(text):
        for m in APP_ID.finditer(text):
            yield "handle", m.start("value"), m.end("value")
    for m in ACCOUNT_BEFORE.finditer(text):
        yield "handle", m.start("value"), m.end("value")
    for m in AT_HANDLE.finditer(text):
        yield "handle", m.start(), m.end()


def not_a_name(text: str, start: int, end: int) -> bool:
    """A place or an ordinary word that opens with a surname's character (高雄, 高血壓, 馬上), an eponym
    (川崎病, 唐氏症: a "name" right before 病 / 症 / 氏) or a doubled character (寶寶黃黃的)."""
    given = text[start + 1:end]
    if end - start == 3 and text[end:end + 1] not in EPONYM_NEXT and (
            given[0] == "小" and given[1] in GIVEN_CHARS or given[0] == "氏" and given[1] not in EPONYM_NEXT):
        given = given[1:]  # 王小明, 林小慧; a Vietnamese name's 氏 (阮氏蘭, 阮氏花), never 唐氏症
    return (text.startswith(NOT_NAMES, start) or any(c in NOT_IN_NAME for c in given)
            or text[start:end] in KIN_WORDS or EPONYM_AFTER.match(text, end) is not None
            or text[end:end + 1] in EPONYM_NEXT or text[start + 1:start + 2] == text[start])  # 黃黃的, 白白胖胖


def _full_names(text: str) -> Iterator[Span]:
    """Surname + one or two given characters after a relative, cut at the first character no name holds."""
    for m in FULL_NAME.finditer(text):
        start, end = m.span("name")
        vietnamese = end - start == 3 and text[start + 1] == "氏" and text[end:end + 1] not in EPONYM_NEXT
        cut = next((i for i in range(start + 1 + vietnamese, end) if text[i] in NOT_IN_NAME), end)
        if cut > start + 1 and not not_a_name(text, start, cut):
            yield "name", start, cut


SPEAKS = re.compile(r"說|跟我說|告訴我|問我")


def _nicknames(text: str) -> Iterator[Span]:
    for m in NICKNAME.finditer(text):
        start, end = m.span("name")
        zai = text[end - 1] == "仔"
        if zai and not _zai_name(text[start:end]):
            continue  # 囝仔 is any child
        # "我叫小魚" names even a word, so do a nickname in 仔 ("國仔") and one who speaks ("我同學小魚說")
        named = text[max(0, start - 2):start] in ("我叫", "叫我") or SPEAKS.match(text, end) is not None or zai
        if (named or not text.startswith(NOT_NICKNAME, start)) and text[end - 1] not in NOT_IN_NAME:
            yield "name", start, end
    for m in LATIN_NAME.finditer(text):
        yield "name", m.start("name"), m.end("name")
    for m in OPENING_NICKNAME.finditer(text):
        start, end = m.span("name")
        if not text.startswith(NOT_NICKNAME, start) and not not_a_name(text, start, end):
            yield "name", start, end
    for m in LATIN_TITLED.finditer(text):
        yield "name", m.start("name"), m.end("name")
    for m in LATIN_PAIR.finditer(text):
        yield "name", m.start("a"), m.end("a")
        yield "name", m.start("b"), m.end("b")


def _self_names(text: str) -> Iterator[Span]:
    for m in SELF_NAME.finditer(text):
        start, end = m.span("name")
        name = m.group("name")
        if name not in NOT_SELF and name[0] not in NOT_START and name[-1] not in NOT_END \
                and (not not_a_name(text, start, end) or _given_name(name, doubled=True)):
            yield "name", start, end
    for m in SELF_NAME_AGE.finditer(text):
        if m.group("name") not in NOT_SELF and not text.startswith(NOT_NAMES, m.start("name")):
            yield "name", m.start("name"), m.end("name")
    for m in IS_MY_KIN.finditer(text):
        if _given_name(m.group("name"), doubled=True):  # "沛沛是我女兒"
            yield "name", m.start("name"), m.end("name")


def _zai_name(name: str) -> bool:
    """A nickname in 仔 after a given name's character (國仔, 阿信仔), not 囝仔 (any child)."""
    return name.endswith("仔") and len(name) >= 2 and name[-2] in GIVEN_CHARS


def _given_name(name: str, doubled: bool = False) -> bool:
    """Two characters common in given names that do not make a word; a doubled one (婷婷) only where `doubled`."""
    return (len(name) == 2 and (doubled or name[0] != name[1]) and all(c in GIVEN_CHARS for c in name)
            and name not in GIVEN_NOT_WORDS)


def _bare_given_names(text: str) -> Iterator[Span]:
    m = GIVEN_AFTER_RELATIVE.search(text)
    while m:  # overlapping: in "老公的姊姊美惠" the name follows 姊姊, not 老公
        doubled = text[m.end("name"):m.end("name") + 1] not in ("的", "地")  # "萱萱三歲", not "美美的"
        name = m.group("name")
        # a doubled character after a relative is a pet name for a child (亮亮, 妞妞), not a colour or a size
        reduplicated = doubled and name[0] == name[1] and name[0] not in NOT_IN_NAME and name[0] not in DOUBLED_WORDS \
            and name not in KIN_WORDS
        if _given_name(name, doubled=doubled) or reduplicated:
            yield "name", m.start("name"), m.end("name")
        m = GIVEN_AFTER_RELATIVE.search(text, m.start() + 1)
    for m in SIGNED_NAME.finditer(text):
        name = m.group("name")
        signed = text[m.start():m.start() + 2].lower() == "by" and SIGN_END.match(text, m.end("name")) is not None
        if name[0] in "阿小" and (signed or not text.startswith(NOT_NICKNAME, m.start("name"))) \
                or _given_name(name[-2:], True):
            yield "name", m.start("name"), m.end("name")
    for m in NAME_THEN_PRONOUN.finditer(text):
        if _given_name(m.group("name")[-2:], doubled=True) and not text.startswith(NOT_NAMES, m.start("name")):
            yield "name", m.start("name"), m.end("name")
    for m in (*NAME_PAIR.finditer(text), *NAME_LIST.finditer(text)):
        if _given_name(m.group("a")) and _given_name(m.group("b")):
            yield "name", m.start("a"), m.end("a")
            yield "name", m.start("b"), m.end("b")
    for pattern in (NAME_THEN_TITLE, NAME_OPENING_CLAUSE, LAST_LINE_NAME, CHILDS_PARENT, OPENING_VOCATIVE):
        for m in pattern.finditer(text):
            if _given_name(m.group("name")[-2:], doubled=True) and not text.startswith(NOT_NAMES, m.start("name")):
                yield "name", m.start("name"), m.end("name")
    for m in NICKNAME_TITLED.finditer(text):
        if not text.startswith(NOT_NICKNAME, m.start("name")):
            yield "name", m.start("name"), m.end("name")
    for m in ZAI_NICKNAME.finditer(text):
        group = "name" if m.group("name") else "named"
        if _zai_name(m.group(group)):
            yield "name", m.start(group), m.end(group)
    for m in NAME_THEN_KIN.finditer(text):
        name = m.group("name")
        if (_zai_name(name) or _given_name(name, doubled=True)) and not text.startswith(NOT_NAMES, m.start("name")):
            yield "name", m.start("name"), m.end("name")
    for m in (*RELATIVE_BRACKET.finditer(text), *CHAT_SPEAKER.finditer(text)):
        name = m.group("name")
        if name not in NOT_SELF and name not in KIN_WORDS and not not_a_name(text, *m.span("name")):
            yield "name", m.start("name"), m.end("name")
    for m in OPENING_BROTHER.finditer(text):
        if m.group("given") in GIVEN_CHARS:
            yield "name", m.start("name"), m.end("name")
    if not FORM_LIKE.search(text):
        return
    for m in STANDALONE_NAME.finditer(text):
        name = m.group("name")
        if _given_name(name[-2:]) and not text.startswith(NOT_NAMES, m.start("name")):
            yield "name", m.start("name"), m.end("name")


def _names(text: str) -> Iterator[Span]:
    yield from _full_names(text)
    yield from _bare_given_names(text)
    yield from _nicknames(text)
    yield from _self_names(text)
    for m in SURNAME_TITLE.finditer(text):
        group = next(g for g in ("name", "dr", "spaced") if m.group(g))
        # "我先生" is my husband; "謝謝醫生" thanks the doctor.
        if group != "name" or not (m.start() and text[m.start() - 1] in ("我", m.group("name"))):
            yield "name", m.start(group), m.end(group)
    for m in SURNAME_NICKNAME.finditer(text):
        yield "name", m.start("name"), m.end("name")
    for m in CHINESE_AFTER_LATIN.finditer(text):
        if not not_a_name(text, *m.span("name")):
            yield "name", m.start("name"), m.end("name")
    for m in OLD_SURNAME.finditer(text):
        group = "name" if m.group("name") else "opening"
        yield "name", m.start(group), m.end(group)
    for m in SURNAME_IS.finditer(text):
        yield "name", m.start("name"), m.end("name")
    for m in FULL_NAME_TITLE.finditer(text):
        start, end = m.span("name")
        if not not_a_name(text, start, end) and any(c in GIVEN_CHARS for c in m.group("name")[1:]):
            yield "name", start, end
    for pattern in (CUED_NAME, INTRO, RELATIVE_NAME, KIN_OF, IS_MY_KIN):
        for m in pattern.finditer(text):
            name = m.group("name")
            nicknamed = pattern is CUED_NAME and "小名" in text[max(0, m.start("name") - 4):m.start("name")]
            # a full name after 叫 or in quotes, closed by punctuation ("她叫葉阿月，", "名字是「陳秋月」")
            called = pattern is CUED_NAME and len(name) == 3 and text[m.start("name") - 1] in "叫「『\"“" \
                and text[m.end("name"):m.end("name") + 1] in ("，", ",", "。", " ", "", "」", "』", "\"", "”") \
                and name not in KIN_WORDS
            if not_a_name(text, *m.span("name")) and not nicknamed and not called and not (
                    pattern is CUED_NAME and _given_name(name, doubled=True)):
                continue
            if name[-1] in NOT_END or pattern in (INTRO, KIN_OF) and name in NOT_SELF \
                    or pattern is INTRO and any(name.endswith(t) for t in TITLES):
                continue
            if pattern is RELATIVE_NAME and not any(c in GIVEN_CHARS for c in name):
                continue  # "我老公騎車", "我老公整隻手": what the relative does, not who they are
            nickname = name[0] in "阿小" and pattern in (CUED_NAME, IS_MY_KIN)
            if nickname and text.startswith(NOT_NICKNAME, m.start("name")):
                continue
            # "我是大雄的老婆": after this cue a given name may open with any character, not "幫我" or "單親"
            if name[0] not in NOT_START or nickname or pattern is KIN_OF and all(c in GIVEN_CHARS for c in name[1:]):
                yield "name", m.start("name"), m.end("name")
