"""Schemas of the doctors' and moderators' API (askdoc.api.workflow) and of search and tracking.

Like the public schemas, they list their fields by hand: the unredacted originals, the asker's email and the
tracking token never appear (a moderator or a doctor sees what was removed only on the site's pages)."""

from datetime import datetime

from ninja import Field, Schema
from pydantic import StrictBool

from askdoc.api.schemas import DepartmentRef, DoctorRef, QuestionSummary, TopicRef

QUERY_MAX = 200


# GET /api/search
class SearchIn(Schema):
    q: str = Field(..., min_length=1, max_length=QUERY_MAX, description="Words to search for", examples=["migraine"])
    department: str | None = Field(None, max_length=60, description="Department slug")
    page: int = Field(1, ge=1, le=100000)
    page_size: int = Field(10, ge=1, le=50)


class SearchOut(Schema):
    query: str = Field(description="What was searched, after spelling correction")
    suggestion: str | None = Field(description="The corrected query when it differs from the one sent")
    count: int
    page: int
    pages: int
    results: list[QuestionSummary]
    topics: list[TopicRef] = Field(description="Matching FAQ topics (first page only)")


# GET /api/similar
class SimilarIn(Schema):
    text: str = Field(..., min_length=3, max_length=5000, description="A question, in the asker's words",
                      examples=["My wrist twitches after lifting heavy boxes"])
    department: str | None = Field(None, max_length=60, description="Department slug")
    limit: int = Field(5, ge=1, le=20)


class SimilarQuestionOut(Schema):
    id: int
    url: str
    page_title: str
    excerpt: str
    score: float = Field(description="Fused retrieval score (0-1); higher is closer")
    department: DepartmentRef | None
    doctor: DoctorRef | None
    reply_excerpt: str


class SimilarListOut(Schema):
    results: list[SimilarQuestionOut]


# GET /api/track/{token}
class TrackOut(Schema):
    status: str = Field(description="pending, rejected, queued, claimed, published or removed")
    status_label: str
    asked_at: datetime
    department: DepartmentRef | None
    reason: str = Field(description="Why it was rejected or removed; empty otherwise")
    url: str | None = Field(description="The public page, once published")
    answer_count: int


# GET /api/me
class MeOut(Schema):
    username: str
    is_moderator: bool
    doctor: DoctorRef | None
    doctor_verified: bool


# The state of a question after an action, and the rows of the queues.
class WorkflowQuestionOut(Schema):
    id: int
    status: str
    status_label: str
    page_title: str
    department: DepartmentRef | None
    is_emergency: bool
    asked_at: datetime
    claimed_by: DoctorRef | None
    privacy_confirmed: bool
    url: str | None = Field(description="The public page, once published")


class ReviewDueOut(Schema):
    answer_id: int
    question: WorkflowQuestionOut
    last_reviewed_at: datetime
    reasons: list[str]


class DeskQueueOut(Schema):
    queued: list[WorkflowQuestionOut]
    claimed: list[WorkflowQuestionOut] = Field(description="Questions you claimed")
    review_due: list[ReviewDueOut] = Field(description="Your published answers due for a review")


class WorkflowAnswerOut(Schema):
    id: int
    doctor: DoctorRef
    body: str = Field(description="Markdown")
    body_html: str
    replied_at: datetime
    last_reviewed_at: datetime
    is_published: bool
    agreed_by: list[DoctorRef]


class TriageOut(Schema):
    slug: str
    score: float


class WorkflowQuestionDetailOut(WorkflowQuestionOut):
    title: str
    body: str = Field(description="The redacted text, as it is (or will be) published")
    nickname: str
    age_range: str
    gender: str
    emergency_reasons: list[str]
    triage: list[TriageOut]
    redacted: list[str] = Field(description="Kinds of details redaction took out (e.g. phone, name), not the text")
    rejection_reason: str
    answers: list[WorkflowAnswerOut]


class AnswerIn(Schema):
    body: str = Field(..., min_length=20, max_length=20000, description="Markdown")
    privacy_confirmed: StrictBool = Field(False, description="Required for a question no person has checked for "
                                                       "privacy yet (auto-routed): you read it and nothing in it "
                                                       "identifies the asker")


class AnswerEditIn(Schema):
    body: str = Field(..., min_length=20, max_length=20000, description="Markdown")


class FollowUpOut(Schema):
    question_id: int
    body: str = Field(description="The asker's follow-up question, redacted")
    answer_body: str = Field(description="Markdown")
    answered_by: DoctorRef
    answered_at: datetime


