#include "mlflowserver.h"
