#include "sources/webhook/webhookeditor.h"

#include "sources/webhook/webhookdialog.h"
#include "sources/webhook/webhookkind.h"

namespace fi::webhook {

SourceEditor editor()
{
    SourceEditor e;
    e.kind = kindKey();
    e.addText = QT_TRANSLATE_NOOP("fi::SourceEditors", "Add &webhook…");
    e.addToolTip = QT_TRANSLATE_NOOP("fi::SourceEditors",
                                     "Let scripts, CI and monitoring push items to Focus Inbox over a local HTTP endpoint");
    e.editText = QT_TRANSLATE_NOOP("fi::SourceEditors", "Webhook settings…");
    e.createAdd = [](const SourceEditorContext &context, QWidget *parent) -> QDialog * {
        return new WebhookDialog(context, parent);
    };
    e.createEdit = [](const SourceConfig &existing, const SourceEditorContext &context, QWidget *parent) -> QDialog * {
        return new WebhookDialog(existing, context, parent);
    };
    return e;
}

} // namespace fi::webhook
