// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ResourceAudit.h"

#include <QCoreApplication>

class QTreeWidget;

//! The audit panel's rows: one per rule with its title, its count as text ("None", "3",
//! "Not checked"), and why it matters. The count is text and bold, never a colour alone.
//! Each row's Qt::UserRole holds the rule's index in ResourceAudit::allRules().
class ResourceAuditRows
{
    Q_DECLARE_TR_FUNCTIONS(ResourceAuditRows)
public:
    static void fill(QTreeWidget *tree, const QList<domain::AuditFinding> &findings);
    static QString countText(const domain::AuditFinding *finding);
};
