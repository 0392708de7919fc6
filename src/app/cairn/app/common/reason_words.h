#pragma once

// Reasons are worded by cairn_text; the app's panels name the class as before.
#include <cairn/text/reason_words.h>

namespace cairn::app {
using text::ReasonWords;
} // namespace cairn::app
