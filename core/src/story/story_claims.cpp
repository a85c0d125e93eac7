// story_claims.cpp — who said what across coverage: claims by story source in order of saying.
// A source is a story entity when the article resolved it, else its name as written when that is a proper
// name ("Reuters"); a pronoun or description left unresolved stays a source of its own article only.
// Two claims of one source from different articles are the same claim when their content words overlap by
// 60 % or more (Jaccard) with the same polarity and the same figures. A later claim revises or contradicts an
// earlier one of the same source when their content words overlap by half or more but
//   - "negation": one holds a negator (core/lexicon/story_negations.tsv) and the other none, or
//   - "figures": both carry numbers and the numbers differ ("1,700 dead" -> "2,000 dead").
// Candidates come from a hash map keyed by (source, pair of consecutive content words).
#include <algorithm>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "story/story_build.hpp"
#include "story/story_text.hpp"

namespace storylens::story {

namespace {

constexpr size_t kMaxBucket = 200;  // claims of one source sharing one word pair, beyond which it is no key

struct Said {
    uint32_t article = 0;
    const Claim* claim = nullptr;
    uint32_t source = 0;  // story source id
    std::string said_on;
    Gist gist;
};

bool starts_upper(const std::string& s) { return !s.empty() && s[0] >= 'A' && s[0] <= 'Z'; }

std::string joined(const std::vector<std::string>& v) {
    std::string out;
    for (const std::string& s : v) out += (out.empty() ? "" : ", ") + s;
    return out;
}

}  // namespace

// A source named as written but left unresolved in its article ("Okafor said") is still the story person of
// that name: same first and last name, or the surname of exactly one story person. -1 when none or ambiguous.
class PersonNames {
public:
    explicit PersonNames(const Story& story) {
        for (const StoryEntity& e : story.entities) {
            if (e.type != EntityType::Person) continue;
            for (const StoryEntityMember& m : e.members) {
                const std::vector<std::string> w = person_name_words(m.name);
                if (w.size() < 2) continue;
                note(full_, w.front() + " " + w.back(), e.id);
                note(surname_, w.back(), e.id);
            }
        }
    }
    int32_t find(const std::string& name) const {
        const std::vector<std::string> w = person_name_words(name);
        if (w.empty()) return -1;
        const auto& map = w.size() == 1 ? surname_ : full_;
        auto it = map.find(w.size() == 1 ? w[0] : w.front() + " " + w.back());
        return it == map.end() ? -1 : it->second;
    }

private:
    static void note(std::unordered_map<std::string, int32_t>& map, const std::string& key, uint32_t id) {
        auto [it, fresh] = map.emplace(key, static_cast<int32_t>(id));
        if (!fresh && it->second != static_cast<int32_t>(id)) it->second = -1;  // two people: ambiguous
    }
    std::unordered_map<std::string, int32_t> full_, surname_;
};

void link_claims(const std::vector<StoryArticle>& articles, const std::vector<bool>& usable,
                 const EntityMap& entity_of, Story& story) {
    const PersonNames persons(story);
    std::unordered_map<std::string, uint32_t> source_of_key;
    std::vector<Said> said;
    for (uint32_t a = 0; a < articles.size(); ++a) {
        if (!usable[a]) continue;
        const Analysis& analysis = articles[a].analysis;
        for (const Claim& c : analysis.claims) {
            const std::string name = claim_source_name(analysis, c);
            int32_t entity = -1;
            std::string key;
            if (c.source_entity >= 0 && static_cast<size_t>(c.source_entity) < entity_of[a].size() &&
                entity_of[a][c.source_entity] >= 0) {
                entity = entity_of[a][c.source_entity];
            } else if (starts_upper(name) && c.source.present()) {
                entity = persons.find(name);
            }
            if (entity >= 0) {
                key = "e|" + std::to_string(entity);
            } else {
                std::string folded;
                for (const std::string& w : folded_words(name)) folded += (folded.empty() ? "" : " ") + w;
                key = starts_upper(name) && c.source.present() ? "n|" + folded
                                                               : "a|" + std::to_string(a) + "|" + folded;
            }
            auto [it, fresh] = source_of_key.emplace(key, static_cast<uint32_t>(story.sources.size()));
            if (fresh) {
                StorySource s;
                s.id = it->second;
                s.name = entity >= 0 ? story.entities[entity].name : name;
                s.entity = entity;
                story.sources.push_back(std::move(s));
            }
            Said s{a, &c, it->second, story.articles[a].published, make_gist(c.content.text)};
            if (c.when_timex >= 0 && static_cast<size_t>(c.when_timex) < analysis.timexes.size() &&
                is_calendar_day(analysis.timexes[c.when_timex].time))
                s.said_on = timex3_value(analysis.timexes[c.when_timex].time);
            for (const Figure& f : c.figures)
                if (!f.value.empty()) s.gist.numbers.push_back(f.value);
            std::sort(s.gist.numbers.begin(), s.gist.numbers.end());
            s.gist.numbers.erase(std::unique(s.gist.numbers.begin(), s.gist.numbers.end()), s.gist.numbers.end());
            said.push_back(std::move(s));
        }
    }

    Groups groups(said.size());
    std::vector<std::vector<uint32_t>> articles_of(said.size());
    for (uint32_t i = 0; i < said.size(); ++i) articles_of[i] = {said[i].article};
    struct Revision { uint32_t a, b; const char* reason; };
    std::vector<Revision> revisions;
    std::unordered_map<std::string, std::vector<uint32_t>> by_pair;
    for (uint32_t i = 0; i < said.size(); ++i) {
        const Said& s = said[i];
        const std::string prefix = std::to_string(s.source) + "|";
        std::unordered_set<uint32_t> seen;
        for (const std::string& shingle : s.gist.shingles) {
            auto it = by_pair.find(prefix + shingle);
            if (it == by_pair.end()) continue;
            for (uint32_t other : it->second) {
                // a claim already grouped with this one (the same words again) has nothing more to tell: skipping
                // it before comparing keeps a claim that many outlets repeat from costing its repetitions squared
                if (groups.find(other) == groups.find(i) || !seen.insert(other).second) continue;
                const Said& o = said[other];
                const double j = jaccard(o.gist.words, s.gist.words);
                const bool same_polarity = o.gist.negated == s.gist.negated;
                const bool same_figures = o.gist.numbers == s.gist.numbers;
                if (j >= 0.6 && same_polarity && same_figures) {
                    const uint32_t ra = groups.find(other), rb = groups.find(i);
                    if (ra == rb || o.article == s.article) continue;
                    bool overlap = false;
                    for (uint32_t a : articles_of[rb])
                        overlap = overlap || std::binary_search(articles_of[ra].begin(), articles_of[ra].end(), a);
                    if (overlap) continue;
                    const uint32_t root = groups.join(ra, rb);
                    std::vector<uint32_t> merged;
                    std::merge(articles_of[ra].begin(), articles_of[ra].end(), articles_of[rb].begin(),
                               articles_of[rb].end(), std::back_inserter(merged));
                    articles_of[root == ra ? rb : ra].clear();
                    articles_of[root] = std::move(merged);
                } else if (j >= 0.5 && !same_polarity) {
                    revisions.push_back({other, i, "negation"});
                } else if (j >= 0.5 && !same_figures && !o.gist.numbers.empty() && !s.gist.numbers.empty()) {
                    revisions.push_back({other, i, "figures"});
                }
            }
        }
        for (const std::string& shingle : s.gist.shingles) {
            std::vector<uint32_t>& bucket = by_pair[prefix + shingle];
            if (bucket.size() < kMaxBucket) bucket.push_back(i);
        }
    }

    // Said earlier: the date of saying, then the article's publication, then the article's order and the text.
    auto before = [&](uint32_t x, uint32_t y) {
        const Said &a = said[x], &b = said[y];
        const std::string &da = a.said_on, &db = b.said_on;
        if (da != db) return !da.empty() && (db.empty() || da < db);
        const std::string &pa = story.articles[a.article].published, &pb = story.articles[b.article].published;
        if (pa != pb) return !pa.empty() && (pb.empty() || pa < pb);
        if (a.article != b.article) return a.article < b.article;
        return a.claim->id < b.claim->id;
    };
    std::unordered_map<uint32_t, uint32_t> group_index;
    std::vector<std::vector<uint32_t>> members;
    for (uint32_t i = 0; i < said.size(); ++i) {
        auto [it, fresh] = group_index.emplace(groups.find(i), static_cast<uint32_t>(members.size()));
        if (fresh) members.emplace_back();
        members[it->second].push_back(i);
    }
    for (std::vector<uint32_t>& m : members) std::sort(m.begin(), m.end(), before);
    std::vector<uint32_t> order(members.size());
    for (uint32_t g = 0; g < order.size(); ++g) order[g] = g;
    std::sort(order.begin(), order.end(), [&](uint32_t x, uint32_t y) { return before(members[x][0], members[y][0]); });
    std::vector<uint32_t> claim_of_group(members.size());
    for (uint32_t k = 0; k < order.size(); ++k) {
        const std::vector<uint32_t>& m = members[order[k]];
        claim_of_group[order[k]] = k;
        StoryClaim sc;
        sc.id = k;
        sc.source = said[m[0]].source;
        sc.content = said[m[0]].claim->content.text;
        for (uint32_t i : m) {
            const Said& s = said[i];
            sc.reports.push_back({s.article, s.claim->id, s.claim->sentence, s.claim->content.text, s.said_on});
            const std::string& outlet = story.articles[s.article].outlet;
            if (!outlet.empty() && std::find(sc.outlets.begin(), sc.outlets.end(), outlet) == sc.outlets.end())
                sc.outlets.push_back(outlet);
        }
        story.sources[sc.source].claims.push_back(k);
        story.claims.push_back(std::move(sc));
    }
    for (const Revision& r : revisions) {
        const uint32_t ga = claim_of_group[group_index.at(groups.find(r.a))];
        const uint32_t gb = claim_of_group[group_index.at(groups.find(r.b))];
        if (ga == gb) continue;
        const uint32_t later = std::max(ga, gb), earlier = std::min(ga, gb);
        const Said &e = said[members[order[earlier]][0]], &l = said[members[order[later]][0]];
        StoryRevision rev{earlier, r.reason, {}};
        if (rev.reason == "negation") rev.detail = l.gist.negated ? "negation added" : "negation dropped";
        else rev.detail = joined(e.gist.numbers) + " -> " + joined(l.gist.numbers);
        std::vector<StoryRevision>& list = story.claims[later].revises;
        const bool known = std::any_of(list.begin(), list.end(), [&](const StoryRevision& x) { return x.earlier == earlier; });
        if (!known) list.push_back(std::move(rev));
    }
    for (StoryClaim& c : story.claims)
        std::sort(c.revises.begin(), c.revises.end(),
                  [](const StoryRevision& x, const StoryRevision& y) { return x.earlier < y.earlier; });
}

}  // namespace storylens::story
