"""Forms of the question workflow. They only parse and check input; askdoc.qa.services decides.

Django 5.2 renders each field accessibly (label, help text and errors tied to the input with
aria-describedby, aria-invalid on errors, radio groups in a fieldset with a legend).
"""

from django import forms

from askdoc.qa import services
from askdoc.qa.models import Department, Question

CHOOSE_FROM_LIST = "Choose one of the options in the list."


class DepartmentField(forms.ModelChoiceField):
    def __init__(self, **kwargs):
        super().__init__(
            queryset=Department.objects.all(),
            to_field_name="slug",
            empty_label="Choose a department",
            error_messages={"required": "Choose a department.",
                            "invalid_choice": "Choose one of the listed departments."},
            **kwargs,
        )


def _text(label: str, *, max_length: int, min_length: int | None = None, required: bool = True,
          noun: str = "", **kwargs):
    noun = noun or label.lower()
    messages = {
        "required": f"Please write the {noun}.",
        "max_length": f"The {noun} is too long: at most %(limit_value)d characters (you wrote %(show_value)d).",
        "min_length": f"The {noun} is too short: at least %(limit_value)d characters (you wrote %(show_value)d).",
    }
    return forms.CharField(label=label, max_length=max_length, min_length=min_length, required=required,
                           error_messages=messages, **kwargs)


class AskForm(forms.Form):
    nickname = _text("Nickname", max_length=services.NICKNAME_MAX,
                     help_text="Shown with your question. Do not use your real name.")
    age_range = forms.ChoiceField(
        label="Age range", choices=[("", "Choose an age range")] + Question.AgeRange.choices,
        error_messages={"required": "Choose an age range.", "invalid_choice": CHOOSE_FROM_LIST},
    )
    gender = forms.ChoiceField(
        label="Gender", choices=Question.Gender.choices, widget=forms.RadioSelect,
        error_messages={"required": "Choose a gender (or \u201cprefer not to say\u201d).",
                        "invalid_choice": CHOOSE_FROM_LIST},
    )
    title = _text("Title", max_length=services.TITLE_MAX, required=False,
                  help_text="Optional: a few words about your question.")
    body = _text(
        "Your question", noun="question", max_length=services.BODY_MAX, min_length=services.BODY_MIN,
        widget=forms.Textarea(attrs={"rows": 10}),
        help_text=f"Describe what happens, since when, and what you would like to know "
                  f"({services.BODY_MIN} to {services.BODY_MAX} characters).",
    )
    email = forms.EmailField(
        label="Email (optional)", required=False, max_length=254,
        help_text="Only to tell you when a doctor answers. Never published.",
        error_messages={"invalid": "Enter a valid email address, or leave it empty."},
    )
    consent = forms.BooleanField(
        label="I understand that my question and the answer will be published anonymously after review.",
        error_messages={"required": "Please confirm that your question may be published anonymously."},
    )


class ApproveForm(forms.Form):
    department = DepartmentField(label="Department")


class RerouteForm(forms.Form):
    department = DepartmentField(label="New department")


class EditQuestionForm(forms.Form):
    nickname = _text("Nickname", max_length=services.NICKNAME_MAX, required=False,
                     help_text="As shown on the public page.")
    title = _text("Title", max_length=services.TITLE_MAX, required=False)
    page_title = _text("Page title", max_length=services.TITLE_MAX, required=False,
                       help_text="The descriptive title shown on the public page.")
    body = _text("Question", max_length=services.BODY_MAX, min_length=services.BODY_MIN,
                 widget=forms.Textarea(attrs={"rows": 10}))


class ReasonForm(forms.Form):
    reason = _text("Reason", max_length=services.REASON_MAX, widget=forms.Textarea(attrs={"rows": 3}),
                   help_text="Shown to the asker on their tracking page.")


class AnswerForm(forms.Form):
    body = _text(
        "Answer", max_length=services.ANSWER_MAX, min_length=services.ANSWER_MIN,
        widget=forms.Textarea(attrs={"rows": 12}),
        help_text="Markdown: **bold**, *italic*, lists with - , links as [text](https://…). "
                  "No images or HTML.",
    )
    privacy_confirmed = forms.BooleanField(
        label="I checked the privacy preview: nothing in the nickname, title or question identifies the asker.",
        required=False,
    )
