# Privacy items with identifiers, part 4 (hand written, writer 143)

ITEMS = [
    ("uh so I'm gonna spell the website, it's w w w dot tommys tremor diary dot blogspot dot com, that's where I keep my notes on the shaking, and uh I'm Tommy, sixty three, just diagnosed with the essential tremor",
     [("url", "w w w dot tommys tremor diary dot blogspot dot com"), ("name", "Tommy")], []),

    ("Hi, I'm Hannah and my daughter is Mercy, she's 5. Mercy has had a barking cough at night for 2 nights but is playing fine during the day. Croup?",
     [("name", "Hannah"), ("name", "Mercy")], []),

    ("So Rose, my mother, says every rose has its thorn, but she got a thorn in her thumb gardening and now it's red and swollen 3 days later. She's 74 and diabetic. What should she do?",
     [("name", "Rose")], []),

    ("My handle everywhere is @WheelieGoodLife, I'm a wheelchair user (T10 paraplegia, 12 years). I'm getting a pressure sore on my sacrum, stage 1 I think. Any tips beyond turning? - Dana",
     [("handle", "@WheelieGoodLife"), ("name", "Dana")], []),

    ("um hello this is for Mrs Ethel Pryce, date of birth uh nought four, nought seven, thirty one, I'm her carer, Joy, and she's gone off her food and sleeping most of the day, is it the new morphine patch",
     [("name", "Ethel Pryce"), ("date_of_birth", "nought four, nought seven, thirty one"), ("name", "Joy")], []),

    ("hiya, it's Courtney, my fella Lee says I snore like a tractor and I wake up with headaches every morning, I'm 38, bit overweight. Could it be sleep apnoea? my mob is 07700 900 774",
     [("name", "Courtney"), ("name", "Lee"), ("phone", "07700 900 774")], []),

    ("Hi, I'm a veteran, VA file number C-000-44-812. I'm 68 and I was exposed to Agent Orange. I just got diagnosed with prostate cancer. Is there a link? - Earl",
     [("id_number", "C-000-44-812"), ("name", "Earl")], []),

    ("right, so, the lad's name is Tadhg, T A D H G, and he's ten, and he's been getting nosebleeds nearly every day, and we're at uh number thirty three Glenview Park, Tallaght, if the nurse is doing house calls",
     [("name", "Tadhg"), ("name", "T A D H G"), ("address", "number thirty three Glenview Park, Tallaght")], []),

    ("Please respond to hollis.wainwright@example.co.uk — I'm Hollis, 55, and I've been told my PSA is 4.8. Do I need a biopsy straight away or can I wait and repeat it?",
     [("email", "hollis.wainwright@example.co.uk"), ("name", "Hollis")], []),

    ("uh my daughter Destiny had her baby last week and uh she's crying all the time not the baby, Destiny, and uh she won't eat, is that the baby blues or something worse, I'm her mama, Loretta",
     [("name", "Destiny"), ("name", "Loretta")], []),

    ("My dad (Harold, 84) was driving and scraped the neighbour's car. His reg is YK08 HWB. The neighbour says he shouldn't be driving with his eyes. How do we get his vision properly checked?",
     [("name", "Harold"), ("licence_plate", "YK08 HWB")], []),

    ("hey, I'm river, they/them, 23. my therapist Dr Okafor-Lee wants me to try sertraline but I'm scared of weight gain. is that common",
     [("name", "river"), ("name", "Okafor-Lee")], []),

    ("um the baby's um date of birth is uh the twenty ninth of December two thousand and twenty three and her name is Aurora and she's still not rolling over at all is that late",
     [("date_of_birth", "the twenty ninth of December two thousand and twenty three"), ("name", "Aurora")], []),

    ("Good afternoon, my name is Geraldine Fitzpatrick-Moore and I am 70. I would like to know whether my Prolia injection can be given at my local surgery instead of the hospital. My address is 9 The Paddocks, Naas, Co. Kildare.",
     [("name", "Geraldine Fitzpatrick-Moore"), ("address", "9 The Paddocks, Naas, Co. Kildare")], []),

    ("ok I'm driving so I'm talking to the phone, um, this is Marty, um, I got bit by a dog yesterday on the hand, small bite, it was the neighbour's dog Biscuit, it's had its shots, do I need antibiotics",
     [("name", "Marty")], []),

    ("Hi, our son Elijah (DOB 2/11/2016) has been diagnosed with ADHD. His pediatrician Dr. Moskowitz suggested Ritalin. My husband Andre is against meds. What are the alternatives?",
     [("name", "Elijah"), ("date_of_birth", "2/11/2016"), ("name", "Moskowitz"), ("name", "Andre")], []),

    ("I'm on linkedin as linkedin.com/in/fiona-mcgrath-hr and I'm a HR manager and I want to know what a reasonable adjustment for an employee with Crohn's looks like. Asking medically.",
     [("url", "linkedin.com/in/fiona-mcgrath-hr")], []),

    ("uh yeah it's Big Dave from the chipper, um, Dave Ruane, and um I got a burn off the fryer last week on my forearm and it blistered and now it's all itchy, is that it healing",
     [("name", "Big Dave"), ("name", "Dave Ruane")], []),

    ("my mates call me Smithy, I'm 45 and my ankle swells up after footy every single time. It's been 3 years since I rolled it. Worth an MRI? 0491 570 903",
     [("name", "Smithy"), ("phone", "0491 570 903")], []),

    ("hello um my name is Agnieszka that's A G N I E S Z K A and um I work at the Riverside Laundry and my hands are cracked and bleeding from the chemicals, um, and I am thirty",
     [("name", "Agnieszka"), ("name", "A G N I E S Z K A")], ["Riverside Laundry"]),

    ("Hi, patient ID 00-7731-55 here, I'm the one who had the thyroid biopsy on Monday. My name is Sofia Lindgren. Dr Banerjee said results in 2 weeks, is there any way to speed that up?",
     [("id_number", "00-7731-55"), ("name", "Sofia Lindgren"), ("name", "Banerjee")], []),

    ("um good morning uh my wife May has the the arthritis in her knees and uh she's been told about the uh injections uh the gel ones, we're both eighty, will May be able to have it done in the clinic",
     [("name", "May")], []),

    ("yeah so um reply to me at uh jack rabbit two thousand at gmail dot com, and um I just wanna know if I can drink on the antibiotics, it's the doxycycline, I'm Jack, twenty six",
     [("email", "jack rabbit two thousand at gmail dot com"), ("name", "Jack")], []),

    ("Hi, I'm Ms. Tran, Thuy Tran, 48. My insurance policy number is PLN 0000 4491 22. I'm due for a mammogram but had implants put in last year. Does that change anything?",
     [("name", "Tran"), ("name", "Thuy"), ("id_number", "PLN 0000 4491 22")], []),

    ("uh so the guy that ran into the back of me at the lights, his plate was uh S F G, uh, two, two, one, nine, and my lower back's been stiff ever since, like three weeks now, I'm Ricky",
     [("licence_plate", "S F G, uh, two, two, one, nine"), ("name", "Ricky")], []),

    ("My wife Eun-ji is 32 weeks pregnant and has really itchy palms and soles at night. We found something online about cholestasis. Should she get a blood test? Thanks, Min-ho",
     [("name", "Eun-ji"), ("name", "Min-ho")], []),

    ("so um my brother's name is Paudie and he's forty and he lives with us at um Knocknagoshel, the house is uh Cnoc Ard, Main Street, and he has Down syndrome and he's put on a lot of weight, what diet",
     [("name", "Paudie"), ("address", "Cnoc Ard, Main Street")], []),

    ("Hello Doctor, my daughter Anastasia is 8 and has a peanut allergy. Her school St. Brendan's Elementary wants a new allergy action plan signed. Can you do that online? Phone 555-0117.",
     [("name", "Anastasia"), ("phone", "555-0117")], ["St. Brendan's Elementary"]),

    ("hey it's kev, my girlfriend steph's been taking my melatonin every night for like a month. she's 25. is that bad long term",
     [("name", "kev"), ("name", "steph")], []),

    ("um I'm ringing um about uh about the test result, I'm Mister Okoro, Emmanuel Okoro, date of birth uh eleven, six, fifty eight, and they said my kidney function is uh forty something, what does that mean",
     [("name", "Okoro"), ("name", "Emmanuel"), ("date_of_birth", "eleven, six, fifty eight")], []),

    ("I'm writing for Nurse Bernie at Hillcrest Medical Practice who said I could ask here. I'm Thomas Greer, 61, and I need advice about stopping smoking after 40 years. thomasgreer61@example.com",
     [("name", "Bernie"), ("name", "Thomas Greer"), ("email", "thomasgreer61@example.com")], ["Hillcrest Medical Practice"]),

    ("um my son um Mateo he's three and he put a bead up his nose yesterday and we got it out with the mother's kiss thing and now he's fine but his nose is a bit runny on that side",
     [("name", "Mateo")], []),

    ("hi i post as @runningonempty_ellie on instagram, 24, female, and i think i might have RED-S from overtraining, no period for 7 months. who do i see",
     [("handle", "@runningonempty_ellie")], []),

    ("uh yeah the email's uh bob at bobsplumbing dot com dot au, um, I'm Bob, fifty four, and I've got a sore shoulder from reaching up under sinks all day, can't lift my arm above my head now",
     [("email", "bob at bobsplumbing dot com dot au"), ("name", "Bob")], []),

    ("Our foster daughter Amara is 12 and her birth date is 17 July 2012. Her social worker Ms Delaney said she's behind on vaccines. Can she catch up all at once?",
     [("name", "Amara"), ("date_of_birth", "17 July 2012"), ("name", "Delaney")], []),

    ("hello yes uh I'm ringing from uh twelve Osprey Close in uh Bracknell, uh, Ken, and I've got the shingles on my side, the GP gave me the aciclovir, how long til the pain goes",
     [("address", "twelve Osprey Close in uh Bracknell"), ("name", "Ken")], []),

    ("I'm Pastor Emmanuel's wife, Comfort. He's 64 and keeps getting dizzy when he preaches for long. His BP at home is 100/60. He takes three blood pressure pills. Too many?",
     [("name", "Emmanuel"), ("name", "Comfort")], []),

    ("right so my daughter's boyfriend, Cody, he's eighteen, he drove her home and uh his plate is uh C O D Y one, a personalised one, and she came home with a a hickey and a rash, ha, is the rash from the hickey",
     [("name", "Cody"), ("licence_plate", "C O D Y one")], []),

    ("hi, it's nonna here, Giuseppina, my grandson Luca types for me. I am 88 and I want to know if garlic is good for the blood pressure like my mother said",
     [("name", "Giuseppina"), ("name", "Luca")], []),

    ("um hi so my student number is uh S two one oh oh four four seven and the uni health centre is shut for the holidays and I've had a sore throat and white spots on my tonsils for four days, I'm Anika",
     [("id_number", "S two one oh oh four four seven"), ("name", "Anika")], []),

    ("Hi! I'm the mum behind the blog https://www.littlelungs-and-me.example.com where I write about my son Felix's cystic fibrosis. Can I quote your answer about Kaftrio side effects there?",
     [("url", "https://www.littlelungs-and-me.example.com"), ("name", "Felix")], []),
]
