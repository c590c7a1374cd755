"""A logging filter that keeps an asker's identifiers out of every log line.

Tracking links are the only key to a private question, and email addresses identify the asker; Django
logs request paths ("Not Found: /track/<token>/") and exception messages that may quote either.
"""

import logging
import re

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
TRACKING = re.compile(r"/track/[^/?\s\"']+")


def scrub(text: str) -> str:
    return TRACKING.sub("/track/<token>", EMAIL.sub("<email>", text))


class PrivateDataFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = scrub(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return True
