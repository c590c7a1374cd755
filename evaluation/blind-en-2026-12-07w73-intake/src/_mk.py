"""Small helpers so each item is written once, by hand, as a dict."""


def P(text, ids=(), quasi=()):
    """privacy item: ids is a list of (type, exact substring) pairs."""
    return {
        "text": text,
        "identifiers": [{"type": t, "text": s} for t, s in ids],
        "quasi": list(quasi),
    }


def T(text, department, age_range, gender):
    return {"text": text, "department": department, "age_range": age_range, "gender": gender}


def E(text, kind, family):
    return {"text": text, "emergency": kind == "now", "kind": kind, "family": family}
