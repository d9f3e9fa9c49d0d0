// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The printing module's entry (see PrintApi.h): the only symbol trustwork-print.so exports.
#include "PrintApi.h"

#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>

namespace tw::app::print {
namespace {

class Module final : public Api {
public:
    bool printPage(const Page& page, const Setup& setup, QWidget* parent) const override
    {
        QPrinter printer;
        if (setup) {
            if (!setup(printer, parent)) {
                return false;
            }
        } else {
            QPrintDialog dialog(&printer, parent);
            if (dialog.exec() != QDialog::Accepted) {
                return false;
            }
        }
        QPainter painter(&printer);
        const QRect area = printer.pageLayout().paintRectPixels(printer.resolution());
        painter.drawText(area, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, page.heading);
        painter.setFont(page.bodyFont);
        painter.drawText(area.adjusted(0, area.height() / 6, 0, 0), Qt::AlignLeft | Qt::AlignTop, page.body);
        return true;
    }
};

} // namespace
} // namespace tw::app::print

extern "C" Q_DECL_EXPORT const tw::app::print::Api* tw_print_api_v1()
{
    static const tw::app::print::Module module;
    return &module;
}
