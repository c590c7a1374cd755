"""The emergency warning: each rule family in patients' words, negation, near-misses, the recall floor."""

from django.test import SimpleTestCase, override_settings

from askdoc.intake import emergency, evaluation


class EmergencyRulesTest(SimpleTestCase):
    FAMILIES = {
        "Possible heart attack signs": "Crushing chest pain going down my left arm",
        "Possible stroke signs": "my face is drooping and my speech is slurred",
        "Possible severe allergic reaction (anaphylaxis)": "lips swelling after peanuts",
        "Severe bleeding": "the cut won't stop bleeding, blood is everywhere",
        "Suicidal thoughts or self-harm": "I want to end it all",
        "Possible poisoning or overdose": "I swallowed a bunch of pills an hour ago",
        "A young baby (under 3 months) with a fever": "my 5 week old has a temperature of 38.4",
        "Severe difficulty breathing": "I can't breathe",
        "A seizure that is long, repeated or the first one": "his seizure has lasted 6 minutes and won't stop",
        "Loss of consciousness": "my dad collapsed and is unresponsive",
        "Severe head injury": "she hit her head and keeps vomiting and seems confused",
        "Possible sepsis or meningitis": "fever and a rash that doesn't fade under a glass",
        "Severe abdominal pain or bleeding in pregnancy": "I'm 20 weeks pregnant with severe stomach pain",
    }

    def test_it_recognises_each_family_in_patients_words(self):
        for reason, text in self.FAMILIES.items():
            with self.subTest(text=text):
                self.assertIn(reason, emergency.detect(text))

    def test_it_tolerates_spelling_and_case(self):
        self.assertTrue(emergency.detect("CANT BREATH, CHEST HURTS"))
        self.assertTrue(emergency.detect("i wanna kill myself"))
        self.assertTrue(emergency.detect("my face is droopin on one side"))

    def test_it_ignores_negated_symptoms(self):
        self.assertEqual(emergency.detect("No chest pain and no sweating, just a cough."), [])
        self.assertEqual(emergency.detect("I have never had a seizure, but my hands shake."), [])

    def test_it_keeps_a_warning_when_the_negation_is_only_uncertainty(self):
        self.assertTrue(emergency.detect("Not sure why but I can't breathe"))

    def test_it_does_not_warn_about_near_misses(self):
        for text in [
            "Chest pain when I press on my rib after the gym",
            "It is hard to breathe through my nose with this cold",
            "I have food poisoning, diarrhea since last night",
            "I fainted once at the sight of blood years ago",
            "My 2 year old has a fever of 38.5 but is playing",
        ]:
            with self.subTest(text=text):
                self.assertEqual(emergency.detect(text), [])

    def test_it_recognises_lay_and_indirect_wording(self):
        for text in [
            "It feels like a bad bout of indigestion but I'm clammy and my shoulder aches",
            "My GTN spray isn't helping with the chest pain",
            "Grandad's speech sounds really funny all of a sudden",
            "He suddenly has double vision and feels sick",
            "After the prawns my lips are tingling and I feel light headed",
            "The cut keeps filling with blood no matter how hard we press",
            "I don't see the point in living and I've looked up how many pills would be fatal",
            "I won't be around much longer, I've made up my mind",
            "My 4 year old bit into a dishwasher tablet",
            "My 8 week old feels really hot",
            "She's wheezing so badly she can't finish her sentences",
            "My baby's nostrils are flaring and he's grunting with each breath",
            "My wife has never had a fit before but she's jerking on the floor",
            "Mum's not answering me and I can't get her to wake up",
            "After he came off his bike he keeps asking the same questions over and over",
            "She has a fever and purple spots that don't fade when I press on them",
            "I have a kidney infection and I'm shivering uncontrollably",
            "I'm 35 weeks with a pounding headache",
            "My ketones are high and I keep vomiting",
            "Boiling water went over her neck and the skin is peeling off",
            "We used a barbecue inside the tent and now we're all dizzy with headaches",
            # a thirty-second writer's shapes (invented texts): size of a burn, no response, saddle signs
            "He fell asleep on the heater and the burn is the size of a plate and he can't feel it",
            "Dad's slumped on the sofa, his eyes flicker but he won't talk or respond to me",
            "Sore back since lifting on Monday, now my back passage feels numb and both legs tingle",
            "Bad back for days and I had an accident with my bowels this morning without noticing",
            # the 34th and 37th writers' shapes (invented texts)
            "My 2 year old has been vomiting since lunch, no wet nappy for 10 hours and he's floppy",
            "My 5 year old won't drink after a day of diarrhoea, eyes sunken and she's limp",
            "The plumber took a shock off a 240V cable and his hands are burnt",
            "My patient developed facial droop and left arm drift twenty minutes ago",
        ]:
            with self.subTest(text=text):
                self.assertTrue(emergency.detect(text))

    def test_it_does_not_warn_about_questions_asked_ahead_or_mild_versions(self):
        for text in [
            "What are the signs of a stroke?",
            "Should we carry an EpiPen on holiday?",
            "My arm aches after my flu jab",
            "I get heartburn after spicy food",
            "What should I do if my toddler ever swallows a battery?",
            "I had meningitis as a child, does it affect hearing?",
            "How do I talk to my daughter about self-harm?",
            "I burned my finger on the stove, there's a small red mark",
            "I'm diabetic, is a sugar of 9 high after dinner?",
        ]:
            with self.subTest(text=text):
                self.assertEqual(emergency.detect(text), [])

    @override_settings(ASKDOC_EMERGENCY_NUMBER="112")
    def test_it_shows_the_configured_emergency_number(self):
        self.assertIn("Call 112", emergency.warning_text())


