# privacy items, part 1 (written by hand, writer 113)


def P(text, ids=(), quasi=()):
    return {"text": text,
            "identifiers": [{"type": t, "text": s} for t, s in ids],
            "quasi": list(quasi)}


ITEMS = [
    P("Dear Sir or Madam,\n\nI am writing on behalf of my husband Arthur who is 84 and has had a pacemaker fitted since 2019. Lately he has been getting dizzy when he stands up from his chair and I wondered whether the pacemaker might need looking at. He sees the cardiac technicians at the Royal Infirmary once a year. His NHS number is 485 777 3456 if that is any help.\n\nYours faithfully,\nMrs Joan Pickering\n27 Larkspur Avenue, Kettering NN15 6QT\nTel 01632 960418",
      [("name", "Arthur"), ("id_number", "485 777 3456"), ("name", "Joan Pickering"),
       ("address", "27 Larkspur Avenue, Kettering NN15 6QT"), ("phone", "01632 960418")]),

    P("HELLO I AM 88 AND MY GRANDSON SET THIS UP FOR ME. MY WARFARIN LEVEL WAS 4.1 AT THE CLINIC ON TUESDAY AND THEY SAID MISS A DOSE BUT I HAVE FORGOT WHAT THE NURSE SAID ABOUT GREEN VEG. CAN I EAT SPROUTS AT CHRISTMAS. THANK YOU. EDNA MAY HOLLIS  01632 960772",
      [("name", "EDNA MAY HOLLIS"), ("phone", "01632 960772")]),

    P("To whom it may concern, My wife Dolores (DOB 03/14/1938) has been on Eliquis since her stroke and we received a letter saying our Medicare Part D plan won't cover it next year. Her Medicare number is 1EG4-TE5-MK72. Is there a cheaper blood thinner that is just as safe? Sincerely, Harold B. Kowalski, 1184 Sycamore Drive, Dayton OH 45409, (937) 555-0142",
      [("name", "Dolores"), ("date_of_birth", "03/14/1938"), ("id_number", "1EG4-TE5-MK72"),
       ("name", "Harold B. Kowalski"), ("address", "1184 Sycamore Drive, Dayton OH 45409"),
       ("phone", "(937) 555-0142")]),

    P("my daughter says I can email you so here goes. I have had ringing in both ears since the new hearing aids from Specsavers, 3 weeks now. Is it the aids or is it me getting old ha ha. reply to stanley.wren38@example.net as I dont check the other one. Stan",
      [("email", "stanley.wren38@example.net"), ("name", "Stan")]),

    P("I live in the sheltered flats at Flat 9, Beechwood Court, Station Road, Ilkley LS29 8QR and the warden Brenda found me on the floor on Monday morning. I wasn't hurt only my pride but she says I should ask about my blood pressure tablets making me faint. I take amlodipine 10mg and ramipril. - Wilfred Oakes",
      [("address", "Flat 9, Beechwood Court, Station Road, Ilkley LS29 8QR"), ("name", "Brenda"),
       ("name", "Wilfred Oakes")]),

    P("Dr Okafor at my surgery told me to look at my results online, the link he sent was https://records.example.org/patient/mgreenhalgh1941 but it just says error. Can someone explain my cholesterol of 6.4? Margaret Greenhalgh",
      [("name", "Okafor"), ("url", "https://records.example.org/patient/mgreenhalgh1941"),
       ("name", "Margaret Greenhalgh")]),

    P("my grandson posts all my gardening pics on @grandad_bert_grows and now a woman commented that the rash on my arm in one photo looks like shingles. its been there a fortnight, itchy not painful. should i worry. bert",
      [("handle", "@grandad_bert_grows"), ("name", "bert")]),

    P("Dear Doctor,\nSince my cataract operation in March I have been told not to drive until the other eye is done. The DVLA want a form filled. My car is a blue Honda Jazz, registration KX61 WPD, and my wife needs me to take her to her dialysis three times a week. When can I legally drive again?\nRespectfully,\nDennis Fairbrother",
      [("licence_plate", "KX61 WPD"), ("name", "Dennis Fairbrother")]),

    P("I am 79 and get my state pension, National Insurance number QQ 12 34 56 C. The council say I need a letter from a doctor to get a blue badge for my COPD. Who do I ask? my phone is 07700 900316. Regards Irene Batley",
      [("id_number", "QQ 12 34 56 C"), ("phone", "07700 900316"), ("name", "Irene Batley")]),

    P("Well where do I start. My husband Ron and I have been married 61 years this June and he has always been a healthy man, bowls twice a week at the Lyndhurst Bowling Club and sings in the choir at St Barnabas. But since about Easter he has been forgetting things, put the kettle in the fridge last week, and called our daughter Sandra by my name. He won't go to the surgery because he says Dr Patel will take his licence off him. I am at my wits end. Is this the start of Alzheimer's? I'd be grateful for any advice. Pat Greaves",
      [("name", "Ron"), ("name", "Sandra"), ("name", "Patel"), ("name", "Pat Greaves")]),

    P("I was a teacher at Hollybrook Primary School for 32 years and now at 74 I volunteer there reading with the little ones on Wednesdays. The head says I need a TB test before I go back after my hospital stay. My name is Gwen Lister and my date of birth is 2 February 1951. Where can I get this done?",
      [("name", "Gwen Lister"), ("date_of_birth", "2 February 1951")],
      ["Hollybrook Primary School"]),

    P("Re: my husband's INR\nPatient: Mr Kenneth Albert Dunmore\nNHS No: 601 234 5678\nDOB: 19.07.1936\nAddress: 4 The Paddocks, Little Snoring, Norfolk NR21 0HX\n\nHis reading at the warfarin clinic at Fakenham Medical Practice was 1.6 which the nurse said is too low. He has a metal heart valve. Does he need extra injections? He is very deaf so please ring me, his wife Valerie, on 01632 960155 and speak up.",
      [("name", "Kenneth Albert Dunmore"), ("id_number", "601 234 5678"), ("date_of_birth", "19.07.1936"),
       ("address", "4 The Paddocks, Little Snoring, Norfolk NR21 0HX"), ("name", "Valerie"),
       ("phone", "01632 960155")],
      ["Fakenham Medical Practice"]),

    P("hi its Maureen from the whist drive, sorry wrong box i think, but while im here, can u take ibuprofen with a pacemaker? from maureen.o.shea@example.com",
      [("name", "Maureen"), ("email", "maureen.o.shea@example.com")]),

    P("My husband Walt is 91 and a veteran, VA ID 7734-22-019. He got his flu shot and Covid booster same day at the Walgreens on Main and now his arm is red and hot the size of a saucer. Is that normal? Betty Lou Carmichael 555-0187",
      [("name", "Walt"), ("id_number", "7734-22-019"), ("name", "Betty Lou Carmichael"), ("phone", "555-0187")]),

    P("G'day, I'm 82 and live at 16 Banksia Crescent, Toowoomba QLD 4350. My Medicare card no. is 2953 71824 1. I had a fall off the step ladder cleaning the gutters (I know, I know) and my wrist is still puffy three weeks later. Do I need an x-ray or will it come good? Cheers, Col Haddon",
      [("address", "16 Banksia Crescent, Toowoomba QLD 4350"), ("id_number", "2953 71824 1"), ("name", "Col Haddon")]),

    P("Please see photos of my leg ulcer on my Facebook, https://www.facebook.example.com/doreen.sykes.5 - my niece Claire put them up so the doctor could see. The district nurse comes Tuesdays but I'd like a second opinion, it smells.",
      [("url", "https://www.facebook.example.com/doreen.sykes.5"), ("name", "Claire")]),

    P("Dear Doctor  I am  writing for  my wife  Alma  she is  87 and  has the  Parkinson's  and her  tablets the  Sinemet are  not working  as long.  She  freezes  in the  doorway.  Tom  Birtwistle  tel  07700  900482",
      [("name", "Alma"), ("name", "Tom  Birtwistle"), ("phone", "07700  900482")]),

    P("my mums 93 she lives with me at 22 ferndale road bolton BL3 2JP and shes been coughing up green for 5 days and not eating shes had her pneumonia jab the doctor at the surgery wont do home visits anymore what do i do her name is lilian hardcastle",
      [("address", "22 ferndale road bolton BL3 2JP"), ("name", "lilian hardcastle")]),

    P("Got a ticket parked in the handicapped spot at the clinic because my placard expired. Plate is 8KDW412 (California). My cardiologist Dr Abernathy says I qualify with my heart failure. How do I renew the placard? I'm 77. - Luis",
      [("licence_plate", "8KDW412"), ("name", "Abernathy"), ("name", "Luis")]),

    P("Dear Sir or Madam\nPlease would you be so kind as to reply to me at the following electronic mail address: h.winterbottom@example.org\nI have been prescribed alendronic acid for my bones after the Dexa scan and the leaflet frightens me about my jaw. I have a dental appointment on the 14th. Should I tell the dentist?\nYours faithfully\nHilda Winterbottom (Mrs)",
      [("email", "h.winterbottom@example.org"), ("name", "Hilda Winterbottom")]),

    P("saw a reel from @drfitover70 saying you should stop statins after 80. I'm 83, on atorvastatin 20. Is that right? Don't want to do anything silly. - Ernest",
      [("handle", "@drfitover70"), ("name", "Ernest")]),

    P("Patient name: Florence Ada Nuttall\nDate of birth: 11th November 1932\nQuery: Legs swelling up by teatime, have to put them up on the pouffe. On furosemide 40. Is 92 too old for a water tablet increase?\nContact: daughter-in-law Jackie 07700 900611",
      [("name", "Florence Ada Nuttall"), ("date_of_birth", "11th November 1932"), ("name", "Jackie"),
       ("phone", "07700 900611")]),

    P("Our insurance company (claim ref CLM-4471-0932) will only pay for my husband's hearing aids if a specialist says he needs them. He is 76, says everyone mumbles. Which doctor do we see? Regards, Sheila & Norman Baptiste",
      [("id_number", "CLM-4471-0932"), ("name", "Sheila"), ("name", "Norman Baptiste")]),

    P("I was in Ward 12 at St James's last month (hospital number J4418207) and they changed my heart tablets. Now my ankles are like balloons. Who do I contact? Eric Sowerby, 07700 900247",
      [("id_number", "J4418207"), ("name", "Eric Sowerby"), ("phone", "07700 900247")]),

    P("my nan (86) keeps getting scam calls pretending to be the NHS asking for her NHS number, she gave them her DOB. she's really shaken and her heart's been racing since. i'm her carer, my tiktok is @kayleighcares_x if anyones seen this. is palpitations from stress dangerous at her age",
      [("handle", "@kayleighcares_x")]),

    P("Warden call number is 01632 960903, I'm in number 14 Abbeyfield House, Church Street, Wetherby LS22 6LP. I have had diarrhoea since Sunday and I'm 90 and scared of getting dried out. Mabel Iredale",
      [("phone", "01632 960903"), ("address", "14 Abbeyfield House, Church Street, Wetherby LS22 6LP"),
       ("name", "Mabel Iredale")]),

    P("Dear Dr Henshaw, thank you for seeing me last week. As you asked I am sending my blood sugar diary. Mornings 7.8, 8.1, 9.0, evenings 11.2. I have not had any hypos. My hospital number is RX0093341. With kind regards, Clifford Ambler",
      [("name", "Henshaw"), ("id_number", "RX0093341"), ("name", "Clifford Ambler")]),

    P("I'm 71 and still do two days a week at Thornton's Hardware in Skipton. Lifting bags of compost my back went and now I've got pins and needles down my left leg to the toes. Can I still work? Geoff Tattersall, geofftatt71@example.com",
      [("name", "Geoff Tattersall"), ("email", "geofftatt71@example.com")],
      ["Thornton's Hardware"]),

    P("I have put a video of my husband's shaking hand on YouTube so you can see it, https://youtube.example.com/watch?v=bx7QfrT2 it is unlisted. He is 79. Is it Parkinsons or just a tremor? June",
      [("url", "https://youtube.example.com/watch?v=bx7QfrT2"), ("name", "June")]),

    P("Could someone please ring me back on 0161 496 0732 regarding my late husband's medical records? Actually it's about me as well, I've been getting a tight chest walking up to the post office. I'm 80. Doris",
      [("phone", "0161 496 0732"), ("name", "Doris")]),

    P("I am the carer for my grandson Tyler (student ID 20419877 at the college) and he is asking if he can get his meningitis jab at your clinic rather than his GP. I'm 72 and do all his forms. Marjorie",
      [("name", "Tyler"), ("id_number", "20419877"), ("name", "Marjorie")]),

    P("A man in a white van reg BF19 TXE reversed into my mobility scooter outside Boots and my knee has been swollen since. Police want a doctor's note. Gladys Moorhouse, 83",
      [("licence_plate", "BF19 TXE"), ("name", "Gladys Moorhouse")]),

    P("Name: Reginald Percival Hope\nAge: 89\nAddress: 3 Chapel Row, Hebden Bridge HX7 8AD\nGP: Dr A. Lindqvist, Calder Valley Surgery\nProblem: ear full of wax, hearing aid whistling, can't hear the wireless\nPreferred contact: letter please, I do not use the telephone",
      [("name", "Reginald Percival Hope"), ("address", "3 Chapel Row, Hebden Bridge HX7 8AD"),
       ("name", "A. Lindqvist")],
      ["Calder Valley Surgery"]),

    P("pls reply to my son's email garyfenton@example.net, I'm his mum Rita, 77, had my knee replaced 6 weeks ago and the physio says I'm not bending it enough, 85 degrees. is that bad",
      [("email", "garyfenton@example.net"), ("name", "Rita")]),

    P("My NHS number is 943 476 5919 and I want to know why my repeat prescription for levothyroxine has been stopped. I'm 75 and have been on it since 1990. Mr P. Kaur",
      [("id_number", "943 476 5919"), ("name", "P. Kaur")]),

    P("Hello, I'm writing for my wife Betty who is 90 and has dementia, we live at 7 Orchard Close, Minehead TA24 5RW. Her social worker Anjali says we might get a carers assessment but I wanted to ask about her not sleeping at night, she wanders. Is there a tablet that is safe? Frank Hewitt",
      [("name", "Betty"), ("address", "7 Orchard Close, Minehead TA24 5RW"), ("name", "Anjali"),
       ("name", "Frank Hewitt")]),

    P("Medicare beneficiary ID 5TR9-WQ2-HN48, DOB 8/2/1944. I need a prior authorization for my CPAP supplies and the supplier says the doctor's notes don't mention my sleep apnea. Can you help? Thanks, Dolores Vega",
      [("id_number", "5TR9-WQ2-HN48"), ("date_of_birth", "8/2/1944"), ("name", "Dolores Vega")]),

    P("my grandaughter says I'm famous on twitter now, she is @millie_the_brave_x and she posted about my heart bypass aged 81 and now people are asking me if I had the 'widowmaker'. what does that mean?",
      [("handle", "@millie_the_brave_x")]),

    P("Pension reference PN 7844 1922D on my letter, not sure if you need that. My question is whether I can still have a hot bath with my pacemaker, the leaflet said keep away from magnets. Yours, Alfred Noakes, 11 Gasworks Lane, Bishop Auckland DL14 7PB",
      [("id_number", "PN 7844 1922D"), ("name", "Alfred Noakes"), ("address", "11 Gasworks Lane, Bishop Auckland DL14 7PB")]),

    P("I'm 78, on holiday staying with my daughter near Malaga, and I've run out of my Bisoprolol. Can I buy it over the counter at a farmacia? Please ring my daughter Lucy on +34 600 000 417. Kind regards, Brian Mottram",
      [("name", "Lucy"), ("phone", "+34 600 000 417"), ("name", "Brian Mottram")]),

    P("DEAR SIRS MY WIFE WINIFRED HAS BEEN IN BED WITH THE FLU SINCE SATURDAY AND WONT TAKE HER TABLETS. SHE IS 85. WE ARE AT 2 MOORLAND VIEW HAWORTH BD22 8DR. PLEASE SEND SOMEONE OR WRITE BACK. G STANSFIELD",
      [("name", "WINIFRED"), ("address", "2 MOORLAND VIEW HAWORTH BD22 8DR"), ("name", "G STANSFIELD")]),

    P("Hiya, I'm Carol's neighbour, she's 88 and asked me to type this for her as her glasses broke. She's had a sore red eye for 2 days and it's sticky in the mornings. She asks can she use the drops from Boots or must she see someone. Her number's 07700 900158 but ring after Countdown as she won't answer during it x",
      [("name", "Carol"), ("phone", "07700 900158")]),

    P("My late wife's NHS number was 721 044 9836 and I've had a letter inviting HER for a mammogram which has upset me terribly. She passed in January. Who do I tell? Also I'd like to ask about my own sleeping, I've not slept properly since. Gordon Ashworth",
      [("id_number", "721 044 9836"), ("name", "Gordon Ashworth")]),

    P("Dear Doctor,\nI enclose my details as requested:\nFull name: Agnes Mary Catterall\nBorn: 30 April 1940\nNHS: 412 883 0071\nI have had a pain in the ball of my foot since the bowling season started and the chiropodist says it's a Morton's neuroma. Is this a job for the hospital?\nYours sincerely,\nA. M. Catterall",
      [("name", "Agnes Mary Catterall"), ("date_of_birth", "30 April 1940"), ("id_number", "412 883 0071"),
       ("name", "A. M. Catterall")]),

    P("hello doctor i am 84 from trinidad living with my son in croydon. my sugar was 14 this morning before breakfast. my son email is devon.baptiste@example.com he will read it to me. god bless. mother grace",
      [("email", "devon.baptiste@example.com"), ("name", "grace")]),

    P("Our church (St Aidan's) runs a lunch club and one of our regulars, Mr Ellis Wainwright, aged 92, choked slightly on his soup last week. He was fine after a cough. As the organiser I want to know if we should get the soup thinner. I'm Pauline Gedge, pauline.gedge@example.org",
      [("name", "Ellis Wainwright"), ("name", "Pauline Gedge"), ("email", "pauline.gedge@example.org")]),

    P("was reading the obituaries in the Gazette and saw Dr Moss has died who delivered both my children, he was a lovely man. Anyway I need a new GP for my water works, I'm 81 and up 4 times a night. address 19 Kiln Hill, Stocksbridge S36 1AB. Hazel",
      [("name", "Moss"), ("address", "19 Kiln Hill, Stocksbridge S36 1AB"), ("name", "Hazel")]),

    P("Registration number of my car is WR68 LZN if the hospital needs it for the disabled parking permit. I'm having my pacemaker battery changed on the 3rd. How long before I can drive home myself? Mr Leonard Pike",
      [("licence_plate", "WR68 LZN"), ("name", "Leonard Pike")]),

    P("my husband is 82 and insists on going up the ladder to do the guttering. this morning he was up there and said everything went blurry in his right eye for about 10 minutes then came back. he's fine now and watching the racing. is it the heat? wife, Beryl (beryl.hinchcliffe@example.com)",
      [("name", "Beryl"), ("email", "beryl.hinchcliffe@example.com")]),

    P("Member no. 88214-0073 with Westfield Health cash plan. They want an itemised invoice for my physiotherapy after my hip. I'm 76. The physio is Declan at the Riverside Clinic. Any idea what they need? Thanks, Ann",
      [("id_number", "88214-0073"), ("name", "Declan"), ("name", "Ann")],
      ["Riverside Clinic"]),

    P("I'm the manager of Oakfield Court sheltered housing and one of our tenants, Mrs Evelyn Frost (DOB 22/06/1933), has had three falls this month. Her family are in Canada. Who should I refer her to? You can reach me on 01632 960340. Regards, Tariq Hussain",
      [("name", "Evelyn Frost"), ("date_of_birth", "22/06/1933"), ("phone", "01632 960340"), ("name", "Tariq Hussain")]),
]
