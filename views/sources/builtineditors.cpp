// The one place that lists the built-in source editors (File ▸ Add … in this order). A new kind
// adds its editor under views/sources/<kind>/ and one line here.
#include "sources/feed/feededitor.h"
#include "sources/github/githubeditor.h"
#include "sources/imap/imapeditor.h"
#include "sources/maildir/maildireditor.h"
#include "sources/sourceeditors.h"
#include "sources/webhook/webhookeditor.h"

namespace fi {

void registerBuiltinEditors(SourceEditors &editors)
{
    editors.registerEditor(maildir::editor());
    editors.registerEditor(imap::editor());
    editors.registerEditor(feed::editor());
    editors.registerEditor(github::editor());
    editors.registerEditor(webhook::editor());
}

} // namespace fi
