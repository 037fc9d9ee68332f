// SPDX-License-Identifier: GPL-3.0-or-later
// Message boxes show titles, names and file contents as plain text: markup from a crafted JSON
// file or project is shown as written, never as a live link.
#include "plainmessage.h"

#include <QLabel>
#include <QTest>

using namespace casebench::ui;
using namespace Qt::StringLiterals;

class TestPlainMessage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void markupIsShownAsWritten()
    {
        const QString crafted
            = u"Imported case <a href=\"https://example.invalid/\">click</a> <b>now</b>"_s;
        std::unique_ptr<QMessageBox> box(plainmessage::create(QMessageBox::Information, u"Import"_s,
                                                              crafted, QMessageBox::Ok, nullptr));
        QCOMPARE(box->textFormat(), Qt::PlainText);
        plainmessage::setInformative(box.get(), u"<a href=\"file:///etc/passwd\">details</a>"_s);
        box->show();
        const auto *label = box->findChild<QLabel *>(u"qt_msgbox_label"_s);
        QVERIFY(label != nullptr);
        QCOMPARE(label->textFormat(), Qt::PlainText);
        QCOMPARE(label->text(), crafted);
        const auto *informative = box->findChild<QLabel *>(u"qt_msgbox_informativelabel"_s);
        QVERIFY(informative != nullptr);
        // Escaped: shown as the characters "<a href=…>", with no anchor to follow.
        QVERIFY(informative->text().contains(u"&lt;a href"_s));
        QVERIFY(!informative->text().contains(u"<a "_s));
    }
};

QTEST_MAIN(TestPlainMessage)
#include "tst_plainmessage.moc"
