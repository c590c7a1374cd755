# Hand-written entailment items, label 0, kinds related_condition, side_question, other_population.
RELATED = [
    ("I'm 35 and I get really bad heartburn a few times a week, a burning behind my breastbone that comes up into my throat after big meals. "
     "I've been buying Rennie and Gaviscon and getting through a packet a week. I don't smoke and only drink at weekends. My pharmacist suggested I see my GP. "
     "What prescription treatments are there for reflux that happens this often?",
     "How is a peptic ulcer treated?"),
    ("Our 10 year old has just been diagnosed with type 1 diabetes after being very thirsty and losing weight. "
     "He spent three days in hospital and we're now learning to do his insulin injections and finger pricks. It feels overwhelming. "
     "How do we work out how much insulin to give him for his meals?",
     "How is type 2 diabetes treated in children?"),
    ("I've been diagnosed with ulcerative colitis after months of bloody diarrhoea. I'm 30. "
     "The consultant wants to start mesalazine. I've heard some people end up needing surgery. "
     "What is the long term outlook with this condition?",
     "What is the prognosis of Crohn's disease?"),
    ("My husband, 60, has been started on clopidogrel after a mini stroke. "
     "He also takes a statin and a blood pressure tablet. He has a back tooth extraction booked next week and the dentist's receptionist didn't know. "
     "Does he need to stop the clopidogrel before having his tooth out?",
     "Should warfarin be stopped before dental extraction?"),
    ("i was diagnosed with shingles on my side yesterday, im 45. the gp gave me tablets. "
     "i work in a nursery with lots of babies and toddlers. "
     "can i still go to work or could the children catch something from me?",
     "How long is a cold sore contagious?"),
    ("I have osteoarthritis in both hips and I'm 68. Paracetamol isn't enough any more. "
     "I had a bleeding stomach ulcer a few years ago so I can't take ibuprofen. I still want to keep walking the dog every day. "
     "What other painkillers are safe for an older person with arthritis?",
     "What painkillers are used for rheumatoid arthritis?"),
    ("My 6 month old has a rash in the creases of her neck and under her arms that looks red and shiny with little spots at the edges. "
     "She drools a lot. I've been using barrier cream. The health visitor thinks it might be a yeast rash. "
     "How is this treated?",
     "How is nappy rash treated?"),
    ("My mum is 72 and has just been told she has osteopenia on her bone scan. "
     "She's never broken anything and is quite active, she goes to a dance class. The doctor hasn't offered any tablets, just said to take calcium and vitamin D. "
     "Is there anything else she should be doing to protect her bones?",
     "What medicines are used to treat osteoporosis?"),
    ("I had a bad attack of vertigo last week where the room spun for hours and I was vomiting. "
     "I also have ringing in my right ear and it feels full, and my hearing on that side seems muffled. "
     "It's happened twice now, a month apart, and in between I'm fine apart from the ringing. I'm 46 and otherwise healthy. What could be causing this?",
     "What causes benign paroxysmal positional vertigo?"),
    ("I'm 27 and was told I have an anal fissure after noticing bright red blood and a sharp pain like passing glass when I poo. "
     "The pain lasts for an hour afterwards. It's been going on for 6 weeks. "
     "What creams or treatments will help this heal?",
     "How are haemorrhoids treated?"),
    ("My doctor prescribed me nitrofurantoin for a bladder infection. I'm 40 and it's my first UTI in years. "
     "I've had to take antibiotics before and got terrible thrush afterwards. "
     "What side effects should I watch out for with this one?",
     "What are the side effects of trimethoprim?"),
    ("My 14 year old daughter was just told she has scoliosis after the school nurse noticed one shoulder higher than the other. "
     "She has no pain and is still growing. The curve is 25 degrees on the X-ray. The specialist mentioned a brace she'd wear most of the day. "
     "Will a brace stop it getting worse?",
     "What is kyphosis in teenagers?"),
    ("I'm 48 and was diagnosed with hyperthyroidism caused by Graves' disease. "
     "I'm on carbimazole and my levels are coming down. My eyes have started to look a bit bulging and feel gritty, and I sometimes see double when I look up. "
     "What can be done to protect my eyes?",
     "How is an overactive thyroid treated with radioactive iodine?"),
    ("I've been having pins and needles and pain in my little finger and ring finger, especially when I lean on my elbow at my desk. "
     "My grip feels weaker. I'm 39 and work on a computer all day. "
     "What is causing this and how is it fixed?",
     "What is carpal tunnel syndrome?"),
    ("My father, 75, has been diagnosed with vascular dementia after a series of small strokes. "
     "He's getting more confused and his walking has changed, with shorter steps. My mum is caring for him at home. "
     "What medicines are there to slow this type of dementia down?",
     "What drugs are used to treat Alzheimer's disease?"),
    ("I've just been diagnosed with gestational diabetes at 28 weeks. I'm 32 and this is my first pregnancy. "
     "They want me to check my sugar four times a day. "
     "What should I be eating to keep my levels down?",
     "What is the diet for type 1 diabetes?"),
    ("My son, 8, has just been diagnosed with scarlet fever. He has a sandpaper rash and a red strawberry tongue. "
     "The GP started him on penicillin yesterday and he's already perking up. His school has a trip on Friday he really wants to go on. How long does he need to stay away from school?",
     "How long should a child stay off school with measles?"),
    ("I'm 52 and have been prescribed sertraline for depression. "
     "I've been on it for a week and feel more anxious and jittery than before, and I'm not sleeping well. I nearly stopped it yesterday. "
     "Is this normal at the start and will it settle?",
     "What are the side effects of venlafaxine?"),
    ("I have a blocked milk duct in my right breast, a hard tender lump, my baby is 6 weeks old. "
     "It came on two days ago. No fever, no red streaks and I feel well otherwise. I want to carry on breastfeeding. "
     "What can I do at home to clear it?",
     "How is a breast abscess treated?"),
    ("My 2 year old has just been diagnosed with a cow's milk protein allergy after getting eczema and vomiting. "
     "We've been told by the dietitian to cut out dairy completely. She's a fussy eater and used to drink a lot of milk. "
     "What can I give her instead of cow's milk so she gets enough calcium?",
     "What is lactose intolerance?"),
    ("My partner, 33, has been told he has a varicocele after a fertility test showed a low sperm count. "
     "It's a lump in his scrotum that feels like a bag of worms. "
     "We've been trying for over a year. Does it need an operation to improve fertility?",
     "How is a hydrocele treated?"),
    ("I've got a painful red lump in my armpit that's full of pus, it's the size of a grape and I'm 26. "
     "I've had a few of these over the last couple of years in both armpits and groin and they leave scars. "
     "The doctor mentioned hidradenitis. What treatments are there?",
     "How is a boil treated?"),
]

