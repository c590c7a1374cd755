"""One shared base with named people, as every test file uses them.

- a patient, who asks without an account (their question and its tracking token),
- Dr. Lin, a verified doctor of Neurology, and Dr. Park, another verified neurologist,
- Dr. Heart, a verified doctor of Cardiology,
- Dr. Pending, a neurologist whose licence is not yet verified,
- Mo, a moderator,
- Stan, a stranger with an account and no role.
"""

from pathlib import Path

from django.conf import settings
from django.contrib.auth.models import Group, User
from django.test import TestCase

from askdoc.qa.models import Department, DoctorProfile
from askdoc.qa.permissions import MODERATORS_GROUP

PASSWORD = "correct-horse-battery"


def shared_data(*parts: str) -> Path:
    """A file of ../shared/data, or skip the test with a clear reason (a user's fresh clone)."""
    import pytest

    path = Path(settings.ASKDOC_SHARED_DATA, *parts)
    if not path.exists():
        pytest.skip(f"shared data set not found at {path}")
    return path


def make_doctor(username: str, name: str, department: Department, verified: bool = True) -> DoctorProfile:
    user = User.objects.create_user(username, f"{username}@example.org", PASSWORD)
    return DoctorProfile.objects.create(
        user=user,
        slug=username,
        display_name=name,
        title="Attending Physician",
        department=department,
        hospital="Fictional General Hospital",
        licence_number=f"LIC-{username.upper()}",
        is_verified=verified,
    )


class AskdocTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.neurology = Department.objects.get(slug="neurology")
        cls.cardiology = Department.objects.get(slug="cardiology")
        cls.dr_lin = make_doctor("lin", "Lin Mei", cls.neurology)
        cls.dr_park = make_doctor("park", "Park Joon", cls.neurology)
        cls.dr_heart = make_doctor("heart", "Hart Cora", cls.cardiology)
        cls.dr_pending = make_doctor("pending", "Pending Pat", cls.neurology, verified=False)
        cls.moderator = User.objects.create_user("mo", "mo@example.org", PASSWORD)
        cls.moderator.groups.add(Group.objects.get(name=MODERATORS_GROUP))
        cls.stranger = User.objects.create_user("stan", "stan@example.org", PASSWORD)

    def login(self, user) -> None:
        self.client.force_login(user.user if isinstance(user, DoctorProfile) else user)
