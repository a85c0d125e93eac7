// json_sections.hpp — one function per part of the JSON contract, reused by other JSON-based exports.
#pragma once
#include <nlohmann/json.hpp>

#include "storylens/analysis.hpp"

namespace storylens::json_sections {

nlohmann::json id_or_null(int64_t id);
nlohmann::json string_or_null(const std::string& s);
nlohmann::json text_span(const TextSpan& t);
nlohmann::json when(const When& w);
nlohmann::json source(const Analysis& a);
nlohmann::json paragraphs(const Analysis& a);
nlohmann::json sentences(const Analysis& a);
nlohmann::json timexes(const Analysis& a);
nlohmann::json events(const Analysis& a);
nlohmann::json relations(const Analysis& a);
nlohmann::json entities(const Analysis& a);
nlohmann::json figure(const Figure& f);
nlohmann::json figures(const std::vector<Figure>& list);
nlohmann::json claims(const Analysis& a);
nlohmann::json diagnostics(const Analysis& a);
nlohmann::json analysis(const Analysis& a);

}  // namespace storylens::json_sections
