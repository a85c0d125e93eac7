// tree.hpp — a light element tree from the token stream: enough structure to find the article and its blocks.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/html/tokenizer.hpp"

namespace storylens::html {

struct Child {
    bool is_text = false;
    uint32_t index = 0;  // into Tree::elements or Tree::texts
};

struct Element {
    std::string tag;  // lower-case; the document root is ""
    std::vector<Attribute> attributes;
    int parent = -1;
    std::vector<Child> children;
    uint32_t start = 0;  // offset of the start tag in the tokenized input

    const std::string* attribute(std::string_view name) const;
};

struct TextNode {
    std::string text;
    uint32_t start = 0;  // offset of the text in the tokenized input
    bool raw = false;    // content of script/style/title/textarea...
    int parent = 0;
};

// Elements in document order: a parent always comes before its children, element 0 is the document root.
struct Tree {
    std::vector<Element> elements;
    std::vector<TextNode> texts;
    size_t comments = 0;
    size_t flattened = 0;          // elements past kMaxDepth, kept as siblings instead of children
    uint32_t first_flattened = 0;  // input byte of the first of them
};

// Builds the tree with the parser's everyday repairs: void elements, implied </p> before blocks, </li> before
// <li>, end tags closing what they match and ignored when nothing matches. Nesting deeper than kMaxDepth is
// flattened so pathological input stays linear and shallow.
Tree build_tree(std::string_view html);

constexpr size_t kMaxDepth = 200;

bool is_void_element(std::string_view tag);

}  // namespace storylens::html
