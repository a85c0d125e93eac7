// xml_scanner.hpp — a forgiving XML tokenizer for TimeML: tags, attributes and decoded text, with every
// well-formedness problem reported as a diagnostic and recovered from rather than thrown.
#pragma once
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "storylens/diagnostic.hpp"

namespace storylens::timeml {

struct XmlToken {
    enum class Kind { Text, Open, Close, Empty };  // Empty: <TAG .../>
    Kind kind = Kind::Text;
    std::string name;                                        // tag name
    std::vector<std::pair<std::string, std::string>> attributes;  // decoded values, in order
    std::string text;                                        // Kind::Text: decoded, line ends normalised, valid UTF-8
    size_t offset = 0;                                       // byte offset of the token in the input

    const std::string* attribute(std::string_view key) const;
};

class XmlScanner {
public:
    XmlScanner(std::string_view xml, Diagnostics& diagnostics) : xml_(xml), diagnostics_(diagnostics) {}
    bool next(XmlToken& token);  // false at the end of input
    void warn(size_t offset, const std::string& message);  // capped, so hostile input cannot flood the list

private:
    bool markup(XmlToken& token);
    bool tag(XmlToken& token);
    bool cut_off(XmlToken& token);
    void text_until_markup(XmlToken& token);
    void append_text(std::string& out, std::string_view raw);   // decodes entities and fixes UTF-8
    void append_raw(std::string& out, std::string_view raw);    // line ends and UTF-8 only (CDATA)
    bool skip_past(std::string_view terminator, const char* what);

    std::string_view xml_;
    Diagnostics& diagnostics_;
    size_t at_ = 0;
    size_t warnings_ = 0;
};

}  // namespace storylens::timeml
