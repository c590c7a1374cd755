"""Forms of the question workflow. They only parse and check input; askdoc.qa.services decides.

Django 5.2 renders each field accessibly (label, help text and errors tied to the input with
aria-describedby, aria-invalid on errors, radio groups in a fieldset with a legend).
"""

from django import forms
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from askdoc.qa import services
from askdoc.qa.models import Department, Question

CHOOSE_FROM_LIST = _("Choose one of the options in the list.")


class DepartmentField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Department) -> str:
        return obj.local_name

    def __init__(self, **kwargs):
        super().__init__(
            queryset=Department.objects.all(),
            to_field_name="slug",
            empty_label=_("Choose a department"),
            error_messages={"required": _("Choose a department."),
                            "invalid_choice": _("Choose one of the listed departments.")},
            **kwargs,
        )


def _text(label: str, *, noun: str, max_length: int, min_length: int | None = None, required: bool = True,
          **kwargs):
    # Lazy: the messages are worded when shown, in the language of that request.
    messages = {
        "required": format_lazy(_("Please write the {noun}."), noun=noun),
        "max_length": format_lazy(
            _("The {noun} is too long: at most %(limit_value)d characters (you wrote %(show_value)d)."), noun=noun),
        "min_length": format_lazy(
            _("The {noun} is too short: at least %(limit_value)d characters (you wrote %(show_value)d)."), noun=noun),
    }
    return forms.CharField(label=label, max_length=max_length, min_length=min_length, required=required,
                           error_messages=messages, **kwargs)


class AskForm(forms.Form):
    nickname = _text(_("Nickname"), noun=_("nickname"), max_length=services.NICKNAME_MAX,
                     help_text=_("Shown with your question. Do not use your real name."))
    age_range = forms.ChoiceField(
        label=_("Age range"), choices=[("", _("Choose an age range"))] + Question.AgeRange.choices,
        error_messages={"required": _("Choose an age range."), "invalid_choice": CHOOSE_FROM_LIST},
    )
    gender = forms.ChoiceField(
        label=_("Gender"), choices=Question.Gender.choices, widget=forms.RadioSelect,
        error_messages={"required": _("Choose a gender (or “prefer not to say”)."),
                        "invalid_choice": CHOOSE_FROM_LIST},
    )
    title = _text(_("Title"), noun=_("title"), max_length=services.TITLE_MAX, required=False,
                  help_text=_("Optional: a few words about your question."))
    body = _text(
        _("Your question"), noun=_("question"), max_length=services.BODY_MAX, min_length=services.BODY_MIN,
        widget=forms.Textarea(attrs={"rows": 10}),
        help_text=format_lazy(
            _("Describe what happens, since when, and what you would like to know ({low} to {high} characters)."),
            low=services.BODY_MIN, high=services.BODY_MAX),
    )
    email = forms.EmailField(
        label=_("Email (optional)"), required=False, max_length=254,
        help_text=_("Only to tell you when a doctor answers. Never published."),
        error_messages={"invalid": _("Enter a valid email address, or leave it empty.")},
    )
    consent = forms.BooleanField(
        label=_("I understand that my question and the answer will be published anonymously after review."),
        label_suffix="",  # the label is a sentence: no colon after its full stop (。：) in any language
        error_messages={"required": _("Please confirm that your question may be published anonymously.")},
    )
    # A spam trap: hidden from people (CSS, aria-hidden, no tab stop), filled in by form-filling robots.
    website = forms.CharField(
        label="Leave this field empty", required=False, max_length=200,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    def clean_website(self):
        if self.cleaned_data.get("website"):
            raise forms.ValidationError("This field must stay empty (it catches spam robots); clear it and send "
                                        "your question again.")
        return ""


class ApproveForm(forms.Form):
    department = DepartmentField(label=_("Department"))


class RerouteForm(forms.Form):
    department = DepartmentField(label=_("New department"))


class EditQuestionForm(forms.Form):
    nickname = _text(_("Nickname"), noun=_("nickname"), max_length=services.NICKNAME_MAX, required=False,
                     help_text=_("As shown on the public page."))
    title = _text(_("Title"), noun=_("title"), max_length=services.TITLE_MAX, required=False)
    page_title = _text(_("Page title"), noun=_("page title"), max_length=services.TITLE_MAX, required=False,
                       help_text=_("The descriptive title shown on the public page."))
    body = _text(_("Question"), noun=_("question"), max_length=services.BODY_MAX, min_length=services.BODY_MIN,
                 widget=forms.Textarea(attrs={"rows": 10}))


class ReasonForm(forms.Form):
    reason = _text(_("Reason"), noun=_("reason"), max_length=services.REASON_MAX,
                   widget=forms.Textarea(attrs={"rows": 3}), help_text=_("Shown to the asker on their tracking page."))


class AnswerForm(forms.Form):
    body = _text(
        _("Answer"), noun=_("answer"), max_length=services.ANSWER_MAX, min_length=services.ANSWER_MIN,
        widget=forms.Textarea(attrs={"rows": 12}),
        help_text=_("Markdown: **bold**, *italic*, lists with - , links as [text](https://…). No images or HTML."),
    )
    privacy_confirmed = forms.BooleanField(
        label=_("I checked the privacy preview: nothing in the nickname, title or question identifies the asker."),
        required=False,
    )
