// GSS-API routines libgit2 calls, forwarded to the real library loaded on first use
// (why, and the prototypes: include/LazyGSSAPI.h).
#include "LazyGSSAPI.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stddef.h>

#define GSS_S_FAILURE (13u << 16)

static void *library;
static pthread_once_t library_once = PTHREAD_ONCE_INIT;

static void load_library(void) {
    library = dlopen("libgssapi_krb5.so.2", RTLD_NOW | RTLD_LOCAL);
}

static void *real(const char *name) {
    pthread_once(&library_once, load_library);
    return library ? dlsym(library, name) : NULL;
}

int phiguard_gssapi_is_loaded(void) {
    return library != NULL;
}

// The name type libgit2 passes to gss_import_name: 1.2.840.113554.1.2.1.4 (RFC 2744,
// 4.1). A data symbol cannot be forwarded, so it is defined here with the standard value,
// and gss_import_name hands the real library its own constant in its place.
static gss_OID_desc hostbased_service = {10, (void *)"\x2a\x86\x48\x86\xf7\x12\x01\x02\x01\x04"};
gss_OID const GSS_C_NT_HOSTBASED_SERVICE = &hostbased_service;

#define FORWARD(name, params, args)                                  \
    OM_uint32 name params {                                          \
        typedef OM_uint32 (*routine) params;                         \
        routine target = (routine)real(#name);                       \
        if (target == NULL) {                                        \
            if (minor != NULL) *minor = 0;                           \
            return GSS_S_FAILURE;                                    \
        }                                                            \
        return target args;                                          \
    }

FORWARD(gss_init_sec_context,
        (OM_uint32 *minor, void *credential, void **context, void *target_name, gss_OID mechanism,
         OM_uint32 flags, OM_uint32 time, void *bindings, void *input, gss_OID *actual_mechanism,
         void *output, OM_uint32 *returned_flags, OM_uint32 *returned_time),
        (minor, credential, context, target_name, mechanism, flags, time, bindings, input,
         actual_mechanism, output, returned_flags, returned_time))
FORWARD(gss_delete_sec_context, (OM_uint32 *minor, void **context, void *output), (minor, context, output))
FORWARD(gss_display_status,
        (OM_uint32 *minor, OM_uint32 status, int status_type, gss_OID mechanism, OM_uint32 *message_context,
         void *status_string),
        (minor, status, status_type, mechanism, message_context, status_string))
FORWARD(gss_indicate_mechs, (OM_uint32 *minor, void **mechanisms), (minor, mechanisms))
FORWARD(gss_release_buffer, (OM_uint32 *minor, void *buffer), (minor, buffer))
FORWARD(gss_release_name, (OM_uint32 *minor, void **name), (minor, name))
FORWARD(gss_release_oid_set, (OM_uint32 *minor, void **set), (minor, set))

OM_uint32 gss_import_name(OM_uint32 *minor, void *name, gss_OID name_type, void **output) {
    typedef OM_uint32 (*routine)(OM_uint32 *, void *, gss_OID, void **);
    routine target = (routine)real("gss_import_name");
    if (target == NULL) {
        if (minor != NULL) *minor = 0;
        return GSS_S_FAILURE;
    }
    if (name_type == &hostbased_service) {
        gss_OID *theirs = dlsym(library, "GSS_C_NT_HOSTBASED_SERVICE");
        if (theirs != NULL) name_type = *theirs;
    }
    return target(minor, name, name_type, output);
}
