"""The words patients use for each department's problems (askdoc/intake/data/vocabulary.yaml, written for
askdoc from medical knowledge; the file's header explains the weights)."""

from askdoc.intake.data_files import load


def phrases() -> dict[str, list[tuple[str, float]]]:
    """{slug: [(phrase, weight)]}: each department's tiers, then its additions not already listed."""
    data = load("vocabulary.yaml")
    table: dict[str, list[tuple[str, float]]] = {}
    for slug, tiers in data["departments"].items():
        table[slug] = [(phrase, float(weight)) for weight, items in tiers.items() for phrase in items]
    for slug, extra in data["additions"].items():
        known = {phrase for phrase, _ in table[slug]}
        table[slug].extend((p, float(extra["weight"])) for p in extra["phrases"] if p not in known)
    return table


def tiers() -> dict[str, dict[float, list[str]]]:
    """{slug: {weight: [phrases]}}: each department's own tiers, without the additions."""
    return load("vocabulary.yaml")["departments"]
