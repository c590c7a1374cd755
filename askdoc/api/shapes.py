"""The small output shapes every API module shares (public fields only)."""

from django.conf import settings

from askdoc.qa import selectors
from askdoc.qa.models import Department, DoctorProfile, FaqTopic, Question


def absolute(path: str) -> str:
    return settings.SITE_URL.rstrip("/") + path


def department_ref(department: Department | None) -> dict | None:
    if department is None:
        return None
    return {"slug": department.slug, "name": department.name, "name_zh_hant": department.name_zh_hant}


def doctor_ref(doctor: DoctorProfile) -> dict:
    return {"slug": doctor.slug, "display_name": doctor.display_name, "department": department_ref(doctor.department)}


def topic_ref(topic: FaqTopic) -> dict:
    return {"slug": topic.slug, "name": topic.name, "name_zh_hant": topic.name_zh_hant,
            "department": department_ref(topic.department)}


def summary(question: Question) -> dict:
    return {
        "id": question.pk,
        "url": absolute(question.get_absolute_url()),
        "page_title": selectors.page_title(question),
        "language": question.language,
        "department": department_ref(question.department),
        "excerpt": selectors.excerpt(question.body),
        "asked_at": question.asked_at,
        "published_at": question.published_at,
    }