class RedFlagsInTypedOrderTest(SimpleTestCase):
    """Signs added 2026-12-07 (bleeding that will not stop in either order, a part cut off, fever on chemotherapy,
    the means at hand with hopelessness, a whole pack, a snake bite, a household's headaches by a heater, a child's
    blistering scald, croup at rest or drooling, a weekly methotrexate taken daily, wanting to vanish for good), each
    with a near-miss that must stay silent (and a child of a year or more with a fever, no young baby)."""

    def test_each_sign(self):
        for text in [
            "the saw slipped and it wont stop bleeding even with a towel on it",
            "my dad's thumb is nearly cut off from the mower blade",
            "mum is on chemotherapy and her temp is 38.7 with chills",
            "got the rope ready in the garage. no point anymore",
            "my flatmate swallowed the entire box an hour ago",
            "a snake bit my husband on the ankle while he was gardening and it is swelling fast",
            "the heater has been on all day and all of us have headaches and feel sick",
            "my 2 year old pulled the kettle over, her arm is blistering",
            "he has croup and now he is drooling and the noise is there even at rest",
            "dad has been taking his weekly methotrexate every day since Monday",
            "I want to disappear for good and I can't go on living",
        ]:
            with self.subTest(text=text):
                self.assertTrue(emergency.detect(text))

    def test_near_misses_stay_silent(self):
        for text in [
            "a paper cut would not stop bleeding for a minute, it has stopped now",
            "I lost a finger in an accident years ago and get phantom pain",
            "what temperature counts as a fever during chemo?",
            "I left a note for my neighbour about the parcel",
            "I burned my finger on the toaster and got a small blister",
            "we all have headaches from the noise at work",
            "she had croup last winter, how do we stop it coming back",
            "I want this rash to disappear for good, which cream works?",
            "my 3 year old has a temp of 38.2 but is eating and playing fine",
        ]:
            with self.subTest(text=text):
                self.assertEqual(emergency.detect(text), [])


class EmergencyQualityTest(SimpleTestCase):
    def test_it_meets_the_recall_floor_on_the_committed_test_set(self):
        rows = evaluation.load("emergency.jsonl")
        self.assertGreaterEqual(sum(r["emergency"] for r in rows), 60)
        self.assertGreaterEqual(sum(not r["emergency"] for r in rows), 60)
        scores = evaluation.emergency_scores(rows)
        self.assertGreaterEqual(scores["recall"], 0.95, scores["missed"])
        self.assertGreaterEqual(scores["precision"], 0.80, scores["false_alarms"])

    def test_it_meets_the_recall_floor_on_the_extra_lay_wording_set(self):
        rows = evaluation.load("emergency_extra.jsonl")
        self.assertGreaterEqual(sum(r["emergency"] for r in rows), 50)
        scores = evaluation.emergency_scores(rows)
        self.assertGreaterEqual(scores["recall"], 0.95, scores["missed"])
        self.assertGreaterEqual(scores["precision"], 0.80, scores["false_alarms"])


