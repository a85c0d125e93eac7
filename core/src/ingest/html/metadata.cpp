// metadata.cpp — the page's own statements about the article, in the order of how much they can be trusted.
#include "ingest/html/metadata.hpp"

#include <algorithm>
#include <initializer_list>

#include "ingest/html/extract.hpp"
#include "ingest/html/json_ld.hpp"
#include "ingest/published_date.hpp"

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

// "By Jane Doe" -> "Jane Doe".
std::string strip_by(std::string s) {
    if (s.size() > 3 && (s.compare(0, 3, "By ") == 0 || s.compare(0, 3, "by ") == 0 || s.compare(0, 3, "BY ") == 0))
        s.erase(0, 3);
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

struct Candidates {
    std::string og_title, first_h1, title;
    std::string meta_date, meta_date_source, time_in_root, time_marked, microdata_date;
    std::string meta_author, rel_author, byline_class;
    std::string og_url, canonical;
    JsonLdFields json_ld;
};

void read_meta(const Element& e, Candidates& c) {
    const std::string* content = e.attribute("content");
    if (!content) return;
    std::string key;
    for (const char* attr : {"property", "name", "itemprop"})
        if (const std::string* v = e.attribute(attr); v && key.empty()) key = lower(*v);
    const std::string value = collapse(*content);
    if (value.empty()) return;
    if (key == "og:title" && c.og_title.empty()) c.og_title = value;
    else if (key == "og:url" && c.og_url.empty()) c.og_url = value;
    else if (key == "author" && c.meta_author.empty() && value.compare(0, 4, "http") != 0) c.meta_author = value;
    else if (key == "datepublished" && c.microdata_date.empty()) c.microdata_date = value;
    else if (key == "article:published_time" && (c.meta_date_source != key)) {
        c.meta_date = value;  // the most specific name wins over the generic ones below
        c.meta_date_source = key;
    } else if (c.meta_date.empty() &&
               (key == "date" || key == "pubdate" || key == "publishdate" || key == "publish-date" ||
                key == "dc.date" || key == "dc.date.issued" || key == "dcterms.date" || key == "dcterms.created" ||
                key == "sailthru.date" || key == "parsely-pub-date")) {
        c.meta_date = value;
        c.meta_date_source = key;
    }
}

}  // namespace

PageMetadata read_metadata(const Tree& tree, int content_root, Diagnostics& diagnostics) {
    Candidates c;
    for (size_t e = 1; e < tree.elements.size(); ++e) {
        const Element& el = tree.elements[e];
        if (el.tag == "meta") {
            read_meta(el, c);
        } else if (el.tag == "title" && c.title.empty()) {
            c.title = collapse(raw_content(tree, e));
        } else if (el.tag == "h1" && c.first_h1.empty()) {
            c.first_h1 = element_text(tree, static_cast<int>(e), true);
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
        if (c.byline_class.empty() && el.tag != "meta" && el.tag != "body" && el.tag != "article") {
            const std::string* cls = el.attribute("class");
            if (cls && (has_word(*cls, "byline") || has_word(*cls, "author") || has_word(*cls, "author-name")))
                c.byline_class = strip_by(element_text(tree, static_cast<int>(e), true));
            if (c.byline_class.size() > kMaxBylineBytes) c.byline_class.clear();  // a container, not a byline
        }
    }

    PageMetadata m;
    m.title = c.title;
    for (const std::string* h : {&c.og_title, &c.first_h1, &c.json_ld.headline, &c.title})
        if (m.headline.empty()) m.headline = collapse(*h);
    // Dates: meta tags, then JSON-LD and microdata, then a <time> in the article. Unreadable ones are reported
    // and the next source is tried.
    const std::pair<const std::string*, std::string> dates[] = {
        {&c.meta_date, "meta " + c.meta_date_source},
        {&c.json_ld.date_published, "JSON-LD datePublished"},
        {&c.microdata_date, "itemprop datePublished"},
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
    for (const std::string* a : {&c.meta_author, &c.json_ld.author, &c.rel_author, &c.byline_class})
        if (m.byline.empty()) m.byline = collapse(*a);
    for (const std::string* u : {&c.og_url, &c.canonical, &c.json_ld.url})
        if (m.url.empty()) m.url = collapse(*u);
    return m;
}

}  // namespace storylens::html
