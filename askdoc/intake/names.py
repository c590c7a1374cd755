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
    achilles adam addison alzheimer apgar asperger baker barr barre barrett becker behcet bell bowen braxton buerger
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

# More given names, written for askdoc from general knowledge of naming across cultures (Irish, Welsh,
# Scottish, Nordic, Dutch, Slavic, Greek, Italian, Hispanic, Lusophone, Arabic, Persian, Turkish, South
# and East Asian, West and East African, Pacific, Hebrew). They join FIRST_NAMES.
FIRST_NAMES |= set(
    """
    aoife ciara niamh siobhan saoirse sinead orla roisin grainne eimear caoimhe declan cian oisin eoin padraig
    seamus liam conor ronan colm cormac fergus niall brendan kieran aidan rory seren cerys bethan rhys dafydd
    gareth owain emrys gwen eilidh ailsa morag callum hamish angus fraser ewan alasdair isla kirsty
    astrid ingrid sigrid freya linnea maja elsa ebba saga signe britt solveig lars sven nils bjorn björn erik
    anders magnus henrik olaf axel leif gunnar torsten jens mads rasmus mikkel kasper niels joost sanne femke
    anouk lotte maartje bram daan sem thijs ruben pieter wouter koen floor eline jelle hendrik willem jasper
    tomasz piotr krzysztof pawel paweł marek jakub katarzyna agnieszka magdalena malgorzata małgorzata zofia
    kasia ola wojciech lukasz łukasz ewa jana petra tereza lucie ondrej jiri pavel milan dusan nikola dragana
    jelena milica stefan bogdan vlad andrei alexei alexey sergei sergey olga irina svetlana tatiana oksana
    yulia nikolai yuri igor boris ludmila natalya katya anastasia galina dimitris giorgos yannis eleni katerina
    sofia despina nikos kostas vasilis maria giuseppe giovanni alessandro matteo luca marco davide federico
    simone stefano andrea chiara alessia martina giorgia elisa silvia federica beatrice lorenza carmela
    salvatore vincenzo antonella rosaria mateus joaquim thiago rodrigo gustavo leandro caio vinicius beatriz
    leticia larissa mariana fernanda juliana adriana camila tatiana ines inês joana rita filipa margarida
    francisco alejandra lucia guadalupe paloma pilar rocio rocío ximena valeria fernanda esperanza consuelo
    dolores faustino ignacio joaquin joaquín rafael ramon ramón emilio alfonso esteban arturo armando
    cristina veronica verónica catalina marisol yolanda luz itzel guillermo hector héctor raul raúl
    jacques pierre jean luc antoine etienne étienne mathieu julien guillaume baptiste remy rémy camille
    amelie amélie chloé margaux manon juliette colette sylvie nathalie brigitte geneviève genevieve
    jurgen jürgen klaus dieter wolfgang helmut uwe jorg jörg matthias tobias lukas jonas moritz leonie
    hannah lena anja katrin sabine ursula heike birgit annika greta ilse frieda
    ahmad mustafa youssef yousef tariq tarek malik karim rashid said saeed hussein hussain bilal faisal farhan
    hamid majid reza mehdi amir arash dariush parisa shirin maryam nasrin leyla zeynep elif emre burak can
    cem ayse ayşe fatma hatice mert kerem murat selin deniz yusuf aylin layla nour noura rania reem hiba dina
    samira yasmine amal huda salma khadija aicha houda jamila nadia soraya
    aarav vihaan arnav dev devi rohit sachin sanjay suresh ramesh mahesh ganesh anand vijay ajay amitabh
    sunil anjali divya kavita meera nisha rekha sneha swati usha lata radha gita geeta sita parvati
    harpreet gurpreet manpreet jaspreet simran navdeep ranjit baljit farida shabnam rukhsana nasreen
    wei ling mei xiao jun hui yan ying jing hong qiang lei feng yong bo tao min ying xiu li na
    hiroshi kenji takeshi haruto yuto sota riku aiko yui hina sakura yuki naoko keiko emiko akiko mariko
    hyun jiwoo jiwon minjun seojun soo soyeon sooah jiyeon minji eunji hyejin jisoo yeon
    thanh minh linh anh tuan huong lan mai hoa phuong trang duc quang nguyen
    olumide oluwaseun adebayo adeola ayodele babatunde chinedu chioma chinwe ngozi obinna ifeoma nnamdi
    kemi funmi tunde yemi folake akosua kwabena kofi ama abena yaw esi kojo adjoa efua
    amani baraka jabari kamau wanjiru njeri otieno achieng zawadi imani neema thandiwe sipho thabo lerato
    nomvula zanele bongani tendai farai rutendo tatenda
    moana leilani kai keanu malia sione tevita mele losa pita aroha tane wiremu ngaire mere
    avi eitan noa yael tamar shira yosef moshe david miriam chaya rivka
    """.split()
)

