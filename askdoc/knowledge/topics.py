"""FAQ topics built from the knowledge base's foci, each given a department by a documented mapping.

The mapping (docs/knowledge.md explains it with examples), first rule that answers wins:
1. a moderator's choice (department_locked=True) is never changed;
2. sources about one specialty: CancerGov -> hematology-oncology, NINDS -> neurology, NEI -> ophthalmology;
3. UMLS semantic types that name a specialty: Neoplastic Process (T191) -> hematology-oncology,
   Mental or Behavioral Dysfunction (T048) -> psychiatry, Virus (T005) / Bacterium (T007) -> infectious-diseases;
4. the vocabulary below (plus each department's own `vocabulary` field) matched against the focus and its
   synonyms (weight 3) and the topic's description (weight 1); a longer matched phrase counts more, so
   "kidney stone" (urology) beats "kidney" (nephrology). NIDDK and NHLBI only choose among their institutes'
   specialties (NIDDK: kidney, urologic, digestive, endocrine, nutrition and blood diseases; NHLBI: heart,
   lung and blood);
5. what is left: NIDDK -> gastroenterology, NHLBI -> cardiology, Congenital Abnormality (T019) or the genetic
   sources GHR/GARD -> pediatrics (genetic conditions are mostly diagnosed in childhood), anything else ->
   family-medicine.

Medicines and supplements (MedlinePlus drugs and herbs, MedlinePlus category "Drug") are not topics: a
medicine is not a condition a department looks after; they stay searchable in the "kb" collection.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from django.db import transaction
from django.utils.text import slugify

from askdoc.knowledge.models import KbDocument, KbPair
from askdoc.knowledge.text import first_sentence
from askdoc.qa.models import Department, FaqTopic

FALLBACK_DEPARTMENT = "family-medicine"
SLUG_MAX = 200
SYNONYMS_MAX = 20
# The demo library's documents are named after the demo topics themselves (askdoc/qa/demo/topics.json); the
# Spanish MedlinePlus topics mirror English ones (<language-mapped-topic>) and FAQ topics are listed in English.
NOT_TOPIC_SOURCES = {"MPlusDrugs", "MPlusHerbsSupplements", "AskdocDemo", "AskdocDemoZh", "MedlinePlusEs"}

SOURCE_DEPARTMENT = {"CancerGov": "hematology-oncology", "NINDS": "neurology", "NEI": "ophthalmology"}
SOURCE_CHOICES = {
    "NIDDK": (("nephrology", "urology", "gastroenterology", "endocrinology", "nutrition", "hematology-oncology"),
              "gastroenterology"),
    "NHLBI": (("cardiology", "pulmonology", "hematology-oncology"), "cardiology"),
}
SEMANTIC_TYPE_DEPARTMENT = {
    "T191": "hematology-oncology",  # Neoplastic Process
    "T048": "psychiatry",  # Mental or Behavioral Dysfunction
    "T005": "infectious-diseases",  # Virus
    "T007": "infectious-diseases",  # Bacterium
}
GENETIC_SOURCES = {"GHR", "GARD"}
CONGENITAL = "T019"

# Word starts (each pattern must begin a word; the word may go on: "cardi" matches "cardiomyopathy").
# The order breaks ties: a cancer of an organ belongs to oncology before the organ's specialty.
VOCABULARY: dict[str, tuple[str, ...]] = {
    "hematology-oncology": (
        "cancer", "tumor", "tumour", "carcinoma", "leukemia", "lymphoma", "myeloma", "sarcoma", "melanoma",
        "neoplas", "blastoma", "anemia", "anaemia", "hemophilia", "thalassemia", "sickle cell", "thrombo",
        "platelet", "bleeding disorder", "neutropenia", "hemoglobin", "von willebrand", "coagul", "myelodysplas",
        "polycythemia", "clotting", "blood clot", "bone marrow", "granulocyt", "leukocyt", "lymphocyt",
    ),
    "cardiology": (
        "heart", "cardi", "coronary", "arrhythm", "atrial", "aortic", "aorta", "valve", "valvular",
        "hypertension", "high blood pressure", "hypotension", "angina", "myocard", "endocard", "pericard",
        "tachycard", "bradycard", "cholesterol", "arteries", "artery", "arterial", "aneurysm", "vascular",
        "long qt",
    ),
    "pulmonology": (
        "lung", "pulmonar", "pneumon", "pneumothorax", "asthma", "bronch", "respirat", "breathing", "copd",
        "emphysema", "cystic fibrosis", "sleep apnea", "apnea", "trache", "pleura", "cough", "sarcoidosis",
    ),
    "neurology": (
        "brain", "nerve", "neuro", "neural", "epilep", "seizure", "migraine", "headache", "stroke", "dementia",
        "alzheimer", "parkinson", "ataxia", "dystonia", "muscular dystrophy", "multiple sclerosis",
        "amyotrophic", "spinal cord", "palsy", "encephal", "tremor", "paralysis", "dyskinesia", "myoclon",
        "leukodystrophy", "hydrocephalus", "cerebral", "cerebell", "spastic paraplegia", "myasthenia",
        "charcot-marie-tooth", "huntington", "myopathy", "neuropathy", "polyneuropathy", "tic disorder", "tourette",
        "restless legs", "numbness", "carpal tunnel", "twitch", "spasm", "concussion", "dizziness",
    ),
    "psychiatry": (
        "depress", "anxiety", "bipolar", "schizophren", "autism", "attention deficit", "adhd", "panic", "phobia",
        "obsessive", "eating disorder", "anorexia nervosa", "bulimia", "suicid", "mental", "psychos",
        "psychiatr", "addiction", "alcoholism", "alcohol use", "substance abuse", "drug abuse", "personality",
        "post-traumatic", "ptsd", "insomnia", "behavior", "behaviour", "stress", "grief", "hallucinat",
    ),
    "ophthalmology": (
        "eye", "ocular", "retin", "macular", "glaucoma", "cataract", "vision", "blind", "cornea", "kerat",
        "optic", "uveitis", "strabismus", "myopia", "conjunctiv", "eyelid", "nystagmus", "night blindness",
        "coloboma", "aniridia", "visual",
    ),
    "otolaryngology": (
        "ear", "hearing", "deaf", "tinnitus", "sinus", "nose", "nasal", "throat", "laryn", "pharyn", "tonsil",
        "voice", "vertigo", "otitis", "smell", "snoring", "adenoid",
    ),
    "dermatology": (
        "skin", "derma", "eczema", "psoriasis", "acne", "rash", "hair", "alopecia", "nail", "ichthyosis",
        "epidermolysis", "vitiligo", "hives", "urticaria", "keloid", "wart", "mole", "pigment", "albinism",
        "blister", "scar", "sunburn", "rosacea", "cutaneous", "itch", "sweat",
    ),
    "gastroenterology": (
        "liver", "hepat", "cirrhosis", "bowel", "intestin", "colon", "colitis", "crohn", "celiac", "stomach",
        "gastr", "esophag", "pancrea", "gallbladder", "gallstone", "bile", "biliary", "digest", "diarrhea",
        "constipation", "hemorrhoid", "reflux", "heartburn", "peptic", "ulcer", "anal", "rectal", "rectum",
        "irritable bowel", "vomit", "nausea", "swallow", "indigestion", "jaundice", "cholecyst", "appendix",
    ),
    "endocrinology": (
        "diabet", "thyroid", "hormone", "pituitar", "adrenal", "insulin", "glucose", "hypoglyc", "hyperglyc",
        "cushing", "addison", "growth hormone", "acromegaly", "metabolic", "parathyroid", "endocrin",
        "a1c", "hypogonadism", "prediabetes", "hypothyroid", "hyperthyroid", "hyperparathyroid", "hypoparathyroid",
    ),
    "nephrology": (
        "kidney", "renal", "nephr", "dialysis", "glomerul", "proteinuria", "kidney failure",
    ),
    "urology": (
        "bladder", "urinary", "urethr", "prostat", "incontinence", "erectile", "testic", "testes", "scrot",
        "penis", "penile", "kidney stone", "ureter", "cystitis", "hypospadias", "urine",
    ),
    "obstetrics-gynecology": (
        "pregnan", "ovar", "uterus", "uterine", "cervix", "cervical cancer", "vagin", "menstru", "menopause",
        "endometri", "breastfeed", "childbirth", "gestation", "preeclampsia", "infertil", "fertility",
        "pelvic", "miscarriage", "placenta", "labor", "prenatal", "contracept", "period", "vulva", "breast",
    ),
    "pediatrics": (
        "child", "infant", "newborn", "baby", "babies", "neonat", "toddler", "sudden infant", "colic",
        "teething", "puberty", "kids",
    ),
    "rheumatology": (
        "arthritis", "lupus", "rheumat", "gout", "autoimmun", "vasculitis", "scleroderma", "sjogren",
        "spondyl", "immunodeficien", "immune", "allerg", "anaphyla", "fibromyalgia", "polymyositis",
        "dermatomyositis", "behcet",
    ),
    "orthopedics": (
        "bone", "fracture", "joint", "scoliosis", "osteo", "knee", "hip", "shoulder", "back pain", "tendon",
        "ligament", "sprain", "cartilage", "skeletal", "foot", "feet", "ankle", "wrist", "elbow", "spine",
        "chondro", "dwarfism", "limb",
    ),
    "infectious-diseases": (
        "infection", "infectious", "virus", "viral", "bacteri", "fung", "parasit", "hiv", "aids", "tuberculosis",
        "malaria", "influenza", "flu", "measles", "vaccin", "sepsis", "lyme", "sexually transmitted", "herpes",
        "worm", "tapeworm", "lice", "amoeb", "amebic", "shingles", "chickenpox", "hepatitis", "fever", "mumps",
        "rabies", "salmonella", "e. coli", "mrsa", "toxoplasm", "mycosis", "strep", "staph",
    ),
    "dentistry": (
        "tooth", "teeth", "dental", "gum disease", "gums", "periodont", "mouth", "oral", "jaw", "caries",
        "incisor", "enamel", "dentin",
    ),
    "nutrition": (
        "diet", "nutrition", "vitamin", "obesity", "weight", "malnutrition", "food", "dietary", "eating",
    ),
    "general-surgery": (
        "surgery", "surgical", "hernia", "appendic", "wound", "burns", "trauma", "injuries", "injury",
    ),
    "rehabilitation": (
        "rehabilitat", "physical therapy", "amputation", "mobility", "prosthe",
    ),
}
# "...iasis" names parasitic infections (taeniasis, leishmaniasis, trichuriasis).
_PARASITIC_SUFFIX = re.compile(r"\b\w+iasis\b", re.IGNORECASE)
_NAME_LEADS = re.compile(r"^(what i need to know about|parasites\s*-)\s+", re.IGNORECASE)
_INFORMATION_QUESTION = re.compile(r"^\s*(what is|what are|do you have information about)", re.IGNORECASE)
# Sources whose "What is ..." answers make the clearest one-sentence descriptions come first.
DESCRIPTION_SOURCES = ["MPlusHealthTopics", "NIHSeniorHealth", "NIDDK", "NHLBI", "NINDS", "CDC", "GHR", "GARD",
                       "CancerGov"]


@dataclass
class TopicDraft:
    slug: str
    names: list[str] = field(default_factory=list)
    synonyms: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    semantic_types: set[str] = field(default_factory=set)
    semantic_group: str = ""
    descriptions: dict[str, str] = field(default_factory=dict)  # source -> first sentence

    @property
    def name(self) -> str:
        # Prefer a capitalised spelling ("Polycystic Kidney Disease" over GHR's "polycystic kidney disease").
        name = next((n for n in self.names if n[:1].isupper()), self.names[0])
        return name[:1].upper() + name[1:]

    @property
    def description(self) -> str:
        for source in DESCRIPTION_SOURCES:
            if self.descriptions.get(source):
                return self.descriptions[source]
        return next(iter(self.descriptions.values()), "")


@dataclass
class TopicsSummary:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    locked_kept: int = 0


# --- department mapping -------------------------------------------------------------------------


def _compile(vocabulary: dict[str, tuple[str, ...]]) -> list[tuple[str, re.Pattern]]:
    """One pattern per department; longest words first, so "kidney stone" wins over "kidney" at a position."""
    compiled = []
    for slug, words in vocabulary.items():
        if words:
            ordered = sorted({w.lower() for w in words}, key=len, reverse=True)
            compiled.append((slug, re.compile(r"\b(?:" + "|".join(map(re.escape, ordered)) + ")", re.IGNORECASE)))
    return compiled


_BUILT_IN = _compile(VOCABULARY)


def department_vocabulary() -> list[tuple[str, re.Pattern]]:
    """The built-in vocabulary plus what moderators wrote in each department's `vocabulary` field."""
    extra: dict[str, tuple[str, ...]] = {}
    for slug, text in Department.objects.exclude(vocabulary="").values_list("slug", "vocabulary"):
        extra[slug] = tuple(w.strip().lower() for w in text.split(",") if len(w.strip()) >= 3)
    return _BUILT_IN + _compile(extra)


