// search_index.cpp — builds the term dictionary once (one sorted pool, postings as word ordinals) and answers
// queries by term-id ranges: whole words are one id, a prefix is a contiguous range of the sorted dictionary.
#include "storylens/search_index.hpp"

#include <algorithm>
#include <numeric>
#include <unordered_map>

#include "index/fold.hpp"

namespace storylens {
namespace {

constexpr size_t kMaxTextHits = 20000;  // a one-letter prefix in a long article: enough to list, bounded

struct QueryWord {
    std::string text;
    bool prefix = false;
};

bool is_quote_at(std::string_view s, size_t pos, bool opening) {
    if (s.compare(pos, 1, "\"") == 0) return true;
    return s.compare(pos, 3, opening ? "\xE2\x80\x9C" : "\xE2\x80\x9D") == 0;  // “ ”
}

// Splits the query into folded words; false when it has none or too many.
bool parse_query(std::string_view query, std::vector<QueryWord>& words) {
    while (!query.empty() && (query.front() == ' ' || query.front() == '\t')) query.remove_prefix(1);
    while (!query.empty() && (query.back() == ' ' || query.back() == '\t' || query.back() == '\n')) query.remove_suffix(1);
    bool quoted = false;
    if (query.size() >= 2 && is_quote_at(query, 0, true)) {
        const size_t open = query[0] == '"' ? 1 : 3;
        const bool closes_ascii = query.back() == '"';
        const bool closes_curly = query.size() >= open + 3 && is_quote_at(query, query.size() - 3, false);
        quoted = true;
        query = query.substr(open, query.size() - open - (closes_ascii ? 1 : closes_curly ? 3 : 0));
    }
    bool too_many = false;
    search::for_each_word(query, [&](std::string_view folded, Span span) {
        if (words.size() >= kMaxQueryWords) return void(too_many = true);
        words.push_back({std::string(folded), span.end < query.size() && query[span.end] == '*'});
    });
    if (too_many || words.empty()) return false;
    if (!quoted) words.back().prefix = true;
    return true;
}

}  // namespace

const char* search_kind_name(SearchKind kind) {
    switch (kind) {
        case SearchKind::Text: return "text";
        case SearchKind::Entity: return "entity";
        case SearchKind::Claim: return "claim";
        case SearchKind::Event: return "event";
    }
    return "text";
}

std::string fold_for_search(std::string_view text) {
    std::string out;
    search::for_each_word(text, [&](std::string_view folded, Span) {
        if (!out.empty()) out += ' ';
        out += folded;
    });
    return out;
}

SearchIndex SearchIndex::build(const Analysis& analysis) {
    SearchIndex index;
    const std::string_view text = analysis.source.text;
    // Every folded word (text first, then fields) goes once into a scratch pool; sorting views of it gives the
    // dictionary without a heap string per word.
    std::string scratch;
    struct Occurrence {
        uint32_t offset, size;
    };
    std::vector<Occurrence> occurrences;
    occurrences.reserve(text.size() / 6 + 16);
    scratch.reserve(text.size());
    const auto add_word = [&](std::string_view folded) {
        occurrences.push_back({static_cast<uint32_t>(scratch.size()), static_cast<uint32_t>(folded.size())});
        scratch += folded;
    };
    search::for_each_word(text, [&](std::string_view folded, Span span) {
        add_word(folded);
        index.word_spans_.push_back(span);
    });
    const size_t text_words = occurrences.size();
    const auto add_field = [&](SearchKind kind, uint32_t id, const std::string& field_text, Span span, uint32_t sentence) {
        Field field{kind, id, span, sentence, static_cast<uint32_t>(occurrences.size() - text_words), 0};
        search::for_each_word(field_text, [&](std::string_view folded, Span) { add_word(folded); });
        field.word_count = static_cast<uint32_t>(occurrences.size() - text_words) - field.first_word;
        if (field.word_count > 0) index.fields_.push_back(field);
    };
    for (const Entity& e : analysis.entities) {
        const Span span = e.mentions.empty() ? Span{} : e.mentions.front().span;
        const uint32_t sentence = e.mentions.empty() ? 0 : e.mentions.front().sentence;
        add_field(SearchKind::Entity, e.id, e.name, span, sentence);
        for (const std::string& alias : e.aliases) add_field(SearchKind::Entity, e.id, alias, span, sentence);
    }
    for (const Claim& c : analysis.claims) {
        const Span span = c.content.present() ? c.content.span : c.source.span;
        add_field(SearchKind::Claim, c.id, c.content.text, span, c.sentence);
        add_field(SearchKind::Claim, c.id, claim_source_name(analysis, c), span, c.sentence);
    }
    for (const Event& ev : analysis.events) add_field(SearchKind::Event, ev.id, ev.text, ev.span, ev.sentence);

    // Distinct words first (a hash of views into the finished scratch pool), then only those are sorted: an
    // article has a few thousand distinct words among hundreds of thousands.
    const auto view = [&](const Occurrence& o) { return std::string_view(scratch).substr(o.offset, o.size); };
    std::unordered_map<std::string_view, uint32_t> first_seen;
    first_seen.reserve(occurrences.size() / 8 + 16);
    std::vector<uint32_t> distinct_of(occurrences.size());
    std::vector<std::string_view> distinct;
    for (size_t i = 0; i < occurrences.size(); ++i) {
        const auto inserted = first_seen.emplace(view(occurrences[i]), static_cast<uint32_t>(distinct.size()));
        if (inserted.second) distinct.push_back(view(occurrences[i]));
        distinct_of[i] = inserted.first->second;
    }
    std::vector<uint32_t> order(distinct.size());
    std::iota(order.begin(), order.end(), 0u);
    std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return distinct[a] < distinct[b]; });
    std::vector<uint32_t> term_of_distinct(distinct.size());
    for (uint32_t id = 0; id < order.size(); ++id) {
        const std::string_view word = distinct[order[id]];
        index.terms_.push_back({static_cast<uint32_t>(index.pool_.size()), static_cast<uint32_t>(word.size())});
        index.pool_ += word;
        term_of_distinct[order[id]] = id;
    }
    std::vector<uint32_t> term_of(occurrences.size());
    for (size_t i = 0; i < occurrences.size(); ++i) term_of[i] = term_of_distinct[distinct_of[i]];
    // Postings by counting sort: text words in order, so each term's ordinals come out ascending.
    index.posting_starts_.assign(index.terms_.size() + 1, 0);
    for (size_t k = 0; k < text_words; ++k) ++index.posting_starts_[term_of[k] + 1];
    for (size_t t = 0; t < index.terms_.size(); ++t) index.posting_starts_[t + 1] += index.posting_starts_[t];
    index.postings_.resize(text_words);
    std::vector<uint32_t> fill(index.posting_starts_.begin(), index.posting_starts_.end() - 1);
    for (size_t k = 0; k < text_words; ++k) index.postings_[fill[term_of[k]]++] = static_cast<uint32_t>(k);
    index.word_terms_.assign(term_of.begin(), term_of.begin() + static_cast<std::ptrdiff_t>(text_words));
    index.field_words_.assign(term_of.begin() + static_cast<std::ptrdiff_t>(text_words), term_of.end());
    index.word_sentence_.reserve(text_words);
    for (const Span& span : index.word_spans_) index.word_sentence_.push_back(analysis.document.sentence_at(span.start));
    return index;
}