# Capitalised words that are not a person's name even where a name could stand. Lower case, accents kept
# out (the comparison strips them). Grouped by what they are.
NON_NAME_WORDS = NOT_NAMES | set(
    """
    mr mrs ms miss mx prof professor doc nurse sister matron dear hiya morning evening afternoon greetings
    name surname patient mum mummy mom mommy dad daddy papa mama nan nana nanna gran granny grandma grandpa
    grandad granddad grandmother grandfather auntie aunt uncle bro sis hubby wifey
    anyway anyhow also however but so then well oh ah hmm lol omg btw ps edit update urgent quick question
    question questions note notes background history symptoms symptom meds medication medications diagnosis
    results result update context info details detail summary story problem issue concern concerns advice
    tia thx ty thanx thnx many kind warm cheers regards sincerely bye goodbye bless god jesus allah lord
    christmas easter ramadan eid diwali hanukkah thanksgiving halloween xmas
    mon tue tues wed thu thur thurs fri sat sun jan feb mar apr jun jul aug sep sept oct nov dec
    spanish french german italian portuguese dutch polish russian ukrainian chinese mandarin cantonese japanese
    korean vietnamese thai filipino indian pakistani bengali bangladeshi punjabi hindi urdu tamil arabic
    persian farsi turkish greek irish scottish welsh english british american canadian australian aussie
    kiwi brit yank european african asian latino latina hispanic caribbean jamaican nigerian ghanaian kenyan
    somali ethiopian egyptian moroccan mexican brazilian colombian peruvian argentinian cuban swedish
    norwegian danish finnish icelandic swiss austrian belgian czech hungarian romanian bulgarian serbian
    croatian jewish muslim christian catholic hindu sikh buddhist
    """.split()
)

# Words that make a capitalised group an institution, a place or a thing ("St Mary's Hospital", "Mayo
# Clinic", "New York"): the whole group is left alone.
PLACE_WORDS = set(
    """
    street st road rd avenue ave lane drive boulevard way court place terrace close crescent square parade
    hospital hospitals clinic clinics centre center surgery practice pharmacy chemist health healthcare medical
    medicine university college school academy institute infirmary hospice trust foundation ward unit wing
    department dept emergency urgent care services service nhs royal general memorial county city state
    national international saint north south east west central upper lower new old great little park lake
    river mount mountain bay beach island islands valley hill hills heights village town district region
    province airport station mall market church mosque temple synagogue gym club team group association
    society council ministry government bank insurance company inc ltd llc corp
    """.split()
)

