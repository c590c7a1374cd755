# Trap-only privacy items, part 3 (no identifiers; hand-written, writer 134).
ITEMS = [
    "Graves' disease was diagnosed last month and I started methimazole 10 mg. My heart still races at night. "
    "Can I take a beta blocker too?",
    "My husband is 75 and has a hip replacement scheduled at HSS in New York on October 7. How long will he be "
    "in the hospital?",
    "June 12 is when my cough started, so almost three weeks. No fever. I'm a nonsmoker, 41. Do I need a chest "
    "x-ray?",
    "The eye doctor said I have early macular degeneration and to take AREDS2 vitamins. Does the brand matter, "
    "PreserVision or the Costco one?",
    "I'm on Xarelto for AFib and need a tooth pulled. My dentist in Scottsdale wants me to stop it for two days. "
    "Is that safe?",
    "Is a hemoglobin of 10.8 bad for a woman my age? I'm 52 and still have heavy periods.",
    "My child's school in Fairfax requires a sports physical by August 1. Can the pediatric office do it the same "
    "week as the well visit?",
    "Do I really need to fast for 12 hours before my cholesterol test on Thursday? I'm diabetic and on insulin.",
    "Our 6 month old has a flat spot on the back of his head. The pediatrician mentioned a helmet. Does Tricare "
    "cover that?",
    "Since I started lisinopril I've had a dry tickly cough all day. It's been two months. Is that the pill?",
    "My uric acid was 9.2. I've never had gout. Should I start allopurinol anyway?",
    "I'm 60 and I've had two kidney stones this year, both passed on their own. What should I drink and avoid?",
    "Faith and prayer have gotten me through a lot but my anxiety is getting worse and I'm open to medication now. "
    "Where do I start? I'm 45.",
    "My teenager wants to use Accutane for acne. What blood tests are needed and how often?",
    "Our family doctor in Boise retired and now we go to a big clinic. Can I request the same doctor every time "
    "there?",
    "Is it normal to bleed for six weeks after having a baby? I'm breastfeeding and I'm 29.",
    "I'm 78 and was prescribed Fosamax. I've heard it can cause jaw problems. Should I get dental work done "
    "first?",
    "I had COVID at the end of January and since then my heart rate jumps to 130 when I stand up. Could this be "
    "POTS?",
    "My kid has strep for the third time this school year. At what point do they take the tonsils out?",
    "Victory! My A1c is down to 6.1 from 8.4 after a year of Mounjaro. Can I lower my dose now?",
    "My BP machine from Walgreens says 128/82 but the nurse got 146/90 at the office. Which one do I believe?",
    "Is it safe to use Preparation H on my face for puffiness like the videos say? I'm 34 and a bit skeptical.",
    "Dr. Scholl's inserts aren't helping my heel pain. It's worst with my first steps in the morning. Plantar "
    "fasciitis?",
    "I was treated for Hodgkin lymphoma at St. Jude when I was 9. I'm 32 now. What follow-up do survivors need "
    "as adults?",
    "My doctor wants me to do a sleep study at home. Do they mail the device or do I pick it up? We're in Omaha.",
    "I'm 66 and have been on omeprazole for 10 years. I read it can weaken bones. Should I come off it?",
    "Can I donate blood if I take finasteride? The Red Cross website confused me.",
    "My 2 year old weighs 24 pounds and is 34 inches tall. Is she too small?",
    "Is a heart rate of 48 at rest dangerous? I'm 58 and run marathons.",
    "Joy of joys, my insurance just approved my Dupixent. How long before my eczema gets better?",
    "My husband had prostate surgery at Vanderbilt in May and is still leaking urine. He's frustrated. Is pelvic "
    "floor therapy something men do too?",
    "The ER in Albuquerque said my chest pain last night was probably reflux. I'm 49. Should I still see a "
    "cardiologist this week?",
]
