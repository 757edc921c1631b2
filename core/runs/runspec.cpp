#include "runspec.h"
