#pragma once

// Requirements are worded by cairn_text; the app's panels name the class as before.
#include <cairn/text/requirement_words.h>

namespace cairn::app {
using text::RequirementWords;
} // namespace cairn::app
