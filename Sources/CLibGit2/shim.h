#include <git2.h>

/* git_libgit2_opts is variadic, which Swift cannot call; this fixes its arguments. */
static inline int phiguard_git_cache_blob_limit(size_t limit) {
    return git_libgit2_opts(GIT_OPT_SET_CACHE_OBJECT_LIMIT, GIT_OBJECT_BLOB, limit);
}
