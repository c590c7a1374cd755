"""What search engines and feed readers see: the sitemap, robots.txt and the Atom feeds.

Every address is built from settings.SITE_URL (as the canonical link of a page is), not from the
request's host, so the sitemap and the pages agree on one address per page.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.contrib.syndication.views import Feed
from django.db.models import Max, Q
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils.feedgenerator import Atom1Feed

from askdoc.qa import selectors
from askdoc.qa.models import Department, DoctorProfile, FaqTopic, Question

FEED_ITEMS = 30
PUBLISHED = Question.Status.PUBLISHED


class _SiteSitemap(Sitemap):
    limit = 10000

    def get_domain(self, site=None) -> str:
        return urlsplit(settings.SITE_URL).netloc

    def get_protocol(self, protocol=None) -> str:
        return urlsplit(settings.SITE_URL).scheme or "https"


class QuestionSitemap(_SiteSitemap):
    """Every published question and nothing else; lastmod is its last edit or its answers' last review."""

    changefreq = "monthly"

    def get_latest_lastmod(self):
        # The default computes lastmod for every item; one aggregate is enough for the index.
        latest = Question.objects.filter(status=PUBLISHED).aggregate(
            edited=Max("updated_at"), reviewed=Max("answers__last_reviewed_at"))
        return max(filter(None, latest.values()), default=None)

    def items(self):
        return (
            Question.objects.filter(status=PUBLISHED)
            .annotate(reviewed=Max("answers__last_reviewed_at", filter=Q(answers__is_published=True)))
            .only("pk", "slug", "updated_at")
            .order_by("pk")
        )

    def lastmod(self, question: Question):
        return max(filter(None, (question.updated_at, question.reviewed)))  # type: ignore[attr-defined]  # annotated


class DepartmentSitemap(_SiteSitemap):
    changefreq = "daily"

    def items(self):
        return Department.objects.annotate(
            latest=Max("questions__published_at", filter=Q(questions__status=PUBLISHED))
        ).order_by("position", "name")

    def lastmod(self, department: Department):
        return department.latest  # type: ignore[attr-defined]  # annotated in items()


class TopicSitemap(_SiteSitemap):
    changefreq = "weekly"

    def items(self):
        return FaqTopic.objects.annotate(
            latest=Max("questions__published_at", filter=Q(questions__status=PUBLISHED))
        ).only("pk", "slug").order_by("pk")

    def lastmod(self, topic: FaqTopic):
        return topic.latest  # type: ignore[attr-defined]  # annotated in items()


class DoctorSitemap(_SiteSitemap):
    changefreq = "weekly"

    def items(self):
        return DoctorProfile.objects.filter(is_verified=True).annotate(
            latest=Max("answers__replied_at", filter=Q(answers__is_published=True, answers__question__status=PUBLISHED))
        ).only("pk", "slug").order_by("pk")

    def lastmod(self, doctor: DoctorProfile):
        return doctor.latest  # type: ignore[attr-defined]  # annotated in items()


SITEMAPS = {"questions": QuestionSitemap, "departments": DepartmentSitemap, "topics": TopicSitemap,
            "doctors": DoctorSitemap}

# Pages only people with a role (or the asker's private link) use, and the API's write paths.
ROBOTS_DISALLOW = ["/desk/", "/moderation/", "/track/", "/answers/", "/admin/", "/accounts/", "/ask/assist/",
                   "/api/desk/", "/api/moderation/", "/api/track/", "/api/auth/"]


def robots_txt() -> str:
    lines = ["User-agent: *", *(f"Disallow: {path}" for path in ROBOTS_DISALLOW), "",
             f"Sitemap: {absolute('/sitemap.xml')}", ""]
    return "\n".join(lines)


def absolute(path: str) -> str:
    return settings.SITE_URL.rstrip("/") + path


class _QuestionFeed(Feed):
    """Atom: the latest answered questions of one department or topic."""

    feed_type = Atom1Feed

    def link(self, obj) -> str:
        return absolute(obj.get_absolute_url())

    def item_link(self, question: Question) -> str:
        return absolute(question.get_absolute_url())

    def item_title(self, question: Question) -> str:
        return selectors.page_title(question)

    def item_description(self, question: Question) -> str:
        return selectors.excerpt(question.body, 400)

    def item_pubdate(self, question: Question):
        return question.published_at

    def item_updateddate(self, question: Question):
        return question.updated_at

    def item_author_name(self, question: Question) -> str:
        answers = getattr(question, "public_answers", [])
        return f"Dr. {answers[0].doctor.display_name}" if answers else ""

    def item_categories(self, question: Question) -> list[str]:
        return [question.department.name] if question.department else []

    def feed_url(self, obj) -> str:
        return absolute(obj.get_absolute_url() + "feed/")

    def author_name(self) -> str:
        return settings.ASKDOC_SITE_NAME


class DepartmentFeed(_QuestionFeed):
    def get_object(self, request, slug: str) -> Department:
        department = selectors.department_by_slug(slug)
        if department is None:
            raise Http404("No such department")
        return department

    def title(self, department: Department) -> str:
        return f"{department.name}: answered questions - {settings.ASKDOC_SITE_NAME}"

    def subtitle(self, department: Department) -> str:
        return f"The latest questions answered by verified doctors of {department.name}."

    def items(self, department: Department):
        return selectors.with_answers(selectors.department_questions(department)[:FEED_ITEMS])


class TopicFeed(_QuestionFeed):
    def get_object(self, request, slug: str) -> FaqTopic:
        if not selectors.is_slug(slug):
            raise Http404("No such topic")
        return get_object_or_404(FaqTopic.objects.select_related("department"), slug=slug)

    def title(self, topic: FaqTopic) -> str:
        return f"{topic.name}: answered questions - {settings.ASKDOC_SITE_NAME}"

    def subtitle(self, topic: FaqTopic) -> str:
        return f"The latest answered questions about {topic.name}."

    def items(self, topic: FaqTopic):
        return selectors.with_answers(selectors.topic_questions(topic)[:FEED_ITEMS])
