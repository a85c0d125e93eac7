// story_events.cpp — the story timeline: one story event per real-world happening, with every article's report.
// Two reports from different articles are one event when
//   - both are dated to the same day and share a participant (a story entity) and either two gist words
//     besides the participants' names (or a third of them), or three words of their whole sentences (15 % of
//     them, names aside) — "shared participants and gist" / "... and sentence";
//   - or both are dated to the same day with half of their gist words, three or more, shared ("same gist");
//   - or they are dated a day apart (a late report, another time zone) and share a participant and half of
//     their gist words: one event whose reports disagree on the date.
// Reports of one article are never joined (the article already merged its own mentions). Candidates come from a
// hash map keyed by (day, sentence word), so each report is compared only with reports of its own day (or the
// next) that share a word; a word shared by very many reports of one day says nothing and is not a key.
#include <algorithm>
#include <string>
#include <unordered_map>

#include "storylens/calendar.hpp"
#include "story/story_build.hpp"
#include "story/story_text.hpp"

namespace storylens::story {

namespace {

constexpr size_t kMaxBucket = 200;
// Whole-sentence evidence: gists are short and often miss the words two reports share.
constexpr size_t kMinSharedSentenceWords = 3;
constexpr double kMinSentenceJaccard = 0.15;  // reports of one day sharing one word, beyond which the word is no key

struct Report {
    uint32_t article = 0;
    const Event* event = nullptr;
    long day = -1;  // days since 1970 when dated to a day, else -1
    Gist gist;
    Gist sentence;                       // the content words of the whole sentence, participants' names aside
    std::vector<uint32_t> participants;  // story entity ids, sorted unique
};

long day_of(const Interval& in) {
    calendar::Date d;
    if (in.start.empty() || in.start != in.end || !calendar::parse_iso_date(in.start, d)) return -1;
    return calendar::days_from_civil(d.year, d.month, d.day);
}

bool share_any(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
    size_t i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i] < b[j]) ++i;
        else if (b[j] < a[i]) ++j;
        else return true;
    }
    return false;
}

const char* same_event(const Report& x, const Report& y) {
    const bool participant = share_any(x.participants, y.participants);
    const size_t shared = shared_count(x.gist.words, y.gist.words);
    const double j = jaccard(x.gist.words, y.gist.words);
    if (x.day == y.day) {
        if (participant && (shared >= 2 || j >= 0.34)) return "shared participants and gist";
        if (shared >= 3 && j >= 0.5) return "same gist";
        const size_t in_sentence = shared_count(x.sentence.words, y.sentence.words);
        if (participant && in_sentence >= kMinSharedSentenceWords &&
            jaccard(x.sentence.words, y.sentence.words) >= kMinSentenceJaccard)
            return "shared participants and sentence";
        return nullptr;
    }
    if (participant && shared >= 3 && j >= 0.5) return "shared participants and gist";
    return nullptr;
}

std::string key_of(long day, const std::string& word) { return std::to_string(day) + "|" + word; }

}  // namespace

