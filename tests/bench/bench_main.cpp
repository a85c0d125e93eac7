// bench_main.cpp — throughput and memory of storylens::analyze on whole files.
//   usage: bench [-n RUNS] [--articles] [--stage time|claims|json|snapshot|index|pos|tokens|redate] FILE...
// Reads every file, analyzes each one RUNS times (default 3) and prints one JSON line: input size, wall time,
// MB/s (1 MB = 2^20 bytes, over all runs) and the process's peak resident memory (getrusage; under WebAssembly
// the size of the linear memory, which only grows). scripts/bench.sh drives it; see docs/benchmarks.md.
// Without --stage it also prints the CPU seconds of each stage of the pipeline (stage_cpu_seconds).
// --articles analyzes each article of a file on its own (articles are separated by two blank lines, as
// scripts/gen_corpus.py writes them) instead of the whole file as one document.
// --stage time / --stage claims time only the temporal tagger (tag_time) or claim extraction (find_claims):
// the stages they read run once, untimed. Time alone is what compares with chrono-node.
// --stage snapshot times write_snapshot and read_snapshot of each analysis separately (MB/s of input text) and
// reports the snapshot size over the input size: what handing an analysis from a Web Worker to the viewer costs.
// --stage json times the JSON export of each analysis as the CLI writes it (write_json to a sink that counts the
// bytes, standing for the file); MB/s of input text.
// --stage pos times the part-of-speech tagger alone over every sentence of the segmented documents.
// --stage redate times storylens::redate (a new publication date for an analysis, as the viewer's date field).
// --stage tokens times text::TokenStream::build (folding, interning, lexicon bits) and tag_all of each document.
// --stage index times SearchIndex::build of each analysis, then a fixed set of queries (a word, a name, a
// phrase, a one-letter prefix, a miss) on each index: build ms per run and microseconds per query.
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "storylens/analysis.hpp"
#include "storylens/export.hpp"
#include "storylens/pos.hpp"
#include "storylens/search_index.hpp"
#include "storylens/snapshot.hpp"

#include "peak_memory.hpp"
#include "text/token_stream.hpp"

