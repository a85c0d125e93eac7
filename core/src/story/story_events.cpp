// story_events.cpp — the story timeline: one story event per real-world happening, with every article's report.
// Two reports from different articles are one event when
//   - both are dated to the same day and share a participant (a story entity) and either two gist words
//     besides the participants' names (or a third of them), or three words of their whole sentences (15 % of
//     them, names aside) — "shared participants and gist" / "... and sentence";
//   - or both are dated to the same day with half of their gist words, three or more, shared ("same gist");
//   - or both are dated to the same day, their sentences name a story entity in common, and they share two
//     sentence words compared by base (story_text's word_base: "won" = "victories", "caucuses" = "caucus"),
//     among them a word of each gist — the happening itself, not only its setting ("shared names and event
//     words"), unless the two sentences name a different person first (two people's happenings); the
//     sentence's dates are left out of its words (the date is compared on its own);
//   - or they are dated a day apart (a late report, another time zone) and share a participant and half of
//     their gist words: one event whose reports disagree on the date.
// Reports of one article are never joined (the article already merged its own mentions). Candidates come from a
// hash map keyed by (day, base of a sentence word), so each report is compared only with reports of its own day (or the
// next) that share a word; a word shared by very many reports of one day says nothing and is not a key.
#include <algorithm>
#include <cstdint>
#include <iterator>
#include <string>
#include <unordered_map>
#include <utility>

#include "storylens/calendar.hpp"
#include "story/story_build.hpp"
#include "story/story_text.hpp"

namespace storylens::story {

namespace {

constexpr size_t kMaxBucket = 200;  // reports of one day sharing one word, beyond which the word is no key
// Whole-sentence evidence: gists are short and often miss the words two reports share.
constexpr size_t kMinSharedSentenceWords = 3;
constexpr double kMinSentenceJaccard = 0.15;
constexpr size_t kMinSharedEventWords = 2;  // sentence words compared by base, with a word of each gist

struct Report {
    uint32_t article = 0;
    const Event* event = nullptr;
    long day = -1;  // days since 1970 when dated to a day, else -1
    Gist gist;
    Gist sentence;                       // the content words of the whole sentence, names and dates aside
    std::vector<uint32_t> participants;  // story entity ids, sorted unique
    std::vector<uint32_t> in_sentence;   // story entities named in its sentence, the participants too, sorted unique
    int64_t first_person = -1;           // the story entity of the person its sentence names first, or -1
};

void sort_unique(std::vector<uint32_t>& ids) {
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
}

bool holds_any(const std::vector<std::string>& words, const std::vector<std::string>& shared) {
    return shared_count(words, shared) > 0;
}

std::vector<std::string> intersection(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    std::vector<std::string> out;
    std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
    return out;
}

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
    const bool named_together = share_any(x.in_sentence, y.in_sentence);
    const std::vector<std::string> shared_bases = intersection(x.sentence.bases, y.sentence.bases);
    // the words for the happening itself, compared by base ("won" = "victories"), must include a word of each gist
    const bool event_words = shared_bases.size() >= kMinSharedEventWords &&
                             holds_any(x.gist.bases, shared_bases) && holds_any(y.gist.bases, shared_bases);
    const size_t shared = shared_count(x.gist.words, y.gist.words);
    const double j = jaccard(x.gist.words, y.gist.words);
    if (x.day == y.day) {
        if (participant && (shared >= 2 || j >= 0.34)) return "shared participants and gist";
        if (shared >= 3 && j >= 0.5) return "same gist";
        const size_t in_sentence = shared_count(x.sentence.words, y.sentence.words);
        if (participant && in_sentence >= kMinSharedSentenceWords &&
            jaccard(x.sentence.words, y.sentence.words) >= kMinSentenceJaccard)
            return "shared participants and sentence";
        // Sentences led by two different people tell two people's happenings, however alike their words
        // ("Clinton won ..." and "In a victory speech ..., Mr. Trump struck a measured tone").
        const bool other_people = x.first_person >= 0 && y.first_person >= 0 && x.first_person != y.first_person;
        if (named_together && event_words && !other_people) return "shared names and event words";
        return nullptr;
    }
    if (participant && shared >= 3 && j >= 0.5) return "shared participants and gist";
    return nullptr;
}

std::string key_of(long day, const std::string& word) { return std::to_string(day) + "|" + word; }

}  // namespace

