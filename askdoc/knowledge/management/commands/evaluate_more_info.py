"""askdoc evaluate_more_info: a seeded sample of published questions and the sources More Info cites, for a judge.

The judge is a person reading each line with the rule in docs/quality.md, not the focus matcher that chose the
sources (askdoc.knowledge.more_info.asked_foci): a sheet is written with an empty `about_focus` for every cited
source, filled in by hand, and `--score SHEET` counts the judged sheet.
"""

import json
import random
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from askdoc.knowledge.models import KbPair
from askdoc.qa.demo.loader import SOURCE as DEMO_SOURCE
from askdoc.qa.models import Question

BODY_CHARS = 600


def draw_sample(count: int, seed: int) -> list[Question]:
    """Half demo questions, half imported archive questions (published, with a published reply), drawn with
    random.Random(seed) from each group ordered by (source, external id): the same data gives the same sample on
    any database, whatever its primary keys."""
    answered = Question.objects.filter(status=Question.Status.PUBLISHED, answers__is_published=True).distinct()
    keyed = sorted(answered.values_list("source", "external_id", "pk"))
    demo = [pk for source, _, pk in keyed if source == DEMO_SOURCE]
    archive = [pk for source, _, pk in keyed if source != DEMO_SOURCE]
    rng = random.Random(seed)
    wanted_demo = min(len(demo), count // 2)
    ids = rng.sample(demo, wanted_demo) + rng.sample(archive, min(len(archive), count - wanted_demo))
    questions = {q.pk: q for q in Question.objects.filter(pk__in=ids)}
    return [questions[pk] for pk in ids]


def sheet_line(question: Question, more_info: dict) -> dict:
    return {
        "key": f"{question.source or 'askdoc'}:{question.external_id or question.pk}",
        "language": question.language, "page_title": question.page_title, "title": question.title,
        "body": " ".join(question.body.split())[:BODY_CHARS],
        "reply": " ".join(" ".join(a.body for a in question.answers.all() if a.is_published).split())[:BODY_CHARS],
        "status": more_info["status"],
        "sources": [{"title": s["title"], "name": s["name"], "about_focus": None} for s in more_info["sources"]],
        "note": "",
    }


def score(lines: list[dict]) -> dict:
    """Questions whose every cited source was judged about the focus, over those with a card and over all."""
    unjudged = [line["key"] for line in lines for s in line["sources"] if s["about_focus"] is None]
    if unjudged:
        raise CommandError(f"{len(unjudged)} sources are not judged yet (about_focus null), e.g. {unjudged[0]}.")
    carded = [line for line in lines if line["sources"]]
    passed = sum(all(s["about_focus"] for s in line["sources"]) for line in carded)
    return {"questions": len(lines), "with_card": len(carded), "passed": passed,
            "share_of_cards": passed / len(carded) if carded else 0.0,
            "share_all_no_card_failing": passed / len(lines) if lines else 0.0}


class Command(BaseCommand):
    help = (
        "Draw a fixed random sample of published questions (--count, half demo and half imported archive, "
        "--seed), compose their More Info (without storing it), print each question with the titles of its cited "
        "sources, and write a judgement sheet (JSON lines, --out) whose `about_focus` fields a person fills in "
        "with the rule in docs/quality.md. `--score SHEET` prints the share of questions whose every cited source "
        "was judged about the question's focus."
    )

    def add_arguments(self, parser):
        parser.add_argument("--count", type=int, default=50, help="questions (default 50)")
        parser.add_argument("--seed", type=int, default=2026, help="random seed of the sample (default 2026)")
        parser.add_argument("--out", help="write the sheet here (a .jsonl file)")
        parser.add_argument("--score", metavar="SHEET", help="count a judged sheet instead of drawing a sample")

    def handle(self, *args, count=50, seed=2026, out=None, score=None, **options):
        if score:
            self.print_score(Path(score))
            return
        from askdoc.knowledge.more_info import compose_more_info

        if not KbPair.objects.exclude(answer="").exists():
            raise CommandError("The knowledge base is empty: run `askdoc import_medquad PATH` or `askdoc load_demo`.")
        lines = []
        for number, question in enumerate(draw_sample(count, seed), start=1):
            line = sheet_line(question, compose_more_info(question))
            lines.append(line)
            titles = "; ".join(s["title"] for s in line["sources"]) or "(no More Info)"
            self.stdout.write(f"{number:>2}. {line['key']} | {line['page_title'] or line['title']}\n"
                              f"    asked: {line['body'][:200]}\n    cites: {titles}")
        if out:
            Path(out).parent.mkdir(parents=True, exist_ok=True)
            Path(out).write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines),
                                 encoding="utf-8")
            self.stdout.write(f"Sheet written to {out}: fill in every about_focus (true/false), then --score it.")

    def print_score(self, path: Path) -> None:
        lines = [json.loads(text) for text in path.read_text(encoding="utf-8").splitlines() if text.strip()]
        result = score(lines)
        self.stdout.write(
            f"{result['passed']}/{result['with_card']} questions with More Info cite only sources about their focus "
            f"({result['share_of_cards']:.2f}); {result['questions'] - result['with_card']} of {result['questions']} "
            f"have no More Info; counting those as failures: {result['share_all_no_card_failing']:.2f}.")
