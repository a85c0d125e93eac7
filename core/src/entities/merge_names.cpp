// merge_names.cpp — name candidates merged into entities: full names first, then acronyms in parentheses,
// surnames (with their particles), short forms, a company's first word and definite descriptions.
#include <algorithm>
#include <deque>
#include <map>
#include <unordered_map>

#include "entities/candidate.hpp"
#include "lexicon/lexicon.hpp"
#include "entities/lexicon.hpp"
#include "text/token_view.hpp"

namespace storylens::entities {

namespace {

class Merger {
public:
    Merger(std::string_view text, ScannedNames scanned)
        : text_(text),
          candidates_(std::move(scanned.candidates)),
          headlines_(std::move(scanned.headlines)),
          composed_(std::move(scanned.composed)),
          full_name_surnames_(std::move(scanned.full_name_surnames)) {}

    std::vector<Entity> run() {
        build();
        return std::move(entities_);
    }

private:
    std::string_view text_;
    std::vector<Candidate> candidates_;
    std::vector<uint32_t> headlines_;  // sentence ids, ascending (the scanner finds them in sentence order)
    std::deque<std::string> composed_;  // what the candidates' texts view when not the source
    std::unordered_set<std::string> full_name_surnames_;  // ScannedNames::full_name_surnames
    std::vector<Entity> entities_;

    bool in_headline(uint32_t sentence) const {
        return std::binary_search(headlines_.begin(), headlines_.end(), sentence);
    }

    static std::string key(std::string_view name) { return text::lowered(name); }

