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

Besides the slot families: polarity families (a slot of two opposites: over/under-active, before/after, with/without,
gained/lost, high/low, positive/negative, left/right, sudden/gradual, acute/chronic, more/less, upper/lower, ice/heat),
whose look-alikes mostly swap the opposite; numbers (ages: the same number in months and in years, 7 and 70; lab
values in low / usual / high bands); MedQuAD's sibling foci (names one word apart: ankle / wrist sprain, hepatitis
A / B); and lay / clinical names of one thing from MedQuAD's synonyms and "also called" sentences, asked by one name
on one side of a paraphrase and by the other on the other side.

The vocabularies are general medical knowledge written for askdoc; the MedQuAD foci, types and synonyms come
from the shared data at training time (never copied into the repository). None of these pairs is derived from
evaluation/lookalike.jsonl, MQP, the RQE validation set or the MEDIQA QA sets.
"""

from __future__ import annotations

import random
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

Value = tuple[str, ...]  # equivalent surface forms of one slot value


@dataclass(frozen=True)
class Family:
    """Templates (lists of equivalent phrasings, one list per "kind" of question) and the slots they use."""

    name: str
    kinds: dict[str, tuple[str, ...]]  # kind -> equivalent templates; another kind asks something else
    slots: dict[str, Sequence[Value]]
    # The slot whose change makes most of this family's look-alikes (a polarity, a number), and for a value the
    # values that differ from it in one respect only (the same number in months and in years): the hardest swaps.
    prefer: str = ""
    near: dict[Value, list[Value]] = field(default_factory=dict)
    weight: float = 1.0  # share of anchors against a family of weight 1


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

SLOT_FAMILIES: tuple[Family, ...] = (
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

# Share of a family's look-alikes that change its preferred slot, and of those that take a near value.
PREFERRED_SWAPS = 0.6
NEAR_SWAPS = 0.7


def polarity(name: str, kinds: dict[str, tuple[str, ...]], poles: tuple[Value, Value],
             slots: dict[str, Sequence[Value]]) -> Family:
    """A family whose look-alikes mostly swap one word for its opposite ({pol}: over/under-active, before/after,
    gained/lost...): the two questions share every other word and need opposite answers."""
    return Family(name, kinds, {"pol": list(poles), **slots}, prefer="pol")


# Opposites as one slot: general medical phrasing written for askdoc (module docstring).
POLARITY_FAMILIES: tuple[Family, ...] = (
    polarity("level", {
        "causes": ("What causes {pol} {what}?", "Why would someone have {pol} {what}?", "What can lead to {pol} "
                   "{what}?"),
        "danger": ("Is {pol} {what} dangerous?", "How serious is {pol} {what}?", "Should I worry about {pol} "
                   "{what}?"),
        "diet": ("What should I eat if I have {pol} {what}?", "Which foods help with {pol} {what}?",
                 "Is there a diet for {pol} {what}?"),
        "symptoms": ("What are the symptoms of {pol} {what}?", "How does {pol} {what} make you feel?",
                     "How would I know I have {pol} {what}?"),
    }, (("high", "elevated", "raised"), ("low", "decreased", "reduced")), {"what": [
        ("blood pressure",), ("blood sugar", "blood glucose"), ("potassium", "potassium levels"),
        ("sodium", "sodium levels"), ("iron", "iron levels"), ("white blood cell count", "white cell count"),
        ("platelets", "platelet count"), ("cholesterol",), ("calcium", "calcium levels"), ("heart rate", "pulse"),
        ("thyroid hormone", "thyroid levels"), ("vitamin D", "vitamin D levels"), ("testosterone",),
    ]}),
    polarity("activity of an organ", {
        "symptoms": ("What are the symptoms of an {pol} {organ}?", "How do I know if I have an {pol} {organ}?",
                     "What signs point to an {pol} {organ}?"),
        "treatment": ("How is an {pol} {organ} treated?", "What medicine helps an {pol} {organ}?",
                      "What can be done about an {pol} {organ}?"),
        "weight": ("Can an {pol} {organ} change my weight?", "Does an {pol} {organ} cause weight changes?"),
    }, (("overactive", "over-active"), ("underactive", "under-active")), {"organ": [
        ("thyroid", "thyroid gland"), ("bladder",), ("immune system",), ("adrenal gland", "adrenal glands"),
        ("parathyroid gland", "parathyroid"), ("pituitary gland", "pituitary"),
    ]}),
    polarity("before or after", {
        "eat": ("What can I eat {pol} {event}?", "Which foods are okay {pol} {event}?",
                "What am I allowed to eat {pol} {event}?"),
        "alcohol": ("Can I drink alcohol {pol} {event}?", "Is it okay to have a glass of wine {pol} {event}?",
                    "Should I avoid alcohol {pol} {event}?"),
        "pain": ("Is it normal to have pain {pol} {event}?", "Should I worry about pain {pol} {event}?",
                 "Why would I be in pain {pol} {event}?"),
        "exercise": ("Can I exercise {pol} {event}?", "Is it safe to work out {pol} {event}?",
                     "Should I avoid the gym {pol} {event}?"),
        "painkiller": ("Can I take ibuprofen {pol} {event}?", "Is it safe to take painkillers {pol} {event}?",
                       "Which pain reliever can I use {pol} {event}?"),
    }, (("before", "prior to", "ahead of"), ("after", "following", "right after")), {"event": [
        ("a colonoscopy",), ("surgery", "an operation"), ("a blood test", "having blood drawn"),
        ("a vaccine", "a vaccination", "a shot"), ("a tooth extraction", "having a tooth pulled"),
        ("a C-section", "a cesarean"), ("a CT scan", "a CT scan with contrast"), ("an MRI", "an MRI scan"),
        ("a flight", "a long flight"), ("giving blood", "donating blood"), ("a mammogram",),
    ]}),
    polarity("weight change", {
        "worry": ("I have {pol} {amount} in {time}. Should I be worried?", "Is it a concern that I {pol} {amount} "
                  "in {time}?", "{Pol} {amount} in {time}: should I see a doctor?"),
        "causes": ("What could make me have {pol} {amount} in {time}?", "Why would I have {pol} {amount} in "
                   "{time} without trying?", "What medical problems cause someone to have {pol} {amount} in "
                   "{time}?"),
    }, (("gained", "put on"), ("lost", "dropped", "shed")), {
        "amount": [("10 pounds", "ten pounds"), ("5 kilos", "five kilograms"), ("20 pounds", "twenty pounds")],
        "time": [("a month", "one month"), ("two weeks", "2 weeks"), ("three months", "3 months")],
    }),
    polarity("test result", {
        "meaning": ("My {test} came back {pol}. What does that mean?", "What does a {pol} {test} mean?",
                    "I got a {pol} result on my {test}. What does it tell me?"),
        "next": ("My {test} was {pol}. What should I do now?", "What are the next steps after a {pol} {test}?",
                 "After a {pol} {test}, what happens next?"),
        "trust": ("Can a {pol} {test} be wrong?", "How reliable is a {pol} {test}?", "Should I repeat a {pol} "
                  "{test}?"),
    }, (("positive",), ("negative",)), {"test": [
        ("pregnancy test", "home pregnancy test"), ("strep test", "rapid strep test"), ("COVID test", "Covid-19 "
        "test"), ("HIV test",), ("TB skin test", "tuberculosis skin test"), ("ANA test", "antinuclear antibody "
        "test"), ("Lyme test", "Lyme disease test"), ("flu test", "influenza test"), ("fecal occult blood test",
        "stool blood test"), ("hepatitis C test",),
    ]}),
    polarity("side of the body", {
        "causes": ("What causes pain on the {pol} side of my {region}?", "Why does the {pol} side of my {region} "
                   "hurt?", "I have pain in the {pol} side of my {region}. What could it be?"),
        "worry": ("When is pain on the {pol} side of my {region} serious?", "Should I go to the ER for pain on the "
                  "{pol} side of my {region}?", "Is pain on the {pol} side of the {region} an emergency?"),
    }, (("left", "left-hand"), ("right", "right-hand")), {"region": [
        ("lower belly", "lower abdomen", "lower stomach"), ("upper belly", "upper abdomen"), ("chest",),
        ("head",), ("neck",), ("back", "lower back"), ("jaw",), ("groin",),
    ]}),
    polarity("onset", {
        "causes": ("What causes {pol} {what}?", "Why would someone get {pol} {what}?", "What is behind {pol} "
                   "{what}?"),
        "urgency": ("Is {pol} {what} an emergency?", "Should I see a doctor right away for {pol} {what}?",
                    "How urgent is {pol} {what}?"),
        "treatment": ("How is {pol} {what} treated?", "Can {pol} {what} be reversed?", "What helps with {pol} "
                      "{what}?"),
    }, (("sudden", "abrupt"), ("gradual", "slowly worsening")), {"what": [
        ("hearing loss", "loss of hearing"), ("vision loss", "loss of vision", "blurry vision"),
        ("weight gain",), ("memory loss", "forgetfulness"), ("hair loss",), ("swelling of the legs",
        "leg swelling"), ("confusion",), ("shortness of breath", "breathlessness"), ("weakness in one arm",),
    ]}),
    polarity("more or less", {
        "causes": ("Why do I {act} {pol} than usual?", "What makes someone {act} {pol} than normal?",
                   "Lately I {act} {pol} than I used to. What could cause that?"),
        "worry": ("Should I worry that I {act} {pol} than usual?", "Is it a bad sign to {act} {pol} than normal?",
                  "When should I see a doctor because I {act} {pol} than usual?"),
    }, (("more", "a lot more", "much more"), ("less", "a lot less", "much less")), {"act": [
        ("pee", "urinate"), ("sleep",), ("eat",), ("sweat",), ("drink water",), ("poop", "have bowel movements"),
    ]}),
    polarity("hot or cold", {
        "use": ("Should I put {pol} on {injury}?", "Is {pol} good for {injury}?", "Does {pol} help {injury}?"),
        "how long": ("How long should I keep {pol} on {injury}?", "How many minutes of {pol} for {injury}?"),
    }, (("ice", "a cold pack", "an ice pack"), ("heat", "a heating pad", "a warm compress")), {"injury": [
        ("a sprained ankle", "an ankle sprain"), ("a sore back", "back pain"), ("a pulled muscle", "a muscle "
        "strain"), ("a bruise",), ("a stiff neck",), ("a swollen knee",), ("menstrual cramps", "period cramps"),
    ]}),
    polarity("short or long lasting", {
        "treatment": ("How is {pol} {what} treated?", "What is the treatment for {pol} {what}?",
                      "What helps {pol} {what}?"),
        "causes": ("What causes {pol} {what}?", "Why do people get {pol} {what}?"),
    }, (("acute", "short-term", "sudden"), ("chronic", "long-term", "long-lasting")), {"what": [
        ("bronchitis",), ("sinusitis", "sinus infection"), ("pancreatitis",), ("kidney failure",),
        ("back pain",), ("diarrhea",), ("hepatitis B",), ("cough",), ("gastritis",), ("insomnia",),
    ]}),
    polarity("upper or lower", {
        "causes": ("What causes pain in my {pol} {part}?", "Why does my {pol} {part} hurt?", "My {pol} {part} "
                   "aches. What could it be?"),
        "relief": ("How can I relieve {pol} {part} pain?", "What helps pain in the {pol} {part}?"),
    }, (("upper",), ("lower",)), {"part": [
        ("back",), ("abdomen", "belly", "stomach"), ("arm",), ("eyelid",), ("lip",), ("leg",), ("teeth",),
    ]}),
    polarity("with or without", {
        "worry": ("Should I worry about {sym} {pol} {comp}?", "Is {sym} {pol} {comp} serious?",
                  "How dangerous is {sym} {pol} {comp}?"),
        "doctor": ("Do I need a doctor for {sym} {pol} {comp}?", "Is {sym} {pol} {comp} a reason to see a "
                   "doctor?"),
    }, (("with", "along with", "together with"), ("without", "but no", "with no")), {
        "sym": SYMPTOMS, "comp": COMPANIONS,
    }),
)


def _ages() -> tuple[list[Value], dict[Value, list[Value]]]:
    """Ages as a number and a unit: the same number in months and in years (2-month-old / 2-year-old), or one digit
    more or less (7 / 70), is the hardest look-alike of a child's or a parent's age."""
    words = {2: "two", 3: "three", 4: "four", 6: "six", 7: "seven", 8: "eight", 9: "nine", 10: "ten",
             15: "fifteen", 18: "eighteen", 40: "forty", 60: "sixty", 70: "seventy", 80: "eighty"}
    values: dict[tuple[int, str], Value] = {}
    for n in (2, 3, 4, 6, 8, 9, 10, 18):
        values[(n, "month")] = (f"my {n}-month-old", f"my {words[n]} month old baby",
                                f"my baby, who is {n} months old,")
    for n in (2, 3, 4, 6, 7, 8, 10, 15, 40, 60, 70, 80):
        values[(n, "year")] = (f"my {n}-year-old", f"my {words[n]} year old", f"my child, who is {n},"
                               if n < 18 else f"my {n} year old parent")
    near: dict[Value, list[Value]] = {}
    for (n, unit), value in values.items():
        near[value] = [v for (m, u), v in values.items() if (m == n and u != unit)
                       or (u == unit and m != n and (m == n * 10 or n == m * 10))]
    return list(values.values()), near


AGES, AGE_NEAR = _ages()
# A lab value in three bands (low / usual / high) per test; a look-alike moves it to another band.
LABS: dict[str, tuple[tuple[str, ...], ...]] = {
    "LDL cholesterol": (("90", "90 mg/dL"), ("190", "190 mg/dL")),
    "fasting blood sugar": (("50", "50 mg/dL"), ("90", "90 mg/dL"), ("250", "250 mg/dL")),
    "blood pressure": (("90/60",), ("120/80",), ("165/100",)),
    "TSH": (("0.1",), ("2.0", "2"), ("9.5",)),
    "hemoglobin": (("8", "8 g/dL"), ("14", "14 g/dL")),
    "potassium": (("2.9",), ("4.2",), ("6.1",)),
    "A1c": (("5.2%", "5.2 percent"), ("8.9%", "8.9 percent")),
    "resting heart rate": (("40", "40 beats a minute"), ("70", "70 beats a minute"), ("130", "130 beats a minute")),
    "temperature": (("98.6 F", "37 C"), ("103 F", "39.5 C")),
    "platelet count": (("40,000",), ("250,000",), ("900,000",)),
}
LAB_FAMILIES: tuple[Family, ...] = tuple(Family(f"lab value: {lab}", {
    "normal": (f"My {lab} is {{value}}. Is that normal?", f"Is a {lab} of {{value}} okay?",
               f"I just got my results: {lab} {{value}}. Should I be worried?", f"What does a {lab} of {{value}} "
               "mean?"),
}, {"value": list(bands)}, prefer="value", weight=0.3) for lab, bands in LABS.items())

NUMBER_FAMILIES: tuple[Family, ...] = (
    Family("age", {
        "fever": ("What temperature is too high for {who}?", "When is a fever dangerous for {who}?",
                  "How high a fever is an emergency for {who}?"),
        "sleep": ("How much sleep does {who} need?", "How many hours should {who} sleep?",
                  "Is {who} sleeping enough at 10 hours a day?"),
        "medicine": ("Can I give {who} ibuprofen?", "Is ibuprofen safe for {who}?", "How much Tylenol can {who} "
                     "have?"),
        "milestone": ("Should {who} be talking yet?", "Is it normal that {who} does not talk yet?",
                      "Is {who} late in talking?"),
    }, {"who": AGES}, prefer="who", near=AGE_NEAR),
    *LAB_FAMILIES,
)
FAMILIES: tuple[Family, ...] = SLOT_FAMILIES + POLARITY_FAMILIES + NUMBER_FAMILIES

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
# Whether a condition is inherited or contagious does not depend on who asks: another population is no look-alike
# there ("Can parents pass pyle's disease [in pregnant women] to their children?" was labelled "no match").
POPULATION_FREE_KINDS = frozenset({"inheritance", "contagious"})
_WORD = re.compile(r"[a-z]{4,}")
# Share of paraphrases of a condition with several names that ask it by another of its names.
OTHER_NAME_PARAPHRASES = 0.8
ALSO_CALLED_FORMS = 4


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
        if family.prefer and rng.random() < PREFERRED_SWAPS:
            slot = family.prefer
        template = first if rng.random() < 0.7 else rng.choice(others)
        if slot == "kind":
            other_kind = rng.choice([k for k in kinds if k != kind])
            index = templates.index(template) % len(family.kinds[other_kind])
            template = family.kinds[other_kind][index]
        else:
            pool = [v for v in family.slots[slot] if v not in values.values()]
            near = [v for v in family.near.get(values[slot], []) if v in pool]
            changed[slot] = rng.choice(near if near and rng.random() < NEAR_SWAPS else pool)
        negative = _render(rng, template, changed)
        if negative != anchor:
            pairs.append((anchor, negative, 0))
    return pairs


def condition_names(questions: list[tuple[str, str, str]], synonyms: dict[str, list[str]]) -> list[Value]:
    """MedQuAD's condition foci (asked about causes, treatment or symptoms somewhere) with their synonyms; a focus
    with a page suffix ("Ankle sprain - aftercare") or a parenthesis ("Otitis media (middle ear infection)") is
    read as its name, the parenthesis as a synonym."""
    conditions = {focus for _, qtype, focus in questions if qtype in {"causes", "treatment", "symptoms"}}
    names: dict[str, list[str]] = {}
    for focus in sorted(f for f in conditions if f):
        name, _, aside = focus.split(" - ")[0].partition(" (")
        forms = [name.strip(), aside.rstrip(")").strip()] + synonyms.get(focus, [])
        # A synonym with a page suffix is another page's title, often a subtype ("brain tumor": "medulloblastoma -
        # adults", "oligodendroglioma - adults"): not another name of this focus.
        forms = forms[:2] + [f for f in forms[2:] if " - " not in f]
        forms = [f for f in forms if 2 < len(f) < 50 and "," not in f and "(" not in f]
        if forms and forms[0] == name.strip():
            names.setdefault(_lower(name.strip()), []).extend(_lower(f) for f in forms)
    return [tuple(dict.fromkeys(forms)) for forms in names.values()]


def _lower(text: str) -> str:
    return text if text.isupper() else text.lower()


_ALSO = re.compile(r"\(?,?\s*(?:also|sometimes|commonly|often) (?:called|known as|referred to as) ")
_NAME_END = re.compile(r"[,;.:()]| or | and |\bis\b|\bare\b|\bwhich\b|\bthat\b")
_NOT_A_NAME = frozenset("""a an the is are was were be been has have had with without of in on for by to from as at
this that these those it its their his her your our people who which when where may can also often usually called
known condition disorder procedure test form type kind one some such many most other another and or include
includes including developing why it's risk mild moderate severe having""".split())


