"""Word lists for finding personal names, written for askdoc (not copied from a name database).

FIRST_NAMES is a modest, hand-curated list of given names common across English-, Spanish-,
Portuguese-, French-, German-, Arabic-, South Asian-, East Asian- and African-language communities.
A capitalised word from it is treated as a name anywhere in a question; other capitalised words only
with a context cue ("my name is", "Dr.", "my son", a signature). AMBIGUOUS names double as ordinary
words (May, Will, Grace) and need a cue too. EPONYMS are people's names that live on in medical terms
(Parkinson's, Bell's palsy) and are never redacted in that use.
"""

FIRST_NAMES = set(
    """
    aaliyah aaron abdul abdullah abigail abraham ada adam adrian ahmed aiden aisha akira alan albert alejandro
    alex alexa alexander alexandra alexis alfie ali alice alicia alina alison amanda amara amber amelia amina amir
    amit amy ana anaya andre andrea andrew andy angela angelina anika anil anita ann anna anne annie anthony anton
    antonio anya arjun arthur aryan asha ashley aubrey audrey ava avery ayesha ayaan bella ben benjamin beth bethany
    bianca blake bob bobby brandon brian brianna bruno bryan caleb camila cameron carla carlos carmen carol caroline
    carter catherine cecilia charles charlie charlotte chen chidi chiara chloe chris christian christina christopher
    claire clara colin connor daisy dan daniel daniela danielle dario david deborah deepa deepak denise derek diana
    diego dmitri dominic donna dylan eduardo elena eli elias elijah elise eliza elizabeth ella ellie emeka emily emma
    eric erin ethan eva evan evelyn fatima felipe felix fernando finn fiona francesca francesco gabriel gabriela
    gavin george georgia gianna giulia greg gregory hamza hana hannah hao harper harry hassan heather helen henry
    hiroshi hugo ian ibrahim imran irene isaac isabel isabella isabelle isaiah ishaan ivan jack jackson jacob jade
    jake james jamal jan jane janet jasmine jason javier jaya jayden jennifer jenny jeremy jessica jia jin joan joao
    joe joel john johnny jonathan jorge jose joseph josh joshua juan julia julian juliet justin kai karen karim kate
    katherine kathy katie kavya keisha ken kenji kevin khalid kim kofi kumar kwame kyle laila lakshmi laura lauren
    layla leah lei leila leo leon leonardo li liam lily linda lisa logan lorenzo louis lucas lucia lucy luis luka
    luna madison maria mariam marie marina mario marta martin mary maryam mason mateo matthew max maya mehmet mei
    melissa mia michael michelle miguel mike mila ming mohamed mohammed muhammad nadia nancy naomi natalia natasha
    nathan neha nia nicholas nicole nikhil nina noah noor nora nuno oliver olivia omar oscar owen pablo paolo patricia
    patrick paul paula pedro peter philip pooja priya rachel rafael rahul raj rajesh ravi rebecca ricardo richard
    riley rita robert roberto rohan rosa ruby ryan sadia salma sam samantha samir samuel sandra santiago sara sarah
    scott sean sebastian sergio shreya simon sofia sophia sophie stella stephanie stephen steve steven sunita susan
    takeshi tamar tanvir tara teresa thomas tiffany tim timothy tom tomas tyler valentina vanessa vera victor
    victoria vikram vincent wei wendy william xavier xin yara yasmin yuki yusuf zainab zara zoe zoey
    """.split()
)

# Given names that are also ordinary English words or months: only a context cue makes them a name.
AMBIGUOUS = set(
    """
    april august autumn bill brook chase dawn faith grace guy hope hunter ivy jay joy june mark may miles pat
    ray rich rose sky summer sunny will frank art major bell
    """.split()
)

# Surnames kept alive in medical terms. Lower case, without the possessive.
EPONYMS = set(
    """
    achilles addison alzheimer apgar asperger baker barr barre barrett becker behcet bell bowen braxton buerger
    burkitt charcot colles conn creutzfeldt crohn cushing danlos dequervain doppler down dubin duchenne dupuytren
    edwards ehlers ellison epley epstein erb ewing finkelstein fournier friedreich gehrig gilbert graves guillain
    hashimoto heberden heimlich hicks hirschsprung hodgkin holter horner huntington hutchinson jakob kaposi
    kawasaki kegel klinefelter korsakoff lyme lynch mallory marfan meckel meniere menieres munchausen osgood osler
    paget pap parkinson perthes peyronie phalen prader quervain raynaud reiter rett reye schlatter scheuermann
    sjogren sjögren stevens johnson still tay sachs tietze tinel tourette turner valsalva weber weiss wernicke
    whipple willebrand willi wilms wilson zollinger bartholin bouchard kienbock legg calve sever morton
    """.split()
)

# Capitalised words that follow a name cue without being names ("I'm Worried", "my son Has").
NOT_NAMES = set(
    """
    i a an the my our his her their your is are was were be been not no so very really just also still currently
    always never sometimes worried scared afraid tired pregnant diabetic doctor dr hi hello hey thanks thank sorry
    please help sure here there this that what why how when where yes ok okay best regards cheers love mom mum dad
    sir madam team everyone all anyone google monday tuesday wednesday thursday friday saturday sunday january
    february march april may june july august september october november december english american british
    feeling having taking going getting trying hoping wondering asking writing from in at on and or but with for
    to of by about after before since during today yesterday tomorrow now then again age years year old male
    female he she it they we you me him them us who has had have can could would should will did does do
    """.split()
)
