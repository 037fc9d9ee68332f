// SPDX-License-Identifier: GPL-3.0-or-later
// The words the anonymisation suggester never takes for a name: common words that open
// sentences, the vocabulary of fitness-to-practise decisions (stages, roles, orders, rules),
// regulator names, months and days; and the words it takes for no person when nothing says
// otherwise: medicines and the case law and legal tests regulators cite. Compared
// case-insensitively.
#include "anonymisationsuggester.h"

#include <QSet>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace casebench {

namespace {

QSet<QString> buildStopWords()
{
    static constexpr const char16_t *words[] = {
        // Common words
        u"a", u"an", u"the", u"this", u"that", u"these", u"those", u"in", u"on", u"at", u"for",
        u"from", u"by", u"with", u"as", u"it", u"he", u"she", u"they", u"we", u"i", u"you",
        u"his", u"her", u"their", u"our", u"its", u"my", u"your", u"there", u"here", u"when",
        u"where", u"while", u"whilst", u"although", u"though", u"however", u"therefore",
        u"accordingly", u"further", u"furthermore", u"moreover", u"if", u"but", u"and", u"or",
        u"nor", u"so", u"yet", u"after", u"before", u"during", u"since", u"until", u"upon",
        u"under", u"over", u"having", u"given", u"following", u"dear", u"yes", u"no", u"not",
        u"all", u"any", u"each", u"both", u"some", u"such", u"other", u"one", u"two", u"three",
        u"first", u"second", u"third", u"finally", u"also", u"what", u"which", u"who", u"whom",
        u"whose", u"why", u"how", u"was", u"were", u"is", u"are", u"be", u"been", u"did",
        u"does", u"do", u"had", u"has", u"have", u"will", u"would", u"should", u"could", u"may",
        u"might", u"must", u"shall", u"can", u"about", u"above", u"against", u"between",
        u"into", u"through", u"without", u"within", u"because", u"again", u"then", u"thus",
        u"only", u"even", u"very", u"most", u"more", u"less", u"many", u"much", u"new", u"old",
        u"to", u"of", u"via", u"per", u"re", u"page", u"pages", u"note", u"notes", u"part",
        u"parts", u"date", u"dated", u"day", u"days", u"week", u"weeks", u"month", u"months",
        u"year", u"years", u"time", u"mr", u"mrs", u"ms", u"miss", u"mx", u"dr", u"prof",
        u"professor", u"sir", u"dame", u"lord", u"lady", u"nurse", u"sister", u"st",
        // Months and days
        u"january", u"february", u"march", u"april", u"may", u"june", u"july", u"august",
        u"september", u"october", u"november", u"december", u"jan", u"feb", u"mar", u"apr",
        u"jun", u"jul", u"aug", u"sep", u"sept", u"oct", u"nov", u"dec", u"monday", u"tuesday",
        u"wednesday", u"thursday", u"friday", u"saturday", u"sunday",
        // Stages, findings and outcomes
        u"background", u"introduction", u"summary", u"preliminary", u"matters", u"matter",
        u"facts", u"fact", u"finding", u"findings", u"misconduct", u"impairment", u"impaired",
        u"sanction", u"sanctions", u"decision", u"decisions", u"determination", u"reasons",
        u"reason", u"allegation", u"allegations", u"particular", u"particulars", u"charge",
        u"charges", u"stage", u"statutory", u"ground", u"grounds", u"conviction", u"caution",
        u"health", u"competence", u"lack", u"order", u"orders", u"suspension", u"conditions",
        u"condition", u"striking", u"strike", u"struck", u"off", u"removal", u"warning",
        u"advice", u"interim", u"review", u"restoration", u"outcome", u"proved", u"proven",
        u"admitted", u"found", u"not", u"current", u"future", u"past", u"public", u"interest",
        u"protection", u"insight", u"remediation", u"remorse", u"mitigation", u"aggravating",
        u"mitigating", u"factors", u"factor", u"testimonials", u"testimonial", u"reflection",
        u"reflective", u"statement", u"statements", u"evidence", u"witness", u"witnesses",
        u"submissions", u"submission", u"application", u"applications", u"appeal", u"appeals",
        u"notice", u"service", u"proceeding", u"proceedings", u"hearing", u"hearings",
        u"private", u"absence", u"adjournment", u"admissions", u"admission", u"dishonesty",
        u"honesty", u"integrity", u"record", u"records", u"keeping", u"conclusion",
        u"conclusions", u"approach", u"risk", u"repetition", u"response", u"responses",
        u"discussion", u"analysis", u"consideration", u"considerations", u"legal", u"law",
        u"test", u"standard", u"standards", u"code", u"codes", u"guidance", u"policy",
        u"indicative", u"practise", u"fitness", u"professional", u"professionalism",
        u"conduct", u"performance", u"ethics", u"judgment", u"judgement", u"paragraph",
        u"paragraphs", u"appendix", u"annex", u"exhibit", u"exhibits", u"bundle", u"schedule",
        u"article", u"articles", u"rule", u"rules", u"act", u"acts", u"section", u"sections",
        u"regulation", u"regulations", u"subsection", u"clause", u"principles", u"principle",
        u"duty", u"candour", u"safeguarding", u"confidentiality", u"consent", u"medication",
        u"training", u"supervision", u"employment", u"employer", u"investigation",
        u"disciplinary", u"referral", u"concerns", u"concern", u"incident", u"incidents",
        // Roles
        u"panel", u"committee", u"tribunal", u"registrant", u"registrants", u"chair",
        u"chairman", u"chairperson", u"chairwoman", u"member", u"members", u"lay", u"counsel",
        u"presenting", u"presenter", u"officer", u"case", u"cases", u"assessor", u"adviser",
        u"advisor", u"clerk", u"secretary", u"solicitor", u"barrister", u"representative",
        u"representing", u"represented", u"user", u"users", u"patient", u"patients",
        u"resident", u"residents", u"client", u"clients", u"colleague", u"colleagues",
        u"registrar", u"doctor", u"doctors", u"nurses", u"midwife", u"midwives", u"social",
        u"worker", u"workers", u"work", u"paramedic", u"physiotherapist", u"occupational",
        u"therapist", u"practitioner", u"practitioners", u"registered", u"register",
        u"registration", u"manager", u"managers", u"team", u"leader", u"head", u"director",
        u"senior", u"junior", u"staff", u"person", u"persons", u"people", u"individual",
        u"child", u"children", u"family", u"mother", u"father", u"parent", u"parents",
        u"examiners", u"examiner", u"investigating", u"investigator", u"judge", u"magistrate",
        u"magistrates", u"court", u"crown", u"county", u"high", u"supreme", u"appeal",
        // Regulators and the countries they cover
        u"hcpc", u"hcpts", u"nmc", u"gmc", u"mpts", u"gdc", u"goc", u"gphc", u"gosc", u"swe",
        u"nhs", u"uk", u"care", u"professions", u"nursing", u"midwifery", u"general",
        u"medical", u"dental", u"optical", u"pharmaceutical", u"pharmacy", u"chiropractic",
        u"osteopathic", u"england", u"wales", u"scotland", u"northern", u"ireland", u"britain",
        u"british", u"english", u"welsh", u"scottish", u"united", u"kingdom", u"council",
        u"authority", u"regulator", u"regulatory", u"agency", u"department", u"government",
        u"secretary", u"state", u"crown", u"police",
        // Judges and the courts' words ("Mrs Justice Cox", "Lord Justice", "Sir X MR")
        u"justice", u"justices", u"baroness", u"honour", u"lj", u"ljj", u"qc", u"kc",
        // Common nouns of the trade, written with a capital in rules, guidance and job titles
        u"pharmacist", u"pharmacists", u"technician", u"technicians", u"dentist", u"dentists",
        u"hygienist", u"hygienists", u"optometrist", u"optometrists", u"optician", u"opticians",
        u"osteopath", u"osteopaths", u"chiropractor", u"chiropractors", u"therapists",
        u"paramedics", u"physiotherapists", u"carer", u"carers", u"adjudicator", u"adjudicators",
        u"locum", u"superintendent", u"tribunals", u"committees",
        u"panels", u"councils", u"courts", u"disqualification", u"triage", u"agreement",
        u"form", u"forms", u"scheme", u"updated", u"level", u"mental", u"infant", u"management",
        u"resource", u"resources", u"allocation",
        // Software and platforms decisions name ("Microsoft Teams", "Datix report")
        u"microsoft", u"teams", u"zoom", u"youtube", u"datix", u"whatsapp", u"facebook",
        u"instagram", u"snapchat", u"tiktok", u"google", u"excel", u"outlook",
    };
    QSet<QString> set;
    for (const char16_t *w : words)
        set.insert(QString::fromUtf16(w));
    return set;
}

QSet<QString> toSet(std::initializer_list<const char16_t *> words)
{
    QSet<QString> set;
    for (const char16_t *w : words)
        set.insert(QString::fromUtf16(w));
    return set;
}

QString bare(const QString &word)
{
    QString w = word.toLower();
    if (w.endsWith(u"'s"_s) || w.endsWith(u"’s"_s))
        w.chop(2);
    return w;
}

} // namespace

