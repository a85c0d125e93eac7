// reanalyzer.cpp — see reanalyzer.hpp.
#include "storylens/reanalyzer.hpp"

namespace storylens {

const Analysis& Reanalyzer::analyze(std::string_view input, const AnalyzeOptions& options) {
    redated_ = present_ && format_ == options.format && input_ == input;
    if (redated_) {
        analysis_ = redate(std::move(analysis_), options);
        return analysis_;
    }
    present_ = false;
    analysis_ = Analysis();  // freed first: the old analysis and the new one are never alive together
    input_.assign(input);
    format_ = options.format;
    analysis_ = storylens::analyze(input, options);
    present_ = true;
    return analysis_;
}

}  // namespace storylens
