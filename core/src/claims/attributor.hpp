// attributor.hpp — the attribution pass behind find_claims: per sentence, cues outside quotations, the source
// noun phrase around them and the content after (or the quotation before) them. Internal to claims/.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "claims/cues.hpp"
#include "claims/org_descriptions.hpp"
#include "claims/pronoun_sources.hpp"
#include "storylens/claims.hpp"
#include "storylens/pos.hpp"
#include "text/token_view.hpp"

namespace storylens::claims {

using text::Tok;

bool is_determiner(std::string_view w);
bool is_possessive(std::string_view w);  // "Trump's", "party’s"
bool is_pronoun(std::string_view w);
bool is_spokes_role(std::string_view w);  // "spokesman", "spokeswoman", "spokesperson"

// "he" of "he's" / "he’s" (a pronoun of core/lexicon/claims_contracted_subjects.tsv), else empty.
std::string_view pronoun_stem(std::string_view w);

// Words a subject noun phrase never crosses.
bool ends_phrase(const Tok& t);

// A comma or a dash (also a spaced hyphen, " - "): what sets off an aside.
bool opens_aside(const Tok& t);

// "and", "but": a second verb after one shares the first one's subject.
bool is_coordinator(std::string_view w);

// Auxiliaries and adverbs between a subject and its reporting verb: "has also said", "later told".
bool is_verb_filler(std::string_view w);

// "is", "was", "been": a form of 'be' (passive before a participle, progressive before an -ing form).
bool is_progressive_auxiliary(std::string_view w);

class Attributor {
public:
    Attributor(const text::TokenStream& tokens, const std::vector<Entity>& entities,
               const std::vector<Timex>& timexes)
        : text_(tokens.text()), doc_(tokens.document()), tokens_(tokens), entities_(entities), timexes_(timexes),
          mentions_(entities), pronouns_(tokens.text(), tokens.document(), entities, mentions_) {
        pair_quotes();
    }

    std::vector<Claim> run();

private:
    std::string_view text_;
    const Document& doc_;
    const text::TokenStream& tokens_;
    const std::vector<Entity>& entities_;
    const std::vector<Timex>& timexes_;
    MentionIndex mentions_;
    PronounSources pronouns_;  // he / she / they / it, and "the senator", back to who they stand for
    DescriptionMemo descriptions_;  // which organizations "the company", "the regulator" ... can stand for
    std::vector<Claim> claims_;
    std::vector<Tok> toks_;
    // Part-of-speech tags of the sentence's first k tokens, tagged alone, by k: the rules that ask (verb_before,
    // subject_of_clause_before) ask about the same prefix once per cue. Cleared with each sentence.
    mutable std::map<size_t, std::vector<pos::Tag>> prefix_tags_;
    const Sentence* sentence_ = nullptr;
    size_t first_claim_in_sentence_ = 0;
    std::map<std::string, int32_t, std::less<>> document_owner_;  // "report" -> the entity whose report was last named
    int32_t last_source_ = -1;
    // A content never runs past this local token (the end of a subordinate clause holding the cue); see verb_cue.
    static constexpr size_t kNoContentLimit = static_cast<size_t>(-1);
    size_t content_limit_ = kNoContentLimit;
    const std::string_view empty_;
    // Quotation pairs by global token index: opener -> closer (or the last token of the run when unclosed).
    std::vector<int64_t> quote_partner_;
    std::vector<char> in_quote_;
    std::vector<char> title_mark_;  // by global token: the quotation marks around a title (title_quotation)

    // ---- quotations ------------------------------------------------------------------------------------------

    // Pairs quotation marks through the paragraphs. A paragraph that ends inside a quotation continues when the
    // next paragraph opens with a quotation mark, as news style does for long quotes.
    void pair_quotes();

