// find_entities.cpp — names from capitalized spans, typed by titles, heads and lexicons, then merged into
// entities: acronyms in parentheses, surnames, short forms, "<demonym> government" and definite descriptions.
#include <algorithm>
#include <map>
#include <unordered_map>

#include "entities/lexicon.hpp"
#include "storylens/entities.hpp"
#include "temporal/lexicon.hpp"
#include "text/token_view.hpp"

namespace storylens {

const char* entity_type_name(EntityType type) {
    switch (type) {
        case EntityType::Person: return "PERSON";
        case EntityType::Org: return "ORG";
        case EntityType::Place: return "PLACE";
        case EntityType::Group: return "GROUP";
    }
    return "ORG";
}

namespace {

using namespace entities;
using text::Tok;

enum class Kind { Unknown, Person, Org, Place, Group };

struct Candidate {
    Span span;
    std::string name;         // as it will be shown
    Kind kind = Kind::Unknown;
    uint32_t sentence = 0;
    size_t words = 0;
    bool sentence_initial = false;
    std::string role;         // "former President"
    std::string acronym;      // "(SOHR)" right after the name
    std::string role_org;     // "HTS" in "former HTS leader Ahmed al-Sharaa"
    bool description = false; // "the government": resolved to an earlier entity, never creates one
};

bool is_word(const Tok& t) { return t.kind == TokenKind::Word; }

bool is_calendar(std::string_view lower) {
    return temporal::month_number(lower) || temporal::weekday_number(lower);
}

bool name_word(const Tok& t) {
    if (!is_word(t)) return false;
    if (text::is_capitalized(t.text)) return !is_function_word(t.lower) || t.lower == "new";
    return is_name_particle(t.lower) && t.lower.find('-') != std::string::npos;
}

bool lower_particle(const Tok& t) {
    return is_word(t) && !text::is_capitalized(t.text) && t.lower.find('-') == std::string::npos &&
           is_name_particle(t.lower);
}

// One or two lower-case particles at `j` followed by a name word: the index of that word, else 0.
size_t particles_then_name(const std::vector<Tok>& toks, size_t j) {
    if (j == 0 || j >= toks.size() || !lower_particle(toks[j])) return 0;
    size_t k = j + 1;
    if (k < toks.size() && lower_particle(toks[k])) ++k;
    return k < toks.size() && name_word(toks[k]) && !is_calendar(toks[k].lower) ? k : 0;
}

std::string title_case(std::string_view s) {
    std::string out(s);
    for (size_t i = 0; i < out.size(); ++i) {
        const bool start = i == 0 || out[i - 1] == ' ' || out[i - 1] == '-';
        if (!start && std::isupper(static_cast<unsigned char>(out[i])))
            out[i] = static_cast<char>(std::tolower(static_cast<unsigned char>(out[i])));
    }
    return out;
}

Kind classify(const std::vector<Tok>& toks, size_t from, size_t to) {
    const size_t n = to - from;
    std::string whole;
    for (size_t k = from; k < to; ++k) whole += (k > from ? " " : "") + std::string(text::strip_possessive(toks[k].lower));
    if (place_demonym(whole)) return Kind::Place;
    if (n == 1 && is_group_word(toks[from].lower)) return Kind::Group;
    if (n == 1 && text::is_all_caps(toks[from].text)) return Kind::Org;
    // "Imperial College London": a place name may follow the organization head
    bool org = is_org_head(toks[to - 1].lower) || (n >= 3 && is_org_start(toks[from].lower)) ||
               (n >= 3 && is_org_head(toks[to - 2].lower) && !is_name_connector(toks[to - 2].lower));
    bool place = false;
    for (size_t k = from; k < to; ++k) {
        if (is_place_head(toks[k].lower)) place = true;
        if (is_org_head(toks[k].lower) && k + 1 < to && is_name_connector(toks[k + 1].lower)) org = true;
    }
    if (org) return Kind::Org;
    if (place) return Kind::Place;
    if (n >= 2 && n <= 4) {
        for (size_t k = from; k < to; ++k)
            if (is_name_connector(toks[k].lower) || text::is_all_caps(toks[k].text)) return Kind::Unknown;
        return Kind::Person;
    }
    return Kind::Unknown;
}

class Finder {
public:
    Finder(const Source& source, const Document& doc) : source_(source), doc_(doc) {}

