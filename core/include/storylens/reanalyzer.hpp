// reanalyzer.hpp — analyses again what a host shows, cheaply when only the publication date changed: the host
// (the page's worker, the desktop app) keeps one Reanalyzer, and the reader typing a date re-dates the last
// analysis (storylens::redate) instead of reading the article again.
#pragma once
#include <string>
#include <string_view>

#include "storylens/analysis.hpp"

namespace storylens {

class Reanalyzer {
public:
    // analyze(input, options), or redate() of the last analysis when input and format are the last ones. The
    // reference stays valid until the next call.
    const Analysis& analyze(std::string_view input, const AnalyzeOptions& options);

    bool redated_last() const { return redated_; }  // whether the last call only re-dated

private:
    bool present_ = false;
    bool redated_ = false;
    std::string input_;
    Format format_ = Format::Auto;
    Analysis analysis_;
};

}  // namespace storylens
