"""International addresses, ID numbers with letters, ages over 89 in words, and links with handles in them."""

from django.test import SimpleTestCase

from askdoc.intake.analysis import redact
from askdoc.intake.quasi import find_quasi_identifiers


def found(text: str, kind: str) -> list[str]:
    return [i.text for i in redact(text)[1] if i.type == kind]


def flagged_ages(text: str) -> list[str]:
    return [i.text for i in find_quasi_identifiers(text) if i.type == "age over 89"]


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


    def test_messaging_app_ids_after_the_apps_name(self):
        for text, handle in [("add me on LINE: somchai_88 if you need photos of the rash", "somchai_88"),
                             ("my kakaotalk is jiwoo0921, my son has had a fever for 3 days", "jiwoo0921")]:
            with self.subTest(text=text):
                self.assertIn(handle, found(text, "handle"))
        self.assertEqual(found("Line: take 2 tablets, then wait 4 hours", "handle"), [])

    def test_addresses_typed_in_lower_case_with_short_street_words_and_a_flat_first(self):
        for text, address in [("pls post it to unit 4, 21 larch gardens not the old place", "unit 4, 21 larch gardens"),
                              ("we rent 14 maple ct apt 3 and the heating is broken", "14 maple ct apt 3")]:
            with self.subTest(text=text):
                self.assertIn(address, found(text, "address"))
        for text in ["my dad 81 suddenly cant walk far", "i have 3 kids all the way from 2 to 12"]:
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
    """Ages over 89 are flagged for the privacy check, not redacted (askdoc/intake/quasi.py says why)."""

    def test_it_finds_ages_in_numbers_and_words(self):
        cases = {
            "My great-aunt Oonagh is 96 and still drives.": "96",
            "Dad is ninety-seven and has stopped eating.": "ninety-seven",
            "Nana turned a hundred and three in June.": "a hundred and three",
            "My 92-year-old father fell last night.": "92",
        }
        for text, value in cases.items():
            with self.subTest(text=text):
                self.assertIn(value, flagged_ages(text))
                self.assertIn(value, redact(text)[0])

    def test_it_keeps_weights_and_readings(self):
        for text in ["He is 95 kg and diabetic.", "my dad heart rate is 95 at rest", "Mum is 89 and well."]:
            with self.subTest(text=text):
                self.assertEqual(flagged_ages(text), [])


class LinksTest(SimpleTestCase):
    def test_it_finds_links_pasted_without_https_and_handles_inside_them(self):
        text = "My videos are at vimeo.example.com/@knee.rehab.diary if you want to see the swelling."
        self.assertEqual(found(text, "url"), ["vimeo.example.com/@knee.rehab.diary"])
        self.assertEqual(found(text, "handle"), [])

    def test_it_finds_a_bare_personal_domain_after_a_cue(self):
        self.assertEqual(found("My blog is walking-with-ms.net, I log my relapses.", "url"), ["walking-with-ms.net"])


