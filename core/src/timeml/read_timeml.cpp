// read_timeml.cpp — TimeML documents into plain text plus gold TIMEX3 and EVENT spans (see timeml.hpp).
#include <algorithm>

#include "storylens/analysis.hpp"
#include "storylens/timeml.hpp"
#include "timeml/xml_scanner.hpp"

namespace storylens {

namespace {

using timeml::XmlToken;

std::string attribute_or_empty(const XmlToken& t, std::string_view key) {
    const std::string* v = t.attribute(key);
    return v ? *v : std::string();
}

// An element open in the document, and where its gold tag lives when it is one.
struct OpenElement {
    std::string name;
    int timex = -1;  // index into TimemlDocument::timexes
    int event = -1;  // index into TimemlDocument::events
};

class Reader {
public:
    Reader(std::string_view xml, Result<TimemlDocument>& out) : scanner_(xml, out.diagnostics), out_(out) {}

    void run() {
        XmlToken token;
        while (scanner_.next(token)) {
            switch (token.kind) {
                case XmlToken::Kind::Text: text(token); break;
                case XmlToken::Kind::Open: open(token, false); break;
                case XmlToken::Kind::Empty: open(token, true); break;
                case XmlToken::Kind::Close: close(token); break;
            }
        }
        if (!stack_.empty()) {
            scanner_.warn(token.offset, "<" + stack_.back().name + "> and " + std::to_string(stack_.size() - 1) +
                                            " enclosing elements are never closed");
            while (!stack_.empty()) pop();
        }
        if (!seen_text_)
            out_.diagnostics.push_back({Level::Error, "timeml.no_text", "the document has no <TEXT> element", -1});
    }

private:
    bool inside(std::string_view name) const {
        return std::any_of(stack_.begin(), stack_.end(), [&](const OpenElement& e) { return e.name == name; });
    }

    void text(const XmlToken& t) {
        TimemlDocument& d = out_.value;
        if (inside("TEXT")) d.text += t.text;
        else if (inside("DOCID")) d.docid += t.text;
    }

    void open(const XmlToken& t, bool empty) {
        TimemlDocument& d = out_.value;
        OpenElement element{t.name};
        const uint32_t here = static_cast<uint32_t>(d.text.size());
        if (t.name == "TEXT") {
            if (seen_text_) scanner_.warn(t.offset, "a second <TEXT> element continues the first");
            seen_text_ = true;
        } else if (t.name == "TIMEX3" && inside("DCT")) {
            if (d.dct.empty()) d.dct = attribute_or_empty(t, "value");
        } else if (t.name == "TIMEX3" && inside("TEXT")) {
            element.timex = static_cast<int>(d.timexes.size());
            d.timexes.push_back({attribute_or_empty(t, "tid"), {here, here}, attribute_or_empty(t, "type"),
                                 attribute_or_empty(t, "value"), attribute_or_empty(t, "mod")});
        } else if (t.name == "EVENT" && inside("TEXT")) {
            element.event = static_cast<int>(d.events.size());
            d.events.push_back({attribute_or_empty(t, "eid"), {here, here}, attribute_or_empty(t, "class")});
        }
        stack_.push_back(std::move(element));
        if (empty) pop();
    }

    void close(const XmlToken& t) {
        auto match = std::find_if(stack_.rbegin(), stack_.rend(), [&](const OpenElement& e) { return e.name == t.name; });
        if (match == stack_.rend()) {
            scanner_.warn(t.offset, "</" + t.name + "> closes nothing and is ignored");
            return;
        }
        while (stack_.back().name != t.name) {
            scanner_.warn(t.offset, "<" + stack_.back().name + "> is closed by </" + t.name + ">");
            pop();
        }
        pop();
    }

    void pop() {
        const OpenElement& e = stack_.back();
        const uint32_t here = static_cast<uint32_t>(out_.value.text.size());
        if (e.timex >= 0) out_.value.timexes[e.timex].span.end = here;
        if (e.event >= 0) out_.value.events[e.event].span.end = here;
        stack_.pop_back();
    }

    timeml::XmlScanner scanner_;
    Result<TimemlDocument>& out_;
    std::vector<OpenElement> stack_;
    bool seen_text_ = false;
};

}  // namespace

Result<TimemlDocument> read_timeml(std::string_view xml) {
    Result<TimemlDocument> out;
    Reader(xml, out).run();
    return out;
}

std::string timeml_dct_date(const TimemlDocument& document) {
    const std::string date = document.dct.substr(0, std::min<size_t>(10, document.dct.size()));
    return is_valid_iso_date(date) ? date : std::string();
}

}  // namespace storylens
