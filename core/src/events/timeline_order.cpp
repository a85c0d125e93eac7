// timeline_order.cpp — spans measured by a duration, periods cut at the DCT, after/before relations for
// undated clauses, and the final order of the timeline.
#include "events/timeline_builder.hpp"

#include <algorithm>
#include "lexicon/lexicon.hpp"

namespace storylens::events {

void TimelineBuilder::duration_spans(const Sentence& s) {
    for (size_t i = 0; i < toks_.size(); ++i) {
        const int32_t tid = timex_at(i);
        if (tid < 0 || (i > 0 && timex_at(i - 1) == tid) || timexes_[tid].type != "DURATION") continue;
        size_t last = i;
        while (last + 1 < toks_.size() && timex_at(last + 1) == tid) ++last;
        if (last + 1 >= toks_.size()) continue;
        const Timex& d = timexes_[tid];
        // "five-decade-long rule", "12-year investigation": a measuring adjective before a noun; or "after
        // 24 years in power"
        const Tok& next = toks_[last + 1];
        const bool adjective = d.span.of(text_).find('-') != std::string_view::npos &&
                               next.kind == TokenKind::Word && !text::is_capitalized(next.text) &&
                               !looks_like_verb_at(last + 1);
        const bool after = i > 0 && toks_[i - 1].lower == "after";
        if (!adjective && !after) continue;
        // the anchor: the first date after the duration in the sentence, else the last one before it
        int32_t anchor = -1;
        size_t anchor_at = 0;
        for (size_t k = 0; k < toks_.size(); ++k) {
            const int32_t a = timex_at(k);
            if (a < 0 || a == tid || (k > 0 && timex_at(k - 1) == a)) continue;
            const Timex& t = timexes_[a];
            if (!datable(t)) continue;
            if (anchor >= 0 && anchor_at > i) break;
            anchor = a, anchor_at = k;
        }
        if (anchor < 0) continue;
        // "a ten-year plan launched in 2020": the date starts the span
        bool starts = false;
        for (size_t k = std::min(i, anchor_at); k < std::max(i, anchor_at); ++k)
            starts = starts || lexicon::contains(lexicon::TableId::events_start_words, toks_[k].lower);
        // "a two-week trip next month": a span dated in the future starts there, unless it is said to end there
        bool ends = false;
        for (size_t k = std::min(i, anchor_at); k < std::max(i, anchor_at); ++k)
            ends = ends || lexicon::contains(lexicon::TableId::events_end_words, toks_[k].lower);
        const Interval anchored = interval_of(timexes_[anchor]);
        if (!ends && !dct_.empty() && anchored.start > dct_) starts = true;
        const Interval span = events::spanning(anchored, d.time, !starts);
        if (span.precision == "none") continue;
        // the gist: the duration and the phrase it measures, "five-decade-long rule of the Talbi family"
        size_t to = last + 1;
        while (to < toks_.size() && to - last <= 8 && toks_[to].kind == TokenKind::Word && !in_timex(to) &&
               !is_break(to) && !looks_like_verb_at(to) && !lexicon::contains(lexicon::TableId::events_span_stops, toks_[to].lower))
            ++to;
        std::vector<char> skip(toks_.size(), 0);
        const uint32_t id = add_event(s.id, i, to, skip, &d);
        Event& e = result_.events[id];
        e.interval = span;
        e.text = std::string(e.span.of(text_));
    }
}

bool TimelineBuilder::datable(const Timex& t) {
    return (t.type == "DATE" || t.type == "TIME") && interval_of(t).precision != "none";
}

void TimelineBuilder::cut_at_dct(uint32_t id, const Timex& t, size_t at) {
    Interval& in = result_.events[id].interval;
    if (dct_.empty() || in.start.empty() || !(in.start < dct_ && dct_ < in.end)) return;
    const std::string words = text::lowered(t.span.of(text_));
    bool future = words.rfind("later", 0) == 0;
    for (size_t k = 0; k < toks_.size() && !future; ++k) future = lexicon::contains(lexicon::TableId::events_future_auxiliaries, toks_[k].lower);
    if (future) {
        in.start = dct_;
    } else if (words.rfind("earlier", 0) == 0 || (tenses_[at].past && !tenses_[at].present)) {
        in.end = dct_;
        cut_at_dct_[id] = 1;
    }
}

void TimelineBuilder::relations(const Sentence& s, const std::vector<std::pair<size_t, uint32_t>>& dated) {
    for (size_t i = 0; i + 1 < toks_.size(); ++i) {
        const std::string_view w = toks_[i].lower;
        const bool after = w == "after" || (w == "following" && following_is_preposition(i));
        const bool before = w == "before";
        const bool response = w == "response" && i > 0 && toks_[i - 1].lower == "in";
        if (!after && !before && !response) continue;
        if (in_timex(i + 1) || toks_[i + 1].kind == TokenKind::Number) {
            // "after 6 March" is a date, not an event
            if (!(toks_[i + 1].kind == TokenKind::Number && !in_timex(i + 1))) continue;
        }
        size_t from = i + 1;
        if (response && from < toks_.size() && toks_[from].text == ",") ++from;
        size_t to = from + 1;
        while (to < toks_.size() && !is_break(to) && toks_[to].text != ";" &&
               !(toks_[to].kind == TokenKind::Punctuation && toks_[to].text == "." && to + 1 == toks_.size()))
            ++to;
        bool has_verb = false;
        bool has_date = false;
        for (size_t k = from; k < to; ++k) {
            has_verb = has_verb || looks_like_verb_at(k);
            has_date = has_date || in_timex(k);
        }
        if (!has_verb || has_date || to <= from) continue;
        // the dated event this clause is tied to: the nearest one before the cue
        int32_t anchor = -1;
        for (const auto& [token, id] : dated)
            if (token < i) anchor = static_cast<int32_t>(id);
        if (anchor < 0) anchor = static_cast<int32_t>(dated.front().second);
        std::vector<char> skip(toks_.size(), 0);
        const uint32_t id = add_event(s.id, from, to, skip, nullptr);
        remember_event(result_.events[id], false);
        Relation r;
        r.cue = response ? "in response" : std::string(toks_[i].text);
        r.span = {toks_[i].span.start, toks_[i].span.end};
        if (before) r.before = static_cast<uint32_t>(anchor), r.after = id;
        else if (after) r.before = id, r.after = static_cast<uint32_t>(anchor);
        else r.before = static_cast<uint32_t>(anchor), r.after = id;
        result_.relations.push_back(r);
    }
}

void TimelineBuilder::order() {
    std::vector<uint32_t> dated;
    for (const Event& e : result_.events)
        if (!e.interval.start.empty()) dated.push_back(e.id);
    std::vector<std::string> key(result_.events.size());
    for (const uint32_t id : dated) {
        const Interval& in = result_.events[id].interval;
        key[id] = cut_at_dct_[id] ? events::middle(in) : in.end;
    }
    std::stable_sort(dated.begin(), dated.end(), [&](uint32_t a, uint32_t b) {
        if (key[a] != key[b]) return key[a] < key[b];
        return result_.events[a].interval.start < result_.events[b].interval.start;
    });
    // The line as a doubly linked list over event ids, so that each insertion is constant time.
    const uint32_t none = static_cast<uint32_t>(result_.events.size());  // also the list's head sentinel
    std::vector<uint32_t> next(none + 1, none), prev(none + 1, none);
    std::vector<char> in_line(none, 0);
    auto link_after = [&](uint32_t at, uint32_t id) {
        next[id] = next[at], prev[id] = at;
        prev[next[at]] = id, next[at] = id;
        in_line[id] = 1;
    };
    uint32_t tail = none;
    for (const uint32_t id : dated) link_after(tail, id), tail = id;
    for (const Relation& r : result_.relations) {
        const bool before_undated = result_.events[r.before].interval.start.empty();
        const uint32_t undated = before_undated ? r.before : r.after;
        const uint32_t anchor = before_undated ? r.after : r.before;
        if (!result_.events[undated].interval.start.empty()) continue;
        if (in_line[undated] || !in_line[anchor]) continue;
        link_after(before_undated ? prev[anchor] : anchor, undated);
    }
    std::vector<uint32_t> line;
    for (uint32_t id = next[none]; id != none; id = next[id]) line.push_back(id);
    result_.timeline = std::move(line);
}

}  // namespace storylens::events
