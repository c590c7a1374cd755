# Privacy items with identifiers, part 3 (written by hand, writer 141).

ITEMS = [
    (
        "hey its kyle again lol so the rash on my leg is spreading now its like a bullseye shape and i was camping up near lake george two weeks ago could it be lyme",
        [("name", "kyle")],
        [],
    ),
    (
        "my mother in law dot dot dot her name is Philippa she's 77 and she keeps taking double doses of her warfarin because she forgets what she's taken the pharmacist Mr Oyelowo said to get one of those pill boxes but she's still doing it",
        [("name", "Philippa"), ("name", "Oyelowo")],
        [],
    ),
    (
        "Hi, this is Mateo's dad. Mateo is 3 and still not really talking, maybe ten words. His preschool teacher Miss Harriet thinks we should get a hearing test. Where do we start? We're in Calgary.",
        [("name", "Mateo"), ("name", "Harriet")],
        [],
    ),
    (
        "I'm on a dating app and a girl I met, her profile is @wildflower_kat_000, told me afterwards she has herpes. We used a condom. I'm 30, male. What are the chances and should I get tested now?",
        [("handle", "@wildflower_kat_000")],
        [],
    ),
    (
        "hi doc this is uncle bob typing for my nephew tyler he's 17 and he's been vaping like crazy and now he's got a cough that won't quit can vaping cause pneumonia",
        [("name", "bob"), ("name", "tyler")],
        [],
    ),
    (
        "My name is Henrietta Obi-Walsh, DOB 07.04.1968, and I'm due for my mammogram recall. They found a 'density' last year. My reference number from the screening letter is BSU-000-2291-7.",
        [("name", "Henrietta Obi-Walsh"), ("date_of_birth", "07.04.1968"), ("id_number", "BSU-000-2291-7")],
        [],
    ),
    (
        "my son Declan is nineteen and away at university in Guelph and he texted me that he's got a stiff neck and a bad headache but he says he's fine otherwise and he's going to class can you tell me what to watch for his phone is five one nine five five five zero one one two",
        [("name", "Declan"), ("phone", "five one nine five five five zero one one two")],
        [],
    ),
    (
        "hi I'm Suzie Q that's what everyone calls me I'm sixty and I'm a dinner lady at Saint Anne's Primary and my wrists are giving me real grief from the ladles is it carpal tunnel",
        [("name", "Suzie Q")],
        ["Saint Anne's Primary"],
    ),
    (
        "Asking on behalf of my flatmate Oskar who doesn't speak much English. He is 25, from Poland, and he has had toothache for a week and his cheek is swollen now. He has no dentist here. His number 07700 900 315.",
        [("name", "Oskar"), ("phone", "07700 900 315")],
        [],
    ),
    (
        "So my doctor Doctor Ramanathan put me on lisinopril for my blood pressure and now I've got this dry tickly cough day and night is that from the pill my name is Gloria Esposito",
        [("name", "Ramanathan"), ("name", "Gloria Esposito")],
        [],
    ),
    (
        "Our address is 1150 North Larkspur Lane, Boise, and we just found bats in the attic. My husband Wade picked one up with gloves on. Does he need rabies shots? He's 52.",
        [("address", "1150 North Larkspur Lane, Boise"), ("name", "Wade")],
        [],
    ),
    (
        "I'm Bao, 36, and I follow a nutritionist on instagram, @cleaneats.with.tam000, who says I should stop eating rice to cure my fatty liver. Is that true?",
        [("name", "Bao"), ("handle", "@cleaneats.with.tam000")],
        [],
    ),
    (
        "ok so my date of birth is oh four slash one one slash nineteen ninety eight and the form keeps saying invalid I'm trying to book the coil fitting my name is Keisha Harewood",
        [("date_of_birth", "oh four slash one one slash nineteen ninety eight"), ("name", "Keisha Harewood")],
        [],
    ),
    (
        "My daughter Imogen, 13, fainted at netball practice today at Kingsbury Girls' School. She came round straight away. The PE teacher, Mrs. Oduya, says she hadn't eaten lunch. Should we see someone?",
        [("name", "Imogen"), ("name", "Oduya")],
        ["Kingsbury Girls' School"],
    ),
    (
        "I am Hyun-woo Park, 42, software developer. My personal site is hyunwoo-park-demo.example.dev and I tracked my resting heart rate there, it went from 58 to 74 over the last month without any change. Should I get checked?",
        [("name", "Hyun-woo Park"), ("url", "hyunwoo-park-demo.example.dev")],
        [],
    ),
    (
        "me and my wife Tash both have bad colds and our little fella Billy is only six weeks old how do we keep him from getting it comma should we wear masks",
        [("name", "Tash"), ("name", "Billy")],
        [],
    ),
    (
        "hi my health card number is one two three four dash zero zero zero dash nine nine nine dash A B and the walk in clinic said it's expired can I still get my birth control renewed I'm 23",
        [("id_number", "one two three four dash zero zero zero dash nine nine nine dash A B")],
        [],
    ),
    (
        "My boss at Carrington & Webb Solicitors wants a doctor's note for my migraine days. I'm Felicity, 35, get about 4 a month. Can an online doctor do that?",
        [("name", "Felicity")],
        ["Carrington & Webb Solicitors"],
    ),
    (
        "I'm Old Joe to everyone at the allotment lol I'm 78 and I got a splinter from a rose bush and now my thumb is all swollen and throbbing should I worry",
        [("name", "Old Joe")],
        [],
    ),
    (
        "Hi it's me Paddy, my Snapchat's paddy_the_chippy00 if you'd rather. Burned my forearm on the fryer at work Tuesday, size of a playing card, blistered, keeping it covered. How long to heal?",
        [("name", "Paddy"), ("handle", "paddy_the_chippy00")],
        [],
    ),
    (
        "I'm a nurse at Hillcrest Care Home and one of our residents, Mrs. Eunice Baptiste, has had loose stools for 2 days. Several others have it too. Should we be isolating? She's 91.",
        [("name", "Eunice Baptiste")],
        ["Hillcrest Care Home"],
    ),
    (
        "my husband Ricky got his blood results from doctor Fairweather and it says his ferritin is 900 what does that mean he drinks a bit his email is ricky dot lomax 77 at example dot com",
        [("name", "Ricky"), ("name", "Fairweather"), ("email", "ricky dot lomax 77 at example dot com")],
        [],
    ),
    (
        "Hello, my mum Shirley is in Ward 12 at the Royal Infirmary and I can't get through to anyone. She's 85 with a chest infection. Her hospital number is RI-00-77214. Can you tell me what questions I should ask the consultant?",
        [("name", "Shirley"), ("id_number", "RI-00-77214")],
        [],
    ),
    (
        "hey my name is DeAndre Washington I'm 21 and I'm a basketball player at Ridgeway Community College and I rolled my ankle bad last week it's still purple my student number is R C C zero zero zero six eight four",
        [("name", "DeAndre Washington"), ("id_number", "R C C zero zero zero six eight four")],
        ["Ridgeway Community College"],
    ),
    (
        "i'm asking for my nan, her name is margaret but we call her peggy, she's 88 and keeps seeing little people in the corners of the room that aren't there, she's not upset by them, just chatty",
        [("name", "margaret"), ("name", "peggy")],
        [],
    ),
    (
        "I live at 5 Cobbler's Yard, Whitby YO00 0ZZ with my partner Dom. We're trying for a baby for 14 months now. I'm 36. When should we ask for fertility tests?",
        [("address", "5 Cobbler's Yard, Whitby YO00 0ZZ"), ("name", "Dom")],
        [],
    ),
    (
        "my passport number is 000 456 123 and I need a letter saying I can fly with my insulin pens to Bali next month can you do that my name is Brooke Ainsley",
        [("id_number", "000 456 123"), ("name", "Brooke Ainsley")],
        [],
    ),
    (
        "This is Monique. My son's father, Andre, has sickle cell and I'm pregnant. Should the baby be tested at birth? I'm in Montreal. My cell 514-555-0126.",
        [("name", "Monique"), ("name", "Andre"), ("phone", "514-555-0126")],
        [],
    ),
    (
        "my little brother Zeke is 10 he got stung by a bee on the hand at the park its swollen up past his wrist but he's breathing fine and not itchy anywhere else mom's at work what do i do",
        [("name", "Zeke")],
        [],
    ),
    (
        "hi my name is Wojciech but everyone calls me Voytek I'm 40 I've had heartburn every night for two months and the antacids from the chemist aren't doing anything anymore",
        [("name", "Wojciech"), ("name", "Voytek")],
        [],
    ),
    (
        "My father's date of birth is 1 December 1946 and the hospital sent a letter to the wrong address, it should be 73 Greenhill Road, Coventry, not Greenhill Avenue. He's Errol Campbell and he has a colonoscopy on the 19th. Can he still eat seeds?",
        [("date_of_birth", "1 December 1946"), ("address", "73 Greenhill Road, Coventry"), ("name", "Errol Campbell")],
        [],
    ),
    (
        "I'm Kat and I work at Lemon Tree Dental on Queen Street as a receptionist and I think I caught pink eye from a patient lol it's crusty in the morning what do I do",
        [("name", "Kat")],
        ["Lemon Tree Dental on Queen Street"],
    ),
    (
        "Query re: my daughter Ruby-Mae, 6, she is allergic to penicillin and the dentist wants to give her amoxicillin. Her dentist is Dr. Pemberton. Isn't that the same family of drug?",
        [("name", "Ruby-Mae"), ("name", "Pemberton")],
        [],
    ),
    (
        "my name is Xavier I'm 28 and my girlfriend Luz thinks I have sleep apnea because I gasp at night and I'm tired all day at work even after nine hours",
        [("name", "Xavier"), ("name", "Luz")],
        [],
    ),
    (
        "someone left a note on my windscreen saying they saw me have a funny turn in the car park at Tesco, my reg is YK00 ABC, I don't remember anything of it. I'm 61 and I'm worried. Could it be a seizure?",
        [("licence_plate", "YK00 ABC")],
        [],
    ),
    (
        "Hello my name is Agnieszka and I'm writing from my work email agnieszka.w@example-logistics.test sorry. I have a lump in my breast, I'm 29, it moves around when I press it. Is it a cyst?",
        [("name", "Agnieszka"), ("email", "agnieszka.w@example-logistics.test")],
        [],
    ),
    (
        "dear sir my name is Emmanuel Osei I am sixty seven years I have prostate problems I wake up five times in the night to pass urine my doctor Dr Mensah gave me tamsulosin is there something better",
        [("name", "Emmanuel Osei"), ("name", "Mensah")],
        [],
    ),
    (
        "I can't afford to go private. I'm Janine, 50, and my NHS number is 777 000 4321. My GP says my hip replacement waiting list is 14 months. Is there anything to help the pain meanwhile?",
        [("name", "Janine"), ("id_number", "777 000 4321")],
        [],
    ),
    (
        "my grandson Rhys he's at the Little Stars Childminders on Cefn Road and they say he's got hand foot and mouth he's 2 can my husband catch it he's 70 and just had chemo",
        [("name", "Rhys")],
        ["Little Stars Childminders on Cefn Road"],
    ),
    (
        "Hi, I'm Dr. Ayodele's patient (Ayodele is my GP) and I'm trying to reach her. My son Tobi has a fever of 39.2 and a sore ear. Tobi is 4. Please call 020 7946 0000.",
        [("name", "Ayodele"), ("name", "Tobi"), ("phone", "020 7946 0000")],
        [],
    ),
]
