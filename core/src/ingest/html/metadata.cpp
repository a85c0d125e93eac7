// metadata.cpp — the page's own statements about the article, in the order of how much they can be trusted.
#include "ingest/html/metadata.hpp"

#include <algorithm>
#include <initializer_list>
#include <map>
#include <vector>

#include "ingest/html/extract.hpp"
#include "ingest/html/json_ld.hpp"
#include "ingest/html/page_title.hpp"
#include "ingest/published_date.hpp"
#include "lexicon/lexicon.hpp"

namespace storylens::html {

namespace {

constexpr size_t kMaxBylineBytes = 120;

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + ('a' - 'A'));
    return out;
}

std::string collapse(std::string_view s) {
    std::string out;
    bool space = false;
    for (char c : s) {
        if (is_html_space(c)) { space = !out.empty(); continue; }
        if (space) out.push_back(' ');
        space = false;
        out.push_back(c);
    }
    return out;
}

bool has_word(std::string_view list, std::string_view word) {
    const std::string l = lower(list);
    size_t at = 0;
    while ((at = l.find(word, at)) != std::string::npos) {
        const size_t end = at + word.size();
        if ((at == 0 || is_html_space(l[at - 1])) && (end == l.size() || is_html_space(l[end]))) return true;
        at = end;
    }
    return false;
}

// "By Jane Doe" -> "Jane Doe", "Written by Ann Lee" -> "Ann Lee": a byline prefix of one or two words (lexicon).
std::string strip_by(std::string s) {
    size_t end = 0;
    for (int words = 0; words < 2; ++words) {
        const size_t space = s.find(' ', end);
        if (space == std::string::npos) break;
        if (lexicon::contains(lexicon::TableId::byline_prefixes, lower(std::string_view(s).substr(0, space)))) {
            s.erase(0, space + 1);
            return s;
        }
        end = space + 1;
    }
    return s;
}

bool inside(const Tree& tree, size_t element, int ancestor) {
    for (int e = static_cast<int>(element); e >= 0; e = tree.elements[static_cast<size_t>(e)].parent)
        if (e == ancestor) return true;
    return false;
}

std::string raw_content(const Tree& tree, size_t element) {
    std::string out;
    for (const Child& c : tree.elements[element].children)
        if (c.is_text) out += tree.texts[c.index].text;
    return out;
}

// Meta tags by key: property="a b" gives keys a and b, name="DC.creator" the key "dc:creator" (dots as colons, the
// way Dublin Core is written both ways), itemprop its own. A property value beats a name one for the same key
// (Open Graph and RDFa are written as properties); repeated keys keep every value ("DC.Creator" per author).
struct MetaValues {
    std::map<std::string, std::vector<std::string>> by_property, by_name;

    const std::vector<std::string>* find(std::string_view key) const {
        for (const auto* m : {&by_property, &by_name})
            if (const auto it = m->find(std::string(key)); it != m->end()) return &it->second;
        return nullptr;
    }
    std::string first(std::initializer_list<std::string_view> keys) const {
        for (std::string_view k : keys)
            if (const auto* v = find(k)) return v->front();
        return "";
    }
    std::string first_with_key(std::initializer_list<std::string_view> keys, std::string& key_found) const {
        for (std::string_view k : keys)
            if (const auto* v = find(k)) { key_found = std::string(k); return v->front(); }
        return "";
    }
};

struct Candidates {
    std::string first_h1, title;
    std::vector<std::string> headings, h1s;  // <h1>/<h2> texts, <h1> texts
    std::string time_in_root, time_marked;
    std::string rel_author, byline_class, microdata_author;
    std::string canonical;
    MetaValues meta;
    JsonLdFields json_ld;
};

std::vector<std::string> split_words(std::string_view s) {
    std::vector<std::string> out;
    std::string word;
    for (char c : s) {
        if (is_html_space(c)) { if (!word.empty()) out.push_back(std::move(word)); word.clear(); }
        else word.push_back(c);
    }
    if (!word.empty()) out.push_back(std::move(word));
    return out;
}

