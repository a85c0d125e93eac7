// extract.cpp — picks the content root (<article>, <main>, else the densest paragraphs) and writes its blocks.
#include "ingest/html/extract.hpp"

#include <algorithm>

#include "ingest/html/boilerplate.hpp"
#include "ingest/html/text_builder.hpp"

namespace storylens::html {

namespace {

constexpr size_t kMaxFurnitureExamples = 4;
constexpr size_t kMinContentBytes = 200;
constexpr size_t kMaxPhraseBytes = 48;    // blocks this short are checked against the boilerplate phrases  // a furniture-named element needs this much paragraph text to be content

size_t visible_bytes(std::string_view text) {
    size_t n = 0;
    for (char c : text) n += !is_html_space(c);
    return n;
}

// Per-element sizes, summed bottom-up (children always have larger indexes than their parent).
struct Sizes {
    std::vector<size_t> text;       // non-space bytes of page text in the subtree
    std::vector<size_t> links;      // ... of it inside <a>
    std::vector<size_t> paragraph;  // ... of it inside <p>
};

// A <p>, or a <div>/<section>/<td> holding only inline content and text: pages that write their paragraphs as
// divs ("<div>One.</div><div>Two.</div>") or as br-separated text get scored like pages of <p>s.
std::vector<bool> paragraph_like(const Tree& tree) {
    const size_t n = tree.elements.size();
    std::vector<bool> has_text(n, false), has_block(n, false), out(n, false);
    for (const TextNode& t : tree.texts)
        if (!t.raw && visible_bytes(t.text) > 0) has_text[static_cast<size_t>(t.parent)] = true;
    for (size_t e = n; e-- > 1;) {
        const Element& el = tree.elements[e];
        if (is_non_content(el.tag)) { has_text[e] = has_block[e] = false; continue; }
        if (el.tag == "p") out[e] = true;
        else if (el.tag == "div" || el.tag == "section" || el.tag == "td") out[e] = has_text[e] && !has_block[e];
        const size_t parent = static_cast<size_t>(el.parent);
        has_text[parent] = has_text[parent] || has_text[e];
        has_block[parent] = has_block[parent] || has_block[e] || is_block(el.tag);
    }
    return out;
}

Sizes measure(const Tree& tree, const std::vector<bool>& paragraph) {
    const size_t n = tree.elements.size();
    Sizes s{std::vector<size_t>(n, 0), std::vector<size_t>(n, 0), std::vector<size_t>(n, 0)};
    for (const TextNode& t : tree.texts)
        if (!t.raw && !is_non_content(tree.elements[t.parent].tag)) s.text[t.parent] += visible_bytes(t.text);
    for (size_t e = n; e-- > 1;) {
        const Element& el = tree.elements[e];
        if (is_non_content(el.tag)) { s.text[e] = s.links[e] = s.paragraph[e] = 0; continue; }
        if (el.tag == "a") s.links[e] = s.text[e];
        if (paragraph[e]) s.paragraph[e] = s.text[e];
        const size_t parent = static_cast<size_t>(el.parent);
        s.text[parent] += s.text[e];
        s.links[parent] += s.links[e];
        s.paragraph[parent] += s.paragraph[e];
    }
    return s;
}

class Extractor {
public:
    Extractor(const Tree& tree, const CleanInput& input) : tree_(tree), input_(input), paragraph_(paragraph_like(tree)), sizes_(measure(tree, paragraph_)) {}

    Extraction run() {
        mark_furniture();
        choose_root();
        walk(out_.root);
        out_.text = builder_.take_text();
        out_.mapping = builder_.take_mapping();
        const size_t root_bytes = sizes_.text[static_cast<size_t>(out_.root)];
        out_.page_bytes = sizes_.text[0];
        out_.outside_bytes = sizes_.text[0] > root_bytes ? sizes_.text[0] - root_bytes : 0;
        return std::move(out_);
    }

private:
    // A furniture-named element holding most of the paragraphs is the content itself ("article-body
    // has-related-links"): names only count for elements with less than half of the reference's paragraph text.
    bool named_furniture_counts(size_t e, size_t reference) const {
        return sizes_.paragraph[e] < kMinContentBytes || sizes_.paragraph[e] * 2 < sizes_.paragraph[reference];
    }

    // schema.org microdata naming the article body (itemprop="articleBody"): the page says where its story is.
    static bool marks_article_body(const Element& el) {
        const std::string* itemprop = el.attribute("itemprop");
        if (!itemprop) return false;
        std::string v;
        for (char c : *itemprop) v.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c);
        return v.find("articlebody") != std::string::npos;
    }

