// scan_names.cpp — capitalized spans of each sentence as name candidates, typed by titles, heads, lexicons
// and context: datelines, offices ("Secretary of State"), title runs, governments, descriptions ("the ministry").
#include <algorithm>
#include <cctype>
#include <deque>
#include <unordered_map>
#include <unordered_set>

#include "entities/candidate.hpp"
#include "entities/lexicon.hpp"
#include "entities/name_evidence.hpp"
#include "entities/name_shape.hpp"
#include "lexicon/lexicon.hpp"
#include "text/token_view.hpp"

namespace storylens::entities {

namespace {

using text::Tok;

// ScannedNames::full_name_surnames of the scanned candidates
std::unordered_set<std::string> full_name_surnames(const std::vector<Candidate>& candidates) {
    std::unordered_set<std::string> surnames;
    for (const Candidate& c : candidates) {
        if (c.description || c.words < 2 || c.kind != Kind::Person) continue;
        const std::string name = text::lowered(c.name);
        const std::string last = name.substr(name.rfind(' ') + 1);
        // ("Carolina Republican" is a state's party member, not Ms. Republican)
        if (lexicon::contains(lexicon::TableId::entities_given_names, std::string_view(name).substr(0, name.find(' '))) &&
            !lexicon::contains(lexicon::TableId::entities_party_labels, last))
            surnames.insert(last);
    }
    return surnames;
}

class Scanner {
public:
    Scanner(const Source& source, const Document& doc, const text::TokenStream& tokens)
        : source_(source), doc_(doc), tokens_(tokens) {}

    ScannedNames run() {
        add_dateline();
        for (const Sentence& s : doc_.sentences) {
            if (s.paragraph >= sentences_in_paragraph_.size()) sentences_in_paragraph_.resize(s.paragraph + 1);
            ++sentences_in_paragraph_[s.paragraph];
        }
        for (const Sentence& s : doc_.sentences) {
            if (is_headline(s)) headlines_.push_back(s.id);
            scan_sentence(s);
        }
        surnames_ = full_name_surnames(candidates_);
        type_repeated_subjects();
        return {std::move(candidates_), std::move(headlines_), std::move(composed_), std::move(surnames_)};
    }

private:
    const Source& source_;
    const Document& doc_;
    const text::TokenStream& tokens_;
    std::vector<Candidate> candidates_;
    std::vector<uint32_t> headlines_;  // sentence ids, ascending (pushed in sentence order)
    std::vector<uint32_t> sentences_in_paragraph_;  // by paragraph id: counted once, not per sentence
    std::deque<std::string> composed_;  // texts the candidates view that are no span of the source
    std::unordered_set<std::string> surnames_;  // ScannedNames::full_name_surnames, once the names are scanned

    std::string_view keep(std::string s) {
        composed_.push_back(std::move(s));
        return composed_.back();
    }

    static std::string key(std::string_view name) { return text::lowered(name); }

    pos::Tag tag(const Tok& t) const { return tokens_.tag(t.index); }

    // "Unlike Obama", "Struggling Donald Trump", "Follow Pam Key": a capitalized word that opens the sentence
    // and is tagged as a function word, an adverb or a verb does not start a name. The tagger is least sure of
    // capitalized words, so the word must also look like one: a function word is a known one or no noun in
    // WordNet ("Amnesty said" is tagged AUX), an adverb or verb ends in "-ly", "-ing", "-ed" or is only that in
    // WordNet ("Jack Nicklaus", "Ed Brookover" and "Red Hot Chili Peppers" are tagged VERB at a start).
    bool capitalized_only_by_position(const std::vector<Tok>& toks, size_t i) const {
        if (i > 0 && toks[i - 1].kind != TokenKind::OpenQuote) return false;
        if (text::is_all_caps(toks[i].text)) return false;  // a dateline or a shouted headline: tags are guesses
        const std::string_view w = toks[i].lower;
        const auto ends = [&](std::string_view suffix) {
            return w.size() > suffix.size() + 2 && w.compare(w.size() - suffix.size(), suffix.size(), suffix) == 0;
        };
        switch (tag(toks[i])) {
            case pos::Tag::ADP: case pos::Tag::SCONJ: case pos::Tag::DET: case pos::Tag::PRON: case pos::Tag::CCONJ:
            case pos::Tag::PART: case pos::Tag::AUX:
                // ("Unlike Hillary Clinton": WordNet knows "unlike" only as an adjective; a name would be a noun)
                return lexicon::contains(lexicon::TableId::english_function_words, w) ||
                       pos::wordnet_classes(w).find('n') == std::string_view::npos;
            case pos::Tag::ADV: return ends("ly") || pos::wordnet_classes(w) == "r";
            case pos::Tag::VERB: return ends("ing") || ends("ed") || pos::wordnet_classes(w) == "v";
            default: return false;
        }
    }

