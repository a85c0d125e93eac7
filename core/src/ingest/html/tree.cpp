// tree.cpp — tree construction, simplified from the WHATWG "in body" insertion mode.
#include "ingest/html/tree.hpp"

#include <algorithm>
#include <optional>
#include <unordered_map>
#include "lexicon/lexicon.hpp"

namespace storylens::html {

namespace {

bool belongs_in_head(std::string_view tag) {
    return lexicon::contains(lexicon::TableId::ingest_html_head_tags, tag);
}

bool is_heading(std::string_view tag) { return tag.size() == 2 && tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6'; }

// Start tags that close an open <p> (WHATWG "in body": address, article, ... ul).
bool closes_paragraph(std::string_view tag) {
    return is_heading(tag) ||
           lexicon::contains(lexicon::TableId::ingest_html_paragraph_closers, tag);
}

// Elements a search for an implied end tag does not cross.
bool is_scope_boundary(std::string_view tag) {
    return tag.empty() || lexicon::contains(lexicon::TableId::ingest_html_scope_boundaries, tag);
}

constexpr size_t kScopeSearchLimit = 64;  // implied end tags look this far down the stack, keeping it linear

class TreeBuilder {
public:
    explicit TreeBuilder(Tree& tree) : tree_(tree) {
        tree_.elements.emplace_back();
        stack_.push_back(0);
    }

    void start_tag(Token& token) {
        const std::string& tag = token.name;
        if (current_tag() == "head" && !belongs_in_head(tag)) pop();  // "<body>" or any content ends the head
        if ((tag == "html" || tag == "body" || tag == "head") && seen_[tag] > 0) return;
        if (closes_paragraph(tag)) close_in_scope("p", std::nullopt);
        if (tag == "li") close_in_scope("li", lexicon::TableId::ingest_html_list_item_stops);
        if (tag == "dd" || tag == "dt") {
            close_in_scope("dd", lexicon::TableId::ingest_html_definition_stops);
            close_in_scope("dt", lexicon::TableId::ingest_html_definition_stops);
        }
        if (tag == "td" || tag == "th") {
            close_in_scope("td", lexicon::TableId::ingest_html_cell_stops);
            close_in_scope("th", lexicon::TableId::ingest_html_cell_stops);
        }
        if (tag == "tr") close_in_scope("tr", lexicon::TableId::ingest_html_row_stops);
        if (tag == "option" && current_tag() == "option") pop();
        if (tag == "a") close_in_scope("a", std::nullopt);
        if (is_heading(tag) && is_heading(current_tag())) pop();

        const uint32_t index = static_cast<uint32_t>(tree_.elements.size());
        Element& element = tree_.elements.emplace_back();
        element.tag = tag;
        element.attributes = std::move(token.attributes);
        element.parent = static_cast<int>(stack_.back());
        element.start = static_cast<uint32_t>(token.start);
        tree_.elements[stack_.back()].children.push_back({false, index});
        if (tag == "html" || tag == "head" || tag == "body") ++seen_[tag];

        const bool foreign = open_count("svg") + open_count("math") > 0 || tag == "svg" || tag == "math";
        if (is_void_element(tag) || (token.self_closing && foreign)) return;
        if (stack_.size() >= kMaxDepth) {
            if (tree_.flattened++ == 0) tree_.first_flattened = element.start;
            return;
        }
        stack_.push_back(index);
        ++open_[tag];
    }

    void end_tag(Token& token) {
        const std::string& tag = token.name;
        if (tag == "br") {  // "</br>" is read as "<br>"
            token.attributes.clear();
            start_tag(token);
            return;
        }
        if (tag == "html" || tag == "body") return;  // content after </body> stays in the body
        std::string_view target = tag;
        if (is_heading(tag) && open_count(tag) == 0) {  // "</h2>" closes an open <h3>
            for (size_t k = stack_.size(); k-- > 1 && stack_.size() - k <= kScopeSearchLimit;)
                if (is_heading(tree_.elements[stack_[k]].tag)) { target = tree_.elements[stack_[k]].tag; break; }
        }
        if (open_count(target) == 0) return;  // nothing to close: ignored
        const std::string close(target);
        while (stack_.size() > 1) {
            const bool done = tree_.elements[stack_.back()].tag == close;
            pop();
            if (done) break;
        }
    }

    void text(Token& token) {
        if (current_tag() == "head" && !token.raw &&
            std::any_of(token.text.begin(), token.text.end(), [](char c) { return !is_html_space(c); }))
            pop();  // text cannot be in the head: the body has begun
        const uint32_t index = static_cast<uint32_t>(tree_.texts.size());
        TextNode& node = tree_.texts.emplace_back();
        node.text = token.text;
        node.start = static_cast<uint32_t>(token.start);
        node.raw = token.raw;
        node.parent = static_cast<int>(stack_.back());
        tree_.elements[stack_.back()].children.push_back({true, index});
    }

private:
    int open_count(std::string_view tag) const {
        const auto it = open_.find(std::string(tag));
        return it == open_.end() ? 0 : it->second;
    }

    std::string_view current_tag() const { return tree_.elements[stack_.back()].tag; }

    void pop() {
        --open_[tree_.elements[stack_.back()].tag];
        stack_.pop_back();
    }

    // Closes the nearest open `tag` unless a scope boundary or an element of the `stops` table comes first.
    void close_in_scope(std::string_view tag, std::optional<lexicon::TableId> stops) {
        if (open_count(tag) == 0) return;
        for (size_t k = stack_.size(); k-- > 1 && stack_.size() - k <= kScopeSearchLimit;) {
            const std::string& at = tree_.elements[stack_[k]].tag;
            if (at == tag) {
                while (stack_.size() > k) pop();
                return;
            }
            if (is_scope_boundary(at) || (stops && lexicon::contains(*stops, at))) return;
        }
    }

    Tree& tree_;
    std::vector<uint32_t> stack_;
    std::unordered_map<std::string, int> open_;
    std::unordered_map<std::string, int> seen_;  // html, head and body are made once
};

}  // namespace

const std::string* Element::attribute(std::string_view wanted) const {
    for (const Attribute& a : attributes)
        if (a.name == wanted) return &a.value;
    return nullptr;
}

bool is_void_element(std::string_view tag) {
    return lexicon::contains(lexicon::TableId::ingest_html_void_elements, tag);
}

Tree build_tree(std::string_view html) {
    Tree tree;
    TreeBuilder builder(tree);
    Tokenizer tokenizer(html);
    Token token;
    while (tokenizer.next(token)) {
        switch (token.kind) {
            case TokenKind::StartTag: builder.start_tag(token); break;
            case TokenKind::EndTag: builder.end_tag(token); break;
            case TokenKind::Text: builder.text(token); break;
            case TokenKind::Comment: ++tree.comments; break;
            case TokenKind::Doctype: break;
        }
    }
    return tree;
}

}  // namespace storylens::html