    void mark_furniture() {
        const size_t n = tree_.elements.size();
        kind_.assign(n, Furniture::None);
        in_furniture_.assign(n, false);
        // Class names around a marked article body ("widget Blog") do not make it furniture.
        std::vector<bool> holds_body(n, false);
        for (size_t e = n; e-- > 1;) {
            if (marks_article_body(tree_.elements[e]) && sizes_.text[e] > 0) holds_body[e] = true;
            if (holds_body[e]) holds_body[static_cast<size_t>(tree_.elements[e].parent)] = true;
        }
        for (size_t e = 1; e < n; ++e) {
            kind_[e] = holds_body[e] && furniture_kind(tree_.elements[e]) == Furniture::ByName ? Furniture::None
                                                                                                : furniture_kind(tree_.elements[e]);
            const bool self = kind_[e] == Furniture::ByTag || is_non_content(tree_.elements[e].tag) ||
                              (kind_[e] == Furniture::ByName && named_furniture_counts(e, 0));
            in_furniture_[e] = self || in_furniture_[static_cast<size_t>(tree_.elements[e].parent)];
        }
    }

    // The largest candidate with the given tag (or ARIA role) outside furniture, by paragraph text.
    int largest(std::string_view tag, std::string_view role) const {
        int best = -1;
        for (size_t e = 1; e < tree_.elements.size(); ++e) {
            const Element& el = tree_.elements[e];
            const std::string* r = el.attribute("role");
            if (in_furniture_[e] || !(el.tag == tag || (r && *r == role))) continue;
            if (best < 0 || sizes_.paragraph[e] > sizes_.paragraph[static_cast<size_t>(best)]) best = static_cast<int>(e);
        }
        return best;
    }

    void choose_root() {
        // A candidate must hold a fair share of the page's paragraphs: a teaser <article> card is not the story.
        size_t page_paragraphs = 0;
        for (size_t e = 1; e < tree_.elements.size(); ++e)
            if (paragraph_[e] && !in_furniture_[e]) page_paragraphs += sizes_.paragraph[e];
        const auto good = [&](int e) {
            return e > 0 && sizes_.paragraph[static_cast<size_t>(e)] > 0 &&
                   sizes_.paragraph[static_cast<size_t>(e)] * 4 >= page_paragraphs;
        };
        int body = -1;
        for (size_t e = 1; e < tree_.elements.size(); ++e)
            if (!in_furniture_[e] && marks_article_body(tree_.elements[e]) &&
                (body < 0 || sizes_.text[e] > sizes_.text[static_cast<size_t>(body)]))
                body = static_cast<int>(e);
        // ... when it holds a story's worth of text, or most of the page's (an empty or stray marker is ignored).
        if (body > 0 && (sizes_.text[static_cast<size_t>(body)] >= kMinContentBytes ||
                         sizes_.text[static_cast<size_t>(body)] * 2 >= sizes_.text[0])) {
            set_root(body, "itemprop=articleBody (" + describe(tree_.elements[static_cast<size_t>(body)]) + ")");
            return;
        }
        if (const int article = largest("article", "article"); good(article)) {
            set_root(article, "<article>");
            return;
        }
        if (const int main = largest("main", "main"); good(main)) {
            set_root(main, "<main>");
            return;
        }
        // Densest paragraphs: each <p> scores its parent fully and its grandparent half; links count against.
        std::vector<double> score(tree_.elements.size(), 0.0);
        for (size_t e = 1; e < tree_.elements.size(); ++e) {
            if (!paragraph_[e] || in_furniture_[e]) continue;
            const size_t parent = static_cast<size_t>(tree_.elements[e].parent);
            score[parent] += static_cast<double>(sizes_.text[e]);
            if (parent != 0) score[static_cast<size_t>(tree_.elements[parent].parent)] += sizes_.text[e] / 2.0;
        }
        int best = -1;
        double best_score = 0;
        for (size_t e = 0; e < score.size(); ++e) {
            if (score[e] <= 0) continue;
            const double link_density = sizes_.text[e] ? double(sizes_.links[e]) / double(sizes_.text[e]) : 0.0;
            const double adjusted = score[e] * (1.0 - link_density);
            if (adjusted > best_score) { best_score = adjusted; best = static_cast<int>(e); }
        }
        if (best >= 0) {
            set_root(best, "densest paragraphs (" + describe(tree_.elements[static_cast<size_t>(best)]) + ")");
            return;
        }
        set_root(0, "whole page");
    }

    void set_root(int root, std::string rule) {
        out_.root = root;
        out_.root_rule = std::move(rule);
    }