# Medicines, brands, organisations, apps and products that patients capitalise mid-sentence.
BRANDS = set(
    """
    tylenol advil motrin aleve nurofen panadol calpol lemsip beechams sudafed benadryl piriton zyrtec claritin
    clarityn allegra telfast xyzal flonase nasonex beconase otrivin vicks strepsils halls gaviscon rennie tums
    pepto imodium dioralyte senokot dulcolax movicol fybogel buscopan canesten daktarin lamisil voltaren
    voltarol ibuleve deep heat tiger balm savlon germolene sudocrem vaseline e45 aveeno cetaphil cerave
    eucerin bepanthen anusol preparation ventolin salbutamol seretide symbicort fostair flixotide clenil
    spiriva qvar pulmicort singulair epipen jext sinemet madopar requip mirapex lipitor crestor zocor
    pravachol zetia nexium prilosec losec zantac pepcid omeprazole lansoprazole glucophage januvia jardiance
    forxiga farxiga ozempic wegovy mounjaro trulicity victoza saxenda rybelsus lantus levemir novorapid
    humalog tresiba humira enbrel remicade stelara dupixent keytruda herceptin tamoxifen eliquis xarelto
    pradaxa plavix coumadin warfarin aspirin disprin viagra cialis levitra mirena nexplanon depo provera
    microgynon rigevidon cerazette yasmin diane dianette accutane roaccutane xanax valium ativan klonopin
    prozac zoloft lexapro cipralex celexa paxil seroxat effexor wellbutrin cymbalta sertraline citalopram
    lyrica neurontin gabapentin tramadol codeine oxycontin percocet vicodin suboxone methadone naloxone
    narcan adderall ritalin concerta vyvanse elvanse strattera synthroid levothyroxine eltroxin euthyrox
    armour prednisone prednisolone medrol augmentin amoxil keflex cipro zithromax doxycycline flagyl
    tamiflu paxlovid valtrex zovirax botox juvederm fitbit garmin oura dexcom libre freestyle omnipod
    medtronic philips resmed cpap covid corona coronavirus omicron delta pfizer moderna astrazeneca novavax
    janssen biontech sinovac gardasil shingrix mmr bcg
    google facebook instagram insta tiktok youtube twitter reddit whatsapp snapchat telegram signal zoom
    skype teams discord linkedin pinterest amazon apple iphone ipad android samsung alexa siri chatgpt
    openai netflix spotify uber tesco sainsbury sainsburys asda boots superdrug lloyds walgreens cvs
    walmart target costco kroger rite aid mcdonald mcdonalds kfc starbucks subway medicare medicaid
    kaiser permanente mayo cleveland bupa aetna cigna humana anthem blue cross shield nice who cdc fda
    mhra webmd nhs111 weight watchers slimming world keto atkins paleo pilates yoga zumba crossfit peloton
    strava myfitnesspal headspace calm
    """.split()
)

# Countries and large cities, so that "I moved from Ghana" or "the heat in Madrid" is not a person.
PLACES = set(
    """
    england scotland wales ireland britain uk usa america canada australia zealand mexico brazil argentina
    chile peru colombia venezuela cuba jamaica spain portugal france germany italy netherlands holland
    belgium switzerland austria poland sweden norway denmark finland iceland russia ukraine greece turkey
    egypt morocco nigeria ghana kenya ethiopia somalia uganda tanzania zimbabwe zambia africa india pakistan
    bangladesh nepal sri lanka china japan korea vietnam thailand philippines indonesia malaysia singapore
    iran iraq syria lebanon israel palestine jordan saudi arabia dubai qatar emirates europe asia
    london manchester birmingham leeds liverpool glasgow edinburgh cardiff belfast dublin bristol york
    paris berlin madrid barcelona lisbon rome milan milano munich hamburg vienna amsterdam brussels zurich
    stockholm oslo copenhagen helsinki warsaw prague budapest athens istanbul cairo lagos accra nairobi
    johannesburg delhi mumbai bangalore karachi lahore dhaka beijing shanghai tokyo seoul manila jakarta
    sydney melbourne brisbane perth auckland wellington toronto vancouver montreal chicago boston houston
    dallas seattle miami atlanta denver phoenix francisco angeles vegas orleans texas california florida
    ohio georgia virginia carolina
    """.split()
)

