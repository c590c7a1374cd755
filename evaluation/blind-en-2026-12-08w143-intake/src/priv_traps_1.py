# Privacy trap-only items, part 1: no identifiers (hand written, writer 143)

ITEMS = [
    "um hi I'm uh seventy three and I was diagnosed with Parkinson's in uh two thousand and nineteen and the Sinemet is wearing off quicker now like before the next dose, is that normal question mark",

    "Will the flu jab interfere with my methotrexate? I take 15 mg once a week on Fridays for rheumatoid arthritis.",

    "so uh my blood pressure this morning was one fifty two over ninety four and then I took it again and it was one forty eight over ninety, I'm on the ramipril five milligrams, should they up it",

    "Hope you can help. My ferritin is 8, haemoglobin 10.9, and I'm exhausted all the time. I'm a 29 year old woman with heavy periods. Is iron enough or do I need an infusion?",

    "yeah hi so I had the the Bell's palsy back in February and the face is mostly back but my eye still waters when I eat, is that a thing, full stop",

    "I was born in 1958 so I'm 66 now, do I still need the shingles vaccine if I had shingles in my 40s?",

    "um my appointment at St James's is on the fourteenth of November for the endoscopy and they said stop the omeprazole two weeks before but the heartburn is killing me, what can I take instead",

    "Frank question: is it normal to still bleed a little 3 weeks after a D&C? It's light, brown, no smell.",

    "ok so uh I'm five foot two and I weigh like um eleven stone four and my doctor says my BMI is twenty nine and I should lose weight but I eat nothing, question mark",

    "Does Hashimoto's mean I'll always be on levothyroxine? I'm on 75 mcg and my TSH was 3.1 last check.",

    "uh good morning um I've been on the Lipitor the atorvastatin forty milligrams since uh twenty twenty and my legs ache, my cholesterol is down to four point one though, can I drop the dose",

    "My mum had Alzheimer's and my nan did too. I'm 51. Is there a test to see if I'll get it?",

    "Mark on my shin that looks like a bruise but it's been there 6 weeks and doesn't hurt. Started around the 2nd of August. Should I get it looked at?",

    "um it's for the baby she's uh she's four months and she weighs um six point two kilos and she's on the Aptamil and she's very windy after every bottle, should we change formula",

    "i'm 16 and i have really bad acne, my gp put me on lymecycline 408mg but its been 2 months and nothing. is roaccutane next",

    "so uh the test came back uh A one C of eight point four and the diabetes nurse at the Royal Victoria wants me on the insulin and I'm scared of needles what are the other options",

    "Is Crohn's disease hereditary? My father had it diagnosed at 30 and I'm now 27 with on-and-off diarrhoea.",

    "uh yeah I've been getting this pain in my heel since um since about the middle of March and uh I'm on my feet all day, I'm a forty four year old man, is it the plantar fasciitis",

    "Grace period question: my prescription for sertraline 100mg ran out 3 days ago and I can't get an appointment until Monday. Will I get withdrawal?",

    "how long after the Pfizer covid booster can I have the flu shot, I'm eighty two and my daughter wants me to get both before Christmas",

    "My son is 14, 6 foot 1, and 9 stone. He eats loads but stays skinny. Should we worry about his weight?",

    "um I had the gallbladder out at the Beaumont on the ninth of January and uh I still can't eat anything fatty without running to the loo, is that gonna be forever",

    "Does Raynaud's get worse with age? My fingers go white then blue in the cold. I'm 38.",

    "yeah um quick one about my INR it was three point eight on Tuesday and the warfarin clinic said to skip a dose, but I forgot and took the five milligrams, what now",

    "Is Tourette's something you can develop as an adult? I'm 35 and I've started having small throat-clearing tics.",

    "um my eGFR is fifty two and it was sixty last year, and I'm seventy, is that the kidneys failing or is that just age, I'm on metformin a thousand twice a day",

    "Had my 20-week scan at the Rotunda on 3 April and they mentioned a two vessel cord. Everything else looked fine. What does that mean for the baby?",

    "So uh I'm on the Ozempic the point five and I've lost like twelve kilos since January but I feel sick all the time, is it worth going up to the one milligram",

    "Does Graves' disease cause your eyes to bulge permanently? I'm on carbimazole 20mg and my eyes feel gritty.",

    "ok um, uh, my temperature's been ninety nine point four on and off for like a week, no other symptoms really, just tired, I'm forty, is that even a fever",

    "Bill from the hospital says I had a 'level 4 ED visit' for a kidney stone. Does that mean it was serious? I passed it the next day.",

    "um I have the Addison's and I'm on the hydrocortisone ten in the morning and five in the afternoon and I'm going on holidays to Spain, do I need to change it for the heat",

    "My 8 year old was diagnosed with Perthes disease. Will he be able to play football again?",

    "uh hi so um my daughter she's twenty two and she's got the polycystic ovaries the PCOS and she's on the Dianette and she's asking can she come off it to try and get pregnant",

    "Is 1,200 calories a day safe for a 5'4\" woman who weighs 190 lbs? I walk 30 minutes a day.",

    "um my vitamin D came back at twenty two nanomoles and they gave me the the twenty thousand units once a week, how long before I feel better",

    "Can Sjögren's cause a dry cough? I've had a dry mouth and dry eyes for years and now the cough started around Easter.",

    "yeah um my husband's seventy eight and he's on the Eliquis five twice a day and the tamsulosin point four and now they want to add finasteride, can he take all three together question mark",

    "Rose hip capsules — are they any good for knee arthritis? I'm 63 and trying to avoid ibuprofen.",

    "uh my uh my cholesterol is uh six point eight total, the LDL is four point five, and I'm forty eight and I exercise, is it genetic",

    "Had a colposcopy at the Coombe on Thursday and they took a biopsy. The bleeding is light. When can I go swimming?",

    "Will my baby get jaundice if I'm O negative and she's A positive? She's due on the 21st of June.",

    "so um I was in the Mayo Clinic in Rochester in twenty eighteen for the heart and they said I had a small hole in the heart the PFO and now I'm fifty and I want to scuba dive, is that ok",

    "My son has Asperger's, he's 12, and he refuses to eat anything but beige food. Could he be missing vitamins?",

    "um so uh the prescription is for the amoxicillin five hundred three times a day for seven days but I'm allergic to penicillin, I think, my mam said I had a rash as a baby, should I take it",

    "Is a resting heart rate of 48 too low? I'm 55, cycle 150 km a week, and feel fine.",

    "I'm 31 weeks pregnant and I've got carpal tunnel in both hands. The midwife at the Liverpool Women's said it goes after birth. Is that always true?",

    "uh hiya um my nine year old has the Osgood-Schlatter in both knees and he's mad into the football, should he stop altogether or just cut back",

    "Faith in my GP is low right now. She put me on 20mg citalopram in May and I feel flat and numb. Is that the dose or the drug?",

    "my potassium was five point nine on the bloods and they said repeat it in a week, I'm on spironolactone twenty five, um, is it the tablet",

    "At 70, is it worth getting a DEXA scan? I've never broken a bone but I'm small — 48 kg.",

    "um so I've been um getting these uh cluster headaches um since uh the eighteenth of last month, every night around two am, behind the left eye, uh, is there a tablet for that",

    "Does the Mirena coil cause weight gain? Had it fitted in October at the Marie Stopes clinic in Manchester and I've put on 4 kg.",

    "hi um my little girl is two and a half and she's only ninety centimetres and twelve kilos is that small",

    "Is Hodgkin's lymphoma curable these days? My colleague was just diagnosed at 29 and we're all worried.",
]