    bool left_out(size_t e) {
        const Element& el = tree_.elements[e];
        if (is_non_content(el.tag)) {
            ++out_.non_content_elements;
            return true;
        }
        const bool furniture = kind_[e] == Furniture::ByTag ||
                               (kind_[e] == Furniture::ByName && named_furniture_counts(e, static_cast<size_t>(out_.root)));
        if (!furniture && is_block(el.tag) && sizes_.text[e] > 0 && sizes_.text[e] <= kMaxPhraseBytes &&
            is_boilerplate_phrase(element_text(tree_, static_cast<int>(e))))
            return count_furniture(el);
        if (!furniture) return false;
        return count_furniture(el);
    }

    bool count_furniture(const Element& el) {
        const size_t e = static_cast<size_t>(&el - tree_.elements.data());
        if (sizes_.text[e] > 0) {
            ++out_.furniture_blocks;
            if (out_.furniture_examples.size() < kMaxFurnitureExamples) out_.furniture_examples.push_back(describe(el));
        }
        return true;
    }

    void walk(int element) {
        const Element& el = tree_.elements[static_cast<size_t>(element)];
        const bool block = is_block(el.tag);
        const bool pre = el.tag == "pre" || el.tag == "listing" || el.tag == "plaintext";
        if (block) builder_.end_block();
        if (pre) ++preformatted_;
        for (const Child& child : el.children) {
            if (child.is_text) {
                const TextNode& t = tree_.texts[child.index];
                if (t.raw) continue;
                builder_.append(t.text, input_.origin(t.start), preformatted_ > 0);
                continue;
            }
            const Element& c = tree_.elements[child.index];
            if (c.tag == "br") { builder_.line_break(); continue; }
            if (c.tag == "hr") { builder_.end_block(); continue; }
            if (left_out(child.index)) continue;
            // The leading <h1> is the headline: kept in Source::headline, so the text starts with the story (and
            // its dateline, which is only recognised at the start).
            if (c.tag == "h1" && builder_.empty() && out_.title_heading.empty() && sizes_.text[child.index] > 0) {
                walk_title_heading(child.index);
                continue;
            }
            walk(static_cast<int>(child.index));
        }
        if (pre) --preformatted_;
        if (block) builder_.end_block();
    }

    // The headline's own words are left out; blocks inside it stay (an unclosed "<h1>Title<p>..." holds the
    // whole story in browsers too).
    void walk_title_heading(size_t heading) {
        TextBuilder title;
        for (const Child& child : tree_.elements[heading].children) {
            if (child.is_text) {
                if (!tree_.texts[child.index].raw) title.append(tree_.texts[child.index].text, 0, false);
            } else if (is_block(tree_.elements[child.index].tag)) {
                if (!left_out(child.index)) walk(static_cast<int>(child.index));
            } else if (!is_non_content(tree_.elements[child.index].tag)) {
                title.append(element_text(tree_, static_cast<int>(child.index), true), 0, false);
            }
        }
        out_.title_heading = title.take_text();
    }

    const Tree& tree_;
    const CleanInput& input_;
    std::vector<bool> paragraph_;
    Sizes sizes_;
    std::vector<Furniture> kind_;
    std::vector<bool> in_furniture_;
    TextBuilder builder_;
    int preformatted_ = 0;
    Extraction out_;
};

void collect_text(const Tree& tree, int element, bool inline_only, TextBuilder& builder) {
    for (const Child& child : tree.elements[static_cast<size_t>(element)].children) {
        if (child.is_text) {
            if (!tree.texts[child.index].raw) builder.append(tree.texts[child.index].text, 0, false);
            continue;
        }
        const std::string& tag = tree.elements[child.index].tag;
        if (is_non_content(tag) || (inline_only && is_block(tag))) continue;
        if (tag == "br") builder.line_break();
        collect_text(tree, static_cast<int>(child.index), inline_only, builder);
    }
}

}  // namespace

bool drop_leading_paragraph(Extraction& x, std::string_view paragraph) {
    if (paragraph.empty()) return false;
    const size_t end = x.text.find("\n\n");
    if (std::string_view(x.text).substr(0, end) != paragraph || end == std::string::npos) return false;
    const uint32_t cut = static_cast<uint32_t>(end + 2);
    x.text.erase(0, cut);
    std::vector<SourceMapping> kept;
    for (SourceMapping m : x.mapping) {
        if (m.text.end <= cut) continue;
        const uint32_t skipped = m.text.start < cut ? cut - m.text.start : 0;
        kept.push_back({{m.text.start + skipped - cut, m.text.end - cut}, m.origin + skipped});
    }
    x.mapping = std::move(kept);
    return true;
}

Extraction extract_main_content(const Tree& tree, const CleanInput& input) {
    return Extractor(tree, input).run();
}

std::string element_text(const Tree& tree, int element, bool inline_only) {
    TextBuilder builder;
    collect_text(tree, element, inline_only, builder);
    return builder.take_text();
}

}  // namespace storylens::html
