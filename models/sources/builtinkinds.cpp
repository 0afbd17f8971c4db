// The one place that lists the built-in source kinds. A new kind adds its folder under
// models/sources/ and one line here (its editor registers in views/sources/builtineditors.cpp).
#include "sources/feed/feedkind.h"
#include "sources/github/githubkind.h"
#include "sources/imap/imapkind.h"
#include "sources/maildir/maildirkind.h"
#include "sources/sourceregistry.h"
#include "sources/webhook/webhookkind.h"

namespace fi {

void registerBuiltinKinds(SourceRegistry &registry)
{
    registry.registerKind(maildir::kind());
    registry.registerKind(imap::kind());
    registry.registerKind(feed::kind());
    registry.registerKind(github::kind());
    registry.registerKind(webhook::kind());
}

} // namespace fi
