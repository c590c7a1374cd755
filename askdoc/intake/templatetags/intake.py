"""Template helpers for the ask form: the emergency warning also works without JavaScript (after the
form's server-side preview or a failed submission, the bound form's text is checked here)."""

from django import template

from askdoc.intake import emergency

register = template.Library()


@register.simple_tag
def emergency_reasons_for(form) -> list[str]:
    return emergency_for(form).reasons


@register.simple_tag
def emergency_for(form) -> emergency.Assessment:
    """The emergency assessment of a bound form's text (level, reasons, doubt); an empty one otherwise."""
    if form is None or not getattr(form, "is_bound", False):
        return emergency.Assessment()
    text = " ".join(str(form.data.get(name, "")) for name in ("title", "body"))[:6000]
    return emergency.assess(text)


@register.simple_tag
def emergency_warning(assessment: emergency.Assessment) -> str:
    return emergency.warning_text(assessment.level, assessment.doubt) if assessment else ""


@register.simple_tag
def quasi_identifiers_in(*texts: str) -> list:
    """Workplaces, schools and small clinics named in the text as it will be published (for the privacy check)."""
    from askdoc.intake.quasi import find_quasi_identifiers

    return find_quasi_identifiers("\n\n".join(t for t in texts if t))