    bool is_single_quote(uint32_t global_token) const;  // ' ‘ ’ (not '' or ``)
    // Whether the quotation between global tokens open and close is a title ("co-author of "Going Viral,""),
    // which pair_quotes leaves unquoted (title_quotation.cpp).
    bool title_quotation(uint32_t open, uint32_t close) const;

    bool quoted(size_t i) const { return in_quote_[toks_[i].index]; }

    // ---- helpers ---------------------------------------------------------------------------------------------

    std::string slice(Span s) const { return std::string(text_.substr(s.start, s.end - s.start)); }

    TextSpan span_of(size_t from, size_t to) const;

    // The full stop of "Mr.", "Sen.", "Dr." at local token k: inside a name, not the end of a phrase.
    bool title_stop(size_t k) const;  // local token range [from, to)

    bool starts_in_quote(uint32_t offset) const;

    bool in_timex(size_t i) const { return timex_containing(timexes_, toks_[i].span) != nullptr; }

    int32_t entity_in(Span span) const;

    // "an Amnesty International report", "the report issued by Amnesty International", "the Friday statement
    // by the government": remember who published which kind of document.
    void note_document_owners();

    int32_t resolve(size_t from, size_t to);

    // Trims time and place phrases off a subject: "Amnesty International in a report on Thursday" -> the name.
    size_t trim_subject(size_t from, size_t to) const;

    // Whether "at"/"in" at `k` starts a phrase placing the subject ("Unions at Skylink"), not a time or occasion.
    bool places_the_subject(size_t k, size_t to) const;

    int32_t when_near(size_t cue, Span content) const;

    ClaimKind kind_of(size_t from, size_t to, bool quote_led) const;

    bool has_close(size_t from, size_t to) const;

    // `…," X said` or `…", X said`: the index of the closing quotation mark right before token k, or -1.
    int64_t quote_closes_before(size_t k) const;

    // The local token of global token `global`, or toks_.size() when the sentence holds none.
    size_t local_index(uint32_t global) const;

    // Whether a quotation opens at local token k, or right after a comma or colon there.
    bool quote_follows(size_t k) const;

    // `," adding`: the comma sits inside the closing quotation mark
    bool comma_then_quote(size_t i) const;

    // "He …", "Sen. Ted Cruz …": the subject opening the sentence, a pronoun or a capitalized name before a
    // lower-case word (local tokens [0, np_end)). False when the sentence opens otherwise.
    bool sentence_subject(size_t& np_end) const;

    // Whether the verb at local token k tags a quotation just before it: `…," said X`, `…," X concluded`.
    bool tags_quotation(size_t k) const;

    // The end of a content clause: the sentence end, a following cue (", adding"), or a concession ("despite").
    size_t content_end(size_t from) const;

    // Whether the sentence closes at `k` with its own attribution: "..., the newspaper reported."
    bool closing_attribution(size_t k) const;

    // Whether a clause of the writer's own opens at local token k, right after a comma: "…, compared with …",
    // "…, but Cook did not say when". An indirect content ends before it, once it holds a verb of its own.
    bool writer_clause_after(size_t k) const;

    // Whether an appositive of the writer's own opens at local token k, right after a comma, and runs to the sentence
    // end: "…, a state he had won twice." (an article of core/lexicon/claims_appositive_articles.tsv, then no comma,
    // quotation or bracket) and no subordinator in the content from `from`. An indirect content holding a verb ends
    // before it.
    bool appositive_to_end(size_t k, size_t from) const;
    // Whether a dash (outside quotations) stands at or after local token k: the closing one of a pair.
    bool dash_after(size_t k) const;

