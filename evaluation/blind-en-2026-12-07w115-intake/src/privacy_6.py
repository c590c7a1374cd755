from _h import P

ITEMS = [
    P("hi its Marlene, the one with the thyroid. new number 956-555-0199 bc I lost my phone at the pulga. did my TSH come back?",
      [("name", "Marlene"), ("phone", "956-555-0199")]),
    P("Paciente: Rogelio Cantú Benavides\nF. nac.: 19/03/1956\nDirección: 1402 Calle Jacinto, Lote 5, Donna TX 78537\nMotivo: me arde al orinar",
      [("name", "Rogelio Cantú Benavides"), ("date_of_birth", "19/03/1956"), ("address", "1402 Calle Jacinto, Lote 5, Donna TX 78537")]),
    P("my compa Neto got stung by a scorpion in his boot this morning, he's ok just hurts. he works with me at Garza Roofing. what do we put on it",
      [("name", "Neto")], ["Garza Roofing"]),
    P("Question for Dr. Menchaca: can Abril (my daughter, 2) eat eggs yet? the allergist said wait. — sent by her dad, Rolando",
      [("name", "Menchaca"), ("name", "Abril"), ("name", "Rolando")]),
    P("please don't call my house, my husband checks. email me at flordeloto.77@example.net. I think I need a pregnancy test and birth control",
      [("email", "flordeloto.77@example.net")]),
    P("Mi nieto me hizo un TikTok (@abuelo_pancho_oficial) y ahora me escriben preguntando por mi rodilla jaja. Me operaron la rodilla en mayo, ¿cuándo puedo bailar?",
      [("handle", "@abuelo_pancho_oficial")]),
    P("the work truck plate 83-HGT-221 is the one that ran over my foot at the yard. my foreman Dwayne said just ice it. it's black and blue 2 days later",
      [("licence_plate", "83-HGT-221"), ("name", "Dwayne")]),
    P("Medicaid case # 552-0918-334, my kids Yaretzi and Josué are both coughing for 2 weeks, is it whooping cough? we live in Apt 9, 1815 Ave H, Rosenberg TX",
      [("id_number", "552-0918-334"), ("name", "Yaretzi"), ("name", "Josué"), ("address", "Apt 9, 1815 Ave H, Rosenberg TX")]),
    # trap-only
    P("la Virgen de Guadalupe me va a ayudar pero también quiero saber: ¿la biopsia de tiroides duele?"),
    P("Celebrex 200 mg or Mobic 15 mg, which is easier on the stomach? 67, arthritis in both knees"),
    P("Our fridge broke and the insulin was at 50 degrees for 2 days. Lantus. Still ok?"),
    P("saw Dr. Oz say garlic lowers blood pressure, mine is 145/92, can I stop my losartan"),
]