    void add_dateline() {
        if (!source_.dateline.present) return;
        const std::string_view text = source_.text;
        const std::string& loc = source_.dateline.location;
        const size_t base = text.find(loc, source_.dateline.span.start);
        if (base == std::string_view::npos) return;
        size_t start = 0;
        while (start < loc.size()) {
            size_t comma = loc.find(',', start);
            if (comma == std::string::npos) comma = loc.size();
            size_t a = start, b = comma;
            while (a < b && loc[a] == ' ') ++a;
            while (b > a && loc[b - 1] == ' ') --b;
            // "BRUSSELS, March 12 (Reuters)": the date part of a dateline is no place
            const std::string part_text = loc.substr(a, b - a);
            const bool date = is_calendar(text::lowered(part_text.substr(0, part_text.find(' ')))) ||
                              (b > a && std::isdigit(static_cast<unsigned char>(loc[a])));
            if (b > a && !date) {
                Candidate c;
                c.span = {static_cast<uint32_t>(base + a), static_cast<uint32_t>(base + b)};
                const std::string_view part = text.substr(c.span.start, c.span.end - c.span.start);
                c.name = text::is_all_caps(part) ? keep(title_case(part)) : part;
                c.kind = Kind::Place;
                c.words = 1;
                candidates_.push_back(c);
            }
            start = comma + 1;
        }
    }

    // "Northwind Air in Talks to Buy Regional Rival": a paragraph of one unpunctuated sentence in title case.
    // Its capitals are style, not names, so it may only mention entities the body names.
    bool is_headline(const Sentence& s) const {
        const std::vector<Tok> toks = text::sentence_tokens(tokens_, s);
        if (toks.size() < 3 || toks.back().kind == TokenKind::Punctuation || toks.back().kind == TokenKind::CloseQuote)
            return false;
        if (sentences_in_paragraph_[s.paragraph] > 1) return false;  // the paragraph has another sentence
        size_t long_words = 0, capitalized = 0;
        for (const Tok& t : toks) {
            if (t.kind != TokenKind::Word || t.text.size() < 4) continue;
            ++long_words;
            if (text::is_capitalized(t.text)) ++capitalized;
        }
        return long_words >= 2 && capitalized * 10 >= long_words * 8;
    }
    bool in_headline(uint32_t sentence) const {
        return std::binary_search(headlines_.begin(), headlines_.end(), sentence);
    }

