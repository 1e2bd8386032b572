#include "rules/names.h"