    // Whether a verb (by the part-of-speech tagger) in a finite form stands among local tokens [from, to) outside
    // quotations: not an -ing form, not after "to" (content_predicate.cpp).
    bool finite_verb_in(size_t from, size_t to) const;
    // Whether the cue at local token i (its word after it at `after_cue`) is a participle used as an adjective: a
    // lower-case determiner or preposition before it (adverbs between), a noun or adjective after it (by the tagger).
    bool attributive_participle(size_t i, size_t after_cue) const;
    // Whether a naming cue (core/lexicon/claims_naming_cues.tsv) at local token i names the indefinite noun phrase
    // before it: "a program called Sandy Hook Promise", "a show called “Brokers”" (a capital or quotation after it;
    // nouns and adjectives back to an article of claims_indefinite_articles.tsv).
    bool naming_participle(size_t i, const claims::Cue& cue, size_t after_cue) const;
    static constexpr size_t kNamedPhraseWords = 4;
    // Whether local tokens [from, to) are only a phrase of circumstance: a preposition of
    // core/lexicon/claims_circumstance_prepositions.tsv, no quotation and no finite verb ("to a request for comment").
    bool circumstance_only(size_t from, size_t to) const;
    // Whether "and" / "but" at local token k opens the speaker's next predicate after a content starting at `from`
    // that has no finite verb: "proposed conducting surveillance on mosques and signaled support for …".
    bool next_predicate_at(size_t k, size_t from) const;
    // Whether "but" at local token k, before a subjectless finite verb, ends a content from `from` that holds a clause
    // of its own: no negation and no subject pronoun in it (content_predicate.cpp).
    bool contrast_predicate(size_t k, size_t from) const;
    // Whether local token k opens a clause with a subject of its own: a name, or a determiner and its nouns, then a
    // finite verb ("Cook did not say", "the market did").
    bool named_subject_clause(size_t k) const;
    static constexpr size_t kSubjectClauseWords = 5;

    Claim& add_claim(TextSpan source, int32_t entity, size_t cue_at, int cue_len, size_t from, size_t to,
                     ClaimKind kind);

    // ---- structures ------------------------------------------------------------------------------------------

    // "Y, according to X" and "According to X, Y"
    void according_to(size_t i);

    void verb_cue(size_t i, const claims::Cue& cue);
    // Whether a noun-like cue at local token i ("claims", "calls") is a verb with no "that" after it: the tagger
    // reads a verb between a subject and an object or clause (noun_like_verb.cpp).
    bool noun_like_reads_as_verb(size_t i, size_t after_cue) const;
    // For an -ing cue at local token i: the local token of the 'be' form before it, over up to two adverbs ("is
    // already claiming"), else i (noun_like_verb.cpp).
    size_t progressive_auxiliary_before(size_t i) const;
    // The first of up to two adverbs right before local token i (by the tagger), else i (noun_like_verb.cpp).
    size_t progressive_adverbs_before(size_t i) const;
    // Whether what follows a progressive noun-like cue is what was said: "that", a determiner, pronoun or name,
    // "to" ("is claiming a victory", "are vowing to …"); a bare number is goods ("is recalling 80,000 cars").
    bool progressive_object_follows(size_t after_cue) const;

    // "O’Malley’s move was first reported by MSNBC.": a passive cue whose agent closes the sentence; the agent is the
    // source, the passive's subject the content (passive_agent.cpp). False (nothing added) otherwise.
    bool passive_with_agent(size_t i, const claims::Cue& cue, size_t after_cue);
    // "Clinton was declared the winner", "Internet companies have been criticized for …": an agentless passive of a
    // reporting verb (claims_passive_statement_verbs); no source, the subject and the complement are the content
    bool agentless_passive_statement(size_t i, const claims::Cue& cue, size_t after_cue);
    static constexpr size_t kPassiveAgentWords = 8;

