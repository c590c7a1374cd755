def P(text, ids=(), quasi=()):
    return {"text": text, "identifiers": [{"type": t, "text": s} for t, s in ids], "quasi": list(quasi)}

def T(text, department, age_range, gender):
    return {"text": text, "department": department, "age_range": age_range, "gender": gender}

def E(text, emergency, kind, family):
    return {"text": text, "emergency": emergency, "kind": kind, "family": family}

def NOW(text, family):
    return E(text, True, "now", family)

def NON(text, kind, family):
    return E(text, False, kind, family)
