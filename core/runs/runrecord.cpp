#include "runrecord.h"
