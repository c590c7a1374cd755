"""The ask flow's analysis of a question: one entry point shared by the ask form, the services and
`askdoc analyze`.

Being written (the ask-flow intelligence issue): this first version finds nothing, so that the
platform can call it already.
"""

from dataclasses import dataclass, field


@dataclass
class Identifier:
    type: str  # "name", "phone", "email", "address", "id_number", "date_of_birth", "url", "handle", ...
    start: int
    end: int
    text: str


@dataclass
class Analysis:
    department: str | None  # best department slug, or None when nothing points anywhere
    departments: list[dict] = field(default_factory=list)  # [{"slug", "score"}], best first
    confidence: float = 0.0  # the best department's score
    emergency: bool = False
    emergency_reasons: list[str] = field(default_factory=list)
    redacted_text: str = ""
    identifiers: list[Identifier] = field(default_factory=list)
    title: str = ""
    topics: list[str] = field(default_factory=list)  # FaqTopic slugs mentioned


def analyze_question(text: str, *, age_range: str | None = None, gender: str | None = None) -> Analysis:
    return Analysis(department=None, redacted_text=text)


def redact(text: str) -> tuple[str, list[Identifier]]:
    """The text as it will be published, and what was taken out."""
    return text, []
