// snapshot_samples.hpp — a small hand-built Analysis touching every field, shared by the snapshot tests.
// Its strings hold recognisable markers ("NAMEMARK" ...) that the corruption rows search for to patch bytes.
#pragma once
#include <string>

#include <gtest/gtest.h>

#include "unit/time_support.hpp"
#include "storylens/analysis.hpp"

namespace storylens::testing {

inline Span span_of(const std::string& text, const std::string& needle) {
    const size_t at = text.find(needle);
    EXPECT_NE(at, std::string::npos) << needle;
    return {static_cast<uint32_t>(at), static_cast<uint32_t>(at + needle.size())};
}

inline TextSpan text_span(const std::string& text, const std::string& needle) { return {needle, span_of(text, needle)}; }

// A small analysis touching every field, with recognisable strings the corruption rows search for.
inline Analysis hand_built() {
    Analysis a;
    std::string& t = a.source.text;
    t = "BEIRUT \xE2\x80\x93 Officials said on Friday that 1,700 people left Homs. The army denied it.";
    a.source.format = Format::Html;
    a.source.headline = "HEADLINEMARK";
    a.source.byline = "By A. Writer";
    a.source.url = "https://news.example/a";
    a.source.published = "PUBLISHEDMARK";
    a.source.dateline = {true, "BEIRUT \xE2\x80\x93", "BEIRUT", "", span_of(t, "BEIRUT \xE2\x80\x93")};
    a.source.mapping = {{{0, 20}, 140}, {{20, static_cast<uint32_t>(t.size())}, 300}};
    const Span first = span_of(t, "Officials said on Friday that 1,700 people left Homs.");
    const Span second = span_of(t, "The army denied it.");
    a.document.paragraphs = {{0, {0, static_cast<uint32_t>(t.size())}}};
    a.document.tokens = {{span_of(t, "Officials"), TokenKind::Word}, {span_of(t, "1,700"), TokenKind::Number},
                         {span_of(t, "."), TokenKind::Punctuation}, {span_of(t, "\xE2\x80\x93"), TokenKind::Dash}};
    a.document.sentences = {{0, first, 0, 0, 3}, {1, second, 0, 3, 1}};
    a.dct = {"2025-03-08", DctOrigin::Metadata, "2025-03-08", "2025-03-08", 95,
             {{"dateline", span_of(t, "Friday"), "2025-03-08", "value", 100}}};
    a.timexes = {{0, span_of(t, "Friday"), "DATE", timex3("2025-03-07"), 0, -1},
                 {1, span_of(t, "Friday"), "DATE", timex3("2025-03-07", "END"), 0, 0}};
    Entity officials;
    officials.id = 0;
    officials.name = "NAMEMARK";
    officials.type = EntityType::Group;
    officials.aliases = {"ALIASMARK", "the officials"};
    officials.mentions = {{span_of(t, "Officials"), 0}};
    officials.role = "spokespeople";
    Entity army;
    army.id = 1;
    army.name = "the army";
    army.mentions = {{span_of(t, "The army"), 1}};
    army.organization = 0;
    a.entities = {officials, army};
    Figure people{text_span(t, "1,700 people"), "1700", "people", "", 0};
    Claim c;
    c.id = 0;
    c.source = text_span(t, "Officials");
    c.source_entity = 0;
    c.cue = text_span(t, "said");
    c.content = text_span(t, "1,700 people left Homs");
    c.kind = ClaimKind::Indirect;
    c.sentence = 0;
    c.when_timex = 0;
    c.addressee_entity = -1;
    c.figures = {people};
    c.disputed_by = text_span(t, "The army denied it.");
    Claim nested = c;
    nested.id = 1;
    nested.parent = 0;
    nested.kind = ClaimKind::Mixed;
    nested.figures.clear();
    a.claims = {c, nested};
    a.figures = {people};
    Event left;
    left.id = 0;
    left.sentence = 0;
    left.span = span_of(t, "1,700 people left Homs");
    left.text = "EVENTMARK";
    left.when = when_of("2025-03-07", "", 0);
    left.interval = {"2025-03-07", "2025-03-07", "day"};
    left.participants = {0, 1};
    left.reported_by = 0;
    left.mentions = {left.span};
    Event denied;
    denied.id = 1;
    denied.sentence = 1;
    denied.span = span_of(t, "denied");
    denied.text = "army denied";
    a.events = {left, denied};
    a.timeline = {0, 1};
    a.relations = {{0, 1, "RELATIONMARK", span_of(t, "denied")}};
    a.diagnostics = {{Level::Warning, "utf8.invalid", "an invalid byte became U+FFFD", 4096}};
    return a;
}

}  // namespace storylens::testing
