"""Readers for the shared public data sets (settings.ASKDOC_SHARED_DATA), in their published formats."""

from __future__ import annotations

import csv
import re
import tarfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings


@dataclass
class Pair:
    q1: str
    q2: str
    label: int
    group: str = ""  # MQP: the doctor who wrote the pair


@dataclass
class JudgedQuestion:
    qid: str
    text: str
    answers: list[tuple[str, str, int]]  # (answer id, text, ReferenceScore 1-4)


def shared(*parts: str) -> Path:
    return Path(settings.ASKDOC_SHARED_DATA, *parts)


def _clean(text: str | None) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


def mqp_pairs(path: Path | None = None) -> list[Pair]:
    with open(path or shared("mqp", "mqp_dev.csv"), newline="", encoding="utf-8") as handle:
        return [Pair(q1, q2, int(label), group=doctor) for doctor, q1, q2, label in csv.reader(handle)]


def rqe_pairs(split: str = "validation") -> list[Pair]:
    name = {"train": "TrainingSet", "validation": "ValidationSet"}[split]
    root = ET.parse(shared("mediqa2019", f"MEDIQA2019-Task2-RQE-{name}-AMIA2016.xml")).getroot()
    labels = {}
    if split == "validation":
        # The ground-truth file is the reference; the XML's value attribute agrees with it.
        with open(shared("mediqa2019", "RQE_validationSet_ground_truth.txt"), encoding="utf-8") as handle:
            labels = {row["pair_id"]: int(row["label"]) for row in csv.DictReader(handle)}
    return [
        Pair(_clean(pair.findtext("chq")), _clean(pair.findtext("faq")),
             labels.get(pair.get("pid"), int(pair.get("value") == "true")), group=pair.get("type", ""))
        for pair in root.iter("pair")
    ]


def qa_questions(split: str = "validation") -> list[JudgedQuestion]:
    name = {"validation": "ValidationSet", "train": "TrainingSet2-Alexa"}[split]
    root = ET.parse(shared("mediqa2019", f"MEDIQA2019-Task3-QA-{name}.xml")).getroot()
    return [
        JudgedQuestion(
            question.get("QID"), _clean(question.findtext("QuestionText")),
            [
                (answer.get("AID"), _clean(answer.findtext("AnswerText")), int(answer.get("ReferenceScore")))
                for answer in question.iter("Answer")
            ],
        )
        for question in root.iter("Question")
    ]


def medquad_questions(path: Path | None = None) -> list[tuple[str, str, str]]:
    """(question text, question type, focus) for every MedQuAD question, read from the published tar.gz."""
    rows = []
    with tarfile.open(path or shared("medquad", "MedQuAD.tar.gz")) as archive:
        for member in archive:
            if not member.isfile() or not member.name.endswith(".xml"):
                continue
            try:
                root = ET.parse(archive.extractfile(member)).getroot()
            except ET.ParseError:
                continue
            focus = _clean(root.findtext("Focus"))
            for question in root.iter("Question"):
                rows.append((_clean(question.text), question.get("qtype", ""), focus))
    return rows
