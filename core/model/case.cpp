// SPDX-License-Identifier: GPL-3.0-or-later
#include "case.h"

#include <QCoreApplication>

namespace casebench {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casebench::professions)
};

} // namespace

int Case::year() const
{
    if (decisionDate.isValid())
        return decisionDate.year();
    if (hearingDate.isValid())
        return hearingDate.year();
    return 0;
}

QStringList professions::known()
{
    return {
        Tr::tr("Social worker"),
        Tr::tr("Nurse"),
        Tr::tr("Midwife"),
        Tr::tr("Nursing associate"),
        Tr::tr("Doctor"),
        Tr::tr("Paramedic"),
        Tr::tr("Physiotherapist"),
        Tr::tr("Occupational therapist"),
        Tr::tr("Radiographer"),
        Tr::tr("Biomedical scientist"),
        Tr::tr("Operating department practitioner"),
        Tr::tr("Practitioner psychologist"),
        Tr::tr("Speech and language therapist"),
        Tr::tr("Dietitian"),
        Tr::tr("Chiropodist / podiatrist"),
        Tr::tr("Hearing aid dispenser"),
        Tr::tr("Arts therapist"),
        Tr::tr("Clinical scientist"),
        Tr::tr("Orthoptist"),
        Tr::tr("Prosthetist / orthotist"),
        Tr::tr("Dentist"),
        Tr::tr("Dental nurse"),
        Tr::tr("Pharmacist"),
        Tr::tr("Pharmacy technician"),
        Tr::tr("Optometrist"),
        Tr::tr("Dispensing optician"),
        Tr::tr("Osteopath"),
    };
}

} // namespace casebench