class RuleScreeningTests(SimpleTestCase):
    def test_screening_each_rule_first_finds_exactly_what_the_full_scan_finds(self):
        """Rule.may_fire is a necessary condition only: skipping the rules it rules out changes no finding."""
        import json
        from pathlib import Path

        folder = Path(emergency.__file__).with_name("data") / "emergency_written"
        texts = [json.loads(line)["text"] for path in sorted(folder.glob("*.jsonl")) for line in path.open()]
        texts += ["我現在胸口很痛，左手麻，喘不過氣", "Profile run 12345678 number 1: for two weeks my left eyelid has "
                  "been twitching. Could this be a sign of something serious?"]
        fired = 0
        for language in (emergency.ENGLISH, emergency.CHINESE):
            for text in texts:
                prepared = language.prepare(text)
                unscreened = []
                for rule in language.rules:
                    hits = language.firing_hits(rule, prepared)
                    if hits:
                        unscreened.append((rule.family, language.first_doubt(prepared, hits)
                                           or language.required_doubt(rule, prepared)))
                fired += bool(unscreened)
                self.assertEqual([(rule.family, doubt) for rule, doubt in language.findings(prepared)], unscreened,
                                 text)
        self.assertGreater(fired, 100)  # the comparison covered many texts where rules fire


class ReadingsAsSignsTest(SimpleTestCase):
    """Readings that are red flags by themselves, as clinically literate askers give them."""

    def test_a_red_flag_reading_now_warns(self):
        for text in ["asthmatic, 10 puffs and no better, sats 84% on my finger probe",
                     "dad fell, he's confused and the paramedic on the phone asked, GCS 9 I think",
                     "RR 6 and barely rousable after his methadone",
                     "mum is drowsy and confused, her BM is 1.9 right now"]:
            with self.subTest(text=text):
                self.assertTrue(emergency.detect(text))

    def test_usual_past_or_harmless_readings_stay_silent(self):
        for text in ["COPD, my usual sats are 89-90% and that's where they are today",
                     "my sugar was 2.8 last week, sorted it with juice, how do I stop night hypos",
                     "ferritin 1400, transferrin saturation 70%, is it haemochromatosis"]:
            with self.subTest(text=text):
                self.assertEqual(emergency.detect(text), [])


