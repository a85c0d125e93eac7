// claim_structures.cpp — the shapes a claim takes around its cue: "according to X", "X said Y", "…," said X,
// "X was quoted as saying", a participle continuing the source, and claims nested inside quotations.
#include <algorithm>

#include "claims/attributor.hpp"
#include "claims/negated_cue.hpp"
#include "entities/lexicon.hpp"
#include "lexicon/lexicon.hpp"

namespace storylens::claims {


// A comma or a dash (also a spaced hyphen, " - "): what sets off an aside.
bool opens_aside(const Tok& t) { return t.text == "," || t.kind == TokenKind::Dash || t.text == "-"; }

bool is_progressive_auxiliary(std::string_view w) { return lexicon::contains(lexicon::TableId::claims_be_auxiliaries, w); }

// "Reuters/Ipsos", "CNN/ORC", "AT&T": a slash or an ampersand between two words joins them into one name.
bool Attributor::joins_name_parts(size_t k) const {
    return (toks_[k].text == "/" || toks_[k].text == "&") && k > 0 && k + 1 < toks_.size() &&
           toks_[k - 1].kind == TokenKind::Word && toks_[k + 1].kind == TokenKind::Word &&
           toks_[k - 1].span.end == toks_[k].span.start && toks_[k].span.end == toks_[k + 1].span.start;
}

void Attributor::according_to(size_t i) {
    size_t np_end = i + 2;
    while (np_end < toks_.size() && !(toks_[np_end].kind == TokenKind::Punctuation && toks_[np_end].text != "(" &&
                                      toks_[np_end].text != ")" && !title_stop(np_end) && !joins_name_parts(np_end)))
        ++np_end;
    if (np_end == i + 2) return;
    const int32_t entity = resolve(i + 2, np_end);
    TextSpan source = span_of(i + 2, np_end);
    // "Y, according to X", "Y — according to X", "Clinton leads by 271 delegates according to a count by X"
    // "That’s according to fundraising reports", "This is according to the poll": the demonstrative is the content
    // ("That’s" is one word or two)
    const auto is_or_s = [&](size_t k) {
        return lexicon::contains(lexicon::TableId::claims_be_auxiliaries, toks_[k].lower) || toks_[k].lower == "'s" ||
               toks_[k].lower == "\xE2\x80\x99s";
    };
    if (i == 1 || (i == 2 && is_or_s(1))) {
        const std::string_view first = toks_[0].lower;
        std::string_view stem = first;
        for (const std::string_view suffix : {std::string_view("'s"), std::string_view("\xE2\x80\x99s")})
            if (i == 1 && first.size() > suffix.size() && first.substr(first.size() - suffix.size()) == suffix)
                stem = first.substr(0, first.size() - suffix.size());
        if ((i == 2 || stem.size() < first.size()) &&
            lexicon::contains(lexicon::TableId::claims_anaphoric_contents, stem)) {
            Claim& c = add_claim(source, entity, i, 2, 0, 1, ClaimKind::Indirect);
            c.content.span.end = c.content.span.start + uint32_t(stem.size());
            c.content.text = slice(c.content.span);
            return;
        }
    }
    // (`“…,” according to X`: the comma inside the quotation; the quotation is the content)
    const bool after_quote = comma_then_quote(i);
    if (i >= 1 && (toks_[i - 1].text == "," || toks_[i - 1].kind == TokenKind::Dash || after_quote ||
                   (i >= 3 && toks_[i - 1].kind == TokenKind::Word && !quoted(i - 1)))) {
        const size_t start = 0;
        size_t end = toks_[i - 1].kind == TokenKind::Word || after_quote ? i : i - 1;
        // "The rate, according to the report, rose to 5 percent": a verbless Y1 is the subject of the clause going
        // on after the aside, which the content runs to (the aside inside it)
        if (end == i - 1 && toks_[i - 1].text == "," && np_end + 1 < toks_.size() && toks_[np_end].text == "," &&
            !quoted(np_end + 1) && !finite_verb_in(start, end)) {
            const size_t rest = content_end(np_end + 1);
            if (rest > np_end + 1) end = rest;
        }
        // "The Islamic State has called for attacks using vehicles, according to the SITE Intelligence Group": a
        // claim made in the clause ends before the aside and is reported by it (nest_reported_claims)
        const uint32_t clause_end = toks_[end - 1].span.end;
        for (size_t c = first_claim_in_sentence_; c < claims_.size(); ++c) {
            Claim& earlier = claims_[c];
            if (earlier.content.span.end <= clause_end || earlier.content.span.start >= clause_end) continue;
            earlier.content.span.end = clause_end;
            earlier.content.text = slice(earlier.content.span);
        }
        const bool quote_led = after_quote && quote_partner_[toks_[i - 1].index] == int64_t(toks_[0].index);
        add_claim(source, entity, i, 2, start, end, kind_of(start, end, quote_led));
    } else if (np_end < toks_.size() && toks_[np_end].text == ",") {
        const size_t end = content_end(np_end + 1);
        if (end > np_end + 1) add_claim(source, entity, i, 2, np_end + 1, end, kind_of(np_end + 1, end, false));
    }
}

void Attributor::dash_speaker_colon() {
    // "Pollsters agree - Carl Bialik: “One of the biggest lessons …”", "- More from Blumenthal and Cohen: “…”": in a
    // round-up, a dash (or "from") then a name and a colon introduce the quotation after it
    for (size_t c = 2; c + 1 < toks_.size(); ++c) {
        if (toks_[c].text != ":" || quoted(c) || toks_[c + 1].kind != TokenKind::OpenQuote) continue;
        size_t b = c;
        while (b > 0 && c - b < kColonSpeakerWords &&
               ((toks_[b - 1].kind == TokenKind::Word &&
                 (text::is_capitalized(toks_[b - 1].text) || toks_[b - 1].lower == "and")) ||
                title_stop(b - 1)))
            --b;
        if (b == c || b == 0 || toks_[b].lower == "and" || !text::is_capitalized(toks_[b].text)) continue;
        if (!(opens_aside(toks_[b - 1]) && toks_[b - 1].text != ",") && toks_[b - 1].lower != "from") continue;
        const size_t end = quotation_end(c + 1);
        add_claim(span_of(b, c), resolve(b, c), c, 1, c + 1, end, ClaimKind::Direct);
        return;
    }
}

void Attributor::speaker_colon() {
    // "Marco Rubio: 'You Don't Win The Nomination'", "Trump: We will win": a named person or organisation, a
    // colon, and what they say
    size_t e = 0;
    while (e < toks_.size() && e < 6 && !quoted(e) &&
           ((toks_[e].kind == TokenKind::Word && text::is_capitalized(toks_[e].text)) || title_stop(e)))
        ++e;
    // "Clinton to Planned Parenthood: …", "Gillibrand on Hillary's Speeches: …": the name speaks, the phrase after
    // it says to whom or about what
    size_t colon = e;
    if (e > 0 && e < toks_.size() && lexicon::contains(lexicon::TableId::claims_colon_speaker_links, toks_[e].lower))
        while (colon < toks_.size() && colon < e + 10 && !quoted(colon) &&
               (toks_[colon].kind == TokenKind::Word || toks_[colon].kind == TokenKind::Number || title_stop(colon)))
            ++colon;
    if (e == 0 || colon + 1 >= toks_.size() || toks_[colon].text != ":") return;
    const int32_t entity = resolve(0, e);
    if (entity < 0 || size_t(entity) >= entities_.size()) return;
    const EntityType type = entities_[size_t(entity)].type;
    if (type != EntityType::Person && type != EntityType::Org) return;
    const size_t end = content_end(colon + 1);
    if (end <= colon + 1) return;
    const bool quote_first = toks_[colon + 1].kind == TokenKind::OpenQuote;
    Claim& c = add_claim(span_of(0, e), entity, colon, 1, colon + 1, end, kind_of(colon + 1, end, quote_first));
    // "JAKE TAPPER: … . … .": a speaker's label opening a paragraph speaks to its end, as a transcript reads
    if (end + 1 >= toks_.size() && opens_paragraph() && sentence_->paragraph < doc_.paragraphs.size()) {
        const Span paragraph = doc_.paragraphs[sentence_->paragraph].span;
        if (paragraph.end > c.content.span.end) {
            c.content.span.end = paragraph.end;
            c.content.text = slice(c.content.span);
        }
    }
}

bool Attributor::opens_paragraph() const {
    return sentence_->id == 0 || doc_.sentences[sentence_->id - 1].paragraph != sentence_->paragraph;
}

void Attributor::verb_cue(size_t i, const claims::Cue& cue) {
    using claims::CueForm;
    const std::string_view before = i > 0 ? toks_[i - 1].lower : empty_;
    const size_t after_cue = i + cue.length;
    // `"…," he concluded`, `"…," the two write`: right after a quotation's tag any reporting verb reports it
    const bool tags_a_quote = tags_quotation(i);
    // "He jokes, “…”", "The ad claims “…”", "Williamson concludes: “…”": a verb right before a quotation (a comma or
    // colon between) introduces it, even one whose -s form is also a noun or that otherwise reports only documents
    const bool introduces_quote = quote_follows(after_cue);
    // "the combination of pledged delegates", "the previously announced absence", "for added comfort": a past form
    // between a determiner, preposition or adjective and a noun is the noun's adjective
    if (cue.form == CueForm::Past && !tags_a_quote && !introduces_quote && attributive_participle(i, after_cue)) return;
    // "adding to his victories", "called off the deal", "showed up late": the particle makes a verb of no speech
    if (!tags_a_quote && !introduces_quote && cue.length == 1 && after_cue < toks_.size() &&
        lexicon::contains(lexicon::TableId::claims_non_speech_particles,
                          std::string(cue.lemma) + " " + std::string(toks_[after_cue].lower)))
        return;
    // "helps lead a program called Sandy Hook Promise", "a new group called Black Votes Matter": the name of a thing
    if (cue.form == CueForm::Past && !tags_a_quote && naming_participle(i, cue, after_cue)) return;
    // Noun uses: "a report", "the claims", "human rights reports" (but "his promise to build a wall": the possessor
    // said it)
    if (cue.form == CueForm::Base || cue.form == CueForm::Third) {
        if (possessed_statement(i, cue, after_cue)) return;
        if (is_determiner(before)) return;
        // "Editor's note:", "the party's claims": after a possessive it is a noun
        if (before.size() > 2 && (before.compare(before.size() - 2, 2, "'s") == 0 ||
                                  (before.size() > 4 && before.compare(before.size() - 4, 4, "\xE2\x80\x99s") == 0)))
            return;
        const std::string_view after = after_cue < toks_.size() ? toks_[after_cue].lower : empty_;
        // ("return to talks, saying …": an -s form after "to" with nothing after it is a noun, whatever the
        // infinitive marker makes of a base form)
        const bool bare_noun_after_to = cue.form == CueForm::Third && before == "to" &&
                                        (after_cue >= toks_.size() || toks_[after_cue].kind == TokenKind::Punctuation);
        const bool modal = lexicon::contains(lexicon::TableId::claims_modal_markers, before) && !bare_noun_after_to;
        // "calls for", "called on": the particle makes it a verb
        // (after a quotation "notes", "writes" are verbs; "the Amnesty report read" keeps its noun)
        const bool noun_like = claims::is_noun_like(cue.lemma) && cue.length == 1 &&
                               (!tags_a_quote || entities::is_document_noun(toks_[i].lower));
        // ("Trump claims he's worth $10 billion", "Others call it the nerd prom": the tagger reads a verb)
        const bool tagged_verb = noun_like && noun_like_reads_as_verb(i, after_cue);
        // ("did not mention Trump", "never mentions": after a negator it is a verb)
        if (noun_like && !modal && after != "that" && after != ":" && !introduces_quote && !tagged_verb &&
            !claims::is_negator(before))
            return;
        // "promises that were made", "claims that have surfaced": a relative clause on the noun
        const std::string_view second = after_cue + 1 < toks_.size() ? toks_[after_cue + 1].lower : empty_;
        if (noun_like && !modal && after == "that" &&
            lexicon::contains(lexicon::TableId::claims_relative_clause_verbs, second))
            return;
    }
    // "the court held that", "the judge ruled that": these verbs report only in the past before a that-clause
    // (also the present when the tagger reads a verb: "experts agree that …"; "strict rules that ban" is a noun)
    const bool present_verb = (cue.form == CueForm::Third || cue.form == CueForm::Base) &&
                              tags_of_first(toks_.size())[i] == pos::Tag::VERB;
    if (cue.that_only && !tags_a_quote &&
        !((cue.form == CueForm::Past || present_verb) && after_cue < toks_.size() && toks_[after_cue].lower == "that"))
        return;
    if (passive_with_agent(i, cue, after_cue)) return;  // "O’Malley’s move was first reported by MSNBC."
    if (passive_question(i, cue, after_cue)) return;    // "The actress was asked if she had ever been …"
    // "Asked whether …, Smith said", "when asked by a reporter if …"
    if (cue.lemma == "ask" && cue.form == CueForm::Past && (i == 0 || before == "when")) {
        asked_question(i, after_cue);
        return;
    }
    if (agentless_passive_statement(i, cue, after_cue)) return;  // "Clinton was declared the winner in Maryland"
    // Passives and reduced relatives: "being declared", "civilians accused of"
    if (cue.form != CueForm::Participle && is_progressive_auxiliary(before)) return;
    // ("said of X" is the speaker talking about X; "X reported from New York" is a byline)
    if (cue.form == CueForm::Past && after_cue < toks_.size() &&
        lexicon::contains(lexicon::TableId::claims_agent_prepositions, toks_[after_cue].lower) &&
        cue.lemma != "tell" && !(cue.lemma == "say" && toks_[after_cue].lower != "by") &&
        !(cue.lemma == "say" && tags_a_quote))  // `''…,'' Mr. Trump said by telephone`: a tag, not a passive
        return;

    if (cue.form == CueForm::Participle && cue.lemma == "say" && before == "as") {
        quoted_as_saying(i, cue);
        return;
    }
    // "is calling for", "has been saying", "are talking about": the progressive is a finite cue whose subject
    // stands before the auxiliary
    size_t subject_at = i;
    // (not a noun-like verb alone: "Helder Motors is recalling 80,000 cars"; but "is claiming a victory", "are
    // vowing to bring back jobs", and adverbs between: "is already claiming", "are quietly saying")
    const size_t aux_at = cue.form == CueForm::Participle ? progressive_auxiliary_before(i) : i;
    if (aux_at < i && (cue.length == 2 || !claims::is_noun_like(cue.lemma) || progressive_object_follows(after_cue))) {
        subject_at = aux_at;
        while (subject_at > 0 && is_progressive_auxiliary(toks_[subject_at - 1].lower)) --subject_at;
    } else if (cue.form == CueForm::Participle &&
               lexicon::contains(lexicon::TableId::claims_participle_links, before)) {
        // "Bolton distanced himself from the movement by saying he would help": the sentence's subject speaks
        size_t np_end = 0;
        if (!sentence_subject(np_end)) {
            if (claims_.size() > first_claim_in_sentence_) participle(i, cue, after_cue);
            return;
        }
        after_verb(i, cue, after_cue, span_of(0, np_end), resolve(0, np_end));
        return;
    } else if (cue.form == CueForm::Participle && contracted_subject(i, subject_at)) {
        // "He's predicting he will win", "she's also said": the pronoun carries the auxiliary
        const std::string_view stem = pronoun_stem(toks_[subject_at].lower);
        TextSpan source;
        source.span = {toks_[subject_at].span.start, toks_[subject_at].span.start + uint32_t(stem.size())};
        source.text = slice(source.span);
        const int32_t entity = pronouns_.resolve(stem, source.span.start, sentence_->id, claims_,
                                                 last_source_);
        after_verb(i, cue, after_cue, std::move(source), entity);
        return;
    } else if (cue.form == CueForm::Participle) {
        // "incurred a wave of boos upon saying, “…”", "emailed supporters stating, “…”": a participle right before a
        // quotation reports it for the sentence's subject
        const bool quote_next = after_cue < toks_.size() &&
                                (toks_[after_cue].kind == TokenKind::OpenQuote ||
                                 (toks_[after_cue].text == "," && after_cue + 1 < toks_.size() &&
                                  toks_[after_cue + 1].kind == TokenKind::OpenQuote));
        size_t np_end = 0;
        if (quote_next && !(before == "," || before == "while" || before == "and") &&
            claims_.size() == first_claim_in_sentence_ && sentence_subject(np_end) && np_end < i &&
            (is_pronoun(toks_[0].lower) || !entities::is_function_word(toks_[0].lower))) {
            after_verb(i, cue, after_cue, span_of(0, np_end), resolve(0, np_end));
            return;
        }
        if (participle_speaker(i, cue, after_cue)) return;
        // ", falsely suggesting that …", ", eventually saying …": adverbs between the comma and the participle
        const size_t lead = progressive_adverbs_before(i);
        if (lead < i && lead >= 2 && toks_[lead - 1].text == "," && !quoted(lead - 1)) {
            participle(i, cue, after_cue, lead - 1);
            return;
        }
        if (!(before == "," || before == "while" || before == "and" || comma_then_quote(i))) return;
        // "Trump described the vote as “fantastic,” telling reporters …": the clause before the quotation speaks
        if (comma_then_quote(i) && claims_.size() == first_claim_in_sentence_) {
            const int64_t opener = quote_partner_[toks_[i - 1].index];
            const size_t at = opener >= 0 ? local_index(uint32_t(opener)) : 0;
            size_t np_start = 0, np_end = 0;
            if (at >= 2 && at < i && subject_of_clause_before(at, np_start, np_end)) {
                after_verb(i, cue, after_cue, span_of(np_start, np_end), resolve(np_start, np_end));
                return;
            }
        }
        participle(i, cue, after_cue);
        return;
    }
    const bool finite = cue.form == CueForm::Past || cue.form == CueForm::Third;
    if (finite && i == 0 && verb_first(cue)) return;  // "Said Comey, \"…\""
    if (finite && quote_closes_before(i) >= 0) {
        inverted(i, cue, after_cue);  // "…," said X
        return;
    }
    // "Parliament will vote next month, said a senior official(, who ...)": inverted without a quotation
    // ("…, says a senior official", "…, say some Democrats"; but "X, founder of Y, tells Z" is an apposition)
    // (never "told": "…,'' Michele Bachmann, Republican of Minnesota, told Mr. Obama" names the addressee after it)
    const bool inverted_form = (cue.form == CueForm::Past && cue.lemma != "tell") ||
                               ((cue.form == CueForm::Third || cue.form == CueForm::Base) && cue.lemma == "say");
    if (inverted_form && before == "," && i >= 3 && claims_.size() == first_claim_in_sentence_) {
        size_t end = after_cue;
        while (end < toks_.size() && (!ends_phrase(toks_[end]) || title_stop(end))) ++end;
        const bool source_ends_clause = end >= toks_.size() || toks_[end].text == "," || end + 1 == toks_.size();
        // only a speaker may follow: a named entity or a role ("official", "analyst"), and no verb of its own
        // ("The minister, 54, said the plan had failed" is the subject's apposition, not an inversion)
        bool speaker = false, verb = false;
        for (size_t k = after_cue; k < end; ++k) {
            // ("…, said several observers", "…, say some Democrats": a group of unnamed speakers)
            speaker = speaker || entities::is_role_noun(toks_[k].lower) || entities::is_title(toks_[k].lower) ||
                      entities::is_org_description(toks_[k].lower) ||
                      lexicon::contains(lexicon::TableId::sources_anonymous_heads, toks_[k].lower);
            verb = verb || lexicon::contains(lexicon::TableId::claims_finite_auxiliaries, toks_[k].lower);
            // ("…, said his survey of Republicans showed support holding steady": a clause, not a speaker)
            verb = verb || (k > after_cue && finite_cue_at(k));
        }
        const size_t np_end = end > after_cue ? trim_subject(after_cue, end) : end;
        const int32_t entity = np_end > after_cue ? resolve(after_cue, np_end) : -1;
        // (end > after_cue: a word follows the cue, so after_cue is inside the sentence)
        if (end > after_cue && end <= after_cue + 8 && source_ends_clause && !verb && (speaker || entity >= 0)) {
            // (a speaker may open in lower case: "…, said former Pennsylvania governor Ed Rendell", "several observers")
            const Tok& first = toks_[after_cue];
            // (not "…, said of the senator, “…”", "…, said he’s with former secretary of state Hillary Clinton")
            const pos::Tag first_tag = tags_of_first(toks_.size())[after_cue];
            const bool lower_speaker = first.kind == TokenKind::Word && !is_pronoun(first.lower) &&
                                       pronoun_stem(first.lower).empty() &&
                                       (first_tag == pos::Tag::ADJ || first_tag == pos::Tag::DET ||
                                        first_tag == pos::Tag::NUM || (first_tag == pos::Tag::NOUN && speaker));
            if (is_determiner(first.lower) || text::is_capitalized(first.text) || lower_speaker) {
                add_claim(span_of(after_cue, np_end), entity, i, cue.length, 0, i - 1, kind_of(0, i - 1, false));
                predicate_after_inverted_tag(end);
                return;
            }
        }
    }
    // "Comey called it \"careless,\" but said B", "Speaking on ABC, Carson admitted A, and said B": the second verb
    // goes on with the source of the sentence's claim before it
    if (finite && is_coordinator(before) && subject_at == i && claims_.size() > first_claim_in_sentence_) {
        participle(i, cue, after_cue);
        return;
    }
    size_t np_start = 0, np_end = 0;
    if (!subject_before(subject_at, np_start, np_end)) return;
    // "Trump went on to say", "David Auerbach went so far as to say:", "was quick to respond that": an infinitive's
    // speaker is the subject of the clause it finishes, not the words before "to" — unless a noun phrase stands right
    // before "to", whom the verb bids speak ("led Priebus to declare", "Facebook told users to …"): left as it is
    if (size_t clause_start = 0, clause_end = 0; cue.form == CueForm::Base && before == "to" && subject_at == i &&
                                                  i >= 2 && !object_before(i - 2) &&
                                                  subject_of_clause_before(i - 1, clause_start, clause_end) &&
                                                  !opens_a_phrase(clause_start)) {
        np_start = clause_start;
        np_end = clause_end;
    }
    const bool that_follows = after_cue < toks_.size() && toks_[after_cue].lower == "that";
    if (cue.documents_only && !that_follows && !tags_a_quote && !introduces_quote) {
        bool document = false;
        for (size_t q = np_start; q < np_end; ++q) document = document || entities::is_document_noun(toks_[q].lower);
        if (!document) return;
    }
    const int32_t entity = resolve(np_start, np_end);
    TextSpan source = span_of(np_start, np_end);

    // "…," X said — the quotation before the subject is the content
    if (const int64_t close = quote_closes_before(np_start); close >= 0) {
        quote_led(static_cast<size_t>(close), std::move(source), entity, i, cue.length);
        return;
    }
    // "The attack was planned, police said." — content before the subject
    size_t tail = after_cue;
    // "..., prosecutors told Southwark Crown Court.": a short addressee closing the sentence
    size_t addressee_end = after_cue;
    if (cue.lemma == "tell") {
        size_t a = after_cue;
        while (a < toks_.size() && a < after_cue + 5 && toks_[a].kind == TokenKind::Word && !in_timex(a)) ++a;
        if (a > after_cue && (a >= toks_.size() || (a + 1 == toks_.size() && toks_[a].kind == TokenKind::Punctuation)))
            addressee_end = tail = a;
    }
    // "..., X said on Wednesday", "said early on Monday", "said in a statement": nothing after the cue to report
    while (tail < toks_.size()) {
        if (in_timex(tail)) {
            ++tail;
        } else if (lexicon::contains(lexicon::TableId::claims_time_lead_words, toks_[tail].lower) &&
                   tail + 1 < toks_.size() &&
                   (in_timex(tail + 1) ||
                    lexicon::contains(lexicon::TableId::claims_time_second_words, toks_[tail + 1].lower))) {
            ++tail;
        } else if (toks_[tail].lower == "in" && tail + 3 <= toks_.size() &&
                   lexicon::contains(lexicon::TableId::claims_statement_determiners, toks_[tail + 1].lower) &&
                   lexicon::contains(lexicon::TableId::claims_statement_nouns, toks_[tail + 2].lower)) {
            tail += 3;
        } else {
            break;
        }
    }
    // "..., two of the people said, asking not to be named": a trailing participle clause adds no content
    const bool participle_tail = tail + 1 < toks_.size() && toks_[tail].text == "," &&
                                 toks_[tail + 1].lower.size() > 4 &&
                                 toks_[tail + 1].lower.compare(toks_[tail + 1].lower.size() - 3, 3, "ing") == 0 &&
                                 !lexicon::contains(lexicon::TableId::claims_continuing_participles, toks_[tail + 1].lower);
    const bool at_end = tail >= toks_.size() || participle_tail ||
                        (tail + 1 == toks_.size() && toks_[tail].kind == TokenKind::Punctuation) ||
                        phrase_before_final_colon(tail) ||
                        (np_start >= 2 && toks_[np_start - 1].text == "," && trailing_phrase(tail, cue.lemma == "tell"));
    // "Dianne Bystrom agreed. \"Mainstream Republicans are running out of time.\"": a tag closing its sentence
    // introduces the quotation that opens the next one (unless a clause before the subject is what was said)
    if (at_end && (np_start < 2 || toks_[np_start - 1].text != "," || np_start <= 4) &&
        quotation_after_sentence(source, entity, i, cue.length))
        return;
    // "“Russia, if you’re listening, I hope you’re able to find the 30,000 emails.” Trump said.": a tag standing alone
    // right after a quotation that closed with a full stop is its tag
    if (at_end && np_start == 0 && quotation_before_sentence(source, entity, i, cue.length)) return;
    // "…, a claim Northline denied", "…, an accusation the campaign rejected": a reduced relative clause on the noun;
    // the verb's object is the noun, not the clause before the comma
    if (at_end && np_start >= 2 && toks_[np_start - 1].text == "," && np_end >= np_start + 3 &&
        is_determiner(toks_[np_start].lower) &&
        lexicon::contains(lexicon::TableId::claims_reduced_relative_heads, toks_[np_start + 1].lower))
        return;
    if (at_end && np_start >= 2 && toks_[np_start - 1].text == ",") {
        const size_t before_adding = claims_.size();
        add_claim(std::move(source), entity, i, cue.length, 0, np_start - 1, kind_of(0, np_start - 1, false));
        if (claims_.size() > before_adding && addressee_end > after_cue) {
            claims_.back().addressee = span_of(after_cue, addressee_end);
            claims_.back().addressee_entity = entity_in(claims_.back().addressee.span);
        }
        return;
    }
    // "A wall would not only address the flow of criminals, she said, but also the flow of drugs": a tag in the
    // middle of the sentence, between commas; the clause before it is the first part of what was said
    // (not an opening phrase of time, place or occasion, "In a statement Thursday, X said, \"…\"", nor a tag whose
    // quotation follows it)
    if (np_start >= kMidTagClauseWords + 1 && toks_[np_start - 1].text == "," && tail + 1 < toks_.size() &&
        toks_[tail].text == "," && toks_[tail + 1].kind != TokenKind::OpenQuote &&
        claims_.size() == first_claim_in_sentence_ && !quoted(np_start - 2) && !quoted(0) &&
        !lexicon::contains(lexicon::TableId::claims_content_prepositions, toks_[0].lower))
        add_claim(source, entity, i, cue.length, 0, np_start - 1, kind_of(0, np_start - 1, false));
    // "While Comey has said that he makes recommendations, Lewandowski said …": what a subordinate clause reports
    // ends with the clause, at its first comma; the main clause after it is the writer's (or its own claim)
    // ("Podesta, who said the project was vetted, said …": a relative clause between commas ends at the second)
    // (or dashes: "Donald Trump - who previously said he would … - said at a Saturday rally …")
    const bool relative_between_dashes = np_end == np_start + 1 && toks_[np_start].lower == "who" && np_start >= 1 &&
                                         toks_[np_start - 1].text != "," && opens_aside(toks_[np_start - 1]);
    if (relative_between_dashes)
        for (size_t k = after_cue; k < toks_.size(); ++k)
            if (toks_[k].text != "," && opens_aside(toks_[k]) && !quoted(k)) {
                content_limit_ = k;
                break;
            }
    const bool relative_between_commas = np_end == np_start + 1 && toks_[np_start].lower == "who" && np_start >= 1 &&
                                         toks_[np_start - 1].text == ",";
    if (relative_between_commas ||
        (np_start >= 1 && !quoted(np_start - 1) &&
         lexicon::contains(lexicon::TableId::claims_subordinators, toks_[np_start - 1].lower)) ||
        adverbial_clause_before_main(np_start, after_cue))
        for (size_t k = after_cue; k < toks_.size(); ++k)
            if (toks_[k].text == "," && !quoted(k)) {
                content_limit_ = k;
                break;
            }
    after_verb(i, cue, after_cue, std::move(source), entity);
    content_limit_ = kNoContentLimit;
}

bool Attributor::adverbial_clause_before_main(size_t np_start, size_t after_cue) const {
    // "A few weeks after Obama announced that …, U.S. forces bombed …": the clause opens the sentence (no verb
    // before it); one after the main clause ("…, when she claimed that …") runs to the sentence's end, and a
    // quotation after the cue ("when she said, “…”") is all of it
    return np_start >= 1 && !quoted(np_start - 1) &&
           lexicon::contains(lexicon::TableId::claims_adverbial_subordinators, toks_[np_start - 1].lower) &&
           !verb_before(np_start - 1) && !quote_follows(after_cue);
}

bool Attributor::object_before(size_t k) const {
    const pos::Tag t = tags_of_first(toks_.size())[k];
    return t == pos::Tag::NOUN || t == pos::Tag::PROPN || t == pos::Tag::PRON;
}

bool Attributor::verb_first(const claims::Cue& cue) {
    const size_t from = static_cast<size_t>(cue.length);
    size_t open = from;
    while (open < toks_.size() && open < from + kVerbFirstSpeakerWords && toks_[open].kind != TokenKind::OpenQuote &&
           !quoted(open))
        ++open;
    if (open >= toks_.size() || toks_[open].kind != TokenKind::OpenQuote || open < from + 2 ||
        (toks_[open - 1].text != "," && toks_[open - 1].text != ":"))
        return false;
    // the speaker: a name or a determiner's noun phrase up to the first comma ("Dorothy Poynter, who grew up ...")
    if (!text::is_capitalized(toks_[from].text) && !is_determiner(toks_[from].lower)) return false;
    size_t np_end = from;
    while (np_end < open - 1 && (!ends_phrase(toks_[np_end]) || title_stop(np_end))) ++np_end;
    if (np_end == from) return false;
    const size_t close = quotation_end(open);
    push_direct(span_of(from, np_end), resolve(from, np_end), 0, cue.length,
                {toks_[open].span.start, toks_[close - 1].span.end});
    return true;
}

bool Attributor::subject_before(size_t at, size_t& np_start, size_t& np_end) const {
    size_t k = at;
    while (k > 0 && (is_verb_filler(toks_[k - 1].lower) || in_timex(k - 1)) && !quoted(k - 1)) --k;
    // "Cook did not say when", "Trump never cited a source", "Police did not immediately say what …": the source
    // stops before the negation and the words around it
    {
        size_t n = at;
        bool negated = false;
        for (; n > 0 && !quoted(n - 1); --n) {
            const std::string_view w = toks_[n - 1].lower;
            if (claims::is_negator(w)) negated = true;
            else if (!is_verb_filler(w) && !lexicon::contains(lexicon::TableId::claims_negation_fillers, w)) break;
        }
        if (negated) k = std::min(k, n);
    }
    // "Sen. Jack Reed (D-R.I.), said": a comma after the name's parenthesis, with no description after it, is stray
    if (k >= 3 && toks_[k - 1].text == "," && toks_[k - 2].text == ")" && !quoted(k - 1)) {
        size_t open = k - 2;
        while (open > 0 && open + kParenthesisWords > k && toks_[open].text != "(") --open;
        bool earlier_comma = false;
        for (size_t q = 0; q < open; ++q) earlier_comma = earlier_comma || toks_[q].text == ",";
        if (toks_[open].text == "(" && open > 0 && !earlier_comma && text::is_capitalized(toks_[open - 1].text)) --k;
    }
    const size_t verb_comma = k >= 2 && toks_[k - 1].text == "," && !quoted(k - 1) ? k - 1 : 0;
    // "Many speakers at the service — including Muslims, Christians, Catholics, Jews — said": a dash closes the
    // description as a comma does
    const size_t verb_dash = k >= 2 && toks_[k - 1].kind == TokenKind::Dash && !quoted(k - 1) ? k - 1 : 0;
    // "The chief executive, Maria Lopez, said": the role and the name it is given are one source
    if (const size_t named = named_apposition(k); named > 0) {
        np_start = named;
        while (np_start > 0 && !quoted(np_start - 1) && !ends_phrase(toks_[np_start - 1])) --np_start;
        if (np_start < named) {
            np_end = k - 1;
            return true;
        }
    }
    if (verb_comma > 0 && described_subject(verb_comma, at + 1, np_start, np_end)) return true;
    if (verb_dash > 0 && described_subject(verb_dash, at + 1, np_start, np_end)) return true;
    if (k >= 3 && toks_[k - 1].text == "," && !quoted(k - 1)) {
        for (size_t c = k - 2; c > 0 && c + 30 > k; --c) {
            if (quoted(c)) break;
            if (toks_[c].text != ",") continue;
            const Tok& opens = toks_[c + 1];
            // "The report, written by the agency, said": a participle clause describes the subject
            const bool participle = opens.kind == TokenKind::Word && !text::is_capitalized(opens.text) &&
                                    ((opens.lower.size() > 4 &&
                                      opens.lower.compare(opens.lower.size() - 2, 2, "ed") == 0) ||
                                     lexicon::contains(lexicon::TableId::claims_irregular_participles, opens.lower));
            // "Brent Bozell, founder of the Media Research Center, said", "X, speaking in Ohio, said": a role or a
            // participle in lower case right after a name
            // ("Sanders’ campaign manager": a plural possessive, with the apostrophe alone)
            bool possessive_opens = is_possessive(opens.lower) || text::strip_possessive(opens.text) != opens.text;
            // "Benjamin J. Rhodes, Mr. Obama's deputy national security adviser, said": a possessive name after a
            // title opens it too
            for (size_t q = c + 1; !possessive_opens && q < k - 1 && q <= c + 5; ++q) {
                if (!(toks_[q].kind == TokenKind::Word && text::is_capitalized(toks_[q].text)) && !title_stop(q)) break;
                possessive_opens = q > c + 1 && (is_possessive(toks_[q].lower) ||
                                                 text::strip_possessive(toks_[q].text) != toks_[q].text);
            }
            // "Steve Cohen, Democrat of Tennessee, told": a party label and its state, NYT style
            const bool party_of = c + 2 < k - 1 && lexicon::contains(lexicon::TableId::entities_party_labels, opens.lower) &&
                                  toks_[c + 2].lower == "of";
            const bool after_name = c > 0 && toks_[c - 1].kind == TokenKind::Word &&
                                    text::is_capitalized(toks_[c - 1].text) && opens.kind == TokenKind::Word &&
                                    (!text::is_capitalized(opens.text) || possessive_opens || party_of) &&
                                    (entities::is_role_noun(opens.lower) || entities::is_title(opens.lower) ||
                                     possessive_opens || party_of ||
                                     (opens.lower.size() > 4 &&
                                      opens.lower.compare(opens.lower.size() - 3, 3, "ing") == 0));
            if (lexicon::contains(lexicon::TableId::claims_apposition_openers, opens.lower) ||
                opens.kind == TokenKind::Number ||
                participle || after_name || (c > 0 && role_apposition(c + 1, k - 1)))
                k = c;
            break;
        }
    }
    np_start = k;
    // "police said they believe": the inner subject stops at the outer cue ("42% say": a percent sign is the number's)
    while (np_start > 0 && !quoted(np_start - 1) &&
           (!ends_phrase(toks_[np_start - 1]) || title_stop(np_start - 1) || percent_sign(np_start - 1)) &&
           !lexicon::contains(lexicon::TableId::claims_outer_cue_words, toks_[np_start - 1].lower)) {
        --np_start;
        // "Rand Paul (R-Ky.) said": a parenthesis is part of the name
        if (toks_[np_start].text == ")")
            for (size_t p = np_start; p > 0 && p + 10 > np_start; --p)
                if (toks_[p - 1].text == "(") { np_start = p; break; }
    }
    // "…, with help from Labor Secretary Thomas Perez, who said", "voters who said they would vote": the relative
    // pronoun is the source as written (as PolNeAR marks it); resolve() finds who it stands for
    // (not in a subject opening the sentence, "Voters who say the economy matters most were divided": where the
    // relative clause gives way to the main verb is unknown, so its content would run on into it)
    if (np_start == k && k >= 2 && toks_[k - 1].lower == "who" && !quoted(k - 1)) {
        if (!opens_aside(toks_[k - 2]) && !verb_before(k - 1)) return false;
        np_start = k - 1;
        np_end = k;
        return true;
    }
    // "water bottles that said, “…”", "a message that said, \"Sorry …\"": a thing's words quoted after a relative
    // "that" (the relative is the source as written, as for "who")
    if (np_start == k && k >= 2 && toks_[k - 1].lower == "that" && !quoted(k - 1) && quote_follows(at + 1) &&
        verb_before(k - 1)) {
        np_start = k - 1;
        np_end = k;
        return true;
    }
    if (np_start == k && k >= 2 && is_coordinator(toks_[k - 1].lower) && !quoted(k - 1))
        return clause_subject(k - 1, np_start, np_end) || coordinated_subject(k - 1, np_start, np_end);
    if (np_start == k) return false;
    np_start = across_name_conjunction(np_start);
    // "current and former officials said", "state and local officials": modifiers joined before the noun (not two
    // noun phrases, "Surveys and the answers to questions … show")
    while (np_start >= 2 && is_coordinator(toks_[np_start - 1].lower) && !quoted(np_start - 2) &&
           toks_[np_start - 2].kind == TokenKind::Word &&
           (tags_of_first(k)[np_start - 2] == pos::Tag::ADJ || tags_of_first(k)[np_start - 2] == pos::Tag::NOUN) &&
           (np_start == 2 || ends_phrase(toks_[np_start - 3])) && !is_determiner(toks_[np_start].lower))
        np_start -= 2;
    // "Years after Bill Clinton disingenuously claimed …", "But if Carson implied …": a subordinator of time or
    // condition in the subject, with no verb before it, opens the clause; its subject follows it
    for (size_t q = k; q-- > np_start;) {
        if (!lexicon::contains(lexicon::TableId::claims_adverbial_subordinators, toks_[q].lower)) continue;
        if (q + 1 < k && !verb_before(q, np_start)) np_start = q + 1;
        break;
    }
    // "Although Bloomberg said he would not run, …": the subordinator opening the clause is not the subject's
    if (np_start + 1 < k && !quoted(np_start) &&
        lexicon::contains(lexicon::TableId::claims_clause_subordinators, toks_[np_start].lower))
        ++np_start;
    np_end = trim_subject(np_start, k);
    // "people who have battled other online threats say": the relative clause belongs to the noun before it
    if (np_end == k && np_start >= 2 && !quoted(np_start - 1) && toks_[np_start - 1].lower == "who" &&
        toks_[np_start - 2].kind == TokenKind::Word && !is_pronoun(toks_[np_start - 2].lower)) {
        size_t head = np_start - 1;
        while (head > 0 && !quoted(head - 1) && (!ends_phrase(toks_[head - 1]) || title_stop(head - 1))) --head;
        if (head < np_start - 1) np_start = head;
    }
    return true;
}

size_t Attributor::across_name_conjunction(size_t np_start) const {
    const auto capitalized_word = [&](size_t q) {
        return !quoted(q) && toks_[q].kind == TokenKind::Word && text::is_capitalized(toks_[q].text);
    };
    while (np_start >= 2 && toks_[np_start - 1].lower == "and" && !quoted(np_start - 1) && capitalized_word(np_start) &&
           capitalized_word(np_start - 2)) {
        size_t s = np_start - 2;
        while (s > 0 && !quoted(s - 1) && (!ends_phrase(toks_[s - 1]) || title_stop(s - 1)) &&
               !lexicon::contains(lexicon::TableId::claims_outer_cue_words, toks_[s - 1].lower))
            --s;
        // ("Trump won Ohio and Sanders said": a clause before the "and" is not part of the name)
        if (verb_before(np_start - 1, s)) break;
        np_start = s;
    }
    return np_start;
}

bool Attributor::percent_sign(size_t k) const {
    return toks_[k].text == "%" && k > 0 && toks_[k - 1].kind == TokenKind::Number;
}

bool Attributor::finite_cue_at(size_t k) const {
    claims::Cue c;
    const std::string_view next = k + 1 < toks_.size() ? toks_[k + 1].lower : empty_;
    if (!claims::find_cue(tokens_, toks_[k], next, c) || !(c.form == CueForm::Past || c.form == CueForm::Third))
        return false;
    // ("Voters in the two states — Nevada and Ohio — said": a plural noun of a cue's shape is no verb)
    return !(c.form == CueForm::Third && tags_of_first(toks_.size())[k] == pos::Tag::NOUN);
}

const std::vector<pos::Tag>& Attributor::tags_of_first(size_t k) const {
    // tagged only here, for the few sentences that ask: the claims stage reads no token stream
    auto [at, added] = prefix_tags_.try_emplace(k);
    if (added) {
        std::vector<std::string_view> words;
        words.reserve(k);
        for (size_t q = 0; q < k; ++q) words.push_back(toks_[q].text);
        pos::tag_sentence(words, at->second);
    }
    return at->second;
}

bool Attributor::verb_before(size_t k, size_t from) const {
    const std::vector<pos::Tag>& tags = tags_of_first(k);
    for (size_t q = from; q < k; ++q)
        if (!quoted(q) && (tags[q] == pos::Tag::VERB || tags[q] == pos::Tag::AUX)) return true;
    return false;
}

bool Attributor::sentence_subject(size_t& np_end) const {
    // a pronoun, or one to five capitalized words (titles with their stop), opening the sentence before a verb
    if (toks_.empty() || quoted(0)) return false;
    if (is_pronoun(toks_[0].lower)) return np_end = 1, true;
    size_t e = 0;
    while (e < toks_.size() && e < 5 &&
           ((toks_[e].kind == TokenKind::Word && text::is_capitalized(toks_[e].text)) || title_stop(e)))
        ++e;
    if (e == 0 || e >= toks_.size() || is_determiner(toks_[0].lower)) return false;
    if (toks_[e].kind != TokenKind::Word || text::is_capitalized(toks_[e].text)) return false;
    np_end = e;
    return true;
}

bool Attributor::tags_quotation(size_t i) const {
    if (i == 0 || quoted(i)) return false;
    if (quote_closes_before(i) >= 0) return true;  // `…," concluded X`
    // `…," X concluded`: a short subject of words (titles with their stop) between the quotation and the verb
    for (size_t k = i; k > 0 && k + 6 > i; --k) {
        const Tok& t = toks_[k - 1];
        if (quoted(k - 1) || !(t.kind == TokenKind::Word || t.kind == TokenKind::Number || title_stop(k - 1)))
            return quote_closes_before(k) >= 0;
    }
    return false;
}

bool Attributor::role_apposition(size_t from, size_t to) const {
    // "Joe Scheidler, national director of the Pro-Life Action League, said", "Chris Collins, R-N.Y., says": after
    // a name, a short lower-case phrase holding a role, or a party-and-state tag
    if (from < 2 || to <= from || to > from + 14) return false;
    const Tok& name_end = toks_[from - 2];  // toks_[from - 1] is the comma
    if (name_end.kind != TokenKind::Word || !text::is_capitalized(name_end.text)) return false;
    const std::string_view tag = toks_[from].text;  // "R-Utah" is one word
    if (tag.size() > 2 && tag[1] == '-' && (tag[0] == 'R' || tag[0] == 'D' || tag[0] == 'I') &&
        text::is_capitalized(tag.substr(2)))
        return true;
    if (toks_[from].kind != TokenKind::Word || text::is_capitalized(toks_[from].text)) return false;
    bool role = false;
    for (size_t k = from; k < to; ++k) {
        if (quoted(k) || is_progressive_auxiliary(toks_[k].lower)) return false;
        role = role || entities::is_role_noun(toks_[k].lower) || entities::is_title(toks_[k].lower);
    }
    return role;
}

bool is_possessive(std::string_view w) {
    return (w.size() > 2 && w.compare(w.size() - 2, 2, "'s") == 0) ||
           (w.size() > 4 && w.compare(w.size() - 4, 4, "\xE2\x80\x99s") == 0);
}

bool Attributor::coordinated_subject(size_t and_at, size_t& np_start, size_t& np_end) const {
    // "Graham called Trump \"crazy\" and said …": the second verb shares the first one's subject — a speaker
    // named at the start of the sentence, one to four capitalized words (titles with their full stop)
    if (quoted(0)) return false;
    size_t from = 0;
    // "The spokesman refused … but said": a determiner and one noun before a lower-case verb
    if (is_determiner(toks_[0].lower) && and_at > 3 && toks_[1].kind == TokenKind::Word &&
        !text::is_capitalized(toks_[1].text) && toks_[2].kind == TokenKind::Word && !text::is_capitalized(toks_[2].text)) {
        np_start = 0;
        np_end = 2;
        return true;
    }
    // "In an interview with The Wall Street Journal, Trump doubled down … and said": an opening phrase, then the name
    if (entities::is_function_word(toks_[0].lower) && !is_pronoun(toks_[0].lower)) {
        while (from < and_at && toks_[from].text != ",") ++from;
        if (from + 1 >= and_at || quoted(from)) return false;
        ++from;
        if (is_pronoun(toks_[from].lower)) return np_start = from, np_end = from + 1, true;  // "But on Tuesday, he …"
    }
    size_t e = from;
    while (e < and_at && e < from + 5 && ((toks_[e].kind == TokenKind::Word && text::is_capitalized(toks_[e].text)) ||
                                          title_stop(e)))
        ++e;
    if (e == from || e >= and_at) return false;
    if (from > 0 && (is_determiner(toks_[from].lower) || entities::is_function_word(toks_[from].lower))) return false;
    if (toks_[e].kind != TokenKind::Word || text::is_capitalized(toks_[e].text)) return false;  // a verb follows
    for (size_t q = e; q < and_at; ++q)
        if (toks_[q].text == ";" || toks_[q].text == ":") return false;
    np_start = from;
    np_end = e;
    return true;
}

size_t Attributor::named_apposition(size_t k) const {
    if (k < 4 || toks_[k - 1].text != "," || quoted(k - 1)) return 0;
    size_t c = k - 2;
    // "Dr." and "Gen." inside the name: a short capitalized word with its full stop
    auto abbreviation_stop = [&](size_t at) {
        return at > 0 && toks_[at].text == "." && toks_[at - 1].kind == TokenKind::Word &&
               text::is_capitalized(toks_[at - 1].text) && toks_[at - 1].text.size() <= 4;
    };
    while (c > 0 && c + 7 > k &&
           ((toks_[c].kind == TokenKind::Word && text::is_capitalized(toks_[c].text)) || abbreviation_stop(c)))
        --c;
    if (c + 2 == k || toks_[c].text != "," || c == 0 || quoted(c)) return 0;
    // the phrase before it names a role in lower case ("The chief executive"), not a place ("Inc., San
    // Antonio, Texas,", "who traveled to Columbus, Ohio,": a capitalized word before the comma that is no role)
    const Tok& before_comma = toks_[c - 1];
    if (before_comma.kind == TokenKind::Word && text::is_capitalized(before_comma.text) &&
        !entities::is_role_noun(before_comma.lower) && !entities::is_title(before_comma.lower))
        return 0;
    for (size_t r = c; r > 0 && !ends_phrase(toks_[r - 1]) && !quoted(r - 1); --r)
        if (toks_[r - 1].kind == TokenKind::Word && !text::is_capitalized(toks_[r - 1].text)) return c;
    return 0;
}

void Attributor::quoted_as_saying(size_t i, claims::Cue cue) {
    if (i < 3 || toks_[i - 1].lower != "as" || toks_[i - 2].lower != "quoted") return;
    size_t k = i - 2;
    while (k > 0 && lexicon::contains(lexicon::TableId::claims_passive_be_forms, toks_[k - 1].lower)) --k;
    if (k == i - 2) return;
    size_t np_start = 0, np_end = 0;
    if (!subject_before(k, np_start, np_end)) return;
    const int32_t entity = resolve(np_start, np_end);
    cue.length = 3;
    after_verb(i - 2, cue, i + 1, span_of(np_start, np_end), entity);
}

bool Attributor::participle_speaker(size_t i, const claims::Cue& cue, size_t after_cue) {
    if (i < 2 || claims_.size() > first_claim_in_sentence_) return false;
    // "with 30 percent of voters saying they have a positive view of him": the phrase after "with" speaks
    for (size_t w = i - 1; w > 0 && w + kWithSpeakerWords > i; --w) {
        if (quoted(w) || ends_phrase(toks_[w])) break;
        if (toks_[w - 1].lower != "with") continue;
        if (w + 1 > i - 1 && !(toks_[w].kind == TokenKind::Number || toks_[w].kind == TokenKind::Word)) break;
        after_verb(i, cue, after_cue, span_of(w, i), resolve(w, i));
        return true;
    }
    // "the Trump campaign issued a statement saying that …", "sent a fundraising email Wednesday saying …"
    size_t noun = i - 1;
    while (noun > 0 && in_timex(noun)) --noun;
    if (!lexicon::contains(lexicon::TableId::claims_statement_nouns, toks_[noun].lower) &&
        !entities::is_document_noun(toks_[noun].lower))
        return false;
    size_t np_start = 0, np_end = 0;
    if (!subject_of_clause_before(noun, np_start, np_end)) return false;
    after_verb(i, cue, after_cue, span_of(np_start, np_end), resolve(np_start, np_end));
    return true;
}

void Attributor::participle(size_t i, const claims::Cue& cue, size_t after_cue, size_t comma) {
    if (comma == kCommaBeforeCue) comma = i - 1;
    int32_t entity = -1;
    TextSpan source;
    size_t np_start = 0, np_end = 0;
    if (claims_.size() > first_claim_in_sentence_) {
        entity = claims_.back().source_entity;
        source = claims_.back().source;
    } else if (comma >= 1 && toks_[comma].text == "," && subject_of_clause_before(comma, np_start, np_end)) {
        // "Marine Le Pen voiced support for Trump on Wednesday, saying …": the clause's subject, not the last speaker
        source = span_of(np_start, np_end);
        entity = resolve(np_start, np_end);
    } else if (!claims_.empty()) {
        entity = claims_.back().source_entity;
        source = claims_.back().source;
    } else {
        return;
    }
    after_verb(i, cue, after_cue, std::move(source), entity);
}

void Attributor::inverted(size_t i, const claims::Cue& cue, size_t after_cue) {
    size_t end = after_cue;
    while (end < toks_.size() && (!ends_phrase(toks_[end]) || title_stop(end))) ++end;
    if (end == after_cue) return;
    const size_t np_end = trim_subject(after_cue, end);
    const size_t close = static_cast<size_t>(quote_closes_before(i));
    quote_led(close, span_of(after_cue, np_end), resolve(after_cue, np_end), i, cue.length);
}

void Attributor::after_verb(size_t i, const claims::Cue& cue, size_t j, TextSpan source, int32_t entity) {
    TextSpan addressee;
    int32_t addressee_entity = -1;
    while (j < toks_.size() && in_timex(j)) ++j;
    if (cue.lemma == "tell" && j < toks_.size()) {
        size_t end = j;
        while (end < toks_.size() && !ends_phrase(toks_[end]) && !quoted(end)) ++end;
        // "told reporters the squad was fit": without "that", the addressee ends where a clause starts (also when
        // the clause holds "and" or "after": "told parliament the plan relied on restraint and growth")
        if (end >= toks_.size() || toks_[end].lower != "that")
            for (size_t k = j + 1; k + 3 <= end; ++k)
                if (lexicon::contains(lexicon::TableId::claims_clause_starts, toks_[k].lower)) {
                    end = k;
                    break;
                }
        if (end > j) {
            addressee = span_of(j, end);
            addressee_entity = entity_in(addressee.span);
            j = end;
        }
    }
    // a short prepositional phrase before the content: "in their statement about", "on Twitter that", "told
    // supporters after his victory in the primary that"
    if (j < toks_.size() && lexicon::contains(lexicon::TableId::claims_content_prepositions, toks_[j].lower)) {
        for (size_t k = j + 1; k < toks_.size() && k <= j + 10; ++k) {
            if (quoted(k) || toks_[k].text == ",") break;
            if (lexicon::contains(lexicon::TableId::claims_content_openers, toks_[k].lower)) { j = k; break; }
        }
    }
    while (j < toks_.size() && in_timex(j)) ++j;
    bool colon = false;
    while (j < toks_.size() && !quoted(j) &&
           lexicon::contains(lexicon::TableId::claims_content_lead_words, toks_[j].lower)) {
        colon = colon || toks_[j].text == ":";
        ++j;
    }
    size_t end = content_end(j);
    if (end <= j) return;
    const bool quote_first = toks_[j].kind == TokenKind::OpenQuote &&
                             (colon || (j + 1 < toks_.size() && text::is_capitalized(toks_[j + 1].text)));
    // `said, "We'll see," when asked whether …`, `said "CNN" five times`: a quotation opening the content is
    // all of it; the words after its closing mark are the narrator's
    if (quote_first) end = std::min(end, quotation_end(j));
    // "He says “it’s interesting that …”", "told his supporters, “our nation is …”": a quotation opening in lower
    // case right after the verb (or a comma) that is all of the content is the speaker's words as printed too —
    // not after "that" or a preposition ("complained about “the tendency of …”": the writer's clause, its words
    // quoted), and only when the tag opens its clause (after "In cases of abortion, it said, “…”" or "which he called
    // “…”" what was said began before the tag): mixed otherwise
    const bool right_after_verb = j == i + size_t(cue.length) || toks_[j - 1].text == "," || toks_[j - 1].text == ":";
    const bool whole_quotation = toks_[j].kind == TokenKind::OpenQuote && right_after_verb &&
                                 quotation_end(j) >= end && tag_opens_clause(source.span.start);
    // "did not respond to a request for comment", "said Tuesday in Paris", "responded on Twitter": a phrase of
    // circumstance alone, with no verb or quotation of its own, is not what was said
    if (circumstance_only(j, end)) return;
    Claim& c = add_claim(std::move(source), entity, i, cue.length, j, end,
                         kind_of(j, end, quote_first || whole_quotation));
    c.addressee = std::move(addressee);
    c.addressee_entity = addressee_entity;
}

bool Attributor::tag_opens_clause(uint32_t source_start) const {
    size_t at = 0;
    while (at < toks_.size() && toks_[at].span.start < source_start) ++at;
    if (at == 0 || at >= toks_.size() || toks_[at].span.start != source_start) return true;  // opens the sentence, or not in it
    const Tok& before = toks_[at - 1];
    return before.text != "," && !quoted(at - 1) && !lexicon::contains(lexicon::TableId::claims_phrase_enders, before.lower);
}

std::string_view pronoun_stem(std::string_view w) {
    for (const std::string_view suffix : {std::string_view("'s"), std::string_view("\xE2\x80\x99s")})
        if (w.size() > suffix.size() && w.substr(w.size() - suffix.size()) == suffix) {
            const std::string_view stem = w.substr(0, w.size() - suffix.size());
            if (lexicon::contains(lexicon::TableId::claims_contracted_subjects, stem)) return stem;
        }
    return {};
}

bool Attributor::contracted_subject(size_t cue_at, size_t& subject_at) const {
    size_t k = cue_at;
    while (k > 0 && is_verb_filler(toks_[k - 1].lower) && !quoted(k - 1)) --k;
    if (k == 0 || quoted(k - 1) || pronoun_stem(toks_[k - 1].lower).empty()) return false;
    subject_at = k - 1;
    return true;
}

size_t Attributor::quotation_end(size_t open) const {
    const int64_t partner = quote_partner_[toks_[open].index];
    if (partner < 0) return toks_.size();
    for (size_t k = open + 1; k < toks_.size(); ++k)
        if (toks_[k].index == uint32_t(partner)) return k + 1;
    return toks_.size();  // it closes in a later sentence
}

void Attributor::push_direct(TextSpan source, int32_t entity, size_t cue_at, int cue_len, Span content) {
    Claim c;
    c.source = std::move(source);
    c.source_entity = entity;
    c.cue = span_of(cue_at, cue_at + static_cast<size_t>(cue_len));
    c.content.span = content;
    c.content.text = slice(c.content.span);
    c.kind = ClaimKind::Direct;
    c.sentence = sentence_->id;
    c.when_timex = when_near(cue_at, c.content.span);
    if (entity >= 0) last_source_ = entity;
    claims_.push_back(std::move(c));
}

void Attributor::quote_led(size_t close, TextSpan source, int32_t entity, size_t cue_at, int cue_len) {
    const int64_t opener = quote_partner_[toks_[close].index];
    if (opener < 0) return;
    const size_t clause = clause_before_quotation(static_cast<size_t>(opener));
    push_direct(std::move(source), entity, cue_at, cue_len, {doc_.tokens[opener].span.start, toks_[close].span.end});
    if (clause != kNoClauseBefore) {
        Claim& c = claims_.back();
        c.content.span.start = toks_[clause].span.start;
        c.content.text = slice(c.content.span);
        c.kind = ClaimKind::Mixed;
    }
    nested(static_cast<size_t>(opener), toks_[close].index, claims_.size() - 1);
    quote_resumes(cue_at + static_cast<size_t>(cue_len));
}

bool Attributor::trailing_phrase(size_t from, bool after_tell) const {
    // "The plan will cut costs, Trump said at a rally in Ohio.", "…, he told supporters in Iowa.": what follows the
    // cue to the sentence's end is where or to whom it was said; or to a clause of the writer's own: "…, he said
    // after meeting Thursday with Trump aides, because …", "…, Obama told his closest advisers as he labored …",
    // "…, Hollande said Tuesday in Paris, noting …"
    if (from >= toks_.size() || toks_.back().kind != TokenKind::Punctuation) return false;
    if (!after_tell && !lexicon::contains(lexicon::TableId::claims_content_prepositions, toks_[from].lower)) return false;
    // (not before a writer's clause: "pledged to put New York … in play, which …" is what was pledged, and "hinted at
    // the niche he sees … as …" holds a clause of its own)
    const bool may_end_early = after_tell || toks_[from].lower != "to";
    bool subject_inside = false;
    for (size_t k = from; k + 1 < toks_.size(); ++k) {
        if (k > from && writer_clause_opens(k)) return may_end_early && !subject_inside;
        if (k >= from + kTrailingPhraseWords) return false;
        subject_inside = subject_inside || is_pronoun(toks_[k].lower);
        claims::Cue c;
        // (a verb makes it a clause: "CNN reported at least six planes filled the skies")
        const std::string_view w = toks_[k].lower;
        const bool verb_like = lexicon::contains(lexicon::TableId::claims_finite_auxiliaries, w) ||
                               (w.size() > 4 && w.compare(w.size() - 2, 2, "ed") == 0);
        if (quoted(k) || toks_[k].kind != TokenKind::Word || w == "that" || verb_like ||
            claims::find_cue(w, toks_[k + 1].lower, c))
            return false;
    }
    return true;
}

bool Attributor::writer_clause_opens(size_t k) const {
    // "as he labored", "because he said": a subordinate clause with its own subject
    const auto next_is_word = [&](size_t at) {
        return at < toks_.size() && !quoted(at) && toks_[at].kind == TokenKind::Word;
    };
    if (!quoted(k) && lexicon::contains(lexicon::TableId::claims_clause_subordinators, toks_[k].lower) &&
        next_is_word(k + 1) && !lexicon::contains(lexicon::TableId::claims_adverbial_subordinators, toks_[k].lower))
        return true;
    // ", because …", ", which …", ", asking not to be named" (not ", adding that …": that goes on reporting)
    if (toks_[k].text != "," || !next_is_word(k + 1)) return false;
    const std::string_view w = toks_[k + 1].lower;
    const bool participle = w.size() > 4 && w.compare(w.size() - 3, 3, "ing") == 0 &&
                            !lexicon::contains(lexicon::TableId::claims_continuing_participles, w);
    return participle || lexicon::contains(lexicon::TableId::claims_clause_subordinators, w) ||
           lexicon::contains(lexicon::TableId::claims_content_clause_breaks, w);
}

bool Attributor::phrase_before_final_colon(size_t from) const {
    // "He wrote on his blog:", "Cruz called them on it:": a short phrase and the colon closing the sentence; the
    // quotation opening the next sentence (or paragraph) is what was said
    const size_t colon = toks_.size() - 1;
    if (toks_.empty() || from >= colon || colon > from + kColonPhraseWords || toks_[colon].text != ":") return false;
    if (!lexicon::contains(lexicon::TableId::claims_colon_phrase_openers, toks_[from].lower)) return false;
    for (size_t k = from; k < colon; ++k) {
        claims::Cue c;
        const std::string_view next = k + 1 < toks_.size() ? toks_[k + 1].lower : empty_;
        if (quoted(k) || toks_[k].kind == TokenKind::OpenQuote || toks_[k].text == "," ||
            claims::find_cue(tokens_, toks_[k], next, c))
            return false;
    }
    return true;
}

bool Attributor::quotation_after_sentence(const TextSpan& source, int32_t entity, size_t cue_at, int cue_len) {
    const size_t opener = sentence_->first_token + sentence_->token_count;
    if (opener >= doc_.tokens.size() || doc_.tokens[opener].kind != TokenKind::OpenQuote) return false;
    const int64_t closer = quote_partner_[opener];
    if (closer < 0) return false;
    push_direct(source, entity, cue_at, cue_len, {doc_.tokens[opener].span.start, doc_.tokens[size_t(closer)].span.end});
    return true;
}

bool Attributor::quotation_before_sentence(const TextSpan& source, int32_t entity, size_t cue_at, int cue_len) {
    if (sentence_->first_token == 0 || sentence_->id == 0) return false;
    const size_t closer = sentence_->first_token - 1;
    // in the same paragraph, and the quotation is no one's yet
    if (doc_.tokens[closer].kind != TokenKind::CloseQuote || quote_partner_[closer] < 0 ||
        doc_.sentences[sentence_->id - 1].paragraph != sentence_->paragraph)
        return false;
    const Span content{doc_.tokens[size_t(quote_partner_[closer])].span.start, doc_.tokens[closer].span.end};
    for (const Claim& c : claims_)
        if (c.content.span.start < content.end && content.start < c.content.span.end) return false;
    push_direct(source, entity, cue_at, cue_len, content);
    return true;
}

bool Attributor::tag_is_tell(const Claim& tagged) const {
    for (size_t k = 0; k < toks_.size(); ++k) {
        if (toks_[k].span.start != tagged.cue.span.start) continue;
        claims::Cue cue;
        const std::string_view next = k + 1 < toks_.size() ? toks_[k + 1].lower : empty_;
        return claims::find_cue(tokens_, toks_[k], next, cue) && cue.lemma == "tell";
    }
    return false;
}

void Attributor::quote_resumes(size_t after_tag) {
    // `"As president," she said, "I will oppose it."`: a few words of tag, a comma, and the quotation goes on
    for (size_t k = after_tag; k < toks_.size() && k < after_tag + kResumeWindow; ++k) {
        if (toks_[k].kind != TokenKind::OpenQuote) {
            if (quoted(k)) return;
            continue;
        }
        const Claim& tagged = claims_.back();
        // `"…," she said "Ultimately …"`: with no comma, the quotation must follow the tag's last word and open a
        // sentence of its own (a capital), not name a title inside the tag ("said of "The Apprentice"" is rare)
        // (after "told" a quotation is the addressee: `Fiorina told "Fox and Friends,"`)
        const bool tag_ends_here = k == after_tag || toks_[k - 1].span.end == tagged.source.span.end;
        const bool unpunctuated = tag_ends_here && k + 1 < toks_.size() && text::is_capitalized(toks_[k + 1].text) &&
                                  !tag_is_tell(tagged);
        if (toks_[k - 1].text != "," && toks_[k - 1].text != ":" && !unpunctuated) return;
        const int64_t partner = quote_partner_[toks_[k].index];
        Claim c;
        c.source = tagged.source;
        c.source_entity = tagged.source_entity;
        c.content.span = {toks_[k].span.start,
                          partner >= 0 ? doc_.tokens[size_t(partner)].span.end : toks_.back().span.end};
        c.content.text = slice(c.content.span);
        c.kind = ClaimKind::Direct;
        c.sentence = sentence_->id;
        c.when_timex = tagged.when_timex;
        claims_.push_back(std::move(c));
        return;
    }
}

void Attributor::nested(size_t open_g, size_t close_g, size_t parent) {
    size_t comma = 0;
    for (size_t g = close_g; g-- > open_g + 1;)
        if (doc_.tokens[g].kind == TokenKind::Punctuation && text_.substr(doc_.tokens[g].span.start, 1) == ",") {
            // the comma right before the closing quote belongs to the quotation's end
            if (g + 1 == close_g) continue;
            comma = g;
            break;
        }
    if (!comma) return;
    size_t g = comma + 1;
    const size_t np_start = g;
    claims::Cue cue;
    size_t cue_g = 0;
    for (; g < close_g; ++g) {
        const std::string_view w = tokens_.lower(g);
        const std::string_view next = g + 1 < close_g ? tokens_.lower(g + 1) : std::string_view();
        if (claims::find_cue(w, next, cue) && cue.form == claims::CueForm::Past) { cue_g = g; break; }
        if (doc_.tokens[g].kind != TokenKind::Word) return;
    }
    if (!cue_g || cue_g == np_start || cue_g > np_start + 4) return;
    Claim c;
    c.source.span = {doc_.tokens[np_start].span.start, doc_.tokens[cue_g - 1].span.end};
    c.source.text = slice(c.source.span);
    c.source_entity = entity_in(c.source.span);
    c.cue.span = doc_.tokens[cue_g].span;
    c.cue.text = slice(c.cue.span);
    size_t addressee_end = cue_g + 1;
    while (addressee_end < close_g && doc_.tokens[addressee_end].kind == TokenKind::Word) ++addressee_end;
    if (addressee_end > cue_g + 1) {
        c.addressee.span = {doc_.tokens[cue_g + 1].span.start, doc_.tokens[addressee_end - 1].span.end};
        c.addressee.text = slice(c.addressee.span);
        c.addressee_entity = entity_in(c.addressee.span);
    }
    c.content.span = {doc_.tokens[open_g + 1].span.start, doc_.tokens[comma - 1].span.end};
    c.content.text = slice(c.content.span);
    c.kind = ClaimKind::Direct;
    c.parent = static_cast<int32_t>(parent);
    c.sentence = claims_[parent].sentence;
    c.when_timex = -1;
    claims_.push_back(std::move(c));
}

}  // namespace storylens::claims
