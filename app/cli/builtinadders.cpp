// The one place that lists the built-in `sources add KIND` handlers (help in this order). A new
// kind adds its handler (app/cli/<kind>command.cpp) and one line here.
#include "cli/sourceadders.h"

namespace fi::cli {

SourceAdder maildirAdder();  // maildircommand.cpp
SourceAdder imapAdder();     // imapcommand.cpp
SourceAdder feedAdder();     // feedcommand.cpp
SourceAdder githubAdder();   // githubcommand.cpp
SourceAdder webhookAdder();  // webhookcommand.cpp

void registerBuiltinAdders(SourceAdders &adders)
{
    adders.registerAdder(maildirAdder());
    adders.registerAdder(imapAdder());
    adders.registerAdder(feedAdder());
    adders.registerAdder(githubAdder());
    adders.registerAdder(webhookAdder());
}

} // namespace fi::cli
