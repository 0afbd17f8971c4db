#include "domain/senderdisplay.h"

#include <QCoreApplication>

namespace fi {

QString senderHandleText(const Address &from)
{
    if (!from.address.isEmpty() || from.handle.isEmpty())
        return QString();
    if (from.name.isEmpty())
        return from.handle;
    //: A sender's name and their handle (a login, not an e-mail address): "Ana Silva (@anasilva)".
    return QCoreApplication::translate("fi::Sender", "%1 (%2)").arg(from.name, from.handle);
}

QString senderListName(const Address &from)
{
    if (const QString withHandle = senderHandleText(from); !withHandle.isEmpty())
        return withHandle;
    if (!from.name.isEmpty())
        return from.name;
    return from.address.isEmpty() ? from.handle : from.address;
}

} // namespace fi
