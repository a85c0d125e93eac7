// tagger.cpp — the C++ side of scripts/train_pos.py: the same features, byte for byte, hashed the same way (FNV-1a
// of the feature strings), scored with the same integer weights, so its accuracy on the EWT test file equals the
// script's. For speed, whatever depends on one word form alone is worked out once per distinct form and cached
// (word_facts.hpp): a token then costs one cache look-up, the sums of rows found beforehand and a few probes for
// the features that pair it with a neighbour or the previous tag.
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

// The rows and hash states of the features built from the previous tag(s), for every previous tag.
struct TagFeatures {
    uint32_t t1[kTagCount + 1];
    uint32_t t12[kTagCount + 1][kTagCount + 2];
    uint32_t t1w[kTagCount + 1], t1s3[kTagCount + 1], t1wn[kTagCount + 1], t1bc[kTagCount + 1];  // states
    TagFeatures() {
        const FeatureIndex& index = feature_index();
        for (int a = 0; a <= kTagCount; ++a) {
            const std::string_view p1 = previous_tag_name(a);
            t1[a] = index.find(fnv(fnv(kFnvBasis, "t1="), p1));
            for (int b = 0; b <= kTagCount + 1; ++b)
                t12[a][b] = index.find(fnv(fnv(fnv(fnv(kFnvBasis, "t12="), p1), ' '), previous_tag_name(b)));
            t1w[a] = fnv(fnv(fnv(kFnvBasis, "t1w="), p1), ' ');
            t1s3[a] = fnv(fnv(fnv(kFnvBasis, "t1s3="), p1), ' ');
            t1wn[a] = fnv(fnv(fnv(kFnvBasis, "t1wn="), p1), ' ');
            t1bc[a] = fnv(fnv(fnv(kFnvBasis, "t1bc="), p1), ' ');
        }
    }
};

// The rows of the context features at the sentence's edges ("pw=<s>", "nw=</s>", ...).
struct EdgeFeatures {
    uint32_t pw, ppw, nw, nnw, ps3, ns3, nsh, pwn, nwn, pbc, nbc;
    uint32_t pws_state, pww_state;  // "pws=<s> ", "pww=<s> "
    EdgeFeatures() {
        const FeatureIndex& index = feature_index();
        auto row = [&](std::string_view name, std::string_view payload) { return index.find(fnv(fnv(kFnvBasis, name), payload)); };
        pw = row("pw=", "<s>"), ppw = row("ppw=", "<s>"), nw = row("nw=", "</s>"), nnw = row("nnw=", "</s>");
        ps3 = row("ps3=", "<s>"), ns3 = row("ns3=", "/s>"), nsh = row("nsh=", "</s>");
        pwn = row("pwn=", "<s>"), nwn = row("nwn=", "</s>"), pbc = row("pbc=", "<s>"), nbc = row("nbc=", "</s>");
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

}  // namespace

std::string_view tag_name(Tag tag) { return model::kTagNames[static_cast<int>(tag)]; }

std::string_view wordnet_classes(std::string_view lower) { return wordnet_class(lower); }

void tag_sentence(const std::vector<std::string_view>& words, std::vector<Tag>& out, size_t count) {
    const size_t n = words.size();
    out.assign(n, Tag::X);
    if (n == 0) return;
    static const TagFeatures tag_features;
    static const EdgeFeatures edge;
    const FeatureIndex& index = feature_index();
    thread_local WordFactsCache cache;
    thread_local std::vector<const WordFacts*> facts;
    const size_t tagged = std::min(count, n);
    const size_t looked_at = std::min(tagged + 2, n);  // a token's features read the next two words
    cache.make_room(looked_at);
    facts.resize(looked_at);
    for (size_t i = 0; i < looked_at; ++i) facts[i] = &cache.get(words[i]);  // stable: no eviction mid-sentence
    const int casing = sentence_casing(words);
    int p1 = kStart, p2 = kStart2;
    for (size_t i = 0; i < tagged; ++i) {
        const WordFacts& f = *facts[i];
        int best = f.dictionary_tag;
        if (best < 0) {
            const WordFacts* prev = i > 0 ? facts[i - 1] : nullptr;
            const WordFacts* next = i + 1 < n ? facts[i + 1] : nullptr;
            std::array<int32_t, kTagCount> scores = f.own;
            auto add = [&](uint32_t row) { index.add(row, scores); };
            add(f.first[i == 0]);
            add(f.casing[casing]);
            add(prev ? prev->as_prev : edge.pw);
            add(i > 1 ? facts[i - 2]->as_prev2 : edge.ppw);
            add(next ? next->as_next : edge.nw);
            add(i + 2 < n ? facts[i + 2]->as_next2 : edge.nnw);
            add(prev ? prev->prev_s3 : edge.ps3);
            add(next ? next->next_s3 : edge.ns3);
            add(next ? next->next_shape : edge.nsh);
            add(prev ? prev->prev_wn : edge.pwn);
            add(next ? next->next_wn : edge.nwn);
            add(prev ? prev->prev_bc : edge.pbc);
            add(next ? next->next_bc : edge.nbc);
            const std::string_view s3 = f.suffix3();
            add(index.find(fnv(prev ? prev->pws_state : edge.pws_state, s3)));
            add(index.find(fnv(prev ? prev->pww_state : edge.pww_state, f.lower)));
            add(index.find(fnv(f.wnn_state, next ? next->lower : std::string_view("</s>"))));
            add(tag_features.t1[p1]);
            add(tag_features.t12[p1][p2]);
            add(index.find(fnv(tag_features.t1w[p1], f.lower)));
            add(index.find(fnv(tag_features.t1s3[p1], s3)));
            add(index.find(fnv(tag_features.t1wn[p1], f.wordnet)));
            add(index.find(fnv(tag_features.t1bc[p1], f.brown)));
            best = 0;
            for (int t = 1; t < kTagCount; ++t)
                if (scores[t] >= scores[best]) best = t;  // ties go to the later tag, as the script's max((score, tag))
        }
        out[i] = static_cast<Tag>(best);
        p2 = p1;
        p1 = best;
    }
}

}  // namespace storylens::pos
