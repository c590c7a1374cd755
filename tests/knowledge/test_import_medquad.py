import tempfile
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from askdoc.knowledge.models import KbDocument, KbPair
from tests.base import shared_data
from tests.knowledge.base import (
    MALFORMED,
    SMALL_TREE,
    KnowledgeTestCase,
    medquad_xml,
    write_tar,
    write_tree,
    write_zip,
)


class ImportMedquadTests(KnowledgeTestCase):
    def setUp(self):
        super().setUp()
        self.tmp = Path(tempfile.mkdtemp())

    def run_import(self, path) -> tuple[str, str]:
        out, err = StringIO(), StringIO()
        call_command("import_medquad", str(path), "--no-index", stdout=out, stderr=err, verbosity=0)
        return out.getvalue(), err.getvalue()

    def test_it_imports_every_document_and_pair_from_a_folder_with_medquads_ids(self):
        out, _ = self.run_import(write_tree(self.tmp, SMALL_TREE))
        self.assertEqual(KbDocument.objects.count(), 4)
        self.assertEqual(KbPair.objects.count(), 6)
        pair = KbPair.objects.get(external_id="GHR_0000804_Sec2")
        self.assertEqual(pair.qtype, "frequency")
        self.assertEqual(pair.document.focus, "X-linked congenital stationary night blindness")
        self.assertEqual(pair.document.synonyms, ["CSNB"])
        self.assertEqual(pair.document.semantic_types, ["T019"])
        self.assertEqual(pair.document.semantic_group, "Disorders")
        self.assertEqual(pair.document.cuis, ["C0000001"])
        self.assertIn("6 pairs (4 with an answer, 2 without)", out)

    def test_it_keeps_pairs_whose_answer_was_removed_with_an_empty_answer(self):
        self.run_import(write_tree(self.tmp, SMALL_TREE))
        removed = KbPair.objects.get(external_id="ADAM_0000001_Sec1")
        self.assertEqual(removed.answer, "")
        self.assertFalse(removed.has_answer)
        self.assertEqual(removed.document.category, "Disease")

    def test_it_reads_a_tar_gz_and_a_zip_the_same_way(self):
        self.run_import(write_tar(self.tmp, SMALL_TREE))
        from_tar = sorted(KbPair.objects.values_list("external_id", "answer"))
        KbDocument.objects.all().delete()
        self.run_import(write_zip(self.tmp, SMALL_TREE))
        self.assertEqual(sorted(KbPair.objects.values_list("external_id", "answer")), from_tar)
        self.assertEqual(len(from_tar), 6)

    def test_it_reports_a_malformed_file_by_name_and_imports_the_rest(self):
        files = dict(SMALL_TREE, **{"3_GHR_QA/0000999.xml": MALFORMED})
        out, err = self.run_import(write_zip(self.tmp, files))
        self.assertIn("MedQuAD/3_GHR_QA/0000999.xml", err)
        self.assertIn("malformed XML", err)
        self.assertIn("1 files skipped", out)
        self.assertEqual(KbPair.objects.count(), 6)

    def test_it_updates_in_place_when_run_again(self):
        tree = write_tree(self.tmp, SMALL_TREE)
        self.run_import(tree)
        changed = SMALL_TREE["4_MPlus_Health_Topics_QA/0000629.xml"].replace("sudden, involuntary", "sudden")
        (tree / "4_MPlus_Health_Topics_QA/0000629.xml").write_text(changed)
        out, _ = self.run_import(tree)
        self.assertEqual(KbPair.objects.count(), 6)
        self.assertEqual(KbDocument.objects.count(), 4)
        self.assertIn("0 pairs created, 6 updated", out)
        answer = KbPair.objects.get(external_id="MPlusHealthTopics_0000629_Sec1").answer
        self.assertIn("Muscle cramps are sudden contractions", answer)

    def test_it_gives_sub_documents_that_repeat_their_parents_id_their_own_file_name(self):
        parent = medquad_xml(doc_id="0000013_2", source="CancerGov", focus="Chronic Myeloproliferative Neoplasms",
                             pairs=[("information", "What is it ?", "A disease.")])
        child = medquad_xml(doc_id="0000013_2", source="CancerGov", focus="Polycythemia Vera",
                            pairs=[("information", "What is it ?", "Another disease.")])
        self.run_import(write_tree(self.tmp, {"1_CancerGov_QA/0000013_2.xml": parent,
                                              "1_CancerGov_QA/0000013_2_1.xml": child}))
        self.assertEqual(KbPair.objects.get(external_id="CancerGov_0000013_2_Sec1").answer, "A disease.")
        self.assertEqual(KbPair.objects.get(external_id="CancerGov_0000013_2_1_Sec1").answer, "Another disease.")

    def test_it_reads_the_older_ninds_schema(self):
        old = ('<?xml version="1.0" encoding="UTF-8"?><doc docid="0000007" corpus="NINDS" url="http://x.org/h">'
               "<doctitle-focus>Holmes-Adie</doctitle-focus><umls><cui></cui></umls><qaPairs><pair pid=\"1\">"
               '<question qid="0000007-1" qtype="information">what is holmes-adie syndrome ?</question>'
               "<answer>Holmes-Adie syndrome is a neurological disorder affecting the pupil.</answer></pair>"
               "</qaPairs></doc>")
        self.run_import(write_tree(self.tmp, {"6_NINDS_QA/0000007.xml": old}))
        pair = KbPair.objects.get(external_id="NINDS_0000007_Sec1")
        self.assertEqual(pair.document.focus, "Holmes-Adie")
        self.assertTrue(pair.answer.startswith("Holmes-Adie syndrome is"))

    def test_it_refuses_a_path_that_is_not_medquad(self):
        with self.assertRaisesMessage(CommandError, "is not a MedQuAD folder"):
            self.run_import(self.tmp / "missing.tar.gz")


@pytest.mark.slow
class RealMedquadTests(KnowledgeTestCase):
    def test_it_imports_the_published_archive(self):
        archive = shared_data("medquad", "MedQuAD.tar.gz")
        out = StringIO()
        call_command("import_medquad", str(archive), "--no-index", stdout=out, stderr=StringIO(), verbosity=0)
        # The authors' readme says 47,457 pairs; ../shared/data/README.md's 47,441 misses the 16 pairs of the four
        # NINDS files written in the older <doc>/<pair> schema (and their 16 answers: 16,407 -> 16,423).
        self.assertEqual(KbPair.objects.count(), 47457)
        self.assertEqual(KbPair.objects.exclude(answer="").count(), 16423)
        self.assertEqual(KbPair.objects.filter(document__source="NINDS", document__file_name__in=[
            "MedQuAD/6_NINDS_QA/0000007.xml", "MedQuAD/6_NINDS_QA/0000018.xml", "MedQuAD/6_NINDS_QA/0000182.xml",
            "MedQuAD/6_NINDS_QA/0000244.xml"]).count(), 16)
        self.assertEqual(KbDocument.objects.count(), 11274)
        pair = KbPair.objects.get(external_id="GHR_0000804_Sec2")
        self.assertEqual(pair.qtype, "frequency")
        self.assertEqual(pair.document.focus, "polycystic kidney disease")
        self.assertIn("0 files skipped", out.getvalue())