class InternationalFormatsTest(SimpleTestCase):
    """What the published question shows for formats from other countries."""

    def published(self, text: str) -> str:
        return redact(text)[0]

    def test_phones_with_a_one_digit_area_or_a_long_subscriber_part(self):
        self.assertEqual(self.published("Ring me: +33 7 81 22 45 90 after lunch."), "Ring me: [phone] after lunch.")
        self.assertEqual(self.published("My number is 0043 1 40400123, my knee is swollen."),
                         "My number is [phone], my knee is swollen.")

    def test_national_id_numbers(self):
        cases = {
            "My CPF is 987.654.321-00, they need it at the lab.": "My CPF is [id number], they need it at the lab.",
            "The form shows 850315-2345678 under my name.": "The form shows [id number] under my name.",
            "DNI 87654321X, I am in Valencia with a bad ear.": "DNI [id number], I am in Valencia with a bad ear.",
            "NHS no. 401 023 2137, please check my referral.": "NHS no. [id number], please check my referral.",
            "My PESEL is 85031512345 if the clinic asks.": "My PESEL is [id number] if the clinic asks.",
        }
        for text, shown in cases.items():
            with self.subTest(text=text):
                self.assertEqual(self.published(text), shown)

    def test_dates_of_birth_in_other_formats_and_languages(self):
        cases = {
            "Born 07-Aug-1983, I get migraines.": "Born [date of birth], I get migraines.",
            "née le 3 avril 1985, j'ai mal au dos": "née le [date of birth], j'ai mal au dos",
            "I was born in October 1990 and have asthma.": "I was born in [date of birth] and have asthma.",
        }
        for text, shown in cases.items():
            with self.subTest(text=text):
                self.assertEqual(self.published(text), shown)
        # A symptom date stays.
        self.assertEqual(self.published("The rash started on 07-Aug-2024."), "The rash started on 07-Aug-2024.")

    def test_handles_without_an_at_sign(self):
        self.assertEqual(self.published("Snapchat: jen.runs22 if you want photos."),
                         "Snapchat: [handle] if you want photos.")
        self.assertEqual(self.published("I'm sleepless_in_leeds#0917 on the support server."),
                         "I'm [handle] on the support server.")
        self.assertEqual(self.published("I scroll Snapchat for 30mins at night."),
                         "I scroll Snapchat for 30mins at night.")
        self.assertEqual(self.published("my streaming name is TwitchyTomBoi and chat saw my eye twitch"),
                         "my streaming name is [handle] and chat saw my eye twitch")
        self.assertEqual(self.published("I'm mossyhollowdan on the hill farming forum. Are statins safe?"),
                         "I'm [handle] on the hill farming forum. Are statins safe?")
        self.assertEqual(self.published("Reposting from the parenting group: is a limp at 3 normal?"),
                         "Reposting from the parenting group: is a limp at 3 normal?")

    def test_addresses_after_a_cue_and_east_asian_block_addresses(self):
        cases = {
            "my address is 9 mill lane, oxford and the GP is far.": "my address is [address] and the GP is far.",
            "Address: House 14, Sector 21, Gurugram 122016.": "Address: [address].",
            "We stay near 3-5-12 Kichijoji, Musashino-shi, Tokyo.": "We stay near [address].",
        }
        for text, shown in cases.items():
            with self.subTest(text=text):
                self.assertEqual(self.published(text), shown)
        self.assertEqual(self.published("I live at home with my parents."), "I live at home with my parents.")

    def test_more_ways_of_giving_an_age_over_89(self):
        cases = {
            "Granny turns a hundred and one in May.": "a hundred and one",
            "My uncle (95) keeps choking on water.": "95",
            "At 92 my mother still cooks, but she is breathless.": "92",
        }
        for text, age in cases.items():
            with self.subTest(text=text):
                self.assertEqual(flagged_ages(text), [age])
        self.assertEqual(flagged_ages("My pulse at 90 my doctor said was fine."), [])


class EighteenthRoundTest(SimpleTestCase):
    """Classes of identifier the 36th and 37th blind writers used that the finder missed (docs/intake.md)."""

    def test_a_postcode_inside_an_address_belongs_to_it(self):
        text = "Mailing address for the kit: 1420 Maple Grove Dr, Apt 6, Boise, ID 83706. Thanks."
        self.assertEqual(found(text, "address"), ["1420 Maple Grove Dr, Apt 6, Boise, ID 83706"])
        self.assertEqual(found(text, "id_number"), [])

    def test_house_numbers_with_a_unit_or_a_letter_and_house_no_addresses(self):
        cases = {
            "My address is 18/42 Riverside Pde, Southbank VIC 3006, can you send it": "18/42 Riverside Pde",
            "she lives at 12/B Chawkbazar Lane near the mosque": "12/B Chawkbazar Lane",
            "Home visit: House No. 214, Sector 15, Panchkula, Haryana 134113 — he is bedbound": "House No. 214",
            "Our villa is Jl. Raya Sayan No. 18": "Jl. Raya Sayan No. 18",
        }
        for text, part in cases.items():
            with self.subTest(text=text):
                self.assertTrue(any(part in value for value in found(text, "address")), found(text, "address"))

    def test_national_phones_with_a_trunk_zero_and_long_card_numbers(self):
        self.assertEqual(found("Please call me back re: my results? 01 872 5510, ask for Siobhan.", "phone"),
                         ["01 872 5510"])
        self.assertEqual(found("Walker, ph 03 365 2219. Issue: back pain", "phone"), ["03 365 2219"])
        text = "my wife Mariana, Cartão SUS 898 0012 3345 6781, had a scan"
        self.assertEqual(found(text, "id_number"), ["898 0012 3345 6781"])
        self.assertEqual(found(text, "phone"), [])
        self.assertEqual(found("Take 10 20 30 mg as the taper", "id_number"), [])

    def test_slash_codes_plates_and_roles(self):
        self.assertEqual(found("on Leadway HMO, enrollee ID LHL/29047/A. who do I see?", "id_number"),
                         ["LHL/29047/A"])
        self.assertEqual(found("security wrote down his plate, CJ 47 KL GP, and called me", "licence_plate"),
                         ["CJ 47 KL GP"])
        self.assertEqual(found("We took our housekeeper Grace to the clinic", "name"), ["Grace"])

    def test_a_town_or_state_after_in_or_from_is_a_place(self):
        self.assertEqual(found("Hi from Lusaka, I'm Mutale. My scar itches.", "name"), ["Mutale"])
        self.assertEqual(found("Poison ivy after clearing the yard in Georgia last weekend.", "name"), [])
        self.assertEqual(found("My daughter Georgia has a rash.", "name"), ["Georgia"])


