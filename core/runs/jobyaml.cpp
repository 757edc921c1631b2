#include "jobyaml.h"
