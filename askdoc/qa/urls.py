from django.urls import path

from askdoc.qa.views import asking, doctors, moderation, public

urlpatterns = [
    # Public pages
    path("", public.home, name="home"),
    path("q/<int:pk>-<slug:slug>/", public.question_detail, name="question"),
    path("q/<int:pk>/", public.question_redirect, name="question_bare"),
    path("departments/", public.department_list, name="department_list"),
    path("department/<slug:slug>/", public.department_detail, name="department"),
    path("topics/", public.topic_list, name="topic_list"),
    path("topic/<slug:slug>/", public.topic_detail, name="topic"),
    path("doctor/<slug:slug>/", public.doctor_detail, name="doctor"),
    # Asking and tracking (no account needed)
    path("ask/", asking.ask, name="ask"),
    path("track/<str:token>/", asking.track, name="track"),
    # Moderation
    path("moderation/", moderation.queue, name="moderation_queue"),
    path("moderation/<int:pk>/", moderation.review, name="moderation_review"),
    # Doctors' desk
    path("desk/", doctors.queue, name="doctor_queue"),
    path("desk/<int:pk>/", doctors.answer, name="doctor_answer"),
    path("answers/<int:pk>/agree/", doctors.agree, name="answer_agree"),
]
