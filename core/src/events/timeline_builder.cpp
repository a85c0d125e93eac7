// timeline_builder.cpp — see timeline_builder.hpp: one sentence at a time, an event per dated clause, with its
// gist, participants and the claim that reports it; a date named again joins the event it first dated.
#include "events/timeline_builder.hpp"

#include <algorithm>
#include "lexicon/lexicon.hpp"

namespace storylens::events {

void TimelineBuilder::index_claims() {
    claims_by_start_.resize(claims_.size());
    for (uint32_t c = 0; c < claims_.size(); ++c) claims_by_start_[c] = c;
    std::stable_sort(claims_by_start_.begin(), claims_by_start_.end(), [&](uint32_t a, uint32_t b) {
        return claims_[a].content.span.start < claims_[b].content.span.start;
    });
    furthest_end_.resize(claims_.size());
    uint32_t furthest = 0;
    for (size_t k = 0; k < claims_by_start_.size(); ++k)
        furthest_end_[k] = furthest = std::max(furthest, claims_[claims_by_start_[k]].content.span.end);
}

void TimelineBuilder::remember_event(const Event& e, bool nominal) {
    LastEvents& last = last_by_value_[e.when.time];
    last.any = static_cast<int32_t>(e.id);
    last.any_by_mod[e.when.time.mod] = e.id;
    if (!nominal) return;
    last.nominal = static_cast<int32_t>(e.id);
    last.nominal_by_mod[e.when.time.mod] = e.id;
}

int32_t TimelineBuilder::last_compatible(int32_t any, const std::map<TimeMod, uint32_t>& by_mod, TimeMod mod) {
    if (mod == TimeMod::None) return any;
    int32_t best = -1;
    for (const TimeMod m : {mod, TimeMod::None}) {
        const auto it = by_mod.find(m);
        if (it != by_mod.end()) best = std::max(best, static_cast<int32_t>(it->second));
    }
    return best;
}

int32_t TimelineBuilder::same_happening(const Timex& t, bool nominal) const {
    const auto it = last_by_value_.find(t.time);
    if (it == last_by_value_.end()) return -1;
    const LastEvents& last = it->second;
    return nominal ? last_compatible(last.any, last.any_by_mod, t.time.mod)
                   : last_compatible(last.nominal, last.nominal_by_mod, t.time.mod);
}

std::vector<uint32_t> TimelineBuilder::participants(Span span) const {
    std::vector<uint32_t> out;
    for (const MentionRef& m : mentions_.inside(span)) out.push_back(m.entity);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

int32_t TimelineBuilder::reported_by(Span span) const {
    int32_t best = -1;
    size_t k = std::upper_bound(claims_by_start_.begin(), claims_by_start_.end(), span.start,
                                [&](uint32_t start, uint32_t c) { return start < claims_[c].content.span.start; }) -
               claims_by_start_.begin();
    while (k-- > 0 && furthest_end_[k] >= span.end) {
        const Claim& c = claims_[claims_by_start_[k]];
        if (!c.content.span.contains(span)) continue;
        if (best < 0 || claims_[best].content.span.size() > c.content.span.size() ||
            (claims_[best].content.span.size() == c.content.span.size() && static_cast<int32_t>(c.id) < best))
            best = static_cast<int32_t>(c.id);
    }
    return best;
}

int32_t TimelineBuilder::reported_by_opening(size_t from, size_t to) const {
    size_t verb = from + 1;
    while (verb < to && !looks_like_verb_at(verb)) ++verb;
    if (verb >= to) return -1;
    return reported_by({toks_[from].span.start, toks_[verb].span.end});
}

void TimelineBuilder::narrow_to_claim(Span content, size_t& from, size_t& to) const {
    size_t first = from;
    while (first < to && toks_[first].span.start < content.start) ++first;
    size_t last = first;
    while (last < to && toks_[last].span.end <= content.end) ++last;
    if (first == from || last - first < 2) return;
    for (size_t k = first + 1; k < last; ++k)
        if (looks_like_verb_at(k)) {
            from = first, to = last;
            return;
        }
}

uint32_t TimelineBuilder::add_event(uint32_t sentence, size_t from, size_t to, const std::vector<char>& skip, const Timex* t) {
    Event e;
    e.id = static_cast<uint32_t>(result_.events.size());
    e.sentence = sentence;
    e.span = {toks_[from].span.start, toks_[to - 1].span.end};
    e.reported_by = reported_by(t ? t->span : e.span);
    if (e.reported_by < 0 && !t) e.reported_by = reported_by_opening(from, to);
    // "The port authority said operations would resume on Friday": the gist is what was said
    if (e.reported_by >= 0) narrow_to_claim(claims_[e.reported_by].content.span, from, to);
    std::vector<Tok> clause(toks_.begin() + from, toks_.begin() + to);
    std::vector<char> clause_skip(skip.begin() + from, skip.begin() + to);
    e.text = events::gist(clause, clause_skip, entities_, mentions_);
    if (t) {
        e.when = {t->time, static_cast<int32_t>(t->id)};
        e.interval = events::interval_of(t->time);
    } else {
        e.interval = {"", "", "none"};
    }
    e.participants = participants(e.span);
    e.mentions.push_back(t ? t->span : e.span);
    result_.events.push_back(std::move(e));
    nominal_.push_back(0);
    cut_at_dct_.push_back(0);
    return result_.events.back().id;
}

void TimelineBuilder::sentence(const Sentence& s) {
    text::sentence_tokens(tokens_, s.first_token, s.token_count, toks_);
    mark_quotes();
    tenses_ = temporal::clause_tenses(tokens_, toks_);
    int32_t main_event = -1;
    std::vector<std::pair<size_t, uint32_t>> dated;  // (token, event) in this sentence
    // "resumed on 6 January after Christmas": a date that only anchors another dates no event of its own
    // ("until late 2024" and "since 2012" do date their clause: its end or its start)
    auto anchor_only = [&](size_t i) {
        return i > 0 && lexicon::contains(lexicon::TableId::events_sequence_prepositions, toks_[i - 1].lower);
    };
    bool own_dates = false;
    for (size_t i = 0; i < toks_.size() && !own_dates; ++i)
        if (const int32_t tid = timex_at(i); tid >= 0 && (i == 0 || timex_at(i - 1) != tid))
            own_dates = datable(timexes_[tid]) && !anchor_only(i);
    for (size_t i = 0; i < toks_.size(); ++i) {
        const int32_t tid = timex_at(i);
        if (tid < 0 || (i > 0 && timex_at(i - 1) == tid)) continue;
        const Timex& t = timexes_[tid];
        if (!datable(t) || (own_dates && anchor_only(i))) continue;
        size_t last = i;
        while (last + 1 < toks_.size() && timex_at(last + 1) == tid) ++last;
        const bool nominal = i > 0 && lexicon::contains(lexicon::TableId::events_nominal_determiners, toks_[i - 1].lower) &&
                             last + 1 < toks_.size() && toks_[last + 1].kind == TokenKind::Word &&
                             !text::is_capitalized(toks_[last + 1].text);
        // the same happening named again: same date, compatible modifier, one of them a noun phrase
        const int32_t same = same_happening(t, nominal);
        if (same >= 0) {
            result_.events[same].mentions.push_back(t.span);
            dated.push_back({i, static_cast<uint32_t>(same)});
            continue;
        }
        const auto [from, to] = clause(i);
        const uint32_t id = add_event(s.id, from, to, skip_marks(from, to, t), &t);
        nominal_[id] = nominal;
        cut_at_dct(id, t, i);
        remember_event(result_.events[id], nominal);
        dated.push_back({i, id});
        if (main_event < 0) main_event = static_cast<int32_t>(id);
    }
    duration_spans(s);
    if (dated.empty()) return;
    relations(s, dated);
}

}  // namespace storylens::events
