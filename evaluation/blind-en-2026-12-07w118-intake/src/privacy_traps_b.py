# Hand-written privacy items with NO identifiers, only traps (part B: mixed adults + parents).
# Each item: (text, [], [])

ITEMS = [
    ("Bell's palsy at 34 weeks pregnant?? right side of my face drooped yesterday morning, seen at urgent care, they gave prednisone. Is it safe for the baby?",
     [], []),

    ("My A1c went from 6.1 to 6.8 in a year. I'm 52, 5'9\", 212 lbs. Do I need metformin or can I try diet first?",
     [], []),

    ("BP this morning 148/96, then 139/90 an hour later. I'm 47. Lisinopril 10mg started 2 weeks ago. When does it kick in?",
     [], []),

    ("Is Raynaud's the thing where your fingers go white in the cold? Mine do it every winter since I moved to Minnesota. 29F.",
     [], []),

    ("My dad (born 1949) was just told he has early Parkinson's at the Cleveland Clinic. What should we expect in the next year?",
     [], []),

    ("Pap smear came back ASC-US, HPV negative. I'm 31. The letter says repeat in 3 years. Is that really ok?",
     [], []),

    ("Will drinking coffee make my heart palpitations worse? I'm 26, Holter monitor from last month was normal.",
     [], []),

    ("Ferritin 9, hemoglobin 10.8. I'm 38 with heavy periods. Iron pills make me nauseous, is there an IV option?",
     [], []),

    ("April every year my eyes itch and swell. Claritin doesn't touch it. I'm 44. Flonase? allergy shots?",
     [], []),

    ("Braxton Hicks or real contractions? 34 wks, they come every 20-30 min, not stronger, stop when I lie down.",
     [], []),

    ("Gilbert's syndrome was on my lab report (bilirubin 2.1). Doctor said it's harmless. Can I still drink on weekends? I'm 24M",
     [], []),

    ("Achilles tendon hurts every morning after I started running for a 5K in March. I'm 41. Ice? rest? new shoes?",
     [], []),

    ("Baker's cyst behind my knee, diagnosed by ultrasound at Mayo Clinic last year. It's bigger now. Drain it?",
     [], []),

    ("Graves' disease, on methimazole 10 mg. Thinking about getting pregnant. Do I need to switch meds first? 30F",
     [], []),

    ("Cedars-Sinai told my mom (82) she has a Bartholin cyst?? at her age? Is that common?",
     [], []),

    ("Lyme disease test negative in July but I still have joint pain and a bullseye rash came back. 39M, live in Maine.",
     [], []),

    ("My LDL is 178 and HDL 42. Total 260. I'm 55 and a woman, post menopause. Statin time?",
     [], []),

    ("Hashimoto's and levothyroxine 75 mcg — can I take it with my morning coffee or do I really need to wait an hour?",
     [], []),

    ("Summer in Phoenix and my 78 yo mother refuses to use AC. She's on Lasix. What signs of heat exhaustion should I watch for?",
     [], []),

    ("Eustachian tube dysfunction after a flight from Denver to Orlando, ear still plugged 4 days later. Afrin? Sudafed?",
     [], []),

    ("Guillain-Barré after flu shot — how real is that risk? I'm 60 and scared to get it this year.",
     [], []),

    ("Ruby red spots on my chest, little ones, more every year. I'm 45. Cherry angiomas? Should a dermatologist look?",
     [], []),

    ("Sage tea for drying up breast milk — does it work? weaning my 14 month old",
     [], []),

    ("Olive oil for my baby's cradle cap, then brush it out — is that fine or can it cause a yeast thing? He's 6 weeks.",
     [], []),

    ("Fallopian tube was removed in 2019 after an ectopic. Now trying again at 35. What are my odds it happens again?",
     [], []),

    ("Mounjaro 5 mg week 6, down 14 lbs, but constipated all the time. Miralax daily ok?",
     [], []),

    ("Marfan syndrome runs in my husband's family. Our son is 13 and really tall and skinny. What tests should he get?",
     [], []),

    ("Just found out I'm pregnant (LMP was Dec 28). I took Advil a few times before I knew. Is that bad?",
     [], []),

    ("Pat dry or air dry a C-section incision? 10 days post op at Mount Sinai, it's healing but a bit pink",
     [], []),

    ("Jack Daniel's and my new antibiotic (Flagyl) — the pharmacist said no alcohol. How long after the last pill?",
     [], []),

    ("Carol singing at church with my asthma — I get winded every December. Should I use my albuterol before?",
     [], []),

    ("Christian counselor vs regular therapist for my 15 yo's anxiety? We're in a small town outside Tulsa, not many options.",
     [], []),

    ("Turner syndrome was mentioned after my daughter's growth plateaued at 4'2\" at age 11. What is the test and who orders it?",
     [], []),

    ("Addison's disease, on hydrocortisone. Got the stomach flu. Do I double my dose? it's been 24 hrs of vomiting",
     [], []),

    ("Cushing's? I've gained 30 lbs in 6 months, round face, stretch marks purple. 33F. What bloodwork should I ask for",
     [], []),

    ("Brook trout fishing trip with my kids next week and my 7 yo is allergic to fish. Does touching them matter or just eating?",
     [], []),

    ("Sunny days make my lupus rash flare. 42F, on Plaquenil 200 mg twice a day. Which sunscreen is best?",
     [], []),

    ("Autumn allergies are killing my 10 yo. Ragweed I think. Is Singulair safe? I read about the mood side effects",
     [], []),

    ("Walgreens pharmacist said my 4 yo's amoxicillin dose was high (90 mg/kg/day). He's 37 lbs. Is that right for an ear infection?",
     [], []),

    ("Cliff jumping at the lake yesterday and now my 16 yo has ear pain and muffled hearing. Ruptured eardrum?",
     [], []),

    ("Christmas 2022 was when my husband's memory started slipping. He's 67. Alzheimer's vs normal aging, how do you tell?",
     [], []),

    ("Ehlers-Danlos was suggested by my PT. I dislocate my shoulder easily, super flexible. Who diagnoses it? I'm 22F",
     [], []),

    ("Dr. Scholl's inserts for plantar fasciitis — do they actually help or waste of money? standing 10 hr shifts",
     [], []),

    ("Henoch-Schönlein purpura was my son's diagnosis at age 6 at Seattle Children's. Now 9 and has a similar rash on his legs. Could it come back?",
     [], []),

    ("Chick-fil-A nuggets every day for a picky 4 yo — is that going to cause problems? 34 lbs, growing fine",
     [], []),

    ("Costco sells Kirkland brand children's ibuprofen, is it the same as Motrin? 100mg/5ml",
     [], []),

    ("Cancun trip in 3 weeks with a 9 month old, do we need any vaccines? Is Hep A given that young?",
     [], []),

    ("Walmart brand (Parent's Choice) formula vs Similac — same thing? Baby is 2 months, 10 lbs 3 oz",
     [], []),

    ("Epstein-Barr antibody positive on my 17 yo's labs. Does that mean active mono now or he had it before?",
     [], []),

    ("Meckel's diverticulum — the surgeon at Children's Mercy mentioned it as a possibility for my 2 yo's bloody diaper last week. How do they test?",
     [], []),

    ("Born in 1958, had chickenpox as a kid. Do I need both Shingrix shots or just one?",
     [], []),

    ("Pregnancy test positive 3/2, HCG 1,240 on 3/5 and 2,100 on 3/7. Is that doubling ok?",
     [], []),

    ("Melody of my baby's cry changed — now more hoarse and squeaky. 5 weeks old. Any reason to worry? No fever.",
     [], []),

    ("My husband (58) had a Whipple procedure at Johns Hopkins in 2021. Now his sugars are high. Is that from the surgery?",
     [], []),

    ("Tommy John surgery for a 15 yo pitcher — is that too young? Our orthopedist says it might be needed.",
     [], []),

    ("Lily pollen on my cat — wait, unrelated. My question: is Children's Benadryl or Zyrtec better for my 6 yo's hives that come and go?",
     [], []),
]