bool AnonymisationSuggester::isMedicine(const QString &word)
{
    // Medicines, brands and controlled drugs that UK decisions name (prescribing, administering,
    // theft, self-administration).
    static const QSet<QString> medicines = toSet({
        u"paracetamol", u"ibuprofen", u"naproxen", u"diclofenac", u"aspirin", u"codeine",
        u"co-codamol", u"co-dydramol", u"dihydrocodeine", u"tramadol", u"morphine", u"oramorph",
        u"sevredol", u"zomorph", u"oxycodone", u"oxynorm", u"oxycontin", u"fentanyl",
        u"buprenorphine", u"subutex", u"suboxone", u"methadone", u"diamorphine", u"pethidine",
        u"heroin", u"cocaine", u"cannabis", u"ketamine", u"mdma", u"ecstasy", u"amphetamine",
        u"methamphetamine", u"diazepam", u"valium", u"lorazepam", u"temazepam", u"midazolam",
        u"clonazepam", u"nitrazepam", u"alprazolam", u"xanax", u"chlordiazepoxide", u"librium",
        u"zopiclone", u"zolpidem", u"pregabalin", u"lyrica", u"gabapentin", u"sertraline",
        u"fluoxetine", u"prozac", u"citalopram", u"escitalopram", u"mirtazapine",
        u"amitriptyline", u"venlafaxine", u"quetiapine", u"olanzapine", u"risperidone",
        u"haloperidol", u"aripiprazole", u"clozapine", u"lithium", u"insulin", u"metformin",
        u"gliclazide", u"warfarin", u"heparin", u"enoxaparin", u"clexane", u"dalteparin",
        u"fragmin", u"tinzaparin", u"apixaban", u"rivaroxaban", u"edoxaban", u"clopidogrel",
        u"digoxin", u"amoxicillin", u"penicillin", u"flucloxacillin", u"co-amoxiclav",
        u"gentamicin", u"vancomycin", u"doxycycline", u"clarithromycin", u"erythromycin",
        u"trimethoprim", u"nitrofurantoin", u"ciprofloxacin", u"metronidazole", u"omeprazole",
        u"lansoprazole", u"salbutamol", u"ventolin", u"prednisolone", u"hydrocortisone",
        u"dexamethasone", u"adrenaline", u"epinephrine", u"epipen", u"naloxone", u"atropine",
        u"propranolol", u"bisoprolol", u"atenolol", u"ramipril", u"lisinopril", u"amlodipine",
        u"simvastatin", u"atorvastatin", u"levothyroxine", u"furosemide", u"sudafed",
        u"pseudoephedrine", u"promethazine", u"phenergan", u"cyclizine", u"ondansetron",
        u"metoclopramide", u"buscopan", u"lidocaine", u"propofol", u"entonox", u"oxytocin",
        u"syntocinon", u"sildenafil", u"viagra", u"botox", u"methotrexate", u"tamoxifen",
        u"carbamazepine", u"phenytoin", u"levetiracetam", u"lamotrigine", u"valproate",
        u"donepezil", u"melatonin", u"methylphenidate", u"ritalin", u"nurofen", u"calpol",
        u"solpadeine", u"zapain", u"piriton", u"chlorphenamine", u"sumatriptan", u"glucagon",
        u"spice",
    });
    return medicines.contains(bare(word));
}

