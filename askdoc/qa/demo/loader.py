"""Load the demo content into the database, idempotently.

Every row is found by a stable key (department and topic slug, doctor username, question
source="demo" + external_id, and the natural pairs for answers, agreements and topic links) and
written only when a value differs, so a second run reports everything "unchanged" and leaves
timestamps such as Question.updated_at alone.

Questions that are still waiting (pending or queued) are created once and then left to the
workflow: re-running the loader must not pull a question back out of a moderator's or doctor's hands.
"""

import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any

from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group, User
from django.db import models, transaction
from django.utils.text import slugify

from askdoc.qa import languages
from askdoc.qa.departments import DEFAULT_DEPARTMENTS, DEPARTMENT_NAMES_ZH_HANT
from askdoc.qa.markdown import render_markdown
from askdoc.qa.models import (
    Agreement,
    Answer,
    Department,
    DoctorProfile,
    FaqTopic,
    LinkOrigin,
    Question,
    QuestionTopic,
)
from askdoc.qa.permissions import MODERATORS_GROUP
from askdoc.qa.services import question_slug

DEMO_DIR = Path(__file__).resolve().parent
DEMO_FILES = ("departments.json", "doctors.json", "topics.json", "questions.json", "questions_zh_hant.json")
# Every file of questions the loader reads: the English demo and the Traditional Chinese one.
QUESTION_FILES = ("questions.json", "questions_zh_hant.json")
NOTICE = "Fictional demo content written for askdoc. Not medical advice; all people and hospitals are invented."
SOURCE = "demo"
PASSWORD = "askdoc-demo"
MODERATOR_USERNAME = "moderator"
ADMIN_USERNAME = "admin"
# Fixed clock times keep the loaded timestamps identical from one run to the next.
ASKED_AT = time(9, 0)
REPLIED_AT = time(16, 0)


@dataclass
class Summary:
    counts: dict[str, Counter] = field(default_factory=dict)
    logins: list[tuple[str, str]] = field(default_factory=list)  # (username, what the account is)
    notes: list[str] = field(default_factory=list)
    # Hashed once for all demo accounts: hashing is deliberately slow, and they share one password anyway.
    password_hash: str = ""

    def tally(self, kind: str, outcome: str) -> None:
        self.counts.setdefault(kind, Counter())[outcome] += 1


def read_demo_file(name: str) -> dict[str, Any]:
    with open(DEMO_DIR / name, encoding="utf-8") as handle:
        return json.load(handle)


def at(day: str, clock: time) -> datetime:
    return datetime.combine(date.fromisoformat(day), clock, tzinfo=UTC)


def upsert(summary: Summary, kind: str, model: type[models.Model], lookup: dict, values: dict,
           create_only: dict | None = None) -> models.Model:
    """Find by lookup; create, or save only the values that differ. create_only fills new rows only."""
    obj = model.objects.filter(**lookup).first()
    if obj is None:
        summary.tally(kind, "created")
        return model.objects.create(**lookup, **values, **(create_only or {}))
    changed = [name for name, value in values.items() if getattr(obj, name) != value]
    if not changed:
        summary.tally(kind, "unchanged")
        return obj
    for name in changed:
        setattr(obj, name, values[name])
    obj.save()
    summary.tally(kind, "updated")
    return obj


@transaction.atomic
def demo_load() -> Summary:
    """Load every demo file; safe to run any number of times."""
    summary = Summary(password_hash=make_password(PASSWORD))
    departments = load_departments(summary)
    doctors = load_doctors(summary, departments)
    topics = load_topics(summary, departments)
    load_questions(summary, departments, doctors, topics)
    load_staff_accounts(summary)
    return summary


def load_departments(summary: Summary) -> dict[str, Department]:
    positions = {slug: (position, name) for position, (slug, name) in enumerate(DEFAULT_DEPARTMENTS)}
    departments = {}
    for item in read_demo_file("departments.json")["departments"]:
        position, name = positions[item["slug"]]
        departments[item["slug"]] = upsert(
            summary, "departments", Department,
            {"slug": item["slug"]},
            {"description": item["description"], "description_zh_hant": item.get("description_zh_hant", ""),
             "vocabulary": item["vocabulary"]},
            create_only={"name": name, "name_zh_hant": DEPARTMENT_NAMES_ZH_HANT.get(item["slug"], ""),
                         "position": position},
        )
    return departments


def demo_user(summary: Summary, username: str, **flags: bool) -> User:
    """A demo account; its password is set only when it is created, so a changed password survives."""
    user = User.objects.filter(username=username).first()
    if user is None:
        user = User.objects.create(username=username, email=f"{username}@example.org",
                                   password=summary.password_hash, **flags)
        summary.tally("accounts", "created")
        return user
    changed = [name for name, value in flags.items() if getattr(user, name) != value]
    for name in changed:
        setattr(user, name, flags[name])
    if changed:
        user.save(update_fields=changed)
    summary.tally("accounts", "updated" if changed else "unchanged")
    return user


def load_doctors(summary: Summary, departments: dict[str, Department]) -> dict[str, DoctorProfile]:
    doctors = {}
    for item in read_demo_file("doctors.json")["doctors"]:
        user = demo_user(summary, item["username"])
        doctors[item["username"]] = upsert(
            summary, "doctors", DoctorProfile,
            {"user": user},
            {
                "slug": item.get("slug") or slugify(item["display_name"]),
                "display_name": item["display_name"],
                "title": item["title"],
                "department_id": departments[item["department"]].pk,
                "hospital": item["hospital"],
                "licence_number": item["licence_number"],
                "is_verified": item["verified"],
                "bio": item["bio"],
            },
        )
        state = "" if item["verified"] else ", not yet verified"
        department = departments[item["department"]].name
        summary.logins.append((item["username"], f"Dr. {item['display_name']}, {department}{state}"))
    return doctors


