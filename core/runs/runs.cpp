#include "runs.h"