class NineteenthRoundTest(SimpleTestCase):
    """Classes of identifier the 38th and 39th blind writers used (docs/intake.md)."""

    def test_a_number_a_birth_date_cue_names_is_the_birth_date(self):
        text = "Name on report: Ahmad Faizal bin Rosli, DOB 14/07/1975. HbA1c 8.9%"
        self.assertEqual(found(text, "date_of_birth"), ["14/07/1975"])
        self.assertEqual(found(text, "id_number"), [])

    def test_registration_and_member_numbers(self):
        self.assertEqual(found("University of Nairobi, reg no. F56/38821/2020. I get anxious", "id_number"),
                         ["F56/38821/2020"])
        self.assertEqual(found("For insurance: Aetna member W449 2071 833. I'm 36", "id_number"), ["W449 2071 833"])
        self.assertEqual(found("Our minibus reg is 08-D-71234. One lady gets car sick.", "licence_plate"),
                         ["08-D-71234"])

    def test_residences_and_homes_named_before_their_number(self):
        cases = {
            "My residence: No. 12, Lorong Mawar 3, Taman Sri Muda, Shah Alam. My wife has dengue": "No. 12",
            "Address for home sample collection: Flat 302, Sai Krupa Apartments, 4th Cross, Indiranagar, Bengaluru "
            "560038. Which tests?": "Flat 302",
            "My nani lives in our old house at 16-2-147/A, Malakpet, Hyderabad 500036. She is not eating": "16-2-147/A",
        }
        for text, part in cases.items():
            with self.subTest(text=text):
                self.assertTrue(any(part in value for value in found(text, "address")), found(text, "address"))

    def test_titles_of_respect_and_kin_words_alone(self):
        self.assertEqual(found("Text from our helper: 'Ma'am, Sir Ernesto is coughing with phlegm.'", "name"),
                         ["Ernesto"])
        self.assertEqual(found("The carer wrote: 'Nanay Celia has not eaten since yesterday.'", "name"), ["Celia"])
        self.assertEqual(found("My gogo's carer says Gogo is coughing at night.", "name"), [])

    def test_things_that_are_not_people(self):
        for text in ["Got my flu shot, the card says Lot FL2291B, exp 06/2025.", "Long story. Moved here from Lagos.",
                     "Emailing from work, please use my personal one.", "Brother says Ivermectin cures everything.",
                     "The ECG showed Wolff-Parkinson-White. What does that mean?",
                     "Married, and since Jan I've had this burning.",
                     "Harley Street clinics advertise full body MRI.", "Family asked me to ask what to expect."]:
            with self.subTest(text=text):
                self.assertEqual(found(text, "name"), [])
        self.assertEqual(found("Lindani asked me to post this for him: his tattoo is oozing.", "name"), ["Lindani"])


class TwentiethRoundTest(SimpleTestCase):
    """Classes of identifier the 40th and 41st blind writers used (docs/intake.md)."""

    def test_rural_and_numbered_street_addresses(self):
        cases = {
            "I'm 70, I live alone at Rural Route 1 Box 88, Crownpoint NM 87313, and my sugar drops": "Rural Route 1",
            "Joseph Nez, Lot 7, Navajo Route 12, Many Farms, AZ. The clinic is far": "Lot 7",
            "Please deliver medicines to House 14, Street 9, Al Barsha 2, Dubai. I cannot drive": "House 14",
        }
        for text, part in cases.items():
            with self.subTest(text=text):
                self.assertTrue(any(part in value for value in found(text, "address")), found(text, "address"))

    def test_numbers_named_by_a_policy_a_file_or_a_car(self):
        self.assertEqual(found("My husband's Aetna policy is 1022984736-01. He had a kidney stone.", "id_number"),
                         ["1022984736-01"])
        self.assertEqual(found("Ref: Clinic file no. KB/ENT/2291/23 Patient complaint: nasal blockage", "id_number"),
                         ["KB/ENT/2291/23"])
        text = "Registration number of my car: WA 6628 M. I was rear-ended and my hand tingles."
        self.assertEqual((found(text, "licence_plate"), found(text, "id_number")), (["WA 6628 M"], []))
        self.assertEqual(found("Please use my personal number 587-555-0390, not my work line.", "phone"),
                         ["587-555-0390"])

    def test_kin_titles_places_of_two_words_holidays_and_choices(self):
        self.assertEqual(found("Our papou said Papou Kostas wants to know about his pressure sore.", "name"),
                         ["Kostas"])
        for text in ["I moved from Glasgow to Abu Dhabi and my periods stopped.",
                     "We flew to Alice Springs last week and my ankles swelled.",
                     "Patrick's Day weekend I drank too much and my belly still hurts.",
                     "Which is safer in pregnancy for nausea, Diclegis or Maxolon?",
                     "Pls which is better for malaria, Coartem or Lonart?"]:
            with self.subTest(text=text):
                self.assertEqual(found(text, "name"), [])
        self.assertEqual(found("Which of my kids should go first, Anna or Ben?", "name"), ["Anna", "Ben"])