# Lower-case words that sit inside names ("Ludwig van Beethoven", "Nguyen Thi Lan" needs none).
PARTICLES = {"van", "von", "de", "da", "del", "della", "di", "du", "der", "den", "ter", "bin", "binti", "ibn",
             "al", "el", "dos", "das", "le", "la"}

# A broader pass, also written for askdoc from general knowledge: more English given names and nicknames,
# Hispanic, Lusophone, French, German, Dutch, Nordic, Slavic, Greek, Italian, Arabic, Persian, Turkish, South
# Asian, Chinese (two-syllable), Japanese, Korean, Vietnamese, Filipino, West/East/Southern African, Ethiopian,
# Somali, Pacific and Hebrew names. Screened against the thing lists below and against lower-case use in real
# questions (../shared/data/community_qa): names that are also everyday words ("Hung", "Akin", "Sola") were left out.
FIRST_NAMES |= set(
    """
    abby adele agnes aileen alana albie alfred alistair allison alma amos annabel annette archie arlo barbara barry
    bernard bernadette betty beverley bradley brenda brett bridget brittany bronwyn bruce byron callie calvin
    candice carl carly caitlin cathy cecil cedric charlene cheryl christine cindy clare claudia clive colleen connie
    craig cynthia dale damian darren darryl dave debbie delia dennis desmond dexter dolly dominique doreen doris
    dorothy douglas duncan dwayne edith edmund edna edward edwin eileen elaine eleanor elliot eloise elsie emmett
    ernest esme ethel eugene evie felicity fleur freddie frederick gail gemma geoffrey gerald geraldine gertrude
    gillian gladys glen gloria gordon graham gwendolyn harold harriet harvey hayley heidi herbert hilary hollie
    howard ida imogen jacqueline jamie janice jared jeanette jeffrey jemima jenna jesse jill jo joanna jocelyn jodie
    jolene jonah josephine joyce judith judy julie karl kathleen keith kelly kelsey kendra kenneth kerry kimberly
    kristen lachlan larry leanne leonard lesley leslie lewis lillian lindsay lionel lois lorna lorraine louise lydia
    lyndon lynn mabel mackenzie maddie madeleine maggie malcolm marcus margaret marian marilyn marjorie marlene
    martha matilda maureen maxine meghan melanie mildred millie miranda molly monica morgan muriel myra nathaniel
    neil nellie nigel noel norma norman ollie pamela penelope percy phoebe phyllis quentin ralph reginald rhonda
    roger ronald rowan roy russell ruth sally shannon sharon sheila shirley sidney sonia stanley stuart sylvia
    tabitha tamsin terence theo theodore tina toby tracey trevor valerie vernon vivian wallace walter wayne wilfred
    winifred yvonne zachary taylor otis ezra jude silas asher levi micah rhett beau kendall quinn reese harley
    ezekiel jimmy timmy tommy danny sammy billy kenny lizzie becca mandy vicky nikki jess liz meg pam nick zach tony
    tonya rick ricky ron ronnie gigi lulu mimi kiki jojo beto pepe paco lupe chema adolfo agustin alba alberto
    alonso alvaro amparo andres anibal benito cesar concepcion conchita cristobal edgar efrain eloy emilia
    encarnacion enrique ernesto estela eugenia eusebio fabian fabiola facundo gerardo gilberto gonzalo graciela
    hernan hilda horacio inmaculada isidro jacinto jaime jimena josefa josefina juana leonor lidia lorena macarena
    manuel manuela marcela marcos margarita mariano maricela marisa mauricio milagros moises nahuel nicolas noelia
    norberto octavio osvaldo pascual patricio paulina perla porfirio ramiro raquel reinaldo remedios renata
    rigoberto rodolfo rogelio rolando saul socorro soledad susana teodoro ulises valentin vicente wilfredo yesenia
    anderson andreia antonia bruna cintia claudio cristiano daniele debora diogo edson eliane elisangela emerson
    fabio fabiana flavia gabriele gisele heloisa isadora jefferson juliano katia lais luana luciana luciano marcelo
    marcio matheus mauro michele milena priscila rafaela renan rogerio rosana sabrina sandro thais valdir vitor
    wagner agathe alain alexandre amandine anais annick arnaud aurelie aurelien bastien benoit celine christelle
    christophe claude clement corinne damien delphine didier elodie emeline emmanuel fabien fabrice florian francois
    francoise frederic gael gaelle gerard gilles helene herve jerome josiane karine laetitia laurent lea loic lucien
    ludovic marcel margot marianne marion martine maxime michel mireille nadege noemie oceane odile pascal pascale
    patrice philippe raphael regis renaud romain sandrine sebastien severine solene stephane sylvain thibault
    thierry virginie yann yannick yves yvette andreas anke annegret bernd carsten christa christoph dagmar detlef
    dirk elke erika ernst friedrich gerhard gisela gudrun gunter günter hans hannelore helga horst ingeborg jochen
    johannes jutta karin kerstin lothar manfred marlies monika norbert otto rainer reinhard renate rolf rudiger
    rüdiger siegfried stefanie susanne thorsten ulrich ulrike volker waltraud werner wilhelm anneke annemieke bart
    esther fenna gert hanneke hein janneke jeroen joris kees lieke marieke maarten marloes niek pim rianne roel
    sander sjoerd stijn tess tijn wim aksel anneli arne asta bente birgitta bodil dagny einar eira elin emil espen
    frida halvard hanne harald helmi jarl johanna kari kaisa kalle kirsten knut lasse mette mikael oskar pekka
    pernille ragnar riikka sanna saara sigurd stig tove trine ulla ulf venla aino eero juha jukka matti mikko satu
    tuula jorma agata aleksander aleksandra anatoly andrzej arkadiusz bartosz beata bozena dariusz dmitry dorota
    elzbieta grzegorz halina irena jacek jadwiga janusz jerzy jolanta justyna kamil karolina kazimierz krystyna
    leszek maciej mariusz michal miroslaw radoslaw slawomir stanislaw tadeusz urszula waldemar wieslaw witold
    zbigniew bronislawa wladyslawa vladimir vladislav yaroslav taras bohdan mykola oleksandr oleksiy petro vasyl
    halyna larysa lyudmyla natalka olena svitlana zoryana yevgeny yevgenia ekaterina ksenia daria darya polina artem
    maksim mikhail kirill konstantin ruslan timur arseniy gleb ilya vadim viktor yegor zoran goran dragan milos
    nenad vesna snezana mirjana ivana marija tijana jovana ljiljana branka zeljko dejan bojan nikolina tomislav
    kresimir josip marko aggeliki alexandros anastasios angeliki apostolos athanasios christos chrysa dimitra
    evangelia ioanna ioannis kalliopi konstantinos panagiotis paraskevi spyros stavros thanos theodora vasiliki
    alessandra angelo arianna benedetta carlo cesare cinzia concetta cristian domenico donatella elisabetta emanuele
    enrico enzo ettore fabrizio filippo fiorella gabriella gianluca gianni giorgio graziella ilaria lucio marcello
    massimo maurizio michela mirko nicola nunzia ornella piero pietro raffaele riccardo rocco rossella tiziana
    umberto vittoria abdelaziz abdallah abdulrahman adel adnan ahlam aliya amira anas aziz bashir basma dalia dania
    fadi farah fares fawzi ghada ghassan habib hadi haitham hala hanan hani hasan hatem hayat hazem hisham imad iman
    issa jawad kamal khaled khalil lamia lina maha mahmoud majed malak manal marwa marwan mazen mona mounir mourad
    nabil noha osama qasim rabab rafik rami randa rasha rawan ruba saad sahar salah saleh salim samer sami sawsan
    sherif shadi souad suha suleiman tamer wael walid wafa waleed yahya yasser yousra zaid ziad arman azadeh babak
    bahram behnaz behrouz farhad fariba farzaneh golnaz hamed hossein kian kourosh mahnaz mahsa mina mitra mohsen
    morteza nader navid niloufar omid parviz payam pegah roya saman shahram sima soheil taraneh yasaman ahmet ayhan
    aysel baris berk beyza burcu cansu cengiz derya ebru emine erdem esra eylul fatih gokhan gulsen hakan hulya
    ilker irem kaan kadir levent melek melike merve nazli nihan oguz onur ozge ozlem pinar recep sema serkan sevgi
    sibel songul tuba tugba tuncay umut volkan yavuz yeliz zehra abhishek aditi aditya akash akshay amrita ananya
    aniket ankit anupam aparna archana arun aruna ashok ashwin bhavna chandra chetan darshan deepika dhruv dinesh
    gaurav gautam geetha girish gopal govind hari harish hemant indira ishita jagdish jatin jyoti kabir kajal
    kalpana kamala karan karthik kiran kishore krishna kunal lalit madhu mahendra manish manoj meenakshi mohan
    mukesh nandini naveen neelam nikita nilesh nirmala padma pallavi pankaj parul pradeep prakash pranav prashant
    preeti prem priyanka puneet rachna radhika rajeev rajendra rakesh ramya ranjana rashmi ravindra ritu rohini
    roshni rupa sameer sandeep sangeeta sanjana santosh sarita satish seema shalini shanti sharmila shekhar shilpa
    shiv shivani shruti siddharth smita sonal subhash sudha sujata sumit supriya suraj sushila tanvi tarun uma umesh
    varun vidya vikas vinay vinod vishal yash yogesh aarti akhil anirudh bharat lakshman murali prabhu raghav rajan
    sekar senthil sundar venkat vignesh kannan karthika lavanya revathi saranya selvi balaji muthu abdur anwar arif
    asif ayub farzana habiba hasina kamrul masud nasima nazma parveen rafiq rahim rahima rashida rubina sabina
    saiful shahida shahnaz shamima sharif sultana taslima zahid zahida zubaida asad aslam atif babar fahad faraz
    haris imtiaz irfan junaid kashif nadeem naveed qamar rizwan sajid salman shahid shoaib sohail tahir usman waqas
    yasir zeeshan bushra hina iqra mehwish nimra rabia saba sidra uzma chunhua guiying haiyan hongmei huifang
    jianguo jianhua jiayi junjie lihua lijuan limei meiling minghua ruolan shuang wenjing xiaoling xiaoming xiuying
    yifan yuxuan zhiwei zihan zixuan guoqiang xiaoyan xiaohong yanling haoran yuhan zhihao yuting jiahui akane
    akihiro asami ayaka ayumi chie chihiro daichi daisuke eri emi fumiko haruka haruki hideki hikari hinata hiroko
    hiromi hitomi kana kaori kaito kazuki kazuo keita kenta kotaro koji kumiko makoto mami masako masaki masato
    mayumi megumi michiko midori minoru misaki mitsuko miyu momoka nanami naoki natsuki noriko rei ren rina ryota
    ryo sachiko satoshi shinji shota sora takashi takumi taro tomoko tsubasa yoko yoshiko yusuke yuka yumi yuna yuta
    minho jihoon seoyeon jiho junho jaehyun hyunwoo sungmin youngho younghee eunjung mikyung sujin soojin yejin
    dahye haeun seojin minseo jimin taeyang dongwook kyungsoo jinwoo sangwoo heejin thu trang hien hanh tuyet nhung
    thao ngoc khanh phuc binh cuong hieu huy khoa quynh thuy tien trinh uyen vinh maricel marites rowena rosario
    analyn jennelyn jericho rodel roderick arnel abiodun abimbola adaeze adamu adebola adekunle adenike adesuwa
    aduke afolabi akinyi amaka amadou aminata awa bamidele bisi bukola chiamaka chibuike chidera chidinma chijioke
    chinonso chinyere chisom chukwuemeka chukwudi damilola ebere ebuka ekene ezinne fatou femi folasade funke gbenga
    ibrahima ifeanyi ijeoma ikechukwu ifeoluwa kehinde kelechi lola mamadou moussa musa nkechi nneka obiageli oluchi
    olufemi olusegun oluwatobi oyinkansola seun seyi taiwo temitope titilayo tobi tope uchenna ugochukwu yetunde
    abdoulaye aissatou binta cheikh fatoumata mariama ousmane oumar seydou souleymane kwesi kweku akua afia afua yaa
    adwoa atieno awino chebet jeptoo kipchoge kiprono njoroge njambi nyambura wairimu wambui wanjiku muthoni kibet
    cherono auma ochieng odhiambo onyango makena halima rehema saida tumaini upendo juma ayanda lindiwe mandla nandi
    nokuthula nomsa palesa sibusiso themba thandeka tshepo tumelo zodwa kagiso katlego lesedi naledi busisiwe
    dumisani khanyisile lwazi sizwe tafadzwa tinashe chipo nyasha rudo abebe alemayehu almaz dawit desta eyerusalem
    genet haile kidist meron mulugeta selam tadesse tigist yonas yohannes abdi abdirahman faduma hodan hawa ilhan
    khadar liban mohamud nimco sahra warsame akamu anela hoku iolana kaimana kalani kanoa keala keoni koa lani
    mahina makana noelani ikaika ariki hemi manaia mereana nikau rawiri tamati wikitoria viliami salote avraham
    chaim efrat eliezer hadas itai liat meir naama noam ofer orly ronit shlomo yaakov yehuda yitzhak yoav yonatan
    zohar shmuel
    """.split()
)

