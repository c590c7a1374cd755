"""Tiny constructors so the item files stay readable."""


def P(text, ids=None, quasi=None):
    return {
        "text": text,
        "identifiers": [{"type": t, "text": s} for (t, s) in (ids or [])],
        "quasi": list(quasi or []),
    }


def T(text, department, age_range, gender):
    return {"text": text, "department": department, "age_range": age_range, "gender": gender}


def E(text, emergency, kind, family):
    return {"text": text, "emergency": emergency, "kind": kind, "family": family}
