// granular.cpp — see granular.hpp.
#include "temporal/granular.hpp"

namespace storylens::temporal {

std::string shift_value(bool known, const calendar::Date& base, Unit unit, int shift) {
    using namespace calendar;
    switch (unit) {
        case Unit::Second:
        case Unit::Minute:
        case Unit::Hour:
        case Unit::Day: return known ? format_day(add_days(base, unit == Unit::Day ? shift : 0)) : "XXXX-XX-XX";
        case Unit::Week: return known ? format_week(add_days(base, 7L * shift)) : "XXXX-WXX";
        case Unit::Weekend: return known ? format_week(add_days(base, 7L * shift)) + "-WE" : "XXXX-WXX-WE";
        case Unit::Month: {
            if (!known) return "XXXX-XX";
            const Date d = add_months(Date{base.year, base.month, 1}, shift);
            return format_month(d.year, d.month);
        }
        case Unit::Quarter: {
            if (!known) return "XXXX-QX";
            int index = base.year * 4 + (base.month - 1) / 3 + shift;
            return format_year(index / 4) + "-Q" + std::to_string(index % 4 + 1);
        }
        case Unit::Year: return known ? format_year(base.year + shift) : "XXXX";
        case Unit::Decade: return known ? format_year(base.year + 10 * shift).substr(0, 3) : "XXX";
        case Unit::Century: return known ? format_year(base.year + 100 * shift).substr(0, 2) : "XX";
        case Unit::None: break;
    }
    return "XXXX";
}

std::string duration_value(int count, Unit unit) {
    const std::string n = std::to_string(count);
    switch (unit) {
        case Unit::Second: return "PT" + n + "S";
        case Unit::Minute: return "PT" + n + "M";
        case Unit::Hour: return "PT" + n + "H";
        case Unit::Day: return "P" + n + "D";
        case Unit::Week: return "P" + n + "W";
        case Unit::Weekend: return "P" + n + "WE";
        case Unit::Month: return "P" + n + "M";
        case Unit::Quarter: return "P" + std::to_string(count * 3) + "M";
        case Unit::Year: return "P" + n + "Y";
        case Unit::Decade: return "P" + std::to_string(count * 10) + "Y";
        case Unit::Century: return "P" + std::to_string(count * 100) + "Y";
        case Unit::None: break;
    }
    return "P" + n + "X";
}

std::string half_duration_value(int count, Unit unit) {
    const std::string n = std::to_string(count);
    switch (unit) {
        case Unit::Minute: return "PT" + n + "M30S";
        case Unit::Hour: return "PT" + n + "H30M";
        case Unit::Day: return "P" + n + "DT12H";
        case Unit::Year: return "P" + n + "Y6M";
        case Unit::Decade: return "P" + std::to_string(count * 10 + 5) + "Y";
        case Unit::Century: return "P" + std::to_string(count * 100 + 50) + "Y";
        default: return "";
    }
}

}  // namespace storylens::temporal