_NOT_A_LIST = re.compile(r"(?i)(?:type|class|stage|group|such|and|can|may|for|as|the)\b|\d")
# The word just before a name that starts a noun phrase. A name found after anything else ("and elevated
# temperature", "to be treated", "Type II fibers", a heading glued to the text) is the tail of a longer phrase, and
# about a third of such pairs were not two names of one thing (docs/quality.md, 2026-12-05).
_NAME_START = frozenset("""a an the have has had with without of in on for from by to as called known include
includes including cause causes caused develop develops developing""".split())
_NOT_IN_A_NAME = re.compile(r"""["'`]|^\W|\b(?:it|they|them|this|these|those|its|their)\b""")
_ARTICLE = re.compile(r"^(?:a|an|the) ")


def _name_before(text: str) -> str:
    """The name that ends `text` (at most four words after a word that starts a noun phrase or a sentence), or ""
    when its start cannot be told."""
    before = re.sub(r"\s*\([^)]*\)\s*$", "", text).split()
    for length in range(1, 5):
        if length > len(before):
            return ""
        word = before[-length]
        if not re.fullmatch(r"[A-Za-z][\w'-]*", word) or word.lower() in _NOT_A_NAME:
            return ""
        start = before[-length - 1] if length < len(before) else "."
        words = [w.lower() for w in before[-length:]]
        if len(set(words)) < length:
            return ""  # "graves disease graves disease": a heading glued to its text
        # One word after an article or a preposition ("in the blood, also called acidosis", "the rectum, also
        # called the perineum") is mostly not what the aside names; a sentence that starts with it is.
        if start[-1] in ".!?:;" or (start.lower() in _NAME_START and length > 1):
            return " ".join(before[-length:])
    return ""