void link_events(const std::vector<StoryArticle>& articles, const std::vector<bool>& usable,
                 const EntityMap& entity_of, Story& story) {
    std::vector<Report> reports;
    for (uint32_t a = 0; a < articles.size(); ++a) {
        if (!usable[a]) continue;
        for (const Event& e : articles[a].analysis.events) {
            const Analysis& an = articles[a].analysis;
            const std::string_view sentence_text =
                e.sentence < an.document.sentences.size()
                    ? an.document.sentences[e.sentence].span.of(an.source.text) : std::string_view();
            Report r{a, &e, day_of(e.interval), make_gist(e.text), make_gist(sentence_text), {}};
            for (uint32_t p : e.participants)
                if (p < entity_of[a].size() && entity_of[a][p] >= 0)
                    r.participants.push_back(static_cast<uint32_t>(entity_of[a][p]));
            std::sort(r.participants.begin(), r.participants.end());
            r.participants.erase(std::unique(r.participants.begin(), r.participants.end()), r.participants.end());
            // The participants' names are the participant evidence: left in the gist they would count twice.
            std::vector<std::string> names;
            for (uint32_t p : r.participants) {
                const StoryEntity& se = story.entities[p];
                for (std::string& w : folded_words(se.name)) names.push_back(std::move(w));
                for (const std::string& alias : se.aliases)
                    for (std::string& w : folded_words(alias)) names.push_back(std::move(w));
            }
            std::sort(names.begin(), names.end());
            for (std::vector<std::string>* words : {&r.gist.words, &r.sentence.words})
                words->erase(std::remove_if(words->begin(), words->end(), [&](const std::string& w) {
                                 return std::binary_search(names.begin(), names.end(), w);
                             }), words->end());
            reports.push_back(std::move(r));
        }
    }

    Groups groups(reports.size());
    std::vector<std::vector<uint32_t>> articles_of(reports.size());  // per root: its articles, sorted
    std::vector<const char*> why(reports.size(), nullptr);
    for (uint32_t i = 0; i < reports.size(); ++i) articles_of[i] = {reports[i].article};
    auto disjoint = [&](uint32_t ra, uint32_t rb) {
        for (uint32_t a : articles_of[ra])
            if (std::binary_search(articles_of[rb].begin(), articles_of[rb].end(), a)) return false;
        return true;
    };

    std::unordered_map<std::string, std::vector<uint32_t>> by_day_word;
    for (uint32_t i = 0; i < reports.size(); ++i) {
        const Report& r = reports[i];
        if (r.day < 0) continue;
        for (long day : {r.day, r.day - 1, r.day + 1})
            for (const std::string& w : r.sentence.words) {
                auto it = by_day_word.find(key_of(day, w));
                if (it == by_day_word.end()) continue;
                for (uint32_t other : it->second) {
                    const uint32_t ra = groups.find(other), rb = groups.find(i);
                    if (ra == rb || reports[other].article == r.article || !disjoint(ra, rb)) continue;
                    const char* reason = same_event(reports[other], r);
                    if (!reason) continue;
                    const uint32_t root = groups.join(ra, rb);
                    const uint32_t gone = root == ra ? rb : ra;
                    std::vector<uint32_t> merged;
                    std::merge(articles_of[ra].begin(), articles_of[ra].end(), articles_of[rb].begin(),
                               articles_of[rb].end(), std::back_inserter(merged));
                    articles_of[root] = std::move(merged);
                    articles_of[gone].clear();
                    if (!why[root]) why[root] = reason;
                }
            }
        for (const std::string& w : r.sentence.words) {
            std::vector<uint32_t>& bucket = by_day_word[key_of(r.day, w)];
            if (bucket.size() < kMaxBucket) bucket.push_back(i);
        }
    }

    auto earlier = [&](uint32_t a, uint32_t b) {  // article a published before article b
        const std::string &pa = story.articles[a].published, &pb = story.articles[b].published;
        if (pa != pb) return !pa.empty() && (pb.empty() || pa < pb);
        return a < b;
    };
    std::unordered_map<uint32_t, uint32_t> event_of_root;
    std::vector<StoryEvent> events;
    for (uint32_t i = 0; i < reports.size(); ++i) {
        const uint32_t root = groups.find(i);
        auto [it, fresh] = event_of_root.emplace(root, static_cast<uint32_t>(events.size()));
        if (fresh) events.emplace_back();
        StoryEvent& se = events[it->second];
        const Report& r = reports[i];
        se.reports.push_back({r.article, r.event->id, r.event->sentence, r.event->span, r.event->text, r.event->when.value,
                              r.event->interval});
        se.participants.insert(se.participants.end(), r.participants.begin(), r.participants.end());
        if (why[root]) se.merged_by = why[root];
    }
    for (StoryEvent& se : events) {
        std::stable_sort(se.reports.begin(), se.reports.end(), [&](const StoryEventReport& x, const StoryEventReport& y) {
            return x.article != y.article && earlier(x.article, y.article);
        });
        se.first_article = se.reports.front().article;
        se.text = se.reports.front().text;
        se.interval = se.reports.front().interval;
        for (const StoryEventReport& r : se.reports) {
            if (r.interval.start.empty()) continue;
            if (se.interval.start.empty()) { se.interval = r.interval; continue; }
            if (r.interval.start != se.interval.start || r.interval.end != se.interval.end) {
                // keep the narrower interval when one holds the other; a day against another day disagrees
                if (r.interval.start >= se.interval.start && r.interval.end <= se.interval.end) se.interval = r.interval;
                else if (!(se.interval.start >= r.interval.start && se.interval.end <= r.interval.end))
                    se.dates_disagree = true;
            }
        }
        std::sort(se.participants.begin(), se.participants.end());
        se.participants.erase(std::unique(se.participants.begin(), se.participants.end()), se.participants.end());
    }
    // Oldest first; undated last; ties by the article that reported it first, then by its place there.
    std::stable_sort(events.begin(), events.end(), [&](const StoryEvent& x, const StoryEvent& y) {
        const std::string &sx = x.interval.start, &sy = y.interval.start;
        if (sx != sy) return !sx.empty() && (sy.empty() || sx < sy);
        if (x.first_article != y.first_article) return earlier(x.first_article, y.first_article);
        return x.reports.front().event < y.reports.front().event;
    });
    for (uint32_t i = 0; i < events.size(); ++i) events[i].id = i;
    story.events = std::move(events);
}

}  // namespace storylens::story
