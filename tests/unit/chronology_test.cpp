// chronology_test.cpp — golden chronologies: short news texts in tests/chronology/<name>.txt, each with
// <name>.expect.json listing the DCT and the events a reader finds, in order. Every expected event must be in
// Analysis::timeline (matched by gist or by its sentence) with its date, in the listed order, with its relations.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "storylens/analysis.hpp"

namespace storylens {
namespace {

namespace fs = std::filesystem;

std::string read_file(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string lower(std::string s) {
    for (char& c : s)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return s;
}

std::string timeline_text(const Analysis& a) {
    std::ostringstream s;
    for (uint32_t id : a.timeline) {
        const Event& e = a.events[id];
        s << "\n  #" << id << " [" << timex3_value(e.when.time) << " " << e.interval.start << ".." << e.interval.end << "] "
          << e.text;
    }
    return s.str();
}

bool date_matches(const Event& e, const std::string& value) {
    return timex3_value(e.when.time) == value || (!e.interval.start.empty() && e.interval.start.rfind(value, 0) == 0);
}

// Whole-word containment: "died" is not inside "studied".
bool contains_words(const std::string& hay, const std::string& needle) {
    auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); };
    for (size_t at = hay.find(needle); at != std::string::npos; at = hay.find(needle, at + 1)) {
        const size_t end = at + needle.size();
        if ((at == 0 || !letter(hay[at - 1])) && (end >= hay.size() || !letter(hay[end]))) return true;
    }
    return false;
}

// Position in the timeline of the event an expectation names: by gist, else by its clause, else by its
// sentence; among several candidates the one with the expected date.
int find_in_timeline(const Analysis& a, const std::string& gist, const std::string& value = "") {
    const std::string needle = lower(gist);
    auto text_of = [&](const Event& e, int level) {
        if (level == 0) return lower(e.text);
        const Span s = level == 1 ? e.span : a.document.sentences[e.sentence].span;
        return lower(std::string(s.of(a.source.text)));
    };
    for (int level = 0; level < 3; ++level) {
        int first = -1;
        for (size_t pos = 0; pos < a.timeline.size(); ++pos) {
            const Event& e = a.events[a.timeline[pos]];
            if (!contains_words(text_of(e, level), needle)) continue;
            if (value.empty() || date_matches(e, value)) return static_cast<int>(pos);
            if (first < 0) first = static_cast<int>(pos);
        }
        if (first >= 0) return first;
    }
    return -1;
}

bool has_relation(const Analysis& a, uint32_t before, uint32_t after) {
    return std::any_of(a.relations.begin(), a.relations.end(),
                       [&](const Relation& r) { return r.before == before && r.after == after; });
}

// Checks one expectation; returns "" when it holds, else what went wrong. `last_pos` is the timeline position
// of the previous expected event (the order check).
std::string check(const Analysis& a, const nlohmann::json& x, int& last_pos) {
    const std::string gist = x.at("gist");
    const int pos = find_in_timeline(a, gist, x.value("value", ""));
    if (pos < 0) return "no event for \"" + gist + "\"";
    const Event& e = a.events[a.timeline[pos]];
    if (x.contains("value") && !date_matches(e, x["value"])) return "\"" + gist + "\" dated " + timex3_value(e.when.time);
    if (x.contains("interval_end") && e.interval.end != x["interval_end"])
        return "\"" + gist + "\" interval ends " + e.interval.end;
    for (const char* key : {"before", "after"}) {
        if (!x.contains(key)) continue;
        const int other = find_in_timeline(a, x[key]);
        if (other < 0) return "no event for \"" + x[key].get<std::string>() + "\"";
        const uint32_t self_id = a.timeline[pos], other_id = a.timeline[other];
        const bool ok = std::string(key) == "before" ? has_relation(a, self_id, other_id)
                                                     : has_relation(a, other_id, self_id);
        if (!ok) return "no relation: \"" + gist + "\" " + key + " \"" + x[key].get<std::string>() + "\"";
    }
    if (pos < last_pos) return "\"" + gist + "\" is out of order";
    last_pos = pos;
    return "";
}

TEST(Chronology, GoldenNewsTexts) {
    const fs::path dir = fs::path(STORYLENS_SOURCE_DIR) / "tests" / "chronology";
    size_t texts = 0;
    for (const auto& entry : fs::directory_iterator(dir)) {
        if (entry.path().extension() != ".txt") continue;
        fs::path expect_path = entry.path();
        expect_path.replace_extension(".expect.json");
        ASSERT_TRUE(fs::exists(expect_path)) << "missing " << expect_path;
        ++texts;
        const nlohmann::json expect = nlohmann::json::parse(read_file(expect_path));
        const Analysis a = analyze(read_file(entry.path()), AnalyzeOptions{expect.at("dct").get<std::string>()});
        SCOPED_TRACE(entry.path().filename().string() + " timeline:" + timeline_text(a));
        int last_pos = -1;
        const nlohmann::json& events = expect.at("events");
        for (size_t n = 0; n < events.size(); ++n) {
            const nlohmann::json& x = events[n];
            int pos_before = last_pos;
            std::string problem = check(a, x, last_pos);
            // the order also holds against the events listed after this one
            for (size_t later = n + 1; problem.empty() && later < events.size(); ++later) {
                const int at = find_in_timeline(a, events[later].at("gist"), events[later].value("value", ""));
                if (at >= 0 && at < last_pos && !events[later].value("known_failure", false))
                    problem = "\"" + events[later].at("gist").get<std::string>() + "\" comes before \"" +
                              x.at("gist").get<std::string>() + "\"";
            }
            if (x.value("known_failure", false)) {
                // a known failure that starts to pass must have its expectation updated
                EXPECT_FALSE(problem.empty()) << "known failure now passes: " << x.dump();
                last_pos = pos_before;
                continue;
            }
            EXPECT_TRUE(problem.empty()) << problem;
        }
    }
    EXPECT_GE(texts, 10u);
}

}  // namespace
}  // namespace storylens
