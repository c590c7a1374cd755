"""Tiny helpers that build plain dicts. Every item text is written by hand in the sibling files."""


def P(text, ids=(), quasi=()):
    return {"text": text,
            "identifiers": [{"type": t, "text": s} for t, s in ids],
            "quasi": list(quasi)}


def T(text, department, age_range, gender):
    return {"text": text, "department": department, "age_range": age_range, "gender": gender}


def E(text, family, kind="now"):
    return {"text": text, "emergency": kind == "now", "kind": kind, "family": family}