    // "X was asked whether …", "has been asked to …", "was questioned about …": a passive question or request; the
    // agent after "by", when named, is the source (passive_question.cpp). False (nothing added) otherwise.
    bool passive_question(size_t i, const claims::Cue& cue, size_t after_cue);
    // "his promise to build a wall", "Trump's claim that …": a cue noun's possessor is the source, its 'that' clause
    // or 'to' infinitive the content (possessed_statement.cpp). False (nothing added) otherwise.
    bool possessed_statement(size_t i, const claims::Cue& cue, size_t after_cue);
    static constexpr size_t kPossessedAdjectives = 2;
    static constexpr size_t kPossessorWords = 4;  // "Sen. Ted Cruz's", "the mayor's"
    static constexpr size_t kQuestionWords = 40;
    // Where a question after "asked" opens: the asker's tokens [agent_from, agent_end) after "by" when named, then
    // the content [from, end) from the question opener ("whether", "if", "about …") to the clause's punctuation.
    struct QuestionOpening {
        size_t agent_from = 0, agent_end = 0, from = 0, end = 0;
    };
    // False when no question opener follows within a short phrase ("asked on Monday whether").
    bool question_opening(size_t after_cue, QuestionOpening& out) const;
    // Where a question's content from local token `from` ends: the clause's punctuation, or right after a quotation
    // closing on the question's comma.
    size_t question_end(size_t from) const;
    static constexpr size_t kQuestionLeadWords = 4;
    void add_question(size_t i, const QuestionOpening& q);

    bool joins_name_parts(size_t k) const;

    // "Name: what they say" at the start of a sentence (the colon is the cue).
    void speaker_colon();
    bool opens_paragraph() const;  // whether the sentence is its paragraph's first
    // "Lynch: No outside influence on FBI probe": the document's opening line, a short label of words and a colon;
    // the label speaks even when it is no entity (headline_speaker.cpp).
    void headline_speaker_colon();
    static constexpr size_t kHeadlineLabelWords = 5;
    static constexpr size_t kHeadlineContentWords = 3;
    // "Pollsters agree - Carl Bialik: “…”": a dash (or "from"), a name and a colon before a quotation.
    void dash_speaker_colon();
    static constexpr size_t kColonSpeakerWords = 6;

    // The subject before the verb at `at`, read backwards over auxiliaries and adverbs ("X has also said"), an
    // appositive or relative clause ("X, who resigned last year, said"; "Jane Doe, the mayor, said") and a
    // trailing time or place ("X in a report on Thursday"). False when there is none.
    bool subject_before(size_t at, size_t& np_start, size_t& np_end) const;
    // "The Organization for Economic Cooperation and Development says": for a subject starting at np_start right
    // after "and" between two capitalized words, the start of the name the "and" is inside, when no verb precedes it.
    size_t across_name_conjunction(size_t np_start) const;
    // Whether the subject at np_start follows a subordinator of time or condition opening the sentence ("Years after
    // Bill Clinton claimed that …, Obama won"): the content then ends with the clause, at its first comma.
    bool adverbial_clause_before_main(size_t np_start, size_t after_cue) const;

    // "Paul Porter, a truck driver from Ava, Mo., who backs Mr. Trump, said …", "Murphy, though, said …": for a cue
    // right after the comma at `comma`, the noun phrase opening the clause, with descriptions of it between commas
    // or dashes before the verb (described_subject.cpp). `after_cue` tells it from an inverted tag ("…, said Doyle,").
    bool described_subject(size_t comma, size_t after_cue, size_t& np_start, size_t& np_end) const;
    // Whether local token k opens a phrase of time, place, occasion or manner ("In", "Earlier", "Speaking").
    bool opens_a_phrase(size_t k) const;
    static constexpr size_t kDescribedSubjectWords = 50;  // the subject and its descriptions, in tokens
    static constexpr size_t kDescribedHeadWords = 10;     // the noun phrase before the first description
    static constexpr size_t kParenthesisWords = 10;       // a parenthesis after a name: "(D-R.I.)", "(R-Ky.)"

