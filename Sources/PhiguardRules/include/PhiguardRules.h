// The built-in rule pack (rules/*.toml), as data: a target of its own with no Swift in it.
//
// SwiftPM gives every Swift target with resources a generated `Bundle.module` accessor,
// which imports all of Foundation, and with it CoreFoundation and ICU: for a hook that
// starts on every commit, a quarter of its start-up (README, "Performance"). A C target's
// resources are copied beside the executable just the same, without an accessor.
#ifndef PHIGUARD_RULES_H
#define PHIGUARD_RULES_H

/// The folder SwiftPM copies beside the executable (`<package>_<target>.resources`);
/// the rules are in its `rules` subfolder.
extern const char *const phiguard_rules_bundle;

#endif
