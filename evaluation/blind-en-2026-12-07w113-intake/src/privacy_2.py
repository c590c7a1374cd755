# privacy items, part 2 (written by hand, writer 113)


def P(text, ids=(), quasi=()):
    return {"text": text,
            "identifiers": [{"type": t, "text": s} for t, s in ids],
            "quasi": list(quasi)}


ITEMS = [
    P("Hi, this is for my dad Harry, 87. He's on warfarin and the dentist wants to pull a back tooth next Thursday. Does he have to stop the warfarin first? His anticoag clinic number is WF-20931. Thanks, Michelle",
      [("name", "Harry"), ("id_number", "WF-20931"), ("name", "Michelle")]),

    P("Good morning. I am 90 years of age and was born on the 5th of August 1935 in Glasgow. The new GP receptionist keeps asking me for my date of birth and then says I'm not on the system. I need my inhaler. Mrs Jessie McAllister",
      [("date_of_birth", "5th of August 1935"), ("name", "Jessie McAllister")]),

    P("my email is grumpyoldsid@example.net. i am 83. my feet are numb and tingle at night. i have sugar diabetes. do not phone me i cannot hear it ring.",
      [("email", "grumpyoldsid@example.net")]),

    P("Dear Sir/Madam\nRe: Mr Thomas Edward Blackburn, 12 Mafeking Terrace, Barrow-in-Furness LA14 2RT\nI am his wife and next of kin. He has had a chesty cough all winter, worse since he went back to the shipyard reunion. He smoked for 50 years but stopped in 2001. Should he have a chest x-ray?\nYours faithfully\nMrs I. Blackburn",
      [("name", "Thomas Edward Blackburn"), ("address", "12 Mafeking Terrace, Barrow-in-Furness LA14 2RT"),
       ("name", "I. Blackburn")]),

    P("Is it safe to fly to see our granddaughter in Perth with my pacemaker? 26 hours. I'm 79, my wife Noreen is 76 and has bad knees. Our travel insurer (policy TRV-55021-AU) want a fit to fly letter. Kind regards, Ivor",
      [("name", "Noreen"), ("id_number", "TRV-55021-AU"), ("name", "Ivor")]),

    P("My neighbour Mr Okonkwo is 84 and lives alone at 31 Holloway Street, Leicester LE2 1FD. I pop in every morning. For a week he's been more and more confused and his wee smells strong. I'm worried about a water infection. I'm not family, can I ask for him? Jean",
      [("name", "Okonkwo"), ("address", "31 Holloway Street, Leicester LE2 1FD"), ("name", "Jean")]),

    P("hello my name is Stanislaw Nowak, i am 78, polish, my english not so good. i have pain in the big toe very red and hot, like fire, since 2 days. i drink some beer at the wedding of my grandson. phone 07700 900529",
      [("name", "Stanislaw Nowak"), ("phone", "07700 900529")]),

    P("Found your page via https://www.linkedin.example.com/in/drsarahmoyo and wondered if Dr Moyo still does the memory clinic on Fridays. My mother Ivy, 86, has been put on the waiting list. Kind regards, Philip",
      [("url", "https://www.linkedin.example.com/in/drsarahmoyo"), ("name", "Moyo"), ("name", "Ivy"), ("name", "Philip")]),

    P("MY DOCTOR IS DR FERNANDO AT THE SURGERY IN THE VILLAGE AND HE SAID MY KIDNEYS ARE STAGE 3. I AM 81. WHAT CAN I EAT. I LIKE BACON. MURIEL",
      [("name", "FERNANDO"), ("name", "MURIEL")]),

    P("Just to let you know my husband's car (silver Yaris, YD14 HMV) is parked in the ambulance bay because the hospital car park was full and he's got his walking frame. We are in cardiology outpatients for his echo. Sorry!",
      [("licence_plate", "YD14 HMV")]),

    P("Hello doctor, my husband Vernon is 88 and had a TIA in the summer. He keeps saying he is fine to drive. His car is a maroon Rover 25, R419 KTW. I hide the keys but he finds them. Who can tell him he mustn't? — Phyllis",
      [("name", "Vernon"), ("licence_plate", "R419 KTW"), ("name", "Phyllis")]),

    P("Please forward to Dr Ramsbottom at the Moorside warfarin clinic:\nMy readings from my home CoaguChek this week - Mon 2.4, Wed 2.9, Fri 3.6. I had a glass of sherry at the Masonic dinner. Is that why? Arnold Pickup, NHS 522 901 3784",
      [("name", "Ramsbottom"), ("name", "Arnold Pickup"), ("id_number", "522 901 3784")]),

    P("My son has put me on the Facebook group 'Hip Replacement Over 70s UK' and someone there, @dorothyhips, said I should sleep with a pillow between my knees for 12 weeks. Is that still the advice? Operation was 2 weeks ago. Elsie",
      [("handle", "@dorothyhips"), ("name", "Elsie")]),

    P("DOB 14/01/1945\nSSN 078-05-1120\nMy husband's insurance says I need to send these to get my bladder surgery approved. Is it safe to put those in this message? I'm 80 and have been leaking for years.",
      [("date_of_birth", "14/01/1945"), ("id_number", "078-05-1120")]),

    P("Re my appointment letter ref 4492/ORTH/A - my name is William Dobson, 2 Hawthorn Way, Kendal LA9 5QP. I cannot attend on the 18th as I will be at my sister's funeral in Aberdeen. Could it be moved? It is about my shoulder.",
      [("id_number", "4492/ORTH/A"), ("name", "William Dobson"), ("address", "2 Hawthorn Way, Kendal LA9 5QP")]),

    P("Hey, my grandpa (82) has a blog where he writes about his prostate cancer journey, https://grandpajoeprostate.example.com, and he wants to know if the new hormone injection can make you cry at adverts because that's what's happening lol. He's cool with me asking. - Ellie",
      [("url", "https://grandpajoeprostate.example.com"), ("name", "Ellie")]),

    P("am 86 live alone in the flat at 5c Bell Tower Mews Norwich NR3 1HT since bill passed. the carer comes at 8 and 6. can i get a pendant alarm through the doctor? ring 01632 960286. Nellie",
      [("address", "5c Bell Tower Mews Norwich NR3 1HT"), ("name", "bill"), ("phone", "01632 960286"), ("name", "Nellie")]),

    P("Hi there, I help out at the Thursday club at Greenhill Methodist and one of the ladies, Winnie Sharples, fell asleep mid-conversation twice this week. She's 91. Her daughter's number is 07700 900733 but I didn't want to worry her. Any thoughts? Val",
      [("name", "Winnie Sharples"), ("phone", "07700 900733"), ("name", "Val")]),

    P("Dear Doctor, I am the wife of Mr Rajesh Mistry (DOB 09/09/1941). He has had hiccups for three days on and off since starting his new chemotherapy tablets. It is driving us both mad. Please advise. Mrs Kokila Mistry, kokila.mistry@example.com",
      [("name", "Rajesh Mistry"), ("date_of_birth", "09/09/1941"), ("name", "Kokila Mistry"), ("email", "kokila.mistry@example.com")]),

    P("i am writing from the library computer as i don't have one. my name is Albert Tonks and i live at 60 Wharf Street, Stoke-on-Trent ST4 3NN. the library lady Precious is helping me. my legs have gone purple and blotchy below the knee. i am 88.",
      [("name", "Albert Tonks"), ("address", "60 Wharf Street, Stoke-on-Trent ST4 3NN"), ("name", "Precious")]),

    P("hello, 74 yr old retired postman here. Used to do the round in Harrogate for Royal Mail, staff no. RM-300218 if that helps with the occupational pension medical. They want to know about my knees. Both gone. - Dave Lumb",
      [("id_number", "RM-300218"), ("name", "Dave Lumb")]),

    P("Could you email my results to my niece pippa.ormerod@example.com, she handles everything for me. Date of birth 17 March 1939. Thank you. Cissie Ormerod",
      [("email", "pippa.ormerod@example.com"), ("date_of_birth", "17 March 1939"), ("name", "Cissie Ormerod")]),

    P("i run the bowls at Cleethorpes Park and our captain Des collapsed last season with his heart. Now he's back after his stent and wants to play the county match. He's 78. Is that ok? ring me 07700 900905",
      [("name", "Des"), ("phone", "07700 900905")]),

    P("To the Doctor\nI am 93 and I still live independently at Rose Cottage, Upper Bank Lane, Grassington BD23 5LN. My eyes have gone misty and the optician at Specsavers says it's cataracts. My son Malcolm thinks I'm too old for the operation. Am I?\nE. Thwaite",
      [("address", "Rose Cottage, Upper Bank Lane, Grassington BD23 5LN"), ("name", "Malcolm"), ("name", "E. Thwaite")]),

    P("US Medicare: 7QK2-RD8-YT11. Supplemental: AARP plan ID H7712-004. I'm 84. I need to know if shingles vaccine is covered and where to get it. Thanks, Marvin Feldstein, Boca Raton",
      [("id_number", "7QK2-RD8-YT11"), ("id_number", "H7712-004"), ("name", "Marvin Feldstein")]),

    P("I am Gurmeet Sandhu, 76, and since my bypass I get swelling in the leg where they took the vein out. My son Jas has set up this email for me: sandhu.family@example.net. The gurdwara langar is very salty food, could that be the reason?",
      [("name", "Gurmeet Sandhu"), ("name", "Jas"), ("email", "sandhu.family@example.net")]),

    P("My wife, Lorna, is 80 and uses a hearing aid in her left ear. Since Sunday she says her right ear has gone completely deaf, like cotton wool. Should we wait for her appointment at the ENT on the 29th? Our home phone is 01632 960674. Douglas",
      [("name", "Lorna"), ("phone", "01632 960674"), ("name", "Douglas")]),

    P("Registration PK09 FTA - sorry, that's for the car park form, I'm filling in too many forms today. The question is about my husband Norman who has a blister on his heel that won't heal, he's diabetic and 81.",
      [("licence_plate", "PK09 FTA"), ("name", "Norman")]),

    P("Hi, it's Brian at 4 Sunnyside, Penrith CA11 7JE. My wife has had a terrible cold sore for ten days and it's spreading near her eye. We are both in our 70s. Could a doctor look?",
      [("name", "Brian"), ("address", "4 Sunnyside, Penrith CA11 7JE")]),

    P("Dear Madam, my instagram is @crochetwithconnie and I've been crocheting for 60 years but now my fingers lock when I bend them, especially the ring finger on the right. My friend says it's trigger finger. I'm 84. Constance",
      [("handle", "@crochetwithconnie"), ("name", "Constance")]),

    P("Kindly note my new address: Flat 3, St Anne's House, 40 Queens Road, Southport PR9 9HN. I moved into sheltered accommodation last month. My prescriptions are still going to the old chemist. Mrs Lily Fairclough, born 01/12/1937",
      [("address", "Flat 3, St Anne's House, 40 Queens Road, Southport PR9 9HN"), ("name", "Lily Fairclough"),
       ("date_of_birth", "01/12/1937")]),

    P("my husband Cyril drives us to church every sunday but he had his eyes tested and failed the number plate test, couldn't read it at twenty metres even with his glasses. he is 86. what happens now, do we tell the DVLA",
      [("name", "Cyril")]),

    P("hello sir i am calling for my father Mr Abdul Karim age 79 he had bypass surgery in 2018 and now breathless on stairs. our GP is Dr Chaudhry at Medina Family Practice. my number 07700 900371. kind regards Imran",
      [("name", "Abdul Karim"), ("name", "Chaudhry"), ("phone", "07700 900371"), ("name", "Imran")],
      ["Medina Family Practice"]),

    P("Dear Doctor\nMy late husband used to deal with the doctors. Now I must do it. I am Mrs Olive Haigh of 8 Dewsbury Road, Ossett WF5 9PB, date of birth 26 October 1934, NHS number 633 210 4458. I have a lump in my neck which my hairdresser noticed. Please tell me what to do.\nYours faithfully\nOlive Haigh",
      [("name", "Olive Haigh"), ("address", "8 Dewsbury Road, Ossett WF5 9PB"), ("date_of_birth", "26 October 1934"),
       ("id_number", "633 210 4458")]),

    P("Dad's in the care home at Meadowbank since March. Room 14. The staff there told us his NHS number is 574 118 2093 so I could ask you about his pressure sore. He's 92 and barely moves now. Sharon",
      [("id_number", "574 118 2093"), ("name", "Sharon")]),

    P("i posted my blood pressure chart on my blog https://www.bobs-allotment.example.org/bp so you can see. 165/95 most mornings. i'm 73 and grow all my own veg so why is it high. bob",
      [("url", "https://www.bobs-allotment.example.org/bp"), ("name", "bob")]),

    P("Dear Sir, As a former Army officer I do not complain easily. However, the pain in my right hip is now intolerable. I am 88. Service number 24198733 for the veterans' priority scheme. Major (Retd) R. H. Featherstonehaugh",
      [("id_number", "24198733"), ("name", "R. H. Featherstonehaugh")]),

    P("I want to ask for my mum Peggy, 84, if her new tablet Donepezil could be making her have nightmares. She's had them every night this week. She lives with us at 12 Elm Tree Avenue, Solihull B91 3LY. Sue",
      [("name", "Peggy"), ("address", "12 Elm Tree Avenue, Solihull B91 3LY"), ("name", "Sue")]),

    P("Hello. Mrs Agatha Boateng here, 77, DOB 4.4.1948. My legs cramp every night. My church sister says drink tonic water. Is this safe with my heart pills? Kwame my son will read your reply: kwame.boateng@example.com",
      [("name", "Agatha Boateng"), ("date_of_birth", "4.4.1948"), ("name", "Kwame"), ("email", "kwame.boateng@example.com")]),

    P("My GP practice is Brook Lane Surgery, I'm 82 and have been a patient there 50 years. Dr Whitlock has retired and the new one Dr Adeyemi wants to stop my sleeping tablet which I've had since 1985. Can they do that? Edith",
      [("name", "Whitlock"), ("name", "Adeyemi"), ("name", "Edith")],
      ["Brook Lane Surgery"]),

    P("my caravan is at Pitch 22, Sandy Bay Holiday Park but i live at 9 Kestrel Close, Doncaster DN4 6HS. i'm 77 and got bitten by something at the caravan, big red ring on my thigh. tick? bernard",
      [("address", "9 Kestrel Close, Doncaster DN4 6HS"), ("name", "bernard")]),

    P("Hi it's Jim again (jim.oddie44@example.net). Last time you said to go to the optician about the floaters. He said it's age related and not to worry. But today there are more of them. I'm 72.",
      [("name", "Jim"), ("email", "jim.oddie44@example.net")]),

    P("Dear Doctor, I enclose my husband's details: Mr Desmond O'Rourke, date of birth 3rd June 1939, Health & Care Number 320 114 6679. He is 86 and has had a rash on his shins since starting a new water tablet. Yours, Kathleen",
      [("name", "Desmond O'Rourke"), ("date_of_birth", "3rd June 1939"), ("id_number", "320 114 6679"), ("name", "Kathleen")]),

    P("hi doc, 70 y/o, ex-trucker, my CDL medical is due and my CPAP compliance report is at https://myresmed.example.com/u/trucker_ray58. does 4 hrs a night count? Ray",
      [("url", "https://myresmed.example.com/u/trucker_ray58"), ("name", "Ray")]),

    P("Please can you send the letter to my daughter's address, 27 Church View, Ludlow SY8 1AW, as I'm staying with her while my bungalow is adapted. I'm Dora Venables, 89, and the letter is about my hearing test.",
      [("address", "27 Church View, Ludlow SY8 1AW"), ("name", "Dora Venables")]),

    P("Evening. My wife Margit (84) is on the waiting list for a knee. Her hospital number at the Nuffield is NUF-0087215. The pain keeps her up most nights now. Is there anything stronger than co-codamol she can take in the meantime? Ferenc Tóth",
      [("name", "Margit"), ("id_number", "NUF-0087215"), ("name", "Ferenc Tóth")]),

    P("hi! my nana Joyce is 85 and she follows @thehappyhip on instagram religiously. she wants to know if she's allowed to do the 'chair yoga' videos 8 weeks after her hip. - her granddaughter Amber (amber.k.lewis@example.com)",
      [("name", "Joyce"), ("handle", "@thehappyhip"), ("name", "Amber"), ("email", "amber.k.lewis@example.com")]),

    P("The ambulance men took my husband in last night and left a leaflet. The reference on it was INC-99120473. He's on the Acute Medical Unit. He's 90. Is it normal not to hear anything by lunchtime? Doreen",
      [("id_number", "INC-99120473"), ("name", "Doreen")]),

    P("To whom it may concern. I, Mr Horace Grimshaw, born 8 May 1931, of 15 Mount Pleasant, Haslingden BB4 5DX, hereby give my permission for my nephew Keith Grimshaw to talk to the doctor about my prostate. Signed H. Grimshaw",
      [("name", "Horace Grimshaw"), ("date_of_birth", "8 May 1931"), ("address", "15 Mount Pleasant, Haslingden BB4 5DX"),
       ("name", "Keith Grimshaw"), ("name", "H. Grimshaw")]),

    P("I'm 75 and a volunteer driver for Age Concern, my car is LV17 RRA. I had a dizzy spell behind the wheel on Tuesday, pulled over, felt fine after 5 minutes. Should I stop driving the old folks till I've been checked? Mick",
      [("licence_plate", "LV17 RRA"), ("name", "Mick")]),

    P("Our grandson (he's 15) is staying with us for half term. He's cut his foot on a shell at Filey beach and it's gone red. His mum is in Dubai. I've got his NHS number 498 321 7702 from his mum. Is it a job for the walk-in centre? Grandma Pam",
      [("id_number", "498 321 7702"), ("name", "Pam")]),
]
