"""The doctor's copilot on the answer page: what askdoc already knows about the question being answered.

- triage: the departments the intake analysis ranked, with their scores (the first is its confidence);
- focus and question type: what the question is about and what the asker wants to know of it
  (askdoc.knowledge.understanding, as `askdoc analyze` prints them);
- topics: FAQ topics the question names or is close to (askdoc.knowledge.linking);
- similar: published questions closest to it, each with its first answer and a Markdown link to insert;
- sources: the knowledge-base pages More Info would draw on (askdoc.knowledge.more_info.relevant_pairs), each
  with a Markdown citation to insert.
- redacted: what redaction took out, by field and kind only (the privacy check next to it shows the originals
  to the person who confirms them, askdoc.qa.privacy_preview).

Every part is a read; a search engine with nothing indexed yet gives empty lists, never an error.
"""

from dataclasses import dataclass, field

from django.conf import settings

from askdoc.qa import selectors
from askdoc.qa.models import Department, FaqTopic, Question

SIMILAR_SHOWN = 5
SOURCES_SHOWN = 6
TOPICS_SHOWN = 6


@dataclass
class Copilot:
    triage: list[dict] = field(default_factory=list)  # [{"slug", "name", "score"}], best first
    topics: list[FaqTopic] = field(default_factory=list)
    similar: list[dict] = field(default_factory=list)  # [{"question", "score", "answer", "excerpt", "markdown"}]
    sources: list[dict] = field(default_factory=list)  # [{"name", "title", "url", "question", "markdown", "pairs"}]
    focus: list[dict] = field(default_factory=list)  # [{"name", "kind", "in_passing"}], the main focus first
    question_type: str | None = None  # MedQuAD's type ("treatment", "causes"...), or None when nothing says it
    redacted: list[dict] = field(default_factory=list)  # [{"field", "type"}], never the original text

    @property
    def confidence(self) -> float | None:
        return self.triage[0]["score"] if self.triage else None


def _absolute(path: str) -> str:
    return settings.SITE_URL.rstrip("/") + path


def _triage(question: Question) -> list[dict]:
    rows = [t for t in question.triage if isinstance(t, dict)] if isinstance(question.triage, list) else []
    names = dict(Department.objects.values_list("slug", "name"))
    return [{"slug": str(t.get("slug", "")), "name": names.get(str(t.get("slug", "")), str(t.get("slug", ""))),
             "score": float(t.get("score") or 0)} for t in rows[:3]]


def _topics(question: Question) -> list[FaqTopic]:
    from askdoc.knowledge.linking import related_topic_scores

    ids = [topic_id for topic_id, _ in related_topic_scores(question)[:TOPICS_SHOWN]]
    found = {t.pk: t for t in FaqTopic.objects.filter(pk__in=ids)}
    return [found[pk] for pk in ids if pk in found]


def _understanding(question: Question) -> tuple[list[dict], str | None]:
    from askdoc.knowledge.more_info import question_text
    from askdoc.knowledge.understanding import understand

    understood = understand(question_text(question), classify=True)
    return ([{"name": f.name, "kind": f.kind, "in_passing": f.in_passing} for f in understood.focus],
            understood.question_type)


def _similar(question: Question) -> list[dict]:
    from askdoc.knowledge.linking import similar_candidates

    pairs = similar_candidates(question)[:SIMILAR_SHOWN]
    questions = selectors.with_answers(q for q, _ in pairs)
    items = []
    for other, (_, score) in zip(questions, pairs, strict=True):
        answer = other.public_answers[0] if other.public_answers else None  # type: ignore[attr-defined]  # with_answers
        title = selectors.page_title(other)
        items.append({
            "question": other, "score": score, "answer": answer,
            "excerpt": selectors.excerpt(selectors.answer_text(answer)) if answer else "",
            "markdown": f"[{title}]({_absolute(other.get_absolute_url())})",
        })
    return items


def _sources(question: Question) -> list[dict]:
    from askdoc.knowledge.more_info import question_text, relevant_pairs, reply_text, source_entry

    by_url: dict[str, dict] = {}
    sources: list[dict] = []
    for pair, _ in relevant_pairs(question_text(question), reply_text(question), page_title=question.page_title):
        entry = source_entry(pair)
        if entry["url"] in by_url:
            # The draft reply may use every pair of a page the copilot shows, and nothing else.
            by_url[entry["url"]]["pairs"].append(pair)
            continue
        if len(sources) == SOURCES_SHOWN:
            continue
        label = f"{entry['name']}: {entry['title']}" if entry["title"] else entry["name"]
        by_url[entry["url"]] = {**entry, "question": pair.question, "pairs": [pair],
                                "markdown": f"[{label}]({entry['url']})" if entry["url"] else label}
        sources.append(by_url[entry["url"]])
    return sources


def copilot_for(question: Question) -> Copilot:
    focus, question_type = _understanding(question)
    return Copilot(triage=_triage(question), topics=_topics(question), similar=_similar(question),
                   sources=_sources(question), focus=focus, question_type=question_type,
                   redacted=[{"field": str(r.get("field", "")), "type": str(r.get("type") or "redacted")}
                             for r in question.redactions or [] if isinstance(r, dict)])
