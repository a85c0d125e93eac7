// view_id.hpp — the viewer's tabs by name: what the URL fragment's view= says and a ShowView command asks for.
#pragma once

namespace storylens::ui {

enum class View { Article, Timeline, Claims, Entities, Check };
const char* view_name(View view);  // "article", "timeline", ... (app.cpp)

}  // namespace storylens::ui