SIDE = [
    ("My 4 year old has had a barking cough and noisy breathing when she breathes in, especially at night, for 2 days. "
     "Tonight she's working hard to breathe, I can see her skin sucking in between her ribs. "
     "Should I take her to hospital now? Also, is it ok to give her Calpol and ibuprofen together for her temperature?",
     "Can paracetamol and ibuprofen be given together to children?"),
    ("I'm 63 and I've had sudden pain and swelling in my right calf since yesterday, after a long car journey back from Scotland. "
     "It's warm and tender and the calf is bigger than the other one. "
     "Could this be a blood clot and do I need to go to hospital? By the way, can long car journeys cause ankle swelling generally?",
     "Why do ankles swell on long journeys?"),
    ("Hi, my 22 year old son was knocked out for a minute playing rugby today. He's awake and talking now but he's been sick twice and says his headache is getting worse. "
     "He seems a bit confused about what happened. "
     "Does he need to go to A&E now? Also how long should he take off rugby after this?",
     "How long should players wait before returning to sport after concussion?"),
    ("I'm 38 weeks pregnant and since this morning I've had a terrible headache that paracetamol won't shift, with flashing lights in my vision and my face and hands have swollen up. "
     "My midwife appointment isn't until next week. "
     "Should I wait until then? Also I've been craving ice, is that normal?",
     "Why do pregnant women crave ice?"),
    ("My 67 year old dad has been getting chest tightness when he walks up hills that goes away when he rests. "
     "It's happened about 5 times in the last fortnight and today it happened while he was just sitting down. "
     "Is this something that needs to be seen urgently? He's also asking if he can still have his usual pint with his tea.",
     "Is moderate alcohol good for the heart?"),
    ("I'm 30 and found a lump in my right testicle in the shower. It's hard and painless and about the size of a pea. "
     "I don't remember an injury. What could it be, and how quickly do I need to be seen? "
     "Also, how often should guys check themselves?",
     "How often should men do testicular self-examination?"),
    ("My mum is 75 and over the past few months her speech has got slurred at times and she's dropping things with her left hand. "
     "Her GP has done bloods and says they're normal. "
     "What could cause these symptoms and what tests should she have? She also asked me whether she should still take her vitamin D tablets.",
     "Should older adults take vitamin D supplements?"),
    ("I'm 25 and for the past 3 weeks I've been peeing a lot, always thirsty and I've lost nearly a stone without trying. "
     "I'm also very tired. My uncle has diabetes. "
     "Could this be diabetes and what should I do? Also is it normal to pee more when drinking coffee?",
     "Does caffeine make you urinate more?"),
    ("My 18 month old grabbed a cup of hot tea off the table half an hour ago and it spilled down his chest. "
     "We ran it under cool water for 20 minutes. The skin is red and there are two large blisters. "
     "Does he need to go to hospital? Also, is it OK to use aloe vera gel on it later?",
     "Does aloe vera help burns heal?"),
    ("i'm 19 and woke up this morning with a stiff neck, a bad headache and a temperature of 39, and the light is hurting my eyes. "
     "i've got a few purple spots on my legs. my flatmate thinks it's just flu. "
     "should i be worried? also i missed my last period, could that be related to being ill?",
     "Can illness delay a period?"),
    ("My wife, 45, has had heavy periods for the past year, flooding through pads and passing clots. "
     "She's exhausted and her last blood test showed she's anaemic. The ultrasound found fibroids. "
     "What treatments are there for fibroids causing heavy bleeding? And can iron tablets make you constipated?",
     "Do iron tablets cause constipation?"),
    ("I've had a cough for 4 months and I've lost about half a stone. I'm 58 and I've smoked since I was 16. "
     "Recently I've coughed up a bit of blood twice. "
     "What tests should I ask for to check for lung cancer? Also is vaping safer than smoking?",
     "Is vaping safer than smoking?"),
    ("My 3 month old has been vomiting forcefully after every feed for two days, it shoots across the room. "
     "He seems hungry straight after and isn't having many wet nappies. "
     "What could cause this projectile vomiting? Also, should I be winding him more during feeds?",
     "How do you burp a baby?"),
    ("I'm 44 and have had pain in the upper right of my tummy, radiating to my shoulder, after fatty meals for weeks. "
     "Last night it lasted 5 hours and I'm feeling feverish and my eyes look a bit yellow today. "
     "What is going on and do I need to go in? I'm also wondering if I should stop drinking milk.",
     "Is milk bad for the stomach?"),
    ("My 70 year old mother fell in the garden this morning and now can't put any weight on her right leg. "
     "The leg looks shorter and turned outwards and she's in a lot of pain. "
     "What should we do? She also takes alendronate, should she bring her tablets to hospital?",
     "How should alendronate be taken?"),
    ("I'm 28 and pregnant for the first time at 7 weeks. I've had sharp pain low on my left side since yesterday and some brown spotting. "
     "I feel a bit faint and my shoulder tip hurts. "
     "Could this be an ectopic pregnancy? Also, when will I get my first scan normally?",
     "When is the dating scan in pregnancy?"),
    ("My teenage son has a red, very painful swollen testicle that started suddenly an hour ago while he was asleep. "
     "He's 14 and is being sick with the pain. "
     "What could this be and how fast do we need to act? He also asked if it's normal for one testicle to hang lower.",
     "Is it normal for one testicle to be lower than the other?"),
    ("Hi doc, I've had a sore red left eye since yesterday, it's really painful and my vision is blurred, and the light hurts. "
     "I wear contact lenses and I think I slept in them. "
     "Is this something serious? Also which eye drops are best for tired eyes generally?",
     "What are lubricating eye drops?"),
    ("My dad, 58, has been told his liver blood tests are abnormal and the scan shows a fatty liver. "
     "He drinks a bottle of wine most nights and is overweight. "
     "What can he do to reverse the damage? He's also asking if milk thistle supplements do anything.",
     "Does milk thistle help the liver?"),
    ("My 6 year old has a fever of 39.5 for 3 days and a really sore throat. Today she's got a rough red rash over her chest that feels like sandpaper. "
     "Her tongue is bright red. What is this and does she need antibiotics? "
     "Also, is it safe to give her honey for the sore throat?",
     "Is honey safe for children with a sore throat?"),
    ("I'm 36 and I've been having severe one sided headaches around my right eye every night for two weeks, at about 2am. "
     "My eye waters and my nose runs on that side, and I have to pace around the room. "
     "What kind of headache is this and how is it treated? Also, could my new pillow be causing my neck stiffness?",
     "Can a pillow cause neck pain?"),
]