    void scan_sentence(const Sentence& s) {
        const std::vector<Tok> toks = text::sentence_tokens(tokens_, s);
        size_t i = 0;
        while (i < toks.size()) {
            if (size_t n = description(toks, i, s.id)) { i += n; continue; }
            if (size_t n = office_title(toks, i)) {
                // "Secretary of State Antony Blinken": the office is the role, the name follows; alone it is
                // no name at all (not a place "State")
                size_t j = i + n;
                while (j < toks.size()) {
                    if (name_word(toks[j]) && !is_calendar(toks[j].lower)) ++j;
                    else if (size_t k = j > i + n ? particles_then_name(toks, j) : 0) j = k + 1;
                    else break;
                }
                if (j > i + n) add_name(toks, i, j, s.id, i + n);
                i = j;
                continue;
            }
            if (!name_word(toks[i]) || is_calendar(toks[i].lower) || capitalized_only_by_position(toks, i)) {
                ++i;
                continue;
            }
            size_t j = i + 1;
            bool has_of = false, has_for = false;
            while (j < toks.size()) {
                if (text::strip_possessive(toks[j - 1].text) != toks[j - 1].text) break;  // "Syria’s western"
                if (name_word(toks[j]) && !is_calendar(toks[j].lower)) { ++j; continue; }
                // "Mr. Smith", "Dr. Ruiz", "Ohio Gov. John Kasich": the tokenizer leaves the abbreviation's period apart
                if (toks[j].text == "." && j + 1 < toks.size() && name_word(toks[j + 1]) &&
                    is_title(std::string(toks[j - 1].lower) + ".")) {
                    j += 2;
                    continue;
                }
                // "Paul H. Chipok", "C. Stewart Verdery": a middle or first initial keeps its period in the name
                if (toks[j].text == "." && is_initial(toks[j - 1]) && j + 1 < toks.size() && name_word(toks[j + 1]) &&
                    toks[j].span.start == toks[j - 1].span.end) {
                    j += 2;
                    continue;
                }
                if (toks[j].text == "plc") { ++j; break; }  // the one corporate suffix written in lower case
                // "Pieter de Vries", "Ursula von der Leyen", "Lula da Silva": lower-case particles inside a name
                if (size_t k = particles_then_name(toks, j)) { j = k + 1; continue; }
                // "Commission of Inquiry", "Observatory for Human Rights", "Government of the Syrian Arab Republic"
                if (is_name_connector(toks[j].lower) && j + 1 < toks.size()) {
                    size_t k = j + 1;
                    // "Office for the Coordination of Humanitarian Affairs"
                    if (toks[k].lower == "the" && (toks[j].lower == "of" || toks[j].lower == "for") && k + 1 < toks.size())
                        ++k;
                    const bool next_name = name_word(toks[k]) && !is_calendar(toks[k].lower);
                    // after "for", "and" joins one last word ("Disease Control and Prevention"), not a second
                    // name ("Observatory for Human Rights and Amnesty International")
                    const bool one_last_word = k + 1 >= toks.size() || !name_word(toks[k + 1]);
                    const bool joins = toks[j].lower == "and"
                                           ? (has_of || (has_for && one_last_word)) && next_name && !is_org_start(toks[k].lower)
                                           : next_name && toks[j].lower != "on";
                    // "of" joins after an institution's head, or inside a name already joined by a connector
                    if (joins && (toks[j].lower != "of" || has_of || has_for || is_org_head(toks[j - 1].lower) ||
                                  is_place_head(toks[j - 1].lower) || is_org_start(toks[j - 1].lower))) {
                        has_of = has_of || toks[j].lower == "of";
                        has_for = has_for || toks[j].lower == "for";
                        j = k + 1;
                        continue;
                    }
                }
                break;
            }
            add_name(toks, i, j, s.id);
            i = j;
        }
    }

    // "the government", "the ministry": kept as descriptions to resolve against earlier names.
    size_t description(const std::vector<Tok>& toks, size_t i, uint32_t sentence) {
        if (toks[i].lower != "the" || i + 1 >= toks.size()) return 0;
        const Tok& head = toks[i + 1];
        if (!is_word(head) || text::is_capitalized(head.text) || !is_org_description(head.lower)) return 0;
        if (i + 2 < toks.size() && is_word(toks[i + 2]) && toks[i + 2].lower != "of" &&
            !text::is_capitalized(toks[i + 2].text) && is_org_description(toks[i + 2].lower))
            return 0;
        Candidate c;
        c.span = {toks[i].span.start, head.span.end};
        c.name = std::string_view(source_.text).substr(c.span.start, c.span.end - c.span.start);
        c.sentence = sentence;
        c.description = true;
        c.words = 1;
        candidates_.push_back(c);
        return 2;
    }