void read_meta(const Element& e, MetaValues& meta) {
    const std::string* content = e.attribute("content");
    if (!content) return;
    const std::string value = collapse(*content);
    if (value.empty()) return;
    const auto add = [&](std::map<std::string, std::vector<std::string>>& m, std::string key) {
        std::vector<std::string>& values = m[std::move(key)];
        if (std::find(values.begin(), values.end(), value) == values.end()) values.push_back(value);
    };
    if (const std::string* property = e.attribute("property"))
        for (const std::string& key : split_words(lower(*property))) add(meta.by_property, key);
    for (const char* attr : {"name", "itemprop"})
        if (const std::string* v = e.attribute(attr)) {
            std::string key = lower(collapse(*v));
            std::replace(key.begin(), key.end(), '.', ':');
            if (!key.empty()) add(meta.by_name, key);
        }
}

// All the values of the first key present, joined ("Kooman, F., Jong, Michiel de"); URLs are not names.
std::string authors_from_meta(const MetaValues& meta, std::initializer_list<std::string_view> keys) {
    for (std::string_view k : keys) {
        const auto* values = meta.find(k);
        if (!values) continue;
        std::string out;
        for (const std::string& v : *values)
            if (v.compare(0, 4, "http") != 0 && v.front() != '@') out += (out.empty() ? "" : ", ") + v;
        if (!out.empty()) return out;
    }
    return "";
}

// The itemprop="name" inside an itemprop="author" item, else the item's own short text.
std::string microdata_name(const Tree& tree, size_t item) {
    const size_t end = tree.elements.size();
    for (size_t e = item + 1; e < end && inside(tree, e, static_cast<int>(item)); ++e) {
        const std::string* prop = tree.elements[e].attribute("itemprop");
        if (prop && has_word(*prop, "name")) {
            if (const std::string* c = tree.elements[e].attribute("content")) return collapse(*c);
            return element_text(tree, static_cast<int>(e), true);
        }
    }
    return element_text(tree, static_cast<int>(item), true);
}

}  // namespace

