// pronoun_sources.cpp — see pronoun_sources.hpp.
#include "claims/pronoun_sources.hpp"

#include <algorithm>
#include <initializer_list>

#include "entities/lexicon.hpp"
#include "lexicon/lexicon.hpp"
#include "text/token_view.hpp"

namespace storylens::claims {

namespace {

using lexicon::TableId;

// 'f' / 'm' for a gendered word of `table` (column `column`), else 0.
char gender_cell(TableId table, std::string_view lower, int column) {
    const long row = lexicon::find_row(table, lower);
    if (row < 0) return 0;
    const std::string_view g = lexicon::cell(table, static_cast<size_t>(row), column);
    return g.empty() ? 0 : g[0];
}

size_t token_at(const Document& doc, uint32_t offset) {
    return static_cast<size_t>(std::lower_bound(doc.tokens.begin(), doc.tokens.end(), offset,
                                                [](const Token& t, uint32_t at) { return t.span.start < at; }) -
                               doc.tokens.begin());
}

std::string lower_token(std::string_view text, const Token& t) {
    return text::lowered(text.substr(t.span.start, t.span.end - t.span.start));
}

// The head word of a role as written ("former Secretary of State" -> "secretary", "spokeswoman" -> itself).
std::string role_head(std::string_view role) {
    std::string r = text::lowered(role);
    const size_t of = r.find(" of ");
    if (of != std::string::npos) r.resize(of);
    const size_t space = r.rfind(' ');
    return space == std::string::npos ? r : r.substr(space + 1);
}

bool ends_with(std::string_view w, std::string_view tail) {
    return w.size() > tail.size() && w.substr(w.size() - tail.size()) == tail;
}

// "sen." abbreviates "senator": an abbreviated title matches the full word it starts.
bool same_title(std::string_view a, std::string_view b) {
    if (a == b) return true;
    if (a.size() > 2 && a.back() == '.') a.remove_suffix(1);
    if (b.size() > 2 && b.back() == '.') b.remove_suffix(1);
    if (a == b) return true;
    return (a.size() >= 3 && b.size() > a.size() && b.substr(0, a.size()) == a) ||
           (b.size() >= 3 && a.size() > b.size() && a.substr(0, b.size()) == b);
}

}  // namespace

std::vector<Gender> person_genders(std::string_view text, const Document& doc, const std::vector<Entity>& entities) {
    std::vector<int> female(entities.size()), male(entities.size());
    auto vote = [&](size_t e, char g, int weight) {
        if (g == 'f') female[e] += weight;
        if (g == 'm') male[e] += weight;
    };
    // person mentions in text order, to see whether another person stands between a name and a pronoun
    std::vector<std::pair<uint32_t, uint32_t>> person_starts;  // (start, entity)
    for (const Entity& e : entities)
        if (e.type == EntityType::Person)
            for (const Mention& m : e.mentions) person_starts.emplace_back(m.span.start, e.id);
    std::sort(person_starts.begin(), person_starts.end());
    for (size_t e = 0; e < entities.size(); ++e) {
        const Entity& ent = entities[e];
        if (ent.type != EntityType::Person) continue;
        const std::string head = role_head(ent.role);
        if (ends_with(head, "woman") || ends_with(head, "women")) vote(e, 'f', 5);
        else if (ends_with(head, "man")) vote(e, 'm', 3);
        const size_t space = ent.name.find(' ');
        if (space != std::string::npos)
            vote(e, gender_cell(TableId::entities_given_names, text::lowered(ent.name.substr(0, space)), 1), 2);
        for (const Mention& m : ent.mentions) {
            const size_t first = token_at(doc, m.span.start);
            // "Mr. Trump", "Ms Warren": the title before the mention, or its first word
            for (size_t k = first > 2 ? first - 2 : 0; k <= first && k < doc.tokens.size(); ++k)
                vote(e, gender_cell(TableId::entities_courtesy_titles, lower_token(text, doc.tokens[k]), 1), 10);
            // the first personal pronoun after the mention in its sentence, when no other person is named first
            if (m.sentence >= doc.sentences.size()) continue;
            const Sentence& s = doc.sentences[m.sentence];
            const auto next_person = std::upper_bound(person_starts.begin(), person_starts.end(),
                                                      std::make_pair(m.span.start, UINT32_MAX));
            const uint32_t stop = next_person == person_starts.end() ? UINT32_MAX : next_person->first;
            for (size_t k = token_at(doc, m.span.end); k < s.first_token + s.token_count && k < doc.tokens.size(); ++k) {
                if (doc.tokens[k].span.start >= stop) break;
                if (doc.tokens[k].kind != TokenKind::Word) continue;
                const std::string w = lower_token(text, doc.tokens[k]);
                if (!lexicon::contains(TableId::sources_personal_pronouns, w)) continue;
                vote(e, gender_cell(TableId::sources_personal_pronouns, w, 1), 1);
                break;
            }
        }
    }
    std::vector<Gender> out(entities.size(), Gender::Unknown);
    for (size_t e = 0; e < entities.size(); ++e)
        if (female[e] != male[e]) out[e] = female[e] > male[e] ? Gender::Female : Gender::Male;
    return out;
}

PronounSources::PronounSources(std::string_view text, const Document& doc, const std::vector<Entity>& entities,
                               const MentionIndex& mentions)
    : text_(text), doc_(doc), entities_(entities), mentions_(mentions), genders_(person_genders(text, doc, entities)),
      titles_(entities.size()) {
    for (const Entity& e : entities) {
        if (e.type != EntityType::Person) continue;
        std::string& t = titles_[e.id];
        if (!e.role.empty()) t = role_head(e.role);
        for (const Mention& m : e.mentions) {
            const size_t first = token_at(doc, m.span.start);
            if (first == 0 || first > doc.tokens.size()) continue;
            const std::string before = lower_token(text, doc.tokens[first - 1]);
            if (entities::is_title(before) && t.find(before) == std::string::npos) t += " " + before;
        }
    }
}

bool PronounSources::agrees(uint32_t entity, std::string_view lower, int32_t last_source) const {
    const long row = lexicon::find_row(TableId::sources_personal_pronouns, lower);
    if (row < 0) return false;
    const std::string_view gender = lexicon::cell(TableId::sources_personal_pronouns, static_cast<size_t>(row), 1);
    const std::string_view number = lexicon::cell(TableId::sources_personal_pronouns, static_cast<size_t>(row), 2);
    const std::string_view animacy = lexicon::cell(TableId::sources_personal_pronouns, static_cast<size_t>(row), 3);
    const Entity& e = entities_[entity];
    const bool person = e.type == EntityType::Person;
    if (animacy == "person" && !person) return false;
    if (animacy == "thing" && (person || e.type == EntityType::Group)) return false;
    if (number == "pl" && person) return static_cast<int32_t>(entity) == last_source;  // "they" for one person: only the last speaker
    if (person && gender == "f" && genders_[entity] == Gender::Male) return false;
    if (person && gender == "m" && genders_[entity] == Gender::Female) return false;
    return true;
}

bool PronounSources::possessive(Span mention) const {
    const std::string_view after = text_.substr(std::min<size_t>(mention.end, text_.size()));
    const std::string_view name = text_.substr(mention.start, mention.end - mention.start);
    for (const std::string_view mark : {std::string_view("'s"), std::string_view("\xE2\x80\x99s")})
        if (after.substr(0, mark.size()) == mark || (name.size() > mark.size() && name.substr(name.size() - mark.size()) == mark))
            return true;
    return false;
}

bool PronounSources::reported(Span mention, uint32_t sentence, const std::vector<Claim>& claims) const {
    // "Marsh said the defendant, Ellison, had ... she told": a person inside what was said is not the speaker;
    // claims are made in text order, so only the last few sentences' claims can hold the mention
    for (size_t k = claims.size(); k-- > 0 && claims[k].sentence + 3 >= sentence;)
        if (claims[k].content.span.start <= mention.start && mention.end <= claims[k].content.span.end) return true;
    return false;
}

int32_t PronounSources::resolve(std::string_view lower, uint32_t at, uint32_t sentence,
                                const std::vector<Claim>& claims, int32_t last_source) const {
    // "we", "they": the speaker goes on (a plural description such as "two of the people" has no entity: none)
    if (lower == "we" || lower == "i" || lower == "they") return last_source;
    if (lower == "it" && last_source >= 0 && agrees(static_cast<uint32_t>(last_source), lower, last_source))
        return last_source;
    // the nearest sentence back with an entity that agrees; in it the first one (the subject is the salient one),
    // in the pronoun's own sentence the nearest before it
    const std::vector<MentionRef>& all = mentions_.all();
    int32_t best = -1;
    uint32_t best_sentence = UINT32_MAX;
    for (size_t i = mentions_.first_at_or_after(at); i-- > 0;) {
        const Entity& e = entities_[all[i].entity];
        const auto s = static_cast<uint32_t>(
            std::upper_bound(doc_.sentences.begin(), doc_.sentences.end(), all[i].span.start,
                             [](uint32_t x, const Sentence& t) { return x < t.span.start; }) -
            doc_.sentences.begin() - 1);
        if (best >= 0 && s != best_sentence) break;
        if (s + 6 < sentence) break;  // salience fades: not a person named many sentences back
        if (!agrees(e.id, lower, last_source) || reported(all[i].span, sentence, claims)) continue;
        if (possessive(all[i].span)) continue;  // "Lang's campaign manager, Eva Brandt, ...": not the subject
        if (best >= 0 && s == sentence) continue;  // own sentence: keep the nearest
        best = static_cast<int32_t>(e.id), best_sentence = s;
    }
    if (best >= 0) return best;
    // no one named recently agrees: the last speaker goes on ("A spokesman for the council said ... He said")
    return last_source;
}

int32_t PronounSources::resolve_title(std::string_view noun, uint32_t at) const {
    const std::vector<MentionRef>& all = mentions_.all();
    for (size_t i = mentions_.first_at_or_after(at); i-- > 0;) {
        const Entity& e = entities_[all[i].entity];
        if (all[i].span.start + 3000 < at) break;  // a recent person, not one pages back
        if (e.type != EntityType::Person) continue;
        const std::string& titles = titles_[e.id];
        size_t from = 0;
        while (from < titles.size()) {
            size_t to = titles.find(' ', from);
            if (to == std::string::npos) to = titles.size();
            if (to > from && same_title(std::string_view(titles).substr(from, to - from), noun))
                return static_cast<int32_t>(e.id);
            from = to + 1;
        }
    }
    return -1;
}

}  // namespace storylens::claims
