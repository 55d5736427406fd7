// SPDX-License-Identifier: GPL-3.0-or-later
#include "Totp.h"

#include <QMessageAuthenticationCode>

namespace emulator::Totp {

QByteArray decodeBase32(const QString &secret)
{
    static const QByteArray alphabet("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567");
    QByteArray out;
    quint32 buffer = 0;
    int bits = 0;
    for (QChar ch : secret) {
        if (ch == QLatin1Char('=') || ch.isSpace())
            continue;
        const int v = alphabet.indexOf(char(ch.toUpper().toLatin1()));
        if (v < 0)
            return {};
        buffer = (buffer << 5) | quint32(v);
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            out.append(char((buffer >> bits) & 0xff));
        }
    }
    return out;
}

QString code(const QByteArray &key, qint64 unixSeconds)
{
    const quint64 counter = quint64(unixSeconds / 30);
    QByteArray msg(8, '\0');
    for (int i = 7; i >= 0; --i)
        msg[i] = char((counter >> (8 * (7 - i))) & 0xff);
    const QByteArray mac = QMessageAuthenticationCode::hash(msg, key, QCryptographicHash::Sha1);
    const int offset = mac.at(mac.size() - 1) & 0x0f;
    const quint32 binary = (quint32(quint8(mac.at(offset)) & 0x7f) << 24)
        | (quint32(quint8(mac.at(offset + 1))) << 16) | (quint32(quint8(mac.at(offset + 2))) << 8)
        | quint32(quint8(mac.at(offset + 3)));
    return QStringLiteral("%1").arg(binary % 1000000, 6, 10, QLatin1Char('0'));
}

bool verify(const QString &base32Secret, const QString &candidate, qint64 unixSeconds)
{
    const QByteArray key = decodeBase32(base32Secret);
    if (key.isEmpty())
        return false;
    for (int step = -1; step <= 1; ++step) {
        if (code(key, unixSeconds + step * 30) == candidate.trimmed())
            return true;
    }
    return false;
}

} // namespace emulator::Totp