def _matched_weight(pattern: re.Pattern, text: str) -> int:
    # Each distinct word counts once, by its length: a longer phrase is a more specific clue.
    return sum(len(word) for word in {m.group(0).lower() for m in pattern.finditer(text)})


def keyword_scores(names: list[str], description: str, vocabulary=None) -> dict[str, float]:
    scores: dict[str, float] = defaultdict(float)
    name_text = " ; ".join(names)
    for slug, pattern in vocabulary or _BUILT_IN:
        weight = 3 * _matched_weight(pattern, name_text) + (_matched_weight(pattern, description) if description
                                                            else 0)
        if weight:
            scores[slug] += weight
    if _PARASITIC_SUFFIX.search(name_text):
        scores["infectious-diseases"] += 3 * 6
    return scores


def choose_department(*, sources: list[str], semantic_types: set[str], names: list[str], description: str = "",
                      vocabulary=None) -> str:
    """The department slug of a topic, by the documented rules (module docstring)."""
    for source in sources:
        if source in SOURCE_DEPARTMENT:
            return SOURCE_DEPARTMENT[source]
    for code, slug in SEMANTIC_TYPE_DEPARTMENT.items():
        if code in semantic_types:
            return slug
    allowed = None
    for source in sources:
        if source in SOURCE_CHOICES:
            allowed = SOURCE_CHOICES[source][0]
            break
    scores = keyword_scores(names, description, vocabulary)
    if allowed is not None:
        scores = {slug: score for slug, score in scores.items() if slug in allowed}
    if scores:
        order = list(VOCABULARY)
        return max(scores, key=lambda s: (scores[s], -order.index(s) if s in order else -len(order)))
    for source in sources:
        if source in SOURCE_CHOICES:
            return SOURCE_CHOICES[source][1]
    if CONGENITAL in semantic_types or GENETIC_SOURCES & set(sources):
        return "pediatrics"
    return FALLBACK_DEPARTMENT


