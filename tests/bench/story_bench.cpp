// story_bench.cpp — time and memory of analyze_story() on stories of 10, 100 and 1,000 articles.
//   usage: story_bench [--counts 10,100,1000] FILE...
// Analyses each FILE once (untimed), then builds stories of each count by cycling through those analyses with
// dates spread over a month (repeated texts are the hard case: every name, day and claim collides), and prints
// one JSON line per count: articles, seconds of analyze_story alone, microseconds per article, story sizes and
// the process's peak resident memory. Numbers depend on the machine; not a ctest test.

#include <chrono>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include "storylens/story.hpp"

#include "peak_memory.hpp"

int main(int argc, char** argv) {
    std::vector<size_t> counts = {10, 100, 1000};
    std::vector<std::string> files;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--counts" && i + 1 < argc) {
            counts.clear();
            std::stringstream list(argv[++i]);
            for (std::string n; std::getline(list, n, ',');) counts.push_back(std::stoul(n));
        } else files.push_back(arg);
    }
    if (files.empty()) {
        std::fprintf(stderr, "usage: story_bench [--counts 10,100,1000] FILE...\n");
        return 2;
    }
    std::vector<storylens::Analysis> analyses;
    for (const std::string& f : files) {
        std::ifstream in(f, std::ios::binary);
        const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        analyses.push_back(storylens::analyze(bytes, {}));
    }
    for (size_t n : counts) {
        std::vector<storylens::StoryArticle> articles(n);
        for (size_t i = 0; i < n; ++i) {
            articles[i].analysis = analyses[i % analyses.size()];
            articles[i].label = files[i % files.size()] + "#" + std::to_string(i);
            char date[16];
            std::snprintf(date, sizeof date, "2016-06-%02zu", 1 + i % 28);
            articles[i].published = date;
            articles[i].outlet = "outlet " + std::to_string(i % 7);
        }
        const auto start = std::chrono::steady_clock::now();
        const storylens::Result<storylens::Story> story = storylens::analyze_story(articles);
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        std::printf("{\"articles\": %zu, \"seconds\": %.4f, \"us_per_article\": %.1f, \"entities\": %zu, "
                    "\"events\": %zu, \"claims\": %zu, \"sources\": %zu, \"peak_rss_mb\": %.1f}\n",
                    n, seconds, seconds * 1e6 / static_cast<double>(n), story.value.entities.size(),
                    story.value.events.size(), story.value.claims.size(), story.value.sources.size(),
                    static_cast<double>(peak_memory_bytes()) / (1 << 20));
    }
    return 0;
}
