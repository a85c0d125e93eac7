// word_facts.cpp — the word-alone part of the tagger's features (see scripts/train_pos.py static_features).
#include "pos/word_facts.hpp"

#include <algorithm>
#include <atomic>

#include "pos/feature_index.hpp"
#include "pos/pos_model.hpp"

namespace storylens::pos {
namespace {

constexpr size_t kMaxCachedWords = size_t(1) << 17;  // then the cache starts over (bounded memory)

// The model's class words decoded once from their front coding, in sorted order, for binary search.
class ClassWords {
public:
    struct Entry {
        std::string_view word;
        uint8_t wordnet, brown;  // indexes into kWordNetClasses, kBrownClasses
    };
    static const ClassWords& get() {
        static const ClassWords words;
        return words;
    }
    const Entry* find(std::string_view word) const {
        auto it = std::lower_bound(entries_.begin(), entries_.end(), word,
                                   [](const Entry& e, std::string_view w) { return e.word < w; });
        return it != entries_.end() && it->word == word ? &*it : nullptr;
    }

private:
    ClassWords() {
        const std::string_view coded(model::kClassWords, model::kClassWordBytes);
        std::vector<uint32_t> starts;
        std::string word;
        for (size_t at = 0; at < coded.size() && starts.size() < model::kClassWordCount;) {
            const size_t shared = std::min<size_t>(static_cast<unsigned char>(coded[at++]), word.size());
            const size_t end = coded.find('\n', at);
            if (end == std::string_view::npos) break;
            word.resize(shared);
            word.append(coded.substr(at, end - at));
            starts.push_back(uint32_t(text_.size()));
            text_ += word;
            at = end + 1;
        }
        starts.push_back(uint32_t(text_.size()));
        entries_.reserve(starts.size() - 1);
        for (size_t i = 0; i + 1 < starts.size(); ++i)
            entries_.push_back({std::string_view(text_).substr(starts[i], starts[i + 1] - starts[i]),
                                model::kWordNetClassOfWord[i], model::kBrownClassOfWord[i]});
    }
    std::string text_;  // the decoded words one after another
    std::vector<Entry> entries_;
};

uint8_t brown_index(std::string_view lower) {
    const ClassWords::Entry* e = ClassWords::get().find(lower);
    return e ? e->brown : 0;
}

int dictionary_tag(std::string_view word) {
    const model::TagDictionaryEntry* begin = model::kTagDictionary;
    const model::TagDictionaryEntry* end = begin + model::kTagDictionarySize;
    auto it = std::lower_bound(begin, end, word,
                               [](const model::TagDictionaryEntry& e, std::string_view w) { return std::string_view(e.word) < w; });
    return it != end && std::string_view(it->word) == word ? it->tag : -1;
}

// Up to 6 bytes: X upper, x lower, d digit, u any non-ASCII byte, others as they are; runs collapsed.
std::string shape(std::string_view word) {
    std::string out;
    for (size_t i = 0; i < word.size() && i < 6; ++i) {
        unsigned char c = static_cast<unsigned char>(word[i]);
        char k = (c >= 'A' && c <= 'Z') ? 'X' : (c >= 'a' && c <= 'z') ? 'x' : (c >= '0' && c <= '9') ? 'd'
                 : c >= 128 ? 'u' : char(c);
        if (out.empty() || out.back() != k) out.push_back(k);
    }
    return out;
}

std::string_view last(std::string_view s, size_t n) { return s.size() <= n ? s : s.substr(s.size() - n); }
std::string_view first(std::string_view s, size_t n) { return s.substr(0, std::min(n, s.size())); }
uint32_t hash1(std::string_view name, std::string_view a) { return fnv(fnv(kFnvBasis, name), a); }
uint32_t hash2(std::string_view name, std::string_view a, std::string_view b) {
    return fnv(fnv(fnv(fnv(kFnvBasis, name), a), ' '), b);
}

void work_out(WordFacts& f) {
    const FeatureIndex& index = feature_index();
    const std::string_view w = f.word, lw = f.lower;
    f.dictionary_tag = dictionary_tag(w);
    f.wordnet_group = wordnet_index(lw);
    f.wordnet = model::kWordNetClasses[f.wordnet_group];
    f.brown_group = brown_index(lw);
    f.brown = model::kBrownClasses[f.brown_group];
    const std::string sh = shape(w);
    const uint32_t own[] = {
        hash1("b", ""), hash1("w=", w), hash1("lw=", lw), hash1("s1=", last(lw, 1)), hash1("s2=", last(lw, 2)),
        hash1("s3=", last(lw, 3)), hash1("s4=", last(lw, 4)), hash1("p1=", first(lw, 1)), hash1("p2=", first(lw, 2)),
        hash1("p3=", first(lw, 3)), hash1("p4=", first(lw, 4)),
        hash1("sh=", sh), hash1("wn=", f.wordnet), hash1("bc=", f.brown), hash2("bcw=", f.brown, f.wordnet),
        hash2("bcs=", f.brown, first(sh, 2)),
    };
    for (uint32_t key : own) index.add(index.find(key), f.own);
    for (int k = 0; k < 2; ++k) f.first[k] = index.find(fnv(fnv(fnv(kFnvBasis, "first="), k ? '1' : '0'), first(sh, 1)));
    const char casings[4] = {'U', 'L', 'M', 'N'};
    for (int k = 0; k < 4; ++k) f.casing[k] = index.find(fnv(fnv(fnv(fnv(kFnvBasis, "sc="), casings[k]), ' '), first(sh, 2)));
    const uint32_t as_previous[] = {hash1("pw=", lw), hash1("ps3=", last(lw, 3)), hash1("pwn=", f.wordnet),
                                    hash1("pbc=", f.brown)};
    for (uint32_t key : as_previous) index.add(index.find(key), f.as_previous);
    const uint32_t as_next[] = {hash1("nw=", lw), hash1("ns3=", last(lw, 3)), hash1("nsh=", first(sh, 1)),
                                hash1("nwn=", f.wordnet), hash1("nbc=", f.brown)};
    for (uint32_t key : as_next) index.add(index.find(key), f.as_next);
    f.as_prev2 = index.find(hash1("ppw=", lw));
    f.as_next2 = index.find(hash1("nnw=", lw));
    f.pws_state = fnv(fnv(fnv(kFnvBasis, "pws="), lw), ' ');
    f.pww_state = fnv(fnv(fnv(kFnvBasis, "pww="), lw), ' ');
    f.wnn_state = fnv(fnv(fnv(kFnvBasis, "wnn="), lw), ' ');
    for (int t = 0; t < kPreviousTags; ++t) f.after_tag_word[t] = f.after_tag_suffix[t] = kRowNotLookedUp;
}

}  // namespace

// The WordNet class index of a lower-cased word (0: none), tried as a plural, past form or gerund too.
uint8_t wordnet_index(std::string_view lw) {
    const ClassWords& words = ClassWords::get();
    auto classes = [&](std::string_view w) {
        const ClassWords::Entry* e = words.find(w);
        return e ? e->wordnet : uint8_t(0);
    };
    auto ends = [&](std::string_view suffix) {
        return lw.size() >= suffix.size() && lw.compare(lw.size() - suffix.size(), suffix.size(), suffix) == 0;
    };
    uint8_t c = classes(lw);
    if (!c && ends("s")) c = classes(lw.substr(0, lw.size() - 1));
    if (!c && ends("ed")) {
        c = classes(lw.substr(0, lw.size() - 2));
        if (!c) c = classes(lw.substr(0, lw.size() - 1));
    }
    if (!c && ends("ing")) c = classes(lw.substr(0, lw.size() - 3));
    return c;
}

std::string_view wordnet_class(std::string_view lw) { return model::kWordNetClasses[wordnet_index(lw)]; }

const WordFacts& WordFactsCache::get(std::string_view word) {
    auto found = ids_.find(word);
    if (found != ids_.end()) return facts_[found->second];
    std::string& form = forms_.emplace_back(word);
    for (char c : word) form.push_back((c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c);  // as Python's bytes.lower
    WordFacts& f = facts_.emplace_back();
    f.word = std::string_view(form).substr(0, word.size());
    f.lower = std::string_view(form).substr(word.size());
    work_out(f);
    ids_.emplace(f.word, uint32_t(facts_.size() - 1));
    return f;
}

uint64_t WordFactsCache::next_generation() {
    static std::atomic<uint64_t> last{0};
    return ++last;
}

void WordFactsCache::make_room(size_t words) {
    if (facts_.size() + words <= kMaxCachedWords) return;
    generation_ = next_generation();
    ids_.clear();
    facts_.clear();
    forms_.clear();
}

}  // namespace storylens::pos
