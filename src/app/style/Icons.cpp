// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Icons.h"

#include "Resources.h"
#include "Theme.h"
#include "tw/content/Curriculum.h"

#include <QDir>
#include <QFile>
#include <QIconEngine>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

namespace tw::app::style {
namespace {

QString svgSource(const QString& name)
{
    initResources();
    QFile file(QStringLiteral(":/icons/%1.svg").arg(name));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// Paints the SVG with "currentColor" replaced by the colour the theme gives its mode, at paint
// time: a theme change re-colours every icon already on screen with the next repaint.
class ThemedIconEngine : public QIconEngine {
public:
    explicit ThemedIconEngine(QString name)
        : m_name(std::move(name))
        , m_source(svgSource(m_name))
    {
    }

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State) override
    {
        const Theme& t = currentTheme();
        const QColor colour = mode == QIcon::Disabled ? t.muted : mode == QIcon::Selected ? t.onAccent : t.text;
        QString svg = m_source;
        svg.replace(QLatin1String("currentColor"), colour.name());
        QSvgRenderer renderer(svg.toUtf8());
        painter->save();
        if (mode == QIcon::Disabled) {
            painter->setOpacity(0.5);
        }
        renderer.render(painter, QRectF(rect));
        painter->restore();
    }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pixmap;
    }

    QPixmap scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        QPixmap pixmap = this->pixmap(size * scale, mode, state);
        pixmap.setDevicePixelRatio(scale);
        return pixmap;
    }

    QSize actualSize(const QSize& size, QIcon::Mode, QIcon::State) override { return size; }
    QIconEngine* clone() const override { return new ThemedIconEngine(m_name); }
    QString key() const override { return QStringLiteral("trustwork-themed"); }
    bool isNull() override { return m_source.isEmpty(); }
    QString iconName() override { return m_name; }

private:
    QString m_name;
    QString m_source;
};

} // namespace

QIcon icon(const QString& name)
{
    return QIcon(new ThemedIconEngine(name));
}

QIcon kindIcon(content::Kind kind)
{
    switch (kind) {
    case content::Kind::Reading:
        return icon(QStringLiteral("kind-reading"));
    case content::Kind::Reflection:
        return icon(QStringLiteral("kind-reflection"));
    case content::Kind::Scale:
        return icon(QStringLiteral("kind-scale"));
    case content::Kind::Checklist:
        return icon(QStringLiteral("kind-checklist"));
    case content::Kind::Reveal:
        return icon(QStringLiteral("kind-reveal"));
    case content::Kind::Agreement:
        return icon(QStringLiteral("kind-agreement"));
    case content::Kind::Conversation:
        return icon(QStringLiteral("kind-conversation"));
    case content::Kind::Log:
        return icon(QStringLiteral("kind-log"));
    case content::Kind::Commitment:
        return icon(QStringLiteral("kind-commitment"));
    case content::Kind::Checkin:
        return icon(QStringLiteral("kind-checkin"));
    case content::Kind::Rewrite:
        return icon(QStringLiteral("kind-rewrite"));
    }
    return {};
}

QStringList iconNames()
{
    initResources();
    QStringList names;
    for (const QString& file : QDir(QStringLiteral(":/icons")).entryList({QStringLiteral("*.svg")})) {
        names << file.chopped(4);
    }
    names.removeAll(QStringLiteral("org.trustwork.Trustwork"));
    return names;
}

} // namespace tw::app::style
