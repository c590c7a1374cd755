"""Re-render stored answers so single line breaks are kept (askdoc.qa.markdown now uses nl2br)."""

from django.db import migrations


def rerender(apps, schema_editor):
    from askdoc.qa.markdown import render_markdown

    Answer = apps.get_model("qa", "Answer")
    changed = []
    for answer in Answer.objects.only("pk", "body", "body_html").iterator(chunk_size=1000):
        html = render_markdown(answer.body)
        if html != answer.body_html:
            answer.body_html = html
            changed.append(answer)
        if len(changed) >= 1000:
            Answer.objects.bulk_update(changed, ["body_html"])
            changed = []
    Answer.objects.bulk_update(changed, ["body_html"])


class Migration(migrations.Migration):
    dependencies = [("qa", "0003_moderator_permissions")]
    operations = [migrations.RunPython(rerender, migrations.RunPython.noop)]
