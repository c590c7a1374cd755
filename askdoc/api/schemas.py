"""One input and one output schema per endpoint. Only public fields appear here: never an email,
a tracking token, an original (unredacted) text, the redactions or a licence number."""

import re
from datetime import date, datetime

from ninja import Field, Schema
from pydantic import field_validator

from askdoc.qa import services
from askdoc.qa.models import Question

ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


class ErrorOut(Schema):
    detail: str


class FieldErrorOut(Schema):
    loc: list[str] = Field(description='Where, e.g. ["query", "page"]')
    msg: str
    type: str


class ValidationErrorOut(Schema):
    detail: str = Field(description='e.g. "page: Input should be greater than or equal to 1"')
    errors: list[FieldErrorOut]


class DepartmentRef(Schema):
    slug: str
    name: str
    name_zh_hant: str = Field(description="The name in Traditional Chinese (empty when there is none)")


class DoctorRef(Schema):
    slug: str
    display_name: str
    department: DepartmentRef


class TopicRef(Schema):
    slug: str
    name: str
    name_zh_hant: str = Field(description="The name in Traditional Chinese (empty when there is none)")
    department: DepartmentRef


# GET /api/departments
class DepartmentListItemOut(Schema):
    slug: str
    name: str
    name_zh_hant: str
    description: str
    answered_count: int
    url: str


# GET /api/departments/{slug}
class DepartmentDetailOut(Schema):
    slug: str
    name: str
    name_zh_hant: str
    description: str
    answered_count: int
    url: str
    doctors: list[DoctorRef]
    topic_count: int


# GET /api/questions
class QuestionListIn(Schema):
    department: str | None = Field(None, description="Department slug")
    topic: str | None = Field(None, description="FAQ topic slug")
    published_after: date | None = Field(None, description="Published on or after this day (YYYY-MM-DD)")
    published_before: date | None = Field(None, description="Published on or before this day (YYYY-MM-DD)")

    @field_validator("published_after", "published_before", mode="before")
    @classmethod
    def _iso_day(cls, value):
        # Pydantic would also read "0" or "1700000000" as a day (a Unix time); only the documented form is accepted.
        if value is not None and not (isinstance(value, str) and ISO_DAY.fullmatch(value)):
            raise ValueError("use a day written as YYYY-MM-DD")
        return value
    page: int = Field(1, ge=1)
    page_size: int = Field(20, ge=1, le=100)


class QuestionSummary(Schema):
    id: int
    url: str
    page_title: str
    language: str = Field(description='The language the question is written in: "en" or "zh-hant"')
    department: DepartmentRef | None
    excerpt: str
    asked_at: datetime
    published_at: datetime | None


class QuestionListOut(Schema):
    count: int
    page: int
    pages: int
    results: list[QuestionSummary]


# GET /api/questions/{id}
class AskerOut(Schema):
    nickname: str
    age_range: str
    gender: str
    line: str = Field(description='e.g. "Yucheng, 10~19 year old female. Ask Date: 2020/03/26"')


class AnswerOut(Schema):
    id: int
    doctor: DoctorRef
    body: str = Field(description="Markdown")
    body_html: str = Field(description="Sanitised HTML")
    language: str = Field(description='The language the answer is written in: "en" or "zh-hant"')
    replied_at: datetime
    last_reviewed_at: datetime
    agreed_by: list[DoctorRef]


class SimilarOut(Schema):
    id: int
    url: str
    page_title: str
    excerpt: str
    doctor: DoctorRef | None
    reply_excerpt: str


class MoreInfoSentence(Schema):
    text: str
    sources: list[int] = Field(description="1-based numbers into the sources list")


class MoreInfoSection(Schema):
    heading: str
    sentences: list[MoreInfoSentence]


class MoreInfoSource(Schema):
    number: int
    name: str
    title: str
    url: str


class MoreInfoOut(Schema):
    status: str
    method: str
    intro: list[MoreInfoSentence]
    sections: list[MoreInfoSection]
    sources: list[MoreInfoSource]


class QuestionDetailOut(Schema):
    id: int
    url: str
    page_title: str
    title: str
    body: str
    language: str = Field(description='The language the question is written in: "en" or "zh-hant"')
    department: DepartmentRef | None
    asker: AskerOut
    asked_at: datetime
    published_at: datetime | None
    answers: list[AnswerOut]
    more_info: MoreInfoOut | None
    similar: list[SimilarOut]
    related_topics: list[TopicRef]


# GET /api/topics
class TopicListIn(Schema):
    department: str | None = Field(None, description="Department slug")
    letter: str | None = Field(None, max_length=1, description="First letter, or # for the rest")
    page: int = Field(1, ge=1)
    page_size: int = Field(50, ge=1, le=200)


class TopicListOut(Schema):
    count: int
    page: int
    pages: int
    results: list[TopicRef]


# GET /api/topics/{slug}
class TopicDetailOut(Schema):
    slug: str
    name: str
    department: DepartmentRef
    synonyms: list[str]
    description: str
    url: str
    questions: list[QuestionSummary] = Field(description="The 20 latest answered questions linked to it")


# GET /api/doctors/{slug}
class DoctorDetailOut(Schema):
    slug: str
    display_name: str
    title: str
    department: DepartmentRef
    hospital: str
    bio: str
    licence_verified: bool
    url: str
    questions: list[QuestionSummary] = Field(description="The 20 latest questions they answered")


# Empty, or an address Django's email validator also accepts (a stricter subset of it).
EMAIL_OR_EMPTY = (r"^$|^[A-Za-z0-9_%+-]{1,32}(\.[A-Za-z0-9_%+-]{1,32}){0,3}@"
                  r"([A-Za-z0-9]([A-Za-z0-9-]{0,30}[A-Za-z0-9])?\.){1,4}[A-Za-z]{2,20}$")


class QuestionSubmitIn(Schema):
    # The ask form's limits and choices (askdoc.qa.services), stated for clients in the OpenAPI schema but
    # checked by the service, so a refusal is a 400 sentence in the reader's language (Accept-Language).
    nickname: str = Field(description="Shown with the question",
                          json_schema_extra={"minLength": 1, "maxLength": services.NICKNAME_MAX})
    age_range: str = Field(json_schema_extra={"enum": list(Question.AgeRange.values)})
    gender: str = Field(json_schema_extra={"enum": list(Question.Gender.values)})
    body: str = Field(json_schema_extra={"minLength": services.BODY_MIN, "maxLength": services.BODY_MAX})
    title: str = Field("", json_schema_extra={"maxLength": services.TITLE_MAX})
    email: str = Field("", description="Optional; only to tell the asker about an answer. Never shown.",
                       json_schema_extra={"maxLength": 254, "pattern": EMAIL_OR_EMPTY})


class QuestionSubmitOut(Schema):
    id: int = Field(description="The question stays private until a doctor's answer is published: until then "
                                "GET /api/questions/{id} answers 404 and only tracking_url shows it")
    status: str = Field(description="\"pending\": the triage runs in the background within seconds and may send "
                                    "it to a department's queue; tracking_url shows where it is")
    tracking_url: str
    emergency: bool = Field(description="The emergency rules' verdict, given at once; the background analysis may "
                                        "still flag it for the moderators and then shows a warning on tracking_url")
    emergency_message: str | None
