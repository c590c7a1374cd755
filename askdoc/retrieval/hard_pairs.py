"""Hard pairs for the decision cross-encoder: look-alikes that share most words but need another answer, and
paraphrases that share few words but need the same one.

The decision model used to call a pair similar when the two questions shared words (docs/quality.md): its
training data let word overlap predict the label. Here overlap predicts nothing. Each family below is a set of
equivalent phrasings ("templates") of one kind of question with slots (a food, a drug, a body part, a
population, a condition and what is asked about it); every slot value has equivalent surface forms (a brand
and its generic name, "6-month-old" and "six month old baby", a MedQuAD focus and its synonyms). From one
anchor question the generator writes:

- a paraphrase: another template, other surface forms of the same values = match (few shared words);
- a look-alike: the same template with exactly one value changed = no match (nearly every word shared);
- a look-alike in other words: another template with one value changed = no match;
- sometimes the same template with other surface forms only = match (shared words that do not mislead).

The vocabularies are general medical knowledge written for askdoc; the MedQuAD foci, types and synonyms come
from the shared data at training time (never copied into the repository). None of these pairs is derived from
evaluation/lookalike.jsonl, MQP, the RQE validation set or the MEDIQA QA sets.
"""

from __future__ import annotations

import random
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

Value = tuple[str, ...]  # equivalent surface forms of one slot value


@dataclass(frozen=True)
class Family:
    """Templates (lists of equivalent phrasings, one list per "kind" of question) and the slots they use."""

    name: str
    kinds: dict[str, tuple[str, ...]]  # kind -> equivalent templates; another kind asks something else
    slots: dict[str, Sequence[Value]]


