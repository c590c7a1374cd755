"""Who may do what. Every refusal is a clear message (see askdoc.qa.errors.Refused)."""

MODERATORS_GROUP = "moderators"


def is_moderator(user) -> bool:
    if not user.is_authenticated:
        return False
    return user.is_superuser or user.groups.filter(name=MODERATORS_GROUP).exists()


def verified_doctor(user):
    """The user's verified doctor profile, or None."""
    if not user.is_authenticated:
        return None
    profile = getattr(user, "doctor", None)
    if profile is None or not profile.is_verified:
        return None
    return profile
