// Kerberos (GSS-API) for libgit2, loaded on first use instead of at every start.
//
// libgit2's static archive calls eight GSS-API routines for "Negotiate" HTTP
// authentication, which phiguard never performs: it reads local repositories only.
// Linked directly, libgssapi_krb5 and the six libraries it needs (libkrb5, libk5crypto,
// libcom_err, libkrb5support, libkeyutils, libresolv) were loaded, relocated and bound on
// every hook run. LazyGSSAPI.c defines those routines itself; each opens the system's
// libgssapi_krb5.so.2 with dlopen on the first call and forwards to the real routine,
// so behaviour is unchanged should anything ever authenticate. If the library cannot be
// loaded, the routines report GSS_S_FAILURE: authentication fails, the safe direction.
#ifndef PHIGUARD_LAZY_GSSAPI_H
#define PHIGUARD_LAZY_GSSAPI_H

#include <stdint.h>

/// 1 once the real GSS-API library has been loaded (for the tests), 0 before.
int phiguard_gssapi_is_loaded(void);

// The routines defined here, as in RFC 2744; every handle is a pointer, so forwarding
// needs no GSS-API header (Debian's libgit2-dev does not bring one).
typedef uint32_t OM_uint32;
typedef struct { OM_uint32 length; void *elements; } gss_OID_desc;
typedef gss_OID_desc *gss_OID;

// (const here: libgit2 only reads it, and Swift then sees a constant.)
extern gss_OID const GSS_C_NT_HOSTBASED_SERVICE;

OM_uint32 gss_init_sec_context(OM_uint32 *minor, void *credential, void **context, void *target_name,
                               gss_OID mechanism, OM_uint32 flags, OM_uint32 time, void *bindings, void *input,
                               gss_OID *actual_mechanism, void *output, OM_uint32 *returned_flags,
                               OM_uint32 *returned_time);
OM_uint32 gss_delete_sec_context(OM_uint32 *minor, void **context, void *output);
OM_uint32 gss_display_status(OM_uint32 *minor, OM_uint32 status, int status_type, gss_OID mechanism,
                             OM_uint32 *message_context, void *status_string);
OM_uint32 gss_indicate_mechs(OM_uint32 *minor, void **mechanisms);
OM_uint32 gss_release_buffer(OM_uint32 *minor, void *buffer);
OM_uint32 gss_release_name(OM_uint32 *minor, void **name);
OM_uint32 gss_release_oid_set(OM_uint32 *minor, void **set);
OM_uint32 gss_import_name(OM_uint32 *minor, void *name, gss_OID name_type, void **output);

#endif
