// attribution_golden_test.cpp — hand-written claim and entity expectations for the news texts in tests/attribution.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "storylens/analysis.hpp"
#include "test_support.hpp"

namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using storylens::analyze;
using storylens::Analysis;
using storylens::AnalyzeOptions;
using storylens::Claim;
using storylens::testing::read_file;

// Whitespace runs (line breaks inside a quote) compare as one space; quotes compare as straight quotes.
std::string folded(const std::string& text) {
    std::string out;
    bool space = false;
    for (size_t i = 0; i < text.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (std::isspace(c)) {
            space = true;
            continue;
        }
        if (space && !out.empty()) out += ' ';
        space = false;
        // U+2018/2019/201C/201D are E2 80 98..9D in UTF-8
        if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80) {
            const unsigned char last = static_cast<unsigned char>(text[i + 2]);
            if (last == 0x98 || last == 0x99) { out += '\''; i += 2; continue; }
            if (last == 0x9C || last == 0x9D) { out += '"'; i += 2; continue; }
        }
        out += static_cast<char>(std::tolower(c));
    }
    return out;
}

bool contains(const std::string& haystack, const std::string& needle) {
    return folded(haystack).find(folded(needle)) != std::string::npos;
}

std::string describe(const Analysis& a, const Claim& c) {
    return "[" + std::to_string(c.id) + "] " + storylens::claim_source_name(a, c) + " | " + c.cue.text + " | " +
           storylens::claim_kind_name(c.kind) + " | parent " + std::to_string(c.parent) + " | " +
           c.content.text.substr(0, 70);
}

// Empty when claim `c` matches expectation `x`, else what differs. `expected_parent` is a claim id or -1.
std::string compare_claim(const Analysis& a, const Claim& c, const json& x, int expected_parent) {
    const std::string gist = "\"" + x.at("content").get<std::string>() + "\"";
    const std::string source = storylens::claim_source_name(a, c);
    const std::string wanted_source = x.at("source").get<std::string>();
    // a resolved source must be the expected entity; an unresolved one must be the expected words
    const bool source_ok = c.source_entity >= 0 ? folded(source) == folded(wanted_source)
                                                : contains(c.source.text, wanted_source);
    if (!source_ok)
        return gist + ": source is \"" + source + "\" (mention \"" + c.source.text + "\"), expected \"" +
               wanted_source + "\"";
    if (folded(c.cue.text) != folded(x.at("cue").get<std::string>()))
        return gist + ": cue is \"" + c.cue.text + "\", expected \"" + x.at("cue").get<std::string>() + "\"";
    if (std::string(storylens::claim_kind_name(c.kind)) != x.at("kind").get<std::string>())
        return gist + ": kind is " + storylens::claim_kind_name(c.kind) + ", expected " +
               x.at("kind").get<std::string>();
    if (x.contains("parent")) {
        if (expected_parent < 0 || c.parent != expected_parent)
            return gist + ": parent is " + std::to_string(c.parent) + ", expected the claim matched by expectation " +
                   std::to_string(x.at("parent").get<size_t>());
    } else if (c.parent >= 0) {
        return gist + ": unexpected parent " + std::to_string(c.parent);
    }
    return "";
}

