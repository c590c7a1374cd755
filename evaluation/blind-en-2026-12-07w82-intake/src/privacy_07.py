from _helpers import P

# more URLs, plates and handles, mixed with care and school settings
ITEMS = [
    P("Our care home posts activity photos at https://www.example.org/fernleigh/residents/mr-talbot and a relative noticed Mr Talbot's ankle looks purple and swollen in the latest one. Staff hadn't spotted it. He's 88. What could it be?",
      [("url", "https://www.example.org/fernleigh/residents/mr-talbot"), ("name", "Talbot")]),
    P("I'm a coach and one of my players, Niamh, has a fundraising page for her knee surgery at example.com/fundraise/niamh-acl-2024. I just want to know realistically how long until she plays again after an ACL reconstruction?",
      [("name", "Niamh"), ("url", "example.com/fundraise/niamh-acl-2024")]),
    P("The minibus driver for our school trip (reg YR68 TXD) said one of the kids, Samuel Osei, was car sick the whole way and now has a headache. He's 10. Is that just travel sickness?",
      [("licence_plate", "YR68 TXD"), ("name", "Samuel Osei")]),
    P("Carer. I drive between clients in the agency car, plate LK21 BNV, and I got a needlestick from a client's insulin pen lid that was left open. The client is Mrs Rhoda Greenfield. Do I need blood tests?",
      [("licence_plate", "LK21 BNV"), ("name", "Rhoda Greenfield")]),
    P("my sister vlogs about her chronic illness on youtube (@livingwithlupus_ella) and she's been having chest pains when she breathes in. she's 26. could that be the lupus?",
      [("handle", "@livingwithlupus_ella")]),
    P("Student nurse here, I keep a study blog at https://example.net/blog/nurse-in-training-hannah and I wrote about a patient with hyperkalaemia on my placement. Is it ok to share blood results if I remove the name?",
      [("url", "https://example.net/blog/nurse-in-training-hannah")]),
    P("Teacher. A parent sent me a link to her son's medical fundraiser (https://example.com/gofund/baby-rafi-heart) and asked if I know anything about hypoplastic left heart. What is it and what's the outlook?",
      [("url", "https://example.com/gofund/baby-rafi-heart")]),
    P("Hi, I'm on snapchat as mo.fitz_88 and my mate sent me pics of his rash there. It's ring shaped and scaly on his arm, he's 15. Ringworm? His name's Ciarán",
      [("handle", "mo.fitz_88"), ("name", "Ciarán")]),
    P("My dad got a parking fine at the hospital (car reg BD15 OUR) while he was in having a heart scan. Anyway, the scan said 'mild LV dysfunction'. What does that mean? He's Wilfred, 72",
      [("licence_plate", "BD15 OUR"), ("name", "Wilfred")]),
    P("Hi, nurse at Larchmont House. We've got a resident, Mr Sid Ferreira, whose GP letter lists his NHS number as 703 114 9982 and his date of birth as 30 September 1939. He's now refusing his blood thinner. Can we document that and stop?",
      [("name", "Sid Ferreira"), ("id_number", "703 114 9982"), ("date_of_birth", "30 September 1939")], ["Larchmont House"]),
    P("Youth football coach. The club's Twitter is @HartfordColts and one of our parents tagged us in a video of her son, Ethan Broadbent, going over on his ankle. It's swollen 2 days later. x-ray?",
      [("handle", "@HartfordColts"), ("name", "Ethan Broadbent")]),
    P("my mum's profile on the care home family portal is example.org/portal/resident/7712-hilda-moss and it says she had a 'fall with no injury' three times this month. She's 91. Is that normal?",
      [("url", "example.org/portal/resident/7712-hilda-moss")]),
]