INFANTS: list[Value] = [
    ("my 4-month-old", "my four month old baby", "my 4 month old infant"),
    ("my 9-month-old", "my nine month old baby", "my 9 month old infant"),
]
CHILDREN: list[Value] = [
    ("my 2-year-old", "my two year old toddler", "my toddler, who is two,"),
    ("my 7-year-old", "my seven year old child", "my son, aged seven,"),
    ("my 15-year-old", "my teenage daughter", "my 15 year old teen"),
]
ADULTS: list[Value] = [
    ("my 80-year-old father", "my elderly dad, who is 80,", "my father (80 years old)"),
    ("my pregnant wife", "my wife, who is expecting,", "my wife, who is pregnant,"),
]
FOODS: list[Value] = [
    ("eggs", "egg"), ("honey",), ("peanut butter",), ("cow's milk", "regular cow milk", "whole milk"),
    ("strawberries",), ("fish",), ("shellfish", "shrimp and other shellfish"), ("spinach",),
    ("yogurt", "yoghurt"), ("chocolate",), ("raw sushi", "sushi with raw fish"), ("soft cheese", "brie"),
    ("coffee", "caffeinated coffee"), ("orange juice",), ("nuts", "tree nuts"), ("grapes",), ("popcorn",),
    ("salt", "salty food"), ("wheat", "bread and wheat"), ("rice cereal",),
]
DRUGS: list[Value] = [
    ("ibuprofen", "Advil", "Motrin"), ("acetaminophen", "Tylenol", "paracetamol"), ("aspirin",),
    ("metformin", "Glucophage"), ("lisinopril", "Zestril"), ("sertraline", "Zoloft"), ("omeprazole", "Prilosec"),
    ("amoxicillin",), ("prednisone",), ("levothyroxine", "Synthroid"), ("atorvastatin", "Lipitor"),
    ("warfarin", "Coumadin"), ("cetirizine", "Zyrtec"), ("loratadine", "Claritin"), ("diphenhydramine", "Benadryl"),
    ("fluoxetine", "Prozac"), ("metoprolol", "Lopressor"), ("amlodipine", "Norvasc"), ("gabapentin", "Neurontin"),
    ("naproxen", "Aleve"), ("azithromycin", "Zithromax", "a Z-Pak"), ("ciprofloxacin", "Cipro"),
    ("melatonin",), ("tramadol", "Ultram"), ("codeine",), ("escitalopram", "Lexapro"), ("montelukast", "Singulair"),
    ("clopidogrel", "Plavix"), ("losartan", "Cozaar"), ("pantoprazole", "Protonix"), ("doxycycline",),
    ("alprazolam", "Xanax"), ("zolpidem", "Ambien"), ("methotrexate",), ("hydrochlorothiazide", "HCTZ"),
]
PARTS: list[Value] = [
    ("knee",), ("lower back", "low back"), ("shoulder",), ("wrist",), ("hip",), ("ankle",), ("neck",), ("heel",),
    ("elbow",), ("jaw",), ("stomach", "belly", "tummy"), ("chest",), ("calf", "calf muscle"), ("thumb",),
    ("upper back",), ("groin",), ("ribs", "rib cage"), ("throat",),
]
ACTIVITIES: list[Value] = [
    ("I run", "I go running", "I jog"), ("I climb stairs", "I go up stairs", "I walk up the stairs"),
    ("I bend over", "I bend down", "I lean forward"), ("I sit for a long time", "I sit for hours"),
    ("I lift something heavy", "I lift heavy things"), ("I type", "I use a keyboard"),
    ("I swallow", "I swallow food"), ("I take a deep breath", "I breathe in deeply"), ("I eat", "I have a meal"),
    ("I wake up", "I get up in the morning"), ("I cough", "I have a coughing fit"), ("I lie down", "I lie flat"),
]
SYMPTOMS: list[Value] = [
    ("a headache", "head pain"), ("chest pain", "pain in my chest"), ("a cough", "coughing"),
    ("a rash", "a skin rash"), ("diarrhea", "loose stools", "runny stools"), ("dizziness", "dizzy spells"),
    ("a sore throat", "throat pain"), ("stomach pain", "belly pain", "abdominal pain"), ("back pain",),
    ("a nosebleed", "a bloody nose"), ("leg swelling", "swollen legs"), ("heart palpitations", "a racing heart"),
]
COMPANIONS: list[Value] = [
    ("fever", "a high temperature", "a temperature"), ("vomiting", "throwing up"), ("blood", "bleeding"),
    ("itching", "itchiness"), ("shortness of breath", "trouble breathing", "breathlessness"),
    ("weight loss", "losing weight"), ("numbness", "a numb feeling"),
]
SHORT: Value = ("two days", "2 days", "a couple of days")
LONG: Value = ("three months", "3 months", "several months")
YEARS: Value = ("five years", "5 years", "many years")
STATES: list[Value] = [
    ("while pregnant", "during pregnancy", "when expecting a baby"),
    ("while breastfeeding", "while nursing my baby", "when breast-feeding"),
    ("with high blood pressure", "with hypertension"), ("with diabetes", "as a diabetic"),
    ("with kidney disease", "with bad kidneys"), ("after a stomach ulcer", "with a history of stomach ulcers"),
    ("with asthma",), ("on blood thinners", "while on anticoagulants"),
]
DOSES: list[Value] = [("200 mg",), ("400 mg",), ("800 mg",), ("1000 mg", "1,000 mg", "1 gram")]