    std::vector<Entity> run() {
        add_dateline();
        for (const Sentence& s : doc_.sentences) {
            if (is_headline(s)) headlines_.push_back(s.id);
            scan_sentence(s);
        }
        build();
        return std::move(entities_);
    }

private:
    const Source& source_;
    const Document& doc_;
    std::vector<Candidate> candidates_;
    std::vector<uint32_t> headlines_;  // sentence ids
    std::vector<Entity> entities_;
    std::vector<Kind> kinds_;

    void add_dateline() {
        if (!source_.dateline.present) return;
        const std::string_view text = source_.text;
        const std::string& loc = source_.dateline.location;
        const size_t base = text.find(loc, source_.dateline.span.start);
        if (base == std::string_view::npos) return;
        size_t start = 0;
        while (start < loc.size()) {
            size_t comma = loc.find(',', start);
            if (comma == std::string::npos) comma = loc.size();
            size_t a = start, b = comma;
            while (a < b && loc[a] == ' ') ++a;
            while (b > a && loc[b - 1] == ' ') --b;
            if (b > a) {
                Candidate c;
                c.span = {static_cast<uint32_t>(base + a), static_cast<uint32_t>(base + b)};
                const std::string part = loc.substr(a, b - a);
                c.name = text::is_all_caps(part) ? title_case(part) : part;
                c.kind = Kind::Place;
                c.words = 1;
                candidates_.push_back(c);
            }
            start = comma + 1;
        }
    }

    // "Northwind Air in Talks to Buy Regional Rival": a paragraph of one unpunctuated sentence in title case.
    // Its capitals are style, not names, so it may only mention entities the body names.
    bool is_headline(const Sentence& s) const {
        const std::vector<Tok> toks = text::sentence_tokens(source_.text, doc_, s);
        if (toks.size() < 3 || toks.back().kind == TokenKind::Punctuation || toks.back().kind == TokenKind::CloseQuote)
            return false;
        for (const Sentence& other : doc_.sentences)
            if (other.id != s.id && other.paragraph == s.paragraph) return false;
        size_t long_words = 0, capitalized = 0;
        for (const Tok& t : toks) {
            if (t.kind != TokenKind::Word || t.text.size() < 4) continue;
            ++long_words;
            if (text::is_capitalized(t.text)) ++capitalized;
        }
        return long_words >= 2 && capitalized * 10 >= long_words * 8;
    }
    bool in_headline(uint32_t sentence) const {
        return std::find(headlines_.begin(), headlines_.end(), sentence) != headlines_.end();
    }

    void scan_sentence(const Sentence& s) {
        const std::vector<Tok> toks = text::sentence_tokens(source_.text, doc_, s);
        size_t i = 0;
        while (i < toks.size()) {
            if (size_t n = description(toks, i, s.id)) { i += n; continue; }
            if (size_t n = office_title(toks, i)) {
                // "Secretary of State Antony Blinken": the office is the role, the name follows; alone it is
                // no name at all (not a place "State")
                size_t j = i + n;
                while (j < toks.size()) {
                    if (name_word(toks[j]) && !is_calendar(toks[j].lower)) ++j;
                    else if (size_t k = j > i + n ? particles_then_name(toks, j) : 0) j = k + 1;
                    else break;
                }
                if (j > i + n) add_name(toks, i, j, s.id, i + n);
                i = j;
                continue;
            }
            if (!name_word(toks[i]) || is_calendar(toks[i].lower)) { ++i; continue; }
            size_t j = i + 1;
            bool has_of = false;
            while (j < toks.size()) {
                if (text::strip_possessive(toks[j - 1].text) != toks[j - 1].text) break;  // "Syria’s western"
                if (name_word(toks[j]) && !is_calendar(toks[j].lower)) { ++j; continue; }
                // "Pieter de Vries", "Ursula von der Leyen", "Lula da Silva": lower-case particles inside a name
                if (size_t k = particles_then_name(toks, j)) { j = k + 1; continue; }
                // "Commission of Inquiry", "Observatory for Human Rights", "Government of the Syrian Arab Republic"
                if (is_name_connector(toks[j].lower) && j + 1 < toks.size()) {
                    size_t k = j + 1;
                    if (toks[k].lower == "the" && toks[j].lower == "of" && k + 1 < toks.size()) ++k;
                    const bool next_name = name_word(toks[k]) && !is_calendar(toks[k].lower);
                    const bool joins = toks[j].lower == "and" ? has_of && next_name && !is_org_start(toks[k].lower)
                                                               : next_name && toks[j].lower != "on";
                    if (joins && (toks[j].lower != "of" || is_org_head(toks[j - 1].lower) ||
                                  is_place_head(toks[j - 1].lower) || is_org_start(toks[j - 1].lower))) {
                        has_of = has_of || toks[j].lower == "of";
                        j = k + 1;
                        continue;
                    }
                }
                break;
            }
            add_name(toks, i, j, s.id);
            i = j;
        }
    }

