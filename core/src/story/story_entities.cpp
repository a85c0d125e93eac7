// story_entities.cpp — one story entity per real-world person, organisation or place across articles.
// Evidence for joining two article entities (of one type class, unless the whole name of two or more words is
// written identically):
//   "same name"      persons: same first and last name (titles, middle names, suffixes aside); others: same
//                    folded name, or an all-capitals alias one article gives ("FBI") that another uses as name;
//                    a one-word capitals organisation ("PHILADELPHIA", a dateline) and a place of that name;
//   "unique surname" a person named by surname alone joins the one full name in the story with that surname —
//                    never when two full names share it (Bill and Hillary Clinton), then it stays apart.
// Everything is found through hash maps of folded keys: one pass over the articles' entities.
#include <algorithm>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "story/story_build.hpp"
#include "story/story_text.hpp"

namespace storylens::story {

namespace {

struct Node {
    uint32_t article = 0;
    uint32_t entity = 0;
    int kind = 0;     // type_class
    std::string key;  // entity_key
    size_t words = 0;  // words in the key
};

bool is_acronym(const std::string& alias) {
    if (alias.size() < 2 || alias.size() > 8) return false;
    size_t letters = 0;
    for (char c : alias) {
        if (c >= 'A' && c <= 'Z') ++letters;
        else if (c != '.' && c != '&') return false;
    }
    return letters >= 2;
}

bool all_capitals(const std::string& name) {
    return std::all_of(name.begin(), name.end(), [](char c) { return (c >= 'A' && c <= 'Z') || c == '-'; });
}

std::string class_key(int kind, const std::string& key) { return std::to_string(kind) + "|" + key; }

// How full a name is: more words, then more letters.
bool fuller(const std::string& a, const std::string& b) {
    const size_t wa = folded_words(a).size(), wb = folded_words(b).size();
    return wa != wb ? wa > wb : a.size() > b.size();
}

}  // namespace

void link_entities(const std::vector<StoryArticle>& articles, const std::vector<bool>& usable, Story& story,
                   EntityMap& entity_of) {
    std::vector<Node> nodes;
    entity_of.assign(articles.size(), {});
    for (uint32_t a = 0; a < articles.size(); ++a) {
        const std::vector<Entity>& entities = articles[a].analysis.entities;
        entity_of[a].assign(entities.size(), -1);
        if (!usable[a]) continue;
        for (const Entity& e : entities) {
            Node n{a, e.id, type_class(e.type), entity_key(e), 0};
            if (n.key.empty()) continue;
            n.words = static_cast<size_t>(std::count(n.key.begin(), n.key.end(), ' ')) + 1;
            nodes.push_back(std::move(n));
        }
    }

    Groups groups(nodes.size());
    std::vector<std::string> reason(nodes.size());
    std::unordered_map<std::string, uint32_t> by_key;  // class|key -> first node
    auto join_on = [&](const std::string& key, uint32_t node, const char* why) {
        auto [it, fresh] = by_key.emplace(key, node);
        if (!fresh && groups.find(it->second) != groups.find(node)) {
            groups.join(it->second, node);
            reason[node] = why;
        }
    };
    for (uint32_t i = 0; i < nodes.size(); ++i) {
        join_on(class_key(nodes[i].kind, nodes[i].key), i, "same name");
        // A name of two or more words written identically is one thing even when the articles typed it
        // differently ("Democratic Party" as a person in one, an organisation in another).
        const Entity& named = articles[nodes[i].article].analysis.entities[nodes[i].entity];
        const std::vector<std::string> words = person_name_words(named.name);
        if (words.size() >= 2) {
            std::string full;
            for (const std::string& w : words) full += " " + w;
            join_on("any|" + full, i, "same name");
        }
        if (nodes[i].kind != 1) continue;
        const Entity& e = articles[nodes[i].article].analysis.entities[nodes[i].entity];
        // A one-word name in capitals typed as an organisation is often a dateline's place ("PHILADELPHIA —"):
        // it joins a place of that name, never a person.
        if (nodes[i].words == 1 && all_capitals(e.name) && e.name.size() > 3) join_on(class_key(2, nodes[i].key), i, "same name");
        for (const std::string& alias : e.aliases)
            if (is_acronym(alias)) join_on(class_key(1, story::entity_key(Entity{0, alias, e.type, {}, {}, {}, -1})), i, "same name");
    }

    // Surname alone: join only when the story has exactly one full name ending in it.
    std::unordered_map<std::string, std::unordered_set<std::string>> full_names_of_surname;
    for (const Node& n : nodes)
        if (n.kind == 0 && n.words >= 2) full_names_of_surname[n.key.substr(n.key.rfind(' ') + 1)].insert(n.key);
    for (uint32_t i = 0; i < nodes.size(); ++i) {
        if (nodes[i].kind != 0 || nodes[i].words != 1) continue;
        auto it = full_names_of_surname.find(nodes[i].key);
        if (it == full_names_of_surname.end() || it->second.size() != 1) continue;
        const uint32_t full = by_key.at(class_key(0, *it->second.begin()));
        if (groups.find(full) != groups.find(i)) {
            groups.join(full, i);
            reason[i] = "unique surname";
        }
    }

    // One story entity per group, in the order of each group's first node (article order, then mention order).
    std::unordered_map<uint32_t, uint32_t> story_id_of_root;
    for (uint32_t i = 0; i < nodes.size(); ++i) {
        const uint32_t root = groups.find(i);
        auto [it, fresh] = story_id_of_root.emplace(root, static_cast<uint32_t>(story.entities.size()));
        if (fresh) {
            StoryEntity se;
            se.id = it->second;
            story.entities.push_back(std::move(se));
        }
        StoryEntity& se = story.entities[it->second];
        const Entity& e = articles[nodes[i].article].analysis.entities[nodes[i].entity];
        entity_of[nodes[i].article][nodes[i].entity] = static_cast<int32_t>(se.id);
        se.members.push_back({nodes[i].article, e.id, e.name, e.mentions});
        if (!reason[i].empty() && se.merged_by.find(reason[i]) == std::string::npos)
            se.merged_by += (se.merged_by.empty() ? "" : ", ") + reason[i];
    }

    for (StoryEntity& se : story.entities) {
        std::vector<std::string> names;
        int person = 0, org = 0, group = 0, place = 0;
        for (const StoryEntityMember& m : se.members) {
            const Entity& e = articles[m.article].analysis.entities[m.entity];
            names.push_back(e.name);
            names.insert(names.end(), e.aliases.begin(), e.aliases.end());
            if (!e.role.empty()) se.roles.push_back(e.role);
            (e.type == EntityType::Person ? person : e.type == EntityType::Org ? org
                                                   : e.type == EntityType::Group ? group : place)++;
        }
        // The type most articles give; ties go to person, then organisation, place, group.
        const int most = std::max(std::max(person, org), std::max(place, group));
        se.type = person == most ? EntityType::Person : org == most ? EntityType::Org
                                                    : place == most ? EntityType::Place : EntityType::Group;
        // The fullest name, not counting titles: "Bernie Sanders" rather than "Sen. Bernie Sanders".
        se.name = se.members.front().name;
        for (const StoryEntityMember& m : se.members) {
            const size_t a = person_name_words(m.name).size(), b = person_name_words(se.name).size();
            if (a > b || (a == b && folded_words(m.name).size() < folded_words(se.name).size()) ||
                (a == b && folded_words(m.name).size() == folded_words(se.name).size() && fuller(m.name, se.name)))
                se.name = m.name;
        }
        for (const std::string& n : names)
            if (n != se.name) se.aliases.push_back(n);
        std::sort(se.aliases.begin(), se.aliases.end());
        se.aliases.erase(std::unique(se.aliases.begin(), se.aliases.end()), se.aliases.end());
        std::sort(se.roles.begin(), se.roles.end());
        se.roles.erase(std::unique(se.roles.begin(), se.roles.end()), se.roles.end());
        std::sort(se.members.begin(), se.members.end(),
                  [](const StoryEntityMember& x, const StoryEntityMember& y) {
                      return x.article != y.article ? x.article < y.article : x.entity < y.entity;
                  });
    }
}

}  // namespace storylens::story
