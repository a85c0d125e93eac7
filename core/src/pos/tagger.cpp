// tagger.cpp — the C++ side of scripts/train_pos.py: the same features, byte for byte, hashed the same way, scored
// with the same integer weights, so its accuracy on the EWT test file equals the script's.
#include "storylens/pos.hpp"

#include <algorithm>
#include <array>
#include <cstring>
#include <string>

#include "pos/pos_model.hpp"

namespace storylens::pos {
namespace {

static_assert(model::kTagCount == kTagCount, "the model's tag set is the Tag enum");

// FNV-1a 32-bit over the concatenated parts of one feature string ("s3=" + "ing").
struct FeatureHash {
    uint32_t h = 0x811C9DC5u;
    FeatureHash& add(std::string_view s) {
        for (unsigned char c : s) h = (h ^ c) * 0x01000193u;
        return *this;
    }
    FeatureHash& add(char c) { return add(std::string_view(&c, 1)); }
};

// Open-addressing index from feature hash to its weights, built once from the sorted compiled-in keys: a binary
// search per feature would cost more than the rest of the tagger.
class FeatureIndex {
public:
    FeatureIndex() {
        size_t size = 1;
        while (size < 2 * size_t(model::kFeatureCount)) size <<= 1;
        mask_ = uint32_t(size - 1);
        slots_.assign(size, Slot{0, kEmpty});
        starts_.resize(size_t(model::kFeatureCount) + 1);
        for (uint32_t i = 0; i < model::kFeatureCount; ++i) {
            starts_[i + 1] = starts_[i] + model::kFeatureWeightCounts[i];
            uint32_t at = mix(model::kFeatureKeys[i]) & mask_;
            while (slots_[at].feature != kEmpty) at = (at + 1) & mask_;
            slots_[at] = Slot{model::kFeatureKeys[i], i};
        }
    }
    // Adds the weights of feature `key` (if the model knows it) to `scores`.
    void score(uint32_t key, std::array<int32_t, kTagCount>& scores) const {
        for (uint32_t at = mix(key) & mask_;; at = (at + 1) & mask_) {
            const Slot& slot = slots_[at];
            if (slot.feature == kEmpty) return;
            if (slot.key != key) continue;
            for (uint32_t w = starts_[slot.feature]; w < starts_[slot.feature + 1]; ++w) {
                uint16_t packed = model::kWeights[w];
                scores[packed >> 8] += int8_t(packed & 0xFF);
            }
            return;
        }
    }

private:
    static constexpr uint32_t kEmpty = 0xFFFFFFFFu;
    struct Slot {
        uint32_t key;
        uint32_t feature;
    };
    static uint32_t mix(uint32_t h) { return h ^ (h >> 15); }
    std::vector<Slot> slots_;
    std::vector<uint32_t> starts_;  // offsets into kWeights
    uint32_t mask_ = 0;
};

const FeatureIndex& feature_index() {
    static const FeatureIndex index;
    return index;
}

// Every WordNet word with its class letters, sorted, for binary search; built once from the compiled-in groups.
class WordClasses {
public:
    WordClasses() {
        for (uint32_t g = 0; g < model::kWordClassGroupCount; ++g) {
            std::string_view words = model::kWordClassGroups[g].words;
            for (size_t start = 0, end; (end = words.find('\n', start)) != std::string_view::npos; start = end + 1)
                entries_.push_back({words.substr(start, end - start), model::kWordClassGroups[g].classes});
        }
        std::sort(entries_.begin(), entries_.end(), [](const Entry& a, const Entry& b) { return a.word < b.word; });
    }
    std::string_view find(std::string_view word) const {
        auto it = std::lower_bound(entries_.begin(), entries_.end(), word,
                                   [](const Entry& e, std::string_view w) { return e.word < w; });
        return it != entries_.end() && it->word == word ? it->classes : std::string_view();
    }

private:
    struct Entry {
        std::string_view word;
        std::string_view classes;
    };
    std::vector<Entry> entries_;
};

// The WordNet classes of a lower-cased word, tried as a plural, past form or gerund too; "-" if none (as the script).
std::string_view word_class(std::string_view lw) {
    static const WordClasses classes;
    auto ends = [&](std::string_view suffix) {
        return lw.size() >= suffix.size() && lw.compare(lw.size() - suffix.size(), suffix.size(), suffix) == 0;
    };
    std::string_view c = classes.find(lw);
    if (c.empty() && ends("s")) c = classes.find(lw.substr(0, lw.size() - 1));
    if (c.empty() && ends("ed")) {
        c = classes.find(lw.substr(0, lw.size() - 2));
        if (c.empty()) c = classes.find(lw.substr(0, lw.size() - 1));
    }
    if (c.empty() && ends("ing")) c = classes.find(lw.substr(0, lw.size() - 3));
    return c.empty() ? std::string_view("-") : c;
}

int dictionary_tag(std::string_view word) {
    const model::TagDictionaryEntry* begin = model::kTagDictionary;
    const model::TagDictionaryEntry* end = begin + model::kTagDictionarySize;
    auto it = std::lower_bound(begin, end, word,
                               [](const model::TagDictionaryEntry& e, std::string_view w) { return std::string_view(e.word) < w; });
    return it != end && std::string_view(it->word) == word ? it->tag : -1;
}

// Up to 6 bytes: X upper, x lower, d digit, u any non-ASCII byte, others as they are; runs collapsed.
std::string_view shape(std::string_view word, std::array<char, 6>& buffer) {
    size_t n = 0;
    for (size_t i = 0; i < word.size() && i < 6; ++i) {
        unsigned char c = static_cast<unsigned char>(word[i]);
        char k = (c >= 'A' && c <= 'Z') ? 'X' : (c >= 'a' && c <= 'z') ? 'x' : (c >= '0' && c <= '9') ? 'd'
                 : c >= 128 ? 'u' : char(c);
        if (n == 0 || buffer[n - 1] != k) buffer[n++] = k;
    }
    return std::string_view(buffer.data(), n);
}

std::string_view last(std::string_view s, size_t n) { return s.size() <= n ? s : s.substr(s.size() - n); }
std::string_view first(std::string_view s, size_t n) { return s.substr(0, std::min(n, s.size())); }
bool upper_initial(std::string_view w) { return !w.empty() && w[0] >= 'A' && w[0] <= 'Z'; }
bool lower_initial(std::string_view w) { return !w.empty() && w[0] >= 'a' && w[0] <= 'z'; }

char sentence_casing(const std::vector<std::string_view>& words) {
    size_t caps = 0, lows = 0;
    for (std::string_view w : words) caps += upper_initial(w), lows += lower_initial(w);
    if (lows == 0 && caps > 0) return 'U';
    if (caps == 0) return 'L';
    return caps * 2 > words.size() ? 'M' : 'N';
}

uint32_t hash1(std::string_view name, std::string_view a) { return FeatureHash().add(name).add(a).h; }
uint32_t hash2(std::string_view name, std::string_view a, std::string_view b) {
    return FeatureHash().add(name).add(a).add(' ').add(b).h;
}

}  // namespace

std::string_view tag_name(Tag tag) { return model::kTagNames[static_cast<int>(tag)]; }

std::string_view wordnet_classes(std::string_view lower) { return word_class(lower); }

void tag_sentence(const std::vector<std::string_view>& words, std::vector<Tag>& out, size_t count) {
    const size_t n = words.size();
    out.assign(n, Tag::X);
    if (n == 0) return;
    const size_t tagged = std::min(count, n);
    const size_t looked_at = std::min(tagged + 1, n);  // a token's features read the next word's class
    // Lower-cased forms (ASCII only, as Python's bytes.lower) in one buffer, reused across calls.
    thread_local std::string lowered;
    thread_local std::vector<std::string_view> lowers, classes;
    size_t total = 0;
    for (std::string_view w : words) total += w.size();
    lowered.resize(total);
    lowers.resize(n);
    classes.resize(n);
    size_t at = 0;
    for (size_t i = 0; i < n; ++i) {
        for (size_t j = 0; j < words[i].size(); ++j) {
            char c = words[i][j];
            lowered[at + j] = (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
        }
        lowers[i] = std::string_view(lowered.data() + at, words[i].size());
        at += words[i].size();
        if (i < looked_at) classes[i] = word_class(lowers[i]);
    }
    const char casing = sentence_casing(words);
    const FeatureIndex& index = feature_index();
    std::string_view p1 = "<s>", p2 = "<s2>";
    std::array<char, 6> shape_buffer{}, next_shape_buffer{};
    for (size_t i = 0; i < tagged; ++i) {
        int fixed = dictionary_tag(words[i]);
        if (fixed >= 0) {
            out[i] = static_cast<Tag>(fixed);
        } else {
            std::string_view w = words[i], lw = lowers[i];
            std::string_view pw = i > 0 ? lowers[i - 1] : "<s>", ppw = i > 1 ? lowers[i - 2] : "<s>";
            std::string_view nw = i + 1 < n ? lowers[i + 1] : "</s>", nnw = i + 2 < n ? lowers[i + 2] : "</s>";
            std::string_view sh = shape(w, shape_buffer);
            std::string_view nsh = i + 1 < n ? first(shape(words[i + 1], next_shape_buffer), 1) : "</s>";
            const char first_flag[2] = {i == 0 ? '1' : '0', 0};
            const char casing_text[3] = {casing, ' ', 0};
            const uint32_t keys[] = {
                hash1("b", ""), hash1("w=", w), hash1("lw=", lw), hash1("s1=", last(lw, 1)), hash1("s2=", last(lw, 2)),
                hash1("s3=", last(lw, 3)), hash1("s4=", last(lw, 4)), hash1("p1=", first(lw, 1)), hash1("p2=", first(lw, 2)),
                hash1("sh=", sh), hash1("pw=", pw), hash1("ppw=", ppw), hash1("nw=", nw), hash1("nnw=", nnw),
                hash2("pws=", pw, last(lw, 3)), hash1("ns3=", last(nw, 3)), hash1("ps3=", last(pw, 3)),
                hash2("wnn=", lw, nw), hash2("pww=", pw, lw),
                FeatureHash().add("first=").add(std::string_view(first_flag, 1)).add(first(sh, 1)).h, hash1("nsh=", nsh),
                FeatureHash().add("sc=").add(std::string_view(casing_text, 2)).add(first(sh, 2)).h,
                hash1("wn=", classes[i]), hash1("nwn=", i + 1 < n ? classes[i + 1] : "</s>"),
                hash1("pwn=", i > 0 ? classes[i - 1] : "<s>"),
                hash1("t1=", p1), hash2("t12=", p1, p2), hash2("t1w=", p1, lw), hash2("t1s3=", p1, last(lw, 3)),
                hash2("t1wn=", p1, classes[i]),
            };
            std::array<int32_t, kTagCount> scores{};
            for (uint32_t key : keys) index.score(key, scores);
            int best = 0;
            for (int t = 1; t < kTagCount; ++t)
                if (scores[t] >= scores[best]) best = t;  // ties go to the later tag, as the script's max((score, tag))
            out[i] = static_cast<Tag>(best);
        }
        p2 = p1;
        p1 = tag_name(out[i]);
    }
}

}  // namespace storylens::pos
