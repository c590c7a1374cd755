"""The redaction preview shown to the person who confirms a question's privacy (the moderator who approves
it, or the doctor who answers an auto-routed one): what will be published and what was taken out."""

from askdoc.qa.models import Question


def highlighted(original: str, redactions: list, field: str) -> list[dict]:
    """The original text cut into plain and redacted pieces."""
    pieces, cursor = [], 0
    spans = sorted(
        (r for r in redactions if r.get("field") == field and isinstance(r.get("start"), int)
         and isinstance(r.get("end"), int)),
        key=lambda r: r["start"],
    )
    for span in spans:
        start, end = max(span["start"], cursor), min(span["end"], len(original))
        if start >= end:
            continue
        pieces.append({"text": original[cursor:start], "type": ""})
        pieces.append({"text": original[start:end], "type": span.get("type") or "redacted"})
        cursor = end
    pieces.append({"text": original[cursor:], "type": ""})
    return [p for p in pieces if p["text"]]


def privacy_preview(question: Question) -> dict:
    redactions = [r for r in question.redactions or [] if isinstance(r, dict)]
    return {
        "nickname_pieces": highlighted(question.original_nickname, redactions, "nickname"),
        "title_pieces": highlighted(question.original_title, redactions, "title"),
        "body_pieces": highlighted(question.original_body, redactions, "body"),
        "removed": redactions,
        "has_original": bool(question.original_body),
    }
