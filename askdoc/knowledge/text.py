"""Small text helpers shared by the topics, More Info and the search page."""

import re

# A sentence ends at . ! or ? followed by space and a capital, digit or quote; abbreviations such as
# "e.g." or "Dr." are followed by lower-case words or names often enough that a short list covers them.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"'(\[]?[A-Z0-9])")
_ABBREVIATIONS = ("e.g.", "i.e.", "dr.", "mr.", "mrs.", "ms.", "st.", "vs.", "etc.", "no.", "approx.", "u.s.")
_BULLET = re.compile(r"\s+-\s+(?=[A-Z])")
# Some MedQuAD answers lost the full stop where the web page had a line break ("... in some individuals
# With proper ..."): a capitalised common sentence opener right after a lower-case word starts a sentence.
_LOST_STOP = re.compile(
    r"(?<=[a-z]) (?=(?:With|The|This|These|Those|It|In|For|If|Most|Some|Many|When|There|They|People|Your|You)"
    r" [a-z])"
    # a page heading glued to its text ("Avoid the sun Treatments for acne include..."), not "see the Treatment
    # section"
    r"|(?<=[a-z])(?<!\bthe)(?<!\bof)(?<!\bour)(?<!\bfor)(?<!\band)(?<!\bor)(?<!\ba) "
    r"(?=(?:Treatments?|Symptoms|Causes|Signs|Diagnosis|Prevention) [a-z])"
)
# Boilerplate the NIH pages put in front of their text.
_LEADS = re.compile(r"^(summary\s*:\s*|key points\s*[-:]?\s*)", re.IGNORECASE)


def clean_answer(text: str) -> str:
    return _LEADS.sub("", (text or "").strip())


def split_sentences(text: str) -> list[str]:
    """Sentences of an answer; list items ("- item") and paragraphs count as sentences of their own."""
    return [sentence for sentence, _ in split_marked(text)]


def split_marked(text: str) -> list[tuple[str, bool]]:
    """(sentence, whether it is a list item) for each sentence of an answer."""
    sentences: list[tuple[str, bool]] = []
    for paragraph in re.split(r"\n\s*\n", clean_answer(text)):
        flat = " ".join(paragraph.split())
        for i, piece in enumerate(_BULLET.split(flat)):
            is_item = i > 0 or flat.startswith("- ")
            sentences.extend((s, is_item) for s in _split_piece(piece.strip(" -")) if s)
    return sentences


def _split_piece(piece: str) -> list[str]:
    parts = [p for part in _SENTENCE_END.split(piece) for p in _LOST_STOP.split(part)]
    merged: list[str] = []
    for part in parts:
        if merged and merged[-1].rsplit(" ", 1)[-1].lower() in _ABBREVIATIONS:
            merged[-1] = f"{merged[-1]} {part}"
        else:
            merged.append(part)
    return [m.strip() for m in merged if m.strip()]


def first_sentence(text: str, *, limit: int = 300) -> str:
    sentences = split_sentences(text)
    if not sentences:
        return ""
    sentence = sentences[0]
    if len(sentence) > limit:
        sentence = sentence[: limit - 1].rsplit(" ", 1)[0] + "…"
    return sentence
