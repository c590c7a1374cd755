# Trap-only privacy items, part 2 (no identifiers; hand-written, writer 134).
ITEMS = [
    "My 4 year old has a fever of 102.3 since Tuesday and a red tongue and cracked lips. The urgent care in Mesa "
    "said it's viral but I read about Kawasaki disease. Should I push for more tests?",
    "I'm 38 weeks pregnant and my OB appointment is on the 9th. Is it normal to have Braxton Hicks contractions "
    "every night?",
    "Is it okay to drink alcohol while taking metronidazole? My dentist gave it to me for an abscess.",
    "Our pediatrician said my baby has a small VSD murmur. She's 2 months old and gaining weight. Will it close on "
    "its own?",
    "Sue the pharmacy? They gave me 50 mg tablets of metoprolol instead of 25 mg and I took them for a week. I feel "
    "fine but tired. What should I do now?",
    "I'm a 47 year old woman and my hot flashes started in August. I'm waking up drenched every night. Is hormone "
    "therapy safe if my mom had breast cancer?",
    "My father has Guillain-Barré and is at a rehab facility in Tampa. How long does recovery usually take for "
    "someone who's 65?",
    "Ever since my hernia surgery at the Mayo Clinic in Rochester I've had numbness on the inside of my thigh. "
    "It's been four months. Will it come back?",
    "I'm 72 and take warfarin. My INR was 3.8 last week and 1.9 this week. Why does it swing so much?",
    "Can you get shingles twice? I had it in 2021 on my back and now I have a painful rash on my side again.",
    "My Dexcom says my sugar drops to the 60s around 3 am. I take 22 units of Lantus at bedtime. Is that "
    "too much?",
    "Pat dry or rub? The nurse said to pat my incision dry after showering but it's itchy and I want to scrub it. "
    "It's been 10 days since my C-section.",
    "Addison's disease runs in my family. What are the early signs? I'm 29 and tired all the time.",
    "I got a tetanus shot at Walgreens in 2017. I just stepped on a rusty nail in my garage. Am I covered?",
    "My vitamin B12 is 180 and my doctor wants me to get shots. Can't I just take pills from Costco?",
    "Does Medicare cover the RSV vaccine for people over 60? The pharmacist at Rite Aid wasn't sure.",
    "My son is 16, 5'10\" and 230 lbs. His pediatrician is worried about prediabetes. What kind of diet works for "
    "teenagers?",
    "I was told I have a Baker's cyst behind my knee on ultrasound. It's the size of a golf ball. Should it be "
    "drained?",
    "Is Sjögren's the reason my eyes and mouth are so dry? My ANA came back positive 1:320.",
    "Since New Year's I've had ringing in my ears, worse in the left. I went to a loud concert in Nashville on "
    "December 30th.",
    "My baby was born at 35 weeks at St. Luke's and is now 3 weeks old. How many ounces should she be eating?",
    "I take Adderall XR 20 mg for ADHD. My blood pressure has crept up to 138/88. Do I need to switch?",
    "April showers... my allergies are killing me every spring. I'm on Claritin and Flonase and still "
    "miserable. Are allergy shots worth it?",
    "My husband's PSA went from 3.1 to 5.6 in a year. He's 61. The urologist wants a biopsy. Is an MRI first an "
    "option?",
    "I'm in Texas, my mother is in Florida. She's 88 and was just hospitalized at Tampa General for pneumonia. "
    "Can I talk to her doctors by phone?",
    "Epstein-Barr antibodies came back positive on my blood work. Does that mean I have mono right now? "
    "I'm 24.",
    "I had a Whipple procedure two years ago for pancreatic cancer. Now I'm having greasy stools. Should my Creon "
    "dose be increased?",
    "I'm 5'2\" and 118 lbs, and my BMI says normal but my body fat is high. Should I be concerned about my "
    "cholesterol?",
    "My daughter's Tourette's tics get much worse before tests at school. She's 13. Is there a medication that "
    "helps without making her sleepy?",
    "Can I get the new COVID shot and the flu shot on the same day? I'm 66 and have a kidney transplant.",
    "Cushing's was mentioned by my endocrinologist because of my round face and stretch marks. What tests come "
    "next?",
    "My creatinine was 1.6 and eGFR 42. I'm 70 and diabetic. What stage of kidney disease is that?",
    "I found out I'm a carrier for cystic fibrosis during IVF testing. Does my husband need to be tested too?",
    "Is it bad to take ibuprofen 800 mg three times a day for a month? My knee hurts since I started running in "
    "January.",
    "My toddler swallowed some of my prenatal vitamins, maybe two gummies. Poison Control said he's fine but "
    "should I call the pediatrician anyway?",
    "I've had a cold sore on my lip for 12 days. Valtrex usually works in 5. Is something wrong?",
]
