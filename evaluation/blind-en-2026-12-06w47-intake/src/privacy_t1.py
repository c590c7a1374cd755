# Privacy trap-only items (no identifiers), part 1.

ITEMS = [
    "My mum was diagnosed with Hashimoto's in 2019 and now my sister thinks she has it too. Mum takes Eltroxin "
    "100 mcg. Is it hereditary?",
    "Pasting from the family group:\nMum: Dad's BP was 168/102 at the chemist\nMe: did he take the Amlodipine?\n"
    "Dad: yes yes\nHe's 64. Is that reading dangerous if he feels fine?",
    "Letter from the school sick bay: 'Dear Parent/Guardian, your child was seen today with a nosebleed which "
    "stopped after 10 minutes of pressure.' Third time this term. He's 9. Anything to worry about?",
    "Will I still be able to breastfeed if I start sertraline 50 mg? Baby is 6 weeks old.",
    "Grace period on my insurance ends Friday and I haven't booked my mammogram. I'm 51. How often should I be "
    "screened anyway?",
    "My uncle in Lagos was told at LUTH that he has Parkinson's. He is 72. Is it the same Parkinson's that the "
    "boxer had? What can the family do?",
    "Born in 1988, I've had Crohn's since I was 15. Just moved from Manchester to Toronto. How do I get my "
    "Humira continued here?",
    "Hope someone can help. My 4 year old has had a fever of 39.1 on and off since Sunday, and Calpol brings it "
    "down. No rash. Should I see the GP tomorrow?",
    "Appointment with the rheumatologist is on 14 November but my knuckles are swollen now. Can I take "
    "naproxen 500 mg in the meantime?",
    "I'm 5'9 and 240 lb, 33 years old, and my doctor at Kaiser wants me on Ozempic. My friend had bad nausea. How "
    "long does that last?",
    "Mark on my shin appeared after I bumped it on the bed frame 3 weeks ago and it's still purple. I'm 70 and on "
    "Eliquis. Should it take that long?",
    "Our daughter (14) had her first period in May and since then she gets horrible cramps every month that make "
    "her miss school. Ponstan helps a bit. Is this endometriosis?",
    "We were in Bali in July and my husband still has diarrhoea on and off. We saw a doctor in Ubud who gave "
    "Cipro. Could it be parasites?",
    "Forwarded from our insurer: 'Your policy does not cover pre-existing conditions including asthma and "
    "eczema.' Does this mean I have to pay for my son's Ventolin?",
    "My GP in Dublin said my ferritin is 11 and haemoglobin 10.8. I'm 28, vegetarian, heavy periods. Iron "
    "tablets or infusion?",
    "Rose in temperature to 38.6 overnight after the MMR jab. He's 13 months. Is that a normal reaction?",
    "Just back from Aga Khan in Nairobi, they said I have H. pylori and gave me triple therapy for 14 days. Can I "
    "drink alcohol during it?",
    "Had my blood test on 3 March. HbA1c 6.2, fasting glucose 6.4, LDL 3.9. What does prediabetes mean for a 45 "
    "year old man?",
    "Sunny days give me an itchy rash on my arms and neck, started in April. I'm 32. Is it polymorphic light "
    "eruption?",
    "My grandmother is 91 and they found a Baker's cyst behind her knee at Tan Tock Seng. Does it need draining?",
    "Mum keeps saying 'Bell's palsy runs in our family'. Does it actually? Half my face felt numb for an hour "
    "last week but it went away.",
    "Dawn is when I get the worst heartburn, it wakes me up. Gaviscon helps. I'm 48. Should I be on omeprazole?",
    "Our school sent a note home saying there's been a case of measles in Year 2. My daughter had one MMR at 1 "
    "year but not the second. Is she protected?",
    "Group chat with my flatmates:\nMe: anyone got Strepsils\nFlatmate: why\nMe: throat feels like glass\n"
    "Flatmate: tonsillitis again lol\nI'm 21 and it's the fourth time this year. Should I ask about tonsillectomy?",
    "Is Dolo 650 the same as Crocin? My father in Hyderabad takes both when he has fever. He's 68.",
    "My brother is 26 and was just diagnosed with Hodgkin lymphoma at Tata Memorial. What are his chances with "
    "ABVD?",
    "We moved from Karachi to Birmingham in September and my son's eczema has flared terribly since the cold. "
    "He's 3. Which emollient is best?",
    "Bill from the ER was $3,400 for a sprained ankle. Anyway, it still hurts 3 weeks later. Should it?",
    "Pregnant with twins, 28 weeks, BP 142/91 at the clinic today. They want to recheck Thursday. Should I worry "
    "about pre-eclampsia?",
    "My husband's Gilbert's syndrome makes his bilirubin 34. The insurance medical flagged it. Does Gilbert's "
    "affect life cover?",
    "Still's disease was mentioned by a registrar at St Vincent's in Melbourne for my 19 year old. What is it "
    "and how is it treated?",
    "A kid at my son's daycare in Brisbane has hand foot and mouth. My son is 2. How long after exposure would he "
    "show signs?",
    "Jack fruit allergy? Every time I eat jackfruit in Kerala my lips swell a bit. I'm 36. Is it related to latex?",
    "Paediatrician at Starship said my baby has Kawasaki disease and he got IVIG. What follow-up does his heart "
    "need?",
    "Faith healers in our village told my aunt to stop her epilepsy medicine. She takes Epilim 500 mg twice a "
    "day. What happens if she stops suddenly?",
    "At 38 weeks my Braxton Hicks are every 20 minutes. Sister in law says I'll have the baby this week. How do "
    "I know it's real labour?",
    "My dad is 80, 165 cm and 52 kg, lost 6 kg since January without trying. Mulago hospital did some tests. What "
    "could cause that?",
    "Patience is running out with my son's ADHD meds. He's 11 and on Concerta 36 mg, barely eating lunch. Should "
    "we try Vyvanse?",
    "Hi from Auckland. Which is better for a teething baby, Bonjela or paracetamol? She's 7 months.",
    "Email from my employer's occupational health: 'Following your Fit Note, we recommend a phased return "
    "over 4 weeks.' I had a slipped disc. Is 4 weeks enough?",
    "I'm 17 and my acne is cystic. The dermatologist in Cape Town wants me on Roaccutane 20 mg. What blood tests "
    "will I need?",
    "My father had Whipple surgery at Groote Schuur in 2021 for pancreatic cancer. Now he has fatty, floating "
    "stools. Is that from the surgery?",
    "Ivy rash? We went hiking in Ontario on Saturday and now my arms have blistering lines. I'm 40. Hydrocortisone "
    "enough?",
    "My little sister, 16, says she vapes 'only 2 pods a day'. She gets chest tightness climbing stairs. Is that "
    "from vaping?",
    "Dr Google told me my Raynaud's might be lupus. My fingers turn white then blue in cold water. I'm 26, "
    "female. What blood tests?",
    "Ginger tea every morning for my nausea at 9 weeks pregnant. Is there a limit on how much ginger is safe?",
    "Mama says I should take Flagyl for my stomach cramps because it worked for her. Can I take leftover Flagyl "
    "400 mg without a prescription?",
    "My partner is 34 and his testosterone came back 7.2 nmol/L. The endocrinologist in Leeds wants a repeat "
    "at 8am. Why the morning?",
    "Philippine General Hospital told my lolo he has Alzheimer's. He's 78 and gets agitated in the evening. "
    "Anything that helps with sundowning?",
    "Frank blood in the toilet after a hard poo, bright red, on the paper too. I'm 30. Piles most likely?",
    "My daughter is 5 ft 2 and 38 kg at 13, her paediatrician said BMI is fine but she thinks she's fat. How do I "
    "talk to her?",
    "Amber coloured urine every morning, lighter later in the day. I'm 55, drink about 1 litre a day. Dehydrated "
    "or kidneys?",
]