    // "the government", "the ministry": kept as descriptions to resolve against earlier names.
    size_t description(const std::vector<Tok>& toks, size_t i, uint32_t sentence) {
        if (toks[i].lower != "the" || i + 1 >= toks.size()) return 0;
        const Tok& head = toks[i + 1];
        if (!is_word(head) || text::is_capitalized(head.text) || !is_org_description(head.lower)) return 0;
        if (i + 2 < toks.size() && is_word(toks[i + 2]) && toks[i + 2].lower != "of" &&
            !text::is_capitalized(toks[i + 2].text) && is_org_description(toks[i + 2].lower))
            return 0;
        Candidate c;
        c.span = {toks[i].span.start, head.span.end};
        c.name = std::string(source_.text.substr(c.span.start, c.span.end - c.span.start));
        c.sentence = sentence;
        c.description = true;
        c.words = 1;
        candidates_.push_back(c);
        return 2;
    }

    // "Secretary of State", "Minister of Foreign Affairs", "Chief of Staff": the tokens of a capitalized
    // office with a portfolio, or 0.
    static size_t office_title(const std::vector<Tok>& toks, size_t i) {
        if (!text::is_capitalized(toks[i].text) || !is_office_head(toks[i].lower)) return 0;
        if (i + 2 >= toks.size() || toks[i + 1].lower != "of") return 0;
        size_t k = i + 2;
        while (k < toks.size() && is_word(toks[k]) && is_portfolio_word(toks[k].lower) &&
               (text::is_capitalized(toks[k].text) || toks[k].lower == "and" || toks[k].lower == "the"))
            ++k;
        while (k > i + 2 && (toks[k - 1].lower == "and" || toks[k - 1].lower == "the")) --k;
        return k > i + 2 ? k - i : 0;
    }

