// json_sections.hpp — one function per part of the JSON contract (docs/schema.md), each streaming its part to a
// json_out::Writer with the keys of every object in sorted order.
#pragma once
#include "export/json_writer.hpp"
#include "storylens/analysis.hpp"

namespace storylens::json_sections {

void text_span(json_out::Writer& w, const TextSpan& t);
void when(json_out::Writer& w, const When& date);
void source(json_out::Writer& w, const Analysis& a);
void paragraphs(json_out::Writer& w, const Analysis& a);
void sentences(json_out::Writer& w, const Analysis& a);
void timexes(json_out::Writer& w, const Analysis& a);
void events(json_out::Writer& w, const Analysis& a);
void relations(json_out::Writer& w, const Analysis& a);
void entities(json_out::Writer& w, const Analysis& a);
void figure(json_out::Writer& w, const Figure& f);
void figures(json_out::Writer& w, const std::vector<Figure>& list);
void checkworthy(json_out::Writer& w, const Analysis& a, uint32_t claim);
void verdict(json_out::Writer& w, const Analysis& a, uint32_t claim);
void notes(json_out::Writer& w, const Analysis& a);
void claims(json_out::Writer& w, const Analysis& a);
void diagnostics(json_out::Writer& w, const Analysis& a);
void analysis(json_out::Writer& w, const Analysis& a);

}  // namespace storylens::json_sections
