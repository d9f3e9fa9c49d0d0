// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UnlockNotices.h"

#include "Dates.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace tw::app {

QString momentText(std::int64_t ms)
{
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(ms);
    //: "1 Dec 2026 at 22:14": %1 is the day, %2 the time.
    return UnlockNoticeBar::tr("%1 at %2").arg(dayText(ms), QLocale().toString(when.time(), QStringLiteral("HH:mm")));
}

QString lastVisitText(std::int64_t lastVisitMs)
{
    if (lastVisitMs <= 0) {
        return {};
    }
    return UnlockNoticeBar::tr("Last time you were here: %1.").arg(momentText(lastVisitMs));
}

QString noticeText(const workbook::UnlockNotice& n)
{
    const QString who = QString::fromStdString(n.who);
    switch (n.kind) {
    case workbook::UnlockNotice::Kind::MyRowsChanged:
        if (n.since > 0) {
            return n.count == 1
                ? UnlockNoticeBar::tr("1 of your entries was changed or removed outside Trustwork on or after %1. "
                                      "Trustwork has put back your own version.")
                      .arg(dayText(n.since))
                : UnlockNoticeBar::tr("%1 of your entries were changed or removed outside Trustwork on or after %2. "
                                      "Trustwork has put back your own versions.")
                      .arg(n.count)
                      .arg(dayText(n.since));
        }
        return n.count == 1 ? UnlockNoticeBar::tr("1 of your entries was changed or removed outside Trustwork. "
                                                  "Trustwork has put back your own version.")
                            : UnlockNoticeBar::tr("%1 of your entries were changed or removed outside Trustwork. "
                                                  "Trustwork has put back your own versions.")
                                  .arg(n.count);
    case workbook::UnlockNotice::Kind::MyStoreRolledBack:
        return UnlockNoticeBar::tr("Your private entries were replaced by an older copy outside Trustwork, so some "
                                   "of what you wrote recently is missing. If you have a newer backup, you can "
                                   "restore it from the unlock screen.");
    case workbook::UnlockNotice::Kind::WorkbookRolledBack:
        return UnlockNoticeBar::tr("The shared part of this workbook was replaced by an older copy outside "
                                   "Trustwork. Shared entries written since then may be missing.");
    case workbook::UnlockNotice::Kind::PartnerRowsRejected:
        return n.count == 1
            ? UnlockNoticeBar::tr("1 entry in %1's name was not written by %1 in Trustwork, so it is not shown.")
                  .arg(who)
            : UnlockNoticeBar::tr("%1 entries in %2's name were not written by %2 in Trustwork, so they are not "
                                  "shown.")
                  .arg(n.count)
                  .arg(who);
    case workbook::UnlockNotice::Kind::PartnerKeyChanged:
        return UnlockNoticeBar::tr("%1's key in this workbook is not the one Trustwork knew, so %1's entries are not "
                                   "shown for now. Ask %1 to open Trustwork; if this stays, restore a backup.")
            .arg(who);
    case workbook::UnlockNotice::Kind::Restored:
        return UnlockNoticeBar::tr("%1 restored the backup from %2, on %3. Anything written after that backup was "
                                   "made is not in it.")
            .arg(who, momentText(n.backupTime), momentText(n.at));
    }
    return {};
}

UnlockNoticeBar::UnlockNoticeBar(QWidget* parent)
    : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    setObjectName(QStringLiteral("unlockNotices"));
    // As tall as its lines, never more: the workbook below keeps the room.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    setAccessibleName(tr("Since you were last here"));
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(16, 10, 10, 10);
    m_lines = new QVBoxLayout();
    m_lines->setSpacing(6);
    row->addLayout(m_lines, 1);
    auto* close = new QPushButton(tr("&Close"), this);
    close->setAccessibleName(tr("Close these notes"));
    row->addWidget(close, 0, Qt::AlignTop);
    connect(close, &QPushButton::clicked, this, &UnlockNoticeBar::clear);
    hide();
}

void UnlockNoticeBar::clear()
{
    while (auto* item = m_lines->takeAt(0)) {
        if (auto* inner = item->layout()) {
            while (auto* child = inner->takeAt(0)) {
                delete child->widget();
                delete child;
            }
        }
        delete item->widget();
        delete item;
    }
    hide();
}

void UnlockNoticeBar::addLine(const QString& text, bool emphasis)
{
    auto* label = new QLabel(text, this);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setFocusPolicy(Qt::TabFocus);
    label->setAccessibleName(text);
    if (emphasis) {
        QFont font = label->font();
        font.setBold(true);
        label->setFont(font);
    }
    m_lines->addWidget(label);
}

void UnlockNoticeBar::showFor(std::int64_t lastVisitMs, const std::vector<workbook::UnlockNotice>& notices,
    const std::vector<PackQuestion>& packs)
{
    clear();
    for (const auto& notice : notices) {
        addLine(noticeText(notice), true);
    }
    const QString visit = lastVisitText(lastVisitMs);
    if (!visit.isEmpty()) {
        addLine(visit, false);
    }
    for (const auto& pack : packs) {
        auto* row = new QHBoxLayout();
        const QString question = pack.author.isEmpty()
            ? tr("A content pack \u201c%1\u201d was added. Use it?").arg(pack.title)
            : tr("A content pack \u201c%1\u201d by %2 was added. Use it?").arg(pack.title, pack.author);
        auto* label = new QLabel(question, this);
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setAccessibleName(question);
        auto* use = new QPushButton(tr("Use it"), this);
        use->setAccessibleName(tr("Use the pack %1").arg(pack.title));
        auto* skip = new QPushButton(tr("Do not use it"), this);
        skip->setAccessibleName(tr("Do not use the pack %1").arg(pack.title));
        row->addWidget(label, 1, Qt::AlignTop);
        row->addWidget(use, 0, Qt::AlignTop);
        row->addWidget(skip, 0, Qt::AlignTop);
        m_lines->addLayout(row);
        for (auto* button : {use, skip}) {
            connect(button, &QPushButton::clicked, this, [this, pack, label, use, skip, yes = button == use] {
                label->setText(yes
                        ? tr("\u201c%1\u201d is now in your path.").arg(pack.title)
                        : tr("\u201c%1\u201d is not used. If it changes, Trustwork asks again.").arg(pack.title));
                label->setAccessibleName(label->text());
                use->hide();
                skip->hide();
                emit packDecided(pack, yes);
            });
        }
    }
    setVisible(m_lines->count() > 0);
}

QString UnlockNoticeBar::text() const
{
    QStringList lines;
    for (auto* label : findChildren<QLabel*>()) {
        lines << label->text();
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace tw::app