void link_events(const std::vector<StoryArticle>& articles, const std::vector<bool>& usable,
                 const EntityMap& entity_of, Story& story) {
    // Which story entities each sentence of each article names: evidence beyond an event's own participants.
    std::vector<std::vector<std::vector<uint32_t>>> named_in(articles.size());
    std::vector<std::vector<std::pair<uint32_t, int64_t>>> first_person_in(articles.size());  // (start, entity)
    for (const StoryEntity& se : story.entities)
        for (const StoryEntityMember& m : se.members)
            for (const Mention& mention : m.mentions) {
                std::vector<std::vector<uint32_t>>& per_sentence = named_in[m.article];
                if (per_sentence.size() <= mention.sentence) per_sentence.resize(mention.sentence + 1);
                per_sentence[mention.sentence].push_back(se.id);
                if (se.type != EntityType::Person) continue;
                std::vector<std::pair<uint32_t, int64_t>>& first = first_person_in[m.article];
                if (first.size() <= mention.sentence) first.resize(mention.sentence + 1, {UINT32_MAX, -1});
                if (mention.span.start < first[mention.sentence].first) first[mention.sentence] = {mention.span.start, se.id};
            }
    auto name_words = [&](const std::vector<uint32_t>& ids) {
        std::vector<std::string> names;
        for (uint32_t p : ids) {
            const StoryEntity& se = story.entities[p];
            for (std::string& w : folded_words(se.name)) names.push_back(std::move(w));
            for (const std::string& alias : se.aliases)
                for (std::string& w : folded_words(alias)) names.push_back(std::move(w));
        }
        std::sort(names.begin(), names.end());
        return names;
    };

    std::vector<Report> reports;
    for (uint32_t a = 0; a < articles.size(); ++a) {
        if (!usable[a]) continue;
        const Analysis& an = articles[a].analysis;
        // A sentence's dates are the date evidence: left among its words, "Monday" would join every Monday event.
        std::vector<std::vector<Span>> dates_in(an.document.sentences.size());
        for (const Timex& t : an.timexes)
            if (t.sentence < dates_in.size()) dates_in[t.sentence].push_back(t.span);
        // So is the dateline ("ROTTERDAM —"): where the article was filed, not what happened in the sentence.
        if (an.source.dateline.present)
            for (const Sentence& s : an.document.sentences)
                if (s.span.start < an.source.dateline.span.end && an.source.dateline.span.start < s.span.end)
                    dates_in[s.id].push_back(an.source.dateline.span);
        for (const Event& e : an.events) {
            std::string sentence_text;
            if (e.sentence < an.document.sentences.size()) {
                const Span sp = an.document.sentences[e.sentence].span;
                sentence_text = std::string(sp.of(an.source.text));
                for (const Span& t : dates_in[e.sentence])
                    for (uint32_t k = std::max(t.start, sp.start); k < std::min(t.end, sp.end); ++k)
                        sentence_text[k - sp.start] = ' ';
            }
            Report r{a, &e, day_of(e.interval), make_gist(e.text), make_gist(sentence_text), {}, {}, {}};
            for (uint32_t p : e.participants)
                if (p < entity_of[a].size() && entity_of[a][p] >= 0)
                    r.participants.push_back(static_cast<uint32_t>(entity_of[a][p]));
            sort_unique(r.participants);
            r.in_sentence = r.participants;
            if (e.sentence < named_in[a].size())
                r.in_sentence.insert(r.in_sentence.end(), named_in[a][e.sentence].begin(), named_in[a][e.sentence].end());
            sort_unique(r.in_sentence);
            if (e.sentence < first_person_in[a].size()) r.first_person = first_person_in[a][e.sentence].second;
            // Names are the participant evidence: left among the words they would count twice.
            const std::vector<std::string> names = name_words(r.participants);
            for (std::vector<std::string>* words : {&r.gist.words, &r.sentence.words})
                words->erase(std::remove_if(words->begin(), words->end(), [&](const std::string& w) {
                                 return std::binary_search(names.begin(), names.end(), w);
                             }), words->end());
            std::vector<std::string> named_bases;
            for (const std::string& w : name_words(r.in_sentence)) named_bases.push_back(word_base(w));
            std::sort(named_bases.begin(), named_bases.end());
            for (std::vector<std::string>* bases : {&r.gist.bases, &r.sentence.bases})
                bases->erase(std::remove_if(bases->begin(), bases->end(), [&](const std::string& w) {
                                 return std::binary_search(named_bases.begin(), named_bases.end(), w);
                             }), bases->end());
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
            for (const std::string& w : r.sentence.bases) {
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
        for (const std::string& w : r.sentence.bases) {
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
        se.reports.push_back({r.article, r.event->id, r.event->sentence, r.event->span, r.event->text, timex3_value(r.event->when.time),
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
