// lexicon.cpp — the tables behind lexicon.hpp; kept sorted so lookups are binary searches (checked in tests).
#include "entities/lexicon.hpp"

#include <algorithm>
#include <iterator>
#include <string>

#include "lexicon/lexicon.hpp"
#include "text/sorted_table.hpp"

namespace storylens::entities {

namespace {

using text::in_sorted_table;
using text::is_sorted_table;

constexpr std::string_view kTitles[] = {
    "ambassador", "archbishop", "attorney", "bishop", "brig.", "capt.", "captain", "chairman", "chairwoman",
    "chancellor", "coach", "col.", "colonel", "commander", "congressman", "congresswoman", "dr", "dr.", "emir",
    "gen.", "general", "gov.", "governor", "judge", "justice", "king", "lt.", "maj.", "mayor", "minister",
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "pope", "premier", "president", "prince", "princess", "prof.", "professor",
    "prosecutor", "queen", "rep.", "secretary", "sen.", "senator", "sgt.", "sheikh", "sultan"};

// Titles that take a portfolio: "Secretary of State", "Minister of Foreign Affairs", "Chief of Staff".
constexpr std::string_view kOfficeHeads[] = {"chancellor", "chief", "commissioner", "director", "minister",
                                             "secretary"};

// The words portfolios are made of; "and" and "the" join them ("Minister of Trade and Industry").
constexpr std::string_view kPortfolioWords[] = {
    "affairs", "agriculture", "and", "commerce", "communications", "culture", "defence", "defense", "development",
    "economy", "education", "energy", "environment", "exchequer", "finance", "foreign", "health", "home",
    "homeland", "housing", "industry", "information", "interior", "justice", "labor", "labour", "planning",
    "security", "staff", "state", "the", "tourism", "trade", "transport", "transportation", "treasury",
    "veterans", "war", "works"};

constexpr std::string_view kRoleNouns[] = {
    "adviser", "advisor", "analyst", "ceo", "chief", "commander", "director", "envoy", "founder", "head", "leader",
    "official", "president", "researcher", "spokesman", "spokesperson", "spokeswoman"};

constexpr std::string_view kOrgHeads[] = {
    "ag", "agency", "air", "airlines", "airways", "albion", "alliance", "army", "assembly", "association",
    "athletic", "authority", "bank", "board", "brands", "brigade", "brigades", "bureau", "cabinet", "capital",
    "center", "centre", "chamber", "co.", "coalition", "college", "command", "commission", "committee", "company",
    "congress", "corp", "corp.", "corporation", "council", "court", "democrats", "department", "directorate",
    "electronics", "energy", "entertainment", "federation", "financial", "foods", "force", "forces", "foundation",
    "front", "fund", "gmbh", "group", "guard", "healthcare", "holdings", "house", "inc", "inc.", "industries", "institute",
    "insurance", "international", "labs", "league", "limited", "llc", "logistics", "ltd", "ltd.", "media", "mining",
    "ministry", "motors", "movement", "network", "news", "nv", "observatory", "office", "organisation",
    "organization", "parliament", "partners", "party", "petroleum", "pharmaceuticals", "plc", "police", "post",
    "press", "program", "programme", "rangers", "republicans", "resources", "reuters", "rovers", "sa", "securities",
    "senate", "service", "shipping", "society", "software", "systems", "technologies", "telecom", "therapeutics",
    "times", "treasury", "tribunal", "union", "united", "university", "wanderers", "watch"};

constexpr std::string_view kOrgStarts[] = {
    "bank", "board", "bureau", "chamber", "commission", "council", "court", "department", "government",
    "house", "ministry", "office", "party", "treasury", "university"};

constexpr std::string_view kPlaceHeads[] = {
    "avenue", "bay", "city", "coast", "county", "district", "governorate", "gulf", "island", "islands",
    "mountains", "ocean", "peninsula", "province", "region", "republic", "river", "road", "sea", "square", "state",
    "strait", "street", "valley"};

constexpr std::string_view kGroups[] = {
    "alawite", "alawites", "arabs", "buddhists", "catholics", "christians", "druze", "hindus", "israelis",
    "jews", "kurdish", "kurds", "muslims", "palestinians", "rohingya", "shia", "shias", "shiite", "shiites", "sikhs",
    "sunni", "sunnis", "tamils", "uighurs", "uyghurs", "yazidi", "yazidis"};

constexpr std::string_view kFunctionWords[] = {
    "a", "according", "after", "all", "also", "although", "an", "and", "another", "any", "as", "at",
    "because", "before", "both", "but", "by", "despite", "during", "each", "even", "every", "following", "for",
    "former", "from", "he", "her", "his", "however", "if", "in", "it", "its", "many", "meanwhile", "more",
    "most", "my", "new", "no", "not", "of", "on", "once", "one", "or", "other", "our", "over", "she", "since",
    "so", "some", "still", "such", "that", "the", "their", "then", "there", "these", "they", "this", "those",
    "though", "through", "to", "two", "under", "until", "we", "what", "when", "where", "while",
    "who", "why", "with", "yet", "you"};

constexpr std::string_view kParticles[] = {"abu", "al", "bin", "da", "das", "de", "del", "den", "der", "di", "dos",
                                          "du", "el", "ibn", "la", "le", "ter", "van", "von"};

constexpr std::string_view kConnectors[] = {"and", "for", "of", "on"};

constexpr std::string_view kOrgDescriptions[] = {
    "agency", "army", "authorities", "coalition", "commission", "committee", "company", "council", "court",
    "government", "group", "military", "ministry", "movement", "observatory", "organisation", "organization",
    "party", "police", "rebels", "regime"};

constexpr std::string_view kDocumentNouns[] = {"announcement", "communique", "document", "filing", "findings",
                                              "letter",       "release",    "report",   "statement", "study"};

struct Place {
    std::string_view name;  // lower case
    const char* demonym;
};

// Sorted by name.
constexpr Place kPlaces[] = {
    {"afghanistan", "Afghan"}, {"africa", "African"}, {"algeria", "Algerian"}, {"argentina", "Argentine"},
    {"armenia", "Armenian"}, {"asia", "Asian"}, {"australia", "Australian"}, {"austria", "Austrian"},
    {"azerbaijan", "Azerbaijani"}, {"baghdad", ""}, {"bahrain", "Bahraini"}, {"bangladesh", "Bangladeshi"},
    {"beijing", ""}, {"beirut", ""}, {"belarus", "Belarusian"}, {"belgium", "Belgian"}, {"berlin", ""},
    {"brazil", "Brazilian"}, {"britain", "British"}, {"brussels", ""}, {"cairo", ""}, {"canada", "Canadian"},
    {"chile", "Chilean"}, {"china", "Chinese"}, {"colombia", "Colombian"}, {"cuba", "Cuban"},
    {"damascus", ""}, {"denmark", "Danish"}, {"egypt", "Egyptian"}, {"england", "English"},
    {"ethiopia", "Ethiopian"}, {"europe", "European"}, {"finland", "Finnish"}, {"france", "French"},
    {"gaza", ""}, {"geneva", ""}, {"georgia", "Georgian"}, {"germany", "German"}, {"greece", "Greek"},
    {"haiti", "Haitian"}, {"hungary", "Hungarian"}, {"india", "Indian"}, {"indonesia", "Indonesian"},
    {"iran", "Iranian"}, {"iraq", "Iraqi"}, {"ireland", "Irish"}, {"israel", "Israeli"}, {"italy", "Italian"},
    {"japan", "Japanese"}, {"jerusalem", ""}, {"jordan", "Jordanian"}, {"kabul", ""},
    {"kazakhstan", "Kazakh"}, {"kenya", "Kenyan"}, {"kurdistan", "Kurdish"}, {"kuwait", "Kuwaiti"},
    {"kyiv", ""}, {"lebanon", "Lebanese"}, {"libya", "Libyan"}, {"london", ""},
    {"mali", "Malian"}, {"mexico", "Mexican"}, {"middle east", ""}, {"morocco", "Moroccan"}, {"moscow", ""},
    {"myanmar", "Burmese"}, {"netherlands", "Dutch"}, {"new york", ""}, {"nigeria", "Nigerian"},
    {"norway", "Norwegian"}, {"oman", "Omani"}, {"pakistan", "Pakistani"}, {"palestine", "Palestinian"},
    {"paris", ""}, {"peru", "Peruvian"}, {"philippines", "Filipino"}, {"poland", "Polish"},
    {"portugal", "Portuguese"}, {"qatar", "Qatari"}, {"romania", "Romanian"}, {"russia", "Russian"},
    {"saudi arabia", "Saudi"}, {"serbia", "Serbian"}, {"somalia", "Somali"}, {"spain", "Spanish"},
    {"sudan", "Sudanese"}, {"sweden", "Swedish"}, {"switzerland", "Swiss"}, {"syria", "Syrian"},
    {"taiwan", "Taiwanese"}, {"tehran", ""}, {"thailand", "Thai"}, {"tokyo", ""}, {"tunisia", "Tunisian"},
    {"turkey", "Turkish"}, {"u.k.", "British"}, {"u.s.", "American"}, {"uk", "British"}, {"ukraine", "Ukrainian"},
    {"us", "American"}, {"venezuela", "Venezuelan"}, {"vietnam", "Vietnamese"}, {"washington", ""},
    {"yemen", "Yemeni"}};

}  // namespace

bool is_title(std::string_view w) { return in_sorted_table(kTitles, w); }
bool is_office_head(std::string_view w) { return in_sorted_table(kOfficeHeads, w); }
bool is_portfolio_word(std::string_view w) { return in_sorted_table(kPortfolioWords, w); }
bool is_role_noun(std::string_view w) { return in_sorted_table(kRoleNouns, w); }
// A plural head names an organization too: "Centers for Disease Control", "Health Services".
bool is_org_head(std::string_view w) {
    return in_sorted_table(kOrgHeads, w) || (w.size() > 4 && w.back() == 's' && in_sorted_table(kOrgHeads, w.substr(0, w.size() - 1)));
}
bool is_org_start(std::string_view w) { return in_sorted_table(kOrgStarts, w); }
bool is_place_head(std::string_view w) { return in_sorted_table(kPlaceHeads, w); }
bool is_group_word(std::string_view w) { return in_sorted_table(kGroups, w); }
bool is_function_word(std::string_view w) { return in_sorted_table(kFunctionWords, w); }
bool is_name_connector(std::string_view w) { return in_sorted_table(kConnectors, w); }
bool is_org_description(std::string_view w) { return in_sorted_table(kOrgDescriptions, w); }
bool is_document_noun(std::string_view w) { return in_sorted_table(kDocumentNouns, w); }

bool is_name_particle(std::string_view w) {
    const size_t dash = w.find('-');
    return in_sorted_table(kParticles, dash == std::string_view::npos ? w : w.substr(0, dash));
}

const char* place_demonym(std::string_view w) {
    auto it = std::lower_bound(std::begin(kPlaces), std::end(kPlaces), w,
                               [](const Place& p, std::string_view x) { return p.name < x; });
    if (it != std::end(kPlaces) && it->name == w) return it->demonym;
    // the gazetteer (core/lexicon/entities_places.tsv): countries, capitals, US states
    const long row = lexicon::find_row(lexicon::TableId::entities_places, w);
    if (row >= 0) return lexicon::cell(lexicon::TableId::entities_places, static_cast<size_t>(row), 2).data();
    // other cities (core/lexicon/entities_cities.tsv): "Las Vegas", "Des Moines"; a city has no demonym
    return lexicon::contains(lexicon::TableId::entities_cities, w) ? "" : nullptr;
}

bool is_city(std::string_view w) { return lexicon::contains(lexicon::TableId::entities_cities, w); }

std::string demonym_place(std::string_view w) {
    for (const Place& p : kPlaces) {
        const std::string_view d = p.demonym;
        if (d.size() != w.size() || d.empty()) continue;
        bool same = true;
        for (size_t k = 0; k < d.size() && same; ++k) same = (d[k] | 0x20) == w[k];
        if (!same) continue;
        std::string name(p.name);
        for (size_t k = 0; k < name.size(); ++k)
            if (k == 0 || name[k - 1] == ' ') name[k] = static_cast<char>(name[k] - 'a' + 'A');
        return name;
    }
    const long row = lexicon::find_row(lexicon::TableId::entities_nationalities, w);
    if (row >= 0) return std::string(lexicon::cell(lexicon::TableId::entities_nationalities, static_cast<size_t>(row), 1));
    return {};
}

// Exposed for the table test: every table must stay sorted for binary_search.
bool tables_are_sorted() {
    return is_sorted_table(kTitles) && is_sorted_table(kOfficeHeads) && is_sorted_table(kPortfolioWords) &&
           is_sorted_table(kRoleNouns) && is_sorted_table(kOrgHeads) && is_sorted_table(kOrgStarts) &&
           is_sorted_table(kPlaceHeads) && is_sorted_table(kGroups) && is_sorted_table(kFunctionWords) &&
           is_sorted_table(kParticles) && is_sorted_table(kConnectors) && is_sorted_table(kOrgDescriptions) &&
           is_sorted_table(kDocumentNouns) &&
           std::is_sorted(std::begin(kPlaces), std::end(kPlaces),
                          [](const Place& a, const Place& b) { return a.name < b.name; });
}

}  // namespace storylens::entities
