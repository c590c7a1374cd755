# Trap-only privacy items, part 1 (no identifiers; hand-written, writer 134).
ITEMS = [
    "I was diagnosed with Hashimoto's in 2019 and my TSH just came back at 6.2. I take 75 mcg of Synthroid. "
    "Should the dose go up?",
    "My husband has Parkinson's and his neurologist at Johns Hopkins wants to start him on Rytary. Does it cause "
    "more hallucinations than Sinemet?",
    "Will my Medicare Part B cover a bone density scan every year or only every two years? I'm 68.",
    "I have Raynaud's and my fingers turn white and then blue when I go in the freezer aisle at Walmart. Is there "
    "anything besides gloves?",
    "Since March 3rd I've had a dull ache under my right ribs, mostly after fatty meals. I'm 44 and female. "
    "Gallbladder?",
    "My son was born in 2011 and still hasn't had his HPV shot. Is it too late? He's 14 now.",
    "Grace period on my Cigna plan ends Friday. If I don't pay, will my Humira refill be denied?",
    "Blood pressure this morning was 158/96, then 144/90 an hour later. I take amlodipine 5 mg. Should I worry?",
    "My A1c went from 6.4 to 7.1 in six months even though I'm on metformin 1000 mg twice a day. What's next?",
    "Hope you can help. I have Bell's palsy on the left side since Sunday and my eye won't close all the way. "
    "How do I protect it at night?",
    "I'm 5'4\" and 210 pounds. My doctor mentioned Wegovy but my Blue Cross plan won't cover it. Is Zepbound any "
    "different for coverage?",
    "Frank blood in the toilet after a bowel movement this morning, bright red, on the paper too. I have "
    "hemorrhoids. Is that likely the cause?",
    "Our appointment at the Cleveland Clinic is on April 22. Should we bring the CDs of his old MRIs or do they "
    "get them electronically?",
    "My daughter has Osgood-Schlatter in both knees. She's 12 and plays volleyball. Can she keep playing through "
    "the pain?",
    "Mark this as urgent please: my Eliquis prescription ran out yesterday and CVS says it needs a new "
    "authorization.",
    "I've been on Lexapro 10 mg for three weeks and I still feel the same. When does it usually start working?",
    "Bill from the lab says $480 for a vitamin D test. Is that normal? I have Aetna with a $3,000 deductible.",
    "My mother is 83 and was just diagnosed with Alzheimer's at Mass General. They mentioned Leqembi. Is she too "
    "old for it?",
    "After my Pfizer booster I got a swollen lymph node in my armpit. It's been 10 days. Is that still from the "
    "shot?",
    "May I take Advil with my lisinopril? I have a bad toothache and Tylenol isn't cutting it.",
    "I was born in 1958 and I've never had a colonoscopy. My brother had polyps. Is it too late to start?",
    "Dawn is the worst time for my back, it's so stiff I can barely get out of bed for about an hour. Then it "
    "loosens up. I'm 31. Could it be something like ankylosing spondylitis?",
    "My LDL is 168, HDL 42, triglycerides 240. My doctor wants Crestor. I'd rather try diet first. Is three "
    "months a fair trial?",
    "Crohn's flare for two weeks now, 6 to 8 bathroom trips a day, no blood. I'm on Stelara. Should I call the "
    "GI at Mount Sinai or just ride it out?",
    "We just moved to Phoenix from Seattle and my allergies are completely different. Is Flonase or Zyrtec better "
    "for desert pollen?",
    "I got Lyme disease last summer in Connecticut and did 21 days of doxycycline. My joints still ache. Could it "
    "still be there?",
    "Is it safe to take Benadryl and melatonin together? I'm 70 and can't sleep.",
    "Rose-colored patches on my chest and back, one big one first and then lots of small ones. My teenager says "
    "it looks like a Christmas tree pattern. Pityriasis rosea?",
    "My son has Down syndrome and he's 19. Does he need any special screenings as an adult?",
    "Jack of all trades here, I do roofing and carpentry and my right shoulder clicks and hurts when I reach "
    "overhead. Rotator cuff?",
    "My wife had her gallbladder out at Cedars-Sinai on June 2nd and still has shoulder pain. They said it was "
    "from the gas. How long does that last?",
    "I've had Meniere's for 10 years. The vertigo attacks were better but this month I've had three. Does it "
    "ever burn out?",
    "I'm 6 feet tall and 140 pounds and I'm 22. My doctor says I'm underweight. How do I gain weight healthily?",
    "My potassium was 5.4 on my last labs. I'm on spironolactone 25 mg. Should I stop the bananas?",
    "Will Medicaid in Ohio pay for hearing aids for adults? My father is 66 and can barely hear the TV.",
    "My doctor said I have Barrett's esophagus after my endoscopy on the 14th. How often do I need to be scoped "
    "now?",
    "Ozempic makes me so nauseous I can't eat. I'm on the 0.5 mg dose. Is it okay to go back to 0.25 for a while?",
    "I live in rural Montana and the nearest dermatologist is in Billings, 3 hours away. Can I send photos of a "
    "spot on my nose?",
]
