from django.core.management.base import BaseCommand

from askdoc.qa.tasks import send_daily_digests


class Command(BaseCommand):
    help = ("Email each doctor who chose the daily digest the questions that entered their department's queue "
            "since their last digest and still wait. Run it once a day (cron or a systemd timer); running it "
            "again lists nothing twice.")

    def handle(self, *args, **options):
        sent = send_daily_digests.call()
        self.stdout.write(f"Sent {sent} digest(s).")