# --- building the drafts from the knowledge base -------------------------------------------------


def topic_name(focus: str) -> str:
    return _NAME_LEADS.sub("", " ".join(focus.split())).strip(" -")[:200]


def topic_key(focus: str) -> str:
    return slugify(topic_name(focus))[:SLUG_MAX].strip("-")


def _descriptions() -> dict[int, str]:
    """document id -> the first sentence of its "What is ..." answer."""
    found: dict[int, str] = {}
    pairs = (KbPair.objects.filter(qtype="information").exclude(answer="")
             .order_by("document_id", "pid").values_list("document_id", "question", "answer"))
    for document_id, question, answer in pairs.iterator(chunk_size=2000):
        if document_id not in found and _INFORMATION_QUESTION.match(question):
            found[document_id] = first_sentence(answer)
    return found


def build_drafts() -> dict[str, TopicDraft]:
    descriptions = _descriptions()
    drafts: dict[str, TopicDraft] = {}
    documents = (KbDocument.objects.exclude(source__in=NOT_TOPIC_SOURCES).exclude(category="Drug")
                 .order_by("source", "doc_id"))
    for document in documents.iterator(chunk_size=2000):
        key = topic_key(document.focus)
        if not key:
            continue
        draft = drafts.setdefault(key, TopicDraft(slug=key))
        draft.names.append(topic_name(document.focus))
        draft.synonyms.extend(document.synonyms)
        draft.sources.append(document.source)
        draft.semantic_types.update(document.semantic_types)
        draft.semantic_group = draft.semantic_group or document.semantic_group
        if document.pk in descriptions:
            draft.descriptions.setdefault(document.source, descriptions[document.pk])
    return drafts


