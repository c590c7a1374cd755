from django.contrib.sitemaps import views as sitemap_views
from django.urls import path, re_path

from askdoc.qa.discovery import SITEMAPS, DepartmentFeed, TopicFeed
from askdoc.qa.views import asking, dashboard, discovery, doctors, moderation, public

urlpatterns = [
    # Public pages
    path("", public.home, name="home"),
    path("q/<int:pk>-<slug:slug>/", public.question_detail, name="question"),
    path("q/<int:pk>/", public.question_redirect, name="question_bare"),
    # Any other text after the id (an old title in another script, a mangled share link) redirects too.
    re_path(r"^q/(?P<pk>[0-9]+)-(?P<slug>[^/]*)/$", public.question_detail),
    path("departments/", public.department_list, name="department_list"),
    path("department/<slug:slug>/", public.department_detail, name="department"),
    path("topics/", public.topic_list, name="topic_list"),
    path("topic/<slug:slug>/", public.topic_detail, name="topic"),
    path("doctor/<slug:slug>/", public.doctor_detail, name="doctor"),
    # For search engines and feed readers
    path("department/<slug:slug>/feed/", DepartmentFeed(), name="department_feed"),
    path("topic/<slug:slug>/feed/", TopicFeed(), name="topic_feed"),
    path("sitemap.xml", sitemap_views.index, {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap_section"},
         name="sitemap"),
    path("sitemap-<slug:section>.xml", sitemap_views.sitemap, {"sitemaps": SITEMAPS}, name="sitemap_section"),
    path("robots.txt", discovery.robots, name="robots"),
    # Asking and tracking (no account needed)
    path("ask/", asking.ask, name="ask"),
    path("track/<str:token>/", asking.track, name="track"),
    # Moderation
    path("moderation/", moderation.queue, name="moderation_queue"),
    path("moderation/<int:pk>/", moderation.review, name="moderation_review"),
    path("moderation/dashboard/", dashboard.operations, name="moderation_dashboard"),
    # Doctors' desk
    path("desk/", doctors.queue, name="doctor_queue"),
    path("desk/notifications/", doctors.notifications, name="doctor_notifications"),
    path("desk/<int:pk>/", doctors.answer, name="doctor_answer"),
    path("desk/<int:pk>/preview/", doctors.answer_preview, name="doctor_answer_preview"),
    path("answers/<int:pk>/agree/", doctors.agree, name="answer_agree"),
]
