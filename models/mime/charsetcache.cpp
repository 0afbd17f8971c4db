#include "mime/charsetcache.h"

#include <iconv.h>

#include <list>
#include <map>
#include <mutex>
#include <string>
#include <string_view>
#include <utility>

namespace fi::mime {
namespace {

/// Charset name → open descriptor, most recently used first. Lives for the process (other
/// threads may still convert during static destruction, so it is never destroyed).
struct CharsetCache {
    std::mutex mutex;
    std::list<std::pair<std::string, iconv_t>> lru;
    std::map<std::string, std::list<std::pair<std::string, iconv_t>>::iterator, std::less<>> index;
};

CharsetCache &cache()
{
    static auto *const c = new CharsetCache;
    return *c;
}

} // namespace

void keepCharsetLoaded(const char *iconvCharset)
{
    if (!iconvCharset || !*iconvCharset)
        return;
    const std::string_view name(iconvCharset);
    CharsetCache &c = cache();
    {
        const std::lock_guard lock(c.mutex);
        if (const auto it = c.index.find(name); it != c.index.end()) {
            c.lru.splice(c.lru.begin(), c.lru, it->second);
            return;
        }
    }
    // Open outside the lock: loading a module takes the loader lock and can be slow.
    const iconv_t cd = iconv_open("UTF-8", iconvCharset);
    if (cd == iconv_t(-1))
        return; // unknown to iconv: nothing to keep loaded, and nothing cached for it
    iconv_t evicted = iconv_t(-1);
    {
        const std::lock_guard lock(c.mutex);
        if (c.index.find(name) != c.index.end()) {
            evicted = cd; // another thread was faster
        } else {
            c.lru.emplace_front(std::string(name), cd);
            c.index.emplace(c.lru.front().first, c.lru.begin());
            if (c.lru.size() > kMaxLoadedCharsets) {
                evicted = c.lru.back().second;
                c.index.erase(c.lru.back().first);
                c.lru.pop_back();
            }
        }
    }
    if (evicted != iconv_t(-1))
        iconv_close(evicted);
}

std::size_t loadedCharsetCount()
{
    CharsetCache &c = cache();
    const std::lock_guard lock(c.mutex);
    return c.lru.size();
}

} // namespace fi::mime
