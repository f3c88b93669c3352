// libssh2 routines libgit2 calls, forwarded to the real library loaded on first use
// (why: include/LazySSH2.h). The prototypes are libssh2.h's own, so the compiler checks
// every forwarder against the library's declarations.
#include "LazySSH2.h"

#ifdef __linux__

#include <dlfcn.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

static void *library;
static pthread_once_t library_once = PTHREAD_ONCE_INIT;
/// The flags of the libssh2_init call libgit2 made, for the real one.
static int init_flags;

static void load_library(void) {
    void *handle = dlopen("libssh2.so.1", RTLD_NOW | RTLD_LOCAL);
    if (handle == NULL) return;
    int (*init)(int) = (int (*)(int))dlsym(handle, "libssh2_init");
    if (init == NULL || init(init_flags) != 0) {
        dlclose(handle);
        return;
    }
    library = handle;
}

static void *real(const char *name) {
    pthread_once(&library_once, load_library);
    return library ? dlsym(library, name) : NULL;
}

int phiguard_ssh2_is_loaded(void) {
    return library != NULL;
}

int libssh2_init(int flags) {
    init_flags = flags;
    return 0;
}

void libssh2_exit(void) {
    // Nothing to undo unless the library was loaded (and so initialised).
    if (library == NULL) return;
    void (*exit_routine)(void) = (void (*)(void))dlsym(library, "libssh2_exit");
    if (exit_routine != NULL) exit_routine();
}

static const char unavailable[] = "libssh2 (libssh2.so.1) could not be loaded";

int libssh2_session_last_error(LIBSSH2_SESSION *session, char **errmsg, int *errmsg_len, int want_buf) {
    typedef int (*routine)(LIBSSH2_SESSION *, char **, int *, int);
    routine target = (routine)real("libssh2_session_last_error");
    if (target != NULL) return target(session, errmsg, errmsg_len, want_buf);
    // With want_buf the caller frees the message, so it gets its own copy.
    if (errmsg != NULL) *errmsg = want_buf ? strdup(unavailable) : (char *)unavailable;
    if (errmsg_len != NULL) *errmsg_len = (int)(sizeof unavailable - 1);
    return LIBSSH2_ERROR_SOCKET_NONE;
}

