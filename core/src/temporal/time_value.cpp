// time_value.cpp — see storylens/time_value.hpp. The formatter here is the one place TIMEX3 strings are made.
#include "storylens/time_value.hpp"

#include <cstdio>

#include "temporal/calendar.hpp"

namespace storylens {

namespace {

struct ModName {
    TimeMod mod;
    const char* name;
};
constexpr ModName kMods[] = {
    {TimeMod::Start, "START"},          {TimeMod::Mid, "MID"},
    {TimeMod::End, "END"},              {TimeMod::Approx, "APPROX"},
    {TimeMod::Before, "BEFORE"},        {TimeMod::After, "AFTER"},
    {TimeMod::OnOrBefore, "ON_OR_BEFORE"}, {TimeMod::OnOrAfter, "ON_OR_AFTER"},
    {TimeMod::LessThan, "LESS_THAN"},   {TimeMod::MoreThan, "MORE_THAN"},
    {TimeMod::EqualOrLess, "EQUAL_OR_LESS"}, {TimeMod::EqualOrMore, "EQUAL_OR_MORE"},
};

struct UnitName {
    DurationUnit unit;
    const char* name;
    bool time_part;  // written after the T
};
constexpr UnitName kUnits[] = {
    {DurationUnit::Year, "Y", false},      {DurationUnit::Half, "H", false},     {DurationUnit::Quarter, "Q", false},
    {DurationUnit::Month, "M", false},     {DurationUnit::Week, "W", false},     {DurationUnit::Day, "D", false},
    {DurationUnit::Decade, "DE", false},   {DurationUnit::Century, "CE", false}, {DurationUnit::Millennium, "ML", false},
    {DurationUnit::DecadeE, "E", false},   {DurationUnit::CenturyC, "C", false}, {DurationUnit::MillenniumL, "L", false},
    {DurationUnit::Unknown, "X", false},   {DurationUnit::Hour, "H", true},      {DurationUnit::Minute, "M", true},
    {DurationUnit::Second, "S", true},
};

const UnitName& unit_name(DurationUnit unit) {
    for (const UnitName& u : kUnits)
        if (u.unit == unit) return u;
    return kUnits[12];
}

// TIMEX3 codes (not words), indexed by the enum.
struct Code {
    int index;
    const char* code;
};
constexpr Code kPartCodes[] = {{0, ""}, {1, "MO"}, {2, "MI"}, {3, "AF"}, {4, "EV"}, {5, "NI"}, {6, "DT"}};
constexpr Code kSeasonCodes[] = {{0, ""}, {1, "SP"}, {2, "SU"}, {3, "FA"}, {4, "WI"}};
const char* part_code(int k) { return kPartCodes[k].code; }
const char* season_code(int k) { return kSeasonCodes[k].code; }

std::string two(int n) {
    char b[8];
    std::snprintf(b, sizeof b, "%02d", n);
    return b;
}
std::string four(int n) {
    char b[16];
    std::snprintf(b, sizeof b, "%04d", n);
    return b;
}

std::string time_suffix(const TimeValue& v) {
    if (v.granularity == Granularity::PartOfDay) return std::string("T") + part_code(int(v.time.part));
    if (v.granularity == Granularity::Hour) return "T" + two(v.time.hour);
    if (v.granularity == Granularity::Minute) return "T" + two(v.time.hour) + ":" + two(v.time.minute);
    if (v.granularity == Granularity::Second)
        return "T" + two(v.time.hour) + ":" + two(v.time.minute) + ":" + two(v.time.second);
    return "";
}

bool has_time(Granularity g) { return g <= Granularity::PartOfDay; }

std::string known_point(const TimeValue& v) {
    const calendar::Date a = calendar::civil_from_days(v.first_day);
    switch (v.granularity) {
        case Granularity::Weekend:
        case Granularity::Week: {
            int iso_year = 0;
            const int week = calendar::iso_week(a, iso_year);
            return four(iso_year) + "-W" + two(week) + (v.granularity == Granularity::Weekend ? "-WE" : "");
        }
        case Granularity::Month: return four(a.year) + "-" + two(a.month);
        case Granularity::Quarter: return four(a.year) + "-Q" + std::to_string((a.month + 2) / 3);
        case Granularity::Half: return four(a.year) + "-H" + std::to_string((a.month + 5) / 6);
        case Granularity::Season:
            return four(a.year) + "-" + season_code(a.month == 3 ? 1 : a.month == 6 ? 2 : a.month == 9 ? 3 : 4);
        case Granularity::Year: return a.year >= 0 ? four(a.year) : "BC" + four(-a.year);  // BC0300 is year -300
        case Granularity::Decade: {
            char b[16];
            std::snprintf(b, sizeof b, "%03d", a.year / 10);
            return b;
        }
        case Granularity::Century: return two(a.year / 100);
        default: return four(a.year) + "-" + two(a.month) + "-" + two(a.day) + time_suffix(v);
    }
}

// The year's first `width` characters: known digits, then X's (199X; 19X for a decade, XX for a century).
std::string open_year(const Underspecified& u, int width = 4) {
    if (u.year_digits == 0) return std::string(size_t(width), 'X');
    char b[16];
    std::snprintf(b, sizeof b, "%0*d", int(u.year_digits), u.year);
    return std::string(b) + std::string(size_t(width - u.year_digits), 'X');
}

std::string known_or_x(int n) { return n ? two(n) : "XX"; }

std::string open_point(const TimeValue& v) {
    const Underspecified& u = v.open;
    const std::string y = open_year(u);
    switch (v.granularity) {
        case Granularity::Week: return y + "-W" + known_or_x(u.week);
        case Granularity::Weekend: return y + "-W" + known_or_x(u.week) + "-WE";
        case Granularity::Month: return y + "-" + known_or_x(u.month);
        case Granularity::Quarter: return y + "-Q" + (u.part ? std::to_string(u.part) : "X");
        case Granularity::Half: return y + "-H" + (u.part ? std::to_string(u.part) : "X");
        case Granularity::Season: return y + "-" + season_code(int(u.season));
        case Granularity::Year: return (u.fiscal ? "FY" : "") + y;
        case Granularity::Decade: return open_year(u, 3);
        case Granularity::Century: return open_year(u, 2);
        default:
            if (u.week_form) return y + "-W" + known_or_x(u.week) + "-" + std::to_string(u.weekday) + time_suffix(v);
            return y + "-" + known_or_x(u.month) + "-" + known_or_x(u.day) + time_suffix(v);
    }
}

std::string duration(const TimeValue& v) {
    std::string out = "P";
    bool in_time = false;
    for (uint8_t k = 0; k < v.part_count; ++k) {
        const UnitName& u = unit_name(v.parts[k].unit);
        if (u.time_part && !in_time) out += 'T', in_time = true;
        out += v.parts[k].amount < 0 ? std::string("X") : std::to_string(v.parts[k].amount);
        out += u.name;
    }
    return out;
}

std::string point(const TimeValue& v) { return v.anchored ? known_point(v) : open_point(v); }

// ---- parsing ----

struct Reader {
    std::string_view s;
    size_t at = 0;
    bool done() const { return at == s.size(); }
    bool eat(std::string_view w) {
        if (s.substr(at, w.size()) != w) return false;
        at += w.size();
        return true;
    }
    // exactly n digits; -1 when they are n X's; false otherwise
    bool field(size_t n, int& out) {
        if (s.size() < at + n) return false;
        if (s.substr(at, n) == std::string(n, 'X')) return out = 0, at += n, true;
        int v = 0;
        for (size_t k = 0; k < n; ++k) {
            const char c = s[at + k];
            if (c < '0' || c > '9') return false;
            v = v * 10 + (c - '0');
        }
        out = v, at += n;
        return true;
    }
};

bool parse_time(Reader& r, TimeValue& v) {
    if (r.done()) return true;
    if (!r.eat("T")) return false;
    for (int k = 1; k < 7; ++k)
        if (r.eat(part_code(k))) return v.time.part = PartOfDay(k), v.granularity = Granularity::PartOfDay, r.done();
    int h = 0, m = 0, sec = 0;
    if (r.s.substr(r.at, 2) == "XX" || !r.field(2, h)) return false;
    v.time.hour = int8_t(h), v.granularity = Granularity::Hour;
    if (r.done()) return true;
    if (!r.eat(":") || r.s.substr(r.at, 2) == "XX" || !r.field(2, m)) return false;
    v.time.minute = int8_t(m), v.granularity = Granularity::Minute;
    if (r.done()) return true;
    if (!r.eat(":") || r.s.substr(r.at, 2) == "XX" || !r.field(2, sec)) return false;
    v.time.second = int8_t(sec), v.granularity = Granularity::Second;
    return r.done();
}

// The year: four characters, known digits first then X's (2025, 199X, 19XX, XXXX).
bool parse_year(Reader& r, Underspecified& u) {
    if (r.s.size() < r.at + 4) return false;
    int digits = 0, year = 0;
    while (digits < 4 && r.s[r.at + digits] >= '0' && r.s[r.at + digits] <= '9')
        year = year * 10 + (r.s[r.at + digits] - '0'), ++digits;
    for (int k = digits; k < 4; ++k)
        if (r.s[r.at + k] != 'X') return false;
    r.at += 4;
    u.year = year, u.year_digits = int8_t(digits);
    return true;
}

std::optional<TimeValue> anchor_if_known(TimeValue v) {
    const Underspecified& u = v.open;
    if (u.year_digits != 4) return v;
    const int y = u.year;
    auto range = [&](int m1, int d1, int y2, int m2, int d2) {
        v.first_day = calendar::days_from_civil(y, m1, d1);
        v.last_day = calendar::days_from_civil(y2, m2, d2);
        v.anchored = true;
        v.open = {};
    };
    switch (v.granularity) {
        case Granularity::Week:
        case Granularity::Weekend: {
            if (!u.week || u.week > 53) return u.week ? std::nullopt : std::optional<TimeValue>(v);
            const long monday = calendar::days_from_civil(y, 1, 4) - (calendar::weekday({y, 1, 4}) - 1) +
                                7L * (u.week - 1);
            const bool weekend = v.granularity == Granularity::Weekend;
            v.first_day = monday + (weekend ? 5 : 0), v.last_day = monday + 6, v.anchored = true, v.open = {};
            return v;
        }
        case Granularity::Month:
            if (!u.month) return v;
            if (u.month > 12) return std::nullopt;
            range(u.month, 1, y, u.month, calendar::days_in_month(y, u.month));
            return v;
        case Granularity::Quarter:
        case Granularity::Half: {
            if (!u.part) return v;
            const int len = v.granularity == Granularity::Quarter ? 3 : 6;
            const int last = len * u.part;
            range(last - len + 1, 1, y, last, calendar::days_in_month(y, last));
            return v;
        }
        case Granularity::Season: {
            const int start = 3 * int(u.season);
            const calendar::Date end = calendar::add_months({y, start, 1}, 2);
            range(start, 1, end.year, end.month, calendar::days_in_month(end.year, end.month));
            return v;
        }
        case Granularity::Year: range(1, 1, y, 12, 31); return v;
        default:
            if (u.week_form || !u.month || !u.day) return v;
            if (u.month > 12 || u.day > calendar::days_in_month(y, u.month)) return std::nullopt;
            range(u.month, u.day, y, u.month, u.day);
            return v;
    }
}

std::optional<TimeValue> parse_point(std::string_view s) {
    TimeValue v;
    v.kind = TimeKind::Point;
    Underspecified& u = v.open;
    if (s.size() == 3 || s.size() == 2) {  // a decade (199, 19X) or a century (20, XX): digits, then X's
        size_t digits = 0;
        while (digits < s.size() && s[digits] >= '0' && s[digits] <= '9') ++digits;
        if (s.find_first_not_of('X', digits) != std::string_view::npos) return std::nullopt;
        const bool decade = s.size() == 3;
        v.granularity = decade ? Granularity::Decade : Granularity::Century;
        const int n = digits ? std::stoi(std::string(s.substr(0, digits))) : 0;
        if (digits < s.size()) {
            u.year = n, u.year_digits = int8_t(digits);
            return v;
        }
        const int y = decade ? n * 10 : n * 100;
        v.anchored = true;
        v.first_day = calendar::days_from_civil(y, 1, 1);
        v.last_day = calendar::days_from_civil(y + (decade ? 9 : 99), 12, 31);
        return v;
    }
    Reader r{s};
    const bool bc = r.eat("BC"), fiscal = !bc && r.eat("FY");
    if (!parse_year(r, u)) return std::nullopt;
    if (bc || fiscal) {  // BC0300, FY2000: a whole year only
        if (!r.done() || u.year_digits != 4) return std::nullopt;
        v.granularity = Granularity::Year;
        if (fiscal) return u.fiscal = true, v;
        if (u.year == 0) return std::nullopt;
        const int y = -u.year;
        return point_days(calendar::days_from_civil(y, 1, 1), calendar::days_from_civil(y, 12, 31), Granularity::Year);
    }
    v.granularity = Granularity::Year;
    if (r.done()) return anchor_if_known(v);
    if (!r.eat("-") || r.done()) return std::nullopt;
    int n = 0;
    for (int k = 1; k < 5; ++k)  // before the week form: WI is winter
        if (r.eat(season_code(k))) {
            u.season = Season(k), v.granularity = Granularity::Season;
            return r.done() ? anchor_if_known(v) : std::nullopt;
        }
    if (r.eat("W")) {
        if (!r.field(2, n)) return std::nullopt;
        u.week = int8_t(n);
        v.granularity = Granularity::Week;
        if (r.done()) return anchor_if_known(v);
        if (r.eat("-WE")) {
            v.granularity = Granularity::Weekend;
            return r.done() ? anchor_if_known(v) : std::nullopt;
        }
        if (!r.eat("-") || r.done() || r.s[r.at] < '1' || r.s[r.at] > '7') return std::nullopt;
        u.weekday = int8_t(r.s[r.at++] - '0');
        u.week_form = true;
        v.granularity = Granularity::Day;
        if (!parse_time(r, v)) return std::nullopt;
        return v;  // a weekday in a week stays in week form, even when the week is known
    }
    if (r.eat("Q") || (r.s[r.at] == 'H' && r.eat("H"))) {
        const bool quarter = r.s[r.at - 1] == 'Q';
        v.granularity = quarter ? Granularity::Quarter : Granularity::Half;
        if (r.eat("X")) u.part = 0;
        else if (!r.done() && r.s[r.at] >= '1' && r.s[r.at] <= (quarter ? '4' : '2')) u.part = int8_t(r.s[r.at++] - '0');
        else return std::nullopt;
        return r.done() ? anchor_if_known(v) : std::nullopt;
    }
    if (!r.field(2, n)) return std::nullopt;
    u.month = int8_t(n);
    v.granularity = Granularity::Month;
    if (r.done()) return anchor_if_known(v);
    if (!r.eat("-") || !r.field(2, n)) return std::nullopt;
    u.day = int8_t(n);
    v.granularity = Granularity::Day;
    if (!parse_time(r, v)) return std::nullopt;
    return anchor_if_known(v);
}

bool parse_duration(std::string_view s, TimeValue& v) {
    if (s.size() < 3 || s[0] != 'P') return false;
    size_t at = 1;
    bool in_time = false;
    while (at < s.size()) {
        if (s[at] == 'T' && !in_time) {
            in_time = true, ++at;
            continue;
        }
        DurationPart part;
        if (s[at] == 'X') {
            ++at;
        } else {
            size_t end = at;
            while (end < s.size() && s[end] >= '0' && s[end] <= '9') ++end;
            if (end == at || end - at > 9) return false;
            part.amount = std::stoi(std::string(s.substr(at, end - at)));
            at = end;
        }
        bool found = false;
        for (size_t len = 2; len >= 1 && !found; --len) {  // DE before D
            if (at + len > s.size()) continue;
            for (const UnitName& u : kUnits)
                if (u.time_part == in_time && std::string_view(u.name) == s.substr(at, len)) {
                    part.unit = u.unit, at += len, found = true;
                    break;
                }
        }
        if (!found || v.part_count == v.parts.size()) return false;
        v.parts[v.part_count++] = part;
    }
    return v.part_count > 0;
}

}  // namespace

TimeValue point_days(long first_day, long last_day, Granularity granularity, TimeMod mod) {
    TimeValue v;
    v.kind = TimeKind::Point;
    v.anchored = true;
    v.first_day = first_day, v.last_day = last_day, v.granularity = granularity, v.mod = mod;
    return v;
}

TimeValue day_value(long day) { return point_days(day, day, Granularity::Day); }

TimeValue reference_value(RefKind ref) {
    TimeValue v;
    v.kind = TimeKind::Reference;
    v.ref = ref;
    return v;
}

TimeValue duration_of(int amount, DurationUnit unit, TimeMod mod) {
    TimeValue v;
    v.kind = TimeKind::Duration;
    v.parts[0] = {amount, unit};
    v.part_count = 1;
    v.mod = mod;
    return v;
}

std::string timex3_value(const TimeValue& v) {
    switch (v.kind) {
        case TimeKind::None: return "";
        case TimeKind::Reference:
            return v.ref == RefKind::Present ? "PRESENT_REF" : v.ref == RefKind::Past ? "PAST_REF" : "FUTURE_REF";
        case TimeKind::Duration: return duration(v);
        case TimeKind::Set: return v.set_as_period ? duration(v) : point(v);
        case TimeKind::Point: return point(v);
    }
    return "";
}

const char* timex3_mod(TimeMod mod) {
    for (const ModName& m : kMods)
        if (m.mod == mod) return m.name;
    return "";
}

std::optional<TimeMod> parse_timex3_mod(std::string_view mod) {
    if (mod.empty()) return TimeMod::None;
    for (const ModName& m : kMods)
        if (mod == m.name) return m.mod;
    return std::nullopt;
}

std::optional<TimeValue> parse_timex3(std::string_view value, std::string_view mod, bool set) {
    const std::optional<TimeMod> m = parse_timex3_mod(mod);
    if (!m) return std::nullopt;
    std::optional<TimeValue> v;
    if (value.empty()) v = TimeValue{};
    else if (value == "PRESENT_REF") v = reference_value(RefKind::Present);
    else if (value == "PAST_REF") v = reference_value(RefKind::Past);
    else if (value == "FUTURE_REF") v = reference_value(RefKind::Future);
    else if (value[0] == 'P') {
        TimeValue d;
        d.kind = TimeKind::Duration;
        if (parse_duration(value, d)) v = d;
    } else {
        v = parse_point(value);
    }
    if (!v) return std::nullopt;
    if (!has_time(v->granularity) && v->kind == TimeKind::Point) v->time = {};
    v->mod = *m;
    if (set && v->kind == TimeKind::Duration) v->kind = TimeKind::Set, v->set_as_period = true;
    else if (set && v->kind == TimeKind::Point) v->kind = TimeKind::Set;
    return v;
}

bool same_time(const TimeValue& a, const TimeValue& b) {
    if (a.kind != b.kind) return false;
    auto same_parts = [&] {
        if (a.part_count != b.part_count) return false;
        for (uint8_t k = 0; k < a.part_count; ++k)
            if (a.parts[k].amount != b.parts[k].amount || a.parts[k].unit != b.parts[k].unit) return false;
        return true;
    };
    auto same_point = [&] {
        const Underspecified &x = a.open, &y = b.open;
        return a.granularity == b.granularity && a.anchored == b.anchored && a.first_day == b.first_day &&
               a.last_day == b.last_day && a.time.part == b.time.part && a.time.hour == b.time.hour &&
               a.time.minute == b.time.minute && a.time.second == b.time.second && x.year == y.year &&
               x.year_digits == y.year_digits && x.month == y.month && x.day == y.day && x.week == y.week &&
               x.weekday == y.weekday && x.part == y.part && x.season == y.season && x.week_form == y.week_form &&
               x.fiscal == y.fiscal;
    };
    switch (a.kind) {
        case TimeKind::None: return true;
        case TimeKind::Reference: return a.ref == b.ref;
        case TimeKind::Duration: return same_parts();
        case TimeKind::Set: return a.set_as_period == b.set_as_period && (a.set_as_period ? same_parts() : same_point());
        case TimeKind::Point: return same_point();
    }
    return false;
}

size_t TimeHash::operator()(const TimeValue& v) const {
    size_t h = size_t(v.kind) * 1000003u;
    auto mix = [&](long x) { h = (h ^ size_t(x)) * 1099511628211ull; };
    if (v.kind == TimeKind::Reference) mix(long(v.ref));
    if (v.kind == TimeKind::Point || (v.kind == TimeKind::Set && !v.set_as_period)) {
        mix(long(v.granularity)), mix(v.first_day), mix(v.last_day), mix(v.open.year), mix(v.open.month);
        mix(v.open.week), mix(v.open.weekday), mix(v.time.hour), mix(v.time.minute), mix(long(v.time.part));
    }
    if (v.kind == TimeKind::Duration || (v.kind == TimeKind::Set && v.set_as_period))
        for (uint8_t k = 0; k < v.part_count; ++k) mix(v.parts[k].amount), mix(long(v.parts[k].unit));
    return h;
}

bool operator==(const TimeValue& a, const TimeValue& b) { return a.mod == b.mod && same_time(a, b); }

}  // namespace storylens
