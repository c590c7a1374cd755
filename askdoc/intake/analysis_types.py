"""The shapes the intake returns (kept apart from analysis.py so that every rule module can import them)."""

from dataclasses import dataclass, field


@dataclass
class Identifier:
    type: str  # "name", "phone", "email", "address", "id_number", "date_of_birth", "url", "handle", ...
    start: int  # offsets on the ORIGINAL text
    end: int
    text: str


@dataclass
class Analysis:
    department: str | None  # best department slug, or None when nothing points anywhere
    departments: list[dict] = field(default_factory=list)  # [{"slug", "score"}], best first
    confidence: float = 0.0  # the best department's score
    emergency: bool = False  # a warning of either level
    emergency_reasons: list[str] = field(default_factory=list)
    emergency_level: str | None = None  # "now" (clearly happening now), "possible" (maybe: past, general...) or None
    emergency_doubt: str = ""  # why it is only "possible"
    redacted_text: str = ""
    identifiers: list[Identifier] = field(default_factory=list)
    # Workplaces, schools, small clinics: not redacted, shown to the person doing the privacy check.
    quasi_identifiers: list[Identifier] = field(default_factory=list)
    title: str = ""
    topics: list[str] = field(default_factory=list)  # FaqTopic slugs mentioned