#define FORWARD(type, failure, name, params, args)                   \
    type name params {                                               \
        typedef type (*routine) params;                              \
        routine target = (routine)real(#name);                       \
        if (target == NULL) return failure;                          \
        return target args;                                          \
    }

#define FORWARD_VOID(name, params, args)                             \
    void name params {                                               \
        typedef void (*routine) params;                              \
        routine target = (routine)real(#name);                       \
        if (target != NULL) target args;                             \
    }

#define FAILED LIBSSH2_ERROR_SOCKET_NONE

// Sessions and channels.
FORWARD(LIBSSH2_SESSION *, NULL, libssh2_session_init_ex,
        (LIBSSH2_ALLOC_FUNC((*my_alloc)), LIBSSH2_FREE_FUNC((*my_free)), LIBSSH2_REALLOC_FUNC((*my_realloc)),
         void *abstract),
        (my_alloc, my_free, my_realloc, abstract))
FORWARD(void **, NULL, libssh2_session_abstract, (LIBSSH2_SESSION *session), (session))
FORWARD(int, FAILED, libssh2_session_handshake, (LIBSSH2_SESSION *session, libssh2_socket_t sock), (session, sock))
FORWARD(int, FAILED, libssh2_session_disconnect_ex,
        (LIBSSH2_SESSION *session, int reason, const char *description, const char *lang),
        (session, reason, description, lang))
FORWARD(int, FAILED, libssh2_session_free, (LIBSSH2_SESSION *session), (session))
FORWARD(const char *, NULL, libssh2_session_hostkey, (LIBSSH2_SESSION *session, size_t *len, int *type),
        (session, len, type))
FORWARD(int, FAILED, libssh2_session_method_pref, (LIBSSH2_SESSION *session, int method_type, const char *prefs),
        (session, method_type, prefs))
FORWARD_VOID(libssh2_session_set_blocking, (LIBSSH2_SESSION *session, int blocking), (session, blocking))
FORWARD(const char *, NULL, libssh2_hostkey_hash, (LIBSSH2_SESSION *session, int hash_type), (session, hash_type))
FORWARD(LIBSSH2_CHANNEL *, NULL, libssh2_channel_open_ex,
        (LIBSSH2_SESSION *session, const char *channel_type, unsigned int channel_type_len, unsigned int window_size,
         unsigned int packet_size, const char *message, unsigned int message_len),
        (session, channel_type, channel_type_len, window_size, packet_size, message, message_len))
FORWARD(int, FAILED, libssh2_channel_process_startup,
        (LIBSSH2_CHANNEL *channel, const char *request, unsigned int request_len, const char *message,
         unsigned int message_len),
        (channel, request, request_len, message, message_len))
FORWARD(ssize_t, FAILED, libssh2_channel_read_ex, (LIBSSH2_CHANNEL *channel, int stream_id, char *buf, size_t buflen),
        (channel, stream_id, buf, buflen))
FORWARD(ssize_t, FAILED, libssh2_channel_write_ex,
        (LIBSSH2_CHANNEL *channel, int stream_id, const char *buf, size_t buflen), (channel, stream_id, buf, buflen))
FORWARD_VOID(libssh2_channel_set_blocking, (LIBSSH2_CHANNEL *channel, int blocking), (channel, blocking))
FORWARD(int, FAILED, libssh2_channel_close, (LIBSSH2_CHANNEL *channel), (channel))
FORWARD(int, FAILED, libssh2_channel_free, (LIBSSH2_CHANNEL *channel), (channel))

// Known hosts.
FORWARD(LIBSSH2_KNOWNHOSTS *, NULL, libssh2_knownhost_init, (LIBSSH2_SESSION *session), (session))
FORWARD(int, FAILED, libssh2_knownhost_readfile, (LIBSSH2_KNOWNHOSTS *hosts, const char *filename, int type),
        (hosts, filename, type))
FORWARD(int, FAILED, libssh2_knownhost_checkp,
        (LIBSSH2_KNOWNHOSTS *hosts, const char *host, int port, const char *key, size_t keylen, int typemask,
         struct libssh2_knownhost **knownhost),
        (hosts, host, port, key, keylen, typemask, knownhost))
FORWARD_VOID(libssh2_knownhost_free, (LIBSSH2_KNOWNHOSTS *hosts), (hosts))

// Authentication.
FORWARD(char *, NULL, libssh2_userauth_list, (LIBSSH2_SESSION *session, const char *username, unsigned int username_len),
        (session, username, username_len))
FORWARD(int, FAILED, libssh2_userauth_authenticated, (LIBSSH2_SESSION *session), (session))
FORWARD(int, FAILED, libssh2_userauth_password_ex,
        (LIBSSH2_SESSION *session, const char *username, unsigned int username_len, const char *password,
         unsigned int password_len, LIBSSH2_PASSWD_CHANGEREQ_FUNC((*passwd_change_cb))),
        (session, username, username_len, password, password_len, passwd_change_cb))
FORWARD(int, FAILED, libssh2_userauth_publickey_fromfile_ex,
        (LIBSSH2_SESSION *session, const char *username, unsigned int username_len, const char *publickey,
         const char *privatekey, const char *passphrase),
        (session, username, username_len, publickey, privatekey, passphrase))
FORWARD(int, FAILED, libssh2_userauth_publickey_frommemory,
        (LIBSSH2_SESSION *session, const char *username, size_t username_len, const char *publickeyfiledata,
         size_t publickeyfiledata_len, const char *privatekeyfiledata, size_t privatekeyfiledata_len,
         const char *passphrase),
        (session, username, username_len, publickeyfiledata, publickeyfiledata_len, privatekeyfiledata,
         privatekeyfiledata_len, passphrase))
FORWARD(int, FAILED, libssh2_userauth_publickey,
        (LIBSSH2_SESSION *session, const char *username, const unsigned char *pubkeydata, size_t pubkeydata_len,
         LIBSSH2_USERAUTH_PUBLICKEY_SIGN_FUNC((*sign_callback)), void **abstract),
        (session, username, pubkeydata, pubkeydata_len, sign_callback, abstract))
FORWARD(int, FAILED, libssh2_userauth_keyboard_interactive_ex,
        (LIBSSH2_SESSION *session, const char *username, unsigned int username_len,
         LIBSSH2_USERAUTH_KBDINT_RESPONSE_FUNC((*response_callback))),
        (session, username, username_len, response_callback))

// The ssh agent.
FORWARD(LIBSSH2_AGENT *, NULL, libssh2_agent_init, (LIBSSH2_SESSION *session), (session))
FORWARD(int, FAILED, libssh2_agent_connect, (LIBSSH2_AGENT *agent), (agent))
FORWARD(int, FAILED, libssh2_agent_list_identities, (LIBSSH2_AGENT *agent), (agent))
FORWARD(int, FAILED, libssh2_agent_get_identity,
        (LIBSSH2_AGENT *agent, struct libssh2_agent_publickey **store, struct libssh2_agent_publickey *prev),
        (agent, store, prev))
FORWARD(int, FAILED, libssh2_agent_userauth,
        (LIBSSH2_AGENT *agent, const char *username, struct libssh2_agent_publickey *identity),
        (agent, username, identity))
FORWARD(int, FAILED, libssh2_agent_disconnect, (LIBSSH2_AGENT *agent), (agent))
FORWARD_VOID(libssh2_agent_free, (LIBSSH2_AGENT *agent), (agent))

#endif
