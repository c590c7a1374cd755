"""Small constructors so the item files stay readable. Not templates: every text is written by hand."""


def P(text, ids=(), quasi=()):
    return {"text": text,
            "identifiers": [{"type": t, "text": s} for t, s in ids],
            "quasi": list(quasi)}


def T(text, department, age_range, gender):
    return {"text": text, "department": department, "age_range": age_range, "gender": gender}


def E(text, family):
    return {"text": text, "emergency": True, "kind": "now", "family": family}


def N(text, kind, family):
    return {"text": text, "emergency": False, "kind": kind, "family": family}