namespace {

std::string json_escape(const std::string& s) {
    std::string out;
    for (const char c : s) {
        if (c == '"' || c == '\\') out += '\\';
        if (static_cast<unsigned char>(c) < 0x20) continue;
        out += c;
    }
    return out;
}

// --stage snapshot: write every analysis RUNS times, then read every snapshot RUNS times; one JSON line.
int bench_snapshot(const std::vector<storylens::Analysis>& analyses, int runs, uint64_t input_bytes, bool articles) {
    using clock = std::chrono::steady_clock;
    std::vector<std::string> snapshots(analyses.size());
    const auto write_start = clock::now();
    for (int r = 0; r < runs; ++r)
        for (size_t i = 0; i < analyses.size(); ++i) snapshots[i] = storylens::write_snapshot(analyses[i]);
    const double write_seconds = std::chrono::duration<double>(clock::now() - write_start).count();
    uint64_t snapshot_bytes = 0, failures = 0, tokens = 0;
    const auto read_start = clock::now();
    for (int r = 0; r < runs; ++r)
        for (const std::string& s : snapshots) {
            const storylens::Result<storylens::Analysis> back = storylens::read_snapshot(s);
            if (r == 0) snapshot_bytes += s.size(), failures += back.ok() ? 0 : 1, tokens += back.value.document.tokens.size();
        }
    const double read_seconds = std::chrono::duration<double>(clock::now() - read_start).count();
    const double mb = static_cast<double>(input_bytes) / (1024.0 * 1024.0);
    std::printf("{\"bench\":\"snapshot\",\"mode\":\"%s\",\"documents\":%zu,\"bytes\":%llu,\"runs\":%d,"
                "\"snapshot_bytes\":%llu,\"snapshot_over_input\":%.2f,\"tokens\":%llu,\"write_seconds\":%.4f,"
                "\"write_mb_per_s\":%.1f,\"write_ms_per_run\":%.2f,\"read_seconds\":%.4f,\"read_mb_per_s\":%.1f,"
                "\"read_ms_per_run\":%.2f,\"read_failures\":%llu,\"peak_rss_bytes\":%llu}\n",
                articles ? "articles" : "whole", analyses.size(), static_cast<unsigned long long>(input_bytes), runs,
                static_cast<unsigned long long>(snapshot_bytes),
                input_bytes ? static_cast<double>(snapshot_bytes) / static_cast<double>(input_bytes) : 0.0,
                static_cast<unsigned long long>(tokens), write_seconds,
                write_seconds > 0 ? mb * runs / write_seconds : 0.0, 1000.0 * write_seconds / runs, read_seconds,
                read_seconds > 0 ? mb * runs / read_seconds : 0.0, 1000.0 * read_seconds / runs,
                static_cast<unsigned long long>(failures), static_cast<unsigned long long>(peak_memory_bytes()));
    return failures ? 1 : 0;
}

// --stage index: build every index RUNS times, then run every query RUNS times on each; one JSON line.
int bench_index(const std::vector<storylens::Analysis>& analyses, int runs, uint64_t input_bytes, bool articles) {
    using clock = std::chrono::steady_clock;
    const char* const queries[] = {"said", "government", "free syrian army", "\"according to the\"", "a", "zurich", "xqzv"};
    std::vector<storylens::SearchIndex> indexes(analyses.size());
    const auto build_start = clock::now();
    for (int r = 0; r < runs; ++r)
        for (size_t i = 0; i < analyses.size(); ++i) indexes[i] = storylens::SearchIndex::build(analyses[i]);
    const double build_seconds = std::chrono::duration<double>(clock::now() - build_start).count();
    uint64_t terms = 0, words = 0, hits = 0, query_count = 0;
    for (const storylens::SearchIndex& index : indexes) terms += index.term_count(), words += index.word_count();
    const auto query_start = clock::now();
    for (int r = 0; r < runs; ++r)
        for (const storylens::SearchIndex& index : indexes)
            for (const char* q : queries) {
                const storylens::SearchResults found = index.find(q);
                ++query_count;
                if (r == 0) hits += found.total();
            }
    const double query_seconds = std::chrono::duration<double>(clock::now() - query_start).count();
    const double mb = static_cast<double>(input_bytes) / (1024.0 * 1024.0);
    std::printf("{\"bench\":\"index\",\"mode\":\"%s\",\"documents\":%zu,\"bytes\":%llu,\"runs\":%d,\"words\":%llu,"
                "\"terms\":%llu,\"build_seconds\":%.4f,\"build_mb_per_s\":%.1f,\"build_ms_per_run\":%.2f,"
                "\"queries\":%llu,\"query_us_each\":%.1f,\"hits_per_run\":%llu,\"peak_rss_bytes\":%llu}\n",
                articles ? "articles" : "whole", analyses.size(), static_cast<unsigned long long>(input_bytes), runs,
                static_cast<unsigned long long>(words), static_cast<unsigned long long>(terms), build_seconds,
                build_seconds > 0 ? mb * runs / build_seconds : 0.0, 1000.0 * build_seconds / runs,
                static_cast<unsigned long long>(query_count),
                query_count ? 1e6 * query_seconds / static_cast<double>(query_count) : 0.0,
                static_cast<unsigned long long>(hits), static_cast<unsigned long long>(peak_memory_bytes()));
    return 0;
}

// --stage pos: tag every sentence's tokens RUNS times (the tokens' views and word ids prepared before the clock
// starts; the per-word cache warm after the first run, the per-document memo fresh each run).
int bench_pos(const std::vector<storylens::Analysis>& analyses, int runs, uint64_t input_bytes, bool articles) {
    // Per document, its sentences' words and the token stream's word ids, as TokenStream::tag_prefix hands them.
    struct Sentence {
        std::vector<std::string_view> words;
        std::vector<uint32_t> ids;
    };
    std::vector<std::vector<Sentence>> documents;
    uint64_t tokens = 0;
    for (const storylens::Analysis& a : analyses) {
        const storylens::text::TokenStream stream = storylens::text::TokenStream::build(a.source.text, a.document);
        std::vector<Sentence>& sentences = documents.emplace_back();
        for (const storylens::Sentence& s : a.document.sentences) {
            Sentence& out = sentences.emplace_back();
            for (uint32_t t = s.first_token; t < s.first_token + s.token_count; ++t) {
                out.words.push_back(a.document.tokens[t].span.of(a.source.text));
                out.ids.push_back(stream[t].word);
            }
            tokens += out.words.size();
        }
    }
    std::vector<storylens::pos::Tag> tags;
    uint64_t nouns = 0;
    const auto start = std::chrono::steady_clock::now();
    for (int r = 0; r < runs; ++r)
        for (const auto& sentences : documents) {
            storylens::pos::WordIdMemo memo;  // one per document, as each document's token stream has its own
            for (const Sentence& s : sentences) {
                storylens::pos::tag_sentence(s.words, s.ids, memo, tags);
                if (r == 0)
                    for (storylens::pos::Tag t : tags) nouns += t == storylens::pos::Tag::NOUN || t == storylens::pos::Tag::PROPN;
            }
        }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const double mb = static_cast<double>(input_bytes) / (1024.0 * 1024.0);
    std::printf("{\"bench\":\"pos\",\"mode\":\"%s\",\"documents\":%zu,\"bytes\":%llu,\"runs\":%d,\"tokens\":%llu,"
                "\"nouns\":%llu,\"seconds\":%.3f,\"mb_per_s\":%.2f,\"tokens_per_s\":%.0f,\"peak_rss_bytes\":%llu}\n",
                articles ? "articles" : "whole", analyses.size(), static_cast<unsigned long long>(input_bytes), runs,
                static_cast<unsigned long long>(tokens), static_cast<unsigned long long>(nouns), seconds,
                seconds > 0 ? mb * runs / seconds : 0.0, seconds > 0 ? double(tokens) * runs / seconds : 0.0,
                static_cast<unsigned long long>(peak_memory_bytes()));
    return 0;
}

// --stage tokens: build every document's token stream RUNS times, then build and tag_all RUNS times; one JSON
// line. build_cpu_seconds (the build alone) is what analyze() and redate() pay for the stream.
int bench_tokens(const std::vector<storylens::Analysis>& analyses, int runs, uint64_t input_bytes, bool articles) {
    uint64_t tokens = 0, words = 0;
    const std::clock_t build_start = std::clock();
    for (int r = 0; r < runs; ++r)
        for (const storylens::Analysis& a : analyses)
            tokens += storylens::text::TokenStream::build(a.source.text, a.document).size();
    const double build_cpu = static_cast<double>(std::clock() - build_start) / CLOCKS_PER_SEC;
    tokens = 0;
    const auto start = std::chrono::steady_clock::now();
    for (int r = 0; r < runs; ++r)
        for (const storylens::Analysis& a : analyses) {
            const auto stream = storylens::text::TokenStream::build(a.source.text, a.document);
            stream.tag_all();
            if (r == 0) tokens += stream.size(), words += stream.distinct_words();
        }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const double mb = static_cast<double>(input_bytes) / (1024.0 * 1024.0);
    std::printf("{\"bench\":\"tokens\",\"mode\":\"%s\",\"documents\":%zu,\"bytes\":%llu,\"runs\":%d,\"tokens\":%llu,"
                "\"distinct_words\":%llu,\"build_cpu_seconds\":%.3f,\"seconds\":%.3f,\"mb_per_s\":%.2f,\"peak_rss_bytes\":%llu}\n",
                articles ? "articles" : "whole", analyses.size(), static_cast<unsigned long long>(input_bytes), runs,
                static_cast<unsigned long long>(tokens), static_cast<unsigned long long>(words), build_cpu,
                seconds, seconds > 0 ? mb * runs / seconds : 0.0, static_cast<unsigned long long>(peak_memory_bytes()));
    return 0;
}

// --stage redate: give every analysis a new publication date RUNS times (storylens::redate: what the viewer's
// date field runs), alternating two dates so each run moves them; one JSON line. Compare with the whole
// pipeline's figure (no --stage) of the same files in the same run.
int bench_redate(std::vector<storylens::Analysis>& analyses, int runs, uint64_t input_bytes, bool articles) {
    const char* const dates[] = {"2025-05-01", "2025-04-05"};
    uint64_t timexes = 0;
    const auto start = std::chrono::steady_clock::now();
    const std::clock_t cpu_start = std::clock();
    for (int r = 0; r < runs; ++r)
        for (storylens::Analysis& a : analyses) {
            storylens::AnalyzeOptions options;
            options.dct = dates[r % 2];
            a = storylens::redate(std::move(a), options);
            if (r == 0) timexes += a.timexes.size();
        }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const double cpu = double(std::clock() - cpu_start) / CLOCKS_PER_SEC;
    const double mb = static_cast<double>(input_bytes) / (1024.0 * 1024.0);
    std::printf("{\"bench\":\"redate\",\"mode\":\"%s\",\"documents\":%zu,\"bytes\":%llu,\"runs\":%d,"
                "\"timexes\":%llu,\"seconds\":%.3f,\"cpu_seconds\":%.3f,\"mb_per_s\":%.2f}\n",
                articles ? "articles" : "whole", analyses.size(), static_cast<unsigned long long>(input_bytes), runs,
                static_cast<unsigned long long>(timexes), seconds, cpu, cpu > 0 ? mb * runs / cpu : 0.0);
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    int runs = 3;
    bool articles = false;
    std::string stage = "analyze";  // analyze | time | claims
    std::vector<std::string> paths;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "-n") == 0 && i + 1 < argc) runs = std::atoi(argv[++i]);
        else if (std::strcmp(argv[i], "--articles") == 0) articles = true;
        else if (std::strcmp(argv[i], "--stage") == 0 && i + 1 < argc &&
                 (std::strcmp(argv[i + 1], "claims") == 0 || std::strcmp(argv[i + 1], "time") == 0 ||
                  std::strcmp(argv[i + 1], "json") == 0 || std::strcmp(argv[i + 1], "snapshot") == 0 ||
                  std::strcmp(argv[i + 1], "index") == 0 || std::strcmp(argv[i + 1], "pos") == 0 ||
                  std::strcmp(argv[i + 1], "tokens") == 0 || std::strcmp(argv[i + 1], "redate") == 0))
            stage = argv[++i];
        else paths.emplace_back(argv[i]);
    }
    if (paths.empty() || runs < 1) {
        std::fprintf(stderr, "usage: bench [-n RUNS] [--articles] [--stage time|claims|json|snapshot|index|pos|tokens|redate] FILE...\n");
        return 2;
    }
    std::vector<std::string> inputs;
    uint64_t bytes = 0;
    for (const std::string& p : paths) {
        std::ifstream in(p, std::ios::binary);
        if (!in) {
            std::fprintf(stderr, "bench: cannot read %s\n", p.c_str());
            return 1;
        }
        inputs.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
        bytes += inputs.back().size();
    }
    // The documents to analyze: whole files, or their articles.
    std::vector<std::string_view> documents;
    for (const std::string& input : inputs) {
        const std::string_view all = input;
        if (!articles) {
            documents.push_back(all);
            continue;
        }
        size_t start = 0;
        while (start < all.size()) {
            size_t end = all.find("\n\n\n", start);
            end = end == std::string_view::npos ? all.size() : end + 3;
            documents.push_back(all.substr(start, end - start));
            start = end;
        }
    }
    const uint64_t before = peak_memory_bytes();
    uint64_t timexes = 0, sentences = 0, entities = 0, claims = 0, events = 0;
    // For --stage: what the stage reads, prepared before the clock starts.
    const bool claims_only = stage == "claims", time_only = stage == "time", json_only = stage == "json";
    const bool whole_pipeline = stage == "analyze";
    uint64_t json_bytes = 0;
    std::vector<storylens::Analysis> prepared;
    if (!whole_pipeline)
        for (const std::string_view document : documents)
            prepared.push_back(storylens::analyze(document, storylens::AnalyzeOptions{"2025-04-05"}));
    if (stage == "snapshot") return bench_snapshot(prepared, runs, bytes, articles);
    if (stage == "index") return bench_index(prepared, runs, bytes, articles);
    if (stage == "pos") return bench_pos(prepared, runs, bytes, articles);
    if (stage == "tokens") return bench_tokens(prepared, runs, bytes, articles);
    if (stage == "redate") return bench_redate(prepared, runs, bytes, articles);
    const auto start = std::chrono::steady_clock::now();
    const std::clock_t cpu_start = std::clock();  // CPU time too: on a busy machine wall time says little
    for (int r = 0; r < runs && claims_only; ++r) {
        for (const storylens::Analysis& a : prepared) {
            const auto found = storylens::find_claims(a.source, a.document, a.entities, a.timexes);
            if (r == 0) {
                timexes += a.timexes.size(), sentences += a.document.sentences.size(), entities += a.entities.size();
                claims += found.ok() ? found.value.claims.size() : 0;
            }
        }
    }
    for (int r = 0; r < runs && time_only; ++r) {
        for (const storylens::Analysis& a : prepared) {
            const auto found = storylens::tag_time(a.source, a.document, storylens::TemporalInput{"2025-04-05"});
            if (r == 0) timexes += found.value.timexes.size(), sentences += a.document.sentences.size();
        }
    }
    for (int r = 0; r < runs && json_only; ++r) {
        for (const storylens::Analysis& a : prepared) {
            size_t written = 0;
            storylens::write_json(a, [&written](std::string_view chunk) { return written += chunk.size(), true; });
            if (r == 0) json_bytes += written, sentences += a.document.sentences.size();
        }
    }
    // CPU seconds per stage of the whole pipeline (the time from one stage's start to the next's; the last,
    // "events", holds the check-worthiness ranking too): which stage grows faster than the input.
    std::vector<std::pair<std::string, double>> stage_cpu;
    std::clock_t stage_start = 0;
    size_t current_stage = 0;
    storylens::AnalyzeOptions timed{"2025-04-05"};
    auto stage_done = [&](std::clock_t now) {
        if (stage_start) stage_cpu[current_stage].second += double(now - stage_start) / CLOCKS_PER_SEC;
    };
    timed.on_stage = [&](std::string_view name) {
        const std::clock_t now = std::clock();
        stage_done(now);
        current_stage = 0;
        while (current_stage < stage_cpu.size() && stage_cpu[current_stage].first != name) ++current_stage;
        if (current_stage == stage_cpu.size()) stage_cpu.emplace_back(std::string(name), 0.0);
        stage_start = now;
    };
    for (int r = 0; r < runs && whole_pipeline; ++r) {
        for (const std::string_view document : documents) {
            const storylens::Analysis a = storylens::analyze(document, timed);
            stage_done(std::clock());
            stage_start = 0;
            if (r == 0) {
                timexes += a.timexes.size(), sentences += a.document.sentences.size();
                entities += a.entities.size(), claims += a.claims.size(), events += a.events.size();
            }
        }
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const double cpu_seconds = static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC;
    const double mb = static_cast<double>(bytes) / (1024.0 * 1024.0);
    const uint64_t peak = peak_memory_bytes();
    std::string stages;
    for (const auto& [name, cpu] : stage_cpu)
        stages += (stages.empty() ? "\"" : ",\"") + name + "\":" + std::to_string(cpu);
    std::string files;
    for (const std::string& p : paths) files += (files.empty() ? "\"" : ",\"") + json_escape(p) + "\"";
    std::printf(
        "{\"bench\":\"%s\",\"mode\":\"%s\",\"files\":[%s],\"documents\":%zu,\"bytes\":%llu,\"runs\":%d,\"seconds\":%.3f,\"mb_per_s\":%.2f,"
        "\"peak_rss_bytes\":%llu,\"rss_before_bytes\":%llu,\"peak_over_input\":%.2f,\"sentences\":%llu,"
        "\"timexes\":%llu,\"entities\":%llu,\"claims\":%llu,\"events\":%llu,\"json_bytes\":%llu,"
        "\"cpu_seconds\":%.3f,\"cpu_mb_per_s\":%.2f,\"stage_cpu_seconds\":{%s}}\n",
        stage.c_str(), articles ? "articles" : "whole", files.c_str(), documents.size(), static_cast<unsigned long long>(bytes), runs,
        seconds,
        seconds > 0 ? mb * runs / seconds : 0.0, static_cast<unsigned long long>(peak),
        static_cast<unsigned long long>(before), bytes ? static_cast<double>(peak) / static_cast<double>(bytes) : 0.0,
        static_cast<unsigned long long>(sentences), static_cast<unsigned long long>(timexes),
        static_cast<unsigned long long>(entities), static_cast<unsigned long long>(claims),
        static_cast<unsigned long long>(events), static_cast<unsigned long long>(json_bytes), cpu_seconds,
        cpu_seconds > 0 ? mb * runs / cpu_seconds : 0.0, stages.c_str());
    return 0;
}