class TwentyFirstRoundTest(SimpleTestCase):
    """Classes of identifier the 43rd blind writer used (docs/intake.md)."""

    def test_plates_in_a_plate_format_or_inside_a_vehicle_sentence(self):
        for text, plate in [("Our son's school bus KA-03-AB-9921 has no seat belts.", "KA-03-AB-9921"),
                            ("Auto number KL-07-BX-2290 hit my grandmother near the market.", "KL-07-BX-2290")]:
            with self.subTest(text=text):
                self.assertEqual((found(text, "licence_plate"), found(text, "id_number")), ([plate], []))
        self.assertEqual(found("Case reference: CLM-20931-KX (the car accident claim).", "id_number"),
                         ["CLM-20931-KX"])

    def test_national_numbers_of_south_asia_and_a_caribbean_phone(self):
        self.assertEqual(found("I am Kavinda, 31, from Kandy. NIC 921453087V. Headaches.", "id_number"),
                         ["921453087V"])
        self.assertTrue(found("I'm Rokeya, NID 1987 2694 5512 3. My hands are numb.", "id_number")[0]
                        .startswith("1987 2694 5512"))
        text = "The bank form says 'Aadhaar no.: 6647 1902 3318' — is it safe to share?"
        self.assertEqual((found(text, "id_number"), found(text, "name")), (["6647 1902 3318"], []))
        self.assertEqual(found("I'm Alicia from Barbados, my number 1-246-441-7730. A mole changed.", "phone"),
                         ["1-246-441-7730"])

    def test_landmark_addresses_and_titles(self):
        text = "Mr. Pillai, house no. 7, 2nd Main, behind the temple, has stopped going out."
        self.assertTrue(any("house no. 7" in value for value in found(text, "address")))
        text = "Nanay's address is Purok 5, Barangay San Isidro, beside the chapel, Tacloban City. Her sugar is 280."
        self.assertTrue(any("Purok 5" in value for value in found(text, "address")))
        self.assertEqual(found("Hello, Ma'am Cecilia from Iloilo here. Please explain the package.", "name"),
                         ["Cecilia"])
        for text in ["Will this create a problem for his MR vaccine?", "How much Ensure should she take?",
                     "Call 0300-4417723 (Abbu). Abbu is 69 and his feet are numb."]:
            with self.subTest(text=text):
                self.assertEqual(found(text, "name"), [])


class TwentySecondRoundTest(SimpleTestCase):
    """Classes of identifier the 42nd blind writer used (docs/intake.md)."""

    def test_a_found_name_is_found_again_in_its_possessive(self):
        text = "We were at his sister Meena's for Diwali. Meena's husband cooked and Meena was fine."
        self.assertEqual(found(text, "name"), ["Meena", "Meena", "Meena"])

    def test_a_tax_file_number_and_words_that_say_who_or_what(self):
        self.assertEqual(found("The clinic asked for my tax file number, 459 821 376 - is that normal?",
                               "id_number"), ["459 821 376"])
        for text in ["Coeliac here, diagnosed at the Western General.", "My neighbour only speaks Igbo.",
                     "I keep getting Charley horse cramps at night.", "We are doing Dry January this year."]:
            with self.subTest(text=text):
                self.assertEqual(found(text, "name"), [])


class TwentyThirdRoundTest(SimpleTestCase):
    """Classes of identifier the 44th and 45th blind writers used (docs/intake.md)."""

    def test_a_job_named_alone_is_who_the_writer_is(self):
        for text in ["Miner here. The mine doctor says I have hearing loss.", "Welder, 45, with a metallic taste.",
                     "Firefighter here, after the warehouse fire I cough black phlegm."]:
            with self.subTest(text=text):
                self.assertEqual(found(text, "name"), [])

    def test_a_manager_named_and_a_crew_id(self):
        self.assertEqual(found("I got an ear infection from the pool. Manager Tariq says I can't come back.", "name"),
                         ["Tariq"])
        self.assertEqual(found("I keep getting ear pain on descent. My crew ID is FA40917.", "id_number"), ["FA40917"])