def load_topics(summary: Summary, departments: dict[str, Department]) -> dict[str, FaqTopic]:
    topics = {}
    for item in read_demo_file("topics.json")["topics"]:
        topics[item["slug"]] = upsert(
            summary, "topics", FaqTopic,
            {"slug": item["slug"]},
            {
                "name": item["name"],
                "name_zh_hant": item.get("name_zh_hant", ""),
                "department_id": departments[item["department"]].pk,
                # A moderator chose this department, so the knowledge-base importer must keep it.
                "department_locked": True,
                "synonyms": item["synonyms"],
                "description": item["description"],
                "origin": FaqTopic.Origin.MODERATOR,
            },
        )
    return topics


def load_questions(summary: Summary, departments: dict[str, Department], doctors: dict[str, DoctorProfile],
                   topics: dict[str, FaqTopic]) -> None:
    content = {"questions": [], "unanswered": []}
    for name in QUESTION_FILES:
        for key, items in read_demo_file(name).items():
            if key in content:
                content[key].extend(items)
    for item in content["questions"]:
        question = load_published_question(summary, item, departments)
        for rank, slug in enumerate(item["topics"]):
            upsert(
                summary, "topic links", QuestionTopic,
                {"question": question, "topic": topics[slug]},
                {"score": 1.0, "rank": rank, "origin": LinkOrigin.MODERATOR},
            )
        for answer_item in item["answers"]:
            load_answer(summary, question, answer_item, doctors)
    for item in content["unanswered"]:
        load_waiting_question(summary, item, departments)


def question_values(item: dict, departments: dict[str, Department]) -> dict:
    department = departments[item["department"]] if item.get("department") else None
    return {
        "title": item["title"],
        "page_title": item.get("page_title", ""),
        "body": item["body"],
        "nickname": item["nickname"],
        "age_range": item["age_range"],
        "gender": item["gender"],
        "language": (language := languages.detect_language(f"{item['title']}\n{item['body']}")),
        "asker_language": language,
        "department_id": department.pk if department else None,
        "asked_at": at(item["asked"], ASKED_AT),
        "is_emergency": item.get("is_emergency", False),
        "emergency_reasons": item.get("emergency_reasons", []),
    }


def load_published_question(summary: Summary, item: dict, departments: dict[str, Department]) -> Question:
    values = question_values(item, departments)
    values["slug"] = question_slug(Question(**values))
    values["status"] = Question.Status.PUBLISHED
    values["published_at"] = at(item["answers"][0]["replied"], REPLIED_AT)
    return upsert(summary, "questions", Question, {"source": SOURCE, "external_id": item["key"]}, values)


def load_waiting_question(summary: Summary, item: dict, departments: dict[str, Department]) -> Question:
    existing = Question.objects.filter(source=SOURCE, external_id=item["key"]).first()
    if existing is not None:
        summary.tally("waiting questions", "unchanged")
        return existing
    summary.tally("waiting questions", "created")
    values = question_values(item, departments)
    return Question.objects.create(source=SOURCE, external_id=item["key"], status=item["status"], **values)


def load_answer(summary: Summary, question: Question, item: dict, doctors: dict[str, DoctorProfile]) -> None:
    replied_at = at(item["replied"], REPLIED_AT)
    answer = upsert(
        summary, "answers", Answer,
        {"question": question, "doctor": doctors[item["doctor"]]},
        {
            "body": item["body"],
            "body_html": render_markdown(item["body"]),
            "language": languages.detect_language(item["body"]),
            "replied_at": replied_at,
            "last_reviewed_at": replied_at,
            "is_published": True,
        },
    )
    for username in item.get("agreed_by", []):
        upsert(summary, "agreements", Agreement, {"answer": answer, "doctor": doctors[username]},
               {"created_at": replied_at})


def load_staff_accounts(summary: Summary) -> None:
    moderator = demo_user(summary, MODERATOR_USERNAME, is_staff=True)
    group, _ = Group.objects.get_or_create(name=MODERATORS_GROUP)
    moderator.groups.add(group)
    summary.logins.append((MODERATOR_USERNAME, "moderator (moderation queue and admin)"))
    # Never add a second superuser to a real installation; only a database without one gets "admin".
    admin = User.objects.filter(username=ADMIN_USERNAME, is_superuser=True).first()
    if admin is None and not User.objects.filter(is_superuser=True).exists():
        if User.objects.filter(username=ADMIN_USERNAME).exists():
            summary.notes.append(f"No superuser exists and the username {ADMIN_USERNAME!r} is taken; "
                                 "create one with `askdoc createsuperuser`.")
            return
        admin = User.objects.create(username=ADMIN_USERNAME, email=f"{ADMIN_USERNAME}@example.org",
                                    password=summary.password_hash, is_staff=True, is_superuser=True)
        summary.tally("accounts", "created")
    elif admin is not None:
        summary.tally("accounts", "unchanged")
    # Only advertise the admin log-in while it is still the demo one.
    if admin is not None and admin.check_password(PASSWORD):
        summary.logins.append((ADMIN_USERNAME, "superuser (Django admin)"))