    // `office_end` > i: toks[i, office_end) is an office title ("Secretary of State") kept as the role.
    void add_name(const std::vector<Tok>& toks, size_t i, size_t j, uint32_t sentence, size_t office_end = 0) {
        // A title opens a person's name: "President Bashar al-Assad", "Prime Minister X"
        std::string role;
        size_t from = i;
        if (office_end > i) {
            role = std::string(source_.text.substr(toks[i].span.start, toks[office_end - 1].span.end - toks[i].span.start));
            from = office_end;
        }
        // "Health Secretary Owen Pritchard", "Finance Minister X": a portfolio word may lead the title
        while (from + 1 < j && (is_title(toks[from].lower) || toks[from].lower == "prime" ||
                                (from + 2 < j && is_portfolio_word(toks[from].lower) && toks[from].lower != "the" &&
                                 toks[from].lower != "and" && is_title(toks[from + 1].lower)))) {
            role += (role.empty() ? "" : " ") + std::string(toks[from].text);
            ++from;
        }
        // "Syrian government", "the Government of the Syrian Arab Republic": a state's government
        std::string government = government_name(toks, i, j);
        if (!government.empty()) {
            Candidate c;
            c.sentence = sentence;
            c.kind = Kind::Org;
            c.name = government;
            c.words = 2;
            c.span = {toks[i].span.start, toks[government_end_].span.end};
            if (i > 0 && toks[i - 1].lower == "the") c.span.start = toks[i - 1].span.start;
            candidates_.push_back(c);
            return;
        }
        Candidate c;
        c.sentence = sentence;
        c.span = {toks[from].span.start, toks[j - 1].span.end};
        const std::string_view last = toks[j - 1].text;
        const std::string_view stripped = text::strip_possessive(last);
        c.span.end -= static_cast<uint32_t>(last.size() - stripped.size());
        c.name = std::string(source_.text.substr(c.span.start, c.span.end - c.span.start));
        c.words = j - from;
        c.sentence_initial = i == 0 || toks[i - 1].kind == TokenKind::OpenQuote;
        c.kind = classify(toks, from, j);
        if (!role.empty()) {
            c.kind = Kind::Person;
            for (size_t k = i; k-- > 0 && k + 3 >= i;) {
                if (toks[k].lower == "former" || toks[k].lower == "acting" || toks[k].lower == "interim" ||
                    toks[k].lower == "deputy" || toks[k].lower == "late")
                    role = std::string(toks[k].text) + " " + role;
                else
                    break;
            }
            c.role = role;
        }
        if (c.words == 1 && from > 0) {
            const std::string& before = toks[from - 1].lower;
            // motion and location prepositions: "in", "near", "through Nairobi", "to Kyiv", "outside Gaza"
            if (c.kind == Kind::Unknown && (text::one_of(before, {"in", "near", "across", "from", "through",
                                                                  "outside", "inside", "towards", "toward"}) ||
                                            (before == "of" && from >= 2 &&
                                                                 toks[from - 2].lower.rfind("governorate", 0) == 0)))
                c.kind = Kind::Place;
            if (c.kind == Kind::Unknown && before == "and" && !candidates_.empty() &&
                candidates_.back().kind == Kind::Place && candidates_.back().sentence == sentence)
                c.kind = Kind::Place;
        }
        // "former HTS leader Ahmed al-Sharaa": a lower-case role noun, maybe an organization, then the name
        if (c.kind == Kind::Person && c.role.empty() && from >= 1 && is_role_noun(toks[from - 1].lower)) {
            size_t k = from - 1;
            std::string r(toks[k].text);
            if (k >= 1 && name_word(toks[k - 1])) {
                c.role_org = std::string(toks[k - 1].text);
                --k;
            }
            if (k >= 1 && (toks[k - 1].lower == "former" || toks[k - 1].lower == "acting")) r = std::string(toks[k - 1].text) + " " + r;
            c.role = r;
        }
        // "Syrian Observatory for Human Rights (SOHR)"
        if (j + 2 < toks.size() && toks[j].text == "(" && toks[j + 2].text == ")" && text::is_all_caps(toks[j + 1].text))
            c.acronym = std::string(toks[j + 1].text);
        candidates_.push_back(c);
    }

    size_t government_end_ = 0;

    std::string government_name(const std::vector<Tok>& toks, size_t i, size_t j) {
        // "<Demonym> government|authorities|regime" right after the name
        if (j == i + 1 && j < toks.size() && (toks[j].lower == "government" || toks[j].lower == "authorities" ||
                                               toks[j].lower == "regime")) {
            std::string country = demonym_place(toks[i].lower);
            std::string demonym = std::string(toks[i].text);
            if (country.empty()) {
                const char* d = place_demonym(text::lowered(text::strip_possessive(toks[i].text)));
                if (!d || !*d) return {};
                demonym = d;
            }
            government_end_ = j;
            return demonym + " " + toks[j].lower;
        }
        // "Government of the Syrian Arab Republic", "Government of Syria"
        if (toks[i].lower == "government" && j > i + 2) {
            for (size_t k = i + 1; k < j; ++k) {
                if (!demonym_place(toks[k].lower).empty()) return government_end_ = j - 1, std::string(toks[k].text) + " government";
                const char* d = place_demonym(toks[k].lower);
                if (d && *d) return government_end_ = j - 1, std::string(d) + " government";
            }
        }
        return {};
    }

