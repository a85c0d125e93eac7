// lexicon.cpp — the entity word classes of lexicon.hpp, asked of the generated lexicon (core/lexicon/entities_*.tsv).
#include "entities/lexicon.hpp"

#include <string>

#include "lexicon/lexicon.hpp"

namespace storylens::entities {

using lexicon::TableId;

bool is_title(std::string_view w) { return lexicon::contains(TableId::entities_titles, w); }
bool is_office_head(std::string_view w) { return lexicon::contains(TableId::entities_office_heads, w); }
bool is_portfolio_word(std::string_view w) { return lexicon::contains(TableId::entities_portfolio_words, w); }
bool is_role_noun(std::string_view w) { return lexicon::contains(TableId::entities_role_nouns, w); }
// A plural head names an organization too: "Centers for Disease Control", "Health Services".
bool is_org_head(std::string_view w) {
    return lexicon::contains(TableId::entities_org_heads, w) ||
           (w.size() > 4 && w.back() == 's' &&
            lexicon::contains(TableId::entities_org_heads, w.substr(0, w.size() - 1)));
}
bool is_org_start(std::string_view w) { return lexicon::contains(TableId::entities_org_starts, w); }
bool is_place_head(std::string_view w) { return lexicon::contains(TableId::entities_place_heads, w); }
bool is_group_word(std::string_view w) { return lexicon::contains(TableId::entities_groups, w); }
bool is_function_word(std::string_view w) { return lexicon::contains(TableId::entities_function_words, w); }
bool is_name_connector(std::string_view w) { return lexicon::contains(TableId::entities_name_connectors, w); }
bool is_org_description(std::string_view w) { return lexicon::contains(TableId::entities_org_descriptions, w); }
bool is_document_noun(std::string_view w) { return lexicon::contains(TableId::entities_document_nouns, w); }

bool is_name_particle(std::string_view w) {
    const size_t dash = w.find('-');
    return lexicon::contains(TableId::entities_name_particles, dash == std::string_view::npos ? w : w.substr(0, dash));
}

const char* place_demonym(std::string_view w) {
    // the places the rules knew first (core/lexicon/entities_place_demonyms.tsv)
    const long known = lexicon::find_row(TableId::entities_place_demonyms, w);
    if (known >= 0) return lexicon::cell(TableId::entities_place_demonyms, static_cast<size_t>(known), 1).data();
    // the gazetteer (core/lexicon/entities_places.tsv): countries, capitals, US states
    const long row = lexicon::find_row(lexicon::TableId::entities_places, w);
    if (row >= 0) return lexicon::cell(lexicon::TableId::entities_places, static_cast<size_t>(row), 2).data();
    // other cities (core/lexicon/entities_cities.tsv): "Las Vegas", "Des Moines"; a city has no demonym
    return lexicon::contains(lexicon::TableId::entities_cities, w) ? "" : nullptr;
}

bool is_city(std::string_view w) { return lexicon::contains(lexicon::TableId::entities_cities, w); }

std::string demonym_place(std::string_view w) {
    // rows in name order, so "British" gives the first of Britain, U.K. and UK
    const lexicon::Table& places = lexicon::table(TableId::entities_place_demonyms);
    for (size_t row = 0; row < places.rows; ++row) {
        const std::string_view d = lexicon::cell(TableId::entities_place_demonyms, row, 1);
        if (d.size() != w.size() || d.empty()) continue;
        bool same = true;
        for (size_t k = 0; k < d.size() && same; ++k) same = (d[k] | 0x20) == w[k];
        if (!same) continue;
        std::string name(lexicon::cell(TableId::entities_place_demonyms, row, 0));
        for (size_t k = 0; k < name.size(); ++k)
            if (k == 0 || name[k - 1] == ' ') name[k] = static_cast<char>(name[k] - 'a' + 'A');
        return name;
    }
    const long row = lexicon::find_row(lexicon::TableId::entities_nationalities, w);
    if (row >= 0) return std::string(lexicon::cell(lexicon::TableId::entities_nationalities, static_cast<size_t>(row), 1));
    return {};
}

}  // namespace storylens::entities
