// tagger.cpp — the C++ side of scripts/train_pos.py: the same features, byte for byte, hashed the same way (FNV-1a
// of the feature strings), scored with the same integer weights, so its accuracy on the EWT test file equals the
// script's. For speed, whatever depends on one word form alone is worked out once per distinct form and cached
// (word_facts.hpp): a token then costs one cache look-up (an array index when the caller has the token stream's
// word ids), the sums of rows found beforehand and three probes for the features that pair it with a neighbour.
#include "storylens/pos.hpp"

#include <algorithm>
#include <array>

#include "pos/feature_index.hpp"
#include "pos/pos_model.hpp"
#include "pos/word_facts.hpp"

namespace storylens::pos {
namespace {

static_assert(model::kTagCount == kTagCount, "the model's tag set is the Tag enum");

constexpr int kStart = kTagCount;       // "<s>" as the previous tag
constexpr int kStart2 = kTagCount + 1;  // "<s2>" as the tag before that

std::string_view previous_tag_name(int t) {
    return t == kStart ? std::string_view("<s>") : t == kStart2 ? std::string_view("<s2>") : model::kTagNames[t];
}

// The rows of the features built from the previous tag(s), for every previous tag (and class group), and the hash
// states that the word's own bytes continue.
struct TagFeatures {
    uint32_t t1[kPreviousTags];
    uint32_t t12[kPreviousTags][kTagCount + 2];
    uint32_t t1w[kPreviousTags], t1s3[kPreviousTags];  // states
    std::vector<uint32_t> t1wn, t1bc;  // rows by previous tag * class count + class index
    TagFeatures() {
        const FeatureIndex& index = feature_index();
        const uint32_t wn_groups = model::kWordNetClassCount, bc_groups = model::kBrownClassCount;
        t1wn.resize(size_t(kPreviousTags) * wn_groups);
        t1bc.resize(size_t(kPreviousTags) * bc_groups);
        for (int a = 0; a <= kTagCount; ++a) {
            const std::string_view p1 = previous_tag_name(a);
            t1[a] = index.find(fnv(fnv(kFnvBasis, "t1="), p1));
            for (int b = 0; b <= kTagCount + 1; ++b)
                t12[a][b] = index.find(fnv(fnv(fnv(fnv(kFnvBasis, "t12="), p1), ' '), previous_tag_name(b)));
            t1w[a] = fnv(fnv(fnv(kFnvBasis, "t1w="), p1), ' ');
            t1s3[a] = fnv(fnv(fnv(kFnvBasis, "t1s3="), p1), ' ');
            const uint32_t wn_state = fnv(fnv(fnv(kFnvBasis, "t1wn="), p1), ' ');
            for (uint32_t g = 0; g < wn_groups; ++g)
                t1wn[a * wn_groups + g] = index.find(fnv(wn_state, model::kWordNetClasses[g]));
            const uint32_t bc_state = fnv(fnv(fnv(kFnvBasis, "t1bc="), p1), ' ');
            for (uint32_t g = 0; g < bc_groups; ++g)
                t1bc[a * bc_groups + g] = index.find(fnv(bc_state, model::kBrownClasses[g]));
        }
    }
    uint32_t wordnet_row(int p1, uint16_t g) const { return t1wn[p1 * model::kWordNetClassCount + g]; }
    uint32_t brown_row(int p1, uint16_t g) const { return t1bc[p1 * model::kBrownClassCount + g]; }
};

// The context features at the sentence's edges ("pw=<s>", "nw=</s>", ...), summed as a word's are.
struct EdgeFeatures {
    Scores as_previous{}, as_next{};  // of "<s>" before the first word, of "</s>" after the last
    uint32_t ppw, nnw;
    uint32_t pws_state, pww_state;  // "pws=<s> ", "pww=<s> "
    EdgeFeatures() {
        const FeatureIndex& index = feature_index();
        auto row = [&](std::string_view name, std::string_view payload) { return index.find(fnv(fnv(kFnvBasis, name), payload)); };
        for (uint32_t r : {row("pw=", "<s>"), row("ps3=", "<s>"), row("pwn=", "<s>"), row("pbc=", "<s>")})
            index.add(r, as_previous);
        for (uint32_t r : {row("nw=", "</s>"), row("ns3=", "/s>"), row("nsh=", "</s>"), row("nwn=", "</s>"), row("nbc=", "</s>")})
            index.add(r, as_next);
        ppw = row("ppw=", "<s>"), nnw = row("nnw=", "</s>");
        pws_state = fnv(fnv(fnv(kFnvBasis, "pws="), "<s>"), ' ');
        pww_state = fnv(fnv(fnv(kFnvBasis, "pww="), "<s>"), ' ');
    }
};

bool upper_initial(std::string_view w) { return !w.empty() && w[0] >= 'A' && w[0] <= 'Z'; }
bool lower_initial(std::string_view w) { return !w.empty() && w[0] >= 'a' && w[0] <= 'z'; }

// U every word capitalised, L none, M most, N some (as the script's sentence_casing); an index into casing rows.
int sentence_casing(const std::vector<std::string_view>& words) {
    size_t caps = 0, lows = 0;
    for (std::string_view w : words) caps += upper_initial(w), lows += lower_initial(w);
    if (lows == 0 && caps > 0) return 0;
    if (caps == 0) return 1;
    return caps * 2 > words.size() ? 2 : 3;
}

void add_scores(Scores& to, const Scores& from) {
    for (int t = 0; t < kTagCount; ++t) to[t] += from[t];
}

uint32_t lazy_row(uint32_t& row, uint32_t state, std::string_view payload) {
    if (row == kRowNotLookedUp) row = feature_index().find(fnv(state, payload));
    return row;
}

WordFactsCache& facts_cache() {
    thread_local WordFactsCache cache;
    return cache;
}

// Tags the first `count` words greedily; `facts_of(i)` gives word i's cached facts (called once per word, in order,
// after the cache made room for the sentence).
template <class FactsOf>
void tag_words(const std::vector<std::string_view>& words, std::vector<Tag>& out, size_t count, FactsOf facts_of) {
    const size_t n = words.size();
    out.assign(n, Tag::X);
    if (n == 0) return;
    static const TagFeatures tag_features;
    static const EdgeFeatures edge;
    const FeatureIndex& index = feature_index();
    thread_local std::vector<const WordFacts*> facts;
    const size_t tagged = std::min(count, n);
    const size_t looked_at = std::min(tagged + 2, n);  // a token's features read the next two words
    facts_cache().make_room(looked_at);
    facts.resize(looked_at);
    for (size_t i = 0; i < looked_at; ++i) facts[i] = facts_of(i);  // stable: no eviction mid-sentence
    const int casing = sentence_casing(words);
    int p1 = kStart, p2 = kStart2;
    for (size_t i = 0; i < tagged; ++i) {
        const WordFacts& f = *facts[i];
        int best = f.dictionary_tag;
        if (best < 0) {
            const WordFacts* prev = i > 0 ? facts[i - 1] : nullptr;
            const WordFacts* next = i + 1 < n ? facts[i + 1] : nullptr;
            Scores scores = f.own;
            add_scores(scores, prev ? prev->as_previous : edge.as_previous);
            add_scores(scores, next ? next->as_next : edge.as_next);
            auto add = [&](uint32_t row) { index.add(row, scores); };
            add(f.first[i == 0]);
            add(f.casing[casing]);
            add(i > 1 ? facts[i - 2]->as_prev2 : edge.ppw);
            add(i + 2 < n ? facts[i + 2]->as_next2 : edge.nnw);
            const std::string_view s3 = f.suffix3();
            add(index.find(fnv(prev ? prev->pws_state : edge.pws_state, s3)));
            add(index.find(fnv(prev ? prev->pww_state : edge.pww_state, f.lower)));
            add(index.find(fnv(f.wnn_state, next ? next->lower : std::string_view("</s>"))));
            add(tag_features.t1[p1]);
            add(tag_features.t12[p1][p2]);
            add(lazy_row(f.after_tag_word[p1], tag_features.t1w[p1], f.lower));
            add(lazy_row(f.after_tag_suffix[p1], tag_features.t1s3[p1], s3));
            add(tag_features.wordnet_row(p1, f.wordnet_group));
            add(tag_features.brown_row(p1, f.brown_group));
            best = 0;
            for (int t = 1; t < kTagCount; ++t)
                if (scores[t] >= scores[best]) best = t;  // ties go to the later tag, as the script's max((score, tag))
        }
        out[i] = static_cast<Tag>(best);
        p2 = p1;
        p1 = best;
    }
}

}  // namespace

std::string_view tag_name(Tag tag) { return model::kTagNames[static_cast<int>(tag)]; }

std::string_view wordnet_classes(std::string_view lower) { return wordnet_class(lower); }

void tag_sentence(const std::vector<std::string_view>& words, std::vector<Tag>& out, size_t count) {
    WordFactsCache& cache = facts_cache();
    tag_words(words, out, count, [&](size_t i) { return &cache.get(words[i]); });
}

void tag_sentence(const std::vector<std::string_view>& words, const std::vector<uint32_t>& word_ids, WordIdMemo& memo,
                  std::vector<Tag>& out, size_t count) {
    WordFactsCache& cache = facts_cache();
    tag_words(words, out, count, [&](size_t i) {
        if (memo.generation != cache.generation()) {  // the cache started over (or is another thread's): redo
            memo.facts.assign(memo.facts.size(), nullptr);
            memo.generation = cache.generation();
        }
        const uint32_t id = word_ids[i];
        if (id >= memo.facts.size()) memo.facts.resize(size_t(id) + 1, nullptr);
        const WordFacts*& known = memo.facts[id];
        if (known && known->word == words[i]) return known;
        const WordFacts* found = &cache.get(words[i]);
        if (!known) known = found;  // an id is a folded form: "US" and "us" share one, the first written form stays
        return found;
    });
}

}  // namespace storylens::pos
