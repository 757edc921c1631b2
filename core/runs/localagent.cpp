#include "localagent.h"
