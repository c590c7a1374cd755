"""Shared set-up of the knowledge engine's tests: small MedQuAD trees, the hashing encoder, published questions."""

import tarfile
import zipfile
from pathlib import Path

from django.utils import timezone

from askdoc.qa.models import Answer, Department, Question
from askdoc.retrieval import clear_cache
from askdoc.retrieval.encoder import use_encoder
from tests.base import AskdocTestCase
from tests.retrieval.fakes import HashingEncoder


def medquad_xml(*, doc_id: str, source: str, focus: str, pairs: list[tuple[str, str, str]], url: str = "",
                synonyms: tuple[str, ...] = (), semantic_types: tuple[str, ...] = ("T047",), category: str = "",
                cuis: tuple[str, ...] = ("C0000001",)) -> str:
    """A file in MedQuAD's published format; pairs are (qtype, question, answer)."""
    category_xml = f"<Category>{category}</Category>" if category else ""
    synonym_xml = "".join(f"<Synonym>{s}</Synonym>" for s in synonyms)
    pairs_xml = "".join(
        f'<QAPair pid="{i}"><Question qid="{doc_id}-{i}" qtype="{qtype}">{question}</Question>'
        f"<Answer>{answer}</Answer></QAPair>"
        for i, (qtype, question, answer) in enumerate(pairs, start=1)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<Document id="{doc_id}" source="{source}" url="{url or "https://example.org/" + doc_id}">'
        f"<Focus>{focus}</Focus><FocusAnnotations>{category_xml}<UMLS><CUIs>"
        + "".join(f"<CUI>{c}</CUI>" for c in cuis)
        + "</CUIs><SemanticTypes>"
        + "".join(f"<SemanticType>{t}</SemanticType>" for t in semantic_types)
        + f"</SemanticTypes><SemanticGroup>Disorders</SemanticGroup></UMLS><Synonyms>{synonym_xml}</Synonyms>"
        f"</FocusAnnotations><QAPairs>{pairs_xml}</QAPairs></Document>"
    )


CRAMPS = medquad_xml(
    doc_id="0000629", source="MPlusHealthTopics", focus="Muscle Cramps", synonyms=("Muscle spasm",),
    url="https://medlineplus.gov/musclecramps.html",
    pairs=[("information", "What is (are) Muscle Cramps ?",
            "Summary : Muscle cramps are sudden, involuntary contractions or spasms in one or more of your muscles. "
            "Muscle cramps often happen after exercise or lifting heavy objects, when the muscle is tired. "
            "Muscle cramps can be caused by nerves that malfunction or by low electrolytes such as potassium. "
            "Stretching or gently massaging the cramping muscle can relieve the pain of muscle cramps. "
            "Call your doctor if muscle cramps are severe, happen often or come with muscle weakness.")],
)
KIDNEY_STONES = medquad_xml(
    doc_id="0000203", source="NIDDK", focus="Kidney Stones in Adults",
    pairs=[("prevention", "How to prevent Kidney Stones in Adults ?",
            "Drinking enough water every day is the best way to prevent most kidney stones. "
            "Eating less salt and less animal protein also helps prevent kidney stones from coming back. "
            "A doctor may prescribe medicines that prevent calcium kidney stones."),
           ("exams and tests", "How to diagnose Kidney Stones in Adults ?", "")],
)
ADAM_REMOVED = medquad_xml(
    doc_id="0000001", source="ADAM", focus="Wrist pain", category="Disease",
    pairs=[("information", "What is (are) Wrist pain ?", "")],
)
GHR_EYE = medquad_xml(
    doc_id="0000804", source="GHR", focus="X-linked congenital stationary night blindness",
    synonyms=("CSNB",), semantic_types=("T019",),
    pairs=[("information", "What is (are) X-linked congenital stationary night blindness ?",
            "X-linked congenital stationary night blindness is a disorder of the retina. It affects vision."),
           ("frequency", "How many people are affected by night blindness ?", "It is rare.")],
)
MALFORMED = '<?xml version="1.0"?><Document id="0000999" source="GHR"><Focus>Broken</Focus><QAPairs>'


def write_tree(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / "MedQuAD" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root / "MedQuAD"


def write_tar(root: Path, files: dict[str, str]) -> Path:
    tree = write_tree(root / "tree", files)
    archive = root / "MedQuAD.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(tree, arcname="MedQuAD")
    return archive


def write_zip(root: Path, files: dict[str, str]) -> Path:
    archive = root / "MedQuAD.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        for name, text in files.items():
            zipped.writestr(f"MedQuAD/{name}", text)
    return archive


SMALL_TREE = {
    "4_MPlus_Health_Topics_QA/0000629.xml": CRAMPS,
    "5_NIDDK_QA/0000203.xml": KIDNEY_STONES,
    "10_MPlus_ADAM_QA/0000001.xml": ADAM_REMOVED,
    "3_GHR_QA/0000804.xml": GHR_EYE,
}


class KnowledgeTestCase(AskdocTestCase):
    """Each test uses the hashing encoder (no model download, milliseconds) and an empty index cache.

    A class that tests what only a real encoder sees (lay words found by a clinical name: "ringing ears" for
    tinnitus) sets real_encoder and is marked slow: all-MiniLM-L6-v2, one instance per process."""

    real_encoder = False

    def setUp(self):
        super().setUp()
        clear_cache()
        if not self.real_encoder:
            context = use_encoder(HashingEncoder())
            context.__enter__()
            self.addCleanup(context.__exit__, None, None, None)
        self.addCleanup(clear_cache)

    def publish(self, *, body: str, reply: str, doctor=None, title: str = "", department: Department | None = None,
                **fields) -> Question:
        doctor = doctor or self.dr_lin
        question = Question.objects.create(
            title=title, body=body, nickname="Yucheng", age_range="10~19", gender="female",
            department=department or doctor.department, status=Question.Status.PUBLISHED,
            published_at=timezone.now(), slug="q", **fields,
        )
        Answer.objects.create(question=question, doctor=doctor, body=reply, body_html=f"<p>{reply}</p>",
                              is_published=True)
        return question