    // "Bashar al-Assad" -> "Assad": the last word without a particle glued on by a hyphen.
    static std::string_view last_name(std::string_view name) {
        const size_t sp = name.rfind(' ');
        std::string_view last = sp == std::string_view::npos ? name : name.substr(sp + 1);
        const size_t dash = last.find('-');
        if (dash != std::string_view::npos && is_name_particle(text::lowered(last.substr(0, dash)))) last = last.substr(dash + 1);
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

    void add_alias(int32_t e, std::string_view alias) {
        entities_[e].aliases.emplace_back(alias);
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
        e.name = std::string(c.name);
        e.type = c.kind == Kind::Person ? EntityType::Person
                 : c.kind == Kind::Place ? EntityType::Place
                 : c.kind == Kind::Group ? EntityType::Group
                                         : EntityType::Org;
        entities_.push_back(e);
        const int32_t id = static_cast<int32_t>(e.id);
        name_keys_.push_back(key(e.name));
        index_key(name_keys_.back(), id);
        by_last_name_[key(last_name(e.name))].push_back(id);
        // "Democratic" is short for the party, never for the "Democratic National Convention" (an event)
        if (e.name.find(' ') != std::string::npos && !c.event)
            by_first_word_[key(e.name.substr(0, e.name.find(' ')))].push_back(id);
        description_memo_.clear();
        return id;
    }

    void mention(int32_t id, const Candidate& c) {
        Entity& e = entities_[id];
        e.mentions.push_back({c.span, c.sentence});
        const std::string surface(text_.substr(c.span.start, c.span.end - c.span.start));
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
        // The person with this surname (of two or more, the one named last before it), else the first
        // organization with this first word.
        int32_t best = -1;
        if (const auto it = by_last_name_.find(k); it != by_last_name_.end()) best = person_by_surname(it->second, c);
        if (best == kUnresolved) return -1;
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

    static constexpr int32_t kUnresolved = -2;

    // "Clinton" when the text has named both Bill and Hillary Clinton: the one mentioned last before it; when
    // neither was mentioned before it, kUnresolved (a guess would merge two people). Only full names that start
    // with a given name count as a second person: "How Sanders" is a sentence's first word glued to a surname.
    int32_t person_by_surname(const std::vector<int32_t>& ids, const Candidate& c) const {
        int32_t first = -1, nearest = -1;
        uint32_t nearest_start = 0;
        size_t people = 0;
        for (const int32_t e : ids) {
            if (entities_[e].type != EntityType::Person || other_gender(c.role, e)) continue;
            if (first < 0) first = e;
            const std::string& name = name_keys_[e];
            const size_t space = name.find(' ');
            if (space == std::string::npos ||
                !lexicon::contains(lexicon::TableId::entities_given_names, std::string_view(name).substr(0, space)))
                continue;
            ++people;
            if (static_cast<size_t>(e) >= mention_starts_.size()) continue;
            const std::vector<uint32_t>& starts = mention_starts_[static_cast<size_t>(e)];
            const auto before = std::lower_bound(starts.begin(), starts.end(), c.span.start);
            if (before == starts.begin()) continue;
            if (nearest < 0 || *(before - 1) > nearest_start) nearest = e, nearest_start = *(before - 1);
        }
        if (people < 2) return first;
        return nearest >= 0 ? nearest : kUnresolved;  // nearest is one of the given-named people
    }

    // Where each entity is mentioned so far (sorted span starts), for person_by_surname.
    std::vector<std::vector<uint32_t>> mention_starts_;

    void assign(std::vector<int32_t>& assigned, size_t i, int32_t e) {
        assigned[i] = e;
        if (mention_starts_.size() <= static_cast<size_t>(e)) mention_starts_.resize(static_cast<size_t>(e) + 1);
        std::vector<uint32_t>& starts = mention_starts_[static_cast<size_t>(e)];
        starts.insert(std::upper_bound(starts.begin(), starts.end(), candidates_[i].span.start), candidates_[i].span.start);
    }

    // "Mrs. Clinton" is not Bill Clinton: a courtesy title's gender against the given name's (entities_given_names)
    bool other_gender(std::string_view role, int32_t e) const {
        const auto gender = [](lexicon::TableId table, const std::string& word) -> char {
            const long row = lexicon::find_row(table, word);
            const std::string_view g = row < 0 ? std::string_view() : lexicon::cell(table, static_cast<size_t>(row), 1);
            return g.empty() ? 0 : g[0];
        };
        const char title = role.empty() ? 0 : gender(lexicon::TableId::entities_courtesy_titles, key(role));
        const std::string& name = name_keys_[e];
        const size_t space = name.find(' ');
        if (title == 0 || space == std::string::npos) return false;
        const char given = gender(lexicon::TableId::entities_given_names, name.substr(0, space));
        return given != 0 && given != title;
    }

    // "Hillary Rodham Clinton" and "Hillary Clinton", "Paul H. Chipok" and "Paul Chipok": a person's full name
    // with or without a middle name or initial is the same person; "Bill Clinton" is not ("Bill" != "Hillary").
    int32_t same_first_and_last(std::string_view name) const {
        const size_t space = name.find(' ');
        if (space == std::string::npos) return -1;
        const std::string first = key(name.substr(0, space));
        const auto it = by_last_name_.find(key(last_name(name)));
        if (it == by_last_name_.end()) return -1;
        for (const int32_t e : it->second) {
            const std::string& other = name_keys_[e];
            if (entities_[e].type == EntityType::Person && other.size() > first.size() &&
                other.compare(0, first.size(), first) == 0 && other[first.size()] == ' ')
                return e;
        }
        return -1;
    }

    // "Northwind Foods said ... Shares of Northwind fell": news shortens a person to the surname, never to the
    // first name, so a company-marked word that opens a two-word "person" shows that name is the company.
    int32_t retype_as_org(const Candidate& c) {
        const auto it = by_first_word_.find(key(c.name));
        if (it == by_first_word_.end()) return -1;
        for (const int32_t e : it->second) {
            if (entities_[e].type != EntityType::Person || entities_[e].name.find(' ') == std::string::npos) continue;
            set_type(entities_[e], EntityType::Org);
            entities_[e].role.clear();
            return e;
        }
        return -1;
    }

    // "De Vries", "Van den Broek", "von der Leyen": a person-shaped name opening with a particle.
    static bool particle_led(const Candidate& c) {
        if (c.kind != Kind::Person || c.words < 2) return false;
        const std::string first = key(c.name.substr(0, c.name.find(' ')));
        return first.find('-') == std::string::npos && is_name_particle(first);
    }

    // The first person whose full name ends with `surname` ("Pieter de Vries" for "De Vries"), else -1.
    int32_t resolve_particle_surname(std::string_view surname) const {
        const std::string wanted = " " + key(surname);
        const auto it = by_last_name_.find(key(last_name(surname)));
        if (it == by_last_name_.end()) return -1;
        for (const int32_t e : it->second) {
            const std::string& name = name_keys_[e];
            if (entities_[e].type == EntityType::Person && name.size() > wanted.size() &&
                name.compare(name.size() - wanted.size(), wanted.size(), wanted) == 0)
                return e;
        }
        return -1;
    }

    // "said von der Leyen": the particles before "Leyen" belong to the mention of Ursula von der Leyen.
    void extend_over_particles(int32_t e, Candidate& c) const {
        if (c.particles_start == 0 || entities_[e].type != EntityType::Person) return;
        const std::string surface(text_.substr(c.particles_start, c.span.end - c.particles_start));
        if (resolve_particle_surname(surface) == e) c.span.start = c.particles_start;
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
        // "a media director for Obama", before "Barack Obama" is named: a lone surname of a person named in full is
        // that person, resolved after the full names (below), not an organization of its own
        for (size_t i = 0; i < candidates_.size(); ++i) {
            const Candidate& c = candidates_[i];
            if (c.description || c.kind == Kind::Unknown) continue;
            if (c.words < 2 && c.kind == Kind::Person) continue;  // after the full names, below
            if (c.words == 1 && c.kind == Kind::Org && c.acronym.empty() && !text::is_all_caps(c.name) &&
                full_name_surnames_.count(key(text::strip_possessive(c.name))))
                continue;
            if (particle_led(c)) continue;  // "De Vries": after the full names, below
            int32_t e = find_entity(key(c.name));
            if (e < 0 && c.kind == Kind::Person) e = same_first_and_last(c.name);
            if (e < 0 && c.words == 1) e = resolve_short(c);
            if (e < 0 && c.words == 1 && c.evidence && c.kind == Kind::Org) e = retype_as_org(c);
            if (e < 0 && in_headline(c.sentence)) continue;
            if (e < 0) {
                if (c.sentence_initial && c.words == 1 && c.kind == Kind::Org && !c.evidence && !text::is_all_caps(c.name))
                    continue;
                e = create(c);
            }
            assign(assigned, i, e);
            if (!c.acronym.empty()) {
                Entity& ent = entities_[e];
                if (ent.type != EntityType::Org) set_type(ent, EntityType::Org);
                if (std::find(ent.aliases.begin(), ent.aliases.end(), c.acronym) == ent.aliases.end())
                    add_alias(e, c.acronym);
            }
        }
        // "De Vries said", "Van den Broek added": a surname with its particles joins the person it ends; a
        // lone word after a title ("Mr. Trump", "President Macron") joins a full name or is a person itself
        for (size_t i = 0; i < candidates_.size(); ++i) {
            const Candidate& c = candidates_[i];
            const bool titled_word = c.words == 1 && c.kind == Kind::Person && !c.role.empty();
            if (c.description || (!particle_led(c) && !titled_word)) continue;
            int32_t e = titled_word ? resolve_short(c) : resolve_particle_surname(c.name);
            if (e < 0 && in_headline(c.sentence)) continue;
            assign(assigned, i, e >= 0 ? e : create(c));
        }
        for (size_t i = 0; i < candidates_.size(); ++i) {
            if (assigned[i] >= 0) continue;
            const Candidate& c = candidates_[i];
            int32_t e = resolve_short(c);
            if (e < 0 && in_headline(c.sentence)) e = find_entity(key(c.name));
            if (e < 0 && c.description) continue;
            if (e < 0) continue;  // an unknown lone capitalized word: not enough evidence for an entity
            assign(assigned, i, e);
        }
        for (size_t i = 0; i < candidates_.size(); ++i) {
            if (assigned[i] < 0) continue;
            extend_over_particles(assigned[i], candidates_[i]);
            mention(assigned[i], candidates_[i]);
            const Candidate& c = candidates_[i];
            Entity& e = entities_[assigned[i]];
            // "Mr." or "Ms" marks a person (the scan relies on it) but says nothing of what they do: not a role
            const bool courtesy =
                lexicon::contains(lexicon::TableId::entities_courtesy_titles, text::lowered(c.role));
            if (!c.role.empty() && !courtesy && e.role.empty()) e.role = std::string(c.role);
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

std::vector<Entity> merge_names(std::string_view text, ScannedNames scanned) {
    return Merger(text, std::move(scanned)).run();
}

}  // namespace storylens::entities
