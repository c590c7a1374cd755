"""Template helpers for the ask form: the emergency warning also works without JavaScript (after the
form's server-side preview or a failed submission, the bound form's text is checked here)."""

from django import template

from askdoc.intake import emergency

register = template.Library()


@register.simple_tag
def emergency_reasons_for(form) -> list[str]:
    if form is None or not getattr(form, "is_bound", False):
        return []
    text = " ".join(str(form.data.get(name, "")) for name in ("title", "body"))[:6000]
    return emergency.detect(text)
