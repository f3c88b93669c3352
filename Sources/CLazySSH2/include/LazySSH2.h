// libssh2 for libgit2, loaded on first use instead of linked into every start.
//
// libgit2's static archive calls 37 libssh2 routines for ssh:// remotes, which phiguard
// never opens: it reads local repositories only. Linked statically, libssh2 brought
// OpenSSL's libcrypto with it, whose tables hold pages of pointers that the loader
// relocates (copies) at every start, and whose constructor probes the CPU: 84-94 page
// faults and 0.3-0.4 ms of every hook run (interleaved runs, nothing staged).
// LazySSH2.c defines those routines itself; each opens the system's libssh2.so.1 with
// dlopen on the first call and forwards to the real routine, so behaviour is unchanged
// should anything ever use ssh. If the library cannot be loaded, the routines fail as
// libssh2 does (a negative code or NULL, and libssh2_session_last_error says why): the
// connection fails, the safe direction.
//
// libssh2_init, which libgit2 calls on every start, loads nothing: its flags are kept
// and passed to the real libssh2_init when the library is loaded.
#ifndef PHIGUARD_LAZY_SSH2_H
#define PHIGUARD_LAZY_SSH2_H

// Linux only (GitKit depends on this target there): elsewhere libgit2 is a shared library
// that brings its own libssh2, and libssh2.h may not be installed.
#ifdef __linux__
#include <libssh2.h>

/// 1 once the real libssh2 has been loaded (for the tests), 0 before.
int phiguard_ssh2_is_loaded(void);
#endif

#endif
