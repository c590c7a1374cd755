# Privacy trap-only items, part 3 (no identifiers; written by hand, writer 136)
ITEMS = [
    "Hello doctor,\n\nFull history first, since every new doctor asks:\n- 1988: tonsillectomy\n- 2001: first "
    "child, normal delivery\n- 2004: second child, caesarean for breech\n- 2012: gallstones, laparoscopic "
    "cholecystectomy\n- 2019: diagnosed with fibromyalgia, on duloxetine 60mg and pregabalin 75mg twice daily\n"
    "- 2022: diagnosed with sleep apnoea, CPAP nightly\n\nI'm 53 and 5'5\", weight 92kg. My question: I've put on "
    "14kg since starting pregabalin. Could that be the cause, and is there an alternative that won't do that?",

    "I'm 23 and had glandular fever in June. Still exhausted in November, sleeping 11 hours and napping. Bloods in "
    "October were normal except ALT 61. Is this chronic fatigue now?",

    "Iris of my left eye has a brown spot on it that my optician photographed in 2021 and again this year, she said "
    "it's a naevus and hasn't changed. Do I need to see an ophthalmologist or is the optician enough? I'm 44.",

    "Re: my results from the blood test at the hospital on 30 October — platelets 92, white cells 3.1, "
    "haemoglobin 121. The haematology clinic at the Royal Prince Alfred will see me on 8 January. I'm 57 and "
    "I drink about 4 beers a day. Should I be worried it's leukaemia or is it the drinking?",

    "Is it true that Down syndrome risk goes up with the father's age too, not only the mother's? My husband is 52 "
    "and I'm 38. The combined test came back 1 in 180.",

    "my periods are every 2 weeks since i came off depo provera in august. 29F. is that normal or should i see "
    "someone",

    "After a Colles fracture of the wrist in February (cast 6 weeks, no surgery) my wrist still aches and I can't "
    "turn my palm up fully. I'm 63. The fracture clinic at Frimley Park discharged me. Is more physio worth it?",

    "Hi,\n\nI'm 39, male, 180cm and 88kg. I have a family history of early heart disease: my grandfather died at 52 "
    "and my father had a bypass at 57. My lipoprotein(a) came back at 210 nmol/L. Everything else normal: LDL 2.9, "
    "HDL 1.4, BP 122/76, non-smoker.\n\nI understand there's no specific drug for Lp(a) yet. The cardiology clinic "
    "in Vancouver recommended a calcium score CT. Is that worth the radiation? What would change if it's high?",

    "Joy of joys, my gout is back. Big toe, hot, red, can't wear a sock. I'm on allopurinol 300mg. Took colchicine "
    "500mcg x2 today. Should I stop the allopurinol during a flare?",

    "We've just been told our 5 week old has a 'Mongolian blue spot' on his lower back — the midwife noted it at "
    "birth. The nursery nurse asked about it as if it were a bruise. Will it fade? He's of mixed Nigerian and "
    "Irish heritage.",

    "What's the best treatment for plantar fasciitis? Mine started in April after I took up running. Ibuprofen "
    "helps for an hour. I'm 46, 95kg.",

    "I got my DEXA results from the Ottawa Hospital: femoral neck T-score -2.1, spine -1.8. I'm a 61-year-old man. "
    "I was on prednisone 20mg for 9 months in 2021 for polymyalgia rheumatica. Is osteopenia common in men? Do I "
    "need treatment?",

    "Hope you can help. I'm the mother of a 14 year old with Asperger's (now called autism, I know). He's refusing "
    "to eat anything but chicken nuggets, chips and plain pasta. He's 163cm and 44kg. His growth has slowed. The "
    "school nurse said to see a dietitian. Is ARFID something they diagnose at 14?",

    "Dear doctor,\n\nI'm 79 and in good health apart from high blood pressure and macular degeneration (dry type in "
    "the right eye, wet in the left, on Eylea injections every 8 weeks at Moorfields since 2020). My vision in the "
    "left eye is 6/18, right 6/9.\n\nMy daughter is getting married in Cape Town in April, 12 hours on the plane. "
    "Is there any problem flying with the eye injections? My next injection would be due the week of the wedding.",

    "Can you get chickenpox twice? My 7 year old had it at 2 and now has itchy spots on her tummy and back. "
    "Three kids in her class have it.",

    "Blood pressure readings this week (morning/evening):\nMon 148/92, 139/88\nTue 152/95, 141/90\nWed 144/91, "
    "137/85\nThu 150/96, 142/89\nI'm 49 and my GP wants me to start medication. Is this high enough to need it?",

    "Summer 2022 I had a wisdom tooth out and since then I've had numbness on the left side of my tongue and lip. "
    "Over a year now. The oral surgeon at the dental hospital in Bristol said it 'should come back'. Will it?",

    "My 17 year old has had 3 episodes of fainting at church when standing for long. Each time she goes pale, "
    "sweaty, then drops, back to normal in a minute. ECG at the GP was normal. The paediatric clinic at "
    "Addenbrooke's is in 10 weeks. Is this the vasovagal thing?",

    "Can coffee raise my INR? I've started drinking 4 cups a day since working from home. Warfarin 5mg, INR was 3.6 "
    "on Tuesday, target 2-3.",

    "Hello. I'm 32, a new mum (baby is 4 months, born by emergency C-section on 19 July at the Women's in "
    "Melbourne). Since the birth I've had stress incontinence whenever I cough, sneeze or run. The women's health "
    "physio has given me pelvic floor exercises. How long before I should expect it to improve? If it doesn't, "
    "what's next? Is surgery an option if we want more kids?",

    "Hi — 58M, had a DVT in my left calf in 2020 after knee surgery, treated 3 months with rivaroxaban. Now "
    "planning a long-haul flight from Heathrow to Sydney in March. Should I take an aspirin, wear stockings, or "
    "ask for an injection?",

    "Question on the shingles vaccine for my mother who is 88 and had chemo for lymphoma last year. Is Zostavax or "
    "Shingrix right for her? The surgery in Harrogate says they only have one.",

    "My LDL was 4.8 last year, started rosuvastatin 10mg in March, now LDL 2.1. But my ALT went from 28 to 71 and "
    "I've had achy thighs. I'm 53. Do I stop?",

    "Good afternoon. I'm 66 and recently retired to Cornwall. My previous practice in Surrey had me on a yearly "
    "review for my 'monoclonal gammopathy' (MGUS), paraprotein 6 g/L in 2023, stable since 2018. My new practice "
    "hasn't mentioned it. Is yearly monitoring still needed, and what bloods does it involve?",

    "Are the Moderna and Pfizer boosters the same? My husband had a heart inflammation (myocarditis) after his "
    "second Pfizer dose in 2021 at age 29. He's 31 now and has been told to skip boosters. Should I, his wife, "
    "also skip?",

    "I'm worried about my heart after reading about Wolff-Parkinson-White. I'm 20 and get fast heartbeats when I "
    "exercise, 190-200 on my watch. They stop when I rest. ECG at the GP in 2021 was normal. Could I still have WPW?",
]
