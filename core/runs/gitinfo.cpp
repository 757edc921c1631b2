#include "gitinfo.h"
