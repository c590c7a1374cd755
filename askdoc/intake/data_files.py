"""Reading the intake's data files (askdoc/intake/data): word lists, vocabularies and phrase tables are kept
as YAML beside the code that uses them, not written as Python."""

from functools import cache
from pathlib import Path

import yaml

DATA_DIR = Path(__file__).resolve().parent / "data"
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C loader when libyaml is there: ~10x faster


@cache
def load(name: str):
    """The parsed content of askdoc/intake/data/<name> (read once per process)."""
    with (DATA_DIR / name).open(encoding="utf-8") as handle:
        return yaml.load(handle, Loader=_Loader)


def word_set(name: str, key: str) -> frozenset[str]:
    return frozenset(str(word) for word in load(name)[key])
