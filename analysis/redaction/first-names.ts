// First names common among UK families and the staff they meet, across the cultures of the UK:
// a name on this list is redacted wherever it appears, even lower-case and at the start of a
// sentence, because parents write "jack has autism" as often as "Jack has autism". Composed for
// this project; extend it freely, lower-case, one name per entry.
//
// A name that is also an everyday word ("will", "grace", "amber" as in a RAG rating) goes in
// WORD_NAMES instead: there it is only redacted when the context says it is a name.

const GIRLS = `
  aaliyah abbie abby abena abigail ada adaeze adwoa afua agnieszka aimee aisha akosua ailsa aleena
  aleksandra alexandra alexis alice alicja alisha alison ama amaka amanda amara amelia
  amira amrit amy ana anaya ananya andreea angela angharad anita anjali ann anna anne annie aoife
  areeba aria asha ashley astrid aurora ava ayanna ayesha aysha ayse barbara beata beatrice
  beatriz becky bella beth bethan bethany bianca bisi bonnie brenda bridget caitlin cara caroline
  carys catherine catrin cerys charlotte chelsea cheryl chiamaka chioma chloe christina christine
  ciara claire clare connie cristina danielle daria deborah debbie deepa denise diana diane divya
  diya donna dorota dorothy eilidh eileen elena eleanor elif elin eliza elizabeth ella ellen
  ellie elsie emilia emilija emily emma erin esi esme esther evelyn evie ewa faye ffion fatima
  fatma farah farida fiona florence folake frances francesca freya funmi gabriela gabija gemma
  georgia georgina gillian giulia gwen hafsa hallie hana hanna hannah harper harpreet harriet
  hayley heidi helen hilary hira hiwot hodan huda ifeoma ifrah imani imogen inaya ines ioana irene
  irina isabella isabelle isha isla jackie jacqueline janet jasmin jasmine jaspreet jemima jenna
  jennifer jenny jess jessica jessie jill joanna joanne jodie josephine joyce julia julie justyna
  kate katarzyna katherine kathleen kathryn katie katy kavita kavya kayleigh keisha kelly kemi
  khadija kinga kirsty laila latoya laura lauren layla leah leanne leila lena lerato lesley lindsay
  linda lisa lois lola lorna lorraine louisa louise lowri lucia lucy lydia madison magdalena maggie
  mahnoor maisie maja malgorzata manpreet margaret maria mariam marie marta mary maryam matilda
  maureen maya megan meena melanie meron michelle mila milena millie miriam molly mollie monika
  morven nadia naomi natalia natalie natasha neha ngozi nia nicola nicole niamh nisha nkechi noa
  noor nusrat nyasha oksana olena olga olivia oliwia orla pamela paula paulina pauline peggy
  phoebe pippa polly pooja priya rachael rachel rahima raluca rania rebecca rebekah rekha rhian
  riya roisin rosie roxanne rubina rukhsana saanvi safiya sagal salma sally samantha samina samira
  sana sandra sara sarah saoirse scarlett seema selam senait seren shabana shamima shanice shannon
  sharon shazia sheila shelley shirley shreya sian siân sienna simran sinead siobhan sofia sonia
  sophia sophie stacey stephanie sultana sunita susan svetlana sylvia tahira tahmina tamar tamsin
  tanisha tanya taslima tatiana tegan teresa tess thandiwe thea theresa tilly toni tracey tracy
  valerie vanessa vera vicki vicky victoria weronika wendy wiktoria yasmin yael yemi yulia yvonne
  zahra zainab zanele zara zeynep zoe zoë zofia zuri zuzanna
  amelie cath clara courtney darcey darcie darcy debs delilah demi edie elodie elsa fran gina
  gracie hattie izzie izzy kat kath kayla keira kiera lacey lexi lexie libby liz lizzie lottie lyla
  mabel macy maddie margot mya nellie nikki nina nova ophelia ottilie paige rosa skye steph tash tia
  eva luna penelope arabella nancy robyn eden deb pam val bev
`;

