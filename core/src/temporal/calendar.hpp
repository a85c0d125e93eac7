// calendar.hpp — the public calendar header, under the name the temporal stage uses.
#pragma once
#include "storylens/calendar.hpp"