    // "Secretary of State", "Minister of Foreign Affairs", "Chief of Staff": the tokens of a capitalized
    // office with a portfolio, or 0.
    static size_t office_title(const std::vector<Tok>& toks, size_t i) {
        if (!text::is_capitalized(toks[i].text) || !is_office_head(toks[i].lower)) return 0;
        if (i + 2 >= toks.size() || toks[i + 1].lower != "of") return 0;
        size_t k = i + 2;
        while (k < toks.size() && is_word(toks[k]) && is_portfolio_word(toks[k].lower) &&
               (text::is_capitalized(toks[k].text) || toks[k].lower == "and" || toks[k].lower == "the"))
            ++k;
        while (k > i + 2 && (toks[k - 1].lower == "and" || toks[k - 1].lower == "the")) --k;
        return k > i + 2 ? k - i : 0;
    }

    // `office_end` > i: toks[i, office_end) is an office title ("Secretary of State") kept as the role.
    void add_name(const std::vector<Tok>& toks, size_t i, size_t j, uint32_t sentence, size_t office_end = 0) {
        // "Democrat Hillary Clinton": a party label before a person's name (a given name first) is an affiliation,
        // no part of the name; before a title it stays the organization ("Labour Leader Keir Starmer"), before
        // other words it is a headline's ("GOP Candidates Resoundingly Reject")
        if (office_end == 0 && j > i + 2 && lexicon::contains(lexicon::TableId::entities_party_labels, toks[i].lower) &&
            lexicon::contains(lexicon::TableId::entities_given_names, toks[i + 1].lower) &&
            classify(toks, i + 1, j) == Kind::Person && !split_title_run(toks, i + 1, j).found)
            ++i;
        // A title opens a person's name: "President Bashar al-Assad", "Prime Minister X"
        std::string role;
        size_t from = i;
        if (office_end > i) {
            role = std::string(source_.text.substr(toks[i].span.start, toks[office_end - 1].span.end - toks[i].span.start));
            from = office_end;
        }
        // "Health Secretary Owen Pritchard", "European Commission President Ursula von der Leyen", "Apple Chief
        // Executive Tim Cook": a title run before a person's name, maybe led by the organization
        std::string_view employer;
        if (office_end == 0) {
            const TitleRun run = split_title_run(toks, i, j);
            if (run.found) {
                if (run.title > i) employer = add_employer(toks, i, run.title, sentence, run.employer);
                role = std::string(source_.text.substr(toks[run.title].span.start,
                                                       toks[run.name - 1].span.end - toks[run.title].span.start));
                from = run.name;
            }
        }
        // "Syrian government", "the Government of the Syrian Arab Republic": a state's government
        std::string government = government_name(toks, i, j);
        if (!government.empty()) {
            Candidate c;
            c.sentence = sentence;
            c.kind = Kind::Org;
            c.name = keep(std::move(government));
            c.words = 2;
            c.span = {toks[i].span.start, toks[government_end_].span.end};
            if (i > 0 && toks[i - 1].lower == "the") c.span.start = toks[i - 1].span.start;
            candidates_.push_back(c);
            return;
        }
        Candidate c;
        c.sentence = sentence;
        c.span = {toks[from].span.start, toks[j - 1].span.end};
        const std::string_view last = toks[j - 1].text;
        const std::string_view stripped = text::strip_possessive(last);
        c.span.end -= static_cast<uint32_t>(last.size() - stripped.size());
        c.name = std::string_view(source_.text).substr(c.span.start, c.span.end - c.span.start);
        c.words = j - from;
        c.sentence_initial = i == 0 || toks[i - 1].kind == TokenKind::OpenQuote;
        c.kind = classify(toks, from, j);
        c.event = c.kind == Kind::Org && is_event_name(toks, from, j);
        if (j < toks.size() && is_word(toks[j])) c.next_word = toks[j].text;
        if (role.empty()) type_by_context(toks, from, j, c);
        // "von der Leyen": lower-case particles before a surname belong to the mention when it joins a person
        size_t lead = from;
        while (lead > 0 && from - lead < 2 && lower_particle(toks[lead - 1])) --lead;
        if (lead < from) c.particles_start = toks[lead].span.start;
        for (size_t k = j; k < toks.size(); ++k)
            if (lexicon::contains(lexicon::TableId::entities_pronouns_after_name, toks[k].lower)) {
                c.it_after = toks[k].lower == "it" || toks[k].lower == "its";
                break;
            }
        if (!role.empty()) {
            c.kind = Kind::Person;
            for (size_t k = i; k-- > 0 && k + 3 >= i;) {
                if (lexicon::contains(lexicon::TableId::entities_role_premodifiers, toks[k].lower))
                    role = std::string(toks[k].text) + " " + role;
                else
                    break;
            }
            c.role = keep(std::move(role));
            c.role_org = employer;
        }
        if (c.words == 1 && from > 0) {
            const std::string_view before = toks[from - 1].lower;
            if (c.kind == Kind::Unknown && in_place_list(toks, from, j, sentence)) c.kind = Kind::Place;
            // motion and location prepositions: "in", "near", "through Nairobi", "to Kyiv", "outside Gaza"
            if (c.kind == Kind::Unknown && lexicon::contains(lexicon::TableId::entities_place_prepositions, before))
                c.kind = Kind::Place;
        }
        // "former HTS leader Ahmed al-Sharaa": a lower-case role noun, maybe an organization, then the name
        if (c.kind == Kind::Person && c.role.empty() && from >= 1 && is_role_noun(toks[from - 1].lower)) {
            size_t k = from - 1;
            std::string r(toks[k].text);
            if (k >= 1 && name_word(toks[k - 1])) {
                c.role_org = toks[k - 1].text;
                --k;
            }
            if (k >= 1 && lexicon::contains(lexicon::TableId::entities_role_premodifiers, toks[k - 1].lower))
                r = std::string(toks[k - 1].text) + " " + r;
            c.role = keep(std::move(r));
        }
        // "Syrian Observatory for Human Rights (SOHR)"
        // "Sen. John McCain (R-AZ)" is a party and state tag, no acronym
        const auto party_tag = [](std::string_view w) { return w.size() >= 3 && w[1] == '-'; };
        if (j + 2 < toks.size() && toks[j].text == "(" && toks[j + 2].text == ")" && text::is_all_caps(toks[j + 1].text) &&
            !party_tag(toks[j + 1].text))
            c.acronym = toks[j + 1].text;
        candidates_.push_back(c);
    }

