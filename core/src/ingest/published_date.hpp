// published_date.hpp — publication dates from metadata made machine-readable (YYYY-MM-DD or an ISO timestamp).
#pragma once
#include <string>
#include <string_view>

namespace storylens {

// "2025-04-05", "2025-04-05T10:00:00Z" and "2025-04-05 10:00" (as ISO), "2025/04/05", "20250405",
// "April 5, 2025", "5 April 2025", "Sat, 05 Apr 2025 10:00:00 GMT" -> "2025-04-05" or the ISO timestamp.
// Returns "" when no real calendar date can be read.
std::string normalize_published(std::string_view written);

}  // namespace storylens