    // ---- merging ------------------------------------------------------------------------------------------------

    static std::string key(std::string_view name) { return text::lowered(name); }

    static std::string last_name(const std::string& name) {
        const size_t sp = name.rfind(' ');
        std::string last = sp == std::string::npos ? name : name.substr(sp + 1);
        const size_t dash = last.find('-');
        if (dash != std::string::npos && is_name_particle(text::lowered(last.substr(0, dash)))) last = last.substr(dash + 1);
        return last;
    }

    // Lookup tables over entities_, kept in step by create() and add_alias(): every merge question is a hash
    // lookup instead of a scan of all entities, so a long text stays linear.
    std::unordered_map<std::string, int32_t> by_key_;  // lowered name or alias -> first entity with it
    std::unordered_map<std::string, std::vector<int32_t>> by_last_name_, by_first_word_;  // ascending ids
    std::vector<std::string> name_keys_;  // by entity id: the lowered name
    mutable std::unordered_map<std::string, int32_t> description_memo_;  // head word -> entity; reset on change

    void index_key(const std::string& k, int32_t e) {
        const auto [it, added] = by_key_.emplace(k, e);
        if (!added && it->second > e) it->second = e;
    }

    void add_alias(int32_t e, const std::string& alias) {
        entities_[e].aliases.push_back(alias);
        index_key(key(alias), e);
    }

    void set_type(Entity& e, EntityType type) {
        e.type = type;
        description_memo_.clear();
    }

    int32_t find_entity(const std::string& k) const {
        const auto it = by_key_.find(k);
        return it == by_key_.end() ? -1 : it->second;
    }

    int32_t create(const Candidate& c) {
        Entity e;
        e.id = static_cast<uint32_t>(entities_.size());
        e.name = c.name;
        e.type = c.kind == Kind::Person ? EntityType::Person
                 : c.kind == Kind::Place ? EntityType::Place
                 : c.kind == Kind::Group ? EntityType::Group
                                         : EntityType::Org;
        entities_.push_back(e);
        const int32_t id = static_cast<int32_t>(e.id);
        name_keys_.push_back(key(e.name));
        index_key(name_keys_.back(), id);
        by_last_name_[key(last_name(e.name))].push_back(id);
        if (e.name.find(' ') != std::string::npos) by_first_word_[key(e.name.substr(0, e.name.find(' ')))].push_back(id);
        description_memo_.clear();
        return id;
    }

    void mention(int32_t id, const Candidate& c) {
        Entity& e = entities_[id];
        e.mentions.push_back({c.span, c.sentence});
        const std::string surface(source_.text.substr(c.span.start, c.span.end - c.span.start));
        if (key(surface) != name_keys_[id] &&
            std::none_of(e.aliases.begin(), e.aliases.end(), [&](const std::string& a) { return a == surface; }))
            add_alias(id, surface);
    }

    // Resolves a single word or description to an existing entity: surname, short form, acronym, description.
    int32_t resolve_short(const Candidate& c) const {
        const std::string k = key(text::strip_possessive(c.name));
        if (int32_t e = find_entity(k); e >= 0) return e;
        if (c.description) {
            const std::string head = k.substr(k.rfind(' ') + 1);
            if (const auto memo = description_memo_.find(head); memo != description_memo_.end()) return memo->second;
            return description_memo_[head] = resolve_description(head);
        }
        // The first entity that is a person with this surname or an organization with this first word.
        int32_t best = -1;
        if (const auto it = by_last_name_.find(k); it != by_last_name_.end())
            for (const int32_t e : it->second)
                if (entities_[e].type == EntityType::Person) {
                    best = e;
                    break;
                }
        if (demonym_place(k).empty() && !is_function_word(k) && k != "national" && k != "independent")
            if (const auto it = by_first_word_.find(k); it != by_first_word_.end())
                for (const int32_t e : it->second) {
                    if (best >= 0 && e > best) break;
                    if (entities_[e].type == EntityType::Org) {
                        best = e;
                        break;
                    }
                }
        return best;
    }

