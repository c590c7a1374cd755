"""Check the three JSONL files and print count tables (standard library only)."""
import json, os, collections

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PREFIX = "as"
ID_TYPES = ["name", "phone", "email", "address", "id_number", "date_of_birth", "url", "handle", "licence_plate"]
DEPTS = ["cardiology", "dentistry", "dermatology", "endocrinology", "family-medicine", "gastroenterology",
         "general-surgery", "hematology-oncology", "infectious-diseases", "nephrology", "neurology",
         "obstetrics-gynecology", "ophthalmology", "orthopedics", "otolaryngology", "pediatrics", "psychiatry",
         "pulmonology", "rehabilitation", "rheumatology", "urology", "nutrition"]
AGES = ["0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"]
GENDERS = ["female", "male", "other", "undisclosed"]
KINDS = ["now", "past_event", "examined_or_treated", "relative_history", "hypothetical_or_general", "negated",
         "figure_of_speech", "medicine_question", "chronic_stable", "mild_symptom"]
FAMILIES = ["heart_attack", "stroke", "breathing_difficulty", "anaphylaxis", "severe_bleeding", "suicidal_intent",
            "self_harm", "overdose_poisoning", "seizure", "unconscious_unresponsive", "head_injury", "febrile_infant",
            "meningitis_signs", "severe_abdominal_pain", "pregnancy_bleeding_or_pain", "diabetic_emergency",
            "sepsis_signs", "severe_burn", "choking", "testicular_torsion", "ectopic_pregnancy",
            "severe_dehydration_child", "chest_pain_other", "vision_loss_sudden", "blood_clot_PE", "cauda_equina"]

errors = []


def err(msg):
    errors.append(msg)


def load(name):
    rows = []
    with open(os.path.join(OUT, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                err(f"{name}:{n}: bad JSON {e}")
    return rows


def common(rows, name, letter, fields):
    ids, texts = set(), set()
    for r in rows:
        if set(r) != set(fields):
            err(f"{name} {r.get('id')}: fields {sorted(r)} != {sorted(fields)}")
        i = r.get("id", "")
        if not (i.startswith(f"{PREFIX}-{letter}") and len(i) == len(PREFIX) + 5 and i[-3:].isdigit()):
            err(f"{name}: bad id {i!r}")
        if i in ids:
            err(f"{name}: duplicate id {i}")
        ids.add(i)
        t = r.get("text")
        if not isinstance(t, str) or not t.strip():
            err(f"{name} {i}: empty text")
        elif t in texts:
            err(f"{name} {i}: duplicate text")
        texts.add(t)


def table(title, counter, order):
    print(f"\n{title}")
    for k in order:
        print(f"  {k:28s} {counter.get(k, 0)}")
    extra = [k for k in counter if k not in order]
    for k in extra:
        print(f"  {k!s:28s} {counter[k]}  (UNKNOWN)")


def main():
    priv = load("privacy.jsonl")
    tri = load("triage.jsonl")
    emg = load("emergency.jsonl")

    common(priv, "privacy", "p", ["id", "text", "identifiers", "quasi"])
    types = collections.Counter()
    with_ids = 0
    for r in priv:
        ids = r.get("identifiers", [])
        if ids:
            with_ids += 1
        seen = set()
        for d in ids:
            if set(d) != {"type", "text"}:
                err(f"privacy {r['id']}: bad identifier {d}")
                continue
            if d["type"] not in ID_TYPES:
                err(f"privacy {r['id']}: unknown type {d['type']}")
            if d["text"] not in r["text"]:
                err(f"privacy {r['id']}: identifier not in text: {d['text']!r}")
            if (d["type"], d["text"]) in seen:
                err(f"privacy {r['id']}: identifier listed twice: {d['text']!r}")
            seen.add((d["type"], d["text"]))
            types[d["type"]] += 1
        for q in r.get("quasi", []):
            if not isinstance(q, str) or q not in r["text"]:
                err(f"privacy {r['id']}: quasi not in text: {q!r}")
    table("privacy identifier types (occurrences)", types, ID_TYPES)
    print(f"  items with identifiers: {with_ids}; trap-only: {len(priv) - with_ids}")
    print(f"  items with quasi: {sum(1 for r in priv if r.get('quasi'))}")

    common(tri, "triage", "t", ["id", "text", "department", "age_range", "gender"])
    for r in tri:
        if r.get("department") not in DEPTS:
            err(f"triage {r['id']}: bad department {r.get('department')}")
        if r.get("age_range") not in AGES:
            err(f"triage {r['id']}: bad age_range {r.get('age_range')}")
        if r.get("gender") not in GENDERS:
            err(f"triage {r['id']}: bad gender {r.get('gender')}")
    table("triage departments", collections.Counter(r.get("department") for r in tri), DEPTS)
    table("triage age ranges", collections.Counter(r.get("age_range") for r in tri), AGES)
    table("triage genders", collections.Counter(r.get("gender") for r in tri), GENDERS)

    common(emg, "emergency", "e", ["id", "text", "emergency", "kind", "family"])
    for r in emg:
        if r.get("kind") not in KINDS:
            err(f"emergency {r['id']}: bad kind {r.get('kind')}")
        if r.get("family") not in FAMILIES:
            err(f"emergency {r['id']}: bad family {r.get('family')}")
        if not isinstance(r.get("emergency"), bool) or r.get("emergency") != (r.get("kind") == "now"):
            err(f"emergency {r['id']}: emergency flag does not match kind")
    table("emergency kinds", collections.Counter(r.get("kind") for r in emg), KINDS)
    now = collections.Counter(r.get("family") for r in emg if r.get("kind") == "now")
    non = collections.Counter(r.get("family") for r in emg if r.get("kind") != "now")
    print("\nemergency families (now / non-now)")
    for f in FAMILIES:
        print(f"  {f:28s} {now.get(f, 0):3d} / {non.get(f, 0):3d}")

    if errors:
        print("\nERRORS")
        for e in errors:
            print("  " + e)
    n_now = sum(1 for r in emg if r.get("emergency") is True)
    print(f"\nSUMMARY privacy={len(priv)} triage={len(tri)} emergency={len(emg)} "
          f"identifier_occurrences={sum(types.values())} emergencies={n_now} "
          f"non_emergencies={len(emg) - n_now} errors={len(errors)}")


if __name__ == "__main__":
    main()
