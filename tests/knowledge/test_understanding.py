"""Question understanding: focus, question type, population, details and the main question of a long message."""

from askdoc.knowledge.understanding import agreement, main_question, understand, without_asides
from tests.base import AskdocTestCase


class UnderstandingTests(AskdocTestCase):
    def test_focus_and_type_of_a_short_question(self):
        causes = understand("What causes kidney stones?", topics=False)
        treatment = understand("How are kidney stones treated?", topics=False)
        self.assertEqual(causes.main_focus, "kidney stones")
        self.assertEqual(causes.question_type, "causes")
        self.assertEqual(treatment.question_type, "treatment")
        self.assertEqual(treatment.main_focus, causes.main_focus)

    def test_a_drug_question_has_the_drug_as_focus_and_a_drug_type(self):
        understood = understand("What are the side effects of metformin?", topics=False)
        self.assertEqual(understood.main_focus, "metformin")
        self.assertEqual(understood.focus[0].kind, "drug")
        self.assertEqual(understood.question_type, "side effects")
        self.assertEqual(understood.details.drugs, ["metformin"])

    def test_population_age_pregnancy_and_relative(self):
        baby = understand("Can my 6-month-old eat honey?", topics=False).population
        self.assertEqual((baby.age_group, baby.who, baby.relative), ("infant", "relative", "child"))
        pregnant = understand("I am 28 weeks pregnant and have a headache. Can I take ibuprofen 400 mg?",
                              topics=False)
        self.assertTrue(pregnant.population.pregnant)
        self.assertIsNone(pregnant.population.age)  # "28 weeks" is the pregnancy, not the age
        self.assertEqual(pregnant.details.doses, ["400 mg"])
        self.assertEqual(pregnant.question_type, "dose")
        self.assertFalse(understand("I am not pregnant but my period is late", topics=False).population.pregnant)
        adult = understand("I am a 24 year old female with knee pain. Should I stop running?", topics=False)
        self.assertEqual((adult.population.age, adult.population.age_group, adult.population.who),
                         (24, "adult", "self"))

    def test_a_relatives_condition_told_in_passing_is_not_the_focus(self):
        understood = understand("My mother had breast cancer. I found a lump in my armpit last night. "
                                "What could it be?", topics=False)
        self.assertEqual(understood.main_focus, "lump")
        self.assertTrue(next(f for f in understood.focus if f.name == "cancer").in_passing)
        self.assertEqual(understood.question_type, "causes")
        self.assertNotIn("cancer", without_asides("My mother had breast cancer. I have a lump."))

    def test_a_ruled_out_symptom_is_not_the_focus_and_details_are_read(self):
        understood = understand("I have had no fever but a dry cough for 3 months. Is this serious?", topics=False)
        self.assertEqual(understood.main_focus, "cough")
        self.assertIn("fever", understood.details.negated)
        self.assertEqual(understood.details.course, "chronic")
        self.assertEqual(understood.details.duration, "for 3 months")
        self.assertIsNone(understood.population.age)

    def test_the_main_question_of_a_long_message(self):
        message = ("Hi doctor, I am a 24 year old female. I am a cyclist and a runner. For the past one week, I have "
                   "been getting pain in the back of my left knee. It hurts when I walk and not just doing sport. "
                   "Is it fine to continue with exercise? Thanks in advance.")
        self.assertEqual(main_question(message), "Is it fine to continue with exercise?")
        # A short question that points back keeps the sentence saying what "it" is.
        self.assertEqual(main_question("I get a rash on my arms every summer. Is it serious?"),
                         "I get a rash on my arms every summer. Is it serious?")

    def test_agreement_tells_look_alikes_apart(self):
        def features(a, b):
            return dict(zip(("shared", "focus conflict", "type same", "type conflict", "age conflict", "pregnancy",
                             "relative", "drug conflict", "course conflict"),
                            agreement(understand(a, topics=False), understand(b, topics=False)), strict=True))

        same = features("What causes kidney stones?", "Why do people get kidney stones?")
        self.assertEqual((same["shared"], same["type same"], same["type conflict"]), (1.0, 1.0, 0.0))
        other_type = features("What causes kidney stones?", "How are kidney stones treated?")
        self.assertEqual(other_type["type conflict"], 1.0)
        other_drug = features("Can I take ibuprofen for a headache?", "Can I take aspirin for a headache?")
        self.assertEqual(other_drug["drug conflict"], 1.0)
        other_age = features("Is a fever of 39 dangerous for my 3-year-old?", "Is a fever of 39 dangerous for me "
                             "at 70 years old?")
        self.assertEqual(other_age["age conflict"], 1.0)

    def test_it_uses_the_faq_topics_when_asked(self):
        from askdoc.qa.models import FaqTopic

        FaqTopic.objects.create(slug="restless-legs-syndrome", name="Restless legs syndrome",
                                department=self.neurology, synonyms=["Ekbom disease"])
        understood = understand("Is Ekbom disease inherited?")
        self.assertIn("restless legs syndrome", [f.name for f in understood.focus])
        self.assertEqual(understood.question_type, "inheritance")
        self.assertNotIn("restless legs syndrome", [f.name for f in understand("Is Ekbom disease inherited?",
                                                                              topics=False).focus])