    // Whether a verb (by the part-of-speech tagger) stands among local tokens [from, k) outside quotations:
    // "Clinton won among voters who said …" has one before "who", "Voters who say …" none.
    bool verb_before(size_t k, size_t from = 0) const;
    // Whether local token k (with the token after it) is a reporting verb in a finite form: "said", "says".
    bool finite_cue_at(size_t k) const;
    bool percent_sign(size_t k) const;       // local token k is the "%" of a number ("42% say")
    // The tags of local tokens [0, k) tagged as a sentence of their own (see prefix_tags_).
    const std::vector<pos::Tag>& tags_of_first(size_t k) const;

    // "Gary Emineth, a former state party chairman, became a delegate and said …": the noun phrase before the
    // clause's first verb (by the part-of-speech tagger), for the verb after "and" at `and_at` (clause_subject.cpp).
    bool clause_subject(size_t and_at, size_t& np_start, size_t& np_end) const;
    // The same for any word at `limit` after the clause's verb: "Marine Le Pen voiced support for Trump, saying …".
    bool subject_of_clause_before(size_t limit, size_t& np_start, size_t& np_end) const;
    static constexpr size_t kClauseSubjectWords = 60;  // a longer first clause is tagged for nothing

    // "X did A and said B": the subject named at the start of the sentence, for the verb after "and" at `and_at`.
    bool coordinated_subject(size_t and_at, size_t& np_start, size_t& np_end) const;

    // For a verb at `k` after ", Maria Lopez,": the index of the first comma, else 0. The name is one to four
    // capitalized words between two commas.
    size_t named_apposition(size_t k) const;

    // Whether local tokens [from, to) between two commas after a name are a role apposition: "national
    // director of the Pro-Life Action League", "R-Utah".
    bool role_apposition(size_t from, size_t to) const;

    // "Asked whether Y, X said ...", "when asked by Z about Y": a question asked of the sentence's subject
    // (passive_question.cpp).
    void asked_question(size_t i, size_t after_cue);

    // "Said Comey, \"…\"", "Said Dorothy Poynter, who grew up with Ali, “…”": the verb opens the sentence, the
    // speaker follows it and the quotation after the comma is what was said. False (nothing added) otherwise.
    bool verb_first(const claims::Cue& cue);
    // Whether local token k is a noun or pronoun (by the part-of-speech tagger): the object before an infinitive.
    bool object_before(size_t k) const;
    static constexpr size_t kVerbFirstSpeakerWords = 20;
    static constexpr size_t kMidTagClauseWords = 4;  // "X, he said, Y": the shortest clause X that is said  // the speaker and a relative clause on it

    // "X was quoted as saying Y"
    void quoted_as_saying(size_t i, claims::Cue cue);

    // ", adding that Y", "while urging that Y": the sentence's source goes on.
    // (`comma`: the comma before the participle when adverbs stand between: ", falsely suggesting")
    static constexpr size_t kCommaBeforeCue = static_cast<size_t>(-1);
    void participle(size_t i, const claims::Cue& cue, size_t after_cue, size_t comma = kCommaBeforeCue);

    // "with 30 percent of voters saying they …", "issued a statement saying …": a participle whose speaker is the
    // noun phrase after "with", or the subject of the clause whose statement it reports. False when neither.
    bool participle_speaker(size_t i, const claims::Cue& cue, size_t after_cue);
    static constexpr size_t kWithSpeakerWords = 8;

    // "The plan, said the mayor, would cut costs": after an inverted tag's speaker (and a description of it between
    // commas) at `comma`, a finite verb goes on with the subject before the tag; that predicate is a second claim of the
    // same source, without a cue (inverted_predicate.cpp).
    void predicate_after_inverted_tag(size_t comma);
    static constexpr size_t kTagDescriptionWords = 20;

    // "…," said X — the source follows the verb.
    void inverted(size_t i, const claims::Cue& cue, size_t after_cue);

    // Content after the verb: "said (late Friday) (that) Y", "told X (that) Y", "complained in their statement
    // about Y", "said: \"…\"".
    void after_verb(size_t i, const claims::Cue& cue, size_t j, TextSpan source, int32_t entity);