class ClinicalFindingsTest(SimpleTestCase):
    """Findings as clinicians report them: the learned layers, which learned mostly from lay stories, read these
    calm reports as calm, so neither may withdraw them; a past, usual or exam-room one stays silent."""

    def test_a_clinical_finding_now_warns_in_a_long_calm_report(self):
        for text in [
            "Nursing home nightshift: resident, 88, found at 03:10 with new right-sided weakness and expressive "
            "dysphasia. Last seen well at 02:00 rounds. BP 198/104, BM 7.1. On-call GP not answering. Do we keep "
            "trying the GP?",
            "Post-op day 5 after a bowel resection, discharged yesterday. Now temp 39.5, rigors, HR 128, BP 88/50, "
            "mottled knees. I'd rather not go back in. Can the district nurse review tomorrow?",
            "Paeds nurse here but it's my own kid. 3 yo with gastro, cap refill 4 sec, lethargic, hasn't passed urine "
            "in 14 hrs. Is an ambulance overkill when I could drive him in?",
            "My partner has a kidney infection and now RR 26, HR 122, confused, NEWS2 I make it 9.",
            "Off-duty nurse at the bus stop: a lad fell on a bottle, arterial bleed from the wrist, I've got a "
            "tourniquet on. Which hospital is closest?",
            "Day 9 after my hip replacement. Sudden SOB this afternoon, pleuritic CP on the left, HR 118. I skipped "
            "some of my dalteparin jabs.",
            "Resident in our care home had a tonic-clonic seizure, buccal midazolam given 5 mins ago and she is still "
            "seizing. The plan says wait another 5 minutes?",
            "Student nurse, 20M. Sudden onset L testicular pain an hour ago at the gym, very swollen. A strain?",
            "Came off my scooter, hit my head. Now clear fluid running from my nose and a bruise behind my ear. I feel "
            "mostly fine, can I just sleep it off?",
            "Carer here. Gran, 84, bloated and distended, vomiting brown foul fluid, no flatus for two days. Enema?",
            "Day 4 after my partner's appendix op: temp 38.9, HR 134, BP 88/54 and no urine since lunch. Just a virus?",
            "My 2 year old was playing with my blood pressure tablets and the strip is half empty. She seems sleepy.",
        ]:
            with self.subTest(text=text):
                assessment = emergency.assess(text)
                self.assertEqual(assessment.level, emergency.NOW)
                self.assertTrue(assessment.firm)

    def test_usual_past_or_textbook_findings_stay_silent(self):
        for text in [
            "My husband had a stroke 4 years ago and has stable left-sided weakness, walks with a cane. Physio still?",
            "My BP always runs low, 85/55 is my normal and I feel fine. Is that a problem?",
            "Nursing OSCE question: NEWS2 of 7 in a post-op patient, what's the escalation? Want it word perfect.",
            "My son's care plan says call 999 if he is still seizing after the second dose. Is that the usual advice?",
            "What does an arterial bleed look like compared with a venous one? Revising for my first aid course.",
        ]:
            with self.subTest(text=text):
                self.assertEqual(emergency.detect(text), [])

    def test_clinical_signs_told_in_passing_warn(self):
        for text in [
            "Sciatica for months, but since this morning numbness over the perineum and new urinary retention. Rest?",
            "Dad, 70, sweaty and grey, says the pain is going to both shoulders and his back. He wants an antacid.",
        ]:
            with self.subTest(text=text):
                self.assertTrue(emergency.assess(text).level)

    def test_fever_with_spots_like_bruises_warns(self):
        self.assertTrue(emergency.assess("Mum has a high temperature and dark red spots are appearing on her legs, "
                                         "she is very sleepy").level)

    def test_a_rule_sign_the_classifier_backs_is_not_withdrawn_by_the_context_layer(self):
        backed = emergency.Assessment(emergency.NOW, ["Severe head injury"], backed=True)
        text = ("Slipped off the shed roof, about 3 metres, landed on my head. Blacked out, now seeing double and my "
                "head is splitting. The wife wants to drive me in, is that ok or should it be an ambulance?")
        self.assertFalse(emergency.withdrawable(text, backed))
        self.assertTrue(emergency.withdrawable(text, emergency.Assessment(emergency.NOW, ["Severe head injury"])))


class RomanisedHindiTest(SimpleTestCase):
    """Questions typed in Hindi or Urdu in Latin letters are read through a glossary (askdoc.intake.glossary)."""

    def test_emergencies_in_romanised_hindi_warn(self):
        for text in [
            "papa ko abhi seene mein bahut tez dard ho raha hai, paseena aa raha hai, 55 saal ke hain. kya karein?",
            "meri beti ko jhatke aa rahe hain aur munh se jhaag nikal raha hai, 6 minute se zyada ho gaye",
            "dadi ko saans nahi aa rahi, hoth neele pad gaye, kya ambulance bulayein?",
        ]:
            with self.subTest(text=text):
                self.assertTrue(emergency.assess(text).level)

    def test_calm_romanised_questions_and_english_stay_as_they_are(self):
        from askdoc.intake.glossary import english_reading

        english = "Sir, my pet has a pair of sore ears."
        self.assertEqual(english_reading(english), english)
        self.assertIn("chest pain", english_reading("bhai ko seene mein dard hai kal se"))
        self.assertFalse(emergency.assess("beta ko 2 din se halka zukam hai, bukhar nahi hai. kya dein?").level)

    def test_a_glossary_word_is_a_whole_word_in_every_alternative(self):
        from askdoc.intake.glossary import english_reading

        reading = english_reading("papa ki major surgery hui thi pichle saal, ab unko kya khana chahiye")
        self.assertIn("major", reading)  # not the Hindi "jor" (fever) inside it