// Several claims may hold the same words (a nested quote and its enclosing claim): the expectation is met when
// any of them matches in full. Returns the matched claim id via `id`, or the first candidate's problem.
std::string check_claim(const Analysis& a, const json& expectations, const json& x, const std::vector<int>& matched,
                        int& id) {
    id = -1;
    int expected_parent = -1;
    if (x.contains("parent")) {
        const size_t parent_index = x.at("parent").get<size_t>();
        if (parent_index < matched.size()) expected_parent = matched[parent_index];
        // the parent expectation may itself be a known failure: then its claim is the one with its content and cue
        if (expected_parent < 0 && parent_index < expectations.size()) {
            const json& p = expectations[parent_index];
            for (const Claim& c : a.claims)
                if (contains(c.content.text, p.at("content").get<std::string>()) &&
                    contains(c.cue.text, p.at("cue").get<std::string>()))
                    expected_parent = static_cast<int>(c.id);
        }
    }
    std::string first_problem;
    for (const Claim& c : a.claims) {
        if (!contains(c.content.text, x.at("content").get<std::string>())) continue;
        const std::string problem = compare_claim(a, c, x, expected_parent);
        if (problem.empty()) {
            id = static_cast<int>(c.id);
            return "";
        }
        if (first_problem.empty()) first_problem = problem;
    }
    return first_problem.empty() ? "no claim with content \"" + x.at("content").get<std::string>() + "\""
                                 : first_problem;
}

std::string check_entity(const Analysis& a, const json& x) {
    const std::string name = x.at("name").get<std::string>();
    const std::string type = x.at("type").get<std::string>();
    for (const storylens::Entity& e : a.entities) {
        if (folded(e.name) != folded(name)) continue;
        if (type == storylens::entity_type_name(e.type)) return "";
        return "entity \"" + name + "\" is " + storylens::entity_type_name(e.type) + ", expected " + type;
    }
    return "no entity \"" + name + "\"";
}

TEST(AttributionGolden, NewsTexts) {
    const fs::path dir = fs::path(STORYLENS_SOURCE_DIR) / "tests" / "attribution";
    std::vector<fs::path> texts;
    for (const auto& entry : fs::directory_iterator(dir))
        if (entry.path().extension() == ".txt") texts.push_back(entry.path());
    std::sort(texts.begin(), texts.end());
    ASSERT_GE(texts.size(), 10u);
    for (const fs::path& text_path : texts) {
        fs::path expect_path = text_path;
        expect_path.replace_extension(".expect.json");
        ASSERT_TRUE(fs::exists(expect_path)) << "missing " << expect_path;
        const json expect = json::parse(read_file(expect_path.string()));
        const Analysis a = analyze(read_file(text_path.string()), AnalyzeOptions{expect.at("dct").get<std::string>()});
        SCOPED_TRACE(text_path.filename().string());
        const auto failures = [] {
            return ::testing::UnitTest::GetInstance()->current_test_info()->result()->total_part_count();
        };
        const int failures_before = failures();

        const json& claims = expect.at("claims");
        std::vector<int> matched(claims.size(), -1);
        size_t claims_ok = 0, known = 0;
        for (size_t n = 0; n < claims.size(); ++n) {
            const json& x = claims[n];
            const std::string problem = check_claim(a, claims, x, matched, matched[n]);
            if (x.value("known_failure", false)) {
                ++known;
                // a known failure that starts to pass must have its expectation updated
                EXPECT_FALSE(problem.empty()) << "known failure now passes: " << x.dump();
                continue;
            }
            EXPECT_TRUE(problem.empty()) << problem;
            if (problem.empty()) ++claims_ok;
        }
        const json& entities = expect.at("entities");
        size_t entities_ok = 0, known_entities = 0;
        for (const json& x : entities) {
            const std::string problem = check_entity(a, x);
            if (x.value("known_failure", false)) {
                ++known_entities;
                EXPECT_FALSE(problem.empty()) << "known failure now passes: " << x.dump();
                continue;
            }
            EXPECT_TRUE(problem.empty()) << problem;
            if (problem.empty()) ++entities_ok;
        }
        if (failures() > failures_before) {
            std::cout << "claims found in " << text_path.filename().string() << ":\n";
            for (const Claim& c : a.claims) std::cout << "  " << describe(a, c) << "\n";
        }
        std::cout << "[attribution] " << text_path.filename().string() << ": claims " << claims_ok << "/"
                  << claims.size() << " (known failures " << known << "), entities " << entities_ok << "/"
                  << entities.size() << " (known failures " << known_entities << ")\n";
    }
}

}  // namespace
