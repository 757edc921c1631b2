#include "ignorerules.h"