bool AnonymisationSuggester::looksLikeMedicine(const QString &word)
{
    // Endings of generic drug names (benzodiazepines, beta blockers, ACE inhibitors, sartans,
    // statins, penicillins, proton pump inhibitors, opioids, …). Some surnames end so too: the
    // suggester asks this only of a lone word never written after a title or with a first name.
    static const QStringList endings{
        u"azepam"_s, u"azolam"_s, u"pam"_s,     u"olol"_s,   u"pril"_s,    u"sartan"_s,
        u"statin"_s, u"cillin"_s, u"mycin"_s,   u"micin"_s,  u"prazole"_s, u"oxetine"_s,
        u"done"_s,   u"morph"_s,  u"codeine"_s, u"amine"_s,  u"parin"_s,   u"oxacin"_s,
        u"triptan"_s, u"profen"_s, u"fenac"_s,  u"semide"_s, u"thiazide"_s, u"caine"_s,
        u"tidine"_s, u"etine"_s,  u"apine"_s,   u"idone"_s,  u"zolam"_s,   u"cycline"_s,
        u"phylline"_s, u"xaban"_s, u"gliptin"_s, u"floxacin"_s,
    };
    const QString w = bare(word);
    if (w.size() < 6)
        return false;
    return std::any_of(endings.cbegin(), endings.cend(),
                       [&w](const QString &e) { return w.endsWith(e) && w.size() > e.size() + 2; });
}

bool AnonymisationSuggester::isCitedAuthority(const QString &name)
{
    // The parties of the judgments and the authors of the reports that fitness-to-practise
    // decisions cite on misconduct, impairment, dishonesty, proceeding in absence and sanction,
    // and the tests named after them ("the Grant questions", "the Ghosh test").
    static const QSet<QString> authorities = toSet({
        u"roylance", u"cohen", u"grant", u"zygmunt", u"yeong", u"meadow", u"cheatle",
        u"kamberova", u"adeogba", u"visvardis", u"thorneycroft", u"ghosh", u"ivey", u"genting",
        u"bolton", u"bijl", u"nandi", u"sawati", u"lusinga", u"jagjivan", u"raschid",
        u"fatnani", u"giele", u"calhaem", u"ogudele", u"sayer", u"hindmarsh", u"shipman",
        u"wednesbury", u"ullah", u"salsbury", u"dame janet smith", u"janet smith",
    });
    return authorities.contains(bare(name.simplified()));
}

bool AnonymisationSuggester::isStopWord(const QString &word)
{
    static const QSet<QString> stopWords = buildStopWords();
    QString w = word.toLower();
    if (w.endsWith(u"'s"_s) || w.endsWith(u"’s"_s))
        w.chop(2);
    return stopWords.contains(w);
}

} // namespace casebench