    // The organization part of a title run ("European Commission" President, "Apple" Chief Executive): its
    // name, or "" when it names no organization.
    std::string_view add_employer(const std::vector<Tok>& toks, size_t i, size_t end, uint32_t sentence, bool by_position) {
        Candidate c;
        c.sentence = sentence;
        c.span = {toks[i].span.start, toks[end - 1].span.end};
        c.name = std::string_view(source_.text).substr(c.span.start, c.span.end - c.span.start);
        c.words = end - i;
        c.kind = classify(toks, i, end);
        // a sentence-initial adverb or participle ("Newly Elected President X") is no employer
        const std::string_view w = toks[i].lower;
        const auto ends = [&](std::string_view suffix) {
            return w.size() > suffix.size() && w.compare(w.size() - suffix.size(), suffix.size(), suffix) == 0;
        };
        if (c.kind == Kind::Unknown && c.words == 1 && by_position && !ends("ly") && !ends("ed") && !ends("ing"))
            c.kind = Kind::Org;
        if (c.kind != Kind::Org) return {};
        c.evidence = true;
        candidates_.push_back(c);
        return c.name;
    }

    // Org or place evidence in the words around toks[from, to) (see name_evidence.hpp).
    static void type_by_context(const std::vector<Tok>& toks, size_t from, size_t to, Candidate& c) {
        if ((c.kind == Kind::Unknown || c.kind == Kind::Person) && org_context(toks, from, to)) {
            c.kind = Kind::Org;
            c.evidence = true;
        } else if (c.kind == Kind::Unknown && weak_org_context(toks, from, to)) {
            c.kind = Kind::Org;
            c.evidence = true;
        } else if (c.kind == Kind::Unknown && place_context(toks, from)) {
            c.kind = Kind::Place;
            c.evidence = true;
        }
    }

