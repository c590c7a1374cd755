from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from askdoc.api.tokens import token_create
from askdoc.qa.errors import Refused


class Command(BaseCommand):
    help = ("Create an API token for a doctor or a moderator and print it (it is stored only as a digest, so "
            "this is the only time it is shown). Use it as `Authorization: Bearer <token>`.")

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--name", default="API token", help="What the token is for.")

    def handle(self, *args, username: str, name: str, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"No user {username!r}.")
        try:
            token, secret = token_create(user=user, name=name)
        except Refused as refused:
            raise CommandError(refused.message) from None
        self.stderr.write(f"Token {token.prefix}… for {username} ({token.name}); keep it secret:")
        self.stdout.write(secret)