    // "He's predicting", "she's also said": a pronoun with a contracted auxiliary before the cue at `cue_at`
    // (fillers between); `subject_at` is its local token.
    bool contracted_subject(size_t cue_at, size_t& subject_at) const;

    // One past the local token closing the quotation opened at local token `open`; the sentence's end when it
    // closes later.
    size_t quotation_end(size_t open) const;

    // Whether a source starting at byte `source_start` opens its clause: the sentence's first word, or after a word
    // that is no comma, quotation or phrase ender ("which", "that"). True for a source outside the sentence.
    bool tag_opens_clause(uint32_t source_start) const;

    // Adds a direct claim of `source` whose content is the quotation `content`; the cue is local tokens
    // [cue_at, cue_at + cue_len).
    void push_direct(TextSpan source, int32_t entity, size_t cue_at, int cue_len, Span content);

    // A quotation that ends at local token `close` is the content; it may have opened sentences earlier.
    void quote_led(size_t close, TextSpan source, int32_t entity, size_t cue_at, int cue_len);
    // For a quotation opening at global token `opener` inside the sentence: the local token starting the writer's
    // clause it finishes ("The bill's failure was "heartbreaking,""), else kNoClauseBefore (quoted_predicate.cpp).
    size_t clause_before_quotation(size_t opener) const;
    static constexpr size_t kNoClauseBefore = static_cast<size_t>(-1);

    // "X said in a statement. \"…\"": the quotation opening the next sentence is the content of a tag that closes
    // this one. False when no quotation follows.
    bool quotation_after_sentence(const TextSpan& source, int32_t entity, size_t cue_at, int cue_len);

    // "“… emails that are missing.” Trump said.": a tag alone in its sentence right after a quotation no claim holds
    // yet takes it as its content. False when no such quotation precedes.
    bool quotation_before_sentence(const TextSpan& source, int32_t entity, size_t cue_at, int cue_len);

    // Whether local tokens [from, end) are a short phrase ending in the sentence's final colon, with no cue,
    // comma or quotation in it ("on his blog:").
    bool phrase_before_final_colon(size_t from) const;
    // Whether local tokens [from, end) are a short phrase of words closing the sentence, with no cue or "that" in it:
    // a preposition's place or occasion ("at a rally in Ohio"), or after "told" the addressee and its place.
    bool trailing_phrase(size_t from, bool after_tell) const;
    // Whether local token k opens a clause of the writer's own after a tag's trailing phrase ("as he labored",
    // ", because …", ", which …", ", asking not to be named").
    bool writer_clause_opens(size_t k) const;
    static constexpr size_t kTrailingPhraseWords = 12;
    static constexpr size_t kColonPhraseWords = 8;

    // After the tag of a quotation: `, "` and the quotation resumes — a claim by the same source, without a cue.
    // The tag may describe its speaker at length (`said Edward Leamer, an economist who is the director of the UCLA
    // Anderson Forecast, "is that …"`): up to kResumeWindow tokens after the cue.
    void quote_resumes(size_t after_tag);
    // Whether the cue of `tagged` (in this sentence) is a form of "tell".
    bool tag_is_tell(const Claim& tagged) const;
    static constexpr size_t kResumeWindow = 24;

    // "…, witnesses told Amnesty International," inside a quotation: a claim within the claim.
    void nested(size_t open_g, size_t close_g, size_t parent);

    // "despite Amnesty having included this in their report": the article pushes back on the claim before it.
    void mark_disputes();
    // A headline line keeps only its quotations and speaker colons (see headline_line.hpp); `source_before` is
    // the last source before the line.
    void drop_headline_claims(int32_t source_before);
    void nest_reported_claims();

    // A direct quotation left open at its sentence's end runs on to its closing mark.
    void extend_open_quotes();
};

}  // namespace storylens::claims