class SpanishTest(SimpleTestCase):
    def test_spanish_emergencies_warn_and_calm_ones_do_not(self):
        self.assertTrue(emergency.assess("mi esposo tiene un dolor muy fuerte en el pecho y está sudando, tiene 60 "
                                         "años, qué hago").level)
        self.assertTrue(emergency.assess("mi hija de 3 años se tomó las pastillas de la abuela, muy dormida").level)
        self.assertFalse(emergency.assess("mi hijo tiene tos desde hace una semana pero no tiene fiebre y come bien, "
                                          "qué jarabe le doy").level)


class TagalogAndPidginTest(SimpleTestCase):
    """Tagalog / Taglish and West African Pidgin are read through their glossaries too."""

    def test_tagalog_emergencies_warn_and_calm_ones_do_not(self):
        for text in [
            "doc si tatay po 60, naninikip ang dibdib niya ngayon, pawis na pawis at hindi makahinga ng maayos",
            "ang anak ko 1 taon nangingisay ngayon, bumubula ang bibig, ano po gagawin",
            "si lola biglang tabingi ang mukha at hindi makapagsalita, ngayon lang po nangyari",
        ]:
            with self.subTest(text=text):
                self.assertTrue(emergency.assess(text).level)
        for text in [
            "doc ang anak ko 5 taon may sipon at ubo 3 araw na, walang lagnat, kumakain naman po. anong gamot?",
            "si nanay na-confine noong isang taon dahil sa pneumonia, magaling na siya ngayon. pwede ba magpabakuna?",
        ]:
            with self.subTest(text=text):
                self.assertFalse(emergency.assess(text).level)

    def test_pidgin_emergency_warns_and_a_mild_belly_ache_does_not(self):
        self.assertTrue(emergency.assess("abeg doc my pikin no fit breathe well, e dey sleep sleep and e lips don "
                                         "turn blue").level)
        self.assertFalse(emergency.assess("my belle dey pain me small since yesterday after I chop beans, no "
                                          "fever. wetin I fit take?").level)


class PortugueseTest(SimpleTestCase):
    def test_portuguese_emergencies_warn_and_calm_or_past_ones_do_not(self):
        for text in [
            "minha mãe está com uma dor muito forte no peito e suando frio, ela tem 62 anos, o que eu faço?",
            "meu pai de repente ficou com a boca torta e não consegue falar direito, faz 20 minutos",
            "bebê de 5 semanas com febre 38,5, o que eu faço",
        ]:
            with self.subTest(text=text):
                self.assertTrue(emergency.assess(text).level)
        for text in [
            "meu filho tem tosse há 5 dias, sem febre, come bem. Que xarope posso dar?",
            "minha avó teve um AVC há 3 anos, hoje ela está bem. Pode tomar vacina da gripe?",
        ]:
            with self.subTest(text=text):
                self.assertFalse(emergency.assess(text).level)

    def test_a_portuguese_cough_for_days_is_not_read_as_one_days_ago(self):
        from askdoc.intake.glossary import english_reading

        self.assertIn("cough for 5 days", english_reading("meu filho tem tosse há 5 dias, sem febre, come bem"))


class GlossaryTermsTest(SimpleTestCase):
    def test_a_condition_named_in_portuguese_inside_english_is_read(self):
        from askdoc.intake.glossary import english_reading

        self.assertIn("migraine", english_reading("Enxaqueca 3 times a week, I'm 32, the remédios don't work"))
        self.assertIn("tonsils", english_reading("Amigdalite 6 times this year, should I take out the amígdalas?"))
        english = "My granddad has gout and a bunion, what can he eat?"
        self.assertEqual(english_reading(english), english)


class FrenchTest(SimpleTestCase):
    def test_french_emergency_warns_and_calm_or_past_ones_do_not(self):
        self.assertTrue(emergency.assess("mon père a une douleur dans la poitrine depuis 30 minutes, il sue pis il a "
                                         "de la misère à respirer").level)
        self.assertFalse(emergency.assess("ma fille de 6 ans fait de la fièvre depuis hier, 38,2, elle mange bien "
                                          "pis elle joue. Quoi lui donner?").level)
        self.assertFalse(emergency.assess("mon grand-père a fait un AVC il y a 2 ans, il va bien maintenant. "
                                          "Est-ce qu'il peut conduire?").level)