FAMILIES: tuple[Family, ...] = (
    Family("food for a child", {
        "may eat": ("Can {who} eat {food}?", "Is it safe to give {food} to {who}?", "Is {food} okay for {who}?",
                    "Should I let {who} have {food}?", "Am I allowed to feed {who} {food} yet?"),
        "allergy": ("Could {who} be allergic to {food}?", "How do I know if {who} has a {food} allergy?",
                    "What are the signs that {food} gives {who} an allergic reaction?"),
        "how much": ("How much {food} should {who} have in a day?", "What is a healthy daily amount of {food} "
                     "for {who}?", "How many servings of {food} a day are right for {who}?"),
    }, {"who": INFANTS + CHILDREN + ADULTS, "food": FOODS}),
    Family("drug question", {
        "side effects": ("What are the side effects of {drug}?", "Does {drug} have side effects?",
                         "What problems can {drug} cause?", "What unwanted effects should I expect from {drug}?"),
        "maximum dose": ("How much {drug} can I take in a day?", "What is the maximum daily dose of {drug}?",
                         "What is the most {drug} I can safely take per day?"),
        "alcohol": ("Can I drink alcohol while taking {drug}?", "Is it safe to have a beer while on {drug}?",
                    "Does {drug} interact with alcohol?"),
        "missed dose": ("What should I do if I miss a dose of {drug}?", "I forgot to take my {drug}, what now?",
                        "What happens if I skip a dose of {drug}?"),
        "onset": ("How long does {drug} take to work?", "When will I feel the effect of {drug}?",
                  "How soon does {drug} start working?"),
        "stopping": ("Can I stop taking {drug} suddenly?", "Is it dangerous to quit {drug} cold turkey?",
                     "What happens if I stop {drug} abruptly?"),
        "indication": ("What is {drug} used for?", "Why would a doctor prescribe {drug}?",
                       "What conditions does {drug} treat?"),
        "weight": ("Can {drug} cause weight gain?", "Will {drug} make me put on weight?",
                   "Is gaining weight a known effect of {drug}?"),
        "time of day": ("Should I take {drug} in the morning or at night?", "What is the best time of day to take "
                        "{drug}?", "Is it better to take {drug} before bed or after waking up?"),
    }, {"drug": DRUGS}),
    Family("drug in a state", {
        "safe": ("Can I take {drug} {state}?", "Is {drug} safe {state}?", "Is it okay to use {drug} {state}?",
                 "Am I allowed to take {drug} {state}?"),
        "dose": ("Do I need a lower dose of {drug} {state}?", "Should my {drug} dose be changed {state}?",
                 "Is the usual dose of {drug} right for someone {state}?"),
    }, {"drug": DRUGS, "state": STATES}),
    Family("two drugs", {
        "together": ("Can I take {drug} with {drug2}?", "Is it safe to combine {drug} and {drug2}?",
                     "Does {drug} interact with {drug2}?", "Is there a problem taking {drug} and {drug2} together?"),
        "switch": ("Can I switch from {drug} to {drug2}?", "Is it okay to replace {drug} with {drug2}?",
                   "How do I change over from {drug} to {drug2}?"),
    }, {"drug": DRUGS, "drug2": DRUGS}),
    Family("dose", {
        "too much": ("Is {dose} of {drug} too much?", "Is taking {dose} of {drug} at once dangerous?",
                     "Can a single {dose} dose of {drug} hurt me?"),
    }, {"dose": DOSES, "drug": DRUGS}),
    Family("pain with an activity", {
        "cause": ("Why does my {part} hurt when {act}?", "What causes {part} pain when {act}?",
                  "I get pain in my {part} every time {act}. Why?", "What could make my {part} ache whenever {act}?"),
        "relief": ("How can I ease {part} pain that starts when {act}?", "What helps {part} pain I get when {act}?",
                   "What should I do for the {part} pain I have when {act}?"),
        "serious": ("Is {part} pain when {act} a sign of something serious?", "Should I worry about my {part} "
                    "hurting when {act}?", "When is {part} pain when {act} a reason to see a doctor?"),
    }, {"part": PARTS, "act": ACTIVITIES}),
    Family("symptom with or without", {
        "worry with": ("Should I worry about {sym} with {comp}?", "Is {sym} with {comp} a sign of something "
                       "serious?", "I have {sym} and also {comp}. Is that dangerous?",
                       "When is {sym} together with {comp} an emergency?"),
        "worry without": ("Should I worry about {sym} without {comp}?", "Is {sym} with no {comp} a sign of "
                          "something serious?", "I have {sym} but no {comp}. Is that dangerous?",
                          "When is {sym} without any {comp} an emergency?"),
    }, {"sym": SYMPTOMS, "comp": COMPANIONS}),
    Family("symptom duration", {
        "see a doctor": ("I have had {sym} for {time}. Should I see a doctor?", "Do I need a doctor for {sym} "
                         "that has lasted {time}?", "{Sym} for {time} now: is it time to get checked?"),
        "cause": ("What could cause {sym} that has lasted {time}?", "Why would someone have {sym} for {time}?",
                  "I have had {sym} for {time}. What might be causing it?"),
    }, {"sym": SYMPTOMS, "time": [SHORT, LONG, YEARS]}),
)

