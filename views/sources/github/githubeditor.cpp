#include "sources/github/githubeditor.h"

#include "sources/github/githubaccountdialog.h"
#include "sources/github/githubkind.h"

namespace fi::github {

SourceEditor editor()
{
    SourceEditor e;
    e.kind = kindKey();
    e.addText = QT_TRANSLATE_NOOP("fi::SourceEditors", "Add &GitHub account…");
    e.addToolTip = QT_TRANSLATE_NOOP("fi::SourceEditors", "Follow the notifications of a GitHub or GitHub Enterprise Server account");
    e.editText = QT_TRANSLATE_NOOP("fi::SourceEditors", "Edit GitHub account…");
    e.createAdd = [](const SourceEditorContext &context, QWidget *parent) -> QDialog * {
        return new GitHubAccountDialog(context, parent);
    };
    e.createEdit = [](const SourceConfig &existing, const SourceEditorContext &context, QWidget *parent) -> QDialog * {
        return new GitHubAccountDialog(existing, context, parent);
    };
    return e;
}

} // namespace fi::github