POP = [
    ("My husband is 45 and has had a fever, sore throat and swollen glands in his neck for 10 days. "
     "The blood test showed glandular fever, which surprised us because we thought only students got it. "
     "He's exhausted, sleeping most of the day, and can't work as a delivery driver. "
     "How long will it take a grown man to get back to normal?",
     "How long does glandular fever last in teenagers?"),
    ("I'm 38 and have just been diagnosed with ADHD after years of struggling with focus at work and forgetting bills. "
     "The psychiatrist has suggested I start on medication and gave me a leaflet but I didn't take much in. "
     "I have slightly high blood pressure too. "
     "What medications are used for adults and how do they differ?",
     "What medications are used for ADHD in children?"),
    ("I'm 64 and have terrible hay fever every summer, streaming eyes and constant sneezing. "
     "I also have high blood pressure and take amlodipine and I'm on a water tablet. "
     "I've heard some decongestants are bad with blood pressure. "
     "Which hay fever medicines are safe for someone like me?",
     "Which hay fever medicines are safe in pregnancy?"),
    ("My 2 year old has had a temperature of 38.7 since last night and she's grumpy but still drinking her milk. "
     "She weighs about 12 kilos. I've got Calpol in the cupboard but the bottle has lost its label. "
     "How much paracetamol can I give her and how often?",
     "What is the paracetamol dose for adults?"),
    ("I'm 30, not pregnant and not planning to be, and I've been getting a lot of UTIs, five in the last year. "
     "The GP is suggesting a low dose antibiotic to take every night for six months. "
     "I'm a bit uneasy about being on antibiotics for that long because of resistance and thrush. "
     "Is long term low dose antibiotic treatment safe?",
     "How are UTIs treated during pregnancy?"),
    ("My 82 year old dad has been having trouble sleeping, he's up at 3am every night and then naps in the afternoon in his chair. "
     "The GP doesn't want to give him sleeping pills because he's already had two falls this year. "
     "He gets grumpy and bored in the small hours. What else can help older people sleep better?",
     "How can I help my toddler sleep through the night?"),
    ("My 7 year old daughter has been diagnosed with a urine infection, her first one. She had a fever of 39 and tummy pain and was sick. "
     "She's getting better on antibiotics now. "
     "The doctor says she should have a kidney scan and I don't understand why. Why does a child need a scan after a UTI?",
     "Do men need a scan after a urinary tract infection?"),
    ("I'm 55 and have had a bad cold with a blocked nose, sore throat and cough for 5 days. "
     "I'm otherwise fit and don't take any regular medicines. "
     "The pharmacy has shelves of cold and flu remedies and they all claim to work. Which ones are actually worth taking?",
     "Which cold medicines are safe for children under 6?"),
    ("I'm 35 and my eczema has flared up on my hands with all the hand washing and gloves at work, I'm a nurse on a busy ward. "
     "My knuckles are cracked and bleeding and it stings with the alcohol gel. "
     "I had eczema as a kid but it had gone away. What creams should I be using?",
     "How should eczema be treated in babies?"),
    ("Our son is 4 and has been getting constipated since starting school, he won't go in the school toilets. "
     "He's now only going every 4 or 5 days and it hurts, and sometimes there's a smear in his pants. "
     "We've tried more fruit and water. What treatment do children his age need?",
     "How is constipation treated in pregnancy?"),
    ("I'm 29 and breastfeeding my 3 month old. I've got a sinus infection that's been going on for two weeks with green gunk and pain in my cheeks. "
     "The GP has offered antibiotics but I'm worried about it getting into my milk and upsetting the baby's tummy. "
     "Which antibiotics are safe to take while breastfeeding?",
     "Which antibiotics are safe for children with penicillin allergy?"),
    ("I'm 70 and over the last two months I've started getting heartburn at night and food feels like it's sticking halfway down. "
     "I've lost a bit of weight without trying, maybe half a stone. "
     "I never had indigestion before. Should this be investigated at my age?",
     "Is heartburn normal in pregnancy?"),
    ("My 16 year old son has terrible acne on his face and back. "
     "He's embarrassed, won't take his top off for swimming and has stopped going out with friends. "
     "He's tried face washes from the supermarket. What treatments work best for teenage boys?",
     "What is the best treatment for adult acne in women?"),
    ("I'm 41 and just been told I have iron deficiency anaemia after feeling exhausted and breathless for months. "
     "My periods are heavy and I'm vegetarian. "
     "The doctor has given me ferrous sulfate twice a day. How long will it take before I feel better?",
     "How is iron deficiency anaemia treated in infants?"),
    ("Our baby is 10 weeks old and has a blocked nose, and she's struggling to feed because she can't breathe through it. "
     "She has no temperature and is still having plenty of wet nappies. "
     "My mum says to use a vapour rub but I'm not sure that's safe. What can I do to help her breathe easier?",
     "How do you treat a blocked nose in adults?"),
    ("I'm 66 and at my last check my blood pressure was 150/90. I'm on no tablets at the moment and I walk every day. "
     "The nurse said it was a bit high for my age but didn't say what it should be. "
     "What is the target blood pressure for someone in their sixties?",
     "What is normal blood pressure in pregnancy?"),
    ("My wife is 28 weeks pregnant and has had a bad cough, aching all over and a fever of 38.8 for 3 days. "
     "Her GP said on the phone it might be flu. She didn't get the flu jab this year. "
     "What treatment is safe for her now that she's pregnant?",
     "How is flu treated in older adults?"),
    ("I'm 24, I don't have kids, and I want to get the HPV vaccine because I missed it at school when I was off sick. "
     "I've had a couple of partners already. "
     "Is it still worth getting at my age and how many doses do I need?",
     "At what age should girls get the HPV vaccine?"),
    ("My 5 year old has started getting nosebleeds every couple of weeks, usually at night, and we wake up to blood on the pillow. "
     "They stop after 10 minutes of pressure. He picks his nose a lot and has had a cold. "
     "What can we do to stop them happening?",
     "What causes nosebleeds in elderly people on blood thinners?"),
    ("I'm 52 and my optician has said I have cataracts starting in both eyes. "
     "Driving at night is getting harder with glare from headlights. "
     "When is the right time to have the operation, and what does it involve for someone my age?",
     "How are cataracts treated in babies?"),
    ("My 12 year old daughter has been getting headaches most days after school for a month. "
     "She's on her phone and tablet a lot and doesn't drink much water. "
     "She hasn't had her eyes tested for ages. What could be causing her headaches?",
     "What causes headaches in pregnancy?"),
]