def also_called_names(answers: Sequence[str]) -> list[Value]:
    """Two names of one thing from MedQuAD's answers: "high blood glucose, also called high blood sugar or
    hyperglycemia" -> ("high blood glucose", "high blood sugar", "hyperglycemia"); a lay name and a clinical one
    are then the two sides of a paraphrase. Only an aside set off by a comma or a parenthesis counts; the first
    name is the last words before it (at most four, after a word that starts a noun phrase or a sentence), the
    others what follows it up to a punctuation mark, split on "or", without a name that only narrows or widens
    another ("nephrotic syndrome" / "infantile nephrotic syndrome")."""
    found: dict[str, list[str]] = {}
    for answer in answers:
        for match in _ALSO.finditer(answer):
            if not match.group().lstrip().startswith((",", "(")):
                continue  # "a vitamin also known as niacin": not an aside naming the words before it
            first = _name_before(answer[:match.start()])
            rest = answer[match.end():]
            others = []
            # Split on "or" only: after a comma a list of other things often goes on ("MSG, fasting, ...").
            for part in rest[: _end(rest)].split(",")[0].split(" or "):
                part = _ARTICLE.sub("", part.split(" - ")[0].strip(" \"'"))
                if not 2 < len(part) < 40 or len(part.split()) > 4 or _NOT_A_LIST.match(part) \
                        or _NOT_IN_A_NAME.search(part):
                    break  # the list of names has ended: a clause or a category ("type 3") follows
                others.append(part)
            if len(first) > 3 and others:
                key = _lower(first)
                forms = found.setdefault(key, [key])
                forms.extend(o for o in map(_lower, others) if not _nested(o, forms))
    return [tuple(dict.fromkeys(forms))[:ALSO_CALLED_FORMS] for forms in found.values() if len(set(forms)) > 1]


