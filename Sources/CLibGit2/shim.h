#include <git2.h>

/* git_libgit2_opts is variadic, which Swift cannot call; this fixes its arguments. */
static inline int phiguard_git_cache_blob_limit(size_t limit) {
    return git_libgit2_opts(GIT_OPT_SET_CACHE_OBJECT_LIMIT, GIT_OBJECT_BLOB, limit);
}

/* Objects read from the object database are not re-hashed (git does not either): the
   check costs a SHA-1 over every tree and blob a scan reads, and catches only corruption
   that inflate's checksum already reports, or objects written by someone who can write
   .git anyway. Fetched objects were hashed by index-pack when they arrived. */
static inline int phiguard_git_skip_object_rehash(void) {
    return git_libgit2_opts(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION, 0);
}

/* The object cache's total size (process-wide). */
static inline int phiguard_git_cache_max_size(long long bytes) {
    return git_libgit2_opts(GIT_OPT_SET_CACHE_MAX_SIZE, (ssize_t)bytes);
}

/* For the size of the HAVEGE state GitKit leaves unseeded (SkippedInitialisation.swift);
   libmbedtls-dev comes with libgit2-dev. */
#include <mbedtls/havege.h>