def _synonyms(draft: TopicDraft) -> list[str]:
    name = draft.name.lower()
    seen, kept = {name}, []
    for synonym in draft.synonyms:
        synonym = " ".join(synonym.split())
        if synonym and synonym.lower() not in seen:
            seen.add(synonym.lower())
            kept.append(synonym[:200])
    return kept[:SYNONYMS_MAX]


# --- writing --------------------------------------------------------------------------------------


TOPIC_FIELDS = ["name", "synonyms", "description", "semantic_group", "department"]


@transaction.atomic
def topics_refresh(*, progress=None) -> TopicsSummary:
    """Create or update one knowledge-base topic per focus; moderators' topics and choices are kept."""
    summary = TopicsSummary()
    departments = {d.slug: d for d in Department.objects.all()}
    fallback = departments.get(FALLBACK_DEPARTMENT) or next(iter(departments.values()))
    vocabulary = department_vocabulary()
    existing = {t.slug: t for t in FaqTopic.objects.all()}
    moderator_slugs = {slug for slug, t in existing.items() if t.origin != FaqTopic.Origin.KNOWLEDGE_BASE}
    to_create, to_update = [], []
    drafts = build_drafts()
    for draft in drafts.values():
        if progress:
            progress(draft.slug)
        # A moderator's topic owns its slug; the knowledge base's topic of the same name steps aside.
        slug = draft.slug if draft.slug not in moderator_slugs else f"{draft.slug[:SLUG_MAX - 3]}-kb"
        slug_department = choose_department(
            sources=draft.sources, semantic_types=draft.semantic_types,
            names=[draft.name, *draft.synonyms], description=draft.description, vocabulary=vocabulary,
        )
        values = {
            "name": draft.name, "synonyms": _synonyms(draft), "description": draft.description,
            "semantic_group": draft.semantic_group[:100],
            "department_id": departments.get(slug_department, fallback).pk,
        }
        topic = existing.get(slug)
        if topic is None:
            to_create.append(FaqTopic(slug=slug, origin=FaqTopic.Origin.KNOWLEDGE_BASE, **values))
            continue
        if topic.department_locked:
            values.pop("department_id")
            summary.locked_kept += 1
        if all(getattr(topic, f) == v for f, v in values.items()):
            summary.unchanged += 1
            continue
        for field_name, value in values.items():
            setattr(topic, field_name, value)
        to_update.append(topic)
    FaqTopic.objects.bulk_create(to_create, batch_size=1000)
    FaqTopic.objects.bulk_update(to_update, TOPIC_FIELDS, batch_size=1000)
    summary.created, summary.updated = len(to_create), len(to_update)
    return summary
