// Words that look like names (capitalised, often outside any dictionary) but are the ordinary
// vocabulary of SEND answers. Redacting them would make quotes unreadable ("The [NAME] website is
// useless") and hide exactly what the report is about. The team extends this list as new services,
// places or brands appear in answers. Matching is per word and ignores case, plurals and "'s", so a
// phrase entry allows each of its words everywhere: keep entries to words that are never names.
// An explicit cue still wins ("my daughter May" is redacted), so allowing a word is low-risk.

// biome-ignore format: grouped for reading, one entry per phrase
export const ALLOW_LIST: readonly string[] = [
  // Services, bodies and processes of the local area and the SEND system.
  'Local Offer', 'SENCO', 'SENCo', 'SENDCo', 'SENDIASS', 'IASK', 'PACT', 'IPSEA', 'SOSSEN',
  'SENDIST', 'CAMHS', 'CYPMHS', 'Portage', 'EHCP', 'EHC', 'EHCNA', 'SEND', 'SEN', 'SENIF', 'SALT',
  'SLT', 'OT', 'PT', 'EP', 'NHS', 'GP', 'A&E', 'CDC', 'ICB', 'CCG', 'LA', 'LEA', 'DfE', 'Ofsted',
  'CQC', 'EOTAS', 'EHE', 'PRU', 'TA', 'LSA', 'HLTA', 'WSOA', 'Early Help',
  'Educational Psychologist', 'Ed Psych', 'Tribunal', 'Council', 'County', 'Borough', 'Cllr',
  'Mencap', 'Barnardo', 'Contact', 'Scope', 'Sense', 'Carers UK', 'Parent Carer Forum',
  'NSPCC', 'NAS', 'National Autistic Society', 'Ambitious about Autism', 'Cerebra', 'KIDS',
  'Mumsnet', 'Special Needs Jungle', 'DWP', 'HMRC', 'Parliament', 'Government', 'Ombudsman',
  'LGSCO', 'Healthwatch', 'KCC', 'MASH', 'SENAR', 'SEND Team', 'Advisor', 'Adviser', 'Outreach',
  // Needs, conditions, therapies, approaches, medicines.
  'Dyslexia', 'Dyslexic', 'Epilepsy', 'Cerebral Palsy', 'Spina Bifida', 'Hypermobility', 'EDS',
  'Pathological Demand Avoidance', 'Sensory Processing', 'Fragile', 'Global Developmental Delay',
  'Hydrocephalus', 'Microcephaly', 'Selective Mutism', 'Anxiety', 'Dysphasia', 'DLD', 'PTSD',
  'ADHD', 'ADD', 'ASD', 'ASC', 'PDA', 'OCD', 'ODD', 'SPD', 'GDD', 'FASD', 'DCD', 'SEMH', 'SLCN',
  'SpLD', 'MLD', 'SLD', 'PMLD', 'MSI', 'Autism', 'Asperger', 'Aspergers', "Down's syndrome",
  'Downs', 'Tourette', 'Tourettes', 'Dyspraxia', 'Dyscalculia', 'Neurodivergent', 'Makaton',
  'PECS', 'TEACCH', 'SCERTS', 'ABA', 'PBS', 'IEP', 'IBP', 'SSP', 'PEP', 'APDR', 'Ritalin',
  'Melatonin', 'Concerta', 'Elvanse', 'Equasym', 'Medikinet', 'Sertraline', 'Fluoxetine',
  'Risperidone', 'Botox', 'Covid', 'Coronavirus', 'Angelman', 'Prader', 'Willi', 'Rett',
  'Duchenne', 'Ehlers', 'Danlos', 'Perthes', 'Crohn', 'Dravet', 'Noonan', 'Marfan', 'Batten',
  // Benefits, money and exams.
  'DLA', 'PIP', 'ESA', 'UC', 'DFG', 'SATs', 'GCSE', 'BTEC', 'NVQ',
  // Family words that parents capitalise.
  'Mum', 'Mummy', 'Mom', 'Dad', 'Daddy', 'Nan', 'Nana', 'Nanny', 'Grandma', 'Grandad', 'Grandpa',
  'Granny', 'Auntie', 'Aunty', 'Uncle',
  // Calendar: months, days, seasons, festivals (a month that is a name loses to a cue).
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov',
  'Dec', 'Sep', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Mon',
  'Tues', 'Weds', 'Thurs', 'Fri', 'Spring', 'Summer', 'Autumn', 'Winter', 'Christmas', 'Xmas',
  'Easter', 'Halloween', 'Eid', 'Diwali', 'Ramadan', 'Hanukkah',
  // Nations, languages, faiths.
  'English', 'England', 'British', 'Britain', 'UK', 'Wales', 'Welsh', 'Scotland', 'Scottish',
  'Ireland', 'Irish', 'Europe', 'European', 'London', 'Polish', 'Urdu', 'Punjabi', 'Bengali',
  'Arabic', 'Somali', 'Romanian', 'Portuguese', 'Spanish', 'French', 'Asian', 'African',
  'Caribbean', 'Poland', 'Romania', 'Lithuania', 'Ukraine', 'Pakistan', 'Bangladesh', 'Nigeria',
  'Ghana', 'Somalia', 'Syria', 'Afghanistan', 'Iraq', 'Jamaica', 'Portugal', 'Spain', 'Italy',
  'France', 'Germany', 'America', 'USA', 'Australia', 'God', 'Jesus', 'Allah', 'Muslim', 'Islam', 'Christian', 'Catholic', 'Jewish',
  'Hindu', 'Sikh',
  // Counties, cities and council areas: an area is not a person, and reports name their own.
  'Bedfordshire', 'Berkshire', 'Bristol', 'Buckinghamshire', 'Cambridgeshire', 'Cheshire',
  'Cornwall', 'Cumbria', 'Cumberland', 'Derbyshire', 'Devon', 'Dorset', 'Durham', 'Essex',
  'Gloucestershire', 'Hampshire', 'Herefordshire', 'Hertfordshire', 'Kent', 'Lancashire',
  'Leicestershire', 'Lincolnshire', 'Merseyside', 'Norfolk', 'Northamptonshire',
  'Northumberland', 'Nottinghamshire', 'Oxfordshire', 'Rutland', 'Shropshire', 'Somerset',
  'Staffordshire', 'Suffolk', 'Surrey', 'Sussex', 'Warwickshire', 'Wiltshire', 'Worcestershire',
  'Yorkshire', 'Medway', 'Birmingham', 'Manchester', 'Liverpool', 'Leeds', 'Sheffield',
  'Bradford', 'Nottingham', 'Leicester', 'Coventry', 'Newcastle', 'Sunderland', 'Plymouth',
  'Southampton', 'Portsmouth', 'Brighton', 'Norwich', 'Ipswich', 'Peterborough', 'Worcester',
  'Gloucester', 'Oxford', 'Cambridge', 'Exeter', 'Bath', 'Wigan', 'Bolton', 'Bury', 'Oldham',
  'Rochdale', 'Salford', 'Stockport', 'Tameside', 'Trafford', 'Sefton', 'Knowsley', 'Wirral',
  'Barnsley', 'Doncaster', 'Rotherham', 'Wakefield', 'Kirklees', 'Calderdale', 'Gateshead',
  'Sandwell', 'Dudley', 'Walsall', 'Wolverhampton', 'Solihull', 'Swindon', 'Reading', 'Luton',
  'Slough', 'Thurrock', 'Southend', 'Islington', 'Camden', 'Hackney', 'Lambeth', 'Southwark',
  'Lewisham', 'Greenwich', 'Croydon', 'Bromley', 'Barnet', 'Enfield', 'Haringey', 'Ealing',
  'Hounslow', 'Hillingdon', 'Harrow', 'Brent', 'Newham', 'Redbridge', 'Havering', 'Bexley',
  'Sutton', 'Merton', 'Wandsworth', 'Westminster', 'Kensington', 'Chelsea', 'Hammersmith',
  'Fulham', 'Tower Hamlets', 'Waltham Forest', 'Cardiff', 'Swansea', 'Glasgow', 'Edinburgh',
  'Belfast', 'Furness', 'Cumbria', 'Burnley', 'Pendle', 'Blackpool', 'Preston', 'Nuneaton',
  // Tools, platforms and brands that come up in answers.
  'Zoom', 'Teams', 'Microsoft', 'Google', 'Facebook', 'WhatsApp', 'YouTube', 'Instagram', 'TikTok',
  'Twitter', 'iPad', 'Lego', 'Minecraft', 'Roblox', 'Pokemon', 'Disney', 'Netflix', 'Amazon',
  'Tesco', 'Asda', 'Aldi', 'Lidl',
  // Common chat spellings that are capitalised at the start of a thought.
  'Ok', 'Thankyou', 'Pls', 'Tbh', 'Lol', 'Omg', 'Ffs',
];

function normalise(word: string): string {
  const w = word.toLowerCase().replace(/’/g, "'");
  return w.endsWith("'s") ? w.slice(0, -2) : w;
}

const ALLOWED = new Set(
  ALLOW_LIST.flatMap((entry) => entry.split(/[^\p{L}\p{N}'’]+/u))
    .map(normalise)
    .filter((w) => w.length > 1),
);

/** Whether a word (any case, singular or plural, with or without "'s") is on the allow-list. */
export function isAllowed(word: string): boolean {
  return isAllowedLower(normalise(word));
}

/** isAllowed for a word already lower-cased, with straight apostrophes and no "'s". */
export function isAllowedLower(w: string): boolean {
  return ALLOWED.has(w) || (w.endsWith('s') && ALLOWED.has(w.slice(0, -1)));
}
