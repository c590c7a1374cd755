"""Fill the database with clearly synthetic answered questions for the page benchmark."""

import random
from datetime import timedelta

from django.contrib.auth.models import User
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone
from tqdm import tqdm

from askdoc.qa.markdown import render_markdown
from askdoc.qa.models import Answer, Department, DoctorProfile, FaqTopic, Question, QuestionTopic, SimilarQuestion

SOURCE = "synthetic"
BATCH = 1000
TOPICS_PER_DEPARTMENT = 6
DOCTORS_PER_DEPARTMENT = 2
NICKNAMES = ["Alex", "Sam", "Robin", "Kai", "Noor", "Mika", "Jo", "Lee", "Ari", "Dana"]
ANSWERS = [
    "Hello: this is a **synthetic** reply number {n}. It is generated for load testing and is not medical advice.",
    "Synthetic reply {n}: the symptoms described in this generated question are placeholders.\n\n- rest\n- fluids",
]


class Command(BaseCommand):
    help = (
        "Create COUNT clearly synthetic answered questions (\"Synthetic question #123 about ...\") spread over "
        "the departments, with answers, topic links and similar-question links, in bulk. For benchmarks only."
    )

    def add_arguments(self, parser):
        parser.add_argument("--count", type=int, default=1000, help="How many questions to create (default 1000).")
        parser.add_argument("--seed", type=int, default=7, help="Random seed, for repeatable data.")

    def handle(self, *args, count: int, seed: int, **options):
        if count < 1 or count > 1_000_000:
            raise CommandError("--count must be between 1 and 1,000,000.")
        rng = random.Random(seed)
        departments = list(Department.objects.all())
        if not departments:
            raise CommandError("There are no departments; run `askdoc migrate` first.")
        doctors = {d.pk: self._doctors(d) for d in departments}
        topics = {d.pk: self._topics(d) for d in departments}
        start = Question.objects.filter(source=SOURCE).count() + 1
        recent: dict[int, list[int]] = {d.pk: [] for d in departments}
        with tqdm(total=count, unit="q", disable=options["verbosity"] == 0) as bar:
            for offset in range(0, count, BATCH):
                numbers = range(start + offset, start + min(offset + BATCH, count))
                self._batch(rng, numbers, departments, doctors, topics, recent)
                bar.update(len(numbers))
        self.stdout.write(f"Created {count} synthetic answered questions (#{start} to #{start + count - 1}).")

    @transaction.atomic
    def _batch(self, rng, numbers, departments, doctors, topics, recent) -> None:
        now = timezone.now()
        questions = []
        for n in numbers:
            department = rng.choice(departments)
            topic = rng.choice(topics[department.pk])
            asked = now - timedelta(days=rng.randint(1, 2000), minutes=rng.randint(0, 1440))
            title = f"Synthetic question #{n} about {topic.name}"
            questions.append(Question(
                title=title, page_title=f"{title}: Causes and Insights",
                body=(f"This is synthetic question #{n}, generated for load testing. "
                      f"It pretends to ask about {topic.name.lower()} in {department.name}.\n"
                      "The words here are placeholders, repeated to reach a realistic length. " * 3),
                nickname=rng.choice(NICKNAMES), age_range=rng.choice(Question.AgeRange.values),
                gender=rng.choice(Question.Gender.values), slug=f"synthetic-question-{n}",
                source=SOURCE, external_id=f"synthetic-{n}", department=department,
                status=Question.Status.PUBLISHED, asked_at=asked, published_at=asked + timedelta(hours=6),
            ))
        # bulk_create sets primary keys on SQLite >= 3.35 and PostgreSQL (RETURNING).
        Question.objects.bulk_create(questions)
        answers, topic_links, similar_links = [], [], []
        for question in questions:
            doctor = rng.choice(doctors[question.department_id])
            body = rng.choice(ANSWERS).format(n=question.external_id)
            answers.append(Answer(question=question, doctor=doctor, body=body, body_html=render_markdown(body),
                                  replied_at=question.published_at, last_reviewed_at=question.published_at,
                                  is_published=True))
            for rank, topic in enumerate(rng.sample(topics[question.department_id], 3)):
                topic_links.append(QuestionTopic(question=question, topic=topic, rank=rank, score=1 - rank / 10))
            earlier = recent[question.department_id]
            for rank, similar_pk in enumerate(earlier[-4:][::-1]):
                similar_links.append(SimilarQuestion(question=question, similar_id=similar_pk, rank=rank,
                                                     score=0.9 - rank / 10))
            earlier.append(question.pk)
            del earlier[:-4]
        Answer.objects.bulk_create(answers)
        QuestionTopic.objects.bulk_create(topic_links)
        SimilarQuestion.objects.bulk_create(similar_links)

    def _doctors(self, department: Department) -> list[DoctorProfile]:
        profiles = []
        for k in range(1, DOCTORS_PER_DEPARTMENT + 1):
            username = f"synthetic-{department.slug}-{k}"
            user, created = User.objects.get_or_create(username=username)
            if created:
                user.set_unusable_password()
                user.save(update_fields=["password"])
            profile, _ = DoctorProfile.objects.get_or_create(
                user=user,
                defaults={"slug": username, "display_name": f"Synthetic {department.name} {k}",
                          "department": department, "is_verified": True, "title": "Synthetic doctor"},
            )
            profiles.append(profile)
        return profiles

    def _topics(self, department: Department) -> list[FaqTopic]:
        return [
            FaqTopic.objects.get_or_create(
                slug=f"synthetic-{department.slug}-{k}",
                defaults={"name": f"Synthetic topic {k} of {department.name}", "department": department},
            )[0]
            for k in range(1, TOPICS_PER_DEPARTMENT + 1)
        ]
