"""International addresses, ID numbers with letters, ages over 89 in words, and links with handles in them."""

from django.test import SimpleTestCase

from askdoc.intake.analysis import redact


def found(text: str, kind: str) -> list[str]:
    return [i.text for i in redact(text)[1] if i.type == kind]


class AddressFormatsTest(SimpleTestCase):
    def test_it_finds_street_addresses_in_several_countries(self):
        cases = {
            "Post the letter to Avenida da Liberdade 210, 2º esq, 1250-147 Lisboa please.":
                "Avenida da Liberdade 210, 2º esq, 1250-147 Lisboa",
            "We are at Lindenstraße 7, 50674 Köln until May.": "Lindenstraße 7, 50674 Köln",
            "My mother lives at viale Monza 88, 20127 Milano.": "viale Monza 88, 20127 Milano",
            "Send it to 9 Rue du Moulin-Vert, 31000 Toulouse.": "9 Rue du Moulin-Vert, 31000 Toulouse",
            "Visit us at Prinsengracht 301, 1016 GW Amsterdam.": "Prinsengracht 301, 1016 GW Amsterdam",
            "ste 210, 1775 East 54th Street, Chicago, IL 60615 is the office.":
                "ste 210, 1775 East 54th Street, Chicago, IL 60615",
            "We moved to Unit 3, 18 Marine Parade, Coogee NSW 2034 last year.":
                "Unit 3, 18 Marine Parade, Coogee NSW 2034",
            "Flat 6, 40 Thornbury Road, Bristol BS6 7AB": "Flat 6, 40 Thornbury Road, Bristol BS6 7AB",
            "Write to PO Box 7781 for the forms.": "PO Box 7781",
        }
        for text, address in cases.items():
            with self.subTest(text=text):
                self.assertIn(address, found(text, "address"))

    def test_it_does_not_take_counts_and_seasons_for_addresses(self):
        for text in ["I spoke to them via Zoom 3 times this week.", "Spring 2021 was when the pain began.",
                     "I walk 5 miles a day along the river."]:
            with self.subTest(text=text):
                self.assertEqual(found(text, "address"), [])


class IdNumbersTest(SimpleTestCase):
    def test_it_finds_ids_with_letters_and_dashes(self):
        cases = {
            "My NI number is JT 48 21 09 B for the claim.": "JT 48 21 09 B",
            "The card says BCX-7730-5512 on the back.": "BCX-7730-5512",
            "Member ID: KP-20931-4 please check my cover.": "KP-20931-4",
            "insurance number at the new job is MZ882031745": "MZ882031745",
            "The clinic wrote 30418877 on my letter.": "30418877",
        }
        for text, value in cases.items():
            with self.subTest(text=text):
                self.assertIn(value, found(text, "id_number"))

    def test_it_keeps_lab_codes_and_phone_numbers_out_of_ids(self):
        self.assertEqual(found("My CA-125 and HbA1c were fine after COVID-19.", "id_number"), [])
        self.assertEqual(found("Phone number: 07700 900461", "id_number"), [])
        self.assertEqual(found("Please call 20417739 after six.", "id_number"), [])


class AgesOver89Test(SimpleTestCase):
    def test_it_finds_ages_in_numbers_and_words(self):
        cases = {
            "My great-aunt Oonagh is 96 and still drives.": "96",
            "Dad is ninety-seven and has stopped eating.": "ninety-seven",
            "Nana turned a hundred and three in June.": "a hundred and three",
            "My 92-year-old father fell last night.": "92",
        }
        for text, value in cases.items():
            with self.subTest(text=text):
                self.assertIn(value, found(text, "age_over_89"))

    def test_it_keeps_weights_and_readings(self):
        for text in ["He is 95 kg and diabetic.", "my dad heart rate is 95 at rest", "Mum is 89 and well."]:
            with self.subTest(text=text):
                self.assertEqual(found(text, "age_over_89"), [])


class LinksTest(SimpleTestCase):
    def test_it_finds_links_pasted_without_https_and_handles_inside_them(self):
        text = "My videos are at vimeo.example.com/@knee.rehab.diary if you want to see the swelling."
        self.assertEqual(found(text, "url"), ["vimeo.example.com/@knee.rehab.diary"])
        self.assertEqual(found(text, "handle"), [])

    def test_it_finds_a_bare_personal_domain_after_a_cue(self):
        self.assertEqual(found("My blog is walking-with-ms.net, I log my relapses.", "url"), ["walking-with-ms.net"])