SearchIndex::TermRange SearchIndex::lookup(std::string_view word, bool prefix) const {
    const auto less = [&](const Term& t, std::string_view w) { return term(static_cast<uint32_t>(&t - terms_.data())) < w; };
    const auto first = std::lower_bound(terms_.begin(), terms_.end(), word, less);
    TermRange range{static_cast<uint32_t>(first - terms_.begin()), static_cast<uint32_t>(first - terms_.begin())};
    while (range.last < terms_.size()) {
        const std::string_view t = term(range.last);
        if (prefix ? t.compare(0, word.size(), word) != 0 : t != word) break;
        ++range.last;
        if (!prefix) break;
    }
    return range;
}

SearchResults SearchIndex::find(std::string_view query) const {
    SearchResults results;
    std::vector<QueryWord> words;
    if (query.empty() || query.size() > kMaxQueryBytes || !parse_query(query, words)) return results;
    std::vector<TermRange> ranges;
    for (const QueryWord& w : words) {
        ranges.push_back(lookup(w.text, w.prefix));
        if (ranges.back().empty()) return results;  // a word the article never has: nothing can match
    }
    const auto in = [](TermRange r, uint32_t t) { return t >= r.first && t < r.last; };
    const size_t n = ranges.size();

    // Text: candidates are the postings of the first word's terms; the rest must follow word by word.
    std::vector<uint32_t> starts;
    for (uint32_t t = ranges[0].first; t < ranges[0].last; ++t) {
        for (uint32_t p = posting_starts_[t]; p < posting_starts_[t + 1]; ++p) {
            const uint32_t k = postings_[p];
            if (k + n > word_terms_.size()) continue;
            bool match = true;
            for (size_t i = 1; i < n && match; ++i) match = in(ranges[i], word_terms_[k + i]);
            if (match) starts.push_back(k);
        }
    }
    std::sort(starts.begin(), starts.end());
    for (const uint32_t k : starts) {
        if (results.text.size() >= kMaxTextHits) break;
        const Span span{word_spans_[k].start, word_spans_[k + n - 1].end};
        results.text.push_back({SearchKind::Text, static_cast<uint32_t>(results.text.size()), span, word_sentence_[k]});
    }

    // Fields: the query's words anywhere inside one name, alias, claim or gist; one hit per object.
    for (const Field& f : fields_) {
        std::vector<SearchHit>& hits = f.kind == SearchKind::Entity ? results.entities
                                       : f.kind == SearchKind::Claim ? results.claims
                                                                     : results.events;
        if (!hits.empty() && hits.back().id == f.id) continue;
        bool found = false;
        for (uint32_t k = 0; k + n <= f.word_count && !found; ++k) {
            found = true;
            for (size_t i = 0; i < n && found; ++i) found = in(ranges[i], field_words_[f.first_word + k + i]);
        }
        if (found) hits.push_back({f.kind, f.id, f.span, f.sentence});
    }
    return results;
}

}  // namespace storylens
