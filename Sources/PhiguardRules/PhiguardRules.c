// SwiftPM builds a C target, and copies its resources, only when it has a source file.
#include "PhiguardRules.h"

const char *const phiguard_rules_bundle = "phiguard_PhiguardRules.resources";