    // "the ministry": the latest organization with that word in its name.
    int32_t resolve_description(const std::string& head) const {
        for (size_t e = entities_.size(); e-- > 0;) {
            if (entities_[e].type != EntityType::Org) continue;
            if (name_keys_[e].find(head) != std::string::npos) return static_cast<int32_t>(e);
        }
        if (head == "regime" || head == "authorities")
            for (size_t e = entities_.size(); e-- > 0;)
                if (name_keys_[e].find("government") != std::string::npos) return static_cast<int32_t>(e);
        return -1;
    }

    void build() {
        // Full names first, so that short forms found earlier in the text ("Assad" before "Bashar al-Assad")
        // still merge; then everything in text order.
        std::vector<int32_t> assigned(candidates_.size(), -1);
        for (size_t i = 0; i < candidates_.size(); ++i) {
            const Candidate& c = candidates_[i];
            if (c.description || c.kind == Kind::Unknown) continue;
            if (c.words < 2 && c.kind != Kind::Group && c.kind != Kind::Place && c.kind != Kind::Org) continue;
            int32_t e = find_entity(key(c.name));
            if (e < 0 && c.words == 1) e = resolve_short(c);
            if (e < 0 && in_headline(c.sentence)) continue;
            if (e < 0) {
                if (c.sentence_initial && c.words == 1 && c.kind == Kind::Org && !text::is_all_caps(c.name)) continue;
                e = create(c);
            }
            assigned[i] = e;
            if (!c.acronym.empty()) {
                Entity& ent = entities_[e];
                if (ent.type != EntityType::Org) set_type(ent, EntityType::Org);
                if (std::find(ent.aliases.begin(), ent.aliases.end(), c.acronym) == ent.aliases.end())
                    add_alias(e, c.acronym);
            }
        }
        for (size_t i = 0; i < candidates_.size(); ++i) {
            if (assigned[i] >= 0) continue;
            const Candidate& c = candidates_[i];
            int32_t e = resolve_short(c);
            if (e < 0 && in_headline(c.sentence)) e = find_entity(key(c.name));
            if (e < 0 && c.description) continue;
            if (e < 0) continue;  // an unknown lone capitalized word: not enough evidence for an entity
            assigned[i] = e;
        }
        for (size_t i = 0; i < candidates_.size(); ++i) {
            if (assigned[i] < 0) continue;
            mention(assigned[i], candidates_[i]);
            const Candidate& c = candidates_[i];
            Entity& e = entities_[assigned[i]];
            if (!c.role.empty() && e.role.empty()) e.role = c.role;
            if (!c.role_org.empty() && e.organization < 0) e.organization = find_entity(key(c.role_org));
        }
        // Order by first mention; renumber.
        std::vector<Entity> ordered;
        for (Entity& e : entities_) {
            if (e.mentions.empty()) continue;
            std::sort(e.mentions.begin(), e.mentions.end(),
                      [](const Mention& a, const Mention& b) { return a.span.start < b.span.start; });
            ordered.push_back(std::move(e));
        }
        std::stable_sort(ordered.begin(), ordered.end(), [](const Entity& a, const Entity& b) {
            return a.mentions.front().span.start < b.mentions.front().span.start;
        });
        std::map<uint32_t, uint32_t> renumber;
        for (size_t i = 0; i < ordered.size(); ++i) renumber[ordered[i].id] = static_cast<uint32_t>(i);
        for (size_t i = 0; i < ordered.size(); ++i) {
            ordered[i].id = static_cast<uint32_t>(i);
            if (ordered[i].organization >= 0) {
                auto it = renumber.find(static_cast<uint32_t>(ordered[i].organization));
                ordered[i].organization = it == renumber.end() ? -1 : static_cast<int32_t>(it->second);
            }
        }
        entities_ = std::move(ordered);
    }
};

}  // namespace

Result<EntityResult> find_entities(const Source& source, const Document& document) {
    Result<EntityResult> r;
    r.value.entities = Finder(source, document).run();
    return r;
}

}  // namespace storylens