    // "in Latakia, Tartous and Hama", "to Latakia and Tartous": a word right after a place of the same sentence,
    // joined by "and"/"or", or by a comma when the list goes on after it ("Damascus, Reuters said" is no list).
    bool in_place_list(const std::vector<Tok>& toks, size_t from, size_t to, uint32_t sentence) const {
        if (candidates_.empty()) return false;
        const Candidate& last = candidates_.back();
        if (last.kind != Kind::Place || last.sentence != sentence || last.span.end > toks[from].span.start) return false;
        std::string between = text::lowered(source_.text.substr(last.span.end, toks[from].span.start - last.span.end));
        const bool comma = between.find(',') != std::string::npos;
        std::string words;
        for (const char ch : between)
            if (ch != ',' && ch != ' ') words += ch;
        if (!words.empty() && words != "and" && words != "or") return false;
        if (words.empty() && !comma) return false;
        if (!words.empty()) return true;
        return to < toks.size() && (toks[to].text == "," || toks[to].lower == "and" || toks[to].lower == "or");
    }

    size_t government_end_ = 0;

    std::string government_name(const std::vector<Tok>& toks, size_t i, size_t j) {
        // "<Demonym> government|authorities|regime" right after the name
        if (j == i + 1 && j < toks.size() && (toks[j].lower == "government" || toks[j].lower == "authorities" ||
                                               toks[j].lower == "regime")) {
            std::string country = demonym_place(toks[i].lower);
            std::string demonym = std::string(toks[i].text);
            if (country.empty()) {
                const char* d = place_demonym(text::lowered(text::strip_possessive(toks[i].text)));
                if (!d || !*d) return {};
                demonym = d;
            }
            government_end_ = j;
            return (demonym + " ").append(toks[j].lower);
        }
        // "Government of the Syrian Arab Republic", "Government of Syria"
        if (toks[i].lower == "government" && j > i + 2) {
            for (size_t k = i + 1; k < j; ++k) {
                if (!demonym_place(toks[k].lower).empty()) return government_end_ = j - 1, std::string(toks[k].text) + " government";
                const char* d = place_demonym(toks[k].lower);
                if (d && *d) return government_end_ = j - 1, std::string(d) + " government";
            }
        }
        return {};
    }

    // "Vantix said it would ... whether Vantix had used its": an unknown capitalized word seen at least twice,
    // once inside a sentence (so not a capitalized common word), once as the subject of a speech or action verb,
    // and once taken up by "it"/"its" (a lone surname is taken up by "he"/"she"), names an organization.
    void type_repeated_subjects() {
        struct Seen {
            size_t count = 0;
            bool inside = false, subject = false, it = false, typed = false;
        };
        std::unordered_map<std::string, Seen> seen;
        // "Obama" after "Barack Obama" is him, whatever "its" comes after it ("… a key part of Obama’s strategic
        // ‘rebalance’ … as its economy grows")
        for (const Candidate& c : candidates_) {
            if (c.description || c.words != 1) continue;
            Seen& s = seen[key(c.name)];
            if (c.kind != Kind::Unknown) {
                s.typed = true;
                continue;
            }
            if (in_headline(c.sentence)) continue;
            ++s.count;
            s.inside = s.inside || !c.sentence_initial;
            s.subject = s.subject || is_subject_verb(key(c.next_word));
            s.it = s.it || c.it_after;
        }
        for (Candidate& c : candidates_) {
            if (c.description || c.words != 1 || c.kind != Kind::Unknown || c.name.size() < 2 || in_headline(c.sentence))
                continue;
            const Seen& s = seen[key(c.name)];
            if (s.typed || s.count < 2 || !s.inside || !s.subject || !s.it) continue;
            const std::string lower = key(c.name);
            if (surnames_.count(lower)) continue;
            if (is_title(lower) || is_role_noun(lower) || !demonym_place(lower).empty()) continue;
            c.kind = Kind::Org;
            c.evidence = true;
        }
    }
};

}  // namespace

ScannedNames scan_names(const Source& source, const Document& document, const text::TokenStream& tokens) {
    return Scanner(source, document, tokens).run();
}

}  // namespace storylens::entities