const BOYS = `
  aarav aaron abdi abdirahman abdul abdullah adam ade adebayo adrian ahmad ahmed aiden albert albie
  aled alejandro alessandro alexander alex alfie alfred ali alistair alasdair alun amir amit andre
  andrei andrew angus anil anthony antoni anwar archie arif arjun arlo arthur aryan asif ayaan
  ayodele aziz bartosz ben benjamin bertie bilal billy bobby bogdan bradley brendan brian bryn
  caleb callum calum cameron carl carlos chaim charlie chidi chinedu chris christopher cian cillian
  colin connor conor craig cyril dafydd dan daniel danny darius darragh darren david dawid declan
  delroy derek desmond dev dewi diego diogo dmitri dwayne dylan edward elijah elliot elliott ellis
  emeka emre emyr eoin errol ethan euan ewan ezra faisal farhan felix femi fergus filip finlay
  finley florin franciszek freddie frederick gabriel gareth gary gavin geoff george gethin giovanni
  giuseppe gordon graham gurdeep gurpreet hamish hamza harjit harold harrison harry harvey hassan
  henry hiroshi hugo hussain hussein huw ian ibrahim idris igor imran ioan irfan isaac ismail iwan
  ivan jack jacob jakub jamal james jamie jason javier jaxon jayden jeff jenson jeremy jermaine jim
  jimmy joao joe john jonathan jonas jordan jose joseph josh joshua juan jude julian junaid justin
  kacper kamran kareem karim karl kayode keith kenneth kevin khalid kieran kofi kojo krishna
  krzysztof kunle kwabena kwaku kwame kweku kyle lachlan leo leroy levi lewis liam lloyd logan
  lorenzo louie louis luca lucas lukas lukasz łukasz luke mahmoud malachi malcolm marcin
  marco marcus marlon martin mason mateo mateusz matteo matthew mehmet michael michal michał
  miguel mihai milo mohamed mohammad mohammed mohamud moshe muhammad mustafa nathan nathaniel
  navdeep neil niall nicholas nico nigel nikhil nikolai noah obinna oisin olu oluwaseun omar
  oskar osian otis owen pablo patrick paul pawel paweł pedro peter philip piotr pranav radu rafael
  rafferty rahul raj rajesh ralph ranjit rashid ravi raymond rayyan reggie reuben rhys richard
  ricky riley rizwan robert rohan ronald ronan ronnie rory rowan roy rupert russell ryan saeed saif
  sajid sam sami samuel sanjay santiago scott seamus sean sebastian segun sergei seun shahid
  shane shaun siddharth simon sipho stanley stephen steve steven stewart stuart sukhdeep suleiman
  sunil szymon talha tariq tatenda tayo ted terry themba theo theodore thomas tiago tim timothy
  tinashe tobi toby tomas tomasz tomos tommy tony travis trevor tunde tyler tyrese tyrone uche
  umar usman vijay vikram vincent vlad vivek warren waseem wayne wei wiktor wilf wilfred william
  winston wojciech yasir yaw yosef yousef yusuf zac zach zachary zain zakaria zakariya zayn zubair
  andy benny brody carter dave dom eddie freddy georgie grayson hudson joey johnny jon jonny
  kayden kev lenny matt mickey micky mike olly ollie otto pete phil seb ste teddie tom oliver jesse
  harley charles finn jasper
`;

/** Names redacted wherever they appear. */
export const FIRST_NAMES: readonly string[] = `${GIRLS} ${BOYS}`.split(/\s+/).filter(Boolean);

/** Names that are also everyday words: redacted only when the context says "name". */
export const WORD_NAMES: readonly string[] = `
  al amber angel april art august autumn basil bill blessing chase cliff crystal daisy dale dawn
  dean destiny dick don drew duke earl ed eve faith favour fern frank ginger glen grace grant guy
  harmony hazel heath heather holly honey hope hunter iris ivy jade jan jo joy june king kit kitty
  lance liberty lily mark max may melody mercy miles mo nick olive patience pat pearl penny poppy
  precious prince ray river rob robin rocky roman rose rosemary ruby sage sandy sky storm sue
  summer sunny teddy trinity violet will willow
`
  .split(/\s+/)
  .filter(Boolean);