class AgreeIn(Schema):
    agree: StrictBool = True


class AgreeOut(Schema):
    answer_id: int
    agreed: bool


class ReasonIn(Schema):
    reason: str = Field(..., min_length=1, max_length=1000,
                        description="Shown to the asker (rejection, removal) or to the moderators (return)")


class DepartmentIn(Schema):
    department: str = Field(..., max_length=60, description="Department slug", examples=["neurology"])


class QuestionEditIn(Schema):
    title: str = Field("", max_length=200)
    page_title: str = Field("", max_length=200)
    body: str = Field(..., min_length=20, max_length=5000)
    nickname: str = Field("", max_length=40, description="Blank keeps the current nickname")


class ModerationQueueIn(Schema):
    tab: str = Field("pending", pattern="^(pending|routed|rejected|published)$")
    page: int = Field(1, ge=1, le=100000)
    page_size: int = Field(50, ge=1, le=100)


class ModerationQueueOut(Schema):
    tab: str
    count: int
    page: int
    pages: int
    results: list[WorkflowQuestionOut]


# The desk's helpers (askdoc.api.desk_help): the copilot, the draft reply, the preview; translation approval,
# the notification choice, and the moderators' operations dashboard.
class FocusOut(Schema):
    name: str
    kind: str = Field(description="condition, drug, procedure, body part...")
    in_passing: bool = Field(description="Mentioned as an aside (a relative's condition), not what is asked")


class RedactedOut(Schema):
    field: str = Field(description="title, body or nickname")
    type: str = Field(description="The kind of detail taken out (never the detail)")


class CopilotSimilarOut(Schema):
    id: int
    page_title: str
    url: str
    score: float
    answer_excerpt: str
    markdown: str = Field(description="A Markdown link to insert into the answer")


class CopilotSourceOut(Schema):
    number: int = Field(description="1-based; a draft sentence's `number` refers to it")
    name: str
    title: str
    url: str
    markdown: str = Field(description="A Markdown citation to insert into the answer")


class CopilotOut(Schema):
    question_id: int
    triage: list[TriageOut] = Field(description="Departments ranked by triage, best first")
    confidence: float | None = Field(description="The first department's score")
    focus: list[FocusOut] = Field(description="What the question is about, the main focus first")
    question_type: str | None = Field(description="What the asker wants to know (MedQuAD's types)")
    redacted: list[RedactedOut]
    topics: list[TopicRef]
    similar: list[CopilotSimilarOut]
    sources: list[CopilotSourceOut] = Field(description="The knowledge-base pages More Info would cite")
    draft_available: bool = Field(description="A draft writer (LLM endpoint) is configured")


class DraftSentenceOut(Schema):
    text: str
    number: int = Field(description="The copilot source (1-based) that supports it")
    source_url: str


class DraftOut(Schema):
    question_id: int
    is_draft: bool = Field(True, description="Always true: nothing is published; the doctor edits and publishes")
    sentences: list[DraftSentenceOut]
    dropped: int = Field(description="Sentences the model wrote that no source supports")
    markdown: str = Field(description="The sentences with their source numbers, then the sources")


class PreviewIn(Schema):
    body: str = Field(..., max_length=20000, description="Markdown")


class PreviewOut(Schema):
    html: str = Field(description="As the public page will render it (sanitised)")


class TranslationApprovedOut(Schema):
    question_id: int
    language: str
    approved_by: DoctorRef
    approved_at: datetime


class NotifyIn(Schema):
    notify: str = Field(..., pattern="^(immediate|daily|never)$",
                        description="immediate: an email per question; daily: one digest; never: no email")


class NotifyOut(Schema):
    notify: str


class DashboardIn(Schema):
    days: int = Field(30, ge=1, le=366)


class DashboardDayOut(Schema):
    day: str = Field(description="YYYY-MM-DD")
    asked: int
    answered: int


class DashboardDepartmentOut(Schema):
    department: DepartmentRef
    asked: int
    answered: int
    waiting: int
    median_hours: float | None


class DashboardOut(Schema):
    days: int
    since: str = Field(description="YYYY-MM-DD, the first day counted")
    per_day: list[DashboardDayOut]
    per_department: list[DashboardDepartmentOut]
    median_hours: float | None = Field(description="Median hours from asking to the first published answer")
    backlog: dict[str, int] = Field(description="Waiting questions by status, and total")
    oldest_waiting: WorkflowQuestionOut | None
    emergencies: int = Field(description="Questions flagged as a possible emergency in the window")
    emergencies_waiting: list[WorkflowQuestionOut]
