"""How well the search page finds a known answered question from a patient's own wording.

A query set is JSON lines: {"id", "query", "expected"}, where "expected" is the external_id of a demo
question (source "demo"). Each query runs through the search page's own selector (askdoc.knowledge.selectors.
search_site: spelling suggestion, relevance cut, hybrid ranking), and the expected question's rank is kept.
"""

import json
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings

from askdoc.knowledge.selectors import search_site
from askdoc.qa.demo.loader import SOURCE
from askdoc.qa.models import Question

ZH_QUERIES = Path(settings.REPO_DIR) / "evaluation" / "zh" / "search_queries.jsonl"


class QuerySetError(ValueError):
    """The query file cannot be used: a clear sentence for the command line."""


@dataclass
class QueryResult:
    id: str
    query: str
    expected: str
    rank: int | None  # 1-based rank of the expected question, None when it was not found
    top: list[str] = field(default_factory=list)  # the first results' external ids (or pks)


@dataclass
class SearchEvaluation:
    results: list[QueryResult]

    def share_in_top(self, k: int) -> float:
        return sum(1 for r in self.results if r.rank is not None and r.rank <= k) / max(len(self.results), 1)

    @property
    def mrr(self) -> float:
        return sum(1 / r.rank for r in self.results if r.rank) / max(len(self.results), 1)

    def misses(self, k: int) -> list[QueryResult]:
        return [r for r in self.results if r.rank is None or r.rank > k]


def read_queries(path: Path) -> list[dict]:
    if not path.exists():
        raise QuerySetError(f"no query file at {path}")
    queries = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as error:
            raise QuerySetError(f"{path.name} line {number} is not JSON: {error}") from None
        if not all(isinstance(item.get(key), str) and item[key] for key in ("id", "query", "expected")):
            raise QuerySetError(f"{path.name} line {number} needs the strings id, query and expected")
        queries.append(item)
    return queries


def evaluate_search(queries: list[dict]) -> SearchEvaluation:
    """Run every query through the search page's selector and find the expected question's rank."""
    expected = {item["expected"] for item in queries}
    by_key = dict(Question.objects.filter(source=SOURCE, external_id__in=expected).values_list("external_id", "pk"))
    missing = sorted(expected - set(by_key))
    if missing:
        raise QuerySetError(f"{len(missing)} expected questions are not in the database (first: {missing[0]}); "
                            "load them with `askdoc load_demo`, then index them with `askdoc reindex`")
    results = []
    for item in queries:
        found = [q.external_id or str(q.pk) for q in search_site(item["query"]).questions]
        rank = found.index(item["expected"]) + 1 if item["expected"] in found else None
        results.append(QueryResult(item["id"], item["query"], item["expected"], rank, found[:3]))
    return SearchEvaluation(results)