def _nested(name: str, names: Sequence[str]) -> bool:
    """Whether `name` holds another of `names` or is held by one (as whole words): a narrower or broader name."""
    return any(f" {name} " in f" {other} " or f" {other} " in f" {name} " for other in names)


def _end(text: str) -> int:
    """Where a list of names after "also called" ends: a sentence mark or a verb that starts a clause."""
    match = re.search(r"[.;:()]|\b(?:is|are|was|which|that|because|when|where|in which)\b", text)
    return match.start() if match else len(text)


def siblings(names: list[Value]) -> dict[int, list[int]]:
    """For each name, the names of as many words that differ from it in exactly one word ("ankle sprain" / "wrist
    sprain", "hepatitis a" / "hepatitis b", "type 1 diabetes" / "type 2 diabetes"): MedQuAD's own sibling values."""
    groups: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, forms in enumerate(names):
        words = tuple(forms[0].lower().split())
        for position in range(len(words) if len(words) > 1 else 0):
            groups[words[:position] + ("*",) + words[position + 1:]].append(i)
    near: dict[int, list[int]] = defaultdict(list)
    for members in groups.values():
        if 1 < len(members) < 40:
            for i in members:
                near[i].extend(j for j in members if j != i)
    return near


def condition_pairs(names: list[Value], *, count: int, rng: random.Random) -> list[tuple[str, str, int]]:
    """A condition asked about: paraphrase = another template (and a synonym when MedQuAD has one); look-alikes
    = the same template asking another aspect, about a sibling condition (sharing a word), or for another
    population."""
    by_word: dict[str, list[int]] = defaultdict(list)
    for i, forms in enumerate(names):
        for word in set(_WORD.findall(forms[0])):
            by_word[word].append(i)
    sibling = siblings(names)
    with_synonyms = [i for i, forms in enumerate(names) if len(forms) > 1]
    kinds = sorted(CONDITION_KINDS)
    pairs = []
    for _ in range(count):
        i = rng.choice(with_synonyms) if with_synonyms and rng.random() < 0.6 else rng.randrange(len(names))
        kind = rng.choice(kinds)
        templates = CONDITION_KINDS[kind]
        population = rng.choice(CONDITION_POPULATIONS) if rng.random() < 0.3 else ("", "")
        if kind in POPULATION_FREE_KINDS:
            population = ("", "")
        first = rng.randrange(len(templates))

        def ask(template: str, forms: Value, where: Value) -> str:
            return _fill(template, {"x": rng.choice(forms) + rng.choice(where)})

        name = rng.choice(names[i])
        anchor = _fill(templates[first], {"x": name + rng.choice(population)})
        second = rng.choice([t for j, t in enumerate(templates) if j != first])
        # A name with another name (a synonym, an "also called") is mostly asked by its other name: the two sides
        # of the paraphrase then share neither the words of the question nor those of the name.
        # One side is always the focus's first name: two of its synonyms are often two subtypes ("abcb4-related" /
        # "atp8b1-related intrahepatic cholestasis", "limited" / "localized scleroderma"), not one thing.
        other_names = [f for f in names[i] if f != name] if name == names[i][0] else [names[i][0]]
        if other_names and rng.random() < OTHER_NAME_PARAPHRASES:
            pairs.append((anchor, _fill(second, {"x": rng.choice(other_names) + rng.choice(population)}), 1))
            if rng.random() < 0.5:
                pairs.append((anchor, _fill(templates[first], {"x": rng.choice(other_names) + population[0]}), 1))
        else:
            pairs.append((anchor, ask(second, (name, names[i][0]), population), 1))
        choice = rng.random()
        template = templates[first] if rng.random() < 0.7 else second
        if choice < 0.45 or (choice >= 0.8 and kind in POPULATION_FREE_KINDS):
            other_kind = rng.choice([k for k in kinds if k != kind])
            other = CONDITION_KINDS[other_kind]
            where = ("", "") if other_kind in POPULATION_FREE_KINDS else population
            negative = ask(other[min(first, len(other) - 1)], names[i], where)
        elif choice < 0.8:
            near = sibling.get(i) or [j for w in _WORD.findall(names[i][0]) for j in by_word[w] if j != i]
            j = rng.choice(near) if near and rng.random() < 0.8 else rng.randrange(len(names))
            negative = ask(template, names[j], population)
        else:
            other_population = rng.choice([p for p in CONDITION_POPULATIONS if p != population])
            negative = ask(template, names[i], other_population)
        if negative != anchor:
            pairs.append((anchor, negative, 0))
    return pairs


def hard_pairs(questions: list[tuple[str, str, str]], synonyms: dict[str, list[str]], *, count: int,
               seed: int, also_called: Sequence[Value] = ()) -> list[tuple[str, str, int]]:
    """About `count` anchors spread over the families and the MedQuAD conditions (with the `also_called` names of
    `also_called_names`), pairs in random order."""
    rng = random.Random(seed)
    per_family = count / (2 * sum(family.weight for family in FAMILIES))
    pairs = [pair for family in FAMILIES
             for pair in family_pairs(family, count=round(per_family * family.weight), rng=rng)]
    names = condition_names(questions, synonyms) + list(also_called)
    pairs += condition_pairs(names, count=count // 2, rng=rng)
    return [(b, a, y) if rng.random() < 0.5 else (a, b, y) for a, b, y in pairs]
