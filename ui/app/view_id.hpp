// view_id.hpp — the viewer's tabs by name: what the URL fragment's view= says and a ShowView command asks for.
#pragma once

namespace storylens::ui {

enum class View { Article, Timeline, Claims, Entities, Check };
const char* view_name(View view);  // "article", "timeline", ... (app.cpp)
// The view's bit in a set of views (App::set_views).
inline unsigned view_bit(View view) { return 1u << static_cast<unsigned>(view); }

}  // namespace storylens::ui