# Templates that ask one aspect of a condition; the parallel templates make the type-swap look-alikes.
CONDITION_KINDS: dict[str, tuple[str, ...]] = {
    "causes": ("What causes {x}?", "What are the causes of {x}?", "Why do people get {x}?",
               "What leads to {x}?", "Where does {x} come from?"),
    "treatment": ("How is {x} treated?", "What are the treatments for {x}?", "What can be done for {x}?",
                  "How do doctors treat {x}?", "What is the best therapy for {x}?"),
    "symptoms": ("What are the symptoms of {x}?", "What are the signs of {x}?", "How do I know if I have {x}?",
                 "What does {x} feel like?", "How does {x} show itself?"),
    "prevention": ("How can {x} be prevented?", "What are the ways to prevent {x}?", "How do I avoid getting {x}?",
                   "Can I lower my chances of {x}?"),
    "outlook": ("What is the outlook for {x}?", "What is the prognosis of {x}?", "Do people recover from {x}?",
                "What is life like in the long run with {x}?"),
    "diagnosis": ("How is {x} diagnosed?", "What are the tests for {x}?", "How can a doctor confirm {x}?",
                  "Which exams show whether someone has {x}?"),
    "inheritance": ("Is {x} inherited?", "Is {x} passed down in families?", "Can parents pass {x} to their "
                    "children?", "Is {x} genetic?"),
    "contagious": ("Is {x} contagious?", "Can {x} spread from person to person?", "Can I catch {x} from someone?"),
    "complications": ("What are the complications of {x}?", "What problems can {x} lead to?",
                      "What happens if {x} is not treated?"),
    "diet": ("What should I eat with {x}?", "Is there a diet for {x}?", "Which foods help with {x}?"),
}
CONDITION_POPULATIONS: tuple[Value, ...] = (
    ("", ""), (" in children", " in kids"), (" in babies", " in infants"), (" during pregnancy", " in pregnant women"),
    (" in older adults", " in the elderly"),
)
_WORD = re.compile(r"[a-z]{4,}")


def _surface(rng: random.Random, value: Value) -> str:
    return rng.choice(value)


def _fill(template: str, values: dict[str, str]) -> str:
    text = template.format(**values, **{k.capitalize(): v[:1].upper() + v[1:] for k, v in values.items()})
    return text[:1].upper() + text[1:]


def _draw(rng: random.Random, family: Family) -> dict[str, Value]:
    chosen: dict[str, Value] = {}
    for slot, pool in family.slots.items():
        options = [v for v in pool if v not in chosen.values()]
        chosen[slot] = rng.choice(options)
    return chosen


def _render(rng: random.Random, template: str, values: dict[str, Value]) -> str:
    return _fill(template, {slot: _surface(rng, value) for slot, value in values.items()})


def family_pairs(family: Family, *, count: int, rng: random.Random) -> list[tuple[str, str, int]]:
    """`count` anchors of one family, each with a paraphrase and one or two look-alikes (module docstring)."""
    pairs = []
    kinds = sorted(family.kinds)
    for _ in range(count):
        kind = rng.choice(kinds)
        templates = family.kinds[kind]
        values = _draw(rng, family)
        first = rng.choice(templates)
        anchor = _render(rng, first, values)
        others = [t for t in templates if t != first] or [first]
        pairs.append((anchor, _render(rng, rng.choice(others), values), 1))
        same = _render(rng, first, values)
        if same != anchor and rng.random() < 0.4:
            pairs.append((anchor, same, 1))
        changed = dict(values)
        slot = rng.choice(sorted(family.slots) + (["kind"] if len(kinds) > 1 else []))
        template = first if rng.random() < 0.7 else rng.choice(others)
        if slot == "kind":
            other_kind = rng.choice([k for k in kinds if k != kind])
            index = templates.index(template) % len(family.kinds[other_kind])
            template = family.kinds[other_kind][index]
        else:
            pool = [v for v in family.slots[slot] if v not in values.values()]
            changed[slot] = rng.choice(pool)
        negative = _render(rng, template, changed)
        if negative != anchor:
            pairs.append((anchor, negative, 0))
    return pairs


