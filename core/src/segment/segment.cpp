// segment.cpp — paragraphs (line breaks), tokens, and sentences (terminal punctuation with abbreviation,
// number and quotation rules). Everything is a byte span into the text.
#include <algorithm>
#include <cctype>

#include "ingest/utf8.hpp"
#include "lexicon/lexicon.hpp"
#include "segment/abbreviations.hpp"
#include "segment/chars.hpp"
#include "storylens/document.hpp"

namespace storylens {

namespace {

using chars::is_letter;
using chars::is_space;

struct Cursor {
    std::string_view text;
    char32_t at(size_t i, int& length) const { return utf8::decode(text, i, length); }
};

// An apostrophe at the start of a word before two digits, which stands for a year's first digits: "the '80s",
// and with ’ (never an opening mark) also "in ’08". Read as a quotation mark it would open a quotation that never
// closes and shift every quotation pairing after it in the paragraph. A straight mark before bare digits may
// open a quotation ('20 years on,' she said), so it needs the decade's "s".
bool is_year_elision(std::string_view text, size_t begin, size_t end, size_t i, char32_t c) {
    if (c != '\'' && c != U'\u2019') return false;
    if (i > begin) {
        int before_len = 0;
        const char32_t before = utf8::decode_before(text, i, before_len);
        if (!is_space(before) && before != '(') return false;
    }
    const size_t d = i + (c == '\'' ? 1 : 3);
    auto digit = [&](size_t k) { return k < end && std::isdigit(static_cast<unsigned char>(text[k])); };
    if (!digit(d) || !digit(d + 1)) return false;
    size_t after = d + 2;
    if (after < end && text[after] == 's') ++after;
    else if (c == '\'') return false;
    return after >= end || !(std::isalnum(static_cast<unsigned char>(text[after])) || text[after] == '\'');
}

// An apostrophe opening a clipped word of one or two lower-case letters after a space: "Sophie in 't Veld", "get 'em".
// Read as a quotation mark it would open a quotation that swallows the paragraph's real quotes.
bool is_word_elision(std::string_view text, size_t begin, size_t end, size_t i, char32_t c) {
    if (c != '\'' && c != U'\u2019') return false;
    if (i > begin) {
        int before_len = 0;
        if (!is_space(utf8::decode_before(text, i, before_len))) return false;
    }
    size_t k = i + (c == '\'' ? 1 : 3);
    const size_t first = k;
    while (k < end && k < first + 3 && text[k] >= 'a' && text[k] <= 'z') ++k;
    return k > first && k <= first + 2 && (k >= end || text[k] == ' ');
}

// Curly double marks typed the wrong way round: “ glued to a word's end before a space closes ("for her here,“ said
// Jim Clyburn"), ” after a space (or an invisible direction mark, U+202A-U+202E) before a word opens ("‪”This is why
// ISIS …"). Otherwise each mark keeps its own direction.
bool curly_double_opens(std::string_view text, size_t begin, size_t end, size_t i, int len, char32_t c,
                        char32_t before) {
    const bool after_space = i == begin || is_space(before) || (before >= 0x202A && before <= 0x202E) ||
                             before == '(' || before == '[';
    int next_len = 0;
    const char32_t next = i + size_t(len) < end ? utf8::decode(text, i + size_t(len), next_len) : 0;
    const bool before_word = next != 0 && (is_letter(next) || (next < 0x80 && std::isdigit(static_cast<int>(next))));
    if (c == U'\u201C') return after_space || before_word;
    return after_space && before_word;
}

// Tokenizes [begin, end) of one paragraph.
void tokenize(std::string_view text, size_t begin, size_t end, std::vector<Token>& out) {
    size_t i = begin;
    while (i < end) {
        int len = 0;
        const char32_t c = utf8::decode(text, i, len);
        if (is_space(c)) { i += len; continue; }
        const size_t start = i;
        TokenKind kind = TokenKind::Punctuation;
        if (std::isdigit(static_cast<unsigned char>(text[i]))) {
            kind = TokenKind::Number;
            i += len;
            while (i < end) {
                const char d = text[i];
                if (std::isdigit(static_cast<unsigned char>(d))) { ++i; continue; }
                // Inner separators stay inside a number only when a digit follows: 1,700  3.5  10:30  6/3/2025
                if ((d == ',' || d == '.' || d == ':' || d == '/') && i + 1 < end &&
                    std::isdigit(static_cast<unsigned char>(text[i + 1]))) { i += 2; continue; }
                break;
            }
            // Glued letters ("1990s", "16th", "5pm") stay with the number.
            while (i < end && std::isalpha(static_cast<unsigned char>(text[i]))) ++i;
        } else if (is_letter(c)) {
            kind = TokenKind::Word;
            i += len;
            while (i < end) {
                int l2 = 0;
                const char32_t d = utf8::decode(text, i, l2);
                if (is_letter(d) || std::isdigit(static_cast<unsigned char>(text[i]))) { i += l2; continue; }
                int l3 = 0;
                const char32_t next = (i + l2 < end) ? utf8::decode(text, i + l2, l3) : 0;
                const bool joiner = d == '-' || d == '\'' || d == U'\u2019' || d == '.' || d == '&';
                // "al-Assad", "don't", "U.S." (a period inside a dotted initialism), "AT&T"
                if (joiner && (is_letter(next) || std::isdigit(static_cast<unsigned char>(next)))) {
                    if (d == '.' && !(i - start <= 2 || text[i - 2] == '.')) break;  // "end.Next" is two words
                    i += l2;
                    continue;
                }
                // Trailing period of a dotted initialism: "U.S." keeps its last period.
                if (d == '.' && i - start >= 3 && text[i - 2] == '.') { i += 1; }
                // Plural possessive: "Assads’ rule" keeps its apostrophe.
                else if ((d == '\'' || d == U'\u2019') && (text[i - 1] == 's') && !is_letter(next)) { i += l2; }
                break;
            }
        } else if (c == U'\u00AB' || c == U'\u00BB') {
            kind = c == U'\u00AB' ? TokenKind::OpenQuote : TokenKind::CloseQuote;  // guillemets
            i += len;
        } else if (c == '`' && i + 1 < end && text[i + 1] == '`') {
            kind = TokenKind::OpenQuote;  // wire style ``…''
            i += 2;
        } else if (is_year_elision(text, begin, end, i, c) || is_word_elision(text, begin, end, i, c)) {
            kind = TokenKind::Punctuation;  // "the '80s", "in 't Veld": letters left out, not a quotation mark
            i += len;
        } else if (c == '"' || c == U'\u201C' || c == U'\u201D' || c == U'\u2018' || c == U'\u2019' || c == '\'') {
            int before_len = 0;
            const char32_t before = utf8::decode_before(text, i, before_len);
            bool opening;
            if (c == U'\u201C' || c == U'\u201D') opening = curly_double_opens(text, begin, end, i, len, c, before);
            else if (c == U'\u2018') opening = true;
            else if (c == U'\u2019') opening = false;
            else opening = (i == begin) || is_space(before) || before == '(' || before == '[' || before == U'\u2014' ||
                           before == U'\u2013' || before == '-' || before == U'\u201C' || before == U'\u2018';
            i += len;
            if (c == '\'' && i < end && text[i] == '\'') ++i;  // '' is one double quotation mark
            // "… 'Well done,' " said Rep. Russell": a straight mark after a single quotation's closing mark and a space,
            // with a space (or the line's end) after it, closes the quotation around it
            if (opening && c != U'\u2018' && c != U'\u201C' && is_space(before) && (i >= end || is_space(text[i]))) {
                int inner_len = 0;
                const size_t space_at = start - size_t(before_len);
                const char32_t inner = space_at > begin ? utf8::decode_before(text, space_at, inner_len) : 0;
                if (inner == '\'' || inner == U'\u2019') opening = false;
            }
            kind = opening ? TokenKind::OpenQuote : TokenKind::CloseQuote;
        } else if (c == '-' || c == U'\u2013' || c == U'\u2014') {
            kind = TokenKind::Dash;
            i += len;
            while (i < end && text[i] == '-') ++i;  // "--"
        } else {
            i += len;
        }
        out.push_back({{static_cast<uint32_t>(start), static_cast<uint32_t>(i)}, kind});
    }
}

bool is_terminal(std::string_view tok) { return tok == "." || tok == "!" || tok == "?" || tok == "..." ||
                                                tok == "\xE2\x80\xA6"; }

// `"…?" Clinton asked.`, `"…!" Mr. Smith said.`: after a question or exclamation closing a quotation, a short
// capitalized subject and a reporting verb are the quotation's tag, not a new sentence.
bool tag_follows(std::string_view text, const std::vector<Token>& tokens, size_t from, size_t para_end_token) {
    for (size_t k = from; k < para_end_token && k < from + 6; ++k) {
        const Token& t = tokens[k];
        const std::string_view w = t.span.of(text);
        if (t.kind != TokenKind::Word) {
            if (w == ".") continue;  // "Mr."
            return false;
        }
        if (k > from && lexicon::contains(lexicon::TableId::reporting_verbs, w)) return true;
    }
    return false;
}

bool starts_upper_or_digit(std::string_view text, const Token& t) {
    if (t.kind == TokenKind::Number || t.kind == TokenKind::OpenQuote) return true;
    int len = 0;
    const char32_t c = utf8::decode(text, t.span.start, len);
    if (t.kind == TokenKind::Punctuation && (c == '\'' || c == U'\u2019')) return true;  // "'80s were …"
    return chars::is_upper(c);
}

// `"…," Cruz told reporters in Fort Mill, S.C. "It seems …"`: the period of an abbreviation that ends a
// quotation's tag, before the quotation's next sentence. Token k ends the abbreviation; an opening mark and a
// capitalised word follow, and within the last kTagWindow tokens a reporting verb comes after a quotation closed
// by a comma. Without the break the next quotation joins the tag's sentence and loses its speaker.
constexpr size_t kTagWindow = 30;
bool quotation_resumes_after_tag(std::string_view text, const std::vector<Token>& tokens, size_t k,
                                 size_t para_first, size_t para_end_token) {
    if (k + 2 >= para_end_token || tokens[k + 1].kind != TokenKind::OpenQuote ||
        tokens[k + 2].kind != TokenKind::Word || !starts_upper_or_digit(text, tokens[k + 2]))
        return false;
    bool verb = false;
    for (size_t j = k; j > para_first && k - j < kTagWindow; --j) {
        const Token& t = tokens[j];
        if (t.kind == TokenKind::OpenQuote) return false;  // a quotation opened inside the window: not a tag
        if (t.kind == TokenKind::Word && lexicon::contains(lexicon::TableId::reporting_verbs, t.span.of(text)))
            verb = true;
        if (t.kind == TokenKind::CloseQuote) return verb && tokens[j - 1].span.of(text) == ",";
    }
    return false;
}

// Whether a sentence ends after token k (a terminal mark, possibly followed by closing quotes/brackets).
// Returns the index of the last token of the sentence, or -1.
long sentence_end_after(std::string_view text, const std::vector<Token>& tokens, size_t k, size_t para_first,
                        size_t para_end_token, int quote_depth_after, bool quote_closes_later) {
    const Token& t = tokens[k];
    const std::string_view s = t.span.of(text);
    size_t last = k;
    if (t.kind == TokenKind::Word && s.size() >= 4 && s.back() == '.') {
        // "U.S." ends with its own period: a possible end only when a sentence opener follows.
        if (k + 1 >= para_end_token) return static_cast<long>(k);
        const Token& next = tokens[k + 1];
        const std::string_view next_word = next.span.of(text);
        if (abbreviations::is_sentence_opener(next_word)) return static_cast<long>(k);
        // "at 8 a.m. Police sealed..." — a clock time ends the sentence before a capitalized word that is
        // not a weekday, month or time zone ("8 a.m. Monday", "8 a.m. EST").
        const bool clock = s == "a.m." || s == "p.m.";
        if (clock && starts_upper_or_digit(text, next) && next.kind == TokenKind::Word &&
            !abbreviations::is_calendar_word(next_word) && !chars::is_all_caps(next_word))
            return static_cast<long>(k);
        if (quotation_resumes_after_tag(text, tokens, k, para_first, para_end_token)) return static_cast<long>(k);
        return -1;
    }
    if (!is_terminal(s)) return -1;
    // Swallow closing quotes and brackets that belong to this sentence: ...end." or ...end.)
    while (last + 1 < para_end_token) {
        const Token& n = tokens[last + 1];
        const std::string_view ns = n.span.of(text);
        if (n.kind == TokenKind::CloseQuote || ns == ")" || ns == "]") { ++last; continue; }
        break;
    }
    if (last + 1 >= para_end_token) return static_cast<long>(last);
    // Inside a quotation that closes later in the paragraph the sentence goes on.
    if (quote_depth_after > 0 && quote_closes_later && last == k) return -1;
    const Token& next = tokens[last + 1];
    if (next.span.start == tokens[last].span.end) return -1;  // "3.5" or "x.com": no space, no break
    if (!starts_upper_or_digit(text, next)) return -1;
    if (last > k && (s == "?" || s == "!") && tag_follows(text, tokens, last + 1, para_end_token)) return -1;
    if (s == "." && k > 0 && tokens[k - 1].span.end == t.span.start) {
        const Token& prev = tokens[k - 1];
        const std::string_view word = prev.span.of(text);
        if (prev.kind == TokenKind::Word) {
            if (abbreviations::is_title_or_fixed(word)) return -1;
            // A single capital letter is an initial: "John F. Kennedy".
            int len = 0;
            if (word.size() <= 2 && chars::is_upper(utf8::decode(word, 0, len)) && static_cast<size_t>(len) == word.size())
                return -1;
            if (abbreviations::is_ambiguous(word) && !abbreviations::is_sentence_opener(next.span.of(text)) &&
                !quotation_resumes_after_tag(text, tokens, last, para_first, para_end_token))
                return -1;
        }
    }
    return static_cast<long>(last);
}

}  // namespace

uint32_t Document::sentence_at(uint32_t offset) const {
    auto it = std::upper_bound(sentences.begin(), sentences.end(), offset,
                               [](uint32_t o, const Sentence& s) { return o < s.span.start; });
    if (it == sentences.begin()) return 0;
    return static_cast<uint32_t>((it - 1) - sentences.begin());
}

Document segment(std::string_view text, uint32_t body_start) {
    Document doc;
    size_t i = 0;
    while (i < text.size()) {
        // A paragraph is a run of non-blank lines; single line breaks also separate paragraphs (news copy
        // puts one paragraph per line).
        size_t line_end = text.find('\n', i);
        if (line_end == std::string_view::npos) line_end = text.size();
        size_t b = std::max(i, static_cast<size_t>(std::min<size_t>(body_start, text.size())));
        if (b > line_end) b = line_end;
        size_t e = line_end;
        while (b < e && std::isspace(static_cast<unsigned char>(text[b]))) ++b;
        while (e > b && std::isspace(static_cast<unsigned char>(text[e - 1]))) --e;
        if (b < e) {
            const uint32_t para_id = static_cast<uint32_t>(doc.paragraphs.size());
            doc.paragraphs.push_back({para_id, {static_cast<uint32_t>(b), static_cast<uint32_t>(e)}});
            const size_t first = doc.tokens.size();
            tokenize(text, b, e, doc.tokens);
            const size_t end_tok = doc.tokens.size();
            // Last closing-quote position in the paragraph tells whether an open quote closes later.
            size_t last_close = 0;
            bool any_close = false;
            for (size_t k = first; k < end_tok; ++k)
                if (doc.tokens[k].kind == TokenKind::CloseQuote) { last_close = k; any_close = true; }
            int depth = 0;
            size_t sent_first = first;
            for (size_t k = first; k < end_tok; ++k) {
                const Token& t = doc.tokens[k];
                if (t.kind == TokenKind::OpenQuote) ++depth;
                else if (t.kind == TokenKind::CloseQuote && depth > 0) --depth;
                const long last = sentence_end_after(text, doc.tokens, k, first, end_tok, depth,
                                                     any_close && last_close > k);
                if (last < 0 && k + 1 < end_tok && k + 1 - sent_first < kMaxSentenceTokens) continue;
                const size_t stop = last < 0 ? k : static_cast<size_t>(last);
                for (size_t q = k + 1; q <= stop; ++q)
                    if (doc.tokens[q].kind == TokenKind::CloseQuote && depth > 0) --depth;
                Sentence s;
                s.id = static_cast<uint32_t>(doc.sentences.size());
                s.paragraph = para_id;
                s.first_token = static_cast<uint32_t>(sent_first);
                s.token_count = static_cast<uint32_t>(stop + 1 - sent_first);
                s.span = {doc.tokens[sent_first].span.start, doc.tokens[stop].span.end};
                doc.sentences.push_back(s);
                sent_first = stop + 1;
                k = stop;
            }
        }
        i = line_end + 1;
    }
    // Held until the analysis is dropped: no spare capacity from growing (a third of the tokens' bytes on average).
    doc.tokens.shrink_to_fit();
    doc.sentences.shrink_to_fit();
    doc.paragraphs.shrink_to_fit();
    return doc;
}

}  // namespace storylens