# Given names that are also common words or places ("Can I…", "Said…", "Milan", "Hong Kong"): never on
# their own.
FIRST_NAMES -= {"can", "said", "bo", "min", "na", "pita", "mere", "floor", "jun", "hong", "milan", "sem"}

NON_NAME_WORDS -= {"jan", "christian", "thu"}
AMBIGUOUS |= {"thu"}

# Feasts and seasons, and conditions that patients often capitalise ("it might be Lupus").
NON_NAME_WORDS |= set(
    """
    plus lent advent passover pesach yom kippur rosh hashanah hajj vesak navratri holi pride halloween
    lupus covid aids hiv lyme ebola zika mpox afib asthma diabetes cancer dementia autism adhd ocd ptsd ibs
    """.split()
)

# Medical and everyday nouns that patients capitalise ("Insulin", "Vitamin B", "Pelvic Inflammatory
# Disease", "degrees Fahrenheit"): a capitalised group containing one is a thing, not a person.
MEDICAL_WORDS = set(
    """
    disease diseases syndrome disorder infection inflammatory deficiency cancer tumour tumor virus fever acid
    vitamin vitamins insulin folic omega calcium iron zinc magnesium potassium sodium protein probiotic
    ambulance paramedic paramedics stent stents nebulizer nebuliser inhaler pacemaker catheter cannula
    ecg ecgs ekg ekgs mri ct scan scans xray x-ray ultrasound biopsy chemo chemotherapy radiotherapy dialysis
    surgery operation therapy physiotherapy antibiotics antibiotic steroids steroid paracetamol ibuprofen
    fahrenheit celsius blood pressure sugar glucose cholesterol thyroid hormone hormones testosterone estrogen
    oestrogen progesterone cortisol serum plasma urine stool sample test tests report reports lab labs
    cream gel lotion shampoo powder syrup ointment drops spray tablets tablet capsules capsule injection
    medicine medicines tonic supplement supplements formula milk
    """.split()
)
