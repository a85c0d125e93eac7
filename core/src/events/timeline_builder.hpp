// timeline_builder.hpp — the pass behind build_timeline: events from dated clauses, merged when they name the
// same happening, linked by temporal cues and ordered by interval. Internal to events/.
#pragma once
#include <map>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "events/gist.hpp"
#include "events/interval.hpp"
#include "storylens/events.hpp"
#include "temporal/tense.hpp"
#include "text/token_view.hpp"

namespace storylens::events {

using text::Tok;

class TimelineBuilder {
public:
    TimelineBuilder(const text::TokenStream& tokens, const Dct& dct, const std::vector<Timex>& timexes,
                    const std::vector<Entity>& entities, const std::vector<Claim>& claims)
        : text_(tokens.text()), doc_(tokens.document()), tokens_(tokens), dct_(dct.value), timexes_(timexes),
          entities_(entities), claims_(claims),
          mentions_(entities) {
        // Most events come from a date, so the dates bound the count well: growing the vector of ~270-byte events
        // by doubling was the peak of a long document (old and new buffers alive at once).
        result_.events.reserve(timexes.size());
        index_claims();
    }

    EventResult run() {
        for (const Sentence& s : doc_.sentences) sentence(s);
        order();
        return std::move(result_);
    }

private:
    std::string_view text_;
    const Document& doc_;
    const text::TokenStream& tokens_;
    const std::string dct_;  // YYYY-MM-DD or empty
    const std::vector<Timex>& timexes_;
    const std::vector<Entity>& entities_;
    const std::vector<Claim>& claims_;
    const MentionIndex mentions_;
    EventResult result_;
    std::vector<char> nominal_;  // per event: came from a date inside a noun phrase ("the Friday statement")
    std::vector<char> cut_at_dct_;  // per event: its interval was cut to end at the DCT (a past "this month")
    std::vector<temporal::ClauseTense> tenses_;  // per token of the sentence
    std::vector<Tok> toks_;
    std::vector<char> quoted_;
    // Claims by content start, with the furthest content end so far: reported_by stops walking back as soon
    // as no earlier claim can reach the event, instead of scanning every claim per event.
    std::vector<uint32_t> claims_by_start_;
    std::vector<uint32_t> furthest_end_;
    // Per timex value, the last event so far by modifier, among all events and among the nominal ones:
    // "the same happening named again" is a few map lookups rather than a scan of every event.
    struct LastEvents {
        std::map<TimeMod, uint32_t> any_by_mod, nominal_by_mod;
        int32_t any = -1, nominal = -1;
    };
    std::unordered_map<TimeValue, LastEvents, TimeHash, SameTime> last_by_value_;

    void index_claims();

    void remember_event(const Event& e, bool nominal);

    // The last event with this value and a modifier compatible with `mod` (equal, or either one empty).
    static int32_t last_compatible(int32_t any, const std::map<TimeMod, uint32_t>& by_mod, TimeMod mod);

    int32_t same_happening(const Timex& t, bool nominal) const;

    void mark_quotes();

    // Clause breaks: ";", subordinators, relative pronouns after a noun, ", <verb>ing".
    bool is_break(size_t i) const;

    // "following the attack" links events; "the following day" and "closely following" do not
    bool following_is_preposition(size_t i) const;

    bool looks_like_verb_at(size_t i) const { return events::looks_like_verb(toks_, i); }

    bool in_timex(size_t i) const { return timex_at(i) >= 0; }

    int32_t timex_at(size_t i) const;

    // The clause around token `at`: [from, to). Inside a quotation the quotation bounds it.
    std::pair<size_t, size_t> clause(size_t at) const;

    bool comma_between(size_t from, size_t to) const;

    // ", and lecturers joined a strike": a coordinated clause with its own subject and verb.
    bool new_clause_after(size_t i) const;

    // Leaves out the date with its preposition, and parentheticals: ", spearheaded by X (Y),"
    std::vector<char> skip_marks(size_t from, size_t to, const Timex& t) const;

    std::vector<uint32_t> participants(Span span) const;

    // The innermost claim whose content holds `span` (the first in claim order among equals).
    int32_t reported_by(Span span) const;
    // For an undated clause [from, to) no content holds whole: the innermost claim whose content holds the clause's
    // start and its first verb ("… launched a counteroffensive, which led to …", the content ending before the
    // writer's ", which"), or -1.
    int32_t reported_by_opening(size_t from, size_t to) const;

    // Narrows the clause [from, to) to the claim content inside it when that content starts after the clause
    // does (the speaker and speech verb stay out) and has a verb of its own; a bare noun phrase is left alone.
    void narrow_to_claim(Span content, size_t& from, size_t& to) const;

    uint32_t add_event(uint32_t sentence, size_t from, size_t to, const std::vector<char>& skip, const Timex* t);

    void sentence(const Sentence& s);

    // "the five-decade-long rule of the family ... on 8 December 2024", "after 24 years in power, he resigned
    // on 3 May 2024", "a 12-year investigation that concluded in March": a happening measured by a duration
    // and dated at one end by the sentence's date is an event spanning back from it (or on from a start).
    void duration_spans(const Sentence& s);

    static Interval interval_of(const Timex& t) { return events::interval_of(t.time); }

    static bool datable(const Timex& t);

    // "published earlier this month", "will meet later this week": a period that holds the DCT holds a past
    // event only up to the DCT and a future one only from it. The cut end is a bound, not a date, so such an
    // event is ordered by the middle of what is left (before the later days of the month the text names).
    void cut_at_dct(uint32_t id, const Timex& t, size_t at);

    // "X after Y", "X before Y", "..., in response, Y": an undated clause placed against a dated one.
    void relations(const Sentence& s, const std::vector<std::pair<size_t, uint32_t>>& dated);

    // Dated events by the end of their interval (a date inside "early March" comes before the end of early
    // March), then start, then text order; undated events tied by a relation go next to their anchor.
    void order();
};

}  // namespace storylens::events