PageMetadata read_metadata(const Tree& tree, int content_root, Diagnostics& diagnostics) {
    Candidates c;
    for (size_t e = 1; e < tree.elements.size(); ++e) {
        const Element& el = tree.elements[e];
        if (el.tag == "meta") {
            read_meta(el, c.meta);
        } else if (el.tag == "title" && c.title.empty()) {
            c.title = collapse(raw_content(tree, e));
        } else if (el.tag == "h1" || el.tag == "h2") {
            std::string heading = element_text(tree, static_cast<int>(e), true);
            if (el.tag == "h1" && c.first_h1.empty()) c.first_h1 = heading;
            if (el.tag == "h1") c.h1s.push_back(heading);
            c.headings.push_back(std::move(heading));
        } else if (el.tag == "link" || el.tag == "a") {
            const std::string* rel = el.attribute("rel");
            const std::string* href = el.attribute("href");
            if (rel && href && has_word(*rel, "canonical") && c.canonical.empty()) c.canonical = collapse(*href);
            if (rel && el.tag == "a" && has_word(*rel, "author") && c.rel_author.empty())
                c.rel_author = strip_by(element_text(tree, static_cast<int>(e)));
        } else if (el.tag == "time") {
            const std::string* datetime = el.attribute("datetime");
            if (!datetime) continue;
            const std::string* itemprop = el.attribute("itemprop");
            if (c.time_marked.empty() && (el.attribute("pubdate") || (itemprop && lower(*itemprop) == "datepublished")))
                c.time_marked = *datetime;
            if (c.time_in_root.empty() && content_root > 0 && inside(tree, e, content_root)) c.time_in_root = *datetime;
        } else if (el.tag == "script") {
            const std::string* type = el.attribute("type");
            if (type && lower(*type).find("ld+json") != std::string::npos)
                read_json_ld(raw_content(tree, e), el.start, c.json_ld, diagnostics);
        }
        if (c.microdata_author.empty() && el.tag != "meta")
            if (const std::string* prop = el.attribute("itemprop"); prop && has_word(*prop, "author")) {
                c.microdata_author = strip_by(microdata_name(tree, e));
                if (c.microdata_author.size() > kMaxBylineBytes) c.microdata_author.clear();
            }
        if (c.byline_class.empty() && el.tag != "meta" && el.tag != "body" && el.tag != "article") {
            const std::string* cls = el.attribute("class");
            if (cls && (has_word(*cls, "byline") || has_word(*cls, "author") || has_word(*cls, "author-name")))
                c.byline_class = strip_by(element_text(tree, static_cast<int>(e), true));
            if (c.byline_class.size() > kMaxBylineBytes) c.byline_class.clear();  // a container, not a byline
        }
    }

    PageMetadata m;
    m.title = c.title;
    // Headline: the article's structured data, then the social-card titles, then the <title> without its site
    // name, then the first <h1>.
    const std::string cleaned_title = c.title.empty() ? "" : headline_from_title(c.title, c.headings, c.h1s);
    // A JSON-LD "name" that the <title> shows, where "headline" differs, is the headline ("headline" a summary).
    const bool name_is_title = !c.json_ld.name.empty() && c.json_ld.name != c.json_ld.headline &&
                               c.title.find(c.json_ld.name) != std::string::npos &&
                               c.title.find(c.json_ld.headline) == std::string::npos;
    const std::string& json_ld_headline = name_is_title ? c.json_ld.name : c.json_ld.headline;
    for (const std::string& h : {json_ld_headline, c.meta.first({"dc:title", "dcterm:title", "dcterms:title"}),
                                 c.meta.first({"og:title", "twitter:title", "parsely-title"}), cleaned_title, c.first_h1})
        if (m.headline.empty()) m.headline = collapse(h);
    // Dates: JSON-LD, the meta tags (the most specific names first), then a <time> marked or in the article.
    // Unreadable ones are reported and the next source is tried.
    std::string meta_key;
    const std::string meta_date = c.meta.first_with_key(
        {"article:published_time", "article:published", "datepublished", "parsely-pub-date", "og:published_time",
         "dc:date:issued", "dcterms:issued", "dc:date", "dcterms:date", "dcterms:created", "date", "pubdate",
         "publishdate", "publish-date", "publish_date", "sailthru:date"},
        meta_key);
    const std::pair<const std::string*, std::string> dates[] = {
        {&c.json_ld.date_published, "JSON-LD datePublished"},
        {&meta_date, "meta " + meta_key},
        {&c.time_marked, "<time pubdate>"},
        {&c.time_in_root, "<time datetime> in the article"},
    };
    for (const auto& [written, from] : dates) {
        if (written->empty() || !m.published.empty()) continue;
        m.published = normalize_published(*written);
        if (m.published.empty())
            diagnostics.push_back({Level::Warning, "html.date_unreadable",
                "the publication date '" + written->substr(0, 60) + "' (" + from + ") is not a date", -1});
        else
            m.published_from = from;
    }
    // Bylines: JSON-LD, Dublin Core, the author metas, then the page's own marks (microdata, rel=author, a
    // byline class).
    const std::string meta_author = authors_from_meta(
        c.meta, {"dc:creator", "dcterm:creator", "dcterms:creator", "author", "parsely-author", "article:author",
                 "byl", "sailthru:author"});
    for (const std::string& a : {c.json_ld.author, meta_author, c.microdata_author, c.rel_author, c.byline_class})
        if (m.byline.empty()) m.byline = strip_by(collapse(a));
    for (const std::string& u : {c.meta.first({"og:url"}), c.canonical, c.json_ld.url})
        if (m.url.empty()) m.url = collapse(u);
    return m;
}

}  // namespace storylens::html
