// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResourceAuditRows.h"

#include <QTreeWidget>

QString ResourceAuditRows::countText(const domain::AuditFinding *finding)
{
    if (!finding)
        return tr("Not run yet");
    if (!finding->checked)
        return tr("Not checked");
    if (finding->count() == 0)
        return tr("None");
    if (finding->rule == domain::AuditRule::TypeWithoutRates)
        return tr("%1 (%n type(s))", nullptr, int(finding->resourceTypeIds.size())).arg(finding->count());
    return QString::number(finding->count());
}

void ResourceAuditRows::fill(QTreeWidget *tree, const QList<domain::AuditFinding> &findings)
{
    tree->clear();
    const QList<domain::AuditRule> &rules = domain::ResourceAudit::allRules();
    for (int i = 0; i < rules.size(); ++i) {
        const domain::AuditRule rule = rules.at(i);
        const domain::AuditFinding *finding = i < findings.size() ? &findings.at(i) : nullptr;
        const QString count = countText(finding);
        const QString why = finding && !finding->checked ? domain::ResourceAudit::notCheckedText(rule)
                                                         : domain::ResourceAudit::explanation(rule);
        auto *item = new QTreeWidgetItem(tree, {domain::ResourceAudit::title(rule), count, why});
        item->setData(0, Qt::UserRole, i);
        item->setToolTip(2, why);
        item->setData(0, Qt::AccessibleTextRole, tr("%1: %2").arg(domain::ResourceAudit::title(rule), count));
        if (finding && finding->count() > 0) {
            QFont bold = item->font(0);
            bold.setBold(true);
            item->setFont(0, bold);
            item->setFont(1, bold);
        }
    }
}
