#pragma once

// The registry of cairn-cli commands: each command lives in its own file and is listed
// once in commands.cpp.
#include "cairn/cli/cli.h"
