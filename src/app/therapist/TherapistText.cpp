// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TherapistText.h"

#include "Dates.h"
#include "tw/content/Curriculum.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QLabel>
#include <QLocale>

namespace tw::app::therapist {

QString dayText(const std::string& isoDay)
{
    return isoDayText(isoDay);
}

QString momentDay(std::int64_t ms)
{
    return app::dayText(ms);
}

QString exerciseTitle(const content::Curriculum& curriculum, const std::string& exerciseId, const std::string& fallback)
{
    // The title in the reader's own language when the exercise is installed here.
    if (const auto* exercise = curriculum.findExercise(exerciseId)) {
        return QString::fromStdString(exercise->title);
    }
    return QString::fromStdString(fallback.empty() ? exerciseId : fallback);
}

QLabel* fingerprintLabel(const std::string& fingerprint, QWidget* parent)
{
    QString text = QString::fromStdString(fingerprint);
    // "AAAA-BBBB-CCCC-DDDD-EEEE-..." -> two lines of four groups.
    const auto groups = text.split(QLatin1Char('-'));
    if (groups.size() == 8) {
        text = groups.mid(0, 4).join(QLatin1Char('-')) + QLatin1Char('\n') + groups.mid(4).join(QLatin1Char('-'));
    }
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    mono.setPointSizeF(label->font().pointSizeF() * 1.2);
    label->setFont(mono);
    //: Read by screen readers before the fingerprint's groups.
    label->setAccessibleName(
        QCoreApplication::translate("Therapist", "Fingerprint %1").arg(QString::fromStdString(fingerprint)));
    return label;
}

} // namespace tw::app::therapist