def condition_names(questions: list[tuple[str, str, str]], synonyms: dict[str, list[str]]) -> list[Value]:
    """MedQuAD's condition foci (asked about causes, treatment or symptoms somewhere) with their synonyms."""
    conditions = {focus for _, qtype, focus in questions if qtype in {"causes", "treatment", "symptoms"}}
    names: list[Value] = []
    for focus in sorted(f for f in conditions if f):
        forms = [focus] + [s for s in synonyms.get(focus, []) if 2 < len(s) < 50 and "," not in s]
        if len(focus) < 50:
            names.append(tuple(dict.fromkeys(f if f.isupper() else f.lower() for f in forms)))
    return names


def condition_pairs(names: list[Value], *, count: int, rng: random.Random) -> list[tuple[str, str, int]]:
    """A condition asked about: paraphrase = another template (and a synonym when MedQuAD has one); look-alikes
    = the same template asking another aspect, about a sibling condition (sharing a word), or for another
    population."""
    by_word: dict[str, list[int]] = defaultdict(list)
    for i, forms in enumerate(names):
        for word in set(_WORD.findall(forms[0])):
            by_word[word].append(i)
    with_synonyms = [i for i, forms in enumerate(names) if len(forms) > 1]
    kinds = sorted(CONDITION_KINDS)
    pairs = []
    for _ in range(count):
        i = rng.choice(with_synonyms) if with_synonyms and rng.random() < 0.6 else rng.randrange(len(names))
        kind = rng.choice(kinds)
        templates = CONDITION_KINDS[kind]
        population = rng.choice(CONDITION_POPULATIONS) if rng.random() < 0.3 else ("", "")
        first = rng.randrange(len(templates))

        def ask(template: str, forms: Value, where: Value) -> str:
            return _fill(template, {"x": rng.choice(forms) + rng.choice(where)})

        anchor = ask(templates[first], names[i], population)
        second = rng.choice([t for j, t in enumerate(templates) if j != first])
        pairs.append((anchor, ask(second, names[i], population), 1))
        choice = rng.random()
        template = templates[first] if rng.random() < 0.7 else second
        if choice < 0.45:
            other = CONDITION_KINDS[rng.choice([k for k in kinds if k != kind])]
            negative = ask(other[min(first, len(other) - 1)], names[i], population)
        elif choice < 0.8:
            near = [j for w in _WORD.findall(names[i][0]) for j in by_word[w] if j != i]
            j = rng.choice(near) if near and rng.random() < 0.7 else rng.randrange(len(names))
            negative = ask(template, names[j], population)
        else:
            other_population = rng.choice([p for p in CONDITION_POPULATIONS if p != population])
            negative = ask(template, names[i], other_population)
        if negative != anchor:
            pairs.append((anchor, negative, 0))
    return pairs


def hard_pairs(questions: list[tuple[str, str, str]], synonyms: dict[str, list[str]], *, count: int,
               seed: int) -> list[tuple[str, str, int]]:
    """About `count` anchors spread over the families and the MedQuAD conditions, pairs in random order."""
    rng = random.Random(seed)
    per_family = count // (2 * len(FAMILIES))
    pairs = [pair for family in FAMILIES for pair in family_pairs(family, count=per_family, rng=rng)]
    pairs += condition_pairs(condition_names(questions, synonyms), count=count // 2, rng=rng)
    return [(b, a, y) if rng.random() < 0.5 else (a, b, y) for a, b, y in pairs]
